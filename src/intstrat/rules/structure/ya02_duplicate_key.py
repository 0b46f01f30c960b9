"""No key appears twice in the same mapping (YAML would keep only the last value)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "YA02"
NAME = "duplicate-key"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A key appears twice in the same mapping")
EXPLANATION = N_(
    "Most YAML readers silently keep only the last of two equal keys, so half a section can "
    "disappear without a word, typically after copying a block. intstrat reports every repeated "
    "key together with the line of its first occurrence."
)
FIX = N_(
    "Merge the two entries into one key, or rename the second if it was meant to be a different "
    "key."
)
MESSAGES = {
    "duplicate": P_(
        "YA02.duplicate",
        "key '{key}' appears again (first on line {first}); the earlier value would be lost",
    ),
}

# Not a predicate over the document: check/load.py reports it while reading the file.
check = None
