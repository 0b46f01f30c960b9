"""What an upgrade changes, decided on `check`'s reading of a format-1 strategy.

The plan is a list of edits (the same for the plain data and for ruamel's tree) and the notes
that say what changed and what is left for the author. Nothing here reads or writes a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from intstrat.document import Path_
from intstrat.rules import actors

NEW_VERSION = 2

# The member kinds (the words of `invited` and `open_to`) and the reading of an audience text are
# the rules' own (rules/actors.py): the upgrade turns the old flag into a list of kinds exactly
# when CL02 and CL16 would read the text as naming all actors; anything else is the author's.
MEMBER_KINDS = actors.MEMBER_KINDS


@dataclass(frozen=True)
class Note:
    """A note (notes.NOTES[code][key]) with its details."""

    code: str
    key: str
    path: Path_
    """Where the note points in the upgraded text (the nearest existing ancestor if gone)."""
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Edit:
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


def _is_date(value: Any) -> TypeGuard[dt.date]:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _kinds(data: dict[str, Any]) -> list[str]:
    """The member kinds with a count above zero; all six when `cluster.members` is missing."""
    cluster = data.get("cluster")
    members = cluster.get("members") if isinstance(cluster, dict) else None
    if not isinstance(members, dict):
        return list(MEMBER_KINDS)
    return actors.member_kinds(members)


def _says_everyone(text: Any) -> bool:
    return isinstance(text, str) and actors.names_all_actors(text)


def shown(value: Any, limit: int = 80) -> str:
    """A value of the user's inside a note: on one line, and cut short when long."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Plan:
    """The edits and notes for one format-1 strategy, decided on `check`'s reading of it."""

    def __init__(self, data: dict[str, Any], as_of: dt.date) -> None:
        self.data = data
        self.as_of = as_of
        self.edits: list[Edit] = []
        self.notes: list[Note] = []
        self.kinds = _kinds(data)

    def note(self, code: str, key: str, path: Path_, **args: Any) -> None:
        self.notes.append(Note(code, key, path, args))

    def build(self) -> Plan:
        self.edits.append(Edit((), "intstrat", NEW_VERSION))
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
            self.edits.append(Edit(at, "open_to_all_actors", delete=True))
            self.note(code, "kept", (*at, new_key))
        elif flag_value is False:
            self.note(code, "false", flag)
        elif flag_value is not True:
            self.note(code, "unclear", flag, value=shown(flag_value))
        elif not self.kinds:
            self.note(code, "no_members", flag)
        elif not everyone:
            args = {"audience": shown(mapping.get("audience"))} if code == "UP02" else {}
            self.note(code, "audience", (*at, "audience") if code == "UP02" else flag, **args)
        else:
            self.edits.append(Edit(at, new_key, list(self.kinds), replaces="open_to_all_actors"))
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
        partner = shown(agreement.get("partner", at[-1]))
        flag = agreement.get("accepted_by_both")
        if "status" in agreement:
            if "accepted_by_both" in agreement:
                self.edits.append(Edit(at, "accepted_by_both", delete=True))
                self.note("UP03", "kept", (*at, "status"), partner=partner)
            return
        if "accepted_by_both" not in agreement or not isinstance(flag, bool):
            self.note("UP03", "unknown", (*at, "accepted_by_both") if "accepted_by_both"
                      in agreement else at, partner=partner)
            return
        signed = agreement.get("signed")
        signed_already = flag and _is_date(signed) and signed <= self.as_of
        status = "signed" if signed_already else "negotiating"
        self.edits.append(Edit(at, "status", status, replaces="accepted_by_both"))
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
            self.edits.append(Edit(at, "developed_with_partners", delete=True))
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
            name = shown(source.get("id", source.get("name", index)))
            start = source.get("start")
            if _is_date(start) and start <= self.as_of:
                status, key = "committed", "committed"
            else:
                status, key = "planned", "planned" if _is_date(start) else "no_start"
            self.edits.append(Edit(at, "status", status, after=("kind", "name", "id")))
            args: dict[str, Any] = {"source": name}
            if _is_date(start):
                args["start"] = start
            if key == "planned":
                args["as_of"] = self.as_of
            self.note("UP07", key, (*at, "status"), **args)
