"""Write docs/rules.md, the rule reference (English and German), from the rule catalogue.

Run `python scripts/gen_rules_doc.py` after changing `src/intstrat/rules/catalogue.py`;
`--check` exits 1 when the file is out of date (the test suite runs it).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "rules.md"
GROUPS = {
    "checklist": ("The 19-point checklist (guide ch. 10)", "Die Checkliste mit 19 Punkten"),
    "section": (
        "The ten sections of the concept (guide ch. 8)",
        "Die zehn Abschnitte des Konzepts",
    ),
    "structure": ("Reading the file", "Lesen der Datei"),
    "consistency": ("Consistency", "Stimmigkeit"),
}


def render() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from intstrat.rules import all_rules

    rules = all_rules()
    out = [
        "# Rules",
        "",
        "Generated from `src/intstrat/rules/catalogue.py` by `scripts/gen_rules_doc.py`; "
        "`intstrat explain ID` prints the same text. / Regelreferenz; `intstrat explain ID "
        "--lang de` zeigt sie auf Deutsch.",
        "",
    ]
    for group, (title_en, title_de) in GROUPS.items():
        members = [r for r in rules.values() if r.group == group]
        if not members:
            continue
        out += [f"## {title_en} / {title_de}", ""]
        out += ["| id | name | severity | guide | title |", "|---|---|---|---|---|"]
        out += [
            f"| [{r.id}](#{r.id.lower()}) | {r.name} | {r.severity.label} | {r.chapter or '–'} "
            f"| {r.text('title', 'en')} |"
            for r in members
        ]
        out.append("")
        for r in members:
            chapter = f" (guide {r.chapter})" if r.chapter else ""
            out += [f"### {r.id}", "", f"**{r.name}**: {r.text('title', 'en')}{chapter}; "
                    f"default severity `{r.severity.label}`.", ""]
            out += [r.text("explanation", "en"), "", f"*How to satisfy it:* {r.text('fix', 'en')}",
                    ""]
            example = r.text("example", "en").strip("\n")
            if example:
                out += ["```yaml", example, "```", ""]
            out += [f"*Deutsch — {r.text('title', 'de')}.* {r.text('explanation', 'de')} "
                    f"*So wird die Regel erfüllt:* {r.text('fix', 'de')}", ""]
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run python scripts/gen_rules_doc.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
