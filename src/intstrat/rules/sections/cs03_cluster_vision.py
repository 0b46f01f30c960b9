"""The cluster's vision: what it offers the world (guide ch. 8)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS03"
NAME = "cluster-vision"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("cluster.vision",)
TITLE = N_("The cluster's vision: what it offers the world")
EXPLANATION = N_(
    "International partners want to know why they should work with this cluster, so the concept "
    "states its vision: what the cluster can offer the rest of the world. intstrat requires text "
    "in `cluster.vision`."
)
FIX = N_(
    "Describe under `cluster.vision` what the cluster offers partners abroad: competences, "
    "infrastructure, markets, talent."
)
MESSAGES = {
    "missing": P_("CS03.missing", "no vision: what does the cluster offer the rest of the world?"),
}


def check(ctx: Context) -> None:
    if ctx.text(ctx.get("cluster", "vision")) is None:
        ctx.fail(ID, "missing", ("cluster", "vision"))
