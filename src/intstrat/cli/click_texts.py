"""Click's and Typer's own texts ("Usage:", "No such option", help panel titles) in our language.

Click and Typer mark their strings with the standard library's gettext (``from gettext import
gettext as _`` at the top of click.core, click.exceptions, click.parser, click.types, ...,
typer.core, typer.rich_utils) and look them up in gettext's default domain, where nothing is
installed. `install(lang)` points those names at intstrat's catalogue for `lang`: the modules
already imported get their `_` / `ngettext` replaced, and `gettext.gettext` / `gettext.ngettext`
themselves for the modules imported later (Typer's `rich_utils`, which computes its panel
titles at import, is imported only when help or an error is shown; it is set directly when it
is already loaded). English needs none of this: the entry point calls `install` only for another
language, so an English start-up pays nothing.

The msgids below are Click's and Typer's English texts, exactly as their sources spell them;
`tests/test_cli_texts.py` checks that each still occurs in the installed sources, so an upgrade
that rewords one is noticed instead of silently showing English.
"""

from __future__ import annotations

import gettext
import sys
from collections.abc import Callable, Iterator
from typing import Any

from intstrat.i18n import N_, catalogue

_PACKAGES = ("click", "typer")
_ORIGINAL_GETTEXT = gettext.gettext
_ORIGINAL_NGETTEXT = gettext.ngettext


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for extraction (scripts/i18n.py knows the keyword)."""
    return singular, plural


# The texts of Click and Typer that a user of intstrat can meet.
MESSAGES: tuple[str, ...] = (
    # click.formatting, click.core, click.decorators: help pages
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Positional arguments"),
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("default: {default}"),
    N_("env var: {var}"),
    N_("required"),
    N_("(dynamic)"),
    N_("deprecated"),
    N_("Aborted!"),
    N_("Missing command."),
    # click.exceptions: usage errors
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Could not open file {filename!r}: {message}"),
    N_("unknown error"),
    # click.parser
    N_("Option {name!r} does not take a value."),
    N_("Argument {name!r} takes {nargs} values."),
    # click.types: invalid values
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    # typer.core and typer.rich_utils: the help panels and their markers
    N_("Arguments"),
    N_("(deprecated) "),
    N_("[default: {}]"),
    N_("[env var: {}]"),
    N_("[required]"),
    N_("Error"),
    N_("Aborted."),
    N_("Try [blue]'{command_path} {help_option}'[/] for help."),
)

PLURALS: tuple[tuple[str, str], ...] = (
    Nn_("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    Nn_("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    Nn_("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    Nn_("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    Nn_("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."),
)

# typer.rich_utils computes these at import from the English texts above.
_RICH_CONSTANTS = {
    "DEPRECATED_STRING": "(deprecated) ",
    "DEFAULT_STRING": "[default: {}]",
    "ENVVAR_STRING": "[env var: {}]",
    "REQUIRED_LONG_STRING": "[required]",
    "ARGUMENTS_PANEL_TITLE": "Arguments",
    "OPTIONS_PANEL_TITLE": "Options",
    "COMMANDS_PANEL_TITLE": "Commands",
    "ERRORS_PANEL_TITLE": "Error",
    "ABORTED_TEXT": "Aborted.",
    "RICH_HELP": "Try [blue]'{command_path} {help_option}'[/] for help.",
}


def install(lang: str) -> None:
    """Show Click's and Typer's texts in `lang` from now on (in this process)."""
    found = catalogue(lang)
    _route(found.gettext, found.ngettext)
    rich_utils = sys.modules.get("typer.rich_utils")
    if rich_utils is not None:
        for name, english in _RICH_CONSTANTS.items():
            setattr(rich_utils, name, found.gettext(english))


def uninstall() -> None:
    """Back to Click's and Typer's own English (for a test that runs the app in-process)."""
    _route(_ORIGINAL_GETTEXT, _ORIGINAL_NGETTEXT)
    rich_utils = sys.modules.get("typer.rich_utils")
    if rich_utils is not None:
        for name, english in _RICH_CONSTANTS.items():
            setattr(rich_utils, name, english)


def _route(single: Callable[[str], str], plural: Callable[[str, str, int], str]) -> None:
    stdlib: Any = gettext  # replacing a module's function, which the type checker forbids
    stdlib.gettext = single
    stdlib.ngettext = plural
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".", 1)[0] not in _PACKAGES:
            continue
        space: dict[str, Any] = vars(module)
        if _is_gettext(space.get("_")):
            space["_"] = single
        if _is_gettext(space.get("ngettext"), plural=True):
            space["ngettext"] = plural


def _is_gettext(value: object, plural: bool = False) -> bool:
    """The standard gettext function, or one we put there before (an earlier `install`)."""
    if value is None:
        return False
    original = _ORIGINAL_NGETTEXT if plural else _ORIGINAL_GETTEXT
    if value is original:
        return True
    owner = getattr(value, "__self__", None)
    return isinstance(owner, gettext.NullTranslations)


# ---- the help texts of intstrat's own commands, options and arguments

_HELP_ATTRIBUTES = ("help", "short_help")


def help_texts(command: Any, source: Any = None) -> Iterator[tuple[Any, str, str, Any]]:
    """(object, attribute, English text, function) for every help text of a command tree.

    The function is the command's callback, where the text is written (its docstring or the
    `help=` of an option). The same walk translates the texts at start-up and finds them for
    the catalogue (scripts/i18n.py), so both see the texts exactly as Click holds them.
    """
    callback = getattr(command.callback, "__wrapped__", command.callback) or source
    for attribute in _HELP_ATTRIBUTES:
        text = getattr(command, attribute, None)
        if isinstance(text, str) and text.strip():
            yield command, attribute, text, callback
    for param in command.params:
        text = getattr(param, "help", None)
        if isinstance(text, str) and text.strip():
            yield param, "help", text, callback
    for sub in getattr(command, "commands", {}).values():
        yield from help_texts(sub, callback)


HELP_CONTEXT = "cli"


def translate_help(command: Any, lang: str) -> None:
    """Replace every help text of the tree by its `cli` translation in `lang`."""
    found = catalogue(lang)
    for owner, attribute, text, _source in list(help_texts(command)):
        setattr(owner, attribute, found.pgettext(HELP_CONTEXT, text))
