"""Internal communication: channels with a real frequency, steered, open to all actors, built
with named partners (guide ch. 6, 6.1).
"""

from __future__ import annotations

from typing import Any

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.actors import missing_members, names_all_actors
from intstrat.rules.base import Context, Group
from intstrat.rules.communication import (
    FLAG,
    INVOLVED,
    has,
    involvement,
    line_of,
    report_unknown,
)
from intstrat.rules.frequency import check_channel

ID = "CL16"
NAME = "internal-communication"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "6, 6.1"
DATA = ("communication", "cluster.members")
TITLE = N_("Internal communication: channels, frequency, open to all actors")
EXPLANATION = N_(
    "Communication among the international project partners should follow a structure agreed in "
    "advance, designed together with the partners, steered by the project lead or the cluster "
    "management, and open in principle to every cluster actor (guide 6, 6.1). intstrat checks "
    "that `communication.internal` lists channels, each with its `channel` and a real `frequency` "
    "(weekly, every two weeks, twice a year, at each milestone; \"as needed\", \"ad hoc\", "
    "\"regularly\" without a period and \"continuous\" alone are none), and that "
    "`communication.steered_by` names who steers. It checks that "
    "`communication.partners_involved` names at least one candidate of "
    "`partner_selection.candidates` whose status is `selected` (and no id that is no candidate), "
    "and that `communication.open_to` "
    "lists every member kind that `cluster.members` counts above zero (`companies` covers SMEs "
    "and start-ups); a format-1 file may say instead in a channel's `audience` that all members "
    "or actors take part. The format-1 flags `developed_with_partners` and `open_to_all_actors` "
    "count only where this data agrees: a flag the data contradicts is a finding that names both "
    "lines, and in a format-2 file the flags are findings of their own; placeholder text "
    "(\"see above\", \"k. A.\") counts as missing."
)
FIX = N_(
    "List each internal channel under `communication.internal` with `channel` and a `frequency` "
    "one could put in a calendar, name who steers it in `communication.steered_by`, list the "
    "selected partners who helped shape it in `communication.partners_involved`, and list in "
    "`communication.open_to` every kind of member who can take part."
)
MESSAGES = {
    "missing": P_("CL16.missing", "no internal communication channels"),
    "no_channel": P_("CL16.no_channel", "'{name}' names no channel"),
    "no_frequency": P_("CL16.no_frequency", "'{name}' has no frequency"),
    "vague_frequency": P_(
        "CL16.vague_frequency",
        "'{name}' has no real frequency ('{frequency}'): say how often, e.g. weekly or every two "
        "weeks",
    ),
    "no_steering": P_("CL16.no_steering", "nobody steers the communication (steered_by)"),
    "not_with_partners": P_(
        "CL16.not_with_partners",
        "the communication structure is not developed with the partners",
    ),
    "none_selected": P_(
        "CL16.none_selected",
        "none of the partners in partners_involved ({ids}) is a selected partner",
    ),
    "unknown_partner": P_(
        "CL16.unknown_partner",
        "'{id}' in partners_involved is no candidate of the partner selection",
    ),
    "flag_no_partners": P_(
        "CL16.flag_no_partners",
        "developed_with_partners is true, but partners_involved names no selected partner",
    ),
    "flag_contradicts_partners": P_(
        "CL16.flag_contradicts_partners",
        "developed_with_partners is true, but partners_involved (line {line}) names no selected "
        "partner",
    ),
    "flag_false_partners": P_(
        "CL16.flag_false_partners",
        "developed_with_partners is false, but partners_involved (line {line}) names selected "
        "partners; the list counts",
    ),
    "old_flag_partners": P_(
        "CL16.old_flag_partners",
        "developed_with_partners belongs to format 1; list the partners in partners_involved",
    ),
    "old_flag_open": P_(
        "CL16.old_flag_open",
        "open_to_all_actors belongs to format 1; list the member kinds in open_to",
    ),
    "not_open": P_("CL16.not_open", "the internal communication is not open to all cluster actors"),
    "open_missing": P_(
        "CL16.open_missing",
        "the internal communication is not open to {kinds} (open_to)",
    ),
    "flag_no_audience": P_(
        "CL16.flag_no_audience",
        "open_to_all_actors is true, but no internal channel names its audience",
    ),
    "flag_contradicts_audience": P_(
        "CL16.flag_contradicts_audience",
        "open_to_all_actors is true, but no channel's audience names all actors (line {line})",
    ),
    "flag_false_audience": P_(
        "CL16.flag_false_audience",
        "open_to_all_actors is false, but the audience on line {line} names all actors; the "
        "audience counts",
    ),
}
ADVISORY = {
    "flag_false_partners": Severity.WARNING,
    "flag_false_audience": Severity.WARNING,
}

