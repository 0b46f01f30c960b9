"""External communication: several kinds of measures with channel, real frequency and owner,
developed with named partners, overseen by management (guide ch. 6, 6.2).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.communication import INVOLVED, involvement, report_unknown
from intstrat.rules.frequency import check_channel

ID = "CL17"
NAME = "external-communication"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "6, 6.2"
DATA = ("communication",)
TITLE = N_("Several kinds of external communication, overseen by management")
EXPLANATION = N_(
    "Public relations should accompany the internationalisation from the start, with the actions "
    "set down in a paper written together with the partners and spread over several kinds of "
    "measures: linked websites, press releases and newsletters, joint fair appearances, "
    "publications. The cluster management watches that the planned density of communication is "
    "kept (guide 6, 6.2). intstrat checks: at least two entries in `communication.external` of at "
    "least two different `kind`s (the same kind written twice is one kind); each names its "
    "`channel`, a real `frequency` (a period such as monthly, twice a year or at each milestone; "
    "\"as needed\" or \"regularly\" alone are none) and an `owner`; "
    "`communication.partners_involved` names at least one selected candidate (the partners the "
    "actions were developed with, read as for CL16, and no id that is no candidate); and "
    "`communication.steered_by` names who oversees them. Placeholder text counts as missing."
)
FIX = N_(
    "Add measures of at least two different `kind`s under `communication.external`, each with "
    "`channel`, a `frequency` one could put in a calendar and an `owner`; list the selected "
    "partners in `communication.partners_involved` and name the overseeing body in "
    "`communication.steered_by`."
)
MESSAGES = {
    "missing": P_("CL17.missing", "no external communication measures"),
    "few_kinds": P_(
        "CL17.few_kinds",
        "external communication needs measures of at least two kinds; found: {count}",
    ),
    "no_channel": P_("CL17.no_channel", "'{name}' names no channel"),
    "no_frequency": P_("CL17.no_frequency", "'{name}' has no frequency"),
    "vague_frequency": P_(
        "CL17.vague_frequency",
        "'{name}' has no real frequency ('{frequency}'): say how often, e.g. monthly or twice a "
        "year",
    ),
    "no_owner": P_("CL17.no_owner", "nobody is responsible for '{name}' (owner)"),
    "not_with_partners": P_(
        "CL17.not_with_partners",
        "no selected partner is named with whom the actions were developed (partners_involved)",
    ),
    "unknown_partner": P_(
        "CL17.unknown_partner",
        "'{id}' in partners_involved is no candidate of the partner selection",
    ),
    "no_oversight": P_("CL17.no_oversight", "nobody oversees the communication (steered_by)"),
}


def _kind(value: object) -> str | None:
    """The kind as one word: "Press", " press " and "press" are one kind."""
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def check(ctx: Context) -> None:
    measures = list(ctx.items("communication", "external"))
    if not measures:
        ctx.fail(ID, "missing", ("communication", "external"))
    else:
        kinds = {k for k in (_kind(m.get("kind")) for _, m in measures) if k}
        if len(measures) < 2 or len(kinds) < 2:
            ctx.fail(ID, "few_kinds", ("communication", "external"), count=len(kinds))
    for path, measure in measures:
        check_channel(ctx, ID, path, measure)
        name = ctx.label(measure, path)
        if not ctx.text(measure.get("owner")):
            ctx.fail(ID, "no_owner", (*path, "owner"), name=name)
    if measures:
        who = involvement(ctx)
        report_unknown(ctx, ID, who)
        if not who.proven:
            ctx.fail(ID, "not_with_partners", INVOLVED)
    if not ctx.text(ctx.get("communication", "steered_by")):
        ctx.fail(ID, "no_oversight", ("communication", "steered_by"))
