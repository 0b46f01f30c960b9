"""A strategy as the rules read it: plain data, with the line:column of any value on demand."""

from __future__ import annotations

import bisect
import re
from typing import Any

import yaml

Path_ = tuple[str | int, ...]
"""A data path: keys and list indices from the document root."""

# The loader tags plain (unquoted) scalars with this, so a quoted "<<" is not a merge key.
PLAIN_TAG = "tag:intstrat:plain"

# libyaml also breaks lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR, which editors show
# inside a line (they arrive in text pasted from Word or the web). Files holding one get their
# positions recomputed from the character offset, so line numbers match what the user sees.
_ODD_BREAKS = ("\x85", "\u2028", "\u2029")
_LINE_START = re.compile(r"\r\n|\r|\n")


class Positions:
    """1-based (line, column) of a libyaml mark, as an editor counts them."""

    __slots__ = ("starts",)

    def __init__(self, text: str) -> None:
        self.starts: list[int] | None = None
        if any(odd in text for odd in _ODD_BREAKS):
            self.starts = [0, *(m.end() for m in _LINE_START.finditer(text))]

    def __call__(self, mark: Any) -> tuple[int, int]:
        if self.starts is None:
            return (mark.line + 1, mark.column + 1)
        line = bisect.bisect_right(self.starts, mark.index)
        return (line, mark.index - self.starts[line - 1] + 1)


class Document:
    """A strategy file read into plain data; positions come from the kept node tree.

    Positions are looked up only for the few values a finding points at, so reading stays
    close to the parser's own speed. A plain class, not a dataclass: see findings.py.
    """

    __slots__ = ("_keys", "data", "position", "root", "text")

    def __init__(self, data: Any, text: str, root: Any = None,
                 position: Positions | None = None) -> None:
        self.data = data
        self.text = text
        self.root = root
        self.position = position
        # Each mapping's keys by node id, built on first use (`_child`).
        self._keys: dict[int, dict[str, tuple[Any, Any]]] = {}

    def _at(self, mark: Any) -> tuple[int, int]:
        if self.position is None:
            self.position = Positions(self.text)
        return self.position(mark)

    def _walk(self, path: Path_) -> tuple[list[tuple[Any, Any]], int]:
        """The (key node, value node) pairs along `path`, and how many parts were found."""
        trail: list[tuple[Any, Any]] = [(None, self.root)]
        node = self.root
        for part in path:
            found = self._child(node, part)
            if found is None:
                break
            trail.append(found)
            node = found[1]
        return trail, len(trail) - 1

    def where(self, path: Path_) -> tuple[int, int]:
        """Where to point for `path`: its key, else its value, else the nearest ancestor."""
        if self.root is None:
            return (1, 1)
        trail, _ = self._walk(path)
        key, value = trail[-1]
        return self._at((key if key is not None else value).start_mark)

    def value_where(self, path: Path_) -> tuple[int, int]:
        """Where the value at `path` starts, as editors mark a wrong value (not its key).

        A path that is not there in full falls back to `where`: the nearest thing that is.
        """
        if self.root is None:
            return (1, 1)
        trail, found = self._walk(path)
        if found < len(path):
            return self.where(path)
        return self._at(trail[-1][1].start_mark)

    def get(self, path: Path_, default: Any = None) -> Any:
        node = self.data
        for part in path:
            if isinstance(part, int):
                if isinstance(node, list) and -len(node) <= part < len(node):
                    node = node[part]
                else:
                    return default
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                return default
        return node


    def _child(self, node: Any, part: str | int) -> tuple[Any, Any] | None:
        """`_child`, through an index of each mapping's keys built on first use: locating
        thousands of findings in one big mapping stays linear instead of quadratic."""
        if isinstance(part, int) or not isinstance(node, yaml.MappingNode):
            return _child(node, part)
        index = self._keys.get(id(node))
        if index is None:
            index = self._keys[id(node)] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and not (
                    key.tag == PLAIN_TAG and key.value == "<<"
                ):
                    index[key.value] = (key, value)  # the last of duplicates wins
        found = index.get(part)
        return found if found is not None else _child(node, part)


def _child(node: Any, part: str | int) -> tuple[Any, Any] | None:
    if isinstance(part, int):
        if isinstance(node, yaml.SequenceNode) and 0 <= part < len(node.value):
            return (None, node.value[part])
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    found = None
    for key, value in node.value:
        if (
            isinstance(key, yaml.ScalarNode)
            and key.value == part
            and not (key.tag == PLAIN_TAG and part == "<<")
        ):
            found = (key, value)  # the last of duplicates wins, as in the data
    if found is not None:
        return found
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.tag == PLAIN_TAG and key.value == "<<":
            sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
            for source in sources:
                hit = _child(source, part)
                if hit is not None:
                    return hit
    return None


def pointer(path: Path_) -> str:
    """`('partners', 'candidates', 2, 'country')` → `partners.candidates[2].country`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


