"""The Word file a document starts from: python-docx's default, or the user's corporate template.

Like pandoc's `--reference-doc`, a reference contributes its styles, page setup, headers and
footers; its body text is dropped. The last `w:sectPr` of the body holds the page setup and the
links to headers and footers, so it is the one element kept.

A reference is a zip file from anywhere, so it is checked before python-docx inflates any of
it: at most `MAX_MEMBERS` members, none larger than `MAX_MEMBER` bytes once inflated, all
together at most `MAX_TOTAL`, none inflating more than `MAX_RATIO` times (a "zip bomb"), no
XML part with a DTD (Word never writes one; entity declarations are how an XML bomb
expands). What only the dropped body used (its images, media, embedded objects, charts) is
left out before python-docx reads the package, so it is neither inflated nor copied into the
output. python-docx parses with entity resolution off and lxml's size limits (no huge tree).
Then the parts the builder relies on are checked, so a malformed one is named instead of
failing somewhere inside the build.
"""

from __future__ import annotations

import copy
import io
import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any

from intstrat.errors import UsageError
from intstrat.i18n import N_

MAX_MEMBERS = 1000
MAX_MEMBER = 32 * 1024 * 1024
MAX_TOTAL = 128 * 1024 * 1024
MAX_RATIO = 100
"""Inflated size over stored size, for members of more than `_SMALL` bytes (XML compresses
about 10:1, an image not at all; a bomb by thousands)."""
_SMALL = 1024 * 1024

# Relationships of the document part that only the body uses: dropped with the body.
_BODY_ONLY = re.compile(
    r"/(image|oleObject|package|video|audio|media|chart|diagram\w*|control|hyperlink"
    r"|customXml|comments\w*|glossaryDocument|metadata/thumbnail)$"
)
_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*?/>|<Relationship\b.*?</Relationship>", re.S)
_ATTRIBUTE = re.compile(rb'(\w+)\s*=\s*"([^"]*)"')
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_DOCUMENT_RELS = "word/_rels/document.xml.rels"
_PACKAGE_RELS = "_rels/.rels"


class ReferenceError_(UsageError):
    """A reference document that is missing or not a readable .docx file."""


class MalformedReference(ReferenceError_):
    """A part of the reference that python-docx reads but the builder cannot use."""

    def __init__(self, path: Path, part: str, detail: str, **args: Any) -> None:
        self.detail = detail
        self.detail_args = args
        super().__init__(_MALFORMED, path=path, part=part, reason=detail.format(**args))

    def text(self, lang: str) -> str:
        from intstrat.i18n import translator

        tr = translator(lang)
        reason = tr.gettext(self.detail, **self.detail_args)
        return tr.gettext(self.message, **{**self.args_, "reason": reason})


_NOT_DOCX = N_("{path}: not a Word document (.docx): {reason}")
_MALFORMED = N_("{path}: reference document has a malformed {part}: {reason}")


def open_document(reference: Path | None) -> Any:
    """A python-docx Document with an empty body, ready to be filled."""
    import docx
    from docx.oxml.ns import qn

    if reference is None:
        document = docx.Document()
    else:
        if not reference.exists():
            raise ReferenceError_(N_("{path}: reference document not found"), path=reference)
        if not reference.is_file():
            raise ReferenceError_(
                N_("{path}: reference document is not a regular file (a folder, a pipe or a "
                   "device)"),
                path=reference,
            )
        package = _safe_package(reference)
        try:
            document = docx.Document(io.BytesIO(package))
        except Exception as exc:  # python-docx raises its own types for a wrong package
            raise ReferenceError_(_NOT_DOCX, path=reference, reason=exc) from exc
        _check_parts(document, reference)
    body = document.element.body
    final_section = qn("w:sectPr")
    for child in list(body):
        if child.tag != final_section:
            body.remove(child)
    return document


def _safe_package(reference: Path) -> bytes:
    """The reference's zip without what the body alone used, after the size checks."""
    try:
        with zipfile.ZipFile(reference) as archive:
            members = archive.infolist()
            _check_sizes(reference, members)
            names = {m.filename for m in members}
            rewritten: dict[str, bytes] = {}
            dropped: set[str] = set()
            for rels_name, base in ((_DOCUMENT_RELS, "word"), (_PACKAGE_RELS, "")):
                if rels_name in names:
                    rewritten[rels_name], gone = _body_free(archive.read(rels_name), base)
                    dropped |= gone
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for member in members:
                    if member.filename in dropped or member.is_dir():
                        continue
                    data = rewritten.get(member.filename) or archive.read(member)
                    if member.filename.endswith((".xml", ".rels")) and _DTD.search(data):
                        raise ReferenceError_(
                            N_("{path}: reference document refused: {part} declares a DTD "
                               "(entities), which Word documents never do"),
                            path=reference, part=member.filename,
                        )
                    target.writestr(member.filename, data)
            return out.getvalue()
    except ReferenceError_:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, EOFError) as exc:
        raise ReferenceError_(_NOT_DOCX, path=reference, reason=exc) from exc
    except OSError as exc:
        raise ReferenceError_(_NOT_DOCX, path=reference, reason=exc.strerror or exc) from exc


