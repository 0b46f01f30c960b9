"""Every key the format requires is there."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "SC03"
NAME = "missing-key"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A required key is missing")
EXPLANATION = N_(
    "A few keys carry everything else: `intstrat`, `language`, `cluster` with its `name`, "
    "`funding` with `start` and `end`, and `period` with `start` and `end`. Inside lists, entries "
    "need their `id` and `name` or `title` so that they can be referred to and displayed. intstrat "
    "reports each missing required key and where it belongs."
)
FIX = N_("Add the key named in the message at the place it names.")
MESSAGES = {
    "missing_key": P_("SC03.missing_key", "required key '{key}' is missing in {where}"),
    "missing_top_key": P_(
        "SC03.missing_top_key",
        "required key '{key}' is missing at the top level",
    ),
}

# Not a predicate over the document: check/schema.py reports it.
check = None
