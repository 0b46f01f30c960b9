"""How a cooperation agreement reads (guide 4.3): signed, planned, unsigned or ended, and the
topics it settles. One reading for CL13, which reports its defects, and CS06, which asks
whether a running project's partners have signed.

Format 2 says it with `status` (draft, negotiating, signed, ended), `signed` (the day it was
signed, or the day signing is planned) and `signed_by` (a name on each side). Format 1 said
`accepted_by_both: true`; it is still read there, but the data beside it decides: a
description that says the paper is a draft or unanswered outweighs the flag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from intstrat.document import Path_
from intstrat.i18n import P_, Label
from intstrat.rules.base import Context
from intstrat.rules.common import word
from intstrat.rules.phrases import Phrases, tokens

SIGNED = "signed"
PLANNED = "planned"
UNSIGNED = "unsigned"
ENDED = "ended"

# The topics of guide 4.3, as `covers` labels, with words that say the text settles them.
# The patterns are compiled on first use (re caches them): `check` starts without them.
# Word lists (rules/phrases.py), not regular expressions: they cost nothing to build.
TOPICS: dict[str, tuple[Label, Phrases]] = {
    "data_protection": (P_("covers", "data protection"), Phrases([
        "data protection", "privacy", "gdpr", "personal data", "data stays|security",
        "data is stored", "server|servers", "datenschutz*", "dsgvo", "personenbezogen*",
        "pseudonymi*"])),
    "financial_participation": (P_("covers", "financial participation"), Phrases([
        "pay|pays|paid|cost|costs|budget|fund|funds|funding|financ*|contribut*|fee|fees",
        "# / #", "kosten*|trägt|tragen|finanz*|beteiligung|mittel|fonds|hälfte|eigenanteil*"])),
    "cooperation_rules": (P_("covers", "rules of cooperation"), Phrases([
        "rule|rules", "terms of", "code of conduct", "obligation|obligations", "responsibilit*",
        "governance", "regeln|regelt|*regeln|pflichten|nutzungsbedingungen|zuständig*"])),
    "communication": (P_("covers", "communication"), Phrases([
        "communicat*", "video call|calls|conference|conferences",
        "videocall|videocalls|videoconference|videoconferences", "meeting|meetings",
        "report|reports", "newsletter|newsletters", "jour fixe", "monthly|weekly|quarterly",
        "kommunikation|videokonferenz*|treffen|bericht*|monatlich*|wöchentlich*",
        "vierteljährlich*"])),
    "contacts": (P_("covers", "contacts"), Phrases([
        "contact|contacts", "contact person|persons", "focal point|points",
        "ansprechpartner*|ansprechperson*|kontakt*"])),
}
AGREEMENT_TOPICS = 3

# How a message names an agreement that is not signed yet ("is still a draft").
UNSIGNED_STATES = {
    "draft": P_("agreement-status", "a draft"),
    "negotiating": P_("agreement-status", "being negotiated"),
}

# A description that says the paper is not signed yet ("draft sent, no answer so far").
_NOT_SIGNED = Phrases([
    "draft|drafts|awaiting|unanswered|unsigned", "no answer|reply|response",
    "not signed|answered|accepted|agreed", "not yet signed|answered|accepted|agreed",
    "pending signature|approval", "waiting for", "*entwurf*", "keine antwort", "unbeantwortet",
    "nicht unterzeichnet|unterschrieben|beantwortet|angenommen", "ausstehend*",
    "warte|warten|wartet auf",
])

Report = Callable[..., None]
"""`report(key, path, **args)`: a defect of the agreement, for CL13 to turn into a finding."""


def _quiet(key: str, path: Path_, /, **args: Any) -> None:
    """The report of a reader that only wants the state (CS06)."""


class Agreement:
    """One entry of `partner_selection.agreements` as read: its `state` by the review date,
    and the date it was (or is to be) signed."""

    __slots__ = ("date", "item", "partner", "path", "state")

    def __init__(self, path: Path_, item: dict[str, Any], partner: str | None, state: str,
                 date: dt.date | None) -> None:
        self.path = path
        self.item = item
        self.partner = partner
        self.state = state
        self.date = date


def denies_signature(ctx: Context, item: dict[str, Any]) -> bool:
    """True when the agreement's description says it is a draft, unanswered or unsigned."""
    text = ctx.text(item.get("description"))
    return bool(text and _NOT_SIGNED.search(text))


def _line(ctx: Context, path: Path_) -> int:
    return ctx.doc.where(path)[0]


