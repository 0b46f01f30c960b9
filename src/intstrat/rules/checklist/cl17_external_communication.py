"""External communication: several kinds of measures with channel and frequency, overseen
(guide ch. 6, 6.2).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word

ID = "CL17"
NAME = "external-communication"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "6, 6.2"
DATA = ("communication",)
TITLE = N_("Several kinds of external communication, overseen by management")
EXPLANATION = N_(
    "Public relations should accompany the internationalisation from the start, with the actions "
    "set down in a jointly written paper and spread over several kinds of measures: linked "
    "websites, press releases and newsletters, joint fair appearances, publications. The cluster "
    "management watches that the planned density of communication is kept. intstrat requires at "
    "least two entries in `communication.external` of at least two different `kind`s, each with "
    "`channel` and `frequency`, and `communication.steered_by` naming who oversees them."
)
FIX = N_(
    "Add at least two measures of different `kind` under `communication.external`, each with "
    "`channel` and `frequency`, and name the overseeing body in `communication.steered_by`."
)
MESSAGES = {
    "missing": P_("CL17.missing", "no external communication measures"),
    "few_kinds": P_(
        "CL17.few_kinds",
        "external communication uses {count} kind(s) of measure; several are expected",
    ),
    "no_channel": P_("CL17.no_channel", "'{name}' names no channel"),
    "no_frequency": P_("CL17.no_frequency", "'{name}' has no frequency"),
    "no_oversight": P_("CL17.no_oversight", "nobody oversees the communication (steered_by)"),
}


def check(ctx: Context) -> None:
    measures = list(ctx.items("communication", "external"))
    if not measures:
        ctx.fail(ID, "missing", ("communication", "external"))
        return
    kinds = {word(m.get("kind")) for _, m in measures if word(m.get("kind"))}
    if len(measures) < 2 or len(kinds) < 2:
        ctx.fail(ID, "few_kinds", ("communication", "external"), count=len(kinds))
    for path, measure in measures:
        if not ctx.text(measure.get("channel")):
            ctx.fail(ID, "no_channel", (*path, "channel"), name=ctx.label(measure, path))
        if not ctx.text(measure.get("frequency")):
            ctx.fail(ID, "no_frequency", (*path, "frequency"), name=ctx.label(measure, path))
    if not ctx.text(ctx.get("communication", "steered_by")):
        ctx.fail(ID, "no_oversight", ("communication", "steered_by"))
