"""How each language writes numbers, amounts, percentages and dates: one place for every command.

The conventions come from `locales/<lang>/locale.json` (decimal and group signs as CLDR has
them, checked against Babel by a test), so `check`, `render`, `monitor` and `diff` agree and a
new language brings its own. No Babel at run time: these few rules are all the commands need.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from functools import cache
from typing import Any, NamedTuple

from intstrat.i18n import SOURCE_LANGUAGE, locale_dirs

# Numbers beyond this are shown in scientific notation instead of a 300-digit string.
_LARGEST_PLAIN = 1e18


class Formats(NamedTuple):
    """The conventions of one language."""

    lang: str
    decimal: str
    group: str
    percent_pattern: str
    money_pattern: str
    date_pattern: str

    def number(self, value: Any, decimals: int | None = None) -> str:
        """`1234567.5` → "1,234,567.50" / "1.234.567,50"; whole numbers without decimals."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "" if value is None else str(value)
        if isinstance(value, float) and not math.isfinite(value):
            return "∞" if value > 0 else ("-∞" if value < 0 else "NaN")
        if abs(value) >= _LARGEST_PLAIN:
            # Decimal shows a 400-digit integer too, where float() would overflow. Imported
            # here: decimal costs 0.8 ms of start-up, for numbers no strategy should hold.
            from decimal import Decimal

            return f"{Decimal(value):.3e}".replace(".", self.decimal)
        number = float(value)
        if decimals is None:
            decimals = 0 if number.is_integer() else 2
        text = f"{number:,.{decimals}f}"
        return text.replace(",", "\x00").replace(".", self.decimal).replace("\x00", self.group)

    def decimal_number(self, value: float, decimals: int = 1) -> str:
        """A measured value with fixed decimals and no grouping (a score: "55.2" / "55,2")."""
        return f"{value:.{decimals}f}".replace(".", self.decimal)

    def percent(self, value: Any, decimals: int | None = None) -> str:
        """A share in percent; one decimal unless it is whole (`decimals` fixes it)."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return ""
        if decimals is None:
            decimals = 0 if round(float(value), 1).is_integer() else 1
        return self.percent_pattern.format(number=self.number(float(value), decimals))

    def score(self, value: float) -> str:
        """A strategy's score, always with one decimal: "55.2 %" / "55,2 %"."""
        return self.percent_pattern.format(number=self.decimal_number(value, 1))

    def money(self, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "" if value is None else str(value)
        return self.money_pattern.format(number=self.number(value))

    def date(self, value: Any) -> str:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return self.date_pattern.format(year=value.year, month=value.month, day=value.day)
        return "" if value is None else str(value)


@cache
def formats(lang: str) -> Formats:
    """The conventions of `lang`; English ones when the language brings no locale data."""
    for code in (lang, SOURCE_LANGUAGE):
        for folder in locale_dirs():
            path = folder / code / "locale.json"
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            return Formats(
                lang=lang,
                decimal=str(raw["decimal"]),
                group=str(raw["group"]),
                percent_pattern=str(raw["percent"]),
                money_pattern=str(raw["money"]),
                date_pattern=str(raw["date"]),
            )
    raise FileNotFoundError("intstrat is installed without its locale data (i18n/locales)")
