"""Meta-tests over the rule catalogue: every rule is documented in both languages, cites the
guide where it comes from, and is pinned by passing and failing cases (`tests/rules/`)."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from test_rules import CASES_DIR, Case, load_case_file

from intstrat.rules import all_rules, checks
from intstrat.i18n import translator
from intstrat.rules.messages import MESSAGES

RULES = all_rules()
KEBAB = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")
TEXT_FIELDS = ("title", "explanation", "fix")

# Messages that no strategy snippet can produce; each needs its own kind of test.
UNREACHABLE_BY_CASE = {
    "YA05.too_large": "needs a file above --max-size: test_rules.py runs the command line",
    "YA06.unreadable": "raised when the file itself cannot be opened, before any bytes exist",
}


def _texts(key: str) -> tuple[str, str]:
    """A message's English template and its German translation from the catalogue."""
    label = MESSAGES[key]
    return label.message, translator("de").label(label)


def _cases(rule_id: str) -> list[Case]:
    path = CASES_DIR / f"{rule_id}.yaml"
    return load_case_file(path)[1] if path.exists() else []


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _pattern(template: str) -> re.Pattern[str]:
    """A regex that matches the template with any text in its placeholders."""
    out = ""
    for literal, name, _, _ in string.Formatter().parse(template):
        out += re.escape(literal)
        if name is not None:
            out += ".*?"
    return re.compile(out + r"\Z", re.DOTALL)


@pytest.mark.parametrize("rule_id", list(RULES))
@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_rule_text_in_both_languages(rule_id: str, field: str) -> None:
    texts: dict[str, str] = getattr(RULES[rule_id], field)
    en, de = texts.get("en", "").strip(), texts.get("de", "").strip()
    assert en, f"{rule_id} has no English {field}"
    assert de, f"{rule_id} has no German {field}"
    assert en != de, f"{rule_id}: the German {field} is the English one"


@pytest.mark.parametrize("rule_id", [r for r in RULES if r.startswith(("CL", "CS"))])
def test_checklist_and_section_rules_cite_the_guide(rule_id: str) -> None:
    assert RULES[rule_id].chapter.strip(), f"{rule_id} names no chapter of the guide"


def test_rule_names_are_unique_kebab_case() -> None:
    names = [rule.name for rule in RULES.values()]
    assert [n for n in names if not KEBAB.match(n)] == []
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_every_predicate_has_a_catalogue_entry() -> None:
    assert sorted(set(checks()) - set(RULES)) == []


@pytest.mark.parametrize("rule_id", list(RULES))
def test_rule_has_passing_and_failing_cases(rule_id: str) -> None:
    cases = _cases(rule_id)
    assert cases, f"no tests/rules/{rule_id}.yaml"
    kinds = {c.kind for c in cases if not c.xfail}
    assert "pass" in kinds, f"{rule_id} has no passing case"
    assert "fail" in kinds, f"{rule_id} has no failing case"


@pytest.mark.parametrize("rule_id", list(RULES))
def test_rule_has_a_german_failing_case(rule_id: str) -> None:
    assert any(c.kind == "fail" and c.lang == "de" for c in _cases(rule_id)), (
        f"{rule_id} has no failing case with lang: de"
    )


@pytest.mark.parametrize("key", list(MESSAGES))
def test_message_in_both_languages_with_the_same_placeholders(key: str) -> None:
    en, de = _texts(key)
    words = re.sub(r"\{\w+\}", "", en)
    assert de != en or not re.search(r"[a-z]", words), f"{key} has no German translation"
    assert en.strip() and de.strip(), f"{key} lacks a language"
    assert _fields(en) == _fields(de), f"{key}: placeholders differ between en and de"


def test_message_keys_name_catalogue_rules() -> None:
    rules = {key.split(".", 1)[0] for key in MESSAGES}
    assert sorted(rules - set(RULES)) == []


@pytest.mark.parametrize("key", [k for k in MESSAGES if k not in UNREACHABLE_BY_CASE])
def test_every_message_is_pinned_by_a_failing_case(key: str) -> None:
    """Each check a rule makes has a failing case whose expected finding carries its message."""
    rule_id = key.split(".", 1)[0]
    patterns = [_pattern(t) for t in _texts(key)]
    pinned = [
        message
        for case in _cases(rule_id)
        if case.kind == "fail" and not case.xfail
        for _, _, message in case.findings
    ]
    assert any(p.match(m) for p in patterns for m in pinned), (
        f"no failing case in tests/rules/{rule_id}.yaml shows '{key}'"
    )


def test_case_files_exist_only_for_catalogue_rules() -> None:
    stems = {p.stem for p in Path(CASES_DIR).glob("*.yaml")}
    assert sorted(stems - set(RULES)) == []
