"""Commands of the living document: `monitor` progress, `rank` candidates, `diff` two versions.

The numbers come from the pure modules `progress`, `ranking` and `compare` (the rendered concept
uses the same ones); this module only reads files, picks a format and maps results to exit codes.
Rich is imported inside the text reports only: `intstrat check` imports this module at start-up.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from intstrat.cli.options import Lang
from intstrat.errors import UsageError

if TYPE_CHECKING:
    from intstrat.findings import FileResult
    from intstrat.living.compare import Comparison
    from intstrat.living.progress import Progress
    from intstrat.living.ranking import Ranking

EXIT_OK = 0
EXIT_ATTENTION = 1


class Format(enum.StrEnum):
    text = "text"
    json = "json"
    md = "md"




class Kind(enum.StrEnum):
    partners = "partners"
    projects = "projects"


_USAGE = {
    "en": {
        "missing": "{path}: no such file",
        "folder": "{path}: is a folder, not a strategy file",
        "unreadable": "{path}: cannot be read: {reason}",
        "two_stdin": "only one of OLD and NEW may be '-' (standard input)",
        "bad_date": "--as-of: '{value}' is not a date; write it as YYYY-MM-DD",
    },
    "de": {
        "missing": "{path}: Datei nicht gefunden",
        "folder": "{path}: ist ein Ordner, keine Strategiedatei",
        "unreadable": "{path}: kann nicht gelesen werden: {reason}",
        "two_stdin": "nur eine der beiden Fassungen darf '-' (Standardeingabe) sein",
        "bad_date": "--as-of: '{value}' ist kein Datum; bitte als JJJJ-MM-TT angeben",
    },
}

_FILE_HELP = "Strategy file; '-' reads standard input."
_FORMAT_HELP = "Report format: text (a table on the terminal), json or md (Markdown)."
_LANG_HELP = "Language of the report; default: the strategy's `language`."


def _console() -> Any:
    """Rich's console; piped output (CI logs, files) gets 120 columns so tables stay legible."""
    import os
    import sys

    from rich.console import Console

    wide = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 120
    return Console(highlight=False, width=wide)


def register(app: typer.Typer) -> None:
    """Add `monitor`, `rank` and `diff` to the app."""
    app.command("monitor")(monitor)
    app.command("rank")(rank)
    app.command("diff")(diff)


def monitor(
    file: str = typer.Argument(..., metavar="FILE", help=_FILE_HELP),
    as_of: str | None = typer.Option(
        None,
        "--as-of",
        metavar="DATE",
        help="Judge progress as of this day (YYYY-MM-DD); "
        "default: today. Actual values and completions after it are ignored.",
    ),
    format: Format = typer.Option(Format.text, "--format", "-f", help=_FORMAT_HELP),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
) -> None:
    """Progress of indicators and milestones as of a date (guide ch. 7).

    FILE may be '-' to read the strategy from standard input.

    \b
    Indicators (monitoring.indicators), from the latest actual value on or before the date:
      progress % = (latest - baseline) / (target - baseline) x 100; a target below the
                   baseline means lower is better
      time %     = share of the time from period.start (else funding.start) to the due date
                   that has passed
      achieved   the latest value reaches the target
      on track   not achieved, not past due, and progress % >= time % - 10 (the tolerance)
      behind     otherwise; after its due date an indicator short of its target is behind
      no data    no actual value yet, or no baseline or target
    Milestones (concept.work_plan.milestones): done (done_on on or before the date, else
    status done), overdue (due date passed), due (within 30 days), upcoming.

    Exit codes: 0 nothing behind or overdue; 1 something is behind or overdue (for CI);
    2 usage error. Fortschritt der Indikatoren und Meilensteine; --lang de für Deutsch.
    """
    from intstrat.living.progress import assess
    from intstrat.living.progress import to_dict as progress_dict

    day = _parse_date(as_of, lang)
    name, data = _read_strategy(file, lang)
    language = _language(lang, data)
    progress = assess(data, day)
    if format is Format.json:
        _emit_json({"file": name, "language": language, **progress_dict(progress)})
    elif format is Format.md:
        typer.echo(monitor_markdown(progress, language), nl=False)
    else:
        _monitor_rich(progress, language)
    raise typer.Exit(EXIT_ATTENTION if progress.needs_attention else EXIT_OK)


