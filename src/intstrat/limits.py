"""The size limits every command shares, in one place (documented in the README)."""

from __future__ import annotations

DEFAULT_MAX_SIZE = 20 * 1024 * 1024
"""The largest strategy file read by default (`--max-size`)."""

MAX_SIZE_LIMIT = 1 << 30
"""The largest `--max-size` (1 GiB): a run reads at most this much of a file into memory."""
