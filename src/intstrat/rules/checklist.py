"""The 19 points of the guide's checklist (ch. 10), each checked for substance, not mere keys."""

from __future__ import annotations

import datetime as dt
from typing import Any

from intstrat.rules.base import Check, Context, add_months


def _word(value: Any) -> str | None:
    """An enum-like value as a set or dict key: a list or mapping there (a schema finding of its
    own) must not crash the rule, so anything but text counts as no value."""
    return value if isinstance(value, str) else None


def _funding_start(ctx: Context) -> dt.date | None:
    return ctx.date(ctx.get("funding", "start"))


def _funding_end(ctx: Context) -> dt.date | None:
    return ctx.date(ctx.get("funding", "end"))


def cl01(ctx: Context) -> None:
    """Needs established before measures: a dated method before the kick-off, and findings."""
    section = ctx.get("needs_assessment")
    if not isinstance(section, dict) or not ctx.present(section):
        ctx.fail("CL01", "missing", ("needs_assessment",))
        return
    methods = list(ctx.items("needs_assessment", "methods"))
    if not methods:
        ctx.fail("CL01", "no_method", ("needs_assessment", "methods"))
    kickoff = ctx.date(ctx.get("measures", "kickoff", "date"))
    limit = kickoff or _funding_start(ctx)
    dated = [(p, ctx.date(m.get("date"))) for p, m in methods]
    for path, method in methods:
        if not ctx.text(method.get("method")):
            ctx.fail("CL01", "method_kind", (*path, "method"))
    if methods and not any(d for _, d in dated):
        ctx.fail("CL01", "undated", methods[0][0])
    elif limit is not None and methods and not any(d and d <= limit for _, d in dated):
        first, first_path = min((d, p) for p, d in dated if d)
        ctx.fail(
            "CL01",
            "after_kickoff" if kickoff else "after_funding_start",
            (*first_path, "date"),
            date=first,
            limit=limit,
        )
    if not ctx.texts(section.get("findings")):
        ctx.fail("CL01", "no_findings", ("needs_assessment", "findings"))


def cl02(ctx: Context) -> None:
    """Kick-off within six months of the funding start, open to all actors."""
    kickoff = ctx.get("measures", "kickoff")
    if not isinstance(kickoff, dict) or not ctx.present(kickoff):
        ctx.fail("CL02", "missing", ("measures", "kickoff"))
        return
    day = ctx.date(kickoff.get("date"))
    start = _funding_start(ctx)
    if day is None:
        ctx.fail("CL02", "no_date", ("measures", "kickoff", "date"))
    elif start is not None:
        latest = add_months(start, 6)
        if day < start:
            ctx.fail("CL02", "before_start", ("measures", "kickoff", "date"), date=day, start=start)
        elif day > latest:
            ctx.fail(
                "CL02",
                "late",
                ("measures", "kickoff", "date"),
                date=day,
                start=start,
                latest=latest,
            )
    if kickoff.get("open_to_all_actors") is not True:
        ctx.fail("CL02", "not_open", ("measures", "kickoff", "open_to_all_actors"))


def cl03(ctx: Context) -> None:
    """A financing concept that outlives the funding and pays for flanking measures."""
    financing = ctx.mapping("financing")
    sources = list(ctx.items("financing", "sources"))
    if not sources:
        ctx.fail("CL03", "no_sources", ("financing", "sources"))
        return
    if len(sources) < 2:
        ctx.fail("CL03", "single_source", ("financing", "sources"))
    end = _funding_end(ctx)
    lasting = any(
        (d := ctx.date(s.get("end"))) is not None and end is not None and d > end
        for _, s in sources
    )
    if not lasting and not ctx.text(financing.get("after_funding")):
        # Point at the key where the text belongs; where() falls back to the nearest parent.
        ctx.fail("CL03", "no_after_funding", ("financing", "after_funding"), end=end)
    flanking = any(
        isinstance(s.get("covers"), list) and "flanking_measures" in s["covers"] for _, s in sources
    )
    if not flanking and not ctx.text(financing.get("flanking_measures")):
        ctx.fail("CL03", "no_flanking", ("financing", "flanking_measures"))


FOCUSES = ("own_cluster", "partner_cluster", "sector_market")


def cl04(ctx: Context) -> None:
    """Analyses on all three focuses, each with its kind and who performs it."""
    analyses = list(ctx.items("measures", "analyses"))
    if not analyses:
        ctx.fail("CL04", "missing", ("measures", "analyses"))
        return
    covered = {_word(a.get("focus")) for _, a in analyses}
    for focus in FOCUSES:
        if focus not in covered:
            ctx.fail("CL04", "focus_missing", ("measures", "analyses"), focus=focus)
    for path, analysis in analyses:
        if not ctx.text(analysis.get("kind")):
            ctx.fail("CL04", "no_kind", (*path, "kind"), name=ctx.label(analysis, path))
        if not ctx.text(analysis.get("performed_by")):
            ctx.fail(
                "CL04", "no_performer", (*path, "performed_by"), name=ctx.label(analysis, path)
            )


