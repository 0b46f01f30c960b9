"""A system that makes the gathered data accessible, with someone who keeps it up (guide ch. 3.5).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CL06"
NAME = "data-system"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.5"
DATA = ("measures.databases",)
TITLE = N_("A maintained system that makes the collected data accessible")
EXPLANATION = N_(
    "What the cluster learns before and during the projects should be stored where members and "
    "later projects can find it: an international overview of the sector, a database of potential "
    "partners, a funding database or a competence map, ideally tied to the cluster's website. Such "
    "a store is only useful while someone keeps it current, so intstrat requires "
    "`measures.databases` to list at least one database or platform, and each entry to name who it "
    "is `maintained_by`."
)
FIX = N_(
    "Add the database or platform under `measures.databases` with its `kind` and the person or "
    "team in `maintained_by`; a `url` helps readers find it."
)
MESSAGES = {
    "missing": P_("CL06.missing", "no database or platform makes the gathered data accessible"),
    "unmaintained": P_("CL06.unmaintained", "'{name}' names nobody who maintains it"),
}


def check(ctx: Context) -> None:
    databases = list(ctx.items("measures", "databases"))
    if not databases:
        ctx.fail(ID, "missing", ("measures", "databases"))
        return
    for path, database in databases:
        if not ctx.text(database.get("maintained_by")):
            ctx.fail(
                ID,
                "unmaintained",
                (*path, "maintained_by"),
                name=ctx.label(database, path),
            )
