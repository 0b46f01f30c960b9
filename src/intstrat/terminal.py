"""What a person reads must not steer their terminal: control characters shown, not obeyed.

A key or file name holding ESC can clear the screen or retitle the terminal, BEL rings, a
newline forges a report line. `printable` shows every C0 and C1 control character except the
tab as a visible escape (`\\x1b`, `\\n`), and a file name that is not UTF-8 (Python keeps its
bytes as surrogates) as its bytes (`\\xff`), so the text can always be written.
"""

from __future__ import annotations

import os
import re
from functools import cache

_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code > 0xFF:
        return f"\\u{code:04x}"
    return f"\\x{code:02x}"


@cache
def _control(lines: bool) -> re.Pattern[str]:
    # Compiled on first need only: the classes span the surrogates, which costs 0.8 ms to
    # compile, and almost every text is printable.
    return re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]" if lines
                      else "[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str, *, lines: bool = False) -> str:
    """`text` with control characters (not tab) and undecodable bytes as visible escapes.

    With `lines`, newlines stay: for a whole report whose lines the program itself broke.
    """
    if text.isprintable():
        return text
    return _control(lines).sub(_escape, text)


__all__ = ["printable"]


def use_color(stream: object) -> bool:
    """Colours on a terminal only; NO_COLOR turns them off, FORCE_COLOR on (no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"
