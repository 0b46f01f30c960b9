"""Every entry of a `--baseline` file still matches a finding, so stale ones do not pile up."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "SU02"
NAME = "stale-baseline-entry"
GROUP = Group.STRUCTURE
SEVERITY = Severity.WARNING
CHAPTER = ""
TITLE = N_("A baseline entry that matches no finding")
EXPLANATION = N_(
    "`intstrat check --write-baseline FILE` records the findings a strategy has today, and "
    "`check --baseline FILE` then reports only the findings not recorded there, so a team can "
    "adopt intstrat on a strategy with open gaps and still see every new one. An entry is "
    "matched by its rule, its place in the data and its message details, not by its line. Once "
    "a recorded gap is closed, its entry matches nothing; left in place, it would hide the same "
    "gap if it came back. intstrat therefore reports each such entry in the file it names. "
    "Entries of rules switched off by the configuration, and of files not checked in this run, "
    "are not reported."
)
FIX = N_(
    "Write the baseline again with `--write-baseline FILE`, or delete the entry from the "
    "baseline file."
)
MESSAGES = {
    "stale": P_(
        "SU02.stale",
        "the baseline lists a {rule} finding at '{where}' that no longer occurs; write it again "
        "with --write-baseline",
    ),
    "stale_file": P_(
        "SU02.stale_file",
        "the baseline lists a {rule} finding about the whole file that no longer occurs; write "
        "it again with --write-baseline",
    ),
}

# Not a predicate over the document: check/baseline.py reports it.
check = None
