"""The cluster's vision: what it offers the world, in more than a slogan (guide ch. 8)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.phrases import starts_word
from intstrat.rules.wording import content_stems, mentions

ID = "CS03"
NAME = "cluster-vision"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("cluster.vision",)
TITLE = N_("The cluster's vision: what it offers the world")
EXPLANATION = N_(
    "International partners want to know why they should work with this cluster, so the concept "
    "states its vision: what the cluster can offer the rest of the world (guide 8). intstrat "
    "checks that `cluster.vision` has at least 8 words and says what is on offer: it names "
    "something of the cluster's `industry` (or a word of its `name`, other than the name itself) "
    "or uses words of an offer (offers, provides, access, "
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
        "the vision is too short ({words} of at least {low} words) to say what the cluster offers "
        "the world",
    ),
    "no_offer": P_(
        "CS03.no_offer",
        "the vision does not say what the cluster offers: name its competences, infrastructure, "
        "products or talent",
    ),
}

VISION_WORDS = 8
VISION = ("cluster", "vision")
# Words of an offer, in English and German (stems, case-blind, inside compounds too).
_OFFER = (
    "offer", "provid", "access", "gain", "find", "deliver", "suppl", "host", "test", "pilot",
    "infrastruct", "facilit", "lab", "competen", "expertis", "know-how", "skill", "talent",
    "engineer", "graduat", "workforce", "product", "solution", "service", "platform", "entry",
    "gateway", "biet", "anbiet", "zugang", "zugriff", "erhalt", "liefer", "zuliefer", "testfeld",
    "erprob", "labor", "infrastruktur", "anlage", "kompetenz", "fachkräft", "fachleut",
    "ingenieur", "absolvent", "nachwuchs", "produkt", "lösung", "dienstleist", "plattform",
    "anlaufstelle", "tor zu",
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
    if mentions(_without_name(ctx, vision), _industry_stems(ctx)):
        return
    if not starts_word(" ".join(vision.lower().split()), _OFFER):
        ctx.fail(ID, "no_offer", VISION)


def _industry_stems(ctx: Context) -> set[str]:
    """What the cluster is about: its industry, and the words of its name ("Medizintechnik")."""
    texts = [ctx.text(ctx.get("cluster", key)) for key in ("industry", "name")]
    return content_stems(t for t in texts if t)


def _without_name(ctx: Context, vision: str) -> str:
    """The vision with the cluster's own name taken out: naming oneself offers nothing."""
    for key in ("name", "short_name"):
        name = ctx.text(ctx.get("cluster", key))
        if name:
            vision = vision.replace(name, " ")
    return vision
