"""`history` and `report` from request to outcome: read the history or the strategies, write.

Like `living.commands`: each takes the request the CLI built and returns an `Outcome`; nothing
here prints or knows about Typer. An output file (`-o`) is written atomically.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from intstrat.errors import UsageError
from intstrat.i18n import N_, resolve_language
from intstrat.limits import DEFAULT_MAX_SIZE
from intstrat.living.commands import EXIT_OK, Outcome, parse_day
from intstrat.living.reports import ReportOptions


@dataclass(frozen=True)
class HistoryRequest:
    file: str
    fmt: str = "text"
    lang: str | None = None
    since: str | None = None
    until: str | None = None
    output: str | None = None
    max_size: int = DEFAULT_MAX_SIZE


@dataclass(frozen=True)
class ReportRequest:
    paths: tuple[str, ...]
    output: str | None = None
    lang: str | None = None
    as_of: str | None = None
    history: bool = True
    max_size: int = DEFAULT_MAX_SIZE


def history(request: HistoryRequest) -> Outcome:
    from intstrat.living.history import history as read_history
    from intstrat.living.reports.history import write

    if request.file == "-":
        raise UsageError(N_("history reads a file in a git repository, not standard input ('-')"))
    since = _day("--since", request.since)
    until = _day("--until", request.until)
    if since is not None and until is not None and since > until:
        raise UsageError(N_("--since {since} is after --until {until}"), since=since, until=until)
    found = read_history(request.file, since, until, request.max_size)
    lang = resolve_language(request.lang, found.language)
    report = write(found, request.fmt, ReportOptions(lang=lang, file=request.file))
    return _deliver(report, request.output, (request.file,))


def report(request: ReportRequest) -> Outcome:
    from intstrat.living.portfolio import collect
    from intstrat.living.reports.html import html

    day = parse_day(request.as_of)
    entries = collect(list(request.paths), day, request.history, request.max_size)
    if not entries:
        raise UsageError(N_("no strategy files found in {paths}"), paths=", ".join(request.paths))
    declared = next((e.language for e in entries if e.language is not None), None)
    lang = resolve_language(request.lang, declared)
    return _deliver(html(entries, lang, day), request.output, tuple(e.file for e in entries))


def _day(option: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(N_("{option}: '{value}' is not a date; write it as YYYY-MM-DD"),
                         option=option, value=value) from None


def _deliver(text: str, output: str | None, inputs: tuple[str, ...]) -> Outcome:
    if output is None or output == "-":
        return Outcome(text, "", EXIT_OK)
    from intstrat.atomic import write_bytes

    write_bytes(Path(output), text.encode("utf-8"), protect=[Path(p) for p in inputs])
    return Outcome("", "", EXIT_OK)
