"""Every Gantt chart `render` writes is read by Mermaid itself, as GitHub would draw it.

The chart of each example in both languages, of the draft, of tests/data/render/*.yaml and of a
work plan whose names are Mermaid's own keywords and signs goes through mermaid-cli (`mmdc`,
with Debian's chromium): it must parse, and the drawn chart must show every name as written.
`.ci/run` installs mermaid-cli with npm and names it in `INTSTRAT_MMDC`; without that variable
the test is skipped (a developer without node), with it, a missing `mmdc` is a failure.

Without mermaid-cli the names still round-trip through `gantt.parse` (what the DOCX shows).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES

from intstrat.render import gantt
from intstrat.render.run import RenderOptions, render

DATA = Path(__file__).parent / "data" / "render"
AS_OF = dt.date(2026, 11, 1)

# Names Mermaid's Gantt lexer would read as syntax if written as they are.
HOSTILE = [
    "Call for proposals",
    "call",
    "click here to register",
    "Click",
    "section two of the plan",
    "Section",
    "Title page and layout",
    "title",
    "dateFormat review",
    "axisFormat change",
    "tickInterval 1week",
    "excludes weekends",
    "includes holidays",
    "todayMarker off",
    "inclusiveEndDates",
    "topAxis",
    "weekday monday",
    "weekend friday",
    "gantt chart review",
    "href \"https://example.org\"",
    "accTitle: a title",
    "accDescr { a description }",
    "accDescription of the plan",
    "vert line",
    "2025-01-01 start of the year",
    "50% of the budget",
    "5%% rest",
    "%% not a comment",
    "%%{init: {'theme': 'dark'}}%%",
    "Step 1: prepare; step 2: run",
    "Issue #12; follow-up",
    "#35; written as an entity",
    "a:b:c",
    "Review of ```code``` blocks",
    "<b>bold</b> & <i>italic</i>",
    "Zürich – Ωmega 🚀",
    "done",
    "milestone",
]


def _hostile_strategy(folder: Path) -> Path:
    """A work plan with one milestone (a section) and one activity (a task) per hostile name."""
    milestones, activities = [], []
    for index, title in enumerate(HOSTILE):
        start = dt.date(2025, 1, 1) + dt.timedelta(days=7 * index)
        milestones.append({"id": f"m-{index}", "title": title, "due": start + dt.timedelta(3)})
        activities.append({
            "id": ["done", "crit", "after", "milestone"][index % 4] if index < 4 else f"a-{index}",
            "title": title, "start": start, "end": start + dt.timedelta(days=2),
            "milestone": f"m-{index}",
        })
    activities.append({"id": "blank", "title": "  \n ", "start": dt.date(2025, 3, 1),
                       "end": dt.date(2025, 3, 5)})
    activities.append({"id": "lines", "title": "first line\nsecond line",
                       "start": dt.date(2025, 3, 1), "end": dt.date(2025, 3, 5)})
    strategy = {
        "intstrat": 1, "language": "en", "cluster": {"name": "Mermaid Test Cluster"},
        "funding": {"start": dt.date(2025, 1, 1), "end": dt.date(2027, 12, 31)},
        "period": {"start": dt.date(2025, 1, 1), "end": dt.date(2028, 12, 31)},
        "concept": {"work_plan": {"milestones": milestones, "activities": activities}},
    }
    path = folder / "hostile.yaml"
    path.write_text(yaml.safe_dump(strategy, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


def _charts(markdown: str) -> list[str]:
    return re.findall(r"^```mermaid\n(.*?)^```$", markdown, flags=re.M | re.S)


SOURCES = [
    *[(EXAMPLES / name, lang) for name in ("strategy-en.yaml", "strategie-de.yaml", "draft.yaml")
      for lang in ("en", "de")],
    *[(path, lang) for path in sorted(DATA.glob("*.yaml")) for lang in ("en", "de")],
]
IDS = [f"{path.stem}-{lang}" for path, lang in SOURCES]


# ---- without Mermaid: the names survive the round trip the DOCX makes


def test_hostile_names_come_back_as_written(tmp_path: Path) -> None:
    markdown = render(RenderOptions(_hostile_strategy(tmp_path), "md", lang="en",
                                    as_of=AS_OF)).markdown
    (chart,) = _charts(markdown)
    sections = gantt.parse(chart)
    titles = [s.title for s in sections]
    tasks = [t.title for s in sections for t in s.tasks]
    assert titles[:len(HOSTILE)] == HOSTILE
    assert tasks[:2 * len(HOSTILE):2] == HOSTILE  # each activity, then its milestone
    assert titles[-1] == "Other activities"
    assert tasks[-2:] == ["blank", "first line second line"]  # an empty name falls to the id
    for line in chart.splitlines()[3:]:
        # A section's name is the rest of its line; no task starts with a keyword, a date or
        # '%', and none holds a raw ':' but the one before its data.
        body = line.strip()
        if body.startswith("section "):
            assert not re.search(r"[#%;:]", re.sub(r"#\d+;", "", body)), line
            continue
        assert not re.match(r"(?i)(call|click|title|section|gantt|date|%|\d{4}-)", body), line
        assert body.count(":") == 1 and not re.search(r"[#%;]", re.sub(r"#\d+;", "", body)), line


def test_the_ids_of_tasks_are_never_mermaids_tags(tmp_path: Path) -> None:
    markdown = render(RenderOptions(_hostile_strategy(tmp_path), "md", lang="en",
                                    as_of=AS_OF)).markdown
    ids = re.findall(r":(?:done, )?(?:milestone, )?(\w+), \d{4}", _charts(markdown)[0])
    assert {"t_done", "t_crit", "t_after", "t_milestone"} <= set(ids)
    assert not {"done", "crit", "after", "milestone", "active"} & set(ids)


# ---- with Mermaid itself


@pytest.fixture(scope="module")
def mmdc(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    named = os.environ.get("INTSTRAT_MMDC")
    if not named:
        pytest.skip("INTSTRAT_MMDC is not set (.ci/run installs mermaid-cli and sets it)")
    if not Path(named).exists():
        pytest.fail(f"INTSTRAT_MMDC={named} does not exist")
    browser = os.environ.get("PUPPETEER_EXECUTABLE_PATH") or shutil.which("chromium")
    if browser is None:
        pytest.fail("INTSTRAT_MMDC is set but no chromium was found for it")
    config = tmp_path_factory.mktemp("mmdc") / "puppeteer.json"
    # As root (CI) Chromium needs --no-sandbox.
    config.write_text(json.dumps({"executablePath": browser,
                                  "args": ["--no-sandbox", "--disable-gpu"]}), encoding="utf-8")
    return [named, "--quiet", "--puppeteerConfigFile", str(config)]


def _draw(mmdc: list[str], chart: str, folder: Path) -> str:
    """The SVG text Mermaid draws for `chart`; fails the test with Mermaid's own message."""
    source, target = folder / "chart.mmd", folder / "chart.svg"
    source.write_text(chart, encoding="utf-8")
    done = subprocess.run([*mmdc, "--input", str(source), "--output", str(target)],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, f"Mermaid cannot read the chart:\n{done.stderr}\n{chart}"
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    return " ".join(" ".join(node.itertext()) for node in root.iter()
                    if node.tag.endswith("}text"))


def _shown(name: str, drawn: str) -> bool:
    return " ".join(name.split()) in " ".join(drawn.split())


@pytest.mark.parametrize(("source", "lang"), SOURCES, ids=IDS)
def test_mermaid_reads_every_rendered_chart(
    mmdc: list[str], source: Path, lang: str, tmp_path: Path
) -> None:
    markdown = render(RenderOptions(source, "md", lang=lang, as_of=AS_OF)).markdown
    charts = _charts(markdown)
    if source.stem in ("strategy-en", "strategie-de", "draft"):
        assert charts, f"{source.name} has a work plan, so its document has a chart"
    for chart in charts:
        drawn = _draw(mmdc, chart, tmp_path)
        names = [n for s in gantt.parse(chart) for n in (s.title, *(t.title for t in s.tasks))]
        missing = [n for n in names if not _shown(n, drawn)]
        assert not missing, f"not drawn as written: {missing}"


def test_mermaid_reads_keywords_and_signs_as_names(mmdc: list[str], tmp_path: Path) -> None:
    markdown = render(RenderOptions(_hostile_strategy(tmp_path), "md", lang="en",
                                    as_of=AS_OF)).markdown
    (chart,) = _charts(markdown)
    drawn = _draw(mmdc, chart, tmp_path)
    missing = [name for name in HOSTILE if not _shown(name, drawn)]
    assert not missing, f"not drawn as written: {missing}"


def test_mermaid_rejects_the_unsafe_chart(mmdc: list[str], tmp_path: Path) -> None:
    """The test can fail: the English example's task written as it is breaks the chart."""
    chart = ("gantt\n    dateFormat YYYY-MM-DD\n    section Projects\n"
             "    Call for proposals :a1, 2024-12-02, 2025-09-01\n")
    source = tmp_path / "raw.mmd"
    source.write_text(chart, encoding="utf-8")
    done = subprocess.run([*mmdc, "--input", str(source), "--output", str(tmp_path / "raw.svg")],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode != 0
    assert "Parse error" in done.stderr
