"""Where a rendered document may go: never over the input, never half a file."""

from __future__ import annotations

import os
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


def write_output(output: Path, payload: bytes, source: Path, lang: str = "en") -> None:
    """Write the rendered document through intstrat's atomic writer (temporary file + rename).

    A reader sees the old file or the whole new one; on any failure the old file stays
    byte for byte. The checks come first so the refusal reads in the strategy's language.
    """
    from intstrat.atomic import write_bytes

    check_output(output, source, lang)
    words = _WORDS.get(lang, _WORDS["en"])
    try:
        write_bytes(output, payload, protect=[source])
    except OSError as exc:
        raise OutputError(words["write"].format(out=output, reason=exc.strerror or exc)) from exc
