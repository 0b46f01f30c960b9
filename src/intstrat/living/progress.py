"""Progress of the strategy at a date: indicators against their targets, milestones against dates.

Guide chapter 7 asks that progress can be checked at any time; chapter 8 asks for milestones.
Everything here is judged "as of" one date, so an older date shows the picture of that day:
actual values recorded after it are ignored, and so is a milestone finished after it.

Indicators (monitoring.indicators):
    latest            the actual value with the latest date on or before as_of
    percent           (latest - baseline) / (target - baseline) * 100, one decimal; a target
                      below the baseline means "lower is better" and the formula covers it
    expected_percent  share of the time from the strategy's start (period.start, else
                      funding.start) to the indicator's due date that has passed by as_of,
                      0..100, one decimal; None when the start or the due date is unknown
    status            achieved   the latest value reaches the target (>= it, or <= it when
                                 lower is better; with target == baseline, >= counts)
                      on_track   not achieved, the due date has not passed, and
                                 percent >= expected_percent - TOLERANCE (10 percentage points);
                                 without a known expected share, not achieved is still on track
                                 until the due date
                      behind     otherwise, in particular after the due date when not achieved
                      no_data    no actual value by as_of, or baseline or target missing

Milestones (concept.work_plan.milestones):
    done      done_on on or before as_of; without done_on, status "done"
    overdue   not done and the due date is before as_of
    due       not done and due within DUE_WINDOW_DAYS (30) days from as_of, as_of included
    upcoming  not done and due later, or without a due date
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

from intstrat.i18n import P_, Label
from intstrat.values import as_date, as_number

TOLERANCE = 10.0
"""Percentage points an indicator may trail the elapsed time and still be on track."""

DUE_WINDOW_DAYS = 30
"""A milestone due within this many days is shown as due."""

IndicatorState = Literal["achieved", "on_track", "behind", "no_data"]
MilestoneState = Literal["done", "due", "overdue", "upcoming"]
INDICATOR_STATUSES: tuple[IndicatorState, ...] = get_args(IndicatorState)
MILESTONE_STATUSES: tuple[MilestoneState, ...] = get_args(MilestoneState)

STATUS_LABELS: dict[IndicatorState | MilestoneState, Label] = {
    "achieved": P_("status", "achieved"),
    "on_track": P_("status", "on track"),
    "behind": P_("status", "behind"),
    "no_data": P_("status", "no data"),
    "done": P_("status", "done"),
    "due": P_("status", "due soon"),
    "overdue": P_("status", "overdue"),
    "upcoming": P_("status", "upcoming"),
}
"""The word for each status, the same in `monitor` and the rendered document (JSON keeps the id)."""


@dataclass(frozen=True)
class IndicatorStatus:
    """One indicator as of a date; see the module docstring for how each field is computed."""

    id: str
    name: str
    unit: str | None
    baseline: float | None
    target: float | None
    due: dt.date | None
    latest: float | None
    latest_date: dt.date | None
    percent: float | None
    expected_percent: float | None
    status: IndicatorState
    owner: str | None = None


@dataclass(frozen=True)
class MilestoneStatus:
    """One milestone of the work plan as of a date."""

    id: str
    title: str
    due: dt.date | None
    done_on: dt.date | None
    status: MilestoneState


@dataclass(frozen=True)
class Progress:
    """Indicators and milestones as of `as_of`, in the order the strategy lists them."""

    as_of: dt.date
    indicators: tuple[IndicatorStatus, ...]
    milestones: tuple[MilestoneStatus, ...]
    start: dt.date | None = None

    @property
    def needs_attention(self) -> bool:
        """Some indicator is behind or some milestone overdue."""
        return any(i.status == "behind" for i in self.indicators) or any(
            m.status == "overdue" for m in self.milestones
        )

    def counts(self) -> dict[str, int]:
        """How many indicators and milestones have each status (every status present, maybe 0)."""
        counts: dict[str, int] = {s: 0 for s in (*INDICATOR_STATUSES, *MILESTONE_STATUSES)}
        for indicator in self.indicators:
            counts[indicator.status] += 1
        for milestone in self.milestones:
            counts[milestone.status] += 1
        return counts


def assess(data: Mapping[str, Any], as_of: dt.date) -> Progress:
    """Judge every indicator and milestone of the strategy `data` as of `as_of`."""
    root = _mapping(data)
    start = as_date(_mapping(root.get("period")).get("start")) or as_date(
        _mapping(root.get("funding")).get("start")
    )
    indicators = tuple(
        _indicator(entry, index, start, as_of)
        for index, entry in enumerate(_list(_mapping(root.get("monitoring")).get("indicators")))
        if isinstance(entry, Mapping)
    )
    plan = _mapping(_mapping(root.get("concept")).get("work_plan"))
    milestones = tuple(
        _milestone(entry, index, as_of)
        for index, entry in enumerate(_list(plan.get("milestones")))
        if isinstance(entry, Mapping)
    )
    return Progress(as_of=as_of, indicators=indicators, milestones=milestones, start=start)


def _indicator(
    entry: Mapping[str, Any], index: int, start: dt.date | None, as_of: dt.date
) -> IndicatorStatus:
    baseline = as_number(entry.get("baseline"))
    target = as_number(entry.get("target"))
    due = as_date(entry.get("due"))
    latest, latest_date = _latest(entry.get("actuals"), as_of)
    expected = expected_share(start, due, as_of)
    percent: float | None = None
    if latest is not None and baseline is not None and target is not None:
        if target == baseline:
            percent = 100.0 if latest >= target else 0.0
        else:
            percent = round((latest - baseline) / (target - baseline) * 100.0, 1)
    status = _indicator_status(latest, baseline, target, percent, expected, due, as_of)
    unit = entry.get("unit")
    owner = entry.get("owner")
    return IndicatorStatus(
        id=_text(entry.get("id")) or f"#{index + 1}",
        name=_text(entry.get("name")) or _text(entry.get("id")) or f"#{index + 1}",
        unit=unit if isinstance(unit, str) else None,
        baseline=baseline,
        target=target,
        due=due,
        latest=latest,
        latest_date=latest_date,
        percent=percent,
        expected_percent=expected,
        status=status,
        owner=owner if isinstance(owner, str) else None,
    )


def _indicator_status(
    latest: float | None,
    baseline: float | None,
    target: float | None,
    percent: float | None,
    expected: float | None,
    due: dt.date | None,
    as_of: dt.date,
) -> IndicatorState:
    if latest is None or baseline is None or target is None or percent is None:
        return "no_data"
    reached = latest <= target if target < baseline else latest >= target
    if reached:
        return "achieved"
    if due is not None and as_of > due:
        return "behind"
    if expected is None or percent >= expected - TOLERANCE:
        return "on_track"
    return "behind"


def expected_share(start: dt.date | None, due: dt.date | None, as_of: dt.date) -> float | None:
    """Percent of the time from `start` to `due` passed by `as_of`, 0..100, one decimal."""
    if start is None or due is None:
        return None
    span = (due - start).days
    if span <= 0:
        return 100.0 if as_of >= due else 0.0
    elapsed = (as_of - start).days
    return round(min(100.0, max(0.0, elapsed / span * 100.0)), 1)


def _latest(actuals: Any, as_of: dt.date) -> tuple[float | None, dt.date | None]:
    """The value with the latest date on or before `as_of` (the later entry wins a same-day tie)."""
    best: tuple[dt.date, float] | None = None
    for entry in _list(actuals):
        if not isinstance(entry, Mapping):
            continue
        when = as_date(entry.get("date"))
        value = as_number(entry.get("value"))
        if when is None or value is None or when > as_of:
            continue
        if best is None or when >= best[0]:
            best = (when, value)
    if best is None:
        return None, None
    return best[1], best[0]


def _milestone(entry: Mapping[str, Any], index: int, as_of: dt.date) -> MilestoneStatus:
    due = as_date(entry.get("due"))
    done_on = as_date(entry.get("done_on"))
    # done_on is the record of when; without it, the status field alone says so
    done = done_on <= as_of if done_on is not None else entry.get("status") == "done"
    status: MilestoneState
    if done:
        status = "done"
    elif due is None:
        status = "upcoming"
    elif due < as_of:
        status = "overdue"
    elif (due - as_of).days <= DUE_WINDOW_DAYS:
        status = "due"
    else:
        status = "upcoming"
    ident = _text(entry.get("id")) or f"#{index + 1}"
    return MilestoneStatus(
        id=ident,
        title=_text(entry.get("title")) or ident,
        due=due,
        done_on=done_on if done else None,
        status=status,
    )


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    return str(value).strip() if isinstance(value, str | int | float) else ""


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def to_dict(progress: Progress) -> dict[str, Any]:
    """The JSON shape of `intstrat monitor --format json` (dates as ISO text)."""
    return {
        "as_of": progress.as_of.isoformat(),
        "start": _iso(progress.start),
        "tolerance": TOLERANCE,
        "needs_attention": progress.needs_attention,
        "counts": progress.counts(),
        "indicators": [
            {
                "id": i.id,
                "name": i.name,
                "unit": i.unit,
                "owner": i.owner,
                "baseline": i.baseline,
                "target": i.target,
                "due": _iso(i.due),
                "latest": i.latest,
                "latest_date": _iso(i.latest_date),
                "percent": i.percent,
                "expected_percent": i.expected_percent,
                "status": i.status,
            }
            for i in progress.indicators
        ],
        "milestones": [
            {
                "id": m.id,
                "title": m.title,
                "due": _iso(m.due),
                "done_on": _iso(m.done_on),
                "status": m.status,
            }
            for m in progress.milestones
        ],
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None
