"""`waivers:` of a strategy: which points are waived for a stated reason (guide ch. 9).

A waiver is in force when it names a checklist point or concept section, gives a reason that is
not hollow, names who approved it and has not expired (`until` absent or on or after the review
date). The schema reports a waiver of the wrong shape (a missing key, an unknown point id); such a
waiver is not in force and this module says nothing more about it. What the schema cannot see is
reported here as WV01, at the waiver's line: a hollow reason or approver, an expired waiver, a
second waiver of the same point. The audit then judges the waived points as usual to tell an
unneeded waiver (the point passes anyway: a note, as SU01 does for suppressions).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from intstrat.document import Document
from intstrat.findings import RawFinding, Waiver
from intstrat.rules.hollow import Lexicon
from intstrat.rules.structure import wv01_invalid_waiver
from intstrat.values import as_date

RULE = wv01_invalid_waiver.ID
POINT = re.compile(r"(CL(0[1-9]|1[0-9])|CS(0[1-9]|10))\Z")


class Waivers(NamedTuple):
    """The waivers in force by point id, and the WV01 findings of those that are not."""

    in_force: dict[str, Waiver]
    problems: list[RawFinding]
    # Where each waiver in force sits, for the note on an unneeded one.
    paths: dict[str, tuple[str | int, ...]]


def read(doc: Document, as_of: dt.date, words: Lexicon) -> Waivers:
    """The waivers of `doc` judged on the review day `as_of` with the hollow-text lexicon."""
    data = doc.data if isinstance(doc.data, dict) else {}
    listed = data.get("waivers")
    in_force: dict[str, Waiver] = {}
    paths: dict[str, tuple[str | int, ...]] = {}
    problems: list[RawFinding] = []
    if not isinstance(listed, list):
        return Waivers(in_force, problems, paths)
    for index, item in enumerate(listed):
        if not isinstance(item, dict):
            continue
        where: tuple[str | int, ...] = ("waivers", index)
        point, reason, approver = item.get("point"), item.get("reason"), item.get("approved_by")
        if not (isinstance(point, str) and POINT.match(point)
                and isinstance(reason, str) and isinstance(approver, str)):
            continue  # the schema names what is wrong; such a waiver is not in force
        if point in in_force:
            first = doc.where(paths[point])[0]
            problems.append(RawFinding(RULE, "duplicate", (*where, "point"),
                                       {"point": point, "first": first}, at_value=True))
            continue
        if words.hollow(reason):
            problems.append(RawFinding(RULE, "hollow_reason", (*where, "reason"),
                                       {"point": point}, at_value=True))
            continue
        if words.hollow(approver):
            problems.append(RawFinding(RULE, "no_approver", (*where, "approved_by"),
                                       {"point": point}, at_value=True))
            continue
        until = _until(item)
        if "until" in item and until is None:
            continue  # not a date: the schema or the loader reports it
        if until is not None and until < as_of:
            problems.append(RawFinding(RULE, "expired", (*where, "until"),
                                       {"point": point, "until": until}, at_value=True))
            continue
        line = doc.where(where)[0]
        in_force[point] = Waiver(point, reason, approver, until, line)
        paths[point] = where
    return Waivers(in_force, problems, paths)


def _until(item: dict[str, Any]) -> dt.date | None:
    return as_date(item.get("until"))


def unneeded(point: str, path: tuple[str | int, ...]) -> RawFinding:
    """The note on a waiver in force whose point passes without it."""
    return RawFinding(RULE, "unneeded", (*path, "point"), {"point": point}, at_value=True)


def in_force(data: Any, as_of: dt.date) -> list[Waiver]:
    """The waivers of plain strategy data in force on `as_of` (for the rendered concept)."""
    from intstrat.rules.hollow import lexicon

    return list(read(Document(data, ""), as_of, lexicon()).in_force.values())
