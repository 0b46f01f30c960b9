"""Bytes → plain data with a line:column for every key and value, read the safe way.

PyYAML's own constructors are never called: the C parser composes a node tree and this module
turns it into dicts, lists and scalars itself. That is how the traps of real files are closed:
YAML 1.1 booleans (`NO` for Norway stays a string), silent duplicate keys, impossible dates that
crash `safe_load`, tags that would construct objects, and alias bombs that never finish.
"""

from __future__ import annotations

import codecs
import datetime as dt
import math
import re
from typing import Any

import yaml

from intstrat.document import PLAIN_TAG, Document, Positions
from intstrat.findings import RawFinding

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"

# Aliases may repeat at most this many nodes in all: plenty for real anchors, and a
# "billion laughs" file stops here instead of expanding forever.
ALIAS_NODE_BUDGET = 100_000
# Python's own int-from-text limit is 4,300 digits; a longer number is kept as text and reported.
MAX_INT_DIGITS = 4000
# Keys, values and list items in one file: a strategy has a few thousand; a million take about
# 600 MB as a node tree, so more are reported (YA05) before the tree is built.
MAX_NODES = 1_000_000
# libyaml stops at 1,000 levels; the schema validator at about 255 (beyond, it raises instead
# of reporting). A strategy needs fewer than ten: deeper than this is reported (YA05).
MAX_DEPTH = 200


class _Loader(_Base):  # type: ignore[misc]
    """The C parser with tag resolution of our own: plain scalars are resolved later, here."""

    def resolve(self, kind: Any, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return PLAIN_TAG if implicit[0] else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    # The parser calls these two around every node for PyYAML's path resolvers, which intstrat
    # never uses (and a process-wide one must not change how a strategy reads): doing nothing
    # here saves about 6 % of reading a file.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


def decode(raw: bytes) -> tuple[str | None, RawFinding | None]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(codec), None
            except UnicodeDecodeError as exc:
                return None, _encoding_problem(raw, exc.start, codec)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, _encoding_problem(raw, exc.start, "utf-8")
    nul = text.find("\x00")
    if nul >= 0:
        line, col = _line_col(text, nul)
        return None, RawFinding("YA06", "binary", line=line, column=col)
    return text, None


def _encoding_problem(raw: bytes, offset: int, codec: str) -> RawFinding:
    head = raw[:offset]
    line = head.count(b"\n") + 1
    column = offset - (head.rfind(b"\n") + 1) + 1
    byte = raw[offset : offset + 1].hex().upper()
    if b"\x00" in raw[:8192] and codec == "utf-8":
        return RawFinding("YA06", "binary", line=line, column=column)
    return RawFinding("YA06", "encoding", (), {"byte": byte, "codec": codec}, line, column)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _too_many_nodes(text: str) -> bool:
    """More than MAX_NODES nodes? A node needs a separator: below that bound no count is needed;
    above it the parser's events are counted (about 1 s per million), without building a tree."""
    separators = sum(text.count(c) for c in "\n,:[{-?*")
    if 2 * separators + 2 <= MAX_NODES:
        return False
    loader = _Loader(text)
    count = 0
    try:
        while True:
            event = loader.get_event()
            if event is None:
                return False
            if event.__class__ in _NODE_EVENTS:
                count += 1
                if count > MAX_NODES:
                    return True
    except yaml.YAMLError:
        return False  # the parse below reports it with its line
    finally:
        loader.dispose()


_NODE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent,
                yaml.AliasEvent)


