"""A short but precise summary: present, and neither a stub nor an essay (guide ch. 8)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS01"
NAME = "concept-summary"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("concept.summary",)
TITLE = N_("Short, precise summary of the strategy")
EXPLANATION = N_(
    "The written concept opens with a brief but precise account of the strategy, so that the "
    "board, members and partners grasp it at a glance. intstrat requires `concept.summary` with 30 "
    "to 400 words: less hardly explains a strategy, more belongs in the other sections."
)
FIX = N_(
    "Write a summary of 30 to 400 words under `concept.summary`: goals, partner regions, main "
    "projects and time frame."
)
MESSAGES = {
    "missing": P_("CS01.missing", "no summary of the strategy"),
    "too_short": P_(
        "CS01.too_short",
        "the summary has {words} words; at least {low} make it precise",
    ),
    "too_long": P_("CS01.too_long", "the summary has {words} words; at most {high} keep it short"),
}


SUMMARY_WORDS = (30, 400)


def check(ctx: Context) -> None:
    summary = ctx.text(ctx.get("concept", "summary"))
    if summary is None:
        ctx.fail(ID, "missing", ("concept", "summary"))
        return
    words = len(summary.split())
    low, high = SUMMARY_WORDS
    if words < low:
        ctx.fail(ID, "too_short", ("concept", "summary"), words=words, low=low)
    elif words > high:
        ctx.fail(ID, "too_long", ("concept", "summary"), words=words, high=high)
