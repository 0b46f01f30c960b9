"""`intstrat upgrade`: a format-1 strategy rewritten as format 2, keeping comments and layout.

The decisions are taken on the data `check` reads (its own loader, `check.source`); ruamel.yaml
then makes the edits on a round-trip tree, because PyYAML cannot keep comments. Its dump of the
unedited file and of the edited one are compared, and only the lines that differ are carried
into the user's text, so a line ruamel would lay out in its own way stays as the user wrote it.
Before anything is written, the result is read back with `check`'s loader and must hold exactly
the data intended; otherwise nothing is written.

What the upgrade changed and what it could not decide are notes (UP01..UP08) in the look of
`check`'s findings, located in the upgraded text.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import difflib
import io
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from intstrat.check.source import STDIN, Source, read_strategy
from intstrat.document import Document, Path_, pointer
from intstrat.errors import IntstratError
from intstrat.findings import FileResult, Finding, RawFinding, Severity
from intstrat.i18n import N_, P_, Label, resolve_language, translator
from intstrat.limits import DEFAULT_MAX_SIZE

EXIT_OK = 0
EXIT_CHANGES = 1
"""`--check` and the file would change, or the file cannot be read as a strategy."""

OLD_VERSION = 1
NEW_VERSION = 2

# The kinds of member a strategy counts in `cluster.members`, in the schema's order: the words
# of `invited` and `open_to` in format 2.
MEMBER_KINDS = ("companies", "smes", "startups", "universities", "research_institutes", "other")

# An audience that says everybody is invited, and words that narrow it again. The upgrade only
# turns the old flag into a list of kinds when the text agrees; anything else is the author's.
_EVERYONE = re.compile(
    r"\b(all|every|everyone|everybody|open to|alle|allen|aller|alles|sämtliche\w*|jede\w*|"
    r"offen für)\b", re.IGNORECASE)
_NARROWED = re.compile(
    r"\b(only|exclusively|except|excluding|not|selected|invited guests|nur|ausschließlich|"
    r"außer|ohne|nicht|ausgewählte\w*)\b", re.IGNORECASE)

# The notes: code → message key → text. The code is stable (documented in the README); the
# key is the gettext context, as for the rules' messages.
NOTES: dict[str, dict[str, Label]] = {
    "UP01": {
        "version": P_("UP01.version", "format version 1 raised to 2 (intstrat: 2)"),
    },
    "UP02": {
        "invited": P_("UP02.invited",
                      "kick-off: open_to_all_actors replaced by invited: [{kinds}]"),
        "kept": P_("UP02.kept",
                   "kick-off: open_to_all_actors removed; invited was already given"),
        "false": P_("UP02.false",
                    "kick-off: open_to_all_actors is false, so the upgrade cannot tell who is "
                    "invited; fill in invited (the kinds of member whose staff are invited) and "
                    "remove the flag"),
        "audience": P_("UP02.audience",
                       "kick-off: the audience '{audience}' does not say that all members are "
                       "invited, so the upgrade cannot tell who is; fill in invited and remove "
                       "open_to_all_actors"),
        "no_members": P_("UP02.no_members",
                         "kick-off: cluster.members counts no member of any kind, so the "
                         "upgrade cannot tell who is invited; fill in invited and remove "
                         "open_to_all_actors"),
        "unclear": P_("UP02.unclear",
                      "kick-off: open_to_all_actors is '{value}', neither true nor false; fill "
                      "in invited and remove the flag"),
    },
    "UP03": {
        "signed": P_("UP03.signed",
                     "agreement with {partner}: accepted_by_both replaced by status: signed"),
        "negotiating": P_("UP03.negotiating",
                          "agreement with {partner}: accepted_by_both replaced by status: "
                          "negotiating"),
        "no_date": P_("UP03.no_date",
                      "agreement with {partner}: accepted by both but no signing date, so "
                      "status is negotiating; once signed, set status: signed and the date "
                      "(signed)"),
        "planned": P_("UP03.planned",
                      "agreement with {partner}: signing is dated {signed}, after {as_of}, so "
                      "status is negotiating; once signed, set status: signed"),
        "kept": P_("UP03.kept",
                   "agreement with {partner}: accepted_by_both removed; status was already "
                   "given"),
        "unknown": P_("UP03.unknown",
                      "agreement with {partner}: neither accepted_by_both nor status, so the "
                      "upgrade cannot tell where it stands; fill in status (draft, "
                      "negotiating, signed or ended)"),
    },
    "UP04": {
        "signed_by": P_("UP04.signed_by",
                        "agreement with {partner}: signed_by unknown: fill in who signed on "
                        "each side (signed_by: cluster and partner, each as \"name, role\")"),
    },
    "UP05": {
        "removed": P_("UP05.removed",
                      "communication: developed_with_partners removed; format 2 reads it from "
                      "partners_involved"),
        "no_partners": P_("UP05.no_partners",
                          "communication: developed_with_partners was true but "
                          "partners_involved names no partner; fill in the partners who took "
                          "part in developing the communication"),
        "contradiction": P_("UP05.contradiction",
                            "communication: developed_with_partners was false but "
                            "partners_involved names partners; format 2 counts them as "
                            "involved: check the list"),
    },
    "UP06": {
        "open_to": P_("UP06.open_to",
                      "communication: open_to_all_actors replaced by open_to: [{kinds}]"),
        "kept": P_("UP06.kept",
                   "communication: open_to_all_actors removed; open_to was already given"),
        "false": P_("UP06.false",
                    "communication: open_to_all_actors is false, so the upgrade cannot tell "
                    "who takes part; fill in open_to (the kinds of member) and remove the flag"),
        "audience": P_("UP06.audience",
                       "communication: no internal channel says it is for all members, so the "
                       "upgrade cannot tell who takes part; fill in open_to and remove "
                       "open_to_all_actors"),
        "no_members": P_("UP06.no_members",
                         "communication: cluster.members counts no member of any kind, so the "
                         "upgrade cannot tell who takes part; fill in open_to and remove "
                         "open_to_all_actors"),
        "unclear": P_("UP06.unclear",
                      "communication: open_to_all_actors is '{value}', neither true nor false; "
                      "fill in open_to and remove the flag"),
    },
    "UP07": {
        "committed": P_("UP07.committed",
                        "financing source {source}: status: committed added (it starts on "
                        "{start})"),
        "planned": P_("UP07.planned",
                      "financing source {source}: starts on {start}, after {as_of}, so status: "
                      "planned was added; confirm it (committed, applied or planned)"),
        "no_start": P_("UP07.no_start",
                       "financing source {source}: no start date, so status: planned was "
                       "added; confirm it (committed, applied or planned)"),
    },
    "UP08": {
        "layout": P_("UP08.layout",
                     "ruamel.yaml could not keep the layout of every line near the changes; "
                     "compare the result with the original"),
    },
}

# What the upgrade changed as the data decided is a note; what the author must decide or
# check is a warning.
CHANGED = frozenset({"UP01.version", "UP02.invited", "UP02.kept", "UP03.signed",
                     "UP03.negotiating", "UP03.kept", "UP05.removed", "UP06.open_to", "UP06.kept",
                     "UP07.committed"})


def _severity(code: str, key: str) -> Severity:
    return Severity.INFO if f"{code}.{key}" in CHANGED else Severity.WARNING


@dataclass(frozen=True)
class UpgradeRequest:
    """What the command line asked for.

    `output` None rewrites `file` in place, "-" writes to standard output. `check` writes
    nothing and only says whether the file would change. `as_of` is the day a date is judged
    against (financing that has started, an agreement already signed); None: today.
    """

    file: str
    output: str | None = None
    check: bool = False
    lang: str | None = None
    as_of: dt.date | None = None
    max_size: int = DEFAULT_MAX_SIZE


@dataclass(frozen=True)
class Outcome:
    """What the command leaves: `text` for standard output, `messages` for standard error."""

    text: str
    messages: str
    exit_code: int
    notes: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class _Note:
    code: str
    key: str
    path: Path_
    """Where the note points in the upgraded text (the nearest existing ancestor if gone)."""
    args: dict[str, Any] = field(default_factory=dict)


# ---- the edits, applied alike to the plain data and to ruamel's tree


@dataclass(frozen=True)
class _Edit:
    """One change of the mapping at `at`: `key` gets `value` (or goes, with `delete`).

    `replaces` puts the new key where that old key was (the old one goes); `after` puts a new
    key after that one (at the end when it is missing).
    """

    at: Path_
    key: str
    value: Any = None
    replaces: str | None = None
    after: tuple[str, ...] = ()
    delete: bool = False


def _walk(tree: Any, path: Path_) -> Any:
    for part in path:
        tree = tree[part]
    return tree


def _apply_plain(data: Any, edit: _Edit) -> None:
    mapping = _walk(data, edit.at)
    if edit.delete:
        mapping.pop(edit.key, None)
        return
    if edit.replaces is not None:
        mapping.pop(edit.replaces, None)
    mapping[edit.key] = edit.value


def _apply_tree(tree: Any, edit: _Edit) -> None:
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


# ---- deciding what changes


def _is_date(value: Any) -> TypeGuard[dt.date]:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _kinds(data: dict[str, Any]) -> list[str]:
    """The member kinds with a count above zero; all six when the strategy counts none."""
    cluster = data.get("cluster")
    members = cluster.get("members") if isinstance(cluster, dict) else None
    if not isinstance(members, dict):
        return list(MEMBER_KINDS)
    return [kind for kind in MEMBER_KINDS
            if isinstance(members.get(kind), int | float)
            and not isinstance(members.get(kind), bool) and members[kind] > 0]


def _says_everyone(text: Any) -> bool:
    return isinstance(text, str) and bool(_EVERYONE.search(text)) and not _NARROWED.search(text)


def _shown(value: Any, limit: int = 80) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Plan:
    """The edits and notes for one format-1 strategy, decided on `check`'s reading of it."""

    def __init__(self, data: dict[str, Any], as_of: dt.date) -> None:
        self.data = data
        self.as_of = as_of
        self.edits: list[_Edit] = []
        self.notes: list[_Note] = []
        self.kinds = _kinds(data)

    def note(self, code: str, key: str, path: Path_, **args: Any) -> None:
        self.notes.append(_Note(code, key, path, args))

    def build(self) -> _Plan:
        self.edits.append(_Edit((), "intstrat", NEW_VERSION))
        self.note("UP01", "version", ("intstrat",))
        self.kickoff()
        self.agreements()
        self.communication()
        self.financing()
        return self

    def _open_flag(self, at: Path_, flag_value: Any, new_key: str, code: str,
                   everyone: bool, mapping: dict[str, Any]) -> None:
        """open_to_all_actors (kick-off or communication) → the list of member kinds."""
        flag = (*at, "open_to_all_actors")
        if new_key in mapping:
            self.edits.append(_Edit(at, "open_to_all_actors", delete=True))
            self.note(code, "kept", (*at, new_key))
        elif flag_value is False:
            self.note(code, "false", flag)
        elif flag_value is not True:
            self.note(code, "unclear", flag, value=_shown(flag_value))
        elif not self.kinds:
            self.note(code, "no_members", flag)
        elif not everyone:
            args = {"audience": _shown(mapping.get("audience"))} if code == "UP02" else {}
            self.note(code, "audience", (*at, "audience") if code == "UP02" else flag, **args)
        else:
            self.edits.append(_Edit(at, new_key, list(self.kinds), replaces="open_to_all_actors"))
            self.note(code, "invited" if code == "UP02" else "open_to", (*at, new_key),
                      kinds=", ".join(self.kinds))

    def kickoff(self) -> None:
        measures = self.data.get("measures")
        kickoff = measures.get("kickoff") if isinstance(measures, dict) else None
        if not isinstance(kickoff, dict) or "open_to_all_actors" not in kickoff:
            return
        audience = kickoff.get("audience")
        everyone = audience is None or _says_everyone(audience)
        self._open_flag(("measures", "kickoff"), kickoff["open_to_all_actors"], "invited",
                        "UP02", everyone, kickoff)

    def agreements(self) -> None:
        selection = self.data.get("partner_selection")
        agreements = selection.get("agreements") if isinstance(selection, dict) else None
        if not isinstance(agreements, list):
            return
        for index, agreement in enumerate(agreements):
            if isinstance(agreement, dict):
                self.agreement(("partner_selection", "agreements", index), agreement)

    def agreement(self, at: Path_, agreement: dict[str, Any]) -> None:
        partner = _shown(agreement.get("partner", at[-1]))
        flag = agreement.get("accepted_by_both")
        if "status" in agreement:
            if "accepted_by_both" in agreement:
                self.edits.append(_Edit(at, "accepted_by_both", delete=True))
                self.note("UP03", "kept", (*at, "status"), partner=partner)
            return
        if "accepted_by_both" not in agreement or not isinstance(flag, bool):
            self.note("UP03", "unknown", (*at, "accepted_by_both") if "accepted_by_both"
                      in agreement else at, partner=partner)
            return
        signed = agreement.get("signed")
        signed_already = flag and _is_date(signed) and signed <= self.as_of
        status = "signed" if signed_already else "negotiating"
        self.edits.append(_Edit(at, "status", status, replaces="accepted_by_both"))
        if not flag:
            self.note("UP03", "negotiating", (*at, "status"), partner=partner)
        elif status == "signed":
            self.note("UP03", "signed", (*at, "status"), partner=partner)
            if "signed_by" not in agreement:
                self.note("UP04", "signed_by", (*at, "status"), partner=partner)
        elif _is_date(signed):
            self.note("UP03", "planned", (*at, "signed"), partner=partner, signed=signed,
                      as_of=self.as_of)
        else:
            self.note("UP03", "no_date", (*at, "status"), partner=partner)

    def communication(self) -> None:
        communication = self.data.get("communication")
        if not isinstance(communication, dict):
            return
        at: Path_ = ("communication",)
        involved = communication.get("partners_involved")
        if "developed_with_partners" in communication:
            developed = communication["developed_with_partners"]
            self.edits.append(_Edit(at, "developed_with_partners", delete=True))
            where: Path_ = (*at, "partners_involved") if "partners_involved" in communication \
                else at
            if developed is True and not involved:
                self.note("UP05", "no_partners", where)
            elif developed is False and involved:
                self.note("UP05", "contradiction", where)
            else:
                self.note("UP05", "removed", where)
        if "open_to_all_actors" in communication:
            channels = communication.get("internal")
            audiences = [c.get("audience") for c in channels if isinstance(c, dict)
                         and c.get("audience") is not None] if isinstance(channels, list) else []
            everyone = not audiences or any(_says_everyone(a) for a in audiences)
            self._open_flag(at, communication["open_to_all_actors"], "open_to", "UP06",
                            everyone, communication)

    def financing(self) -> None:
        financing = self.data.get("financing")
        sources = financing.get("sources") if isinstance(financing, dict) else None
        if not isinstance(sources, list):
            return
        for index, source in enumerate(sources):
            if not isinstance(source, dict) or "status" in source:
                continue
            at: Path_ = ("financing", "sources", index)
            name = _shown(source.get("id", source.get("name", index)))
            start = source.get("start")
            if _is_date(start) and start <= self.as_of:
                status, key = "committed", "committed"
            else:
                status, key = "planned", "planned" if _is_date(start) else "no_start"
            self.edits.append(_Edit(at, "status", status, after=("kind", "name", "id")))
            args: dict[str, Any] = {"source": name}
            if _is_date(start):
                args["start"] = start
            if key == "planned":
                args["as_of"] = self.as_of
            self.note("UP07", key, (*at, "status"), **args)


