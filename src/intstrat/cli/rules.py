"""`intstrat rules` and `intstrat explain RULE`."""

from __future__ import annotations

import enum
import json

import typer

from intstrat.cli.completion import rule_ids
from intstrat.cli.options import Lang


class ListFormat(str, enum.Enum):
    text = "text"
    json = "json"


def _lang(lang: Lang | None) -> str:
    from intstrat.i18n import resolve_language

    return resolve_language(lang.value if lang is not None else None)


def register(app: typer.Typer) -> None:
    @app.command("rules")
    def rules_command(
        format: ListFormat = typer.Option(ListFormat.text, "--format", "-f"),
        lang: Lang | None = typer.Option(None, "--lang", help="en or de; default: the locale."),
    ) -> None:
        """List every rule: id, name, default severity, guide chapter and title."""
        from intstrat.findings import SEVERITY_WORDS
        from intstrat.i18n import translator
        from intstrat.rules import all_rules

        code = _lang(lang)
        tr = translator(code)
        rules = all_rules()
        if format is ListFormat.json:
            # Ids, names, groups and severities are stable keys; the texts are in the language.
            payload = [
                {
                    "id": r.id, "name": r.name, "group": r.group, "severity": r.severity.label,
                    "chapter": r.chapter, "title": r.title(code),
                    "explanation": r.explanation(code), "fix": r.fix(code),
                }
                for r in rules.values()
            ]
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for r in rules.values():
            chapter = tr.gettext("guide ch. {chapter}", chapter=r.chapter) if r.chapter else ""
            severity = tr.label(SEVERITY_WORDS[r.severity])
            typer.echo(f"{r.id}  {r.name:<26} {severity:<8} {chapter:<24} "
                       f"{r.title(code)}".rstrip())

    @app.command()
    def explain(
        rule: str = typer.Argument(
            ..., help="A rule id such as CL07, or its name.", autocompletion=rule_ids
        ),
        lang: Lang | None = typer.Option(None, "--lang", help="en or de; default: the locale."),
    ) -> None:
        """Explain a rule: why it matters, how to satisfy it, and a YAML snippet that does."""
        from intstrat.findings import SEVERITY_WORDS
        from intstrat.i18n import translator
        from intstrat.rules import get

        code = _lang(lang)
        tr = translator(code)
        found = get(rule)
        chapter = (" (" + tr.gettext("guide ch. {chapter}", chapter=found.chapter) + ")"
                   if found.chapter else "")
        typer.echo(f"{found.id} {found.name}: {found.title(code)}{chapter}")
        typer.echo(tr.gettext("default severity: {severity}",
                              severity=SEVERITY_WORDS[found.severity]))
        typer.echo("")
        typer.echo(tr.gettext("Why:"))
        typer.echo(found.explanation(code))
        typer.echo("")
        typer.echo(tr.gettext("How to satisfy it:"))
        typer.echo(found.fix(code))
        example = found.example(code).strip("\n")
        if example:
            typer.echo("")
            typer.echo(tr.gettext("Example:"))
            typer.echo(example)
