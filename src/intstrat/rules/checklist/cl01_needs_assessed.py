"""Needs established before measures: members asked by a dated method before the first measure,
and findings that say something (guide ch. 2).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import funding_start

ID = "CL01"
NAME = "needs-assessed"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "2"
DATA = ("needs_assessment", "funding.start", "measures.kickoff.date")
TITLE = N_("Members' internationalisation needs established before measures")
EXPLANATION = N_(
    "Before the cluster management designs any measure, it should learn what the members "
    "themselves expect from going international, through assemblies, phone campaigns or surveys "
    "that also draw them into the process. intstrat reads `needs_assessment.methods`: each needs "
    "its `method`, a `date` and, once held, a `participants` count above zero; a method nobody "
    "attended counts for nothing. The earliest counted method must lie no later than the first "
    "measure, the earliest date among the kick-off, workshops, management trainings and "
    "analyses under `measures` (`funding.start` when none is dated). Once a method has been held, "
    "`needs_assessment.findings` must record at least one result that is not hollow text (a "
    "deferral or a cross-reference); a survey still ahead of the review date (`--as-of`) is a plan "
    "and needs no findings yet."
)
FIX = N_(
    "List each method under `needs_assessment.methods` with `method`, `date` and `participants`, "
    "dated before the first measure, and write down under `needs_assessment.findings` what the "
    "members said they need."
)
MESSAGES = {
    "missing": P_(
        "CL01.missing",
        "no needs assessment: how were the members' international needs established?",
    ),
    "no_method": P_(
        "CL01.no_method",
        "the needs assessment names no method (survey, assembly, interviews, ...)",
    ),
    "method_kind": P_("CL01.method_kind", "this method does not say what kind it is"),
    "undated": P_("CL01.undated", "no method of the needs assessment has a date"),
    "no_participants": P_(
        "CL01.no_participants",
        "nobody took part in this method (participants: {count}); it cannot show what the "
        "members need",
    ),
    "participants_unknown": P_(
        "CL01.participants_unknown",
        "no method held so far says how many members took part (participants)",
    ),
    "after_kickoff": P_(
        "CL01.after_kickoff",
        "the needs assessment ({date}) comes after the kick-off ({limit}); it should come first",
    ),
    "after_measure": P_(
        "CL01.after_measure",
        "the needs assessment ({date}) comes after the first measure, '{measure}' ({limit}); it "
        "should come first",
    ),
    "after_funding_start": P_(
        "CL01.after_funding_start",
        "the needs assessment ({date}) comes after the funding start ({limit}); it should come "
        "first",
    ),
    "no_findings": P_("CL01.no_findings", "the needs assessment records no findings"),
}

# The measures whose dates the assessment must precede (guide ch. 2: before measures are built).
_MEASURES = ("workshops", "management_training", "analyses")


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _first_measure(ctx: Context) -> tuple[dt.date, str | None] | None:
    """The earliest dated measure: (its date, its name); the name is None for the kick-off."""
    dated: list[tuple[dt.date, int, str | None]] = []
    kickoff = ctx.date(ctx.get("measures", "kickoff", "date"))
    if kickoff is not None:
        dated.append((kickoff, 0, None))
    for key in _MEASURES:
        for path, item in ctx.items("measures", key):
            day = ctx.date(item.get("date"))
            if day is not None:
                dated.append((day, len(dated) + 1, ctx.label(item, path)))
    if not dated:
        return None
    day, _, name = min(dated, key=lambda entry: (entry[0], entry[1]))
    return day, name


def check(ctx: Context) -> None:
    section = ctx.get("needs_assessment")
    if not isinstance(section, dict) or not ctx.present(section):
        ctx.fail(ID, "missing", ("needs_assessment",))
        return
    methods = list(ctx.items("needs_assessment", "methods"))
    if not methods:
        ctx.fail(ID, "no_method", ("needs_assessment", "methods"))
    counted = []  # methods of a known kind that someone may have attended
    for path, method in methods:
        if not ctx.text(method.get("method")):
            ctx.fail(ID, "method_kind", (*path, "method"))
            continue
        count = _count(method.get("participants"))
        if count is not None and count <= 0:
            ctx.fail(ID, "no_participants", (*path, "participants"), count=count)
            continue
        counted.append((path, method, ctx.date(method.get("date")), count))
    held = [entry for entry in counted if ctx.past(entry[2])]
    if held and not any(count for *_, count in held):
        ctx.fail(ID, "participants_unknown", held[0][0])
    dated = [(day, path) for path, _, day, _ in counted if day is not None]
    if methods and not any(ctx.date(m.get("date")) for _, m in methods):
        ctx.fail(ID, "undated", methods[0][0])
    elif dated:
        _check_order(ctx, dated)
    planned_only = bool(counted) and not held and all(day is not None for *_, day, _ in counted)
    if not planned_only and not ctx.texts(section.get("findings")):
        ctx.fail(ID, "no_findings", ("needs_assessment", "findings"))


def _check_order(ctx: Context, dated: list[tuple[dt.date, tuple[str | int, ...]]]) -> None:
    first = _first_measure(ctx)
    limit, measure = first if first else (funding_start(ctx), None)
    if limit is None or any(day <= limit for day, _ in dated):
        return
    day, path = min(dated)
    if first is None:
        ctx.fail(ID, "after_funding_start", (*path, "date"), date=day, limit=limit)
    elif measure is None:
        ctx.fail(ID, "after_kickoff", (*path, "date"), date=day, limit=limit)
    else:
        ctx.fail(ID, "after_measure", (*path, "date"), date=day, limit=limit, measure=measure)
