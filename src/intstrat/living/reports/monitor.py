"""The reports of `intstrat monitor`: progress of indicators and milestones as of a date."""

from __future__ import annotations

import json as _json

from intstrat.i18n import Translator, translator
from intstrat.i18n.formats import Formats, formats
from intstrat.living.progress import STATUS_LABELS, TOLERANCE, Progress, to_dict
from intstrat.living.reports import ReportOptions
from intstrat.living.reports import markdown as md
from intstrat.living.reports.shown import day, measure


def json(progress: Progress, options: ReportOptions) -> str:
    payload = {"file": options.file, "language": options.lang, **to_dict(progress)}
    return _json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def markdown(progress: Progress, options: ReportOptions) -> str:
    tr, fmt = translator(options.lang), formats(options.lang)
    out = [f"# {_title(progress, tr, fmt)}", ""]
    out += [f"## {tr.pgettext('monitor', 'Indicators')}", ""]
    if progress.indicators:
        header = [
            tr.pgettext("monitor", "Indicator"),
            tr.pgettext("monitor", "Baseline"),
            tr.pgettext("monitor", "Target"),
            tr.pgettext("monitor", "Latest"),
            tr.pgettext("monitor", "Progress %"),
            tr.pgettext("monitor", "Plan %"),
            tr.pgettext("monitor", "Due"),
            tr.pgettext("monitor", "Status"),
        ]
        rows = []
        for i in progress.indicators:
            latest = measure(i.latest, fmt)
            if i.latest_date is not None:
                latest = tr.pgettext("monitor", "{value} (of {date})", value=latest,
                                     date=fmt.date(i.latest_date))
            rows.append([
                _indicator_name(i.name, i.unit),
                measure(i.baseline, fmt),
                measure(i.target, fmt),
                latest,
                measure(i.percent, fmt, 1),
                measure(i.expected_percent, fmt, 1),
                day(i.due, fmt),
                tr.label(STATUS_LABELS[i.status]),
            ])
        out += md.table(header, rows, "lrrrrrll")
        out += ["", _rule(progress, tr, fmt)]
    else:
        out.append(_no_indicators(tr))
    out += ["", f"## {tr.pgettext('monitor', 'Milestones')}", ""]
    if progress.milestones:
        out += md.table(_milestone_header(tr), _milestone_rows(progress, tr, fmt), "llll")
        if _contradictory(progress):
            out += ["", _contradiction_note(progress, tr, fmt)]
    else:
        out.append(_no_milestones(tr))
    out += ["", f"**{_verdict(progress, tr)}**", ""]
    return "\n".join(out)


def text(progress: Progress, options: ReportOptions) -> str:
    from intstrat.living.reports.terminal import SIMPLE_HEAD, STYLES, Table, Text, draw

    tr, fmt = translator(options.lang), formats(options.lang)
    parts: list[object] = [Text(_title(progress, tr, fmt), style="bold")]
    if progress.indicators:
        # Compact columns (baseline -> target, progress / time) keep it legible at 80 columns.
        table = Table(title=tr.pgettext("monitor", "Indicators"), title_justify="left",
                      box=SIMPLE_HEAD, pad_edge=False)
        table.add_column(tr.pgettext("monitor", "Indicator"), ratio=1, min_width=12)
        table.add_column(tr.pgettext("monitor", "Baseline → target"), justify="right")
        table.add_column(tr.pgettext("monitor", "Latest"), justify="right")
        table.add_column(tr.pgettext("monitor", "Progress % / plan %"), justify="right")
        table.add_column(tr.pgettext("monitor", "Due"), no_wrap=True)
        words = {i.status: tr.label(STATUS_LABELS[i.status]) for i in progress.indicators}
        table.add_column(tr.pgettext("monitor", "Status"), no_wrap=True,
                         min_width=max(map(len, words.values())))
        for i in progress.indicators:
            latest = measure(i.latest, fmt)
            if i.latest_date is not None:
                latest += f"\n{fmt.date(i.latest_date)}"
            table.add_row(
                Text(_indicator_name(i.name, i.unit)),
                Text(f"{measure(i.baseline, fmt)} → {measure(i.target, fmt)}"),
                Text(latest),
                Text(f"{measure(i.percent, fmt, 1)}\n{measure(i.expected_percent, fmt, 1)}"),
                Text(day(i.due, fmt)),
                Text(words[i.status], style=STYLES[i.status]),
            )
        parts += [table, Text(_rule(progress, tr, fmt), style="dim")]
    else:
        parts.append(Text(_no_indicators(tr)))
    if progress.milestones:
        table = Table(title=tr.pgettext("monitor", "Milestones"), title_justify="left",
                      box=SIMPLE_HEAD)
        for index, heading in enumerate(_milestone_header(tr)):
            table.add_column(heading, ratio=1 if index == 0 else None, no_wrap=index > 0)
        rows = _milestone_rows(progress, tr, fmt)
        for row, milestone in zip(rows, progress.milestones, strict=True):
            table.add_row(*map(Text, row[:-1]), Text(row[-1], style=STYLES[milestone.status]))
        parts.append(table)
        if _contradictory(progress):
            parts.append(Text(_contradiction_note(progress, tr, fmt), style="dim"))
    else:
        parts.append(Text(_no_milestones(tr)))
    style = "bold red" if progress.needs_attention else "green"
    parts.append(Text(_verdict(progress, tr), style=style))
    return draw(parts, options)


