"""Where a rendered document may go: never over the input, never half a file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from intstrat.errors import OutputError
from intstrat.i18n import N_


def is_same_file(a: Path, b: Path) -> bool:
    """True when both names lead to one file (links and relative paths included)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def check_output(output: Path, source: Path) -> None:
    """Refuse an output that is the input itself, sits in a missing folder, or is something
    a rename would replace instead of writing to: a device, a pipe, a link to one."""
    try:
        mode = os.stat(output).st_mode
    except FileNotFoundError:
        mode = None  # a new file, or a link to a missing one: the rename handles both
    except OSError as exc:  # a symbolic link loop, a folder without permission
        raise OutputError(
            N_("{out}: cannot write: {reason}"), out=output, reason=exc.strerror or exc
        ) from None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise OutputError(
            N_("{out}: not a regular file (a device or a pipe); intstrat does not replace it. "
               "Use -o - to write to standard output"),
            out=output,
        )
    if is_same_file(output, source) or output.resolve() == source.resolve():
        raise OutputError(
            N_("{out}: refusing to write over the input file; choose another output with -o"),
            out=output,
        )
    folder = output.parent
    if not folder.is_dir():
        raise OutputError(
            N_("{out}: the folder {folder} does not exist"), out=output, folder=folder
        )


def write_output(output: Path, payload: bytes, source: Path) -> None:
    """Write the rendered document through intstrat's atomic writer (temporary file + rename).

    A reader sees the old file or the whole new one; on any failure the old file stays
    byte for byte. The checks come first, so nothing is written for a refused output.
    """
    from intstrat.atomic import write_bytes

    check_output(output, source)
    try:
        write_bytes(output, payload, protect=[source])
    except OSError as exc:
        raise OutputError(
            N_("{out}: cannot write: {reason}"), out=output, reason=exc.strerror or exc
        ) from exc
