"""Option types shared by the commands, so every command spells a choice the same way."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from intstrat.i18n import languages

if TYPE_CHECKING:

    class Lang(enum.StrEnum):
        """The languages of user-facing texts (the type checker sees the shipped two)."""

        en = "en"
        de = "de"

else:
    # One member per language with a catalogue folder (i18n.languages()), English first: a third
    # language becomes a `--lang` choice of every command when its locale folder exists.
    Lang = enum.StrEnum("Lang", [(code, code) for code in languages()])
    Lang.__doc__ = "The languages of user-facing texts: every language with locale data."


def finite(value: float | None) -> float | None:
    """A Click callback: NaN and infinities are no number a threshold can compare with."""
    import math
    import sys

    import click

    from intstrat.cli.boundary import start_language
    from intstrat.i18n import translator

    if value is not None and not math.isfinite(value):
        tr = translator(start_language(sys.argv[1:]))  # --lang, as Click's own messages
        raise click.BadParameter(tr.gettext("{value} is not a finite number", value=value))
    return value
