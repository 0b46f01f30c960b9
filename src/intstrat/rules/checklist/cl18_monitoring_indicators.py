"""Measurable indicators (unit, baseline, target, due date), a reviewer and a cadence
(guide ch. 7).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

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
    "external body such as an advisory board, or both. intstrat requires `monitoring.reviewed_by` "
    "and `monitoring.review_cadence`, at least one entry in `monitoring.indicators`, and a `unit`, "
    "`baseline`, `target` and `due` date for every indicator."
)
FIX = N_(
    "Name the reviewers under `monitoring.reviewed_by`, set `review_cadence`, and give every entry "
    "in `monitoring.indicators` a `unit`, `baseline`, `target` and `due` date."
)
MESSAGES = {
    "missing": P_("CL18.missing", "no monitoring system"),
    "no_reviewer": P_("CL18.no_reviewer", "nobody reviews the indicators (reviewed_by)"),
    "no_cadence": P_("CL18.no_cadence", "no review cadence (review_cadence)"),
    "no_indicators": P_("CL18.no_indicators", "no indicators"),
    "incomplete": P_("CL18.incomplete", "indicator '{name}' lacks {fields}"),
}


INDICATOR_FIELDS = ("unit", "baseline", "target", "due")


def check(ctx: Context) -> None:
    monitoring = ctx.get("monitoring")
    if not isinstance(monitoring, dict) or not ctx.present(monitoring):
        ctx.fail(ID, "missing", ("monitoring",))
        return
    if not list(ctx.items("monitoring", "reviewed_by")):
        ctx.fail(ID, "no_reviewer", ("monitoring", "reviewed_by"))
    if not ctx.text(monitoring.get("review_cadence")):
        ctx.fail(ID, "no_cadence", ("monitoring", "review_cadence"))
    indicators = list(ctx.items("monitoring", "indicators"))
    if not indicators:
        ctx.fail(ID, "no_indicators", ("monitoring", "indicators"))
    for path, indicator in indicators:
        lacking = [f for f in INDICATOR_FIELDS if not ctx.present(indicator.get(f))]
        if lacking:
            ctx.fail(
                ID,
                "incomplete",
                path,
                name=ctx.label(indicator, path, prefer_id=True),
                fields=", ".join(lacking),
            )
