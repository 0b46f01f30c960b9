"""`--format markdown`: summary tables for `$GITHUB_STEP_SUMMARY` or a pull-request comment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from intstrat.findings import FileResult, Finding, Severity
from intstrat.reporters import ReportOptions, relative_path, rule_url

_WORDS = {
    "en": {
        "heading": "intstrat check",
        "file": "File",
        "score": "Score",
        "checklist": "Checklist",
        "sections": "Sections",
        "errors": "Errors",
        "warnings": "Warnings",
        "notes": "Notes",
        "rule": "Rule",
        "line": "Line",
        "severity": "Severity",
        "finding": "Finding",
        "not_strategy": "not a strategy",
        "failed": "Points not met",
        "none": "none",
        "clean": "No findings.",
        "total": "{n} file(s) checked, {f} with findings.",
        "suppressed": " {s} finding(s) suppressed by comments.",
        "statistics": "Findings per rule",
        "count": "Count",
    },
    "de": {
        "heading": "intstrat check",
        "file": "Datei",
        "score": "Punktzahl",
        "checklist": "Checkliste",
        "sections": "Abschnitte",
        "errors": "Fehler",
        "warnings": "Warnungen",
        "notes": "Hinweise",
        "rule": "Regel",
        "line": "Zeile",
        "severity": "Stufe",
        "finding": "Befund",
        "not_strategy": "keine Strategie",
        "failed": "Nicht erfüllte Punkte",
        "none": "keine",
        "clean": "Keine Befunde.",
        "total": "{n} Datei(en) geprüft, {f} mit Befunden.",
        "suppressed": " {s} Befund(e) durch Kommentare unterdrückt.",
        "statistics": "Befunde je Regel",
        "count": "Anzahl",
    },
}
_SEVERITIES = {
    "en": {"error": "error", "warning": "warning", "info": "note"},
    "de": {"error": "Fehler", "warning": "Warnung", "info": "Hinweis"},
}


def cell(text: str) -> str:
    """Text safe inside a table cell: no pipes, no line breaks, no raw HTML."""
    return (
        text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\r", " ")
        .replace("\n", " ")
    )


def _code(text: str) -> str:
    # A path in backticks; a backtick inside it would end the span early.
    return f"`{text}`" if "`" not in text else cell(text)


def _summary_row(r: FileResult, path: str, words: dict[str, str]) -> str:
    tally = Counter(f.severity for f in r.findings)
    mark = "❌" if r.findings else "✅"
    if r.is_strategy:
        score = f"{r.score:.1f} %"
        checklist = f"{r.checklist_passed}/{len(r.checklist)}"
        sections = f"{r.sections_passed}/{len(r.sections)}"
    else:
        score, checklist, sections = words["not_strategy"], "–", "–"
    return (f"| {mark} {_code(path)} | {score} | {checklist} | {sections} | "
            f"{tally[Severity.ERROR]} | {tally[Severity.WARNING]} | {tally[Severity.INFO]} |")


def _finding_row(f: Finding, severities: dict[str, str], lang: str) -> str:
    return (f"| [{f.rule}]({rule_url(f.rule)}) | {f.line} | {severities[f.severity.label]} | "
            f"{cell(f.text(lang))} |")


def _file_block(r: FileResult, path: str, words: dict[str, str], lang: str,
                severities: dict[str, str]) -> list[str]:
    state = f"{r.score:.1f} %" if r.is_strategy else words["not_strategy"]
    lines = [f"### {_code(path)}: {state}", ""]
    if not r.findings:
        return [*lines, words["clean"]]
    failed = [p.rule for p in (*r.checklist, *r.sections) if not p.passed]
    if r.is_strategy:
        lines += [f"{words['failed']}: {', '.join(failed) if failed else words['none']}", ""]
    lines.append(f"| {words['rule']} | {words['line']} | {words['severity']} | "
                 f"{words['finding']} |")
    lines.append("| --- | ---: | --- | --- |")
    lines.extend(_finding_row(f, severities, lang) for f in r.findings)
    return lines


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    words = _WORDS[options.lang]
    severities = _SEVERITIES[options.lang]
    shown = [r for r in results if r.findings or not options.quiet]
    blocks: list[list[str]] = []
    head = [f"## {words['heading']}", ""]
    if shown:
        head += [
            f"| {words['file']} | {words['score']} | {words['checklist']} | {words['sections']} "
            f"| {words['errors']} | {words['warnings']} | {words['notes']} |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
            *(_summary_row(r, relative_path(r.path, options.root), words) for r in shown),
            "",
        ]
    total = words["total"].format(n=len(results), f=sum(1 for r in results if r.findings))
    suppressed = sum(r.suppressed for r in results)
    if suppressed:
        total += words["suppressed"].format(s=suppressed)
    head.append(total)
    blocks.append(head)
    blocks.extend(_file_block(r, relative_path(r.path, options.root), words, options.lang, severities)
                  for r in shown if r.findings)
    if options.statistics:
        counts = Counter(f.rule for r in results for f in r.findings)
        if counts:
            stats = [f"### {words['statistics']}", "", f"| {words['rule']} | {words['count']} |",
                     "| --- | ---: |"]
            stats.extend(f"| [{rule}]({rule_url(rule)}) | {n} |" for rule, n in
                         sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            blocks.append(stats)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
