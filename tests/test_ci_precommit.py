"""The pre-commit hook, run for real with `pre-commit try-repo` in a throw-away repository.

pre-commit installs intstrat from a copy of this checkout into an environment of its own, which
needs the package index. pre-commit is part of the `test` extra: if it is missing, this test
fails rather than skips, so CI cannot pass without having tried the hook.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, REPO

HOOK_FILE = REPO / ".pre-commit-hooks.yaml"
# What a pip install of the package needs from the checkout.
PACKAGE_PARTS = ("pyproject.toml", "README.md", "src", "schemas", "templates",
                 ".pre-commit-hooks.yaml")


def _git(*args: str, cwd: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                   cwd=cwd, env=env, check=True, capture_output=True)


def test_hook_manifest_is_what_users_configure() -> None:
    (hook,) = yaml.safe_load(HOOK_FILE.read_text(encoding="utf-8"))
    assert hook["id"] == "intstrat"
    assert hook["entry"] == "intstrat check"
    assert hook["language"] == "python"
    assert hook["types"] == ["yaml"]
    assert "--strategies-only" in hook["args"]
    # Quiet: what fails, and one summary line for every file, a passing one too.
    assert "--quiet" in hook["args"]


def test_pre_commit_try_repo_runs_the_hook(tmp_path: Path) -> None:
    if importlib.util.find_spec("pre_commit") is None:
        pytest.fail("pre-commit is not installed; install the test extra: pip install '.[test]'")
    if shutil.which("git") is None:
        pytest.fail("git is needed to try the pre-commit hook")

    # The hook repository: this checkout's package files, committed in a fresh repository, so
    # the test sees exactly the working tree whatever the state of the checkout's own git.
    package = tmp_path / "intstrat-hook"
    package.mkdir()
    for part in PACKAGE_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, package / part,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif source.is_file():
            shutil.copy(source, package / part)
    if not (package / "README.md").exists():
        (package / "README.md").write_text("# intstrat\n", encoding="utf-8")
    _git("init", "-q", cwd=package)
    _git("add", "-A", cwd=package)
    _git("commit", "-q", "-m", "hook under test", cwd=package)

    # A user's repository: a complete strategy, a draft with gaps, and a YAML file that is no
    # strategy (the hook must pass over it).
    project = tmp_path / "project"
    (project / "plans").mkdir(parents=True)
    shutil.copy(EXAMPLES / "strategy-en.yaml", project / "strategy.yaml")
    shutil.copy(EXAMPLES / "draft.yaml", project / "plans" / "draft.yaml")
    (project / "workflow.yaml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    _git("init", "-q", cwd=project)
    _git("add", "-A", cwd=project)

    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "GITHUB_ACTIONS", "FORCE_COLOR")}
    env.update({"PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1",
                "PRE_COMMIT_COLOR": "never"})
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(package), "intstrat",
         "--all-files", "--verbose"],
        cwd=project, env=env, capture_output=True, text=True, timeout=900, check=False,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "intstrat check" in out and "Failed" in out
    assert "plans/draft.yaml" in out and "[CL02]" in out
    # --quiet (the hook's default): a passing file is its summary line, no checklist of ticks.
    assert ("strategy.yaml: checklist 19/19, sections 10/10, score 100.0 %; 0 errors, "
            "0 warnings, 0 notes") in out
    assert "✓" not in out and "Checklist (guide ch. 10)" in out
    assert "workflow.yaml" not in out
