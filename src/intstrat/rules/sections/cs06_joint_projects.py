"""Possible projects with the international partners (guide ch. 8, 5)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS06"
NAME = "joint-projects"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 5"
DATA = ("project_selection.projects", "partner_selection.candidates")
TITLE = N_("Possible projects with the international partners")
EXPLANATION = N_(
    "The concept sketches the projects the cluster could run with its international partners. "
    "intstrat requires at least one entry in `project_selection.projects`, and each project names "
    "at least one partner in `partners`; CO03 checks that these are ids of "
    "`partner_selection.candidates`."
)
FIX = N_(
    "Add the projects under `project_selection.projects` and list in `partners` the candidate ids "
    "of the partners involved."
)
MESSAGES = {
    "missing": P_("CS06.missing", "no possible projects with the partners"),
    "no_partner": P_("CS06.no_partner", "project '{name}' names no international partner"),
}


def check(ctx: Context) -> None:
    projects = list(ctx.items("project_selection", "projects"))
    if not projects:
        ctx.fail(ID, "missing", ("project_selection", "projects"))
    for path, project in projects:
        if not ctx.texts(project.get("partners")):
            ctx.fail(
                ID,
                "no_partner",
                (*path, "partners"),
                name=ctx.label(project, path, prefer_id=True),
            )
