"""The file stays within the safety limits: size, alias expansion, nesting depth."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "YA05"
NAME = "resource-limit"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("The file exceeds a safety limit (aliases, nesting depth)")
EXPLANATION = N_(
    "YAML aliases can make a tiny file expand into an enormous structure (an 'alias bomb'), an "
    "alias can point into itself, and extreme nesting can exhaust the reader. intstrat stops "
    "reading and reports the file when aliases expand beyond a fixed budget of nodes, an alias is "
    "recursive, the nesting is deeper than any strategy needs, or the file is larger than the size "
    "limit. Ordinary anchors and aliases stay well within these limits."
)
FIX = N_(
    "Write repeated content out, or use anchors sparingly and never inside themselves; flatten "
    "deeply nested structures."
)
MESSAGES = {
    "recursive_alias": P_(
        "YA05.recursive_alias",
        "an alias refers to a node that contains it (an endless structure)",
    ),
    "alias_budget": P_(
        "YA05.alias_budget",
        "aliases expand to more than {limit} nodes; reading stopped (an 'alias bomb'?)",
    ),
    "too_deep": P_("YA05.too_deep", "the structure is nested too deeply to be a strategy"),
    "too_many_nodes": P_(
        "YA05.too_many_nodes",
        "the file holds more than {limit} keys, values and list items; reading stopped",
    ),
    "too_large": P_(
        "YA05.too_large",
        "the file has {size} bytes, more than the limit of {limit} (raise it with --max-size)",
    ),
}

# Not a predicate over the document: check/load.py reports it while reading, check/audit.py
# a file above the size limit.
check = None
