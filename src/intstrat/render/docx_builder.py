"""Markdown → DOCX: markdown-it tokens walked into python-docx, one method per token type.

The builder takes the Markdown the templates rendered, so Word and Markdown show the same
document. Styles come from the document it is given (python-docx's default or the user's
reference); a style the reference lacks falls back to direct formatting instead of failing.
Everything is linear in the size of the document: table cells are reached through `row.cells`
once per row (python-docx's `Table.cell()` is quadratic) and styles are looked up once.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Pt, RGBColor
from markdown_it import MarkdownIt
from markdown_it.token import Token

from intstrat.render import gantt, wordml
from intstrat.render.context import RenderFacts

MONO_FONT = "Courier New"
LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)
GANTT_FILL = "4472C4"
GANTT_DONE_FILL = "A5A5A5"
HEADER_FILL = "D9D9D9"
LIST_INDENT_TWIPS = 360
TABLE_FONT = Pt(9)
GANTT_HALF_POINTS = 16  # 8 pt

_TOC_TEXT = {
    "en": "Table of contents: update the field (F9 in Word) to fill it.",
    "de": "Inhaltsverzeichnis: Feld aktualisieren (F9 in Word), um es zu füllen.",
}
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
}


def markdown_parser() -> MarkdownIt:
    """CommonMark with GFM tables and strikethrough; HTML comments carry page breaks and TOC."""
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


class Styles:
    """Named styles of the document, looked up once; missing ones are created or replaced."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self._by_name = {style.name: style for style in document.styles}

    def get(self, *names: str) -> Any | None:
        for name in names:
            style = self._by_name.get(name)
            if style is not None:
                return style
        return None

    def heading(self, level: int) -> Any:
        name = f"Heading {level}"
        style = self.get(name)
        if style is None:
            # A reference without heading styles: make one, with an outline level for the TOC.
            style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            base = self.get("Normal")
            if base is not None:
                style.base_style = base
            style.font.bold = True
            style.font.size = Pt({1: 16, 2: 14, 3: 12}.get(level, 11))
            style.paragraph_format.space_before = Pt(12)
            style.paragraph_format.keep_with_next = True
            p_pr = style.element.get_or_add_pPr()
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level - 1))
            p_pr.append(outline)
            self._by_name[name] = style
        return style

    def hyperlink(self) -> Any:
        style = self.get("Hyperlink")
        if style is None:
            style = self.document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
            style.font.color.rgb = LINK_COLOUR
            style.font.underline = True
            self._by_name["Hyperlink"] = style
        return style


@dataclass
class _ListState:
    ordered: bool
    num_id: int
    level: int
    items_started: int = 0
    paragraph_in_item: int = 0


@dataclass
class _TableState:
    rows: list[list[tuple[Token | None, str | None]]] = field(default_factory=list)
    header_rows: int = 0
    in_head: bool = False
    current: list[tuple[Token | None, str | None]] = field(default_factory=list)


