"""How often: whether a frequency or cadence text names a real period (guide 6.1, 6.2, 7).

A reviewer accepts "weekly", "every two weeks", "twice a year per partner", "quartalsweise",
"alle zwei Wochen", "continuous, digest every Monday" and "at each project milestone" (an event
that has dates); a reviewer rejects "as needed", "bei Bedarf", "ad hoc", "occasionally",
"regularly" without a period, and "continuous" or "laufend" alone (always open is availability,
not how often people communicate). Text that is neither (an unusual wording) gets the benefit of
the doubt: only a period found or a vague word alone decides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from intstrat.rules.hollow import normal

if TYPE_CHECKING:
    from intstrat.document import Path_
    from intstrat.rules.base import Context

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"ein(?:e[mnrs]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)"
)
_UNIT_EN = (
    r"(?:hours?|days?|weeks?|fortnights?|months?|quarters?|years?|semesters?|terms?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|working\s+days?|"
    r"business\s+days?|sprints?)"
)
_UNIT_DE = (
    r"(?:stunden?|tag(?:e|en)?|woche[n]?|monat(?:e|en)?|quartal(?:e|en)?|jahr(?:e|en)?|"
    r"halbjahr(?:e|en)?|semester|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"werktag(?:e|en)?|arbeitstag(?:e|en)?)"
)
_PERIOD = re.compile(
    "|".join((
        # one word: daily, weekly, bi-weekly, half-yearly, annually, monatlich, quartalsweise
        r"\b(?:bi|semi|half|tri)?[-\s]?(?:hourly|daily|weekly|fortnightly|monthly|quarterly|"
        r"yearly|annually|annual|biannual(?:ly)?|biennial(?:ly)?)\b",
        r"\b\w*(?:täglich|wöchentlich|monatlich|jährlich|quartalsweise|vierteljährlich|"
        r"halbjährlich|wochentags|werktäglich|stündlich)\b",
        r"\b(?:jour\s+fixe|weekdays|every\s+weekday)\b",
        # every two weeks, each quarter, every Monday, per project phase, alle zwei Wochen
        rf"\b(?:every|each|per|a|an|once\s+a|twice\s+a|once\s+per|twice\s+per|once\s+every)\s+"
        rf"(?:other\s+|second\s+|third\s+|{_NUMBER}\s+|few\s+)?{_UNIT_EN}\b",
        rf"\b(?:alle|jede[nrs]?|je|pro|einmal\s+(?:im|pro|je)|zweimal\s+(?:im|pro|je)|im|in\s+der)"
        rf"\s+(?:{_NUMBER}\s+|zweite[nrs]?\s+|dritte[nrs]?\s+)?{_UNIT_DE}\b",
        # twice a year, three fairs a year, 4 times per month, 2x/year, dreimal im Jahr
        rf"\b(?:once|twice|thrice|{_NUMBER}\s*(?:x|times|mal)?|\w+mal)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:a|an|per|each|every|im|pro|je|in\s+the|in\s+der)\s+(?:{_UNIT_EN}|{_UNIT_DE})\b",
        rf"\b\d+\s*(?:x|times|mal)?\s*/\s*(?:{_UNIT_EN}|{_UNIT_DE}|yr|mo|wk|a)\b",
        # an event that has dates: at each milestone, zu jedem Meilenstein, after each fair
        r"\b(?:at|after|before|with|for)\s+(?:each|every)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:milestones?|meetings?|fairs?|phases?|releases?|events?|sessions?|assembl(?:y|ies)|"
        r"calls?|reviews?|projects?|trips?|visits?|conferences?)\b",
        r"\b(?:zu|nach|vor|bei|mit)\s+jede[mnrs]?\s+(?:[\w-]+\s+){0,2}?"
        r"(?:meilenstein\w*|treffen|sitzung\w*|messe\w*|phase\w*|veranstaltung\w*|projekt\w*|"
        r"besuch\w*|konferenz\w*|reise\w*|versammlung\w*)\b",
    )),
    re.IGNORECASE,
)
# Wordings that say "whenever": no period at all.
_VAGUE = re.compile(
    r"\b(?:as\s+(?:needed|required|necessary|appropriate)|when(?:ever)?\s+(?:needed|required|"
    r"necessary)|when(?:ever)?\s+there\s+(?:is|are)|wenn\s+es\s+\w+\s+gibt|"
    r"if\s+(?:needed|required|necessary)|on\s+(?:demand|request)|ad[\s-]?hoc|"
    r"occasional(?:ly)?|sporadic(?:ally)?|from\s+time\s+to\s+time|now\s+and\s+then|"
    r"regular(?:ly)?|periodic(?:ally)?|frequent(?:ly)?|often|flexibl[ey]|variable|various|"
    r"continuous(?:ly)?|ongoing|permanent(?:ly)?|always|constant(?:ly)?|at\s+any\s+time|"
    r"any\s*time|24\s*/\s*7|round\s+the\s+clock|"
    r"bei\s+bedarf|nach\s+bedarf|bedarfsweise|bedarfsgerecht|anlassbezogen|gelegentlich|"
    r"sporadisch|ab\s+und\s+zu|hin\s+und\s+wieder|regelmäßig|periodisch|häufig|oft|flexibel|"
    r"variabel|laufend|fortlaufend|kontinuierlich|ständig|permanent|dauerhaft|jederzeit|"
    r"immer|rund\s+um\s+die\s+uhr|nach\s+absprache|nach\s+vereinbarung)\b",
    re.IGNORECASE,
)


def names_period(text: str) -> bool:
    """True when `text` says how often in a way one could put in a calendar."""
    return _PERIOD.search(normal(text)) is not None


def real_frequency(text: str) -> bool:
    """True unless `text` only says "whenever" ("as needed", "regelmäßig", "laufend" alone)."""
    if names_period(text):
        return True
    return _VAGUE.search(normal(text)) is None


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
