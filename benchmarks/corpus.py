"""The benchmark corpus: the examples, their content scaled up 10× and 100×, and 1,000 copies."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

# Lists whose entries others refer to by id (criteria and raters are named in every score,
# sources and partners in weights and agreements): repeating them would make the copies of
# the entries that refer to them incomplete, so they keep their size.
_FIXED = frozenset({
    ("partner_selection", "criteria"),
    ("partner_selection", "raters"),
    ("partner_selection", "conflicts_of_interest"),
    ("project_selection", "criteria"),
    ("project_selection", "raters"),
    ("project_selection", "conflicts_of_interest"),
    ("needs_assessment", "methods"),
})
# Only lists this close to the root are repeated: deeper lists (scores, actuals, members)
# belong to one entry and grow with the entries that hold them.
_MAX_DEPTH = 3


def _ids(data: Any, path: tuple[str, ...] = ()) -> set[str]:
    """The ids of the entries that `scale` repeats."""
    if isinstance(data, dict):
        return set().union(*(_ids(v, (*path, str(k))) for k, v in data.items()))
    if isinstance(data, list) and _repeated(path, data):
        return {item["id"] for item in data if isinstance(item.get("id"), str)}
    return set()


def _repeated(path: tuple[str, ...], data: list[Any]) -> bool:
    # Plain lists of text often name the ids of other entries: they keep their size.
    return (bool(data) and path not in _FIXED and len(path) <= _MAX_DEPTH
            and all(isinstance(item, dict) for item in data))


def _renamed(value: Any, ids: set[str], suffix: str) -> Any:
    """`value` with every id of a repeated entry pointing to that entry's copy."""
    if isinstance(value, dict):
        # A `kind` is a word of the format (e.g. `press`), even where an id is spelt alike.
        return {k: v if k == "kind" else _renamed(v, ids, suffix) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, ids, suffix) for v in value]
    if isinstance(value, str) and value in ids:
        return value + suffix
    return value


def _fresh(item: dict[str, Any], copy_no: int, ids: set[str]) -> dict[str, Any]:
    """Copy `copy_no` of a list entry: its id, and ids it refers to, get the suffix `-rN`."""
    fresh: dict[str, Any] = _renamed(item, ids, f"-r{copy_no}")
    for key in ("name", "title"):
        if isinstance(fresh.get(key), str):
            fresh[key] = f"{fresh[key]} ({copy_no})"
    return fresh


def scale(data: Any, factor: int) -> Any:
    """The strategy with its lists of entries repeated `factor` times, fresh ids for each copy."""
    if factor <= 1:
        return data
    return _scaled(data, factor, (), _ids(data))


def _scaled(data: Any, factor: int, path: tuple[str, ...], ids: set[str]) -> Any:
    if isinstance(data, dict):
        return {k: _scaled(v, factor, (*path, str(k)), ids) for k, v in data.items()}
    if isinstance(data, list) and _repeated(path, data):
        out = list(data)
        for copy_no in range(2, factor + 1):
            out.extend(_fresh(item, copy_no, ids) for item in data)
        return out
    return data


def _read(source: Path) -> Any:
    """The example as data, read by intstrat's own loader: `NO` (Norway) stays text."""
    from intstrat.check.load import load_text

    doc, problems = load_text(source.read_text(encoding="utf-8"))
    if doc is None or problems:
        raise SystemExit(f"{source}: cannot be read for the benchmark corpus: {problems}")
    return doc.data


def build(examples: Path, target: Path, *, copies: int = 1000, factors: tuple[int, ...] = (10, 100),
          source_name: str = "strategy-en.yaml") -> dict[str, Any]:
    """Write the corpus into `target`; returns where each part lies.

    - `one`: the example itself (1×);
    - `scaled[f]`: the example with `f` times its content;
    - `many`: a folder of `copies` files (copies of every example, in turn).
    """
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    source = examples / source_name
    one = target / "one-1x.yaml"
    shutil.copyfile(source, one)
    data = _read(source)
    scaled: dict[int, Path] = {1: one}
    for factor in factors:
        path = target / f"one-{factor}x.yaml"
        text = yaml.safe_dump(scale(data, factor), sort_keys=False, allow_unicode=True, width=100)
        path.write_text(text, encoding="utf-8")
        scaled[factor] = path
    many = target / "many"
    many.mkdir()
    complete = [p for p in sorted(examples.glob("*.yaml")) if p.name != "draft.yaml"] or [source]
    files = []
    for number in range(copies):
        original = complete[number % len(complete)]
        copy_path = many / f"s{number:04d}-{original.name}"
        shutil.copyfile(original, copy_path)
        files.append(copy_path)
    return {"one": one, "scaled": scaled, "many": many, "many_files": files}