def load_text(text: str) -> tuple[Document | None, list[RawFinding]]:
    """Parse one YAML document; syntax errors become problems with their line and column."""
    if _too_many_nodes(text):
        return None, [RawFinding("YA05", "too_many_nodes", (), {"limit": MAX_NODES}, 1, 1)]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, text)]
    except yaml.YAMLError as exc:
        return None, [RawFinding("YA01", "syntax", (), {"detail": str(exc)}, 1, 1)]
    except RecursionError:
        return None, [RawFinding("YA05", "too_deep", line=1, column=1)]
    finally:
        loader.dispose()
    doc = Document(data=None, text=text, root=node, position=Positions(text))
    if node is None:
        return doc, []
    builder = _Builder(doc)
    try:
        doc.data = builder.build(node, 0)
    except _Abort as stop:
        return None, [*builder.problems, stop.problem]
    return doc, builder.problems


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> RawFinding:
    """libyaml's complaint, located where a user would look, and in words of our own if known."""
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or str(exc)).strip()
    context = (exc.context or "").strip()
    if "quoted scalar" in context and "end of stream" in problem and exc.context_mark:
        # An unclosed quote is noticed at the end of the file; point at where it opened.
        mark = exc.context_mark
        key = "unclosed_quote"
    elif "expected a single document" in str(exc):
        key = "several_documents"
    elif "undefined alias" in problem:
        key = "undefined_alias"
    elif "mapping values are not allowed" in problem:
        key = "mapping_values"
    elif "cannot start any token" in problem and _char_at(text, mark) == "\t":
        key = "tab"
    elif "maximum nesting depth" in problem:
        key = "too_deep"
    elif "expected <block end>" in problem or "did not find expected key" in problem:
        key = "indentation"
    else:
        key = "syntax"
    line, col = Positions(text)(mark) if mark else (1, 1)
    detail = f"{context}, {problem}" if context and key in ("syntax", "indentation") else problem
    return RawFinding("YA01", key, (), {"detail": detail}, line, col)


def _char_at(text: str, mark: Any) -> str:
    if mark is None or not 0 <= mark.index < len(text):
        return ""
    return str(text[mark.index])


class _Abort(Exception):
    def __init__(self, problem: RawFinding) -> None:
        self.problem = problem


