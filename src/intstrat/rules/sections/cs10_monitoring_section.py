"""Indicators for monitoring (guide ch. 8, 7)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS10"
NAME = "monitoring-section"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 7"
DATA = ("monitoring.indicators",)
TITLE = N_("Indicators for monitoring")
EXPLANATION = N_(
    "The concept lists the indicators by which success will be measured, so that progress can be "
    "checked against them at any time. intstrat requires at least one entry in "
    "`monitoring.indicators`; CL18 checks that each is measurable."
)
FIX = N_(
    "Add your indicators under `monitoring.indicators` with `unit`, `baseline`, `target` and `due`."
)
MESSAGES = {
    "missing": P_("CS10.missing", "no indicators for monitoring"),
}


def check(ctx: Context) -> None:
    if not list(ctx.items("monitoring", "indicators")):
        ctx.fail(ID, "missing", ("monitoring", "indicators"))
