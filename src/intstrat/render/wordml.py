"""WordprocessingML as text: runs, paragraph and cell properties in schema order, escaped.

The DOCX builder writes the body as markup and parses it once: python-docx's element API
searches an element's children in schema order on every property it sets, which made
setting a font size or merging a Gantt bar most of the time a render took. The markup here
is what python-docx writes for the same calls, element for element and in the same order,
so Word, LibreOffice and pandoc read the document as before.
"""

from __future__ import annotations

import functools
import re
from functools import lru_cache
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
EMUS_PER_TWIP = 635

_BREAKS = re.compile(r"([\t\r\n])")
# XML 1.0 forbids these; python-docx refused them with a ValueError deep in lxml.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """Text as XML character data (also safe inside a double-quoted attribute)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


def xml_safe(text: str) -> str:
    """`text` without the control characters XML cannot hold."""
    return _NOT_XML.sub("", text)


def twips(emu: int) -> int:
    """A length in EMU as whole twips, rounded as python-docx rounds (`Length.twips`)."""
    return round(emu / float(EMUS_PER_TWIP))


def _text(text: str) -> str:
    preserve = ' xml:space="preserve"' if len(text.strip()) < len(text) else ""
    return f"<w:t{preserve}>{escape(text)}</w:t>"


def content(text: str) -> str:
    """The inner content of a run for `text`: tabs and line breaks become their elements."""
    if not text:
        return ""
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return _text(text)
    parts = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            parts.append("<w:br/>")
        elif piece:
            parts.append(_text(piece))
    return "".join(parts)


@lru_cache(maxsize=256)
def run_properties(
    style: str | None = None,
    font: str | None = None,
    bold: bool = False,
    italic: bool = False,
    strike: bool = False,
    half_points: int | None = None,
) -> str:
    """A `w:rPr` with its children in schema order, or "" when the run has no formatting."""
    parts = []
    if style is not None:
        parts.append(f'<w:rStyle w:val="{escape(style)}"/>')
    if font is not None:
        name = escape(font)
        parts.append(f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if strike:
        parts.append("<w:strike/>")
    if half_points is not None:
        parts.append(f'<w:sz w:val="{half_points}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text: str, properties: str = "", tail: str = "") -> str:
    """A `w:r`: its properties, its text, then `tail` (a break, for instance)."""
    return f"<w:r>{properties}{content(text)}{tail}</w:r>"


def paragraph_properties(
    style: str | None = None,
    numbering: tuple[int, int] | None = None,
    indent: tuple[int, int | None] | None = None,
    align: str | None = None,
    *,
    keep_next: bool = False,
    page_break_before: bool = False,
    outline_level: int | None = None,
) -> str:
    """A `w:pPr` in schema order (`P_PR_ORDER`); `numbering` is (level, numId), `indent`
    (left, right) twips; numId 0 takes a numbered style's number away."""
    parts = []
    if style is not None:
        parts.append(f'<w:pStyle w:val="{escape(style)}"/>')
    if keep_next:
        parts.append("<w:keepNext/>")
    if page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if numbering is not None:
        level, num_id = numbering
        parts.append(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    if indent is not None:
        left, right = indent
        right_attr = f' w:right="{right}"' if right is not None else ""
        parts.append(f'<w:ind w:left="{left}"{right_attr}/>')
    if align is not None:
        parts.append(f'<w:jc w:val="{align}"/>')
    if outline_level is not None:
        parts.append(f'<w:outlineLvl w:val="{outline_level}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def shading(fill: str) -> str:
    return f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'


def cell(
    width_twips: int, body: str, fill: str | None = None, span: int = 1,
    vertical: bool = False,
) -> str:
    """A `w:tc` of one paragraph (`body` is the whole `w:p`), shaded and spanning if asked;
    `vertical` sets its text bottom to top (a label wider than its column)."""
    extra = ""
    if span > 1:
        extra = f'<w:gridSpan w:val="{span}"/>'
    if fill is not None:
        extra += shading(fill)
    if vertical:
        extra += '<w:textDirection w:val="btLr"/>'
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width_twips}"/>{extra}</w:tcPr>{body}</w:tc>'


ROW = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
"""A row that fits on a page is not split across two."""
HEADER_ROW = '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
"""A header row: repeated on every page the table runs over."""
TABLE_LOOK = (
    '<w:tblLook w:firstColumn="0" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
    'w:noHBand="0" w:noVBand="1" w:val="0420"/>'
)
BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def table_open(
    style_id: str | None, borders: bool, column_twips: list[int],
    cell_margin: int | None = None,
) -> str:
    """The start of a `w:tbl` up to its grid (`w:tblPr` in `TBL_PR_ORDER`); rows follow,
    then `</w:tbl>`. The layout is fixed: the grid's measured widths are the widths;
    `cell_margin` (twips, left and right) replaces the style's."""
    style = f'<w:tblStyle w:val="{escape(style_id)}"/>' if style_id is not None else ""
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in column_twips)
    margins = ""
    if cell_margin is not None:
        margins = (
            f'<w:tblCellMar><w:left w:w="{cell_margin}" w:type="dxa"/>'
            f'<w:right w:w="{cell_margin}" w:type="dxa"/></w:tblCellMar>'
        )
    return (
        f'<w:tbl><w:tblPr>{style}<w:tblW w:type="dxa" w:w="{sum(column_twips)}"/>'
        f'{BORDERS if borders else ""}<w:tblLayout w:type="fixed"/>{margins}{TABLE_LOOK}'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    )


# The children of these elements in the order the WordprocessingML schema (ECMA-376 part 1,
# wml.xsd) requires; Word refuses a document, or drops the property, when it is broken.
P_PR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
    "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)
R_PR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
)
TBL_PR_ORDER = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange",
)
TC_PR_ORDER = (
    "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
    "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
    "cellMerge", "tcPrChange",
)
SECT_PR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
    "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
    "printerSettings", "sectPrChange",
)
SETTINGS_ORDER = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
    "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
    "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter",
    "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle",
    "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
    "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
    "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
    "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
    "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
    "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars",
    "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema",
    "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt",
    "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults",
    "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
    "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator",
)