# ---- the rewrite


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


def rewrite(source: Source, plan: _Plan) -> tuple[str, Document, bool]:
    """The upgraded text, its reading, and whether ruamel's own layout had to be taken."""
    assert source.document is not None and source.text is not None
    newline = "\r\n" if "\r\n" in source.text else "\n"
    original = source.text.replace("\r\n", "\n")
    expected = copy.deepcopy(source.data)
    for edit in plan.edits:
        _apply_plain(expected, edit)
    from ruamel.yaml.error import YAMLError

    yaml = _ruamel(source.document)
    try:
        tree = yaml.load(original)
        before = _dump(yaml, tree)
        for edit in plan.edits:
            _apply_tree(tree, edit)
        after = _dump(yaml, tree)
    except (YAMLError, ValueError, TypeError, KeyError) as exc:
        raise UpgradeError(N_("{path}: cannot be rewritten by ruamel.yaml: {reason}"),
                           path=source.name, reason=_shown(exc, 200)) from None
    carried, widened = carry(original, before, after)
    for text, relaid in ((carried, widened), (after, True)):
        doc = _reads_as(text, expected)
        if doc is not None:
            return text.replace("\n", newline), doc, relaid
    raise UpgradeError(N_("{path}: the upgraded text would not hold the same data; nothing was "
                          "written. Upgrade it by hand (README: Upgrading a format-1 strategy)"),
                       path=source.name)


