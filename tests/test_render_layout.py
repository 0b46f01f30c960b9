"""The concept document read as a person reads it: rendered, converted to PDF by LibreOffice
and read back with the position of every word (`pdftotext -bbox-layout`).

Every strategy (both examples, the draft, ten times the English example's content) in both
languages with every reference document (the bundled default, pandoc's reference.docx, a
numbered corporate template on A4, a German one on Letter): no word split across lines
without a hyphen, no amount or date torn apart, no blank page, a page number on every page,
the table of contents filled, the paper of the default or of the reference; and in the DOCX
no column narrower than its widest word, every row kept on one page, properties in schema
order, intstrat's own metadata. LibreOffice converts the 33 documents in one batch, once
for the module.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import itertools
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXAMPLES, REPO
from lxml import etree

from intstrat.render import fonts, layout, wordml
from intstrat.render.run import RenderOptions, render

AS_OF = dt.date(2026, 11, 1)
DATA = REPO / "tests" / "data" / "render"
REFERENCES = {
    "default": None,
    "pandoc": DATA / "reference-pandoc.docx",
    "numbered": DATA / "reference-numbered.docx",
    "german": DATA / "reference-german.docx",
}
PAPER = {"default": "A4", "pandoc": "Letter", "numbered": "A4", "german": "Letter"}
SIZES = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}
STRATEGIES = ("strategy-en", "strategie-de", "draft", "ten-times")
W = f"{{{wordml.W_NS}}}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


@dataclass
class Page:
    width: float
    height: float
    lines: list[list[Word]] = field(default_factory=list)

    def words(self) -> Iterator[Word]:
        for line in self.lines:
            yield from line

    def text(self) -> str:
        return "\n".join(" ".join(w.text for w in line) for line in self.lines)


@dataclass(eq=False)
class Case:
    name: str
    strategy: str
    lang: str
    reference: str
    number_headings: bool = False
    docx: bytes = b""
    pages: list[Page] = field(default_factory=list)
    plain: str = ""

    def part(self, name: str) -> bytes:
        import io

        with zipfile.ZipFile(io.BytesIO(self.docx)) as package:
            return package.read(name)

    def names(self) -> list[str]:
        import io

        with zipfile.ZipFile(io.BytesIO(self.docx)) as package:
            return package.namelist()


def _cases() -> list[Case]:
    cases = [
        Case(f"{strategy}-{lang}-{reference}", strategy, lang, reference)
        for strategy in STRATEGIES for lang in ("en", "de") for reference in REFERENCES
    ]
    cases.append(Case("strategie-de-de-default-numbered", "strategie-de", "de", "default", True))
    return cases


CASES = _cases()
IDS = [case.name for case in CASES]


def _ten_times(folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("corpus", REPO / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    data = corpus._read(EXAMPLES / "strategy-en.yaml")
    target = folder / "ten-times.yaml"
    target.write_text(
        yaml.safe_dump(corpus.scale(data, 10), sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )
    return target


def _read_pdf(pdf: Path) -> list[Page]:
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True,
        timeout=120,
    ).stdout
    root = etree.fromstring(out, etree.XMLParser(recover=True))
    pages = []
    for page in root.iter(f"{XHTML}page"):
        current = Page(float(page.get("width")), float(page.get("height")))
        for line in page.iter(f"{XHTML}line"):
            words: list[Word] = []
            for w in line.iter(f"{XHTML}word"):
                word = Word(_clean(w.text or ""), *(float(w.get(k)) for k in
                                                    ("xMin", "yMin", "xMax", "yMax")))
                if word.text == "-" and words:  # a hyphenation hyphen drawn on its own
                    words[-1].text += "-"
                    words[-1].x_max = word.x_max
                else:
                    words.append(word)
            current.lines.append(words)
        pages.append(current)
    return pages


def _clean(text: str) -> str:
    """The text as a reader sees it: no-break spaces are spaces, the invisible joiners go."""
    return (text.replace("\xa0", " ").replace(layout.ZWSP, "")
            .replace(layout.WORD_JOINER, "").replace("\u2011", "-"))


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; CI installs it")
    from intstrat.render import pdf

    try:
        pdf.soffice()
    except pdf.ConverterError:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    folder = tmp_path_factory.mktemp("layout")
    sources = {name: EXAMPLES / f"{name}.yaml" for name in STRATEGIES[:3]}
    sources["ten-times"] = _ten_times(folder)
    for case in CASES:
        case.docx = render(RenderOptions(
            sources[case.strategy], "docx", lang=case.lang, as_of=AS_OF,
            reference_docx=REFERENCES[case.reference], number_headings=case.number_headings,
        )).payload
    pdfs = pdf.convert([case.docx for case in CASES])
    for case, data in zip(CASES, pdfs, strict=True):
        target = folder / f"{case.name}.pdf"
        target.write_bytes(data)
        case.pages = _read_pdf(target)
        case.plain = _clean(subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
            check=True, timeout=120,
        ).stdout)
    return {case.name: case for case in CASES}


# --- the DOCX's own text, for what the PDF must show whole ---------------------------------


@functools.cache
def _body(case: Case) -> Any:
    return etree.fromstring(case.part("word/document.xml"))


def _paragraph_text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{W}t"))


@functools.cache
def _texts(case: Case) -> list[str]:
    return [_paragraph_text(p) for p in _body(case).iter(f"{W}p")]


_LEADER = re.compile(r"\.{2,}\d*$|(?<=[^\W\d_])\.+\d+$")
BULLETS = {"•", "◦", "▪", "◆"}
_NUMBER = re.compile(r"\d+(\.\d+)*")
_EDGE_PUNCTUATION = ".,;:!?()[]\"'“”„‚‘’*«»"


def _normal(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION)


def _vocabulary(case: Case) -> set[str]:
    """Every word the document holds, and each piece a line may legitimately end or start
    with: after a hyphen between letters, and after a "/" of a URL."""
    words: set[str] = set()
    for text in _texts(case) + _footer_texts(case):
        text = text.replace(layout.WORD_JOINER, "").replace("\u2011", "-")
        for word in re.split(r"\s+", text):
            words.add(_normal(word.replace(layout.ZWSP, "")))
        for word in re.split(r"[\s\u200b]+", text):
            words.add(_normal(word))
            for piece in re.split(r"(?<=[^\W\d_]-)(?=[^\W\d_])|(?<=[/–—])", word):
                words.add(_normal(piece))
    return words


def _footer_texts(case: Case) -> list[str]:
    texts = []
    for name in case.names():
        if re.fullmatch(r"word/(header|footer)\d*\.xml", name):
            root = etree.fromstring(case.part(name))
            texts.extend(_paragraph_text(p) for p in root.iter(f"{W}p"))
    return texts


def _unbreakable_groups(case: Case) -> set[tuple[str, str]]:
    """Pairs of words a no-break space joins: an amount and its sign, "e. V.", a date."""
    pairs = set()
    for text in _texts(case):
        for group in re.findall(r"\S*\xa0[\S\xa0]*", text):
            parts = [_normal(p) for p in group.split("\xa0") if p]
            pairs.update(itertools.pairwise(parts))
    return pairs


# --- what a reader sees in the PDF ----------------------------------------------------------


@pytest.mark.parametrize("name", IDS)
def test_the_paper_is_the_default_a4_or_the_references(
    documents: dict[str, Case], name: str
) -> None:
    case = documents[name]
    width, height = SIZES[PAPER[case.reference]]
    for page in case.pages:
        assert (round(page.width), round(page.height)) == (round(width), round(height))


@pytest.mark.parametrize("name", IDS)
def test_no_blank_page_and_a_page_number_on_every_page(
    documents: dict[str, Case], name: str
) -> None:
    case = documents[name]
    assert len(case.pages) >= 3
    furniture = {w for text in _footer_texts(case) for w in _clean(text).split()}
    for number, page in enumerate(case.pages, start=1):
        body = [w for w in page.words() if w.text not in furniture and w.text != str(number)]
        assert body, f"page {number} of {name} is blank"
        foot = [w.text for w in page.words() if w.y_min > 0.88 * page.height]
        assert str(number) in foot, f"page {number} of {name} has no page number: {foot}"


@pytest.mark.parametrize("name", IDS)
def test_the_table_of_contents_is_filled(documents: dict[str, Case], name: str) -> None:
    case = documents[name]
    assert "F9" not in case.plain
    chapters = _headings(case, 1)
    assert len(chapters) >= 10, "every chapter is Word's Heading 1 (one node each)"
    for heading in chapters:
        words = [re.escape(w) for w in heading.split()]
        entry = r"\s+".join(words) + r"\s*\.{3,}\s*\d+"
        assert re.search(entry, case.plain), f"no TOC entry for {heading!r} in {name}"


@pytest.mark.parametrize("name", IDS)
def test_no_word_is_split_across_lines_without_a_hyphen(
    documents: dict[str, Case], name: str
) -> None:
    case = documents[name]
    vocabulary = _vocabulary(case)
    every_word = "\n".join(vocabulary)
    # A TOC entry's leader dots and page number; Word's heading numbers ("6.2.1").
    words = [_normal(_LEADER.sub("", w.text)) for page in case.pages for w in page.words()]
    # Text set bottom to top (the Gantt chart's month labels) is read back in pieces.
    vertical = [
        _clean(_paragraph_text(cell)) for cell in _body(case).iter(f"{W}tc")
        if cell.find(f"{W}tcPr/{W}textDirection") is not None
    ]
    hyphenated = {w[:-1] for w in words if w.endswith("-") and len(w) > 1}
    strange = []
    for word in words:
        if (not word or word in vocabulary or word.endswith("-") or _NUMBER.fullmatch(word)
                or word in BULLETS or any(word in label for label in vertical)):
            continue
        # The rest of a word hyphenated at a line's end ("Dienst-" / "leistungen"): with
        # the hyphen a reader sees, a word may break anywhere.
        if any(start + word in every_word or f"{start}-{word}" in every_word
               for start in hyphenated):
            continue
        strange.append(word)
    assert not strange, f"{name}: fragments of words: {sorted(set(strange))[:20]}"


@pytest.mark.parametrize("name", IDS)
def test_no_amount_date_or_abbreviation_is_torn_across_lines(
    documents: dict[str, Case], name: str
) -> None:
    case = documents[name]
    joined = _unbreakable_groups(case)
    assert joined, "the document joins amounts and their signs with no-break spaces"
    torn = []
    for page in case.pages:
        for line, following in zip(page.lines, page.lines[1:], strict=False):
            if not line or not following:
                continue
            # Lines of one paragraph or cell: the next starts at or left of this one's end.
            if not (following[0].x_min <= line[-1].x_max and
                    0 < following[0].y_min - line[-1].y_min < 2.5 * (line[-1].y_max -
                                                                     line[-1].y_min)):
                continue
            pair = (_normal(line[-1].text), _normal(following[0].text))
            if pair in joined:
                torn.append(pair)
    assert not torn, f"{name}: torn apart: {torn[:10]}"


@pytest.mark.parametrize("name", IDS)
def test_a_title_page_and_numbers_that_are_not_typed_twice(
    documents: dict[str, Case], name: str
) -> None:
    case = documents[name]
    body = _body(case)
    title = [_paragraph_text(p) for p in body.iter(f"{W}p") if _style_name(case, p) == "Title"]
    assert len(title) == 1
    first_page = _clean(" ".join(w.text for w in case.pages[0].words()))
    assert title[0].replace("\xa0", " ").split()[0] in first_page
    numbered = case.number_headings or case.reference == "numbered"
    for heading in _headings(case, 1):
        typed = re.match(r"\d+ ", heading)
        # With Word numbering no number is typed; without, the Markdown's are.
        assert not (typed and numbered), f"{heading!r} typed and numbered"
    if numbered:
        assert re.search(r"^[ \t]*1[ \t]+(Die Strategie in Kürze|Summary of the strategy)",
                         case.plain, re.M)
        assert not re.search(r"\b\d+(\.\d+)*[ \t]+\d+[ \t]+[A-ZÄÖÜ]",
                             case.plain.split("\f")[1])
        assert not re.search(r"^[ \t]*\d+[ \t]+(Anhang|Annex) A", case.plain, re.M)


# --- the DOCX behind it ---------------------------------------------------------------------


@functools.cache
def _style_names(case: Case) -> dict[str, str]:
    root = etree.fromstring(case.part("word/styles.xml"))
    return {
        s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val")
        for s in root.iter(f"{W}style") if s.find(f"{W}name") is not None
    }


def _style_name(case: Case, paragraph: Any) -> str | None:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    if style is None:
        return None
    name = _style_names(case).get(style.get(f"{W}val"), "")
    return name[:1].upper() + name[1:]


def _headings(case: Case, level: int) -> list[str]:
    names = _style_names(case)
    ids = {i for i, n in names.items() if n.lower() == f"heading {level}"}
    return [
        _clean(_paragraph_text(p)) for p in _body(case).iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is not None
        and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") in ids
    ]


@pytest.mark.parametrize("name", IDS)
def test_no_column_is_narrower_than_its_widest_word(
    documents: dict[str, Case], name: str
) -> None:
    """Measured in the table text's font (the metric-compatible face LibreOffice uses)."""
    import io

    from docx import Document

    from intstrat.render.docx_builder import Styles, _cell_margin, _font_of

    case = documents[name]
    document = Document(io.BytesIO(case.docx))
    styles = Styles(document)
    family, half_points = _font_of(document, styles.table_text())
    table_style = styles.get("Table Grid", "Table")
    margin = _cell_margin(table_style)
    narrow = []
    for table in _body(case).iter(f"{W}tbl"):
        grid = [int(c.get(f"{W}w")) for c in table.iter(f"{W}gridCol")]
        if table.find(f".//{W}shd[@{W}fill='4472C4']") is not None:
            continue  # the Gantt chart: its labels are checked in the PDF
        own_margin = table.find(f"{W}tblPr/{W}tblCellMar/{W}left")
        cell_margin = int(own_margin.get(f"{W}w")) if own_margin is not None else margin
        for row in table.iter(f"{W}tr"):
            for width, cell in zip(grid, row.iter(f"{W}tc"), strict=False):
                for run in cell.iter(f"{W}r"):
                    size = run.find(f"{W}rPr/{W}sz")
                    points = int(size.get(f"{W}val")) / 2 if size is not None else (
                        half_points / 2)
                    bold = run.find(f"{W}rPr/{W}b") is not None or row.find(
                        f"{W}trPr/{W}tblHeader") is not None
                    text = "".join(t.text or "" for t in run.iter(f"{W}t"))
                    for word in re.split(r"[ \u200b]+|(?<=[^\W\d_]-)(?=[^\W\d_])", text):
                        need = fonts.measure(family, bold).width(word, points) + 2 * cell_margin
                        if need > width:
                            narrow.append((word, need, width))
    assert not narrow, f"{name}: words wider than their column: {narrow[:10]}"


