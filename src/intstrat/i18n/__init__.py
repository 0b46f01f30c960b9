"""Every text a user reads passes through here: gettext catalogues, one per language.

English is the source language: a message id is the English text itself, and its context
(``msgctxt``) is a stable key such as ``CL02.late`` where the same words could mean different
things. A language is available when ``locales/<lang>/locale.json`` exists (its number and date
conventions); its translations come from ``locales/<lang>/LC_MESSAGES/intstrat.mo``, compiled from
the ``.po`` catalogue beside it by ``python scripts/i18n.py compile``. Folders named in
``INTSTRAT_LOCALE_PATH`` (separated like PATH) are searched before the shipped one, so a team can
add or override a language without touching the package.

The standard library's gettext costs about a millisecond, so `check` keeps its fast start; Babel
is a development tool only (extraction, catalogue updates and checks).
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import os
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

DOMAIN = "intstrat"
SOURCE_LANGUAGE = "en"
LOCALE_PATH_ENV = "INTSTRAT_LOCALE_PATH"
SHIPPED_LOCALES = Path(__file__).resolve().parent / "locales"


def N_(message: str) -> str:
    """Mark a text for extraction where it is defined; it is translated where it is shown."""
    return message


class Label(NamedTuple):
    """A word that is translated when a message shows it (an enum value, a kind of thing).

    Used as a message argument: ``{"got": Label("yaml-kind", "a list")}`` prints "eine Liste"
    in German. A NamedTuple (immutable, cheap to define), so findings holding one still pickle,
    compare and sort; as it is a tuple too, `Translator.show` tests for a Label before tuples.
    """

    context: str
    message: str


class OneOf(tuple[Label, ...]):
    """Several labels shown as alternatives: "text or a number" / "Text oder eine Zahl"."""

    __slots__ = ()


def P_(context: str, message: str) -> Label:
    """Mark a text with its context for extraction; returns the Label to translate later."""
    return Label(context, message)


def locale_dirs() -> tuple[Path, ...]:
    """Where catalogues are looked up, most important first."""
    extra = os.environ.get(LOCALE_PATH_ENV, "")
    dirs = [Path(p) for p in extra.split(os.pathsep) if p]
    return (*dirs, SHIPPED_LOCALES)


@cache
def languages() -> tuple[str, ...]:
    """Every language with locale data, English first, then alphabetically."""
    found: set[str] = set()
    for folder in locale_dirs():
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        found.update(e.name for e in entries if (e / "locale.json").is_file())
    found.discard(SOURCE_LANGUAGE)
    return (SOURCE_LANGUAGE, *sorted(found))


def system_language() -> str:
    """The user's language from the locale variables (LC_ALL, LC_MESSAGES, LANG, LANGUAGE)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return _match(value) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def _match(value: str) -> str | None:
    """`de_DE.UTF-8` → `de` when German is available; the first available of `fr:de` lists."""
    for part in value.split(":"):
        code = part.split(".")[0].split("@")[0].replace("-", "_").lower()
        for candidate in (code, code.split("_")[0]):
            if candidate in languages():
                return candidate
    return None


def resolve_language(explicit: str | None = None, document: Any = None) -> str:
    """The one rule for the language of output: the option, else the strategy's, else the locale.

    `document` is the strategy's `language` value (anything; only an available code counts).
    """
    if explicit and explicit in languages():
        return explicit
    if isinstance(document, str) and document in languages():
        return document
    return system_language()


@cache
def _catalogue(lang: str) -> _gettext.NullTranslations:
    chain: _gettext.NullTranslations | None = None
    # The first folder wins: later ones become fallbacks of the earlier ones.
    for folder in locale_dirs():
        mo = folder / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if not mo.is_file():
            continue
        with mo.open("rb") as handle:
            found = _gettext.GNUTranslations(handle)
        if chain is None:
            chain = found
        else:
            chain.add_fallback(found)
    return chain or _gettext.NullTranslations()


def catalogue(lang: str) -> _gettext.NullTranslations:
    """The plain gettext catalogue of a language, for a library that fills in its own texts.

    Click and Typer format their messages themselves (``_("No such option {name!r}.")``), so
    they get the bare `gettext` / `ngettext` of the catalogue, not a Translator.
    """
    return _catalogue(lang)


class Translator:
    """The texts of one language. Arguments are shown in that language before they are filled in.

    Placeholders are `str.format` fields (``{date}``); dates print as ISO dates in findings, which
    every reader parses alike, numbers with the language's decimal sign, Labels translated.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._t = _catalogue(lang)

    def _fill(self, text: str, args: dict[str, Any]) -> str:
        if not args:
            return text
        return text.format(**{key: self.show(value) for key, value in args.items()})

    def show(self, value: Any) -> str:
        """A message argument as text in this language."""
        if isinstance(value, Label):
            return self._t.pgettext(value.context, value.message)
        if isinstance(value, OneOf):
            joiner = self._t.pgettext("joiner", " or ")
            return joiner.join(self.show(v) for v in value)
        if isinstance(value, bool):
            return self._t.pgettext("boolean", "true") if value else self._t.pgettext(
                "boolean", "false")
        if isinstance(value, float):
            # As short as the value allows (0.5, not 0.50), with this language's decimal sign.
            from intstrat.i18n.formats import formats

            return str(value).replace(".", formats(self.lang).decimal)
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, list | tuple):
            return ", ".join(self.show(v) for v in value)
        return str(value)

    @property
    def catalogue(self) -> _gettext.NullTranslations:
        """The catalogue itself, for a caller that fills placeholders its own way (Jinja)."""
        return self._t

    def gettext(self, message: str, /, **args: Any) -> str:
        return self._fill(self._t.gettext(message), args)

    def pgettext(self, context: str, message: str, /, **args: Any) -> str:
        return self._fill(self._t.pgettext(context, message), args)

    def ngettext(self, singular: str, plural: str, n: int, /, **args: Any) -> str:
        return self._fill(self._t.ngettext(singular, plural, n), {"n": n, **args})

    def npgettext(self, context: str, singular: str, plural: str, n: int, /, **args: Any) -> str:
        return self._fill(self._t.npgettext(context, singular, plural, n), {"n": n, **args})

    def label(self, label: Label, /, **args: Any) -> str:
        """A text marked with `P_` where it was defined."""
        return self.pgettext(label.context, label.message, **args)


@cache
def translator(lang: str) -> Translator:
    return Translator(lang)
