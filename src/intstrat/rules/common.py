"""Predicate helpers that several rules share: funding dates, enum-like words, criteria scoring."""

from __future__ import annotations

import datetime as dt
from typing import Any

from intstrat.rules.base import Context
from intstrat.values import as_number


def word(value: Any) -> str | None:
    """An enum-like value as a set or dict key: a list or mapping there (a schema finding of its
    own) must not crash the rule, so anything but text counts as no value."""
    return value if isinstance(value, str) else None


def funding_start(ctx: Context) -> dt.date | None:
    return ctx.date(ctx.get("funding", "start"))


def funding_end(ctx: Context) -> dt.date | None:
    return ctx.date(ctx.get("funding", "end"))


def criteria_catalogue(ctx: Context, rule: str, section: str) -> list[str]:
    criteria = list(ctx.items(section, "criteria"))
    if len(criteria) < 2:
        ctx.fail(rule, "few_criteria", (section, "criteria"), count=len(criteria))
    for path, criterion in criteria:
        weight = as_number(criterion.get("weight"))
        if weight is None or weight <= 0:
            ctx.fail(
                rule,
                "no_weight",
                (*path, "weight"),
                name=ctx.label(criterion, path),
            )
    return [str(c["id"]) for _, c in criteria if "id" in c]


def unscored(item: dict[str, object], criteria: list[str]) -> list[str]:
    """The criteria that no rater scored for this item (all of them when it has no scores)."""
    scores = item.get("scores")
    covered: set[str] = set()
    if isinstance(scores, list):
        for score in scores:
            if isinstance(score, dict) and isinstance(score.get("values"), dict):
                covered.update(
                    k
                    for k, v in score["values"].items()
                    if as_number(v) is not None
                )
    return [c for c in criteria if c not in covered]


def decided_unscored(
    ctx: Context, rule: str, base: str, items_key: str, criteria: list[str], decided: set[str]
) -> None:
    """Items the selection has decided on must be assessed on every criterion (guide 4.2, 5.1)."""
    for path, item in ctx.items(base, items_key):
        status = item.get("status")
        if criteria and isinstance(status, str) and status in decided:
            missing = unscored(item, criteria)
            if missing:
                ctx.fail(
                    rule,
                    "decided_unscored",
                    (*path, "scores"),
                    name=ctx.label(item, path, prefer_id=True),
                    missing=", ".join(missing),
                )


# (list path, start key, end key) for everything that has a period.
PERIODS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("financing", "sources"), "start", "end"),
    (("project_selection", "projects"), "start", "end"),
    (("concept", "work_plan", "activities"), "start", "end"),
)
