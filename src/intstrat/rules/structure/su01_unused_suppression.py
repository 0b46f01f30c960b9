"""Every suppression comment suppresses something, so stale ones do not pile up."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "SU01"
NAME = "unused-suppression"
GROUP = Group.STRUCTURE
SEVERITY = Severity.WARNING
CHAPTER = ""
TITLE = N_("A suppression comment that suppresses nothing")
EXPLANATION = N_(
    "A comment `# intstrat: ignore[RULE]` hides that rule's findings on its own line, and `# "
    "intstrat: ignore-file[RULE]` in the first ten lines hides them for the whole file. Once the "
    "gap is closed, the comment is no longer needed; left in place, it would silently hide the "
    "same gap if it came back. intstrat therefore reports every suppression that matched no "
    "finding in this run, as well as suppressions that name an unknown rule or sit too far down "
    "the file to take effect. Suppressions of rules that the configuration switched off are not "
    "reported."
)
FIX = N_(
    "Delete the comment, or the rule id in it that no longer matches; move an `ignore-file` "
    "comment into the first ten lines."
)
MESSAGES = {
    "unused": P_(
        "SU01.unused",
        "'# intstrat: ignore[{rule}]' suppresses nothing on this line; remove it",
    ),
    "unused_file": P_(
        "SU01.unused_file",
        "'# intstrat: ignore-file[{rule}]' suppresses nothing in this file; remove it",
    ),
    "late_file": P_(
        "SU01.late_file",
        "'# intstrat: ignore-file[{rule}]' only works in the first {head} lines; move it up",
    ),
    "unknown": P_(
        "SU01.unknown",
        "suppression names the unknown rule '{rule}' (see `intstrat rules`)",
    ),
}

# Not a predicate over the document: check/suppress.py reports it.
check = None
