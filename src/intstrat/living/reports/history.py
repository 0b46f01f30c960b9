"""The reports of `intstrat history`: text, JSON, CSV and an SVG chart of the score over time.

The chart is an SVG file rather than a Mermaid `xychart-beta` block: it opens in every browser
and office program without a Mermaid renderer, can mark format changes and unreadable versions,
and is the same chart the HTML report shows inline.
"""

from __future__ import annotations

import csv
import io
import json as _json

from intstrat.i18n import P_, Label, Translator, translator
from intstrat.i18n.formats import formats
from intstrat.living.history import History, Mark, Version, to_dict
from intstrat.living.progress import STATUS_LABELS
from intstrat.living.reports import ReportOptions
from intstrat.living.reports.shown import EMPTY, signed

MARK_LABELS: dict[Mark, Label] = {
    "first": P_("history mark", "first version"),
    "format": P_("history mark", "format version changed"),
    "renamed": P_("history mark", "renamed"),
    "unreadable": P_("history mark", "not readable as a strategy"),
    "too_large": P_("history mark", "too large to read"),
}

FORMATS = ("text", "json", "csv", "svg")


def write(found: History, fmt: str, options: ReportOptions) -> str:
    writers = {"text": text, "json": json, "csv": csv_table, "svg": svg}
    return writers[fmt](found, options)


def json(found: History, options: ReportOptions) -> str:
    payload = {"file": options.file, "language": options.lang, **to_dict(found)}
    return _json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"


def csv_table(found: History, options: ReportOptions) -> str:
    """One row per version; the columns are ids (like JSON's keys), the points passed, failed or
    waived."""
    rule_ids = [rule for rule, _ in found.versions[0].points] if found.versions else []
    for version in found.versions:
        if version.points:
            rule_ids = [rule for rule, _ in version.points]
            break
    statuses = list(STATUS_LABELS)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["commit", "date", "path", "format", "score", "passed", *rule_ids,
                     *statuses, "needs_attention", "marks", "rules", "subject"])
    for v in found.versions:
        points = dict(v.points)
        counts = dict(v.monitor)
        writer.writerow([
            v.commit.sha, v.commit.when.isoformat(), v.commit.path,
            "" if v.format_version is None else v.format_version,
            "" if v.score is None else f"{v.score:.1f}",
            v.passed if v.readable else "",
            *[points.get(r, "") for r in rule_ids],
            *[counts.get(s, 0) if v.readable else "" for s in statuses],
            str(v.attention).lower() if v.readable else "",
            " ".join(v.marks), found.rules, v.commit.subject,
        ])
    return out.getvalue()


def svg(found: History, options: ReportOptions) -> str:
    from intstrat.living.reports.chart import svg as chart

    return '<?xml version="1.0" encoding="UTF-8"?>\n' + chart(found, options.lang)


def text(found: History, options: ReportOptions) -> str:
    tr, fmt = translator(options.lang), formats(options.lang)
    n = len(found.versions)
    lines = [
        tr.npgettext("history", "History of {file}: {n} commit, oldest first",
                     "History of {file}: {n} commits, oldest first", n, file=found.file),
        tr.pgettext("history", "Every version is judged by the rules of this intstrat "
                    "(rule set {rules}); the monitor column is as of each commit's day.",
                    rules=found.rules),
        "",
    ]
    header = [tr.pgettext("history", "Date"), tr.pgettext("history", "Commit"),
              tr.pgettext("history", "Score"), tr.pgettext("history", "Change"),
              tr.pgettext("history", "Points"), tr.pgettext("history", "Monitor"),
              tr.pgettext("history", "Subject")]
    rows = []
    scored: Version | None = None  # the latest version with a score: changes are against it
    previous: Version | None = None
    for v in found.versions:
        change = EMPTY
        if v.score is not None and scored is not None and scored.score is not None:
            change = signed(v.score - scored.score, fmt, 1)
        rows.append([
            fmt.date(v.commit.when.date()),
            v.commit.sha[:8],
            fmt.score(v.score) if v.score is not None else EMPTY,
            change,
            f"{v.passed}/{len(v.points)}" if v.readable else EMPTY,
            _monitor(v, tr) if v.readable else EMPTY,
            v.commit.subject,
        ])
        notes = [tr.label(MARK_LABELS[m]) for m in v.marks if m != "first"]
        if "format" in v.marks:
            notes[notes.index(tr.label(MARK_LABELS["format"]))] = tr.pgettext(
                "history", "format version {old} → {new}: not comparable with the version "
                "before", old=_shown(previous.format_version if previous else None),
                new=_shown(v.format_version))
        if "renamed" in v.marks and previous is not None:
            notes[notes.index(tr.label(MARK_LABELS["renamed"]))] = tr.pgettext(
                "history", "renamed {old} → {new}", old=previous.commit.path, new=v.commit.path)
        if notes:
            rows.append(["", "", "", "", "", "", "  ↳ " + "; ".join(notes)])
        if v.score is not None:
            scored = v
        previous = v
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [c.ljust(w) if i not in (2, 3, 4) else c.rjust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=False))]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines) + "\n"


def _monitor(v: Version, tr: Translator) -> str:
    """The attention-worthy counts, e.g. "1 behind, 1 overdue"; "ok" when nothing needs it."""
    counts = dict(v.monitor)
    worrying = [(s, counts[s]) for s in ("behind", "overdue") if counts.get(s)]
    if not worrying:
        return tr.pgettext("history", "nothing behind")
    return ", ".join(f"{n} {tr.label(STATUS_LABELS[s])}" for s, n in worrying)  # type: ignore[index]


def _shown(value: object) -> str:
    return EMPTY if value is None else str(value)
