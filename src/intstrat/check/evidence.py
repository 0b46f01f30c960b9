"""`evidence:` on the items that carry a claim: which exist, and which points they prove.

An item may name its proof: a file of the repository (relative to the strategy file's folder) or
a URL. A URL is taken as given: only its form is checked (http or https with a host), nothing is
fetched. A file is looked up with one `stat`, never opened. A path that is absolute or leads out
of the repository (`../../elsewhere.pdf`) is not looked up at all: others who check the
repository could not open it, and the verdict must not depend on the machine it runs on; it is
reported (EV01.outside) and does not count as evidence. A point is *evidenced* when at least one
item of its data names evidence that holds, else *claimed*; a point whose data has no place for
evidence (a vision, a summary) has no evidence state.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from intstrat.document import Document, Path_
from intstrat.findings import RawFinding
from intstrat.rules.structure import ev01_missing_evidence

RULE = ev01_missing_evidence.ID

# The items that may carry `evidence` (schema `$defs/evidence`); "*" is every item of a list.
ITEMS: tuple[tuple[str, ...], ...] = (
    ("needs_assessment", "methods", "*"),
    ("measures", "kickoff"),
    ("measures", "analyses", "*"),
    ("measures", "steering_bodies", "*"),
    ("measures", "databases", "*"),
    ("measures", "workshops", "*"),
    ("partner_selection", "agreements", "*"),
    ("project_selection", "ip_rules"),
    ("monitoring", "indicators", "*"),
    ("monitoring", "reviewed_by", "*"),
    ("concept", "work_plan", "milestones", "*"),
    ("financing", "sources", "*"),
)

# A scheme of two letters or more: "C:\\minutes.pdf" is a Windows path, not a URL.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]+:")


class Proofs:
    """The items that name evidence that holds, and the EV01 findings of what does not."""

    __slots__ = ("named", "problems", "proven")

    def __init__(self) -> None:
        self.proven: list[Path_] = []
        self.problems: list[RawFinding] = []
        self.named = False  # some item names evidence at all


def _overlap(data: Sequence[str], path: Sequence[str | int]) -> bool:
    """True when the item `path` lies at or below the pointer `data`: the item belongs to the
    point. A point that reads one field of an item (CL01 the kick-off's date) is not proven by
    the item's evidence."""
    if len(path) < len(data):
        return False
    return all(part == "*" or part == wanted for wanted, part in zip(data, path, strict=False))


def parts(pointer: str) -> tuple[str, ...]:
    return tuple(pointer.split("."))


def applies(data: Sequence[str]) -> bool:
    """True when a point reading the pointers `data` has items that may carry evidence."""
    return any(_overlap(parts(d), item) for d in data for item in ITEMS)


def anchor(data: Sequence[str]) -> Path_:
    """Where a point's "claimed, not evidenced" finding points: its first evidence item."""
    for d in data:
        for item in ITEMS:
            if _overlap(parts(d), item):
                return tuple(p for p in item if p != "*")
    return parts(data[0]) if data else ()


def evidenced(data: Sequence[str], proofs: Proofs) -> bool:
    return any(_overlap(parts(d), item) for d in data for item in proofs.proven)


def _items(doc: Document) -> Iterator[tuple[Path_, dict[str, Any]]]:
    for template in ITEMS:
        yield from _expand(doc.data, template, ())


def _expand(node: Any, rest: tuple[str, ...],
            path: Path_) -> Iterator[tuple[Path_, dict[str, Any]]]:
    if not rest:
        if isinstance(node, dict):
            yield path, node
        return
    head, tail = rest[0], rest[1:]
    if head == "*":
        if isinstance(node, list):
            for index, item in enumerate(node):
                yield from _expand(item, tail, (*path, index))
    elif isinstance(node, dict) and head in node:
        yield from _expand(node[head], tail, (*path, head))


class _Files:
    """Looks evidence files up below `folder`, inside the repository `root`, once each."""

    def __init__(self, folder: Path) -> None:
        from intstrat.check.config import repository_root

        self.folder = os.path.abspath(folder)
        self.root = os.path.abspath(repository_root(Path(self.folder)))
        self.seen: dict[str, bool] = {}

    def inside(self, value: str) -> str | None:
        """The normalised path of `value`, or None when it is absolute or leads outside."""
        if os.path.isabs(value) or value.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", value):
            return None
        joined = os.path.normpath(os.path.join(self.folder, value))
        try:
            if os.path.commonpath([joined, self.root]) != self.root:
                return None
        except ValueError:
            return None
        return joined

    def exists(self, path: str) -> bool:
        found = self.seen.get(path)
        if found is None:
            try:
                found = os.path.exists(path)
            except (OSError, ValueError):
                found = False
            self.seen[path] = found
        return found


def url_ok(value: str) -> bool:
    try:
        parts_ = urlsplit(value)
    except ValueError:
        return False
    return parts_.scheme.lower() in ("http", "https") and bool(parts_.netloc) and not any(
        c.isspace() for c in value)


def read(doc: Document, folder: Path) -> Proofs:
    """Check every evidence value of `doc`; `folder` is the strategy file's. The repository is
    the one `repository_root` finds from there (the CI checkout, else the nearest `.git`)."""
    proofs = Proofs()
    files: _Files | None = None
    for path, item in _items(doc):
        if "evidence" not in item:
            continue
        proofs.named = True
        value = item["evidence"]
        values: list[tuple[Path_, Any]]
        if isinstance(value, list):
            values = [((*path, "evidence", i), v) for i, v in enumerate(value)]
        else:
            values = [((*path, "evidence"), value)]
        holds = False
        for where, entry in values:
            if not isinstance(entry, str) or not entry.strip():
                continue  # the schema reports it
            text = entry.strip()
            if _SCHEME.match(text):
                if url_ok(text):
                    holds = True
                else:
                    proofs.problems.append(RawFinding(RULE, "bad_url", where, {"value": entry},
                                                      at_value=True))
                continue
            files = files or _Files(folder)
            located = files.inside(text)
            if located is None:
                proofs.problems.append(RawFinding(RULE, "outside", where, {"path": entry},
                                                  at_value=True))
            elif files.exists(located):
                holds = True
            else:
                proofs.problems.append(RawFinding(RULE, "missing_file", where, {"path": entry},
                                                  at_value=True))
        if holds:
            proofs.proven.append(path)
    return proofs
