"""Who a measure reaches: kinds of actors as one word each, and whether a text names all actors.

A reviewer counts `SME`, `sme`, `smes` and `KMU` as one kind of actor (spelling is not
variety), and reads an audience of "the board" as not "all actors" whatever a flag says
(guide 3.1, 6.1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

# The member kinds of `cluster.members` (format 2 `invited` / `open_to` use the same words).
MEMBER_KINDS = ("companies", "smes", "startups", "universities", "research_institutes", "other")

# Spelling variants → one canonical word. Keys are compared after `_key()`.
_SYNONYMS = {
    "company": "company", "companies": "company", "firm": "company", "firms": "company",
    "enterprise": "company", "enterprises": "company", "unternehmen": "company",
    "industry": "company", "industrie": "company", "wirtschaft": "company",
    "large_company": "large_company", "large_companies": "large_company",
    "large_enterprise": "large_company", "large_enterprises": "large_company",
    "grossunternehmen": "large_company", "großunternehmen": "large_company",
    "konzern": "large_company", "konzerne": "large_company",
    "sme": "sme", "smes": "sme", "kmu": "sme", "kmus": "sme", "mittelstand": "sme",
    "small_and_medium_enterprises": "sme", "small_and_medium_sized_enterprises": "sme",
    "startup": "startup", "startups": "startup", "start_up": "startup", "start_ups": "startup",
    "gruender": "startup", "gründer": "startup", "gründerinnen_und_gründer": "startup",
    "university": "university", "universities": "university", "universität": "university",
    "universitäten": "university", "hochschule": "university", "hochschulen": "university",
    "higher_education": "university",
    "research_institute": "research_institute", "research_institutes": "research_institute",
    "research_institution": "research_institute", "research_institutions": "research_institute",
    "institute": "research_institute", "institutes": "research_institute",
    "forschungseinrichtung": "research_institute", "forschungseinrichtungen": "research_institute",
    "forschungsinstitut": "research_institute", "forschungsinstitute": "research_institute",
    "institut": "research_institute", "institute_de": "research_institute",
    "cluster_management": "cluster_management", "clustermanagement": "cluster_management",
    "management": "cluster_management",
    "partner": "partner", "partners": "partner", "partner_cluster": "partner",
    "partner_clusters": "partner",
    "other": "other", "others": "other", "sonstige": "other",
}


def _key(text: str) -> str:
    return re.sub(r"[\s\-/]+", "_", text.strip().lower())


def kind(value: str) -> str:
    """One canonical word for a kind of actor or target group ("KMU" and "smes" → "sme")."""
    key = _key(value)
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    # A plural of a word we do not know is still the same word: "end_users" = "end_user".
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def kinds(values: Iterable[Any]) -> set[str]:
    """The distinct kinds among `values` (non-text entries ignored)."""
    return {kind(v) for v in values if isinstance(v, str) and v.strip()}


def member_kinds(members: Mapping[str, Any] | None) -> list[str]:
    """The member kinds the cluster has (a count above zero), in the schema's order."""
    if not isinstance(members, Mapping):
        return []
    out = []
    for name in MEMBER_KINDS:
        count = members.get(name)
        if isinstance(count, int) and not isinstance(count, bool) and count > 0:
            out.append(name)
    return out


def missing_members(invited: Any, members: Mapping[str, Any] | None) -> list[str] | None:
    """The member kinds with a count above zero that `invited` leaves out; None when `invited`
    is no list. SMEs and start-ups are companies too, so inviting `companies` alone covers them;
    a list that spells out one of them means the others only where they are named too."""
    if not isinstance(invited, list):
        return None
    named = {kind(v) for v in invited if isinstance(v, str)}
    if "company" in named and not named & {"sme", "startup"}:
        named |= {"sme", "startup"}
    wanted = member_kinds(members) or list(MEMBER_KINDS[:5])
    return [m for m in wanted if kind(m) not in named]


# "all members", "every member organisation", "alle Beschäftigten der Mitglieder", "open to all".
_ALL = re.compile(
    r"\b(?:all|every|each|any|whole|entire|alle[nrs]?|sämtliche[nr]?|jede[nrs]?|gesamte[nr]?)"
    r"\s+(?P<between>(?:[\w'’-]+\s+){0,4}?)"
    r"(?P<noun>members?|member[\s-]+(?:organi[sz]ations?|companies|firms)|actors?|staff|"
    r"employees|people|organi[sz]ations?|companies|institutions|stakeholders|"
    r"mitglied\w*|akteur\w*|beschäftigt\w*|mitarbeit\w*|angehörig\w*|unternehmen|"
    r"einrichtungen|organisationen|institutionen|cluster\w*)\b",
    re.IGNORECASE,
)
_OPEN = re.compile(
    r"\b(?:open\s+to\s+(?:all|everyone|anyone|every)|public(?:ly)?\s+(?:open|event)|"
    r"offen\s+für\s+alle|für\s+alle\s+offen|allen\s+offen|öffentlich)\b",
    re.IGNORECASE,
)
# A narrowing word between "all" and its noun: "all board members" are the board.
_NARROW = re.compile(
    r"board|management|managing|director|executive|manager|head|steering|selected|invited|"
    r"vorstand|geschäftsführ|leitung|führung|aufsichtsrat|beirat|ausgewählt|eingeladen",
    re.IGNORECASE,
)
_ONLY = re.compile(r"\b(?:only|solely|exclusively|nur|ausschließlich|lediglich)\b", re.IGNORECASE)


def names_all_actors(text: str) -> bool:
    """True when `text` says that all actors (every member's staff) are meant: "all staff of all
    member organisations", "offen für alle Mitglieder". "All board members" and "only the
    managing directors" are not."""
    if _ONLY.search(text):
        return False
    if _OPEN.search(text):
        return True
    return any(not _NARROW.search(m.group("between") + " " + m.group("noun"))
               for m in _ALL.finditer(text))
