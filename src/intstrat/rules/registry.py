"""Every rule, in report order: the one list of rule modules and the Rule that reads them.

A rule is one module (`checklist/cl02_kickoff_early.py`): plain constants (ID, NAME, GROUP,
SEVERITY, CHAPTER, TITLE, EXPLANATION, FIX, MESSAGES), its predicate `check(ctx)` (None when the
loader, the schema or the suppressions fire it) or a `derive(sections)` hook, and its examples
beside it (`cl02_kickoff_early.en.yaml`, `.de.yaml`). Adding a rule is its module, its case file
`tests/rules/<ID>.yaml` and one line in RULE_MODULES. The list is explicit rather than a package
scan: it is the report order, it is read in one place, and it costs no directory listing at
start-up. The examples are read only when `explain` or a report asks for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from intstrat.errors import UsageError
from intstrat.findings import Severity
from intstrat.i18n import N_, SOURCE_LANGUAGE, Label, translator
from intstrat.rules.base import Check, Derive, Group

# Report order: the checklist, the sections, reading the file, consistency.
RULE_MODULES = (
    "checklist.cl01_needs_assessed",
    "checklist.cl02_kickoff_early",
    "checklist.cl03_financing_beyond_funding",
    "checklist.cl04_three_focus_analyses",
    "checklist.cl05_steering_bodies",
    "checklist.cl06_data_system",
    "checklist.cl07_workshop_range",
    "checklist.cl08_startup_sme_services",
    "checklist.cl09_staff_and_education",
    "checklist.cl10_involvement_and_services",
    "checklist.cl11_management_training",
    "checklist.cl12_partner_selection_criteria",
    "checklist.cl13_partner_agreements",
    "checklist.cl14_project_selection_criteria",
    "checklist.cl15_ip_rules_before_start",
    "checklist.cl16_internal_communication",
    "checklist.cl17_external_communication",
    "checklist.cl18_monitoring_indicators",
    "checklist.cl19_concept_complete",

    "sections.cs01_concept_summary",
    "sections.cs02_financing_plan",
    "sections.cs03_cluster_vision",
    "sections.cs04_target_groups",
    "sections.cs05_partner_candidates",
    "sections.cs06_joint_projects",
    "sections.cs07_limits_and_priorities",
    "sections.cs08_work_plan",
    "sections.cs09_communication_section",
    "sections.cs10_monitoring_section",

    "structure.sc01_schema_type",
    "structure.sc02_unknown_key",
    "structure.sc03_missing_key",
    "structure.sc04_format_version",
    "structure.su01_unused_suppression",
    "structure.su02_stale_baseline_entry",
    "structure.ya01_yaml_syntax",
    "structure.ya02_duplicate_key",
    "structure.ya03_invalid_scalar",
    "structure.ya04_unsupported_tag",
    "structure.ya05_resource_limit",
    "structure.ya06_encoding",

    "consistency.co01_date_order",
    "consistency.co02_outside_period",
    "consistency.co03_unknown_reference",
    "consistency.co04_placeholder",
    "consistency.co05_duplicate_id",
    "consistency.co06_score_out_of_scale",
)


@dataclass(frozen=True)
class Rule:
    """One rule as users see it in `intstrat rules`, `intstrat explain` and the reports.

    The texts are English message ids; `title(lang)` and its siblings translate them.
    """

    id: str
    name: str
    group: Group
    severity: Severity
    chapter: str
    messages: Mapping[str, Label]
    check: Check | None
    derive: Derive | None
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
        check=getattr(module, "check", None),
        derive=getattr(module, "derive", None),
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
    modules = (__import__(f"intstrat.rules.{name}", fromlist=["ID"]) for name in RULE_MODULES)
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
