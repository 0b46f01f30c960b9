"""scripts/release.py on a temporary copy of the tree: it refuses what must not be released, and
a dry run builds, checks with twine, installs the wheel, runs it from elsewhere, and tags nothing.

The package-index page is checked in the built wheel's metadata: project URLs, and the README
with every link absolute (rewritten at build time by hatch-fancy-pypi-readme).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from conftest import REPO

VERSION = re.search(r'^__version__ = "([^"]+)"$',
                    (REPO / "src" / "intstrat" / "__init__.py").read_text(encoding="utf-8"),
                    re.MULTILINE).group(1)  # type: ignore[union-attr]
GIT_ENV = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
# Not part of a release: caches, build outputs, environments.
IGNORED = shutil.ignore_patterns(".git", "__pycache__", "*.pyc", "dist", "build", "*.egg-info",
                                 ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis",
                                 ".venv", "venv", "node_modules", "corpus", "out")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main",
                           *args], cwd=cwd, env=GIT_ENV, capture_output=True, text=True,
                          check=True)
    return done.stdout


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """The working tree as a fresh, clean git repository (the checkout's own git may be busy)."""
    if shutil.which("git") is None:
        pytest.fail("git is needed for the release script")
    tree = tmp_path / "intstrat"
    shutil.copytree(REPO, tree, ignore=IGNORED)
    _git("init", "-q", cwd=tree)
    _git("add", "-A", cwd=tree)
    _git("commit", "-q", "-m", "release candidate", cwd=tree)
    return tree


def _release(tree: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in GIT_ENV.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, str(tree / "scripts" / "release.py"), *args],
                          cwd=tree, env=env, capture_output=True, text=True, timeout=1200,
                          check=False)


def test_a_dry_run_builds_checks_installs_and_runs_the_wheel_but_tags_nothing(
    clone: Path,
) -> None:
    for tool in ("build", "twine"):
        if importlib.util.find_spec(tool) is None:
            pytest.skip(f"{tool} is missing: install the test extra (pip install '.[test]')")
    done = _release(clone, VERSION, "--dry-run")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert f"installed wheel: intstrat {VERSION}; intstrat check strategy-en.yaml: passed" in lines
    assert (f"built and checked: dist/intstrat-{VERSION}.tar.gz, "
            f"dist/intstrat-{VERSION}-py3-none-any.whl") in lines
    assert lines[-1] == (f"dry run: would create the tag v{VERSION} "
                         f"(git tag -a v{VERSION} -m intstrat {VERSION})")
    assert _git("tag", "--list", cwd=clone) == ""
    assert _git("status", "--porcelain", cwd=clone) == ""  # dist/ is ignored

    # What the package index will show, from the wheel's metadata.
    wheel = clone / "dist" / f"intstrat-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        metadata = Parser().parsestr(
            archive.read(f"intstrat-{VERSION}.dist-info/METADATA").decode("utf-8"))
        names = archive.namelist()
    assert metadata["License-Expression"] == "MIT"
    assert f"intstrat-{VERSION}.dist-info/licenses/LICENSE" in names
    urls = dict(value.split(", ", 1) for value in metadata.get_all("Project-URL"))
    assert urls == {
        "Homepage": "https://github.com/intstrat/intstrat",
        "Documentation": "https://github.com/intstrat/intstrat#readme",
        "Source": "https://github.com/intstrat/intstrat",
        "Issues": "https://github.com/intstrat/intstrat/issues",
        "Changelog": "https://github.com/intstrat/intstrat/blob/main/CHANGELOG.md",
    }
    description = metadata.get_payload()
    assert metadata["Description-Content-Type"] == "text/markdown"
    targets = LINK.findall(description)
    assert targets, "the README lost its links"
    blob = f"https://github.com/intstrat/intstrat/blob/v{VERSION}/"
    raw = f"https://raw.githubusercontent.com/intstrat/intstrat/v{VERSION}/"
    for target in targets:
        assert target.startswith(("https://", "#")), target
    assert f"{raw}docs/render-example.png" in targets
    assert f"{blob}docs/ci.md" in targets


def test_the_readmes_relative_links_name_files_of_the_tree() -> None:
    # Rewritten to the release's tag, a relative link resolves only if the file is committed.
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    relative = [t for t in LINK.findall(readme) if not re.match(r"[a-z]+:|#", t)]
    assert relative
    for target in relative:
        assert (REPO / target).is_file(), target


def test_the_sdist_carries_what_its_own_tests_need() -> None:
    # The sdist is built from these includes; its test suite reads every one of them.
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    for needed in ("src", "tests", "scripts", "benchmarks", "examples", "docs", "schemas",
                   "templates", "README.md", "CHANGELOG.md", "LICENSE", ".pre-commit-hooks.yaml"):
        assert needed in include, needed
        assert (REPO / needed).exists(), needed


@pytest.mark.parametrize(
    ("change", "version", "message"),
    [
        (None, "1.2", "version '1.2' is not of the form X.Y.Z (e.g. 0.2.0)"),
        (None, "9.9.9", f"src/intstrat/__init__.py says __version__ = '{VERSION}', not '9.9.9': "
                        "change it there (pyproject.toml reads it) and commit first"),
        ("dirty", VERSION, "the working tree is not clean; commit or stash first:"),
        ("untracked", VERSION, "the working tree is not clean; commit or stash first:"),
        ("tagged", VERSION, f"the tag v{VERSION} exists already"),
        ("no-changelog", VERSION, f"CHANGELOG.md has no section '## {VERSION}'"),
    ],
    ids=["not-x.y.z", "other-version", "modified-file", "untracked-file", "tag-exists",
         "no-changelog-section"],
)
def test_the_release_stops_before_building_when_a_check_fails(
    clone: Path, change: str | None, version: str, message: str
) -> None:
    if change == "dirty":
        with (clone / "README.md").open("a", encoding="utf-8") as handle:
            handle.write("\nan edit\n")
    elif change == "untracked":
        (clone / "notes.txt").write_text("draft\n", encoding="utf-8")
    elif change == "tagged":
        _git("tag", "-a", f"v{VERSION}", "-m", "earlier", cwd=clone)
    elif change == "no-changelog":
        (clone / "CHANGELOG.md").write_text("# Changelog\n", encoding="utf-8")
        _git("commit", "-q", "-am", "no entry", cwd=clone)
    done = _release(clone, version, "--dry-run")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"release: {message}"), done.stderr
    assert not (clone / "dist").exists()


def test_pip_installs_from_a_git_url_at_a_commit(clone: Path, tmp_path: Path) -> None:
    # The documented install of today: `pip install "git+https://...@<sha>"`, here from a local
    # repository (the same git and pip code paths; only the transport differs).
    sha = _git("rev-parse", "HEAD", cwd=clone).strip()
    env_dir = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True, timeout=120)
    bindir = env_dir / "bin"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    install = subprocess.run(
        [str(bindir / "python"), "-m", "pip", "install", "--quiet",
         f"git+{clone.as_uri()}@{sha}"],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shown = subprocess.run([str(bindir / "intstrat"), "--version"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, timeout=60, check=False)
    assert shown.stdout == f"intstrat {VERSION}\n", shown.stderr