def read(ctx: Context, path: Path_, item: dict[str, Any], report: Report = _quiet) -> Agreement:
    """The agreement at `path` by the review date; its defects go to `report`."""
    partner = word(item.get("partner"))
    status = word(item.get("status"))
    if status not in (SIGNED, "draft", "negotiating", ENDED):
        status = None
    day = ctx.date(item.get("signed"))
    flag = item.get("accepted_by_both") if ctx.version < 2 else None
    flag = flag if isinstance(flag, bool) else None
    denied = denies_signature(ctx, item)

    def made(state: str) -> Agreement:
        return Agreement(path, item, partner, state, day)

    if status is not None and flag is not None and (flag != (status == SIGNED)):
        report("flag_status", (*path, "accepted_by_both"), partner=partner,
               flag="true" if flag else "false", status=status,
               line=_line(ctx, (*path, "status")))
    if status == ENDED:
        return made(ENDED)
    claim_key = "status" if status is not None else "accepted_by_both"
    if status == SIGNED or (status is None and flag is True):
        if denied:
            report("contradicted", (*path, claim_key), partner=partner,
                   claim="status: signed" if status else "accepted_by_both: true",
                   line=_line(ctx, (*path, "description")))
            return made(UNSIGNED)
        if status == SIGNED:
            _signers(ctx, path, item, partner, report)
        if day is None:
            report("no_date", (*path, "signed"), partner=partner)
            return made(SIGNED)
        if not ctx.past(day):
            report("signed_ahead", (*path, "signed"), partner=partner, date=day,
                   as_of=ctx.as_of)
            return made(PLANNED)
        return made(SIGNED)
    if status is None and flag is None and day is not None and ctx.past(day) and not denied:
        if ctx.version < 2:
            return made(SIGNED)  # format 1 without the flag: the signing date says it
        if not _signers(ctx, path, item, partner, _quiet):
            return made(SIGNED)  # the data proves it; a missing status in format 2 is SC03
    if day is not None and not ctx.past(day):
        return made(PLANNED)
    if status is None and flag is False and day is not None:
        report("flag_date", (*path, "accepted_by_both"), partner=partner, date=day,
               line=_line(ctx, (*path, "signed")))
    elif status is not None and day is not None:
        report("overdue", (*path, "signed"), partner=partner, date=day, as_of=ctx.as_of)
    elif status is not None:
        report("no_plan", (*path, "signed"), partner=partner,
               status=UNSIGNED_STATES.get(status, status))
    elif ctx.version < 2:
        report("not_accepted", (*path, "accepted_by_both"), partner=partner)
    return made(UNSIGNED)


def _signers(ctx: Context, path: Path_, item: dict[str, Any], partner: str | None,
             report: Report) -> list[str]:
    """The sides of `signed_by` that name nobody (reported)."""
    by = item.get("signed_by")
    by = by if isinstance(by, dict) else {}
    missing = [side for side in ("cluster", "partner") if not ctx.text(by.get(side))]
    if missing:
        report("no_signer", (*path, "signed_by"), partner=partner, sides=", ".join(missing))
    return missing


def topics(ctx: Context, item: dict[str, Any]) -> list[str]:
    """The topics of guide 4.3 the agreement settles: its `covers` labels and what its title
    and description say, in the order of `TOPICS`."""
    labelled = {t for t in ctx.texts(item.get("covers")) if t in TOPICS}
    text = " ".join(t for t in (ctx.text(item.get("description")), ctx.text(item.get("title")))
                    if t)
    toks = tokens(text)
    return [name for name, (_, words) in TOPICS.items() if name in labelled or words.find_in(toks)]


def by_partner(ctx: Context) -> dict[str, list[tuple[Path_, dict[str, Any]]]]:
    """The agreements of each partner id, in file order."""
    found: dict[str, list[tuple[Path_, dict[str, Any]]]] = {}
    for path, item in ctx.items("partner_selection", "agreements"):
        partner = word(item.get("partner"))
        if partner is not None:
            found.setdefault(partner, []).append((path, item))
    return found


_RANK = {SIGNED: 0, PLANNED: 1, ENDED: 2, UNSIGNED: 3}


def current(ctx: Context, entries: list[tuple[Path_, dict[str, Any]]],
            report: Report = _quiet) -> Agreement | None:
    """The agreement that counts for a partner: signed before planned before the others (the
    last of equals); only its defects are reported."""
    if not entries:
        return None
    readings = [read(ctx, path, item) for path, item in entries]
    best = min(range(len(readings)), key=lambda i: (_RANK[readings[i].state], -i))
    if report is not _quiet:
        path, item = entries[best]
        return read(ctx, path, item, report)
    return readings[best]


def signed_partners(ctx: Context) -> set[str]:
    """The partner ids whose agreement is signed by the review date (CS06)."""
    return {partner for partner, entries in by_partner(ctx).items()
            if (found := current(ctx, entries)) is not None and found.state == SIGNED}
