"""Write the rule reference, docs/rules.md (English) and docs/rules.de.md (German), from the rule
registry (`src/intstrat/rules/`); the texts come through the gettext catalogue.

Run `python scripts/gen_rules_doc.py` after changing a rule module or its examples (compile the
catalogue first when a German text changed: `python scripts/i18n.py compile`); `--check` exits 1
when a file is out of date (the test suite runs it).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"en": ROOT / "docs" / "rules.md", "de": ROOT / "docs" / "rules.de.md"}


def render(lang: str) -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from intstrat.rules.reference import markdown

    return markdown(lang)


def main() -> int:
    stale = []
    for lang, target in TARGETS.items():
        text = render(lang)
        if "--check" in sys.argv[1:]:
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != text:
                stale.append(target.relative_to(ROOT).as_posix())
        else:
            target.write_text(text, encoding="utf-8")
    for name in stale:
        print(f"{name} is out of date: run python scripts/gen_rules_doc.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
