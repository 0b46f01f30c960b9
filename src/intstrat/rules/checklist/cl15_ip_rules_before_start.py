"""IP rules with the four parts of guide 5.3, agreed before the first project starts
(guide ch. 5.3).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CL15"
NAME = "ip-rules-before-start"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "5.3"
DATA = ("project_selection.ip_rules", "project_selection.projects")
TITLE = N_("IP rules complete and agreed before the first project starts")
EXPLANATION = N_(
    "Intellectual property has to be secured legally before any project begins, preferably with "
    "legal experts who know the target region. The guide names four parts every arrangement needs: "
    "dissemination and use, access rights and licences; liability, indemnity and confidentiality; "
    "internal organisation and reporting; dispute resolution. intstrat requires all four texts "
    "under `project_selection.ip_rules` and an `agreed` date on or before the earliest `start` in "
    "`project_selection.projects`."
)
FIX = N_(
    "Write the four parts under `project_selection.ip_rules`, name your `legal_experts`, and set "
    "`agreed` to a date no later than the first project's `start`."
)
MESSAGES = {
    "missing": P_("CL15.missing", "no intellectual property rules"),
    "part_missing": P_("CL15.part_missing", "the IP rules lack the part '{part}'"),
    "no_date": P_("CL15.no_date", "the IP rules have no date of agreement"),
    "too_late": P_(
        "CL15.too_late",
        "the IP rules are agreed on {agreed}, after the first project starts ({first})",
    ),
}


IP_PARTS = (
    "dissemination_use_access_licences",
    "liability_indemnity_confidentiality",
    "internal_organisation_reporting",
    "dispute_resolution",
)


def check(ctx: Context) -> None:
    rules = ctx.get("project_selection", "ip_rules")
    base = ("project_selection", "ip_rules")
    if not isinstance(rules, dict) or not ctx.present(rules):
        ctx.fail(ID, "missing", base)
        return
    for part in IP_PARTS:
        if not ctx.text(rules.get(part)):
            ctx.fail(ID, "part_missing", (*base, part), part=part)
    agreed = ctx.date(rules.get("agreed"))
    starts = [
        (d, p)
        for p, project in ctx.items("project_selection", "projects")
        if (d := ctx.date(project.get("start"))) is not None
    ]
    if agreed is None:
        ctx.fail(ID, "no_date", (*base, "agreed"))
    elif starts:
        first, _ = min(starts)
        if agreed > first:
            ctx.fail(ID, "too_late", (*base, "agreed"), agreed=agreed, first=first)
