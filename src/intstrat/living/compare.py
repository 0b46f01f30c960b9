"""What changed between two versions of a strategy: keys by section, score, checklist, findings.

The strategy is a living document (guide ch. 1 and 8), revised as projects run; a reviewer wants
to see what a revision added, removed and changed, and whether the audit got better or worse.

Structure: both versions are walked as data. A change is reported at the first place where the
versions differ (an added candidate is one change, not one per key inside it). Lists of objects
are matched by a key rather than by position, so inserting a candidate does not make every later
one look changed: `id` where the items have one, else `rater`, `partner`, `date`, `name` or
`method`, the first that is present and unique in both versions. Such an item is written
`partner_selection.candidates[id=nordic]`; lists without a key are compared position by
position (`[2]`), lists of plain values as sets (an added or removed value each).

Audit: findings are matched by `Finding.identity` (rule, pointer, message key and details), never
by line, since lines move when text is inserted above them, nor by the shown text, which changes
with the language and the wording. A finding only in the old version is fixed, one only in the new
version introduced.

Rankings: both versions are ranked (`living.ranking`, partners and projects); a candidate whose
rank differs is a move, reported with its score before and after, next to the criteria whose
weight changed, so a weight change that reorders the candidates is seen with its cause. Points:
a point that changed carries the findings of its rule that went (fixed) or came (introduced),
which say why.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from intstrat.findings import FileResult, Finding, PointState
from intstrat.living.ranking import KINDS, Ranking, rank
from intstrat.rules import point_title
from intstrat.values import as_number

ChangeKind = Literal["added", "removed", "changed"]
CHANGE_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)

# Keys that identify an item of a list of objects, in order of preference.
_ITEM_KEYS = ("id", "rater", "partner", "date", "name", "method")


@dataclass(frozen=True)
class Change:
    """One difference; `old` is None for added, `new` is None for removed."""

    section: str
    kind: ChangeKind
    pointer: str
    old: Any = None
    new: Any = None


@dataclass(frozen=True)
class SectionDiff:
    """The changes inside one top-level section of the strategy."""

    section: str
    changes: tuple[Change, ...]

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for change in self.changes if change.kind == kind)


@dataclass(frozen=True)
class PointChange:
    """A checklist point or concept section, passed before and after (None: not audited there),
    and whether it was waived (a waived point is not passed, but it has not failed either)."""

    rule: str
    before: bool | None
    after: bool | None
    fixed: tuple[Finding, ...] = ()
    """This rule's findings that went: why a point now passes."""
    introduced: tuple[Finding, ...] = ()
    """This rule's findings that came: why a point now fails."""
    before_waived: bool = False
    after_waived: bool = False

    @property
    def changed(self) -> bool:
        return self.state("before") != self.state("after")

    def state(self, when: str) -> PointState | None:
        """Passed, failed or waived in that version; None where it was not audited."""
        passed, waived = ((self.before, self.before_waived) if when == "before"
                          else (self.after, self.after_waived))
        if passed is None:
            return None
        if waived:
            return PointState.WAIVED
        return PointState.PASSED if passed else PointState.FAILED


@dataclass(frozen=True)
class RankMove:
    """A candidate whose rank differs between the versions (None: not ranked in that one)."""

    id: str
    name: str
    before: int | None
    after: int | None
    score_before: float | None
    score_after: float | None


@dataclass(frozen=True)
class WeightChange:
    """A criterion whose weight differs (None: no such criterion, or no weight, in that one)."""

    criterion: str
    name: str
    before: float | None
    after: float | None


@dataclass(frozen=True)
class RankingDiff:
    """What moved in one ranking (partners or projects) and which weights changed."""

    kind: str
    moves: tuple[RankMove, ...]
    weights: tuple[WeightChange, ...]


