"""Analyses on all three focuses, each with its kind and who performs it (guide ch. 3.3, Tab. 1-3).
"""

from __future__ import annotations

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
    "study). intstrat requires `measures.analyses` to hold at least one analysis for each `focus` "
    "(`own_cluster`, `partner_cluster`, `sector_market`), and each analysis to name its `kind` and "
    "who it is `performed_by`."
)
FIX = N_(
    "Add an entry to `measures.analyses` for every missing `focus` and fill in `kind` and "
    "`performed_by`; mark work by external experts with `external: true`."
)
MESSAGES = {
    "missing": P_("CL04.missing", "no analyses or studies are planned"),
    "focus_missing": P_("CL04.focus_missing", "no analysis with focus '{focus}'"),
    "no_kind": P_(
        "CL04.no_kind",
        "analysis '{name}' does not say what kind it is (SWOT, PEST, market study, ...)",
    ),
    "no_performer": P_("CL04.no_performer", "analysis '{name}' does not say who performs it"),
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
        if not ctx.text(analysis.get("kind")):
            ctx.fail(ID, "no_kind", (*path, "kind"), name=ctx.label(analysis, path))
        if not ctx.text(analysis.get("performed_by")):
            ctx.fail(
                ID, "no_performer", (*path, "performed_by"), name=ctx.label(analysis, path)
            )
