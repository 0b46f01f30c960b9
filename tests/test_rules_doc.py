"""docs/rules.md, which SARIF help links point into, is generated from the catalogue and current."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import REPO

from intstrat.rules import all_rules


def test_rules_doc_is_up_to_date() -> None:
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
