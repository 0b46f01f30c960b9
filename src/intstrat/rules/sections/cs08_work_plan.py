"""A concrete time and work plan: dated milestones, costed activities, short and long goals
(guide ch. 8).
"""

from __future__ import annotations

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
    "later serve as the first indicators of progress. intstrat requires `concept.goals.short_term` "
    "and `concept.goals.long_term`, at least one milestone in `concept.work_plan.milestones`, each "
    "with a `due` date, and at least one activity in `concept.work_plan.activities`, each with "
    "`participants` and `cost_eur`."
)
FIX = N_(
    "Fill `concept.goals` with `short_term` and `long_term` goals, give each milestone a `due` "
    "date and each activity its `participants` and `cost_eur`."
)
MESSAGES = {
    "no_milestones": P_("CS08.no_milestones", "the work plan has no milestones"),
    "milestone_undated": P_("CS08.milestone_undated", "milestone '{name}' has no due date"),
    "no_activities": P_("CS08.no_activities", "the work plan has no activities"),
    "no_participants": P_("CS08.no_participants", "activity '{name}' names no participants"),
    "no_cost": P_("CS08.no_cost", "activity '{name}' has no estimated cost"),
    "no_short_term": P_("CS08.no_short_term", "no short-term goals"),
    "no_long_term": P_("CS08.no_long_term", "no long-term goals"),
}


def check(ctx: Context) -> None:
    base = ("concept", "work_plan")
    milestones = list(ctx.items(*base, "milestones"))
    if not milestones:
        ctx.fail(ID, "no_milestones", (*base, "milestones"))
    for path, milestone in milestones:
        if ctx.date(milestone.get("due")) is None:
            ctx.fail(
                ID,
                "milestone_undated",
                (*path, "due"),
                name=ctx.label(milestone, path, prefer_id=True),
            )
    activities = list(ctx.items(*base, "activities"))
    if not activities:
        ctx.fail(ID, "no_activities", (*base, "activities"))
    for path, activity in activities:
        if not ctx.texts(activity.get("participants")):
            ctx.fail(
                ID,
                "no_participants",
                (*path, "participants"),
                name=ctx.label(activity, path, prefer_id=True),
            )
        if as_number(activity.get("cost_eur")) is None:
            ctx.fail(
                ID,
                "no_cost",
                (*path, "cost_eur"),
                name=ctx.label(activity, path, prefer_id=True),
            )
    for horizon in ("short_term", "long_term"):
        if not list(ctx.items("concept", "goals", horizon)):
            ctx.fail(ID, f"no_{horizon}", ("concept", "goals", horizon))
