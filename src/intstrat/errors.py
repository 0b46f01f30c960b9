"""The one exception family a user can cause; the CLI turns it into a message and exit code 2."""

from __future__ import annotations


class IntstratError(Exception):
    """A problem the user can fix (bad path, option or configuration): exit 2, no traceback.

    The message is English; `de` carries the German one, which the boundary prints when the
    user asked for German (`--lang de`, or a German locale).
    """

    exit_code = 2

    def __init__(self, message: str, *, de: str | None = None) -> None:
        super().__init__(message)
        self.de = de

    def text(self, lang: str) -> str:
        return self.de if lang == "de" and self.de else str(self)


class UsageError(IntstratError):
    """Wrong command-line use: a missing file, an unknown format or rule id."""


class ConfigError(IntstratError):
    """A configuration file that names an unknown key or rule."""


class OutputError(IntstratError):
    """An output that cannot be written safely (it is the input, or the folder is missing)."""
