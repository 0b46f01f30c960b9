"""`intstrat schema` and `intstrat init [PATH]`: what an editor and a new strategy start from."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from intstrat.cli.options import Lang

# `https://…`, `file:///…`: a URL, which the editor reads as it stands.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(//|/)")


def schema_reference(schema: str, target: Path) -> str:
    """The schema reference as the new file must spell it for its editor.

    yaml-language-server resolves a relative `$schema=` path against the folder of the file
    that holds it, not against the folder `init` ran in: a relative path is rewritten to lead
    from the target's folder to the same schema file. URLs and absolute paths stay as given.
    """
    import os

    if _URL.match(schema) or Path(schema).is_absolute():
        return schema
    folder = target.absolute().parent
    return Path(os.path.relpath(Path(schema).absolute(), folder)).as_posix()


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
            None, "--schema",
            help="Schema reference for the editor line: a URL, or a path from here (written "
            "relative to the new file's folder).",
        ),
    ) -> None:
        """Write a commented skeleton with every section; never overwrites an existing file."""
        from intstrat.atomic import create_exclusive
        from intstrat.errors import UsageError
        from intstrat.i18n import N_, translator
        from intstrat.resources import SCHEMA_URL, data_dir

        # One skeleton per language, named <anything>-<lang>.yaml (strategie-de.yaml).
        found = sorted((data_dir("templates") / "init").glob(f"*-{lang.value}.yaml"))
        if not found:
            raise UsageError(N_("no skeleton for the language {lang}"), lang=lang.value)
        skeleton = found[0].read_text(encoding="utf-8")
        reference = schema_reference(schema, Path(path)) if schema else SCHEMA_URL
        text = skeleton.replace("{{SCHEMA}}", reference)
        create_exclusive(Path(path), text.encode("utf-8"))
        message = translator(lang.value).gettext(
            "Wrote {path}. Next: intstrat check {path}", path=path
        )
        typer.echo(message, err=True)
