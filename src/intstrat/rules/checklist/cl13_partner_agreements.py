"""Each selected partner has a cooperation paper accepted by both sides (guide ch. 4.3)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word

ID = "CL13"
NAME = "partner-agreements"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "4.3"
DATA = ("partner_selection", "project_selection.projects")
TITLE = N_("A cooperation agreement accepted by both sides for each partner")
EXPLANATION = N_(
    "Once partners are chosen, the guide advises laying the ground for the cooperation in a paper "
    "negotiated and accepted by both sides, settling topics such as data protection, financial "
    "participation, rules of cooperation, how often and how to communicate, and the contact "
    "persons. intstrat requires at least one candidate with `status: selected`, and for each of "
    "them an entry in `partner_selection.agreements` with `accepted_by_both: true` whose `covers` "
    "lists at least three topics."
)
FIX = N_(
    "Mark the chosen partners with `status: selected`; for each add an entry under "
    "`partner_selection.agreements` with `partner` set to its candidate id, `accepted_by_both: "
    "true` and at least three `covers` topics."
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
    "thin": P_(
        "CL13.thin",
        "the agreement with '{partner}' covers {count} topic(s); at least three are expected",
    ),
}


AGREEMENT_TOPICS = 3


def check(ctx: Context) -> None:
    selected = [
        (p, c)
        for p, c in ctx.items("partner_selection", "candidates")
        if c.get("status") == "selected"
    ]
    agreements = {word(a.get("partner")): (p, a)
                  for p, a in ctx.items("partner_selection", "agreements")}
    if not selected:
        ctx.fail(ID, "none_selected", ("partner_selection", "candidates"))
        return
    for path, candidate in selected:
        found = agreements.get(word(candidate.get("id")))
        if found is None:
            ctx.fail(ID, "no_agreement", path, partner=candidate.get("id"))
            continue
        apath, agreement = found
        if agreement.get("accepted_by_both") is not True:
            ctx.fail(
                ID, "not_accepted", (*apath, "accepted_by_both"), partner=candidate.get("id")
            )
        topics = set(ctx.texts(agreement.get("covers")))
        if len(topics) < AGREEMENT_TOPICS:
            ctx.fail(
                ID, "thin", (*apath, "covers"), partner=candidate.get("id"), count=len(topics)
            )
