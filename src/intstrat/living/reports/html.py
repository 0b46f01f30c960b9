"""`intstrat report --format html`: one self-contained page for one strategy or a portfolio.

Everything the page needs is inside it: the CSS, the charts (SVG), and a few lines of script
that sort the portfolio by score, open every detail for printing, and record for the browser
test whether a script failed and whether the page is wider than the window. Every piece of data
goes through `html.escape`. A status is told by a word and a sign, the colour only repeats it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from intstrat.findings import PointStatus
from intstrat.i18n import P_, Label, Translator, translator
from intstrat.i18n.formats import Formats, formats
from intstrat.living.portfolio import Entry
from intstrat.living.progress import ATTENTION, STATUS_LABELS, Progress
from intstrat.living.reports.shown import EMPTY, day, measure

POINT_STATES: dict[str, tuple[str, Label]] = {
    "passed": ("✓", P_("point-status", "passed")),
    "waived": ("~", P_("point-status", "waived")),
    "failed": ("✗", P_("point-status", "failed")),
}
"""Sign and word of a point's status (`PointStatus.status`)."""

_WORDS: dict[str, Label] = {
    "Portfolio": P_("html report", "Portfolio"),
    "Strategy": P_("html report", "Strategy"),
    "Score": P_("html report", "Score"),
    "Checklist points and sections": P_("html report", "Checklist points and sections"),
    "Point": P_("html report", "Point"),
    "Title": P_("html report", "Title"),
    "Status": P_("monitor", "Status"),
    "Findings": P_("html report", "Findings"),
    "Score history": P_("html report", "Score history"),
    "Monitoring": P_("html report", "Monitoring"),
    "Indicators": P_("monitor", "Indicators"),
    "Indicator": P_("monitor", "Indicator"),
    "Baseline": P_("monitor", "Baseline"),
    "Target": P_("monitor", "Target"),
    "Latest": P_("monitor", "Latest"),
    "Due": P_("monitor", "Due"),
    "Milestones": P_("monitor", "Milestones"),
    "Milestone": P_("monitor", "Milestone"),
    "Done on": P_("monitor", "Done on"),
    "What the points ask": P_("html report", "What the points ask"),
}
"""Headings and captions, by their English text."""


def _words(tr: Translator) -> dict[str, str]:
    return {text: escape(tr.label(label)) for text, label in _WORDS.items()}


_STYLE = """
:root { color: #1a1a1a; background: #ffffff; font: 15px/1.45 system-ui, sans-serif; }
body { margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 75rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
a { color: #0d47a1; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #b0b0b0; padding: .25rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #eceff1; }
.wide { overflow-x: auto; max-width: 100%; position: relative; }
.points td.status, .monitor td.status { white-space: nowrap; }
.passed { color: #1b5e20; background: #e8f5e9; }
.failed { color: #b71c1c; background: #ffebee; }
.waived { color: #4e342e; background: #efebe9; }
.attention { color: #b71c1c; background: #ffebee; }
.calm { color: #1b5e20; background: #e8f5e9; }
.portfolio th, .portfolio td { padding: .15rem .25rem; font-size: .8rem; text-align: center; }
.portfolio th[scope=row] { text-align: left; min-width: 12rem; max-width: 20rem; }
.portfolio th.point { writing-mode: vertical-rl; padding: .3rem .1rem; }
.portfolio th.point abbr { text-decoration: none; }
.portfolio button { font: inherit; font-weight: 600; cursor: pointer; }
.score-big { font-size: 1.2rem; font-weight: 600; }
.file { color: #424242; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
      white-space: nowrap; }
td.cell { position: relative; }
details ul { margin: .3rem 0; padding-left: 1.2rem; }
dl.explain dt { font-weight: 600; margin-top: .8rem; } dl.explain dd { margin-left: 1rem; }
.history-chart { max-width: 100%; height: auto; }
@media print {
  :root { font-size: 11pt; } body { max-width: none; padding: 0; }
  .portfolio button { border: 0; background: none; }
  section.strategy { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
"""

