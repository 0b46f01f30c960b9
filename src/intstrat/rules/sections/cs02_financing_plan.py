"""The financing plan: sources with amounts and periods, adding up to a total (guide ch. 8, 3.2)."""

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
    "how long. intstrat requires every entry in `financing.sources` to give `amount_eur`, `start` "
    "and `end`, and the amounts to add up to more than zero."
)
FIX = N_(
    "Give every source under `financing.sources` an `amount_eur` in euros and its `start` and "
    "`end` dates."
)
MESSAGES = {
    "missing": P_("CS02.missing", "no financing plan"),
    "no_amount": P_("CS02.no_amount", "source '{name}' has no amount"),
    "no_period": P_("CS02.no_period", "source '{name}' has no start or end date"),
    "no_total": P_("CS02.no_total", "the financing plan adds up to nothing"),
}


def check(ctx: Context) -> None:
    sources = list(ctx.items("financing", "sources"))
    if not sources:
        ctx.fail(ID, "missing", ("financing", "sources"))
        return
    total = 0.0
    for path, source in sources:
        amount = as_number(source.get("amount_eur"))
        if amount is None:
            ctx.fail(ID, "no_amount", (*path, "amount_eur"), name=ctx.label(source, path))
        else:
            total += amount
        if ctx.date(source.get("start")) is None or ctx.date(source.get("end")) is None:
            ctx.fail(ID, "no_period", path, name=ctx.label(source, path))
    if total <= 0:
        ctx.fail(ID, "no_total", ("financing", "sources"))
