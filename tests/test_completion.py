"""Shell completion, driven in the real shells: bash always, fish and zsh where installed.

Bash: the script `intstrat --show-completion bash` prints is sourced, COMP_WORDS/COMP_CWORD are
set as bash sets them on Tab, the completion function runs and COMPREPLY is read. Fish answers
`complete -C "..."` without a terminal; zsh completes only at an interactive prompt, so it runs
in tmux and the screen is read after Tab.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_intstrat

COMMANDS = ["check", "rules", "explain", "schema", "init", "render", "monitor", "rank", "diff",
            "history", "report", "upgrade"]
CHECKLIST = [f"CL{n:02d}" for n in range(1, 20)]
PREFIXES = ["CL", "CS", "EV", "SC", "SU", "WV", "YA", "CO"]


@pytest.fixture(scope="module")
def shell_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """PATH with an `intstrat` that is this interpreter's, HOME in a temporary folder."""
    root = tmp_path_factory.mktemp("shell")
    bin_dir = root / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "intstrat"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m intstrat "$@"\n')
    wrapper.chmod(0o755)
    home = root / "home"
    home.mkdir()
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "HOME": str(home), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


BASH_DRIVER = """
source <(intstrat --show-completion bash) || exit 3
COMP_WORDS=("$@")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
_intstrat_completion intstrat
printf '%s\\n' "${COMPREPLY[@]}"
"""


def bash_complete(env: dict[str, str], *words: str, script: str = BASH_DRIVER) -> list[str]:
    """What bash offers on Tab after `words` (the last one is the word being typed)."""
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", script, "bash", "intstrat", *words],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line]


CASES = [
    # (words after `intstrat`, what bash offers)
    ([""], COMMANDS),
    (["ex"], ["explain"]),
    (["explain", "CL1"], [f"CL1{n}" for n in range(10)]),
    (["explain", "cs0"], [f"cs0{n}" for n in range(1, 10)]),
    (["explain", ""], None),  # every rule id: checked below against `intstrat rules`
    (["check", "--select", ""], PREFIXES),
    (["check", "--select", "C"], ["CL", "CS", "CO"]),
    (["check", "--select", "CL"], ["CL", *CHECKLIST]),
    (["check", "--select", "CL,CS0"], [f"CL,CS0{n}" for n in range(1, 10)]),
    (["check", "strategy.yaml", "--ignore", "SU"], ["SU", "SU01", "SU02"]),
    (["check", "--format", ""],
     ["text", "json", "sarif", "junit", "github", "markdown", "gitlab", "md"]),
    (["check", "--fail-o"], ["--fail-on"]),
    (["monitor", "--f"], ["--format"]),
    (["diff", "--fail-on-r"], ["--fail-on-regression"]),
    (["--show"], ["--show-completion"]),
]


@pytest.mark.parametrize(("words", "offered"), CASES, ids=[" ".join(w) or "''" for w, _ in CASES])
def test_bash_completes_commands_options_and_rule_ids(
    shell_env: dict[str, str], words: list[str], offered: list[str] | None
) -> None:
    found = bash_complete(shell_env, *words)
    if offered is None:
        listed = run_intstrat("rules", "--format", "json", env=shell_env)
        offered = [rule["id"] for rule in json.loads(listed.stdout)]
        assert len(offered) > 40
    assert found == offered


def test_every_command_is_completable(shell_env: dict[str, str]) -> None:
    # A run loads only its command's module; a completion run must load them all.
    for command in COMMANDS:
        assert "--help" in bash_complete(shell_env, command, "--"), command