@dataclass(frozen=True)
class Comparison:
    """The difference between two versions of a strategy."""

    old_path: str
    new_path: str
    sections: tuple[SectionDiff, ...]
    score_before: float | None = None
    score_after: float | None = None
    checklist: tuple[PointChange, ...] = ()
    fixed: tuple[Finding, ...] = ()
    introduced: tuple[Finding, ...] = ()
    rankings: tuple[RankingDiff, ...] = ()

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(change for section in self.sections for change in section.changes)

    @property
    def score_delta(self) -> float | None:
        if self.score_before is None or self.score_after is None:
            return None
        return round(self.score_after - self.score_before, 1)

    @property
    def regression(self) -> bool:
        """The score dropped or a finding was introduced."""
        delta = self.score_delta
        return bool(self.introduced) or (delta is not None and delta < 0)

    def passed(self, when: str, prefix: str) -> tuple[int, int] | None:
        """(passed, total) of the points whose id starts with `prefix` ("CL" or "CS")."""
        points = [p for p in self.checklist if p.rule.startswith(prefix)]
        values = [p.before if when == "before" else p.after for p in points]
        known = [v for v in values if v is not None]
        if not known:
            return None
        return sum(1 for v in known if v), len(known)


def compare(
    old: Any,
    new: Any,
    *,
    old_path: str = "old",
    new_path: str = "new",
    old_audit: FileResult | None = None,
    new_audit: FileResult | None = None,
) -> Comparison:
    """Compare two strategies' data and, when given, their audits."""
    # a file that is empty or not a mapping has no sections: everything in the other is new
    changes = diff_data(
        old if isinstance(old, Mapping) else {}, new if isinstance(new, Mapping) else {}
    )
    by_section: dict[str, list[Change]] = {}
    for change in changes:
        by_section.setdefault(change.section, []).append(change)
    sections = tuple(SectionDiff(name, tuple(items)) for name, items in by_section.items())
    fixed, introduced = diff_findings(
        old_audit.findings if old_audit else (), new_audit.findings if new_audit else ()
    )
    return Comparison(
        old_path=old_path,
        new_path=new_path,
        sections=sections,
        score_before=old_audit.score if old_audit and old_audit.is_strategy else None,
        score_after=new_audit.score if new_audit and new_audit.is_strategy else None,
        checklist=with_reasons(diff_points(old_audit, new_audit), fixed, introduced),
        fixed=fixed,
        introduced=introduced,
        rankings=diff_rankings(old, new),
    )


def diff_data(old: Any, new: Any) -> tuple[Change, ...]:
    """Every difference between two data trees, in document order (new version's order first)."""
    out: list[Change] = []
    _diff(old, new, (), out)
    return tuple(out)


def diff_findings(
    old: Sequence[Finding], new: Sequence[Finding]
) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """(fixed, introduced), matched by `Finding.identity` and counted as a multiset."""
    remaining = Counter(f.identity for f in new)
    fixed: list[Finding] = []
    for finding in old:
        key = finding.identity
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            fixed.append(finding)
    remaining = Counter(f.identity for f in old)
    introduced: list[Finding] = []
    for finding in new:
        key = finding.identity
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            introduced.append(finding)
    return tuple(fixed), tuple(introduced)


def diff_points(old: FileResult | None, new: FileResult | None) -> tuple[PointChange, ...]:
    """Every checklist point and concept section, passed before and after."""
    before = {p.rule: p for p in (*old.checklist, *old.sections)} if old else {}
    after = {p.rule: p for p in (*new.checklist, *new.sections)} if new else {}
    rules = list(after) + [rule for rule in before if rule not in after]
    return tuple(
        PointChange(
            rule=rule,
            before=before[rule].passed if rule in before else None,
            after=after[rule].passed if rule in after else None,
            before_waived=rule in before and before[rule].waived,
            after_waived=rule in after and after[rule].waived,
        )
        for rule in rules
    )


def with_reasons(
    points: Sequence[PointChange], fixed: Sequence[Finding], introduced: Sequence[Finding]
) -> tuple[PointChange, ...]:
    """Each changed point with the findings of its rule that went and came."""
    return tuple(
        replace(
            point,
            fixed=tuple(f for f in fixed if f.rule == point.rule),
            introduced=tuple(f for f in introduced if f.rule == point.rule),
        )
        if point.changed
        else point
        for point in points
    )


