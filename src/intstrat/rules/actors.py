"""Who a measure reaches: kinds of actors as one word each, and whether a text names all actors.

A reviewer counts `SME`, `sme`, `smes` and `KMU` as one kind of actor (spelling is not
variety), and reads an audience of "the board" as not "all actors" whatever a flag says
(guide 3.1, 6.1).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from intstrat.rules.phrases import Phrases, Words, gaps, has_part, spaced_tokens

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
    # "small and medium enterprises", "start-up", "R/D" → words joined by "_"
    return "_".join(text.strip().lower().replace("-", " ").replace("/", " ").split())


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
# Word lists, not regular expressions: compiling them cost 1.3 ms of every check (phrases.py).
_QUANTIFIERS = Words(
    "all every each any whole entire alle allen aller alles sämtliche sämtlichen sämtlicher "
    "jede jeden jeder jedes gesamte gesamten gesamter"
)
_ACTORS = Words(
    "member members actor actors staff employees people organisation organisations "
    "organization organizations companies institutions stakeholders unternehmen einrichtungen "
    "organisationen institutionen mitglied* akteur* beschäftigt* mitarbeit* angehörig* cluster*"
)
_OPEN = Phrases([
    "open to all|everyone|anyone|every", "public|publicly open|event", "offen für alle",
    "für alle offen", "allen offen", "öffentlich",
])
# A narrowing word between "all" and its noun: "all board members" are the board.
_NARROW = (
    "board", "management", "managing", "director", "executive", "manager", "head", "steering",
    "selected", "invited", "vorstand", "geschäftsführ", "leitung", "führung", "aufsichtsrat",
    "beirat", "ausgewählt", "eingeladen",
)
ONLY = Phrases(["only|solely|exclusively|nur|ausschließlich|lediglich"])


def _all_of(toks: list[str], spaced: list[bool], index: int) -> tuple[int, bool] | None:
    """Where "all … <actors>" starting at `index` ends (the shortest reading, up to four words
    between) and whether the words between narrow it ("all board members"); None if it is not
    there."""
    if toks[index] not in _QUANTIFIERS or index + 1 >= len(toks):
        return None
    for at in gaps(toks, spaced, index + 1, 4, marks="'’-"):
        if at < len(toks) and toks[at] in _ACTORS:
            between = "".join((" " if spaced[k] else "") + toks[k]
                              for k in range(index + 1, at + 1))
            return at + 1, has_part(between, _NARROW)
    return None


def names_all_actors(text: str) -> bool:
    """True when `text` says that all actors (every member's staff) are meant: "all staff of all
    member organisations", "offen für alle Mitglieder". "All board members" and "only the
    managing directors" are not."""
    toks, spaced = spaced_tokens(text)
    if ONLY.find_in(toks):
        return False
    if _OPEN.find_in(toks):
        return True
    index = 0
    while index < len(toks):
        found = _all_of(toks, spaced, index)
        if found is None:
            index += 1
            continue
        index, narrowed = found  # the next reading starts after this one
        if not narrowed:
            return True
    return False
