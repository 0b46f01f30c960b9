"""Described instruments that involve all actors, and services that outlast the funding
(guide ch. 3.9).
"""

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
    "ends. intstrat requires at least one entry in `measures.involvement.instruments`, each with "
    "a `description` of how it reaches the actors (hollow text such as a deferral does not count), "
    "and at least one service in `measures.involvement.services` with a name or description and "
    "an `until` date after `funding.end`."
)
FIX = N_(
    "Name and describe your involvement instruments under `measures.involvement.instruments` and "
    "give a service in `measures.involvement.services` an `until` date after `funding.end`."
)
MESSAGES = {
    "no_instruments": P_("CL10.no_instruments", "no instruments to involve all cluster actors"),
    "undescribed": P_(
        "CL10.undescribed",
        "the instrument '{name}' does not say how it involves the actors (description)",
    ),
    "no_services": P_("CL10.no_services", "no services for the cluster actors"),
    "services_end": P_("CL10.services_end", "no service runs past the end of funding ({end})"),
}


def check(ctx: Context) -> None:
    base = ("measures", "involvement")
    instruments = list(ctx.items(*base, "instruments"))
    if not instruments:
        ctx.fail(ID, "no_instruments", (*base, "instruments"))
    for path, instrument in instruments:
        if not ctx.text(instrument.get("description")):
            ctx.fail(ID, "undescribed", (*path, "description"), name=ctx.label(instrument, path))
    services = [
        (path, service)
        for path, service in ctx.items(*base, "services")
        if ctx.text(service.get("name")) or ctx.text(service.get("description"))
    ]
    end = funding_end(ctx)
    if not services:
        ctx.fail(ID, "no_services", (*base, "services"))
    elif end is not None and not any(
        (d := ctx.date(s.get("until"))) is not None and d > end for _, s in services
    ):
        ctx.fail(ID, "services_end", (*base, "services"), end=end)
