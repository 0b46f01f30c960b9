"""Plan dates (milestones, activities, projects, indicators, goals) lie inside the period."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from intstrat.document import Path_
from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import PERIODS

ID = "CO02"
NAME = "outside-period"
GROUP = Group.CONSISTENCY
SEVERITY = Severity.WARNING
CHAPTER = ""
TITLE = N_("A date lies outside the strategy period")
EXPLANATION = N_(
    "The time and work plan should fit the horizon the strategy sets for itself in `period.start` "
    "to `period.end`. intstrat warns when a milestone's or goal's due date, a project's or "
    "activity's start or end, or an indicator's due date falls outside that period. It is a "
    "warning rather than an error because a plan may deliberately look further ahead; in that "
    "case, widen the period or accept the warning."
)
FIX = N_(
    "Move the date into the period, or widen `period.start` and `period.end` if the strategy "
    "really reaches that far."
)
MESSAGES = {
    "outside": P_("CO02.outside", "{date} lies outside the strategy period {start} to {end}"),
}


def _dated(ctx: Context) -> Iterator[tuple[Path_, Any]]:
    for path, milestone in ctx.items("concept", "work_plan", "milestones"):
        yield (*path, "due"), milestone.get("due")
    for base, start_key, end_key in PERIODS[1:]:
        for path, item in ctx.items(*base):
            yield (*path, start_key), item.get(start_key)
            yield (*path, end_key), item.get(end_key)
    for path, indicator in ctx.items("monitoring", "indicators"):
        yield (*path, "due"), indicator.get("due")
    for horizon in ("short_term", "long_term"):
        for path, goal in ctx.items("concept", "goals", horizon):
            yield (*path, "due"), goal.get("due")


def check(ctx: Context) -> None:
    start, end = ctx.date(ctx.get("period", "start")), ctx.date(ctx.get("period", "end"))
    if start is None or end is None or start > end:
        return
    for path, value in _dated(ctx):
        day = ctx.date(value)
        if day is not None and not start <= day <= end:
            ctx.fail(ID, "outside", path, date=day, start=start, end=end)
