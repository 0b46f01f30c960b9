"""Further training for cluster or project managers, with its topics and provider named
(guide ch. 3.9).
"""

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
    "knowledge and innovation management, and IP (guide 3.9). intstrat checks that "
    "`measures.management_training` holds at least one offer whose `audience` includes "
    "`cluster_managers` or `project_managers` and that names what it teaches (`topics`, at least "
    "one that is no placeholder) and who gives it (`provider`). A training for the board alone "
    "does not count, and \"N. N.\" or \"to be defined\" as a provider counts as missing."
)
FIX = N_(
    "Add the course or programme under `measures.management_training` with `cluster_managers` or "
    "`project_managers` in `audience`, the `topics` it covers and the `provider` who gives it."
)
MESSAGES = {
    "missing": P_("CL11.missing", "no further training for the management level"),
    "no_managers": P_("CL11.no_managers", "no training addresses cluster or project managers"),
    "no_topics": P_("CL11.no_topics", "training '{name}' names no topics"),
    "no_provider": P_("CL11.no_provider", "training '{name}' names no provider"),
}

MANAGERS = {"cluster_managers", "project_managers"}


def check(ctx: Context) -> None:
    trainings = list(ctx.items("measures", "management_training"))
    if not trainings:
        ctx.fail(ID, "missing", ("measures", "management_training"))
        return
    for_managers = [(p, t) for p, t in trainings if MANAGERS & set(ctx.texts(t.get("audience")))]
    if not for_managers:
        ctx.fail(ID, "no_managers", ("measures", "management_training"))
        return
    gaps = []
    for path, training in for_managers:
        lacks = []
        if not ctx.texts(training.get("topics")):
            lacks.append(("no_topics", (*path, "topics")))
        if not ctx.text(training.get("provider")):
            lacks.append(("no_provider", (*path, "provider")))
        if not lacks:
            return  # one complete offer for the managers meets the point
        gaps.append((ctx.label(training, path), lacks))
    for name, lacks in gaps:
        for key, where in lacks:
            ctx.fail(ID, key, where, name=name)
