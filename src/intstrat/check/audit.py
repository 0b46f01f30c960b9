"""One file from bytes to result: load → schema → rules → findings with the checklist status."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import NamedTuple

from intstrat.check import evidence, waivers
from intstrat.check.load import decode, load_text
from intstrat.check.suppress import UNUSED_RULE, Suppressions
from intstrat.check.suppress import parse as parse_suppressions
from intstrat.document import Document, pointer
from intstrat.findings import (
    Evidence,
    FileResult,
    Finding,
    PointStatus,
    RawFinding,
    Severity,
    Waiver,
)
from intstrat.i18n import resolve_language
from intstrat.limits import DEFAULT_MAX_SIZE
from intstrat.rules import Rule, all_rules
from intstrat.rules.base import Context, Group
from intstrat.rules.messages import finding as make_finding

FORMAT_VERSION = 2
"""The newest format; version 1 files are still read (with a note that points to `upgrade`)."""
FORMAT_VERSIONS = (1, 2)

# Findings about a point's own data that fail the point too: a value of the wrong type, an
# unknown or missing key, a broken reference, a duplicate id or key, an invalid scalar, missing
# evidence. The finding keeps its own rule id; the point lists it among its findings.
POINT_DATA_RULES = frozenset({"SC01", "SC02", "SC03", "CO03", "CO05", "YA02", "YA03", "EV01"})


class AuditOptions(NamedTuple):
    """What the caller decided: language, rule selection and severities (config or CLI)."""

    lang: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # Rule id or prefix → level; None: the rules' own. (Not an empty MappingProxyType as
    # findings.NO_ARGS: the options go to the worker processes, and a mappingproxy cannot be
    # pickled.)
    severity: Mapping[str, Severity] | None = None
    max_size: int = DEFAULT_MAX_SIZE
    # `# intstrat: ignore[...]` comments apply; off shows everything they hide.
    suppress: bool = True
    # The review date (`--as-of`, default today): plans whose date lies ahead are fine.
    as_of: dt.date | None = None
    # The project's own hollow phrases (`hollow` in the configuration).
    hollow: tuple[str, ...] = ()
    # `--require-evidence`: a passing point none of whose items names existing evidence fails.
    require_evidence: bool = False

    def level(self, rule: str, default: Severity) -> Severity:
        """The configured severity of `rule`, else `default`."""
        return self.severity.get(rule, default) if self.severity else default

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
        severity = self.options.level(raw.rule, rule.advisory.get(raw.key, rule.severity))
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
    waived = waivers.read(doc, ctx.as_of, ctx.words)
    raws.extend(waived.problems)
    proofs = evidence.read(doc, _folder(path))
    raws.extend(proofs.problems)

    made = keep(stamp.all(raws))
    by_rule: dict[str, list[Finding]] = {}
    for finding in made:
        by_rule.setdefault(finding.rule, []).append(finding)
    verdict = _Verdict(rules, waived, proofs, options, [*findings, *made])

    # Notes on unneeded waivers and "claimed, not evidenced" are decided with the points; they
    # are findings like any other (suppressible, in the report).
    sections = verdict.points(Group.SECTION, by_rule)
    late = keep(stamp.all(verdict.take_notes()))
    made.extend(late)
    sections = _with_late(sections, late)
    # Rules decided by the sections' results (CL19), after suppressions like the others; a
    # waived section is left out of that judgement, as it is left out of the score.
    judged = [p for p in sections if not p.waived]
    for rule in rules.values():
        if rule.derive is not None:
            for derived in keep(stamp.all(rule.derive(judged))):
                made.append(derived)
                by_rule.setdefault(derived.rule, []).append(derived)
    checklist = verdict.points(Group.CHECKLIST, by_rule)
    late = keep(stamp.all(verdict.take_notes()))
    made.extend(late)
    checklist = _with_late(checklist, late)
    made.extend(_unused(sup, stamp))
    # A waived point's own findings say what the waiver covers: shown with the point, they no
    # longer fail the run. Errors inside its data (a wrong type, a broken reference) still do.
    covered = {id(f) for p in (*checklist, *sections) if p.waived
               for f in p.findings if f.rule == p.rule}
    everything = [*findings, *made]
    return FileResult(
        path=path,
        findings=tuple(sorted(f for f in everything if id(f) not in covered)),
        checklist=checklist,
        sections=sections,
        language=lang,
        suppressed=sup.count,
        suppressed_findings=tuple(sorted(hidden)),
        evidence_named=proofs.named,
        waived_findings=tuple(sorted(f for f in everything if id(f) in covered)),
    )


def _folder(path: str) -> Path:
    """The folder evidence paths are relative to: the strategy file's (standard input: here)."""
    if path.startswith("<") or path == "-":
        return Path.cwd()
    return Path(os.path.abspath(path)).parent


