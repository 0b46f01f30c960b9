"""Further training for cluster or project managers (guide ch. 3.9)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CL11"
NAME = "management-training"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.9"
DATA = ("measures.management_training",)
TITLE = N_("Further training for cluster and project managers")
EXPLANATION = N_(
    "Not only the member companies need new skills: the guide asks that cluster and project "
    "managers be trained too, for instance in managing international R&D projects and networks, "
    "knowledge and innovation management, and IP. intstrat passes when "
    "`measures.management_training` holds at least one offer whose `audience` includes "
    "`cluster_managers` or `project_managers`."
)
FIX = N_(
    "Add the course or programme under `measures.management_training` with `cluster_managers` or "
    "`project_managers` in `audience`, plus its `topics` and `provider`."
)
MESSAGES = {
    "missing": P_("CL11.missing", "no further training for the management level"),
    "no_managers": P_("CL11.no_managers", "no training addresses cluster or project managers"),
}


def check(ctx: Context) -> None:
    trainings = list(ctx.items("measures", "management_training"))
    if not trainings:
        ctx.fail(ID, "missing", ("measures", "management_training"))
        return
    wanted = {"cluster_managers", "project_managers"}
    if not any(wanted & set(ctx.texts(t.get("audience"))) for _, t in trainings):
        ctx.fail(ID, "no_managers", ("measures", "management_training"))
