"""Steering bodies at project level and across projects, mixed in kind and hierarchy
(guide ch. 3.4).
"""

from __future__ import annotations

from typing import Any

from intstrat.document import Path_
from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.actors import kinds
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
    "and at least two `hierarchy_levels`. Entries are compared after normalising their spelling, "
    "so `SME`, `smes` and `KMU` are one kind of actor, and hollow entries do not count."
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
    "one_kind": P_(
        "CL05.one_kind",
        "'{name}' lists {count} members, but they are one kind of actor ({kind}): spellings are "
        "not variety",
    ),
    "one_level": P_(
        "CL05.one_level",
        "'{name}' lists {count} hierarchy levels, but they are one level ({level}): spellings are "
        "not variety",
    ),
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
        name = ctx.label(body, path)
        _varied(ctx, path, body, name, "members", ("one_kind", "kind"), "not_interdisciplinary")
        _varied(ctx, path, body, name, "hierarchy_levels", ("one_level", "level"),
                "single_level")


def _varied(ctx: Context, path: Path_, body: dict[str, Any], name: str, key: str,
            one: tuple[str, str], none: str) -> None:
    """A body's `key` names at least two kinds: several spellings of one kind fail as `one` (its
    message and the argument naming the kind), anything else below two kinds as `none`."""
    values = ctx.texts(body.get(key))
    distinct = len(kinds(values))
    if distinct == 1 and len(values) > 1:
        message, argument = one
        ctx.fail(ID, message, (*path, key), name=name, count=len(values),
                 **{argument: values[0]})
    elif distinct < 2:
        ctx.fail(ID, none, (*path, key), name=name)
