"""`--format json`: the stable, documented machine shape of a check."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from intstrat import __version__
from intstrat.findings import FileResult, PointStatus
from intstrat.reporters import ReportOptions
from intstrat.rules import point_title


def _point(p: PointStatus, lang: str) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "rule": p.rule, "title": point_title(p.rule, lang), "chapter": p.chapter,
        "passed": p.passed, "status": p.status.value,
        "evidence": p.evidence.value if p.evidence is not None else None,
        "findings": len(p.findings),
    }
    if p.waiver is not None:
        shown["waiver"] = {"reason": p.waiver.reason, "approved_by": p.waiver.approved_by,
                           "until": p.waiver.until.isoformat() if p.waiver.until else None,
                           "line": p.waiver.line}
    return shown


def _file_dict(r: FileResult, lang: str) -> dict[str, Any]:
    return {
        "path": r.path,
        "score": r.score,
        "language": r.language,
        "is_strategy": r.is_strategy,
        "checklist_passed": r.checklist_passed,
        "sections_passed": r.sections_passed,
        "waived": r.waived,
        "evidenced": r.evidenced,
        "claimed": r.claimed,
        "suppressed": r.suppressed,
        "baselined": len(r.baselined),
        "checklist": [_point(p, lang) for p in r.checklist],
        "sections": [_point(p, lang) for p in r.sections],
        "findings": [f.as_dict(lang) for f in r.findings],
    }


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    payload = {
        "tool": {"name": "intstrat", "version": __version__},
        "files": [_file_dict(r, options.lang) for r in results],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
