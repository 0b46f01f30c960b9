"""The rules: one module per rule in checklist/, sections/, structure/ and consistency/, found
by `registry.rule_modules()`; `base` and `common` hold what their predicates share."""

from __future__ import annotations

from intstrat.rules.registry import Rule, all_rules, get

__all__ = ["Rule", "all_rules", "get", "point_title"]


def point_title(rule_id: str, lang: str) -> str:
    """The title of a checklist point or section in `lang`, as a report shows it."""
    rule = all_rules().get(rule_id)
    return rule.title(lang) if rule else rule_id
