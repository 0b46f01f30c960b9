"""Hollow text: what a reviewer reads as missing although a key is filled (issue 11).

The words are data (`hollow_words.py` beside this module), extendable from the configuration
(`[tool.intstrat] hollow = [...]`). A text is hollow when, ignoring case, emphasis and the
punctuation around it, it is empty, a lone dash, ellipsis or row of x, one of the `whole`
words ("none", "k. A."), or a short text holding a deferral or cross-reference ("to be defined
later", "siehe oben"); in any text the upper-case markers TODO, TBD, FIXME and XXX and "lorem
ipsum" count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

# Emphasis and quoting marks of Markdown and typography: "**TBD**" and "„k. A.“" are TBD and k. A.
_MARKS = str.maketrans({c: " " for c in "*_`#>\"'„“”‚‘’«»()[]{}"})
_EDGE = " \t\r\n.,;:!?-–—…/\\|~=+"
_ONLY_X = re.compile(r"x{2,}")
# Inside longer text only the conventional upper-case markers count: "the todo list" is prose.
_MARK = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b|(?i:lorem ipsum)")


def normal(text: str) -> str:
    """Lower case, marks as spaces, one space between words, no punctuation at either end."""
    return " ".join(text.translate(_MARKS).lower().split()).strip(_EDGE)


def _may_carry_mark(text: str) -> bool:
    """A cheap necessary condition of a `_MARK` match: `in` tests are about ten times faster
    than the regex. 'ı' and 'ſ' match 'i' and 's' case-blind but do not lower to them."""
    if "TODO" in text or "TBD" in text or "FIXME" in text or "XXX" in text:
        return True
    if not text.isascii() and ("ı" in text or "ſ" in text):
        return True
    return "lorem ipsum" in text.lower()


class Lexicon:
    """The words of hollow text; `hollow()` remembers its answers (rules ask about the same
    texts again and again: about 1,000 questions on 430 texts for a complete strategy)."""

    __slots__ = ("_answers", "phrases", "short_words", "whole")

    # Past this many remembered texts the memory is cleared (a 100x strategy has ~40,000).
    REMEMBERED = 50_000

    def __init__(self, whole: frozenset[str], phrases: tuple[str, ...], short_words: int) -> None:
        self.whole = whole
        self.phrases = phrases
        self.short_words = short_words
        self._answers: dict[str, bool] = {}

    def extended(self, extra: Iterable[str]) -> Lexicon:
        """This lexicon with the project's own phrases (configuration `hollow`)."""
        added = tuple(p for p in (normal(e) for e in extra) if p and p not in self.phrases)
        if not added:
            return self
        return Lexicon(self.whole | frozenset(added), self.phrases + added, self.short_words)

    def hollow(self, text: str) -> bool:
        """True when `text` says nothing a point could count as content."""
        answer = self._answers.get(text)
        if answer is None:
            if len(self._answers) >= self.REMEMBERED:
                self._answers.clear()
            answer = self._answers[text] = self._judge(text)
        return answer

    def _judge(self, text: str) -> bool:
        if _may_carry_mark(text) and _MARK.search(text):
            return True
        if len(text) > 40 * self.short_words:
            return False  # far too long for a lone deferral: prose
        plain = normal(text)
        if not plain or _ONLY_X.fullmatch(plain) or plain in self.whole:
            return True
        if plain.count(" ") >= self.short_words:
            return False
        return bool(_compile(self.phrases).search(plain))


@cache
def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@cache
def lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The bundled lexicon of every language, plus `extra` phrases from the configuration."""
    from intstrat.rules import hollow_words

    whole = {normal(w) for words in hollow_words.WHOLE.values() for w in words}
    phrases = [normal(p) for words in hollow_words.PHRASES.values() for p in words]
    base = Lexicon(frozenset(whole), tuple(dict.fromkeys(phrases)), hollow_words.SHORT_WORDS)
    return base.extended(extra)
