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
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

from intstrat.findings import FileResult, Finding

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
    """A checklist point or concept section, passed before and after (None: not audited there)."""

    rule: str
    title: str
    before: bool | None
    after: bool | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


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
        checklist=diff_points(old_audit, new_audit),
        fixed=fixed,
        introduced=introduced,
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
            title=(after.get(rule) or before[rule]).title,
            before=before[rule].passed if rule in before else None,
            after=after[rule].passed if rule in after else None,
        )
        for rule in rules
    )


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
            {"rule": p.rule, "title": p.title, "before": p.before, "after": p.after}
            for p in comparison.checklist
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
