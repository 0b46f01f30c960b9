"""Project configuration: `[tool.intstrat]` in pyproject.toml or `.intstrat.toml`, strictly read."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from intstrat.errors import ConfigError
from intstrat.findings import Severity
from intstrat.i18n import N_, P_, Label, languages

CONFIG_FILE = ".intstrat.toml"
PYPROJECT = "pyproject.toml"
LEVELS = ("error", "warning", "info", "note")  # note: the reports' word for info
KEYS = ("select", "ignore", "severity", "fail-on", "fail-under", "lang", "per-file-ignores",
        "hollow", "require-evidence")


class Config(NamedTuple):
    """What a configuration file decided; every field is optional, `None` or empty = not set.

    `root` is the folder of the configuration file: `per-file-ignores` globs are relative to it
    (None: no file, the current folder).
    """

    source: Path | None = None
    root: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: Mapping[str, Severity] = MappingProxyType({})
    fail_on: Severity | None = None
    fail_under: float | None = None
    lang: str | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The project's own phrases for hollow text, added to the bundled lexicon
    # (rules/hollow_words.py).
    hollow: tuple[str, ...] = ()
    # `require-evidence = true`: as `check --require-evidence` for the files under this config.
    require_evidence: bool = False

    def ignores_for(self, path: str) -> tuple[str, ...]:
        """The rule ids and prefixes that `per-file-ignores` switches off for `path`."""
        if not self.per_file_ignores or path == "-":
            return ()
        absolute = Path(os.path.abspath(path))
        root = self.root or Path.cwd()
        try:
            relative = absolute.relative_to(root.resolve()).as_posix()
        except ValueError:
            try:
                relative = absolute.relative_to(root.absolute()).as_posix()
            except ValueError:
                return ()
        out: list[str] = []
        for pattern, rules in self.per_file_ignores:
            if glob_match(pattern, relative):
                out.extend(rules)
        return tuple(out)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest configuration upward from `start` (default: the current folder).

    A folder counts when it holds `.intstrat.toml` or a `pyproject.toml` with a `[tool.intstrat]`
    table; the search stops at the first such folder, and `.intstrat.toml` wins there. A
    pyproject.toml without that table is passed by, so a sub-project's own pyproject does not
    hide the repository's configuration.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _may_name_table(data: bytes) -> bool:
    """False when this pyproject.toml cannot hold `[tool.intstrat]`: the word stands only in
    comments, in values (`name = "intstrat"`, `"intstrat>=1",` in a list) or in keys of other
    tables (`[project.scripts] intstrat = …`), as in a project that merely uses intstrat. Then
    the file need not be parsed (loading tomllib costs 3 ms of a check); in doubt, True."""
    table = b""
    for raw in data.splitlines():
        line = raw.strip()
        if line.startswith(b"["):
            header = line.split(b"#")[0]
            if b"intstrat" in header:
                return True
            table = bytes(c for c in header if c not in b"[] \t\"'")
            continue
        if b"intstrat" not in line or line.startswith(b"#"):
            continue
        key, equals, value = line.partition(b"=")
        if not equals:
            continue  # a line of a multi-line list or string: a value
        if b"intstrat" in key:
            if table in (b"", b"tool"):
                return True  # `tool.intstrat.lang = …` at the top, `intstrat = …` under [tool]
        elif table == b"" and b"{" in value:
            return True  # `tool = { intstrat = … }`
    return False


def _has_tool_table(pyproject: Path) -> bool:
    try:
        if not _may_name_table(pyproject.read_bytes()):
            return False  # most pyproject.toml files: no need to parse them
    except OSError as exc:
        # It may hold the settings: going on with the defaults would check something else.
        raise ConfigError(
            N_("{path}: cannot be read: {reason}"), path=pyproject, reason=exc.strerror or exc
        ) from None
    data = _read_toml(pyproject)
    tool = data.get("tool")
    return isinstance(tool, dict) and "intstrat" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when a configuration file exists: it costs start-up time

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(N_("{path}: not valid TOML: {reason}"), path=path, reason=exc) from None
    except RecursionError:
        raise ConfigError(N_("{path}: nested too deeply to be a configuration"),
                          path=path) from None
    except OSError as exc:
        raise ConfigError(
            N_("{path}: cannot be read: {reason}"), path=path, reason=exc.strerror or exc
        ) from None


def load_config(path: Path) -> Config:
    """Read and check one configuration file; unknown keys and rule ids are errors."""
    data = _read_toml(path)
    if path.name == PYPROJECT:
        tool = data.get("tool", {})
        table = tool.get("intstrat") if isinstance(tool, dict) else None
        if table is None:
            raise ConfigError(N_("{path}: has no [tool.intstrat] table"), path=path)
        where = "[tool.intstrat]"
    else:
        table = data
        where = path.name
    if not isinstance(table, dict):
        raise ConfigError(N_("{path}: {where} must be a table"), path=path, where=where)
    return parse_table(table, path, where)


# What a configuration value must be, shown inside "'{key}' in {where} must be {expected}".
_SEVERITY_TABLE = P_("config-expected", 'a table of rule id = "error" | "warning" | "info"')
_PERCENT = P_("config-expected", "a number from 0 to 100")
_GLOB_TABLE = P_("config-expected", "a table of glob = [rule ids]")
_RULE_LIST = P_("config-expected", "a list of rule ids or prefixes")
_PHRASES = P_("config-expected", "a list of phrases (non-empty strings)")
_BOOLEAN = P_("config-expected", "true or false")


def _quoted(values: Iterable[str]) -> str:
    return ", ".join(f'"{v}"' for v in values)


def parse_table(table: Mapping[str, Any], path: Path, where: str) -> Config:
    """Turn a configuration table into a Config, naming the first bad key or value."""
    unknown = [key for key in table if key not in KEYS]
    if unknown:
        import difflib

        key = unknown[0]
        close = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1)
        if close:
            raise ConfigError(
                N_("{path}: unknown key '{key}' in {where}; did you mean '{close}'?"),
                path=path, key=key, where=where, close=close[0],
            )
        raise ConfigError(
            N_("{path}: unknown key '{key}' in {where} (known keys: {known})"),
            path=path, key=key, where=where, known=", ".join(KEYS),
        )

    def bad(key: str, expected: Label) -> ConfigError:
        return ConfigError(
            N_("{path}: '{key}' in {where} must be {expected}, found {found}"),
            path=path, key=key, where=where, expected=expected, found=repr(table[key]),
        )

    def not_one_of(key: str, choices: Iterable[str]) -> ConfigError:
        return ConfigError(
            N_("{path}: '{key}' in {where} must be one of {choices}, found {found}"),
            path=path, key=key, where=where, choices=_quoted(choices), found=repr(table[key]),
        )

    select = ignore = None
    if "select" in table:
        select = rule_specs(_strings(table, "select", bad), f"{path}: 'select' in {where}")
    if "ignore" in table:
        ignore = rule_specs(_strings(table, "ignore", bad), f"{path}: 'ignore' in {where}")
    severity: dict[str, Severity] = {}
    if "severity" in table:
        levels = table["severity"]
        if not isinstance(levels, dict):
            raise bad("severity", _SEVERITY_TABLE)
        severity = severity_overrides(levels, f"{path}: 'severity' in {where}")
    fail_on = None
    if "fail-on" in table:
        value = table["fail-on"]
        if value not in LEVELS:
            raise not_one_of("fail-on", LEVELS)
        fail_on = Severity.parse(value)
    fail_under = None
    if "fail-under" in table:
        value = table["fail-under"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise bad("fail-under", _PERCENT)
        fail_under = float(value)
    lang = None
    if "lang" in table:
        if table["lang"] not in languages():
            raise not_one_of("lang", languages())
        lang = str(table["lang"])
    per_file: list[tuple[str, tuple[str, ...]]] = []
    if "per-file-ignores" in table:
        globs = table["per-file-ignores"]
        if not isinstance(globs, dict):
            raise bad("per-file-ignores", _GLOB_TABLE)
        for pattern, rules in globs.items():
            label = f"{path}: 'per-file-ignores' entry '{pattern}' in {where}"
            if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
                raise ConfigError(
                    N_("{label} must be a list of rule ids, found {found}"),
                    label=label, found=repr(rules),
                )
            check_glob(pattern, label)
            per_file.append((pattern, rule_specs(rules, label)))
    hollow: tuple[str, ...] = ()
    if "hollow" in table:
        value = table["hollow"]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise bad("hollow", _PHRASES)
        hollow = tuple(value)
    require_evidence = table.get("require-evidence", False)
    if not isinstance(require_evidence, bool):
        raise bad("require-evidence", _BOOLEAN)
    return Config(
        source=path,
        root=path.parent.resolve(),
        select=select,
        ignore=ignore,
        severity=severity,
        fail_on=fail_on,
        fail_under=fail_under,
        lang=lang,
        per_file_ignores=tuple(per_file),
        hollow=hollow,
        require_evidence=require_evidence,
    )


def _strings(table: Mapping[str, Any], key: str, bad: Any) -> list[str]:
    value = table[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise bad(key, _RULE_LIST)
    return list(value)


def rule_specs(specs: Iterable[str], label: str) -> tuple[str, ...]:
    """Rule ids or prefixes (`CL07`, `CS`), upper-cased; one that matches no rule is an error."""
    from intstrat.rules import all_rules

    known = all_rules()
    out: list[str] = []
    for raw in specs:
        spec = raw.strip().upper()
        if not spec or not any(rule.startswith(spec) for rule in known):
            import difflib

            close = difflib.get_close_matches(spec, list(known), n=1)
            if close:
                raise ConfigError(
                    N_("{label}: unknown rule id '{rule}'; did you mean '{close}'?"),
                    label=label, rule=raw, close=close[0],
                )
            raise ConfigError(
                N_("{label}: unknown rule id '{rule}' (see `intstrat rules`)"),
                label=label, rule=raw,
            )
        out.append(spec)
    return tuple(out)


def severity_overrides(levels: Mapping[str, Any], label: str) -> dict[str, Severity]:
    """Rule id (or prefix) → severity; a longer, more specific id wins over a prefix."""
    from intstrat.rules import all_rules

    known = all_rules()
    out: dict[str, Severity] = {}
    for spec in sorted(levels, key=len):
        (clean,) = rule_specs([spec], label)
        value = levels[spec]
        if value not in LEVELS:
            raise ConfigError(
                N_("{label}: '{spec}' must be one of {choices}, found {found}"),
                label=label, spec=spec, choices=_quoted(LEVELS), found=repr(value),
            )
        for rule in known:
            if rule.startswith(clean):
                out[rule] = Severity.parse(value)
    return out


_GLOB_CACHE: dict[str, re.Pattern[str]] = {}
MAX_GLOB_LENGTH = 1000
MAX_GLOB_STARS = 10
"""A per-file-ignores glob has at most this many `*` (after `**/**/` is folded into one)."""


def check_glob(pattern: str, label: str) -> None:
    """A glob that can be matched quickly, or a ConfigError naming it and the limit."""
    folded = _fold(pattern)
    if len(folded) > MAX_GLOB_LENGTH or folded.count("*") > MAX_GLOB_STARS:
        raise ConfigError(
            N_("{label}: the glob is too complex (at most {length} characters and {stars} "
               "'*')"), label=label, length=MAX_GLOB_LENGTH, stars=MAX_GLOB_STARS,
        )
    try:
        re.compile(_glob_regex(folded))
    except re.error as exc:
        raise ConfigError(N_("{label}: not a valid glob: {reason}"), label=label,
                          reason=exc.msg) from None


def _fold(pattern: str) -> str:
    """`**/**/x` means `**/x`: folded, so repeated `**/` cannot make matching exponential."""
    bare = pattern[2:] if pattern.startswith("./") else pattern
    while "**/**/" in bare:
        bare = bare.replace("**/**/", "**/")
    return bare


def glob_match(pattern: str, relative: str) -> bool:
    """Match a path (posix, relative to the config folder) against a glob.

    `*` and `?` stay inside one folder, `**` spans folders, `[abc]` is a class; a pattern
    without a slash also matches the file name alone (`"*-draft.yaml"`).
    """
    regex = _GLOB_CACHE.get(pattern)
    if regex is None:
        regex = _GLOB_CACHE[pattern] = re.compile(_glob_regex(_fold(pattern)))
    if regex.fullmatch(relative):
        return True
    return "/" not in pattern and regex.fullmatch(relative.rsplit("/", 1)[-1]) is not None


def _glob_regex(pattern: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                out.append(re.escape(char))
            else:
                body = pattern[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = end
        else:
            out.append(re.escape(char))
        i += 1
    # A folder pattern ("drafts/") covers everything below it.
    if pattern.endswith("/"):
        out.append(".*")
    return "".join(out)


def resolve(explicit: str | None, disabled: bool, start: Path | None = None) -> Config:
    """The configuration in force: `--config FILE`, none with `--no-config`, else the nearest."""
    if disabled:
        return Config()
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(N_("{path}: no such configuration file"), path=explicit)
        return load_config(path)
    found = find_config(start)
    return load_config(found) if found is not None else Config()


def repository_root(start: Path | None = None) -> Path:
    """The folder that CI reports make paths relative to.

    The CI checkout (GITHUB_WORKSPACE, CI_PROJECT_DIR) when the current folder lies in it, else
    the nearest folder upward holding `.git`, else the current folder.
    """
    here = (start or Path.cwd()).resolve()
    for var in ("GITHUB_WORKSPACE", "CI_PROJECT_DIR"):
        value = os.environ.get(var)
        if value:
            workspace = Path(value).resolve()
            if here == workspace or workspace in here.parents:
                return workspace
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


class Finder:
    """The configuration of each checked file: the nearest one upward from the file's folder.

    As ruff does it: in a monorepo every project's strategies follow that project's
    `.intstrat.toml` or `[tool.intstrat]`. `--config FILE` (one file for all) and
    `--no-config` (none) switch the search off. Each folder is searched and each file read
    once per run.
    """

    def __init__(self, explicit: str | None = None, disabled: bool = False) -> None:
        self.fixed = resolve(explicit, disabled) if explicit is not None or disabled else None
        self._folders: dict[Path, Config] = {}
        self._files: dict[Path, Config] = {}

    def for_path(self, path: str) -> Config:
        """The settings in force for `path` ('-': standard input, looked up from here)."""
        if self.fixed is not None:
            return self.fixed
        where = Path.cwd() if path == "-" else Path(os.path.abspath(path))
        folder = where if where.is_dir() else where.parent
        config = self._folders.get(folder)
        if config is None:
            found = find_config(folder)
            if found is None:
                config = Config()
            else:
                config = self._files.get(found) or load_config(found)
                self._files[found] = config
            self._folders[folder] = config
        return config
