"""The content of every rule module: prose of the right size that cites the guide and names real
keys, group and severity by id, and examples (YAML files beside the module) that pass their rule.

Completeness and translation of the texts and messages are in test_rule_meta.py.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml
from conftest import REPO

from intstrat.check.audit import audit_text
from intstrat.rules import all_rules
from intstrat.rules.base import Group

RULES = all_rules()
ALL_IDS = list(RULES)
CHECKLIST = [r for r in ALL_IDS if RULES[r].group is Group.CHECKLIST]
SECTIONS = [r for r in ALL_IDS if RULES[r].group is Group.SECTION]
STRUCTURE = [r for r in ALL_IDS if RULES[r].group is Group.STRUCTURE]
CONSISTENCY = [r for r in ALL_IDS if RULES[r].group is Group.CONSISTENCY]
BOTH_LANGUAGES = [(rule_id, lang) for rule_id in ALL_IDS for lang in ("en", "de")]

TEXT_FIELDS = ["title", "explanation", "fix", "example"]
GROUP_BY_PREFIX = {
    "CL": Group.CHECKLIST, "CS": Group.SECTION, "YA": Group.STRUCTURE, "SC": Group.STRUCTURE,
    "SU": Group.STRUCTURE, "CO": Group.CONSISTENCY, "WV": Group.STRUCTURE, "EV": Group.STRUCTURE,
}
WARNINGS = {"CO02", "CO04", "SU01", "SU02", "WV01"}

# Top-level keys of the strategy format.
TOP_LEVEL_KEYS = {
    "intstrat",
    "language",
    "cluster",
    "funding",
    "period",
    "needs_assessment",
    "measures",
    "financing",
    "partner_selection",
    "project_selection",
    "communication",
    "monitoring",
    "concept",
    "waivers",
}

# Chapters and sections of the 2018 guide, as numbered in its table of contents.
GUIDE_CHAPTERS = (
    {str(chapter) for chapter in range(1, 11)}
    | {f"3.{n}" for n in range(1, 10)}
    | {"4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "6.1", "6.2"}
)

# Just enough of a strategy for an example to be audited on its own.
BASE_STRATEGY = """\
intstrat: 2
language: en
cluster: {name: Hydrogen Valley Saxony}
funding: {start: 2019-01-01, end: 2021-12-31}
period: {start: 2019-01-01, end: 2023-12-31}
"""

SCHEMA: dict[str, Any] = json.loads(
    (REPO / "schemas" / "strategy.schema.json").read_text(encoding="utf-8")
)


def texts() -> list[tuple[str, str, str]]:
    return [(rid, field, lang) for rid in ALL_IDS for field in TEXT_FIELDS for lang in ("en", "de")]


def test_rules_are_in_report_order_checklist_sections_structure_consistency() -> None:
    order = list(Group)
    in_order = sorted(ALL_IDS, key=lambda r: (order.index(RULES[r].group), r))
    assert in_order == ALL_IDS


@pytest.mark.parametrize(("rule_id", "field", "lang"), texts())
def test_text_holds_no_placeholder(rule_id: str, field: str, lang: str) -> None:
    # The placeholder rule names the markers it looks for; the suppression example hides one.
    if rule_id not in {"CO04", "SU01"}:
        text = text_of(rule_id, field, lang)
        assert not re.search(r"\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum", text, re.IGNORECASE)


@pytest.mark.parametrize("rule_id", ALL_IDS)
def test_example_has_its_own_german_version(rule_id: str) -> None:
    assert text_of(rule_id, "example", "de") != text_of(rule_id, "example", "en")


def test_example_of_a_language_without_its_own_is_the_english_one() -> None:
    assert RULES["CL02"].example("fr") == RULES["CL02"].example("en")


@pytest.mark.parametrize("rule_id", ALL_IDS)
def test_english_prose_has_no_german_letters(rule_id: str) -> None:
    for field in ("title", "explanation", "fix"):
        assert not re.search("[äöüÄÖÜß]", text_of(rule_id, field, "en")), field


@pytest.mark.parametrize("rule_id", ALL_IDS)
def test_title_is_one_short_line(rule_id: str) -> None:
    for lang in ("en", "de"):
        title = text_of(rule_id, "title", lang)
        assert "\n" not in title
        assert len(title) <= 70, f"{rule_id} [{lang}] title has {len(title)} characters"


@pytest.mark.parametrize("rule_id", ALL_IDS)
def test_explanation_and_fix_are_a_few_sentences(rule_id: str) -> None:
    for lang in ("en", "de"):
        explanation = sentences(text_of(rule_id, "explanation", lang))
        fix = sentences(text_of(rule_id, "fix", lang))
        assert 2 <= explanation <= 5, f"{rule_id} [{lang}] explanation: {explanation} sentences"
        assert 1 <= fix <= 3, f"{rule_id} [{lang}] fix: {fix} sentences"


@pytest.mark.parametrize("rule_id", ALL_IDS)
def test_group_and_severity(rule_id: str) -> None:
    rule = RULES[rule_id]
    assert rule.group is GROUP_BY_PREFIX[rule_id[:2]]
    assert rule.severity.label == ("warning" if rule_id in WARNINGS else "error")


@pytest.mark.parametrize("rule_id", CHECKLIST + SECTIONS)
def test_checklist_and_sections_cite_guide_chapters(rule_id: str) -> None:
    chapter = RULES[rule_id].chapter
    cited = re.findall(r"\d+(?:\.\d+)?", re.sub(r"Tab\. [\d\-]+", "", chapter))
    assert cited, f"{rule_id} cites no chapter"
    assert set(cited) <= GUIDE_CHAPTERS, chapter


def test_sections_all_cite_chapter_8() -> None:
    for rule_id in [*SECTIONS, "CL19"]:
        assert RULES[rule_id].chapter.split(",")[0] == "8", rule_id


@pytest.mark.parametrize("rule_id", STRUCTURE + CONSISTENCY)
def test_structure_and_consistency_have_no_chapter(rule_id: str) -> None:
    assert RULES[rule_id].chapter == ""


@pytest.mark.parametrize(("rule_id", "lang"), BOTH_LANGUAGES)
def test_keys_named_in_prose_exist_in_the_schema(rule_id: str, lang: str) -> None:
    for field in ("explanation", "fix"):
        for path in re.findall(r"`([a-z_]+(?:\.[a-z_]+)+)`", text_of(rule_id, field, lang)):
            assert schema_has(path.split(".")), f"{rule_id} {field} [{lang}]: `{path}`"


@pytest.mark.parametrize(("rule_id", "lang"), BOTH_LANGUAGES)
def test_example_is_a_small_strategy_snippet(rule_id: str, lang: str) -> None:
    example = text_of(rule_id, "example", lang)
    data = yaml.safe_load(example)
    assert isinstance(data, dict)
    assert set(data) <= TOP_LEVEL_KEYS, sorted(set(data) - TOP_LEVEL_KEYS)
    assert 3 <= len(example.splitlines()) <= 25
    assert example.endswith("\n") and not example.startswith("\n")


@pytest.mark.parametrize(("rule_id", "lang"), BOTH_LANGUAGES)
def test_example_is_valid_and_consistent(rule_id: str, lang: str) -> None:
    result = audit_example(rule_id, lang)
    unwanted = [f for f in result.findings if f.rule[:2] in ("YA", "SC", "CO")]
    assert not unwanted, [(f.rule, f.line, f.text(lang)) for f in unwanted]


# CL19 needs all ten concept sections; a snippet of at most 25 lines cannot hold them all.
@pytest.mark.parametrize(
    ("rule_id", "lang"), [(r, lang) for r in ALL_IDS if r != "CL19" for lang in ("en", "de")]
)
def test_example_satisfies_its_rule(rule_id: str, lang: str) -> None:
    result = audit_example(rule_id, lang)
    own = [(f.line, f.text(lang)) for f in result.findings if f.rule == rule_id]
    assert not own


@pytest.mark.parametrize("lang", ["en", "de"])
def test_cl19_example_fills_the_concept_sections_it_shows(lang: str) -> None:
    result = audit_example("CL19", lang)
    failing = {f.rule for f in result.findings}
    assert not failing & {"CS01", "CS04", "CS07"}


def text_of(rule_id: str, field: str, lang: str) -> str:
    return RULES[rule_id].text(field, lang)


def sentences(text: str) -> int:
    # A sentence ends in . ! or ? followed by a space or the end; "e.g." and "z. B." do not count.
    cleaned = re.sub(r"\b(e\.g|i\.e|z\. B|d\. h|bzw|etc|ca|usw)\.", "", text)
    return len(re.findall(r"[.!?](?:\s|$)", cleaned))


def audit_example(rule_id: str, lang: str) -> Any:
    """Audit the example on top of a minimal strategy; its own top-level keys replace the base."""
    example = text_of(rule_id, "example", lang)
    own_keys = set(yaml.safe_load(example))
    base = [line for line in BASE_STRATEGY.splitlines() if line.split(":")[0] not in own_keys]
    return audit_text("\n".join(base) + "\n" + example, f"{rule_id}-{lang}.yaml", lang)


def schema_has(path: list[str]) -> bool:
    node: dict[str, Any] = SCHEMA
    for key in path:
        node = resolve(node)
        while "items" in node and "properties" not in node:
            node = resolve(node["items"])
        properties = node.get("properties", {})
        if key not in properties:
            return False
        node = properties[key]
    return True


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SCHEMA
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node
