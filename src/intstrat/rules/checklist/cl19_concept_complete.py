"""All ten sections of the concept pass, CS01 to CS10 (decided from their results), and the
strategy says how it fits the cluster's overall strategy (guide ch. 8).
"""

from __future__ import annotations

from collections.abc import Sequence

from intstrat.findings import PointStatus, RawFinding, Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CL19"
NAME = "concept-complete"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("concept",)
TITLE = N_("All ten sections of the internationalisation concept complete")
EXPLANATION = N_(
    "The guide's final step is to write the internationalisation efforts down in a concrete "
    "concept that fits the cluster's overall strategy and is revised together with the members as "
    "things change (guide 8). intstrat counts this point as met only when all ten concept "
    "sections, CS01 to CS10, pass (the findings of the failing sections show what is missing) and "
    "`cluster.overall_strategy_fit` says in at least 12 words how the internationalisation "
    "strategy fits the overall strategy, for instance which of its goals or fields of action it "
    "serves; a placeholder or a bare \"fits\" is not enough."
)
FIX = N_(
    "Resolve the findings of the failing sections CS01-CS10; most of them ask for keys under "
    "`concept`, `financing`, `partner_selection`, `project_selection`, `communication` and "
    "`monitoring`. Describe under `cluster.overall_strategy_fit` which goals of the cluster's "
    "overall strategy this strategy serves and how both are kept in step."
)
MESSAGES = {
    "incomplete": P_(
        "CL19.incomplete",
        "the concept is incomplete; sections that do not pass: {sections}",
    ),
    "no_fit": P_(
        "CL19.no_fit",
        "the strategy does not say how it fits the cluster's overall strategy "
        "(overall_strategy_fit)",
    ),
    "thin_fit": P_(
        "CL19.thin_fit",
        "overall_strategy_fit says too little ({words} of at least {low} words): say which goals "
        "of the overall strategy it serves",
    ),
}

FIT_WORDS = 12
FIT = ("cluster", "overall_strategy_fit")


def check(ctx: Context) -> None:
    """The fit with the overall strategy (ch. 8); the sections are judged by `derive`."""
    fit = ctx.text(ctx.get(*FIT))
    if fit is None:
        ctx.fail(ID, "no_fit", FIT)
    elif len(fit.split()) < FIT_WORDS:
        ctx.fail(ID, "thin_fit", FIT, words=len(fit.split()), low=FIT_WORDS)


def derive(sections: Sequence[PointStatus]) -> list[RawFinding]:
    """Fails when a concept section fails; the audit gives it the sections after suppressions."""
    failed = [point.rule for point in sections if not point.passed]
    if not failed:
        return []
    return [RawFinding(ID, "incomplete", ("concept",), {"sections": ", ".join(failed)})]
