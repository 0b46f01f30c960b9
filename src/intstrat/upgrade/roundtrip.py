"""The rewrite of `intstrat upgrade`: ruamel.yaml's round trip, carried into the user's text.

ruamel.yaml makes the edits on a round-trip tree (PyYAML cannot keep comments). Its dump of the
unedited file and of the edited one are compared line by line, and only the lines that differ
are carried into the user's text, so a line ruamel would lay out in its own way stays as the
user wrote it. The result is read back with `check`'s loader and must hold exactly the intended
data; otherwise nothing is written (UpgradeError).
"""

from __future__ import annotations

import copy
import difflib
import io
import math
import re
from collections import Counter
from typing import Any

from intstrat.check.source import Source
from intstrat.document import Document, Path_
from intstrat.errors import IntstratError
from intstrat.i18n import N_
from intstrat.upgrade.plan import Edit, Plan, shown


def _walk(tree: Any, path: Path_) -> Any:
    for part in path:
        tree = tree[part]
    return tree


def apply_plain(data: Any, edit: Edit) -> None:
    """The edit made to plain data (`check`'s reading): what the result must read back as."""
    mapping = _walk(data, edit.at)
    if edit.delete:
        mapping.pop(edit.key, None)
        return
    if edit.replaces is not None:
        mapping.pop(edit.replaces, None)
    mapping[edit.key] = edit.value


def apply_tree(tree: Any, edit: Edit) -> None:
    """The edit made to ruamel's round-trip tree, the comments of a replaced key kept."""
    from ruamel.yaml.comments import CommentedSeq

    mapping = _walk(tree, edit.at)
    value = edit.value
    if isinstance(value, list):
        value = CommentedSeq(value)
        value.fa.set_flow_style()
    if edit.delete:
        del mapping[edit.key]
        return
    if edit.replaces is not None:
        position = list(mapping).index(edit.replaces)
        comment = mapping.ca.items.pop(edit.replaces, None)
        del mapping[edit.replaces]
        mapping.insert(position, edit.key, value)
        if comment is not None:  # the old line's comments stay with the line that replaces it
            mapping.ca.items[edit.key] = comment
        return
    if edit.key in mapping:
        mapping[edit.key] = value
        return
    keys = list(mapping)
    position = len(keys)
    for anchor in edit.after:
        if anchor in keys:
            position = keys.index(anchor) + 1
            break
    if position == len(keys) and keys:
        # At the end: ruamel keeps the comment lines after the last key with that key, so the
        # new key would come after them; it goes before the last key's trailing comments instead.
        mapping.insert(position, edit.key, value)
        held = mapping.ca.items.get(keys[-1])
        if held is not None and len(held) > 2 and held[2] is not None:
            _move_trailing_comments(held, mapping.ca.items, edit.key)
        return
    mapping.insert(position, edit.key, value)


