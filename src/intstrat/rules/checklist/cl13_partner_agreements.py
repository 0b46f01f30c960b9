"""Each selected partner has a cooperation paper signed by both sides, or planned with a date,
before the first joint project starts, settling the topics of guide 4.3 (guide ch. 4.3)."""

from __future__ import annotations

import datetime as dt

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules import agreements
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word

ID = "CL13"
NAME = "partner-agreements"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "4.3"
DATA = ("partner_selection.candidates", "partner_selection.agreements",
        "project_selection.projects[].start", "project_selection.projects[].status")
TITLE = N_("A cooperation agreement accepted by both sides for each partner")
EXPLANATION = N_(
    "Once partners are chosen, the guide advises laying the ground for the cooperation in a "
    "paper negotiated and accepted by both sides, settling topics such as data protection, "
    "financial participation, rules of cooperation, how often and how to communicate, and the "
    "contact persons. intstrat requires at least one candidate with `status: selected` and, for "
    "each of them, an entry in `partner_selection.agreements` (`partner` is the candidate id) "
    "that is signed, meaning `status: signed`, a `signed` date on or before the review date "
    "(`check --as-of`, default today) and a name on each side in `signed_by` (`cluster` and "
    "`partner`), or planned, meaning `status: draft` or `negotiating` with a `signed` date "
    "still ahead of the review date (once that date has passed, the signature is expected). The "
    "paper must be dated no later than the `start` of the first joint project with that partner "
    "(a project with status selected, running or completed that lists it) and settle at least "
    "three of the five topics, counted from its `covers` labels and from what its title and "
    "description say in English or German. A description that calls the paper a draft or "
    "unanswered outweighs a `signed` status; in a format-1 file `accepted_by_both: true` with a "
    "`signed` date still counts unless the description contradicts it, in a format-2 file the "
    "flag is a finding."
)
FIX = N_(
    "For each selected partner add an entry under `partner_selection.agreements` with `partner` "
    "set to its candidate id, `status`, the `signed` date (or the planned date while it is a "
    "draft or being negotiated) before the first joint project starts, `signed_by` with a name "
    "on each side once signed, and the topics it settles in `covers` or its description."
)
MESSAGES = {
    "none_selected": P_(
        "CL13.none_selected",
        "no partner is selected yet (status: selected), so no cooperation paper can exist",
    ),
    "no_agreement": P_(
        "CL13.no_agreement",
        "selected partner '{partner}' has no cooperation agreement",
    ),
    "not_accepted": P_(
        "CL13.not_accepted",
        "the agreement with '{partner}' is not accepted by both sides",
    ),
    "format1_flag": P_(
        "CL13.format1_flag",
        "`accepted_by_both` belongs to format 1; write `status` and `signed_by`",
    ),
    "flag_status": P_(
        "CL13.flag_status",
        "`accepted_by_both: {flag}` contradicts `status: {status}` (line {line}) in the "
        "agreement with '{partner}'",
    ),
    "flag_date": P_(
        "CL13.flag_date",
        "`accepted_by_both: false` contradicts the signing date {date} (line {line}) of the "
        "agreement with '{partner}'",
    ),
    "contradicted": P_(
        "CL13.contradicted",
        "`{claim}` says the agreement with '{partner}' is signed, but its description (line "
        "{line}) says it is not",
    ),
    "no_date": P_(
        "CL13.no_date",
        "the agreement with '{partner}' is marked as signed but has no `signed` date",
    ),
    "signed_ahead": P_(
        "CL13.signed_ahead",
        "the agreement with '{partner}' is marked as signed on {date}, after the review date "
        "({as_of})",
    ),
    "no_signer": P_(
        "CL13.no_signer",
        "the agreement with '{partner}' does not name who signed it on each side (missing in "
        "`signed_by`: {sides})",
    ),
    "overdue": P_(
        "CL13.overdue",
        "the agreement with '{partner}' was planned to be signed on {date} and has not been "
        "signed by the review date ({as_of})",
    ),
    "no_plan": P_(
        "CL13.no_plan",
        "the agreement with '{partner}' is still {status} and has no planned signing date "
        "(`signed`)",
    ),
    "ended": P_(
        "CL13.ended",
        "the agreement with '{partner}' has ended; a selected partner needs one in force",
    ),
    "after_project": P_(
        "CL13.after_project",
        "the agreement with '{partner}' is dated {date}, after the joint project '{project}' "
        "starts ({start}); the cooperation paper comes first",
    ),
    "no_topics": P_(
        "CL13.no_topics",
        "the agreement with '{partner}' settles none of the topics of the guide (data "
        "protection, financial participation, rules of cooperation, communication, contacts), "
        "neither in `covers` nor in its description",
    ),
    "project_unsigned": P_(
        "CL13.project_unsigned",
        "the joint project '{project}' goes ahead with '{partner}', which has no signed "
        "cooperation agreement",
    ),
    "hollow_text": P_(
        "CL13.hollow_text",
        "the agreement with '{partner}' says nothing in its description ('{text}'): its labels "
        "alone do not show what was agreed",
    ),
    "thin": P_(
        "CL13.thin",
        "the agreement with '{partner}' settles only {topics}; at least three of data "
        "protection, financial participation, rules of cooperation, communication and contacts "
        "are expected",
    ),
}

