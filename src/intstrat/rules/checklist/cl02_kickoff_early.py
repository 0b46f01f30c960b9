"""Kick-off within the first six months of the funding, for the staff of every kind of member
(guide ch. 3.1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.actors import (
    ONLY,
    missing_members,
    names_all_actors,
)
from intstrat.rules.base import Context, Group, add_months
from intstrat.rules.common import funding_start
from intstrat.rules.phrases import has_part, whole_word

ID = "CL02"
NAME = "kickoff-early"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.1"
DATA = ("measures.kickoff", "funding.start", "cluster.members")
TITLE = N_("Kick-off for all actors within six months of the funding start")
EXPLANATION = N_(
    "The kick-off decides how engaged and motivated the cluster's actors will be, so the guide "
    "wants it held as early as possible, open to the staff of every member, to inform them about "
    "the planned strategy and invite them to take part. intstrat checks that "
    "`measures.kickoff.date` lies in the first six calendar months of the funding (for a start on "
    "1 January: from then up to 30 June). It compares `measures.kickoff.invited` with the member "
    "kinds that have a count above zero in `cluster.members` (`companies` alone covers SMEs and "
    "start-ups; a list that names one of them must name the other too); without `invited`, the "
    "`audience` text must say that all actors are meant or name the staff of every kind, and an "
    "audience narrowed to the board or the managing directors contradicts `invited`. The format-1 "
    "flag `open_to_all_actors` is a claim, not data: alone it does not pass the point, where it "
    "contradicts `invited` or `audience` both lines are reported, and in a format-2 file the flag "
    "itself is a finding."
)
FIX = N_(
    "Date the kick-off within the first six months of the funding and list under "
    "`measures.kickoff.invited` every kind of member the cluster has; describe the audience in "
    "`audience`."
)
MESSAGES = {
    "missing": P_("CL02.missing", "no kick-off event is planned"),
    "no_date": P_("CL02.no_date", "the kick-off has no date"),
    "before_start": P_(
        "CL02.before_start",
        "the kick-off ({date}) lies before the funding start ({start})",
    ),
    "late": P_(
        "CL02.late",
        "the kick-off ({date}) is more than six months after the funding start ({start}); latest "
        "{latest}",
    ),
    "not_open": P_(
        "CL02.not_open",
        "the kick-off is not marked as open to all cluster actors (open_to_all_actors: true)",
    ),
    "not_invited": P_(
        "CL02.not_invited",
        "the kick-off does not invite the staff of every kind of member: {missing} missing",
    ),
    "audience_narrow": P_(
        "CL02.audience_narrow",
        "the kick-off's audience does not reach all cluster actors; list the member kinds under "
        "`invited`",
    ),
    "flag_only": P_(
        "CL02.flag_only",
        "only the flag open_to_all_actors says who is invited; list the member kinds under "
        "`invited` or describe the `audience`",
    ),
    "audience_unknown": P_(
        "CL02.audience_unknown",
        "the kick-off does not say who is invited; list the member kinds under `invited`",
    ),
    "flag_contradicts": P_(
        "CL02.flag_contradicts",
        "`open_to_all_actors: {flag}` contradicts line {line}, which {says}",
    ),
    "invited_contradicts": P_(
        "CL02.invited_contradicts",
        "`invited` names every kind of member, but the audience in line {line} narrows the "
        "kick-off to a few",
    ),
    "flag_format_1": P_(
        "CL02.flag_format_1",
        "`open_to_all_actors` belongs to format 1; write `invited` (the member kinds whose staff "
        "are invited)",
    ),
}
SAYS = {
    "all": P_("CL02.says", "invites all cluster actors"),
    "some": P_("CL02.says", "does not reach all cluster actors"),
}

_BASE = ("measures", "kickoff")

# The member kinds an audience text names ("member companies, universities and institutes"):
# parts of words, and whole words (\b…\b) for the short abbreviations.
_KIND_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "companies": (("compan", "firm", "enterprise", "industr", "business", "unternehm", "firmen",
                   "wirtschaft"), ()),
    "smes": (("mittelst",), ("sme", "smes", "kmu", "kmus")),
    "startups": (("start up", "start-up", "startup", "gründ", "founder"), ()),
    "universities": (("universit", "hochschul", "college"), ()),
    "research_institutes": (("institut", "research", "forschung"), ()),
}
# Who narrows an audience to a few: the board, the managing directors, "only" someone.
_NARROW = (
    "board", "managing director", "executive", "head of", "heads of", "steering", "selected",
    "vorstand", "geschäftsführ", "leitung", "aufsichtsrat", "beirat", "ausgewählt",
)
# Words for the staff at large: "the board" beside them is an addition, not a narrowing.
_STAFF = (
    "staff", "employees", "people", "everyone", "workforce", "beschäftigt", "mitarbeit",
    "belegschaft", "jede",
)


def audience_reaches_all(text: str, members: Mapping[str, Any] | None) -> bool:
    """True when an audience text means every actor: it says "all members" ("alle Mitglieder"),
    or it names every member kind the cluster has without narrowing it to the board or the
    managing directors. `other` members cannot be named in a word and are not asked for."""
    if names_all_actors(text):
        return True
    low = " ".join(text.lower().split())
    if ONLY.search(text) or (has_part(low, _NARROW) and not has_part(low, _STAFF)):
        return False
    named = [kind for kind, (parts, words) in _KIND_WORDS.items()
             if has_part(low, parts) or whole_word(low, words)]
    missing = missing_members(named, members) or []
    return not [kind for kind in missing if kind != "other"]


def check(ctx: Context) -> None:
    kickoff = ctx.get(*_BASE)
    if not isinstance(kickoff, dict) or not ctx.present(kickoff):
        ctx.fail(ID, "missing", _BASE)
        return
    _check_date(ctx, ctx.date(kickoff.get("date")))
    _check_audience(ctx, kickoff)


def _check_date(ctx: Context, day: dt.date | None) -> None:
    start = funding_start(ctx)
    if day is None:
        ctx.fail(ID, "no_date", (*_BASE, "date"))
    elif start is not None:
        # The first six months of a start on 1 January end on 30 June.
        latest = add_months(start, 6)
        latest = latest if latest == dt.date.max else latest - dt.timedelta(days=1)
        if day < start:
            ctx.fail(ID, "before_start", (*_BASE, "date"), date=day, start=start)
        elif day > latest:
            ctx.fail(ID, "late", (*_BASE, "date"), date=day, start=start, latest=latest)


def _check_audience(ctx: Context, kickoff: dict[str, Any]) -> None:
    """Who is invited: `invited` against the member kinds, else the `audience` text; the flag of
    format 1 only counts where nothing contradicts it."""
    flag = kickoff.get("open_to_all_actors")
    if "open_to_all_actors" in kickoff and ctx.version >= 2:
        ctx.fail(ID, "flag_format_1", (*_BASE, "open_to_all_actors"))
        flag = None
    flag = flag if isinstance(flag, bool) else None
    members = ctx.mapping("cluster", "members")
    missing = missing_members(kickoff.get("invited"), members)
    audience = ctx.text(kickoff.get("audience"))
    if missing is not None:
        evidence, reaches_all = "invited", not missing
        if reaches_all and audience is not None and not audience_reaches_all(audience, members):
            line, _ = ctx.doc.where((*_BASE, "audience"))
            ctx.fail(ID, "invited_contradicts", (*_BASE, "invited"), line=line)
            return
    elif audience is not None:
        evidence, reaches_all = "audience", audience_reaches_all(audience, members)
    elif flag is True:
        # A flag alone is a claim: nothing but it says who was invited.
        ctx.fail(ID, "flag_only", (*_BASE, "open_to_all_actors"))
        return
    elif flag is False:
        ctx.fail(ID, "not_open", (*_BASE, "open_to_all_actors"))
        return
    else:
        ctx.fail(ID, "audience_unknown", _BASE)
        return
    if flag is not None and flag != reaches_all:
        line, _ = ctx.doc.where((*_BASE, evidence))
        ctx.fail(
            ID,
            "flag_contradicts",
            (*_BASE, "open_to_all_actors"),
            flag="true" if flag else "false",
            line=line,
            says=SAYS["all" if reaches_all else "some"],
        )
        return
    if reaches_all:
        return
    if missing:
        ctx.fail(ID, "not_invited", (*_BASE, "invited"), missing=", ".join(missing))
    else:
        ctx.fail(ID, "audience_narrow", (*_BASE, "audience"))
