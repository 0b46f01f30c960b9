"""Every value can be read: real calendar dates, numbers of a sensible length."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "YA03"
NAME = "invalid-scalar"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("A value cannot be read (impossible date, oversized number)")
EXPLANATION = N_(
    "Some values look like a date or a number but cannot be one: `2019-02-30` does not exist in "
    "any calendar, and an integer with thousands of digits is refused so that reading stays fast "
    "and safe. intstrat keeps such a value as text, reports it here, and the rules that need it "
    "treat it as missing."
)
FIX = N_(
    "Write a real calendar date as YYYY-MM-DD and keep numbers to a sensible size; put long codes "
    "such as registration numbers in quotes."
)
MESSAGES = {
    "bad_date": P_("YA03.bad_date", "'{value}' is not a real calendar date"),
    "long_int": P_("YA03.long_int", "a number with {digits} digits is too long to be a value"),
}

# Not a predicate over the document: check/load.py reports it while reading the file.
check = None
