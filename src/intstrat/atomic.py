"""Writing outputs safely: through a temporary file and a rename, never over an input.

Only a regular file (or a name that does not exist yet) is replaced. A character device
(`-o /dev/null`, `-o /dev/stdout`, a terminal) or a FIFO is written to directly, never replaced
by a regular file: as root, a rename over `/dev/null` would replace the system's `/dev/null`.
A symbolic link is followed: the file it points to is replaced, the link stays.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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


def failure(target: object, exc: OSError) -> OutputError:
    """The words for a failed write; a full disk says so, with the path."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(N_("{target}: no space left on the device"), target=target)
    if exc.errno == errno.ELOOP:
        return OutputError(N_("{target}: too many levels of symbolic links"), target=target)
    return OutputError(
        N_("{target}: cannot write: {reason}"), target=target, reason=exc.strerror or exc
    )


def _temporary(target: Path, folder: Path) -> tuple[int, str]:
    """A hidden temporary file beside `target`, so the final rename stays on one file system."""
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise failure(target, exc) from exc


def _existing_folder(target: Path) -> Path:
    """The folder `target` goes into; a missing one is the user's to create, not ours."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(
            N_("{target}: the folder {folder} does not exist"), target=target, folder=folder
        )
    return folder


def _final(target: Path) -> tuple[Path, os.stat_result | None]:
    """The path that is really written (a symlink's end) and what is there now (None: nothing)."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if target.is_symlink():  # a dangling link: create the file it names
            return Path(os.path.realpath(target)), None
        return target, None
    except OSError as exc:
        raise failure(target, exc) from exc
    if target.is_symlink():
        return Path(os.path.realpath(target)), info
    return target, info



def _write_directly(target: Path, data: bytes, mode: int) -> None:
    """Write into a device or FIFO without creating, truncating or replacing anything."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
    if stat.S_ISFIFO(mode):
        flags |= os.O_NONBLOCK  # no reader: fail now instead of waiting forever
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OutputError(N_("{target}: a FIFO that nobody reads"), target=target) from None
        raise failure(target, exc) from exc
    try:
        if stat.S_ISFIFO(mode):
            os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise failure(target, exc) from exc
    finally:
        os.close(fd)


def write_bytes(target: Path, data: bytes, protect: Iterable[Path] = ()) -> None:
    """Write `data` to `target` atomically; refuse when `target` is one of the inputs.

    A failure (or Ctrl-C, or SIGTERM) leaves any existing `target` untouched and no temporary
    file behind. A device or FIFO is written to directly; a socket or block device is refused.
    """
    final, info = _final(target)  # first: a symlink loop is named before anything else
    for source in protect:
        if _same(target, source) or os.path.realpath(final) == os.path.realpath(source):
            raise OutputError(N_("{target}: refusing to write over the input file"), target=target)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(N_("{target}: is a folder"), target=target)
    if info is not None and (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        _write_directly(target, data, info.st_mode)
        return
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputError(
            N_("{target}: not a regular file; intstrat does not replace it"), target=target
        )
    folder = _existing_folder(final)
    fd, tmp = _temporary(final, folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if info is not None:
            # Keep the permissions the user gave the old file.
            with contextlib.suppress(OSError):
                os.chmod(tmp, info.st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise failure(target, exc) from exc
        raise


def write_text(target: Path, text: str, protect: Iterable[Path] = ()) -> None:
    # A file name that is not UTF-8 reaches the text as surrogates: keep it readable, not fatal.
    write_bytes(target, text.encode("utf-8", "backslashreplace"), protect)


def create_exclusive(target: Path, data: bytes) -> None:
    """Write a new file; refuse (OutputError) when it exists. Used by `init`.

    The content goes to a temporary file first and is then hard-linked into place, which fails
    if anything appeared at `target` meanwhile: an existing file is never replaced. A full disk
    leaves nothing behind.
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
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise OutputError(
                N_("{target}: already exists; intstrat never overwrites it"), target=target
            ) from None
    except OSError as exc:
        raise failure(target, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