@pytest.mark.parametrize("name", IDS)
def test_rows_are_kept_on_one_page_and_headers_repeat(
    documents: dict[str, Case], name: str
) -> None:
    body = _body(documents[name])
    rows = list(body.iter(f"{W}tr"))
    assert rows
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    for table in body.iter(f"{W}tbl"):
        assert table.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None


ORDERS = {
    "pPr": wordml.P_PR_ORDER, "rPr": wordml.R_PR_ORDER, "tblPr": wordml.TBL_PR_ORDER,
    "tcPr": wordml.TC_PR_ORDER, "sectPr": wordml.SECT_PR_ORDER,
    "settings": wordml.SETTINGS_ORDER,
}


def _out_of_order(root: Any) -> list[tuple[str, list[str]]]:
    wrong = []
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(W):
            continue
        name = element.tag[len(W):]
        order = ORDERS.get(name)
        if order is None:
            continue
        children = [c.tag[len(W):] for c in element if isinstance(c.tag, str)
                    and c.tag.startswith(W) and c.tag[len(W):] in order]
        ranks = [order.index(c) for c in children]
        if ranks != sorted(ranks):
            wrong.append((name, children))
    return wrong


@pytest.mark.parametrize("name", IDS)
def test_properties_are_in_schema_order(documents: dict[str, Case], name: str) -> None:
    case = documents[name]
    for part in case.names():
        if re.fullmatch(r"word/(document|styles|settings|numbering|header\d*|footer\d*)\.xml",
                        part):
            wrong = _out_of_order(etree.fromstring(case.part(part)))
            assert not wrong, f"{name} {part}: {wrong[:5]}"


