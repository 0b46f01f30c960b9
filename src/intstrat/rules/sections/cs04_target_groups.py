"""Target groups of the strategy: at least two that really differ (guide ch. 8)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.actors import kinds
from intstrat.rules.base import Context, Group

ID = "CS04"
NAME = "target-groups"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("concept.target_groups",)
TITLE = N_("Target groups of the strategy")
EXPLANATION = N_(
    "A strategy that is meant for everyone reaches no one: the concept names whom the "
    "internationalisation is for (guide 8). intstrat checks that `concept.target_groups` names at "
    "least two groups that really differ: spellings of one group (`SMEs`, `smes`, `KMU`) count "
    "once, and placeholder text (\"see above\", \"to be defined\") counts as missing."
)
FIX = N_(
    "List the groups the strategy serves under `concept.target_groups`, for instance member "
    "SMEs, start-ups, research institutes and young professionals."
)
MESSAGES = {
    "missing": P_("CS04.missing", "no target group of the strategy"),
    "one_group": P_(
        "CS04.one_group",
        "the strategy names one target group ('{group}'); name at least two different ones",
    ),
}

GROUPS = ("concept", "target_groups")


def check(ctx: Context) -> None:
    groups = ctx.texts(ctx.get(*GROUPS))
    if not groups:
        ctx.fail(ID, "missing", GROUPS)
    elif len(kinds(groups)) < 2:
        ctx.fail(ID, "one_group", GROUPS, group=groups[0])
