"""Every key is one the format knows (with a hint at the key meant)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "SC02"
NAME = "unknown-key"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A key that the format does not know")
EXPLANATION = N_(
    "The strategy format allows only the keys it defines; the sole exception are the criterion ids "
    "in the `values` of a score. A misspelt key would otherwise be ignored quietly, and its "
    "content would be missing from the audit and from the rendered document. intstrat reports each "
    "unknown key and suggests the closest known one, or lists the keys allowed at that place."
)
FIX = N_(
    "Rename the key as suggested (keys are English snake_case in both languages), or move the "
    "content to the section where it belongs."
)
MESSAGES = {
    "unknown_key_hint": P_("SC02.unknown_key_hint", "unknown key '{key}'; did you mean '{hint}'?"),
    "unknown_key": P_("SC02.unknown_key", "unknown key '{key}'; allowed here: {allowed}"),
}

# Not a predicate over the document: check/schema.py reports it.
check = None