@pytest.mark.parametrize("name", IDS)
def test_metadata_names_intstrat_and_the_languages_conventions(
    documents: dict[str, Case], name: str
) -> None:
    case = documents[name]
    app = case.part("docProps/app.xml").decode("utf-8")
    assert "<Application>intstrat</Application>" in app
    assert "Microsoft" not in app
    assert not [n for n in case.names() if "thumbnail" in n]
    assert b"thumbnail" not in case.part("_rels/.rels")
    settings = etree.fromstring(case.part("word/settings.xml"))
    decimal = settings.find(f"{W}decimalSymbol").get(f"{W}val")
    assert decimal == ("," if case.lang == "de" else ".")
    assert settings.find(f"{W}autoHyphenation").get(f"{W}val") == "true"
    assert settings.find(f"{W}savePreviewPicture") is None


def test_a_corporate_table_style_keeps_its_header_row(documents: dict[str, Case]) -> None:
    """The German reference's table style shades and bolds the header row itself: no direct
    fill or bold overrides it, and no direct size on the cells' text."""
    body = _body(documents["strategie-de-de-german"])
    table = next(t for t in body.iter(f"{W}tbl") if t.find(f".//{W}shd[@{W}fill='4472C4']")
                 is None)
    assert table.find(f"{W}tblPr/{W}tblStyle").get(f"{W}val") == "Tabellenraster"
    header = table.find(f"{W}tr")
    assert header.find(f".//{W}shd") is None
    assert header.find(f".//{W}rPr/{W}b") is None
    default = _body(documents["strategie-de-de-default"])
    first = next(t for t in default.iter(f"{W}tbl")).find(f"{W}tr")
    assert first.find(f".//{W}shd") is not None  # no header look in "Table Grid": intstrat's


