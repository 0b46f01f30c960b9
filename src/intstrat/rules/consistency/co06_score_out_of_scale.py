"""Scores lie on the catalogue's scale."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group, as_number

ID = "CO06"
NAME = "score-out-of-scale"
GROUP = Group.CONSISTENCY
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A score lies outside the scoring scale")
EXPLANATION = N_(
    "Partner and project rankings weigh scores on the scale set by `min` and `max` in "
    "`partner_selection.scale` and `project_selection.scale`. A score below or above it, such as a "
    "7 on a scale from 0 to 5, tilts the ranking without anyone noticing. intstrat checks every "
    "value in the `scores` of partner candidates and projects against the scale of its section."
)
FIX = N_(
    "Correct the score to a value within the scale, or change `scale` if the catalogue really uses "
    "a wider range."
)
MESSAGES = {
    "out_of_scale": P_("CO06.out_of_scale", "score {value} lies outside the scale {low} to {high}"),
}


def check(ctx: Context) -> None:
    for base, items_key in (
        ("partner_selection", "candidates"),
        ("project_selection", "projects"),
    ):
        low = as_number(ctx.get(base, "scale", "min"))
        high = as_number(ctx.get(base, "scale", "max"))
        if low is None or high is None:
            continue
        for path, _item in ctx.items(base, items_key):
            for spath, score in ctx.items(*path, "scores"):
                values = score.get("values")
                if not isinstance(values, dict):
                    continue
                for key, value in values.items():
                    number = as_number(value)
                    if number is not None and not low <= number <= high:
                        ctx.fail(
                            ID,
                            "out_of_scale",
                            (*spath, "values", key),
                            value=value,
                            low=low,
                            high=high,
                        )
