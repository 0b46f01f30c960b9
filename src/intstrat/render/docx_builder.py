"""Markdown → DOCX: markdown-it tokens walked into python-docx, one method per token type.

The builder takes the Markdown the templates rendered, so Word and Markdown show the same
document. Styles come from the document it is given (python-docx's default or the user's
reference); a style the reference lacks falls back to direct formatting instead of failing.
The body is written as WordprocessingML markup (`wordml.py`) and parsed once at the end:
python-docx's element API searches children in schema order for every property it sets,
which made runs, cell widths and shading most of a render's time. Styles, numbering,
relationships and settings still go through python-docx.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Pt, RGBColor
from lxml import etree  # type: ignore[import-untyped]
from markdown_it import MarkdownIt
from markdown_it.token import Token

from intstrat.i18n import translator
from intstrat.render import fonts, gantt, layout, pages, wordml
from intstrat.render.context import RenderFacts

MONO_FONT = "Courier New"
LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)
GANTT_FILL = "4472C4"
GANTT_DONE_FILL = "A5A5A5"
HEADER_FILL = "D9D9D9"
LIST_INDENT_TWIPS = 360
TABLE_HALF_POINTS = 18  # 9 pt, the size of the table text style intstrat adds
QUOTE_INDENT_TWIPS = 360  # 18 pt
GANTT_HALF_POINTS = 16  # 8 pt
DEFAULT_HALF_POINTS = 20  # what Word assumes when no style names a size
_TYPED_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")

_BODY_PLACEHOLDER = "intstrat: the rendered body goes here"
_ALIGN = frozenset({"left", "right", "center"})


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
        style = self.get(name) or self._by_outline(level)
        if style is None:
            # A reference without heading styles: make one, with an outline level for the TOC.
            style = self.add(name, size=Pt({1: 16, 2: 14, 3: 12}.get(level, 11)), bold=True)
            style.paragraph_format.space_before = Pt(12)
            style.paragraph_format.keep_with_next = True
            p_pr = style.element.get_or_add_pPr()
            wordml.set_child(p_pr, "outlineLvl", wordml.P_PR_ORDER, val=str(level - 1))
        return style

    def _by_outline(self, level: int) -> Any | None:
        """A paragraph style of the reference at this outline level, whatever its name."""
        for style in self.document.styles:
            if style.type != WD_STYLE_TYPE.PARAGRAPH:
                continue
            outline = style.element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if outline is not None and outline.get(qn("w:val")) == str(level - 1):
                self._by_name[f"Heading {level}"] = style
                return style
        return None

    def add(self, name: str, *, size: Any = None, bold: bool = False,
            italic: bool = False) -> Any:
        """A new paragraph style `name` based on the body text style."""
        style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        base = self.get("Normal")
        if base is not None:
            style.base_style = base
        if size is not None:
            style.font.size = size
        if bold:
            style.font.bold = True
        if italic:
            style.font.italic = True
        self._by_name[name] = style
        return style

    def title(self) -> Any:
        return self.get("Title") or self.add("Title", size=Pt(26))

    def subtitle(self) -> Any:
        return self.get("Subtitle") or self.add("Subtitle", size=Pt(14), italic=True)

    def toc_heading(self) -> Any:
        style = self.get("TOC Heading")
        if style is None:
            style = self.add("TOC Heading", size=Pt(16), bold=True)
            style.paragraph_format.keep_with_next = True
        return style

    def table_text(self) -> Any:
        """The paragraph style of table cells: the reference's, else one at 9 pt."""
        style = self.get("Table Text", "Tabellentext", "Compact")
        if style is None:
            style = self.add("Table Text", size=Pt(TABLE_HALF_POINTS / 2))
            style.paragraph_format.space_before = Pt(0)
            style.paragraph_format.space_after = Pt(0)
            style.paragraph_format.line_spacing = 1.0
        return style

    def hyperlink(self) -> Any:
        style = self.get("Hyperlink")
        if style is None:
            style = self.document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
            style.font.color.rgb = LINK_COLOUR
            style.font.underline = True
            self._by_name["Hyperlink"] = style
        return style


class _Hyperlink:
    """A `w:hyperlink` and the runs inside it."""

    __slots__ = ("attributes", "runs")

    def __init__(self, attributes: str) -> None:
        self.attributes = attributes
        self.runs: list[str] = []

    def xml(self) -> str:
        return f"<w:hyperlink {self.attributes}>{''.join(self.runs)}</w:hyperlink>"


