"""The strategy schema: valid 2020-12, documented everywhere, matching the docs and skeletons."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
import yaml

from intstrat.check import schema as schema_check
from intstrat.check.load import load_text
from intstrat.i18n import translator
from intstrat.schema_texts import localised, texts

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / "strategy.schema.json"
SKELETONS = {
    "en": ROOT / "templates" / "init" / "strategy-en.yaml",
    "de": ROOT / "templates" / "init" / "strategie-de.yaml",
}
TOP_LEVEL_REQUIRED = ["intstrat", "language", "cluster", "funding", "period"]


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


def iter_subschemas(node: dict[str, Any], where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema a user can meet as a key or list entry, with a readable location."""
    for key, prop in node.get("properties", {}).items():
        yield f"{where}.{key}", prop
        yield from iter_subschemas(prop, f"{where}.{key}")
    items = node.get("items")
    if isinstance(items, dict):
        yield f"{where}[]", items
        yield from iter_subschemas(items, f"{where}[]")
    extra = node.get("additionalProperties")
    if isinstance(extra, dict):
        yield f"{where}.*", extra
        yield from iter_subschemas(extra, f"{where}.*")
    for name, shape in node.get("$defs", {}).items():
        yield f"$defs.{name}", shape
        yield from iter_subschemas(shape, f"$defs.{name}")


def key_names(schema: dict[str, Any]) -> set[str]:
    """Every key a strategy file may contain, at any depth (names of shared shapes excluded)."""
    names = set()
    for where, _ in iter_subschemas(schema):
        last = where.rsplit(".", 1)[-1].removesuffix("[]")
        if last.isidentifier() and not re.fullmatch(r"\$defs\.[a-z_]+(\[\])?", where):
            names.add(last)
    return names


