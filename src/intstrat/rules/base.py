"""What a rule module builds on: its group, the Context it reads (helpers that treat placeholders
as missing, `fail()`), and date helpers."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from intstrat.document import Document, Path_
from intstrat.findings import PointStatus, RawFinding
from intstrat.values import as_date, as_number

__all__ = [
    "Check", "Context", "Derive", "Group", "add_months", "as_date", "as_number", "is_placeholder",
]


class Group(enum.StrEnum):
    """Where a rule belongs; reports list the groups in this order."""

    CHECKLIST = "checklist"
    SECTION = "section"
    STRUCTURE = "structure"
    CONSISTENCY = "consistency"


# Text that stands in for content that is not there yet (guide: a gap, not content).
_PLACEHOLDER_WHOLE = re.compile(
    r"\s*(todo|tbd|tbc|tba|fixme|x{2,}|\?+|[-–—]+|\.{2,}|…+|n/?a|n\.\s?a\.?|k\.\s?a\.?|"
    r"keine angaben?|siehe (?:unten|oben)|see (?:below|above)|"
    r"folgt|to follow|platzhalter|placeholder)[.!:]?\s*\Z",
    re.IGNORECASE,
)
# Inside longer text only the conventional upper-case markers count: "the todo list" is prose.
_PLACEHOLDER_MARK = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b|(?i:lorem ipsum)")


# A cheap necessary condition of a _PLACEHOLDER_MARK match: `in` tests are about ten times faster
# than the regex, which then runs only on the few texts that pass. 'ı' and 'ſ' match 'i' and 's'
# in the case-blind "lorem ipsum" but do not lower to them: text holding either goes to the regex.
def _may_carry_mark(text: str) -> bool:
    if "TODO" in text or "TBD" in text or "FIXME" in text or "XXX" in text:
        return True
    if not text.isascii() and ("ı" in text or "ſ" in text):
        return True
    return "lorem ipsum" in text.lower()


def is_placeholder(text: str) -> bool:
    """True for empty text, a lone marker (TBD, "...", xxx) or text with TODO, TBD, lorem ipsum."""
    return not text.strip() or bool(_PLACEHOLDER_WHOLE.match(text)) or (
        _may_carry_mark(text) and bool(_PLACEHOLDER_MARK.search(text))
    )


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    if year > dt.MAXYEAR:
        return dt.date.max  # past the calendar's end: later than any date a file can hold
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class Context:
    """The strategy as a rule reads it. Rules never raise for odd data: they report it."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.data: dict[str, Any] = doc.data if isinstance(doc.data, dict) else {}
        self.hits: list[RawFinding] = []

    def fail(self, rule: str, key: str, path: Path_, /, **args: Any) -> None:
        """Report the message `key` of `rule` at `path` with its details."""
        self.hits.append(RawFinding(rule, key, tuple(path), args))

    def get(self, *path: str | int) -> Any:
        return self.doc.get(path)

    def mapping(self, *path: str | int) -> dict[str, Any]:
        value = self.doc.get(path)
        return value if isinstance(value, dict) else {}

    def items(self, *path: str | int) -> Iterator[tuple[Path_, dict[str, Any]]]:
        """The mapping items of the list at `path`, with their paths; other entries are skipped."""
        value = self.doc.get(path)
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield (*path, index), item

    def text(self, value: Any) -> str | None:
        """Meaningful text, or None for a missing, empty or placeholder value."""
        if isinstance(value, str):
            return None if is_placeholder(value) else value
        if isinstance(value, bool) or value is None:
            return None
        if isinstance(value, int | float | dt.date):
            return str(value)
        return None

    def texts(self, value: Any) -> list[str]:
        """Meaningful strings of a list (placeholders dropped)."""
        if not isinstance(value, list):
            return []
        return [t for t in (self.text(v) for v in value) if t is not None]

    def present(self, value: Any) -> bool:
        """True for content: text that is no placeholder, a number, a date, a non-empty list/map."""
        if isinstance(value, str):
            return not is_placeholder(value)
        if isinstance(value, list | dict):
            return len(value) > 0
        return value is not None

    def date(self, value: Any) -> dt.date | None:
        return as_date(value)

    def label(self, item: dict[str, Any], path: Path_, prefer_id: bool = False) -> str:
        """How a message names a list item: its name (or title), else its id, else its number."""
        keys = ("id", "name", "title") if prefer_id else ("name", "title", "id")
        for key in keys:
            text = self.text(item.get(key))
            if text:
                return text
        return f"#{int(path[-1]) + 1}" if isinstance(path[-1], int) else str(path[-1])

    def ids(self, *path: str | int) -> set[str]:
        return {str(item["id"]) for _, item in self.items(*path) if "id" in item}


Check = Callable[[Context], None]
"""A rule's predicate over the document: it reports through `ctx.fail`."""

Derive = Callable[[Sequence[PointStatus]], list[RawFinding]]
"""A rule decided by the results of other rules (CL19 by the ten sections)."""
