"""Limits and priorities of the strategy (guide ch. 8)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS07"
NAME = "limits-and-priorities"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("concept.limits", "concept.priorities")
TITLE = N_("Limits and priorities of the strategy")
EXPLANATION = N_(
    "No cluster can go everywhere at once. The concept says what the strategy will not do and what "
    "comes first, which keeps the effort focused and makes decisions explainable. intstrat "
    "requires at least one entry in `concept.limits` and at least one in `concept.priorities`."
)
FIX = N_(
    "List what lies outside the strategy under `concept.limits` and what comes first under "
    "`concept.priorities`."
)
MESSAGES = {
    "no_limits": P_("CS07.no_limits", "no limits of the strategy"),
    "no_priorities": P_("CS07.no_priorities", "no priorities of the strategy"),
}


def check(ctx: Context) -> None:
    if not ctx.texts(ctx.get("concept", "limits")):
        ctx.fail(ID, "no_limits", ("concept", "limits"))
    if not ctx.texts(ctx.get("concept", "priorities")):
        ctx.fail(ID, "no_priorities", ("concept", "priorities"))
