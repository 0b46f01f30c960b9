"""The financing plan: sources with amounts and periods, a total, and the public funding as the
funding block states it (guide ch. 8, 3.2).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group, as_number

ID = "CS02"
NAME = "financing-plan"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 3.2"
DATA = ("financing", "funding.amount_eur")
TITLE = N_("Financing plan with amounts and periods")
EXPLANATION = N_(
    "The concept needs a financing plan that shows where the money comes from, how much and for "
    "how long (guide 8, 3.2). intstrat checks that every entry in `financing.sources` gives an "
    "`amount_eur`, a `start` and an `end`, that the amounts add up to more than zero, and that "
    "the plan agrees with the grant: when `funding.amount_eur` is given, the sources of kind "
    "`public_funding` add up to it (or one of them equals it, when other public money comes on "
    "top; a grant entered under another kind counts when its amount equals it)."
)
FIX = N_(
    "Give every source under `financing.sources` an `amount_eur` in euros and its `start` and "
    "`end` dates, and enter the grant as a source of kind `public_funding` with the amount of "
    "`funding.amount_eur`."
)
MESSAGES = {
    "missing": P_("CS02.missing", "no financing plan"),
    "no_amount": P_("CS02.no_amount", "source '{name}' has no amount"),
    "no_period": P_("CS02.no_period", "source '{name}' has no start or end date"),
    "no_total": P_("CS02.no_total", "the financing plan adds up to nothing"),
    "no_grant": P_(
        "CS02.no_grant",
        "the financing plan lists no public funding, but the funding block grants {amount} EUR "
        "(line {line})",
    ),
    "grant_differs": P_(
        "CS02.grant_differs",
        "the public funding in the plan adds up to {planned} EUR, but the funding block grants "
        "{amount} EUR (line {line})",
    ),
}

# Rounding to the euro is no disagreement.
TOLERANCE_EUR = 1.0


def check(ctx: Context) -> None:
    sources = list(ctx.items("financing", "sources"))
    if not sources:
        ctx.fail(ID, "missing", ("financing", "sources"))
        return
    total = 0.0
    public: list[float] = []
    amounts: list[float] = []
    for path, source in sources:
        amount = as_number(source.get("amount_eur"))
        if amount is None:
            ctx.fail(ID, "no_amount", (*path, "amount_eur"), name=ctx.label(source, path))
        else:
            total += amount
            amounts.append(amount)
            if source.get("kind") == "public_funding":
                public.append(amount)
        if ctx.date(source.get("start")) is None or ctx.date(source.get("end")) is None:
            ctx.fail(ID, "no_period", path, name=ctx.label(source, path))
    if total <= 0:
        ctx.fail(ID, "no_total", ("financing", "sources"))
    _agrees_with_grant(ctx, public, amounts)


def _agrees_with_grant(ctx: Context, public: list[float], amounts: list[float]) -> None:
    grant = as_number(ctx.get("funding", "amount_eur"))
    if grant is None or grant <= 0:
        return
    line = ctx.doc.where(("funding", "amount_eur"))[0]
    if not public:
        if any(abs(a - grant) <= TOLERANCE_EUR for a in amounts):
            return  # the grant entered under another kind (e.g. an EU programme)
        ctx.fail(ID, "no_grant", ("financing", "sources"), amount=grant, line=line)
        return
    planned = sum(public)
    if abs(planned - grant) <= TOLERANCE_EUR or any(abs(a - grant) <= TOLERANCE_EUR
                                                     for a in public):
        return
    ctx.fail(ID, "grant_differs", ("financing", "sources"), planned=planned, amount=grant,
             line=line)