# ---- the command


def _bom(path: str) -> str | None:
    """The codec of a file that starts with a byte order mark, to write it back the same way."""
    if path == STDIN:
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError:
        return None
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return codec
    return None


def _finding(name: str, doc: Document | None, code: str, key: str, path: Path_,
             args: dict[str, Any], severity: Severity | None = None) -> Finding:
    label = NOTES[code][key]
    line, column = doc.where(path) if doc is not None else (1, 1)
    return Finding(name, line, column, code, severity or _severity(code, key), label.message,
                   label.context, tuple(args.items()), pointer(path))


def note_line(note: Finding, lang: str, paint: Callable[[str, str], str]) -> str:
    """One note as `check` shows a finding: `file:line:col: level message [code]`."""
    from intstrat.reporters.text import _COLORS
    from intstrat.reporters.words import severity_word
    from intstrat.terminal import printable

    place = paint(f"{printable(note.path)}:{note.line}:{note.column}", "1")
    level = paint(severity_word(note.severity, lang), _COLORS[note.severity])
    return f"{place}: {level} {printable(note.text(lang))} [{note.rule}]"


def _painter(color: bool) -> Callable[[str, str], str]:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    return paint


def _not_a_strategy(source: Source, lang: str, color: bool, *raws: RawFinding) -> Outcome:
    """The file cannot be upgraded: `check`'s report of it, the same words and exit code."""
    from intstrat.reporters import ReportOptions
    from intstrat.reporters.text import report
    from intstrat.rules.messages import finding

    findings = list(source.problems)
    for raw in raws:
        doc = source.document
        if doc is None:
            line, column = 1, 1
        else:
            line, column = (doc.value_where if raw.at_value else doc.where)(raw.path)
        findings.append(finding(source.name, line, column, raw.rule, Severity.ERROR, raw.key,
                                raw.args, pointer(raw.path)))
    result = FileResult(source.name, tuple(sorted(findings)), language=lang, is_strategy=False)
    return Outcome("", report([result], ReportOptions(lang=lang, color=color)), EXIT_CHANGES)


