"""Generate docs/format.md, the reference of the strategy file format, from the JSON Schema.

One file per language: docs/format.md in English, docs/format.<lang>.md for every other language
with a catalogue (docs/format.de.md). The schema's titles and descriptions come from the
catalogue (contexts `schema.title`, `schema.description`); the words of this generator carry the
context `format-doc` and are extracted by scripts/i18n.py like every other text.

    python scripts/gen_format_doc.py           write every language's file
    python scripts/gen_format_doc.py --check   exit 1 when one is missing or out of date
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from intstrat.i18n import SOURCE_LANGUAGE, Translator, languages, translator  # noqa: E402
from intstrat.schema_texts import DESCRIPTION, TITLE  # noqa: E402

SCHEMA_PATH = ROOT / "schemas" / "strategy.schema.json"
OUTPUT_PATH = ROOT / "docs" / "format.md"

Schema = dict[str, Any]

# The schema cites the guide as "(guide 3.1)" at the end of the English text; the table gets it as a
# column of its own so the description stays readable.
_CHAPTER = re.compile(r"\s*\(guide (\d[^)]*)\)")  # a number: "(guide ch. 9: ...)" is prose
_REF_PREFIX = "#/$defs/"
# Shapes that are plain strings with a rule; every other definition is an object or list documented
# in a section of its own.
_SCALAR_DEFS = ("date", "id", "markdown")


def header(tr: Translator) -> str:
    return tr.pgettext("format-doc", """\
# The strategy file format, version 2

<!-- Generated from schemas/strategy.schema.json by scripts/gen_format_doc.py. Do not edit by hand:
     change the schema and run `python scripts/gen_format_doc.py`. -->

A strategy is one YAML file. Keys are English `snake_case` in both languages; values may be
written in German or English. The JSON Schema `schemas/strategy.schema.json` checks the shape of
the file (unknown keys, wrong types, malformed dates and ids); `intstrat check` then reports what
is missing or weak against the guide's checklist. Only `intstrat`, `language`, `cluster.name`,
the funding dates, the period dates and the ids and names of list entries are required by the
schema. A file of version 1 (`intstrat: 1`) is still read; the keys its description marks
"format 1 only" are replaced in version 2 by data a rule can verify, and `intstrat upgrade FILE`
rewrites such a file. `evidence` on an item names its proof (a file of the repository, relative
to the strategy file, or a URL); `waivers` leave a point out for a stated reason.

Put this first line into a strategy so that editors with the YAML language server offer
completion and show these descriptions on hover:

```yaml
# yaml-language-server: $schema=https://raw.githubusercontent.com/intstrat/intstrat/main/schemas/strategy.schema.json
```

`intstrat schema -o strategy.schema.json` writes a copy for an editor that works offline, with
every description in English and German; with `--lang de` in German only.

