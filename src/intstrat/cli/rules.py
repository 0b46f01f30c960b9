"""`intstrat rules` and `intstrat explain RULE`."""

from __future__ import annotations

import enum
import json

import typer

from intstrat.cli.options import Lang


class ListFormat(str, enum.Enum):
    text = "text"
    json = "json"


_LABELS = {
    "en": {"why": "Why", "fix": "How to satisfy it", "example": "Example", "chapter": "guide ch.",
           "severity": "default severity", "written": "Wrote {path}. Next: intstrat check {path}"},
    "de": {"why": "Worum es geht", "fix": "So wird die Regel erfüllt", "example": "Beispiel",
           "chapter": "Leitfaden Kap.", "severity": "Standard-Schweregrad",
           "written": "{path} geschrieben. Weiter mit: intstrat check {path}"},
}


def _lang(lang: Lang | None) -> str:
    if lang is not None:
        return lang.value
    from intstrat.check.audit import locale_language

    return locale_language()


def register(app: typer.Typer) -> None:
    @app.command("rules")
    def rules_command(
        format: ListFormat = typer.Option(ListFormat.text, "--format", "-f"),
        lang: Lang | None = typer.Option(None, "--lang", help="en or de; default: the locale."),
    ) -> None:
        """List every rule: id, name, default severity, guide chapter and title."""
        from intstrat.rules import all_rules

        code = _lang(lang)
        rules = all_rules()
        if format is ListFormat.json:
            payload = [
                {
                    "id": r.id, "name": r.name, "group": r.group, "severity": r.severity.label,
                    "chapter": r.chapter, "title": r.text("title", code),
                    "explanation": r.text("explanation", code), "fix": r.text("fix", code),
                }
                for r in rules.values()
            ]
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for r in rules.values():
            chapter = f"{_LABELS[code]['chapter']} {r.chapter}" if r.chapter else ""
            typer.echo(f"{r.id}  {r.name:<26} {r.severity.label:<8} {chapter:<24} "
                       f"{r.text('title', code)}".rstrip())

    @app.command()
    def explain(
        rule: str = typer.Argument(..., help="A rule id such as CL07, or its name."),
        lang: Lang | None = typer.Option(None, "--lang", help="en or de; default: the locale."),
    ) -> None:
        """Explain a rule: why it matters, how to satisfy it, and a YAML snippet that does."""
        from intstrat.rules import get

        code = _lang(lang)
        found = get(rule)
        words = _LABELS[code]
        chapter = f" ({words['chapter']} {found.chapter})" if found.chapter else ""
        typer.echo(f"{found.id} {found.name}: {found.text('title', code)}{chapter}")
        typer.echo(f"{words['severity']}: {found.severity.label}")
        typer.echo("")
        typer.echo(f"{words['why']}:")
        typer.echo(found.text("explanation", code))
        typer.echo("")
        typer.echo(f"{words['fix']}:")
        typer.echo(found.text("fix", code))
        example = found.text("example", code).strip("\n")
        if example:
            typer.echo("")
            typer.echo(f"{words['example']}:")
            typer.echo(example)
