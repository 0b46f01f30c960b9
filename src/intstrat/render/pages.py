"""The page and package around the body: paper size, page numbers, settings, metadata.

The bundled default is A4 with page numbers in the footer, whatever python-docx's template
says (US Letter, no footer); a reference document keeps its own page setup, headers and
footers, and gets page numbers only when it has no footer at all. `--paper` sets the size
either way. Settings turn automatic hyphenation on and give the document language's decimal
sign and list separator; the package names intstrat as the application that wrote it and
carries no thumbnail (python-docx's template ships a picture of an empty page).
"""

from __future__ import annotations

import re
from typing import Any

from intstrat.render import wordml

# Paper sizes in twips (width, height), portrait.
PAPER = {"a4": (11906, 16838), "letter": (12240, 15840)}
MARGIN_TWIPS = 1418  # 2.5 cm
BOTTOM_MARGIN_TWIPS = 1134  # 2 cm
FOOTER_TWIPS = 567  # 1 cm from the page's edge

APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Application>intstrat</Application><DocSecurity>0</DocSecurity>'
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
_THUMBNAIL_REL = re.compile(rb"<Relationship\b[^>]*metadata/thumbnail[^>]*/>")


def set_paper(document: Any, paper: str | None, default: bool) -> None:
    """A4 for the bundled default, `paper` when asked; a reference keeps its size otherwise.

    A reference in landscape stays in landscape at the new size."""
    if paper is None and not default:
        return
    width, height = PAPER[paper or "a4"]
    for section in document.sections:
        landscape = section.page_width is not None and section.page_height is not None and (
            section.page_width > section.page_height
        )
        sect_pr = section._sectPr
        size = wordml.set_child(sect_pr, "pgSz", wordml.SECT_PR_ORDER)
        if landscape:
            width, height = height, width
        size.set(f"{{{wordml.W_NS}}}w", str(width))
        size.set(f"{{{wordml.W_NS}}}h", str(height))
        if landscape:
            size.set(f"{{{wordml.W_NS}}}orient", "landscape")
        if default:
            wordml.set_child(
                sect_pr, "pgMar", wordml.SECT_PR_ORDER,
                top=str(MARGIN_TWIPS), right=str(MARGIN_TWIPS), bottom=str(BOTTOM_MARGIN_TWIPS),
                left=str(MARGIN_TWIPS), header=str(FOOTER_TWIPS), footer=str(FOOTER_TWIPS),
                gutter="0",
            )


def add_page_numbers(document: Any) -> None:
    """A centred page number in the footer of every section that has no footer."""
    for section in document.sections:
        footer = section.footer
        if not footer.is_linked_to_previous:
            continue
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        styles = {s.name for s in document.styles}
        style = "Footer" if "Footer" in styles else None
        element = paragraph._p
        for child in list(element):
            element.remove(child)
        style_xml = ""
        if style is not None:
            style_id = document.styles[style].style_id
            style_xml = f'<w:pStyle w:val="{wordml.escape(style_id)}"/>'
        markup = (
            f"<w:p><w:pPr>{style_xml}<w:jc w:val=\"center\"/></w:pPr>"
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        )
        (new,) = wordml.parse_blocks(markup)
        element.addprevious(new)
        element.getparent().remove(element)


def set_settings(document: Any, language: str, decimal: str, update_fields: bool) -> None:
    """Hyphenation on, the language's decimal sign, fields updated on open (a TOC), no
    preview picture."""
    settings = document.settings.element
    order = wordml.SETTINGS_ORDER
    wordml.set_child(settings, "autoHyphenation", order, val="true")
    if update_fields:
        wordml.set_child(settings, "updateFields", order, val="true")
    wordml.set_child(settings, "themeFontLang", order, val=language)
    wordml.set_child(settings, "decimalSymbol", order, val=decimal)
    wordml.set_child(settings, "listSeparator", order, val=";" if decimal == "," else ",")
    preview = settings.find(f"{{{wordml.W_NS}}}savePreviewPicture")
    if preview is not None:
        settings.remove(preview)
    # The order also holds where python-docx's template or a reference put them elsewhere.
    for name in ("autoHyphenation", "updateFields", "themeFontLang", "decimalSymbol",
                 "listSeparator"):
        element = settings.find(f"{{{wordml.W_NS}}}{name}")
        if element is None:
            continue
        settings.remove(element)
        wordml.set_child(settings, name, order)
        settings.replace(settings.find(f"{{{wordml.W_NS}}}{name}"), element)


def package_part(name: str, data: bytes) -> bytes | None:
    """A zip member as intstrat writes it: its own app.xml, no thumbnail; None drops it."""
    if name == "docProps/app.xml":
        return APP_XML.encode("utf-8")
    if name.startswith("docProps/thumbnail"):
        return None
    if name == "_rels/.rels":
        return _THUMBNAIL_REL.sub(b"", data)
    return data
