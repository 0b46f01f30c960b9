"""Needs established before measures: a dated method before the kick-off, and findings
(guide ch. 2).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import funding_start

ID = "CL01"
NAME = "needs-assessed"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "2"
DATA = ("needs_assessment", "funding.start", "measures.kickoff.date")
TITLE = N_("Members' internationalisation needs established before measures")
EXPLANATION = N_(
    "Before the cluster management designs any measure, it should learn what the members "
    "themselves expect from going international. Member assemblies, phone campaigns and surveys "
    "are the usual ways, and they draw the members into the process at the same time. intstrat "
    "passes this point when `needs_assessment.methods` lists at least one method dated no later "
    "than the kick-off (`measures.kickoff.date`, or `funding.start` if no kick-off is planned) and "
    "`needs_assessment.findings` records at least one result."
)
FIX = N_(
    "List the method you used under `needs_assessment.methods` with `method` and `date`, and write "
    "down what it showed under `needs_assessment.findings`."
)
MESSAGES = {
    "missing": P_(
        "CL01.missing",
        "no needs assessment: how were the members' international needs established?",
    ),
    "no_method": P_(
        "CL01.no_method",
        "the needs assessment names no method (survey, assembly, interviews, ...)",
    ),
    "method_kind": P_("CL01.method_kind", "this method does not say what kind it is"),
    "undated": P_("CL01.undated", "no method of the needs assessment has a date"),
    "after_kickoff": P_(
        "CL01.after_kickoff",
        "the needs assessment ({date}) comes after the kick-off ({limit}); it should come first",
    ),
    "after_funding_start": P_(
        "CL01.after_funding_start",
        "the needs assessment ({date}) comes after the funding start ({limit}); it should come "
        "first",
    ),
    "no_findings": P_("CL01.no_findings", "the needs assessment records no findings"),
}


def check(ctx: Context) -> None:
    section = ctx.get("needs_assessment")
    if not isinstance(section, dict) or not ctx.present(section):
        ctx.fail(ID, "missing", ("needs_assessment",))
        return
    methods = list(ctx.items("needs_assessment", "methods"))
    if not methods:
        ctx.fail(ID, "no_method", ("needs_assessment", "methods"))
    kickoff = ctx.date(ctx.get("measures", "kickoff", "date"))
    limit = kickoff or funding_start(ctx)
    dated = [(p, ctx.date(m.get("date"))) for p, m in methods]
    for path, method in methods:
        if not ctx.text(method.get("method")):
            ctx.fail(ID, "method_kind", (*path, "method"))
    if methods and not any(d for _, d in dated):
        ctx.fail(ID, "undated", methods[0][0])
    elif limit is not None and methods and not any(d and d <= limit for _, d in dated):
        first, first_path = min((d, p) for p, d in dated if d)
        ctx.fail(
            ID,
            "after_kickoff" if kickoff else "after_funding_start",
            (*first_path, "date"),
            date=first,
            limit=limit,
        )
    if not ctx.texts(section.get("findings")):
        ctx.fail(ID, "no_findings", ("needs_assessment", "findings"))
