"""Keep the gettext catalogues in step with the code and templates (a development tool, uses Babel).

    python scripts/i18n.py extract    write src/intstrat/i18n/locales/intstrat.pot from the code
    python scripts/i18n.py update     merge the template into every language's intstrat.po
    python scripts/i18n.py compile    compile every intstrat.po into the intstrat.mo beside it
    python scripts/i18n.py check      fail when the template, a catalogue or a .mo is stale,
                                      or a language lacks a translation (CI runs this)
    python scripts/i18n.py init LANG  start a new language: an empty catalogue and locale data
                                      from CLDR (then translate LANG/LC_MESSAGES/intstrat.po)

Texts are found where they are marked: `N_`, `P_`, `gettext`, `pgettext`, `ngettext`,
`npgettext` (also as methods of a Translator) in Python, `{% trans %}` and `_()` in templates;
besides, the help of every command, option and argument (context `cli`, read from the Typer app
itself) and the titles and descriptions of the strategy schema (`schema.title`,
`schema.description`).
"""

from __future__ import annotations

import datetime as dt
import gettext
import inspect
import io
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.core import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ROOT / "src" / "intstrat" / "i18n" / "locales"
TEMPLATE = LOCALES / "intstrat.pot"
DOMAIN = "intstrat"
# Fixed header dates: the files change only when a text changes.
STAMP = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)

# `Nn_(singular, plural)` marks a plural pair defined as data (cli/click_texts.py).
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None, "P_": ((1, "c"), 2), "Nn_": (1, 2)}
SOURCES: list[tuple[Path, list[tuple[str, str]], dict[str, dict[str, str]]]] = [
    (ROOT / "src" / "intstrat", [("**.py", "python")], {}),
    (
        ROOT / "templates",
        [("**.j2", "jinja2")],
        {"**.j2": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}},
    ),
    (ROOT / "scripts", [("gen_format_doc.py", "python")], {}),
]
SCHEMA = ROOT / "schemas" / "strategy.schema.json"


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALES.glob("*/LC_MESSAGES/intstrat.po"))


def extracted() -> Catalog:
    """Every marked text of the code and templates, in a fresh template catalogue."""
    catalog = Catalog(project="intstrat", creation_date=STAMP, revision_date=STAMP,
                      fuzzy=False, charset="utf-8")
    for folder, methods, options in SOURCES:
        found = extract_from_dir(str(folder), methods, options, keywords=KEYWORDS,
                                 strip_comment_tags=True)
        for filename, lineno, message, comments, context in found:
            where = (folder / filename).relative_to(ROOT).as_posix()
            catalog.add(message, None, [(where, lineno)], auto_comments=comments,
                        context=context)
    for message, context, where in (*help_texts(), *schema_texts()):
        file, _, line = where.rpartition(":")
        location = (file, int(line)) if line.isdigit() else (where, None)
        known = catalog.get(message, context=context)
        if known is None:
            catalog.add(message, None, [location], context=context)
        elif location not in known.locations:
            known.locations.append(location)
    return catalog


def help_texts() -> list[tuple[str, str, str]]:
    """(text, context, file:line of the command's function) for every command, option, argument.

    Read from the command tree Click builds from the Typer app, the same walk that translates
    them at start-up (intstrat.cli.click_texts), so the ids match what Click holds.
    """
    sys.path.insert(0, str(ROOT / "src"))
    import typer.main

    from intstrat.cli import app
    from intstrat.cli.click_texts import HELP_CONTEXT
    from intstrat.cli.click_texts import help_texts as walk

    out = []
    for _owner, _attribute, text, function in walk(typer.main.get_command(app)):
        where = Path(inspect.getsourcefile(function) or "").resolve().relative_to(ROOT)
        out.append((text, HELP_CONTEXT, f"{where.as_posix()}:{function.__code__.co_firstlineno}"))
    return out


def schema_texts() -> list[tuple[str, str, str]]:
    """(text, context, schema file#pointer) for every title and description of the schema."""
    sys.path.insert(0, str(ROOT / "src"))
    from intstrat.schema_texts import texts

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    name = SCHEMA.relative_to(ROOT).as_posix()
    return [(text, context, f"{name}#{pointer}") for context, text, pointer in texts(schema)]


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # File names without line numbers: moving code does not make the catalogues stale.
    write_po(out, catalog, width=100, sort_output=True, include_previous=False,
             include_lineno=False)
    # Babel's version in the header would make every catalogue stale on a Babel upgrade.
    return re.sub(rb'"Generated-By: [^"]*"\n', b"", out.getvalue())


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def _mo_texts(data: bytes) -> dict[object, object]:
    """What a compiled catalogue holds, without its header (which names the Babel version)."""
    texts = dict(gettext.GNUTranslations(io.BytesIO(data))._catalog)  # type: ignore[attr-defined]
    texts.pop("", None)
    return texts


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, domain=DOMAIN)


