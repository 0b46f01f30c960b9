"""Reading plain values the same way everywhere: dates (also quoted ISO text) and finite numbers."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any


def as_date(value: Any) -> dt.date | None:
    """A date from the loader, or from ISO text someone quoted; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def as_number(value: Any) -> float | None:
    """A finite number; None for booleans, text, NaN, infinities and integers beyond a float."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def today() -> dt.date:
    """Today, or the day of `SOURCE_DATE_EPOCH` when it is set (the reproducible-builds
    convention: a Unix time): the default review date of `check`, `monitor` and `render`, so a
    build pipeline, or a test suite, judges plans on a fixed day."""
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            pass
    return dt.date.today()
