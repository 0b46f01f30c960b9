"""`--format github`: workflow commands that GitHub Actions turns into annotations on the diff."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from intstrat.findings import FileResult, Finding, Severity
from intstrat.reporters import ReportOptions, relative_path
from intstrat.rules import all_rules

# GitHub shows at most this many annotations of each level for one step; the rest only in the log.
ANNOTATION_LIMIT = 10
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_WORDS = {
    "en": {
        "score": "score {score} %",
        "not_strategy": "not read as a strategy",
        "counts": "{e} error(s), {w} warning(s), {n} notice(s)",
        "clean": "no findings",
        "total": "intstrat: {files} file(s) checked, {failing} with findings; {counts}",
        "suppressed": "; {s} suppressed",
        "limit": (
            "GitHub shows only {limit} annotations per level in a step: {hidden} more are "
            "listed in the log of this step only"
        ),
        "statistics": "intstrat: findings per rule: {stats}",
    },
    "de": {
        "score": "Punktzahl {score} %",
        "not_strategy": "nicht als Strategie lesbar",
        "counts": "{e} Fehler, {w} Warnung(en), {n} Hinweis(e)",
        "clean": "keine Befunde",
        "total": "intstrat: {files} Datei(en) geprüft, {failing} mit Befunden; {counts}",
        "suppressed": "; {s} unterdrückt",
        "limit": (
            "GitHub zeigt je Schritt nur {limit} Anmerkungen pro Stufe: {hidden} weitere "
            "stehen nur im Protokoll dieses Schritts"
        ),
        "statistics": "intstrat: Befunde je Regel: {stats}",
    },
}


def escape_data(text: str) -> str:
    """The message part of a workflow command: %, CR and LF must not end it early."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file=, title=): additionally ':' and ',' separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding, path: str, lang: str) -> str:
    rule = all_rules().get(f.rule)
    title = f"{f.rule} {rule.text('title', lang)}" if rule else f.rule
    props = (
        f"file={escape_property(path)},line={f.line},col={f.column},"
        f"title={escape_property(title)}"
    )
    return f"::{_COMMAND[f.severity]} {props}::{escape_data(f.text(lang))} [{f.rule}]"


def _counts(findings: Sequence[Finding], words: dict[str, str]) -> str:
    tally = Counter(f.severity for f in findings)
    return words["counts"].format(e=tally[Severity.ERROR], w=tally[Severity.WARNING],
                                  n=tally[Severity.INFO])


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    words = _WORDS[options.lang]
    lines: list[str] = []
    everything: list[Finding] = []
    for r in results:
        everything.extend(r.findings)
        if options.quiet and not r.findings:
            continue
        path = relative_path(r.path, options.root)
        state = (words["score"].format(score=f"{r.score:.1f}") if r.is_strategy
                 else words["not_strategy"])
        detail = _counts(r.findings, words) if r.findings else words["clean"]
        lines.append(f"::group::{escape_data(path)}: {state}; {detail}")
        lines.extend(annotation(f, path, options.lang) for f in r.findings)
        lines.append("::endgroup::")
    total = words["total"].format(
        files=len(results),
        failing=sum(1 for r in results if r.findings),
        counts=_counts(everything, words),
    )
    suppressed = sum(r.suppressed for r in results)
    if suppressed:
        total += words["suppressed"].format(s=suppressed)
    lines.append(total)
    tally = Counter(f.severity for f in everything)
    hidden = sum(max(0, n - ANNOTATION_LIMIT) for n in tally.values())
    if hidden:
        # As a notice of its own, so the annotation list itself says it is cut short.
        lines.append(f"::notice title=intstrat::"
                     f"{escape_data(words['limit'].format(limit=ANNOTATION_LIMIT, hidden=hidden))}")
    if options.statistics and everything:
        per_rule = Counter(f.rule for f in everything)
        stats = ", ".join(f"{rule} {n}" for rule, n in sorted(per_rule.items(),
                                                               key=lambda kv: (-kv[1], kv[0])))
        lines.append(words["statistics"].format(stats=stats))
    return "\n".join(lines) + "\n"
