"""`--format junit`: JUnit XML, one test case per checklist point and section of every file.

CI servers (GitLab, Jenkins, Azure) show these as test results, so a case fails exactly when its
findings fail the run: findings at or above `--fail-on` are a `<failure>`; a case whose findings are
all below it (or in the baseline) is `<skipped>` with them as its message, so a green job shows no
failed test and the findings are still there to read. A waived point is `<skipped>` (type `waived`)
with the waiver's reason and approver as its message. Findings of no point (structure, consistency)
get a test case of their own per file; a file that cannot be read as a strategy is one test case,
errored when its findings fail the run. With `--fail-under`, a "Score" case fails when the score is
below it. The output validates against the common junit-10 XSD (Jenkins' xunit plugin); `classname`
is the file's path without its suffix, so viewers that split the class name at dots do not take
`yaml` for the class.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import PurePosixPath

from intstrat.findings import FileResult, Finding, PointStatus
from intstrat.i18n import translator
from intstrat.i18n.formats import formats
from intstrat.reporters import ReportOptions, relative_path
from intstrat.reporters.words import score, severity_word, waiver_line
from intstrat.rules import point_title

# XML 1.0 cannot carry most control characters, not even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _finding_line(f: Finding, path: str, lang: str) -> str:
    return (f"{path}:{f.line}:{f.column}: {severity_word(f.severity, lang)}: {f.text(lang)} "
            f"[{f.rule}]")


def _rules(findings: Sequence[Finding]) -> str:
    """The `type` of an outcome: every rule among its findings, in report order."""
    return ", ".join(dict.fromkeys(f.rule for f in findings))


class _Suite:
    """One file's test suite, counting its cases as they are added."""

    def __init__(self, path: str, options: ReportOptions) -> None:
        self.path = path
        self.options = options
        self.classname = _clean(str(PurePosixPath(path).with_suffix("")) if path else path)
        self.element = ET.Element("testsuite", {"name": _clean(path), "file": _clean(path)})
        self.tests = self.failures = self.errors = self.skipped = 0

    def case(self, name: str, findings: Sequence[Finding], baselined: Sequence[Finding] = (),
             broken: bool = False) -> None:
        """A test case: failed (or errored, for a file that is no strategy) by the findings at
        or above --fail-on; skipped when it has only findings below it or in the baseline."""
        lang = self.options.lang
        tr = translator(lang)
        case = ET.SubElement(self.element, "testcase", {"classname": self.classname,
                                                        "name": _clean(name)})
        self.tests += 1
        failing = [f for f in findings if f.severity >= self.options.fail_on]
        if failing:
            kind = "error" if broken else "failure"
            outcome = ET.SubElement(case, kind, {
                "type": _rules(failing),
                "message": _clean(tr.ngettext("{n} finding: {first}", "{n} findings: {first}",
                                              len(failing), first=failing[0].text(lang))),
            })
            if broken:
                self.errors += 1
            else:
                self.failures += 1
        elif findings or baselined:
            below = [*findings, *baselined]
            message = (tr.ngettext("{n} finding below the --fail-on level: {first}",
                                   "{n} findings below the --fail-on level: {first}",
                                   len(findings), first=findings[0].text(lang))
                       if findings else
                       tr.ngettext("{n} finding in the baseline", "{n} findings in the baseline",
                                   len(baselined)))
            outcome = ET.SubElement(case, "skipped", {"type": _rules(below),
                                                      "message": _clean(message)})
            self.skipped += 1
        else:
            return
        lines = [_finding_line(f, self.path, lang) for f in findings]
        if baselined:
            lines.append(tr.ngettext("{n} finding in the baseline", "{n} findings in the baseline",
                                     len(baselined)))
            lines.extend(_finding_line(f, self.path, lang) for f in baselined)
        outcome.text = _clean("\n".join(lines))

    def waived(self, name: str, why: str, findings: Sequence[Finding]) -> None:
        """A waived point: skipped, with the waiver as its message and its findings as text."""
        case = ET.SubElement(self.element, "testcase", {"classname": self.classname,
                                                        "name": _clean(name)})
        self.tests += 1
        self.skipped += 1
        outcome = ET.SubElement(case, "skipped", {"type": "waived", "message": _clean(why)})
        lines = [why, *(_finding_line(f, self.path, self.options.lang) for f in findings)]
        outcome.text = _clean("\n".join(lines))

    def finish(self) -> ET.Element:
        for key in ("tests", "failures", "errors", "skipped"):
            self.element.set(key, str(getattr(self, key)))
        return self.element


def _point_name(p: PointStatus, lang: str) -> str:
    return f"{p.rule} {point_title(p.rule, lang)}"


def _suite(r: FileResult, options: ReportOptions) -> ET.Element:
    tr = translator(options.lang)
    path = relative_path(r.path, options.root)
    suite = _Suite(path, options)
    props = ET.SubElement(suite.element, "properties")
    values = {"score": f"{r.score:.1f}", "language": r.language, "suppressed": str(r.suppressed),
              "baselined": str(len(r.baselined)), "fail-on": options.fail_on.label}
    if options.fail_under is not None:
        values["fail-under"] = f"{options.fail_under:g}"
    for name, value in values.items():
        ET.SubElement(props, "property", {"name": name, "value": value})
    if not r.is_strategy:
        suite.case(tr.gettext("Read as a strategy"), r.findings, r.baselined, broken=True)
        return suite.finish()
    points = (*r.checklist, *r.sections)
    # A point is one rule's findings; the baseline's are matched to it by the rule.
    # By identity: a finding's details may be any value of the file, not all of them hashable.
    grouped = {id(f) for p in points for f in p.findings}
    point_rules = {p.rule for p in points}
    for p in points:
        if p.waiver is not None:
            suite.waived(_point_name(p, options.lang), waiver_line(p.waiver, options.lang),
                         p.findings)
            continue
        baselined = [f for f in r.baselined if f.rule == p.rule]
        suite.case(_point_name(p, options.lang), p.findings, baselined)
    suite.case(tr.gettext("Structure and consistency"),
               [f for f in r.findings if id(f) not in grouped],
               [f for f in r.baselined if f.rule not in point_rules])
    if options.fail_under is not None:
        _score_case(suite, r, options)
    return suite.finish()


def _score_case(suite: _Suite, r: FileResult, options: ReportOptions) -> None:
    """With --fail-under the score is a test of its own, failed exactly when it fails the run."""
    tr = translator(options.lang)
    limit = float(options.fail_under or 0)
    case = ET.SubElement(suite.element, "testcase", {"classname": suite.classname,
                                                     "name": tr.pgettext("junit", "Score")})
    suite.tests += 1
    if r.score < limit:
        message = tr.gettext("score {score} is below --fail-under {limit}",
                             score=score(r, options.lang),
                             limit=formats(options.lang).score(limit))
        failure = ET.SubElement(case, "failure", {"type": "fail-under", "message": message})
        failure.text = message
        suite.failures += 1


def report(results: Sequence[FileResult], options: ReportOptions) -> str:
    root = ET.Element("testsuites", {"name": "intstrat"})
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for r in results:
        suite = _suite(r, options)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
