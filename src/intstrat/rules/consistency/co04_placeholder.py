"""Placeholder text is a gap, not content."""

from __future__ import annotations

from typing import Any

from intstrat.document import Path_
from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CO04"
NAME = "placeholder"
GROUP = Group.CONSISTENCY
SEVERITY = Severity.WARNING
CHAPTER = ""
TITLE = N_("Placeholder text instead of content")
EXPLANATION = N_(
    "Drafts fill gaps with markers that are easy to forget: TODO, TBD, FIXME, xxx, lorem ipsum, "
    "'...', 'siehe unten', 'see below' or an empty string. intstrat treats such text as missing, "
    "so the rules that need the value fail, and CO04 points at each placeholder so that it does "
    "not slip into the document handed to the board or the funding body."
)
FIX = N_("Replace the placeholder with real content, or remove the key until the content exists.")
MESSAGES = {
    "placeholder": P_("CO04.placeholder", "placeholder text '{text}' counts as missing"),
}


def check(ctx: Context) -> None:
    # Every string of the file, as `iter_strings` gives them, but a path is built only for the
    # mappings and lists walked and for the strings that fail (the audit sorts the findings).
    stack: list[tuple[Path_, Any]] = [((), ctx.data)]
    while stack:
        here, node = stack.pop()
        pairs = node.items() if isinstance(node, dict) else enumerate(node)
        nested: list[tuple[Path_, Any]] = []
        for key, value in pairs:
            if isinstance(value, str):
                if key != "id" and ctx.hollow(value):
                    ctx.fail(ID, "placeholder", (*here, key),
                             text=value.strip()[:30] or '""')
            elif isinstance(value, dict | list):
                nested.append(((*here, key), value))
        stack.extend(reversed(nested))
