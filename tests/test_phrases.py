"""rules/phrases.py: the word-list matchers the rules use instead of regular expressions.

Each matcher replaced a pattern; when it was written it was compared with that pattern on
100,000-200,000 generated texts without a difference. These cases pin the semantics a rule
author relies on: case-blind, whole tokens, marks as tokens of their own, word boundaries as
`\\w` draws them.
"""

from __future__ import annotations

import pytest

from intstrat.rules.phrases import (
    Phrases,
    Sentence,
    Words,
    has_part,
    starts_word,
    variants,
    whole_word,
    within_word,
)

PHRASES = [
    # phrases, text, found
    (["as needed|required"], "As needed.", True),
    (["as needed|required"], "only as  required", True),
    (["as needed|required"], "as-needed", False),
    (["as needed|required"], "bias needed", False),
    (["as needed|required"], "as, needed", False),
    (["wenn es * gibt"], "wenn es Neuigkeiten gibt", True),
    (["wenn es * gibt"], "wenn es gibt", False),
    (["24 / 7"], "support 24/7", True),
    (["24 / 7"], "24 / 7", True),
    (["meilenstein*"], "zu jedem Meilensteintreffen", True),
    (["*täglich"], "zweitäglich", True),
    (["*entwurf*"], "der Vertragsentwurfstext", True),
    (["# / #"], "costs split 50/50", True),
    (["# / #"], "costs split fifty/fifty", False),
    (["pending signature|approval"], "Pending approval by the board", True),
]


@pytest.mark.parametrize(("phrases", "text", "found"), PHRASES)
def test_phrases(phrases: list[str], text: str, found: bool) -> None:
    assert Phrases(phrases).search(text) is found


def test_phrase_lengths_at_a_position() -> None:
    lead = Phrases(["every|each", "once|twice a|per", "once every"])
    assert lead.sizes_at(["once", "every", "week"], 0) == [2]
    assert lead.sizes_at(["every", "week"], 0) == [1]
    assert lead.sizes_at(["week"], 0) == []


@pytest.mark.parametrize(("spec", "word", "inside"), [
    ("day days", "days", True),
    ("day days", "Days", False),  # tokens come lower-cased from tokens()
    ("mitglied*", "mitgliedsunternehmen", True),
    ("*regeln", "spielregeln", True),
    ("*", "anything", True),
    ("*", ",", False),
    ("#", "2027", True),
    ("#", "zwei", False),
])
def test_words(spec: str, word: str, inside: bool) -> None:
    assert (word in Words(spec)) is inside


SENTENCES = [
    ("[there are] no|none [specific] limits", "there are no specific limits", True),
    ("[there are] no|none [specific] limits", "no limits", True),
    ("[there are] no|none [specific] limits", "are no limits", False),
    ("[there are] no|none [specific] limits", "no limits yet", False),
    ("all [is|are] [equally] important", "all equally important", True),
]


@pytest.mark.parametrize(("spec", "text", "matches"), SENTENCES)
def test_sentence_is_the_whole_text(spec: str, text: str, matches: bool) -> None:
    assert Sentence(spec).matches(text.split()) is matches


def test_substring_helpers_draw_word_boundaries_like_w() -> None:
    assert has_part("the clustermanagement", ["management"])
    assert starts_word("nach kanada und mexiko", ["kanad"])
    assert not starts_word("ein frankanadier", ["kanad"])
    assert starts_word("ziel: (kanada)", ["kanad"])
    assert whole_word("smes and kmus", ["kmus"])
    assert not whole_word("kmu_netz", ["kmu"])  # the underscore is a word character
    assert has_part("the manager's pc.", ["manager's pc"], end=True)
    assert not has_part("the office pcs", ["office pc"], end=True)
    assert within_word("interessenskonflikte", "interessen", ["konflikt"])
    assert not within_word("interessen und konflikte", "interessen", ["konflikt"])


def test_variants() -> None:
    assert variants("one|single", "pc|computer") == (
        "one pc", "one computer", "single pc", "single computer")
