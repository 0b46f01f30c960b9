"""The file is marked as a strategy of a format version this intstrat reads."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "SC04"
NAME = "format-version"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("Missing or unsupported format version")
EXPLANATION = N_(
    "The line `intstrat: 1` marks a file as a strategy and names the version of the format it "
    "follows. Without it intstrat cannot tell a strategy from any other YAML file, and with a "
    "different value it would be guessing at a format it does not know. A file whose top level is "
    "not a mapping of sections is no strategy either."
)
FIX = N_(
    "Start the file with `intstrat: 1` as an unquoted integer, followed by the sections as "
    "top-level keys."
)
MESSAGES = {
    "version": P_(
        "SC04.version",
        "format version '{value}' is not supported; this intstrat reads 'intstrat: 1'",
    ),
    "version_text": P_(
        "SC04.version_text",
        "the format version is the number 1, not the text \"1\": write 'intstrat: 1' without "
        "quotes",
    ),
    "no_version": P_(
        "SC04.no_version",
        "no 'intstrat: 1' line: this file is not marked as a strategy",
    ),
    "not_mapping": P_(
        "SC04.not_mapping",
        "the top level is {got}, but a strategy is a mapping of sections",
    ),
}

# Not a predicate over the document: check/schema.py and check/audit.py report it.
check = None
