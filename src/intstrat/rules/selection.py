"""The cross-checks of partner and project selection (guide 4.2, 5.1): conflicts of interest
derived from who rates and who takes part, and whether the decision follows the ranking.

CL12 (partners) and CL14 (projects) share them. The score is the one `intstrat rank` shows
(living/ranking.py: the weighted mean of the per-criterion means, raters with a conflict left
out), computed here in a few lines: importing the ranking module costs `check` about 2.2 ms at
start-up, this module 0.15 ms (`python -X importtime`, bytecode cached), so the ranking stays
out of `check`; tests/test_selection_scores.py keeps the two in step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from intstrat.document import Path_
from intstrat.rules.base import Context
from intstrat.rules.common import word
from intstrat.values import as_number

Path = Path_
TakesPart = Callable[[Path_, dict[str, Any]], Iterable[tuple[Path_, str]]]
"""Who takes part in an item: (path, organisation name) pairs."""

# Legal forms at the end of a name say nothing about who it is: "Saale Instruments" is
# "Saale Instruments AG".
_LEGAL_FORMS = frozenset((
    "ag", "gmbh", "mbh", "ug", "kg", "kgaa", "ohg", "ev", "e", "v", "gbr", "se", "sa", "sas",
    "sarl", "bv", "nv", "ab", "as", "asa", "oy", "oyj", "ltd", "limited", "inc", "llc", "plc",
    "corp", "co", "kk",
))
_PARTS = r"[,;()\[\]/]"
_NON_WORD = r"[^\w]+"


def _words(text: str) -> tuple[str, ...]:
    words = re.sub(_NON_WORD, " ", text.casefold()).split()
    while words and words[-1] in _LEGAL_FORMS:
        words.pop()
    return tuple(words)


def organisation_parts(text: Any) -> list[tuple[str, ...]]:
    """The parts of an organisation text, split at commas and brackets, each as its words:
    "Steering committee, Saale Instruments AG" → [("steering", "committee"), ("saale",
    "instruments")]. Case, punctuation and a trailing legal form do not count."""
    if not isinstance(text, str):
        return []
    return [w for part in re.split(_PARTS, text) if (w := _words(part))]


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[i:i + size] == part for i in range(len(whole) - size + 1))


def _holds(parts: list[tuple[str, ...]], target: tuple[str, ...]) -> bool:
    return bool(target) and any(
        part == target or (len(target) > 1 and _contains(part, target)) for part in parts)


def same_organisation(rater_organisation: Any, name: Any) -> bool:
    """True when one part of the rater's organisation text is the organisation `name` (or holds
    it whole, as "Okafor Optronics GmbH board member" holds "Okafor Optronics GmbH")."""
    target = _words(name) if isinstance(name, str) else ()
    return _holds(organisation_parts(rater_organisation), target)


class Conflict:
    """A rater who must not score an item: declared under `conflicts_of_interest`, or derived
    from the data (`via` names the participant or candidate that makes it one)."""

    __slots__ = ("declared", "item", "item_path", "rater", "via", "via_path")

    def __init__(self, rater: str, item: str, declared: bool, via: str = "",
                 via_path: Path = (), item_path: Path = ()) -> None:
        self.rater = rater
        self.item = item
        self.declared = declared
        self.via = via
        self.via_path = via_path
        self.item_path = item_path


def _raters(ctx: Context, base: str) -> Iterator[tuple[str, Any]]:
    for _, rater in ctx.items(base, "raters"):
        ident = word(rater.get("id"))
        if ident:
            yield ident, rater.get("organisation")


def _item_id(item: dict[str, Any]) -> str | None:
    ident = item.get("id")
    if isinstance(ident, bool):
        return None
    return str(ident) if isinstance(ident, str | int) else None


def derived_conflicts(
    ctx: Context, base: str, items_key: str, takes_part: TakesPart
) -> list[Conflict]:
    """Conflicts found in the data: a rater whose organisation is one that `takes_part(path,
    item)` names ((path, name) pairs) for an item."""
    raters = [(r, parts) for r, org in _raters(ctx, base) if (parts := organisation_parts(org))]
    found: list[Conflict] = []
    if not raters:
        return found
    for path, item in ctx.items(base, items_key):
        ident = _item_id(item)
        if ident is None:
            continue
        names = [(where, name, _words(name)) for where, name in takes_part(path, item)]
        for rater, parts in raters:
            for where, name, target in names:
                if _holds(parts, target):
                    found.append(Conflict(rater, ident, False, name, where, path))
                    break
    return found


def declared_conflicts(ctx: Context, base: str) -> set[tuple[str, str]]:
    """(rater, item) pairs of `conflicts_of_interest`."""
    pairs: set[tuple[str, str]] = set()
    for _, entry in ctx.items(base, "conflicts_of_interest"):
        rater, item = entry.get("rater"), entry.get("candidate")
        if isinstance(rater, str | int) and isinstance(item, str | int):
            pairs.add((str(rater), str(item)))
    return pairs


def score_sheets(item: dict[str, Any]) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(index, rater id, values) of an item's score sheets that hold a number."""
    scores = item.get("scores")
    if not isinstance(scores, list):
        return
    for index, sheet in enumerate(scores):
        if not isinstance(sheet, dict):
            continue
        rater = sheet.get("rater")
        values = sheet.get("values")
        if not isinstance(values, dict):
            continue
        # a sheet without a rater still counts, under its number (as `intstrat rank` reads it)
        ident = str(rater) if rater is not None else f"#{index + 1}"
        if any(as_number(v) is not None for v in values.values()):
            yield index, ident, values


