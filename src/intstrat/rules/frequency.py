"""How often: whether a frequency or cadence text names a real period (guide 6.1, 6.2, 7).

A reviewer accepts "weekly", "every two weeks", "twice a year per partner", "quartalsweise",
"alle zwei Wochen", "continuous, digest every Monday" and "at each project milestone" (an event
that has dates); a reviewer rejects "as needed", "bei Bedarf", "ad hoc", "occasionally",
"regularly" without a period, and "continuous" or "laufend" alone (always open is availability,
not how often people communicate). Text that is neither (an unusual wording) gets the benefit of
the doubt: only a period found or a vague word alone decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from intstrat.rules.hollow import normal
from intstrat.rules.phrases import Phrases, Words, gaps, is_word_char, spaced_tokens

if TYPE_CHECKING:
    from intstrat.document import Path_
    from intstrat.rules.base import Context

# Word lists, not regular expressions: compiling the one pattern these replaced cost 4 ms of
# every `check` (see rules/phrases.py).
_NUMBERS = Words(
    "one two three four five six seven eight nine ten twelve ein eine einem einen einer eines "
    "zwei drei vier fünf sechs sieben acht neun zehn zwölf"
)
_TIMES = ("x", "times", "mal")
_UNIT_EN = Phrases([
    "hour|hours|day|days|week|weeks|fortnight|fortnights|month|months|quarter|quarters|year|"
    "years|semester|semesters|term|terms|monday|tuesday|wednesday|thursday|friday|saturday|"
    "sunday|sprint|sprints",
    "working|business day|days",
])
_UNIT_DE = Phrases([
    "stunde|stunden|tag|tage|tagen|woche|wochen|monat|monate|monaten|quartal|quartale|quartalen|"
    "jahr|jahre|jahren|halbjahr|halbjahre|halbjahren|semester|montag|dienstag|mittwoch|"
    "donnerstag|freitag|samstag|sonntag|werktag|werktage|werktagen|arbeitstag|arbeitstage|"
    "arbeitstagen",
])
# daily, weekly, bi-weekly, half-yearly, annually; monatlich, quartalsweise, zweiwöchentlich
_ONE_WORD = Words(
    "hourly daily weekly fortnightly monthly quarterly yearly annually annual biannual "
    "biannually biennial biennially"
)
_ONE_WORD_PREFIXES = ("bi", "semi", "half", "tri")
_ONE_WORD_DE = (
    "täglich", "wöchentlich", "monatlich", "jährlich", "quartalsweise", "vierteljährlich",
    "halbjährlich", "wochentags", "werktäglich", "stündlich",
)
_SET_PHRASES = Phrases(["jour fixe", "weekdays", "every weekday"])
# every two weeks, each quarter, once a month, per sprint; alle zwei Wochen, einmal im Jahr
_LEAD_EN = Phrases(["every|each|per|a|an", "once|twice a|per", "once every"])
_STEP_EN = Words("other second third few")
_LEAD_DE = Phrases(["alle|jede|jeden|jeder|jedes|je|pro|im", "einmal|zweimal im|pro|je",
                    "in der"])
_STEP_DE = Words("zweite zweiten zweiter zweites dritte dritten dritter drittes")
# twice a year, three fairs a year, 4 times per month, dreimal im Jahr: then a unit
_PER = Phrases(["a|an|per|each|every|im|pro|je", "in the|der"])
_SLASH_UNITS = Phrases(["yr|mo|wk|a"])
# an event that has dates: at each milestone, zu jedem Meilenstein, after each fair
_EVENT_LEAD_EN = Phrases(["at|after|before|with|for each|every"])
_EVENTS_EN = Words(
    "milestone milestones meeting meetings fair fairs phase phases release releases event "
    "events session sessions assembly assemblies call calls review reviews project projects "
    "trip trips visit visits conference conferences"
)
_EVENT_LEAD_DE = Phrases(["zu|nach|vor|bei|mit jede|jedem|jeden|jeder|jedes"])
_EVENTS_DE = Words(
    "meilenstein* treffen sitzung* messe* phase* veranstaltung* projekt* besuch* konferenz* "
    "reise* versammlung*"
)
# Wordings that say "whenever": no period at all.
_VAGUE = Phrases([
    "as needed|required|necessary|appropriate", "when|whenever needed|required|necessary",
    "when|whenever there is|are", "wenn es * gibt", "if needed|required|necessary",
    "on demand|request", "ad hoc", "ad - hoc", "adhoc", "occasional|occasionally",
    "sporadic|sporadically", "from time to time", "now and then", "regular|regularly",
    "periodic|periodically", "frequent|frequently", "often", "flexible|flexibly", "variable",
    "various", "continuous|continuously", "ongoing", "permanent|permanently", "always",
    "constant|constantly", "at any time", "any time", "anytime", "24 / 7", "round the clock",
    "bei|nach bedarf", "bedarfsweise", "bedarfsgerecht", "anlassbezogen", "gelegentlich",
    "sporadisch", "ab und zu", "hin und wieder", "regelmäßig", "periodisch", "häufig", "oft",
    "flexibel", "variabel", "laufend", "fortlaufend", "kontinuierlich", "ständig", "permanent",
    "dauerhaft", "jederzeit", "immer", "rund um die uhr", "nach absprache|vereinbarung",
])


def _number(token: str) -> bool:
    return token.isdecimal() or token in _NUMBERS


def _times_of(token: str, count: Callable[[str], bool]) -> bool:
    """A count as `count` reads one, alone or with x, times or mal: "4", "4x", "zweimal"."""
    return count(token) or any(
        token.endswith(suffix) and count(token[: -len(suffix)]) for suffix in _TIMES)


def _counted(token: str) -> bool:
    """"4", "4x", "zwei", "twice", "dreimal": a count of times."""
    if token in ("once", "twice", "thrice") or _times_of(token, _number):
        return True
    return len(token) > 3 and token.endswith("mal")


def _unit(toks: Sequence[str], index: int, *units: Phrases) -> bool:
    """A unit of time at `index`, as the last word of the phrase ("weeks", "working days")."""
    return any(unit.sizes_at(toks, index) for unit in units)


def _lead_end(toks: Sequence[str], index: int, lead: Phrases) -> list[int]:
    """The indices after each lead phrase that starts at `index`."""
    return [index + size for size in lead.sizes_at(toks, index)]


def _every_unit(toks: Sequence[str], index: int) -> bool:
    for lead, step, units in ((_LEAD_EN, _STEP_EN, _UNIT_EN), (_LEAD_DE, _STEP_DE, _UNIT_DE)):
        for after in _lead_end(toks, index, lead):
            if _unit(toks, after, units):
                return True
            stepped = after < len(toks) and (toks[after] in step or _number(toks[after]))
            if stepped and _unit(toks, after + 1, units):
                return True
    return False


def _times_per_unit(toks: Sequence[str], spaced: Sequence[bool], index: int) -> bool:
    if not _counted(toks[index]):
        return False
    starts = [index + 1]
    if _number(toks[index]) and index + 1 < len(toks) and toks[index + 1] in _TIMES:
        starts.append(index + 2)
    for start in starts:
        if start >= len(toks) or not spaced[start]:
            continue
        for at in gaps(toks, spaced, start, 3):
            for after in _lead_end(toks, at, _PER):
                if _unit(toks, after, _UNIT_EN, _UNIT_DE):
                    return True
    return False


def _slash_unit(toks: Sequence[str], index: int) -> bool:
    """2x/year, 4 / month, 12 mal / Jahr."""
    token = toks[index]
    if not _times_of(token, str.isdecimal):
        return False
    after = index + 1
    if token.isdecimal() and after < len(toks) and toks[after] in _TIMES:
        after += 1
    if after >= len(toks) or toks[after] != "/":
        return False
    after += 1
    return _unit(toks, after, _UNIT_EN, _UNIT_DE, _SLASH_UNITS)


def _each_event(toks: Sequence[str], spaced: Sequence[bool], index: int) -> bool:
    for lead, events in ((_EVENT_LEAD_EN, _EVENTS_EN), (_EVENT_LEAD_DE, _EVENTS_DE)):
        for after in _lead_end(toks, index, lead):
            for at in gaps(toks, spaced, after, 2):
                if at < len(toks) and toks[at] in events:
                    return True
    return False


def _one_word(token: str) -> bool:
    if token in _ONE_WORD or token.endswith(_ONE_WORD_DE):
        return True
    return any(token.startswith(p) and token[len(p):] in _ONE_WORD for p in _ONE_WORD_PREFIXES)


def names_period(text: str) -> bool:
    """True when `text` says how often in a way one could put in a calendar."""
    toks, spaced = spaced_tokens(normal(text))
    if _SET_PHRASES.find_in(toks):
        return True
    for index, token in enumerate(toks):
        if not is_word_char(token[0]):
            continue
        if (_one_word(token) or _every_unit(toks, index) or _times_per_unit(toks, spaced, index)
                or _slash_unit(toks, index) or _each_event(toks, spaced, index)):
            return True
    return False


def real_frequency(text: str) -> bool:
    """True unless `text` only says "whenever" ("as needed", "regelmäßig", "laufend" alone)."""
    if names_period(text):
        return True
    return not _VAGUE.search(normal(text))


def check_channel(ctx: Context, rule: str, path: Path_, item: dict[str, Any]) -> None:
    """A communication measure (CL16, CL17) names its channel and a real frequency: the rule's
    own `no_channel`, `no_frequency` and `vague_frequency` messages."""
    name = ctx.label(item, path)
    if not ctx.text(item.get("channel")):
        ctx.fail(rule, "no_channel", (*path, "channel"), name=name)
    frequency = ctx.text(item.get("frequency"))
    if frequency is None:
        ctx.fail(rule, "no_frequency", (*path, "frequency"), name=name)
    elif not real_frequency(frequency):
        ctx.fail(rule, "vague_frequency", (*path, "frequency"), name=name, frequency=frequency)
