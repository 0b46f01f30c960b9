"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other static-analysis viewers."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from intstrat import __version__
from intstrat.findings import FileResult, Finding, PointStatus, Severity
from intstrat.i18n import translator
from intstrat.reporters import RULES_DOC_URL, ReportOptions, relative_path, rule_url
from intstrat.reporters.words import waiver_line
from intstrat.rules import Rule, all_rules, point_title

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/intstrat/intstrat"
FINGERPRINT_KEY = "intstratFinding/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_DIGITS = re.compile(r"\d+")


def _rule_descriptor(rule: Rule, lang: str) -> dict[str, Any]:
    title = rule.text("title", lang)
    explanation = rule.text("explanation", lang).strip()
    fix = rule.text("fix", lang).strip()
    example = rule.text("example", lang).strip()
    tr = translator(lang)
    how = tr.gettext("How to satisfy it")
    full = explanation or title
    help_text = "\n\n".join(part for part in (full, fix and f"{how}: {fix}") if part)
    markdown = [f"**{rule.id} {title}**", "", full]
    if rule.chapter:
        markdown += ["", tr.gettext("Guide chapter: {chapter}", chapter=rule.chapter)]
    if fix:
        markdown += ["", f"**{how}:** {fix}"]
    if example:
        markdown += ["", "**" + tr.gettext("Example") + ":**", "", "```yaml", example, "```"]
    markdown += ["", f"[{rule.id}]({rule_url(rule.id)})"]
    tags = ["intstrat", rule.group]
    if rule.chapter:
        tags.append(f"guide-chapter-{rule.chapter.split(',')[0].strip()}")
    return {
        "id": rule.id,
        "name": _camel(rule.name),
        "shortDescription": {"text": title},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": "\n".join(markdown)},
        "helpUri": rule_url(rule.id),
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": tags, "precision": "very-high", "problem.severity":
                       _problem_severity(rule.severity)},
    }


def _camel(name: str) -> str:
    """SARIF wants a rule name without spaces or dashes ("needs-assessed" → "NeedsAssessed")."""
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def _problem_severity(severity: Severity) -> str:
    return {Severity.ERROR: "error", Severity.WARNING: "warning",
            Severity.INFO: "recommendation"}[severity]


def fingerprint(f: Finding, uri: str) -> str:
    """Stable across edits that only move lines: rule, data pointer and file, not the line.

    Findings about the file as a whole have no pointer; their message key and details (without
    numbers, which may be line numbers) tell them apart, in whatever language the report is.
    """
    details = ",".join(f"{name}={value}" for name, value in f.args if not isinstance(value, int))
    key = f.pointer or "@" + f.key + ":" + _DIGITS.sub("#", details)
    digest = hashlib.sha256(f"{f.rule}\x00{key}\x00{uri}".encode()).hexdigest()
    return digest[:32]


def artifact_location(path: str, root: str) -> dict[str, str]:
    """A repository-relative URI under %SRCROOT%; a file outside the root gets a file: URI."""
    shown = relative_path(path, root)
    if shown.startswith("/"):
        return {"uri": "file://" + quote(shown, safe="/:")}
    return {"uri": quote(shown, safe="/"), "uriBaseId": "%SRCROOT%"}


# Why a result is reported but not open: a comment in the file, or the --baseline file.
IN_SOURCE = {"kind": "inSource"}
BASELINE = {"kind": "external", "justification": "intstrat --baseline"}


def _result(
    f: Finding, where: dict[str, str], index: dict[str, int], seen: dict[str, int], lang: str
) -> dict[str, Any]:
    base = fingerprint(f, where["uri"])
    # Two findings of one rule at one pointer (rare) must still differ: count occurrences.
    seen[base] = seen.get(base, 0) + 1
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": dict(where),
            "region": {"startLine": max(1, f.line), "startColumn": max(1, f.column)},
        },
    }
    if f.pointer:
        location["logicalLocations"] = [{"fullyQualifiedName": f.pointer, "kind": "member"}]
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": _LEVEL[f.severity],
        "message": {"text": f.text(lang)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: f"{base}:{seen[base]}"},
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    return result


