"""Generate docs/format.md, the reference of the strategy file format, from the JSON Schema."""

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
SCHEMA_PATH = ROOT / "schemas" / "strategy.schema.json"
OUTPUT_PATH = ROOT / "docs" / "format.md"

Schema = dict[str, Any]

# The schema cites the guide as "(guide 3.1)" at the end of the English text; the table gets it as a
# column of its own so the description stays readable.
_CHAPTER = re.compile(r"\s*\(guide ([^)]*)\)")
_REF_PREFIX = "#/$defs/"
# Shapes that are plain strings with a rule; every other definition is an object or list documented
# in a section of its own.
_SCALAR_DEFS = {"date": "date (YYYY-MM-DD)", "id": "id", "markdown": "text (Markdown)"}

HEADER = """\
# The strategy file format, version 1

<!-- Generated from schemas/strategy.schema.json by scripts/gen_format_doc.py. Do not edit by hand:
     change the schema and run `python scripts/gen_format_doc.py`. -->

A strategy is one YAML file. Keys are English `snake_case` in both languages; values may be
written in German or English. The JSON Schema `schemas/strategy.schema.json` checks the shape of
the file (unknown keys, wrong types, malformed dates and ids); `intstrat check` then reports what
is missing or weak against the guide's checklist. Only `intstrat`, `language`, `cluster.name`,
the funding dates, the period dates and the ids and names of list entries are required by the
schema.

Put this first line into a strategy so that editors with the YAML language server offer
completion and show these descriptions (in English and German) on hover:

```yaml
# yaml-language-server: $schema=https://raw.githubusercontent.com/intstrat/intstrat/main/schemas/strategy.schema.json
```

The column *Guide* names the chapter of the 2018 guide on internationalisation strategies for
clusters and networks that the field follows. Types: *text (Markdown)* is free text that may hold
Markdown; *date* is written `YYYY-MM-DD`; *id* is lower-case letters, digits, `-` and `_`,
starting with a letter or digit, and is what other parts of the file refer to.
"""


def english(description: str) -> str:
    """The English half of a bilingual description, on one line."""
    return description.split("\n\nDE: ", 1)[0].replace("\n", " ").strip()


def chapter(description: str) -> str:
    match = _CHAPTER.search(english(description))
    return match.group(1) if match else ""


def without_chapter(description: str) -> str:
    return _CHAPTER.sub("", english(description))


def anchor(path: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")


def def_name(node: Schema) -> str | None:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        return ref[len(_REF_PREFIX) :]
    return None


class FormatDoc:
    """Walks the schema once and collects one Markdown table per object."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.defs: dict[str, Schema] = schema.get("$defs", {})
        self.anchors: dict[int, str] = {}  # id(object schema) -> anchor of its section
        self.sections: list[tuple[str, str, Schema]] = []  # (anchor, heading, object schema)

    def render(self) -> str:
        self._collect("", self.schema)
        shared: list[tuple[str, str, Schema]] = []
        for name, node in self.defs.items():
            target = node.get("items", node) if node.get("type") == "array" else node
            if target.get("type") == "object" and "properties" in target:
                shared.append((f"shape-{anchor(name)}", name, target))
                self.anchors[id(target)] = f"shape-{anchor(name)}"
        parts = [HEADER]
        for sect_anchor, heading, node in self.sections:
            parts.append(self._section(sect_anchor, heading, node))
        parts.append("\n## Shared shapes\n\nParts of the format used in more than one place.\n")
        for sect_anchor, name, node in shared:
            parts.append(self._section(sect_anchor, f"Shape `{name}`", node, level=3))
        parts.append(self._scalar_defs())
        return "".join(parts)

    def _collect(self, path: str, node: Schema) -> None:
        """Register every inline object in the order a reader meets it in the file."""
        if node.get("type") != "object" or "properties" not in node:
            return
        sect_anchor = anchor(path) if path else "top-level"
        self.anchors[id(node)] = sect_anchor
        heading = f"`{path}`" if path else "Top level"
        self.sections.append((sect_anchor, heading, node))
        for key, prop in node["properties"].items():
            child = f"{path}.{key}" if path else key
            if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
                self._collect(f"{child}[]", prop["items"])
            else:
                self._collect(child, prop)

    def _section(self, sect_anchor: str, heading: str, node: Schema, level: int = 2) -> str:
        hashes = "#" * level
        lines = [f'\n<a id="{sect_anchor}"></a>\n', f"{hashes} {heading}\n"]
        if "description" in node:
            text = without_chapter(node["description"])
            cited = chapter(node["description"])
            lines.append(
                f"\n{node.get('title', '')}: {text}" + (f" (guide {cited})" if cited else "")
            )
            lines.append("\n")
        lines.append("\n| Key | Type | Required | Description | Guide |\n|---|---|---|---|---|\n")
        required = set(node.get("required", []))
        for key, prop in node["properties"].items():
            cells = [
                f"`{key}`",
                self.type_of(prop),
                "yes" if key in required else "",
                without_chapter(prop.get("description", "")),
                chapter(prop.get("description", "")),
            ]
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |\n")
        return "".join(lines)

    def _scalar_defs(self) -> str:
        lines = ["\n### Simple shapes\n\n| Shape | Type | Rule |\n|---|---|---|\n"]
        for name, shown in _SCALAR_DEFS.items():
            node = self.defs.get(name)
            if node is None:
                continue
            rule = node.get("pattern") or node.get("format") or "any text"
            lines.append(f"| `{name}` | {shown} | `{rule}` |\n")
        return "".join(lines)

    def type_of(self, node: Schema) -> str:
        name = def_name(node)
        if name is not None:
            if name in _SCALAR_DEFS:
                return _SCALAR_DEFS[name]
            node = self.defs[name]
        if "const" in node:
            return f"`{json.dumps(node['const'])}`"
        if "enum" in node:
            return "one of " + ", ".join(f"`{value}`" for value in node["enum"])
        kind = node.get("type")
        if kind == "array":
            return "list of " + self.type_of(node.get("items", {}))
        if kind == "object":
            if id(node) in self.anchors:
                title = node.get("title", "object")
                return f"[{title}](#{self.anchors[id(node)]})"
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                return "map of criterion id to " + self.type_of(extra)
            return "object"
        if kind == "string":
            return {"uri": "URL", "date": "date (YYYY-MM-DD)"}.get(node.get("format", ""), "text")
        if kind in ("integer", "number"):
            if "exclusiveMinimum" in node:
                return f"{kind} > {node['exclusiveMinimum']}"
            if "minimum" in node:
                return f"{kind} ≥ {node['minimum']}"
            return str(kind)
        if kind == "boolean":
            return "true or false"
        return str(kind or "any")


def render(schema: Schema) -> str:
    """The whole of docs/format.md for the given schema."""
    return FormatDoc(schema).render()


def iter_problems(schema_path: Path, output_path: Path) -> Iterator[str]:
    if not output_path.is_file():
        yield f"{output_path} does not exist"
    elif output_path.read_text(encoding="utf-8") != render(_load(schema_path)):
        yield f"{output_path} is out of date with {schema_path}"


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
        "--check", action="store_true", help="only report whether the file is current"
    )
    parser.add_argument("--schema", type=Path, default=SCHEMA_PATH)
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH)
    args = parser.parse_args(argv)
    if args.check:
        problems = list(iter_problems(args.schema, args.output))
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    _write_atomically(args.output, render(_load(args.schema)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
