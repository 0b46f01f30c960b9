"""Table column widths as a browser lays out an automatic table, and text a line may not break.

Each column gets a minimum (min-content: its widest piece a line cannot break, a word, an
amount with its sign, a date) and a maximum (max-content: its longest cell on one line),
both measured in the document's font (`fonts.py`) plus the cell margins. Then, as in the
automatic table layout of CSS 2.1 (§17.5.2.2): if the maxima fit the page, every column gets
its maximum and the rest of the width in proportion; if not, every column gets its minimum
and the width left over is shared in proportion to what each column still wants (maximum
minus minimum). No column is narrower than its widest word, so a line never breaks inside
one; a word wider than a whole page of columns is the one case where the minima are scaled
down and hyphenation has to break them.

`typeset` joins with no-break spaces what a line must not separate: an amount and its
currency or percent sign, "e. V.", the parts of a written date; a URL may wrap after a "/".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

NBSP = "\u00a0"
ZWSP = "\u200b"
WORD_JOINER = "\u2060"

CELL_MARGIN_TWIPS = 108
"""Word's and LibreOffice's default left and right cell margin (0.19 cm)."""
NARROW_MARGIN_TWIPS = 57
"""The cell margin of a table too wide for the page (0.1 cm)."""
_BORDER_TWIPS = 40
"""The width of the borders and a little room for rounding."""
CELL_MARGINS_TWIPS = 2 * CELL_MARGIN_TWIPS + _BORDER_TWIPS
SMALLEST_POINTS = 7.0

_NUMBER_SIGN = re.compile(r"(?<=\d) (?=[€%‰$£¥])")
_SIGN_NUMBER = re.compile(r"(?<=[€$£¥]) (?=\d)")
_ABBREVIATIONS = re.compile(r"\b(e\.|z\.|d\.|u\.|i\.|v\.) (?=[A-Za-zÄÖÜäöü]{1,2}\.)")
_WRITTEN_DATE = re.compile(
    r"\b(\d{1,2}\.?) ([A-ZÄÖÜ][a-zäöüé]{2,8}\.?) (\d{4})\b"
)
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_URL_BREAK = re.compile(r"(?<=/)(?=[^/\s])")
_DIGIT_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")

_SPACE = re.compile(r"([ \t\n\r\u200b]+)")
# A hyphen between two letters is where a line may break ("Start-|ups"); between digits it
# is part of a date or a range that must stay whole ("2024-07-01").
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")

Measure = Callable[[str, bool], int]
"""Width in twips of a text, in bold (True) or regular, in the table's font and size."""


def typeset(text: str) -> str:
    """`text` with no-break spaces where a line must not break, and URLs that may wrap."""
    if " " in text:
        if any(sign in text for sign in "€%‰$£¥"):
            text = _SIGN_NUMBER.sub(NBSP, _NUMBER_SIGN.sub(NBSP, text))
        if "." in text:
            text = _ABBREVIATIONS.sub(lambda m: m.group(1) + NBSP, text)
            text = _WRITTEN_DATE.sub(lambda m: NBSP.join(m.groups()), text)
    if "/" in text and ("://" in text or "www." in text):
        text = _URL.sub(lambda m: _URL_BREAK.sub(ZWSP, m.group(0)), text)
    if "-" in text:
        # "2024-07-01", "2024-2030": LibreOffice would break after the hyphen; a word
        # joiner (invisible, in no font's way) keeps them whole.
        text = _DIGIT_HYPHEN.sub("-" + WORD_JOINER, text)
    return text


class CellExtent:
    """A cell's min-content and max-content width, in twips without margins."""

    __slots__ = ("max_content", "min_content")

    def __init__(self, min_content: int, max_content: int) -> None:
        self.min_content = min_content
        self.max_content = max_content


def cell_extent(runs: Sequence[tuple[str, bool]], measure: Measure) -> CellExtent:
    """The extent of a cell holding `runs` of (text, bold), as set in its paragraph."""
    widest = 0
    piece = 0  # the unbreakable piece being measured (may continue over runs)
    line = 0
    longest_line = 0
    for text, bold in runs:
        for token in _SPACE.split(text):
            if not token:
                continue
            if _SPACE.fullmatch(token):
                widest = max(widest, piece)
                piece = 0
                if "\n" in token:
                    longest_line = max(longest_line, line)
                    line = 0
                elif ZWSP not in token or " " in token:
                    line += measure(" ", bold)
                continue
            # A domain or a path breaks only where a URL may ("/"), not at its hyphens.
            url = "." in token and ("/" in token or "@" in token or token.count(".") > 1)
            parts = _HYPHEN_BREAK.split(token) if "-" in token and not url else [token]
            for index, part in enumerate(parts):
                width = measure(part, bold)
                if index:
                    widest = max(widest, piece)
                    piece = 0
                piece += width
                line += width
    widest = max(widest, piece)
    longest_line = max(longest_line, line)
    return CellExtent(widest, longest_line)


