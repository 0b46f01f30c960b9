"""A short but precise summary: neither a stub nor an essay, and it says with whom and what
(guide ch. 8).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.wording import content_stems, mentions, names_place_abroad

ID = "CS01"
NAME = "concept-summary"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8"
DATA = ("concept.summary",)
TITLE = N_("Short, precise summary of the strategy")
EXPLANATION = N_(
    "The written concept opens with a brief but precise account of the strategy, so that the "
    "board, members and partners grasp it at a glance (guide 8). intstrat checks that "
    "`concept.summary` has 30 to 400 words (less hardly explains a strategy, more belongs in the "
    "other sections) and that it is precise: it says with whom, by naming a partner candidate "
    "(its name or region from `partner_selection.candidates`) or a country or world region other "
    "than the cluster's own `country`; and it says what, by a word of the strategy's own data: a "
    "project title, a priority, a goal or the cluster's `industry`. A summary such as \"We want to "
    "become more international and strengthen our members\" names neither."
)
FIX = N_(
    "Write a summary of 30 to 400 words under `concept.summary` that names the partner regions "
    "or partners, the main topics or projects, how they are financed and the time frame."
)
MESSAGES = {
    "missing": P_("CS01.missing", "no summary of the strategy"),
    "too_short": P_(
        "CS01.too_short",
        "the summary has {words} words; at least {low} make it precise",
    ),
    "too_long": P_("CS01.too_long", "the summary has {words} words; at most {high} keep it short"),
    "no_whom": P_(
        "CS01.no_whom",
        "the summary does not say with whom: name a partner, a partner region or a country",
    ),
    "no_what": P_(
        "CS01.no_what",
        "the summary does not say what: name a project, a topic or a goal of the strategy",
    ),
}


SUMMARY_WORDS = (30, 400)
SUMMARY = ("concept", "summary")


def check(ctx: Context) -> None:
    summary = ctx.text(ctx.get(*SUMMARY))
    if summary is None:
        ctx.fail(ID, "missing", SUMMARY)
        return
    words = len(summary.split())
    low, high = SUMMARY_WORDS
    if words < low:
        ctx.fail(ID, "too_short", SUMMARY, words=words, low=low)
    elif words > high:
        ctx.fail(ID, "too_long", SUMMARY, words=words, high=high)
    if not names_place_abroad(summary, ctx.get("cluster", "country"), _partner_words(ctx)):
        ctx.fail(ID, "no_whom", SUMMARY)
    topics = _topic_stems(ctx)
    if topics and not mentions(summary, topics):
        ctx.fail(ID, "no_what", SUMMARY)


def _partner_words(ctx: Context) -> list[str]:
    """The candidates' names and regions, whole, and their distinctive words."""
    out: list[str] = []
    for _, candidate in ctx.items("partner_selection", "candidates"):
        for key in ("name", "short_name", "region"):
            text = ctx.text(candidate.get(key))
            if text:
                out.append(text)
                out.extend(s for s in content_stems([text]) if len(s) >= 5)
    return out


def _topic_stems(ctx: Context) -> set[str]:
    """Stems of what the strategy is about: projects, priorities, goals, the industry."""
    texts = [ctx.text(p.get("title")) for _, p in ctx.items("project_selection", "projects")]
    texts += ctx.texts(ctx.get("concept", "priorities"))
    for horizon in ("short_term", "long_term"):
        texts += [ctx.text(g.get("text")) for _, g in ctx.items("concept", "goals", horizon)]
    texts.append(ctx.text(ctx.get("cluster", "industry")))
    return content_stems(t for t in texts if t)
