"""Word and phrase lists matched with string operations and sets, not regular expressions.

Why not `re`: CPython compiles each pattern anew in every process, at about 1.5 µs per character
of pattern, and the rules' word lists (frequencies, audiences, countries, storage places) ran to
thousands of characters: 13 ms of a one-file `check` that may take 1.2x a bare Typer app
(docs/benchmarks.md). A set lookup per word costs nothing to build.

Everything here is case-blind (`str.lower()`) and reads "word" as `\\w` does: letters, digits
and the underscore.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# One small pattern shared by every list: words, and each other visible character on its own.
_TOKEN = re.compile(r"\w+|\S")


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def tokens(text: str) -> list[str]:
    """The lower-case words of `text` and, each on its own, the marks between them:
    "Twice a year, 2x/month" → twice a year , 2x / month."""
    return _TOKEN.findall(text.lower())


def spaced_tokens(text: str) -> tuple[list[str], list[bool]]:
    """`tokens(text)`, and for each whether white space stands before it (the first: True)."""
    low = text.lower()
    found: list[str] = []
    spaced: list[bool] = []
    end = 0
    for match in _TOKEN.finditer(low):
        spaced.append(match.start() > end or end == 0)
        found.append(match.group())
        end = match.end()
    return found, spaced


def gaps(toks: Sequence[str], spaced: Sequence[bool], index: int, most: int,
         marks: str = "-") -> Iterable[int]:
    """Where the next part of a phrase may start after `most` words at `index` are skipped:
    `index` itself, then after each skipped word. A skipped word is a run of words and `marks`
    without space inside ("trade-fair"), with space after it; space must stand before `index`
    too."""
    if index >= len(toks) or not spaced[index]:
        return
    yield index
    for _ in range(most):
        if index >= len(toks) or not (is_word_char(toks[index][0]) or toks[index] in marks):
            return
        index += 1
        while index < len(toks) and not spaced[index]:
            if not (is_word_char(toks[index][0]) or toks[index] in marks):
                return
            index += 1
        if index >= len(toks):
            return
        yield index


def has_part(low: str, parts: Iterable[str], *, start: bool = False, end: bool = False) -> bool:
    r"""True when lower-case `low` holds one of `parts`; with `start` only where the part begins
    a word (`(?<!\w)part`), with `end` only where it ends one (`part(?!\w)`)."""
    if not start and not end:
        return any(part in low for part in parts)
    return any(_bounded(low, part, start, end) for part in parts)


def _bounded(low: str, part: str, start: bool, end: bool) -> bool:
    at = low.find(part)
    while at != -1:
        after = at + len(part)
        if (not start or at == 0 or not is_word_char(low[at - 1])) and (
            not end or after == len(low) or not is_word_char(low[after])
        ):
            return True
        at = low.find(part, at + 1)
    return False


def starts_word(low: str, stems: Iterable[str]) -> bool:
    """True when one of `stems` begins a word of lower-case `low` ("kanad" in "Kanadas")."""
    return has_part(low, stems, start=True)


def whole_word(low: str, words: Iterable[str]) -> bool:
    """True when one of `words` (or phrases) stands in lower-case `low` as whole words."""
    return has_part(low, words, start=True, end=True)


def within_word(low: str, head: str, parts: Iterable[str]) -> bool:
    """True when, in lower-case `low`, one of `parts` follows `head` inside the same word
    (`head\\w*part`): "interessen" … "konflikt" in "Interessenskonflikte"."""
    at = low.find(head)
    while at != -1:
        end = at + len(head)
        while end < len(low) and is_word_char(low[end]):
            end += 1
        rest = low[at + len(head):end]
        if any(part in rest for part in parts):
            return True
        at = low.find(head, at + 1)
    return False


class Sentence:
    """A whole text of a few words: one slot (as in `Words`) per space-separated part, and
    `[…]` around the parts that may be left out: "[there are] no|none [such] limits"."""

    __slots__ = ("_slots",)

    def __init__(self, spec: str) -> None:
        self._slots: list[tuple[tuple[Words, ...], bool]] = []
        group: list[Words] | None = None
        for part in spec.split():
            opens, closes = part.startswith("["), part.endswith("]")
            word = Words(part.strip("[]"))
            if opens:
                group = []
            if group is None:
                self._slots.append(((word,), False))
                continue
            group.append(word)
            if closes:
                self._slots.append((tuple(group), True))
                group = None

    def matches(self, words: Sequence[str]) -> bool:
        """True when `words` (lower case) are exactly this sentence."""
        return self._match(words, 0, 0)

    def _match(self, words: Sequence[str], at: int, slot: int) -> bool:
        if slot == len(self._slots):
            return at == len(words)
        group, optional = self._slots[slot]
        size = len(group)
        if all(at + k < len(words) and words[at + k] in group[k] for k in range(size)) and (
            self._match(words, at + size, slot + 1)
        ):
            return True
        return optional and self._match(words, at, slot + 1)


def variants(*slots: str) -> tuple[str, ...]:
    """Every phrase of one word per slot: variants("one|single", "pc|computer") → "one pc",
    "one computer", "single pc", "single computer"."""
    found = [""]
    for slot in slots:
        found = [f"{done} {word}".strip() for done in found for word in slot.split("|")]
    return tuple(found)


class Words:
    """One slot of a phrase: alternatives separated by spaces or `|`. A word is exact, or
    `stem*` (a prefix), `*ending` (a suffix), `*part*` (inside), `#` (a number) or `*` (any
    word)."""

    __slots__ = ("anything", "exact", "inside", "number", "prefixes", "suffixes")

    def __init__(self, spec: str) -> None:
        words = spec.replace("|", " ").split()
        self.anything = "*" in words
        self.number = "#" in words
        self.exact = frozenset(w for w in words if "*" not in w and w != "#")
        self.inside = tuple(w[1:-1] for w in words if len(w) > 2 and w[0] == w[-1] == "*")
        self.prefixes = tuple(w[:-1] for w in words
                              if len(w) > 1 and w.endswith("*") and not w.startswith("*"))
        self.suffixes = tuple(w[1:] for w in words
                              if len(w) > 1 and w.startswith("*") and not w.endswith("*"))

    def __contains__(self, token: object) -> bool:
        if not isinstance(token, str) or not token:
            return False
        if token in self.exact:
            return True
        if self.anything:
            return is_word_char(token[0])
        if self.number and token.isdecimal():
            return True
        return ((bool(self.prefixes) and token.startswith(self.prefixes))
                or (bool(self.suffixes) and token.endswith(self.suffixes))
                or any(part in token for part in self.inside))

    @property
    def open(self) -> bool:
        """Whether a word outside `exact` may belong (a phrase starting so is tried everywhere)."""
        return self.anything or self.number or bool(self.prefixes or self.suffixes or self.inside)


class Phrases:
    """Phrases as runs of whole tokens, one slot per space-separated part. A slot is a word, or
    alternatives `a|b`; `word*` is a prefix, `*word` a suffix, `*` any one word; marks are tokens
    of their own ("24 / 7"). "as needed|required" matches "As needed." and "as  required" but not
    "as-needed" or "bias needed"."""

    __slots__ = ("_by_first", "_open")

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[Words, ...]]] = {}
        self._open: list[tuple[Words, ...]] = []  # first slot not one exact word
        for phrase in phrases:
            slots = tuple(Words(w) for w in phrase.split())
            if slots[0].open:
                self._open.append(slots)
            else:
                for first in slots[0].exact:
                    self._by_first.setdefault(first, []).append(slots)

    def find_in(self, toks: Sequence[str]) -> bool:
        """True when one of the phrases stands in `toks` (from `tokens()`)."""
        for index, token in enumerate(toks):
            for slots in self._by_first.get(token, ()):
                if _at(toks, index, slots):
                    return True
            for slots in self._open:
                if _at(toks, index, slots):
                    return True
        return False

    def sizes_at(self, toks: Sequence[str], index: int) -> list[int]:
        """The lengths of the phrases that stand in `toks` at `index`."""
        if index >= len(toks):
            return []
        candidates = [*self._by_first.get(toks[index], ()), *self._open]
        return [len(slots) for slots in candidates if _at(toks, index, slots)]

    def search(self, text: str) -> bool:
        return self.find_in(tokens(text))


def _at(toks: Sequence[str], index: int, slots: tuple[Words, ...]) -> bool:
    if index + len(slots) > len(toks):
        return False
    return all(toks[index + offset] in slot for offset, slot in enumerate(slots))
