"""The reports of `intstrat diff`: score, checklist and findings before and after; changed keys.

Changed values are shown as the YAML holds them (a date stays ISO, a number keeps its point), so
a reader finds them in the file; the report's own numbers follow the language.
"""

from __future__ import annotations

import datetime as dt
import json as _json
from typing import Any

from intstrat.findings import Finding, PointState
from intstrat.i18n import P_, Label, Translator, translator
from intstrat.i18n.formats import Formats, formats
from intstrat.living.compare import (
    Change,
    ChangeKind,
    Comparison,
    PointChange,
    RankingDiff,
    RankMove,
    SectionDiff,
    WeightChange,
    scalar_text,
    to_dict,
)
from intstrat.living.reports import ReportOptions
from intstrat.living.reports.markdown import cell
from intstrat.living.reports.shown import EMPTY, measure, signed
from intstrat.rules import point_title

CHANGE_LABELS: dict[ChangeKind, Label] = {
    "added": P_("change", "added"),
    "removed": P_("change", "removed"),
    "changed": P_("change", "changed"),
}
POINT_LABELS: dict[PointState | None, Label] = {
    PointState.PASSED: P_("point-status", "passed"),
    PointState.FAILED: P_("point-status", "failed"),
    PointState.WAIVED: P_("point-status", "waived"),
    None: P_("point-status", "not audited"),
}


def json(comparison: Comparison, options: ReportOptions) -> str:
    payload = {"language": options.lang, **to_dict(comparison, options.lang)}
    return _json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def text(comparison: Comparison, options: ReportOptions) -> str:
    tr, fmt = translator(options.lang), formats(options.lang)
    out = [_title(tr, comparison.old_path, comparison.new_path)]
    out += _summary(comparison, tr, fmt)
    if comparison.rankings:
        out += ["", _rankings_moved(tr)]
        for ranking in comparison.rankings:
            out.append(f"  {_ranking_title(ranking, tr)}")
            out += [f"    {line}" for line in _ranking_lines(ranking, tr, fmt)]
    out += ["", _points_changed(tr)]
    for point in _changed_points(comparison):
        out.append(f"  {_point_line(point, tr)}")
        out += [f"    {line}" for line in _reason_lines(point, tr, options.lang)]
    if not _changed_points(comparison):
        out.append("  " + _no_point_changes(tr))
    out += ["", _structure(tr)]
    if not comparison.sections:
        out.append("  " + _no_changes(tr))
    for section in comparison.sections:
        out.append(f"  {section.section}: {_counts(section, tr)}")
        out += [f"    {_change_line(change, tr)}" for change in section.changes]
    for heading, findings in _finding_groups(comparison, tr):
        out += ["", heading]
        out += [f"  {_finding_line(f, options.lang)}" for f in findings]
    if comparison.regression:
        out += ["", _regression(tr)]
    out.append("")
    return "\n".join(out)


def markdown(comparison: Comparison, options: ReportOptions) -> str:
    tr, fmt = translator(options.lang), formats(options.lang)
    title = _title(tr, f"`{comparison.old_path}`", f"`{comparison.new_path}`")
    out = [f"# {title}", ""]
    out += [f"- {line}" for line in _summary(comparison, tr, fmt)]
    if comparison.rankings:
        out += ["", f"## {_rankings_moved(tr)}", ""]
        for ranking in comparison.rankings:
            out.append(f"- {cell(_ranking_title(ranking, tr))}")
            out += [f"  - {cell(line)}" for line in _ranking_lines(ranking, tr, fmt)]
    out += ["", f"## {_points_changed(tr)}", ""]
    for point in _changed_points(comparison):
        out.append(f"- {_point_line(point, tr)}")
        out += [f"  - {cell(line)}" for line in _reason_lines(point, tr, options.lang)]
    if not _changed_points(comparison):
        out.append(_no_point_changes(tr))
    out += ["", f"## {_structure(tr)}", ""]
    if not comparison.sections:
        out.append(_no_changes(tr))
    for section in comparison.sections:
        out += [f"### {section.section}", "", _counts(section, tr), ""]
        out += [f"- {_change_md(change, tr)}" for change in section.changes]
        out.append("")
    for heading, findings in _finding_groups(comparison, tr):
        out += [f"## {heading}", ""]
        out += [f"- {_finding_line(f, options.lang)}" for f in findings]
        out.append("")
    if comparison.regression:
        out += [f"**{_regression(tr)}**", ""]
    return "\n".join(out)


def summarize(value: Any, tr: Translator, width: int = 60) -> str:
    """A short one-line form of a changed value, in its YAML spelling."""
    if value is None or isinstance(value, bool | dt.date):
        return scalar_text(value)
    if isinstance(value, int | float):
        return scalar_text(value)
    if isinstance(value, dict):
        for key in ("id", "name", "title", "rater", "partner", "date"):
            if key in value and not isinstance(value[key], dict | list):
                return f"{{{key}: {summarize(value[key], tr, width)}, …}}"
        return "{" + tr.ngettext("{n} key", "{n} keys", len(value)) + "}"
    if isinstance(value, list):
        return "[" + tr.ngettext("{n} item", "{n} items", len(value)) + "]"
    shown = " ".join(str(value).split())
    if len(shown) > width:
        shown = shown[: width - 1] + "…"
    return f'"{shown}"'


def _title(tr: Translator, old: str, new: str) -> str:
    return tr.gettext("Changes from {old} to {new}", old=old, new=new)


