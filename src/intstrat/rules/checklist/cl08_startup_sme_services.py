"""Advice, training or coaching for start-ups and for SMEs (guide ch. 3.7)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CL08"
NAME = "startup-sme-services"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.7"
DATA = ("measures.startup_sme_services",)
TITLE = N_("Advice, training and coaching for start-ups and SMEs")
EXPLANATION = N_(
    "Start-ups and SMEs often cannot take the step abroad on their own, so the guide asks for "
    "offers tailored to them along the whole way: training modules and mentoring for founders, "
    "advice on market entry, funding and consortia for SMEs, or a toolbox for self-help. intstrat "
    "passes when `measures.startup_sme_services` contains an offer whose `for` lists `startups` "
    "and an offer whose `for` lists `smes`; one offer may serve both."
)
FIX = N_(
    "Describe the offers under `measures.startup_sme_services` and list in `for` whether they "
    "serve `startups`, `smes` or both."
)
MESSAGES = {
    "missing": P_("CL08.missing", "no advice, training or coaching for start-ups and SMEs"),
    "audience_missing": P_("CL08.audience_missing", "no offer for '{audience}'"),
}


def check(ctx: Context) -> None:
    services = list(ctx.items("measures", "startup_sme_services"))
    if not services:
        ctx.fail(ID, "missing", ("measures", "startup_sme_services"))
        return
    audiences = {a for _, s in services for a in ctx.texts(s.get("for"))}
    for audience in ("startups", "smes"):
        if audience not in audiences:
            ctx.fail(
                ID, "audience_missing", ("measures", "startup_sme_services"), audience=audience
            )
