"""Communication section (guide ch. 8, 6)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS09"
NAME = "communication-section"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 6"
DATA = ("communication",)
TITLE = N_("Communication section")
EXPLANATION = N_(
    "The concept describes how the cluster communicates, both among the international project "
    "partners and towards the public. intstrat requires at least one entry in "
    "`communication.internal` or `communication.external`; CL16 and CL17 check the details."
)
FIX = N_(
    "Describe your channels under `communication.internal` and your public measures under "
    "`communication.external`."
)
MESSAGES = {
    "missing": P_(
        "CS09.missing",
        "the communication section lists no internal or external measures",
    ),
}


def check(ctx: Context) -> None:
    if not (
        list(ctx.items("communication", "internal")) or list(ctx.items("communication", "external"))
    ):
        ctx.fail(ID, "missing", ("communication",))
