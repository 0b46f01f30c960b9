"""The file is one well-formed YAML document; the loader reports where reading stopped."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "YA01"
NAME = "yaml-syntax"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("The file is not valid YAML")
EXPLANATION = N_(
    "A strategy file must be exactly one well-formed YAML document, otherwise nothing in it can be "
    "audited. intstrat reports syntax errors such as broken indentation or an unclosed quote, a "
    "second document after `---`, an alias (`*name`) without a matching anchor (`&name`) before "
    "it, keys that are lists or mappings, and merge keys (`<<`) that do not point to a mapping, "
    "each with the line and column where reading stopped."
)
FIX = N_(
    "Correct the YAML at the reported line: check the indentation, close quotes, quote text that "
    "contains `: ` or starts with a special character, and keep one strategy per file."
)
MESSAGES = {
    "syntax": P_("YA01.syntax", "YAML cannot be parsed here: {detail}"),
    "unclosed_quote": P_("YA01.unclosed_quote", "a quoted text starts here and is never closed"),
    "mapping_values": P_(
        "YA01.mapping_values",
        "a ':' where YAML does not expect one (a missing space after ':', or text that needs "
        "quotes?)",
    ),
    "tab": P_("YA01.tab", "a tab character cannot indent YAML; use spaces"),
    "indentation": P_("YA01.indentation", "the indentation does not fit the lines above"),
    "too_deep": P_("YA01.too_deep", "the structure is nested more deeply than YAML parsers allow"),
    "several_documents": P_(
        "YA01.several_documents",
        "the file holds more than one YAML document (a second '---'); one strategy per file",
    ),
    "undefined_alias": P_(
        "YA01.undefined_alias",
        "an alias (*name) refers to an anchor (&name) that is not defined before it",
    ),
    "complex_key": P_("YA01.complex_key", "a key must be plain text, not a list or mapping"),
    "bad_merge": P_("YA01.bad_merge", "a merge key '<<' must refer to a mapping"),
}

# Not a predicate over the document: check/load.py reports it while reading the file.
check = None
