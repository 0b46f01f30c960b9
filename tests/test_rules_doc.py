"""docs/rules.md and docs/rules.de.md, the rule reference that SARIF help links point into, are
generated from the registry and current."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import REPO

from intstrat.rules import all_rules


def test_rules_docs_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_rules_doc.py"), "--check"],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_rule_has_an_anchor_that_help_links_use() -> None:
    from intstrat.reporters import rule_url

    text = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^### (\S+)$", text, flags=re.MULTILINE))
    for rule_id in all_rules():
        assert rule_id in headings
        assert rule_url(rule_id).endswith(f"docs/rules.md#{rule_id.lower()}")


@pytest.mark.parametrize(("name", "lang"), [("rules.md", "en"), ("rules.de.md", "de")])
def test_reference_shows_each_rule_in_its_language(name: str, lang: str) -> None:
    text = (REPO / "docs" / name).read_text(encoding="utf-8")
    for rule in all_rules().values():
        assert f"### {rule.id}\n" in text
        assert rule.title(lang) in text and rule.fix(lang) in text
