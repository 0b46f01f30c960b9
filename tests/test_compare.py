"""Two versions of a strategy: structural changes by section, findings fixed and introduced."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from intstrat.findings import FileResult, Finding, PointStatus, Severity
from intstrat.living.compare import (
    Change,
    RankMove,
    WeightChange,
    compare,
    diff_data,
    diff_findings,
    diff_points,
    diff_rankings,
)

D = dt.date


def _changes(old: Any, new: Any) -> list[tuple[str, str, str, Any, Any]]:
    return [(c.section, c.kind, c.pointer, c.old, c.new) for c in diff_data(old, new)]


def test_keys_added_removed_changed_with_dotted_paths() -> None:
    old = {"cluster": {"name": "Alpha", "region": "Saxony"}, "language": "en"}
    new = {"cluster": {"name": "Alpha Cluster", "website": "https://a.example"}, "language": "en"}
    assert _changes(old, new) == [
        ("cluster", "changed", "cluster.name", "Alpha", "Alpha Cluster"),
        ("cluster", "added", "cluster.website", None, "https://a.example"),
        ("cluster", "removed", "cluster.region", "Saxony", None),
    ]


def test_list_items_are_matched_by_id_not_position() -> None:
    old = {"partner_selection": {"candidates": [{"id": "a", "country": "NO"}, {"id": "b"}]}}
    new = {
        "partner_selection": {
            "candidates": [{"id": "new"}, {"id": "a", "country": "Norway"}, {"id": "b"}]
        }
    }
    assert _changes(old, new) == [
        ("partner_selection", "added", "partner_selection.candidates[id=new]", None, {"id": "new"}),
        (
            "partner_selection",
            "changed",
            "partner_selection.candidates[id=a].country",
            "NO",
            "Norway",
        ),
    ]


def test_items_without_id_are_matched_by_rater_or_date() -> None:
    old = {
        "monitoring": {
            "indicators": [
                {
                    "id": "m",
                    "actuals": [{"date": D(2025, 1, 1), "value": 3}],
                }
            ]
        },
        "project_selection": {
            "projects": [{"id": "p", "scores": [{"rater": "r1", "values": {"a": 1}}]}]
        },
    }
    new = {
        "monitoring": {
            "indicators": [
                {
                    "id": "m",
                    "actuals": [
                        {"date": D(2025, 1, 1), "value": 4},
                        {"date": D(2025, 7, 1), "value": 6},
                    ],
                }
            ]
        },
        "project_selection": {
            "projects": [{"id": "p", "scores": [{"rater": "r1", "values": {"a": 2}}]}]
        },
    }
    assert [(c.kind, c.pointer) for c in diff_data(old, new)] == [
        ("changed", "monitoring.indicators[id=m].actuals[date=2025-01-01].value"),
        ("added", "monitoring.indicators[id=m].actuals[date=2025-07-01]"),
        ("changed", "project_selection.projects[id=p].scores[rater=r1].values.a"),
    ]


def test_lists_of_values_compare_as_sets() -> None:
    old = {"concept": {"limits": ["no defence", "no consumer goods"]}}
    new = {"concept": {"limits": ["no consumer goods", "no mining"]}}
    assert _changes(old, new) == [
        ("concept", "added", "concept.limits", None, "no mining"),
        ("concept", "removed", "concept.limits", "no defence", None),
    ]
    assert diff_data({"x": [1, 2]}, {"x": [2, 1]}) == ()


def test_lists_without_a_key_compare_by_position() -> None:
    old = {"needs_assessment": {"methods": [{"method": "survey", "participants": 40}]}}
    new = {
        "needs_assessment": {
            "methods": [
                {"method": "survey", "participants": 40},
                {"method": "survey", "participants": 12},
            ]
        }
    }
    # "method" is not unique in the new version, so positions are used
    assert [(c.kind, c.pointer) for c in diff_data(old, new)] == [
        ("added", "needs_assessment.methods[1]"),
    ]


def test_type_changes_are_changes() -> None:
    assert _changes({"a": True}, {"a": 1}) == [("a", "changed", "a", True, 1)]
    assert _changes({"a": 1}, {"a": 1.0}) == []
    assert _changes({"a": {"b": 1}}, {"a": [1]}) == [("a", "changed", "a", {"b": 1}, [1])]
    assert _changes({"a": float("nan")}, {"a": float("nan")}) == []


def _finding(
    rule: str, pointer: str, key: str, line: int, template: str = "", **args: object
) -> Finding:
    return Finding("s.yaml", line, 1, rule, Severity.ERROR, template or key, key,
                   tuple(args.items()), pointer)


def test_findings_are_matched_by_rule_pointer_and_message_not_line() -> None:
    old = [
        _finding("CL02", "measures.kickoff.date", "too late", 10),
        _finding("CL04", "measures.analyses", "no market study", 20),
        _finding("CL04", "measures.analyses", "no market study", 21),
    ]
    new = [
        _finding("CL02", "measures.kickoff.date", "too late", 14),  # moved down: not new
        _finding("CL04", "measures.analyses", "no market study", 25),  # one of two fixed
        _finding("CL18", "monitoring.indicators[0].due", "no due date", 90),
    ]
    fixed, introduced = diff_findings(old, new)
    assert [(f.rule, f.line) for f in fixed] == [("CL04", 21)]
    assert [(f.rule, f.line) for f in introduced] == [("CL18", 90)]


def test_findings_are_matched_by_message_key_and_details_not_by_the_text() -> None:
    """A reworded message keeps its identity; the same words about another value do not."""
    old = [
        _finding("CL02", "measures.kickoff.date", "CL02.late", 10, "{months} months late",
                 months=7),
        _finding("CL16", "communication.channels[0]", "CL16.no_frequency", 30,
                 "'{name}' has no frequency", name="press"),
    ]
    new = [
        _finding("CL02", "measures.kickoff.date", "CL02.late", 12,
                 "the kick-off is {months} months late", months=7),
        _finding("CL16", "communication.channels[0]", "CL16.no_frequency", 30,
                 "'{name}' has no frequency", name="newsletter"),
    ]
    fixed, introduced = diff_findings(old, new)
    assert [f.text("en") for f in fixed] == ["'press' has no frequency"]
    assert [f.text("en") for f in introduced] == ["'newsletter' has no frequency"]


def _result(passed: dict[str, bool], findings: tuple[Finding, ...] = ()) -> FileResult:
    checklist = tuple(
        PointStatus(rule, ok, "3") for rule, ok in passed.items() if rule < "CS"
    )
    sections = tuple(
        PointStatus(rule, ok, "8") for rule, ok in passed.items() if rule >= "CS"
    )
    return FileResult("s.yaml", findings, checklist, sections)


def test_score_checklist_and_regression() -> None:
    # before: 2 of 4 points pass = 50.0 %; after: 3 of 4 = 75.0 %
    old = _result({"CL01": True, "CL02": False, "CS01": True, "CS02": False})
    new = _result({"CL01": True, "CL02": True, "CS01": True, "CS02": False})
    result = compare({"a": 1}, {"a": 2}, old_audit=old, new_audit=new)
    assert (result.score_before, result.score_after, result.score_delta) == (50.0, 75.0, 25.0)
    assert [(p.rule, p.before, p.after, p.changed) for p in result.checklist] == [
        ("CL01", True, True, False),
        ("CL02", False, True, True),
        ("CS01", True, True, False),
        ("CS02", False, False, False),
    ]
    assert result.passed("before", "CL") == (1, 2)
    assert result.passed("after", "CL") == (2, 2)
    assert not result.regression
    assert compare({}, {}, old_audit=new, new_audit=old).regression
    worse = _result(
        {"CL01": True, "CL02": True, "CS01": True, "CS02": False},
        (_finding("CL05", "measures", "x", 1),),
    )
    assert compare({}, {}, old_audit=new, new_audit=worse).regression


def test_points_only_in_one_version() -> None:
    points = diff_points(_result({"CL01": True}), _result({"CL02": False}))
    assert [(p.rule, p.before, p.after) for p in points] == [
        ("CL02", None, False),
        ("CL01", True, None),
    ]


def test_changes_are_grouped_by_section_in_order() -> None:
    old = {"cluster": {"name": "A"}, "funding": {"start": D(2024, 1, 1)}}
    new = {"funding": {"start": D(2024, 2, 1)}, "cluster": {"name": "B"}, "period": {}}
    result = compare(old, new)
    assert [s.section for s in result.sections] == ["funding", "cluster", "period"]
    assert [(s.count("added"), s.count("changed")) for s in result.sections] == [
        (0, 1),
        (0, 1),
        (1, 0),
    ]
    assert result.changes[0] == Change(
        "funding", "changed", "funding.start", D(2024, 1, 1), D(2024, 2, 1)
    )
    assert result.score_before is None and result.score_delta is None
    assert not result.regression


def test_a_non_mapping_version_has_no_sections() -> None:
    result = compare(None, {"language": "de"})
    assert [(c.kind, c.pointer) for c in result.changes] == [("added", "language")]


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.dates(),
)
_keys = st.sampled_from(["id", "rater", "date", "name", "value", "a", "b"])
_trees = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(old=_trees, new=_trees)
def test_any_two_trees_compare_without_error(old: Any, new: Any) -> None:
    changes = diff_data({"s": old}, {"s": new})
    assert all(c.kind in ("added", "removed", "changed") for c in changes)
    assert diff_data({"s": new}, {"s": new}) == ()


# --- what moved in the rankings, and why a point changed (issue 15) -----------------------
def _partners(weight_a: float, weight_b: float) -> dict[str, Any]:
    # x: a 4, b 1; y: a 1, b 4 (one rater each). Weights 3:1 -> x 3.25, y 1.75; 1:3 -> the reverse.
    return {
        "partner_selection": {
            "criteria": [{"id": "a", "name": "Interest", "weight": weight_a},
                         {"id": "b", "name": "Strengths", "weight": weight_b}],
            "candidates": [
                {"id": "x", "name": "Xylo", "scores": [{"rater": "r", "values": {"a": 4, "b": 1}}]},
                {"id": "y", "name": "Ypsi", "scores": [{"rater": "r", "values": {"a": 1, "b": 4}}]},
            ],
        }
    }


def test_a_weight_change_that_reorders_partners_is_a_move_with_its_cause() -> None:
    (partners,) = diff_rankings(_partners(3, 1), _partners(1, 3))
    assert partners.kind == "partners"
    assert partners.weights == (
        WeightChange("a", "Interest", 3, 1),
        WeightChange("b", "Strengths", 1, 3),
    )
    assert partners.moves == (
        RankMove("y", "Ypsi", 2, 1, 1.75, 3.25),
        RankMove("x", "Xylo", 1, 2, 3.25, 1.75),
    )


def test_rankings_appear_only_when_something_moved_or_a_weight_changed() -> None:
    assert diff_rankings(_partners(3, 1), _partners(3, 1)) == ()
    # a weight change that keeps the order still names the weight
    (same_order,) = diff_rankings(_partners(3, 1), _partners(4, 1))
    assert (same_order.moves, [w.criterion for w in same_order.weights]) == ((), ["a"])
    # a candidate that is no longer ranked moves to None
    gone = _partners(3, 1)
    del gone["partner_selection"]["candidates"][1]
    (removed,) = diff_rankings(_partners(3, 1), gone)
    assert removed.moves == (RankMove("y", "Ypsi", 2, None, 1.75, None),)


def test_a_changed_point_carries_the_findings_that_came_and_went() -> None:
    came = _finding("CL02", "measures", "late", 1)
    went = _finding("CL05", "partners", "few", 1)
    other = _finding("CO04", "cluster", "placeholder", 1)
    old = _result({"CL02": True, "CL05": False, "CS01": True}, (went,))
    new = _result({"CL02": False, "CL05": True, "CS01": True}, (came, other))
    points = {p.rule: p for p in compare({}, {}, old_audit=old, new_audit=new).checklist}
    assert (points["CL02"].fixed, points["CL02"].introduced) == ((), (came,))
    assert (points["CL05"].fixed, points["CL05"].introduced) == ((went,), ())
    assert (points["CS01"].fixed, points["CS01"].introduced) == ((), ())
