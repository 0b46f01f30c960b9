"""`intstrat schema` and `intstrat init [PATH]`: what an editor and a new strategy start from."""

from __future__ import annotations

import typer

from intstrat.cli.options import Lang


def register(app: typer.Typer) -> None:
    @app.command()
    def schema(
        output: str | None = typer.Option(
            None, "--output", "-o", help="Write the schema to this file instead of stdout."
        ),
        lang: Lang | None = typer.Option(
            None, "--lang",
            help="Titles and descriptions in this language only; default: English, then every "
            "other language.",
        ),
    ) -> None:
        """Print the strategy format's JSON Schema, e.g. for an editor that works offline."""
        import json
        from pathlib import Path

        from intstrat.atomic import write_text
        from intstrat.resources import schema_path
        from intstrat.schema_texts import dumps, localised

        shipped = json.loads(schema_path().read_text(encoding="utf-8"))
        text = dumps(localised(shipped, lang.value if lang else None))
        if output in (None, "-"):
            typer.echo(text, nl=False)
        else:
            write_text(Path(str(output)), text)

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
        from intstrat.errors import UsageError
        from intstrat.i18n import N_, translator
        from intstrat.resources import SCHEMA_URL, data_dir

        # One skeleton per language, named <anything>-<lang>.yaml (strategie-de.yaml).
        found = sorted((data_dir("templates") / "init").glob(f"*-{lang.value}.yaml"))
        if not found:
            raise UsageError(N_("no skeleton for the language {lang}"), lang=lang.value)
        skeleton = found[0].read_text(encoding="utf-8")
        text = skeleton.replace("{{SCHEMA}}", schema or SCHEMA_URL)
        create_exclusive(Path(path), text.encode("utf-8"))
        message = translator(lang.value).gettext(
            "Wrote {path}. Next: intstrat check {path}", path=path
        )
        typer.echo(message, err=True)
