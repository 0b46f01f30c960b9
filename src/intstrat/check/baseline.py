"""`check --baseline FILE`: report only the findings that a recorded baseline does not hold.

A baseline lets a team adopt intstrat on strategies that already have gaps (as Spectral, Vale,
Checkov and SwiftLint users do): `--write-baseline FILE` records today's findings, and later runs
with `--baseline FILE` list, and fail on, only the others. An entry matches by file, rule, data
path, message key and message details (`Finding.identity`), never by line, so moving text keeps
it; entries are counted, so a second finding of the same kind is new. An entry that matches
nothing any more is reported as SU02 in the file it names, like a stale suppression (SU01).
Baselined findings do not fail the run, but the checklist and the score stay as they are: a gap
in the baseline is still a gap (`--fail-under` sees it).

The file is JSON, documented in docs/ci.md:

    {"intstrat_baseline": 1,
     "findings": [{"file": "strategies/a.yaml", "rule": "CL07", "pointer": "measures.workshops",
                   "key": "CL07.kind_missing", "args": {"kind": "thematic_informative"},
                   "message": "no workshop of the kind 'thematic_informative'"}]}

`file` is relative to the baseline's folder with forward slashes, so the file works from any
folder and on any system; `message` is the English text, for reviewers only.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intstrat.check.audit import AuditOptions
from intstrat.errors import UsageError
from intstrat.findings import FileResult, Finding, PointStatus, plain
from intstrat.i18n import N_
from intstrat.rules import all_rules
from intstrat.rules.messages import finding as make_finding
from intstrat.rules.structure import su02_stale_baseline_entry

STALE_RULE = su02_stale_baseline_entry.ID
VERSION = 1
VERSION_KEY = "intstrat_baseline"
_ENTRY_KEYS = ("file", "rule", "pointer", "key", "args")

Identity = tuple[str, str, str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True)
class Baseline:
    """The recorded findings, per file key (the path relative to the baseline's folder)."""

    folder: Path
    entries: dict[str, list[Identity]]

    def file_key(self, path: str) -> str:
        """How the baseline names the checked file `path`."""
        if path.startswith("<") or path == "-":
            return path
        relative = os.path.relpath(os.path.abspath(path), self.folder)
        return relative.replace(os.sep, "/")


def _entry(f: Finding, file_key: str) -> dict[str, Any]:
    rule, pointer_, key, args = f.identity
    return {"file": file_key, "rule": rule, "pointer": pointer_, "key": key,
            "args": dict(args), "message": f.text("en")}


def dump(results: Sequence[FileResult], target: Path) -> tuple[str, int]:
    """The baseline of `results` as the text of the file `target`, and its number of entries."""
    base = Baseline(target.resolve().parent, {})
    entries = [
        _entry(f, base.file_key(r.path))
        for r in results
        for f in (*r.findings, *r.baselined)
        if f.rule != STALE_RULE
    ]
    entries.sort(key=lambda e: (e["file"], e["rule"], e["pointer"], e["key"],
                                json.dumps(e["args"], ensure_ascii=False)))
    payload = {VERSION_KEY: VERSION, "findings": entries}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n", len(entries)


def write(results: Sequence[FileResult], target: Path, protect: Iterable[Path] = ()) -> int:
    """Record `results` in `target`, atomically (a crash leaves the old file); the entry count."""
    from intstrat.atomic import write_text

    text, count = dump(results, target)
    write_text(target, text, protect=list(protect))
    return count


def _bad(path: Path, detail: str) -> UsageError:
    return UsageError(N_("{path}: not a baseline written by --write-baseline ({detail})"),
                      path=str(path), detail=detail)


def parse(text: str, path: Path) -> Baseline:
    """Read a baseline's text; anything else than the documented shape is a usage error."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _bad(path, str(exc)) from None
    if not isinstance(data, dict) or data.get(VERSION_KEY) != VERSION:
        raise _bad(path, f'"{VERSION_KEY}": {VERSION}')
    listed = data.get("findings")
    if not isinstance(listed, list):
        raise _bad(path, '"findings": [...]')
    entries: dict[str, list[Identity]] = {}
    for number, item in enumerate(listed, 1):
        if (not isinstance(item, dict) or not all(k in item for k in _ENTRY_KEYS)
                or not all(isinstance(item[k], str) for k in _ENTRY_KEYS[:4])
                or not isinstance(item["args"], dict)):
            raise _bad(path, f"findings[{number - 1}]")
        args = tuple((str(name), plain(value)) for name, value in item["args"].items())
        entries.setdefault(item["file"], []).append(
            (item["rule"], item["pointer"], item["key"], args))
    return Baseline(path.resolve().parent, entries)


def load(path: Path) -> Baseline:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(N_("{path}: no such file"), path=str(path)) from None
    except OSError as exc:
        raise _bad(path, exc.strerror or type(exc).__name__) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(path, "UTF-8") from None
    return parse(text, path)


def _stale(r: FileResult, left: Counter[Identity], options: AuditOptions) -> list[Finding]:
    rules = all_rules()
    if not options.enabled(STALE_RULE):
        return []
    severity = options.level(STALE_RULE, rules[STALE_RULE].severity)
    out = []
    for (rule, where, _key, _args), count in sorted(left.items()):
        # An entry of a rule switched off now may be needed with other settings: left alone.
        if count <= 0 or rule not in rules or not options.enabled(rule):
            continue
        message = "stale" if where else "stale_file"
        for _ in range(count):
            out.append(make_finding(r.path, 1, 1, STALE_RULE, severity, message,
                                    {"rule": rule, "where": where} if where else {"rule": rule},
                                    where))
    return out


def _without(points: tuple[PointStatus, ...], old: set[int]) -> tuple[PointStatus, ...]:
    return tuple(p._replace(findings=tuple(f for f in p.findings if id(f) not in old))
                 for p in points)


def apply_one(r: FileResult, baseline: Baseline, options: AuditOptions) -> FileResult:
    recorded = baseline.entries.get(baseline.file_key(r.path))
    if not recorded:
        return r
    left = Counter(recorded)
    new: list[Finding] = []
    old: list[Finding] = []
    for f in r.findings:
        if left[f.identity] > 0:
            left[f.identity] -= 1
            old.append(f)
        else:
            new.append(f)
    hidden = {id(f) for f in old}
    return r._replace(
        findings=tuple(sorted([*new, *_stale(r, left, options)])),
        checklist=_without(r.checklist, hidden),
        sections=_without(r.sections, hidden),
        baselined=tuple(old),
    )


def apply(results: Sequence[FileResult], baseline: Baseline,
          options: AuditOptions) -> list[FileResult]:
    """`results` with the baseline's findings moved to `FileResult.baselined`, and SU02 for
    the entries of these files that matched nothing."""
    return [apply_one(r, baseline, options) for r in results]
