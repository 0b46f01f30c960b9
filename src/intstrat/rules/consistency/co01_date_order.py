"""Every start lies on or before its end."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import PERIODS

ID = "CO01"
NAME = "date-order"
GROUP = Group.CONSISTENCY
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A start date lies after its end date")
EXPLANATION = N_(
    "A period that ends before it begins is almost always a typo, often swapped digits or a wrong "
    "year, and it distorts timelines and checks that compare dates. intstrat compares `start` and "
    "`end` of the funding, the strategy period, the financing sources, the projects and the "
    "work-plan activities."
)
FIX = N_("Correct whichever of the two dates is wrong so that `start` is on or before `end`.")
MESSAGES = {
    "order": P_("CO01.order", "the end ({end}) lies before the start ({start})"),
}


def check(ctx: Context) -> None:
    for base_path in (("funding",), ("period",)):
        path: tuple[str | int, ...] = base_path
        start, end = ctx.date(ctx.get(*path, "start")), ctx.date(ctx.get(*path, "end"))
        if start and end and start > end:
            ctx.fail(ID, "order", (*path, "end"), start=start, end=end)
    for base, start_key, end_key in PERIODS:
        for path, item in ctx.items(*base):
            start, end = ctx.date(item.get(start_key)), ctx.date(item.get(end_key))
            if start and end and start > end:
                ctx.fail(ID, "order", (*path, end_key), start=start, end=end)
