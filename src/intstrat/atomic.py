"""Writing outputs safely: through a temporary file and a rename, never over an input."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from intstrat.errors import OutputError
from intstrat.i18n import N_


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _temporary(target: Path, folder: Path) -> tuple[int, str]:
    """A hidden temporary file beside `target`, so the final rename stays on one file system."""
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(
            N_("{target}: cannot write: {reason}"), target=target, reason=exc.strerror or exc
        ) from exc


def _existing_folder(target: Path) -> Path:
    """The folder `target` goes into; a missing one is the user's to create, not ours."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(
            N_("{target}: the folder {folder} does not exist"), target=target, folder=folder
        )
    return folder


def write_bytes(target: Path, data: bytes, protect: Iterable[Path] = ()) -> None:
    """Write `data` to `target` atomically; refuse when `target` is one of the inputs.

    A failure (or Ctrl-C) leaves any existing `target` untouched and no temporary file behind.
    """
    for source in protect:
        if _same(target, source) or target.resolve() == source.resolve():
            raise OutputError(N_("{target}: refusing to write over the input file"), target=target)
    folder = _existing_folder(target)
    if target.is_dir():
        raise OutputError(N_("{target}: is a folder"), target=target)
    fd, tmp = _temporary(target, folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the permissions the user gave the old file.
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(
                N_("{target}: cannot write: {reason}"), target=target, reason=exc.strerror or exc
            ) from exc
        raise


def write_text(target: Path, text: str, protect: Iterable[Path] = ()) -> None:
    write_bytes(target, text.encode("utf-8"), protect)


def create_exclusive(target: Path, data: bytes) -> None:
    """Write a new file; refuse (OutputError) when it exists. Used by `init`.

    The content goes to a temporary file first and is then hard-linked into place, which fails
    if anything appeared at `target` meanwhile: an existing file is never replaced.
    """
    if target.exists() or target.is_symlink():
        raise OutputError(
            N_("{target}: already exists; intstrat never overwrites it"), target=target
        )
    folder = _existing_folder(target)
    fd, tmp = _temporary(target, folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise OutputError(
                N_("{target}: already exists; intstrat never overwrites it"), target=target
            ) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
