"""Monitoring as of a date: indicator percent and status, milestone status."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intstrat.i18n import translator
from intstrat.living.progress import (
    INDICATOR_STATUSES,
    MILESTONE_STATUSES,
    STATUS_LABELS,
    Progress,
    assess,
    expected_share,
)

D = dt.date
AS_OF = D(2026, 7, 2)


def _strategy(indicators: list[Any], milestones: list[Any] | None = None) -> dict[str, Any]:
    return {
        "period": {"start": D(2026, 1, 1), "end": D(2028, 12, 31)},
        "funding": {"start": D(2025, 1, 1), "end": D(2028, 12, 31)},
        "monitoring": {"indicators": indicators},
        "concept": {"work_plan": {"milestones": milestones or []}},
    }


def _indicator(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "members",
        "name": "Members active abroad",
        "unit": "members",
        "baseline": 10,
        "target": 30,
        "due": D(2027, 1, 1),
    }
    base.update(fields)
    return base


# From 2026-01-01 to the due date 2027-01-01 are 365 days; by 2026-07-02, 182 have passed:
# expected = 182 / 365 * 100 = 49.86 -> 49.9. On track needs percent >= 49.9 - 10 = 39.9.
@pytest.mark.parametrize(
    ("fields", "percent", "status"),
    [
        # (18 - 10) / (30 - 10) = 40.0 % >= 39.9
        ({"actuals": [{"date": D(2026, 6, 30), "value": 18}]}, 40.0, "on_track"),
        # (17 - 10) / 20 = 35.0 % < 39.9
        ({"actuals": [{"date": D(2026, 6, 30), "value": 17}]}, 35.0, "behind"),
        # 30 reaches the target
        ({"actuals": [{"date": D(2026, 6, 30), "value": 30}]}, 100.0, "achieved"),
        # beyond the target: 125 %
        ({"actuals": [{"date": D(2026, 6, 30), "value": 35}]}, 125.0, "achieved"),
        # lower is better (target below baseline): (35 - 50) / (20 - 50) = 50.0 %
        (
            {"baseline": 50, "target": 20, "actuals": [{"date": D(2026, 5, 1), "value": 35}]},
            50.0,
            "on_track",
        ),
        # lower is better, reached: 18 <= 20 -> (18 - 50) / (20 - 50) = 106.7 %
        (
            {"baseline": 50, "target": 20, "actuals": [{"date": D(2026, 5, 1), "value": 18}]},
            106.7,
            "achieved",
        ),
        # lower is better, worse than the baseline: (60 - 50) / (20 - 50) = -33.3 %
        (
            {"baseline": 50, "target": 20, "actuals": [{"date": D(2026, 5, 1), "value": 60}]},
            -33.3,
            "behind",
        ),
        # the latest by date counts, not the last listed; the one after as_of is ignored
        (
            {
                "actuals": [
                    {"date": D(2026, 6, 1), "value": 22},
                    {"date": D(2026, 3, 1), "value": 11},
                    {"date": D(2026, 9, 1), "value": 30},
                ]
            },
            60.0,
            "on_track",
        ),
        # past the due date and not reached: behind, tolerance or not
        (
            {"due": D(2026, 6, 30), "actuals": [{"date": D(2026, 6, 1), "value": 29}]},
            95.0,
            "behind",
        ),
        ({"actuals": []}, None, "no_data"),
        ({"actuals": [{"date": D(2026, 9, 1), "value": 30}]}, None, "no_data"),
        ({"target": None, "actuals": [{"date": D(2026, 6, 1), "value": 20}]}, None, "no_data"),
        (
            {"actuals": [{"date": "sometime", "value": 20}, {"date": D(2026, 6, 1)}]},
            None,
            "no_data",
        ),
    ],
    ids=[
        "on-track-at-tolerance",
        "behind",
        "achieved",
        "beyond-target",
        "lower-is-better-on-track",
        "lower-is-better-achieved",
        "lower-is-better-worse",
        "latest-by-date",
        "past-due",
        "no-actuals",
        "only-future-actuals",
        "no-target",
        "unusable-actuals",
    ],
)
def test_indicator_percent_and_status(
    fields: dict[str, Any], percent: float | None, status: str
) -> None:
    (indicator,) = assess(_strategy([_indicator(**fields)]), AS_OF).indicators
    assert (indicator.percent, indicator.status) == (percent, status)


def test_indicator_fields() -> None:
    data = _strategy([_indicator(actuals=[{"date": D(2026, 6, 30), "value": 18}], owner="Office")])
    (indicator,) = assess(data, AS_OF).indicators
    assert indicator.id == "members"
    assert indicator.unit == "members"
    assert (indicator.baseline, indicator.target) == (10.0, 30.0)
    assert (indicator.latest, indicator.latest_date) == (18.0, D(2026, 6, 30))
    assert indicator.expected_percent == 49.9
    assert indicator.owner == "Office"


def test_expected_share_runs_from_the_period_start_else_the_funding_start() -> None:
    data = _strategy([_indicator()])
    assert assess(data, AS_OF).start == D(2026, 1, 1)
    del data["period"]
    progress = assess(data, AS_OF)
    assert progress.start == D(2025, 1, 1)
    # 2025-01-01 .. 2027-01-01 = 730 days, 547 passed -> 74.9 %
    assert progress.indicators[0].expected_percent == 74.9


@pytest.mark.parametrize(
    ("start", "due", "as_of", "expected"),
    [
        (D(2026, 1, 1), D(2027, 1, 1), D(2025, 6, 1), 0.0),
        (D(2026, 1, 1), D(2027, 1, 1), D(2026, 1, 1), 0.0),
        (D(2026, 1, 1), D(2027, 1, 1), D(2027, 1, 1), 100.0),
        (D(2026, 1, 1), D(2027, 1, 1), D(2030, 1, 1), 100.0),
        (D(2026, 1, 1), D(2025, 1, 1), D(2024, 1, 1), 0.0),
        (D(2026, 1, 1), D(2025, 1, 1), D(2025, 1, 1), 100.0),
        (None, D(2027, 1, 1), D(2026, 1, 1), None),
        (D(2026, 1, 1), None, D(2026, 1, 1), None),
    ],
)
def test_expected_share(
    start: dt.date | None, due: dt.date | None, as_of: dt.date, expected: float | None
) -> None:
    assert expected_share(start, due, as_of) == expected


def test_without_a_start_not_achieved_is_on_track_until_due() -> None:
    data = _strategy([_indicator(actuals=[{"date": D(2026, 6, 1), "value": 10}])])
    del data["period"], data["funding"]
    (indicator,) = assess(data, AS_OF).indicators
    assert (indicator.expected_percent, indicator.percent, indicator.status) == (
        None,
        0.0,
        "on_track",
    )


def test_target_equal_to_baseline() -> None:
    data = _strategy(
        [
            _indicator(
                id="keep", baseline=5, target=5, actuals=[{"date": D(2026, 6, 1), "value": 5}]
            ),
            _indicator(
                id="lost", baseline=5, target=5, actuals=[{"date": D(2026, 6, 1), "value": 4}]
            ),
        ]
    )
    keep, lost = assess(data, AS_OF).indicators
    assert (keep.percent, keep.status) == (100.0, "achieved")
    assert (lost.percent, lost.status) == (0.0, "behind")


# as_of 2026-07-02: 2026-07-01 is past, 2026-08-01 is 30 days ahead, 2026-08-02 is 31.
@pytest.mark.parametrize(
    ("milestone", "status"),
    [
        ({"due": D(2026, 7, 1), "status": "open"}, "overdue"),
        ({"due": D(2026, 7, 2), "status": "open"}, "due"),
        ({"due": D(2026, 8, 1), "status": "open"}, "due"),
        ({"due": D(2026, 8, 2), "status": "open"}, "upcoming"),
        ({"due": D(2026, 1, 1), "status": "done"}, "done"),
        ({"due": D(2026, 1, 1), "status": "done", "done_on": D(2026, 2, 1)}, "done"),
        # finished only after as_of: as of that day it was still open, and overdue
        ({"due": D(2026, 6, 1), "status": "done", "done_on": D(2026, 8, 1)}, "overdue"),
        # "open" and a completion date contradict each other (issue 15; check reports CO07)
        ({"due": D(2026, 6, 1), "status": "open", "done_on": D(2026, 6, 3)}, "contradictory"),
        # without a status, the recorded completion date says it
        ({"due": D(2026, 6, 1), "done_on": D(2026, 6, 3)}, "done"),
        ({"status": "open"}, "upcoming"),
        ({"due": "soon"}, "upcoming"),
    ],
    ids=[
        "overdue",
        "due-today",
        "due-in-30-days",
        "upcoming-in-31-days",
        "done",
        "done-on",
        "done-after-as-of",
        "open-with-done-on",
        "done-on-without-status",
        "no-due-date",
        "bad-due-date",
    ],
)
def test_milestone_status(milestone: dict[str, Any], status: str) -> None:
    data = _strategy([], [{"id": "m1", "title": "Partners signed", **milestone}])
    (result,) = assess(data, AS_OF).milestones
    assert (result.id, result.title, result.status) == ("m1", "Partners signed", status)


def test_needs_attention_and_counts() -> None:
    on_track = _indicator(id="ok", actuals=[{"date": D(2026, 6, 30), "value": 20}])
    behind = _indicator(id="slow", actuals=[{"date": D(2026, 6, 30), "value": 11}])
    done = {"id": "a", "title": "A", "due": D(2026, 1, 1), "status": "done"}
    late = {"id": "b", "title": "B", "due": D(2026, 1, 1), "status": "open"}
    assert not assess(_strategy([on_track], [done]), AS_OF).needs_attention
    assert assess(_strategy([behind], [done]), AS_OF).needs_attention
    assert assess(_strategy([on_track], [done, late]), AS_OF).needs_attention
    counts = assess(_strategy([on_track, behind], [done, late]), AS_OF).counts()
    assert counts == {
        "achieved": 0,
        "on_track": 1,
        "behind": 1,
        "stale": 0,
        "not_started": 0,
        "no_data": 0,
        "done": 1,
        "due": 0,
        "overdue": 1,
        "upcoming": 0,
        "contradictory": 0,
    }


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"monitoring": None, "concept": "text"},
        {"monitoring": {"indicators": [None, 3, {"baseline": True, "actuals": "x"}]}},
        {"concept": {"work_plan": {"milestones": [{"id": None, "due": 20260101}]}}},
        {"monitoring": {"indicators": [{"baseline": 10**400, "target": 1, "actuals": [None]}]}},
    ],
    ids=["empty", "wrong-sections", "odd-indicators", "odd-milestones", "huge-number"],
)
def test_malformed_data_never_crashes(data: dict[str, Any]) -> None:
    progress = assess(data, AS_OF)
    assert isinstance(progress, Progress)
    assert all(i.status == "no_data" for i in progress.indicators)
    assert all(m.status == "upcoming" for m in progress.milestones)


_values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=4), st.dates()
)
_entries = st.dictionaries(
    st.sampled_from(["id", "name", "baseline", "target", "due", "status", "done_on", "actuals",
                     "start", "interim_targets", "direction"]),
    st.one_of(_values, st.lists(st.dictionaries(st.sampled_from(["date", "value"]), _values))),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(
    indicators=st.lists(st.one_of(_values, _entries), max_size=4),
    milestones=st.lists(st.one_of(_values, _entries), max_size=4),
    start=_values,
    as_of=st.dates(),
)
def test_any_indicator_and_milestone_data_is_judged(
    indicators: list[Any], milestones: list[Any], start: Any, as_of: dt.date
) -> None:
    data = _strategy(indicators, milestones)
    data["period"] = {"start": start}
    progress = assess(data, as_of)
    assert {i.status for i in progress.indicators} <= set(INDICATOR_STATUSES)
    assert {m.status for m in progress.milestones} <= set(MILESTONE_STATUSES)
    for indicator in progress.indicators:
        expected = indicator.expected_percent
        # interim targets may lie beyond the target; without them the plan stays on the way
        if not indicator.interim_targets:
            assert expected is None or 0.0 <= expected <= 100.0


def test_every_status_has_one_word_per_language() -> None:
    """The words `monitor` shows; the rendered document's annexes use the same ones."""
    assert set(STATUS_LABELS) == {*INDICATOR_STATUSES, *MILESTONE_STATUSES}
    words = {lang: {s: translator(lang).label(label) for s, label in STATUS_LABELS.items()}
             for lang in ("en", "de")}
    assert words["en"]["due"] == "due soon"
    assert words["de"] == {
        "achieved": "erreicht",
        "on_track": "im Plan",
        "behind": "im Verzug",
        "no_data": "keine Daten",
        "done": "erledigt",
        "due": "bald fällig",
        "overdue": "überfällig",
        "upcoming": "anstehend",
        "stale": "Daten veraltet",
        "not_started": "noch nicht begonnen",
        "contradictory": "widersprüchlich",
    }


