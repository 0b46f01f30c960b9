"""The words every reporter shares, so a level, a count or a score reads the same in each format."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from intstrat.findings import SEVERITY_WORDS, Evidence, FileResult, Finding, Severity, Waiver
from intstrat.i18n import P_, Label, translator
from intstrat.i18n.formats import formats


def severity_word(severity: Severity, lang: str) -> str:
    return translator(lang).label(SEVERITY_WORDS[severity])


def severity_counts(findings: Iterable[Finding], lang: str) -> str:
    """"1 error, 2 warnings, 0 notes" / "1 Fehler, 2 Warnungen, 0 Hinweise"."""
    tr = translator(lang)
    tally = Counter(f.severity for f in findings)
    errors = tr.ngettext("{n} error", "{n} errors", tally[Severity.ERROR])
    warnings = tr.ngettext("{n} warning", "{n} warnings", tally[Severity.WARNING])
    notes = tr.ngettext("{n} note", "{n} notes", tally[Severity.INFO])
    return tr.gettext("{errors}, {warnings}, {notes}", errors=errors, warnings=warnings,
                      notes=notes)


def files_checked(results: Iterable[FileResult], lang: str) -> str:
    """"2 files checked, 1 with findings"."""
    shown = list(results)
    failing = sum(1 for r in shown if r.findings)
    return translator(lang).ngettext("{n} file checked, {failing} with findings",
                                     "{n} files checked, {failing} with findings",
                                     len(shown), failing=failing)


def score(result: FileResult, lang: str) -> str:
    """The score as the language writes it: "55.2 %" / "55,2 %"."""
    return formats(lang).score(result.score)


def per_rule(findings: Iterable[Finding]) -> list[tuple[str, int]]:
    """Findings counted per rule, most frequent first (for --statistics)."""
    counts = Counter(f.rule for f in findings)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


# Whether a point's data names proof that holds (`PointStatus.evidence`).
EVIDENCE_WORDS: dict[Evidence, Label] = {
    Evidence.EVIDENCED: P_("evidence", "evidenced"),
    Evidence.CLAIMED: P_("evidence", "claimed"),
}


def point_counts(result: FileResult, lang: str) -> str:
    """What follows the score in a summary: ", 2 waived" and ", 5 of 13 points evidenced"
    when the file waives points or names evidence; else nothing."""
    tr = translator(lang)
    out = ""
    if result.waived:
        out += ", " + tr.ngettext("{n} waived", "{n} waived", result.waived)
    if result.evidence_named:
        out += ", " + tr.ngettext("{n} of {total} point evidenced",
                                  "{n} of {total} points evidenced",
                                  result.evidenced + result.claimed, n=result.evidenced,
                                  total=result.evidenced + result.claimed)
    return out


def waiver_line(waiver: Waiver, lang: str) -> str:
    """"waived: REASON (approved by X, until D)", one line however long the reason."""
    tr = translator(lang)
    reason = " ".join(waiver.reason.split())
    if waiver.until is not None:
        return tr.gettext("waived: {reason} (approved by {approver}, until {until})",
                          reason=reason, approver=waiver.approved_by, until=waiver.until)
    return tr.gettext("waived: {reason} (approved by {approver})", reason=reason,
                      approver=waiver.approved_by)
