"""The reports of `intstrat rank`: the ranked candidates, the decision matrix, the sensitivity."""

from __future__ import annotations

import json as _json
from dataclasses import dataclass
from typing import Any

from intstrat.i18n import Translator, translator
from intstrat.i18n.formats import Formats, formats
from intstrat.living.ranking import Ranking, to_dict
from intstrat.living.reports import ReportOptions
from intstrat.living.reports import markdown as md
from intstrat.living.reports.shown import EMPTY, measure, signed


def json(ranking: Ranking, options: ReportOptions) -> str:
    payload = {"file": options.file, "language": options.lang, **to_dict(ranking)}
    return _json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def markdown(ranking: Ranking, options: ReportOptions) -> str:
    tr, fmt = translator(options.lang), formats(options.lang)
    out = [f"# {_title(ranking, tr)}", "", *_intro(ranking, tr, fmt), ""]
    parts = _Parts.of(ranking, tr, fmt)
    if not parts.matrix:
        return "\n".join([*out, _no_criteria(tr), ""])
    if not ranking.items:
        return "\n".join([*out, _no_items(tr), ""])
    out += md.table(_header(ranking, tr), parts.rows, "rlrrll")
    if parts.notes:
        out += ["", *(f"- {note}" for note in parts.notes)]
    out += ["", f"## {_criteria(tr)}", ""]
    header = [tr.pgettext("rank", "Criterion"), tr.pgettext("rank", "Group"),
              tr.pgettext("rank", "Weight"), *(item.id for item in ranking.items)]
    out += md.table(header, parts.matrix, "llr" + "r" * len(ranking.items))
    out += ["", f"## {_sensitivity(tr)}", ""]
    out += [f"- {shift}" for shift in parts.shifts] or [_robust(tr)]
    out.append("")
    return "\n".join(out)


def text(ranking: Ranking, options: ReportOptions) -> str:
    from intstrat.living.reports.terminal import SIMPLE_HEAD, Table, Text, draw

    tr, fmt = translator(options.lang), formats(options.lang)
    out: list[object] = [Text(_title(ranking, tr), style="bold")]
    out += [Text(line, style="dim") for line in _intro(ranking, tr, fmt)]
    parts = _Parts.of(ranking, tr, fmt)
    if not parts.matrix:
        return draw([*out, Text(_no_criteria(tr))], options)
    if not ranking.items:
        return draw([*out, Text(_no_items(tr))], options)
    table = Table(box=SIMPLE_HEAD, pad_edge=False)
    for heading, align in zip(_header(ranking, tr), "rlrrll", strict=True):
        right = align == "r"
        table.add_column(heading, justify="right" if right else "left", ratio=None if right else 1)
    for row in parts.rows:
        table.add_row(*map(Text, row))
    out.append(table)
    out += [Text(f"• {note}") for note in parts.notes]
    # The terminal matrix names criteria by id and drops the group: names would not fit.
    matrix = Table(title=_criteria(tr), title_justify="left", box=SIMPLE_HEAD)
    ids = list(dict.fromkeys(_scored_criteria(ranking)))  # one row per id, as the matrix has
    matrix.add_column(tr.pgettext("rank", "Criterion"), no_wrap=True,
                      min_width=max(map(len, ids)))
    matrix.add_column(tr.pgettext("rank", "Weight"), justify="right")
    for item in ranking.items:
        matrix.add_column(item.id, justify="right", overflow="fold")
    for criterion, row in zip(ids, parts.matrix, strict=True):
        matrix.add_row(Text(criterion), *map(Text, row[2:]))
    out += [matrix, Text(_sensitivity(tr), style="bold")]
    out += [Text(f"• {shift}") for shift in parts.shifts or [_robust(tr)]]
    return draw(out, options)


