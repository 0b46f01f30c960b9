"""Golden files: the rendered Markdown of both examples, byte for byte.

Regenerate after an intended change with
`INTSTRAT_UPDATE_GOLDEN=1 pytest tests/test_render_golden.py`
and review the diff like any other change to the document.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import EXAMPLES

from intstrat.render.run import RenderOptions, render

GOLDEN = Path(__file__).parent / "golden"
AS_OF = dt.date(2026, 11, 1)
CASES = [
    ("strategy-en.yaml", "en", "strategy-en.en.md"),
    ("strategy-en.yaml", "de", "strategy-en.de.md"),
    ("strategie-de.yaml", "de", "strategie-de.de.md"),
    ("strategie-de.yaml", "en", "strategie-de.en.md"),
]


@pytest.mark.parametrize(("example", "lang", "golden"), CASES, ids=[c[2] for c in CASES])
def test_markdown_matches_the_golden_file(example: str, lang: str, golden: str) -> None:
    markdown = render(RenderOptions(EXAMPLES / example, "md", lang=lang, as_of=AS_OF)).markdown
    path = GOLDEN / golden
    if os.environ.get("INTSTRAT_UPDATE_GOLDEN") == "1":
        path.write_text(markdown, encoding="utf-8", newline="\n")
    assert path.is_file(), f"missing {path}; run with INTSTRAT_UPDATE_GOLDEN=1"
    assert markdown == path.read_text(encoding="utf-8")
