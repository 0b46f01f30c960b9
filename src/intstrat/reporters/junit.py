"""`--format junit`: JUnit XML, one test case per checklist point and section of every file.

CI servers (GitLab, Jenkins, Azure) show these as test results. Findings of no point (structure,
consistency) get a test case of their own per file, so nothing is lost; a file that cannot be
read as a strategy is one errored test case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from intstrat.findings import FileResult, Finding, PointStatus
from intstrat.i18n import translator
from intstrat.reporters import ReportOptions, relative_path
from intstrat.reporters.words import severity_word

# XML 1.0 cannot carry most control characters, not even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _finding_line(f: Finding, path: str, lang: str) -> str:
    return (f"{path}:{f.line}:{f.column}: {severity_word(f.severity, lang)}: {f.text(lang)} "
            f"[{f.rule}]")


def _case(suite: ET.Element, path: str, name: str, findings: Sequence[Finding], kind: str,
          lang: str) -> ET.Element:
    case = ET.SubElement(suite, "testcase", {"classname": _clean(path), "name": _clean(name),
                                             "file": _clean(path)})
    if findings:
        first = findings[0]
        outcome = ET.SubElement(case, kind, {
            "type": first.rule,
            "message": _clean(translator(lang).ngettext(
                "{n} finding: {first}", "{n} findings: {first}", len(findings),
                first=first.text(lang))),
        })
        outcome.text = _clean("\n".join(_finding_line(f, path, lang) for f in findings))
    return case


def _point_name(p: PointStatus) -> str:
    return f"{p.rule} {p.title}"


def _suite(r: FileResult, options: ReportOptions) -> ET.Element:
    tr = translator(options.lang)
    path = relative_path(r.path, options.root)
    suite = ET.Element("testsuite", {"name": _clean(path)})
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", {"name": "score", "value": f"{r.score:.1f}"})
    ET.SubElement(props, "property", {"name": "language", "value": r.language})
    ET.SubElement(props, "property", {"name": "suppressed", "value": str(r.suppressed)})
    tests = failures = errors = 0
    if not r.is_strategy:
        _case(suite, path, tr.gettext("Read as a strategy"), r.findings, "error", options.lang)
        tests, errors = 1, 1
    else:
        for p in (*r.checklist, *r.sections):
            _case(suite, path, _point_name(p), p.findings, "failure", options.lang)
            tests += 1
            failures += 0 if p.passed else 1
        grouped = {f for p in (*r.checklist, *r.sections) for f in p.findings}
        others = [f for f in r.findings if f not in grouped]
        _case(suite, path, tr.gettext("Structure and consistency"), others, "failure",
              options.lang)
        tests += 1
        failures += 1 if others else 0
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", "0")
    return suite


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