def rank(
    kind: Kind = typer.Argument(..., help="What to rank: partners (guide 4.2) or projects (5.1)."),
    file: str = typer.Argument(..., metavar="FILE", help=_FILE_HELP),
    format: Format = typer.Option(Format.text, "--format", "-f", help=_FORMAT_HELP),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
) -> None:
    """Rank candidate partners or projects on the weighted criteria catalogue (guide 4.2, 5.1).

    KIND is partners (partner_selection) or projects (project_selection); FILE may be '-'
    to read the strategy from standard input.

    \b
    For every criterion, the scores of the raters are averaged; a rater who declared a
    conflict of interest with a candidate is left out for that candidate (guide 5.1).
    score = sum(weight x mean) / sum(weight) over the criteria that have a score, so it
    stays on the catalogue's scale; a criterion nobody scored is reported as missing,
    never counted as zero. Equal scores share a rank (1, 1, 3). Sensitivity: for each
    criterion, the weight is moved one step (the scale's step) up and down, and the
    candidates whose rank then changes are named.

    Exit codes: 0 ranked; 1 the file cannot be read as a strategy; 2 usage error.
    Rangfolge nach gewichtetem Kriterienkatalog; --lang de für Deutsch.
    """
    from intstrat.living.ranking import rank as build_ranking
    from intstrat.living.ranking import to_dict as ranking_dict

    name, data = _read_strategy(file, lang)
    language = _language(lang, data)
    ranking = build_ranking(kind.value, data)
    if format is Format.json:
        _emit_json({"file": name, "language": language, **ranking_dict(ranking)})
    elif format is Format.md:
        typer.echo(ranking_markdown(ranking, language), nl=False)
    else:
        _ranking_rich(ranking, language)
    raise typer.Exit(EXIT_OK)


def diff(
    old: str = typer.Argument(..., metavar="OLD", help="Earlier version; '-' reads stdin."),
    new: str = typer.Argument(..., metavar="NEW", help="Later version; '-' reads stdin."),
    format: Format = typer.Option(Format.text, "--format", "-f", help=_FORMAT_HELP),
    lang: Lang | None = typer.Option(None, "--lang", help=_LANG_HELP),
    fail_on_regression: bool = typer.Option(
        False,
        "--fail-on-regression",
        help="Exit 1 when the score drops or findings are introduced.",
    ),
) -> None:
    """What changed between two versions of a strategy, with the audit before and after.

    OLD and NEW are strategy files; one of them may be '-' for standard input.

    \b
    Sections list the keys added, removed and changed; items of lists are matched by their
    id (else rater, partner, date, name or method), so inserting one does not shift the rest.
    The score and the checklist status are shown before and after; findings are matched by
    rule, data path and message (not by line) and reported as fixed or introduced.
    Compare with the last commit:  git show HEAD~1:strategy.yaml | intstrat diff - strategy.yaml

    Exit codes: 0 compared (the report is informational); 1 a version cannot be read as
    YAML, or --fail-on-regression and the score dropped or findings were introduced;
    2 usage error. Änderungen zwischen zwei Fassungen; --lang de für Deutsch.
    """
    from intstrat.check.audit import audit_text
    from intstrat.living.compare import compare
    from intstrat.living.compare import to_dict as comparison_dict

    if old == "-" and new == "-":
        raise UsageError(_usage(lang, "two_stdin"))
    old_name, old_text = _read_text(old, lang)
    new_name, new_text = _read_text(new, lang)
    old_data = _parse(old_name, old_text, lang, require_mapping=False)
    new_data = _parse(new_name, new_text, lang, require_mapping=False)
    if old_text is None or new_text is None or _UNREADABLE in (old_data, new_data):
        raise typer.Exit(EXIT_ATTENTION)
    language = _language(lang, new_data if isinstance(new_data, dict) else old_data)
    old_audit: FileResult = audit_text(old_text, old_name, language)
    new_audit: FileResult = audit_text(new_text, new_name, language)
    comparison = compare(
        old_data,
        new_data,
        old_path=old_name,
        new_path=new_name,
        old_audit=old_audit,
        new_audit=new_audit,
    )
    if format is Format.json:
        _emit_json({"language": language, **comparison_dict(comparison, language)})
    elif format is Format.md:
        typer.echo(diff_markdown(comparison, language), nl=False)
    else:
        typer.echo(diff_text(comparison, language), nl=False)
    failed = fail_on_regression and comparison.regression
    raise typer.Exit(EXIT_ATTENTION if failed else EXIT_OK)


