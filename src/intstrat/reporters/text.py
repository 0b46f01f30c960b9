"""The terminal report: grouped by checklist point and concept section, then a summary.

Written with plain ANSI codes rather than Rich so that `intstrat check` starts fast.
"""

from __future__ import annotations

from collections.abc import Sequence

from intstrat.findings import FileResult, Finding, PointState, PointStatus, Severity
from intstrat.i18n import translator
from intstrat.reporters import ReportOptions
from intstrat.reporters.words import (
    EVIDENCE_WORDS,
    files_checked,
    per_rule,
    point_counts,
    score,
    severity_counts,
    severity_word,
    waiver_line,
)
from intstrat.rules import point_title
from intstrat.terminal import printable

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
# A waived point is neither a tick nor a cross: a circle, in the colour of a warning.
_MARKS = {PointState.PASSED: ("✓", "32"), PointState.FAILED: ("✗", "31"),
          PointState.WAIVED: ("○", "33")}


class _Paint:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.on else text


def _finding_line(f: Finding, lang: str, paint: _Paint) -> str:
    return (
        f"{paint(f'{printable(f.path)}:{f.line}:{f.column}', '1')}: "
        f"{paint(severity_word(f.severity, lang), _COLORS[f.severity])} {printable(f.text(lang))}"
        f" [{f.rule}]"
    )


def _point_block(r: FileResult, points: Sequence[PointStatus], lang: str, paint: _Paint,
                 quiet: bool) -> list[str]:
    tr = translator(lang)
    out = []
    for p in points:
        in_baseline = sum(1 for f in r.baselined if f.rule == p.rule)
        # Quiet shows what fails the run: a point whose findings are all in the baseline is not.
        if quiet and (not p.failed or not p.findings):
            continue
        mark = _MARKS[p.status]
        chapter = ("  " + tr.gettext("(ch. {chapter})", chapter=p.chapter)) if p.chapter else ""
        if in_baseline:
            chapter += "  " + tr.ngettext("({n} in the baseline)", "({n} in the baseline)",
                                          in_baseline)
        if r.evidence_named and p.evidence is not None:
            chapter += "  " + tr.label(EVIDENCE_WORDS[p.evidence])
        out.append(f"  {paint(*mark)} {p.rule}  {point_title(p.rule, lang)}"
                   f"{paint(chapter, '2')}")
        if p.waiver is not None:
            out.append(f"      {paint(printable(waiver_line(p.waiver, lang)), '33')}")
        out.extend(f"      {_finding_line(f, lang, paint)}" for f in p.findings)
    return out


def _summary(r: FileResult, lang: str) -> str:
    tr = translator(lang)
    summary = tr.gettext(
        "checklist {passed}/{points}, sections {sections_passed}/{sections}, score {score}",
        passed=r.checklist_passed, points=len(r.checklist), sections_passed=r.sections_passed,
        sections=len(r.sections), score=score(r, lang),
    ) + point_counts(r, lang)
    tally = severity_counts(r.findings, lang)
    if r.suppressed:
        tally += ", " + tr.ngettext("{n} suppressed", "{n} suppressed", r.suppressed)
    if r.baselined:
        tally += ", " + tr.ngettext("{n} in the baseline", "{n} in the baseline",
                                    len(r.baselined))
    return f"{summary}; {tally}"


def _report_file(r: FileResult, options: ReportOptions) -> list[str]:
    """One file: a heading, the groups and a summary line. Quiet leaves out the heading, every
    passing point and empty group, and names the file in the summary line instead."""
    lang = options.lang
    tr = translator(lang)
    paint = _Paint(options.color)
    quiet = options.quiet
    lines: list[str] = []
    if not r.is_strategy:
        not_strategy = tr.gettext("not read as a strategy")
        lines.append(f"{paint(printable(r.path), '1')}  ({not_strategy})")
        lines.extend(f"  {_finding_line(f, lang, paint)}" for f in r.findings)
        return lines
    if not quiet:
        heading = tr.gettext("score {score}", score=score(r, lang))
        lines.extend([f"{paint(printable(r.path), '1')}  {heading}", ""])
    groups = [
        (tr.gettext("Checklist (guide ch. 10)"), _point_block(r, r.checklist, lang, paint, quiet)),
        (tr.gettext("Concept sections (guide ch. 8)"),
         _point_block(r, r.sections, lang, paint, quiet)),
    ]
    # By identity: a finding's details may be any value of the file, not all of them hashable.
    grouped = {id(f) for p in (*r.checklist, *r.sections) for f in p.findings}
    others = [f for f in r.findings if id(f) not in grouped]
    groups.append((tr.gettext("Structure and consistency"),
                   [f"  {_finding_line(f, lang, paint)}" for f in others]))
    for number, (title, block) in enumerate(groups):
        # The two lists of points always show in full output; the third only with findings.
        if block or (not quiet and number < 2):
            lines.extend([paint(title, "1"), *block, ""])
    summary = _summary(r, lang)
    lines.append(paint(f"{printable(r.path)}: {summary}" if quiet else summary, "1"))
    return lines


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    tr = translator(options.lang)
    blocks: list[str] = []
    for r in results:
        blocks.append("\n".join(_report_file(r, options)))
    if options.statistics:
        stats = [tr.gettext("Findings per rule")]
        stats.extend(f"  {n:5d}  {rule}" for rule, n in
                     per_rule(f for r in results for f in r.findings))
        blocks.append("\n".join(stats))
    if len(results) > 1:
        blocks.append(files_checked(results, options.lang))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
