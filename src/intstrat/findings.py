"""What an audit produces: findings located in a file, and the per-file result with its score."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


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
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(text) from None


@dataclass(frozen=True, order=True)
class Finding:
    """One gap or defect.

    `path` is the file as the user named it, `line` and `column` are 1-based, `pointer` is the
    data path inside the strategy (``partner_selection.candidates[2].country``), empty for
    findings about the file as a whole. `message` is already in the report's language.
    """

    path: str
    line: int
    column: int
    rule: str
    severity: Severity
    message: str
    pointer: str = ""


@dataclass(frozen=True)
class PointStatus:
    """Pass or fail of one checklist point (CL..) or concept section (CS..)."""

    rule: str
    title: str
    passed: bool
    chapter: str
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class FileResult:
    """The audit of one file. `is_strategy` is false when the file could not be read as one."""

    path: str
    findings: tuple[Finding, ...]
    checklist: tuple[PointStatus, ...] = ()
    sections: tuple[PointStatus, ...] = ()
    language: str = "en"
    is_strategy: bool = True
    suppressed: int = 0
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    @property
    def checklist_passed(self) -> int:
        return sum(1 for p in self.checklist if p.passed)

    @property
    def sections_passed(self) -> int:
        return sum(1 for p in self.sections if p.passed)

    @property
    def score(self) -> float:
        """Percent of the 19 checklist points and 10 sections that pass, one decimal."""
        total = len(self.checklist) + len(self.sections)
        if total == 0:
            return 0.0
        return round(100.0 * (self.checklist_passed + self.sections_passed) / total, 1)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)
