"""What CL16 and CL17 read alike: which partners took part in shaping the communication
(guide 6, 6.1, 6.2), and the format-1 flag `developed_with_partners` beside that data.

The data decides: `communication.partners_involved` must name at least one selected candidate
of `partner_selection.candidates`; the flag alone proves nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from intstrat.rules.base import Context

BASE = ("communication",)
INVOLVED = (*BASE, "partners_involved")
FLAG = (*BASE, "developed_with_partners")


@dataclass(frozen=True)
class Involvement:
    listed: list[str]  # the ids written in partners_involved (any text)
    selected: list[str]  # those that are selected candidates
    unselected: list[str]  # those that are known candidates, not (yet) selected

    @property
    def proven(self) -> bool:
        return bool(self.selected)


def involvement(ctx: Context) -> Involvement:
    """Who took part, by the candidates' status."""
    status: dict[str, object] = {}
    for _, candidate in ctx.items("partner_selection", "candidates"):
        if "id" in candidate:
            status[str(candidate["id"])] = candidate.get("status")
    listed = [str(v) for v in ctx.texts(ctx.get(*INVOLVED))]
    selected = [p for p in listed if status.get(p) == "selected"]
    unselected = [p for p in listed if p in status and status[p] != "selected"]
    return Involvement(listed, selected, unselected)


def line_of(ctx: Context, path: tuple[str | int, ...]) -> int:
    """The line a message names for another value ("see line N")."""
    return ctx.doc.where(path)[0]


def has(ctx: Context, path: tuple[str, ...]) -> bool:
    """True when the key at `path` is written in the file (whatever its value)."""
    parent = ctx.get(*path[:-1])
    return isinstance(parent, dict) and path[-1] in parent