# --- reading -------------------------------------------------------------------------------

_UNREADABLE: Any = object()


def _usage(lang: Lang | None, key: str, **args: object) -> str:
    words = _USAGE[lang.value if lang else "en"]
    return words[key].format(**args)


def _parse_date(value: str | None, lang: Lang | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(_usage(lang, "bad_date", value=value)) from None


def _read_text(arg: str, lang: Lang | None) -> tuple[str, str | None]:
    """(name shown, text or None when it cannot be decoded: reported here, exit 1 follows)."""
    if arg == "-":
        stream = sys.stdin
        buffer = getattr(stream, "buffer", None)
        raw = buffer.read() if buffer is not None else stream.read().encode("utf-8")
        name = "<stdin>"
    else:
        path = Path(arg)
        if path.is_dir():
            raise UsageError(_usage(lang, "folder", path=arg))
        if not path.exists():
            raise UsageError(_usage(lang, "missing", path=arg))
        try:
            raw = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise UsageError(_usage(lang, "unreadable", path=arg, reason=reason)) from None
        name = arg
    from intstrat.check.load import decode

    text, problem = decode(raw)
    if text is None:
        _report_problems(name, [problem] if problem else [], lang)
        return name, None
    return name, text


def _parse(name: str, text: str | None, lang: Lang | None, *, require_mapping: bool) -> Any:
    """The data of a strategy text, or _UNREADABLE after reporting why on stderr."""
    if text is None:
        return _UNREADABLE
    from intstrat.check.load import load_text

    doc, problems = load_text(text)
    if doc is None:
        _report_problems(name, problems, lang)
        return _UNREADABLE
    if require_mapping and not isinstance(doc.data, dict):
        from intstrat.living.texts import text as words

        sys.stderr.write(f"{name}:1:1: {words(lang.value if lang else 'en', 'not_strategy')}\n")
        return _UNREADABLE
    return doc.data


def _read_strategy(arg: str, lang: Lang | None) -> tuple[str, dict[str, Any]]:
    """Read one strategy for monitor and rank; unreadable files end the command with exit 1."""
    name, text = _read_text(arg, lang)
    data = _parse(name, text, lang, require_mapping=True)
    if data is _UNREADABLE:
        raise typer.Exit(EXIT_ATTENTION)
    return name, data


def _report_problems(name: str, problems: Iterable[Any], lang: Lang | None) -> None:
    """Loader problems as `file:line:col: message [rule]` on stderr."""
    from intstrat.living.texts import text as words

    language = lang.value if lang else "en"
    for problem in problems:
        from intstrat.findings import Severity
        from intstrat.rules.messages import finding

        said = finding(name, problem.line, problem.column, problem.rule, Severity.ERROR,
                       problem.key, problem.args).text(language)
        sys.stderr.write(f"{name}:{problem.line}:{problem.column}: {said} [{problem.rule}]\n")


def _language(lang: Lang | None, data: Any) -> str:
    if lang is not None:
        return lang.value
    if isinstance(data, dict) and data.get("language") in ("en", "de"):
        return str(data["language"])
    return "en"


def _emit_json(payload: dict[str, Any]) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


# --- shared formatting ---------------------------------------------------------------------


def number(value: float | None, lang: str, decimals: int | None = None, empty: str = "–") -> str:
    """A number for people: whole numbers without decimals, German with a decimal comma."""
    if value is None:
        return empty
    if decimals is not None:
        shown = f"{value:.{decimals}f}"
    elif float(value).is_integer():
        shown = str(int(value))
    else:
        shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return shown.replace(".", ",") if lang == "de" else shown


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "–"


def _cell(value: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(value.split()).replace("|", "\\|")


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str) -> list[str]:
    """A Markdown table; `align` has one letter per column, l or r."""
    rule = ["---:" if a == "r" else "---" for a in align]
    out = ["| " + " | ".join(_cell(h) for h in header) + " |", "| " + " | ".join(rule) + " |"]
    out.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return out


# --- monitor reports -----------------------------------------------------------------------


def _indicator_rows(progress: Progress, lang: str) -> list[list[str]]:
    from intstrat.living.texts import status
    from intstrat.living.texts import text as words

    rows = []
    for i in progress.indicators:
        latest = number(i.latest, lang)
        if i.latest_date is not None:
            latest += f" ({words(lang, 'latest_on')} {i.latest_date.isoformat()})"
        title = f"{i.name} ({i.unit})" if i.unit else i.name
        rows.append(
            [
                title,
                number(i.baseline, lang),
                number(i.target, lang),
                latest,
                number(i.percent, lang, 1),
                number(i.expected_percent, lang, 1),
                _date(i.due),
                status(lang, i.status),
            ]
        )
    return rows


def _milestone_rows(progress: Progress, lang: str) -> list[list[str]]:
    from intstrat.living.texts import status

    return [
        [m.title, _date(m.due), _date(m.done_on), status(lang, m.status)]
        for m in progress.milestones
    ]


def _indicator_header(lang: str) -> list[str]:
    from intstrat.living.texts import text as words

    keys = ("indicator", "baseline", "target", "latest", "percent", "expected", "due_date")
    return [*(words(lang, k) for k in keys), words(lang, "status")]


def _milestone_header(lang: str) -> list[str]:
    from intstrat.living.texts import text as words

    return [words(lang, k) for k in ("milestone", "due_date", "done_on", "status")]


def _verdict(progress: Progress, lang: str) -> str:
    from intstrat.living.texts import text as words

    counts = progress.counts()
    if progress.needs_attention:
        return words(lang, "attention", behind=counts["behind"], overdue=counts["overdue"])
    return words(lang, "all_well")


def monitor_markdown(progress: Progress, lang: str) -> str:
    """The monitor report as Markdown."""
    from intstrat.living.progress import TOLERANCE
    from intstrat.living.texts import text as words

    out = [f"# {words(lang, 'monitor_title', as_of=progress.as_of.isoformat())}", ""]
    out += [f"## {words(lang, 'indicators')}", ""]
    if progress.indicators:
        out += _md_table(_indicator_header(lang), _indicator_rows(progress, lang), "lrrrrrll")
        out += ["", words(lang, "monitor_rule", tolerance=number(TOLERANCE, lang))]
    else:
        out.append(words(lang, "no_indicators"))
    out += ["", f"## {words(lang, 'milestones')}", ""]
    if progress.milestones:
        out += _md_table(_milestone_header(lang), _milestone_rows(progress, lang), "llll")
    else:
        out.append(words(lang, "no_milestones"))
    out += ["", f"**{_verdict(progress, lang)}**", ""]
    return "\n".join(out)


_STYLES = {
    "achieved": "green",
    "on_track": "green",
    "behind": "bold red",
    "no_data": "dim",
    "done": "green",
    "due": "yellow",
    "overdue": "bold red",
    "upcoming": "",
}


def _monitor_rich(progress: Progress, lang: str) -> None:
    from rich.box import SIMPLE_HEAD
    from rich.table import Table

    from intstrat.living.progress import TOLERANCE
    from intstrat.living.texts import status
    from intstrat.living.texts import text as words

    console = _console()
    console.print(words(lang, "monitor_title", as_of=progress.as_of.isoformat()), style="bold")
    if progress.indicators:
        # Compact columns (baseline -> target, progress / time) keep it legible at 80 columns.
        table = Table(
            title=words(lang, "indicators"), title_justify="left", box=SIMPLE_HEAD, pad_edge=False
        )
        table.add_column(words(lang, "indicator"), ratio=1, min_width=12)
        for key in ("baseline_target", "latest", "percent_time"):
            table.add_column(words(lang, key), justify="right")
        table.add_column(words(lang, "due_date"), no_wrap=True)
        widest = max(len(status(lang, i.status)) for i in progress.indicators)
        table.add_column(words(lang, "status"), no_wrap=True, min_width=widest)
        for i in progress.indicators:
            latest = number(i.latest, lang)
            if i.latest_date is not None:
                latest += f"\n{i.latest_date.isoformat()}"
            table.add_row(
                f"{i.name} ({i.unit})" if i.unit else i.name,
                f"{number(i.baseline, lang)} → {number(i.target, lang)}",
                latest,
                f"{number(i.percent, lang, 1)}\n{number(i.expected_percent, lang, 1)}",
                _date(i.due),
                f"[{_STYLES[i.status]}]{status(lang, i.status)}[/]",
            )
        console.print(table)
        console.print(words(lang, "monitor_rule", tolerance=number(TOLERANCE, lang)), style="dim")
    else:
        console.print(words(lang, "no_indicators"))
    if progress.milestones:
        table = Table(title=words(lang, "milestones"), title_justify="left", box=SIMPLE_HEAD)
        for index, heading in enumerate(_milestone_header(lang)):
            table.add_column(heading, ratio=1 if index == 0 else None, no_wrap=index > 0)
        for row, milestone in zip(
            _milestone_rows(progress, lang), progress.milestones, strict=True
        ):
            style = _STYLES[milestone.status]
            table.add_row(*row[:-1], f"[{style}]{row[-1]}[/]" if style else row[-1])
        console.print(table)
    else:
        console.print(words(lang, "no_milestones"))
    console.print(
        _verdict(progress, lang), style="bold red" if progress.needs_attention else "green"
    )


# --- rank reports --------------------------------------------------------------------------


def _criterion_label(criterion: dict[str, Any]) -> str:
    name = criterion.get("name")
    return name if isinstance(name, str) and name.strip() else str(criterion.get("id"))


def _ranking_lines(ranking: Ranking, lang: str) -> dict[str, Any]:
    """The parts both text reports show: header notes, the main rows, the matrix, the notes."""
    from intstrat.living.ranking import to_dict
    from intstrat.living.texts import text as words

    shape = to_dict(ranking)
    scored = {c["id"]: c for c in shape["criteria"] if c["weight"] is not None and c["weight"] > 0}
    notes: list[str] = []
    for item in ranking.items:
        if item.missing:
            notes.append(
                words(lang, "missing_note", name=item.name, criteria=", ".join(item.missing))
            )
        if item.excluded_raters:
            raters = ", ".join(item.excluded_raters)
            notes.append(words(lang, "excluded_note", name=item.name, raters=raters))
    shifts = [
        words(
            lang,
            "shift",
            criterion=s.criterion,
            delta=("+" if s.delta > 0 else "−") + number(abs(s.delta), lang),
            items=", ".join(s.changed),
        )
        for s in ranking.sensitivity
        if s.changed
    ]
    rows = [
        [
            str(item.rank) if item.rank is not None else "–",
            f"{item.name} ({item.id})",
            number(item.score, lang, 2, empty=words(lang, "unscored")),
            number(item.weighted_total, lang, 2),
            ", ".join(item.missing) or "–",
            ", ".join(item.excluded_raters) or "–",
        ]
        for item in ranking.items
    ]
    matrix = []
    for criterion_id, criterion in scored.items():
        cells = []
        for item in ranking.items:
            mean = next((c.mean for c in item.per_criterion if c.criterion == criterion_id), None)
            cells.append(number(mean, lang, 2))
        matrix.append(
            [
                _criterion_label(criterion),
                criterion["group"] or "–",
                number(criterion["weight"], lang),
                *cells,
            ]
        )
    return {"rows": rows, "matrix": matrix, "notes": notes, "shifts": shifts}


def _rank_header(ranking: Ranking, lang: str) -> list[str]:
    from intstrat.living.texts import text as words

    who = "candidate" if ranking.kind == "partners" else "project"
    keys = ("rank", who, "score", "weighted_total", "missing", "excluded")
    return [words(lang, k) for k in keys]


def _matrix_header(ranking: Ranking, lang: str) -> list[str]:
    from intstrat.living.texts import text as words

    fixed = [words(lang, k) for k in ("criterion", "group", "weight")]
    return [*fixed, *(item.id for item in ranking.items)]


def _rank_intro(ranking: Ranking, lang: str) -> list[str]:
    from intstrat.living.texts import text as words

    low, high = ranking.scale
    lines = [words(lang, "scale", low=number(low, lang), high=number(high, lang))]
    if ranking.decided_by:
        lines.append(words(lang, "decided_by", who=ranking.decided_by))
    return lines


def ranking_markdown(ranking: Ranking, lang: str) -> str:
    """The ranking report as Markdown: the ranked list, the decision matrix, sensitivity."""
    from intstrat.living.texts import text as words

    out = [f"# {words(lang, f'rank_title_{ranking.kind}')}", ""]
    out += [*_rank_intro(ranking, lang), ""]
    parts = _ranking_lines(ranking, lang)
    if not parts["matrix"]:
        return "\n".join([*out, words(lang, "no_criteria"), ""])
    if not ranking.items:
        return "\n".join([*out, words(lang, "no_items"), ""])
    out += _md_table(_rank_header(ranking, lang), parts["rows"], "rlrrll")
    if parts["notes"]:
        out += ["", *(f"- {note}" for note in parts["notes"])]
    out += ["", f"## {words(lang, 'criteria')}", ""]
    align = "llr" + "r" * len(ranking.items)
    out += _md_table(_matrix_header(ranking, lang), parts["matrix"], align)
    out += ["", f"## {words(lang, 'sensitivity')}", ""]
    out += [f"- {shift}" for shift in parts["shifts"]] or [words(lang, "robust")]
    out.append("")
    return "\n".join(out)


def _scored_criteria(ranking: Ranking) -> list[str]:
    """Ids of the criteria that count (a positive weight), in catalogue order."""
    scored = {c.criterion for item in ranking.items for c in item.per_criterion}
    if not ranking.items:
        return []
    return [str(c.get("id")) for c in ranking.criteria if str(c.get("id")) in scored]


def _ranking_rich(ranking: Ranking, lang: str) -> None:
    from rich.box import SIMPLE_HEAD
    from rich.table import Table

    from intstrat.living.texts import text as words

    console = _console()
    console.print(words(lang, f"rank_title_{ranking.kind}"), style="bold")
    for line in _rank_intro(ranking, lang):
        console.print(line, style="dim")
    parts = _ranking_lines(ranking, lang)
    if not parts["matrix"]:
        console.print(words(lang, "no_criteria"))
        return
    if not ranking.items:
        console.print(words(lang, "no_items"))
        return
    table = Table(box=SIMPLE_HEAD, pad_edge=False)
    for heading, align in zip(_rank_header(ranking, lang), "rlrrll", strict=True):
        right = align == "r"
        table.add_column(heading, justify="right" if right else "left", ratio=None if right else 1)
    for row in parts["rows"]:
        table.add_row(*row)
    console.print(table)
    for note in parts["notes"]:
        console.print(f"• {note}")
    # The terminal matrix names criteria by id and drops the group: names would not fit.
    matrix = Table(title=words(lang, "criteria"), title_justify="left", box=SIMPLE_HEAD)
    ids = _scored_criteria(ranking)
    matrix.add_column(words(lang, "criterion"), no_wrap=True, min_width=max(map(len, ids)))
    matrix.add_column(words(lang, "weight"), justify="right")
    for item in ranking.items:
        matrix.add_column(item.id, justify="right", overflow="fold")
    for criterion, row in zip(ids, parts["matrix"], strict=True):
        matrix.add_row(criterion, *row[2:])
    console.print(matrix)
    console.print(words(lang, "sensitivity"), style="bold")
    for shift in parts["shifts"] or [words(lang, "robust")]:
        console.print(f"• {shift}")


# --- diff reports --------------------------------------------------------------------------


def _section_counts(section: Any, lang: str) -> str:
    from intstrat.living.texts import text as words

    return words(
        lang,
        "section_counts",
        added=section.count("added"),
        removed=section.count("removed"),
        changed=section.count("changed"),
    )


def summarize(value: Any, lang: str, width: int = 60) -> str:
    """A short one-line form of a changed value."""
    from intstrat.living.compare import scalar_text
    from intstrat.living.texts import text as words

    if value is None or isinstance(value, bool | dt.date):
        return scalar_text(value)
    if isinstance(value, int | float):
        return number(value, "en") if isinstance(value, float) else str(value)
    if isinstance(value, dict):
        for key in ("id", "name", "title", "rater", "partner", "date"):
            if key in value and not isinstance(value[key], dict | list):
                return f"{{{key}: {summarize(value[key], lang, width)}, …}}"
        return "{" + words(lang, "keys", n=len(value)) + "}"
    if isinstance(value, list):
        return "[" + words(lang, "items", n=len(value)) + "]"
    text = " ".join(str(value).split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f'"{text}"'


def _change_line(change: Any, lang: str) -> str:
    if change.kind == "added":
        return f"+ {change.pointer}: {summarize(change.new, lang)}"
    if change.kind == "removed":
        return f"- {change.pointer}: {summarize(change.old, lang)}"
    return f"~ {change.pointer}: {summarize(change.old, lang)} → {summarize(change.new, lang)}"


def _change_md(change: Any, lang: str) -> str:
    from intstrat.living.texts import status

    if change.kind == "changed":
        shown = f"{summarize(change.old, lang)} → {summarize(change.new, lang)}"
    else:
        shown = summarize(change.new if change.kind == "added" else change.old, lang)
    return f"{status(lang, change.kind)} `{change.pointer}`: {_cell(shown)}"


def _diff_summary(comparison: Comparison, lang: str) -> list[str]:
    from intstrat.living.texts import text as words

    na = words(lang, "not_audited")

    def score(value: float | None) -> str:
        return f"{number(value, lang, 1)} %" if value is not None else na

    delta = comparison.score_delta
    shown = na if delta is None else ("+" if delta >= 0 else "−") + number(abs(delta), lang, 1)
    lines = [
        words(
            lang,
            "score_line",
            before=score(comparison.score_before),
            after=score(comparison.score_after),
            delta=shown,
        )
    ]
    for prefix, key in (("CL", "checklist_line"), ("CS", "sections_line")):
        pair = [comparison.passed(when, prefix) for when in ("before", "after")]
        if all(p is None for p in pair):
            continue
        before, after = (f"{p[0]}/{p[1]}" if p else na for p in pair)
        lines.append(words(lang, key, before=before, after=after))
    return lines


def _point_lines(comparison: Comparison, lang: str) -> list[str]:
    from intstrat.living.texts import status

    def state(value: bool | None) -> str:
        return status(lang, "absent" if value is None else "passed" if value else "failed")

    return [
        f"{p.rule} {p.title}: {state(p.before)} → {state(p.after)}"
        for p in comparison.checklist
        if p.changed
    ]


def _finding_line(finding: Any, lang: str) -> str:
    where = f" ({finding.pointer})" if finding.pointer else ""
    return f"{finding.rule}{where}: {finding.text(lang)}"


def diff_text(comparison: Comparison, lang: str) -> str:
    """The diff report as plain text."""
    from intstrat.living.texts import text as words

    out = [words(lang, "diff_title", old=comparison.old_path, new=comparison.new_path)]
    out += _diff_summary(comparison, lang)
    out += ["", words(lang, "points_changed")]
    out += [f"  {line}" for line in _point_lines(comparison, lang)] or [
        "  " + words(lang, "no_point_changes")
    ]
    out += ["", words(lang, "structure")]
    if not comparison.sections:
        out.append("  " + words(lang, "no_changes"))
    for section in comparison.sections:
        counts = _section_counts(section, lang)
        out.append(f"  {section.section}: {counts}")
        out += [f"    {_change_line(change, lang)}" for change in section.changes]
    for key, findings in (("fixed", comparison.fixed), ("introduced", comparison.introduced)):
        out += ["", words(lang, key, n=len(findings))]
        out += [f"  {_finding_line(f, lang)}" for f in findings]
    if comparison.regression:
        out += ["", words(lang, "regression")]
    out.append("")
    return "\n".join(out)


def diff_markdown(comparison: Comparison, lang: str) -> str:
    """The diff report as Markdown."""
    from intstrat.living.texts import text as words

    title = words(
        lang, "diff_title", old=f"`{comparison.old_path}`", new=f"`{comparison.new_path}`"
    )
    out = [f"# {title}", ""]
    out += [f"- {line}" for line in _diff_summary(comparison, lang)]
    out += ["", f"## {words(lang, 'points_changed')}", ""]
    out += [f"- {line}" for line in _point_lines(comparison, lang)] or [
        words(lang, "no_point_changes")
    ]
    out += ["", f"## {words(lang, 'structure')}", ""]
    if not comparison.sections:
        out.append(words(lang, "no_changes"))
    for section in comparison.sections:
        counts = _section_counts(section, lang)
        out += [f"### {section.section}", "", counts, ""]
        out += [f"- {_change_md(change, lang)}" for change in section.changes]
        out.append("")
    for key, findings in (("fixed", comparison.fixed), ("introduced", comparison.introduced)):
        out += [f"## {words(lang, key, n=len(findings))}", ""]
        out += [f"- {_finding_line(f, lang)}" for f in findings]
        out.append("")
    if comparison.regression:
        out += [f"**{words(lang, 'regression')}**", ""]
    return "\n".join(out)
