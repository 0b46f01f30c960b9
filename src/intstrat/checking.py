"""Check many paths: discover the files, audit each one, keep going when one is broken."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from intstrat.audit import AuditOptions, audit_bytes, audit_text
from intstrat.discover import discover
from intstrat.findings import FileResult, Finding, Severity
from intstrat.rules.messages import message


def read_one(path: str, options: AuditOptions) -> FileResult:
    """Audit one file; an unreadable file is a finding of its own, not the end of the run."""
    if path == "-":
        raw = sys.stdin.buffer.read()
        return audit_bytes(raw, "<stdin>", options)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(options.max_size + 1)
    except OSError as exc:
        lang = options.lang or "en"
        detail = exc.strerror or type(exc).__name__
        finding = Finding(path, 1, 1, "YA06", Severity.ERROR,
                          message("YA06", "unreadable", lang, {"detail": detail}))
        return FileResult(path, (finding,), language=lang, is_strategy=False)
    return audit_bytes(raw, path, options)


def check_paths(paths: Sequence[str], options: AuditOptions) -> list[FileResult]:
    return [read_one(path, options) for path, _named in discover(list(paths))]


def exit_code(results: Sequence[FileResult], fail_on: Severity, fail_under: float | None) -> bool:
    """True when the run should exit 1."""
    for r in results:
        if any(f.severity >= fail_on for f in r.findings):
            return True
        if fail_under is not None and r.is_strategy and r.score < fail_under:
            return True
    return False


__all__ = ["audit_text", "check_paths", "exit_code", "read_one"]