def cl05(ctx: Context) -> None:
    """Steering bodies at project level and across projects, mixed in kind and hierarchy."""
    bodies = list(ctx.items("measures", "steering_bodies"))
    if not bodies:
        ctx.fail("CL05", "missing", ("measures", "steering_bodies"))
        return
    levels = {_word(b.get("level")) for _, b in bodies}
    for level in ("project", "cross_project"):
        if level not in levels:
            ctx.fail("CL05", "level_missing", ("measures", "steering_bodies"), level=level)
    for path, body in bodies:
        if len(set(ctx.texts(body.get("members")))) < 2:
            ctx.fail(
                "CL05", "not_interdisciplinary", (*path, "members"), name=ctx.label(body, path)
            )
        if len(set(ctx.texts(body.get("hierarchy_levels")))) < 2:
            ctx.fail(
                "CL05", "single_level", (*path, "hierarchy_levels"), name=ctx.label(body, path)
            )


def cl06(ctx: Context) -> None:
    """A system that makes the gathered data accessible, with someone who keeps it up."""
    databases = list(ctx.items("measures", "databases"))
    if not databases:
        ctx.fail("CL06", "missing", ("measures", "databases"))
        return
    for path, database in databases:
        if not ctx.text(database.get("maintained_by")):
            ctx.fail(
                "CL06",
                "unmaintained",
                (*path, "maintained_by"),
                name=ctx.label(database, path),
            )


def cl07(ctx: Context) -> None:
    """Workshops of both kinds for at least two target groups."""
    workshops = list(ctx.items("measures", "workshops"))
    if not workshops:
        ctx.fail("CL07", "missing", ("measures", "workshops"))
        return
    kinds = {_word(w.get("kind")) for _, w in workshops}
    for kind in ("thematic_informative", "strategic_organisational"):
        if kind not in kinds:
            ctx.fail("CL07", "kind_missing", ("measures", "workshops"), kind=kind)
    groups = {g.lower() for _, w in workshops for g in ctx.texts(w.get("target_groups"))}
    if len(groups) < 2:
        ctx.fail("CL07", "few_groups", ("measures", "workshops"), count=len(groups))


def cl08(ctx: Context) -> None:
    """Advice, training or coaching for start-ups and for SMEs."""
    services = list(ctx.items("measures", "startup_sme_services"))
    if not services:
        ctx.fail("CL08", "missing", ("measures", "startup_sme_services"))
        return
    audiences = {a for _, s in services for a in ctx.texts(s.get("for"))}
    for audience in ("startups", "smes"):
        if audience not in audiences:
            ctx.fail(
                "CL08", "audience_missing", ("measures", "startup_sme_services"), audience=audience
            )


def cl09(ctx: Context) -> None:
    """A staff programme and an education programme with a named university."""
    base = ("measures", "staff_and_education")
    if not list(ctx.items(*base, "staff_programmes")):
        ctx.fail("CL09", "no_staff", (*base, "staff_programmes"))
    education = list(ctx.items(*base, "education_programmes"))
    if not education:
        ctx.fail("CL09", "no_education", (*base, "education_programmes"))
    elif not any(ctx.text(e.get("university")) for _, e in education):
        ctx.fail("CL09", "no_university", (*education[0][0], "university"))


def cl10(ctx: Context) -> None:
    """Instruments that involve all actors, and services that outlast the funding."""
    base = ("measures", "involvement")
    if not list(ctx.items(*base, "instruments")):
        ctx.fail("CL10", "no_instruments", (*base, "instruments"))
    services = list(ctx.items(*base, "services"))
    end = _funding_end(ctx)
    if not services:
        ctx.fail("CL10", "no_services", (*base, "services"))
    elif end is not None and not any(
        (d := ctx.date(s.get("until"))) is not None and d > end for _, s in services
    ):
        ctx.fail("CL10", "services_end", (*base, "services"), end=end)


def cl11(ctx: Context) -> None:
    """Further training for cluster or project managers."""
    trainings = list(ctx.items("measures", "management_training"))
    if not trainings:
        ctx.fail("CL11", "missing", ("measures", "management_training"))
        return
    wanted = {"cluster_managers", "project_managers"}
    if not any(wanted & set(ctx.texts(t.get("audience"))) for _, t in trainings):
        ctx.fail("CL11", "no_managers", ("measures", "management_training"))


