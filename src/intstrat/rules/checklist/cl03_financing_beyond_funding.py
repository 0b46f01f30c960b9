"""A financing concept that outlives the funding and pays for flanking measures (guide ch. 3.2)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import funding_end

ID = "CL03"
NAME = "financing-beyond-funding"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.2"
DATA = ("financing.sources", "funding.end")
TITLE = N_("Financing concept reaching beyond the funding, incl. fairs")
EXPLANATION = N_(
    "International projects still need money once the public funding has ended, and the guide asks "
    "for this to be settled early, including flanking measures such as trade fairs and congresses; "
    "drawing on several sources spreads the risk. intstrat requires at least two entries in "
    "`financing.sources`, at least one of them ending after `funding.end` (or a description in "
    "`financing.after_funding`), and flanking measures that are paid for: a source whose `covers` "
    "lists `flanking_measures`, or text in `financing.flanking_measures`."
)
FIX = N_(
    "List at least two sources under `financing.sources` with their `end` dates and let one run "
    "past `funding.end` or describe the follow-up financing in `after_funding`. Add "
    "`flanking_measures` to a source's `covers`, or explain in `financing.flanking_measures` how "
    "fairs and congresses are paid."
)
MESSAGES = {
    "no_sources": P_("CL03.no_sources", "the financing concept names no sources"),
    "single_source": P_("CL03.single_source", "only one financing source; several spread the risk"),
    "no_after_funding": P_(
        "CL03.no_after_funding",
        "nothing finances international projects after the funding ends ({end})",
    ),
    "no_flanking": P_("CL03.no_flanking", "flanking measures (fairs, congresses) are not financed"),
}


def check(ctx: Context) -> None:
    financing = ctx.mapping("financing")
    sources = list(ctx.items("financing", "sources"))
    if not sources:
        ctx.fail(ID, "no_sources", ("financing", "sources"))
        return
    if len(sources) < 2:
        ctx.fail(ID, "single_source", ("financing", "sources"))
    end = funding_end(ctx)
    lasting = any(
        (d := ctx.date(s.get("end"))) is not None and end is not None and d > end
        for _, s in sources
    )
    if not lasting and not ctx.text(financing.get("after_funding")):
        # Point at the key where the text belongs; where() falls back to the nearest parent.
        ctx.fail(ID, "no_after_funding", ("financing", "after_funding"), end=end)
    flanking = any(
        isinstance(s.get("covers"), list) and "flanking_measures" in s["covers"] for _, s in sources
    )
    if not flanking and not ctx.text(financing.get("flanking_measures")):
        ctx.fail(ID, "no_flanking", ("financing", "flanking_measures"))