class _Paragraph:
    """A `w:p` being filled: its properties, then runs and hyperlinks in order."""

    __slots__ = ("content", "properties")

    def __init__(self, properties: str = "") -> None:
        self.properties = properties
        self.content: list[str | _Hyperlink] = []

    def xml(self) -> str:
        inner = "".join(part if isinstance(part, str) else part.xml() for part in self.content)
        return f"<w:p>{self.properties}{inner}</w:p>"


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

    def __init__(
        self, document: Any, lang: str = "en", *, number_headings: bool = False,
        as_of: dt.date | None = None,
    ) -> None:
        self.document = document
        self.lang = lang
        self.as_of = as_of
        self.styles = Styles(document)
        # The body in document order: finished markup, or a paragraph still being filled.
        self.blocks: list[str | _Paragraph] = []
        self.paragraph: _Paragraph | None = None
        self.lists: list[_ListState] = []
        self.quote_depth = 0
        self.table: _TableState | None = None
        self.bold = 0
        self.italic = 0
        self.strike = 0
        self.link: _Hyperlink | None = None
        self.in_table = False
        self._numbering: Any = None
        self._abstract_ids: dict[bool, int] = {}
        self._next_num_id = 0
        self._hyperlink_style: Any = None
        self._properties: dict[str, str] = {}
        self._headings: dict[int, Any] = {}
        self._block_width = int(document._block_width)
        self._style_cache: dict[str, Any] = {
            "list": self.styles.get("List Paragraph", "Compact", "Normal"),
            "body": self.styles.get("Body Text", "Normal"),
            "quote": self.styles.get("Quote", "Block Text", "Intense Quote"),
            "code": self.styles.get("Source Code"),
            "code_char": self.styles.get("Verbatim Char"),
            "table": self.styles.get("Table Grid", "Table"),
            "compact": self.styles.get("Compact", "Normal"),
            "table_text": self.styles.table_text(),
        }
        table_style = self._style_cache["table"]
        # What python-docx's `Table.style` setter writes: no tblStyle for the default style.
        self._table_style_id: str | None = None
        if table_style is not None and table_style.type == WD_STYLE_TYPE.TABLE:
            self._table_style_id = document.part.get_style_id(table_style, WD_STYLE_TYPE.TABLE)
        self._table_borders = table_style is None or table_style.name != "Table Grid"
        # A table style that formats its header row keeps it; else bold on a grey fill.
        self._header_from_style = table_style is not None and _formats_first_row(table_style)
        self._block_twips = wordml.twips(self._block_width)
        self._cell_properties: dict[str | None, str] = {}
        family, half_points = _font_of(document, self._style_cache["table_text"])
        self._table_font = (family, half_points / 2)
        self._table_half_points: int | None = None
        self._cell_margin = _cell_margin(table_style)
        self._widths: dict[tuple[str, bool], int] = {}
        # Headings: the first level-1 heading of the Markdown is the title; its chapters
        # (level 2) are Word's Heading 1. Numbers come from Word numbering when asked or when
        # the reference numbers its headings; then the typed ones are left out.
        self._template_numbers = _numbers_headings(self.styles)
        self._numbered = number_headings or self._template_numbers
        if number_headings and not self._template_numbers:
            self._number_heading_styles()
        self.has_toc = False
        self._titled = False
        self._break_before = False
        self._chapter_break = False
        self._in_numbered_chapter = True
        self._heading: tuple[int, _Paragraph] | None = None

    # --- entry points -------------------------------------------------------------------

    def build(self, markdown: str) -> None:
        self._walk(markdown)  # markdown-it's tokens are freed before the document is parsed
        markup = [b if isinstance(b, str) else b.xml() for b in self.blocks]
        self.blocks = []
        _fill_body(self.document, markup)

    def _walk(self, markdown: str) -> None:
        for token in markdown_parser().parse(wordml.xml_safe(markdown)):
            handler: Callable[[Token], None] = getattr(self, "on_" + token.type, self.on_unknown)
            handler(token)

    def on_unknown(self, token: Token) -> None:
        """A token type without its own method: keep its text rather than lose it."""
        if token.content and self.table is None:
            self._new_paragraph().content.append(wordml.run(token.content))

    # --- blocks -------------------------------------------------------------------------

    def on_heading_open(self, token: Token) -> None:
        level = min(int(token.tag[1:]), 7)
        if level == 1 and not self._titled:
            self._titled = True
            self._chapter_break = True
            self.paragraph = self._add(self.styles.title())
            self.paragraph.properties = _with_property(self.paragraph.properties, _NO_HYPHENS)
            self._heading = (0, self.paragraph)
            return
        word_level = max(level - 1, 1)  # chapters (level 2) are Word's Heading 1
        style = self._headings.get(word_level)
        if style is None:
            style = self.styles.get(f"Heading {word_level}") if word_level > 4 else None
            style = style or self.styles.heading(min(word_level, 4))
            self._headings[word_level] = style
        if word_level == 1 and self._chapter_break:
            self._chapter_break = False
            self._break_before = True
        self.paragraph = self._add(style)
        # A typesetter does not hyphenate headings.
        self.paragraph.properties = _with_property(self.paragraph.properties, _NO_HYPHENS)
        self._heading = (word_level, self.paragraph)

    def on_heading_close(self, token: Token) -> None:
        if self._heading is not None and self._heading[0] == 0:
            self._subtitle()
        self._heading = None
        self.paragraph = None

    def _heading_text(self, token: Token) -> list[Token]:
        """The heading's inline children; with Word numbering, without a typed number.

        A chapter without a typed number (an annex) stays unnumbered, and so do its
        sections, when Word numbers the headings."""
        assert self._heading is not None
        level, paragraph = self._heading
        children = list(token.children or [])
        if not self._numbered or level == 0:
            return children
        typed = bool(_TYPED_NUMBER.match(token.content))
        if level == 1:
            self._in_numbered_chapter = typed
        if not self._in_numbered_chapter:
            paragraph.properties = _with_property(paragraph.properties, _NO_NUMBER)
        if typed and children and children[0].type == "text":
            first = children[0]
            stripped = _TYPED_NUMBER.sub("", first.content, count=1)
            children[0] = Token("text", "", 0, content=stripped)
            del first
        return children

    def _subtitle(self) -> None:
        """Below the title: the date the document speaks for, in the Subtitle style."""
        if self.as_of is None:
            return
        from intstrat.i18n.formats import formats

        text = translator(self.lang).gettext(
            "Version of {date}", date=formats(self.lang).date(self.as_of)
        )
        self._add(self.styles.subtitle()).content.append(wordml.run(layout.typeset(text)))

    def on_paragraph_open(self, token: Token) -> None:
        if self.table is not None:
            return
        if self.lists:
            state = self.lists[-1]
            style_id = self._style_id(self._style_cache["list"])
            if state.paragraph_in_item == 0:
                properties = wordml.paragraph_properties(
                    style_id, numbering=(state.level, state.num_id)
                )
            else:
                # A further paragraph of an item: unnumbered, at the item's text indent.
                item_indent = (state.level + 1) * LIST_INDENT_TWIPS
                properties = wordml.paragraph_properties(style_id, indent=(item_indent, None))
            state.paragraph_in_item += 1
            self.paragraph = self._add_properties(properties)
            return
        if self.quote_depth:
            quote = self._style_cache["quote"]
            if quote is None:
                style_id = self._style_id(self._style_cache["body"])
                indent = (QUOTE_INDENT_TWIPS * self.quote_depth, QUOTE_INDENT_TWIPS)
                self.paragraph = self._add_properties(
                    wordml.paragraph_properties(style_id, indent=indent)
                )
            else:
                self.paragraph = self._add(quote)
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
        if self._heading is not None:
            self._inline(self.paragraph, self._heading_text(token))
            return
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
        self.blocks.append(
            '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" '
            'w:color="auto"/></w:pBdr></w:pPr></w:p>'
        )

    def on_html_block(self, token: Token) -> None:
        marker = token.content.strip().lower()
        if marker == "<!-- pagebreak -->":
            # The next paragraph starts the page: no empty paragraph (a blank page when
            # the break falls at a page's end).
            self._break_before = True
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
        extents = [
            [
                self._extent(inline, index < state.header_rows) if inline is not None else None
                for inline, _ in row
            ]
            for index, row in enumerate(cells)
        ]
        size = self._table_font[1]
        fit = layout.fit_table(extents, columns, self._block_twips, size, self._cell_margin)
        if fit.fits or columns < 3:
            self._table(cells, extents, state.header_rows, list(range(columns)), fit)
            return
        # Too many columns for the page even in small text (a criteria matrix of dozens of
        # candidates): the columns are set in groups, one table each, every group repeating
        # the first column, which names the rows.
        groups = layout.column_groups(
            extents, columns, self._block_twips, self._cell_margin, size
        )
        for number, group in enumerate(groups):
            if number:
                self.blocks.append(f"<w:p>{self._cell_paragraph(None)}</w:p>")
            part = [[row[i] for i in group if i < len(row)] for row in cells]
            part_extents = [[row[i] for i in group if i < len(row)] for row in extents]
            fit = layout.fit_table(part_extents, len(group), self._block_twips, size,
                                   self._cell_margin)
            self._table(part, part_extents, state.header_rows, group, fit)

    def _table(
        self, cells: list[list[tuple[Token | None, str | None]]],
        extents: list[list[layout.CellExtent | None]], header_rows: int,
        group: list[int], fit: layout.TableFit,
    ) -> None:
        columns = len(group)
        size = self._table_font[1]
        widths = fit.widths
        parts = [wordml.table_open(
            self._table_style_id, self._table_borders, widths,
            fit.margin if fit.margin != self._cell_margin else None,
        )]
        direct_header = not self._header_from_style
        # A table too wide in the style's size is set smaller, in this table only.
        self._table_half_points = round(fit.size * 2) if fit.size != size else None
        self.in_table = True
        for index, row_cells in enumerate(cells):
            header = index < header_rows
            parts.append(wordml.HEADER_ROW if header else wordml.ROW)
            fill = HEADER_FILL if header and direct_header else None
            if header:
                self.bold += 1  # measured bold: a header row's text is bold either way
            for width, (inline, align) in zip(widths, row_cells, strict=False):
                paragraph = _Paragraph(self._cell_paragraph(align if align in _ALIGN else None))
                if inline is not None:
                    if header and not direct_header:
                        self.bold -= 1
                        self._inline(paragraph, inline.children or [])
                        self.bold += 1
                    else:
                        self._inline(paragraph, inline.children or [])
                parts.append(wordml.cell(width, paragraph.xml(), fill=fill))
            if header:
                self.bold -= 1
            parts.extend(
                wordml.cell(widths[i], f"<w:p>{self._cell_paragraph(None)}</w:p>")
                for i in range(len(row_cells), columns)
            )
            parts.append("</w:tr>")
        self.in_table = False
        self._table_half_points = None
        parts.append("</w:tbl>")
        self.blocks.append(self._break_table("".join(parts)))

    def _cell_paragraph(self, align: str | None) -> str:
        properties = self._cell_properties.get(align)
        if properties is None:
            properties = wordml.paragraph_properties(
                self._style_id(self._style_cache["table_text"]), align=align
            )
            self._cell_properties[align] = properties
        return properties

    def _break_table(self, markup: str) -> str:
        """A page break asked for before a table goes on its first paragraph."""
        if not self._break_before:
            return markup
        self._break_before = False
        at = markup.index("<w:p>") + len("<w:p>")
        head, tail = markup[:at], markup[at:]
        if tail.startswith("<w:pPr>"):
            end = tail.index("</w:pPr>")
            return head + _with_property(tail[:end + len("</w:pPr>")], _PAGE_BREAK) + tail[
                end + len("</w:pPr>"):]
        return head + f"<w:pPr>{_PAGE_BREAK}</w:pPr>" + tail

    def _extent(self, inline: Token, bold_row: bool) -> layout.CellExtent:
        """How wide a cell's text is at least (its widest word) and at most (one line)."""
        runs: list[tuple[str, bool]] = []
        bold = 1 if bold_row else 0
        for child in inline.children or []:
            kind = child.type
            if kind == "text":
                runs.append((layout.typeset(child.content), bold > 0))
            elif kind == "code_inline":
                runs.append((child.content, bold > 0))
            elif kind == "softbreak":
                runs.append((" ", bold > 0))
            elif kind == "hardbreak" or (
                kind == "html_inline" and child.content.lower().startswith("<br")
            ):
                runs.append(("\n", bold > 0))
            elif kind == "strong_open":
                bold += 1
            elif kind == "strong_close":
                bold -= 1
        return layout.cell_extent(runs, self._measure)

    def _measure(self, text: str, bold: bool) -> int:
        key = (text, bold)
        width = self._widths.get(key)
        if width is None:
            family, size = self._table_font
            width = fonts.measure(family, bold).width(text, size)
            self._widths[key] = width
        return width

    # --- inline -------------------------------------------------------------------------

    def _inline(self, paragraph: _Paragraph, children: Sequence[Token]) -> None:
        for child in children:
            kind = child.type
            if kind == "text":
                self._run(paragraph, layout.typeset(child.content))
            elif kind == "softbreak":
                self._run(paragraph, " ")
            elif kind == "hardbreak":
                self._run(paragraph, "", tail="<w:br/>")
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
                self._run(paragraph, child.content, code=True)
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
                    self._run(paragraph, "", tail="<w:br/>")
            elif child.content:
                self._run(paragraph, child.content)

    def _run(self, paragraph: _Paragraph, text: str, code: bool = False, tail: str = "") -> None:
        """A run formatted as the open emphasis, link and table say; inside an open link."""
        style = None
        font = None
        if self.link is not None:
            if self._hyperlink_style is None:
                self._hyperlink_style = self.styles.hyperlink()
            style = self._hyperlink_style.style_id
        if code:
            # Inline code takes the reference's code style, else a monospaced font.
            code_char = self._style_cache["code_char"]
            if code_char is not None:
                style = code_char.style_id
            else:
                font = MONO_FONT
        properties = wordml.run_properties(
            style, font, self.bold > 0, self.italic > 0, self.strike > 0,
            self._table_half_points if self.in_table else None,
        )
        markup = wordml.run(text, properties, tail)
        if self.link is not None:
            self.link.runs.append(markup)
        else:
            paragraph.content.append(markup)

    def _hyperlink(self, paragraph: _Paragraph, href: str) -> _Hyperlink:
        if href.startswith("#"):
            attributes = f'w:anchor="{wordml.escape(href[1:])}"'
        else:
            rel_id = self.document.part.relate_to(href, RT.HYPERLINK, is_external=True)
            attributes = f'r:id="{rel_id}"'
        link = _Hyperlink(attributes)
        paragraph.content.append(link)
        return link

    # --- helpers ------------------------------------------------------------------------

    def _style_id(self, style: Any) -> str | None:
        """The id a paragraph names for `style`; None for none or the default style."""
        if style is None or _is_default(style):
            return None
        return str(style.style_id)

    def _add(self, style: Any) -> _Paragraph:
        """A new body paragraph in `style`."""
        if style is None:
            return self._add_properties("")
        properties = self._properties.get(style.style_id)
        if properties is None:
            properties = wordml.paragraph_properties(self._style_id(style))
            self._properties[style.style_id] = properties
        return self._add_properties(properties)

    def _add_properties(self, properties: str) -> _Paragraph:
        if self._break_before:
            self._break_before = False
            properties = _with_property(properties, _PAGE_BREAK)
        paragraph = _Paragraph(properties)
        self.blocks.append(paragraph)
        return paragraph

    def _new_paragraph(self) -> _Paragraph:
        return self._add(self._style_cache["body"])

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
        _add_abstract(root, abstract_id, "hybridMultilevel", levels)
        self._abstract_ids[ordered] = abstract_id
        return abstract_id

    def _code(self, content: str) -> None:
        style = self._style_cache["code"]
        # Without a code style in the reference, each line is set in a monospaced font.
        properties = "" if style else wordml.run_properties(font=MONO_FONT, half_points=18)
        for line in content.rstrip("\n").split("\n"):
            self._add(style or self._style_cache["compact"]).content.append(
                wordml.run(line, properties)
            )

    def _toc(self) -> None:
        """A heading and a TOC field; on a page of its own after a title page.

        The field holds a hint until Word updates it (`updateFields` asks Word to on open);
        `--format pdf` has LibreOffice fill it."""
        tr = translator(self.lang)
        self.has_toc = True
        heading = self._add(self.styles.toc_heading())
        # Not in the TOC itself, and never numbered by a heading style it is based on.
        heading.properties = _with_property(heading.properties, '<w:outlineLvl w:val="9"/>')
        if self._numbered:
            heading.properties = _with_property(heading.properties, _NO_NUMBER)
        if self._titled:
            heading.properties = _with_property(heading.properties, _PAGE_BREAK)
            self._chapter_break = True
        heading.content.append(wordml.run(tr.gettext("Contents")))
        text = tr.gettext("Table of contents: update the field (F9 in Word) to fill it.")
        self.blocks.append(
            '<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{wordml.run(text)}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        )

    def _number_heading_styles(self) -> None:
        """Word numbering for Heading 1-3 ("1", "1.1", "1.1.1"), linked to the styles."""
        root = self._numbering_root()
        used = [int(a.get(qn("w:abstractNumId"))) for a in root.findall(qn("w:abstractNum"))]
        abstract_id = max(used, default=0) + 10
        styles = [self.styles.heading(level) for level in (1, 2, 3)]
        levels = []
        for lvl, style in enumerate(styles):
            text = ".".join(f"%{n + 1}" for n in range(lvl + 1))
            levels.append(
                f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                f'<w:pStyle w:val="{wordml.escape(style.style_id)}"/>'
                f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                "</w:lvl>"
            )
        _add_abstract(root, abstract_id, "multilevel", levels)
        self._next_num_id += 1
        num_id = self._next_num_id
        root.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        ))
        for lvl, style in enumerate(styles):
            p_pr = style.element.get_or_add_pPr()
            num_pr = wordml.set_child(p_pr, "numPr", wordml.P_PR_ORDER)
            for child in list(num_pr):
                num_pr.remove(child)
            num_pr.append(parse_xml(f'<w:ilvl {nsdecls("w")} w:val="{lvl}"/>'))
            num_pr.append(parse_xml(f'<w:numId {nsdecls("w")} w:val="{num_id}"/>'))

    def _gantt(self, sections: list[gantt.Section]) -> None:
        """The timeline as a table: periods as columns, shaded cells where a task runs.

        Written as markup: a section's title spans the row through `w:gridSpan`, where
        python-docx's cell merge walked the whole grid for every bar.
        """
        periods = gantt.periods(sections, self.lang)
        # The task names get a third of the width; the periods share the rest.
        total_width = self._block_width
        first = total_width // 3
        rest = (total_width - first) // max(len(periods), 1)
        first_tw, rest_tw = wordml.twips(first), wordml.twips(rest)
        columns = len(periods) + 1
        small_bold = wordml.run_properties(bold=True, half_points=GANTT_HALF_POINTS)
        small = wordml.run_properties(half_points=GANTT_HALF_POINTS)
        empty_cell = wordml.cell(rest_tw, "<w:p/>")
        # A period label wider than its column wraps at its space ("2025" / "H1"); one
        # that cannot ("2026-05") is set bottom to top, never broken.
        family = self._table_font[0]

        def gantt_width(text: str, bold: bool) -> int:
            return fonts.measure(family, bold).width(text, GANTT_HALF_POINTS / 2)

        label_width = max(
            (layout.cell_extent([(layout.typeset(p.label), True)], gantt_width).min_content
             for p in periods),
            default=0,
        )
        vertical = label_width + layout.CELL_MARGINS_TWIPS > rest_tw
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
        grid = [first_tw] + [rest_tw] * len(periods)
        parts = [wordml.table_open(self._table_style_id, self._table_borders, grid)]
        parts.append(wordml.HEADER_ROW)
        for index, label in enumerate(["", *(p.label for p in periods)]):
            width = first_tw if index == 0 else rest_tw
            body = f"<w:p>{wordml.run(layout.typeset(label), small_bold)}</w:p>"
            parts.append(
                wordml.cell(width, body, fill=HEADER_FILL, vertical=vertical and index > 0)
            )
        parts.append("</w:tr>")
        span_width = first_tw + rest_tw * len(periods)
        for section in sections:
            body = f"<w:p>{wordml.run(section.title, small_bold)}</w:p>"
            parts.append(f"{wordml.ROW}{wordml.cell(span_width, body, span=columns)}</w:tr>")
            for task in section.tasks:
                parts.append(wordml.ROW)
                parts.append(wordml.cell(first_tw, f"<w:p>{wordml.run(task.title, small)}</w:p>"))
                for period in periods:
                    if task.start <= period.end and task.end >= period.start:
                        parts.append(bars[(task.done, task.milestone)])
                    else:
                        parts.append(empty_cell)
                parts.append("</w:tr>")
        parts.append("</w:tbl>")
        self.blocks.append(self._break_table("".join(parts)))


