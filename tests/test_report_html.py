"""`intstrat report --format html` as a user runs it, and the page in a real browser (headless
Chromium from Debian): no script errors, every point's cell present, no horizontal overflow."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_intstrat

EXAMPLE_NAMES = ("draft.yaml", "strategy-en.yaml", "strategie-de.yaml")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Page(HTMLParser):
    """The parts of the page the tests look at: tags with their attributes, text, links."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self._skip = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.text.append(data.strip())

    def count(self, tag: str, **attrs: str) -> int:
        return sum(1 for t, a in self.tags
                   if t == tag and all(a.get(k.rstrip("_")) == v for k, v in attrs.items()))

    def all_text(self) -> str:
        return "\n".join(self.text)


def _git(folder: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Office", "GIT_AUTHOR_EMAIL": "o@example.org",
           "GIT_COMMITTER_NAME": "Office", "GIT_COMMITTER_EMAIL": "o@example.org",
           "GIT_AUTHOR_DATE": "2026-02-02T09:00:00+00:00",
           "GIT_COMMITTER_DATE": "2026-02-02T09:00:00+00:00",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True,
                   timeout=60)


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three examples in a folder; in a git repository with two commits when git is there."""
    folder = tmp_path_factory.mktemp("portfolio")
    for name in EXAMPLE_NAMES:
        shutil.copy(EXAMPLES / name, folder / name)
    if shutil.which("git"):
        _git(folder, "init", "-q")
        _git(folder, "add", ".")
        _git(folder, "commit", "-q", "-m", "The three strategies")
        text = (folder / "draft.yaml").read_text(encoding="utf-8")
        (folder / "draft.yaml").write_text(text + "# Reviewed by the board.\n", encoding="utf-8")
        _git(folder, "commit", "-q", "-am", "A comment")
    return folder


@pytest.fixture(scope="module")
def page_file(examples: Path) -> Path:
    target = examples / "report.html"
    done = run_intstrat("report", ".", "--format", "html", "-o", "report.html",
                        "--as-of", "2027-06-30", cwd=examples)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    return target


def test_one_page_with_the_portfolio_and_every_point(page_file: Path) -> None:
    text = page_file.read_text(encoding="utf-8")
    page = Page(text)
    assert page.count("html", lang="en") == 1
    assert page.count("h1") == 1
    assert page.count("h2") == 1 + 3 + 1  # portfolio, three strategies, the points explained
    # The portfolio: three strategies against 29 points, every cell with its status.
    assert page.count("td", class_="cell passed") + page.count("td", class_="cell failed") == 87
    assert page.count("td", class_="cell failed") == 16  # the draft fails 16 points
    assert [a["data-score"] for t, a in page.tags if t == "tr" and "data-score" in a] == [
        "44.8", "100.0", "100.0"]
    # Per strategy, 29 rows each with its findings a click away.
    assert page.count("details") == 87
    assert page.count("th", scope="row") >= 87
    assert page.count("caption") >= 7
    words = page.all_text()
    assert "Score 44.8 %: 13 of 29 points passed" in words
    # A finding with its line, and the status told in words, not only by colour.
    assert ("line 54: the kick-off (2026-09-24) is more than six months after the funding "
            "start (2026-01-01); latest 2026-06-30 [CL02]") in words
    assert words.count("failed") >= 13 and words.count("passed") >= 74
    assert 'id="point-CL02"' in text and 'href="#point-CL02"' in text
    # No network: nothing loaded from elsewhere.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)
    assert "<link" not in text and "@import" not in text and "url(" not in text


def test_the_history_chart_appears_for_files_in_git(page_file: Path) -> None:
    text = page_file.read_text(encoding="utf-8")
    assert text.count('<svg class="history-chart"') == (3 if shutil.which("git") else 0)


def test_german_page(examples: Path) -> None:
    done = run_intstrat("report", "strategie-de.yaml", "--as-of", "2027-06-30", cwd=examples)
    assert done.returncode == 0, done.stderr
    page = Page(done.stdout)
    assert page.count("html", lang="de") == 1
    assert page.count("section", id="portfolio") == 0  # one strategy: no portfolio
    words = page.all_text()
    assert "Internationalisierungsstrategie: Bericht" in words
    assert "Punktzahl 100,0 %: 29 von 29 Punkten erfüllt" in words
    assert "erfüllt" in words and "Was die Punkte verlangen" in words


def test_every_data_string_is_escaped(tmp_path: Path) -> None:
    text = (EXAMPLES / "draft.yaml").read_text(encoding="utf-8")
    hostile = text.replace("name: North Sea Hydrogen Coast",
                           'name: "<script>window.evil=1</script> & <b>bold</b>"', 1)
    assert hostile != text
    (tmp_path / "hostile.yaml").write_text(hostile, encoding="utf-8")
    done = run_intstrat("report", "hostile.yaml", "--no-history", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "<script>window.evil" not in done.stdout and "<b>bold" not in done.stdout
    assert "&lt;script&gt;window.evil=1&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in done.stdout


def test_an_unreadable_file_is_shown_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("intstrat: 1\ncluster: [unclosed\n", encoding="utf-8")
    shutil.copy(EXAMPLES / "draft.yaml", tmp_path / "draft.yaml")
    done = run_intstrat("report", "broken.yaml", "draft.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    words = Page(done.stdout).all_text()
    assert "This file cannot be read as a strategy:" in words
    assert "[YA01]" in words


@pytest.mark.parametrize(("args", "message"), [
    (["missing.yaml"], "intstrat: error: missing.yaml: no such file or folder\n"),
    (["-"], "intstrat: error: report reads files and folders, not standard input ('-')\n"),
    (["empty"], "intstrat: error: no strategy files found in empty\n"),
    (["draft.yaml", "-o", "draft.yaml"],
     "intstrat: error: draft.yaml: refusing to write over the input file\n"),
], ids=["missing", "stdin", "empty-folder", "over-input"])
def test_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty").mkdir()
    shutil.copy(EXAMPLES / "draft.yaml", tmp_path / "draft.yaml")
    before = (tmp_path / "draft.yaml").read_bytes()
    done = run_intstrat("report", *args, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == message
    assert (tmp_path / "draft.yaml").read_bytes() == before


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_every_colour_pair_of_the_page_has_a_contrast_of_at_least_4_5() -> None:
    from intstrat.living.reports.html import _STYLE

    pairs = re.findall(r"color: (#[0-9a-f]{6}); background: (#[0-9a-f]{6})", _STYLE)
    assert len(pairs) >= 6  # the page, the three point states, attention and calm
    for text, ground in pairs:
        light, dark = sorted((_luminance(text), _luminance(ground)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, (text, ground)


# --- in a real browser --------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)")


def _chromium(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    home = cwd / "chromium-home"  # its profile and crash folders, not the user's
    home.mkdir(exist_ok=True)
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={home}", "--window-size=1280,2000", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "HOME": str(home)})


@needs_chromium
def test_the_page_in_chromium(page_file: Path, tmp_path: Path) -> None:
    done = _chromium("--dump-dom", page_file.as_uri(), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = Page(done.stdout)
    root = next(a for t, a in dom.tags if t == "html")
    assert root.get("data-js-errors") == "0", "a script of the page failed"
    assert root.get("data-overflow") == "no", "the page is wider than 1280 px"
    assert dom.count("td", class_="cell passed") + dom.count("td", class_="cell failed") == 87
    assert dom.count("details") == 87
    assert dom.count("circle") >= 3


@needs_chromium
def test_the_error_probe_notices_a_failing_script(tmp_path: Path) -> None:
    """The probe the test above relies on: a page whose script throws says so in the DOM."""
    from intstrat.living.reports.html import _ERROR_PROBE

    broken = tmp_path / "broken.html"
    broken.write_text(f'<!DOCTYPE html><html data-js-errors="0"><head><script>{_ERROR_PROBE}'
                      "</script></head><body><script>nonexistent();</script>"
                      '<div style="width:3000px">wide</div></body></html>', encoding="utf-8")
    done = _chromium("--dump-dom", broken.as_uri(), cwd=tmp_path)
    assert 'data-js-errors="1"' in done.stdout, done.stdout[:500]


@needs_chromium
def test_a_screenshot_at_1280_pixels(page_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    done = _chromium(f"--screenshot={shot}", page_file.as_uri(), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)


@needs_chromium
def test_the_portfolio_sorts_by_score_in_chromium(page_file: Path, tmp_path: Path) -> None:
    """A page that frames the report clicks the score button twice and records the orders."""
    frame = tmp_path / "frame.html"
    frame.write_text(
        f'<!DOCTYPE html><html><body><iframe id="f" src="{page_file.as_uri()}"></iframe><script>'
        "function order(d) { return Array.prototype.map.call(d.querySelectorAll('tr[data-score]'),"
        " function (r) { return r.dataset.score; }).join(' '); }"
        "document.getElementById('f').addEventListener('load', function () {"
        " var d = this.contentDocument, b = d.querySelector('button[data-sort]'), out = [];"
        " function sorted() { return d.querySelector('th[aria-sort]').getAttribute('aria-sort'); }"
        " b.click(); out.push(order(d), sorted()); b.click(); out.push(order(d), sorted());"
        " document.body.setAttribute('data-order', out.join('|')); });"
        "</script></body></html>", encoding="utf-8")
    done = _chromium("--allow-file-access-from-files", "--dump-dom", frame.as_uri(), cwd=tmp_path)
    found = re.search(r'data-order="([^"]*)"', done.stdout)
    assert found is not None, done.stdout[:1000]
    assert found.group(1) == "100.0 100.0 44.8|descending|44.8 100.0 100.0|ascending"