_INT = re.compile(r"[-+]?[0-9]+\Z")
_INT_OTHER = re.compile(r"0o[0-7]+\Z|0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")
_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\Z")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
# Explicit tags we understand; anything else (e.g. !!python/object) is reported, never executed.
_KNOWN_TAGS = frozenset(
    {
        _STR,
        _MAP,
        _SEQ,
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:timestamp",
        "tag:yaml.org,2002:binary",
        "tag:yaml.org,2002:omap",
        "tag:yaml.org,2002:set",
    }
)
_SEQ_TAGS = frozenset({_SEQ, "tag:yaml.org,2002:omap", "tag:yaml.org,2002:set"})
_MAP_TAGS = frozenset({_MAP, "tag:yaml.org,2002:set"})


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[RawFinding] = []
        self.seen: set[int] = set()
        self.active: set[int] = set()
        self.alias_budget = ALIAS_NODE_BUDGET
        self.stack: list[str | int] = []  # the current data path, kept as one mutable list

    def report(self, rule: str, key: str, node: Any, /, **args: Any) -> RawFinding:
        line, column = self.doc._at(node.start_mark)
        return RawFinding(rule, key, tuple(self.stack), args, line, column)

    def bare(self, rule: str, key: str, node: Any, /, **args: Any) -> RawFinding:
        """A problem located by line only: its data path would be long and meaningless."""
        line, column = self.doc._at(node.start_mark)
        return RawFinding(rule, key, (), args, line, column)

    def problem(self, rule: str, key: str, node: Any, /, **args: Any) -> None:
        self.problems.append(self.report(rule, key, node, **args))

    def build(self, node: Any, depth: int) -> Any:
        ident = id(node)
        if ident in self.seen:
            # An alias: its nodes are built again, and count against the budget.
            if ident in self.active:
                raise _Abort(self.bare("YA05", "recursive_alias", node))
            self.alias_budget -= 1
            if self.alias_budget < 0:
                raise _Abort(self.bare("YA05", "alias_budget", node, limit=ALIAS_NODE_BUDGET))
        else:
            self.seen.add(ident)
        cls = node.__class__
        if cls is yaml.ScalarNode:
            tag = node.tag
            if tag == _STR:
                return node.value
            if tag == PLAIN_TAG:
                return self.plain(node, node.value)
            return self.scalar(node)
        if depth > MAX_DEPTH:
            raise _Abort(self.bare("YA05", "too_deep", node))
        self.active.add(ident)
        stack = self.stack
        try:
            if cls is yaml.SequenceNode:
                if node.tag not in _SEQ_TAGS:
                    self.problem("YA04", "tag", node, tag=_short_tag(node.tag))
                items = []
                for index, item in enumerate(node.value):
                    stack.append(index)
                    items.append(self.build(item, depth + 1))
                    stack.pop()
                return items
            if node.tag not in _MAP_TAGS:
                self.problem("YA04", "tag", node, tag=_short_tag(node.tag))
            return self.mapping(node, depth)
        finally:
            self.active.discard(ident)

    def mapping(self, node: Any, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        merged: dict[str, Any] | None = None
        first_line: dict[str, int] = {}
        stack = self.stack
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode:
                self.problem("YA01", "complex_key", key_node)
                continue
            key = key_node.value
            if key == "<<" and key_node.tag == PLAIN_TAG:
                merged = self.merge(value_node, depth, merged or {})
                continue
            stack.append(key)
            if key in result:
                # The later value wins, as in PyYAML; the finding names both lines.
                self.problem("YA02", "duplicate", key_node, key=key, first=first_line[key])
            else:
                first_line[key] = self.doc._at(key_node.start_mark)[0]
            result[key] = self.build(value_node, depth + 1)
            stack.pop()
        if merged:
            for key, value in merged.items():
                result.setdefault(key, value)
        return result

    def merge(self, node: Any, depth: int, merged: dict[str, Any]) -> dict[str, Any]:
        """`<<: *base` or `<<: [*a, *b]`: earlier mappings win, as YAML's merge key says."""
        sources = node.value if node.__class__ is yaml.SequenceNode else [node]
        for source in sources:
            if source.__class__ is not yaml.MappingNode:
                self.problem("YA01", "bad_merge", source)
                continue
            for key, item in self.build(source, depth + 1).items():
                merged.setdefault(key, item)
        return merged

    def scalar(self, node: Any) -> Any:
        """A scalar with an explicit tag."""
        value: str = node.value
        tag: str = node.tag
        if tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
            number = self.plain(node, value)
            if isinstance(number, int | float) and not isinstance(number, bool):
                return float(number) if tag.endswith("float") else number
            return value
        if tag == "tag:yaml.org,2002:bool":
            return value in _TRUE or value in {"yes", "Yes", "YES", "on", "On", "ON"}
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:timestamp":
            return self.plain(node, value)
        if tag not in _KNOWN_TAGS:
            self.problem("YA04", "tag", node, tag=_short_tag(tag))
        return value

    def plain(self, node: Any, value: str) -> Any:
        """YAML 1.2 core schema for plain scalars, plus ISO dates; only true/false are booleans."""
        if not value:
            return None
        first = value[0]
        if first.isdigit() or first in "-+.":
            if _INT.match(value):
                digits = len(value.lstrip("+-"))
                if digits > MAX_INT_DIGITS:
                    self.problem("YA03", "long_int", node, digits=digits)
                    return value
                return int(value)
            if _INT_OTHER.match(value):
                # Hex and octal are not held by Python's digit limit: the same bound here.
                if len(value) - 2 > MAX_INT_DIGITS:
                    self.problem("YA03", "long_int", node, digits=len(value) - 2)
                    return value
                return int(value, 0)
            if _FLOAT.match(value):
                return float(value)
            if _INF.match(value):
                return -math.inf if first == "-" else math.inf
            if _NAN.match(value):
                return math.nan
            date = _DATE.match(value)
            if date:
                try:
                    return dt.date(int(date[1]), int(date[2]), int(date[3]))
                except ValueError:
                    self.problem("YA03", "bad_date", node, value=value)
                    return value
            return value
        if value in _NULLS:
            return None
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        return value


def _short_tag(tag: str) -> str:
    """`tag:yaml.org,2002:python/object` → `!!python/object`, as the user wrote it."""
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,") else tag