RUNS = ("selected", "running", "completed")
"""Project statuses under which a project goes ahead (proposed and rejected ones do not)."""


def first_projects(ctx: Context) -> dict[str, tuple[dt.date, str]]:
    """Per partner id: the start and id of the first joint project that goes ahead; in a
    strategy written as a plan (no project goes ahead yet), of the first proposed one."""
    first: dict[str, tuple[dt.date, str]] = {}
    statuses = [word(p.get("status")) for _, p in ctx.items("project_selection", "projects")]
    counted = RUNS if any(s in RUNS for s in statuses) else ("proposed",)
    for path, project in ctx.items("project_selection", "projects"):
        start = ctx.date(project.get("start"))
        if start is None or word(project.get("status")) not in counted:
            continue
        label = ctx.label(project, path, prefer_id=True)
        partners = project.get("partners")
        for partner in partners if isinstance(partners, list) else ():
            if isinstance(partner, str) and (partner not in first or start < first[partner][0]):
                first[partner] = (start, label)
    return first


def check(ctx: Context) -> None:
    listed = agreements.by_partner(ctx)
    if ctx.version >= 2:
        for path, item in ctx.items("partner_selection", "agreements"):
            if "accepted_by_both" in item:
                ctx.fail(ID, "format1_flag", (*path, "accepted_by_both"))
    selected = [
        (p, c)
        for p, c in ctx.items("partner_selection", "candidates")
        if c.get("status") == "selected"
    ]
    if not selected:
        ctx.fail(ID, "none_selected", ("partner_selection", "candidates"))
        return
    starts = first_projects(ctx)

    def report(key: str, path: tuple[str | int, ...], /, **args: object) -> None:
        ctx.fail(ID, key, path, **args)

    for path, candidate in selected:
        ident = word(candidate.get("id"))
        found = agreements.current(ctx, listed.get(ident or "", []), report)
        if found is None:
            ctx.fail(ID, "no_agreement", path,
                     partner=ctx.label(candidate, path, prefer_id=True))
            continue
        if found.state == agreements.ENDED:
            ctx.fail(ID, "ended", (*found.path, "status"), partner=ident)
            continue
        first = starts.get(ident or "")
        if (first is not None and found.date is not None and found.date > first[0]
                and found.state in (agreements.SIGNED, agreements.PLANNED)):
            ctx.fail(ID, "after_project", (*found.path, "signed"), partner=ident,
                     date=found.date, project=first[1], start=first[0])
        text = found.item.get("description")
        if isinstance(text, str) and ctx.hollow(text):
            ctx.fail(ID, "hollow_text", (*found.path, "description"), partner=ident,
                     text=text.strip()[:30])
            continue
        settled = agreements.topics(ctx, found.item)
        if not settled:
            ctx.fail(ID, "no_topics", (*found.path, "covers"), partner=ident)
        elif len(settled) < agreements.AGREEMENT_TOPICS:
            ctx.fail(ID, "thin", (*found.path, "covers"), partner=ident,
                     topics=tuple(agreements.TOPICS[t][0] for t in settled))
    # A project that goes ahead with a partner not (or no longer) selected still needs the paper
    # first (guide 4.3, 5.3); CS06 reports that the partner is not a selected one.
    chosen = {word(c.get("id")) for _, c in selected}
    signed = agreements.signed_partners(ctx)
    names = {c["id"]: ctx.label(c, p) for p, c in ctx.items("partner_selection", "candidates")
             if isinstance(c.get("id"), str)}
    for path, project in ctx.items("project_selection", "projects"):
        if word(project.get("status")) not in RUNS:
            continue
        partners = project.get("partners")
        for index, partner in enumerate(partners if isinstance(partners, list) else ()):
            if (isinstance(partner, str) and partner in names and partner not in chosen
                    and partner not in signed):
                ctx.fail(ID, "project_unsigned", (*path, "partners", index),
                         project=ctx.label(project, path, prefer_id=True),
                         partner=names[partner])
