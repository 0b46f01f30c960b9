"""Ids are unique within their list, so references are unambiguous."""

from __future__ import annotations

from intstrat.document import Path_
from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CO05"
NAME = "duplicate-id"
GROUP = Group.CONSISTENCY
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("The same id is used twice in one list")
EXPLANATION = N_(
    "Ids exist so that other parts can refer to an entry without doubt. If two candidates, "
    "criteria, projects or milestones in the same list share an id, every reference to it becomes "
    "ambiguous and rankings may count the wrong entry. intstrat reports the repeated id with the "
    "line of its first use."
)
FIX = N_("Give the second entry its own id and update the references that meant it.")
MESSAGES = {
    "duplicate": P_("CO05.duplicate", "id '{id}' is used again (first on line {first})"),
}


_ID_LISTS: tuple[tuple[str, ...], ...] = (
    ("measures", "analyses"),
    ("measures", "steering_bodies"),
    ("measures", "databases"),
    ("measures", "workshops"),
    ("measures", "startup_sme_services"),
    ("measures", "staff_and_education", "staff_programmes"),
    ("measures", "staff_and_education", "education_programmes"),
    ("measures", "management_training"),
    ("financing", "sources"),
    ("partner_selection", "criteria"),
    ("partner_selection", "raters"),
    ("partner_selection", "candidates"),
    ("project_selection", "criteria"),
    ("project_selection", "raters"),
    ("project_selection", "projects"),
    ("communication", "internal"),
    ("communication", "external"),
    ("monitoring", "indicators"),
    ("concept", "goals", "short_term"),
    ("concept", "goals", "long_term"),
    ("concept", "work_plan", "milestones"),
    ("concept", "work_plan", "activities"),
)


def check(ctx: Context) -> None:
    for base in _ID_LISTS:
        seen: dict[str, Path_] = {}
        for path, item in ctx.items(*base):
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            if ident in seen:
                ctx.fail(
                    ID,
                    "duplicate",
                    (*path, "id"),
                    id=ident,
                    first=ctx.doc.where(seen[ident])[0],
                )
            else:
                seen[ident] = (*path, "id")
