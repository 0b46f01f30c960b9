"""One file from bytes to result: load → schema → rules → findings with the checklist status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from intstrat.check.load import decode, load_text
from intstrat.check.suppress import UNUSED_RULE, Suppressions
from intstrat.check.suppress import parse as parse_suppressions
from intstrat.document import Document, pointer
from intstrat.findings import FileResult, Finding, PointStatus, RawFinding, Severity
from intstrat.i18n import resolve_language
from intstrat.limits import DEFAULT_MAX_SIZE
from intstrat.rules import Rule, all_rules
from intstrat.rules.base import Context, Group
from intstrat.rules.messages import finding as make_finding

FORMAT_VERSION = 2
"""The newest format; version 1 files are still read (with a note that points to `upgrade`)."""
FORMAT_VERSIONS = (1, 2)


@dataclass(frozen=True)
class AuditOptions:
    """What the caller decided: language, rule selection and severities (config or CLI)."""

    lang: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    max_size: int = DEFAULT_MAX_SIZE
    # `# intstrat: ignore[...]` comments apply; off shows everything they hide.
    suppress: bool = True
    # The review date (`--as-of`, default today): plans whose date lies ahead are fine.
    as_of: dt.date | None = None
    # The project's own hollow phrases (`hollow` in the configuration).
    hollow: tuple[str, ...] = ()

    def enabled(self, rule: str) -> bool:
        if self.select and not any(rule.startswith(p) for p in self.select):
            return False
        return not any(rule.startswith(p) for p in self.ignore)


def audit_bytes(
    raw: bytes, path: str, options: AuditOptions | None = None, size: int | None = None
) -> FileResult:
    """Audit a file's bytes; `size` is the file's real size when only its head was read."""
    options = options or AuditOptions()
    if len(raw) > options.max_size:
        args = {"size": max(size or 0, len(raw)), "limit": options.max_size}
        return _unreadable(path, [RawFinding("YA05", "too_large", (), args, 1, 1)], options)
    text, decode_problem = decode(raw)
    if text is None:
        return _unreadable(path, [decode_problem] if decode_problem else [], options)
    return audit_text(text, path, options)


def audit_text(text: str, path: str, options: AuditOptions | str | None = None) -> FileResult:
    """Audit one strategy given as text. `options` may be just a language code."""
    if not isinstance(options, AuditOptions):
        options = AuditOptions(lang=options)
    doc, problems = load_text(text)
    if doc is None:
        return _unreadable(path, problems, options)
    return audit_document(doc, path, options, problems)


def _language(doc: Document | None, options: AuditOptions) -> str:
    declared = doc.data.get("language") if doc is not None and isinstance(doc.data, dict) else None
    return resolve_language(options.lang, declared)


class _Stamper:
    """Turns raw findings into located Findings of one file, with the configured severities."""

    def __init__(self, path: str, doc: Document | None, options: AuditOptions) -> None:
        self.path = path
        self.doc = doc
        self.options = options
        self.rules = all_rules()

    def __call__(self, raw: RawFinding) -> Finding | None:
        if not self.options.enabled(raw.rule):
            return None
        if raw.line is not None:
            line, column = raw.line, raw.column or 1
        elif self.doc is not None:
            where = self.doc.value_where if raw.at_value else self.doc.where
            line, column = where(raw.path)
        else:
            line, column = 1, 1
        rule = self.rules[raw.rule]
        severity = self.options.severity.get(raw.rule) or rule.advisory.get(raw.key, rule.severity)
        return make_finding(self.path, line, column, raw.rule, severity, raw.key, raw.args,
                            pointer(raw.path))

    def all(self, raws: Iterable[RawFinding]) -> list[Finding]:
        return [f for f in map(self, raws) if f is not None]


def _unreadable(path: str, problems: list[RawFinding], options: AuditOptions) -> FileResult:
    lang = _language(None, options)
    findings = _Stamper(path, None, options).all(problems)
    return FileResult(path=path, findings=tuple(sorted(findings)), language=lang,
                      is_strategy=False)


def audit_document(
    doc: Document, path: str, options: AuditOptions, problems: list[RawFinding] | None = None
) -> FileResult:
    lang = _language(doc, options)
    stamp = _Stamper(path, doc, options)
    # Suppressions act before the pass/fail status is decided, so a point whose findings are
    # all suppressed passes, and CL19 sees the sections as the user does.
    sup = parse_suppressions(doc.text) if options.suppress else Suppressions()
    hidden: list[Finding] = []

    def keep(made: list[Finding]) -> list[Finding]:
        """What the suppressions leave; what they hide is kept aside for SARIF."""
        kept = sup.keep(made)
        if len(kept) < len(made):
            shown = {id(f) for f in kept}
            hidden.extend(f for f in made if id(f) not in shown)
        return kept

    findings = keep(stamp.all(problems or []))

    def stop(raws: list[RawFinding]) -> FileResult:
        """A result without checklist: the file is no strategy these rules can read."""
        kept = [*findings, *keep(stamp.all(raws)), *_unused(sup, stamp)]
        return FileResult(path, tuple(sorted(kept)), language=lang, is_strategy=False,
                          suppressed=sup.count, suppressed_findings=tuple(sorted(hidden)))

    data = doc.data
    if not isinstance(data, dict):
        from intstrat.check.source import data_kind

        return stop([RawFinding("SC04", "not_mapping", (), {"got": data_kind(data)})])
    if "intstrat" not in data:
        return stop([RawFinding("SC04", "no_version")])

    from intstrat.check.schema import validate

    # An impossible date is already a YA03 finding; the schema's "not a date" would say it twice.
    bad_dates = {pointer(p.path) for p in problems or [] if p.rule == "YA03"}
    raws = [
        p for p in validate(doc)
        if not (p.key == "format_date" and pointer(p.path) in bad_dates)
    ]
    version = data.get("intstrat")
    if isinstance(version, bool) or version not in FORMAT_VERSIONS:
        # A newer format would be misread by these rules: say so and stop.
        return stop([r for r in raws if r.rule == "SC04"]
                    or [RawFinding("SC04", "version", ("intstrat",), {"value": data["intstrat"]},
                                       at_value=True)])

    if version == 1:
        raws.append(RawFinding("SC04", "old_version", ("intstrat",), {"value": 1},
                               at_value=True))
    from intstrat.rules.hollow import lexicon

    ctx = Context(doc, options.as_of, lexicon(options.hollow))
    rules = stamp.rules
    for rule in rules.values():
        if rule.check is not None:
            rule.check(ctx)
    raws.extend(ctx.hits)

    made = keep(stamp.all(raws))
    by_rule: dict[str, list[Finding]] = {}
    for finding in made:
        by_rule.setdefault(finding.rule, []).append(finding)

    sections = _points(rules, Group.SECTION, by_rule, lang)
    # Rules decided by the sections' results (CL19), after suppressions like the others.
    for rule in rules.values():
        if rule.derive is not None:
            for derived in keep(stamp.all(rule.derive(sections))):
                made.append(derived)
                by_rule.setdefault(derived.rule, []).append(derived)
    checklist = _points(rules, Group.CHECKLIST, by_rule, lang)
    made.extend(_unused(sup, stamp))
    return FileResult(
        path=path,
        findings=tuple(sorted([*findings, *made])),
        checklist=checklist,
        sections=sections,
        language=lang,
        suppressed=sup.count,
        suppressed_findings=tuple(sorted(hidden)),
    )


def _unused(sup: Suppressions, stamp: _Stamper) -> list[Finding]:
    """SU01 findings for suppression comments that hid nothing (unless SU01 is switched off)."""
    if not sup or not stamp.options.enabled(UNUSED_RULE):
        return []
    return stamp.all(sup.unused(stamp.rules, stamp.options.enabled))


def _points(
    rules: dict[str, Rule], group: Group, by_rule: dict[str, list[Finding]], lang: str
) -> tuple[PointStatus, ...]:
    points = []
    for rule in rules.values():
        if rule.group != group:
            continue
        found = tuple(sorted(by_rule.get(rule.id, [])))
        # A point switched off by configuration counts as passed: the user decided it. A
        # recommendation (an advisory message) is reported but does not fail the point.
        failing = [f for f in found if f.key.partition(".")[2] not in rule.advisory]
        points.append(PointStatus(rule.id, not failing, rule.chapter, found))
    return tuple(points)