def upgrade(request: UpgradeRequest, color: bool = False) -> Outcome:
    """Read, decide, rewrite, write (unless `check`); every way out is an Outcome or an
    IntstratError for the boundary."""
    source = read_strategy(request.file, request.max_size)
    lang = resolve_language(request.lang, source.language)
    tr = translator(lang)
    if not source.readable:
        return _not_a_strategy(source, lang, color)
    data = source.data
    assert isinstance(data, dict)
    if "intstrat" not in data:
        return _not_a_strategy(source, lang, color, RawFinding("SC04", "no_version"))
    version = data["intstrat"]
    if type(version) is int and version == NEW_VERSION:
        return Outcome("" if request.output != "-" or request.check else source.text or "",
                       tr.gettext("{path}: already format 2, nothing to do", path=source.name)
                       + "\n", EXIT_OK)
    if type(version) is not int or version != OLD_VERSION:
        return _not_a_strategy(source, lang, color, RawFinding(
            "SC04", "version", ("intstrat",), {"value": version}, at_value=True))

    plan = _Plan(data, request.as_of or dt.date.today()).build()
    text, doc, relaid = rewrite(source, plan)
    to_stdout = request.output == "-" or (request.output is None and request.file == STDIN)
    shown = source.name if request.output in (None, "-") else request.output
    notes = [_finding(shown, doc, n.code, n.key, n.path, n.args) for n in plan.notes]
    if relaid:
        notes.append(_finding(shown, doc, "UP08", "layout", (), {}))
    notes.sort(key=lambda n: (n.line, n.column, n.rule))
    paint = _painter(color)
    lines = [note_line(n, lang, paint) for n in notes]
    warnings = sum(1 for n in notes if n.severity >= Severity.WARNING)
    if request.check:
        lines.append(tr.gettext("{path}: would be upgraded to format 2 (intstrat upgrade {path})",
                                path=source.name))
        return Outcome("", "\n".join(lines) + "\n", EXIT_CHANGES, tuple(notes))
    if to_stdout:
        out = text
    else:
        from intstrat.atomic import write_bytes

        target = Path(request.file if request.output is None else request.output)
        codec = _bom(request.file) if request.output is None else None
        # The encoding it came in (a byte order mark is written again by these codecs).
        write_bytes(target, text.encode(codec or "utf-8", "backslashreplace"))
        out = ""
    if request.output not in (None, "-"):
        lines.append(tr.gettext("{path}: upgraded to format 2, written to {target}",
                                path=source.name, target=request.output))
    else:
        lines.append(tr.gettext("{path}: upgraded to format 2", path=source.name))
    if warnings:
        lines.append(tr.ngettext(
            "{n} point the upgrade could not decide is left for you (the warnings above).",
            "{n} points the upgrade could not decide are left for you (the warnings above).",
            warnings))
    return Outcome(out, "\n".join(lines) + "\n", EXIT_OK, tuple(notes))
