"""The cluster's vision: what it offers the world, in more than a slogan (guide ch. 8)."""

from __future__ import annotations

import re

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.wording import content_stems, mentions

ID = "CS03"
NAME = "cluster-vision"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
TITLE = N_("The cluster's vision: what it offers the world")
EXPLANATION = N_(
    "International partners want to know why they should work with this cluster, so the concept "
    "states its vision: what the cluster can offer the rest of the world (guide 8). intstrat "
    "checks that `cluster.vision` has at least 12 words and says what is on offer: it names "
    "something of the cluster's `industry` or uses words of an offer (offers, provides, access, "
    "test field, pilot lines, infrastructure, suppliers, talent, expertise, and their German "
    "counterparts). \"To be the leading cluster in Europe\" is a slogan, not an offer."
)
FIX = N_(
    "Describe under `cluster.vision` what the cluster offers partners abroad: competences, "
    "infrastructure, markets, talent."
)
MESSAGES = {
    "missing": P_("CS03.missing", "no vision: what does the cluster offer the rest of the world?"),
    "too_short": P_(
        "CS03.too_short",
        "the vision has {words} words; at least {low} say what the cluster offers the world",
    ),
    "no_offer": P_(
        "CS03.no_offer",
        "the vision does not say what the cluster offers: name its competences, infrastructure, "
        "products or talent",
    ),
}

VISION_WORDS = 12
VISION = ("cluster", "vision")
# Words of an offer, in English and German (stems, case-blind, inside compounds too).
_OFFER = re.compile(
    r"(?<!\w)(?:offer|provid|access|gain|find|deliver|suppl|host|test|pilot|infrastruct|"
    r"facilit|lab|competen|expertis|know-how|skill|talent|engineer|graduat|workforce|"
    r"product|solution|service|platform|entry|gateway|"
    r"biet|anbiet|zugang|zugriff|erhalt|liefer|zuliefer|testfeld|erprob|labor|infrastruktur|"
    r"anlage|kompetenz|fachkräft|fachleut|ingenieur|absolvent|nachwuchs|"
    r"produkt|lösung|dienstleist|plattform|anlaufstelle|tor\s+zu)",
    re.IGNORECASE,
)


def check(ctx: Context) -> None:
    vision = ctx.text(ctx.get(*VISION))
    if vision is None:
        ctx.fail(ID, "missing", VISION)
        return
    words = len(vision.split())
    if words < VISION_WORDS:
        ctx.fail(ID, "too_short", VISION, words=words, low=VISION_WORDS)
        return
    industry = ctx.text(ctx.get("cluster", "industry"))
    if industry and mentions(vision, content_stems([industry])):
        return
    if not _OFFER.search(vision):
        ctx.fail(ID, "no_offer", VISION)
