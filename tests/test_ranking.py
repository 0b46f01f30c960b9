"""The weighted decision matrix: scores, ranks, missing scores, conflicts, sensitivity."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intstrat.living.ranking import (
    CriterionScore,
    Ranking,
    WeightShift,
    rank,
    rank_partners,
    rank_projects,
)


def _partners(**section: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "scale": {"min": 0, "max": 5, "step": 1},
        "criteria": [
            {"id": "a", "name": "Interest in cooperation", "group": "general", "weight": 3},
            {"id": "b", "name": "Complementary strengths", "group": "complementarity", "weight": 1},
        ],
        "raters": [{"id": "r1", "name": "One"}, {"id": "r2", "name": "Two"}],
        "conflicts_of_interest": [{"rater": "r2", "candidate": "y", "reason": "board member"}],
        "candidates": [
            {
                "id": "x",
                "name": "Xylo Cluster",
                "status": "selected",
                "scores": [
                    {"rater": "r1", "values": {"a": 4, "b": 2}},
                    {"rater": "r2", "values": {"a": 2, "b": 4}},
                ],
            },
            {
                "id": "y",
                "name": "Ypsilon Network",
                "scores": [
                    {"rater": "r1", "values": {"a": 3, "b": 5}},
                    {"rater": "r2", "values": {"a": 5, "b": 1}},
                ],
            },
            {
                "id": "z",
                "name": "Zeta Hub",
                "scores": [
                    {"rater": "r1", "values": {"a": 4}},
                    {"rater": "r2", "values": {"a": 3}},
                ],
            },
            {"id": "w", "name": "Without scores"},
        ],
    }
    base.update(section)
    return {"partner_selection": base}


# Hand computation, weights a=3, b=1, scale 0..5:
#   x: a = (4+2)/2 = 3, b = (2+4)/2 = 3          -> total 3*3 + 1*3 = 12,  score 12/4 = 3.0
#   y: r2 excluded (conflict): a = 3, b = 5      -> total 3*3 + 1*5 = 14,  score 14/4 = 3.5
#   z: a = (4+3)/2 = 3.5, b missing (not zero)   -> total 3*3.5 = 10.5,    score 10.5/3 = 3.5
#   w: no scores at all                          -> score None, rank None
# Ranks: y and z tie at 3.5 -> 1, 1; x -> 3 (competition ranking); order y, z (by id), x, w.
def test_scores_ranks_missing_and_conflicts_by_hand() -> None:
    ranking = rank_partners(_partners())
    assert ranking.kind == "partners"
    assert ranking.scale == (0.0, 5.0)
    assert [(i.id, i.score, i.weighted_total, i.rank) for i in ranking.items] == [
        ("y", 3.5, 14.0, 1),
        ("z", 3.5, 10.5, 1),
        ("x", 3.0, 12.0, 3),
        ("w", None, None, None),
    ]
    by_id = {i.id: i for i in ranking.items}
    assert by_id["y"].excluded_raters == ("r2",)
    assert by_id["y"].per_criterion == (
        CriterionScore("a", 3.0, 1),
        CriterionScore("b", 5.0, 1),
    )
    assert by_id["z"].missing == ("b",)
    assert by_id["z"].per_criterion[1] == CriterionScore("b", None, 0)
    assert by_id["w"].missing == ("a", "b")
    assert by_id["x"].excluded_raters == ()
    assert by_id["x"].name == "Xylo Cluster"
    assert by_id["x"].status == "selected"


# Sensitivity, one weight at a time by the scale step (1):
#   a 3->4: y = (12+5)/5 = 3.4, z = 3.5, x = 15/5 = 3.0   -> z 1, y 2: y's rank changes
#   a 3->2: y = (6+5)/3 = 3.67, z = 3.5, x = 8/3 = 2.67   -> y 1, z 2: z's rank changes
#   b 1->2: y = (9+10)/5 = 3.8, z = 3.5, x = 15/5 = 3.0   -> y 1, z 2: z's rank changes
#   b 1->0: not tried (a weight must stay above zero)
def test_sensitivity_by_hand() -> None:
    ranking = rank_partners(_partners())
    assert ranking.sensitivity == (
        WeightShift("a", 1.0, ("y",)),
        WeightShift("a", -1.0, ("z",)),
        WeightShift("b", 1.0, ("z",)),
    )
    assert ranking.unstable == ("y", "z")


def test_sensitivity_uses_the_scale_step() -> None:
    ranking = rank_partners(_partners(scale={"min": 0, "max": 10, "step": 2}))
    # b 1->-1 is not tried
    assert [(s.criterion, s.delta) for s in ranking.sensitivity] == [
        ("a", 2.0),
        ("a", -2.0),
        ("b", 2.0),
    ]
    assert ranking.step == 2.0


def test_a_robust_ranking_reports_no_changes() -> None:
    data = _partners(
        conflicts_of_interest=[],
        candidates=[
            {"id": "p", "scores": [{"rater": "r1", "values": {"a": 5, "b": 5}}]},
            {"id": "q", "scores": [{"rater": "r1", "values": {"a": 1, "b": 1}}]},
        ],
    )
    ranking = rank_partners(data)
    assert [i.rank for i in ranking.items] == [1, 2]
    assert all(shift.changed == () for shift in ranking.sensitivity)
    assert ranking.unstable == ()
    assert ranking.items[0].name == "p"  # no name: the id stands in


def test_unusable_values_are_missing_not_zero() -> None:
    data = _partners(
        conflicts_of_interest=[],
        candidates=[
            {
                "id": "v",
                "scores": [
                    {"rater": "r1", "values": {"a": "high", "b": True, "zz": 5}},
                    {"rater": "r2", "values": {"a": 2, "b": None}},
                    "not a score sheet",
                ],
            }
        ],
    )
    (item,) = rank_partners(data).items
    # only r2's a=2 is usable: a = 2 -> score 3*2/3 = 2.0; b missing; unknown "zz" ignored
    assert item.score == 2.0
    assert item.per_criterion == (CriterionScore("a", 2.0, 1), CriterionScore("b", None, 0))
    assert item.missing == ("b",)


def test_criteria_without_a_positive_weight_do_not_count() -> None:
    data = _partners(
        criteria=[
            {"id": "a", "weight": 2},
            {"id": "b", "weight": 0},
            {"id": "c", "weight": "heavy"},
        ],
        conflicts_of_interest=[],
        candidates=[{"id": "x", "scores": [{"rater": "r1", "values": {"a": 4, "b": 0, "c": 0}}]}],
    )
    ranking = rank_partners(data)
    assert [c["id"] for c in ranking.criteria] == ["a", "b", "c"]
    (item,) = ranking.items
    assert item.score == 4.0
    assert [c.criterion for c in item.per_criterion] == ["a"]


def test_projects_rank_on_the_project_catalogue_with_titles() -> None:
    data = {
        "project_selection": {
            "selected_by": "Steering committee",
            "criteria": [
                {"id": "fit", "weight": 2, "group": "topic_goals_resources"},
                {"id": "money", "weight": 1, "group": "financing"},
            ],
            "conflicts_of_interest": [{"rater": "k", "candidate": "p1", "reason": "applicant"}],
            "projects": [
                # p1: k excluded; j: fit 3, money 3 -> (6+3)/3 = 3.0
                {
                    "id": "p1",
                    "title": "Sensor pilot",
                    "status": "running",
                    "scores": [
                        {"rater": "j", "values": {"fit": 3, "money": 3}},
                        {"rater": "k", "values": {"fit": 5, "money": 5}},
                    ],
                },
                # p2: fit (4+5)/2 = 4.5, money 1 -> (9+1)/3 = 3.333...
                {
                    "id": "p2",
                    "title": "Battery recycling",
                    "scores": [
                        {"rater": "j", "values": {"fit": 4, "money": 1}},
                        {"rater": "k", "values": {"fit": 5}},
                    ],
                },
            ],
        }
    }
    ranking = rank_projects(data)
    assert ranking.kind == "projects"
    assert ranking.decided_by == "Steering committee"
    assert [(i.id, i.name, i.rank) for i in ranking.items] == [
        ("p2", "Battery recycling", 1),
        ("p1", "Sensor pilot", 2),
    ]
    assert ranking.items[0].score == pytest.approx(10 / 3)
    assert ranking.items[1].excluded_raters == ("k",)
    assert rank("projects", data) == ranking


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"partner_selection": None},
        {"partner_selection": {"criteria": "none", "candidates": {"x": 1}}},
        {"partner_selection": {"criteria": [None, {"weight": 2}], "candidates": [None, {"id": 7}]}},
        {"partner_selection": {"scale": {"step": 0}, "criteria": [{"id": "a", "weight": 1e400}]}},
    ],
    ids=["empty", "null-section", "wrong-types", "items-without-ids", "odd-scale"],
)
def test_malformed_sections_give_an_empty_or_partial_ranking(data: dict[str, Any]) -> None:
    ranking = rank_partners(data)
    assert isinstance(ranking, Ranking)
    assert all(item.score is None for item in ranking.items)


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown ranking kind"):
        rank("people", {})


def test_a_declared_conflict_is_listed_even_without_a_score() -> None:
    data = _partners(
        conflicts_of_interest=[
            {"rater": "r2", "candidate": "x", "reason": "abstained"},
            {"rater": "r2", "candidate": "x", "reason": "declared twice"},
        ],
        candidates=[{"id": "x", "scores": [{"rater": "r1", "values": {"a": 4, "b": 4}}]}],
    )
    (item,) = rank_partners(data).items
    assert item.excluded_raters == ("r2",)
    assert item.score == 4.0


_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=3))
_sheet = st.fixed_dictionaries(
    {
        "rater": st.sampled_from(["r1", "r2", "r3"]),
        "values": st.dictionaries(
            st.sampled_from(["a", "b", "c"]), st.one_of(_values, st.integers(0, 5))
        ),
    }
)


@settings(max_examples=200, deadline=None)
@given(
    weights=st.lists(st.one_of(_values, st.integers(1, 4)), min_size=3, max_size=3),
    sheets=st.lists(st.lists(_sheet, max_size=3), max_size=5),
)
def test_any_scores_give_a_consistent_ranking(weights: list[Any], sheets: list[Any]) -> None:
    data = _partners(
        criteria=[{"id": c, "weight": w} for c, w in zip("abc", weights, strict=True)],
        candidates=[{"id": f"c{i}", "scores": s} for i, s in enumerate(sheets)],
    )
    ranking = rank_partners(data)
    scored = [item for item in ranking.items if item.score is not None]
    assert ranking.items[: len(scored)] == tuple(scored)  # unscored last
    assert [item.rank for item in scored] == sorted(item.rank or 0 for item in scored)
    for item in scored:
        assert item.rank is not None and 1 <= item.rank <= len(scored)


def test_weights_at_the_float_limit_give_no_score() -> None:
    data = _partners(
        criteria=[{"id": "a", "weight": 1e308}, {"id": "b", "weight": 1e308}],
        candidates=[{"id": "x", "scores": [{"rater": "r1", "values": {"a": 5, "b": 5}}]}],
    )
    (item,) = rank_partners(data).items
    assert (item.score, item.rank) == (None, None)