# --- the plan (issue 15): start, interim targets, direction, stale data, contradictions ---------
# Strategy start 2026-01-01; this indicator starts 2027-01-01 at 0, plans 20 on 2028-01-01 and
# 100 on its due date 2029-01-01. Tolerance: 10 % of the way 0 -> 100 = 10.
def _planned(**fields: Any) -> dict[str, Any]:
    return _indicator(
        baseline=0,
        target=100,
        start=D(2027, 1, 1),
        due=D(2029, 1, 1),
        interim_targets=[{"date": D(2028, 1, 1), "value": 20}],
        **fields,
    )


@pytest.mark.parametrize(
    ("fields", "as_of", "planned", "expected", "status"),
    [
        # eight months in, the start still ahead: nothing measured yet is not "behind"
        ({}, D(2026, 9, 1), 0.0, 0.0, "not_started"),
        # a baseline measurement before the start is on the (flat) plan
        ({"actuals": [{"date": D(2026, 8, 1), "value": 0}]}, D(2026, 9, 1), 0.0, 0.0,
         "on_track"),
        # 182 of 365 days from the start to the interim target: 20 * 182 / 365 = 9.97
        ({"actuals": [{"date": D(2027, 6, 30), "value": 0}]}, D(2027, 7, 2), 9.97, 10.0,
         "on_track"),
        # 9.97 - (-1) = 10.97 > 10: behind the plan
        ({"actuals": [{"date": D(2027, 6, 30), "value": -1}]}, D(2027, 7, 2), 9.97, 10.0,
         "behind"),
        # 183 of 366 days from the interim target to the due date: 20 + 80 * 183 / 366 = 60
        ({"actuals": [{"date": D(2028, 6, 30), "value": 50}]}, D(2028, 7, 2), 60.0, 60.0,
         "on_track"),
        ({"actuals": [{"date": D(2028, 6, 30), "value": 49}]}, D(2028, 7, 2), 60.0, 60.0,
         "behind"),
        # after the due date the plan is the target
        ({"actuals": [{"date": D(2029, 1, 5), "value": 99}]}, D(2029, 2, 1), 100.0, 100.0,
         "behind"),
        # 59 of 365 days after the start: 20 * 59 / 365 = 3.23; the value from before the start
        # still counts and is within 10 of the plan
        ({"actuals": [{"date": D(2026, 8, 1), "value": 0}]}, D(2027, 3, 1), 3.23, 3.2,
         "on_track"),
    ],
    ids=["not-started", "baseline-before-start", "on-plan", "behind-plan", "on-plan-late",
         "behind-plan-late", "after-due", "early-value-still-on-plan"],
)
def test_indicator_against_its_plan(
    fields: dict[str, Any], as_of: dt.date, planned: float, expected: float, status: str
) -> None:
    (result,) = assess(_strategy([_planned(**fields)]), as_of).indicators
    assert (result.planned, result.expected_percent, result.status) == (
        planned, expected, status
    )


