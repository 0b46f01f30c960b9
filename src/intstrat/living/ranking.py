"""The weighted decision matrix of partner and project selection (guide 4.2 and 5.1).

A criteria catalogue gives each criterion a weight; raters score each candidate per criterion on
the catalogue's scale. The score of a candidate is the weighted mean of the per-criterion means:

    mean(c)  = average of the usable scores for criterion c over the raters left after
               conflicts of interest are excluded
    score    = sum(w_c * mean(c)) / sum(w_c)   over the criteria that HAVE a mean

so the score stays on the catalogue's scale (e.g. 0..5). A criterion nobody scored is reported as
missing and left out of both sums: it is never counted as zero, which would punish a candidate for
a gap in the rating rather than for its qualities. A rater who declared a conflict of interest with
a candidate is excluded from that candidate's scores before anything is computed (guide 5.1).

Ranks are competition ranks (1, 1, 3): equal scores share a rank. Sensitivity asks, for every
criterion, whether moving its weight one step up or down (the scale's step, 1 by default) changes
anyone's rank; weights that would fall to zero or below are not tried.

This module is pure: the CLI and the rendered concept both call it, so the numbers agree.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from intstrat.values import as_number

KINDS = ("partners", "projects")
"""The two decisions the guide describes: partner selection (4.2) and project selection (5.1)."""

DEFAULT_SCALE = (0.0, 5.0, 1.0)

# Scores equal to this many decimals are the same score: float noise must not break a tie.
_TIE_DECIMALS = 9


@dataclass(frozen=True)
class CriterionScore:
    """One criterion's mean over the raters left after conflict exclusion (None: nobody scored)."""

    criterion: str
    mean: float | None
    raters: int


@dataclass(frozen=True)
class RankedItem:
    """A candidate partner or project with its place in the ranking.

    `score` is the weighted mean on the catalogue scale over the criteria that have a mean, None
    when there is no usable score at all; `weighted_total` is sum(weight * mean) over those same
    criteria; `rank` is a competition rank (ties share it), None when the score is None.
    `missing` lists criteria without a usable score, `excluded_raters` the raters with a
    declared conflict of interest for this item (their scores, if any, are left out).
    `status` is the candidate's or project's own status field.
    """

    id: str
    name: str
    score: float | None
    weighted_total: float | None
    rank: int | None
    per_criterion: tuple[CriterionScore, ...]
    missing: tuple[str, ...]
    excluded_raters: tuple[str, ...]
    status: str | None = None


@dataclass(frozen=True)
class WeightShift:
    """Items whose rank changes when `criterion`'s weight moves by `delta`."""

    criterion: str
    delta: float
    changed: tuple[str, ...]


@dataclass(frozen=True)
class Ranking:
    """The ranked list of one decision. `items` are sorted by score (highest first, None last)."""

    kind: str
    criteria: tuple[dict[str, Any], ...]
    items: tuple[RankedItem, ...]
    sensitivity: tuple[WeightShift, ...]
    scale: tuple[float, float]
    step: float = 1.0
    decided_by: str | None = None

    @property
    def unstable(self) -> tuple[str, ...]:
        """Item ids whose rank changes under at least one single-step weight shift."""
        seen: dict[str, None] = {}
        for shift in self.sensitivity:
            for item in shift.changed:
                seen.setdefault(item, None)
        return tuple(seen)


def rank_partners(data: Mapping[str, Any]) -> Ranking:
    """Rank `partner_selection.candidates` on the partner criteria catalogue (guide 4.2)."""
    section = _mapping(_mapping(data).get("partner_selection"))
    return _rank("partners", section, "candidates", "name", section.get("decided_by"))


def rank_projects(data: Mapping[str, Any]) -> Ranking:
    """Rank `project_selection.projects` on the project criteria catalogue (guide 5.1)."""
    section = _mapping(_mapping(data).get("project_selection"))
    return _rank("projects", section, "projects", "title", section.get("selected_by"))


def rank(kind: str, data: Mapping[str, Any]) -> Ranking:
    """`rank_partners` or `rank_projects` by name."""
    if kind == "partners":
        return rank_partners(data)
    if kind == "projects":
        return rank_projects(data)
    raise ValueError(f"unknown ranking kind: {kind!r}")


def _rank(
    kind: str, section: Mapping[str, Any], list_key: str, name_key: str, decided_by: Any
) -> Ranking:
    low, high, step = _scale(section.get("scale"))
    criteria = tuple(
        dict(c) for c in _list(section.get("criteria")) if isinstance(c, dict) and _id(c)
    )
    weights = {
        _id(c): w for c in criteria if (w := as_number(c.get("weight"))) is not None and w > 0
    }
    # (rater, candidate) pairs in declared order: a dict keeps the order and drops repeats
    conflicts = {
        (str(c.get("rater")), str(c.get("candidate"))): None
        for c in _list(section.get("conflicts_of_interest"))
        if isinstance(c, dict) and c.get("rater") is not None
    }
    read = (
        _Row.read(entry, name_key, conflicts, weights) for entry in _list(section.get(list_key))
    )
    rows = [row for row in read if row is not None]
    base_ranks = _ranks(rows, weights)
    items = [row.item(weights, base_ranks.get(row.id)) for row in rows]
    items.sort(key=_order)
    sensitivity: list[WeightShift] = []
    for criterion, weight in weights.items():
        for delta in (step, -step):
            if weight + delta <= 0:
                continue
            shifted = {**weights, criterion: weight + delta}
            ranks = _ranks(rows, shifted)
            changed = tuple(
                item.id for item in items if ranks.get(item.id) != base_ranks.get(item.id)
            )
            sensitivity.append(WeightShift(criterion, delta, changed))
    return Ranking(
        kind=kind,
        criteria=criteria,
        items=tuple(items),
        sensitivity=tuple(sensitivity),
        scale=(low, high),
        step=step,
        decided_by=decided_by if isinstance(decided_by, str) else None,
    )


