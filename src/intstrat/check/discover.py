"""Which files a `check` of paths covers: named files always, folders searched for strategies."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from intstrat.errors import UsageError
from intstrat.i18n import N_

SUFFIXES = (".yaml", ".yml")
# Folders that hold tools, not strategies: skipping them keeps a repository check fast and quiet.
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv", "site-packages", "dist", "build"})
# A discovered file counts as a strategy only if its top level carries the format key.
MARKER = b"intstrat:"


def _is_venv(folder: Path) -> bool:
    return os.path.isfile(folder / "pyvenv.cfg")  # False, not an error, in a closed folder


def looks_like_strategy(path: Path) -> bool:
    """The format's version key at the start of a line in the first 64 KiB."""
    from intstrat.check.source import read_limited

    try:
        head, _size = read_limited(str(path), 65535)  # never waits on a FIFO
    except OSError:
        return False
    head = head.lstrip(b"\xef\xbb\xbf")
    return head.startswith(MARKER) or b"\n" + MARKER in head or b"\r" + MARKER in head


def discover(paths: list[str], strategies_only: bool = False) -> Iterator[tuple[str, bool]]:
    """(path as shown, named explicitly) for every file to check, in a stable order.

    Named files are checked whatever they contain (a missing marker is a finding); files found
    in folders only when they carry the marker. With `strategies_only`, named files without the
    marker are passed over too: a pre-commit hook hands over every YAML file of a commit.
    A missing path is a usage error.
    """
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            yield raw, True
            continue
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise UsageError(N_("{path}: no such file or folder"), path=raw)
        if path.is_dir():
            # Sorted by path parts: a folder's files and sub-folders interleave as in a listing.
            for found in sorted(_walk(path), key=lambda p: Path(p).parts):
                key = os.path.normpath(found)
                if key not in seen:
                    seen.add(key)
                    yield found, False
        else:
            key = os.path.normpath(raw)
            if strategies_only and not looks_like_strategy(path):
                continue
            if key not in seen:
                seen.add(key)
                yield raw, True


def _unreadable_folder(error: OSError) -> None:
    # Skipping a folder silently would pass a CI check that never saw its strategies.
    raise UsageError(
        N_("{path}: cannot be read: {reason}"),
        path=error.filename, reason=error.strerror or type(error).__name__,
    )


def _walk(root: Path) -> Iterator[str]:
    for current, dirs, files in os.walk(root, onerror=_unreadable_folder, followlinks=False):
        here = Path(current)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and d not in SKIP_DIRS and not _is_venv(here / d)
        )
        for name in sorted(files):
            if name.endswith(SUFFIXES) and not name.startswith("."):
                candidate = here / name
                if os.path.isfile(candidate) and looks_like_strategy(candidate):
                    yield str(candidate)
