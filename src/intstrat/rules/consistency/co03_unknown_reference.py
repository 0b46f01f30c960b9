"""Every id that is referred to is defined."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from intstrat.document import Path_
from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.messages import term

ID = "CO03"
NAME = "unknown-reference"
GROUP = Group.CONSISTENCY
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A reference to an id that is not defined")
EXPLANATION = N_(
    "Parts of the strategy refer to each other by id: project partners and agreements to partner "
    "candidates, scores to raters and criteria, conflicts of interest to raters and candidates or "
    "projects, activities to milestones, `communication.partners_involved` to candidates. A "
    "reference to an id that is not defined breaks rankings and tables. intstrat reports it and "
    "lists the ids that are known at that place."
)
FIX = N_(
    "Correct the reference to one of the listed ids, or define the missing entry, for example a "
    "candidate under `partner_selection.candidates`."
)
MESSAGES = {
    "unknown": P_("CO03.unknown", "'{value}' is not a defined {kind} (known: {known})"),
}


def _check_refs(
    ctx: Context, known: set[str], values: Iterator[tuple[Path_, Any]], kind: str
) -> None:
    for path, value in values:
        if isinstance(value, str) and value and not ctx.hollow(value) and value not in known:
            ctx.fail(
                ID,
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
                            ID,
                            "unknown",
                            (*spath, "values", key),
                            value=key,
                            kind=term("criterion"),
                            known=", ".join(sorted(criteria)) or "-",
                        )


def check(ctx: Context) -> None:
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
