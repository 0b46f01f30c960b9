"""The rules: one module per rule in checklist/, sections/, structure/ and consistency/, found
by `registry.rule_modules()`; `base` and `common` hold what their predicates share."""

from __future__ import annotations

from intstrat.rules.registry import Rule, all_rules, get

__all__ = ["Rule", "all_rules", "get"]