def _criteria_catalogue(ctx: Context, rule: str, section: str) -> list[str]:
    criteria = list(ctx.items(section, "criteria"))
    if len(criteria) < 2:
        ctx.fail(rule, "few_criteria", (section, "criteria"), count=len(criteria))
    for path, criterion in criteria:
        weight = criterion.get("weight")
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
            ctx.fail(
                rule,
                "no_weight",
                (*path, "weight"),
                name=ctx.label(criterion, path),
            )
    return [str(c["id"]) for _, c in criteria if "id" in c]


def _unscored(item: dict[str, object], criteria: list[str]) -> list[str]:
    """The criteria that no rater scored for this item (all of them when it has no scores)."""
    scores = item.get("scores")
    covered: set[str] = set()
    if isinstance(scores, list):
        for score in scores:
            if isinstance(score, dict) and isinstance(score.get("values"), dict):
                covered.update(
                    k
                    for k, v in score["values"].items()
                    if isinstance(v, int | float) and not isinstance(v, bool)
                )
    return [c for c in criteria if c not in covered]


def _decided_unscored(
    ctx: Context, rule: str, base: str, items_key: str, criteria: list[str], decided: set[str]
) -> None:
    """Items the selection has decided on must be assessed on every criterion (guide 4.2, 5.1)."""
    for path, item in ctx.items(base, items_key):
        status = item.get("status")
        if criteria and isinstance(status, str) and status in decided:
            missing = _unscored(item, criteria)
            if missing:
                ctx.fail(
                    rule,
                    "decided_unscored",
                    (*path, "scores"),
                    name=ctx.label(item, path, prefer_id=True),
                    missing=", ".join(missing),
                )


def cl12(ctx: Context) -> None:
    """Partner selection on a weighted, reusable criteria catalogue, with candidates assessed."""
    selection = ctx.get("partner_selection")
    if not isinstance(selection, dict) or not ctx.present(selection):
        ctx.fail("CL12", "missing", ("partner_selection",))
        return
    if not ctx.text(selection.get("process")):
        ctx.fail("CL12", "no_process", ("partner_selection", "process"))
    criteria = _criteria_catalogue(ctx, "CL12", "partner_selection")
    candidates = list(ctx.items("partner_selection", "candidates"))
    if not any(criteria and not _unscored(c, criteria) for _, c in candidates):
        ctx.fail("CL12", "unscored", ("partner_selection", "candidates"))
    _decided_unscored(ctx, "CL12", "partner_selection", "candidates", criteria, {"selected"})


AGREEMENT_TOPICS = 3


def cl13(ctx: Context) -> None:
    """Each selected partner has a cooperation paper accepted by both sides."""
    selected = [
        (p, c)
        for p, c in ctx.items("partner_selection", "candidates")
        if c.get("status") == "selected"
    ]
    agreements = {_word(a.get("partner")): (p, a)
                  for p, a in ctx.items("partner_selection", "agreements")}
    if not selected:
        ctx.fail("CL13", "none_selected", ("partner_selection", "candidates"))
        return
    for path, candidate in selected:
        found = agreements.get(_word(candidate.get("id")))
        if found is None:
            ctx.fail("CL13", "no_agreement", path, partner=candidate.get("id"))
            continue
        apath, agreement = found
        if agreement.get("accepted_by_both") is not True:
            ctx.fail(
                "CL13", "not_accepted", (*apath, "accepted_by_both"), partner=candidate.get("id")
            )
        topics = set(ctx.texts(agreement.get("covers")))
        if len(topics) < AGREEMENT_TOPICS:
            ctx.fail(
                "CL13", "thin", (*apath, "covers"), partner=candidate.get("id"), count=len(topics)
            )


PROJECT_GROUPS = ("topic_goals_resources", "financing", "funding_policy")


def cl14(ctx: Context) -> None:
    """Project selection on criteria of all three groups, by a named body, conflicts handled."""
    selection = ctx.get("project_selection")
    if not isinstance(selection, dict) or not ctx.present(selection):
        ctx.fail("CL14", "missing", ("project_selection",))
        return
    if not ctx.text(selection.get("process")):
        ctx.fail("CL14", "no_process", ("project_selection", "process"))
    if not ctx.text(selection.get("selected_by")):
        ctx.fail("CL14", "no_selector", ("project_selection", "selected_by"))
    criteria = _criteria_catalogue(ctx, "CL14", "project_selection")
    _decided_unscored(
        ctx, "CL14", "project_selection", "projects", criteria, {"selected", "running", "completed"}
    )
    groups = {_word(c.get("group")) for _, c in ctx.items("project_selection", "criteria")}
    for group in PROJECT_GROUPS:
        if group not in groups:
            ctx.fail("CL14", "group_missing", ("project_selection", "criteria"), group=group)
    if "conflicts_of_interest" not in selection:
        ctx.fail("CL14", "no_conflicts", ("project_selection",))


IP_PARTS = (
    "dissemination_use_access_licences",
    "liability_indemnity_confidentiality",
    "internal_organisation_reporting",
    "dispute_resolution",
)


