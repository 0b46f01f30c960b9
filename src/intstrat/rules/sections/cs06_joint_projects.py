"""Possible projects with the international partners (guide ch. 8, 5)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word

ID = "CS06"
NAME = "joint-projects"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 5"
DATA = ("project_selection.projects", "partner_selection.candidates[].id",
        "partner_selection.candidates[].status")
TITLE = N_("Possible projects with the international partners")
EXPLANATION = N_(
    "The concept sketches the projects the cluster could run with its international partners, "
    "and a project that goes ahead does so with partners chosen for it and bound by a "
    "cooperation paper (guide 4.3, 5). intstrat requires at least one entry in "
    "`project_selection.projects`, each naming at least one partner in `partners` (CO03 checks "
    "that these are ids of `partner_selection.candidates`). A project with status selected, "
    "running or completed may only name candidates with `status: selected` (that the "
    "cooperation paper with each comes first is CL13's check)."
)
FIX = N_(
    "Add the projects under `project_selection.projects` and list in `partners` the candidate ids "
    "of the partners involved; a project goes ahead only with selected partners, and runs once "
    "the agreement with each of them is signed."
)
MESSAGES = {
    "missing": P_("CS06.missing", "no possible projects with the partners"),
    "no_partner": P_("CS06.no_partner", "project '{name}' names no international partner"),
    "not_selected": P_(
        "CS06.not_selected",
        "project '{name}' goes ahead ({status}) with '{partner}', which is not a selected "
        "partner",
    ),
}

# The statuses under which a project goes ahead, as messages name them.
AHEAD = {
    "selected": P_("status", "selected"),
    "running": P_("status", "running"),
    "completed": P_("status", "completed"),
}


def check(ctx: Context) -> None:
    projects = list(ctx.items("project_selection", "projects"))
    if not projects:
        ctx.fail(ID, "missing", ("project_selection", "projects"))
    status_of = {
        c["id"]: word(c.get("status"))
        for _, c in ctx.items("partner_selection", "candidates")
        if isinstance(c.get("id"), str)
    }
    names = {c["id"]: ctx.label(c, p) for p, c in ctx.items("partner_selection", "candidates")
             if isinstance(c.get("id"), str)}
    for path, project in projects:
        name = ctx.label(project, path, prefer_id=True)
        if not ctx.texts(project.get("partners")):
            ctx.fail(ID, "no_partner", (*path, "partners"), name=name)
            continue
        status = word(project.get("status"))
        if status not in AHEAD:
            continue
        for index, partner in enumerate(project["partners"]):
            if not isinstance(partner, str) or partner not in status_of:
                continue  # an unknown id is CO03's finding
            at = (*path, "partners", index)
            if status_of[partner] != "selected":
                ctx.fail(ID, "not_selected", at, name=name, status=AHEAD[status],
                         partner=names[partner])
