"""Table layout in the DOCX: dates and amounts get the width they need, prose columns wrap."""

from __future__ import annotations

from pathlib import Path

import docx
from conftest import EXAMPLES, run_intstrat
from docx.oxml.ns import qn

TWIPS_PER_CHAR = 100  # what the builder reserves per character of a short value
CELL_PADDING = 280  # and for the cell margins


def _cell_widths(table: object) -> list[int]:
    first_row = table._tbl.tr_lst[0]  # type: ignore[attr-defined]
    widths = []
    for cell in first_row.tc_lst:
        tcw = cell.tcPr.find(qn("w:tcW"))
        widths.append(int(tcw.get(qn("w:w"))))
    return widths


def test_financing_dates_and_amounts_are_not_squeezed(outside: Path) -> None:
    done = run_intstrat(
        "render", str(EXAMPLES / "strategie-de.yaml"), "-o", "out.docx", "--as-of",
        "2026-11-29", cwd=outside,
    )
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(outside / "out.docx"))
    financing = next(
        t for t in document.tables
        if [c.text for c in t.rows[0].cells][:3] == ["Quelle", "Art", "Betrag"]
    )
    header = [c.text for c in financing.rows[0].cells]
    widths = dict(zip(header, _cell_widths(financing), strict=True))
    # "01.07.2024" and "1.120.000 €" must fit on one line of their cell.
    assert widths["Von"] >= 10 * TWIPS_PER_CHAR + CELL_PADDING
    assert widths["Bis"] >= 10 * TWIPS_PER_CHAR + CELL_PADDING
    assert widths["Betrag"] >= 11 * TWIPS_PER_CHAR + CELL_PADDING
