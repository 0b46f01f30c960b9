"""The pseudo-locale proof (tests/test_pseudo_locale.py) for `history` and `report`: every word
they show, in the text report, the chart and the HTML page, passed through the catalogue."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

# The shared proof's module skips itself (and so this one) when Babel is missing.
from conftest import EXAMPLES
from test_pseudo_locale import LANG, _leaks, _run, _words, identifiers, locale_path

__all__ = ["identifiers", "locale_path"]  # fixtures, used by name

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo-repo")
    env = {**os.environ, "GIT_AUTHOR_NAME": "x", "GIT_AUTHOR_EMAIL": "x@example.org",
           "GIT_COMMITTER_NAME": "x", "GIT_COMMITTER_EMAIL": "x@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)

    git("init", "-q")
    for name in ("draft.yaml", "strategy-en.yaml"):
        shutil.copy(EXAMPLES / name, folder / "strategy.yaml")
        git("add", ".")
        git("commit", "-q", "-m", "x")
    git("mv", "strategy.yaml", "moved.yaml")
    git("commit", "-q", "-m", "x")
    shutil.copy(EXAMPLES / "draft.yaml", folder / "draft.yaml")
    return folder


def _page_text(page: str) -> str:
    """What a reader sees of the page: text, titles and captions, without markup and code."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    titles = " ".join(re.findall(r'\btitle="([^"]*)"', page))
    return html.unescape(re.sub(r"<[^>]+>", " ", page) + " " + titles)


COMMANDS = [
    ("history", "moved.yaml"),
    ("history", "moved.yaml", "--format", "svg"),
    ("report", "moved.yaml", "draft.yaml", "--as-of", "2027-06-30"),
    ("history", "--help"),
    ("report", "--help"),
    ("history", "moved.yaml", "--since", "soon"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_history_and_report_texts_pass_through_the_catalogue(
    args: tuple[str, ...], locale_path: Path, repo: Path, identifiers: set[str]
) -> None:
    done = _run(locale_path, repo, *args, "--lang", LANG)
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]
    assert "⟦" in output, output[:2000]
    shown = done.stdout
    if "report" in args or "svg" in args:
        shown = _page_text(shown)
    shown = re.sub(r"\b[0-9a-f]{8,40}\b", " ", shown)  # commit ids and the rule set's
    allowed = identifiers | _words((repo / "moved.yaml").read_text(encoding="utf-8"))
    allowed |= _words((repo / "draft.yaml").read_text(encoding="utf-8"))
    allowed |= {"x", "moved", "svg", "csv", "html", "git", "HEAD"}
    leaks = _leaks(shown + "\n" + done.stderr, allowed)
    assert not leaks, f"words outside the catalogue: {leaks}\n{output[:3000]}"
