"""Rules that hold a strategy together: dates, references, ids, scores, placeholders."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from intstrat.document import Path_
from intstrat.rules.base import Check, Context, as_number, is_placeholder
from intstrat.rules.messages import term

# (list path, start key, end key) for everything that has a period.
_PERIODS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("financing", "sources"), "start", "end"),
    (("project_selection", "projects"), "start", "end"),
    (("concept", "work_plan", "activities"), "start", "end"),
)


def co01(ctx: Context) -> None:
    """Every start lies on or before its end."""
    for base_path in (("funding",), ("period",)):
        path: tuple[str | int, ...] = base_path
        start, end = ctx.date(ctx.get(*path, "start")), ctx.date(ctx.get(*path, "end"))
        if start and end and start > end:
            ctx.fail("CO01", "order", (*path, "end"), start=start, end=end)
    for base, start_key, end_key in _PERIODS:
        for path, item in ctx.items(*base):
            start, end = ctx.date(item.get(start_key)), ctx.date(item.get(end_key))
            if start and end and start > end:
                ctx.fail("CO01", "order", (*path, end_key), start=start, end=end)


def _dated(ctx: Context) -> Iterator[tuple[Path_, Any]]:
    for path, milestone in ctx.items("concept", "work_plan", "milestones"):
        yield (*path, "due"), milestone.get("due")
    for base, start_key, end_key in _PERIODS[1:]:
        for path, item in ctx.items(*base):
            yield (*path, start_key), item.get(start_key)
            yield (*path, end_key), item.get(end_key)
    for path, indicator in ctx.items("monitoring", "indicators"):
        yield (*path, "due"), indicator.get("due")
    for horizon in ("short_term", "long_term"):
        for path, goal in ctx.items("concept", "goals", horizon):
            yield (*path, "due"), goal.get("due")


def co02(ctx: Context) -> None:
    """Plan dates (milestones, activities, projects, indicators, goals) lie inside the period."""
    start, end = ctx.date(ctx.get("period", "start")), ctx.date(ctx.get("period", "end"))
    if start is None or end is None or start > end:
        return
    for path, value in _dated(ctx):
        day = ctx.date(value)
        if day is not None and not start <= day <= end:
            ctx.fail("CO02", "outside", path, date=day, start=start, end=end)


def _check_refs(
    ctx: Context, known: set[str], values: Iterator[tuple[Path_, Any]], kind: str
) -> None:
    for path, value in values:
        if isinstance(value, str) and value and not is_placeholder(value) and value not in known:
            ctx.fail(
                "CO03",
                "unknown",
                path,
                value=value,
                kind=term(kind),
                known=", ".join(sorted(known)) or "-",
            )


def _score_refs(ctx: Context, base: str, items_key: str) -> None:
    raters = ctx.ids(base, "raters")
    criteria = ctx.ids(base, "criteria")
    for path, _item in ctx.items(base, items_key):
        for spath, score in ctx.items(*path, "scores"):
            if raters or score.get("rater") is not None:
                _check_refs(ctx, raters, iter([((*spath, "rater"), score.get("rater"))]), "rater")
            values = score.get("values")
            if isinstance(values, dict):
                for key in values:
                    if str(key) not in criteria:
                        ctx.fail(
                            "CO03",
                            "unknown",
                            (*spath, "values", key),
                            value=key,
                            kind=term("criterion"),
                            known=", ".join(sorted(criteria)) or "-",
                        )


def co03(ctx: Context) -> None:
    """Every id that is referred to is defined."""
    candidates = ctx.ids("partner_selection", "candidates")
    projects = ctx.ids("project_selection", "projects")
    milestones = ctx.ids("concept", "work_plan", "milestones")

    def listed(base: tuple[str, ...], key: str) -> Iterator[tuple[Path_, Any]]:
        for path, item in ctx.items(*base):
            value = item.get(key)
            if isinstance(value, list):
                for index, entry in enumerate(value):
                    yield (*path, key, index), entry
            else:
                yield (*path, key), value

    _check_refs(ctx, candidates, listed(("project_selection", "projects"), "partners"), "partner")
    _check_refs(ctx, candidates, listed(("partner_selection", "agreements"), "partner"), "partner")
    _check_refs(
        ctx, milestones, listed(("concept", "work_plan", "activities"), "milestone"), "milestone"
    )
    involved = ctx.get("communication", "partners_involved")
    if isinstance(involved, list):
        _check_refs(
            ctx,
            candidates,
            iter([(("communication", "partners_involved", i), v) for i, v in enumerate(involved)]),
            "partner",
        )
    for base, items_key, targets in (
        ("partner_selection", "candidates", candidates),
        ("project_selection", "projects", projects),
    ):
        _score_refs(ctx, base, items_key)
        raters = ctx.ids(base, "raters")
        _check_refs(ctx, raters, listed((base, "conflicts_of_interest"), "rater"), "rater")
        kind = "partner" if base == "partner_selection" else "project"
        _check_refs(ctx, targets, listed((base, "conflicts_of_interest"), "candidate"), kind)


_ID_LISTS: tuple[tuple[str, ...], ...] = (
    ("measures", "analyses"),
    ("measures", "steering_bodies"),
    ("measures", "databases"),
    ("measures", "workshops"),
    ("measures", "startup_sme_services"),
    ("measures", "staff_and_education", "staff_programmes"),
    ("measures", "staff_and_education", "education_programmes"),
    ("measures", "management_training"),
    ("financing", "sources"),
    ("partner_selection", "criteria"),
    ("partner_selection", "raters"),
    ("partner_selection", "candidates"),
    ("project_selection", "criteria"),
    ("project_selection", "raters"),
    ("project_selection", "projects"),
    ("communication", "internal"),
    ("communication", "external"),
    ("monitoring", "indicators"),
    ("concept", "goals", "short_term"),
    ("concept", "goals", "long_term"),
    ("concept", "work_plan", "milestones"),
    ("concept", "work_plan", "activities"),
)


def co05(ctx: Context) -> None:
    """Ids are unique within their list, so references are unambiguous."""
    for base in _ID_LISTS:
        seen: dict[str, Path_] = {}
        for path, item in ctx.items(*base):
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            if ident in seen:
                ctx.fail(
                    "CO05",
                    "duplicate",
                    (*path, "id"),
                    id=ident,
                    first=ctx.doc.where(seen[ident])[0],
                )
            else:
                seen[ident] = (*path, "id")


def co06(ctx: Context) -> None:
    """Scores lie on the catalogue's scale."""
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
                            "CO06",
                            "out_of_scale",
                            (*spath, "values", key),
                            value=value,
                            low=low,
                            high=high,
                        )


def co04(ctx: Context) -> None:
    """Placeholder text is a gap, not content."""
    # Every string of the file, as `iter_strings` gives them, but a path is built only for the
    # mappings and lists walked and for the strings that fail (the audit sorts the findings).
    stack: list[tuple[Path_, Any]] = [((), ctx.data)]
    while stack:
        here, node = stack.pop()
        pairs = node.items() if isinstance(node, dict) else enumerate(node)
        nested: list[tuple[Path_, Any]] = []
        for key, value in pairs:
            if isinstance(value, str):
                if key != "id" and is_placeholder(value):
                    ctx.fail("CO04", "placeholder", (*here, key),
                             text=value.strip()[:30] or '""')
            elif isinstance(value, dict | list):
                nested.append(((*here, key), value))
        stack.extend(reversed(nested))


CHECKS: dict[str, Check] = {
    "CO01": co01,
    "CO02": co02,
    "CO03": co03,
    "CO04": co04,
    "CO05": co05,
    "CO06": co06,
}
