"""Analyses on all three focuses, each with its kind, its owner and its date; partner analyses
before the partners are chosen (guide ch. 3.3, Tab. 1-3).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word

ID = "CL04"
NAME = "three-focus-analyses"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.3, Tab. 1-3"
DATA = ("measures.analyses", "partner_selection.decided")
TITLE = N_("Analyses of own cluster, partner cluster and sector market")
EXPLANATION = N_(
    "To put the strategy on a solid footing, the guide recommends analyses and studies early on, "
    "done in-house or by external experts, with three focuses: the own cluster (SWOT, needs or "
    "competence analysis), the partner clusters (actor analysis, market analysis, legal studies of "
    "target countries) and the sector's market (competitive intelligence, benchmarks, market "
    "study). intstrat requires `measures.analyses` to hold an analysis for each `focus` "
    "(`own_cluster`, `partner_cluster`, `sector_market`), each with its `kind`, a `date` and who "
    "it is `performed_by`; a study with `status: planned` may instead say in `tender` how its "
    "contractor is being found, and is accepted as a plan while its date lies ahead of the review "
    "date (`--as-of`), but not once that date has passed. At least one partner-cluster analysis "
    "must be dated no later than the partner selection (`partner_selection.decided`, else the "
    "earliest `signed` date of `partner_selection.agreements`), since partners are chosen on its "
    "results."
)
FIX = N_(
    "Add an entry to `measures.analyses` for every missing `focus` with `kind`, `date` and "
    "`performed_by` (or `tender` for a planned study), update the `status` of studies that have "
    "taken place, and date a partner-cluster analysis before the partners are chosen."
)
MESSAGES = {
    "missing": P_("CL04.missing", "no analyses or studies are planned"),
    "focus_missing": P_("CL04.focus_missing", "no analysis with focus '{focus}'"),
    "no_kind": P_(
        "CL04.no_kind",
        "analysis '{name}' does not say what kind it is (SWOT, PEST, market study, ...)",
    ),
    "no_performer": P_("CL04.no_performer", "analysis '{name}' does not say who performs it"),
    "no_owner_planned": P_(
        "CL04.no_owner_planned",
        "planned analysis '{name}' names neither who performs it nor how the contractor is being "
        "found (tender)",
    ),
    "no_date": P_("CL04.no_date", "analysis '{name}' does not say when it is carried out"),
    "planned_overdue": P_(
        "CL04.planned_overdue",
        "analysis '{name}' was planned for {date} and has not happened by the review date "
        "({as_of})",
    ),
    "after_decision": P_(
        "CL04.after_decision",
        "no partner-cluster analysis comes before the partner selection ({decided}); the earliest "
        "is dated {date}",
    ),
    "after_agreement": P_(
        "CL04.after_agreement",
        "no partner-cluster analysis comes before the first cooperation agreement ({decided}); "
        "the earliest is dated {date}",
    ),
}


FOCUSES = ("own_cluster", "partner_cluster", "sector_market")


def check(ctx: Context) -> None:
    analyses = list(ctx.items("measures", "analyses"))
    if not analyses:
        ctx.fail(ID, "missing", ("measures", "analyses"))
        return
    covered = {word(a.get("focus")) for _, a in analyses}
    for focus in FOCUSES:
        if focus not in covered:
            ctx.fail(ID, "focus_missing", ("measures", "analyses"), focus=focus)
    for path, analysis in analyses:
        _check_one(ctx, path, analysis)
    _check_before_selection(ctx, analyses)


def _check_one(ctx: Context, path: tuple[str | int, ...], analysis: dict[str, Any]) -> None:
    name = ctx.label(analysis, path)
    planned = word(analysis.get("status")) == "planned"
    day = ctx.date(analysis.get("date"))
    if not ctx.text(analysis.get("kind")):
        ctx.fail(ID, "no_kind", (*path, "kind"), name=name)
    if not ctx.text(analysis.get("performed_by")):
        if not planned:
            ctx.fail(ID, "no_performer", (*path, "performed_by"), name=name)
        elif not ctx.text(analysis.get("tender")):
            ctx.fail(ID, "no_owner_planned", (*path, "performed_by"), name=name)
    if day is None:
        ctx.fail(ID, "no_date", (*path, "date"), name=name)
    elif planned and ctx.past(day):
        ctx.fail(
            ID, "planned_overdue", (*path, "status"), name=name, date=day, as_of=ctx.as_of
        )


def selection_day(ctx: Context) -> tuple[dt.date, bool] | None:
    """The day the partners were chosen and whether it was recorded as `decided` (else the
    earliest agreement's `signed` date stands in for it)."""
    decided = ctx.date(ctx.get("partner_selection", "decided"))
    if decided is not None:
        return decided, True
    signed = [
        day
        for _, agreement in ctx.items("partner_selection", "agreements")
        if (day := ctx.date(agreement.get("signed"))) is not None
    ]
    return (min(signed), False) if signed else None


def _check_before_selection(ctx: Context, analyses: list[tuple[Any, dict[str, Any]]]) -> None:
    chosen = selection_day(ctx)
    dated = [
        (day, path)
        for path, analysis in analyses
        if word(analysis.get("focus")) == "partner_cluster"
        and (day := ctx.date(analysis.get("date"))) is not None
    ]
    if chosen is None or not dated:
        return
    decided, recorded = chosen
    if any(day <= decided for day, _ in dated):
        return
    day, path = min(dated)
    ctx.fail(
        ID,
        "after_decision" if recorded else "after_agreement",
        (*path, "date"),
        decided=decided,
        date=day,
    )
