"""`intstrat upgrade`: a format-1 strategy rewritten as format 2, keeping comments and layout.

The flow: read (`check.source`, the limits and messages of `check`) → plan (`plan.py`: the
decisions, taken on `check`'s reading) → rewrite (`roundtrip.py`: ruamel.yaml's round trip,
carried into the user's text and read back before anything is written) → the notes
(`notes.py`, UP01..UP08, in the look of `check`'s findings, located in the upgraded text).
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intstrat.check.source import STDIN, Source, read_strategy
from intstrat.document import Document, Path_, pointer
from intstrat.findings import FileResult, Finding, RawFinding, Severity
from intstrat.i18n import resolve_language, translator
from intstrat.limits import DEFAULT_MAX_SIZE
from intstrat.upgrade.notes import NOTES, severity
from intstrat.upgrade.plan import NEW_VERSION, Plan
from intstrat.upgrade.roundtrip import UpgradeError, rewrite

__all__ = ["Outcome", "UpgradeError", "UpgradeRequest", "upgrade"]

EXIT_OK = 0
EXIT_CHANGES = 1
"""`--check` and the file would change, or the file cannot be read as a strategy."""

OLD_VERSION = 1


@dataclass(frozen=True)
class UpgradeRequest:
    """What the command line asked for.

    `output` None rewrites `file` in place, "-" writes to standard output. `check` writes
    nothing and only says whether the file would change. `as_of` is the day a date is judged
    against (financing that has started, an agreement already signed); None: today.
    """

    file: str
    output: str | None = None
    check: bool = False
    lang: str | None = None
    as_of: dt.date | None = None
    max_size: int = DEFAULT_MAX_SIZE


@dataclass(frozen=True)
class Outcome:
    """What the command leaves: `text` for standard output, `messages` for standard error."""

    text: str
    messages: str
    exit_code: int
    notes: tuple[Finding, ...] = ()


def _bom(path: str) -> str | None:
    """The codec of a file that starts with a byte order mark, to write it back the same way."""
    if path == STDIN:
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError:
        return None
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return codec
    return None


def _finding(name: str, doc: Document | None, code: str, key: str, path: Path_,
             args: dict[str, Any]) -> Finding:
    label = NOTES[code][key]
    line, column = doc.where(path) if doc is not None else (1, 1)
    return Finding(name, line, column, code, severity(code, key), label.message,
                   label.context, tuple(args.items()), pointer(path))


def note_line(note: Finding, lang: str, paint: Callable[[str, str], str]) -> str:
    """One note as `check` shows a finding: `file:line:col: level message [code]`."""
    from intstrat.reporters.text import _COLORS
    from intstrat.reporters.words import severity_word
    from intstrat.terminal import printable

    place = paint(f"{printable(note.path)}:{note.line}:{note.column}", "1")
    level = paint(severity_word(note.severity, lang), _COLORS[note.severity])
    return f"{place}: {level} {printable(note.text(lang))} [{note.rule}]"


def _painter(color: bool) -> Callable[[str, str], str]:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    return paint


def _not_a_strategy(source: Source, lang: str, color: bool, *raws: RawFinding) -> Outcome:
    """The file cannot be upgraded: `check`'s report of it, the same words and exit code."""
    from intstrat.reporters import ReportOptions
    from intstrat.reporters.text import report
    from intstrat.rules.messages import finding

    findings = list(source.problems)
    for raw in raws:
        doc = source.document
        if doc is None:
            line, column = 1, 1
        else:
            line, column = (doc.value_where if raw.at_value else doc.where)(raw.path)
        findings.append(finding(source.name, line, column, raw.rule, Severity.ERROR, raw.key,
                                raw.args, pointer(raw.path)))
    result = FileResult(source.name, tuple(sorted(findings)), language=lang, is_strategy=False)
    return Outcome("", report([result], ReportOptions(lang=lang, color=color)), EXIT_CHANGES)


def upgrade(request: UpgradeRequest, color: bool = False) -> Outcome:
    """Read, decide, rewrite, write (unless `check`); every way out is an Outcome or an
    IntstratError for the boundary."""
    source = read_strategy(request.file, request.max_size)
    lang = resolve_language(request.lang, source.language)
    tr = translator(lang)
    if not source.readable:
        return _not_a_strategy(source, lang, color)
    data = source.data
    assert isinstance(data, dict)
    if "intstrat" not in data:
        return _not_a_strategy(source, lang, color, RawFinding("SC04", "no_version"))
    version = data["intstrat"]
    if type(version) is int and version == NEW_VERSION:
        return Outcome("" if request.output != "-" or request.check else source.text or "",
                       tr.gettext("{path}: already format 2, nothing to do", path=source.name)
                       + "\n", EXIT_OK)
    if type(version) is not int or version != OLD_VERSION:
        return _not_a_strategy(source, lang, color, RawFinding(
            "SC04", "version", ("intstrat",), {"value": version}, at_value=True))

    plan = Plan(data, request.as_of or dt.date.today()).build()
    text, doc, relaid = rewrite(source, plan)
    to_stdout = request.output == "-" or (request.output is None and request.file == STDIN)
    shown = source.name if request.output in (None, "-") else request.output
    notes = [_finding(shown, doc, n.code, n.key, n.path, n.args) for n in plan.notes]
    if relaid:
        notes.append(_finding(shown, doc, "UP08", "layout", (), {}))
    notes.sort(key=lambda n: (n.line, n.column, n.rule))
    paint = _painter(color)
    lines = [note_line(n, lang, paint) for n in notes]
    warnings = sum(1 for n in notes if n.severity >= Severity.WARNING)
    if request.check:
        lines.append(tr.gettext("{path}: would be upgraded to format 2 (intstrat upgrade {path})",
                                path=source.name))
        return Outcome("", "\n".join(lines) + "\n", EXIT_CHANGES, tuple(notes))
    if to_stdout:
        out = text
    else:
        from intstrat.atomic import write_bytes

        target = Path(request.file if request.output is None else request.output)
        codec = _bom(request.file) if request.output is None else None
        # The encoding it came in (a byte order mark is written again by these codecs).
        write_bytes(target, text.encode(codec or "utf-8", "backslashreplace"))
        out = ""
    if request.output not in (None, "-"):
        lines.append(tr.gettext("{path}: upgraded to format 2, written to {target}",
                                path=source.name, target=request.output))
    else:
        lines.append(tr.gettext("{path}: upgraded to format 2", path=source.name))
    if warnings:
        lines.append(tr.ngettext(
            "{n} point the upgrade could not decide is left for you (the warnings above).",
            "{n} points the upgrade could not decide are left for you (the warnings above).",
            warnings))
    return Outcome(out, "\n".join(lines) + "\n", EXIT_OK, tuple(notes))