def as_json(value: Any) -> Any:
    """Dates as ISO text, the way the schema check sees a loaded file."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def format_validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("/schemas/strategy.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema_rs.validator_for(schema, validate_formats=True)


def test_top_level_shape(schema: dict[str, Any]) -> None:
    assert schema["required"] == TOP_LEVEL_REQUIRED
    assert schema["properties"]["intstrat"]["enum"] == [1, 2]
    assert schema["properties"]["language"]["enum"] == ["en", "de"]
    assert schema["properties"]["cluster"]["required"] == ["name"]
    assert schema["properties"]["funding"]["required"] == ["start", "end"]
    assert schema["properties"]["period"]["required"] == ["start", "end"]


def test_every_property_has_a_title_and_a_bilingual_description(schema: dict[str, Any]) -> None:
    # The shipped file is English; German comes from the catalogue (`intstrat schema` joins them).
    bilingual = localised(schema)
    undocumented = []
    for where, node in iter_subschemas(bilingual):
        title = node.get("title")
        description = node.get("description", "")
        english, _, german = description.partition("\n\nDE: ")
        if not (isinstance(title, str) and title.strip() and english.strip() and german.strip()):
            undocumented.append(where)
    assert undocumented == []


def test_the_shipped_schema_is_english_only(schema: dict[str, Any]) -> None:
    assert [text for _context, text, _where in texts(schema) if "DE: " in text] == []


def test_every_title_and_description_has_a_german_translation(schema: dict[str, Any]) -> None:
    german = translator("de")
    untranslated = [
        where for context, text, where in texts(schema) if german.pgettext(context, text) == text
        # Words that German writes alike.
        and text not in {"Cluster", "Monitoring", "Name", "Partner", "Partners", "Region",
                         "Status", "Vision", "Website", "Workshop", "Workshops", "Instrument",
                         "Budget (EUR)", "Text (Markdown)", "Organisation", "Start-ups"}
    ]
    assert untranslated == []


def test_guide_citations_appear_in_both_languages(schema: dict[str, Any]) -> None:
    mismatched = []
    for where, node in iter_subschemas(localised(schema)):
        english, _, german = node["description"].partition("\n\nDE: ")
        cited_en = re.findall(r"\(guide ([^)]*)\)", english)
        cited_de = re.findall(r"\(Leitfaden ([^)]*)\)", german)
        if cited_en != cited_de:
            mismatched.append(where)
    assert mismatched == []


def test_every_object_forbids_unknown_keys_except_score_values(schema: dict[str, Any]) -> None:
    open_objects = [
        where
        for where, node in [("(root)", schema), *iter_subschemas(schema)]
        if node.get("type") == "object" and node.get("additionalProperties") is not False
    ]
    assert open_objects == ["$defs.scores[].values"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(extra=1), "Additional properties are not allowed"),
        (lambda d: d["funding"].update(start="2019-02-30"), "is not a 'date'"),
        (
            lambda d: d.update(measures={"analyses": [{"id": "Bad Id", "title": "x"}]}),
            "does not match",
        ),
        (lambda d: d["cluster"].update(members={"smes": -1}), "less than the minimum"),
        (lambda d: d.update(intstrat=3), "is not one of"),
    ],
    ids=["unknown-key", "impossible-date", "bad-id", "negative-count", "wrong-version"],
)
def test_schema_rejects_bad_shapes(schema: dict[str, Any], change: Any, message: str) -> None:
    document: dict[str, Any] = {
        "intstrat": 1,
        "language": "en",
        "cluster": {"name": "Photonics Cluster"},
        "funding": {"start": "2026-01-01", "end": "2028-12-31"},
        "period": {"start": "2026-01-01", "end": "2030-12-31"},
    }
    assert list(format_validator(schema).iter_errors(document)) == []
    change(document)
    errors = [error.message for error in format_validator(schema).iter_errors(document)]
    assert len(errors) == 1
    assert message in errors[0]


def test_score_values_accept_any_criterion_id_with_a_number(schema: dict[str, Any]) -> None:
    document = {
        "intstrat": 1,
        "language": "de",
        "cluster": {"name": "Netzwerk"},
        "funding": {"start": "2026-01-01", "end": "2028-12-31"},
        "period": {"start": "2026-01-01", "end": "2030-12-31"},
        "partner_selection": {
            "candidates": [
                {
                    "id": "oslo",
                    "name": "Oslo Cluster",
                    "country": "NO",
                    "scores": [{"rater": "r1", "values": {"market_access": 4, "fit": 3.5}}],
                }
            ]
        },
    }
    assert list(format_validator(schema).iter_errors(document)) == []
    scores = document["partner_selection"]["candidates"][0]["scores"]  # type: ignore[index]
    scores[0]["values"]["fit"] = "high"
    assert [e.message for e in format_validator(schema).iter_errors(document)] == [
        "'high' is not of type 'number'"
    ]


# ---- docs/format.md is generated from the schema


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_format_doc", ROOT / "scripts" / "gen_format_doc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_format_doc_is_up_to_date(schema: dict[str, Any]) -> None:
    generated = load_generator().render(schema)
    on_disk = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    assert on_disk == generated, "run: python scripts/gen_format_doc.py"


def test_german_format_doc_is_up_to_date(schema: dict[str, Any]) -> None:
    generated = load_generator().render(schema, "de")
    on_disk = (ROOT / "docs" / "format.de.md").read_text(encoding="utf-8")
    assert on_disk == generated, "run: python scripts/gen_format_doc.py"
    assert "| Schlüssel | Typ | Pflicht | Beschreibung | Leitfaden |" in on_disk
    assert "| `weight` | Zahl > 0 |" in on_disk
    assert "(guide " not in on_disk and "DE: " not in on_disk


def test_format_doc_check_mode_covers_every_language() -> None:
    generator = load_generator()
    assert list(generator.iter_problems(SCHEMA_PATH)) == []
    assert [lang for lang, _path in generator.outputs()] == ["en", "de"]


def test_format_doc_has_a_table_row_for_every_key(schema: dict[str, Any]) -> None:
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    for key in schema["properties"]:
        assert f"| `{key}` |" in text
    assert "| `dissemination_use_access_licences` | text (Markdown) |" in text
    assert "| `weight` | number > 0 |" in text


# ---- the skeletons `intstrat init` writes

KEY_LINE = re.compile(r"^(\s*)# ((?:\s*- )?\s*[a-z_]+:(?: |$).*)$")


def uncomment_examples(text: str) -> str:
    """The skeleton as a user completes it: example lines switched on, empty lists filled."""
    lines = [KEY_LINE.sub(r"\1\2", line) for line in text.splitlines()]
    out = []
    for index, line in enumerate(lines):
        following = lines[index + 1].lstrip() if index + 1 < len(lines) else ""
        if following.startswith("- "):
            line = re.sub(r":\s*\[\](\s*#.*)?$", r":\1", line)
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("language", sorted(SKELETONS))
def test_skeleton_starts_with_the_schema_placeholder(language: str) -> None:
    first = SKELETONS[language].read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema={{SCHEMA}}"


@pytest.mark.parametrize("language", sorted(SKELETONS))
@pytest.mark.parametrize("completed", [False, True], ids=["as-written", "examples-uncommented"])
def test_skeleton_is_valid_against_the_schema(
    schema: dict[str, Any], language: str, completed: bool
) -> None:
    text = SKELETONS[language].read_text(encoding="utf-8")
    if completed:
        text = uncomment_examples(text)
    data = yaml.safe_load(text)
    assert data["intstrat"] == 2
    assert data["language"] == language
    errors = [
        f"{list(error.absolute_path)}: {error.message}"
        for error in format_validator(schema).iter_errors(as_json(data))
    ]
    assert errors == []
    # the project's own loader and schema check see it the same way
    document, problems = load_text(text)
    assert problems == []
    assert document is not None
    assert [(p.rule, p.path) for p in schema_check.validate(document)] == []


@pytest.mark.parametrize("language", sorted(SKELETONS))
def test_skeleton_shows_every_key_of_the_format(schema: dict[str, Any], language: str) -> None:
    completed = yaml.safe_load(uncomment_examples(SKELETONS[language].read_text(encoding="utf-8")))
    seen: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, dict):
            seen.update(value)
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(completed)
    # The flags of format 1 are a finding in a format-2 file: the skeleton leaves them out.
    format_1_only = {where.rsplit(".", 1)[-1] for where, node in iter_subschemas(schema)
                     if str(node.get("description", "")).startswith("Format 1 only")}
    assert format_1_only == {"open_to_all_actors", "accepted_by_both", "developed_with_partners"}
    assert sorted(key_names(schema) - format_1_only - seen) == []
    assert sorted(format_1_only & seen) == []
