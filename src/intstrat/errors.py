"""The one exception family a user can cause; the CLI turns it into a message and exit code 2."""

from __future__ import annotations


class IntstratError(Exception):
    """A problem the user can fix (bad path, option or configuration): exit 2, no traceback."""

    exit_code = 2


class UsageError(IntstratError):
    """Wrong command-line use: a missing file, an unknown format or rule id."""


class ConfigError(IntstratError):
    """A configuration file that names an unknown key or rule."""


class OutputError(IntstratError):
    """An output that cannot be written safely (it is the input, or the folder is missing)."""
