"""`intstrat check --show-settings PATH...`: the settings each file is checked with, and whence.

Business logic stays in `check.config`; this only words what `Finder` resolved, in the user's
language. Setting names are the configuration's keys (data, not translated).
"""

from __future__ import annotations

from collections.abc import Sequence

from intstrat.check.audit import AuditOptions
from intstrat.check.config import Config, Finder
from intstrat.i18n import system_language, translator
from intstrat.terminal import printable


def show(
    jobs: Sequence[tuple[str, AuditOptions, str | None]],
    finder: Finder,
    run: Config,
    lang: str | None,
    fail_on: str | None,
    fail_under: float | None,
) -> str:
    """One block per file: the configuration file in force, then every setting's value."""
    tr = translator(lang or run.lang or system_language())
    none = tr.gettext("none")
    every_rule = tr.gettext("every rule")
    as_defined = tr.gettext("as each rule defines")
    from_strategy = tr.gettext("the strategy language, else the locale")
    out: list[str] = []
    for path, options, shown in jobs:
        name = shown or path
        found = finder.for_path(name)
        if found.source is not None:
            source = tr.gettext("configuration: {path}", path=found.source)
        elif finder.fixed is not None:
            source = tr.gettext("configuration: none (--no-config)")
        else:
            source = tr.gettext("configuration: none found; the defaults apply")
        severity = ", ".join(f"{rule}={level.name.lower()}"
                             for rule, level in sorted((options.severity or {}).items()))
        extra = found.ignores_for(name)
        under = fail_under if fail_under is not None else run.fail_under
        lines = [
            printable(name),
            "  " + source,
            f"  select: {', '.join(options.select) or every_rule}",
            f"  ignore: {', '.join(options.ignore) or none}",
            f"  per-file-ignores: {', '.join(extra) or none}",
            f"  severity: {severity or as_defined}",
            f"  lang: {options.lang or from_strategy}",
            f"  fail-on: {fail_on or (run.fail_on.name.lower() if run.fail_on else 'error')}",
            f"  fail-under: {under if under is not None else none}",
            "  max-size: " + tr.ngettext("{n} byte", "{n} bytes", options.max_size),
            # The configuration's own literal: the value as it is written in the file.
            f"  require-evidence: {'true' if options.require_evidence else 'false'}",
        ]
        out.append("\n".join(lines))
    if run.source is not None and any(finder.for_path(j[2] or j[0]) is not run for j in jobs):
        out.append(tr.gettext("fail-on and fail-under of the run come from {path}",
                              path=run.source))
    return "\n\n".join(out) + "\n"
