"""The Mermaid `gantt` block: names written so Mermaid reads them as text, and the block read
back as rows and periods for the DOCX timeline table.

Only the subset intstrat writes is understood: `section` lines and task lines of the form
`title :[done, ][milestone, ]id, YYYY-MM-DD, YYYY-MM-DD|0d`. Other lines are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from intstrat.i18n import translator

MAX_COLUMNS = 16
# The widest chart, in years, however far apart the dates of the plan lie.
MAX_YEARS = 64
"""More periods than this would not fit a portrait page; a coarser period is chosen."""


# Mermaid's Gantt lexer reads these at a statement's start as keywords whatever follows (`call`
# takes the rest of the line as a callback, `title` as the chart's title), and a date there as a
# date; case does not matter. The list is mermaid 11's grammar plus `vert`, a newer task kind.
_KEYWORD_START = re.compile(
    r"(?:call|click|href|gantt|dateformat|axisformat|tickinterval|includes|excludes|todaymarker"
    r"|inclusiveenddates|topaxis|weekday|weekend|title|section|acctitle|accdescr|accdescription"
    r"|vert)\b|\d{4}-\d\d-\d\d",
    re.IGNORECASE,
)
# ':' ends a task's name, ';' a statement, '%' starts a comment or a directive (`%%{`), and
# '#…;' is Mermaid's own entity syntax: each is written as an entity code (`#58;` for ':'),
# which Mermaid shows as the character itself.
_SYNTAX = re.compile(r"[#;:%]")
_ENTITY = re.compile(r"#(\d{1,7});")
# Words that Mermaid reads as a task's tags in its data, not as its id.
_TAGS = frozenset({"done", "active", "crit", "milestone", "vert", "after"})


def name(text: str, fallback: str, *, task: bool = True) -> str:
    """A task name (or, `task=False`, a section name) that Mermaid reads as the text it is.

    Runs of white space become one space (a line break would end the statement); a name left
    empty becomes `fallback`; a task name that Mermaid would read as a keyword ("Call for
    proposals", "Title page") starts with its first character as an entity code instead. A
    section's name is the rest of its `section` line, where no keyword is looked for.
    """
    flat = " ".join(text.split()) or " ".join(fallback.split()) or "-"
    safe = _SYNTAX.sub(lambda sign: f"#{ord(sign.group())};", flat)
    if task and _KEYWORD_START.match(safe):
        safe = f"#{ord(safe[0])};{safe[1:]}"
    return safe


def task_id(ident: str, fallback: str) -> str:
    """A task id Mermaid accepts: word characters only, and never one of its tags."""
    cleaned = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in ident) or fallback
    return f"t_{cleaned}" if cleaned.lower() in _TAGS else cleaned


def _decoded(text: str) -> str:
    """A name as written by `name`, with its entity codes read back."""
    return _ENTITY.sub(_character, text)


def _character(code: re.Match[str]) -> str:
    number = int(code.group(1))
    if number < 32 or 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
        return code.group(0)  # not a character a name can hold: shown as written
    return chr(number)


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
            title, tasks = _decoded(line[len("section ") :].strip()), []
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
    title, _, spec = line.partition(":")
    parts = [part.strip() for part in spec.split(",")]
    tags = {part for part in parts if part in ("done", "active", "crit", "milestone")}
    values = [part for part in parts if part not in tags]
    dates = [_date(part) for part in values]
    found = [d for d in dates if d is not None]
    if not found:
        return None
    start = found[0]
    end = found[1] if len(found) > 1 else start
    return Task(
        _decoded(title.strip()), start, max(start, end), "milestone" in tags, "done" in tags
    )


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
