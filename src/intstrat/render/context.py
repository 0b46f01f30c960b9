"""What the templates see: the strategy filled up to its full shape, plus derived tables.

Derived content is computed here, never in a template: the partner and project matrices come
from `intstrat.living.ranking` and the indicator status from `intstrat.living.progress` (one
copy of that logic for the CLI and the document); financing totals, the yearly spread and the
work-plan timeline are computed below. Amounts count only as finite numbers
(`intstrat.values.as_number`) up to `MAX_AMOUNT`: a 401-digit amount or `1e308` is shown as
written, but left out of the sums, where it would overflow to infinity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from intstrat.check.waivers import in_force as waivers_in_force
from intstrat.i18n import translator
from intstrat.living.progress import assess
from intstrat.living.ranking import Ranking, rank_partners, rank_projects
from intstrat.markdown_text import MarkdownText, escape
from intstrat.render import gantt
from intstrat.render.shape import MD, STRATEGY
from intstrat.rules import point_title
from intstrat.rules.base import is_placeholder
from intstrat.values import as_number

MAX_AMOUNT = 1e15
"""The largest amount, weight or total counted: beyond it float sums lose their cents and
products (an amount spread over days) overflow."""


def countable(value: Any) -> float | None:
    """A finite number of at most `MAX_AMOUNT`; None otherwise (see `as_number`)."""
    number = as_number(value)
    return number if number is not None and abs(number) <= MAX_AMOUNT else None


def fill(value: Any, shape: Any) -> Any:
    """`value` with every key of `shape` present; plain strings escaped, free text kept."""
    if shape == MD:
        if isinstance(value, str):
            return MarkdownText(value)
        return _plain(value)
    if isinstance(shape, dict):
        source = value if isinstance(value, dict) else {}
        out = {key: fill(source.get(key), sub) for key, sub in shape.items()}
        for key, extra in source.items():
            if key not in out:
                out[key] = _plain(extra)
        return out
    if isinstance(shape, list):
        if not isinstance(value, list):
            return []
        item_shape = shape[0] if shape else None
        return [fill(item, item_shape) for item in value]
    return _plain(value)


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def without_placeholders(value: Any, key: str = "") -> Any:
    """The strategy with every placeholder text ("TBD", "TODO", "k. A.", "see above" …) taken
    out, as `check` reads them (rule CO04): a placeholder is a gap, so the document shows it as
    one ("Not described yet", an empty cell), never as content. Ids stay as written: they are
    references, not text. A list loses its placeholder entries."""
    if isinstance(value, str):
        return None if key != "id" and is_placeholder(value) else value
    if isinstance(value, Mapping):
        return {k: without_placeholders(v, k if isinstance(k, str) else "") for k, v in
                value.items()}
    if isinstance(value, list):
        return [without_placeholders(item) for item in value
                if not (isinstance(item, str) and is_placeholder(item))]
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _sort_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.max


@dataclass(frozen=True)
class RenderFacts:
    """Document properties for the DOCX: plain text, not Markdown."""

    title: str
    author: str
    subject: str
    keywords: str
    language: str
    as_of: dt.date


def title(lang: str, name: str) -> str:
    """The document's title, as plain text."""
    return translator(lang).gettext("Internationalisation strategy of {name}", name=name)


def build_context(data: Mapping[str, Any], lang: str, as_of: dt.date) -> dict[str, Any]:
    """Everything a template may use. Keys are documented in docs/rendering.md."""
    raw: dict[str, Any] = without_placeholders(data) if isinstance(data, Mapping) else {}
    strategy = fill(raw, STRATEGY)
    cluster = _mapping(raw.get("cluster"))
    name = _text(cluster.get("name")) or "?"
    _name_countries(strategy, raw, lang)
    return {
        "s": strategy,
        "lang": lang,
        "as_of": as_of,
        "title": escape(title(lang, name)),
        "members_total": _members_total(cluster.get("members")),
        "partners": matrix(rank_partners(raw), _rater_names(raw, "partner_selection")),
        "projects": matrix(rank_projects(raw), _rater_names(raw, "project_selection")),
        "project_titles": _titles(raw),
        "candidate_names": _candidate_names(raw),
        "financing": financing(raw),
        "timeline": timeline(raw),
        "work_plan_cost": _sum(
            a.get("cost_eur")
            for a in _list(
                _mapping(_mapping(raw.get("concept")).get("work_plan")).get("activities")
            )
        ),
        "progress": progress(raw, as_of),
        # The waivers in force (guide ch. 9), for the list of points left out.
        "waivers": [{"point": w.point, "title": escape(point_title(w.point, lang)),
                     "reason": MarkdownText(w.reason), "approved_by": escape(w.approved_by),
                     "until": w.until} for w in waivers_in_force(raw, as_of)],
        "milestones_by_id": _by_id(
            _list(_mapping(_mapping(strategy.get("concept")).get("work_plan")).get("milestones"))
        ),
    }