def _summary(comparison: Comparison, tr: Translator, fmt: Formats) -> list[str]:
    na = tr.pgettext("diff", "n/a")

    def score(value: float | None) -> str:
        return fmt.score(value) if value is not None else na

    delta = comparison.score_delta
    lines = [tr.gettext(
        "Score: {before} → {after} ({delta})",
        before=score(comparison.score_before),
        after=score(comparison.score_after),
        delta=na if delta is None else signed(delta, fmt, 1),
    )]
    for prefix in ("CL", "CS"):
        pair = [comparison.passed(when, prefix) for when in ("before", "after")]
        if all(p is None for p in pair):
            continue
        before, after = (f"{p[0]}/{p[1]}" if p else na for p in pair)
        if prefix == "CL":
            lines.append(tr.gettext("Checklist points passed: {before} → {after}",
                                    before=before, after=after))
        else:
            lines.append(tr.gettext("Concept sections passed: {before} → {after}",
                                    before=before, after=after))
    return lines


def _changed_points(comparison: Comparison) -> list[PointChange]:
    return [p for p in comparison.checklist if p.changed]


def _point_line(point: PointChange, tr: Translator) -> str:
    title = point_title(point.rule, tr.lang)
    return (f"{point.rule} {title}: {tr.label(POINT_LABELS[point.state('before')])} → "
            f"{tr.label(POINT_LABELS[point.state('after')])}")


def _reason_lines(point: PointChange, tr: Translator, lang: str) -> list[str]:
    """Why the point changed: its rule's findings that went and came."""
    lines = []
    for finding in point.fixed:
        if finding.pointer:
            lines.append(tr.pgettext("diff", "fixed finding at {pointer}: {message}",
                                     pointer=finding.pointer, message=finding.text(lang)))
        else:
            lines.append(tr.pgettext("diff", "fixed finding: {message}",
                                     message=finding.text(lang)))
    for finding in point.introduced:
        if finding.pointer:
            lines.append(tr.pgettext("diff", "new finding at {pointer}: {message}",
                                     pointer=finding.pointer, message=finding.text(lang)))
        else:
            lines.append(tr.pgettext("diff", "new finding: {message}",
                                     message=finding.text(lang)))
    return lines


def _ranking_lines(ranking: RankingDiff, tr: Translator, fmt: Formats) -> list[str]:
    lines = [_weight_line(w, tr, fmt) for w in ranking.weights]
    lines += [_move_line(m, tr, fmt) for m in ranking.moves]
    if not ranking.moves:
        lines.append(tr.gettext("The order stayed the same."))
    return lines


def _weight_line(change: WeightChange, tr: Translator, fmt: Formats) -> str:
    return tr.gettext(
        "weight of {criterion}: {before} → {after}",
        criterion=change.name,
        before=measure(change.before, fmt),
        after=measure(change.after, fmt),
    )


def _move_line(move: RankMove, tr: Translator, fmt: Formats) -> str:
    return tr.gettext(
        "{name}: rank {before} → {after} (score {score_before} → {score_after})",
        name=move.name,
        before=EMPTY if move.before is None else str(move.before),
        after=EMPTY if move.after is None else str(move.after),
        score_before=measure(move.score_before, fmt, 2),
        score_after=measure(move.score_after, fmt, 2),
    )


def _ranking_title(ranking: RankingDiff, tr: Translator) -> str:
    """The same words as `intstrat rank`'s title."""
    if ranking.kind == "partners":
        return tr.gettext("Partner ranking (guide ch. 4.2)")
    return tr.gettext("Project ranking (guide ch. 5.1)")


def _rankings_moved(tr: Translator) -> str:
    return tr.gettext("Rankings that moved")


def _counts(section: SectionDiff, tr: Translator) -> str:
    return tr.gettext(
        "{added} added, {removed} removed, {changed} changed",
        added=section.count("added"),
        removed=section.count("removed"),
        changed=section.count("changed"),
    )


def _change_line(change: Change, tr: Translator) -> str:
    if change.kind == "added":
        return f"+ {change.pointer}: {summarize(change.new, tr)}"
    if change.kind == "removed":
        return f"- {change.pointer}: {summarize(change.old, tr)}"
    return f"~ {change.pointer}: {summarize(change.old, tr)} → {summarize(change.new, tr)}"


def _change_md(change: Change, tr: Translator) -> str:
    if change.kind == "changed":
        shown = f"{summarize(change.old, tr)} → {summarize(change.new, tr)}"
    else:
        shown = summarize(change.new if change.kind == "added" else change.old, tr)
    return f"{tr.label(CHANGE_LABELS[change.kind])} `{change.pointer}`: {cell(shown)}"


def _finding_groups(
    comparison: Comparison, tr: Translator
) -> list[tuple[str, tuple[Finding, ...]]]:
    return [
        (tr.gettext("Findings fixed ({n})", n=len(comparison.fixed)), comparison.fixed),
        (tr.gettext("Findings introduced ({n})", n=len(comparison.introduced)),
         comparison.introduced),
    ]


def _finding_line(finding: Finding, lang: str) -> str:
    where = f" ({finding.pointer})" if finding.pointer else ""
    return f"{finding.rule}{where}: {finding.text(lang)}"


def _points_changed(tr: Translator) -> str:
    return tr.gettext("Points that changed")


def _structure(tr: Translator) -> str:
    return tr.gettext("Changes by section")


def _no_point_changes(tr: Translator) -> str:
    return tr.gettext("No checklist point or concept section changed.")


def _no_changes(tr: Translator) -> str:
    return tr.gettext("The two versions hold the same data.")


def _regression(tr: Translator) -> str:
    return tr.gettext("Regression: the score dropped or findings were introduced.")
