"""Workshops of both kinds for at least two target groups (guide ch. 3.6)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.actors import kinds
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word

ID = "CL07"
NAME = "workshop-range"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.6"
DATA = ("measures.workshops",)
TITLE = N_("Thematic and strategic workshops for several target groups")
EXPLANATION = N_(
    "Besides the kick-off, the guide expects a range of new formats such as workshops, seminars "
    "and focus days: some thematic and informative (target regions, intercultural skills, IP in a "
    "target country), others strategic, organisational and practical, and aimed at different "
    "groups such as cluster actors, end users, actors in the target regions and project "
    "participants. intstrat requires `measures.workshops` to include both kinds, "
    "`thematic_informative` and `strategic_organisational`, and at least two target groups across "
    "all `target_groups` that really differ: spellings of one group (`SME`, `smes`, `KMU`) count "
    "once, and hollow entries not at all."
)
FIX = N_(
    "Add workshops of the missing `kind` under `measures.workshops` and name whom each one "
    "addresses in `target_groups`."
)
MESSAGES = {
    "missing": P_("CL07.missing", "no workshops are planned"),
    "kind_missing": P_("CL07.kind_missing", "no workshop of the kind '{kind}'"),
    "no_groups": P_("CL07.no_groups", "the workshops name no target group"),
    "one_group": P_(
        "CL07.one_group",
        "the workshops reach only one target group ({group}); at least two different ones are "
        "expected",
    ),
}


def check(ctx: Context) -> None:
    workshops = list(ctx.items("measures", "workshops"))
    if not workshops:
        ctx.fail(ID, "missing", ("measures", "workshops"))
        return
    formats = {word(w.get("kind")) for _, w in workshops}
    for kind in ("thematic_informative", "strategic_organisational"):
        if kind not in formats:
            ctx.fail(ID, "kind_missing", ("measures", "workshops"), kind=kind)
    named = [g for _, w in workshops for g in ctx.texts(w.get("target_groups"))]
    groups = kinds(named)
    if not groups:
        ctx.fail(ID, "no_groups", ("measures", "workshops"))
    elif len(groups) < 2:
        ctx.fail(ID, "one_group", ("measures", "workshops"), group=named[0])
