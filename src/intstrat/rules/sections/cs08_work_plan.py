"""A concrete time and work plan: milestones dated inside the strategy period, costed
activities with participants, short goals before long ones (guide ch. 8).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group, as_number

ID = "CS08"
NAME = "work-plan"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("concept.work_plan", "concept.goals", "period")
TITLE = N_("Concrete time and work plan with goals")
EXPLANATION = N_(
    "A concrete time and work plan turns intentions into steps: short- and long-term goals, the "
    "activities that reach them with their participants and estimated costs, and milestones that "
    "later serve as the first indicators of progress (guide 8). intstrat checks: at least one "
    "milestone in `concept.work_plan.milestones`, each with a `due` date inside the strategy "
    "`period` (a milestone outside it fails this point); at least one activity in "
    "`concept.work_plan.activities`, each with `participants` and `cost_eur`; at least one goal "
    "with a `text` in `concept.goals.short_term` and in `concept.goals.long_term`; and every "
    "long-term goal is due after the latest short-term goal. Placeholder text counts as missing."
)
FIX = N_(
    "Fill `concept.goals` with `short_term` and `long_term` goals (the long-term ones due after "
    "the short-term ones), give each milestone a `due` date inside the strategy `period` and each "
    "activity its `participants` and `cost_eur`."
)
MESSAGES = {
    "no_milestones": P_("CS08.no_milestones", "the work plan has no milestones"),
    "milestone_undated": P_("CS08.milestone_undated", "milestone '{name}' has no due date"),
    "milestone_outside": P_(
        "CS08.milestone_outside",
        "milestone '{name}' is due {due}, outside the strategy period {start} to {end}",
    ),
    "no_activities": P_("CS08.no_activities", "the work plan has no activities"),
    "no_participants": P_("CS08.no_participants", "activity '{name}' names no participants"),
    "no_cost": P_("CS08.no_cost", "activity '{name}' has no estimated cost"),
    "no_short_term": P_("CS08.no_short_term", "no short-term goals"),
    "no_long_term": P_("CS08.no_long_term", "no long-term goals"),
    "long_not_after_short": P_(
        "CS08.long_not_after_short",
        "long-term goal '{name}' is due {due}, not after the short-term goal '{short}' "
        "({short_due})",
    ),
}

BASE = ("concept", "work_plan")


def check(ctx: Context) -> None:
    _milestones(ctx)
    _activities(ctx)
    _goals(ctx)


def _milestones(ctx: Context) -> None:
    milestones = list(ctx.items(*BASE, "milestones"))
    if not milestones:
        ctx.fail(ID, "no_milestones", (*BASE, "milestones"))
    start = ctx.date(ctx.get("period", "start"))
    end = ctx.date(ctx.get("period", "end"))
    for path, milestone in milestones:
        name = ctx.label(milestone, path, prefer_id=True)
        due = ctx.date(milestone.get("due"))
        if due is None:
            ctx.fail(ID, "milestone_undated", (*path, "due"), name=name)
        elif start and end and start <= end and not start <= due <= end:
            ctx.fail(ID, "milestone_outside", (*path, "due"), name=name, due=due, start=start,
                     end=end)


def _activities(ctx: Context) -> None:
    activities = list(ctx.items(*BASE, "activities"))
    if not activities:
        ctx.fail(ID, "no_activities", (*BASE, "activities"))
    for path, activity in activities:
        name = ctx.label(activity, path, prefer_id=True)
        if not ctx.texts(activity.get("participants")):
            ctx.fail(ID, "no_participants", (*path, "participants"), name=name)
        if as_number(activity.get("cost_eur")) is None:
            ctx.fail(ID, "no_cost", (*path, "cost_eur"), name=name)


def _goals(ctx: Context) -> None:
    found: dict[str, list[tuple[Any, dict[str, Any]]]] = {}
    for horizon in ("short_term", "long_term"):
        found[horizon] = [(p, g) for p, g in ctx.items("concept", "goals", horizon)
                          if ctx.text(g.get("text"))]
        if not found[horizon]:
            ctx.fail(ID, f"no_{horizon}", ("concept", "goals", horizon))
    dated: list[tuple[dt.date, str]] = []
    for path, goal in found["short_term"]:
        due = ctx.date(goal.get("due"))
        if due is not None:
            dated.append((due, ctx.label(goal, path, prefer_id=True)))
    if not dated:
        return
    short_due, short = max(dated)
    for path, goal in found["long_term"]:
        due = ctx.date(goal.get("due"))
        if due is not None and due <= short_due:
            ctx.fail(ID, "long_not_after_short", (*path, "due"),
                     name=ctx.label(goal, path, prefer_id=True), due=due, short=short,
                     short_due=short_due)
