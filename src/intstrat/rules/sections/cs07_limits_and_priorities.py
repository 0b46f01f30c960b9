"""Limits and priorities of the strategy, with content (guide ch. 8)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.phrases import Sentence

ID = "CS07"
NAME = "limits-and-priorities"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("concept.limits", "concept.priorities")
TITLE = N_("Limits and priorities of the strategy")
EXPLANATION = N_(
    "No cluster can go everywhere at once. The concept says what the strategy will not do and what "
    "comes first, which keeps the effort focused and makes decisions explainable (guide 8). "
    "intstrat checks that `concept.limits` and `concept.priorities` each hold at least one entry "
    "with content: placeholder text (\"see above\", \"k. A.\") and entries that only say there "
    "is none (\"none\", \"no limits\", \"no particular priorities\", \"everything is a "
    "priority\") do not count."
)
FIX = N_(
    "List what lies outside the strategy under `concept.limits` and what comes first under "
    "`concept.priorities`."
)
MESSAGES = {
    "no_limits": P_("CS07.no_limits", "no limits of the strategy"),
    "no_priorities": P_("CS07.no_priorities", "no priorities of the strategy"),
}

# An entry that only says there is nothing: "no limits", "keine Einschränkungen", "all equal".
_NOTHING = (
    Sentence(
        "[there are] no|none|kein|keine|ohne "
        "[particular|specific|special|besondere|besonderen|spezielle|speziellen] "
        "limit|limits|limitation|limitations|restriction|restrictions|constraint|constraints|"
        "boundaries|priority|priorities|grenzen|einschränkungen|beschränkungen|prioritäten|"
        "priorisierung [defined|set|known|planned|vorgesehen|festgelegt|bekannt|geplant]"
    ),
    Sentence("unlimited|unbegrenzt|unbeschränkt"),
    Sentence(
        "everything|all|alles|alle [is|are|ist|sind] [equally|gleich] [a] "
        "priority|priorities|important|wichtig|prioritär"
    ),
)


def _says_nothing(text: str) -> bool:
    words = text.strip(" .!;:").lower().split()
    return any(sentence.matches(words) for sentence in _NOTHING)


def _content(ctx: Context, key: str) -> list[str]:
    texts = ctx.texts(ctx.get("concept", key))
    return [t for t in texts if not _says_nothing(t)]


def check(ctx: Context) -> None:
    if not _content(ctx, "limits"):
        ctx.fail(ID, "no_limits", ("concept", "limits"))
    if not _content(ctx, "priorities"):
        ctx.fail(ID, "no_priorities", ("concept", "priorities"))
