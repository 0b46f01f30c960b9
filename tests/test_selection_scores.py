"""The scores CL12 and CL14 compare (rules/selection.py) are the ones `intstrat rank` shows
(living/ranking.py): the rules compute them without importing the ranking, which would cost
`check` about 2 ms at start-up, so this test keeps the two in step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from intstrat.check.load import load_text
from intstrat.living.ranking import rank_partners, rank_projects
from intstrat.rules import selection
from intstrat.rules.base import Context

EXAMPLES = Path(__file__).parent.parent / "examples"

ODD = """\
intstrat: 2
language: en
cluster: {name: Photonics Valley}
partner_selection:
  criteria:
    - {id: a, weight: 3}
    - {id: b, weight: 0.5}
    - {id: c, weight: 0}
    - {id: d}
  conflicts_of_interest:
    - {rater: x, candidate: one}
  candidates:
    - id: one
      status: selected
      scores:
        - {rater: x, values: {a: 5, b: 5}}
        - {rater: y, values: {a: 2, b: "high", c: 4}}
        - {rater: z, values: {a: 3}}
    - id: two
      status: rejected
      scores:
        - {rater: y, values: {b: 1.5}}
    - id: three
      scores: []
    - id: 4
      scores:
        - {values: {a: 1}}
        - {rater: w, values: {a: 4, b: 2}}
"""


def _contexts() -> list[tuple[str, Context]]:
    found = []
    for name, text in [(p.name, p.read_text(encoding="utf-8")) for p in
                       sorted(EXAMPLES.glob("*.yaml"))] + [("odd", ODD)]:
        doc, _ = load_text(text)
        assert doc is not None
        found.append((name, Context(doc, as_of=dt.date(2026, 12, 1))))
    return found


@pytest.mark.parametrize(("name", "ctx"), _contexts(), ids=lambda v: v if isinstance(v, str)
                         else "")
def test_rules_score_as_rank_does(name: str, ctx: Context) -> None:
    for base, items_key, ranking in (
        ("partner_selection", "candidates", rank_partners(ctx.data)),
        ("project_selection", "projects", rank_projects(ctx.data)),
    ):
        weights = selection.weights(ctx, base)
        conflicts = selection.declared_conflicts(ctx, base)
        ours = {
            str(item["id"]): selection.score(item, str(item["id"]), weights, conflicts)
            for _, item in ctx.items(base, items_key) if "id" in item
        }
        theirs = {item.id: item.score for item in ranking.items}
        assert ours.keys() == theirs.keys(), name
        for ident, score in theirs.items():
            assert ours[ident] == pytest.approx(score) if score is not None else ours[ident] is None


def test_the_odd_strategy_scores_what_it_should() -> None:
    ctx = dict(_contexts())["odd"]
    weights = selection.weights(ctx, "partner_selection")
    assert weights == {"a": 3, "b": 0.5}
    item = ctx.data["partner_selection"]["candidates"][0]
    # x is excluded; a: mean(2, 3) = 2.5; b: y's "high" is no number, so nobody: left out
    assert selection.score(item, "one", weights, {("x", "one")}) == pytest.approx(2.5)
