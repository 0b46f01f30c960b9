"""Help pages, Click's and Typer's usage errors and the --lang choices, in the user's language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
import typer
import typer.main
from conftest import EXAMPLES, run_intstrat

from intstrat.cli import app
from intstrat.cli.click_texts import HELP_CONTEXT, MESSAGES, PLURALS, help_texts
from intstrat.i18n import SHIPPED_LOCALES, translator

GERMAN = {"LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "200"}
ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "200"}


def _library_sources() -> str:
    files = [*Path(click.__file__).parent.glob("*.py"), *Path(typer.__file__).parent.glob("*.py")]
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


@pytest.mark.parametrize(
    "msgid", [*MESSAGES, *(text for pair in PLURALS for text in pair)]
)
def test_every_translated_click_text_still_exists_in_the_installed_click(msgid: str) -> None:
    # A Click or Typer upgrade that rewords a message would silently show it in English.
    sources = _library_sources()
    assert repr(msgid) in sources or json.dumps(msgid) in sources, msgid


def test_every_help_text_has_a_german_translation() -> None:
    german = translator("de")
    untranslated = [
        text for _owner, _attribute, text, _source in help_texts(typer.main.get_command(app))
        if german.pgettext(HELP_CONTEXT, text) == text
    ]
    assert untranslated == []


def test_unknown_option_in_german(outside: Path) -> None:
    result = run_intstrat("check", "--nope", "x.yaml", cwd=outside, env=GERMAN)
    assert result.returncode == 2
    assert "Fehler: Keine solche Option '--nope'." in result.stderr
    assert "Aufruf: intstrat check [OPTIONS] PATH..." in result.stderr
    assert "Hilfe mit 'intstrat check --help'." in result.stderr


def test_invalid_lang_value_in_german(outside: Path) -> None:
    result = run_intstrat("check", "--lang", "xx", "x.yaml", cwd=outside, env=GERMAN)
    assert result.returncode == 2
    assert (
        "Fehler: Ungültiger Wert für '--lang': 'xx' ist keiner der Werte 'en', 'de'."
        in result.stderr
    )


def test_missing_argument_in_german_chosen_on_the_command_line(outside: Path) -> None:
    result = run_intstrat("explain", "--lang", "de", cwd=outside, env=ENGLISH)
    assert result.returncode == 2
    assert "Fehler: Fehlendes Argument 'RULE'." in result.stderr


def test_usage_errors_stay_english_for_an_english_user(outside: Path) -> None:
    result = run_intstrat("check", "--nope", "x.yaml", cwd=outside, env=ENGLISH)
    assert "Error: No such option '--nope'." in result.stderr
    assert "Usage: intstrat check" in result.stderr


def test_root_help_in_german(outside: Path) -> None:
    result = run_intstrat("--help", cwd=outside, env=GERMAN)
    assert result.returncode == 0
    out = result.stdout
    assert "Aufruf: intstrat [OPTIONS] COMMAND [ARGS]..." in out
    assert "Die Internationalisierungsstrategie eines Clusters als YAML prüfen" in out
    for title in ("Optionen", "Befehle"):
        assert f"─ {title} ─" in out
    assert "Diese Hilfe zeigen und beenden." in out
    assert "Die Version zeigen und beenden." in out
    # Every command's one-line summary is German.
    assert "Alle Regeln auflisten" in out and "Was sich zwischen zwei Fassungen" in out
    assert "Show this message" not in out and "Audit" not in out


def test_check_help_in_german_with_the_option(outside: Path) -> None:
    result = run_intstrat("check", "--help", "--lang", "de", cwd=outside, env=ENGLISH)
    out = result.stdout
    assert "Strategien gegen die 19 Prüfpunkte des Leitfadens" in out
    assert "─ Argumente ─" in out and "─ Optionen ─" in out
    assert "[erforderlich]" in out
    assert "Sprache der Meldungen" in out
    assert "Nur diese Regel-IDs oder Präfixe" in out
    assert "Report format" not in out


def test_english_help_is_one_language(outside: Path) -> None:
    result = run_intstrat("--help", cwd=outside, env=ENGLISH)
    assert "Audit, render and keep alive" in result.stdout
    assert "Internationalisierung" not in result.stdout
    assert "─ Commands ─" in result.stdout


def test_english_check_does_not_load_the_translation_of_click(outside: Path) -> None:
    # The start-up cost of an English check stays what it was: nothing is patched or walked.
    result = run_intstrat(
        "check", str(EXAMPLES / "strategy-en.yaml"), cwd=outside,
        env={**ENGLISH, "PYTHONPROFILEIMPORTTIME": "1"},
    )
    assert "intstrat.check" in result.stderr  # the import log is there
    assert "intstrat.cli.click_texts" not in result.stderr
    assert "rich" not in result.stderr


def test_a_third_language_becomes_a_lang_choice(outside: Path, tmp_path: Path) -> None:
    extra = tmp_path / "locales"
    (extra / "fr").mkdir(parents=True)
    shutil.copy(SHIPPED_LOCALES / "en" / "locale.json", extra / "fr" / "locale.json")
    env = {**ENGLISH, "INTSTRAT_LOCALE_PATH": str(extra)}
    shown = run_intstrat("check", "--help", cwd=outside, env=env)
    assert "[en|de|fr]" in shown.stdout
    # Without a catalogue, French falls back to the English texts.
    schema = run_intstrat("schema", "--lang", "fr", cwd=outside, env=env)
    assert schema.returncode == 0, schema.stderr
    assert json.loads(schema.stdout)["properties"]["cluster"]["title"] == "Cluster"
    refused = run_intstrat("check", "--lang", "fr", "x.yaml", cwd=outside, env=ENGLISH)
    assert refused.returncode == 2
    assert "'fr' is not one of 'en', 'de'." in refused.stderr
