"""The rule registry: metadata from the catalogue (data) joined with the predicates (code)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from intstrat.errors import UsageError
from intstrat.findings import Severity
from intstrat.rules.base import Check

GROUPS = ("checklist", "section", "structure", "consistency")


@dataclass(frozen=True)
class Rule:
    """One rule as users see it in `intstrat rules` and `intstrat explain`."""

    id: str
    name: str
    group: str
    severity: Severity
    chapter: str
    title: dict[str, str]
    explanation: dict[str, str]
    fix: dict[str, str]
    example: dict[str, str]

    def text(self, field: str, lang: str) -> str:
        texts: dict[str, str] = getattr(self, field)
        return texts.get(lang) or texts.get("en", "")


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule by id, in catalogue order (checklist, sections, structure, consistency)."""
    from intstrat.rules.catalogue import CATALOGUE

    rules: dict[str, Rule] = {}
    for rule_id, entry in CATALOGUE.items():
        rules[rule_id] = Rule(
            id=rule_id,
            name=str(entry["name"]),
            group=str(entry["group"]),
            severity=Severity.parse(str(entry["severity"])),
            chapter=str(entry.get("chapter", "")),
            title=dict(entry["title"]),  # type: ignore[call-overload]
            explanation=dict(entry.get("explanation", {})),  # type: ignore[call-overload]
            fix=dict(entry.get("fix", {})),  # type: ignore[call-overload]
            example=dict(entry.get("example", {})),  # type: ignore[call-overload]
        )
    order = {g: i for i, g in enumerate(GROUPS)}
    return dict(sorted(rules.items(), key=lambda kv: (order.get(kv[1].group, 9), kv[0])))


def get(rule_id: str) -> Rule:
    """The rule with this id (case-insensitive) or its name; an unknown one is a usage error."""
    rules = all_rules()
    wanted = rule_id.strip().upper()
    if wanted in rules:
        return rules[wanted]
    for rule in rules.values():
        if rule.name == rule_id.strip().lower():
            return rule
    raise UsageError(
        f"unknown rule '{rule_id}' (see `intstrat rules`)",
        de=f"unbekannte Regel '{rule_id}' (siehe `intstrat rules`)",
    )


@cache
def checks() -> dict[str, Check]:
    """The predicates, by rule id (structure rules are reported by the loader and schema)."""
    from intstrat.rules import checklist, consistency, sections

    return {**checklist.CHECKS, **sections.CHECKS, **consistency.CHECKS}
