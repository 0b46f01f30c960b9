"""`--format markdown`: summary tables for `$GITHUB_STEP_SUMMARY` or a pull-request comment."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from intstrat.findings import Evidence, FileResult, Finding, Severity
from intstrat.i18n import P_, Label, translator
from intstrat.markdown_text import report_cell as cell
from intstrat.reporters import ReportOptions, relative_path, rule_url
from intstrat.reporters.words import files_checked, per_rule, score, severity_word, waiver_line
from intstrat.terminal import printable

# Column headings are data: marked here, translated when a table is written.
_SUMMARY_COLUMNS = (
    P_("markdown column", "File"),
    P_("markdown column", "Score"),
    P_("markdown column", "Checklist"),
    P_("markdown column", "Sections"),
    P_("markdown column", "Errors"),
    P_("markdown column", "Warnings"),
    P_("markdown column", "Notes"),
)
_FINDING_COLUMNS = (
    P_("markdown column", "Rule"),
    P_("markdown column", "Line"),
    P_("markdown column", "Severity"),
    P_("markdown column", "Finding"),
)
_RULE_COUNT_COLUMNS = (P_("markdown column", "Rule"), P_("markdown column", "Count"))


def _code(text: str) -> str:
    # A path in backticks; a backtick inside it would end the span early.
    return f"`{printable(text)}`" if "`" not in text else cell(text)


def _summary_row(r: FileResult, path: str, lang: str) -> str:
    tally = Counter(f.severity for f in r.findings)
    mark = "❌" if r.findings else "✅"
    if r.is_strategy:
        shown = score(r, lang)
        checklist = f"{r.checklist_passed}/{len(r.checklist)}"
        sections = f"{r.sections_passed}/{len(r.sections)}"
    else:
        shown, checklist, sections = translator(lang).gettext("not a strategy"), "–", "–"
    return (f"| {mark} {_code(path)} | {shown} | {checklist} | {sections} | "
            f"{tally[Severity.ERROR]} | {tally[Severity.WARNING]} | {tally[Severity.INFO]} |")


def _finding_row(f: Finding, lang: str) -> str:
    return (f"| [{f.rule}]({rule_url(f.rule)}) | {f.line} | {severity_word(f.severity, lang)} | "
            f"{cell(f.text(lang))} |")


def _row(*labels: Label, lang: str) -> str:
    tr = translator(lang)
    return "| " + " | ".join(cell(tr.label(label)) for label in labels) + " |"


def _file_block(r: FileResult, path: str, lang: str) -> list[str]:
    tr = translator(lang)
    state = score(r, lang) if r.is_strategy else tr.gettext("not a strategy")
    lines = [f"### {_code(path)}: {state}", ""]
    if not r.findings:
        waived = _waived_lines(r, lang) if r.is_strategy else []
        return [*lines, *waived, tr.gettext("No findings.")]
    failed = [p.rule for p in (*r.checklist, *r.sections) if p.failed]
    if r.is_strategy:
        points = ", ".join(failed) if failed else tr.gettext("none")
        lines += [tr.gettext("Points not met: {points}", points=points), ""]
        lines += _waived_lines(r, lang)
        if r.evidence_named:
            lines += [_evidence_line(r, lang), ""]
    lines.append(_row(*_FINDING_COLUMNS, lang=lang))
    lines.append("| --- | ---: | --- | --- |")
    lines.extend(_finding_row(f, lang) for f in r.findings)
    return lines


def _waived_lines(r: FileResult, lang: str) -> list[str]:
    """"Waived: CL11 (reason, approved by ...)" as a list, with an empty line after it."""
    waived = [p for p in (*r.checklist, *r.sections) if p.waiver is not None]
    if not waived:
        return []
    tr = translator(lang)
    lines = [tr.gettext("Waived points:"), ""]
    lines += [f"- ○ **{p.rule}** {cell(waiver_line(p.waiver, lang))}" for p in waived
              if p.waiver is not None]
    return [*lines, ""]


def _evidence_line(r: FileResult, lang: str) -> str:
    tr = translator(lang)
    evidenced = ", ".join(p.rule for p in (*r.checklist, *r.sections)
                          if p.evidence is Evidence.EVIDENCED) or tr.gettext("none")
    claimed = ", ".join(p.rule for p in (*r.checklist, *r.sections)
                        if p.evidence is Evidence.CLAIMED) or tr.gettext("none")
    return tr.gettext("Evidenced: {evidenced}. Claimed, not evidenced: {claimed}.",
                      evidenced=evidenced, claimed=claimed)


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    lang = options.lang
    tr = translator(lang)
    shown = [r for r in results if r.findings or not options.quiet]
    blocks: list[list[str]] = []
    # The command's name as the heading; a language may still call it its own way.
    head = ["## " + tr.gettext("intstrat check"), ""]
    if shown:
        head += [
            _row(*_SUMMARY_COLUMNS, lang=lang),
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
            *(_summary_row(r, relative_path(r.path, options.root), lang) for r in shown),
            "",
        ]
    total = files_checked(results, lang) + "."
    suppressed = sum(r.suppressed for r in results)
    if suppressed:
        total += " " + tr.ngettext("{n} finding suppressed by comments.",
                                   "{n} findings suppressed by comments.", suppressed)
    baselined = sum(len(r.baselined) for r in results)
    if baselined:
        total += " " + tr.ngettext("{n} finding in the baseline (not listed).",
                                   "{n} findings in the baseline (not listed).", baselined)
    head.append(total)
    blocks.append(head)
    blocks.extend(_file_block(r, relative_path(r.path, options.root), lang)
                  for r in shown if r.findings)
    if options.statistics:
        counts = per_rule(f for r in results for f in r.findings)
        if counts:
            stats = ["### " + tr.gettext("Findings per rule"), "",
                     _row(*_RULE_COUNT_COLUMNS, lang=lang), "| --- | ---: |"]
            stats.extend(f"| [{rule}]({rule_url(rule)}) | {n} |" for rule, n in counts)
            blocks.append(stats)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
