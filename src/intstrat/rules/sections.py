"""The ten sections every concept must contain (guide ch. 8)."""

from __future__ import annotations

from intstrat.rules.base import Check, Context, as_number

SUMMARY_WORDS = (30, 400)


def cs01(ctx: Context) -> None:
    """A short but precise summary: present, and neither a stub nor an essay."""
    summary = ctx.text(ctx.get("concept", "summary"))
    if summary is None:
        ctx.fail("CS01", "missing", ("concept", "summary"))
        return
    words = len(summary.split())
    low, high = SUMMARY_WORDS
    if words < low:
        ctx.fail("CS01", "too_short", ("concept", "summary"), words=words, low=low)
    elif words > high:
        ctx.fail("CS01", "too_long", ("concept", "summary"), words=words, high=high)


def cs02(ctx: Context) -> None:
    """The financing plan: sources with amounts and periods, adding up to a total."""
    sources = list(ctx.items("financing", "sources"))
    if not sources:
        ctx.fail("CS02", "missing", ("financing", "sources"))
        return
    total = 0.0
    for path, source in sources:
        amount = as_number(source.get("amount_eur"))
        if amount is None:
            ctx.fail("CS02", "no_amount", (*path, "amount_eur"), name=ctx.label(source, path))
        else:
            total += amount
        if ctx.date(source.get("start")) is None or ctx.date(source.get("end")) is None:
            ctx.fail("CS02", "no_period", path, name=ctx.label(source, path))
    if total <= 0:
        ctx.fail("CS02", "no_total", ("financing", "sources"))


def cs03(ctx: Context) -> None:
    if ctx.text(ctx.get("cluster", "vision")) is None:
        ctx.fail("CS03", "missing", ("cluster", "vision"))


def cs04(ctx: Context) -> None:
    if not ctx.texts(ctx.get("concept", "target_groups")):
        ctx.fail("CS04", "missing", ("concept", "target_groups"))


def cs05(ctx: Context) -> None:
    candidates = list(ctx.items("partner_selection", "candidates"))
    if not candidates:
        ctx.fail("CS05", "missing", ("partner_selection", "candidates"))
    for path, candidate in candidates:
        if not (ctx.text(candidate.get("country")) or ctx.text(candidate.get("region"))):
            ctx.fail(
                "CS05",
                "no_location",
                (*path, "country"),
                name=ctx.label(candidate, path, prefer_id=True),
            )


def cs06(ctx: Context) -> None:
    projects = list(ctx.items("project_selection", "projects"))
    if not projects:
        ctx.fail("CS06", "missing", ("project_selection", "projects"))
    for path, project in projects:
        if not ctx.texts(project.get("partners")):
            ctx.fail(
                "CS06",
                "no_partner",
                (*path, "partners"),
                name=ctx.label(project, path, prefer_id=True),
            )


def cs07(ctx: Context) -> None:
    if not ctx.texts(ctx.get("concept", "limits")):
        ctx.fail("CS07", "no_limits", ("concept", "limits"))
    if not ctx.texts(ctx.get("concept", "priorities")):
        ctx.fail("CS07", "no_priorities", ("concept", "priorities"))


def cs08(ctx: Context) -> None:
    """A concrete time and work plan: dated milestones, costed activities, short and long goals."""
    base = ("concept", "work_plan")
    milestones = list(ctx.items(*base, "milestones"))
    if not milestones:
        ctx.fail("CS08", "no_milestones", (*base, "milestones"))
    for path, milestone in milestones:
        if ctx.date(milestone.get("due")) is None:
            ctx.fail(
                "CS08",
                "milestone_undated",
                (*path, "due"),
                name=ctx.label(milestone, path, prefer_id=True),
            )
    activities = list(ctx.items(*base, "activities"))
    if not activities:
        ctx.fail("CS08", "no_activities", (*base, "activities"))
    for path, activity in activities:
        if not ctx.texts(activity.get("participants")):
            ctx.fail(
                "CS08",
                "no_participants",
                (*path, "participants"),
                name=ctx.label(activity, path, prefer_id=True),
            )
        if as_number(activity.get("cost_eur")) is None:
            ctx.fail(
                "CS08",
                "no_cost",
                (*path, "cost_eur"),
                name=ctx.label(activity, path, prefer_id=True),
            )
    for horizon in ("short_term", "long_term"):
        if not list(ctx.items("concept", "goals", horizon)):
            ctx.fail("CS08", f"no_{horizon}", ("concept", "goals", horizon))


def cs09(ctx: Context) -> None:
    if not (
        list(ctx.items("communication", "internal")) or list(ctx.items("communication", "external"))
    ):
        ctx.fail("CS09", "missing", ("communication",))


def cs10(ctx: Context) -> None:
    if not list(ctx.items("monitoring", "indicators")):
        ctx.fail("CS10", "missing", ("monitoring", "indicators"))


CHECKS: dict[str, Check] = {
    "CS01": cs01,
    "CS02": cs02,
    "CS03": cs03,
    "CS04": cs04,
    "CS05": cs05,
    "CS06": cs06,
    "CS07": cs07,
    "CS08": cs08,
    "CS09": cs09,
    "CS10": cs10,
}
