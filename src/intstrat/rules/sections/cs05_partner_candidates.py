"""Possible international partners with country or region (guide ch. 8, 4)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CS05"
NAME = "partner-candidates"
GROUP = Group.SECTION
SEVERITY = Severity.ERROR
CHAPTER = "8, 4"
DATA = ("partner_selection.candidates",)
TITLE = N_("Possible international partners with country or region")
EXPLANATION = N_(
    "The concept names the international partners under consideration, and where they are, since "
    "location shapes markets, law and the effort of working together. intstrat requires at least "
    "one entry in `partner_selection.candidates`, each with a `country` or a `region`."
)
FIX = N_(
    "Add the candidates under `partner_selection.candidates` with `country` (ISO code, quoted "
    "where YAML might misread it, e.g. \"NO\") or `region`."
)
MESSAGES = {
    "missing": P_("CS05.missing", "no possible international partners"),
    "no_location": P_("CS05.no_location", "partner '{name}' has no country or region"),
}


def check(ctx: Context) -> None:
    candidates = list(ctx.items("partner_selection", "candidates"))
    if not candidates:
        ctx.fail(ID, "missing", ("partner_selection", "candidates"))
    for path, candidate in candidates:
        if not (ctx.text(candidate.get("country")) or ctx.text(candidate.get("region"))):
            ctx.fail(
                ID,
                "no_location",
                (*path, "country"),
                name=ctx.label(candidate, path, prefer_id=True),
            )
