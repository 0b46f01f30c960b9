"""The terminal report: grouped by checklist point and concept section, then a summary.

Written with plain ANSI codes rather than Rich so that `intstrat check` starts fast.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from intstrat.findings import FileResult, Finding, PointStatus, Severity
from intstrat.reporters import ReportOptions

_WORDS = {
    "en": {
        "checklist": "Checklist (guide ch. 10)",
        "sections": "Concept sections (guide ch. 8)",
        "other": "Structure and consistency",
        "score": "score",
        "summary": "checklist {c}/{ct}, sections {s}/{st}, score {score} %",
        "counts": "{e} error(s), {w} warning(s), {i} note(s)",
        "not_strategy": "not read as a strategy",
        "total": "{n} file(s) checked, {f} with findings",
        "ch": "ch.",
        "statistics": "Findings per rule",
        "clean": "no findings",
        "suppressed": "{n} suppressed",
    },
    "de": {
        "checklist": "Checkliste (Leitfaden Kap. 10)",
        "sections": "Abschnitte des Konzepts (Leitfaden Kap. 8)",
        "other": "Struktur und Stimmigkeit",
        "score": "Punktzahl",
        "summary": "Checkliste {c}/{ct}, Abschnitte {s}/{st}, Punktzahl {score} %",
        "counts": "{e} Fehler, {w} Warnung(en), {i} Hinweis(e)",
        "not_strategy": "nicht als Strategie lesbar",
        "total": "{n} Datei(en) geprüft, {f} mit Befunden",
        "ch": "Kap.",
        "statistics": "Befunde je Regel",
        "clean": "keine Befunde",
        "suppressed": "{n} unterdrückt",
    },
}
_SEVERITY_DE = {"error": "Fehler", "warning": "Warnung", "info": "Hinweis"}
_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class _Paint:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.on else text


def _fmt_score(score: float) -> str:
    return f"{score:.1f}"


def _finding_line(f: Finding, lang: str, paint: _Paint) -> str:
    label = f.severity.label
    shown = _SEVERITY_DE[label] if lang == "de" else label
    return (
        f"{paint(f'{f.path}:{f.line}:{f.column}', '1')}: "
        f"{paint(shown, _COLORS[f.severity])} {f.text(lang)} [{f.rule}]"
    )


def _point_block(points: Sequence[PointStatus], lang: str, paint: _Paint, quiet: bool,
                 words: dict[str, str]) -> list[str]:
    out = []
    for p in points:
        if quiet and p.passed:
            continue
        mark = paint("✓", "32") if p.passed else paint("✗", "31")
        chapter = f"  ({words['ch']} {p.chapter})" if p.chapter else ""
        out.append(f"  {mark} {p.rule}  {p.title}{paint(chapter, '2')}")
        out.extend(f"      {_finding_line(f, lang, paint)}" for f in p.findings)
    return out


def report_file(r: FileResult, options: ReportOptions) -> list[str]:
    lang = options.lang
    words = _WORDS[lang]
    paint = _Paint(options.color)
    lines: list[str] = []
    if not r.is_strategy:
        lines.append(f"{paint(r.path, '1')}  ({words['not_strategy']})")
        lines.extend(f"  {_finding_line(f, lang, paint)}" for f in r.findings)
        return lines
    score = _fmt_score(r.score)
    lines.append(f"{paint(r.path, '1')}  {words['score']} {score} %")
    lines.append("")
    lines.append(paint(words["checklist"], "1"))
    lines.extend(_point_block(r.checklist, lang, paint, options.quiet, words))
    lines.append("")
    lines.append(paint(words["sections"], "1"))
    lines.extend(_point_block(r.sections, lang, paint, options.quiet, words))
    grouped = {f for p in (*r.checklist, *r.sections) for f in p.findings}
    others = [f for f in r.findings if f not in grouped]
    if others:
        lines.append("")
        lines.append(paint(words["other"], "1"))
        lines.extend(f"  {_finding_line(f, lang, paint)}" for f in others)
    lines.append("")
    counts = Counter(f.severity for f in r.findings)
    summary = words["summary"].format(
        c=r.checklist_passed, ct=len(r.checklist), s=r.sections_passed, st=len(r.sections),
        score=score,
    )
    tally = words["counts"].format(
        e=counts[Severity.ERROR], w=counts[Severity.WARNING], i=counts[Severity.INFO]
    )
    if r.suppressed:
        tally += ", " + words["suppressed"].format(n=r.suppressed)
    lines.append(paint(f"{summary}; {tally}", "1"))
    return lines


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    words = _WORDS[options.lang]
    blocks: list[str] = []
    for r in results:
        if options.quiet and not r.findings:
            continue
        blocks.append("\n".join(report_file(r, options)))
    if options.statistics:
        counts = Counter(f.rule for r in results for f in r.findings)
        stats = [words["statistics"]]
        stats.extend(f"  {n:5d}  {rule}" for rule, n in sorted(counts.items(),
                                                              key=lambda kv: (-kv[1], kv[0])))
        blocks.append("\n".join(stats))
    if len(results) > 1:
        with_findings = sum(1 for r in results if r.findings)
        blocks.append(words["total"].format(n=len(results), f=with_findings))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
