"""Every value has the type and the range the schema allows."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "SC01"
NAME = "schema-type"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A value has the wrong type or an invalid value")
EXPLANATION = N_(
    "Each key of the strategy format expects a particular kind of value: dates as YYYY-MM-DD, "
    "counts as whole numbers, flags as `true` or `false`, and keys with a fixed list of values "
    "(such as `method`, `kind`, `status` or `focus`) only one of those. intstrat reports a value "
    "of the wrong type or outside the allowed list, naming what it expected."
)
FIX = N_(
    "Change the value to the type or one of the values named in the message; quote text that YAML "
    "could read as something else, such as the country code \"NO\"."
)
MESSAGES = {
    "type": P_("SC01.type", "expected {expected}, found {got}{shown}"),
    "minimum": P_("SC01.minimum", "{value} is below the smallest allowed value {limit}"),
    "exclusive_minimum": P_("SC01.exclusive_minimum", "{value} must be greater than {limit}"),
    "id_pattern": P_(
        "SC01.id_pattern",
        "'{value}' is not a valid id: use lower-case letters, digits, '-' and '_', starting with a "
        "letter or digit",
    ),
    "enum": P_("SC01.enum", "'{value}' is not one of: {options}"),
    "format_date": P_("SC01.format_date", "'{value}' is not an ISO date (YYYY-MM-DD)"),
    "format_uri": P_(
        "SC01.format_uri",
        "'{value}' is not a URL: write it with its scheme, e.g. https://…, without spaces",
    ),
    "maximum": P_("SC01.maximum", "{value} is above the largest allowed value {limit}"),
    "empty_text": P_("SC01.empty_text", "the text is empty"),
    "empty_list": P_("SC01.empty_list", "the list is empty"),
    "repeated_item": P_("SC01.repeated_item", "the list names the same entry more than once"),

}

# Not a predicate over the document: check/schema.py reports it.
check = None