_PAGE_BREAK = "<w:pageBreakBefore/>"
_NO_NUMBER = '<w:numPr><w:numId w:val="0"/></w:numPr>'
_NO_HYPHENS = "<w:suppressAutoHyphens/>"
_P_PR_RANK = {name: rank for rank, name in enumerate(wordml.P_PR_ORDER)}
_TAG = re.compile(r"<w:(\w+)")
_CHILD = re.compile(r"<w:\w+[^>]*?/>|<w:\w+[^>]*>.*?</w:\w+>")


def _with_property(properties: str, element: str) -> str:
    """A `w:pPr` string with `element` added in its schema place (a no-op if present)."""
    name = _TAG.match(element).group(1)  # type: ignore[union-attr]
    if not properties:
        return f"<w:pPr>{element}</w:pPr>"
    if f"<w:{name}" in properties:
        return properties
    rank = _P_PR_RANK[name]
    inner = properties[len("<w:pPr>"):-len("</w:pPr>")]
    # The children are empty or one level deep (numPr): split at the top-level tags.
    pieces = _CHILD.findall(inner)
    out = []
    placed = False
    for piece in pieces:
        piece_name = _TAG.match(piece).group(1)  # type: ignore[union-attr]
        if not placed and _P_PR_RANK.get(piece_name, 0) > rank:
            out.append(element)
            placed = True
        out.append(piece)
    if not placed:
        out.append(element)
    return f"<w:pPr>{''.join(out)}</w:pPr>"