@cache
def country_names(lang: str) -> Mapping[str, str]:
    """ISO 3166 alpha-2 code to the country's name in `lang`, from CLDR (Babel); empty for a
    language CLDR does not know, whose document then shows the codes as written.

    Babel is imported here, on `render`'s path only: `check` never loads its CLDR data."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(lang.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    return {code: name for code, name in territories.items() if len(code) == 2 and code.isalpha()}


def country(value: Any, lang: str) -> Any:
    """A country as the reader knows it: "NO" is "Norway" (en) or "Norwegen" (de); a name, or a
    code CLDR does not know, stays as written."""
    if not isinstance(value, str):
        return value
    code = value.strip()
    if len(code) == 2 and code.isascii() and code.isalpha():
        return country_names(lang).get(code.upper(), value)
    return value


def _name_countries(strategy: dict[str, Any], raw: Mapping[str, Any], lang: str) -> None:
    """The filled strategy's country fields written as names (escaped like any plain value)."""
    cluster = strategy["cluster"]
    if isinstance(named := country(_mapping(raw.get("cluster")).get("country"), lang), str):
        cluster["country"] = escape(named)
    candidates = _mapping(raw.get("partner_selection")).get("candidates")
    if not isinstance(candidates, list):
        return
    # `fill` keeps one entry per list item, in order, whatever the item is.
    for source, target in zip(candidates, strategy["partner_selection"]["candidates"],
                              strict=False):
        if isinstance(source, Mapping) and isinstance(
            named := country(source.get("country"), lang), str
        ):
            target["country"] = escape(named)


def _by_id(items: Sequence[Mapping[str, Any]]) -> dict[Any, Mapping[str, Any]]:
    """The first item with each id: a template looks one up per row without a scan (linear
    in the rows; a `selectattr` per row made 10,000 partners take over a minute)."""
    found: dict[Any, Mapping[str, Any]] = {}
    for item in items:
        ident = item.get("id")
        if isinstance(ident, str):
            found.setdefault(ident, item)
    return found


def facts(data: Mapping[str, Any], lang: str, as_of: dt.date) -> RenderFacts:
    """Title, author and the like for the DOCX core properties."""
    cluster = _mapping(without_placeholders(_mapping(data).get("cluster")))
    name = _text(cluster.get("name")) or "?"
    tr = translator(lang)
    return RenderFacts(
        title=title(lang, name),
        author=_text(cluster.get("management")) or name,
        subject=_text(cluster.get("industry")),
        keywords=tr.gettext("internationalisation strategy"),
        # The language tag Word uses for spelling and hyphenation; each catalogue names its own.
        language=tr.pgettext("language-tag", "en-GB"),
        as_of=as_of,
    )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _sum(values: Any) -> float | None:
    numbers = [n for n in (countable(v) for v in values) if n is not None]
    return _whole(sum(numbers)) if numbers else None


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 2)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _members_total(members: Any) -> int | None:
    """All members, as the schema defines them: companies + universities + research institutes
    + other. SMEs and start-ups are counted among the companies, never on top of them; without
    a number of companies, the larger of the two is the least the file says there are."""
    counts = {key: _count(value) for key, value in _mapping(members).items()}
    companies = counts.get("companies")
    if companies is None:
        subsets = [n for n in (counts.get("smes"), counts.get("startups")) if n is not None]
        companies = max(subsets) if subsets else None
    parts = [companies, *(counts.get(k) for k in ("universities", "research_institutes", "other"))]
    known = [n for n in parts if n is not None]
    return sum(known) if known else None


