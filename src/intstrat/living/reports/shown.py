"""Numbers and dates as the reports show them, in the report's language (via `i18n.formats`)."""

from __future__ import annotations

import datetime as dt

from intstrat.i18n.formats import Formats

EMPTY = "–"
"""What a cell shows for a value that is not there."""


def measure(value: float | None, fmt: Formats, decimals: int | None = None) -> str:
    """A measured value: as many decimals as it needs, at most two, unless `decimals` fixes them."""
    if value is None:
        return EMPTY
    if decimals is None:
        decimals = len(f"{value:.2f}".rstrip("0").partition(".")[2])
    return fmt.number(value, decimals)


def signed(value: float, fmt: Formats, decimals: int | None = None) -> str:
    """A change with its sign: "+1", "−0,5" (a true minus sign, as in print)."""
    return ("+" if value >= 0 else "−") + measure(abs(value), fmt, decimals)


def day(value: dt.date | None, fmt: Formats) -> str:
    return fmt.date(value) if value is not None else EMPTY