def test_a_strategy_eight_months_in_with_later_indicators_needs_no_attention() -> None:
    later = _planned(id="later")
    measured = _planned(id="measured", actuals=[{"date": D(2026, 8, 1), "value": 0}])
    progress = assess(_strategy([later, measured]), D(2026, 9, 1))
    assert [i.status for i in progress.indicators] == ["not_started", "on_track"]
    assert not progress.needs_attention


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        # keep a level: 5 complaints at most; 4 is fine when less is better
        ({"baseline": 5, "target": 5, "direction": "decrease"}, "achieved"),
        # the same numbers with more being better fall short
        ({"baseline": 5, "target": 5, "direction": "increase"}, "behind"),
        # without a direction a target equal to the baseline means "at least"
        ({"baseline": 5, "target": 5}, "behind"),
    ],
    ids=["decrease-keeps-level", "increase-short", "default-at-least"],
)
def test_direction_decides_what_reaching_the_target_means(
    fields: dict[str, Any], status: str
) -> None:
    indicator = _indicator(due=D(2026, 6, 1), actuals=[{"date": D(2026, 5, 1), "value": 4}],
                           **fields)
    (result,) = assess(_strategy([indicator]), AS_OF).indicators
    assert result.status == status


@pytest.mark.parametrize(
    ("monitoring", "latest", "status"),
    [
        # as_of 2026-07-02; three months after 2026-04-01 is 2026-07-01, so that value is stale
        ({"review_interval_months": 3}, D(2026, 4, 1), "stale"),
        ({"review_interval_months": 3}, D(2026, 4, 2), "on_track"),
        ({"review_cadence": "Quarterly"}, D(2026, 4, 1), "stale"),
        ({"review_cadence": "halbjährlich"}, D(2026, 4, 1), "on_track"),
        ({"review_cadence": "monatlich"}, D(2026, 5, 1), "stale"),
        # free text gives no interval: never stale
        ({"review_cadence": "quarterly by the board"}, D(2024, 1, 1), "on_track"),
        # the explicit interval wins over the cadence word
        ({"review_interval_months": 12, "review_cadence": "monthly"}, D(2026, 1, 1), "on_track"),
    ],
    ids=["3-months-passed", "3-months-not-yet", "quarterly", "half-yearly", "monthly",
         "free-text", "interval-wins"],
)
def test_stale_data_is_its_own_status(
    monitoring: dict[str, Any], latest: dt.date, status: str
) -> None:
    indicator = _indicator(actuals=[{"date": latest, "value": 20}])
    data = _strategy([indicator])
    data["monitoring"].update(monitoring)
    progress = assess(data, AS_OF)
    assert progress.indicators[0].status == status
    assert progress.needs_attention == (status == "stale")


@pytest.mark.parametrize(
    ("milestone", "today", "status"),
    [
        # done on a day after as_of, judged today: a record of the future
        ({"status": "done", "done_on": D(2026, 8, 1)}, AS_OF, "contradictory"),
        # the same file looked at as of an earlier day: simply not done yet then
        ({"status": "done", "done_on": D(2026, 8, 1)}, D(2026, 12, 1), "overdue"),
        ({"status": "open", "done_on": D(2026, 8, 1)}, AS_OF, "contradictory"),
        ({"status": "done", "done_on": D(2026, 7, 2)}, AS_OF, "done"),
    ],
    ids=["done-ahead", "done-later-looking-back", "open-with-date-ahead", "done-today"],
)
def test_contradictory_milestones(
    milestone: dict[str, Any], today: dt.date, status: str
) -> None:
    data = _strategy([], [{"id": "m1", "title": "T", "due": D(2026, 6, 1), **milestone}])
    progress = assess(data, AS_OF, today=today)
    assert progress.milestones[0].status == status
    assert progress.needs_attention == (status != "done")
