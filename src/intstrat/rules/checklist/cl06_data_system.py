"""A system that makes the gathered data accessible to those it serves, with someone real who
keeps it up (guide ch. 3.5).
"""

from __future__ import annotations

from typing import Any

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.phrases import has_part, is_word_char, variants

ID = "CL06"
NAME = "data-system"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.5"
DATA = ("measures.databases",)
TITLE = N_("A maintained system that makes the collected data accessible")
EXPLANATION = N_(
    "What the cluster learns before and during the projects should be stored where members and "
    "later projects can find it: an international overview of the sector, a database of potential "
    "partners, a funding database or a competence map, ideally tied to the cluster's website. Such "
    "a store is only useful while someone keeps it current, so intstrat requires "
    "`measures.databases` to list at least one entry whose `maintained_by` names a person or team "
    "(not hollow text, not \"nobody\"). Each entry must also be reachable: a `url`, or a "
    "`description` that says who can reach it (members, partners, the public); a file kept on one "
    "laptop or PC, locally or in a spreadsheet without either, serves nobody else and fails."
)
FIX = N_(
    "Name the person or team in `maintained_by` and give each database its `url`, or say in "
    "`description` who can reach it and how; move a file that lives on one computer to a shared "
    "platform."
)
MESSAGES = {
    "missing": P_("CL06.missing", "no database or platform makes the gathered data accessible"),
    "unmaintained": P_("CL06.unmaintained", "'{name}' names nobody who maintains it"),
    "local_only": P_(
        "CL06.local_only",
        "'{name}' is kept on a single computer; the members it should serve cannot reach it",
    ),
    "unreachable": P_(
        "CL06.unreachable",
        "'{name}' has no url, and its description does not say who can reach it",
    ),
}

# Someone who is nobody: a maintainer a reviewer does not accept.
# Word lists, not regular expressions: compiling them cost 0.9 ms of every check (phrases.py).
_NOBODY = frozenset((
    "nobody", "no one", "noone", "niemand", "nobody yet", "noch niemand", "unassigned",
    "nicht zugeordnet", "nicht besetzt", "vakant", "vacant",
))
# Storage on one machine (laptop, single PC, local drive, USB stick).
_LOCAL = (
    "laptop", "notebook", *variants("single|one", "pc|computer|machine"),
    *variants("local|locally", "stored|saved|kept|file|copy|drive|disk|only"),
    *variants("stored|saved|kept", "locally"), "hard disk", "hard drive", "usb", "festplatte",
    "einzelplatz", *variants("einem|dem|einzigen", "pc|rechner"),
    *variants("lokal", "gespeichert|abgelegt|gehalten|auf"),
    *variants("lokale|lokalen|lokaler|lokales", "datei|kopie|ablage|excel"),
    "arbeitsplatzrechner", "auf dem rechner",
)
# … whose PC: "the office computer", "the manager's PC" (not "the PCs of all members")
_OWN_PC = variants("office|desktop|manager|manager'|managers|manager's|my|his|her|the",
                   "pc|computer")
# A path on one machine is no address others can reach: file:, C:\, ~/..., /home/...
_LOCAL_URL = ("file:", "~", "/", "\\\\")
# Who can reach it, or how: members, partners, the public, a login, the website.
_REACH = (
    "member", "partner", "actor", "public", "everyone", "anyone", "all ", "registered", "login",
    "log in", "access", "online", "website", "web", "portal", "platform", "intranet", "shared",
    "open to", "available to", "mitglied", "akteur", "öffentlich", "alle ", "nutzer",
    "registriert", "zugang", "zugänglich", "zugriff", "webseite", "homepage", "plattform",
    "freigegeben", "geteilt", "offen für", "verfügbar für",
)


def _bare(text: str) -> str:
    """`text` in lower case without the non-word characters at either end."""
    low = text.lower()
    start, end = 0, len(low)
    while start < end and not is_word_char(low[start]):
        start += 1
    while end > start and not is_word_char(low[end - 1]):
        end -= 1
    return low[start:end]


def _local_url(url: str) -> bool:
    text = url.lstrip().lower()
    if text.startswith(_LOCAL_URL):
        return True
    return len(text) > 2 and "a" <= text[0] <= "z" and text[1] == ":" and text[2] in "\\/"


def _local(text: str) -> bool:
    low = text.lower()
    return has_part(low, _LOCAL) or has_part(low, _OWN_PC, end=True)


def _reachable(text: str) -> bool:
    low = text.lower()
    return has_part(low, _REACH) or has_part(low, ("user", "users"), end=True)


def _maintained(ctx: Context, database: dict[str, Any]) -> bool:
    who = ctx.text(database.get("maintained_by"))
    return who is not None and _bare(who) not in _NOBODY


def check(ctx: Context) -> None:
    databases = list(ctx.items("measures", "databases"))
    if not databases:
        ctx.fail(ID, "missing", ("measures", "databases"))
        return
    for path, database in databases:
        name = ctx.label(database, path)
        if not _maintained(ctx, database):
            ctx.fail(ID, "unmaintained", (*path, "maintained_by"), name=name)
        url = ctx.text(database.get("url"))
        if url and not _local_url(url):
            continue
        description = ctx.text(database.get("description")) or ""
        where = " ".join(t for t in (ctx.text(database.get("name")), description) if t)
        if url or _local(where):
            ctx.fail(ID, "local_only", (*path, "description"), name=name)
        elif not _reachable(description):
            ctx.fail(ID, "unreachable", path, name=name)
