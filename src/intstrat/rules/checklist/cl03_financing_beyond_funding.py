"""A financing concept whose money outlives the funding for international projects and pays for
flanking measures (guide ch. 3.2).
"""

from __future__ import annotations

from typing import Any

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import funding_end, word
from intstrat.rules.phrases import has_part

ID = "CL03"
NAME = "financing-beyond-funding"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.2"
DATA = ("financing.sources", "funding.end")
TITLE = N_("Financing concept reaching beyond the funding, incl. fairs")
EXPLANATION = N_(
    "International projects still need money once the public funding has ended, and the guide asks "
    "for this to be settled early, including flanking measures such as trade fairs and congresses. "
    "intstrat requires a source in `financing.sources` that ends after `funding.end` and lists "
    "`projects` in `covers` (money for the office alone does not carry projects), or a "
    "`financing.after_funding` text that does not speak of the management alone. Flanking "
    "measures need a source whose `covers` lists `flanking_measures`, or a "
    "`financing.flanking_measures` text that says who pays. A source with `status: planned` whose "
    "`start` has passed by the review date is a finding, a format-2 source needs its `status`, and "
    "a single source draws only a warning, since several sources spread the risk."
)
FIX = N_(
    "Let a source with `covers: [projects]` run past `funding.end`, or describe in "
    "`after_funding` how projects are paid then. Add `flanking_measures` to a source's `covers`, "
    "or say in `financing.flanking_measures` who pays for fairs and congresses, and give each "
    "source its `status`."
)
MESSAGES = {
    "no_sources": P_("CL03.no_sources", "the financing concept names no sources"),
    "single_source": P_("CL03.single_source", "only one financing source; several spread the risk"),
    "no_after_funding": P_(
        "CL03.no_after_funding",
        "nothing finances international projects after the funding ends ({end})",
    ),
    "lasting_not_projects": P_(
        "CL03.lasting_not_projects",
        "what runs past the funding end ({end}) pays only for {covers}, not for international "
        "projects",
    ),
    "lasting_unknown": P_(
        "CL03.lasting_unknown",
        "'{name}' runs past the funding end ({end}) but does not say what it pays for (covers)",
    ),
    "after_funding_office": P_(
        "CL03.after_funding_office",
        "after the funding ({end}) only the management is paid for; say what finances "
        "international projects",
    ),
    "no_flanking": P_("CL03.no_flanking", "flanking measures (fairs, congresses) are not financed"),
    "flanking_unpaid": P_(
        "CL03.flanking_unpaid",
        "the flanking measures are described, but not who pays for them",
    ),
    "planned_overdue": P_(
        "CL03.planned_overdue",
        "'{name}' was planned to start on {date} and is still only planned at the review date "
        "({as_of})",
    ),
}
# The guide recommends several sources (risk spread): advice, never a failed point.
ADVISORY = {"single_source": Severity.WARNING}

# Words that say money pays for projects, or only for the office (both languages).
_PROJECTS = (
    "project", "projekt", "vorhaben", "proposal", "antrag", "anträg", "consorti", "konsorti",
    "research", "forschung", "cooperation", "kooperation", "joint", "gemeinsam", "innovation",
)
_OFFICE = (
    "office", "desk", "management", "staff", "personnel", "geschäftsstelle", "büro", "personal",
    "clustermanagement",
)
# Words that say who pays or from what (parts of words, case-blind).
_PAYS = (
    "pay", "paid", "financ", "fund", "budget", "fee", "cost", "sponsor", "subsid", "grant",
    "contribut", "bezahl", "zahl", "finanz", "förder", "mittel", "beitr", "gebühr", "kosten",
    "zuschuss", "getragen", "trägt", "übernimmt", "eigenanteil", "umlage",
)


def _covers(source: dict[str, Any]) -> list[str] | None:
    covers = source.get("covers")
    if not isinstance(covers, list):
        return None
    return [c for c in (word(v) for v in covers) if c]


def check(ctx: Context) -> None:
    sources = list(ctx.items("financing", "sources"))
    if not sources:
        ctx.fail(ID, "no_sources", ("financing", "sources"))
        return
    if len(sources) < 2:
        ctx.fail(ID, "single_source", ("financing", "sources"))
    for path, source in sources:
        _check_status(ctx, path, source)
    _check_after_funding(ctx, sources)
    _check_flanking(ctx, sources)


def _check_status(ctx: Context, path: tuple[str | int, ...], source: dict[str, Any]) -> None:
    status = word(source.get("status"))
    if "status" not in source:
        return  # required in format 2: the schema check reports it (SC03) and fails the point
    start = ctx.date(source.get("start"))
    if status == "planned" and ctx.past(start):
        ctx.fail(
            ID,
            "planned_overdue",
            (*path, "status"),
            name=ctx.label(source, path),
            date=start,
            as_of=ctx.as_of,
        )


def _check_after_funding(ctx: Context, sources: list[tuple[Any, dict[str, Any]]]) -> None:
    end = funding_end(ctx)
    lasting = [
        (path, source)
        for path, source in sources
        if end is not None and (day := ctx.date(source.get("end"))) is not None and day > end
    ]
    if any("projects" in (_covers(s) or ()) for _, s in lasting):
        return
    text = ctx.text(ctx.get("financing", "after_funding"))
    office_only = (text is not None and has_part(text.lower(), _OFFICE)
                   and not has_part(text.lower(), _PROJECTS))
    if text is not None and not office_only:
        return
    unknown = [(p, s) for p, s in lasting if _covers(s) is None]
    if unknown:
        path, source = unknown[0]
        ctx.fail(ID, "lasting_unknown", path, name=ctx.label(source, path), end=end)
    elif lasting:
        covers = sorted({c for _, s in lasting for c in _covers(s) or ()})
        path = lasting[0][0]
        ctx.fail(
            ID,
            "lasting_not_projects",
            (*path, "covers"),
            end=end,
            covers=", ".join(covers) or "-",
        )
    elif office_only:
        ctx.fail(ID, "after_funding_office", ("financing", "after_funding"), end=end)
    else:
        # Point at the key where the text belongs; where() falls back to the nearest parent.
        ctx.fail(ID, "no_after_funding", ("financing", "after_funding"), end=end)


def _check_flanking(ctx: Context, sources: list[tuple[Any, dict[str, Any]]]) -> None:
    if any("flanking_measures" in (_covers(s) or ()) for _, s in sources):
        return
    text = ctx.text(ctx.get("financing", "flanking_measures"))
    if text is None:
        ctx.fail(ID, "no_flanking", ("financing", "flanking_measures"))
    elif not has_part(text.lower(), _PAYS):
        ctx.fail(ID, "flanking_unpaid", ("financing", "flanking_measures"))