def _style_chain(style: Any) -> list[Any]:
    chain = []
    seen = set()
    while style is not None and id(style) not in seen:
        seen.add(id(style))
        chain.append(style)
        style = style.base_style
    return chain


def _formats_first_row(style: Any) -> bool:
    """The table style (or one it is based on) has its own look for the header row."""
    return any(
        s.element.find(f"{qn('w:tblStylePr')}[@{qn('w:type')}='firstRow']") is not None
        for s in _style_chain(style)
    )


def _cell_margin(style: Any) -> int:
    """The left cell margin (twips) the table style sets, else Word's default."""
    for s in _style_chain(style):
        left = s.element.find(
            f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:left')}"
        )
        if left is None:
            left = s.element.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:start')}")
        if left is not None and (left.get(qn("w:w")) or "").isdigit():
            return int(left.get(qn("w:w")))
    return layout.CELL_MARGIN_TWIPS


def _numbers_headings(styles: Styles) -> bool:
    """The reference numbers its Heading 1 through the style (a `w:numPr` with a number)."""
    heading = styles.get("Heading 1")
    for style in _style_chain(heading):
        num_id = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None:
            return num_id.get(qn("w:val")) not in (None, "0")
    return False


def _font_of(document: Any, style: Any) -> tuple[str, float]:
    """The Latin font and size (half-points) text in `style` is set in: the style chain,
    then the document defaults, then the theme's body font."""
    family: str | None = None
    theme_slot: str | None = None
    size: int | None = None
    r_pr_default = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"
    )
    for r_pr in [s.element.find(qn("w:rPr")) for s in _style_chain(style)] + [r_pr_default]:
        if r_pr is None:
            continue
        fonts_element = r_pr.find(qn("w:rFonts"))
        if family is None and theme_slot is None and fonts_element is not None:
            family = fonts_element.get(qn("w:ascii")) or fonts_element.get(qn("w:hAnsi"))
            theme_slot = fonts_element.get(qn("w:asciiTheme")) or fonts_element.get(
                qn("w:hAnsiTheme")
            )
        size_element = r_pr.find(qn("w:sz"))
        if size is None and size_element is not None:
            value = size_element.get(qn("w:val")) or ""
            size = int(value) if value.isdigit() else None
    if family is None:
        family = _theme_font(document, "major" if (theme_slot or "").startswith("major")
                             else "minor")
    return family or "Times New Roman", float(size or DEFAULT_HALF_POINTS)


