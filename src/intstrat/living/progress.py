"""Progress of the strategy at a date: indicators against their plan, milestones against dates.

Guide chapter 7 asks that progress can be checked at any time; chapter 8 asks for milestones.
Everything here is judged "as of" one date, so an older date shows the picture of that day:
actual values recorded after it are ignored, and so is a milestone finished after it.

Indicators (monitoring.indicators):
    latest            the actual value with the latest date on or before as_of
    direction         `direction` (increase: more is better, decrease: less is better); without
                      it, decrease when the target lies below the baseline, else increase
    plan              the points (start, baseline), each interim target (date, value) and
                      (due, target), by date; start is the indicator's `start`, else the
                      strategy's (period.start, else funding.start)
    planned           the plan's value at as_of: the baseline before the start (flat), linear
                      between two neighbouring points, the target after the due date; None
                      before the first point when there is no start
    percent           (latest - baseline) / (target - baseline) * 100, one decimal
    expected_percent  the planned value as a share of the way from baseline to target, one
                      decimal (without interim targets: the share of the time from the start to
                      the due date that has passed); None when the plan is unknown at as_of
    status            no_data     baseline or target missing, or no actual value by as_of
                                  although the measured period has begun
                      not_started no actual value yet and as_of lies before the start
                      achieved    the latest value reaches the target (>= it when more is
                                  better, <= it when less is better)
                      stale       not achieved and the latest value is older than the review
                                  interval allows: as_of lies more than the interval after it
                      behind      not achieved after the due date, or the latest value trails
                                  the planned value by more than TOLERANCE (10 %) of the way
                                  from baseline to target
                      on_track    otherwise (also when the plan is not known at as_of)

    The review interval is `monitoring.review_interval_months`; without it, a review_cadence of
    one known word (monthly, quarterly, half-yearly, twice a year, yearly, annually and the German
    monatlich, quartalsweise, vierteljährlich, halbjährlich, jährlich) gives it. Otherwise no
    value is ever stale.

Milestones (concept.work_plan.milestones):
    contradictory  status `open` with a `done_on`, or status `done` with a `done_on` after
                   as_of when as_of is today or later (a record of a day still ahead); looking
                   back (as_of before today), a later done_on just means "not done yet then"
    done      done_on on or before as_of; without done_on, status "done"
    overdue   not done and the due date is before as_of
    due       not done and due within DUE_WINDOW_DAYS (30) days from as_of, as_of included
    upcoming  not done and due later, or without a due date
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

from intstrat.i18n import P_, Label
from intstrat.rules.base import add_months
from intstrat.values import as_date, as_number
from intstrat.values import today as current_day

TOLERANCE = 10.0
"""Percent of the way from baseline to target an indicator may trail its plan and be on track."""

DUE_WINDOW_DAYS = 30
"""A milestone due within this many days is shown as due."""

CADENCE_MONTHS: dict[str, int] = {
    "monthly": 1,
    "quarterly": 3,
    "half-yearly": 6,
    "twice a year": 6,
    "yearly": 12,
    "annually": 12,
    "monatlich": 1,
    "quartalsweise": 3,
    "vierteljährlich": 3,
    "halbjährlich": 6,
    "jährlich": 12,
}
"""A review_cadence that is exactly one of these words gives the review interval in months."""

IndicatorState = Literal["achieved", "on_track", "behind", "stale", "not_started", "no_data"]
MilestoneState = Literal["done", "due", "overdue", "upcoming", "contradictory"]
Direction = Literal["increase", "decrease"]
INDICATOR_STATUSES: tuple[IndicatorState, ...] = get_args(IndicatorState)
MILESTONE_STATUSES: tuple[MilestoneState, ...] = get_args(MilestoneState)

STATUS_LABELS: dict[IndicatorState | MilestoneState, Label] = {
    "achieved": P_("status", "achieved"),
    "on_track": P_("status", "on track"),
    "behind": P_("status", "behind"),
    "stale": P_("status", "data out of date"),
    "not_started": P_("status", "not started"),
    "no_data": P_("status", "no data"),
    "done": P_("status", "done"),
    "due": P_("status", "due soon"),
    "overdue": P_("status", "overdue"),
    "upcoming": P_("status", "upcoming"),
    "contradictory": P_("status", "contradictory"),
}
"""The word for each status, the same in `monitor` and the rendered document (JSON keeps the id)."""

ATTENTION: frozenset[str] = frozenset({"behind", "stale", "overdue", "contradictory"})
"""The statuses that make `monitor` exit 1."""


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
    start: dt.date | None = None
    direction: Direction = "increase"
    planned: float | None = None
    interim_targets: tuple[tuple[dt.date, float], ...] = ()


@dataclass(frozen=True)
class MilestoneStatus:
    """One milestone of the work plan as of a date."""

    id: str
    title: str
    due: dt.date | None
    done_on: dt.date | None
    status: MilestoneState
    recorded: str | None = None
    """The `status` the file gives (open, done), None without one."""


@dataclass(frozen=True)
class Progress:
    """Indicators and milestones as of `as_of`, in the order the strategy lists them."""

    as_of: dt.date
    indicators: tuple[IndicatorStatus, ...]
    milestones: tuple[MilestoneStatus, ...]
    start: dt.date | None = None
    review_interval_months: int | None = None

    @property
    def needs_attention(self) -> bool:
        """Some indicator is behind or out of date, or some milestone overdue or contradictory."""
        return any(i.status in ATTENTION for i in self.indicators) or any(
            m.status in ATTENTION for m in self.milestones
        )

    def counts(self) -> dict[str, int]:
        """How many indicators and milestones have each status (every status present, maybe 0)."""
        counts: dict[str, int] = {s: 0 for s in (*INDICATOR_STATUSES, *MILESTONE_STATUSES)}
        for indicator in self.indicators:
            counts[indicator.status] += 1
        for milestone in self.milestones:
            counts[milestone.status] += 1
        return counts


def assess(data: Mapping[str, Any], as_of: dt.date, today: dt.date | None = None) -> Progress:
    """Judge every indicator and milestone of the strategy `data` as of `as_of`.

    `today` (the clock's day unless given) tells a look back from a record of the future.
    """
    root = _mapping(data)
    start = as_date(_mapping(root.get("period")).get("start")) or as_date(
        _mapping(root.get("funding")).get("start")
    )
    monitoring = _mapping(root.get("monitoring"))
    interval = review_interval(monitoring)
    indicators = tuple(
        _indicator(entry, index, start, as_of, interval)
        for index, entry in enumerate(_list(monitoring.get("indicators")))
        if isinstance(entry, Mapping)
    )
    plan = _mapping(_mapping(root.get("concept")).get("work_plan"))
    day = today if today is not None else current_day()
    milestones = tuple(
        _milestone(entry, index, as_of, day)
        for index, entry in enumerate(_list(plan.get("milestones")))
        if isinstance(entry, Mapping)
    )
    return Progress(as_of=as_of, indicators=indicators, milestones=milestones, start=start,
                    review_interval_months=interval)


def review_interval(monitoring: Mapping[str, Any]) -> int | None:
    """Months between two reviews: `review_interval_months`, else a one-word review_cadence."""
    months = monitoring.get("review_interval_months")
    if isinstance(months, int) and not isinstance(months, bool) and months >= 1:
        return months
    cadence = monitoring.get("review_cadence")
    if isinstance(cadence, str):
        return CADENCE_MONTHS.get(" ".join(cadence.split()).casefold())
    return None


def _indicator(
    entry: Mapping[str, Any],
    index: int,
    strategy_start: dt.date | None,
    as_of: dt.date,
    interval: int | None,
) -> IndicatorStatus:
    baseline = as_number(entry.get("baseline"))
    target = as_number(entry.get("target"))
    due = as_date(entry.get("due"))
    start = as_date(entry.get("start")) or strategy_start
    direction = _direction(entry.get("direction"), baseline, target)
    interim = _interim(entry.get("interim_targets"))
    latest, latest_date = _latest(entry.get("actuals"), as_of)
    planned = planned_value(start, baseline, interim, due, target, as_of)
    expected: float | None
    if interim or baseline is None or target is None or target == baseline:
        expected = _share(planned, baseline, target)
        if expected is None and not interim:
            expected = expected_share(start, due, as_of)
    else:
        expected = expected_share(start, due, as_of)
    percent = _share(latest, baseline, target)
    if percent is None and latest is not None and baseline is not None and target == baseline:
        percent = 100.0 if _reached(latest, target, direction) else 0.0
    status = _indicator_status(
        latest, latest_date, baseline, target, planned, direction, start, due, as_of, interval
    )
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
        start=start,
        direction=direction,
        planned=None if planned is None else round(planned, 2),
        interim_targets=interim,
    )


def _indicator_status(
    latest: float | None,
    latest_date: dt.date | None,
    baseline: float | None,
    target: float | None,
    planned: float | None,
    direction: Direction,
    start: dt.date | None,
    due: dt.date | None,
    as_of: dt.date,
    interval: int | None,
) -> IndicatorState:
    if baseline is None or target is None:
        return "no_data"
    if latest is None or latest_date is None:
        return "not_started" if start is not None and as_of < start else "no_data"
    if _reached(latest, target, direction):
        return "achieved"
    if interval is not None and as_of > add_months(latest_date, interval):
        return "stale"
    if due is not None and as_of > due:
        return "behind"
    if planned is None:
        return "on_track"
    slack = abs(target - baseline) * TOLERANCE / 100.0
    # a hair of float noise must not turn an exact hit of the tolerance into "behind"
    gap = planned - latest if direction == "increase" else latest - planned
    return "on_track" if gap <= slack + 1e-9 else "behind"


def _reached(latest: float, target: float, direction: Direction) -> bool:
    return latest <= target if direction == "decrease" else latest >= target


def _direction(raw: Any, baseline: float | None, target: float | None) -> Direction:
    if raw == "increase" or raw == "decrease":
        return "increase" if raw == "increase" else "decrease"
    if baseline is not None and target is not None and target < baseline:
        return "decrease"
    return "increase"


def _share(value: float | None, baseline: float | None, target: float | None) -> float | None:
    if value is None or baseline is None or target is None or target == baseline:
        return None
    return round((value - baseline) / (target - baseline) * 100.0, 1)


def _interim(raw: Any) -> tuple[tuple[dt.date, float], ...]:
    points = []
    for entry in _list(raw):
        if isinstance(entry, Mapping):
            when, value = as_date(entry.get("date")), as_number(entry.get("value"))
            if when is not None and value is not None:
                points.append((when, value))
    return tuple(sorted(points, key=lambda point: point[0]))


def planned_value(
    start: dt.date | None,
    baseline: float | None,
    interim: tuple[tuple[dt.date, float], ...],
    due: dt.date | None,
    target: float | None,
    as_of: dt.date,
) -> float | None:
    """The plan's value at `as_of`: flat before the start, linear between points, flat after."""
    points: list[tuple[dt.date, float]] = []
    if start is not None and baseline is not None:
        points.append((start, baseline))
    points += interim
    if due is not None and target is not None:
        points.append((due, target))
    points.sort(key=lambda point: point[0])
    if not points:
        return None
    if as_of < points[0][0]:
        return baseline if start is not None and points[0][0] == start else None
    for (day_a, value_a), (day_b, value_b) in itertools.pairwise(points):
        if day_a <= as_of <= day_b:
            span = (day_b - day_a).days
            if span == 0:
                continue
            return value_a + (value_b - value_a) * (as_of - day_a).days / span
    return points[-1][1]


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


def _milestone(
    entry: Mapping[str, Any], index: int, as_of: dt.date, today: dt.date
) -> MilestoneStatus:
    due = as_date(entry.get("due"))
    done_on = as_date(entry.get("done_on"))
    recorded = entry.get("status") if entry.get("status") in ("open", "done") else None
    status: MilestoneState
    if done_on is not None and (
        recorded == "open" or (recorded == "done" and done_on > as_of and as_of >= today)
    ):
        status = "contradictory"
    # done_on is the record of when; without it, the status field alone says so
    elif done_on <= as_of if done_on is not None else recorded == "done":
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
        done_on=done_on if status in ("done", "contradictory") else None,
        status=status,
        recorded=recorded,
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
        "review_interval_months": progress.review_interval_months,
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
                "start": _iso(i.start),
                "direction": i.direction,
                "interim_targets": [
                    {"date": day.isoformat(), "value": value} for day, value in i.interim_targets
                ],
                "latest": i.latest,
                "latest_date": _iso(i.latest_date),
                "planned": i.planned,
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
                "recorded_status": m.recorded,
                "status": m.status,
            }
            for m in progress.milestones
        ],
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None
