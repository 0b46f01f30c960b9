"""A system that makes the gathered data accessible to those it serves, with someone real who
keeps it up (guide ch. 3.5).
"""

from __future__ import annotations

import re
from typing import Any

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

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
_NOBODY = re.compile(
    r"^\W*(?:nobody|no one|noone|niemand|nobody yet|noch niemand|unassigned|nicht zugeordnet|"
    r"nicht besetzt|vakant|vacant)\W*$",
    re.IGNORECASE,
)
# Storage on one machine (laptop, single PC, local drive, USB stick).
_LOCAL = re.compile(
    r"laptop|notebook|single (?:pc|computer|machine)|one (?:pc|computer|machine)|"
    r"(?:office|desktop|manager'?s?|my|his|her|the) (?:pc|computer)\b|"
    r"local(?:ly)? (?:stored|saved|kept|file|copy|drive|disk|only)|(?:stored|saved|kept) locally|"
    r"hard (?:disk|drive)|usb|festplatte|einzelplatz|(?:einem|dem|einzigen) (?:pc|rechner)|"
    r"lokal (?:gespeichert|abgelegt|gehalten|auf)|lokale[nrs]? (?:datei|kopie|ablage|excel)|"
    r"arbeitsplatzrechner|auf dem rechner",
    re.IGNORECASE,
)
# A path on one machine is no address others can reach: file:, C:\, ~/..., /home/...
_LOCAL_URL = re.compile(r"^\s*(?:file:|[a-z]:[\\/]|~|/|\\\\)", re.IGNORECASE)
# Who can reach it, or how: members, partners, the public, a login, the website.
_REACH = re.compile(
    r"member|partner|actor|public|everyone|anyone|all |users?\b|registered|login|log in|access|"
    r"online|website|web|portal|platform|intranet|shared|open to|available to|"
    r"mitglied|akteur|öffentlich|alle |nutzer|registriert|zugang|zugänglich|zugriff|webseite|"
    r"homepage|plattform|freigegeben|geteilt|offen für|verfügbar für",
    re.IGNORECASE,
)


def _maintained(ctx: Context, database: dict[str, Any]) -> bool:
    who = ctx.text(database.get("maintained_by"))
    return who is not None and not _NOBODY.match(who)


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
        if url and not _LOCAL_URL.match(url):
            continue
        description = ctx.text(database.get("description")) or ""
        where = " ".join(t for t in (ctx.text(database.get("name")), description) if t)
        if url or _LOCAL.search(where):
            ctx.fail(ID, "local_only", (*path, "description"), name=name)
        elif not _REACH.search(description):
            ctx.fail(ID, "unreachable", path, name=name)
