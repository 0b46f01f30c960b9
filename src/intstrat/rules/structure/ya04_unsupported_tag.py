"""No YAML tags that would construct objects; only plain data is read."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "YA04"
NAME = "unsupported-tag"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A YAML tag that intstrat does not accept")
EXPLANATION = N_(
    "Tags such as `!!python/object` ask a YAML reader to build program objects, which in some "
    "tools means running code taken from the file. intstrat never executes or constructs anything "
    "from a tag: it accepts only the plain YAML types (text, numbers, booleans, dates, lists and "
    "mappings) and reports every other tag, keeping the value as plain text."
)
FIX = N_("Remove the tag and write the value as plain text, number, date, list or mapping.")
MESSAGES = {
    "tag": P_(
        "YA04.tag",
        "the tag '{tag}' is not allowed; intstrat never constructs objects from tags",
    ),
}

# Not a predicate over the document: check/load.py reports it while reading the file.
check = None
