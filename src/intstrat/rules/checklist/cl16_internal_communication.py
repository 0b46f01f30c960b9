"""Internal communication: channels with a frequency, steered, open, built with partners
(guide ch. 6, 6.1).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

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
    "management, and open in principle to every cluster actor; a shared online platform is one way "
    "to do this. intstrat requires at least one entry in `communication.internal`, each with "
    "`channel` and `frequency`, as well as `communication.steered_by`, `developed_with_partners: "
    "true` and `open_to_all_actors: true`."
)
FIX = N_(
    "List each internal channel under `communication.internal` with `channel` and `frequency`, "
    "name who steers it in `communication.steered_by`, and set `developed_with_partners` and "
    "`open_to_all_actors` to `true`."
)
MESSAGES = {
    "missing": P_("CL16.missing", "no internal communication channels"),
    "no_channel": P_("CL16.no_channel", "'{name}' names no channel"),
    "no_frequency": P_("CL16.no_frequency", "'{name}' has no frequency"),
    "no_steering": P_("CL16.no_steering", "nobody steers the communication (steered_by)"),
    "not_with_partners": P_(
        "CL16.not_with_partners",
        "the communication structure is not developed with the partners",
    ),
    "not_open": P_("CL16.not_open", "the internal communication is not open to all cluster actors"),
}


def check(ctx: Context) -> None:
    comm = ctx.mapping("communication")
    channels = list(ctx.items("communication", "internal"))
    if not channels:
        ctx.fail(ID, "missing", ("communication", "internal"))
    for path, channel in channels:
        if not ctx.text(channel.get("channel")):
            ctx.fail(ID, "no_channel", (*path, "channel"), name=ctx.label(channel, path))
        if not ctx.text(channel.get("frequency")):
            ctx.fail(ID, "no_frequency", (*path, "frequency"), name=ctx.label(channel, path))
    if not ctx.text(comm.get("steered_by")):
        ctx.fail(ID, "no_steering", ("communication", "steered_by"))
    if comm.get("developed_with_partners") is not True:
        ctx.fail(ID, "not_with_partners", ("communication", "developed_with_partners"))
    if comm.get("open_to_all_actors") is not True:
        ctx.fail(ID, "not_open", ("communication", "open_to_all_actors"))
