"""One file from bytes to result: load → schema → rules → findings with the checklist status."""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from intstrat.check.load import LoadProblem, decode, load_text
from intstrat.check.suppress import UNUSED_RULE, Suppressions
from intstrat.check.suppress import parse as parse_suppressions
from intstrat.document import Document, pointer
from intstrat.i18n import P_
from intstrat.findings import FileResult, Finding, PointStatus, Severity
from intstrat.rules import all_rules, checks
from intstrat.rules.base import Context, Hit
from intstrat.rules.messages import finding as make_finding

LANGS = ("en", "de")
FORMAT_VERSION = 1
DEFAULT_MAX_SIZE = 20 * 1024 * 1024


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

    def enabled(self, rule: str) -> bool:
        if self.select and not any(rule.startswith(p) for p in self.select):
            return False
        return not any(rule.startswith(p) for p in self.ignore)


def locale_language() -> str:
    """'de' when the user's locale is German, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "de" if value.lower().startswith("de") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "de" if code.lower().startswith("de") else "en"


def audit_bytes(
    raw: bytes, path: str, options: AuditOptions | None = None, size: int | None = None
) -> FileResult:
    """Audit a file's bytes; `size` is the file's real size when only its head was read."""
    options = options or AuditOptions()
    if len(raw) > options.max_size:
        problem = LoadProblem(
            "YA05", "too_large", 1, 1, {"size": max(size or 0, len(raw)), "limit": options.max_size}
        )
        return _unreadable(path, [problem], options)
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
    if options.lang in LANGS:
        return options.lang
    if doc is not None and isinstance(doc.data, dict) and doc.data.get("language") in LANGS:
        return str(doc.data["language"])
    return locale_language()


def _unreadable(path: str, problems: list[LoadProblem], options: AuditOptions) -> FileResult:
    lang = _language(None, options)
    findings = _load_findings(path, problems, lang, options)
    return FileResult(path=path, findings=tuple(sorted(findings)), language=lang,
                      is_strategy=False)


def _load_findings(
    path: str, problems: Iterable[LoadProblem], lang: str, options: AuditOptions
) -> list[Finding]:
    rules = all_rules()
    out = []
    for p in problems:
        if not options.enabled(p.rule):
            continue
        severity = options.severity.get(p.rule, rules[p.rule].severity)
        out.append(make_finding(path, p.line, p.column, p.rule, severity, p.msg, p.args, p.pointer))
    return out


def audit_document(
    doc: Document, path: str, options: AuditOptions, problems: list[LoadProblem] | None = None
) -> FileResult:
    lang = _language(doc, options)
    # Suppressions act before the pass/fail status is decided, so a point whose findings are
    # all suppressed passes, and CL19 sees the sections as the user does.
    sup = parse_suppressions(doc.text) if options.suppress else Suppressions()
    findings = sup.keep(_load_findings(path, problems or [], lang, options))
    rules = all_rules()

    def stamp(hit: Hit) -> Finding | None:
        if not options.enabled(hit.rule):
            return None
        line, column = doc.where(hit.path)
        severity = options.severity.get(hit.rule, rules[hit.rule].severity)
        return make_finding(path, line, column, hit.rule, severity, hit.msg, hit.args,
                       pointer(hit.path))

    data = doc.data
    if not isinstance(data, dict):
        got = {type(None): P_("yaml-kind", "empty"), list: P_("yaml-kind", "a list")}.get(
            type(data), P_("yaml-kind", "a single value"))
        hit = Hit("SC04", "not_mapping", (), {"got": got})
        top = stamp(hit)
        kept = [*findings, *sup.keep([top] if top else []), *_unused(sup, path, lang, options)]
        return FileResult(path, tuple(sorted(kept)), language=lang, is_strategy=False,
                          suppressed=sup.count)
    if "intstrat" not in data:
        unmarked = stamp(Hit("SC04", "no_version", ()))
        kept = [*findings, *sup.keep([unmarked] if unmarked else []),
                *_unused(sup, path, lang, options)]
        return FileResult(path, tuple(sorted(kept)), language=lang, is_strategy=False,
                          suppressed=sup.count)

    from intstrat.check.schema import validate

    # An impossible date is already a YA03 finding; the schema's "not a date" would say it twice.
    bad_dates = {p.pointer for p in problems or [] if p.rule == "YA03"}
    hits: list[Hit] = [
        Hit(p.rule, p.msg, p.path, p.args)
        for p in validate(doc)
        if not (p.msg == "format_date" and pointer(p.path) in bad_dates)
    ]
    if data.get("intstrat") != FORMAT_VERSION:
        # A newer format would be misread by these rules: say so and stop.
        version_hits = [h for h in hits if h.rule == "SC04"] or [
            Hit("SC04", "version", ("intstrat",), {"value": data.get("intstrat")})
        ]
        made_all = sup.keep(f for f in (stamp(h) for h in version_hits) if f)
        made_all.extend(_unused(sup, path, lang, options))
        return FileResult(path, tuple(sorted([*findings, *made_all])), language=lang,
                          is_strategy=False, suppressed=sup.count)

    ctx = Context(doc)
    for check in checks().values():
        check(ctx)
    hits.extend(ctx.hits)

    made = sup.keep(f for f in (stamp(h) for h in hits) if f)
    by_rule: dict[str, list[Finding]] = {}
    for finding in made:
        by_rule.setdefault(finding.rule, []).append(finding)

    sections = _points(rules, "section", by_rule, lang, options)
    failed = [p.rule for p in sections if not p.passed]
    if failed and options.enabled("CL19"):
        cl19 = stamp(Hit("CL19", "incomplete", ("concept",), {"sections": ", ".join(failed)}))
        if cl19 and sup.keep([cl19]):
            made.append(cl19)
            by_rule.setdefault("CL19", []).append(cl19)
    checklist = _points(rules, "checklist", by_rule, lang, options)
    made.extend(_unused(sup, path, lang, options))
    return FileResult(
        path=path,
        findings=tuple(sorted([*findings, *made])),
        checklist=checklist,
        sections=sections,
        language=lang,
        suppressed=sup.count,
    )


def _unused(sup: Suppressions, path: str, lang: str, options: AuditOptions) -> list[Finding]:
    """SU01 findings for suppression comments that hid nothing (unless SU01 is switched off)."""
    if not sup or not options.enabled(UNUSED_RULE):
        return []
    rules = all_rules()
    severity = options.severity.get(UNUSED_RULE, rules[UNUSED_RULE].severity)
    return sup.unused(rules, options.enabled,
                      lambda line, column, key, args: make_finding(path, line, column, UNUSED_RULE,
                                                             severity, key, args))


def _points(
    rules: dict[str, Any],
    group: str,
    by_rule: dict[str, list[Finding]],
    lang: str,
    options: AuditOptions,
) -> tuple[PointStatus, ...]:
    points = []
    for rule in rules.values():
        if rule.group != group:
            continue
        found = tuple(sorted(by_rule.get(rule.id, [])))
        # A point switched off by configuration counts as passed: the user decided it.
        points.append(PointStatus(rule.id, rule.text("title", lang), not found, rule.chapter,
                                  found))
    return tuple(points)
