"""Steering bodies at project level and across projects, mixed in kind and hierarchy
(guide ch. 3.4).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word

ID = "CL05"
NAME = "steering-bodies"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.4"
DATA = ("measures.steering_bodies",)
TITLE = N_("Mixed steering bodies at project level and across projects")
EXPLANATION = N_(
    "The guide counts the management structure among the main success factors: the strategy needs "
    "ongoing strategic control by teams that mix disciplines and hierarchy levels, with task "
    "forces for the projects and a body across projects that reviews, evaluates and advises. "
    "intstrat requires in `measures.steering_bodies` at least one body with `level: project` and "
    "at least one with `level: cross_project`; every body lists at least two kinds of `members` "
    "and at least two `hierarchy_levels`."
)
FIX = N_(
    "Describe a project-level task force and a cross-project committee under "
    "`measures.steering_bodies`, each with at least two kinds of `members` (e.g. `sme`, "
    "`university`) and two `hierarchy_levels` (e.g. `management`, `operational`)."
)
MESSAGES = {
    "missing": P_("CL05.missing", "no steering bodies are formed"),
    "level_missing": P_("CL05.level_missing", "no steering body at level '{level}'"),
    "not_interdisciplinary": P_(
        "CL05.not_interdisciplinary",
        "'{name}' draws its members from fewer than two kinds of actors",
    ),
    "single_level": P_("CL05.single_level", "'{name}' spans fewer than two hierarchy levels"),
}


def check(ctx: Context) -> None:
    bodies = list(ctx.items("measures", "steering_bodies"))
    if not bodies:
        ctx.fail(ID, "missing", ("measures", "steering_bodies"))
        return
    levels = {word(b.get("level")) for _, b in bodies}
    for level in ("project", "cross_project"):
        if level not in levels:
            ctx.fail(ID, "level_missing", ("measures", "steering_bodies"), level=level)
    for path, body in bodies:
        if len(set(ctx.texts(body.get("members")))) < 2:
            ctx.fail(
                ID, "not_interdisciplinary", (*path, "members"), name=ctx.label(body, path)
            )
        if len(set(ctx.texts(body.get("hierarchy_levels")))) < 2:
            ctx.fail(
                ID, "single_level", (*path, "hierarchy_levels"), name=ctx.label(body, path)
            )
