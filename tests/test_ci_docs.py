"""The CI recipes in docs/ci.md: their intstrat commands run, their configuration is valid."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXAMPLES, REPO

from intstrat.check.config import load_config

DOC = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")


def _block(lang: str, first_line: str) -> str:
    for body in re.findall(rf"```{lang}\n(.*?)```", DOC, re.S):
        if body.startswith(first_line):
            return str(body)
    raise AssertionError(f"docs/ci.md has no {lang} block starting with {first_line!r}")


def _commands(steps: list[str]) -> list[str]:
    return [line for step in steps for line in step.splitlines()
            if line.strip().startswith("intstrat ")]


def _run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A documented shell line, with `intstrat` as this interpreter's module."""
    line = command.strip().replace("intstrat ", f'"{sys.executable}" -m intstrat ', 1)
    return subprocess.run(["bash", "-c", line], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, check=False)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    shutil.copytree(EXAMPLES, root / "strategies")
    return root


def _expected_code(command: str) -> int:
    # The examples folder holds a draft with errors: only report-only steps succeed.
    return 0 if "--exit-zero" in command else 1


def test_github_workflow_commands_run(repository: Path) -> None:
    workflow: dict[str, Any] = yaml.safe_load(_block("yaml", "# .github/workflows/"))
    steps = workflow["jobs"]["check"]["steps"]
    commands = _commands([s["run"] for s in steps if "run" in s])
    assert len(commands) == 3
    summary = repository / "summary.md"
    env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(repository),
           "GITHUB_STEP_SUMMARY": str(summary)}
    outputs = []
    for command in commands:
        result = _run(command, repository, env)
        assert result.returncode == _expected_code(command), command + "\n" + result.stderr
        outputs.append(result.stdout)
    assert outputs[0].startswith("::group::strategies/")  # github is the default format here
    assert summary.read_text(encoding="utf-8").startswith("## intstrat check")
    upload = next(s for s in steps if str(s.get("uses", "")).startswith(
        "github/codeql-action/upload-sarif"))
    assert (repository / upload["with"]["sarif_file"]).is_file()


def test_gitlab_job_commands_run(repository: Path) -> None:
    job: dict[str, Any] = yaml.safe_load(_block("yaml", "# .gitlab-ci.yml"))["intstrat"]
    commands = _commands(job["script"])
    assert len(commands) == 3
    env = {**os.environ, "GITHUB_ACTIONS": "", "CI_PROJECT_DIR": str(repository)}
    for command in commands:
        result = _run(command, repository, env)
        assert result.returncode == _expected_code(command), command + "\n" + result.stderr
    report = repository / job["artifacts"]["reports"]["junit"]
    assert ET.parse(report).getroot().tag == "testsuites"
    quality = json.loads((repository / job["artifacts"]["reports"]["codequality"]).read_text(
        encoding="utf-8"))
    assert quality and all(issue["location"]["path"].startswith("strategies/")
                           for issue in quality)


def test_pre_commit_config_is_valid_and_names_the_hook(tmp_path: Path) -> None:
    from pre_commit.clientlib import load_config as load_pre_commit_config

    config_file = tmp_path / ".pre-commit-config.yaml"
    config_file.write_text(_block("yaml", "# .pre-commit-config.yaml"), encoding="utf-8")
    config = load_pre_commit_config(str(config_file))  # raises on an invalid file
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in config["repos"][0]["hooks"]] == [hooks[0]["id"]]


def test_documented_configuration_is_valid(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(_block("toml", "# pyproject.toml"), encoding="utf-8")
    config = load_config(pyproject)
    assert config.fail_under == 80 and config.lang == "de"
    assert config.per_file_ignores[0] == ("drafts/**", ("CL", "CS"))