def _put(catalog: Catalog, message: Message) -> None:
    """Add or replace a translation (Babel's `add` keeps the old string of a known id)."""
    known = catalog.get(message.id, context=message.context)
    if known is None:
        catalog.add(message.id, message.string, context=message.context)
    else:
        known.string = message.string


def merged(lang: str) -> Catalog:
    """A language's catalogue updated to the template; parts (`*.po` beside it) folded in."""
    folder = LOCALES / lang / "LC_MESSAGES"
    main = read(folder / "intstrat.po", lang)
    for part in sorted(folder.glob("*.po")):
        if part.name == "intstrat.po":
            continue
        for message in read(part, lang):
            if message.id and message.string:
                _put(main, message)
    main.update(extracted(), no_fuzzy_matching=True)
    main.obsolete.clear()
    main.revision_date = STAMP
    main.creation_date = STAMP
    return main


def cmd_extract() -> None:
    TEMPLATE.write_bytes(_po_bytes(extracted()))
    print(f"wrote {TEMPLATE.relative_to(ROOT)}")


def cmd_update() -> None:
    cmd_extract()
    for lang in languages():
        folder = LOCALES / lang / "LC_MESSAGES"
        (folder / "intstrat.po").write_bytes(_po_bytes(merged(lang)))
        for part in folder.glob("*.po"):
            if part.name != "intstrat.po":
                part.unlink()
        print(f"updated {lang}")
    cmd_compile()


def cmd_compile() -> None:
    for lang in languages():
        folder = LOCALES / lang / "LC_MESSAGES"
        catalog = read(folder / "intstrat.po", lang)
        for part in sorted(folder.glob("*.po")):
            if part.name != "intstrat.po":
                for message in read(part, lang):
                    if message.id and message.string:  # an empty one never hides a translation
                        _put(catalog, message)
        (folder / "intstrat.mo").write_bytes(_mo_bytes(catalog))
        print(f"compiled {lang}")


def missing(catalog: Catalog) -> Iterable[str]:
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings) or message.fuzzy:
            label = f"{message.context}: " if message.context else ""
            shown = message.id[0] if isinstance(message.id, tuple) else message.id
            yield f"{label}{shown[:70]!r}"


def cmd_check() -> int:
    problems: list[str] = []
    if not TEMPLATE.is_file() or TEMPLATE.read_bytes() != _po_bytes(extracted()):
        problems.append(f"{TEMPLATE.relative_to(ROOT)} is stale: run `python scripts/i18n.py "
                        "update` and translate what is new")
    for lang in languages():
        folder = LOCALES / lang / "LC_MESSAGES"
        parts = [p.name for p in folder.glob("*.po") if p.name != "intstrat.po"]
        if parts:
            problems.append(f"{lang}: fold {', '.join(parts)} into intstrat.po (`update`)")
        po = folder / "intstrat.po"
        if po.read_bytes() != _po_bytes(merged(lang)):
            problems.append(f"{lang}: intstrat.po does not match the code (`update`)")
        for entry in missing(read(po, lang)):
            problems.append(f"{lang}: no translation for {entry}")
        mo = folder / "intstrat.mo"
        if not mo.is_file() or _mo_texts(mo.read_bytes()) != _mo_texts(_mo_bytes(read(po, lang))):
            problems.append(f"{lang}: intstrat.mo is stale (`compile`)")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} catalogue problem(s)", file=sys.stderr)
        return 1
    print(f"catalogues current: {', '.join(languages())}")
    return 0


def cmd_init(lang: str) -> None:
    """A new language: an empty catalogue from the template and its conventions from CLDR."""
    locale = Locale.parse(lang)
    folder = LOCALES / lang / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    catalog = Catalog(locale=locale, project="intstrat", creation_date=STAMP,
                      revision_date=STAMP, fuzzy=False, charset="utf-8")
    catalog.update(extracted(), no_fuzzy_matching=True)
    (folder / "intstrat.po").write_bytes(_po_bytes(catalog))
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    data = {
        "name": locale.get_display_name(locale),
        "decimal": symbols["decimal"],
        "group": symbols["group"],
        "percent": "{number} %",
        "money": "{number} €",
        "date": "{year:04d}-{month:02d}-{day:02d}",
    }
    (LOCALES / lang / "locale.json").write_text(json.dumps(data, ensure_ascii=False, indent=2)
                                                + "\n", encoding="utf-8")
    print(f"started {lang}: translate {folder.relative_to(ROOT)}/intstrat.po, then `compile`")


def main(argv: list[str]) -> int:
    if argv[:1] == ["extract"]:
        cmd_extract()
    elif argv[:1] == ["update"]:
        cmd_update()
    elif argv[:1] == ["compile"]:
        cmd_compile()
    elif argv[:1] == ["check"]:
        return cmd_check()
    elif argv[:1] == ["init"] and len(argv) == 2:
        cmd_init(argv[1])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
