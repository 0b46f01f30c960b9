"""Workshops of both kinds for at least two target groups (guide ch. 3.6)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
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
    "`thematic_informative` and `strategic_organisational`, and at least two distinct values "
    "across all `target_groups`."
)
FIX = N_(
    "Add workshops of the missing `kind` under `measures.workshops` and name whom each one "
    "addresses in `target_groups`."
)
MESSAGES = {
    "missing": P_("CL07.missing", "no workshops are planned"),
    "kind_missing": P_("CL07.kind_missing", "no workshop of the kind '{kind}'"),
    "few_groups": P_(
        "CL07.few_groups",
        "the workshops reach {count} target group(s); at least two are expected",
    ),
}


def check(ctx: Context) -> None:
    workshops = list(ctx.items("measures", "workshops"))
    if not workshops:
        ctx.fail(ID, "missing", ("measures", "workshops"))
        return
    kinds = {word(w.get("kind")) for _, w in workshops}
    for kind in ("thematic_informative", "strategic_organisational"):
        if kind not in kinds:
            ctx.fail(ID, "kind_missing", ("measures", "workshops"), kind=kind)
    groups = {g.lower() for _, w in workshops for g in ctx.texts(w.get("target_groups"))}
    if len(groups) < 2:
        ctx.fail(ID, "few_groups", ("measures", "workshops"), count=len(groups))
