"""Writes the reference documents the DOCX/PDF tests render with (run it to remake them).

- reference-pandoc.docx: pandoc's own reference.docx (`pandoc --print-default-data-file`).
- reference-numbered.docx: a corporate template on A4 in Liberation Sans with headings in
  DejaVu Serif that Word numbers through the heading styles (1, 1.1, 1.1.1), no "Table Grid",
  a header and a footer with a page number.
- reference-german.docx: what German Word writes: style ids "Standard", "Überschrift1",
  "Titel", "Tabellenraster"... (the names stay Word's English built-in names), US Letter,
  Liberation Serif, a table style with a dark header row, a header and a footer.

    python tests/data/render/make_references.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _pandoc() -> str:
    import pypandoc  # type: ignore[import-untyped]

    return str(pypandoc.get_pandoc_path())


def pandoc_reference(target: Path) -> None:
    subprocess.run(
        [_pandoc(), "-o", str(target), "--print-default-data-file", "reference.docx"],
        check=True,
    )


def _page_number_footer(section: object, text: str) -> None:
    footer = section.footer  # type: ignore[attr-defined]
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.text = text + " – "
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    ))


def _remove_styles(document: object, names: set[str]) -> None:
    styles = document.styles.element  # type: ignore[attr-defined]
    for style in list(styles):
        name = style.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) in names:
            styles.remove(style)


def numbered_reference(target: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "Nordlicht Cluster GmbH · Konzeptpapier"
    _page_number_footer(section, "Nordlicht Cluster GmbH")
    document.add_paragraph("BODY TEXT TO DROP")
    _remove_styles(document, {"Table Grid"})
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10)
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="Heading{lvl + 1}"/>'
        f'<w:lvlText w:val="{".".join(f"%{n + 1}" for n in range(lvl + 1))}"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        for lvl in range(3)
    )
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    ))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
    ))
    for level in (1, 2, 3):
        style = styles[f"Heading {level}"]
        style.font.name = "DejaVu Serif"
        p_pr = style.element.get_or_add_pPr()
        p_pr.insert(0, parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level - 1}"/>'
            '<w:numId w:val="90"/></w:numPr>'
        ))
        # numPr belongs after keepNext/keepLines: put it in its schema place.
        num_pr = p_pr[0]
        later = [c for c in p_pr if c.tag in (qn("w:spacing"), qn("w:outlineLvl"))]
        if later:
            later[0].addprevious(num_pr)
    document.save(str(target))


GERMAN_IDS = {
    "Normal": "Standard", "Heading1": "Überschrift1", "Heading2": "Überschrift2",
    "Heading3": "Überschrift3", "Heading4": "Überschrift4", "Title": "Titel",
    "Subtitle": "Untertitel", "TableGrid": "Tabellenraster", "ListParagraph": "Listenabsatz",
    "TOCHeading": "Inhaltsverzeichnisüberschrift", "Header": "Kopfzeile",
    "Footer": "Fuzeile", "Quote": "Zitat",
}


def german_reference(target: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "Cluster Westfalen e. V. – Strategiepapier"
    _page_number_footer(section, "Seite")
    styles = document.styles
    styles["Normal"].font.name = "Liberation Serif"
    styles["Normal"].font.size = Pt(11)
    grid = styles["Table Grid"]
    grid.element.append(parse_xml(
        f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/>'
        '<w:color w:val="FFFFFF"/></w:rPr><w:tcPr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr></w:tblStylePr>'
    ))
    if "Header" not in [s.name for s in styles]:
        styles.add_style("Header", WD_STYLE_TYPE.PARAGRAPH)
    document.save(str(target))
    _rename_style_ids(target)


def _rename_style_ids(target: Path) -> None:
    """Give the styles German ids, and every reference to them, as German Word does."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(target) as package:
        members = {info.filename: package.read(info.filename) for info in package.infolist()}
    for name in ("word/styles.xml", "word/numbering.xml", "word/document.xml",
                 "word/header1.xml", "word/footer1.xml"):
        if name not in members:
            continue
        root = etree.fromstring(members[name])
        for element in root.iter():
            for attribute in ("styleId", "val"):
                key = f"{{{W}}}{attribute}"
                value = element.get(key)
                local = etree.QName(element).localname
                if value in GERMAN_IDS and (
                    attribute == "styleId"
                    or local in ("basedOn", "next", "link", "pStyle", "rStyle", "tblStyle")
                ):
                    element.set(key, GERMAN_IDS[value])
        members[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                       standalone=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)


def main() -> int:
    pandoc_reference(HERE / "reference-pandoc.docx")
    numbered_reference(HERE / "reference-numbered.docx")
    german_reference(HERE / "reference-german.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
