"""Inline suppression: `# intstrat: ignore[CL07]` for a line, `ignore-file[...]` for a file.

A suppression that suppresses nothing is itself reported (rule SU01), so stale ones do not pile up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Literal

from intstrat.findings import Finding, RawFinding
from intstrat.rules.structure import su01_unused_suppression

UNUSED_RULE = su01_unused_suppression.ID

# File-wide suppressions must sit in the head of the file, where a reader sees them.
FILE_HEAD_LINES = 10
_DIRECTIVE = re.compile(r"#[ \t]*intstrat:[ \t]*(ignore-file|ignore)[ \t]*\[([^\]\n]*)\]")


Scope = Literal["line", "file", "late"]
"""Where a directive acts: its line, the whole file, or nowhere (an ignore-file below the head)."""


class Directive:
    """One `# intstrat: ignore[...]` comment: where it is, which rule ids or prefixes it names,
    and (filled in by `Suppressions.keep`) which of them hid a finding."""

    __slots__ = ("column", "line", "rules", "scope", "used")

    def __init__(self, line: int, column: int, scope: Scope, rules: tuple[str, ...]) -> None:
        self.line = line
        self.column = column
        self.scope = scope
        self.rules = rules
        self.used: set[str] = set()

    def matches(self, finding: Finding) -> str | None:
        if self.scope == "late" or (self.scope == "line" and finding.line != self.line):
            return None
        for spec in self.rules:
            if finding.rule.startswith(spec):
                return spec
        return None


class Suppressions:
    """The directives of one file; `keep` drops what they cover and remembers what it used."""

    __slots__ = ("count", "directives")

    def __init__(self) -> None:
        self.directives: list[Directive] = []
        self.count = 0

    def __bool__(self) -> bool:
        return bool(self.directives)

    def _candidates(self) -> tuple[list[Directive], dict[int, list[Directive]]]:
        """The file-wide directives, and the line directives by line: a finding is compared
        with those only, so 64,000 comments against as many findings stay linear."""
        wide: list[Directive] = []
        by_line: dict[int, list[Directive]] = {}
        for directive in self.directives:
            if directive.scope == "file":
                wide.append(directive)
            elif directive.scope == "line":
                by_line.setdefault(directive.line, []).append(directive)
        return wide, by_line

    def keep(self, findings: Iterable[Finding]) -> list[Finding]:
        if not self.directives:
            return list(findings)
        wide, by_line = self._candidates()
        kept: list[Finding] = []
        for finding in findings:
            hit = False
            for directive in (*wide, *by_line.get(finding.line, ())):
                spec = directive.matches(finding)
                if spec is not None:
                    directive.used.add(spec)
                    hit = True
            if hit:
                self.count += 1
            else:
                kept.append(finding)
        return kept

    def unused(self, known: Iterable[str], enabled: Callable[[str], bool]) -> list[RawFinding]:
        """SU01 findings for every named rule that suppressed nothing in this run.

        A suppression of a rule that the configuration switched off is left alone: it may be
        needed when the file is checked with other settings.
        """
        known = tuple(known)
        matches: dict[str, list[str]] = {}
        out: list[RawFinding] = []
        for directive in self.directives:
            for spec in directive.rules:
                if spec in directive.used:
                    continue
                matching = matches.get(spec)
                if matching is None:
                    matching = matches[spec] = [rule for rule in known if rule.startswith(spec)]
                if not matching:
                    key = "unknown"
                elif directive.scope == "late":
                    key = "late_file"
                elif not any(enabled(rule) for rule in matching):
                    continue
                else:
                    key = "unused_file" if directive.scope == "file" else "unused"
                out.append(RawFinding(UNUSED_RULE, key, (), {"rule": spec, "head": FILE_HEAD_LINES},
                                      directive.line, directive.column))
        return out


def parse(text: str) -> Suppressions:
    """Find the suppression comments in a strategy's text."""
    found = Suppressions()
    if "intstrat:" not in text:
        return found
    line, counted = 1, 0  # lines counted incrementally: one pass over the text in all
    for match in _DIRECTIVE.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1] not in " \t\n\r":
            continue  # a '#' inside a word or URL, not a YAML comment
        line_start = text.rfind("\n", 0, start) + 1
        line += text.count("\n", counted, start)
        counted = start
        scope: Scope = "file" if match[1] == "ignore-file" else "line"
        if scope == "file" and line > FILE_HEAD_LINES:
            scope = "late"
        rules = tuple(dict.fromkeys(
            part.strip().upper() for part in match[2].split(",") if part.strip()
        ))
        if rules:
            found.directives.append(Directive(line, start - line_start + 1, scope, rules))
    return found
