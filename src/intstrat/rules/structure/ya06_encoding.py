"""The file is text: UTF-8, or UTF-16/32 with a byte order mark, and no binary data."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Group

ID = "YA06"
NAME = "encoding"
GROUP = Group.STRUCTURE
SEVERITY = Severity.ERROR
CHAPTER = ""
TITLE = N_("The file is not UTF-8 or UTF-16 text")
EXPLANATION = N_(
    "intstrat reads text in UTF-8 (with or without byte order mark) and UTF-16. Other encodings "
    "such as Latin-1 or Windows-1252 turn umlauts into garbage, and binary data, for instance a "
    "Word file saved under a .yaml name, is no strategy at all. intstrat names the first byte it "
    "cannot decode, or reports binary content."
)
FIX = N_(
    "Save the file as UTF-8 in your editor; export text from word processors instead of renaming "
    "their files."
)
MESSAGES = {
    "encoding": P_("YA06.encoding", "byte 0x{byte} is not valid {codec}; save the file as UTF-8"),
    "binary": P_("YA06.binary", "the file holds binary data (NUL bytes), not text"),
    "unreadable": P_("YA06.unreadable", "the file cannot be read: {detail}"),
}

# Not a predicate over the document: check/load.py reports it while decoding, check/batch.py
# a file that cannot be opened.
check = None
