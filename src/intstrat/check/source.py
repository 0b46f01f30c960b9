"""Read one strategy file (or standard input) for a command that needs its data: the one reader.

`monitor`, `rank` and `diff` read a strategy through here, with the limits `check` applies: the
size limit, the encodings `load.decode` accepts, the safe loader. A problem the user must fix in
the command line (a missing file, a folder) raises `UsageError`; a file that cannot be read as a
strategy comes back with its problems as findings, located like `check` locates them.
"""

from __future__ import annotations

import os
import sys
from typing import Any, NamedTuple

from intstrat.check.load import decode, load_text
from intstrat.document import Document, pointer
from intstrat.errors import UsageError
from intstrat.findings import Finding, RawFinding, Severity
from intstrat.i18n import N_, P_, Label
from intstrat.limits import DEFAULT_MAX_SIZE

STDIN = "-"
STDIN_NAME = "<stdin>"


class Source(NamedTuple):
    """A strategy as read: `name` as shown to the user, its text and data when they could be had.

    `problems` say why the file cannot be used (empty when it can); `data` is None then, and
    `text` too when the bytes could not be decoded. A usable file keeps its `document` and what
    the loader noticed on the way (`load_problems`: duplicate keys, impossible dates), so an
    audit of it needs no second parse (`check.audit.audit_document`).
    """

    name: str
    text: str | None
    data: Any = None
    problems: tuple[Finding, ...] = ()
    document: Document | None = None
    load_problems: tuple[RawFinding, ...] = ()

    @property
    def readable(self) -> bool:
        return not self.problems

    @property
    def language(self) -> Any:
        """The strategy's own `language` value (anything the file says; None if it says nothing)."""
        return self.data.get("language") if isinstance(self.data, dict) else None


def read_strategy(arg: str, max_size: int = DEFAULT_MAX_SIZE, *, mapping: bool = True) -> Source:
    """Read `arg` (a path, or '-' for standard input) as a strategy.

    With `mapping`, a file whose top level is not a mapping of sections is a problem (SC04), as
    for `monitor` and `rank`; `diff` compares any YAML and passes False.
    """
    raw, size, name = _read_bytes(arg, max_size)
    if len(raw) > max_size:
        return _unusable(name, None, RawFinding(
            "YA05", "too_large", args={"size": max(size, len(raw)), "limit": max_size}))
    text, problem = decode(raw)
    if text is None:
        return _unusable(name, None, *([problem] if problem else []))
    doc, problems = load_text(text)
    if doc is None:
        return _unusable(name, text, *problems)
    if mapping and not isinstance(doc.data, dict):
        return _unusable(name, text, RawFinding(
            "SC04", "not_mapping", args={"got": data_kind(doc.data)}))
    return Source(name, text, doc.data, document=doc, load_problems=tuple(problems))


def data_kind(data: Any) -> Label:
    """What a top level that is not a mapping is, in the words of SC04's message."""
    if data is None:
        return P_("yaml-kind", "empty")
    if isinstance(data, list):
        return P_("yaml-kind", "a list")
    return P_("yaml-kind", "a single value")


def problem_lines(source: Source, lang: str) -> str:
    """The problems as `file:line:column: message [rule]` lines, the way `check` places them."""
    return "".join(
        f"{f.path}:{f.line}:{f.column}: {f.text(lang)} [{f.rule}]\n" for f in source.problems
    )


def read_stdin(max_size: int) -> bytes:
    """At most max_size + 1 bytes of standard input; a closed one is a usage error."""
    stream: Any = sys.stdin
    if stream is None:
        raise UsageError(N_("standard input is closed; name a file instead of '-'"))
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text stream without bytes underneath (an embedding host)
            return bytes(stream.read(max_size + 1).encode("utf-8"))
        return bytes(buffer.read(max_size + 1))
    except (OSError, ValueError):
        raise UsageError(N_("standard input is closed; name a file instead of '-'")) from None


def read_limited(path: str, max_size: int) -> tuple[bytes, int]:
    """(at most max_size + 1 bytes of `path`, its size when the system knows it).

    Opened without waiting: a FIFO nobody writes to reads as empty instead of blocking the
    run, while `<(command)` (a pipe with a writer) is read as it comes. A device such as
    /dev/zero stops at the size limit like any file. OSError for what cannot be opened.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(max_size + 1)
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    return raw, max(size, len(raw))


def _read_bytes(arg: str, max_size: int) -> tuple[bytes, int, str]:
    """(at most max_size + 1 bytes, the full size when known, the name shown)."""
    if arg == STDIN:
        raw = read_stdin(max_size)
        return raw, len(raw), STDIN_NAME
    if os.path.isdir(arg):
        raise UsageError(N_("{path}: is a folder, not a strategy file"), path=arg)
    try:
        raw, size = read_limited(arg, max_size)
    except FileNotFoundError:
        raise UsageError(N_("{path}: no such file"), path=arg) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError(N_("{path}: cannot be read: {reason}"), path=arg, reason=reason) from None
    return raw, size, arg


def _unusable(name: str, text: str | None, *problems: RawFinding) -> Source:
    from intstrat.rules.messages import finding

    found = tuple(
        finding(name, p.line or 1, p.column or 1, p.rule, Severity.ERROR, p.key, p.args,
                pointer(p.path))
        for p in problems
    )
    return Source(name, text, None, found)
