"""Project selection on criteria of all three groups, by a named body, conflicts handled
(guide ch. 5.1, 5.2).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import criteria_catalogue, decided_unscored, word

ID = "CL14"
NAME = "project-selection-criteria"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "5.1, 5.2"
DATA = tuple("project_selection." + k for k in ("process", "selected_by", "criteria", "raters",
                                                 "conflicts_of_interest", "projects"))
TITLE = N_("Transparent project selection on a criteria catalogue")
EXPLANATION = N_(
    "A fair selection that every side accepts needs a clear procedure, a body that decides (for "
    "example a steering circle or the board of trustees) and a criteria catalogue. The guide names "
    "three groups of criteria: topic, goals and resources; financing; fit with funding policy. "
    "Conflicts of interest are to be ruled out before projects are rated. intstrat requires "
    "`project_selection.process` and `selected_by`, weighted criteria covering all three `group` "
    "values `topic_goals_resources`, `financing` and `funding_policy`, and a "
    "`conflicts_of_interest` list, which may be empty when there are none; selected, running and "
    "completed projects must be scored on every criterion."
)
FIX = N_(
    "Fill in `project_selection.process` and `selected_by`, add at least one criterion per "
    "`group`, and record conflicts of interest under `conflicts_of_interest` (write `[]` if there "
    "are none)."
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
}


PROJECT_GROUPS = ("topic_goals_resources", "financing", "funding_policy")


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
    decided_unscored(
        ctx, ID, "project_selection", "projects", criteria, {"selected", "running", "completed"}
    )
    groups = {word(c.get("group")) for _, c in ctx.items("project_selection", "criteria")}
    for group in PROJECT_GROUPS:
        if group not in groups:
            ctx.fail(ID, "group_missing", ("project_selection", "criteria"), group=group)
    if "conflicts_of_interest" not in selection:
        ctx.fail(ID, "no_conflicts", ("project_selection",))