BASE = ("communication",)
OPEN_FLAG = (*BASE, "open_to_all_actors")
OPEN_TO = (*BASE, "open_to")


def check(ctx: Context) -> None:
    comm = ctx.mapping(*BASE)
    channels = list(ctx.items(*BASE, "internal"))
    if not channels:
        ctx.fail(ID, "missing", (*BASE, "internal"))
    for path, channel in channels:
        check_channel(ctx, ID, path, channel)
    if not ctx.text(comm.get("steered_by")):
        ctx.fail(ID, "no_steering", (*BASE, "steered_by"))
    _partners(ctx, comm)
    _open(ctx, comm, channels)


def _partners(ctx: Context, comm: dict[str, Any]) -> None:
    who = involvement(ctx)
    report_unknown(ctx, ID, who)
    flag = comm.get("developed_with_partners")
    if ctx.version >= 2 and has(ctx, FLAG):
        ctx.fail(ID, "old_flag_partners", FLAG)
    elif flag is True and not who.proven:
        if has(ctx, INVOLVED):
            ctx.fail(ID, "flag_contradicts_partners", FLAG, line=line_of(ctx, INVOLVED))
        else:
            ctx.fail(ID, "flag_no_partners", FLAG)
        return
    elif flag is False and who.proven:
        ctx.fail(ID, "flag_false_partners", FLAG, line=line_of(ctx, INVOLVED))
    if who.proven:
        return
    if who.unselected:
        ctx.fail(ID, "none_selected", INVOLVED, ids=", ".join(who.unselected))
    else:
        ctx.fail(ID, "not_with_partners", INVOLVED)


def _open(ctx: Context, comm: dict[str, Any], channels: list[tuple[Any, dict[str, Any]]]) -> None:
    flag = comm.get("open_to_all_actors")
    if ctx.version >= 2 and has(ctx, OPEN_FLAG):
        ctx.fail(ID, "old_flag_open", OPEN_FLAG)
    if has(ctx, OPEN_TO) or ctx.version >= 2:
        missing = missing_members(comm.get("open_to"), ctx.mapping("cluster", "members"))
        if missing is None:
            ctx.fail(ID, "not_open", OPEN_TO)
        elif missing:
            ctx.fail(ID, "open_missing", OPEN_TO, kinds=", ".join(missing))
        return
    # Format 1 without `open_to`: the audiences decide, the flag only where they agree.
    audiences = [(path, ctx.text(ch.get("audience"))) for path, ch in channels]
    written = [(path, text) for path, text in audiences if text is not None]
    open_ones = [path for path, text in written if names_all_actors(text)]
    if open_ones:
        if flag is False:
            ctx.fail(ID, "flag_false_audience", OPEN_FLAG, line=line_of(ctx, (*open_ones[0],
                                                                               "audience")))
        return
    if flag is True:
        if written:
            ctx.fail(ID, "flag_contradicts_audience", OPEN_FLAG,
                     line=line_of(ctx, (*written[0][0], "audience")))
        else:
            ctx.fail(ID, "flag_no_audience", OPEN_FLAG)
        return
    ctx.fail(ID, "not_open", OPEN_FLAG if has(ctx, OPEN_FLAG) else OPEN_TO)
