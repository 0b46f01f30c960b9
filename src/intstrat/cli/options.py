"""Option types shared by the commands, so every command spells a choice the same way."""

from __future__ import annotations

import enum


class Lang(enum.StrEnum):
    """The two languages of every user-facing text."""

    en = "en"
    de = "de"
