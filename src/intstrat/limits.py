"""The size limits every command shares, in one place (documented in the README), and the
cores a run may use."""

from __future__ import annotations

import os


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or `taskset`
    narrows), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # no affinity on this platform
        return os.cpu_count() or 1

DEFAULT_MAX_SIZE = 20 * 1024 * 1024
"""The largest strategy file read by default (`--max-size`)."""

MAX_SIZE_LIMIT = 1 << 30
"""The largest `--max-size` (1 GiB): a run reads at most this much of a file into memory."""
