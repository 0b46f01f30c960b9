"""A milestone's `status` and `done_on` agree with each other and with today."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CO07"
NAME = "milestone-state"
GROUP = Group.CONSISTENCY
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A milestone's status and completion date disagree")
EXPLANATION = N_(
    "`done_on` records the day a milestone was reached, so it belongs to milestones whose "
    "`status` is `done`, and that day cannot lie in the future. An `open` milestone with a "
    "`done_on`, or a `done` one reached on a day still ahead, leaves readers and `intstrat "
    "monitor` guessing which of the two fields is true. intstrat compares the two fields of "
    "every milestone in `concept.work_plan.milestones` and the completion date with the day "
    "of the check."
)
FIX = N_(
    "Set `status: done` when the milestone was reached and give the day in `done_on`; while it "
    "is still open, remove `done_on` and keep the plan in `due`."
)
MESSAGES = {
    "open_done_on": P_(
        "CO07.open_done_on", "milestone '{milestone}' is open but was done on {done_on}"
    ),
    "done_ahead": P_(
        "CO07.done_ahead", "milestone '{milestone}' is done on {done_on}, a day still ahead"
    ),
}


def check(ctx: Context) -> None:
    today = ctx.as_of  # "ahead" of the review date (`--as-of`, default today)
    for path, milestone in ctx.items("concept", "work_plan", "milestones"):
        done_on = ctx.date(milestone.get("done_on"))
        if done_on is None:
            continue
        label = ctx.label(milestone, path)
        if milestone.get("status") == "open":
            ctx.fail(ID, "open_done_on", (*path, "status"), milestone=label, done_on=done_on)
        elif done_on > today:
            ctx.fail(ID, "done_ahead", (*path, "done_on"), milestone=label, done_on=done_on)
