"""The rule reference in one language as Markdown (docs/rules.md, docs/rules.de.md), from the
registry; `scripts/gen_rules_doc.py` writes the files and the test suite keeps them current."""

from __future__ import annotations

from intstrat.findings import SEVERITY_WORDS
from intstrat.i18n import P_, Label, translator
from intstrat.rules.base import Group
from intstrat.rules.registry import all_rules

GROUP_TITLES: dict[Group, Label] = {
    Group.CHECKLIST: P_("rule-group", "The 19-point checklist (guide ch. 10)"),
    Group.SECTION: P_("rule-group", "The ten sections of the concept (guide ch. 8)"),
    Group.STRUCTURE: P_("rule-group", "Reading the file"),
    Group.CONSISTENCY: P_("rule-group", "Consistency"),
}



def markdown(lang: str) -> str:
    """Every rule with its title, explanation, fix and example, grouped as the reports are."""
    tr = translator(lang)
    rules = all_rules()
    out = [
        tr.gettext("# Rules"),
        "",
        tr.gettext("Generated from the rule modules in `src/intstrat/rules/` by "
                   "`scripts/gen_rules_doc.py`; `intstrat explain ID --lang {lang}` prints the "
                   "same text.", lang=lang),
        "",
    ]
    for group, title in GROUP_TITLES.items():
        members = [r for r in rules.values() if r.group is group]
        if not members:
            continue
        out += [f"## {tr.label(title)}", ""]
        out += [tr.gettext("| id | name | severity | guide | title |"), "|---|---|---|---|---|"]
        out += [
            f"| [{r.id}](#{r.id.lower()}) | {r.name} | {tr.label(SEVERITY_WORDS[r.severity])} "
            f"| {r.chapter or '–'} | {r.title(lang)} |"
            for r in members
        ]
        out.append("")
        for r in members:
            chapter = (" (" + tr.gettext("guide ch. {chapter}", chapter=r.chapter) + ")"
                       if r.chapter else "")
            out += [f"### {r.id}", ""]
            out += [tr.gettext("**{name}**: {title}{chapter}; default severity `{severity}`.",
                               name=r.name, title=r.title(lang), chapter=chapter,
                               severity=SEVERITY_WORDS[r.severity]), ""]
            out += [r.explanation(lang), "", f"*{tr.gettext('How to satisfy it:')}* {r.fix(lang)}",
                    ""]
            example = r.example(lang).strip("\n")
            if example:
                out += ["```yaml", example, "```", ""]
    return "\n".join(out).rstrip() + "\n"
