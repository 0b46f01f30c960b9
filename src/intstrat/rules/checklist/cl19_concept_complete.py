"""All ten sections of the concept pass, CS01 to CS10; decided from their results (guide ch. 8)."""

from __future__ import annotations

from collections.abc import Sequence

from intstrat.findings import PointStatus, RawFinding, Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

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
    "things change. intstrat counts this point as met only when all ten concept sections, CS01 to "
    "CS10, pass; the findings of the failing sections show what is missing."
)
FIX = N_(
    "Resolve the findings of the failing sections CS01-CS10; most of them ask for keys under "
    "`concept`, `financing`, `partner_selection`, `project_selection`, `communication` and "
    "`monitoring`."
)
MESSAGES = {
    "incomplete": P_(
        "CL19.incomplete",
        "the concept is incomplete; sections that do not pass: {sections}",
    ),
}


def derive(sections: Sequence[PointStatus]) -> list[RawFinding]:
    """Fails when a concept section fails; the audit gives it the sections after suppressions."""
    failed = [point.rule for point in sections if not point.passed]
    if not failed:
        return []
    return [RawFinding(ID, "incomplete", ("concept",), {"sections": ", ".join(failed)})]