def test_the_gantt_chart_shows_every_period_whole(documents: dict[str, Case]) -> None:
    for name in ("strategy-en-en-default", "strategie-de-de-german"):
        case = documents[name]
        body = _body(case)
        chart = next(t for t in body.iter(f"{W}tbl") if t.find(f".//{W}shd[@{W}fill='4472C4']")
                     is not None)
        labels = [_paragraph_text(c) for c in chart.find(f"{W}tr").iter(f"{W}tc")][1:]
        assert labels
        label_words = {w for label in labels for w in _clean(label).split()}
        words = {w.text for page in case.pages for w in page.words()}
        assert label_words <= words, sorted(label_words - words)


# --- the layout rules on their own (no LibreOffice) -----------------------------------------

TYPESET = [
    ("2.850.000 €", "2.850.000\xa0€"),
    ("49 %", "49\xa0%"),
    ("Netzwerk Medizintechnik Donau-Iller e. V.", "Netzwerk Medizintechnik Donau-Iller e.\xa0V."),
    ("am 15. Mai 2025 beschlossen", "am 15.\xa0Mai\xa02025 beschlossen"),
    ("2024-07-01 – 2027-06-30", "2024-\u206007-\u206001 – 2027-\u206006-\u206030"),
    ("https://www.example.org/a/b", "https://\u200bwww.example.org/\u200ba/\u200bb"),
    ("Start-ups und KMU", "Start-ups und KMU"),
]


