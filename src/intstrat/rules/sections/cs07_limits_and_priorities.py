"""Limits and priorities of the strategy, with content (guide ch. 8)."""

from __future__ import annotations

import re

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

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
_NOTHING = re.compile(
    r"^(?:there\s+are\s+)?(?:no|none|keine?|ohne)\s+(?:particular\s+|specific\s+|special\s+|"
    r"besonderen?\s+|speziellen?\s+)?(?:limits?|limitations?|restrictions?|constraints?|"
    r"boundaries|priorit(?:y|ies)|grenzen|einschränkungen|beschränkungen|prioritäten|"
    r"priorisierung)(?:\s+(?:defined|set|known|planned|vorgesehen|festgelegt|bekannt|geplant))?$"
    r"|^(?:unlimited|unbegrenzt|unbeschränkt)$"
    r"|^(?:everything|all|alles|alle)\s+(?:is\s+|are\s+|ist\s+|sind\s+)?(?:equally\s+|gleich\s+)?"
    r"(?:a\s+)?(?:priorit(?:y|ies)|important|wichtig|prioritär)$",
    re.IGNORECASE,
)


def _content(ctx: Context, key: str) -> list[str]:
    texts = ctx.texts(ctx.get("concept", key))
    return [t for t in texts if not _NOTHING.match(" ".join(t.strip(" .!;:").split()))]


def check(ctx: Context) -> None:
    if not _content(ctx, "limits"):
        ctx.fail(ID, "no_limits", ("concept", "limits"))
    if not _content(ctx, "priorities"):
        ctx.fail(ID, "no_priorities", ("concept", "priorities"))
