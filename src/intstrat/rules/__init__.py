"""The rules: one module per rule in checklist/, sections/, structure/ and consistency/, listed
in `registry.RULE_MODULES`; `base` and `common` hold what their predicates share."""

from __future__ import annotations

from intstrat.rules.registry import Rule, all_rules, get

__all__ = ["Rule", "all_rules", "get"]