The column *Guide* names the chapter of the 2018 guide on internationalisation strategies for
clusters and networks that the field follows. Types: *text (Markdown)* is free text that may hold
Markdown; *date* is written `YYYY-MM-DD`; *id* is lower-case letters, digits, `-` and `_`,
starting with a letter or digit, and is what other parts of the file refer to.
""")


def output_path(lang: str) -> Path:
    """docs/format.md for English, docs/format.<lang>.md for every other language."""
    if lang == SOURCE_LANGUAGE:
        return OUTPUT_PATH
    return OUTPUT_PATH.with_name(f"format.{lang}.md")


def one_line(description: str) -> str:
    return description.replace("\n", " ").strip()


def chapter(description: str) -> str:
    """The guide chapter the (English) description cites, "" when none."""
    match = _CHAPTER.search(one_line(description))
    return match.group(1) if match else ""


def anchor(path: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")


def def_name(node: Schema) -> str | None:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        return ref[len(_REF_PREFIX) :]
    return None


class FormatDoc:
    """Walks the schema once and collects one Markdown table per object, in one language."""

    def __init__(self, schema: Schema, lang: str = SOURCE_LANGUAGE) -> None:
        self.schema = schema
        self.tr = translator(lang)
        self.defs: dict[str, Schema] = schema.get("$defs", {})
        self.anchors: dict[int, str] = {}  # id(object schema) -> anchor of its section
        self.sections: list[tuple[str, str, Schema]] = []  # (anchor, heading, object schema)
        # The chapter citation as this language writes it: "(guide 3.1)", "(Leitfaden 3.1)".
        cited = re.escape(self.tr.pgettext("format-doc", "(guide {chapter})"))
        self.cited = re.compile(r"\s*" + cited.replace(re.escape("{chapter}"), r"\d[^)]*"))

    def render(self) -> str:
        tr = self.tr
        self._collect("", self.schema)
        shared: list[tuple[str, str, Schema]] = []
        for name, node in self.defs.items():
            target = node.get("items", node) if node.get("type") == "array" else node
            if target.get("type") == "object" and "properties" in target:
                shared.append((f"shape-{anchor(name)}", name, target))
                self.anchors[id(target)] = f"shape-{anchor(name)}"
        parts = [header(tr)]
        for sect_anchor, heading, node in self.sections:
            parts.append(self._section(sect_anchor, heading, node))
        parts.append(
            "\n## " + tr.pgettext("format-doc", "Shared shapes") + "\n\n"
            + tr.pgettext("format-doc", "Parts of the format used in more than one place.") + "\n"
        )
        for sect_anchor, name, node in shared:
            heading = tr.pgettext("format-doc", "Shape `{name}`", name=name)
            parts.append(self._section(sect_anchor, heading, node, level=3))
        parts.append(self._scalar_defs())
        return "".join(parts)

    def _collect(self, path: str, node: Schema) -> None:
        """Register every inline object in the order a reader meets it in the file."""
        if node.get("type") != "object" or "properties" not in node:
            return
        sect_anchor = anchor(path) if path else "top-level"
        self.anchors[id(node)] = sect_anchor
        heading = f"`{path}`" if path else self.tr.pgettext("format-doc", "Top level")
        self.sections.append((sect_anchor, heading, node))
        for key, prop in node["properties"].items():
            child = f"{path}.{key}" if path else key
            if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
                self._collect(f"{child}[]", prop["items"])
            else:
                self._collect(child, prop)

    def _section(self, sect_anchor: str, heading: str, node: Schema, level: int = 2) -> str:
        tr = self.tr
        hashes = "#" * level
        lines = [f'\n<a id="{sect_anchor}"></a>\n', f"{hashes} {heading}\n"]
        if "description" in node:
            text = self.without_chapter(node["description"])
            cited = chapter(node["description"])
            citation = (
                " " + tr.pgettext("format-doc", "(guide {chapter})", chapter=cited) if cited else ""
            )
            lines.append(f"\n{self.title(node)}: {text}{citation}")
            lines.append("\n")
        columns = tr.pgettext("format-doc", "| Key | Type | Required | Description | Guide |")
        lines.append(f"\n{columns}\n|---|---|---|---|---|\n")
        required = set(node.get("required", []))
        for key, prop in node["properties"].items():
            # A field that is a shared shape (`evidence`) is described by the shape.
            shared = self.defs.get(def_name(prop) or "", {})
            description = prop.get("description") or shared.get("description", "")
            cells = [
                f"`{key}`",
                self.type_of(prop),
                tr.pgettext("format-doc", "yes") if key in required else "",
                self.without_chapter(description),
                chapter(description),
            ]
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |\n")
        return "".join(lines)

    def title(self, node: Schema, default: str = "") -> str:
        title = node.get("title")
        return self.tr.pgettext(TITLE, title) if isinstance(title, str) else default

    def without_chapter(self, description: str) -> str:
        """The description in this language, on one line, without its chapter citation."""
        if not description:
            return ""
        return self.cited.sub("", one_line(self.tr.pgettext(DESCRIPTION, description)))

    def scalar(self, name: str) -> str:
        tr = self.tr
        if name == "date":
            return tr.pgettext("format-doc", "date (YYYY-MM-DD)")
        if name == "markdown":
            return tr.pgettext("format-doc", "text (Markdown)")
        return tr.pgettext("format-doc", "id")

    def _scalar_defs(self) -> str:
        tr = self.tr
        lines = ["\n### " + tr.pgettext("format-doc", "Simple shapes") + "\n\n"
                 + tr.pgettext("format-doc", "| Shape | Type | Rule |") + "\n|---|---|---|\n"]
        for name in _SCALAR_DEFS:
            node = self.defs.get(name)
            if node is None:
                continue
            rule = (node.get("pattern") or node.get("format")
                    or tr.pgettext("format-doc", "any text"))
            lines.append(f"| `{name}` | {self.scalar(name)} | `{rule}` |\n")
        return "".join(lines)

    def type_of(self, node: Schema) -> str:
        tr = self.tr
        name = def_name(node)
        if name is not None:
            if name in _SCALAR_DEFS:
                return self.scalar(name)
            node = self.defs[name]
        if "const" in node:
            return f"`{json.dumps(node['const'])}`"
        if "enum" in node:
            values = ", ".join(f"`{value}`" for value in node["enum"])
            return tr.pgettext("format-doc", "one of {values}", values=values)
        if "oneOf" in node:
            shown = [self.type_of(choice) for choice in node["oneOf"]]
            out = shown[0]
            for other in shown[1:]:
                out = tr.pgettext("format-doc", "{first} or {second}", first=out, second=other)
            return out
        kind = node.get("type")
        if kind == "array":
            items = self.type_of(node.get("items", {}))
            return tr.pgettext("format-doc", "list of {type}", type=items)
        if kind == "object":
            if id(node) in self.anchors:
                title = self.title(node, tr.pgettext("format-doc", "object"))
                return f"[{title}](#{self.anchors[id(node)]})"
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                values = self.type_of(extra)
                return tr.pgettext("format-doc", "map of criterion id to {type}", type=values)
            return tr.pgettext("format-doc", "object")
        if kind == "string":
            if node.get("format") == "uri":
                return "URL"
            if node.get("format") == "date":
                return self.scalar("date")
            return tr.pgettext("format-doc", "text")
        if kind in ("integer", "number"):
            shown = tr.pgettext("format-doc", "integer") if kind == "integer" else tr.pgettext(
                "format-doc", "number")
            if "exclusiveMinimum" in node:
                return f"{shown} > {node['exclusiveMinimum']}"
            if "minimum" in node:
                return f"{shown} ≥ {node['minimum']}"
            return shown
        if kind == "boolean":
            return tr.pgettext("format-doc", "true or false")
        return str(kind or "any")


def render(schema: Schema, lang: str = SOURCE_LANGUAGE) -> str:
    """The whole of docs/format.md (docs/format.<lang>.md) for the given schema."""
    return FormatDoc(schema, lang).render()


def outputs() -> list[tuple[str, Path]]:
    """(language, file) for every language with locale data."""
    return [(lang, output_path(lang)) for lang in languages()]


def iter_problems(schema_path: Path, only: Path | None = None) -> Iterator[str]:
    """Every generated file that is missing or out of date (just `only`, English, if given)."""
    schema = _load(schema_path)
    wanted = [(SOURCE_LANGUAGE, only)] if only is not None else outputs()
    for lang, path in wanted:
        if not path.is_file():
            yield f"{path} does not exist"
        elif path.read_text(encoding="utf-8") != render(schema, lang):
            yield f"{path} is out of date with {schema_path}"


def _load(path: Path) -> Schema:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: the schema is not a JSON object")
    return data


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="only report whether the files are current"
    )
    parser.add_argument("--schema", type=Path, default=SCHEMA_PATH)
    parser.add_argument("--output", type=Path, default=None,
                        help="only the English reference, to this file")
    args = parser.parse_args(argv)
    if args.check:
        problems = list(iter_problems(args.schema, args.output))
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    schema = _load(args.schema)
    if args.output is not None:
        _write_atomically(args.output, render(schema))
        return 0
    for lang, path in outputs():
        _write_atomically(path, render(schema, lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
