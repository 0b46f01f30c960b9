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
from intstrat.i18n import N_


class ReferenceError_(UsageError):
    """A reference document that is missing or not a readable .docx file."""


_NOT_DOCX = N_("{path}: not a Word document (.docx): {reason}")


def open_document(reference: Path | None) -> Any:
    """A python-docx Document with an empty body, ready to be filled."""
    import docx
    from docx.oxml.ns import qn

    if reference is None:
        document = docx.Document()
    else:
        if not reference.is_file():
            raise ReferenceError_(N_("{path}: reference document not found"), path=reference)
        try:
            document = docx.Document(str(reference))
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise ReferenceError_(_NOT_DOCX, path=reference, reason=exc) from exc
        except Exception as exc:  # python-docx raises its own types for a wrong package
            raise ReferenceError_(_NOT_DOCX, path=reference, reason=exc) from exc
    body = document.element.body
    final_section = qn("w:sectPr")
    for child in list(body):
        if child.tag != final_section:
            body.remove(child)
    return document