def _titles(raw: Mapping[str, Any]) -> dict[str, Any]:
    projects = _list(_mapping(raw.get("project_selection")).get("projects"))
    return {
        _text(p.get("id")): escape(_text(p.get("title")) or _text(p.get("id"))) for p in projects
    }


def _candidate_names(raw: Mapping[str, Any]) -> dict[str, Any]:
    candidates = _list(_mapping(raw.get("partner_selection")).get("candidates"))
    return {
        _text(c.get("id")): escape(_text(c.get("name")) or _text(c.get("id"))) for c in candidates
    }


def _rater_names(raw: Mapping[str, Any], section: str) -> dict[str, str]:
    raters = _list(_mapping(raw.get(section)).get("raters"))
    return {_text(r.get("id")): _text(r.get("name")) or _text(r.get("id")) for r in raters}


def matrix(ranking: Ranking, raters: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The weighted criteria matrix: criteria as rows, candidates (best first) as columns.

    A reader sees names, never ids: the raters left out (by `raters`, id to name), the
    criteria not scored and the candidates whose rank a weight could change."""
    raters = raters or {}
    criteria = {
        _text(c.get("id")): _text(c.get("name")) or _text(c.get("id")) for c in ranking.criteria
    }
    names = {item.id: item.name or item.id for item in ranking.items}
    columns = [
        {
            "id": escape(item.id),
            "name": escape(item.name),
            "score": item.score,
            "weighted_total": item.weighted_total,
            "rank": item.rank,
            "status": item.status,
            "missing": [escape(criteria.get(m) or m) for m in item.missing],
            "excluded_raters": [escape(raters.get(r) or r) for r in item.excluded_raters],
        }
        for item in ranking.items
    ]
    means = {
        item.id: {entry.criterion: entry.mean for entry in item.per_criterion}
        for item in ranking.items
    }
    rows = []
    for criterion in ranking.criteria:
        ident = _text(criterion.get("id"))
        rows.append(
            {
                "id": escape(ident),
                "name": escape(_text(criterion.get("name")) or ident),
                "group": criterion.get("group"),
                "weight": countable(criterion.get("weight")),
                "means": [means[item.id].get(ident) for item in ranking.items],
            }
        )
    return {
        "columns": columns,
        "rows": rows,
        "scale": ranking.scale,
        "unstable": [escape(names.get(i) or i) for i in ranking.unstable],
        "by_id": _by_id(columns),
        "weight_total": _sum(row["weight"] for row in rows),
    }


def financing(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Sources with their share, totals by kind, and each amount spread over calendar years.

    The yearly spread is linear in days between a source's start and end: a plan, not a
    booking; rounding goes into the last year so each row still adds up to its amount.
    """
    sources = _list(_mapping(raw.get("financing")).get("sources"))
    amounts = [countable(s.get("amount_eur")) for s in sources]
    total = sum(a for a in amounts if a is not None)
    by_kind: dict[str, float] = {}
    for source, amount in zip(sources, amounts, strict=True):
        if amount is not None:
            kind = _text(source.get("kind")) or "other"
            by_kind[kind] = by_kind.get(kind, 0.0) + amount
    dated = [
        (s, a, s.get("start"), s.get("end"))
        for s, a in zip(sources, amounts, strict=True)
        if a is not None
        and isinstance(s.get("start"), dt.date)
        and isinstance(s.get("end"), dt.date)
        and s["end"] >= s["start"]
    ]
    years: list[int] = []
    if dated:
        years = list(range(min(d[2].year for d in dated), max(d[3].year for d in dated) + 1))
    yearly_rows: list[dict[str, Any]] = []
    year_totals = dict.fromkeys(years, 0.0)
    for source, amount, start, end in dated:
        spread = _spread(amount, start, end)
        for year, value in spread.items():
            year_totals[year] += value
        yearly_rows.append(
            {
                "name": escape(_text(source.get("name")) or _text(source.get("id"))),
                "years": [spread.get(year) for year in years],
                "amount": _whole(amount),
            }
        )
    return {
        "total": _whole(total) if sources else None,
        "shares": [
            None if a is None or total == 0 else round(100.0 * a / total, 1) for a in amounts
        ],
        "by_kind": [
            {"kind": kind, "amount": _whole(amount), "share": round(100.0 * amount / total, 1)}
            for kind, amount in sorted(by_kind.items(), key=lambda kv: -kv[1])
        ]
        if total
        else [],
        "years": [str(year) for year in years],
        "yearly": yearly_rows,
        "year_totals": [_whole(round(year_totals[y], 2)) for y in years],
        "yearly_total": _whole(sum(float(r["amount"]) for r in yearly_rows))
        if yearly_rows
        else None,
    }


def _spread(amount: float, start: dt.date, end: dt.date) -> dict[int, float | int]:
    days = (end - start).days + 1
    out: dict[int, float | int] = {}
    given = 0.0
    for year in range(start.year, end.year + 1):
        first = max(start, dt.date(year, 1, 1))
        last = min(end, dt.date(year, 12, 31))
        if year == end.year:
            out[year] = _whole(round(amount - given, 2))
        else:
            share = round(amount * ((last - first).days + 1) / days)
            given += share
            out[year] = _whole(share)
    return out


def timeline(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The work plan as Gantt sections: each milestone with its activities, then the rest."""
    plan = _mapping(_mapping(raw.get("concept")).get("work_plan"))
    milestones = sorted(_list(plan.get("milestones")), key=lambda m: _sort_date(m.get("due")))
    activities = sorted(_list(plan.get("activities")), key=lambda a: _sort_date(a.get("start")))
    sections: list[dict[str, Any]] = []
    placed: set[int] = set()
    for milestone in milestones:
        ident = _text(milestone.get("id"))
        tasks: list[dict[str, Any]] = []
        for index, activity in enumerate(activities):
            if ident and _text(activity.get("milestone")) == ident and index not in placed:
                placed.add(index)
                task = _task(activity, index)
                if task:
                    tasks.append(task)
        due = milestone.get("due")
        if isinstance(due, dt.date):
            done = milestone.get("status") == "done" or isinstance(
                milestone.get("done_on"), dt.date
            )
            tasks.append(
                {
                    "id": escape(_gantt_id(ident, len(sections), "m")),
                    "title": escape(_text(milestone.get("title")) or ident),
                    "start": due,
                    "end": due,
                    "milestone": True,
                    "done": done,
                }
            )
        if tasks:
            sections.append(
                {"title": escape(_text(milestone.get("title")) or ident), "tasks": tasks}
            )
    rest = [
        task
        for index, activity in enumerate(activities)
        if index not in placed and (task := _task(activity, index))
    ]
    if rest:
        sections.append({"title": None, "tasks": rest})
    dates = [t["start"] for s in sections for t in s["tasks"]] + [
        t["end"] for s in sections for t in s["tasks"]
    ]
    return {
        "sections": sections,
        "start": min(dates) if dates else None,
        "end": max(dates) if dates else None,
    }


def _gantt_id(ident: str, index: int, prefix: str) -> str:
    # Mermaid task ids must be word characters; ours may hold hyphens.
    return gantt.task_id(ident, f"{prefix}{index + 1}")


def _task(activity: Mapping[str, Any], index: int) -> dict[str, Any] | None:
    start, end = activity.get("start"), activity.get("end")
    if not isinstance(start, dt.date):
        return None
    if not isinstance(end, dt.date) or end < start:
        end = start
    ident = _text(activity.get("id"))
    return {
        "id": escape(_gantt_id(ident, index, "a")),
        "title": escape(_text(activity.get("title")) or ident),
        "start": start,
        "end": end,
        "milestone": False,
        "done": False,
    }


def progress(raw: Mapping[str, Any], as_of: dt.date) -> dict[str, Any]:
    """Indicator and milestone status at `as_of`, with escaped names."""
    state = assess(raw, as_of)
    return {
        "as_of": state.as_of,
        "indicators": [
            {
                "id": escape(i.id),
                "name": escape(i.name),
                "unit": escape(i.unit) if i.unit else None,
                "baseline": i.baseline,
                "target": i.target,
                "due": i.due,
                "latest": i.latest,
                "latest_date": i.latest_date,
                "percent": i.percent,
                "expected_percent": i.expected_percent,
                "status": i.status,
                "owner": escape(i.owner) if i.owner else None,
            }
            for i in state.indicators
        ],
        "milestones": [
            {
                "id": escape(m.id),
                "title": escape(m.title),
                "due": m.due,
                "done_on": m.done_on,
                "status": m.status,
            }
            for m in state.milestones
        ],
    }