class DocxBuilder:
    """Walks a markdown-it token stream into a python-docx Document."""

    def __init__(self, document: Any, lang: str = "en") -> None:
        self.document = document
        self.lang = lang
        self.styles = Styles(document)
        self.paragraph: Any = None
        self.lists: list[_ListState] = []
        self.quote_depth = 0
        self.table: _TableState | None = None
        self.bold = 0
        self.italic = 0
        self.strike = 0
        self.link: Any = None
        self.in_table = False
        self._numbering: Any = None
        self._abstract_ids: dict[bool, int] = {}
        self._next_num_id = 0
        self._hyperlink_style: Any = None
        self._style_cache: dict[str, Any] = {
            "list": self.styles.get("List Paragraph", "Compact", "Normal"),
            "body": self.styles.get("Body Text", "Normal"),
            "quote": self.styles.get("Quote", "Block Text", "Intense Quote"),
            "code": self.styles.get("Source Code"),
            "code_char": self.styles.get("Verbatim Char"),
            "table": self.styles.get("Table Grid", "Table"),
            "compact": self.styles.get("Compact", "Normal"),
        }

    # --- entry points -------------------------------------------------------------------

    def build(self, markdown: str) -> None:
        tokens = markdown_parser().parse(markdown)
        for token in tokens:
            handler: Callable[[Token], None] = getattr(self, "on_" + token.type, self.on_unknown)
            handler(token)

    def on_unknown(self, token: Token) -> None:
        """A token type without its own method: keep its text rather than lose it."""
        if token.content and self.table is None:
            self._new_paragraph().add_run(token.content)

    # --- blocks -------------------------------------------------------------------------

    def on_heading_open(self, token: Token) -> None:
        level = min(int(token.tag[1:]), 6)
        style = self.styles.get(f"Heading {level}") if level > 4 else None
        self.paragraph = self._add(style or self.styles.heading(min(level, 4)))

    def on_heading_close(self, token: Token) -> None:
        self.paragraph = None

    def on_paragraph_open(self, token: Token) -> None:
        if self.table is not None:
            return
        if self.lists:
            state = self.lists[-1]
            paragraph = self._add(self._style_cache["list"])
            if state.paragraph_in_item == 0:
                _number(paragraph, state.num_id, state.level)
            else:
                paragraph.paragraph_format.left_indent = Pt(
                    (state.level + 1) * LIST_INDENT_TWIPS / 20
                )
            state.paragraph_in_item += 1
            self.paragraph = paragraph
            return
        if self.quote_depth:
            quote = self._style_cache["quote"]
            paragraph = self._add(quote or self._style_cache["body"])
            if quote is None:
                paragraph.paragraph_format.left_indent = Pt(18 * self.quote_depth)
                paragraph.paragraph_format.right_indent = Pt(18)
            self.paragraph = paragraph
            return
        self.paragraph = self._add(self._style_cache["body"])

    def on_paragraph_close(self, token: Token) -> None:
        self.paragraph = None

    def on_inline(self, token: Token) -> None:
        if self.table is not None:
            self.table.current.append((token, None))
            return
        if self.paragraph is None:
            self.paragraph = self._add(self._style_cache["body"])
        self._inline(self.paragraph, token.children or [])

    def on_bullet_list_open(self, token: Token) -> None:
        self._open_list(ordered=False, start=1)

    def on_ordered_list_open(self, token: Token) -> None:
        start = token.attrGet("start")
        self._open_list(ordered=True, start=int(start) if start is not None else 1)

    def on_bullet_list_close(self, token: Token) -> None:
        self.lists.pop()

    on_ordered_list_close = on_bullet_list_close

    def on_list_item_open(self, token: Token) -> None:
        state = self.lists[-1]
        state.items_started += 1
        state.paragraph_in_item = 0

    def on_list_item_close(self, token: Token) -> None:
        pass

    def on_blockquote_open(self, token: Token) -> None:
        self.quote_depth += 1

    def on_blockquote_close(self, token: Token) -> None:
        self.quote_depth -= 1

    def on_hr(self, token: Token) -> None:
        paragraph = self.document.add_paragraph()
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(
            parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
                'w:color="auto"/></w:pBdr>'
            )
        )

    def on_html_block(self, token: Token) -> None:
        marker = token.content.strip().lower()
        if marker == "<!-- pagebreak -->":
            self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif marker == "<!-- toc -->":
            self._toc()
        # Other raw HTML has no meaning in Word and is left out, as pandoc does.

    def on_fence(self, token: Token) -> None:
        info = token.info.strip().split(" ")[0].lower() if token.info else ""
        if info == "mermaid":
            sections = gantt.parse(token.content)
            if sections:
                self._gantt(sections)
                return
        self._code(token.content)

    def on_code_block(self, token: Token) -> None:
        self._code(token.content)

    # --- tables -------------------------------------------------------------------------

    def on_table_open(self, token: Token) -> None:
        self.table = _TableState()

    def on_thead_open(self, token: Token) -> None:
        assert self.table is not None
        self.table.in_head = True

    def on_thead_close(self, token: Token) -> None:
        assert self.table is not None
        self.table.in_head = False

    def on_tbody_open(self, token: Token) -> None:
        pass

    on_tbody_close = on_tbody_open

    def on_tr_open(self, token: Token) -> None:
        assert self.table is not None
        self.table.current = []

    def on_tr_close(self, token: Token) -> None:
        assert self.table is not None
        self.table.rows.append(self.table.current)
        if self.table.in_head:
            self.table.header_rows += 1

    def on_th_open(self, token: Token) -> None:
        assert self.table is not None
        style = token.attrGet("style")
        align = str(style).split(":")[-1].strip() if style else None
        self.table.current.append((None, align))

    on_td_open = on_th_open

    def on_th_close(self, token: Token) -> None:
        pass

    on_td_close = on_th_close

    def on_table_close(self, token: Token) -> None:
        state = self.table
        self.table = None
        assert state is not None
        cells = [_merge_cells(row) for row in state.rows]
        columns = max((len(row) for row in cells), default=0)
        if not columns:
            return
        table = self._new_table(len(cells), columns)
        widths = self._column_widths(cells, columns)
        self.in_table = True
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for index, (row, row_cells) in enumerate(zip(table.rows, cells, strict=True)):
            header = index < state.header_rows
            if header:
                _repeat_header(row)
            docx_cells = row.cells  # once per row: Table.cell() would rebuild the grid each time
            for cell, width, (inline, align) in zip(docx_cells, widths, row_cells, strict=False):
                cell.width = width
                paragraph = cell.paragraphs[0]
                if align in _ALIGN:
                    paragraph.alignment = _ALIGN[align]
                if header:
                    _shade(cell, HEADER_FILL)
                    self.bold += 1
                if inline is not None:
                    self._inline(paragraph, inline.children or [])
                if header:
                    self.bold -= 1
        self.in_table = False

    # --- inline -------------------------------------------------------------------------

    def _inline(self, paragraph: Any, children: Sequence[Token]) -> None:
        for child in children:
            kind = child.type
            if kind == "text":
                self._run(paragraph, child.content)
            elif kind == "softbreak":
                self._run(paragraph, " ")
            elif kind == "hardbreak":
                self._run(paragraph, "").add_break()
            elif kind == "strong_open":
                self.bold += 1
            elif kind == "strong_close":
                self.bold -= 1
            elif kind == "em_open":
                self.italic += 1
            elif kind == "em_close":
                self.italic -= 1
            elif kind == "s_open":
                self.strike += 1
            elif kind == "s_close":
                self.strike -= 1
            elif kind == "code_inline":
                run = self._run(paragraph, child.content)
                if self._style_cache["code_char"] is not None:
                    run._r.get_or_add_rPr().style = self._style_cache["code_char"].style_id
                else:
                    run.font.name = MONO_FONT
            elif kind == "link_open":
                self.link = self._hyperlink(paragraph, str(child.attrGet("href") or ""))
            elif kind == "link_close":
                self.link = None
            elif kind == "image":
                self.italic += 1
                self._run(paragraph, child.content or str(child.attrGet("alt") or ""))
                self.italic -= 1
            elif kind == "html_inline":
                if child.content.lower().startswith("<br"):
                    self._run(paragraph, "").add_break()
            elif child.content:
                self._run(paragraph, child.content)

    def _run(self, paragraph: Any, text: str) -> Any:
        run = paragraph.add_run(text)
        if self.bold:
            run.bold = True
        if self.italic:
            run.italic = True
        if self.strike:
            run.font.strike = True
        if self.in_table:
            run.font.size = TABLE_FONT
        if self.link is not None:
            if self._hyperlink_style is None:
                self._hyperlink_style = self.styles.hyperlink()
            run._r.get_or_add_rPr().style = self._hyperlink_style.style_id
            self.link.append(run._r)  # moves the run from the paragraph into the link
        return run

    def _hyperlink(self, paragraph: Any, href: str) -> Any:
        element = OxmlElement("w:hyperlink")
        if href.startswith("#"):
            element.set(qn("w:anchor"), href[1:])
        else:
            rel_id = self.document.part.relate_to(href, RT.HYPERLINK, is_external=True)
            element.set(qn("r:id"), rel_id)
        paragraph._p.append(element)
        return element

    # --- helpers ------------------------------------------------------------------------

    def _add(self, style: Any) -> Any:
        """A new body paragraph in `style`.

        The style id is set directly: python-docx's `style=` argument looks for the default
        style among all styles on every call, which made that lookup most of the build time.
        """
        paragraph = self.document.add_paragraph()
        if style is not None and not _is_default(style):
            paragraph._p.get_or_add_pPr().style = style.style_id
        return paragraph

    def _new_paragraph(self) -> Any:
        return self._add(self._style_cache["body"])

    def _new_table(self, rows: int, columns: int) -> Any:
        table = self.document.add_table(rows=rows, cols=columns)
        style = self._style_cache["table"]
        if style is not None and style.type == WD_STYLE_TYPE.TABLE:
            table.style = style
        if style is None or style.name != "Table Grid":
            _borders(table)
        return table

    def _column_widths(
        self, rows: list[list[tuple[Token | None, str | None]]], columns: int
    ) -> list[int]:
        """Widths in proportion to each column's longest text (capped), filling the page.

        Equal widths squeeze a description column into a word per line next to a column
        holding a number; this keeps short columns narrow without a layout engine.
        """
        need = [6] * columns
        for row in rows:
            for index, (inline, _) in enumerate(row[:columns]):
                if inline is not None:
                    text = inline.content
                    longest = max((len(word) for word in text.split()), default=0)
                    need[index] = max(need[index], longest + 6, min(len(text), 30))
        total_width = int(self.document._block_width)
        weight = sum(need)
        return [total_width * n // weight for n in need]

    def _open_list(self, *, ordered: bool, start: int) -> None:
        level = min(len(self.lists), 8)
        num_id = self._new_num(ordered, level, start)
        self.lists.append(_ListState(ordered=ordered, num_id=num_id, level=level))

    def _new_num(self, ordered: bool, level: int, start: int) -> int:
        """A `w:num` of its own for every list, so numbering restarts (startOverride)."""
        numbering = self._numbering_root()
        abstract_id = self._abstract(ordered)
        self._next_num_id += 1
        num_id = self._next_num_id
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/>'
                f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/>'
                "</w:lvlOverride></w:num>"
            )
        )
        return num_id

    def _numbering_root(self) -> Any:
        if self._numbering is None:
            part = self.document.part
            try:
                numbering_part = part.part_related_by(RT.NUMBERING)
            except KeyError:
                numbering_part = NumberingPart(
                    PackURI("/word/numbering.xml"),
                    CT.WML_NUMBERING,
                    parse_xml(f"<w:numbering {nsdecls('w')}/>"),
                    part.package,
                )
                part.relate_to(numbering_part, RT.NUMBERING)
            root = numbering_part.element
            self._numbering = root
            used = [int(n.get(qn("w:numId"))) for n in root.findall(qn("w:num"))]
            self._next_num_id = max(used, default=0)
        return self._numbering

    def _abstract(self, ordered: bool) -> int:
        if ordered in self._abstract_ids:
            return self._abstract_ids[ordered]
        root = self._numbering_root()
        used = [int(a.get(qn("w:abstractNumId"))) for a in root.findall(qn("w:abstractNum"))]
        abstract_id = max(used, default=0) + 1 + len(self._abstract_ids)
        levels = []
        bullets = ["•", "◦", "▪"]
        formats = ["decimal", "lowerLetter", "lowerRoman"]
        for lvl in range(9):
            indent = (lvl + 1) * LIST_INDENT_TWIPS
            if ordered:
                fmt, text = formats[lvl % 3], f"%{lvl + 1}."
            else:
                fmt, text = "bullet", bullets[lvl % 3]
            levels.append(
                f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent}" w:hanging="{LIST_INDENT_TWIPS}"/></w:pPr>'
                "</w:lvl>"
            )
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
        )
        # Word requires every abstractNum before the first num.
        first_num = root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            root.append(element)
        self._abstract_ids[ordered] = abstract_id
        return abstract_id

    def _code(self, content: str) -> None:
        style = self._style_cache["code"]
        for line in content.rstrip("\n").split("\n"):
            paragraph = self._add(style or self._style_cache["compact"])
            run = paragraph.add_run(line)
            if style is None:
                run.font.name = MONO_FONT
                run.font.size = Pt(9)

    def _toc(self) -> None:
        paragraph = self.document.add_paragraph()
        p = paragraph._p
        for xml in (
            '<w:r {ns}><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>',
            '<w:r {ns}><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u '
            "</w:instrText></w:r>",
            '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
        ):
            p.append(parse_xml(xml.format(ns=nsdecls("w"))))
        paragraph.add_run(_TOC_TEXT.get(self.lang, _TOC_TEXT["en"]))
        p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        settings = self.document.settings.element
        if settings.find(qn("w:updateFields")) is None:
            update = OxmlElement("w:updateFields")
            update.set(qn("w:val"), "true")
            settings.append(update)

    def _gantt(self, sections: list[gantt.Section]) -> None:
        """The timeline as a table: periods as columns, shaded cells where a task runs.

        Written as markup: a section's title spans the row through `w:gridSpan`, where
        python-docx's cell merge walked the whole grid for every bar.
        """
        periods = gantt.periods(sections)
        # The task names get a third of the width; the periods share the rest.
        total_width = int(self.document._block_width)
        first = total_width // 3
        rest = (total_width - first) // max(len(periods), 1)
        first_tw, rest_tw = wordml.twips(first), wordml.twips(rest)
        columns = len(periods) + 1
        style = self._style_cache["table"]
        style_id = None
        if style is not None and style.type == WD_STYLE_TYPE.TABLE and not _is_default(style):
            style_id = style.style_id
        borders = style is None or style.name != "Table Grid"
        small_bold = wordml.run_properties(bold=True, half_points=GANTT_HALF_POINTS)
        small = wordml.run_properties(half_points=GANTT_HALF_POINTS)
        empty_cell = wordml.cell(rest_tw, "<w:p/>")
        centred = wordml.paragraph_properties(align="center")
        bars = {
            (done, milestone): wordml.cell(
                rest_tw,
                f"<w:p>{centred}{wordml.run('◆', small_bold)}</w:p>" if milestone else "<w:p/>",
                fill=GANTT_DONE_FILL if done else GANTT_FILL,
            )
            for done in (False, True)
            for milestone in (False, True)
        }
        parts = [wordml.table_open(style_id, borders, [first_tw] + [rest_tw] * len(periods))]
        parts.append(f"<w:tr>{wordml.HEADER_ROW}")
        for index, label in enumerate(["", *(p.label for p in periods)]):
            width = first_tw if index == 0 else rest_tw
            body = f"<w:p>{wordml.run(label, small_bold)}</w:p>"
            parts.append(wordml.cell(width, body, fill=HEADER_FILL))
        parts.append("</w:tr>")
        span_width = first_tw + rest_tw * len(periods)
        for section in sections:
            body = f"<w:p>{wordml.run(section.title, small_bold)}</w:p>"
            parts.append(f"<w:tr>{wordml.cell(span_width, body, span=columns)}</w:tr>")
            for task in section.tasks:
                parts.append("<w:tr>")
                parts.append(wordml.cell(first_tw, f"<w:p>{wordml.run(task.title, small)}</w:p>"))
                for period in periods:
                    if task.start <= period.end and task.end >= period.start:
                        parts.append(bars[(task.done, task.milestone)])
                    else:
                        parts.append(empty_cell)
                parts.append("</w:tr>")
        parts.append("</w:tbl>")
        for element in wordml.parse_blocks("".join(parts)):
            self._append_block(element)

    def _append_block(self, element: Any) -> None:
        """A paragraph or table at the end of the body, before the final section properties."""
        body = self.document.element.body
        last = body[-1] if len(body) else None
        if last is not None and last.tag == qn("w:sectPr"):
            last.addprevious(element)
        else:
            body.append(element)


