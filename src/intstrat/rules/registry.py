"""Every rule in report order: the modules found in the group folders, and the Rule they make.

A rule is one module (`checklist/cl02_kickoff_early.py`): plain constants (ID, NAME, GROUP,
SEVERITY, CHAPTER, TITLE, EXPLANATION, FIX, MESSAGES; a checklist point or section also DATA,
the dotted pointers of the data its verdict covers), its predicate `check(ctx)` (None when the
loader, the schema or the suppressions fire it) and/or a `derive(sections)` hook, and its examples
beside it (`cl02_kickoff_early.en.yaml`, `.de.yaml`). Adding a rule is its module, its case file
`tests/rules/<ID>.yaml`: the registry reads the four group folders (`rule_modules`), in one
place, in report order. The examples are read only when `explain` or a report asks for them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from intstrat.errors import UsageError
from intstrat.findings import Severity
from intstrat.i18n import N_, SOURCE_LANGUAGE, Label, translator
from intstrat.rules.base import Check, Derive, Group

# Report order: the checklist, the sections, reading the file, consistency; inside a group by
# module name, which starts with the rule id.
_HERE = Path(__file__).resolve().parent
GROUP_FOLDERS = ("checklist", "sections", "structure", "consistency")


def rule_modules() -> tuple[str, ...]:
    """Every rule module, `checklist.cl02_kickoff_early` style, in report order.

    The folders are read, not a hand-kept list: a new rule is its module and its case file,
    nothing else. Four directory listings cost about a tenth of a millisecond; every module in
    a group folder must be a rule (a test checks the names).
    """
    found: list[str] = []
    for folder in GROUP_FOLDERS:
        names = sorted(
            entry.name.removesuffix(".py")
            for entry in os.scandir(_HERE / folder)
            if entry.name.endswith(".py") and not entry.name.startswith("_")
        )
        found.extend(f"{folder}.{name}" for name in names)
    return tuple(found)


class Rule(NamedTuple):
    """One rule as users see it in `intstrat rules`, `intstrat explain` and the reports.

    The texts are English message ids; `title(lang)` and its siblings translate them.
    """

    id: str
    name: str
    group: Group
    severity: Severity
    chapter: str
    messages: Mapping[str, Label]
    # Messages that recommend or inform (guide: "advisable"): their own level, never a failed point.
    advisory: Mapping[str, Severity]
    check: Check | None
    derive: Derive | None
    # The data a point reads (`measures.kickoff`, `funding.start`): an error located inside it
    # (a wrong type, a broken reference...) fails the point too. Empty for other rules.
    data: tuple[str, ...]
    source_title: str
    source_explanation: str
    source_fix: str
    home: Path  # the module's path without '.py': its examples are home.<lang>.yaml

    def title(self, lang: str) -> str:
        return translator(lang).gettext(self.source_title)

    def explanation(self, lang: str) -> str:
        return translator(lang).gettext(self.source_explanation)

    def fix(self, lang: str) -> str:
        return translator(lang).gettext(self.source_fix)

    def example(self, lang: str) -> str:
        """A strategy snippet that satisfies the rule; English when `lang` has none of its own."""
        for code in dict.fromkeys((lang, SOURCE_LANGUAGE)):
            path = self.home.with_name(f"{self.home.name}.{code}.yaml")
            if path.is_file():
                return path.read_text(encoding="utf-8")
        return ""

    def text(self, field: str, lang: str) -> str:
        """`title`, `explanation`, `fix` or `example` by name (for reporters that list fields)."""
        texts = {"title": self.title, "explanation": self.explanation, "fix": self.fix,
                 "example": self.example}
        return texts[field](lang)


def _rule(module: Any) -> Rule:
    return Rule(
        id=module.ID,
        name=module.NAME,
        group=module.GROUP,
        severity=module.SEVERITY,
        chapter=module.CHAPTER,
        messages=module.MESSAGES,
        advisory=getattr(module, "ADVISORY", {}),
        check=getattr(module, "check", None),
        derive=getattr(module, "derive", None),
        data=tuple(getattr(module, "DATA", ())),
        source_title=module.TITLE,
        source_explanation=module.EXPLANATION,
        source_fix=module.FIX,
        home=Path(module.__file__).with_suffix(""),
    )


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule by id, in report order."""
    # `__import__` rather than importlib.import_module: it goes through the interpreter's import,
    # so `python -X importtime` shows what each rule module costs at start-up.
    modules = (__import__(f"intstrat.rules.{name}", fromlist=["ID"]) for name in rule_modules())
    return {rule.id: rule for rule in map(_rule, modules)}


def get(rule_id: str) -> Rule:
    """The rule with this id (case-insensitive) or its name; an unknown one is a usage error."""
    rules = all_rules()
    wanted = rule_id.strip().upper()
    if wanted in rules:
        return rules[wanted]
    for rule in rules.values():
        if rule.name == rule_id.strip().lower():
            return rule
    raise UsageError(N_("unknown rule '{rule}' (see `intstrat rules`)"), rule=rule_id)
