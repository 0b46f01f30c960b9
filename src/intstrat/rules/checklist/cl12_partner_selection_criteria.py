"""Partner selection on a weighted, reusable criteria catalogue, with candidates assessed
(guide ch. 4.1, 4.2).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from intstrat.document import Path_
from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import criteria_catalogue, decided_unscored, unscored
from intstrat.rules.selection import check_conflicts, check_ranking, derived_conflicts

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
    "framework conditions and complementarity, and asks that the decision rests on the ranking "
    "the catalogue gives. intstrat requires a `partner_selection.process` that says something "
    "(not a placeholder such as \"see above\"), at least two `criteria` each with a positive "
    "`weight`, and at least one candidate that has a score for every criterion; every candidate "
    "with `status: selected` must be scored on every criterion. It computes each candidate's "
    "score as `intstrat rank` does (the weighted mean of the criteria means, raters with a "
    "conflict of interest left out): a selected candidate that scores below a rejected one "
    "needs a `decision_reason` on either of them. Conflicts of interest are also read from the "
    "data: a rater whose `organisation` (compared part by part at commas, ignoring case, "
    "punctuation and the legal form) is the candidate itself has a conflict that must be "
    "declared under `conflicts_of_interest`, and a rater with a conflict must not have scored "
    "that candidate."
)
FIX = N_(
    "Describe the procedure in `partner_selection.process`, define weighted `criteria` and add "
    "`scores` for the candidates, one value per criterion id in `values`. Declare each rater's "
    "conflict of interest under `conflicts_of_interest` and leave out that rater's scores; "
    "where a selected candidate ranks below a rejected one, say why in `decision_reason`."
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
    "below_rejected": P_(
        "CL12.below_rejected",
        "selected partner '{item}' scores {score}, below the rejected '{rejected}' "
        "({rejected_score}); record why in `decision_reason`",
    ),
    "conflict_undeclared": P_(
        "CL12.conflict_undeclared",
        "rater '{rater}' belongs to '{via}', the candidate '{item}' itself: declare the "
        "conflict of interest under `conflicts_of_interest`",
    ),
    "conflict_scored": P_(
        "CL12.conflict_scored",
        "rater '{rater}' has a conflict of interest with '{item}' but scored it; remove the "
        "score (it is left out of the ranking)",
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
    derived = derived_conflicts(ctx, "partner_selection", "candidates", _is_candidate)
    conflicts = check_conflicts(ctx, ID, "partner_selection", "candidates", derived)
    check_ranking(ctx, ID, "partner_selection", "candidates", {"selected"}, conflicts)


def _is_candidate(path: Path_, candidate: dict[str, Any]) -> Iterator[tuple[Path_, str]]:
    """A rater of the candidate's own organisation has a conflict (guide 5.1, read for 4.2)."""
    name = candidate.get("name")
    if isinstance(name, str):
        yield (*path, "name"), name