class _Verdict:
    """Decides each point: its own findings, the errors inside its data, its waiver, evidence."""

    def __init__(self, rules: dict[str, Rule], waived: waivers.Waivers, proofs: evidence.Proofs,
                 options: AuditOptions,
                 located: list[Finding]) -> None:
        self.rules = rules
        self.waived = waived
        self.proofs = proofs
        self.options = options
        self.evidence = evidence
        self.notes: list[RawFinding] = []
        # A point's data by its top-level key, so a finding is compared with a few pointers only.
        by_top: dict[str, list[tuple[str, str]]] = {}
        for rule in rules.values():
            if not options.enabled(rule.id):
                continue  # a point switched off passes: the errors in its data stay on their own
            for data in rule.data:
                by_top.setdefault(data.split(".", 1)[0], []).append((rule.id, data))
        self.inside: dict[str, list[Finding]] = {}
        for finding in located:
            if finding.rule not in POINT_DATA_RULES or not finding.pointer:
                continue
            if finding.key.partition(".")[2] in rules[finding.rule].advisory:
                continue
            top = re.split(r"[.\[]", finding.pointer, maxsplit=1)[0]
            hit: set[str] = set()
            for rule_id, data in by_top.get(top, ()):
                if rule_id not in hit and _within(finding.pointer, data):
                    hit.add(rule_id)
                    self.inside.setdefault(rule_id, []).append(finding)

    def take_notes(self) -> list[RawFinding]:
        notes, self.notes = self.notes, []
        return notes

    def points(self, group: Group, by_rule: dict[str, list[Finding]]) -> tuple[PointStatus, ...]:
        points = []
        for rule in self.rules.values():
            if rule.group == group:
                points.append(self.point(rule, by_rule.get(rule.id, [])))
        return tuple(points)

    def point(self, rule: Rule, own: list[Finding]) -> PointStatus:
        found = tuple(sorted({id(f): f for f in (*own, *self.inside.get(rule.id, ()))}.values()))
        # A point switched off by configuration counts as passed: the user decided it. A
        # recommendation (an advisory message) is reported but does not fail the point.
        failing = any(f.key.partition(".")[2] not in self.rules[f.rule].advisory for f in found)
        waiver: Waiver | None = self.waived.in_force.get(rule.id)
        proof: Evidence | None = None
        if rule.derive is None and self.evidence.applies(rule.data):
            proven = self.evidence.evidenced(rule.data, self.proofs)
            proof = Evidence.EVIDENCED if proven else Evidence.CLAIMED
        # --require-evidence: a point met only by claims fails (unless waived: nothing to prove).
        unproven = (not failing and proof is Evidence.CLAIMED and self.options.require_evidence
                    and self.options.enabled("EV01"))
        if waiver is not None:
            if failing or unproven:
                return PointStatus(rule.id, False, rule.chapter, found, waiver, proof)
            if self.options.enabled(rule.id):
                self.notes.append(waivers.unneeded(rule.id, self.waived.paths[rule.id]))
        if unproven:
            self.notes.append(RawFinding("EV01", "claimed", self.evidence.anchor(rule.data),
                                         {"point": rule.id}))
        return PointStatus(rule.id, not failing, rule.chapter, found, None, proof)


def _within(pointer: str, data: str) -> bool:
    """True when the data path `pointer` lies at or below the dotted pointer `data`, in which
    `[]` stands for any list index ("project_selection.projects[].start")."""
    if "[]" in data:
        return bool(_pattern(data).match(pointer))
    return pointer == data or (pointer.startswith(data) and pointer[len(data)] in ".[")


@cache
def _pattern(data: str) -> re.Pattern[str]:
    return re.compile(re.escape(data).replace(r"\[\]", r"\[\d+\]") + r"(?:[.\[]|\Z)")


def _with_late(points: tuple[PointStatus, ...], late: list[Finding]) -> tuple[PointStatus, ...]:
    """The points with the "claimed, not evidenced" findings that fail them."""
    claimed = {dict(f.args).get("point"): f for f in late if f.key == "EV01.claimed"}
    if not claimed:
        return points
    return tuple(
        p._replace(passed=False, findings=tuple(sorted((*p.findings, claimed[p.rule]))))
        if p.rule in claimed else p
        for p in points
    )


def _unused(sup: Suppressions, stamp: _Stamper) -> list[Finding]:
    """SU01 findings for suppression comments that hid nothing (unless SU01 is switched off)."""
    if not sup or not stamp.options.enabled(UNUSED_RULE):
        return []
    return stamp.all(sup.unused(stamp.rules, stamp.options.enabled))