def _title(progress: Progress, tr: Translator, fmt: Formats) -> str:
    return tr.gettext("Progress as of {as_of} (guide ch. 7)", as_of=fmt.date(progress.as_of))


def _indicator_name(name: str, unit: str | None) -> str:
    return f"{name} ({unit})" if unit else name


def _rule(progress: Progress, tr: Translator, fmt: Formats) -> str:
    rule = tr.gettext(
        "Progress % = share of the way from baseline to target; Plan % = the share the plan "
        "expects by this day (from the start, the indicator's own or the strategy's, through "
        "its interim targets to the due date; the baseline before the start). On track: "
        "within {tolerance} points of the plan; after the due date only the target counts.",
        tolerance=measure(TOLERANCE, fmt),
    )
    months = progress.review_interval_months
    if months is None:
        return rule
    return rule + " " + tr.ngettext(
        "Data out of date: the latest value is more than {n} month old (the review interval).",
        "Data out of date: the latest value is more than {n} months old (the review interval).",
        months,
    )


def _contradictory(progress: Progress) -> bool:
    return any(m.status == "contradictory" for m in progress.milestones)


def _contradiction_note(progress: Progress, tr: Translator, fmt: Formats) -> str:
    return tr.gettext(
        "Contradictory: the status is open although done_on is filled in, or done_on lies "
        "after {as_of}. Correct status or done_on (intstrat check reports it as CO07).",
        as_of=fmt.date(progress.as_of),
    )


def _no_indicators(tr: Translator) -> str:
    return tr.gettext("No indicators in monitoring.indicators.")


def _no_milestones(tr: Translator) -> str:
    return tr.gettext("No milestones in concept.work_plan.milestones.")


def _milestone_header(tr: Translator) -> list[str]:
    return [
        tr.pgettext("monitor", "Milestone"),
        tr.pgettext("monitor", "Due"),
        tr.pgettext("monitor", "Done on"),
        tr.pgettext("monitor", "Status"),
    ]


def _milestone_rows(progress: Progress, tr: Translator, fmt: Formats) -> list[list[str]]:
    return [
        [m.title, day(m.due, fmt), day(m.done_on, fmt), tr.label(STATUS_LABELS[m.status])]
        for m in progress.milestones
    ]


def _verdict(progress: Progress, tr: Translator) -> str:
    if not progress.needs_attention:
        return tr.gettext("Nothing behind and nothing overdue.")
    counts = progress.counts()
    behind = tr.ngettext("{n} indicator behind", "{n} indicators behind", counts["behind"])
    overdue = tr.ngettext("{n} milestone overdue", "{n} milestones overdue", counts["overdue"])
    verdict = tr.gettext("Needs attention: {behind}, {overdue}.", behind=behind, overdue=overdue)
    if counts["stale"]:
        verdict += " " + tr.ngettext(
            "{n} indicator has data out of date.", "{n} indicators have data out of date.",
            counts["stale"],
        )
    if counts["contradictory"]:
        verdict += " " + tr.ngettext(
            "{n} milestone is contradictory.", "{n} milestones are contradictory.",
            counts["contradictory"],
        )
    return verdict
