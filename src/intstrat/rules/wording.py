"""Whether a text says something about its subject: the words of the strategy's own data
(project titles, priorities, goals, the industry) found again in a summary or a vision, and the
places (countries, world regions) a text names. Used by CS01 and CS03 (guide ch. 8).

Matching is by word stems, case-blind, and finds a word inside German compounds
("wasserstoff" in "Wasserstoffspeicher"); a long word also counts by its first eight letters, so
"Wasserstoffspeicher" is found again in "Wasserstoffunternehmen". Words every strategy uses
("international", "cluster", "partner", "project", "market") say nothing about this one and never
count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from intstrat.rules.phrases import starts_word

_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)

# Stems of words that every strategy uses: finding them proves nothing about this one.
_GENERIC = (
    "international", "internationali", "cluster", "netzwerk", "network", "partner", "project",
    "projekt", "strateg", "member", "mitglied", "cooperat", "kooperat", "collaborat",
    "zusammenarb", "innovat", "market", "markt", "märkt", "develop", "entwickl", "activit",
    "aktivit", "compan", "unternehm", "firm", "joint", "gemeinsam", "support", "unterstütz",
    "establish", "etablier", "build", "aufbau", "aufbauen", "strength", "stärk", "improv",
    "verbess", "increase", "erhöh", "steiger", "region", "global", "world", "welt", "abroad",
    "ausland", "foreign", "together", "through", "their", "there", "these", "those", "which",
    "while", "where", "about", "other", "first", "second", "third", "three", "several",
    "mehrere", "weitere", "durch", "diese", "dieser", "welche", "sowie", "unsere", "unser",
    "werden", "wollen", "sollen", "können", "become", "want", "will", "would", "should",
    "valley", "coast", "küste", "future", "zukunft", "goal", "ziel", "target", "measure",
    "maßnahm", "action", "service",
    "leistung", "angebot", "offer", "success", "erfolg", "growth", "wachstum", "compet",
    "wettbewerb", "year", "jahr", "phase", "period", "funding", "förder", "sector", "branche",
    "industr", "leading", "führend", "excellen", "exzellen", "visib", "sichtbar", "value",
    "more", "mehr", "many", "viele", "new", "neue", "best", "beste", "general", "allgemein",
    "after", "before", "bevor", "nachdem", "einer", "eines", "einem", "einen", "point", "punkt",
    "since", "until", "within", "without", "innerhalb", "sowohl", "andere", "financ", "finanz",
    "system", "research", "forsch", "science", "wissenschaft", "technolog", "technik",
)


def _stem(word: str) -> str:
    return word[: max(5, len(word) - 3)]


def content_stems(texts: Iterable[str]) -> set[str]:
    """The stems of the words in `texts` that could say what this strategy is about."""
    stems: set[str] = set()
    for text in texts:
        for match in _WORD.finditer(text.lower()):
            for word in match.group().split("-"):
                if len(word) >= 5 and not word.startswith(_GENERIC):
                    stems.add(_stem(word))
                    if len(word) >= 10:
                        # The head of a compound: "Wasserstoffspeicher" is about "wasserst…".
                        stems.add(word[:8])
    return stems


def mentions(text: str, stems: Iterable[str]) -> bool:
    """True when `text` holds one of `stems` at the start of a word or inside a compound."""
    low = text.lower()
    return any(stem in low for stem in stems)


def word_count(text: str) -> int:
    return len(text.split())


# Countries by ISO code: stems of their names and adjectives in English and German. A strategy
# may name a partner country by any of them; the code itself ("NO", "CA") is too ambiguous in
# prose to count.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "AR": ("argentin",), "AT": ("austria", "österreich"), "AU": ("australi",),
    "BE": ("belgi",), "BG": ("bulgari",), "BR": ("brazil", "brasil"), "CA": ("canad", "kanad"),
    "CH": ("switzerland", "swiss", "schweiz"), "CL": ("chile",), "CN": ("china", "chines"),
    "CO": ("colombia", "kolumbi"), "CY": ("cyprus", "zypern"), "CZ": ("czech", "tschech"),
    "DE": ("germany", "german", "deutschland", "deutsch"), "DK": ("denmark", "danish", "dänemark",
    "dänisch"), "EE": ("estonia", "estland", "estnisch"), "EG": ("egypt", "ägypt"),
    "ES": ("spain", "spanish", "spanien", "spanisch"), "FI": ("finland", "finnish", "finnland",
    "finnisch"), "FR": ("france", "french", "frankreich", "französisch"),
    "GB": ("united kingdom", "britain", "british", "england", "scotland", "wales",
    "großbritannien", "britisch", "vereinigtes königreich", "schottland"),
    "GR": ("greece", "greek", "griechen"), "HR": ("croatia", "kroatien"),
    "HU": ("hungar", "ungarn", "ungarisch"), "ID": ("indonesi",), "IE": ("ireland", "irish",
    "irland", "irisch"), "IL": ("israel",), "IN": ("india", "indien", "indisch"),
    "IS": ("iceland",), "IT": ("italy", "italian", "italien"),
    "JP": ("japan",), "KE": ("kenia", "kenya"), "KR": ("korea",), "LT": ("lithuani", "litauen"),
    "LU": ("luxemb",), "LV": ("latvia", "lettland"), "MA": ("morocc", "marokk"),
    "MX": ("mexic", "mexik"), "MY": ("malaysi",), "NL": ("netherlands", "dutch", "holland",
    "niederland", "niederländ"), "NO": ("norw", "norweg"), "NZ": ("new zealand", "neuseeland"),
    "PL": ("poland", "polish", "polen", "polnisch"), "PT": ("portug",), "RO": ("romani",
    "rumäni"), "RS": ("serbia", "serbien"), "SA": ("saudi",), "SE": ("sweden", "swedish",
    "schweden", "schwedisch"), "SG": ("singapur", "singapore"), "SI": ("sloveni", "slowenien"),
    "SK": ("slovakia", "slowakei"), "TH": ("thailand",), "TR": ("turkey", "turkish", "türkei",
    "türkisch", "türkiye"), "TW": ("taiwan",), "UA": ("ukrain",),
    "US": ("united states", "america", "amerika", "vereinigte staaten"),
    "VN": ("vietnam",), "ZA": ("south africa", "südafrika"),
}
# World regions: a partner region named without its country.
_REGIONS = (
    "europe", "europa", "europä", "asia", "asien", "asiat", "africa", "afrika", "scandinavi",
    "skandinavi", "nordic", "baltic", "baltikum", "benelux", "north america", "nordamerika",
    "south america", "südamerika", "latin america", "lateinamerika", "middle east", "nahost",
    "naher osten", "oceania", "ozeanien", "balkan", "mediterranean", "mittelmeer", "alpine",
    "alpenraum", "overseas", "übersee",
)




def names_place_abroad(text: str, home: str | None, extra: Iterable[str] = ()) -> bool:
    """True when `text` names a country other than `home` (an ISO code), a world region, or one
    of `extra` (e.g. the regions and names of the partner candidates)."""
    own = home.strip().upper() if isinstance(home, str) else ""
    low = text.lower()
    # Substring tests, not a regular expression per country: compiling 60 of them cost 1.5 ms
    # of every check (rules/phrases.py).
    if any(code != own and starts_word(low, names) for code, names in COUNTRIES.items()):
        return True
    if starts_word(low, _REGIONS):
        return True
    return starts_word(low, [e.lower() for e in extra if e])
