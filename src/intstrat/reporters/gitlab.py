"""`--format gitlab`: a GitLab code-quality report (`artifacts:reports:codequality`).

The shape GitLab reads, as ruff writes it: a JSON array of issues, each with `description`,
`check_name`, `fingerprint`, `severity` and `location.path` + `location.lines.begin`. GitLab
shows them in the merge request's code-quality widget and on the diff. The fingerprint is the
SARIF one (rule, data path, file; not the line), so an issue keeps its identity when lines move
and GitLab can tell new issues from fixed ones. Suppressed and baselined findings are left out:
GitLab has no field for them. A waived point is an `info` issue at its waiver, so the widget
shows what was left out and why.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from intstrat.findings import FileResult, Finding, PointStatus, Severity
from intstrat.reporters import ReportOptions, relative_path
from intstrat.reporters.sarif import fingerprint
from intstrat.reporters.words import waiver_line

# GitLab's levels are info, minor, major, critical, blocker.
SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _issue(f: Finding, path: str, seen: dict[str, int], lang: str) -> dict[str, Any]:
    base = fingerprint(f, path)
    # GitLab needs every fingerprint unique: two findings of a rule at one place are counted.
    seen[base] = seen.get(base, 0) + 1
    return {
        "description": f"{f.rule}: {f.text(lang)}",
        "check_name": f.rule,
        "fingerprint": f"{base}-{seen[base]}",
        "severity": SEVERITY[f.severity],
        "location": {"path": path, "lines": {"begin": max(1, f.line)}},
    }


def _waived(p: PointStatus, path: str, lang: str) -> dict[str, Any]:
    assert p.waiver is not None
    digest = hashlib.sha256(f"{p.rule}\x00waived\x00{path}".encode()).hexdigest()[:32]
    return {
        "description": f"{p.rule}: {waiver_line(p.waiver, lang)}",
        "check_name": p.rule,
        "fingerprint": f"{digest}-waived",
        "severity": "info",
        "location": {"path": path, "lines": {"begin": max(1, p.waiver.line)}},
    }


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    issues: list[dict[str, Any]] = []
    for r in results:
        path = relative_path(r.path, options.root)
        seen: dict[str, int] = {}
        issues.extend(_issue(f, path, seen, options.lang) for f in r.findings)
        issues.extend(_waived(p, path, options.lang) for p in (*r.checklist, *r.sections)
                      if p.waiver is not None)
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
