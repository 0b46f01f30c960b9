"""`intstrat rules`, `intstrat explain RULE` and `intstrat init [PATH]`."""

from __future__ import annotations

import enum
import json

import typer

from intstrat.cli.options import Lang


class ListFormat(str, enum.Enum):
    text = "text"
    json = "json"


_LABELS = {
    "en": {"written": "Wrote {path}. Next: intstrat check {path}"},
    "de": {"written": "{path} geschrieben. Weiter mit: intstrat check {path}"},
}


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
        from intstrat.i18n import translator
        from intstrat.rules import all_rules
        from intstrat.rules.reference import SEVERITY_WORDS

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
        rule: str = typer.Argument(..., help="A rule id such as CL07, or its name."),
        lang: Lang | None = typer.Option(None, "--lang", help="en or de; default: the locale."),
    ) -> None:
        """Explain a rule: why it matters, how to satisfy it, and a YAML snippet that does."""
        from intstrat.i18n import translator
        from intstrat.rules import get
        from intstrat.rules.reference import SEVERITY_WORDS

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

    @app.command()
    def schema(
        output: str | None = typer.Option(
            None, "--output", "-o", help="Write the schema to this file instead of stdout."
        ),
    ) -> None:
        """Print the strategy format's JSON Schema, e.g. for an editor that works offline."""
        from pathlib import Path

        from intstrat.atomic import write_bytes
        from intstrat.resources import schema_path

        data = schema_path().read_bytes()
        if output in (None, "-"):
            typer.echo(data.decode("utf-8"), nl=False)
        else:
            write_bytes(Path(str(output)), data)

    @app.command()
    def init(
        path: str = typer.Argument("strategy.yaml", help="Where to write the skeleton."),
        lang: Lang = typer.Option(Lang.en, "--lang", help="Language of comments and content."),
        schema: str | None = typer.Option(
            None, "--schema", help="Schema reference for the editor line (URL or path)."
        ),
    ) -> None:
        """Write a commented skeleton with every section; never overwrites an existing file."""
        from pathlib import Path

        from intstrat.atomic import create_exclusive
        from intstrat.resources import SCHEMA_URL, data_dir

        name = "strategie-de.yaml" if lang is Lang.de else "strategy-en.yaml"
        skeleton = (data_dir("templates") / "init" / name).read_text(encoding="utf-8")
        text = skeleton.replace("{{SCHEMA}}", schema or SCHEMA_URL)
        create_exclusive(Path(path), text.encode("utf-8"))
        typer.echo(_LABELS[lang.value]["written"].format(path=path), err=True)
