"""The DOCX read back by real readers: pandoc's DOCX reader and LibreOffice's PDF export."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, run_intstrat

from intstrat.render.run import RenderOptions, render

AS_OF = dt.date(2026, 11, 1)
REFERENCES = Path(__file__).resolve().parent / "data" / "render"
TOC_HEADINGS = ("Contents", "Inhalt")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pandoc() -> str:
    pypandoc = pytest.importorskip("pypandoc")
    return str(pypandoc.get_pandoc_path())


def pandoc_json(path: Path, reader: str) -> dict[str, Any]:
    out = subprocess.run(
        [pandoc(), "-f", reader, "-t", "json", str(path)],
        capture_output=True,
        check=True,
        text=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def stringify(node: Any) -> str:
    """The plain text of a pandoc AST fragment."""
    if isinstance(node, list):
        return "".join(stringify(n) for n in node)
    if isinstance(node, dict):
        kind = node.get("t")
        if kind == "Str":
            # The DOCX joins amounts, dates and "e. V." with no-break spaces and word joiners,
            # and lets URLs wrap after "/" (zero-width spaces): the Markdown's words.
            return (str(node["c"]).replace("\xa0", " ").replace("\u200b", "")
                    .replace("\u2060", ""))
        if kind in ("Space", "SoftBreak", "LineBreak"):
            return " "
        if kind in ("Code", "Math"):
            return str(node["c"][-1])
        return stringify(node.get("c", []))
    return ""


def walk(node: Any) -> Any:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def outline(ast: dict[str, Any]) -> list[tuple[int, str]]:
    return [
        (b["c"][0], stringify(b["c"][2])) for b in walk(ast["blocks"]) if b.get("t") == "Header"
    ]


def table_headers(ast: dict[str, Any]) -> list[list[str]]:
    headers = []
    for block in walk(ast["blocks"]):
        if block.get("t") == "Table":
            head_rows = block["c"][3][1]
            cells = head_rows[0][1] if head_rows else []
            headers.append([" ".join(stringify(c[4]).split()) for c in cells])
    return headers


def links(ast: dict[str, Any]) -> list[str]:
    return [b["c"][2][0] for b in walk(ast["blocks"]) if b.get("t") == "Link"]


def rendered(
    tmp_path: Path, example: str, lang: str, reference: Path | None = None
) -> tuple[Path, Path]:
    source = EXAMPLES / example
    md = tmp_path / f"{lang}.md"
    docx_path = tmp_path / f"{lang}.docx"
    md.write_bytes(render(RenderOptions(source, "md", lang=lang, as_of=AS_OF)).payload)
    docx_path.write_bytes(
        render(
            RenderOptions(source, "docx", lang=lang, as_of=AS_OF, reference_docx=reference)
        ).payload
    )
    return md, docx_path


def assert_same_document(md: Path, docx_path: Path) -> None:
    from_md = pandoc_json(md, "gfm-autolink_bare_uris")
    from_docx = pandoc_json(docx_path, "docx")
    # The Markdown's level-1 heading is the DOCX's title (Title style: pandoc's metadata),
    # its chapters are Heading 1; the table of contents has a heading of its own.
    title, *chapters = outline(from_md)
    assert stringify(from_docx["meta"]["title"]["c"]) == title[1]
    assert [h for h in outline(from_docx) if h[1] not in TOC_HEADINGS] == [
        (level - 1, text) for level, text in chapters
    ]
    md_headers = table_headers(from_md)
    docx_headers = table_headers(from_docx)
    gantt_charts = md.read_text(encoding="utf-8").count("```mermaid\n")
    # DOCX draws each Mermaid chart as one more table (the timeline).
    assert len(docx_headers) == len(md_headers) + gantt_charts
    timeline = [h for h in docx_headers if h not in md_headers]
    assert len(timeline) == gantt_charts
    assert [h for h in docx_headers if h in md_headers] == md_headers
    assert links(from_docx) == links(from_md)
    assert links(from_md), "the example should hold links"


@pytest.mark.parametrize(
    ("example", "lang"),
    [("strategy-en.yaml", "en"), ("strategie-de.yaml", "de"), ("strategy-en.yaml", "de")],
)
def test_pandoc_reads_the_same_outline_tables_and_links(
    tmp_path: Path, example: str, lang: str
) -> None:
    md, docx_path = rendered(tmp_path, example, lang)
    assert_same_document(md, docx_path)


def test_pandocs_own_reference_docx_works_as_corporate_template(tmp_path: Path) -> None:
    reference = tmp_path / "custom-reference.docx"
    subprocess.run(
        [pandoc(), "-o", str(reference), "--print-default-data-file", "reference.docx"],
        check=True,
    )
    md, docx_path = rendered(tmp_path, "strategy-en.yaml", "en", reference)
    assert_same_document(md, docx_path)
    import docx

    document = docx.Document(str(docx_path))
    used = {p.style.name for p in document.paragraphs}
    assert {"Heading 1", "Heading 2", "Heading 3"} <= used
    assert {t.style.name for t in document.tables} == {"Table"}
    run_styles = {r.style.name for p in document.paragraphs for r in p.runs}
    with zipfile.ZipFile(docx_path) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "<w:hyperlink" in body and 'w:val="Hyperlink"' in body
    del run_styles


def make_corporate(path: Path) -> None:
    """A reference with a header, a footer, landscape pages, body text to drop, and no
    "Table Grid", "List Bullet" or "Hyperlink" styles, as many real templates."""
    import docx
    from docx.enum.section import WD_ORIENT

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.header.paragraphs[0].text = "CORPORATE HEADER"
    section.footer.paragraphs[0].text = "CORPORATE FOOTER"
    document.add_paragraph("BODY TEXT TO DROP")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "TABLE TO DROP"
    styles = document.styles.element
    for style in list(styles):
        name = style.find(f"{W}name")
        if name is not None and name.get(f"{W}val") in (
            "Table Grid",
            "List Bullet",
            "List Number",
            "List Paragraph",
            "Quote",
        ):
            styles.remove(style)
    document.save(str(path))


def test_a_reference_without_common_styles_falls_back_cleanly(tmp_path: Path) -> None:
    reference = tmp_path / "corporate.docx"
    make_corporate(reference)
    md, docx_path = rendered(tmp_path, "strategy-en.yaml", "en", reference)
    assert_same_document(md, docx_path)
    import docx

    document = docx.Document(str(docx_path))
    section = document.sections[0]
    assert section.page_width > section.page_height
    assert section.header.paragraphs[0].text == "CORPORATE HEADER"
    assert section.footer.paragraphs[0].text == "CORPORATE FOOTER"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BODY TEXT TO DROP" not in text
    assert all("TABLE TO DROP" not in c.text for t in document.tables for c in t.rows[0].cells)
    with zipfile.ZipFile(docx_path) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "<w:tblBorders>" in body  # direct borders stand in for the missing "Table Grid"


def test_a_reference_that_is_not_a_word_file_is_a_usage_error(tmp_path: Path) -> None:
    bogus = tmp_path / "corporate.docx"
    bogus.write_text("not a zip")
    result = run_intstrat(
        "render",
        str(EXAMPLES / "strategy-en.yaml"),
        "-o",
        str(tmp_path / "x.docx"),
        "--reference-docx",
        str(bogus),
    )
    assert result.returncode == 2
    assert "not a Word document (.docx)" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_document_properties(tmp_path: Path) -> None:
    import docx

    _, docx_path = rendered(tmp_path, "strategie-de.yaml", "de")
    props = docx.Document(str(docx_path)).core_properties
    assert props.title.startswith("Internationalisierungsstrategie – ")
    assert props.author
    assert props.language == "de-DE"
    assert props.created == dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
    with zipfile.ZipFile(docx_path) as package:
        styles = package.read("word/styles.xml").decode("utf-8")
        settings = package.read("word/settings.xml").decode("utf-8")
        body = package.read("word/document.xml").decode("utf-8")
    assert '<w:lang w:val="de-DE"' in styles
    assert "<w:updateFields" in settings
    assert 'TOC \\o "1-3"' in body
    # Page breaks are the heading's own property, never a paragraph of their own.
    assert "<w:pageBreakBefore/>" in body
    assert '<w:br w:type="page"/>' not in body


BUILDER_SAMPLE = """\
# One