def column_widths(
    extents: Sequence[Sequence[CellExtent | None]], columns: int, available: int,
    margins: int = CELL_MARGINS_TWIPS,
) -> list[int]:
    """Widths in twips that add up to `available`, by the automatic table layout."""
    minimum = [margins] * columns
    maximum = [margins] * columns
    for row in extents:
        for index, extent in enumerate(row[:columns]):
            if extent is None:
                continue
            minimum[index] = max(minimum[index], extent.min_content + margins)
            maximum[index] = max(maximum[index], extent.max_content + margins)
    low, high = sum(minimum), sum(maximum)
    if high <= available:
        widths = [m + (available - high) * m // high for m in maximum]
    elif low >= available:
        widths = [available * m // low for m in minimum]
    else:
        spare = available - low
        wants = high - low
        widths = [lo + spare * (hi - lo) // wants for lo, hi in zip(minimum, maximum, strict=True)]
    widths[-1] += available - sum(widths)
    return widths


class TableFit:
    """The widths of a table, the text size (points) and cell margin (twips) they need."""

    __slots__ = ("fits", "margin", "size", "widths")

    def __init__(self, widths: list[int], size: float, margin: int, fits: bool) -> None:
        self.widths = widths
        self.size = size
        self.margin = margin
        self.fits = fits


def fit_table(
    extents: Sequence[Sequence[CellExtent | None]], columns: int, available: int,
    size: float, margin: int = CELL_MARGIN_TWIPS,
) -> TableFit:
    """Widths for a table whose text is measured at `size` points: as it is if every
    column's widest word fits; else with narrow cell margins, then in smaller text (half a
    point at a time, down to 7 pt); else scaled to the page,
    where hyphenation breaks the longest words."""
    smallest = min(SMALLEST_POINTS, size)
    steps = [(size, margin)]
    current = size
    if margin > NARROW_MARGIN_TWIPS:
        steps.append((size, NARROW_MARGIN_TWIPS))
    while current - 0.5 >= smallest:
        current -= 0.5
        steps.append((current, min(margin, NARROW_MARGIN_TWIPS)))
    for points, cell_margin in steps:
        factor = points / size
        scaled = [
            [
                None if e is None else CellExtent(
                    -(-e.min_content * int(points * 100) // int(size * 100)),
                    int(e.max_content * factor) + 1,
                )
                for e in row
            ]
            for row in extents
        ] if points != size else extents
        margins = 2 * cell_margin + _BORDER_TWIPS
        widths = column_widths(scaled, columns, available, margins)
        if fits(scaled, widths, margins):
            return TableFit(widths, points, cell_margin, True)
    return TableFit(widths, points, cell_margin, False)


def column_groups(
    extents: Sequence[Sequence[CellExtent | None]], columns: int, available: int,
    margin: int = CELL_MARGIN_TWIPS, size: float = 9.0,
) -> list[list[int]]:
    """Columns in groups that each fit the page at the smallest text size, every group
    starting with the first column (the row labels)."""
    factor = min(SMALLEST_POINTS, size) / size
    margins = 2 * min(margin, NARROW_MARGIN_TWIPS) + _BORDER_TWIPS
    minimum = [margins] * columns
    for row in extents:
        for index, extent in enumerate(row[:columns]):
            if extent is not None:
                minimum[index] = max(minimum[index], int(extent.min_content * factor) + 1 + margins)
    groups: list[list[int]] = []
    current = [0]
    used = minimum[0]
    for index in range(1, columns):
        if used + minimum[index] > available and len(current) > 1:
            groups.append(current)
            current, used = [0], minimum[0]
        current.append(index)
        used += minimum[index]
    groups.append(current)
    return groups


def fits(extents: Sequence[Sequence[CellExtent | None]], widths: Sequence[int],
         margins: int = CELL_MARGINS_TWIPS) -> bool:
    """Every cell's widest piece fits its column."""
    return all(
        extent is None or extent.min_content + margins <= width
        for row in extents for extent, width in zip(row, widths, strict=False)
    )
