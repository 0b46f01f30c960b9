"""Communication section: internal or external measures with a channel and a real frequency
(guide ch. 8, 6).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.frequency import real_frequency

ID = "CS09"
NAME = "communication-section"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 6"
DATA = ("communication.internal", "communication.external", "communication.steered_by")
TITLE = N_("Communication section")
EXPLANATION = N_(
    "The concept describes how the cluster communicates, both among the international project "
    "partners and towards the public (guide 8, 6). intstrat checks that `communication.internal` "
    "or `communication.external` holds at least one measure that names its `channel` and a real "
    "`frequency` (a period, not \"as needed\" or \"continuous\" alone); CL16 and CL17 check the "
    "details."
)
FIX = N_(
    "Describe your channels under `communication.internal` and your public measures under "
    "`communication.external`, each with its `channel` and how often it is used."
)
MESSAGES = {
    "missing": P_(
        "CS09.missing",
        "the communication section lists no internal or external measures",
    ),
    "no_substance": P_(
        "CS09.no_substance",
        "no communication measure names both a channel and how often it is used",
    ),
}


def check(ctx: Context) -> None:
    measures = [m for key in ("internal", "external") for _, m in ctx.items("communication", key)]
    if not measures:
        ctx.fail(ID, "missing", ("communication",))
        return
    for measure in measures:
        frequency = ctx.text(measure.get("frequency"))
        if ctx.text(measure.get("channel")) and frequency and real_frequency(frequency):
            return
    ctx.fail(ID, "no_substance", ("communication",))