def _theme_font(document: Any, slot: str) -> str | None:
    try:
        theme = document.part.part_related_by(RT.THEME).blob.decode("utf-8", "replace")
    except (KeyError, AttributeError):
        return None
    match = re.search(rf"<a:{slot}Font>\s*<a:latin typeface=\"([^\"]*)\"", theme)
    return match.group(1) if match and match.group(1) else None


def _fill_body(document: Any, markup: list[str]) -> None:
    """Put `markup` at the end of the body, before its final `w:sectPr` (the page setup).

    The document part is parsed again with the markup in place. Appending the parsed
    elements instead would move them from one lxml document into another, which costs
    time quadratic in the size of a table (13 s for a strategy with 100x the example's
    content, against 0.4 s for the parse).
    """
    root = document.element
    body = root.body
    final = body[-1] if len(body) else None
    if final is None or final.tag != qn("w:sectPr"):
        final = None
    if root.nsmap.get("w") != wordml.W_NS or root.nsmap.get("r") != wordml.R_NS:
        # A reference that names the namespaces differently: the markup's prefixes would not
        # resolve in it, so its elements are parsed on their own and moved in.
        for element in wordml.parse_blocks("".join(markup)):
            if final is not None:
                final.addprevious(element)
            else:
                body.append(element)
        return
    placeholder = etree.Comment(_BODY_PLACEHOLDER)
    if final is not None:
        final.addprevious(placeholder)
    else:
        body.append(placeholder)
    head, tail = etree.tostring(root, encoding="unicode").split(f"<!--{_BODY_PLACEHOLDER}-->")
    filled = wordml.parse_own("".join([head, *markup, tail]))  # one copy, any size
    # python-docx keeps the root in the part (which saves it) and in the Document proxy.
    document.part._element = filled
    document._element = filled


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