def diff_rankings(old: Any, new: Any) -> tuple[RankingDiff, ...]:
    """For partners and projects: the candidates whose rank moved and the weights that changed.

    A ranking appears only when something in it moved or a weight changed.
    """
    out: list[RankingDiff] = []
    for kind in KINDS:
        before = rank(kind, old if isinstance(old, Mapping) else {})
        after = rank(kind, new if isinstance(new, Mapping) else {})
        moves = _moves(before, after)
        weights = _weight_changes(before, after)
        if moves or weights:
            out.append(RankingDiff(kind=kind, moves=moves, weights=weights))
    return tuple(out)


def _moves(before: Ranking, after: Ranking) -> tuple[RankMove, ...]:
    old = {item.id: item for item in before.items}
    new = {item.id: item for item in after.items}
    moves: list[RankMove] = []
    for ident in [*new, *(i for i in old if i not in new)]:
        was, now = old.get(ident), new.get(ident)
        rank_before = was.rank if was else None
        rank_after = now.rank if now else None
        shown = now or was
        if rank_before == rank_after or shown is None:
            continue
        moves.append(
            RankMove(
                id=ident,
                name=shown.name,
                before=rank_before,
                after=rank_after,
                score_before=was.score if was else None,
                score_after=now.score if now else None,
            )
        )
    return tuple(moves)


def _weight_changes(before: Ranking, after: Ranking) -> tuple[WeightChange, ...]:
    def weights(ranking: Ranking) -> dict[str, tuple[str, float | None]]:
        out: dict[str, tuple[str, float | None]] = {}
        for criterion in ranking.criteria:
            ident = scalar_text(criterion.get("id"))
            name = criterion.get("name")
            out[ident] = (name if isinstance(name, str) else ident,
                          as_number(criterion.get("weight")))
        return out

    old, new = weights(before), weights(after)
    changes = []
    for ident in [*new, *(i for i in old if i not in new)]:
        weight_before = old[ident][1] if ident in old else None
        weight_after = new[ident][1] if ident in new else None
        if weight_before != weight_after:
            name = (new.get(ident) or old[ident])[0]
            changes.append(WeightChange(ident, name, weight_before, weight_after))
    return tuple(changes)


_Part = str | tuple[str, str] | int
"""A path step: a mapping key, an item matched by (key, value), or a list position."""


def _diff(old: Any, new: Any, path: tuple[_Part, ...], out: list[Change]) -> None:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key, value in new.items():
            if key not in old:
                out.append(_change("added", (*path, str(key)), None, value))
            else:
                _diff(old[key], value, (*path, str(key)), out)
        for key, value in old.items():
            if key not in new:
                out.append(_change("removed", (*path, str(key)), value, None))
        return
    if isinstance(old, list) and isinstance(new, list):
        _diff_list(old, new, path, out)
        return
    if not _same(old, new):
        out.append(_change("changed", path, old, new))


def _diff_list(old: list[Any], new: list[Any], path: tuple[_Part, ...], out: list[Change]) -> None:
    key = _item_key(old, new)
    if key is not None:
        before = {scalar_text(item[key]): item for item in old}
        after = {scalar_text(item[key]): item for item in new}
        for ident, item in after.items():
            if ident not in before:
                out.append(_change("added", (*path, (key, ident)), None, item))
            else:
                _diff(before[ident], item, (*path, (key, ident)), out)
        for ident, item in before.items():
            if ident not in after:
                out.append(_change("removed", (*path, (key, ident)), item, None))
        return
    if all(_is_scalar(item) for item in (*old, *new)):
        gone = Counter(scalar_text(v) for v in old) - Counter(scalar_text(v) for v in new)
        came = Counter(scalar_text(v) for v in new) - Counter(scalar_text(v) for v in old)
        for value in new:
            if came[scalar_text(value)] > 0:
                came[scalar_text(value)] -= 1
                out.append(_change("added", path, None, value))
        for value in old:
            if gone[scalar_text(value)] > 0:
                gone[scalar_text(value)] -= 1
                out.append(_change("removed", path, value, None))
        return
    for index, item in enumerate(new):
        if index < len(old):
            _diff(old[index], item, (*path, index), out)
        else:
            out.append(_change("added", (*path, index), None, item))
    for index in range(len(new), len(old)):
        out.append(_change("removed", (*path, index), old[index], None))