def _check_sizes(reference: Path, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise ReferenceError_(
            N_("{path}: reference document refused: {count} parts (limit {limit})"),
            path=reference, count=len(members), limit=MAX_MEMBERS,
        )
    total = 0
    for member in members:
        size = member.file_size
        total += size
        if size > MAX_MEMBER:
            raise ReferenceError_(
                N_("{path}: reference document refused: {part} inflates to {size} bytes "
                   "(limit {limit})"),
                path=reference, part=member.filename, size=size, limit=MAX_MEMBER,
            )
        if size > _SMALL and size > MAX_RATIO * max(member.compress_size, 1):
            raise ReferenceError_(
                N_("{path}: reference document refused: {part} inflates {ratio} times "
                   "(limit {limit}), a zip bomb?"),
                path=reference, part=member.filename,
                ratio=size // max(member.compress_size, 1), limit=MAX_RATIO,
            )
    if total > MAX_TOTAL:
        raise ReferenceError_(
            N_("{path}: reference document refused: it inflates to {size} bytes "
               "(limit {limit})"),
            path=reference, size=total, limit=MAX_TOTAL,
        )


def _body_free(rels: bytes, base: str) -> tuple[bytes, set[str]]:
    """A relationships part without what only the body used, and the members it pointed to
    (`base`: the folder its relative targets start from)."""
    dropped: set[str] = set()

    def keep(match: re.Match[bytes]) -> bytes:
        attributes = {k.decode(): v.decode("utf-8", "replace")
                      for k, v in _ATTRIBUTE.findall(match.group(0))}
        if not _BODY_ONLY.search(attributes.get("Type", "")):
            return match.group(0)
        if attributes.get("TargetMode") != "External":
            target = attributes.get("Target", "")
            folder = "" if target.startswith("/") else base
            dropped.add(posixpath.normpath(posixpath.join(folder, target.lstrip("/"))))
        return b""

    return _RELATIONSHIP.sub(keep, rels), dropped


def _check_parts(document: Any, reference: Path) -> None:
    """The parts the builder reads, in the shape it reads them; else say which part is wrong."""
    import docx
    from docx.oxml.ns import qn

    def malformed(part: str, detail: str, **args: Any) -> MalformedReference:
        return MalformedReference(reference, part, detail, **args)

    element = document.element
    if element.tag != qn("w:document") or element.find(qn("w:body")) is None:
        raise malformed("word/document.xml", N_("it has no body (w:body)"))
    try:
        styles = document.styles.element
    except Exception as exc:
        raise malformed("word/styles.xml", N_("cannot be read: {error}"),
                        error=str(exc)) from exc
    known = {"paragraph", "character", "table", "numbering", None}
    for style in styles.findall(qn("w:style")):
        kind = style.get(qn("w:type"))
        if kind not in known:
            raise malformed("word/styles.xml", N_("a style of unknown type {kind!r}"),
                            kind=kind)
        if not style.get(qn("w:styleId")):
            raise malformed("word/styles.xml", N_("a style without an id (w:styleId)"))
    try:
        for style in document.styles:
            _ = (style.name, style.type)
    except Exception as exc:
        raise malformed("word/styles.xml", N_("cannot be read: {error}"),
                        error=str(exc)) from exc
    numbering = _numbering(document)
    if numbering is not None:
        for tag, attribute in (("w:num", "w:numId"), ("w:abstractNum", "w:abstractNumId")):
            for item in numbering.findall(qn(tag)):
                value = item.get(qn(attribute)) or ""
                if not value.isdigit() or len(value) > 9:
                    raise malformed(
                        "word/numbering.xml", N_("{attribute} {value!r} is not a number"),
                        attribute=attribute, value=value,
                    )
    body = element.find(qn("w:body"))
    if body.find(qn("w:sectPr")) is None:
        # Valid without one (Word's defaults apply); python-docx's page setup is the same.
        body.append(copy.deepcopy(docx.Document().element.body.find(qn("w:sectPr"))))
    try:
        section = document.sections[-1]
        _ = (section.page_width, section.left_margin, section.right_margin)
        _ = document._block_width
    except Exception as exc:
        raise malformed("word/document.xml", N_("its page setup (w:sectPr): {error}"),
                        error=str(exc)) from exc


def _numbering(document: Any) -> Any:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rel in document.part.rels.values():
        if rel.reltype == RT.NUMBERING and not rel.is_external:
            return rel.target_part.element
    return None
