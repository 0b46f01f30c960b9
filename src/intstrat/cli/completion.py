"""Shell completion for bash, zsh and fish: the two root options and the rule-id completers.

The protocol is Typer's (its scripts call `intstrat` with `_INTSTRAT_COMPLETE=complete_bash`
and the words typed so far; Click answers from the command tree). What is ours: the options
take the shell as an optional value (`--show-completion` detects it, `--show-completion zsh`
names it), installing writes the user's files atomically and adds one line to the shell's
start-up file only when it is not there yet, and the texts come from the catalogue.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click
from typer.core import TyperGroup

from intstrat.cli import COMPLETE_VAR, completing

PROG_NAME = "intstrat"
SHELLS = ("bash", "zsh", "fish")
_DETECT = "auto"


class RootGroup(TyperGroup):
    """intstrat's root command: Typer's group plus `--install-completion`/`--show-completion`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.extend(_options())

    def _main_shell_completion(
        self, ctx_args: Any, prog_name: str, complete_var: str | None = None
    ) -> None:
        # Typer registers its completion classes only with its own hook (add_completion).
        if completing():
            from typer._completion_classes import completion_init

            completion_init()
        super()._main_shell_completion(ctx_args, prog_name, complete_var)


def _options() -> list[click.Option]:
    # Plain Click options: Typer cannot declare an option whose value may be left out.
    return [
        click.Option(
            ["--install-completion"], is_flag=False, flag_value=_DETECT, default=None,
            metavar="[bash|zsh|fish]", expose_value=False, is_eager=True,
            callback=_install_callback,
            help="Install completion for the shell (bash, zsh or fish; default: the current "
            "shell).",
        ),
        click.Option(
            ["--show-completion"], is_flag=False, flag_value=_DETECT, default=None,
            metavar="[bash|zsh|fish]", expose_value=False, is_eager=True,
            callback=_show_callback,
            help="Print the completion script for the shell, to install it yourself.",
        ),
    ]


def script(shell: str) -> str:
    """The completion script for `shell`, as `--show-completion SHELL` prints it."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=PROG_NAME, complete_var=COMPLETE_VAR, shell=shell)


def _shell(value: str) -> str:
    from intstrat.errors import UsageError
    from intstrat.i18n import N_

    shell = value
    if value == _DETECT:
        shell = _detect_shell()
        if not shell:
            raise UsageError(N_("cannot tell which shell runs intstrat; name it: bash, zsh or "
                                "fish"))
    if shell not in SHELLS:
        raise UsageError(N_("completion for the shell {shell} is not available; choose bash, zsh "
                            "or fish"), shell=shell)
    return shell


def _detect_shell() -> str:
    """The shell that started us (shellingham, which Typer brings), else the login shell."""
    try:
        import shellingham  # type: ignore[import-untyped]

        return str(shellingham.detect_shell()[0])
    except Exception:  # not importable, or no shell among the parents (a CI job, cron)
        return os.path.basename(os.environ.get("SHELL", ""))


def _show_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None or ctx.resilient_parsing:
        return
    click.echo(script(_shell(value)))
    ctx.exit(0)


def _install_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None or ctx.resilient_parsing:
        return
    from intstrat.cli.boundary import start_language
    from intstrat.i18n import translator

    shell = _shell(value)
    written, startup = install(shell, Path.home())
    tr = translator(start_language([]))
    click.echo(tr.gettext("{shell} completion written to {path}.", shell=shell, path=written))
    if startup is not None:
        click.echo(tr.gettext("{file} now loads it.", file=startup))
    click.echo(tr.gettext("It takes effect in a new shell."))
    ctx.exit(0)


def install(shell: str, home: Path) -> tuple[Path, Path | None]:
    """Write the script where `shell` finds it; add a loading line to its start-up file.

    Returns the script's path and the start-up file that was changed (None when none was, as
    for fish, which loads its completions folder by itself, or when the line is already there).
    Every write goes through a temporary file: a start-up file is never left half-written.
    """
    from intstrat.atomic import write_text

    text = script(shell) + "\n"
    if shell == "fish":
        config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
        target = config / "fish" / "completions" / f"{PROG_NAME}.fish"
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text(target, text)
        return target, None
    if shell == "zsh":
        target = home / ".zfunc" / f"_{PROG_NAME}"
        startup = home / ".zshrc"
        # zsh finds `_intstrat` on its fpath; compinit must run after the folder is added.
        line = "fpath+=(~/.zfunc); autoload -Uz compinit && compinit"
        marker = ".zfunc"
    else:
        target = home / ".bash_completions" / f"{PROG_NAME}.sh"
        startup = home / ".bashrc"
        line = f"[ -f '{target}' ] && . '{target}'"
        marker = str(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_text(target, text)
    current = startup.read_text(encoding="utf-8") if startup.is_file() else ""
    if marker in current:
        return target, None
    separator = "" if not current or current.endswith("\n") else "\n"
    write_text(startup, f"{current}{separator}{line}\n")
    return target, startup


# ---- completers for values: rule ids for `explain RULE` and `check --select/--ignore`


def _rule_titles() -> dict[str, str]:
    from intstrat.i18n import resolve_language
    from intstrat.rules import all_rules

    lang = resolve_language(None)
    return {rule_id: rule.title(lang) for rule_id, rule in all_rules().items()}


def rule_ids(incomplete: str) -> list[tuple[str, str]]:
    """Rule ids starting with what was typed, each with its title.

    Ids are matched in any case and completed in the case typed (`cl0` → `cl07`): Typer keeps
    only the candidates that start with the typed text, and intstrat reads ids in any case.
    """
    typed = incomplete.upper()
    return [(incomplete + rule_id[len(typed):], title)
            for rule_id, title in _rule_titles().items() if rule_id.startswith(typed)]


def rule_specs(incomplete: str) -> list[tuple[str, str]]:
    """For `--select CL,CS0`: the last comma-separated part completed to prefixes and ids."""
    last = incomplete.rpartition(",")[2]
    typed = last.upper()
    titles = _rule_titles()
    prefixes = dict.fromkeys(rule_id.rstrip("0123456789") for rule_id in titles)
    # The prefixes first (CL, CO, CS...), whole ids once a prefix is typed: not 46 ids at once.
    if len(typed) < 2:
        found = [(prefix, "") for prefix in prefixes if prefix.startswith(typed)]
    else:
        found = [(typed, "")] if typed in prefixes else []
        found += [(rule_id, title) for rule_id, title in titles.items()
                  if rule_id.startswith(typed)]
    return [(incomplete + value[len(typed):], title) for value, title in found]
