"""Kick-off within six months of the funding start, open to all actors (guide ch. 3.1)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group, add_months
from intstrat.rules.common import funding_start

ID = "CL02"
NAME = "kickoff-early"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.1"
DATA = ("measures.kickoff", "funding.start", "cluster.members")
TITLE = N_("Kick-off for all actors within six months of the funding start")
EXPLANATION = N_(
    "The kick-off decides how engaged and motivated the cluster's actors will be, so the guide "
    "wants it held as early as possible, open to the staff of every member, to inform them about "
    "the planned strategy and invite them to take part. intstrat checks that "
    "`measures.kickoff.date` is not before `funding.start` and at most six calendar months after "
    "it, and that `measures.kickoff.open_to_all_actors` is `true`."
)
FIX = N_(
    "Set `measures.kickoff.date` to a day in the first six months of the funding, set "
    "`open_to_all_actors: true` and describe who is invited under `audience`."
)
MESSAGES = {
    "missing": P_("CL02.missing", "no kick-off event is planned"),
    "no_date": P_("CL02.no_date", "the kick-off has no date"),
    "before_start": P_(
        "CL02.before_start",
        "the kick-off ({date}) lies before the funding start ({start})",
    ),
    "late": P_(
        "CL02.late",
        "the kick-off ({date}) is more than six months after the funding start ({start}); latest "
        "{latest}",
    ),
    "not_open": P_(
        "CL02.not_open",
        "the kick-off is not marked as open to all cluster actors (open_to_all_actors: true)",
    ),
}


def check(ctx: Context) -> None:
    kickoff = ctx.get("measures", "kickoff")
    if not isinstance(kickoff, dict) or not ctx.present(kickoff):
        ctx.fail(ID, "missing", ("measures", "kickoff"))
        return
    day = ctx.date(kickoff.get("date"))
    start = funding_start(ctx)
    if day is None:
        ctx.fail(ID, "no_date", ("measures", "kickoff", "date"))
    elif start is not None:
        latest = add_months(start, 6)
        if day < start:
            ctx.fail(ID, "before_start", ("measures", "kickoff", "date"), date=day, start=start)
        elif day > latest:
            ctx.fail(
                ID,
                "late",
                ("measures", "kickoff", "date"),
                date=day,
                start=start,
                latest=latest,
            )
    if kickoff.get("open_to_all_actors") is not True:
        ctx.fail(ID, "not_open", ("measures", "kickoff", "open_to_all_actors"))
