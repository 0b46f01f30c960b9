"""A waiver under `waivers:` is in force only with a real reason, an approver and no expiry."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "WV01"
NAME = "invalid-waiver"
GROUP = Group.STRUCTURE
SEVERITY = Severity.WARNING
CHAPTER = ""
TITLE = N_("A waiver that is not in force, or not needed")
EXPLANATION = N_(
    "The guide calls its elements suggestions, so a strategy may waive a checklist point or a "
    "concept section under `waivers`, with the reason, who approved it and, if it is temporary, "
    "the day it ends. A waived point is reported as waived and left out of the score. A waiver "
    "whose reason or approver says nothing (\"n/a\", \"see above\"), whose `until` date has "
    "passed or that repeats an earlier one is not in force: the point is judged as usual. A "
    "waiver of a point that passes anyway is reported as a note, so it can be removed."
)
FIX = N_(
    "Give the waiver a reason that says why the point does not apply and name who approved it; "
    "extend or remove an expired waiver, and remove one that is not needed."
)
MESSAGES = {
    "hollow_reason": P_(
        "WV01.hollow_reason",
        "the waiver of {point} gives no reason; it is not in force and the point is judged as "
        "usual",
    ),
    "no_approver": P_(
        "WV01.no_approver",
        "the waiver of {point} names no approver (approved_by); it is not in force",
    ),
    "expired": P_(
        "WV01.expired",
        "the waiver of {point} ended on {until}; the point is judged again",
    ),
    "duplicate": P_(
        "WV01.duplicate",
        "{point} is already waived on line {first}; this waiver is not in force",
    ),
    "unneeded": P_(
        "WV01.unneeded",
        "the waiver of {point} is not needed: the point passes; remove it",
    ),
}
# A waiver that changes nothing is reported, but fails nothing.
ADVISORY = {"unneeded": Severity.INFO}

# Not a predicate over the document: check/waivers.py reports it.
check = None