def set_properties(document: Any, facts: RenderFacts) -> None:
    """Title, author, subject, keywords, language and dates of the document."""
    props = document.core_properties
    # A YAML escape such as "\f" can put a control character into a name; XML cannot hold it.
    def safe(value: str) -> str:
        # python-docx refuses a core property of more than 255 characters.
        return wordml.xml_safe(value)[:255]

    props.title = safe(facts.title)
    props.author = safe(facts.author)
    props.last_modified_by = safe(facts.author)
    props.subject = safe(facts.subject)
    props.keywords = safe(facts.keywords)
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


MAX_DOCX_PARTS = 250_000
"""Lines and table cells of Markdown one DOCX may be built from. Word markup costs about 4 KB
of memory per paragraph or cell while it is built (10,000 partner candidates, 220,000 parts:
780 MB); past this the document would pass 1 GB, so `--format md` is the way."""


def docx_parts(markdown: str) -> int:
    """Lines plus table cells (unescaped pipes): what the memory of a DOCX build grows with."""
    return markdown.count("\n") + markdown.count("|") - markdown.count("\\|")


@dataclass(frozen=True)
class PageOptions:
    """How the pages are set: `paper` "a4" or "letter" (None: A4 for the bundled default,
    the reference's own size otherwise); `number_headings` has Word number the headings."""

    paper: str | None = None
    number_headings: bool = False


