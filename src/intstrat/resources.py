"""Files shipped with intstrat (schema, templates), found the same way in a wheel and a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def data_dir(name: str) -> Path:
    """The folder `schemas` or `templates`: inside the installed package, else the source tree."""
    packaged = Path(__file__).resolve().parent / name
    if packaged.is_dir():
        return packaged
    source = Path(__file__).resolve().parents[2] / name
    if source.is_dir():
        return source
    raise FileNotFoundError(f"intstrat is installed without its {name}/ folder")


def schema_path() -> Path:
    return data_dir("schemas") / "strategy.schema.json"


SCHEMA_URL = (
    "https://raw.githubusercontent.com/intstrat/intstrat/main/schemas/strategy.schema.json"
)