## Two

### Three

#### Four

Text with **bold**, *italic*, `code` and a [link](https://example.org/a).

1. first
2. second
   - nested bullet
     1. third level
3. third

Between the lists.

1. again one
2. again two

> A quoted line.

| Name | Amount |
|---|---:|
| A | 1 |
| B | 2 |

<!-- pagebreak -->

<!-- toc -->
"""


def test_builder_covers_the_markdown_it_needs(tmp_path: Path) -> None:
    import docx

    from intstrat.render.context import RenderFacts
    from intstrat.render.docx_builder import build_docx

    facts = RenderFacts("T", "A", "S", "K", "en-GB", AS_OF)
    target = tmp_path / "sample.docx"
    target.write_bytes(build_docx(BUILDER_SAMPLE, facts))
    document = docx.Document(str(target))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    # The first level-1 heading is the title; the chapters below it are Word's Heading 1.
    assert headings == [
        ("Heading 1", "Two"),
        ("Heading 2", "Three"),
        ("Heading 3", "Four"),
    ]
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["One"]
    runs = {r.text: r for p in document.paragraphs for r in p.runs}
    assert runs["bold"].bold and runs["italic"].italic
    assert runs["code"].font.name == "Courier New"
    with zipfile.ZipFile(target) as package:
        body = package.read("word/document.xml").decode("utf-8")
        numbering = package.read("word/numbering.xml").decode("utf-8")
        rels = package.read("word/_rels/document.xml.rels").decode("utf-8")
    assert 'Target="https://example.org/a"' in rels and 'TargetMode="External"' in rels
    assert "<w:hyperlink" in body
    # Every list has its own numbering instance that starts again at 1.
    from lxml import etree

    root = etree.fromstring(body.encode())
    num_ids = [
        (int(p.find(f".//{W}ilvl").get(f"{W}val")), p.find(f".//{W}numId").get(f"{W}val"))
        for p in root.iter(f"{W}pPr")
        if p.find(f"{W}numPr") is not None
    ]
    assert [level for level, _ in num_ids] == [0, 0, 1, 2, 0, 0, 0]
    first, second = num_ids[0][1], num_ids[5][1]
    assert first != second
    for num_id in (first, second):
        assert f'w:numId="{num_id}"><w:abstractNumId' in numbering
    assert numbering.count('<w:startOverride w:val="1"/>') >= 4
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Name", "Amount"]
    assert [c.text for c in table.rows[2].cells] == ["B", "2"]
    assert "<w:tblHeader" in body


def test_the_work_plan_is_a_gantt_table_in_docx(tmp_path: Path) -> None:
    import docx

    _, docx_path = rendered(tmp_path, "strategy-en.yaml", "en")
    document = docx.Document(str(docx_path))
    gantt = next(t for t in document.tables if t.rows[0].cells[1].text[:4].isdigit())
    periods = [c.text for c in gantt.rows[0].cells[1:]]
    assert len(periods) <= 16 and periods == sorted(periods)
    shaded = gantt._tbl.xml.count('w:fill="4472C4"') + gantt._tbl.xml.count('w:fill="A5A5A5"')
    assert shaded > 0
    assert "◆" in gantt._tbl.xml


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI: install libreoffice-writer-nogui")
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    return found


@pytest.mark.parametrize("lang", ["en", "de"])
def test_libreoffice_converts_the_docx_to_pdf(tmp_path: Path, lang: str) -> None:
    program = soffice()
    example = "strategy-en.yaml" if lang == "en" else "strategie-de.yaml"
    _, docx_path = rendered(tmp_path, example, lang)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(docx_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = docx_path.with_suffix(".pdf")
    assert result.returncode == 0, result.stderr
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert ("Annex E" if lang == "en" else "Anhang E") in text


@pytest.mark.parametrize(
    ("paper", "reference", "size"),
    [
        (None, None, (11906, 16838)),  # the bundled default: A4
        ("letter", None, (12240, 15840)),
        (None, "reference-german.docx", (12240, 15840)),  # the reference's own Letter
        ("a4", "reference-german.docx", (11906, 16838)),
    ],
)
def test_the_paper_is_a4_unless_the_reference_or_paper_says_otherwise(
    outside: Path, paper: str | None, reference: str | None, size: tuple[int, int]
) -> None:
    args = ["render", str(EXAMPLES / "strategie-de.yaml"), "-o", "out.docx"]
    if paper:
        args += ["--paper", paper]
    if reference:
        args += ["--reference-docx", str(REFERENCES / reference)]
    done = run_intstrat(*args, cwd=outside)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(outside / "out.docx") as package:
        body = package.read("word/document.xml").decode("utf-8")
        footers = [package.read(n).decode("utf-8") for n in package.namelist()
                   if n.startswith("word/footer")]
    assert f'<w:pgSz w:w="{size[0]}" w:h="{size[1]}"' in body
    # Page numbers: intstrat's footer for the default, the reference's own otherwise.
    assert any("PAGE" in footer for footer in footers)