def _move_trailing_comments(held: list[Any], items: dict[Any, Any], key: str) -> None:
    """The comment lines after the last key go after the new key; its end-of-line comment
    stays on its own line."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    text = held[2].value
    if text.lstrip(" ").startswith("#"):
        own, _, rest = text.partition("\n")
        held[2].value = own + "\n"
        moved = "\n" + rest
    else:
        held[2] = None
        moved = text
    if moved.strip():
        items[key] = [None, None, CommentToken(moved, CommentMark(0), None), None]


class UpgradeError(IntstratError):
    """The rewritten text would not read as intended: nothing is written (exit 1)."""

    exit_code = 1


def _timestamp_as_text(yaml: Any) -> None:
    """Dates stay the text the user wrote: an impossible one (check's YA03) must not crash the
    rewrite, and a date is never re-spelt."""
    from ruamel.yaml.nodes import ScalarNode

    class Written(str):
        """A date as the user wrote it."""

    tag = "tag:yaml.org,2002:timestamp"

    def construct(constructor: Any, node: ScalarNode) -> Written:
        return Written(node.value)

    def represent(representer: Any, value: Written) -> Any:
        return representer.represent_scalar(tag, str(value))

    yaml.constructor.add_constructor(tag, construct)
    yaml.representer.add_representer(Written, represent)


def _indents(doc: Document) -> tuple[int, int, int]:
    """The file's indentation as ruamel names it (mapping, sequence, dash offset): the most
    common one of its nested block mappings and sequences."""
    import yaml

    mappings: Counter[int] = Counter()
    sequences: Counter[tuple[int, int]] = Counter()
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        if not isinstance(node, yaml.MappingNode):
            continue
        for key, value in node.value:
            stack.append(value)
            below = value.start_mark.line > key.start_mark.line
            if not below or getattr(value, "flow_style", False) or not value.value:
                continue
            if isinstance(value, yaml.MappingNode):
                mappings[value.value[0][0].start_mark.column - key.start_mark.column] += 1
            elif isinstance(value, yaml.SequenceNode):
                offset = value.start_mark.column - key.start_mark.column
                sequences[(value.value[0].start_mark.column - key.start_mark.column,
                           offset)] += 1
    mapping = next((m for m, _ in mappings.most_common() if m > 0), 2)
    sequence, offset = next(((s, o) for (s, o), _ in sequences.most_common()
                             if o >= 0 and s >= o + 2), (mapping + 2, mapping))
    return mapping, sequence, offset


def _ruamel(doc: Document) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = True
    yaml.width = 1 << 30  # never fold a long line
    mapping, sequence, offset = _indents(doc)
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    _timestamp_as_text(yaml)
    return yaml


def _dump(yaml: Any, tree: Any) -> str:
    out = io.StringIO()
    yaml.dump(tree, out)
    return out.getvalue()


_TRAILING_COMMENT = re.compile(r"^(\s*)[^'\"#]*?\s(#.*?)\s*$")


def _rescued(removed: list[str], added: list[str]) -> list[str]:
    """Comments on lines a change removed, unless the new lines still hold them: never lost."""
    kept = " ".join(added)
    rescued = []
    for line in removed:
        stripped = line.strip()
        if stripped.startswith("#"):
            comment, indent = stripped, line[: len(line) - len(line.lstrip())]
        else:
            match = _TRAILING_COMMENT.match(line)
            if match is None:
                continue
            indent, comment = match.group(1), match.group(2)
        if comment not in kept:
            rescued.append(f"{indent}{comment}\n")
    return rescued


# How far apart two texts may drift before `_opcodes` hands the rest to difflib.
_RESYNC = 64


def _opcodes(old: list[str], new: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes for two texts that differ in a few scattered lines, in linear time.

    difflib's matcher is quadratic on the lines a strategy repeats (`status: done` a hundred
    times); here the texts are walked together and, at a difference, the nearest place where
    two lines agree again ends the change. Beyond _RESYNC lines difflib takes over. Any result
    is a correct edit script: the new text is the old one with the changes made.
    """
    ops: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    n, m = len(old), len(new)

    in_old, in_new = Counter(old), Counter(new)

    def agree(a: int, b: int) -> bool:
        """The texts agree again here: a line found once in each, or two lines in a row."""
        if a >= n or b >= m or old[a] != new[b]:
            return False
        if in_old[old[a]] == 1 and in_new[new[b]] == 1:
            return True
        return a + 1 >= n or b + 1 >= m or old[a + 1] == new[b + 1]

    while i < n and j < m:
        start_i, start_j = i, j
        while i < n and j < m and old[i] == new[j]:
            i += 1
            j += 1
        if i > start_i:
            ops.append(("equal", start_i, i, start_j, j))
        if i >= n or j >= m:
            break
        found = None
        for distance in range(1, _RESYNC):
            for k in range(distance + 1):
                if agree(i + k, j + distance - k):
                    found = (i + k, j + distance - k)
                    break
            if found:
                break
        if found is None:
            rest = difflib.SequenceMatcher(None, old[i:], new[j:], autojunk=True)
            ops.extend((tag, i + a1, i + a2, j + b1, j + b2)
                       for tag, a1, a2, b1, b2 in rest.get_opcodes())
            return ops
        next_i, next_j = found
        tag = "replace" if next_i > i and next_j > j else "delete" if next_i > i else "insert"
        ops.append((tag, i, next_i, j, next_j))
        i, j = next_i, next_j
    if i < n or j < m:
        tag = "replace" if i < n and j < m else "delete" if i < n else "insert"
        ops.append((tag, i, n, j, m))
    return ops


def carry(original: str, before: str, after: str) -> tuple[str, bool]:
    """The changes from `before` to `after` (ruamel's dumps of the unedited and the edited
    tree) made to `original`: lines ruamel lays out otherwise stay as written, except those
    next to a change (then the flag is true), and no comment of a replaced line is lost."""
    if before == original:
        old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
        out: list[str] = []
        for tag, i1, i2, j1, j2 in _opcodes(old, new):
            out.extend(new[j1:j2] if tag != "equal" else old[i1:i2])
            if tag in ("replace", "delete"):
                out.extend(_rescued(old[i1:i2], new[j1:j2]))
        return "".join(out), False
    o_lines = original.splitlines(keepends=True)
    b_lines = before.splitlines(keepends=True)
    a_lines = after.splitlines(keepends=True)
    # Which line of the original each line of ruamel's unedited dump stands for.
    to_o: dict[int, int] = {}
    for tag, i1, i2, j1, _j2 in _opcodes(o_lines, b_lines):
        if tag == "equal":
            for k in range(i2 - i1):
                to_o[j1 + k] = i1 + k
    ops = _opcodes(b_lines, a_lines)

    def o_start(b: int, insert: bool) -> int | None:
        """Where in the original the dump's lines from `b` on begin (None: not known)."""
        if insert and b - 1 in to_o:
            return to_o[b - 1] + 1
        if b in to_o:
            return to_o[b]
        if b == 0:
            return 0
        return to_o[b - 1] + 1 if b - 1 in to_o else None

    def o_end(b: int, lo: int) -> int | None:
        """Where in the original the dump's lines before `b` end."""
        if b - 1 >= lo and b - 1 in to_o:
            return to_o[b - 1] + 1
        if b == len(b_lines):
            return len(o_lines)
        return to_o.get(b)

    # The changed stretches of the dump, each with both ends found in the original: a change
    # next to lines ruamel lays out otherwise takes them along (`widened`).
    regions: list[list[int]] = []
    widened = False
    for tag, i1, i2, _j1, _j2 in ops:
        if tag == "equal":
            continue
        lo, hi = i1, i2
        while lo > 0 and o_start(lo, lo == hi) is None:
            lo -= 1
        while hi < len(b_lines) and o_end(hi, lo) is None:
            hi += 1
        widened = widened or (lo, hi) != (i1, i2)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(hi, regions[-1][1])
        else:
            regions.append([lo, hi])

    def a_start(b: int) -> int:
        for _tag, i1, i2, j1, _j2 in ops:
            if i1 == b:
                return j1
            if i1 < b < i2:
                return j1 + (b - i1)
        return len(a_lines)

    def a_end(b: int) -> int:
        found = None
        for tag, i1, i2, j1, j2 in ops:
            if i2 == b:
                found = j2
            elif i1 < b < i2 and tag == "equal":
                return j1 + (b - i1)
        return found if found is not None else len(a_lines)

    out = []
    cursor = 0
    for lo, hi in regions:
        o_lo = o_start(lo, lo == hi)
        o_hi = o_end(hi, lo) if hi > lo else o_lo
        assert o_lo is not None and o_hi is not None  # found above
        out.extend(o_lines[cursor:o_lo])
        added = a_lines[a_start(lo):a_end(hi)]
        out.extend(added)
        out.extend(_rescued(o_lines[o_lo:o_hi], added))
        cursor = o_hi
    out.extend(o_lines[cursor:])
    return "".join(out), widened


def _same(a: Any, b: Any) -> bool:
    """Equal data, NaN equal to NaN (a `.nan` the user wrote stays a `.nan`)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and bool(a == b)


def _reads_as(text: str, expected: Any) -> Document | None:
    from intstrat.check.load import load_text

    doc, _problems = load_text(text)
    if doc is None or not _same(doc.data, expected):
        return None
    return doc


def rewrite(source: Source, plan: Plan) -> tuple[str, Document, bool]:
    """The upgraded text, its reading, and whether ruamel's own layout had to be taken."""
    assert source.document is not None and source.text is not None
    newline = "\r\n" if "\r\n" in source.text else "\n"
    original = source.text.replace("\r\n", "\n")
    expected = copy.deepcopy(source.data)
    for edit in plan.edits:
        apply_plain(expected, edit)
    from ruamel.yaml.error import YAMLError

    yaml = _ruamel(source.document)
    try:
        tree = yaml.load(original)
        before = _dump(yaml, tree)
        for edit in plan.edits:
            apply_tree(tree, edit)
        after = _dump(yaml, tree)
    except (YAMLError, ValueError, TypeError, KeyError) as exc:
        raise UpgradeError(N_("{path}: cannot be rewritten by ruamel.yaml: {reason}"),
                           path=source.name, reason=shown(exc, 200)) from None
    carried, widened = carry(original, before, after)
    for text, relaid in ((carried, widened), (after, True)):
        doc = _reads_as(text, expected)
        if doc is not None:
            return text.replace("\n", newline), doc, relaid
    raise UpgradeError(N_("{path}: the upgraded text would not hold the same data; nothing was "
                          "written. Upgrade it by hand (README: Upgrading a format-1 strategy)"),
                       path=source.name)