def _point(p: PointStatus) -> dict[str, Any]:
    """A point's verdict as the artifact's property bag holds it."""
    shown: dict[str, Any] = {"rule": p.rule, "status": p.status.value}
    if p.evidence is not None:
        shown["evidence"] = p.evidence.value
    if p.waiver is not None:
        shown["waiver"] = {"reason": p.waiver.reason, "approvedBy": p.waiver.approved_by}
        if p.waiver.until is not None:
            shown["waiver"]["until"] = p.waiver.until.isoformat()
    return shown


def _waivers(r: FileResult, lang: str) -> dict[int, dict[str, str]]:
    """Why a waived point's findings are not open: the waiver, as an external suppression."""
    out: dict[int, dict[str, str]] = {}
    for p in (*r.checklist, *r.sections):
        if p.waiver is None:
            continue
        reason = {"kind": "external", "justification": waiver_line(p.waiver, lang)}
        out.update({id(f): reason for f in r.waived_findings if f.rule == p.rule})
    return out


def _waived(r: FileResult, where: dict[str, str], lang: str) -> list[dict[str, Any]]:
    """One note per waived point, at the waiver's line, naming the point as its descriptor."""
    out = []
    for p in (*r.checklist, *r.sections):
        if p.waiver is None:
            continue
        out.append({
            "level": "note",
            "message": {"text": waiver_text(p, lang)},
            "descriptor": {"id": p.rule},
            "locations": [{"physicalLocation": {
                "artifactLocation": dict(where),
                "region": {"startLine": max(1, p.waiver.line)},
            }}],
        })
    return out


def waiver_text(p: PointStatus, lang: str) -> str:
    assert p.waiver is not None
    return f"{p.rule} {point_title(p.rule, lang)}: {waiver_line(p.waiver, lang)}"


def automation_id(category: str) -> str:
    """SARIF's run id for `--sarif-category`: "category/" names the category without an
    instance, as GitHub's upload step writes its own `category`."""
    return category if category.endswith("/") else category + "/"


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    rules = list(all_rules().values())
    index = {rule.id: i for i, rule in enumerate(rules)}
    sarif_results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for r in results:
        where = artifact_location(r.path, options.root)
        properties: dict[str, Any] = {"score": r.score, "isStrategy": r.is_strategy,
                                      "suppressed": r.suppressed}
        if r.is_strategy:
            properties["waived"] = r.waived
            properties["points"] = [_point(p) for p in (*r.checklist, *r.sections)]
        artifacts.append({"location": dict(where), "properties": properties})
        notifications.extend(_waived(r, where, options.lang))
        # One sorted list, so a finding's occurrence count (in its fingerprint) does not change
        # when a comment or the baseline starts or stops hiding another one.
        why: dict[int, dict[str, str]] = {id(f): IN_SOURCE for f in r.suppressed_findings}
        why.update({id(f): BASELINE for f in r.baselined})
        why.update(_waivers(r, options.lang))
        seen: dict[str, int] = {}
        for f in sorted((*r.findings, *r.suppressed_findings, *r.baselined,
                         *r.waived_findings)):
            result = _result(f, where, index, seen, options.lang)
            if id(f) in why:
                result["suppressions"] = [dict(why[id(f)])]
            sarif_results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "intstrat",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule_descriptor(rule, options.lang) for rule in rules],
                "properties": {"rulesDocumentation": RULES_DOC_URL},
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": sarif_results,
    }
    if notifications:
        # A waived point is no result (nothing to fix) but a reader of the run should see it.
        run["invocations"] = [{"executionSuccessful": True,
                               "toolExecutionNotifications": notifications}]
    if options.sarif_category:
        run["automationDetails"] = {"id": automation_id(options.sarif_category)}
    payload = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
