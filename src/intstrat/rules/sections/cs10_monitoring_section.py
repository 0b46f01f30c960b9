"""Indicators for monitoring: at least one that can be measured (guide ch. 8, 7)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group, as_number

ID = "CS10"
NAME = "monitoring-section"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 7"
DATA = ("monitoring.indicators",)
TITLE = N_("Indicators for monitoring")
EXPLANATION = N_(
    "The concept lists the indicators by which success will be measured, so that progress can be "
    "checked against them at any time (guide 8, 7). intstrat checks that `monitoring.indicators` "
    "holds at least one indicator that can be measured: a `name` that is no placeholder, a `unit` "
    "and a numeric `target`; CL18 checks every indicator in full."
)
FIX = N_(
    "Add your indicators under `monitoring.indicators` with `unit`, `baseline`, `target` and `due`."
)
MESSAGES = {
    "missing": P_("CS10.missing", "no indicators for monitoring"),
    "not_measurable": P_(
        "CS10.not_measurable",
        "no indicator can be measured: none has a name, a unit and a numeric target",
    ),
}


def check(ctx: Context) -> None:
    indicators = list(ctx.items("monitoring", "indicators"))
    if not indicators:
        ctx.fail(ID, "missing", ("monitoring", "indicators"))
        return
    for _, indicator in indicators:
        if (ctx.text(indicator.get("name")) and ctx.text(indicator.get("unit"))
                and as_number(indicator.get("target")) is not None):
            return
    ctx.fail(ID, "not_measurable", ("monitoring", "indicators"))
