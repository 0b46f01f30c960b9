"""Writing an output safely: never over the input, and never half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from intstrat.errors import OutputError

_WORDS = {
    "en": {
        "same": "{out}: refusing to write over the input file; choose another output with -o",
        "folder": "{out}: the folder {folder} does not exist",
        "write": "{out}: cannot write: {reason}",
    },
    "de": {
        "same": "{out}: die Eingabedatei wird nicht überschrieben; bitte mit -o eine andere "
        "Ausgabe wählen",
        "folder": "{out}: der Ordner {folder} existiert nicht",
        "write": "{out}: kann nicht geschrieben werden: {reason}",
    },
}


def is_same_file(a: Path, b: Path) -> bool:
    """True when both names lead to one file (links and relative paths included)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def check_output(output: Path, source: Path, lang: str = "en") -> None:
    """Refuse an output that is the input itself or sits in a missing folder."""
    words = _WORDS.get(lang, _WORDS["en"])
    if is_same_file(output, source) or output.resolve() == source.resolve():
        raise OutputError(words["same"].format(out=output))
    folder = output.parent
    if not folder.is_dir():
        raise OutputError(words["folder"].format(out=output, folder=folder))


def write_atomic(output: Path, payload: bytes, source: Path, lang: str = "en") -> None:
    """Write `payload` to a temporary file beside `output`, then rename it into place.

    A reader sees the old file or the whole new one; on any failure the old file stays
    byte for byte and the temporary file is removed.
    """
    check_output(output, source, lang)
    words = _WORDS.get(lang, _WORDS["en"])
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{output.name}.", suffix=".tmp", dir=output.parent
        )
    except OSError as exc:
        raise OutputError(words["write"].format(out=output, reason=exc.strerror)) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(output))
        os.replace(temporary, output)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise OutputError(words["write"].format(out=output, reason=exc.strerror)) from exc
        raise


def _mode_for(output: Path) -> int:
    """Keep the mode of a file being replaced; a new file gets the usual mode under the umask."""
    try:
        return output.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
