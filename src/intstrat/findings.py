"""What an audit produces: findings located in a file, and the per-file result with its score."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from intstrat.i18n import P_, Label, translator


class Severity(enum.IntEnum):
    """Ordered so that `severity >= Severity.ERROR` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        """`error`, `warning`, `info`; `note` (the word the reports use) is `info` too."""
        name = text.strip().upper()
        try:
            return cls[_ALIASES.get(name, name)]
        except KeyError:
            raise ValueError(text) from None


# The reports call the lowest level a note (SARIF's word too); configuration says `info`.
_ALIASES = {"NOTE": "INFO"}


# One word per level wherever a person reads a severity (reports, `rules`, `explain`, the rule
# reference); machine fields (SARIF `level`, `::error`) keep theirs.
SEVERITY_WORDS: dict[Severity, Label] = {
    Severity.ERROR: P_("severity", "error"),
    Severity.WARNING: P_("severity", "warning"),
    Severity.INFO: P_("severity", "note"),
}


# The records of this module and of the check path (RawFinding ... FileResult, Rule, Config,
# AuditOptions, Label, Formats...) are NamedTuples, not dataclasses: a frozen dataclass costs
# ~0.4 ms to create at import (it exec()s its generated methods), and 21 of them were 9 ms of
# `check`'s start-up (issue 10 point 8; see docs/benchmarks.md). A NamedTuple is a tuple: none
# of them may reach code that treats tuples specially (message arguments, JSON of any value).
# Immutable defaults only (a NamedTuple has no default factories): an empty MappingProxyType
# for a mapping that stays in its process (a mappingproxy cannot be pickled: AuditOptions, which
# goes to the workers, uses None), tuples for sequences.
NO_ARGS: Mapping[str, Any] = MappingProxyType({})


class RawFinding(NamedTuple):
    """A finding as the loader, the schema, a suppression or a rule reports it: which message of
    which rule, with its details, at a data path (and at a line and column when the reporter knows
    them without a path). The audit stamps file, position and severity on it (`Finding`)."""

    rule: str
    key: str
    path: tuple[str | int, ...] = ()
    args: Mapping[str, Any] = NO_ARGS
    line: int | None = None
    column: int | None = None
    # Point at the value rather than its key: a value of the wrong type or out of its range.
    at_value: bool = False


