"""Meta-tests over the registry: every rule is one complete module, documented and translated,
and pinned by passing and failing cases (`tests/rules/`). The ids come from the registry only.

Content rules for the prose and the examples (length, guide chapters, schema keys) are in
test_catalogue.py; each property is tested once.
"""

from __future__ import annotations

import importlib
import re
import string

import pytest
from test_rules import CASES_DIR, Case, load_case_file

from intstrat.errors import UsageError
from intstrat.i18n import Label, translator
from intstrat.rules import all_rules, get
from intstrat.rules.base import Group
from intstrat.rules.registry import rule_modules

RULES = all_rules()
KEBAB = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")
TEXT_FIELDS = ("title", "explanation", "fix")
FOLDERS = {Group.CHECKLIST: "checklist", Group.SECTION: "sections",
           Group.STRUCTURE: "structure", Group.CONSISTENCY: "consistency"}
MESSAGES: dict[str, Label] = {
    f"{rule.id}.{key}": label for rule in RULES.values() for key, label in rule.messages.items()
}

# Messages that no strategy snippet can produce; each needs its own kind of test.
UNREACHABLE_BY_CASE = {
    "YA05.too_large": "needs a file above --max-size: test_rules.py runs the command line",
    "YA05.too_many_nodes": "needs a million values: test_bad_input.py and test_hostile.py run it",
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


@pytest.mark.parametrize("module_name", rule_modules())
def test_rule_module_is_named_after_its_id_and_name_in_its_group_folder(module_name: str) -> None:
    module = importlib.import_module(f"intstrat.rules.{module_name}")
    folder, stem = module_name.split(".")
    assert stem == f"{module.ID.lower()}_{module.NAME.replace('-', '_')}"
    assert folder == FOLDERS[module.GROUP]
    assert module.__doc__ and module.__doc__.strip(), f"{module_name} has no docstring"


def test_registry_lists_each_rule_once() -> None:
    assert len(RULES) == len(rule_modules())


@pytest.mark.parametrize("rule_id", list(RULES))
def test_rule_is_a_predicate_a_derivation_or_fired_by_the_reader(rule_id: str) -> None:
    rule = RULES[rule_id]
    if rule.group is Group.STRUCTURE:
        assert rule.check is None and rule.derive is None  # loader, schema or suppressions
    elif rule.derive is not None:
        # A derived rule may read data of its own too (CL19: the fit with the overall strategy).
        assert rule.group is Group.CHECKLIST
    else:
        assert rule.check is not None


@pytest.mark.parametrize("rule_id", list(RULES))
@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_rule_text_in_english_and_german(rule_id: str, field: str) -> None:
    rule = RULES[rule_id]
    en, de = rule.text(field, "en").strip(), rule.text(field, "de").strip()
    assert en, f"{rule_id} has no English {field}"
    assert de != en, f"{rule_id}: the {field} has no German translation"


def test_rule_names_are_unique_kebab_case() -> None:
    names = [rule.name for rule in RULES.values()]
    assert [n for n in names if not KEBAB.match(n)] == []
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_rule_is_found_by_id_or_name_and_an_unknown_one_is_a_usage_error() -> None:
    assert get("cl02") is get("kickoff-early") is RULES["CL02"]
    with pytest.raises(UsageError) as caught:
        get("CL99")
    assert caught.value.text("de") == "unbekannte Regel 'CL99' (siehe `intstrat rules`)"


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
    label = MESSAGES[key]
    assert label.context == key, f"{key} is marked with the context {label.context!r}"
    en, de = _texts(key)
    words = re.sub(r"\{\w+\}", "", en)
    assert de != en or not re.search(r"[a-z]", words), f"{key} has no German translation"
    assert en.strip() and de.strip(), f"{key} lacks a language"
    assert _fields(en) == _fields(de), f"{key}: placeholders differ between en and de"


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


_CHECK_PATH = """
import sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0]))
                 if event == "open" and isinstance(args[0], str) else None)
from intstrat.check.audit import audit_text
from intstrat.rules import all_rules
all_rules()
result = audit_text(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1])
examples = [p for p in opened if p.endswith(".yaml") and "/intstrat/rules/" in p]
heavy = sorted({"babel", "jinja2", "rich", "typer"} & set(sys.modules))
print(repr((examples, heavy, len(result.checklist))))
"""


def test_checking_a_file_reads_no_example_and_imports_nothing_heavy() -> None:
    """The examples are for `explain` and reports; the check path loads only the rule modules."""
    import ast
    import subprocess
    import sys

    from conftest import REPO

    done = subprocess.run(
        [sys.executable, "-c", _CHECK_PATH, str(REPO / "examples" / "strategy-en.yaml")],
        capture_output=True, text=True, check=True,
    )
    checklist = [r for r in RULES.values() if r.group is Group.CHECKLIST]
    assert ast.literal_eval(done.stdout.strip()) == ([], [], len(checklist))
