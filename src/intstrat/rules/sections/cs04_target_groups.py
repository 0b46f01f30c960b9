"""Target groups of the strategy (guide ch. 8)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS04"
NAME = "target-groups"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("concept.target_groups",)
TITLE = N_("Target groups of the strategy")
EXPLANATION = N_(
    "A strategy that is meant for everyone reaches no one: the concept names whom the "
    "internationalisation is for. intstrat requires at least one entry in `concept.target_groups`."
)
FIX = N_("List the groups the strategy serves under `concept.target_groups`.")
MESSAGES = {
    "missing": P_("CS04.missing", "no target group of the strategy"),
}


def check(ctx: Context) -> None:
    if not ctx.texts(ctx.get("concept", "target_groups")):
        ctx.fail(ID, "missing", ("concept", "target_groups"))
