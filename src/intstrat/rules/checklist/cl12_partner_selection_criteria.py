"""Partner selection on a weighted, reusable criteria catalogue, with candidates assessed
(guide ch. 4.1, 4.2).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import criteria_catalogue, decided_unscored, unscored

ID = "CL12"
NAME = "partner-selection-criteria"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "4.1, 4.2"
DATA = tuple("partner_selection." + k for k in ("process", "criteria", "raters", "candidates"))
TITLE = N_("Transparent partner selection on a weighted criteria catalogue")
EXPLANATION = N_(
    "Partners should be chosen in a stringent and transparent way, on a criteria catalogue that "
    "can be extended and reused for later international projects. The guide groups possible "
    "criteria into the partner in general, structure, management, sector, country or region, "
    "framework conditions and complementarity. intstrat requires a described "
    "`partner_selection.process`, at least two `criteria` each with a `weight`, and at least one "
    "candidate that has a score for every criterion. Every candidate with `status: selected` must "
    "be scored on every criterion."
)
FIX = N_(
    "Describe the procedure in `partner_selection.process`, define weighted `criteria` and add "
    "`scores` for the candidates, one value per criterion id in `values`."
)
MESSAGES = {
    "missing": P_("CL12.missing", "no partner selection is described"),
    "no_process": P_("CL12.no_process", "the partner selection does not describe its process"),
    "few_criteria": P_(
        "CL12.few_criteria",
        "the criteria catalogue has {count} criterion/criteria; at least two are expected",
    ),
    "no_weight": P_("CL12.no_weight", "criterion '{name}' has no positive weight"),
    "unscored": P_("CL12.unscored", "no candidate is scored against every criterion"),
    "decided_unscored": P_(
        "CL12.decided_unscored",
        "selected partner '{name}' is not scored on every criterion (missing: {missing})",
    ),
}


def check(ctx: Context) -> None:
    selection = ctx.get("partner_selection")
    if not isinstance(selection, dict) or not ctx.present(selection):
        ctx.fail(ID, "missing", ("partner_selection",))
        return
    if not ctx.text(selection.get("process")):
        ctx.fail(ID, "no_process", ("partner_selection", "process"))
    criteria = criteria_catalogue(ctx, ID, "partner_selection")
    candidates = list(ctx.items("partner_selection", "candidates"))
    if not any(criteria and not unscored(c, criteria) for _, c in candidates):
        ctx.fail(ID, "unscored", ("partner_selection", "candidates"))
    decided_unscored(ctx, ID, "partner_selection", "candidates", criteria, {"selected"})