def check_conflicts(
    ctx: Context, rule: str, base: str, items_key: str, derived: list[Conflict]
) -> set[tuple[str, str]]:
    """Report derived conflicts nobody declared, and raters who scored an item they have a
    conflict with (declared or derived). Returns every (rater, item) conflict pair."""
    declared = declared_conflicts(ctx, base)
    pairs = set(declared)
    scored = {(rater, ident) for _, item in ctx.items(base, items_key)
              if (ident := _item_id(item)) is not None
              for _, rater, _ in score_sheets(item)}
    for conflict in derived:
        pair = (conflict.rater, conflict.item)
        if pair in pairs:
            continue
        pairs.add(pair)
        if pair not in declared and pair in scored:
            # A rater who kept out of the rating is excluded in fact: a reviewer accepts that.
            ctx.fail(rule, "conflict_undeclared", conflict.via_path, rater=conflict.rater,
                     item=conflict.item, via=conflict.via)
    for path, item in ctx.items(base, items_key):
        ident = _item_id(item)
        if ident is None:
            continue
        for index, rater, _ in score_sheets(item):
            if (rater, ident) in pairs:
                ctx.fail(rule, "conflict_scored", (*path, "scores", index, "rater"),
                         rater=rater, item=ident)
    return pairs


def weights(ctx: Context, base: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for _, criterion in ctx.items(base, "criteria"):
        ident = _item_id(criterion)
        weight = as_number(criterion.get("weight"))
        if ident is not None and weight is not None and weight > 0:
            found[ident] = weight
    return found


def score(item: dict[str, Any], ident: str, weighted: dict[str, float],
          conflicts: set[tuple[str, str]]) -> float | None:
    """The weighted mean of the per-criterion means, raters with a conflict left out (as
    `intstrat rank` computes it); None when nothing usable was scored."""
    values: dict[str, list[float]] = {c: [] for c in weighted}
    for _, rater, sheet in score_sheets(item):
        if (rater, ident) in conflicts:
            continue
        for criterion, raw in sheet.items():
            number = as_number(raw)
            if criterion in values and number is not None:
                values[criterion].append(number)
    total = weight_sum = 0.0
    for criterion, scored in values.items():
        if scored:
            total += weighted[criterion] * sum(scored) / len(scored)
            weight_sum += weighted[criterion]
    if weight_sum == 0:
        return None
    result = total / weight_sum
    return result if result == result and abs(result) != float("inf") else None


def check_ranking(
    ctx: Context,
    rule: str,
    base: str,
    items_key: str,
    chosen: Iterable[str],
    conflicts: set[tuple[str, str]],
) -> None:
    """A chosen item that scores below a rejected one needs a `decision_reason` (on it or on
    the rejected item) that is not hollow (guide 4.2, 5.1: the best-ranked are chosen)."""
    chosen = set(chosen)
    weighted = weights(ctx, base)
    scored: list[tuple[Path, dict[str, Any], str, float, str]] = []
    for path, item in ctx.items(base, items_key):
        ident = _item_id(item)
        status = word(item.get("status"))
        value = score(item, ident, weighted, conflicts) if ident is not None else None
        if ident is not None and value is not None and status is not None:
            scored.append((path, item, ident, value, status))
    # A rejected item with a reason of its own explains every pair it is in.
    unexplained = [s for s in scored
                   if s[4] == "rejected" and not ctx.text(s[1].get("decision_reason"))]
    if not unexplained:
        return
    _, _, best, best_score, _ = max(unexplained, key=lambda s: s[3])
    for path, item, ident, value, status in scored:
        if status not in chosen or round(best_score, 9) <= round(value, 9):
            continue
        if ctx.text(item.get("decision_reason")):
            continue
        at = (*path, "decision_reason") if "decision_reason" in item else (*path, "status")
        ctx.fail(rule, "below_rejected", at, item=ident, score=round(value, 2),
                 rejected=best, rejected_score=round(best_score, 2))