def build_docx(
    markdown: str, facts: RenderFacts, reference: Any = None, lang: str = "en",
    page: PageOptions | None = None, bundled: bool | None = None,
) -> bytes:
    """The DOCX bytes for `markdown`; `reference` is an emptied Document or None;
    `bundled` says it is python-docx's default (None: when `reference` is None)."""
    from intstrat.i18n.formats import formats
    from intstrat.render.reference import open_document

    page = page or PageOptions()
    default = reference is None if bundled is None else bundled
    document = reference if reference is not None else open_document(None)
    pages.set_paper(document, page.paper, default)
    pages.add_page_numbers(document)
    builder = DocxBuilder(document, lang, number_headings=page.number_headings, as_of=facts.as_of)
    builder.build(markdown)
    set_properties(document, facts)
    pages.set_settings(document, facts.language, formats(lang).decimal,
                       update_fields=builder.has_toc)
    stream = io.BytesIO()
    document.save(stream)
    return _reproducible(stream.getvalue(), facts.as_of)


def _reproducible(package: bytes, when: dt.date) -> bytes:
    """The same input gives the same bytes: zip entries stamped with the as-of date, not now.

    A zip timestamp holds the years 1980 to 2107; a date outside is stamped with the nearest.
    """
    if when.year < 1980:
        stamp = (1980, 1, 1, 12, 0, 0)
    elif when.year > 2107:
        stamp = (2107, 12, 31, 12, 0, 0)
    else:
        stamp = (when.year, when.month, when.day, 12, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = pages.package_part(info.filename, source.read(info.filename))
            if data is None:
                continue
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)
    return out.getvalue()


def _add_abstract(root: Any, abstract_id: int, kind: str, levels: list[str]) -> None:
    """A `w:abstractNum` of these levels in the numbering part, before the first `w:num`
    (Word requires every abstractNum before the first num)."""
    element = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="{kind}"/>{"".join(levels)}</w:abstractNum>'
    )
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(element)
    else:
        root.append(element)
