"""Turning a rule's message key into a Finding, and the words inside messages that are terms.

Each rule module holds its messages (`MESSAGES = {"late": P_("CL02.late", ...)}`); the context
"RULE.key" is the stable id, the English text the template, translated when a report is written.
"""

from __future__ import annotations

from collections.abc import Mapping

from intstrat.findings import Finding, Severity
from intstrat.i18n import P_, Label

# Words inside messages that are themselves translated (a YAML type, a kind of reference).
TERMS: dict[str, Label] = {
    "string": P_("term", "text"),
    "number": P_("term", "a number"),
    "integer": P_("term", "a whole number"),
    "boolean": P_("term", "true or false"),
    "object": P_("term", "a mapping of keys"),
    "array": P_("term", "a list"),
    "null": P_("term", "nothing (null)"),
    "date": P_("term", "a date"),
    "special_number": P_("term", "a special number"),
    "partner": P_("term", "partner"),
    "project": P_("term", "project"),
    "rater": P_("term", "rater"),
    "criterion": P_("term", "criterion"),
    "milestone": P_("term", "milestone"),
}


def term(word: str) -> Label:
    """The translatable label of a known term; another word is shown as it is."""
    return TERMS.get(word) or Label("term", word)


def template(rule: str, key: str) -> Label:
    """The English text (and its context) of the finding `rule.key`, from the rule's module."""
    from intstrat.rules.registry import all_rules

    found = all_rules().get(rule)
    label = found.messages.get(key) if found else None
    return label or Label(f"{rule}.{key}", f"{rule}.{key}")


def _arg(value: object) -> object:
    """A detail as a finding keeps it: hashable, and 3.0 shown as 3 as the user wrote it."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, list):
        return tuple(_arg(v) for v in value)
    return value


def finding(
    path: str,
    line: int,
    column: int,
    rule: str,
    severity: Severity,
    key: str,
    args: Mapping[str, object] | None = None,
    pointer: str = "",
) -> Finding:
    """A located finding of `rule` with the message `key` ("late" for "CL02.late")."""
    label = template(rule, key)
    details = tuple((name, _arg(value)) for name, value in (args or {}).items())
    return Finding(path, line, column, rule, severity, label.message, label.context, details,
                   pointer)