def _is_default(style: Any) -> bool:
    return bool(style.element.get(qn("w:default")) in ("1", "true"))


def _merge_cells(
    row: list[tuple[Token | None, str | None]],
) -> list[tuple[Token | None, str | None]]:
    """th/td open gives the alignment, the inline token after it the content: pair them."""
    out: list[tuple[Token | None, str | None]] = []
    for token, align in row:
        if token is None:
            out.append((None, align))
        elif out:
            out[-1] = (token, out[-1][1])
    return out


def _number(paragraph: Any, num_id: int, level: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.insert(
        0,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"
        ),
    )
    # numPr must follow pStyle inside pPr.
    style = p_pr.find(qn("w:pStyle"))
    if style is not None:
        p_pr.remove(style)
        p_pr.insert(0, style)


def _shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))


def _borders(table: Any) -> None:
    """Single borders on every cell, for references without a bordered table style."""
    tbl_pr = table._tbl.tblPr
    edges = "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tbl_pr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>"))


def set_properties(document: Any, facts: RenderFacts) -> None:
    """Title, author, subject, keywords, language and dates of the document."""
    props = document.core_properties
    props.title = facts.title
    props.author = facts.author
    props.last_modified_by = facts.author
    props.subject = facts.subject
    props.keywords = facts.keywords
    props.language = facts.language
    moment = dt.datetime(facts.as_of.year, facts.as_of.month, facts.as_of.day, 12, 0, 0)
    props.created = moment
    props.modified = moment
    props.revision = 1
    # The language of the text, for spelling and hyphenation in Word and LibreOffice.
    styles_root = document.styles.element
    defaults = styles_root.find(qn("w:docDefaults"))
    if defaults is None:
        return
    r_pr_default = defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        r_pr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_pr_default.append(r_pr)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), facts.language)


def build_docx(markdown: str, facts: RenderFacts, reference: Any = None, lang: str = "en") -> bytes:
    """The DOCX bytes for `markdown`; `reference` is an emptied Document or None."""
    from intstrat.render.reference import open_document

    document = reference if reference is not None else open_document(None, lang)
    DocxBuilder(document, lang).build(markdown)
    set_properties(document, facts)
    stream = io.BytesIO()
    document.save(stream)
    return _reproducible(stream.getvalue(), facts.as_of)


def _reproducible(package: bytes, when: dt.date) -> bytes:
    """The same input gives the same bytes: zip entries stamped with the as-of date, not now."""
    stamp = (max(when.year, 1980), when.month, when.day, 12, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
