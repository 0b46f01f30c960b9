"""Project selection on criteria of all three groups, by a named body, conflicts handled
(guide ch. 5.1, 5.2).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from intstrat.document import Path_
from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import criteria_catalogue, decided_unscored, word
from intstrat.rules.phrases import has_part, within_word
from intstrat.rules.selection import check_conflicts, check_ranking, derived_conflicts

ID = "CL14"
NAME = "project-selection-criteria"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "5.1, 5.2"
DATA = tuple("project_selection." + k for k in (
    "process", "selected_by", "criteria", "raters", "conflicts_of_interest", "projects[].id",
    "projects[].status", "projects[].scores", "projects[].participants",
    "projects[].decision_reason"))
TITLE = N_("Transparent project selection on a criteria catalogue")
EXPLANATION = N_(
    "A fair selection that every side accepts needs a clear procedure, a body that decides (for "
    "example a steering circle or the board of trustees) and a criteria catalogue. The guide "
    "names three groups of criteria (topic, goals and resources; financing; fit with funding "
    "policy), asks that conflicts of interest are ruled out before projects are rated, and that "
    "the best-rated projects are chosen. intstrat requires a `project_selection.process` that "
    "says something (not a placeholder) and a `selected_by`, weighted criteria covering all "
    "three `group` values `topic_goals_resources`, `financing` and `funding_policy`, and "
    "conflicts of interest addressed by a `conflicts_of_interest` list (empty when there are "
    "none) or by a process text that says how they are handled; selected, running and completed "
    "projects must be scored on every criterion. Conflicts are also read from the data: a rater "
    "whose `organisation` (compared part by part at commas, ignoring case, punctuation and the "
    "legal form) is among a project's `participants` or is one of its partner candidates has a "
    "conflict that must be declared, and a rater with a conflict must not have scored that "
    "project. Each project's score is computed as `intstrat rank` does, raters with a conflict "
    "left out: a selected, running or completed project that scores below a rejected one needs "
    "a `decision_reason` on either of them."
)
FIX = N_(
    "Fill in `project_selection.process` and `selected_by`, add at least one criterion per "
    "`group`, and record conflicts of interest under `conflicts_of_interest` (write `[]` if there "
    "are none): a rater from a participating organisation is one, and leaves that project "
    "unscored. Where a chosen project ranks below a rejected one, say why in `decision_reason`."
)
MESSAGES = {
    "missing": P_("CL14.missing", "no project selection is described"),
    "no_process": P_("CL14.no_process", "the project selection does not describe its process"),
    "no_selector": P_("CL14.no_selector", "the project selection names no body that selects"),
    "few_criteria": P_(
        "CL14.few_criteria",
        "the criteria catalogue has {count} criterion/criteria; at least two are expected",
    ),
    "no_weight": P_("CL14.no_weight", "criterion '{name}' has no positive weight"),
    "group_missing": P_("CL14.group_missing", "no project criterion of the group '{group}'"),
    "no_conflicts": P_(
        "CL14.no_conflicts",
        "conflicts of interest are not addressed (list them under conflicts_of_interest, or write "
        "an empty list)",
    ),
    "decided_unscored": P_(
        "CL14.decided_unscored",
        "project '{name}' is selected without a score on every criterion (missing: {missing})",
    ),
    "below_rejected": P_(
        "CL14.below_rejected",
        "project '{item}' goes ahead with a score of {score}, below the rejected '{rejected}' "
        "({rejected_score}); record why in `decision_reason`",
    ),
    "conflict_undeclared": P_(
        "CL14.conflict_undeclared",
        "rater '{rater}' belongs to '{via}', which takes part in project '{item}': declare the "
        "conflict of interest under `conflicts_of_interest`",
    ),
    "conflict_scored": P_(
        "CL14.conflict_scored",
        "rater '{rater}' has a conflict of interest with project '{item}' but scored it; remove "
        "the score (it is left out of the ranking)",
    ),
}


PROJECT_GROUPS = ("topic_goals_resources", "financing", "funding_policy")
DECIDED = ("selected", "running", "completed")

# A process text that says how conflicts of interest are handled.
_CONFLICTS = ("conflict of interest", "conflicts of interest", "bias", "befangen")



def _names_conflicts(text: str) -> bool:
    """"conflicts of interest", "bias", "Interessenkonflikte", "befangen" (case-blind)."""
    low = " ".join(text.lower().split())
    return has_part(low, _CONFLICTS) or within_word(low, "interessen", ("konflikt",))

def check(ctx: Context) -> None:
    selection = ctx.get("project_selection")
    if not isinstance(selection, dict) or not ctx.present(selection):
        ctx.fail(ID, "missing", ("project_selection",))
        return
    if not ctx.text(selection.get("process")):
        ctx.fail(ID, "no_process", ("project_selection", "process"))
    if not ctx.text(selection.get("selected_by")):
        ctx.fail(ID, "no_selector", ("project_selection", "selected_by"))
    criteria = criteria_catalogue(ctx, ID, "project_selection")
    decided_unscored(ctx, ID, "project_selection", "projects", criteria, set(DECIDED))
    groups = {word(c.get("group")) for _, c in ctx.items("project_selection", "criteria")}
    for group in PROJECT_GROUPS:
        if group not in groups:
            ctx.fail(ID, "group_missing", ("project_selection", "criteria"), group=group)
    process = ctx.text(selection.get("process"))
    handled = bool(process and _names_conflicts(process))
    if "conflicts_of_interest" not in selection and not handled:
        ctx.fail(ID, "no_conflicts", ("project_selection",))
    names = {str(c["id"]): c.get("name") for _, c in ctx.items("partner_selection", "candidates")
             if isinstance(c.get("id"), str)}

    def takes_part(path: Path_, project: dict[str, Any]) -> Iterator[tuple[Path_, str]]:
        """The participants of a project and the names of its partner candidates."""
        participants = project.get("participants")
        for index, name in enumerate(participants if isinstance(participants, list) else ()):
            if isinstance(name, str):
                yield (*path, "participants", index), name
        partners = project.get("partners")
        for index, partner in enumerate(partners if isinstance(partners, list) else ()):
            name = names.get(partner) if isinstance(partner, str) else None
            if isinstance(name, str):
                yield (*path, "partners", index), name

    derived = derived_conflicts(ctx, "project_selection", "projects", takes_part)
    conflicts = check_conflicts(ctx, ID, "project_selection", "projects", derived)
    check_ranking(ctx, ID, "project_selection", "projects", DECIDED, conflicts)