@dataclass(frozen=True)
class _Row:
    """One candidate's per-criterion means; weights come later, so sensitivity reuses it."""

    id: str
    name: str
    status: str | None
    means: tuple[CriterionScore, ...]
    excluded: tuple[str, ...]

    @classmethod
    def read(
        cls,
        entry: Any,
        name_key: str,
        conflicts: Mapping[tuple[str, str], None],
        weights: Mapping[str, float],
    ) -> _Row | None:
        if not isinstance(entry, dict) or not _id(entry):
            return None
        ident = _id(entry)
        name = entry.get(name_key)
        status = entry.get("status")
        values: dict[str, list[float]] = {c: [] for c in weights}
        # every declared conflict counts, also of a rater who (rightly) left no score
        excluded = {rater: None for rater, candidate in conflicts if candidate == ident}
        for index, sheet in enumerate(_list(entry.get("scores"))):
            if not isinstance(sheet, dict):
                continue
            rater = sheet.get("rater")
            rater_id = str(rater) if rater is not None else f"#{index + 1}"
            if rater_id in excluded:
                continue
            for criterion, raw in _mapping(sheet.get("values")).items():
                value = as_number(raw)
                if criterion in values and value is not None:
                    values[criterion].append(value)
        means = tuple(
            CriterionScore(
                criterion=c,
                mean=(sum(v) / len(v)) if v else None,
                raters=len(v),
            )
            for c, v in values.items()
        )
        return cls(
            id=ident,
            name=name if isinstance(name, str) and name.strip() else ident,
            status=status if isinstance(status, str) else None,
            means=means,
            excluded=tuple(excluded),
        )

    def totals(self, weights: Mapping[str, float]) -> tuple[float | None, float | None]:
        """(score, weighted_total) under `weights`; (None, None) when nothing was scored."""
        total = 0.0
        weight_sum = 0.0
        for entry in self.means:
            if entry.mean is None:
                continue
            weight = weights[entry.criterion]
            total += weight * entry.mean
            weight_sum += weight
        if weight_sum == 0:
            return None, None
        score = total / weight_sum
        if not math.isfinite(score):  # weights near the float limit: no meaningful score
            return None, None
        return score, total

    def item(self, weights: Mapping[str, float], rank: int | None) -> RankedItem:
        score, total = self.totals(weights)
        return RankedItem(
            id=self.id,
            name=self.name,
            score=score,
            weighted_total=total,
            rank=rank,
            per_criterion=self.means,
            missing=tuple(e.criterion for e in self.means if e.mean is None),
            excluded_raters=self.excluded,
            status=self.status,
        )


def _ranks(rows: Sequence[_Row], weights: Mapping[str, float]) -> dict[str, int]:
    """Competition ranks (1, 1, 3) of the rows that have a score."""
    scored = []
    for row in rows:
        score, _ = row.totals(weights)
        if score is not None:
            scored.append((round(score, _TIE_DECIMALS), row.id))
    scored.sort(key=lambda pair: -pair[0])
    ranks: dict[str, int] = {}
    previous: float | None = None
    current = 0
    for position, (score, ident) in enumerate(scored, start=1):
        if score != previous:
            current = position
            previous = score
        ranks[ident] = current
    return ranks


def _order(item: RankedItem) -> tuple[int, float, str]:
    if item.score is None:
        return (1, 0.0, item.id)
    return (0, -round(item.score, _TIE_DECIMALS), item.id)


def _scale(raw: Any) -> tuple[float, float, float]:
    scale = _mapping(raw)
    low = as_number(scale.get("min"))
    high = as_number(scale.get("max"))
    step = as_number(scale.get("step"))
    default_low, default_high, default_step = DEFAULT_SCALE
    low = default_low if low is None else low
    high = default_high if high is None else high
    step = default_step if step is None or step <= 0 else step
    return low, high, step


def _id(entry: Mapping[str, Any]) -> str:
    ident = entry.get("id")
    if isinstance(ident, bool) or ident is None:
        return ""
    return str(ident) if isinstance(ident, str | int) else ""


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def to_dict(ranking: Ranking) -> dict[str, Any]:
    """The JSON shape of `intstrat rank --format json`; scores rounded to 4 decimals."""
    return {
        "kind": ranking.kind,
        "scale": {"min": ranking.scale[0], "max": ranking.scale[1], "step": ranking.step},
        "decided_by": ranking.decided_by,
        "criteria": [
            {
                "id": _id(c),
                "name": c.get("name") if isinstance(c.get("name"), str) else _id(c),
                "group": c.get("group") if isinstance(c.get("group"), str) else None,
                "weight": as_number(c.get("weight")),
            }
            for c in ranking.criteria
        ],
        "ranking": [
            {
                "rank": item.rank,
                "id": item.id,
                "name": item.name,
                "status": item.status,
                "score": _round(item.score),
                "weighted_total": _round(item.weighted_total),
                "per_criterion": [
                    {"criterion": c.criterion, "mean": _round(c.mean), "raters": c.raters}
                    for c in item.per_criterion
                ],
                "missing": list(item.missing),
                "excluded_raters": list(item.excluded_raters),
            }
            for item in ranking.items
        ],
        "sensitivity": [
            {"criterion": s.criterion, "delta": s.delta, "changed": list(s.changed)}
            for s in ranking.sensitivity
        ],
        "unstable": list(ranking.unstable),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
