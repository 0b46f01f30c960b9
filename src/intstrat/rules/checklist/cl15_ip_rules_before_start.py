"""IP rules with the four parts of guide 5.3, agreed before the first project starts
(guide ch. 5.3).
"""

from __future__ import annotations

import re

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word
from intstrat.rules.phrases import has_part, within_word

ID = "CL15"
NAME = "ip-rules-before-start"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "5.3"
DATA = ("project_selection.ip_rules", "project_selection.projects[].start",
        "project_selection.projects[].status")
TITLE = N_("IP rules complete and agreed before the first project starts")
EXPLANATION = N_(
    "Intellectual property has to be secured legally before any project begins, preferably with "
    "legal experts who know the target region. The guide names four parts every arrangement needs: "
    "dissemination and use, access rights and licences; liability, indemnity and confidentiality; "
    "internal organisation and reporting; dispute resolution. intstrat requires all four texts "
    "under `project_selection.ip_rules`, each saying what is agreed in at least three words (a "
    "placeholder such as \"to be defined later\" or a lone \"mediation\" is no rule), and an "
    "`agreed` date on or before the earliest `start` of the projects that go ahead: status "
    "selected, running or completed, or no status; proposed and rejected projects do not count. "
    "An `agreed` date after the review date (`check --as-of`) is read as the planned date. Where "
    "the rules themselves call for lawyers or legal experts, `legal_experts` must name them."
)
FIX = N_(
    "Write the four parts under `project_selection.ip_rules`, name your `legal_experts`, and set "
    "`agreed` to a date no later than the start of the first project that goes ahead."
)
MESSAGES = {
    "missing": P_("CL15.missing", "no intellectual property rules"),
    "part_missing": P_("CL15.part_missing", "the IP rules lack the part '{part}'"),
    "part_thin": P_(
        "CL15.part_thin",
        "the part '{part}' of the IP rules says too little ('{text}'); write what is agreed",
    ),
    "no_date": P_("CL15.no_date", "the IP rules have no date of agreement"),
    "too_late_project": P_(
        "CL15.too_late_project",
        "the IP rules are agreed on {agreed}, after project '{project}' starts ({first})",
    ),
    "no_experts": P_(
        "CL15.no_experts",
        "the IP rules call for legal experts (line {line}), but `legal_experts` names none",
    ),
}


IP_PARTS = (
    "dissemination_use_access_licences",
    "liability_indemnity_confidentiality",
    "internal_organisation_reporting",
    "dispute_resolution",
)
MIN_WORDS = 3
NOT_AHEAD = ("proposed", "rejected")
"""Project statuses that do not start a project: IP rules are needed before the others."""

_WORD = r"[^\W\d_]{2,}"
# Text that says lawyers are needed or involved ("reviewed by legal experts", "Kanzlei").
_LEGAL = (
    "legal expert", "legal advice", "legal adviser", "legal advisor", "legal counsel",
    "legal review", "lawyer", "attorney", "law firm", "jurist", "kanzlei", "rechtsfachleute",
)
# "Rechtsanwältin", "Patentrechtsberatung": "rechts" and one of these later in the same word.
_LEGAL_IN_WORD = ("experten", "expertinnen", "beratung", "anwält", "anwalt")


def _names_lawyers(text: str) -> bool:
    low = " ".join(text.lower().split())
    return has_part(low, _LEGAL) or within_word(low, "rechts", _LEGAL_IN_WORD)


def check(ctx: Context) -> None:
    rules = ctx.get("project_selection", "ip_rules")
    base = ("project_selection", "ip_rules")
    if not isinstance(rules, dict) or not ctx.present(rules):
        ctx.fail(ID, "missing", base)
        return
    legal_line = None
    for part in IP_PARTS:
        text = ctx.text(rules.get(part))
        if not text:
            ctx.fail(ID, "part_missing", (*base, part), part=part)
            continue
        if len(re.findall(_WORD, text)) < MIN_WORDS:
            ctx.fail(ID, "part_thin", (*base, part), part=part, text=text.strip())
        if legal_line is None and _names_lawyers(text):
            legal_line = ctx.doc.where((*base, part))[0]
    if legal_line is not None and not ctx.text(rules.get("legal_experts")):
        ctx.fail(ID, "no_experts", (*base, "legal_experts"), line=legal_line)
    agreed = ctx.date(rules.get("agreed"))
    starts = [
        (d, ctx.label(project, p, prefer_id=True))
        for p, project in ctx.items("project_selection", "projects")
        if (d := ctx.date(project.get("start"))) is not None
        and word(project.get("status")) not in NOT_AHEAD
    ]
    if not starts:
        # A strategy written as a plan has only proposals: their planned starts set the order.
        starts = [
            (d, ctx.label(project, p, prefer_id=True))
            for p, project in ctx.items("project_selection", "projects")
            if (d := ctx.date(project.get("start"))) is not None
            and word(project.get("status")) == "proposed"
        ]
    if agreed is None:
        ctx.fail(ID, "no_date", (*base, "agreed"))
    elif starts:
        first, project = min(starts)
        if agreed > first:
            ctx.fail(ID, "too_late_project", (*base, "agreed"), agreed=agreed, first=first,
                     project=project)