class Finding(NamedTuple):
    """One gap or defect.

    `path` is the file as the user named it, `line` and `column` are 1-based, `pointer` is the
    data path inside the strategy (``partner_selection.candidates[2].country``), empty for
    findings about the file as a whole. `key` is the stable message id (``CL02.late``), also the
    gettext context; `template` its English text and `args` the details it is filled with. The
    text in a language is made only when a report is written: `text(lang)`. Fingerprints and
    `diff` match on the key and arguments, so a reworded message keeps its identity. Findings
    sort as tuples of their fields in this order: by file, line, column, rule...
    """

    path: str
    line: int
    column: int
    rule: str
    severity: Severity
    template: str
    key: str
    args: tuple[tuple[str, Any], ...] = ()
    pointer: str = ""

    def text(self, lang: str) -> str:
        """The message in `lang`, with its details shown the way that language writes them."""
        return translator(lang).pgettext(self.key, self.template, **dict(self.args))

    def as_dict(self, lang: str) -> dict[str, Any]:
        """The documented JSON shape of a finding (`check --format json`, `diff --format json`)."""
        return {
            "rule": self.rule,
            "key": self.key,
            "severity": self.severity.label,
            "message": self.text(lang),
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "pointer": self.pointer,
        }

    @property
    def identity(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        """What stays the same when lines move or texts are reworded: rule, data path, key, args."""
        return (self.rule, self.pointer, self.key,
                tuple((name, plain(value)) for name, value in self.args))


def plain(value: Any) -> str:
    """A message detail as text that does not depend on the language: a translated word is its
    English message id, several are joined ("string | number"); the baseline file stores this."""
    if isinstance(value, Label):
        return value.message
    if isinstance(value, tuple):
        return " | ".join(plain(v) for v in value)
    return str(value)


class PointState(enum.StrEnum):
    """How a point stands: met by its data, not met, or waived for a stated reason."""

    PASSED = "passed"
    FAILED = "failed"
    WAIVED = "waived"


class Evidence(enum.StrEnum):
    """Whether a point's data names proof: `evidenced` when at least one of its items names
    evidence that exists (a file of the repository or a URL), else `claimed`."""

    EVIDENCED = "evidenced"
    CLAIMED = "claimed"


class Waiver(NamedTuple):
    """A waiver in force (`waivers:` in the strategy): the point, why, who approved it, until
    when (None: open-ended), and the line of the waiver in the file."""

    point: str
    reason: str
    approved_by: str
    until: dt.date | None = None
    line: int = 0


class PointStatus(NamedTuple):
    """Pass, fail or waiver of one checklist point (CL..) or concept section (CS..).

    `passed` is true only for a point met by its data; a waived point has `passed` false and
    its `waiver`; `status` says which of the three. `evidence` is None for a point whose data
    has no place for evidence (a vision, a summary: the text is the content). No title: a
    report names the point in its own language (`rules.point_title`)."""

    rule: str
    passed: bool
    chapter: str
    findings: tuple[Finding, ...] = ()
    waiver: Waiver | None = None
    evidence: Evidence | None = None

    @property
    def status(self) -> PointState:
        if self.waiver is not None:
            return PointState.WAIVED
        return PointState.PASSED if self.passed else PointState.FAILED

    @property
    def waived(self) -> bool:
        return self.waiver is not None

    @property
    def failed(self) -> bool:
        """Not met and not waived: what a report marks as a gap."""
        return not self.passed and self.waiver is None


class FileResult(NamedTuple):
    """The audit of one file. `is_strategy` is false when the file could not be read as one.

    `findings` are what the report lists and the exit code weighs. `suppressed_findings` are
    those hidden by `# intstrat: ignore` comments (SARIF still emits them, marked as suppressed;
    `suppressed` is their count as the summaries show it); `baselined` those matched by a
    `--baseline` file; `waived_findings` those of a waived point's own rule (shown with the
    point, in SARIF as suppressed by the waiver). None of these kinds fails the run. The
    checklist status and the score are decided before the baseline applies: a gap in the
    baseline is still a gap.
    """

    path: str
    findings: tuple[Finding, ...]
    checklist: tuple[PointStatus, ...] = ()
    sections: tuple[PointStatus, ...] = ()
    language: str = "en"
    is_strategy: bool = True
    suppressed: int = 0
    suppressed_findings: tuple[Finding, ...] = ()
    baselined: tuple[Finding, ...] = ()
    # True when some item of the file names `evidence`: the reports then show it per point.
    evidence_named: bool = False
    waived_findings: tuple[Finding, ...] = ()

    @property
    def checklist_passed(self) -> int:
        return sum(1 for p in self.checklist if p.passed)

    @property
    def sections_passed(self) -> int:
        return sum(1 for p in self.sections if p.passed)

    @property
    def waived(self) -> int:
        """Points and sections waived for a stated reason (left out of the score)."""
        return sum(1 for p in (*self.checklist, *self.sections) if p.waived)

    @property
    def evidenced(self) -> int:
        return sum(1 for p in (*self.checklist, *self.sections)
                   if p.evidence is Evidence.EVIDENCED)

    @property
    def claimed(self) -> int:
        return sum(1 for p in (*self.checklist, *self.sections)
                   if p.evidence is Evidence.CLAIMED)

    @property
    def score(self) -> float:
        """Percent of the judged points that pass, one decimal: passed / (29 - waived).

        A waived point is neither passed nor failed; it leaves the count. A file that waives
        every point scores 0: nothing of it was judged."""
        total = len(self.checklist) + len(self.sections) - self.waived
        if total <= 0:
            return 0.0
        return round(100.0 * (self.checklist_passed + self.sections_passed) / total, 1)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)
