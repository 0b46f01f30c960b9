"""Possible international partners with country or region (guide ch. 8, 4)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS05"
NAME = "partner-candidates"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 4"
DATA = ("partner_selection.candidates",)
TITLE = N_("Possible international partners with country or region")
EXPLANATION = N_(
    "The concept names the international partners under consideration, and where they are, since "
    "location shapes markets, law and the effort of working together. intstrat requires at least "
    "one entry in `partner_selection.candidates`, each with a `country` or a `region` that is no "
    "placeholder. An international partner is abroad: a candidate whose `country` is the "
    "cluster's own `cluster.country` (compared without regard to case; DE, Germany and "
    "Deutschland are one country) is a finding."
)
FIX = N_(
    "Add the candidates under `partner_selection.candidates` with `country` (ISO code, quoted "
    "where YAML might misread it, e.g. \"NO\") or `region`; a partner in the cluster's own "
    "country belongs elsewhere in the strategy, not among the international partners."
)
MESSAGES = {
    "missing": P_("CS05.missing", "no possible international partners"),
    "no_location": P_("CS05.no_location", "partner '{name}' has no country or region"),
    "domestic": P_(
        "CS05.domestic",
        "partner '{name}' is in {country}, the cluster's own country (line {line}); an "
        "international partner is abroad",
    ),
}

# Names of the home countries of most clusters that use intstrat, so "Germany" is "DE".
_COUNTRY_NAMES = {
    "germany": "de", "deutschland": "de", "federal republic of germany": "de",
    "bundesrepublik deutschland": "de", "austria": "at", "österreich": "at",
    "switzerland": "ch", "schweiz": "ch", "suisse": "ch", "svizzera": "ch",
}


def country_key(value: str) -> str:
    """A country as one comparable word: "DE", "de", "Germany" and "Deutschland" are "de"."""
    plain = " ".join(value.casefold().split())
    return _COUNTRY_NAMES.get(plain, plain)


def check(ctx: Context) -> None:
    candidates = list(ctx.items("partner_selection", "candidates"))
    if not candidates:
        ctx.fail(ID, "missing", ("partner_selection", "candidates"))
    home = ctx.text(ctx.get("cluster", "country"))
    for path, candidate in candidates:
        country = ctx.text(candidate.get("country"))
        name = ctx.label(candidate, path, prefer_id=True)
        if not (country or ctx.text(candidate.get("region"))):
            ctx.fail(ID, "no_location", (*path, "country"), name=name)
        elif country and home and country_key(country) == country_key(home):
            ctx.fail(ID, "domestic", (*path, "country"), name=name, country=country.strip(),
                     line=ctx.doc.where(("cluster", "country"))[0])