def set_child(parent: Any, name: str, order: tuple[str, ...], **attributes: str) -> Any:
    """The `w:<name>` child of `parent` with `attributes`, made and put in its schema place
    (before the first child that `order` names later) if missing."""
    tag = f"{{{W_NS}}}{name}"
    element = parent.find(tag)
    if element is None:
        element = parent.makeelement(tag, {})
        rank = order.index(name)
        later = {f"{{{W_NS}}}{n}" for n in order[rank + 1:]}
        for child in parent:
            if child.tag in later:
                child.addprevious(element)
                break
        else:
            parent.append(element)
    for key, value in attributes.items():
        element.set(f"{{{W_NS}}}{key}", value)
    return element


def parse_own(xml: str) -> Any:
    """Markup intstrat wrote itself, parsed into python-docx's classes.

    python-docx's parser keeps lxml's limits (no text node over 10 MB), right for a reference
    from anywhere but not for a strategy's own 10 MB text field, escaped by `run()`: this
    parser lifts them (`huge_tree`) and, like python-docx's, resolves no entities.
    """
    return etree.fromstring(xml, _own_parser())


@functools.cache
def _own_parser() -> Any:
    from docx.oxml.parser import element_class_lookup

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, huge_tree=True)
    parser.set_element_class_lookup(element_class_lookup)
    return parser


def parse_blocks(markup: str) -> list[Any]:
    """Body-level elements (paragraphs, tables) from their markup, as python-docx's classes.

    python-docx's parser drops blank text between elements only; a `w:t` holding just a
    space keeps it (its only child, and marked `xml:space="preserve"`).
    """
    wrapper = parse_own(f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{markup}</w:body>')
    return list(wrapper)
