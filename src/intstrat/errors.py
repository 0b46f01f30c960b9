"""The one exception family a user can cause; the CLI turns it into a message and exit code 2."""

from __future__ import annotations

from typing import Any


class IntstratError(Exception):
    """A problem the user can fix (bad path, option or configuration): exit 2, no traceback.

    `message` is the English text with `str.format` fields, marked for the catalogue where it is
    raised: ``UsageError(N_("{path}: no such file"), path=name)``. The boundary shows it in the
    user's language with `text(lang)`; `str()` gives the English text for logs and tracebacks.
    """

    exit_code = 2

    def __init__(self, message: str, /, **args: Any) -> None:
        self.message = message
        self.args_ = args
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        from intstrat.i18n import translator

        return translator(lang).gettext(self.message, **self.args_)


class UsageError(IntstratError):
    """Wrong command-line use: a missing file, an unknown format or rule id."""


class ConfigError(IntstratError):
    """A configuration file that names an unknown key or rule."""


class OutputError(IntstratError):
    """An output that cannot be written safely (it is the input, or the folder is missing)."""