# Before anything else: count script errors into an attribute the browser test reads.
_ERROR_PROBE = (
    "window.onerror=function(){var d=document.documentElement;"
    "d.setAttribute('data-js-errors',String(Number(d.getAttribute('data-js-errors')||0)+1));};"
)

_SCRIPT = """
(function () {
  var root = document.documentElement;
  document.querySelectorAll('button[data-sort]').forEach(function (button) {
    button.addEventListener('click', function () {
      var th = button.closest('th'), table = button.closest('table');
      var down = th.getAttribute('aria-sort') !== 'descending';
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var d = Number(a.dataset.score) - Number(b.dataset.score);
        return down ? -d : d;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
    });
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
  function measure() {
    root.setAttribute('data-overflow',
      root.scrollWidth > window.innerWidth ? 'yes' : 'no');
  }
  measure();
  window.addEventListener('load', measure);
})();
"""


def html(entries: Sequence[Entry], lang: str, as_of: dt.date) -> str:
    """The page for `entries` in `lang`, monitor statuses as of `as_of`."""
    tr, fmt = translator(lang), formats(lang)
    many = len(entries) > 1
    title = (tr.pgettext("html report", "Internationalisation strategies: report")
             if many else tr.pgettext("html report", "Internationalisation strategy: report"))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}" data-js-errors="0">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<script>{_ERROR_PROBE}</script>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        "<p>" + escape(tr.npgettext(
            "html report", "{n} strategy, monitor as of {date}.",
            "{n} strategies, monitor as of {date}.", len(entries), date=fmt.date(as_of))) + "</p>",
        "</header>",
        "<main>",
    ]
    rule_ids = _rule_ids(entries)
    if many:
        out += _portfolio(entries, rule_ids, tr, fmt)
    for index, entry in enumerate(entries, 1):
        out += _strategy(entry, index, tr, fmt, lang)
    out += _explanations(rule_ids, tr, lang)
    out += ["</main>", f"<script>{_SCRIPT}</script>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _rule_ids(entries: Sequence[Entry]) -> list[str]:
    for entry in entries:
        if entry.result is not None and entry.result.checklist:
            return [p.rule for p in (*entry.result.checklist, *entry.result.sections)]
    from intstrat.rules import all_rules
    from intstrat.rules.base import Group

    return [r.id for r in all_rules().values() if r.group in (Group.CHECKLIST, Group.SECTION)]


def _points(entry: Entry) -> list[PointStatus]:
    if entry.result is None:
        return []
    return [*entry.result.checklist, *entry.result.sections]


def _state(point: PointStatus) -> str:
    return point.status.value


def _sign(state: str, tr: Translator) -> str:
    sign, word = POINT_STATES[state]
    return f'<span aria-hidden="true">{sign}</span> {escape(tr.label(word))}'


def _portfolio(entries: Sequence[Entry], rule_ids: list[str], tr: Translator,
               fmt: Formats) -> list[str]:
    from intstrat.rules import all_rules

    rules, w = all_rules(), _words(tr)
    out = [
        '<section id="portfolio">',
        f"<h2>{w['Portfolio']}</h2>",
        '<div class="wide">',
        '<table class="portfolio">',
        "<caption>" + escape(tr.pgettext(
            "html report", "Every strategy against every point; sort by score with the button "
            "in its heading.")) + "</caption>",
        "<thead><tr>",
        f'<th scope="col">{w["Strategy"]}</th>',
        '<th scope="col" aria-sort="none"><button type="button" data-sort="score">'
        f'{w["Score"]}</button></th>',
    ]
    for rule in rule_ids:
        name = rules[rule].title(tr.lang) if rule in rules else rule
        out.append(f'<th scope="col" class="point"><abbr title="{escape(name)}">'
                   f"{escape(rule)}</abbr></th>")
    out.append("</tr></thead>")
    out.append("<tbody>")
    for index, entry in enumerate(entries, 1):
        points = {p.rule: p for p in _points(entry)}
        score = entry.result.score if entry.result is not None and points else None
        out.append(f'<tr data-score="{score if score is not None else -1}">')
        out.append(f'<th scope="row"><a href="#s-{index}">{escape(entry.title)}</a></th>')
        out.append(f"<td>{escape(fmt.score(score)) if score is not None else EMPTY}</td>")
        for rule in rule_ids:
            point = points.get(rule)
            if point is None:
                out.append(f"<td>{EMPTY}</td>")
                continue
            state = _state(point)
            sign, word = POINT_STATES[state]
            out.append(f'<td class="cell {state}"><span aria-hidden="true">{sign}</span>'
                       f'<span class="sr">{escape(rule)}: {escape(tr.label(word))}</span></td>')
        out.append("</tr>")
    out += ["</tbody>", "</table>", "</div>", "</section>"]
    return out


def _strategy(entry: Entry, index: int, tr: Translator, fmt: Formats, lang: str) -> list[str]:
    from intstrat.rules import all_rules

    rules, w = all_rules(), _words(tr)
    out = [f'<section class="strategy" id="s-{index}" aria-labelledby="s-{index}-h">',
           f'<h2 id="s-{index}-h">{escape(entry.title)}</h2>',
           f'<p class="file">{escape(entry.file)}</p>']
    points = _points(entry)
    if entry.result is None or not points:
        problems = entry.problems or (entry.result.findings if entry.result else ())
        out.append("<p>" + escape(tr.pgettext(
            "html report", "This file cannot be read as a strategy:")) + "</p><ul>")
        out += [f"<li>{escape(f.text(lang))} [{escape(f.rule)}]</li>" for f in problems]
        out += ["</ul>", "</section>"]
        return out
    result = entry.result
    passed = sum(1 for p in points if p.passed)
    out.append('<p class="score-big">' + escape(tr.pgettext(
        "html report", "Score {score}: {passed} of {total} points passed",
        score=fmt.score(result.score), passed=passed, total=len(points))) + "</p>")
    out += [
        f"<h3>{w['Checklist points and sections']}</h3>",
        '<table class="points">',
        "<caption>" + escape(tr.pgettext(
            "html report", "The points of the checklist and the sections of the concept, with "
            "their findings")) + "</caption>",
        "<thead><tr>"
        f'<th scope="col">{w["Point"]}</th>'
        f'<th scope="col">{w["Title"]}</th>'
        f'<th scope="col">{w["Status"]}</th>'
        f'<th scope="col">{w["Findings"]}</th>'
        "</tr></thead>",
        "<tbody>",
    ]
    for point in points:
        state = _state(point)
        name = rules[point.rule].title(lang) if point.rule in rules else point.rule
        summary = tr.npgettext("html report", "{n} finding", "{n} findings", len(point.findings))
        items = "".join(
            "<li>" + escape(tr.pgettext("html report", "line {line}", line=f.line))
            + f": {escape(f.text(lang))} [{escape(f.rule)}]</li>" for f in point.findings)
        explain = tr.pgettext("html report", "What {point} asks", point=point.rule)
        out.append(
            f'<tr class="{state}"><th scope="row">{escape(point.rule)}</th>'
            f"<td>{escape(name)}</td>"
            f'<td class="status {state}">{_sign(state, tr)}</td>'
            f"<td><details><summary>{escape(summary)}</summary>"
            + (f"<ul>{items}</ul>" if items else "")
            + f'<p><a href="#point-{escape(point.rule)}">{escape(explain)}</a></p>'
            "</details></td></tr>")
    out += ["</tbody>", "</table>"]
    if entry.progress is not None:
        out += _monitor(entry.progress, index, tr, fmt)
    out.append(f"<h3>{w['Score history']}</h3>")
    if entry.history is not None and entry.history.versions:
        from intstrat.living.reports.chart import svg

        out.append(svg(entry.history, lang, standalone=False, ident=f"s-{index}-chart"))
    else:
        out.append("<p>" + escape(tr.pgettext(
            "html report", "No history: the file is not committed to a git repository."))
            + "</p>")
    out.append("</section>")
    return out


def _monitor(progress: Progress, index: int, tr: Translator, fmt: Formats) -> list[str]:
    attention, w = progress.needs_attention, _words(tr)
    verdict = (tr.pgettext("html report", "Something is behind or overdue.") if attention
               else tr.pgettext("html report", "Nothing is behind or overdue."))
    out = [f"<h3>{w['Monitoring']}</h3>",
           f'<p class="{"attention" if attention else "calm"}">{escape(verdict)}</p>']
    status_head = w["Status"]
    if progress.indicators:
        out += [
            '<div class="wide"><table class="monitor">',
            f"<caption>{w['Indicators']}</caption>",
            "<thead><tr>"
            f'<th scope="col">{w["Indicator"]}</th>'
            f'<th scope="col">{w["Baseline"]}</th>'
            f'<th scope="col">{w["Target"]}</th>'
            f'<th scope="col">{w["Latest"]}</th>'
            f'<th scope="col">{w["Due"]}</th>'
            f'<th scope="col">{status_head}</th></tr></thead><tbody>',
        ]
        for i in progress.indicators:
            word = _status_word(i.status, tr)
            name = f"{i.name} ({i.unit})" if i.unit else i.name
            out.append(
                f'<tr><th scope="row">{escape(name)}</th>'
                f"<td>{escape(measure(i.baseline, fmt))}</td>"
                f"<td>{escape(measure(i.target, fmt))}</td>"
                f"<td>{escape(measure(i.latest, fmt))}</td>"
                f"<td>{escape(day(i.due, fmt))}</td>"
                f'<td class="status {_tone(i.status)}">{escape(word)}</td></tr>')
        out.append("</tbody></table></div>")
    if progress.milestones:
        out += [
            '<div class="wide"><table class="monitor">',
            f"<caption>{w['Milestones']}</caption>",
            "<thead><tr>"
            f'<th scope="col">{w["Milestone"]}</th>'
            f'<th scope="col">{w["Due"]}</th>'
            f'<th scope="col">{w["Done on"]}</th>'
            f'<th scope="col">{status_head}</th></tr></thead><tbody>',
        ]
        for m in progress.milestones:
            out.append(
                f'<tr><th scope="row">{escape(m.title)}</th>'
                f"<td>{escape(day(m.due, fmt))}</td><td>{escape(day(m.done_on, fmt))}</td>"
                f'<td class="status {_tone(m.status)}">{escape(_status_word(m.status, tr))}'
                "</td></tr>")
        out.append("</tbody></table></div>")
    return out


def _status_word(status: str, tr: Translator) -> str:
    label = STATUS_LABELS.get(status)  # type: ignore[call-overload]
    return tr.label(label) if label is not None else status


def _tone(status: str) -> str:
    if status in ATTENTION:
        return "attention"
    if status in ("achieved", "done", "on_track"):
        return "calm"
    return ""


def _explanations(rule_ids: list[str], tr: Translator, lang: str) -> list[str]:
    from intstrat.rules import all_rules

    rules, w = all_rules(), _words(tr)
    out = ['<section id="points">',
           f"<h2>{w['What the points ask']}</h2>",
           '<dl class="explain">']
    for rule_id in rule_ids:
        rule = rules.get(rule_id)
        if rule is None:
            continue
        chapter = tr.pgettext("html report", "guide {chapter}", chapter=rule.chapter)
        out.append(f'<dt id="point-{escape(rule.id)}">{escape(rule.id)} · '
                   f"{escape(rule.title(lang))} ({escape(chapter)})</dt>")
        out.append(f"<dd><p>{escape(rule.explanation(lang))}</p>"
                   f"<p>{escape(rule.fix(lang))}</p></dd>")
    out += ["</dl>", "</section>"]
    return out
