"""Evidence named in the strategy exists, and with --require-evidence every point has some."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "EV01"
NAME = "missing-evidence"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("Evidence that does not exist, or a point without evidence")
EXPLANATION = N_(
    "An item that carries a claim (a survey, the kick-off, an agreement, an indicator...) may "
    "name its proof under `evidence`: a file of the repository, relative to the strategy file's "
    "folder, or an http(s) URL. intstrat checks that each file exists, without opening it, and "
    "that each URL is well formed; a missing file fails the point whose data names it. A path "
    "that is absolute or leads out of the repository is not looked up and counts as no evidence. "
    "With `check --require-evidence` a passing point none of whose items names existing evidence "
    "fails as claimed, not evidenced."
)
FIX = N_(
    "Add the file to the repository at the path named, or correct the path or the URL; under "
    "`--require-evidence`, name the evidence on at least one item of the point's data."
)
MESSAGES = {
    "missing_file": P_(
        "EV01.missing_file",
        "the evidence file '{path}' does not exist (paths are relative to the strategy's folder)",
    ),
    "bad_url": P_(
        "EV01.bad_url",
        "the evidence '{value}' is neither a file path nor an http(s) URL with a host",
    ),
    "outside": P_(
        "EV01.outside",
        "the evidence '{path}' lies outside the repository; it is not looked up and counts as "
        "no evidence",
    ),
    "claimed": P_(
        "EV01.claimed",
        "{point} is claimed, not evidenced: no item of its data names evidence that exists",
    ),
}
# Evidence nobody else can open is pointed out, but fails nothing by itself.
ADVISORY = {"outside": Severity.WARNING}

# Not a predicate over the document: check/evidence.py and the audit report it.
check = None