def test_install_completion_bash_keeps_the_users_bashrc_and_adds_one_line(
    shell_env: dict[str, str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    bashrc = home / ".bashrc"
    bashrc.write_text("alias ll='ls -l'")  # no final newline: the user's line stays whole
    env = {**shell_env, "HOME": str(home)}
    first = subprocess.run(["intstrat", "--install-completion", "bash"], env=env,
                           capture_output=True, text=True, timeout=60, check=False)
    assert first.returncode == 0, first.stderr
    script = home / ".bash_completions" / "intstrat.sh"
    assert first.stdout.splitlines() == [
        f"bash completion written to {script}.",
        f"{bashrc} now loads it.",
        "It takes effect in a new shell.",
    ]
    again = subprocess.run(["intstrat", "--install-completion", "bash"], env=env,
                           capture_output=True, text=True, timeout=60, check=False)
    assert again.returncode == 0, again.stderr
    assert f"{bashrc} now loads it." not in again.stdout
    lines = bashrc.read_text().splitlines()
    assert lines == ["alias ll='ls -l'", f"[ -f '{script}' ] && . '{script}'"]
    # A new shell that reads the .bashrc completes.
    driver = BASH_DRIVER.replace("source <(intstrat --show-completion bash) || exit 3",
                                 "source ~/.bashrc")
    assert bash_complete(env, "explain", "SC0", script=driver) == ["SC01", "SC02", "SC03", "SC04"]


def test_install_completion_zsh_and_fish_write_where_the_shell_looks(
    shell_env: dict[str, str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".zshrc").write_text("setopt autocd\n")
    env = {**shell_env, "HOME": str(home), "XDG_CONFIG_HOME": ""}
    for shell in ("zsh", "fish", "zsh"):
        done = subprocess.run(["intstrat", "--install-completion", shell], env=env,
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
    assert (home / ".zfunc" / "_intstrat").read_text().startswith("#compdef intstrat\n")
    assert (home / ".zshrc").read_text() == (
        "setopt autocd\nfpath+=(~/.zfunc); autoload -Uz compinit && compinit\n"
    )
    fish = home / ".config" / "fish" / "completions" / "intstrat.fish"
    assert fish.read_text().startswith("complete --command intstrat ")


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "intstrat: error: completion for the shell tcsh is not available; choose bash, "
               "zsh or fish"),
        ("de", "intstrat: Fehler: für die Shell tcsh gibt es keine Vervollständigung; wählen "
               "Sie bash, zsh oder fish"),
    ],
)
def test_an_unknown_shell_is_a_usage_error(
    shell_env: dict[str, str], lang: str, message: str
) -> None:
    locale = {"en": "C.UTF-8", "de": "de_DE.UTF-8"}[lang]
    done = run_intstrat("--show-completion", "tcsh",
                        env={**shell_env, "LC_ALL": locale, "LANG": locale})
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == message


def test_the_completion_options_are_in_the_help_in_both_languages(
    shell_env: dict[str, str]
) -> None:
    english = run_intstrat("--help", env={**shell_env, "COLUMNS": "200"})
    assert "Install completion for the shell (bash, zsh or fish; default: the current shell)." \
        in english.stdout
    assert "Print the completion script for the shell, to install it yourself." in english.stdout
    german = run_intstrat("--help", env={**shell_env, "COLUMNS": "200", "LC_ALL": "de_DE.UTF-8"})
    assert "Richtet die Vervollständigung für die Shell ein" in german.stdout
    assert "Gibt das Vervollständigungsskript für die Shell aus" in german.stdout


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("intstrat explain CL0", [f"CL0{n}" for n in range(1, 10)]),
        ("intstrat check --select S", ["SC", "SU"]),
        ("intstrat ran", ["rank"]),
    ],
)
def test_fish_completes(shell_env: dict[str, str], line: str, offered: list[str]) -> None:
    done = subprocess.run(
        ["fish", "--no-config", "-c",
         f"intstrat --show-completion fish | source; complete -C '{line}'"],
        capture_output=True, text=True, env=shell_env, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [row.split("\t")[0] for row in done.stdout.splitlines()] == offered
    if line.startswith("intstrat explain"):
        # The rule's title is shown beside its id.
        assert "CL07\tThematic and strategic workshops" in done.stdout


@pytest.mark.skipif(shutil.which("zsh") is None or shutil.which("tmux") is None,
                    reason="zsh or tmux is not installed")
def test_zsh_completes_at_its_prompt(shell_env: dict[str, str], tmp_path: Path) -> None:
    zdot = tmp_path / "zdot"
    zdot.mkdir()
    (zdot / ".zshrc").write_text(
        "autoload -Uz compinit; compinit -u -D\n"
        "source <(intstrat --show-completion zsh)\n"
        "PS1='zsh-ready> '\n"
    )
    env = {**shell_env, "ZDOTDIR": str(zdot), "TMUX": "", "TMUX_TMPDIR": str(tmp_path)}
    session = f"intstrat-zsh-{os.getpid()}"

    def tmux(*args: str) -> str:
        done = subprocess.run(["tmux", *args], capture_output=True, text=True, env=env,
                              timeout=30, check=True)
        return done.stdout

    tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "40", "zsh")
    try:
        screen = ""
        deadline = time.monotonic() + 30
        while "zsh-ready>" not in screen and time.monotonic() < deadline:
            time.sleep(0.2)
            screen = tmux("capture-pane", "-p", "-t", session)
        tmux("send-keys", "-t", session, "intstrat explain CL1", "Tab")
        deadline = time.monotonic() + 30
        while "CL19" not in screen and time.monotonic() < deadline:
            time.sleep(0.2)
            screen = tmux("capture-pane", "-p", "-t", session)
        offered = [line.split()[0] for line in screen.splitlines() if line.startswith("CL1")]
        assert offered == [f"CL1{n}" for n in range(10)], screen
        assert "-- Thematic" not in screen  # CL07 is not among them
        assert "CL12  -- Transparent partner selection" in screen
    finally:
        tmux("kill-session", "-t", session)