def _item_key(old: list[Any], new: list[Any]) -> str | None:
    """The first of `_ITEM_KEYS` present with a unique scalar value in every item of both lists."""
    items = [*old, *new]
    if not items or not all(isinstance(item, Mapping) for item in items):
        return None
    for key in _ITEM_KEYS:
        if all(key in item and _is_scalar(item[key]) for item in items) and all(
            len({scalar_text(item[key]) for item in side}) == len(side) for side in (old, new)
        ):
            return key
    return None


def _change(kind: ChangeKind, path: tuple[_Part, ...], old: Any, new: Any) -> Change:
    section = path[0] if path and isinstance(path[0], str) else ""
    return Change(section=section, kind=kind, pointer=_pointer(path), old=old, new=new)


def _pointer(path: tuple[_Part, ...]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, tuple):
            out += f"[{part[0]}={part[1]}]"
        else:
            out += ("." if out else "") + part
    return out


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool | dt.date)


def scalar_text(value: Any) -> str:
    """A scalar as its YAML spelling, so that 1 and "1" or dates compare as the user wrote them."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _same(old: Any, new: Any) -> bool:
    if type(old) is not type(new) and (isinstance(old, bool) or isinstance(new, bool)):
        return False
    if isinstance(old, float) and isinstance(new, float) and old != old and new != new:
        return True  # NaN in both versions is no change
    return bool(old == new)


def to_dict(comparison: Comparison, lang: str) -> dict[str, Any]:
    """The JSON shape of `intstrat diff --format json` (dates as ISO text)."""
    return {
        "old": comparison.old_path,
        "new": comparison.new_path,
        "score": {
            "before": comparison.score_before,
            "after": comparison.score_after,
            "delta": comparison.score_delta,
        },
        "checklist": {
            "before": _passed_dict(comparison.passed("before", "CL")),
            "after": _passed_dict(comparison.passed("after", "CL")),
        },
        "concept_sections": {
            "before": _passed_dict(comparison.passed("before", "CS")),
            "after": _passed_dict(comparison.passed("after", "CS")),
        },
        "points": [
            {
                "rule": p.rule,
                "title": point_title(p.rule, lang),
                "before": p.before,
                "after": p.after,
                "before_status": p.state("before"),
                "after_status": p.state("after"),
                "fixed": [f.as_dict(lang) for f in p.fixed],
                "introduced": [f.as_dict(lang) for f in p.introduced],
            }
            for p in comparison.checklist
        ],
        "rankings": [
            {
                "kind": r.kind,
                "weights": [
                    {"criterion": w.criterion, "name": w.name, "before": w.before,
                     "after": w.after}
                    for w in r.weights
                ],
                "moves": [
                    {
                        "id": m.id,
                        "name": m.name,
                        "before": m.before,
                        "after": m.after,
                        "score_before": _rounded(m.score_before),
                        "score_after": _rounded(m.score_after),
                    }
                    for m in r.moves
                ],
            }
            for r in comparison.rankings
        ],
        "sections": [
            {
                "section": s.section,
                "added": s.count("added"),
                "removed": s.count("removed"),
                "changed": s.count("changed"),
                "changes": [
                    {
                        "kind": c.kind,
                        "pointer": c.pointer,
                        "old": jsonable(c.old),
                        "new": jsonable(c.new),
                    }
                    for c in s.changes
                ],
            }
            for s in comparison.sections
        ],
        "findings": {
            "fixed": [f.as_dict(lang) for f in comparison.fixed],
            "introduced": [f.as_dict(lang) for f in comparison.introduced],
        },
        "regression": comparison.regression,
    }


def jsonable(value: Any) -> Any:
    """Strategy data as JSON values: dates become ISO text, NaN and infinities text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    return value


def _passed_dict(pair: tuple[int, int] | None) -> dict[str, int] | None:
    return None if pair is None else {"passed": pair[0], "total": pair[1]}


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
