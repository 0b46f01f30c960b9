"""`intstrat render` as a user sees it: files written, messages, exit codes, Markdown structure."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_intstrat

DATA = Path(__file__).parent / "data" / "render"
AS_OF = "2026-11-01"

SECTIONS_EN = [
    "1 Summary of the strategy",
    "2 Financing plan",
    "3 Vision: what the cluster offers the world",
    "4 Target groups",
    "5 Possible international partners",
    "6 Possible projects with the partners",
    "7 Limits and priorities",
    "8 Time and work plan",
    "9 Communication",
    "10 Indicators for monitoring",
    "11 Measures",
    "Annex A: Partner ranking",
    "Annex B: Projects",
    "Annex C: Indicators and milestones on 2026-11-01",
    "Annex D: Work plan",
    "Annex E: Financing table",
]
SECTIONS_DE = [
    "1 Die Strategie in Kürze",
    "2 Finanzierungsplan",
    "3 Vision: was das Cluster der Welt bietet",
    "4 Zielgruppen",
    "5 Mögliche internationale Partner",
    "6 Mögliche Projekte mit den Partnern",
    "7 Grenzen und Prioritäten",
    "8 Zeit- und Arbeitsplan",
    "9 Kommunikation",
    "10 Indikatoren für das Monitoring",
    "11 Maßnahmen",
    "Anhang A: Rangfolge der Partner",
    "Anhang B: Projekte",
    "Anhang C: Indikatoren und Meilensteine am 01.11.2026",
    "Anhang D: Arbeitsplan",
    "Anhang E: Finanzierungstabelle",
]


def render_md(source: Path, *extra: str) -> str:
    result = run_intstrat("render", str(source), "-o", "-", "--as-of", AS_OF, *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout


def level2(markdown: str) -> list[str]:
    return [line[3:] for line in markdown.splitlines() if line.startswith("## ")]


@pytest.mark.parametrize(
    ("example", "lang", "expected"),
    [
        ("strategy-en.yaml", "en", SECTIONS_EN),
        ("strategy-en.yaml", "de", SECTIONS_DE),
        ("strategie-de.yaml", "de", SECTIONS_DE),
        ("strategie-de.yaml", "en", SECTIONS_EN),
    ],
    ids=["en-en", "en-de", "de-de", "de-en"],
)
def test_the_ten_sections_of_chapter_8_the_measures_then_the_annexes(
    example: str, lang: str, expected: list[str]
) -> None:
    markdown = render_md(EXAMPLES / example, "--lang", lang)
    assert level2(markdown) == expected
    assert markdown.count("\n# ") == 0 and markdown.startswith("# ")


def test_language_defaults_to_the_strategys_own() -> None:
    assert level2(render_md(EXAMPLES / "strategie-de.yaml")) == SECTIONS_DE


def test_mermaid_gantt_of_the_work_plan() -> None:
    markdown = render_md(EXAMPLES / "strategy-en.yaml")
    block = markdown.split("```mermaid\n", 1)[1].split("```", 1)[0]
    lines = block.splitlines()
    assert lines[0] == "gantt"
    assert "    dateFormat YYYY-MM-DD" in lines
    assert any(
        re.fullmatch(r"    .+ :(done, )?milestone, \w+, \d{4}-\d\d-\d\d, 0d", x) for x in lines
    )
    assert any(re.fullmatch(r"    .+ :\w+, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d", x) for x in lines)


def test_financing_total_and_partner_matrix_come_from_the_data() -> None:
    markdown = render_md(EXAMPLES / "strategy-en.yaml")
    from intstrat.check.load import load_text
    from intstrat.living.ranking import rank_partners

    doc, _ = load_text((EXAMPLES / "strategy-en.yaml").read_text(encoding="utf-8"))
    assert doc is not None
    total = sum(s["amount_eur"] for s in doc.data["financing"]["sources"])
    assert f"| **Total** | | **€{total:,}** |" in markdown
    ranking = rank_partners(doc.data)
    annex = markdown.split("## Annex A: Partner ranking", 1)[1].split("## Annex B", 1)[0]
    header = annex.strip().splitlines()[0]
    assert header == "| Criterion | Weight | " + " | ".join(i.name for i in ranking.items) + " |"
    ranks = next(line for line in annex.splitlines() if line.startswith("| **Rank**"))
    assert ranks == "| **Rank** | | " + " | ".join(f"**{i.rank}**" for i in ranking.items) + " |"


def test_a_strategy_with_gaps_renders_and_prints_its_score(outside: Path) -> None:
    source = outside / "gaps.yaml"
    source.write_bytes((DATA / "gaps.yaml").read_bytes())
    result = run_intstrat("render", str(source), "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    markdown = (outside / "gaps.md").read_text(encoding="utf-8")
    assert level2(markdown) == SECTIONS_EN
    assert "*Not described yet.*" in markdown
    hint = result.stderr.strip().splitlines()
    assert hint[0] == f"Wrote {outside / 'gaps.md'}."
    assert re.fullmatch(
        r"Score [\d.]+ %: \d+ of 29 points still open; `intstrat check .*gaps\.yaml` lists them\.",
        hint[1],
    )


def test_strict_refuses_a_strategy_that_check_fails(outside: Path) -> None:
    source = outside / "draft.yaml"
    source.write_bytes((EXAMPLES / "draft.yaml").read_bytes())
    result = run_intstrat("render", str(source), "--strict")
    assert result.returncode == 1
    assert "not rendered (--strict)" in result.stderr
    assert not (outside / "draft.md").exists()


def test_strict_renders_a_complete_strategy(outside: Path) -> None:
    source = outside / "s.yaml"
    source.write_bytes((EXAMPLES / "strategy-en.yaml").read_bytes())
    result = run_intstrat("render", str(source), "--strict", "-f", "docx")
    assert result.returncode == 0, result.stderr
    assert (outside / "s.docx").read_bytes()[:2] == b"PK"


def test_output_to_stdout_writes_no_file(outside: Path) -> None:
    source = outside / "s.yaml"
    source.write_bytes((DATA / "gaps.yaml").read_bytes())
    result = run_intstrat("render", str(source), "-o", "-", cwd=outside)
    assert result.returncode == 0
    assert result.stdout.startswith("# Internationalisation strategy of Gap Test Cluster\n")
    assert sorted(p.name for p in outside.iterdir()) == ["s.yaml"]


def test_format_follows_the_output_suffix(outside: Path) -> None:
    source = outside / "s.yaml"
    source.write_bytes((DATA / "gaps.yaml").read_bytes())
    assert run_intstrat("render", str(source), "-o", str(outside / "x.docx")).returncode == 0
    assert (outside / "x.docx").read_bytes()[:2] == b"PK"


def test_never_writes_over_its_input(outside: Path) -> None:
    source = outside / "s.yaml"
    source.write_bytes((DATA / "gaps.yaml").read_bytes())
    before = source.read_bytes()
    for target in (str(source), str(outside / "." / "s.yaml")):
        result = run_intstrat("render", str(source), "-o", target, "-f", "md")
        assert result.returncode == 2
        assert "refusing to write over the input file" in result.stderr
    assert source.read_bytes() == before


def test_a_failed_render_leaves_an_existing_output_untouched(outside: Path) -> None:
    source = outside / "s.yaml"
    source.write_bytes((DATA / "gaps.yaml").read_bytes())
    target = outside / "s.docx"
    target.write_bytes(b"the previous version")
    broken = outside / "tpl"
    (broken / "sections").mkdir(parents=True)
    (broken / "sections" / "03_vision.md.j2").write_text("## 3\n{{ s.cluster.visoin }}\n")
    result = run_intstrat("render", str(source), "-f", "docx", "--template", str(broken))
    assert result.returncode == 2
    assert target.read_bytes() == b"the previous version"
    assert sorted(p.name for p in outside.iterdir()) == ["s.docx", "s.yaml", "tpl"]


def test_an_existing_output_is_replaced(outside: Path) -> None:
    source = outside / "s.yaml"
    source.write_bytes((DATA / "gaps.yaml").read_bytes())
    target = outside / "s.md"
    target.write_text("old")
    assert run_intstrat("render", str(source)).returncode == 0
    assert target.read_text(encoding="utf-8").startswith("# Internationalisation strategy")


def test_template_syntax_in_the_data_stays_literal() -> None:
    markdown = render_md(DATA / "injection.yaml")
    assert "Cluster {{ 7\\*7 }}" in markdown  # a plain field: escaped so it reads literally
    assert "We offer {{ 7*7 }} and {% for x in range(3) %}loop{% endfor %}" in markdown
    assert "49" not in markdown and "looploop" not in markdown
    assert "{{ config }}" in markdown
    assert "\\# not a heading \\| not a cell \\*not emphasis\\*" in markdown


def test_template_syntax_in_the_data_stays_literal_in_docx(outside: Path) -> None:
    import docx

    target = outside / "i.docx"
    result = run_intstrat("render", str(DATA / "injection.yaml"), "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Cluster {{ 7*7 }}" in text
    assert "We offer {{ 7*7 }} and {% for x in range(3) %}loop{% endfor %}" in text
    assert "{{ ''.__class__.__mro__ }}" in text
    assert "# not a heading | not a cell *not emphasis*" in text


def test_a_template_typo_names_template_and_line(outside: Path) -> None:
    custom = outside / "tpl"
    (custom / "sections").mkdir(parents=True)
    (custom / "sections" / "03_vision.md.j2").write_text(
        "## 3 Vision\n\n{{ s.cluster.visoin }}\n", encoding="utf-8"
    )
    result = run_intstrat(
        "render", str(EXAMPLES / "strategy-en.yaml"), "-o", "-", "--template", str(custom)
    )
    assert result.returncode == 2
    assert result.stdout == ""
    message = result.stderr.strip()
    assert "Traceback" not in message
    assert re.search(r"template \S*sections/03_vision\.md\.j2, line 3: .*visoin", message), message


def test_a_template_syntax_error_names_template_and_line(outside: Path) -> None:
    custom = outside / "tpl"
    (custom / "annexes").mkdir(parents=True)
    (custom / "annexes" / "d_work_plan.md.j2").write_text(
        "## Annex D\n\n{% if %}\n", encoding="utf-8"
    )
    result = run_intstrat(
        "render", str(EXAMPLES / "strategy-en.yaml"), "-o", "-", "--template", str(custom)
    )
    assert result.returncode == 2
    assert re.search(r"template \S*annexes/d_work_plan\.md\.j2, line 3: ", result.stderr)


def test_the_sandbox_blocks_unsafe_attributes(outside: Path) -> None:
    custom = outside / "tpl"
    custom.mkdir()
    (custom / "_front.md.j2").write_text(
        "{{ s.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8"
    )
    result = run_intstrat("render", str(DATA / "gaps.yaml"), "-o", "-", "--template", str(custom))
    assert result.returncode == 2
    assert re.search(r"template \S*_front\.md\.j2, line 1: ", result.stderr)


def test_custom_templates_override_file_by_file(outside: Path) -> None:
    custom = outside / "tpl"
    (custom / "sections").mkdir(parents=True)
    (custom / "sections" / "07_limits_priorities.md.j2").write_text(
        "## 7 Our own limits\n\n{% for l in s.concept.limits %}* {{ l }}\n{% endfor %}",
        encoding="utf-8",
    )
    markdown = render_md(EXAMPLES / "strategy-en.yaml", "--template", str(custom))
    headings = level2(markdown)
    assert headings[6] == "7 Our own limits"
    assert headings[:6] == SECTIONS_EN[:6] and headings[7:] == SECTIONS_EN[7:]


def test_a_language_folder_inside_the_template_folder_wins(outside: Path) -> None:
    custom = outside / "tpl"
    (custom / "de" / "sections").mkdir(parents=True)
    (custom / "de" / "sections" / "09_communication.md.j2").write_text(
        "## 9 Kommunikation (eigene Vorlage)\n", encoding="utf-8"
    )
    german = render_md(EXAMPLES / "strategie-de.yaml", "--template", str(custom))
    assert "## 9 Kommunikation (eigene Vorlage)" in german
    english = render_md(EXAMPLES / "strategy-en.yaml", "--template", str(custom))
    assert "## 9 Communication" in english


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"intstrat: 1\ncluster: [unclosed\n",
            r"bad\.yaml:3:1: cannot render: YAML cannot be parsed here: .* \[YA01\]$",
        ),
        (
            b"- a list\n- not a strategy\n",
            r"bad\.yaml:1:1: cannot render: the top level is a list, but a strategy is a "
            r"mapping of sections \[SC04\]$",
        ),
    ],
    ids=["syntax", "not-a-mapping"],
)
def test_unreadable_input_is_a_clear_error(outside: Path, content: bytes, expected: str) -> None:
    source = outside / "bad.yaml"
    source.write_bytes(content)
    result = run_intstrat("render", str(source))
    assert result.returncode == 2
    assert re.search(expected, result.stderr, re.MULTILINE), result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_and_bad_date_are_usage_errors(outside: Path) -> None:
    assert run_intstrat("render", str(outside / "nope.yaml")).returncode == 2
    result = run_intstrat("render", str(DATA / "gaps.yaml"), "--as-of", "2026-13-01", "-o", "-")
    assert result.returncode == 2
    assert "--as-of '2026-13-01' is not a date" in result.stderr


def test_check_does_not_import_the_render_libraries() -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['intstrat', 'check', sys.argv[1]]\n"
        "from intstrat.cli import app\n"
        "from intstrat.cli.boundary import run_app\n"
        "run_app(app)\n"
        "bad = [m for m in ('jinja2', 'docx', 'markdown_it', 'babel') if m in sys.modules]\n"
        "print('IMPORTED:' + ','.join(bad))\n"
    )
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLES / "strategy-en.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip().splitlines()[-1] == "IMPORTED:", result.stdout


def test_in_process_render_is_deterministic() -> None:
    from intstrat.render.run import RenderOptions, render

    options = RenderOptions(EXAMPLES / "strategy-en.yaml", "docx", as_of=dt.date(2026, 11, 1))
    assert render(options).payload == render(options).payload


def test_an_amount_too_large_for_a_float_renders_as_check_accepts_it(outside: Path) -> None:
    # 1 followed by 400 zeros: check reads it as a number, so render must not crash on it.
    huge = "1" + "0" * 400
    source = outside / "huge.yaml"
    text = (EXAMPLES / "strategy-en.yaml").read_text(encoding="utf-8")
    source.write_text(text.replace("amount_eur: 3600000", f"amount_eur: {huge}"), encoding="utf-8")
    assert run_intstrat("check", str(source)).returncode in (0, 1)
    for fmt in ("md", "docx"):
        result = run_intstrat("render", str(source), "-f", fmt, "--as-of", AS_OF)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    markdown = (outside / "huge.md").read_text(encoding="utf-8")
    row = next(line for line in markdown.splitlines() if line.startswith("| BMBF grant"))
    assert "| €1.000e+400 |  |" in row  # shown, with no share of the total
    # Only finite amounts are added up: the total is the other sources' sum.
    assert "| **Total** | | **€3,600,000** | | | | |" in markdown
    assert (outside / "huge.docx").read_bytes()[:2] == b"PK"


def test_one_participant_is_singular_in_the_kickoff_sentence(outside: Path) -> None:
    source = outside / "one.yaml"
    text = (EXAMPLES / "strategy-en.yaml").read_text(encoding="utf-8")
    source.write_text(text.replace("participants: 143", "participants: 1", 1), encoding="utf-8")
    english = render_md(source)
    assert "Held on 2024-03-14 with 1 participant." in english
    german = render_md(source, "--lang", "de")
    assert "Am 14.03.2024 mit 1 Teilnehmenden." in german


def test_a_users_template_can_use_the_catalogue(outside: Path) -> None:
    custom = outside / "tpl"
    (custom / "sections").mkdir(parents=True)
    (custom / "sections" / "07_limits_priorities.md.j2").write_text(
        # `+%}` keeps the line break after the tag, which trim_blocks would drop.
        "## {% trans %}7 Limits and priorities{% endtrans +%}\n\n"
        '### {{ _("Limits") }}\n\n'
        "{% trans n=s.concept.limits | length %}{{ n }} limits{% endtrans +%}\n",
        encoding="utf-8",
    )
    german = render_md(EXAMPLES / "strategy-en.yaml", "--lang", "de", "--template", str(custom))
    assert "## 7 Grenzen und Prioritäten\n\n### Grenzen\n" in german
    # A text the catalogue does not know stays as the template wrote it.
    assert re.search(r"^\d+ limits$", german, re.MULTILINE)
    assert level2(german)[7:] == SECTIONS_DE[7:]


def _write_mo(path: Path, messages: dict[str, str]) -> None:
    """A compiled gettext catalogue (the GNU .mo layout), as a team would ship its own texts."""
    import struct

    entries = {"": "Content-Type: text/plain; charset=utf-8\n", **messages}
    keys = sorted(entries)
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(entries[k].encode() + b"\0" for k in keys)
    start = 7 * 4 + 16 * len(keys)
    offsets: list[int] = []
    position = 0
    for key in keys:
        offsets += [len(key.encode()), start + position]
        position += len(key.encode()) + 1
    position = 0
    for key in keys:
        offsets += [len(entries[key].encode()), start + len(ids) + position]
        position += len(entries[key].encode()) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    path.parent.mkdir(parents=True)
    path.write_bytes(header + struct.pack(f"{len(offsets)}i", *offsets) + ids + strs)


def test_a_team_catalogue_translates_its_own_template_texts(outside: Path) -> None:
    custom = outside / "tpl"
    (custom / "sections").mkdir(parents=True)
    (custom / "sections" / "07_limits_priorities.md.j2").write_text(
        '## {{ _("7 Our red lines") }}\n\n### {{ _("Limits") }}\n', encoding="utf-8"
    )
    locales = outside / "locales"
    _write_mo(locales / "de" / "LC_MESSAGES" / "intstrat.mo", {"7 Our red lines": "7 Rote Linien"})
    result = run_intstrat(
        "render", str(EXAMPLES / "strategy-en.yaml"), "-o", "-", "--lang", "de",
        "--template", str(custom), env={"INTSTRAT_LOCALE_PATH": str(locales)},
    )
    assert result.returncode == 0, result.stderr
    # The team's text from its catalogue, intstrat's own texts still from intstrat's.
    assert "## 7 Rote Linien\n\n### Grenzen\n" in result.stdout
    assert "## 8 Zeit- und Arbeitsplan" in result.stdout


def test_fixed_texts_are_translated_as_jinja_would(outside: Path) -> None:
    # The texts without placeholders are translated before Jinja compiles the template (for
    # speed); what a user sees must be what jinja2's gettext would show.
    custom = outside / "tpl"
    (custom / "sections").mkdir(parents=True)
    (custom / "sections" / "07_limits_priorities.md.j2").write_text(
        '## 7 {{ _("Limits") }}\n\n'
        '- {{ _("Limits") ~ "!" }} {{ pgettext("status", "due soon") }}\n'
        "- {{ \"_('Limits')\" }}\n"
        '- {% raw %}{{ _("Limits") }}{% endraw %} raw\n'
        '- {# {{ _("Limits") }} #}{{ _("100%% sure") }}\n'
        "- {{ s.concept.visoin }}\n",
        encoding="utf-8",
    )
    result = run_intstrat(
        "render", str(EXAMPLES / "strategy-en.yaml"), "-o", "-", "--lang", "de",
        "--template", str(custom),
    )
    assert result.returncode == 2
    assert re.search(r"Vorlage \S*07_limits_priorities\.md\.j2, Zeile 7: .*visoin", result.stderr)
    (custom / "sections" / "07_limits_priorities.md.j2").write_text(
        (custom / "sections" / "07_limits_priorities.md.j2").read_text().replace(
            "- {{ s.concept.visoin }}\n", ""),
        encoding="utf-8",
    )
    german = render_md(EXAMPLES / "strategy-en.yaml", "--lang", "de", "--template", str(custom))
    section = german.split("## 7 Grenzen\n", 1)[1].split("## 8", 1)[0]
    assert section.strip().splitlines() == [
        "- Grenzen! bald fällig",
        "- _('Limits')",
        '- {{ _("Limits") }} raw',
        "- 100% sure",
    ]


def test_without_option_or_strategy_language_the_locale_decides(outside: Path) -> None:
    source = outside / "s.yaml"
    text = (DATA / "gaps.yaml").read_text(encoding="utf-8")
    source.write_text(text.replace("language: en\n", ""), encoding="utf-8")
    german = run_intstrat("render", str(source), "-o", "-", "--as-of", AS_OF,
                          env={"LC_ALL": "", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8"})
    assert german.returncode == 0, german.stderr
    assert level2(german.stdout) == SECTIONS_DE
    english = run_intstrat("render", str(source), "-o", "-", "--as-of", AS_OF, "--lang", "en",
                           env={"LC_ALL": "", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8"})
    assert level2(english.stdout) == SECTIONS_EN


def test_the_messages_speak_the_documents_language(outside: Path) -> None:
    source = outside / "strategie.yaml"
    source.write_bytes((EXAMPLES / "strategie-de.yaml").read_bytes())
    result = run_intstrat("render", str(source), "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    # The score as `check` writes it: one decimal, the language's decimal sign.
    assert result.stderr.splitlines() == [
        f"{outside / 'strategie.md'} geschrieben.",
        "Punktzahl 100,0 %: alle Prüfpunkte und Konzeptabschnitte sind abgedeckt.",
    ]
    draft = outside / "draft.yaml"
    draft.write_bytes((EXAMPLES / "draft.yaml").read_bytes())
    refused = run_intstrat("render", str(draft), "--strict", "--lang", "de")
    assert refused.returncode == 1
    assert re.fullmatch(
        r".*draft\.yaml: nicht ausgegeben \(--strict\): `intstrat check` findet \d+ Fehler; "
        r"Punktzahl \d+,\d %\.\n",
        refused.stderr,
    )


# ---- the content a reader sees (issue 12): totals, names, countries, gaps, measures


def _section(markdown: str, heading: str) -> str:
    """The text under a `## ` heading, up to the next one."""
    return markdown.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    ("members", "rows", "total"),
    [
        ({"companies": 10, "smes": 8, "startups": 3, "universities": 1, "research_institutes": 2,
          "other": 4},
         ["| companies | 10 |", "| of which SMEs | 8 |", "| of which start-ups | 3 |"], 17),
        ({"smes": 8, "startups": 3, "universities": 1}, ["| SMEs | 8 |", "| start-ups | 3 |"], 9),
        ({"companies": 5}, ["| companies | 5 |"], 5),
        ({"universities": 2, "other": 1}, ["| universities | 2 |"], 3),
    ],
    ids=["all-kinds", "no-companies", "companies-only", "no-companies-no-subsets"],
)
def test_all_members_counts_smes_and_startups_among_the_companies(
    outside: Path, members: dict[str, int], rows: list[str], total: int
) -> None:
    import yaml

    source = outside / "members.yaml"
    source.write_text(yaml.safe_dump({
        "intstrat": 1, "language": "en", "cluster": {"name": "Count Cluster", "members": members},
        "funding": {"start": dt.date(2025, 1, 1), "end": dt.date(2027, 12, 31)},
    }), encoding="utf-8")
    figures = _section(render_md(source), "3 Vision: what the cluster offers the world")
    for row in rows:
        assert row in figures
    assert f"| **All members** | **{total}** |" in figures


@pytest.mark.parametrize(("example", "total"), [("strategy-en.yaml", 93),
                                                ("strategie-de.yaml", 115), ("draft.yaml", 51)])
def test_the_examples_members_add_up_as_the_schema_says(example: str, total: int) -> None:
    from intstrat.check.load import load_text

    doc, _ = load_text((EXAMPLES / example).read_text(encoding="utf-8"))
    assert doc is not None
    members = doc.data["cluster"]["members"]
    assert members["smes"] <= members["companies"] and members["startups"] <= members["companies"]
    assert total == sum(members[k] for k in ("companies", "universities",
                                             "research_institutes", "other"))
    assert f"| **All members** | **{total}** |" in render_md(EXAMPLES / example, "--lang", "en")


def _ids(data: dict, *sections: tuple[str, str]) -> set[str]:
    found = set()
    for section, key in sections:
        for item in data.get(section, {}).get(key, []) or []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                found.add(item["id"])
    return found


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_reader_sees_names_never_ids(lang: str) -> None:
    from intstrat.check.load import load_text

    doc, _ = load_text((EXAMPLES / "strategy-en.yaml").read_text(encoding="utf-8"))
    assert doc is not None
    ids = _ids(doc.data, ("partner_selection", "candidates"), ("partner_selection", "raters"),
               ("project_selection", "projects"), ("project_selection", "raters"))
    markdown = render_md(EXAMPLES / "strategy-en.yaml", "--lang", lang)
    prose = re.sub(r"```mermaid\n.*?```", "", markdown, flags=re.S)  # task ids are code there
    shown = {i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", prose)}
    assert not shown, f"ids shown to the reader: {sorted(shown)}"
    annex = prose.split("\n- Midt-Norge Optical Sensing Cluster: ", 1)[1].split("\n", 1)[0]
    assert "Daniel Okafor" in annex
    annex_a = _section(prose, "Annex A: Partner ranking" if lang == "en"
                       else "Anhang A: Rangfolge der Partner")
    # "A change of one weight by one step would change the rank of: …" names the candidates.
    assert annex_a.rstrip().endswith(
        ": Midt-Norge Optical Sensing Cluster, Saint-Laurent Photonics Network.")


@pytest.mark.parametrize(("lang", "korea", "germany"),
                         [("en", "South Korea", "Germany"), ("de", "Südkorea", "Deutschland")])
def test_countries_are_named_in_the_documents_language(
    lang: str, korea: str, germany: str
) -> None:
    markdown = render_md(EXAMPLES / "strategy-en.yaml", "--lang", lang)
    assert f"| Honam Optics Alliance | {korea} |" in markdown
    assert re.search(rf"\*\* .*Thuringia, {germany}$", markdown, flags=re.M)


def test_a_country_cldr_does_not_know_stays_as_written() -> None:
    markdown = render_md(DATA / "placeholders.yaml")
    assert "| Gamma Cluster | Atlantis |" in markdown
    assert "| Beta Sensing Cluster | Norway |" in markdown


@pytest.mark.parametrize(("lang", "gap"), [("en", "*Not described yet.*"),
                                           ("de", "*Noch nicht beschrieben.*")])
def test_placeholders_are_gaps_not_content(lang: str, gap: str) -> None:
    markdown = render_md(DATA / "placeholders.yaml", "--lang", lang)
    for placeholder in ("TODO", "TBD", "k. A.", "see above"):
        assert placeholder not in markdown
    heads = SECTIONS_EN if lang == "en" else SECTIONS_DE
    assert _section(markdown, heads[0]).strip() == gap  # summary: TODO
    assert _section(markdown, heads[3]).strip().startswith(gap)  # target groups: TBD, k. A.
    assert _section(markdown, heads[2]).strip().startswith(gap)  # vision: see above
    assert "- **Alpha Photonics Network**" not in markdown  # a description of "k. A." is none


def test_an_unscored_candidate_shows_a_dash() -> None:
    markdown = render_md(DATA / "placeholders.yaml")
    annex = _section(markdown, "Annex A: Partner ranking")
    assert "****" not in markdown
    assert "| **Score** | | **5.00** | **4.00** | – |" in annex
    assert "| **Rank** | | **1** | **2** | – |" in annex
    assert ("- Alpha Photonics Network: raters left out for a conflict of interest: Jon Berg. "
            "not scored on: Size of the partner.") in annex


MEASURES_EN = [
    "What the members need", "Kick-off event", "Analyses and studies", "Steering bodies",
    "Data and platforms", "Workshops", "Offers for start-ups and SMEs",
    "Staff exchange and education", "Involving all cluster actors",
    "Further training for the management",
]


@pytest.mark.parametrize("example", ["strategy-en.yaml", "strategie-de.yaml", "draft.yaml"])
def test_the_measures_of_chapter_3_have_a_chapter_of_their_own(example: str) -> None:
    markdown = render_md(EXAMPLES / example, "--lang", "en")
    measures = _section(markdown, "11 Measures")
    assert re.findall(r"^### (.*)$", measures, flags=re.M) == MEASURES_EN
    # The summary is the summary; target groups and communication keep to their subject.
    assert "###" not in _section(markdown, "1 Summary of the strategy")
    assert "###" not in _section(markdown, "4 Target groups")
    communication = re.findall(r"^### (.*)$", _section(markdown, "9 Communication"), flags=re.M)
    assert communication == ["Internal communication", "External communication"]
    assert "### Kick-off event" not in _section(markdown, "8 Time and work plan")