@dataclass(frozen=True)
class _Parts:
    """What both reports show: the ranked rows, the matrix rows, notes and weight shifts."""

    rows: list[list[str]]
    matrix: list[list[str]]
    notes: list[str]
    shifts: list[str]

    @classmethod
    def of(cls, ranking: Ranking, tr: Translator, fmt: Formats) -> _Parts:
        shape = to_dict(ranking)
        scored = {c["id"]: c for c in shape["criteria"]
                  if c["weight"] is not None and c["weight"] > 0}
        notes: list[str] = []
        for item in ranking.items:
            if item.missing:
                notes.append(tr.gettext(
                    "{name}: no usable score for {criteria} (left out, not counted as zero)",
                    name=item.name, criteria=", ".join(item.missing)))
            if item.excluded_raters:
                notes.append(tr.gettext(
                    "{name}: scores of {raters} excluded (declared conflict of interest)",
                    name=item.name, raters=", ".join(item.excluded_raters)))
        shifts = [
            tr.gettext("weight of {criterion} {delta}: rank changes for {items}",
                       criterion=s.criterion, delta=signed(s.delta, fmt),
                       items=", ".join(s.changed))
            for s in ranking.sensitivity
            if s.changed
        ]
        unscored = tr.pgettext("rank", "not scored")
        rows = [
            [
                str(item.rank) if item.rank is not None else EMPTY,
                f"{item.name} ({item.id})",
                measure(item.score, fmt, 2) if item.score is not None else unscored,
                measure(item.weighted_total, fmt, 2),
                ", ".join(item.missing) or EMPTY,
                ", ".join(item.excluded_raters) or EMPTY,
            ]
            for item in ranking.items
        ]
        matrix = []
        for criterion_id, criterion in scored.items():
            cells = []
            for item in ranking.items:
                mean = next(
                    (c.mean for c in item.per_criterion if c.criterion == criterion_id), None
                )
                cells.append(measure(mean, fmt, 2))
            matrix.append([_criterion_label(criterion), criterion["group"] or EMPTY,
                           measure(criterion["weight"], fmt), *cells])
        return cls(rows, matrix, notes, shifts)


def _title(ranking: Ranking, tr: Translator) -> str:
    if ranking.kind == "partners":
        return tr.gettext("Partner ranking (guide ch. 4.2)")
    return tr.gettext("Project ranking (guide ch. 5.1)")


def _intro(ranking: Ranking, tr: Translator, fmt: Formats) -> list[str]:
    low, high = ranking.scale
    lines = [tr.gettext(
        "Scale {low}–{high}; score = weighted mean of the raters' means per criterion.",
        low=measure(low, fmt), high=measure(high, fmt))]
    if ranking.decided_by:
        lines.append(tr.gettext("Decided by: {who}", who=ranking.decided_by))
    return lines


def _header(ranking: Ranking, tr: Translator) -> list[str]:
    who = (tr.pgettext("rank", "Candidate") if ranking.kind == "partners"
           else tr.pgettext("rank", "Project"))
    return [
        tr.pgettext("rank", "Rank"),
        who,
        tr.pgettext("rank", "Score"),
        tr.pgettext("rank", "Weighted sum"),
        tr.pgettext("rank", "Missing scores"),
        tr.pgettext("rank", "Excluded (conflict)"),
    ]


def _criteria(tr: Translator) -> str:
    return tr.pgettext("rank", "Criteria catalogue")


def _sensitivity(tr: Translator) -> str:
    return tr.gettext("Sensitivity (each weight moved by one step)")


def _robust(tr: Translator) -> str:
    return tr.gettext("No single-step change of a weight changes any rank.")


def _no_criteria(tr: Translator) -> str:
    return tr.gettext("No criteria with a positive weight: nothing to rank.")


def _no_items(tr: Translator) -> str:
    return tr.gettext("No candidates to rank.")


def _criterion_label(criterion: dict[str, Any]) -> str:
    name = criterion.get("name")
    return name if isinstance(name, str) and name.strip() else str(criterion.get("id"))


def _scored_criteria(ranking: Ranking) -> list[str]:
    """Ids of the criteria that count (a positive weight), in catalogue order."""
    scored = {c.criterion for item in ranking.items for c in item.per_criterion}
    if not ranking.items:
        return []
    return [str(c.get("id")) for c in ranking.criteria if str(c.get("id")) in scored]