@pytest.mark.parametrize(("text", "expected"), TYPESET, ids=[t for t, _ in TYPESET])
def test_typeset_joins_what_a_line_must_not_break(text: str, expected: str) -> None:
    assert layout.typeset(text) == expected


def test_the_automatic_layout_gives_every_column_its_widest_word() -> None:
    def width(text: str, bold: bool) -> int:
        return 100 * len(text)

    rows = [
        [layout.cell_extent([("Name", True)], width), layout.cell_extent([("Note", True)], width)],
        [layout.cell_extent([("Dienstleistungsgesellschaft", False)], width),
         layout.cell_extent([("a long description " * 20, False)], width)],
    ]
    widths = layout.column_widths(rows, 2, 9000)
    assert sum(widths) == 9000
    assert widths[0] >= 100 * len("Dienstleistungsgesellschaft") + layout.CELL_MARGINS_TWIPS
    assert widths[1] > widths[0]  # the prose column takes what is left
    assert layout.fits(rows, widths)
    # Wider than the page at full size: smaller text, then column groups.
    wide = [[layout.cell_extent([("Internationalisierung", False)], width)] * 8]
    fit = layout.fit_table(wide, 8, 9000, 9.0)
    assert not layout.fits(wide, [9000 // 8] * 8)
    assert fit.size < 9.0 or not fit.fits
    groups = layout.column_groups(wide, 8, 9000, size=9.0)
    assert all(group[0] == 0 for group in groups)
    assert sorted({c for g in groups for c in g}) == list(range(8))
