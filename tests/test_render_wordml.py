"""The DOCX markup intstrat writes itself is what python-docx writes for the same request."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES

from intstrat.render import wordml
from intstrat.render.run import RenderOptions, render

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# (text, character style, font, bold, italic, strike, size in half-points)
RUNS = [
    ("plain", None, None, False, False, False, None),
    (" leading and trailing ", None, None, False, False, False, None),
    ("bold 9 pt", None, None, True, False, False, 18),
    ("all at once", "Hyperlink", "Courier New", True, True, True, 16),
    ("tab\tand\nbreaks\r\nhere", None, None, False, True, False, None),
    ("", None, None, True, False, False, 16),
    ("R&D <x> \"quoted\" 'single' ◆ €", "VerbatimChar", None, False, False, False, None),
]


def _docx_run(text: str, style: str | None, font: str | None, *flags: Any) -> bytes:
    import docx
    from docx.shared import Pt
    from lxml import etree

    bold, italic, strike, half_points = flags
    run = docx.Document().add_paragraph().add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if strike:
        run.font.strike = True
    if half_points is not None:
        run.font.size = Pt(half_points / 2)
    if font is not None:
        run.font.name = font
    if style is not None:
        run._r.get_or_add_rPr().style = style
    return bytes(etree.tostring(run._r))


def _markup_run(text: str, style: str | None, font: str | None, *flags: Any) -> bytes:
    from lxml import etree

    bold, italic, strike, half_points = flags
    properties = wordml.run_properties(style, font, bold, italic, strike, half_points)
    (paragraph,) = wordml.parse_blocks(f"<w:p>{wordml.run(text, properties)}</w:p>")
    return bytes(etree.tostring(paragraph[0]))


def _strip_namespaces(xml: bytes) -> bytes:
    # python-docx's detached run declares every namespace; the parsed one only w:.
    head, _, rest = xml.partition(b">")
    return head.split(b" xmlns")[0] + b">" + rest


@pytest.mark.parametrize("case", RUNS, ids=[c[0] or "empty" for c in RUNS])
def test_a_run_in_markup_is_the_run_python_docx_writes(case: tuple[Any, ...]) -> None:
    assert _strip_namespaces(_markup_run(*case)) == _strip_namespaces(_docx_run(*case))


def test_a_control_character_from_a_yaml_escape_is_left_out_of_the_docx(tmp_path: Path) -> None:
    text = (EXAMPLES / "strategy-en.yaml").read_text(encoding="utf-8")
    start = text.index("\n  name:") + 1
    end = text.index("\n", start)
    source = tmp_path / "strategy.yaml"
    source.write_text(
        text[:start] + '  name: "Lumina\\x01 Photonics\\x0b Cluster"' + text[end:],
        encoding="utf-8",
    )
    payload = render(RenderOptions(source, "docx", as_of=dt.date(2026, 11, 1))).payload
    target = tmp_path / "strategy.docx"
    target.write_bytes(payload)
    with zipfile.ZipFile(target) as package:
        body = package.read("word/document.xml").decode("utf-8")
        core = package.read("docProps/core.xml").decode("utf-8")
    assert "Lumina Photonics Cluster" in body
    assert "Lumina Photonics Cluster" in core
    assert "\x01" not in body and "\x0b" not in body
