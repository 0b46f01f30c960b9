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
    "The line `intstrat: 2` marks a file as a strategy and names the version of the format it "
    "follows. Without it intstrat cannot tell a strategy from any other YAML file, and with a "
    "different value it would be guessing at a format it does not know. A file whose top level is "
    "not a mapping of sections is no strategy either. Format 1 is still read, with a note: its "
    "self-declared flags (`open_to_all_actors`, `accepted_by_both`) are replaced in format 2 by "
    "data a rule can verify, and `intstrat upgrade FILE` rewrites a file to it."
)
FIX = N_(
    "Start the file with `intstrat: 2` as an unquoted integer, followed by the sections as "
    "top-level keys; run `intstrat upgrade FILE` on a format-1 file."
)
MESSAGES = {
    "version": P_(
        "SC04.version",
        "format version '{value}' is not supported; this intstrat reads 'intstrat: 2' and "
        "'intstrat: 1'",
    ),
    "version_text": P_(
        "SC04.version_text",
        "the format version is a number, not the text \"{value}\": write 'intstrat: {value}' "
        "without quotes",
    ),
    "no_version": P_(
        "SC04.no_version",
        "no 'intstrat: 2' line: this file is not marked as a strategy",
    ),
    "old_version": P_(
        "SC04.old_version",
        "format 1: still read, but its self-declared flags count only where the data agrees; "
        "`intstrat upgrade FILE` rewrites it to format 2",
    ),
    "not_mapping": P_(
        "SC04.not_mapping",
        "the top level is {got}, but a strategy is a mapping of sections",
    ),
}

# Messages that inform or recommend: reported at this level, they never fail a point.
ADVISORY = {"old_version": Severity.INFO}

# Not a predicate over the document: check/schema.py and check/audit.py report it.
check = None
