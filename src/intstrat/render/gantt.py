"""The Mermaid `gantt` block read back as rows and periods, for the DOCX timeline table.

Only the subset intstrat writes is understood: `section` lines and task lines of the form
`title :[done, ][milestone, ]id, YYYY-MM-DD, YYYY-MM-DD|0d`. Other lines are skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from intstrat.i18n import translator

MAX_COLUMNS = 16
# The widest chart, in years, however far apart the dates of the plan lie.
MAX_YEARS = 64
"""More periods than this would not fit a portrait page; a coarser period is chosen."""


@dataclass(frozen=True)
class Task:
    title: str
    start: dt.date
    end: dt.date
    milestone: bool
    done: bool


@dataclass(frozen=True)
class Section:
    title: str
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Period:
    label: str
    start: dt.date
    end: dt.date


def parse(source: str) -> list[Section]:
    """Sections with their tasks; tasks before any section go into an untitled one."""
    sections: list[Section] = []
    title = ""
    tasks: list[Task] = []
    lines = source.splitlines()
    if not lines or lines[0].strip() != "gantt":
        return []
    for raw in lines[1:]:
        line = raw.strip()
        if line.startswith("section "):
            if tasks:
                sections.append(Section(title, tuple(tasks)))
            title, tasks = line[len("section ") :].strip(), []
            continue
        task = _task(line)
        if task is not None:
            tasks.append(task)
    if tasks:
        sections.append(Section(title, tuple(tasks)))
    return sections


def _task(line: str) -> Task | None:
    if ":" not in line:
        return None
    name, _, spec = line.partition(":")
    parts = [part.strip() for part in spec.split(",")]
    tags = {part for part in parts if part in ("done", "active", "crit", "milestone")}
    values = [part for part in parts if part not in tags]
    dates = [_date(part) for part in values]
    found = [d for d in dates if d is not None]
    if not found:
        return None
    start = found[0]
    end = found[1] if len(found) > 1 else start
    return Task(name.strip(), start, max(start, end), "milestone" in tags, "done" in tags)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def periods(sections: list[Section], lang: str = "en") -> list[Period]:
    """Months, quarters, half-years or years: the finest that fits MAX_COLUMNS."""
    dates = [d for s in sections for t in s.tasks for d in (t.start, t.end)]
    if not dates:
        return []
    first, last = min(dates), max(dates)
    size, start_month = 12, 1
    for size in (1, 3, 6, 12):
        start_month = ((first.month - 1) // size) * size + 1
        count = ((last.year - first.year) * 12 + last.month - start_month) // size + 1
        if count <= MAX_COLUMNS or size == 12:
            break
    if count > MAX_YEARS:
        # A typo such as 2205 for 2025 would make thousands of yearly columns: stop the chart.
        last = min(last, dt.date(min(first.year + MAX_YEARS - 1, dt.MAXYEAR), 12, 31))
    out: list[Period] = []
    year, month = first.year, start_month
    while dt.date(year, month, 1) <= last:
        start = dt.date(year, month, 1)
        next_year, next_month = (year + (month + size - 1) // 12, (month + size - 1) % 12 + 1)
        if next_year > dt.MAXYEAR:
            # A date in the calendar's last year: its period ends with the calendar.
            out.append(Period(_label(start, size, lang), start, dt.date.max))
            break
        end = dt.date(next_year, next_month, 1) - dt.timedelta(days=1)
        out.append(Period(_label(start, size, lang), start, end))
        year, month = next_year, next_month
    return out


def _label(start: dt.date, size: int, lang: str) -> str:
    tr = translator(lang)
    if size == 1:
        return tr.gettext("{year}-{month}", year=start.year, month=str(start.month).zfill(2))
    if size == 3:
        return tr.gettext("{year} Q{quarter}", year=start.year, quarter=(start.month - 1) // 3 + 1)
    if size == 6:
        return tr.gettext("{year} H{half}", year=start.year, half=(start.month - 1) // 6 + 1)
    return str(start.year)
