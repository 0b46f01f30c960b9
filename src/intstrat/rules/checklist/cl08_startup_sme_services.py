"""Advice, training or coaching for start-ups and for SMEs, each offer described (guide ch. 3.7)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.actors import kind
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
    "and an offer whose `for` lists `smes`; one offer may serve both. Every offer must say in its "
    "`description`, in at least three words that are not hollow text, what it gives; a name and "
    "a `kind` alone are a label, not an offer."
)
FIX = N_(
    "Describe the offers under `measures.startup_sme_services`, list in `for` whether they "
    "serve `startups`, `smes` or both, and say in `description` what each one covers."
)
MESSAGES = {
    "missing": P_("CL08.missing", "no advice, training or coaching for start-ups and SMEs"),
    "audience_missing": P_("CL08.audience_missing", "no offer for '{audience}'"),
    "undescribed": P_(
        "CL08.undescribed",
        "'{name}' is only a label: its description does not say what it gives",
    ),
}

# An offer whose description has fewer words is a label ("Coaching", "Market entry").
MIN_WORDS = 3


def check(ctx: Context) -> None:
    services = list(ctx.items("measures", "startup_sme_services"))
    if not services:
        ctx.fail(ID, "missing", ("measures", "startup_sme_services"))
        return
    audiences = {kind(a) for _, s in services for a in ctx.texts(s.get("for"))}
    for audience in ("startups", "smes"):
        if kind(audience) not in audiences:
            ctx.fail(
                ID, "audience_missing", ("measures", "startup_sme_services"), audience=audience
            )
    for path, service in services:
        description = ctx.text(service.get("description"))
        if description is None or len(description.split()) < MIN_WORDS:
            ctx.fail(ID, "undescribed", (*path, "description"), name=ctx.label(service, path))
