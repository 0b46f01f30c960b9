"""Instruments that involve all actors, and services that outlast the funding (guide ch. 3.9)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import funding_end

ID = "CL10"
NAME = "involvement-and-services"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.9"
DATA = ("measures.involvement", "funding.end")
TITLE = N_("All actors involved; services last beyond the funding period")
EXPLANATION = N_(
    "Once the participants of the funded projects are chosen, the other actors should stay "
    "involved in the strategy and its activities, for example through guided interviews or a short "
    "questionnaire. Support services beyond workshops should remain available after the funding "
    "ends. intstrat requires at least one entry in `measures.involvement.instruments` and at least "
    "one service in `measures.involvement.services` whose `until` date lies after `funding.end`."
)
FIX = N_(
    "Name your involvement instruments under `measures.involvement.instruments` and give each "
    "service in `measures.involvement.services` an `until` date after `funding.end`."
)
MESSAGES = {
    "no_instruments": P_("CL10.no_instruments", "no instruments to involve all cluster actors"),
    "no_services": P_("CL10.no_services", "no services for the cluster actors"),
    "services_end": P_("CL10.services_end", "no service runs past the end of funding ({end})"),
}


def check(ctx: Context) -> None:
    base = ("measures", "involvement")
    if not list(ctx.items(*base, "instruments")):
        ctx.fail(ID, "no_instruments", (*base, "instruments"))
    services = list(ctx.items(*base, "services"))
    end = funding_end(ctx)
    if not services:
        ctx.fail(ID, "no_services", (*base, "services"))
    elif end is not None and not any(
        (d := ctx.date(s.get("until"))) is not None and d > end for _, s in services
    ):
        ctx.fail(ID, "services_end", (*base, "services"), end=end)
