"""Dates and numbers are read the same way by the rules, monitoring and ranking."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from intstrat.values import as_date, as_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2024, 3, 1), dt.date(2024, 3, 1)),
        (dt.datetime(2024, 3, 1, 12, 0), dt.date(2024, 3, 1)),
        (" 2024-03-01 ", dt.date(2024, 3, 1)),
        ("2024-02-30", None),
        ("March 2024", None),
        (20240301, None),
        (None, None),
    ],
)
def test_as_date(value: object, expected: dt.date | None) -> None:
    assert as_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3, 3.0),
        (2.5, 2.5),
        (True, None),
        ("3", None),
        (math.nan, None),
        (math.inf, None),
        (10**400, None),  # a 401-digit integer reads fine but does not fit a float
    ],
)
def test_as_number(value: object, expected: float | None) -> None:
    assert as_number(value) == expected
