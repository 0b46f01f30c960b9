"""`--format github`: workflow commands that GitHub Actions turns into annotations on the diff."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from intstrat.findings import FileResult, Finding, PointStatus, Severity
from intstrat.i18n import translator
from intstrat.reporters import ReportOptions, relative_path
from intstrat.reporters.words import (
    files_checked,
    per_rule,
    point_counts,
    score,
    severity_counts,
    waiver_line,
)
from intstrat.rules import all_rules, point_title

# GitHub shows at most this many annotations of each level for one step; the rest only in the log.
ANNOTATION_LIMIT = 10
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


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


def waived_notice(p: PointStatus, path: str, lang: str) -> str:
    """A waived point as a notice at its waiver: reported, never failing."""
    assert p.waiver is not None
    title = f"{p.rule} {point_title(p.rule, lang)}"
    props = (f"file={escape_property(path)},line={max(1, p.waiver.line)},"
             f"title={escape_property(title)}")
    return f"::notice {props}::{escape_data(waiver_line(p.waiver, lang))} [{p.rule}]"


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    lang = options.lang
    tr = translator(lang)
    lines: list[str] = []
    everything: list[Finding] = []
    for r in results:
        everything.extend(r.findings)
        if options.quiet and not r.findings:
            continue
        path = relative_path(r.path, options.root)
        state = (tr.gettext("score {score}", score=score(r, lang)) + point_counts(r, lang)
                 if r.is_strategy else tr.gettext("not read as a strategy"))
        detail = severity_counts(r.findings, lang) if r.findings else tr.gettext("no findings")
        lines.append(f"::group::{escape_data(path)}: {state}; {detail}")
        lines.extend(annotation(f, path, lang) for f in r.findings)
        lines.extend(waived_notice(p, path, lang) for p in (*r.checklist, *r.sections)
                     if p.waiver is not None)
        lines.append("::endgroup::")
    total = f"intstrat: {files_checked(results, lang)}; {severity_counts(everything, lang)}"
    suppressed = sum(r.suppressed for r in results)
    if suppressed:
        total += "; " + tr.ngettext("{n} suppressed", "{n} suppressed", suppressed)
    baselined = sum(len(r.baselined) for r in results)
    if baselined:
        total += "; " + tr.ngettext("{n} in the baseline", "{n} in the baseline", baselined)
    lines.append(total)
    tally = Counter(f.severity for f in everything)
    hidden = sum(max(0, n - ANNOTATION_LIMIT) for n in tally.values())
    if hidden:
        # As a notice of its own, so the annotation list itself says it is cut short.
        limit = tr.ngettext(
            "GitHub shows only {limit} annotations per level in a step: {n} more is listed in "
            "the log of this step only",
            "GitHub shows only {limit} annotations per level in a step: {n} more are listed in "
            "the log of this step only",
            hidden, limit=ANNOTATION_LIMIT,
        )
        lines.append(f"::notice title=intstrat::{escape_data(limit)}")
    if options.statistics and everything:
        stats = ", ".join(f"{rule} {n}" for rule, n in per_rule(everything))
        lines.append("intstrat: " + tr.gettext("findings per rule: {stats}", stats=stats))
    return "\n".join(lines) + "\n"
