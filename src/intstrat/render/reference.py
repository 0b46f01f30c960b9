"""The Word file a document starts from: python-docx's default, or the user's corporate template.

Like pandoc's `--reference-doc`, a reference contributes its styles, page setup, headers and
footers; its body text is dropped. The last `w:sectPr` of the body holds the page setup and the
links to headers and footers, so it is the one element kept.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from intstrat.errors import UsageError

_WORDS = {
    "en": {
        "missing": "{path}: reference document not found",
        "bad": "{path}: not a Word document (.docx): {reason}",
    },
    "de": {
        "missing": "{path}: Vorlagedokument nicht gefunden",
        "bad": "{path}: kein Word-Dokument (.docx): {reason}",
    },
}


class ReferenceError_(UsageError):
    """A reference document that is missing or not a readable .docx file."""


def open_document(reference: Path | None, lang: str = "en") -> Any:
    """A python-docx Document with an empty body, ready to be filled."""
    import docx
    from docx.oxml.ns import qn

    words = _WORDS.get(lang, _WORDS["en"])
    if reference is None:
        document = docx.Document()
    else:
        if not reference.is_file():
            raise ReferenceError_(words["missing"].format(path=reference))
        try:
            document = docx.Document(str(reference))
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise ReferenceError_(words["bad"].format(path=reference, reason=exc)) from exc
        except Exception as exc:  # python-docx raises its own types for a wrong package
            raise ReferenceError_(words["bad"].format(path=reference, reason=exc)) from exc
    body = document.element.body
    final_section = qn("w:sectPr")
    for child in list(body):
        if child.tag != final_section:
            body.remove(child)
    return document