def cl15(ctx: Context) -> None:
    """IP rules with the four parts of guide 5.3, agreed before the first project starts."""
    rules = ctx.get("project_selection", "ip_rules")
    base = ("project_selection", "ip_rules")
    if not isinstance(rules, dict) or not ctx.present(rules):
        ctx.fail("CL15", "missing", base)
        return
    for part in IP_PARTS:
        if not ctx.text(rules.get(part)):
            ctx.fail("CL15", "part_missing", (*base, part), part=part)
    agreed = ctx.date(rules.get("agreed"))
    starts = [
        (d, p)
        for p, project in ctx.items("project_selection", "projects")
        if (d := ctx.date(project.get("start"))) is not None
    ]
    if agreed is None:
        ctx.fail("CL15", "no_date", (*base, "agreed"))
    elif starts:
        first, _ = min(starts)
        if agreed > first:
            ctx.fail("CL15", "too_late", (*base, "agreed"), agreed=agreed, first=first)


def cl16(ctx: Context) -> None:
    """Internal communication: channels with a frequency, steered, open, built with partners."""
    comm = ctx.mapping("communication")
    channels = list(ctx.items("communication", "internal"))
    if not channels:
        ctx.fail("CL16", "missing", ("communication", "internal"))
    for path, channel in channels:
        if not ctx.text(channel.get("channel")):
            ctx.fail("CL16", "no_channel", (*path, "channel"), name=ctx.label(channel, path))
        if not ctx.text(channel.get("frequency")):
            ctx.fail("CL16", "no_frequency", (*path, "frequency"), name=ctx.label(channel, path))
    if not ctx.text(comm.get("steered_by")):
        ctx.fail("CL16", "no_steering", ("communication", "steered_by"))
    if comm.get("developed_with_partners") is not True:
        ctx.fail("CL16", "not_with_partners", ("communication", "developed_with_partners"))
    if comm.get("open_to_all_actors") is not True:
        ctx.fail("CL16", "not_open", ("communication", "open_to_all_actors"))


def cl17(ctx: Context) -> None:
    """External communication: several kinds of measures with channel and frequency, overseen."""
    measures = list(ctx.items("communication", "external"))
    if not measures:
        ctx.fail("CL17", "missing", ("communication", "external"))
        return
    kinds = {_word(m.get("kind")) for _, m in measures if _word(m.get("kind"))}
    if len(measures) < 2 or len(kinds) < 2:
        ctx.fail("CL17", "few_kinds", ("communication", "external"), count=len(kinds))
    for path, measure in measures:
        if not ctx.text(measure.get("channel")):
            ctx.fail("CL17", "no_channel", (*path, "channel"), name=ctx.label(measure, path))
        if not ctx.text(measure.get("frequency")):
            ctx.fail("CL17", "no_frequency", (*path, "frequency"), name=ctx.label(measure, path))
    if not ctx.text(ctx.get("communication", "steered_by")):
        ctx.fail("CL17", "no_oversight", ("communication", "steered_by"))


INDICATOR_FIELDS = ("unit", "baseline", "target", "due")


def cl18(ctx: Context) -> None:
    """Measurable indicators (unit, baseline, target, due date), a reviewer and a cadence."""
    monitoring = ctx.get("monitoring")
    if not isinstance(monitoring, dict) or not ctx.present(monitoring):
        ctx.fail("CL18", "missing", ("monitoring",))
        return
    if not list(ctx.items("monitoring", "reviewed_by")):
        ctx.fail("CL18", "no_reviewer", ("monitoring", "reviewed_by"))
    if not ctx.text(monitoring.get("review_cadence")):
        ctx.fail("CL18", "no_cadence", ("monitoring", "review_cadence"))
    indicators = list(ctx.items("monitoring", "indicators"))
    if not indicators:
        ctx.fail("CL18", "no_indicators", ("monitoring", "indicators"))
    for path, indicator in indicators:
        lacking = [f for f in INDICATOR_FIELDS if not ctx.present(indicator.get(f))]
        if lacking:
            ctx.fail(
                "CL18",
                "incomplete",
                path,
                name=ctx.label(indicator, path, prefer_id=True),
                fields=", ".join(lacking),
            )


CHECKS: dict[str, Check] = {
    "CL01": cl01,
    "CL02": cl02,
    "CL03": cl03,
    "CL04": cl04,
    "CL05": cl05,
    "CL06": cl06,
    "CL07": cl07,
    "CL08": cl08,
    "CL09": cl09,
    "CL10": cl10,
    "CL11": cl11,
    "CL12": cl12,
    "CL13": cl13,
    "CL14": cl14,
    "CL15": cl15,
    "CL16": cl16,
    "CL17": cl17,
    "CL18": cl18,
}
