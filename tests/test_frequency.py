"""What counts as a frequency or review cadence (rules/frequency.py, used by CL16, CL17, CL18 and
CS09): a period one could put in a calendar passes, "whenever" wordings do not, in both
languages; an unusual wording without a vague word gets the benefit of the doubt."""

from __future__ import annotations

import pytest

from intstrat.rules.frequency import real_frequency

REAL = [
    "weekly", "every two weeks", "twice a year per partner", "three fairs a year", "2x/year",
    "4 times per year", "bi-weekly", "monthly updates", "at each project milestone",
    "continuous, digest every Monday", "regularly, every month", "jour fixe every Tuesday",
    "quarterly by the steering committee, yearly by the external panel",
    "once per field season",
    "wöchentlich", "alle zwei Wochen", "alle 14 Tage", "quartalsweise", "vierteljährlich",
    "zweimal im Jahr", "einmal pro Monat", "drei Messen im Jahr", "zu jedem Meilenstein",
    "laufend, Wochenüberblick jeden Montag", "regelmäßig alle vier Wochen",
]
VAGUE = [
    "as needed", "ad hoc", "ad-hoc", "occasionally", "regularly", "from time to time",
    "when needed", "when there is news", "on demand", "continuous", "ongoing", "always",
    "bei Bedarf", "nach Bedarf", "gelegentlich", "regelmäßig", "laufend", "kontinuierlich",
    "jederzeit", "ab und zu", "nach Absprache",
]


@pytest.mark.parametrize("text", REAL)
def test_a_period_is_a_frequency(text: str) -> None:
    assert real_frequency(text)


@pytest.mark.parametrize("text", VAGUE)
def test_whenever_is_no_frequency(text: str) -> None:
    assert not real_frequency(text)
