"""Measurable indicators (unit, known baseline, a target in the stated direction, due date), a
named reviewer and a real cadence (guide ch. 7).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group, as_number
from intstrat.rules.frequency import real_frequency

ID = "CL18"
NAME = "monitoring-indicators"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "7"
DATA = ("monitoring",)
TITLE = N_("Monitoring with measurable indicators and a regular review")
EXPLANATION = N_(
    "Progress should be measurable at any time, so that the strategy can be corrected early. The "
    "guide leaves defining and reviewing the indicators to the cluster or project management, an "
    "external body such as an advisory board, or both (guide 7). intstrat checks: "
    "`monitoring.reviewed_by` names at least one body or person (a `name` that is no "
    "placeholder); `monitoring.review_cadence` says how often in a real period (quarterly, twice "
    "a year; \"regularly\" or \"as needed\" alone are none); `monitoring.indicators` holds at "
    "least one indicator, and every indicator has a `unit`, a `baseline` and a `target` that are "
    "numbers, and a `due` date; the target differs from the baseline in the indicator's "
    "`direction`: above it for `increase`, below it for `decrease`, and without a `direction` "
    "either way (a target below the baseline then reads as \"less is better\"). A target equal to "
    "its baseline is no target."
)
FIX = N_(
    "Name the reviewers under `monitoring.reviewed_by`, set a `review_cadence` such as "
    "quarterly, and give every entry in `monitoring.indicators` a `unit`, a numeric `baseline` "
    "and `target` that differ (with `direction: decrease` where less is better) and a `due` date."
)
MESSAGES = {
    "missing": P_("CL18.missing", "no monitoring system"),
    "no_reviewer": P_("CL18.no_reviewer", "nobody reviews the indicators (reviewed_by)"),
    "no_cadence": P_("CL18.no_cadence", "no review cadence (review_cadence)"),
    "vague_cadence": P_(
        "CL18.vague_cadence",
        "the review cadence '{cadence}' names no period: say how often, e.g. quarterly",
    ),
    "no_indicators": P_("CL18.no_indicators", "no indicators"),
    "incomplete": P_("CL18.incomplete", "indicator '{name}' lacks {fields}"),
    "no_change": P_(
        "CL18.no_change",
        "indicator '{name}': the target ({target}) equals the baseline; no change is planned",
    ),
    "wrong_direction": P_(
        "CL18.wrong_direction",
        "indicator '{name}': the target ({target}) does not lie {way} the baseline ({baseline}) "
        "for direction '{direction}'",
    ),
}
WAYS = {
    "increase": P_("CL18.way", "above"),
    "decrease": P_("CL18.way", "below"),
}


def check(ctx: Context) -> None:
    monitoring = ctx.get("monitoring")
    if not isinstance(monitoring, dict) or not ctx.present(monitoring):
        ctx.fail(ID, "missing", ("monitoring",))
        return
    reviewers = [r for _, r in ctx.items("monitoring", "reviewed_by") if ctx.text(r.get("name"))]
    if not reviewers:
        ctx.fail(ID, "no_reviewer", ("monitoring", "reviewed_by"))
    cadence = ctx.text(monitoring.get("review_cadence"))
    if cadence is None:
        ctx.fail(ID, "no_cadence", ("monitoring", "review_cadence"))
    elif not real_frequency(cadence):
        ctx.fail(ID, "vague_cadence", ("monitoring", "review_cadence"), cadence=cadence)
    indicators = list(ctx.items("monitoring", "indicators"))
    if not indicators:
        ctx.fail(ID, "no_indicators", ("monitoring", "indicators"))
    for path, indicator in indicators:
        name = ctx.label(indicator, path, prefer_id=True)
        baseline = as_number(indicator.get("baseline"))
        target = as_number(indicator.get("target"))
        lacking = []
        if not ctx.text(indicator.get("unit")):
            lacking.append("unit")
        if baseline is None:
            lacking.append("baseline")
        if target is None:
            lacking.append("target")
        if ctx.date(indicator.get("due")) is None:
            lacking.append("due")
        if lacking:
            ctx.fail(ID, "incomplete", path, name=name, fields=", ".join(lacking))
        if baseline is None or target is None:
            continue
        direction = indicator.get("direction")
        if target == baseline:
            ctx.fail(ID, "no_change", (*path, "target"), name=name, target=target)
        elif isinstance(direction, str) and direction in WAYS and (
                (target < baseline) != (direction == "decrease")):
            ctx.fail(ID, "wrong_direction", (*path, "target"), name=name, target=target,
                     baseline=baseline, direction=direction, way=WAYS[str(direction)])
