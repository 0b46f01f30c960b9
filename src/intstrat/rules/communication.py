"""What CL16 and CL17 read alike: which partners took part in shaping the communication
(guide 6, 6.1, 6.2), and the format-1 flag `developed_with_partners` beside that data.

The data decides: `communication.partners_involved` must name at least one selected candidate
of `partner_selection.candidates`; the flag alone proves nothing.
"""

from __future__ import annotations

from typing import NamedTuple

from intstrat.rules.base import Context

BASE = ("communication",)
INVOLVED = (*BASE, "partners_involved")
FLAG = (*BASE, "developed_with_partners")


class Involvement(NamedTuple):
    listed: list[str]  # the ids written in partners_involved (any text)
    selected: list[str]  # those that are selected candidates
    unselected: list[str]  # those that are known candidates, not (yet) selected
    unknown: list[tuple[int, str]]  # (position, id) of those that are no candidate at all

    @property
    def proven(self) -> bool:
        return bool(self.selected)


def involvement(ctx: Context) -> Involvement:
    """Who took part, by the candidates' status."""
    status: dict[str, object] = {}
    for _, candidate in ctx.items("partner_selection", "candidates"):
        if "id" in candidate:
            status[str(candidate["id"])] = candidate.get("status")
    raw = ctx.get(*INVOLVED)
    written = [(i, ctx.text(v)) for i, v in enumerate(raw)] if isinstance(raw, list) else []
    positions = [(i, text) for i, text in written if text is not None]
    listed = [text for _, text in positions]
    selected = [p for p in listed if status.get(p) == "selected"]
    unselected = [p for p in listed if p in status and status[p] != "selected"]
    unknown = [(i, p) for i, p in positions if p not in status]
    return Involvement(listed, selected, unselected, unknown)


def report_unknown(ctx: Context, rule: str, who: Involvement) -> None:
    """A partner id that is no candidate is a broken reference in the data the point reads."""
    for index, name in who.unknown:
        ctx.fail(rule, "unknown_partner", (*INVOLVED, index), id=name)


def line_of(ctx: Context, path: tuple[str | int, ...]) -> int:
    """The line a message names for another value ("see line N")."""
    return ctx.doc.where(path)[0]


def has(ctx: Context, path: tuple[str, ...]) -> bool:
    """True when the key at `path` is written in the file (whatever its value)."""
    parent = ctx.get(*path[:-1])
    return isinstance(parent, dict) and path[-1] in parent
