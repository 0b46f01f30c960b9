"""Configuration in pyproject.toml / .intstrat.toml: found upward, strict, overridden by options."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_intstrat

from intstrat.check.config import Config, find_config, glob_match, load_config
from intstrat.errors import ConfigError
from intstrat.findings import Severity

ENV = {"GITHUB_ACTIONS": "", "NO_COLOR": "1"}


def _draft(folder: Path, name: str = "draft.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copy(EXAMPLES / "draft.yaml", target)
    return target


def _rules(result_stdout: str) -> list[str]:
    (entry,) = json.loads(result_stdout)["files"]
    return sorted({f["rule"] for f in entry["findings"]})


def _check_json(cwd: Path, *args: str) -> tuple[int, list[str], str]:
    result = run_intstrat("check", "--format", "json", *args, cwd=cwd, env=ENV)
    rules = _rules(result.stdout) if result.returncode in (0, 1) else []
    return result.returncode, rules, result.stderr


# --- finding the file -----------------------------------------------------------------------


def test_found_upward_and_the_nearest_folder_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.intstrat]\nlang = "de"\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / ".intstrat.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert find_config(deep) == tmp_path / "a" / ".intstrat.toml"


def test_intstrat_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.intstrat]\nlang = "de"\n', encoding="utf-8")
    (tmp_path / ".intstrat.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / ".intstrat.toml"


def test_a_pyproject_without_the_table_is_passed_by(tmp_path: Path) -> None:
    (tmp_path / ".intstrat.toml").write_text('lang = "de"\n', encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(sub) == tmp_path / ".intstrat.toml"


# pyproject.toml texts, and whether they hold [tool.intstrat]. Those that do must be found; of
# those that do not, the ones that only mention intstrat (a project that uses it) are passed by
# without parsing the TOML at all (tomllib costs 3 ms of start-up; docs/benchmarks.md).
PYPROJECTS = [
    ('[tool.intstrat]\nlang = "de"\n', True),
    ('[ tool . intstrat ]\nlang = "de"\n', True),
    ('[tool."intstrat"]\nlang = "de"\n', True),
    ('[tool]\nintstrat = { lang = "de" }\n', True),
    ("[tool]\n'intstrat'.lang = 'de'\n", True),
    ('tool.intstrat.lang = "de"\n', True),
    ('tool = { intstrat = { lang = "de" } }\n', True),
    ('[tool.intstrat.severity]\nCL01 = "warning"\n', True),
    ('[project]\nname = "intstrat-strategy"\ndependencies = [\n  "intstrat>=0.1",\n]\n', False),
    ('[project]\nauthors = [{ name = "The intstrat team" }]\n# intstrat settings: none\n', False),
    ('[project.scripts]\nintstrat = "intstrat.cli:main"\n', False),
    ('[tool.hatch]\nintstrat.lang = "de"\n', False),
    ('[tool] # intstrat below?\nx = 1\n[tool.ruff]\nline-length = 99\n', False),
]


@pytest.mark.parametrize(("text", "has_table"), PYPROJECTS)
def test_a_pyproject_is_found_exactly_when_it_holds_the_table(
    tmp_path: Path, text: str, has_table: bool
) -> None:
    import tomllib

    from intstrat.check.config import _may_name_table

    data = tomllib.loads(text)
    tool = data.get("tool")
    assert (isinstance(tool, dict) and "intstrat" in tool) is has_table  # the case is right
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    assert find_config(tmp_path) == (tmp_path / "pyproject.toml" if has_table else None)
    # Passed by without parsing: every text here that lacks the table only mentions the word.
    assert _may_name_table(text.encode()) is has_table


def test_every_key_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        "[tool.intstrat]\n"
        'select = ["CL", "cs"]\n'
        'ignore = ["CL19"]\n'
        'fail-on = "warning"\n'
        "fail-under = 75\n"
        'lang = "de"\n'
        "[tool.intstrat.severity]\n"
        'CO = "info"\n'
        'CO04 = "error"\n'
        "[tool.intstrat.per-file-ignores]\n"
        '"drafts/**" = ["CL", "CS01"]\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.select == ("CL", "CS")
    assert config.ignore == ("CL19",)
    assert config.fail_on is Severity.WARNING
    assert config.fail_under == 75.0
    assert config.lang == "de"
    # The more specific id wins over its prefix.
    assert config.severity["CO04"] is Severity.ERROR
    assert config.severity["CO01"] is Severity.INFO
    assert config.per_file_ignores == (("drafts/**", ("CL", "CS01")),)
    assert config.root == tmp_path.resolve()


# --- strictness -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('fail_on = "error"\n', "unknown key 'fail_on' in .intstrat.toml; did you mean 'fail-on'?"),
        ('colour = "always"\n', "unknown key 'colour' in .intstrat.toml (known keys: select,"),
        ('select = ["CL99"]\n', "'select' in .intstrat.toml: unknown rule id 'CL99'"),
        ('ignore = ["XY"]\n', "'ignore' in .intstrat.toml: unknown rule id 'XY'"),
        ("[severity]\nCL77 = \"info\"\n", "'severity' in .intstrat.toml: unknown rule id 'CL77'"),
        ('[severity]\nCL07 = "fatal"\n', "'CL07' must be one of \"error\", \"warning\", \"info\""),
        ('fail-on = "fatal"\n', "'fail-on' in .intstrat.toml must be one of"),
        ("fail-under = 120\n", "'fail-under' in .intstrat.toml must be a number from 0 to 100"),
        ('lang = "fr"\n', "'lang' in .intstrat.toml must be one of \"en\", \"de\""),
        ('[per-file-ignores]\n"a/*" = ["ZZ01"]\n', "entry 'a/*'"),
        ('[per-file-ignores]\n"a/*" = "CL07"\n', "must be a list of rule ids"),
        ("select = [\n", "not valid TOML"),
    ],
    ids=["underscore-key", "unknown-key", "select-id", "ignore-prefix", "severity-id",
         "severity-level", "fail-on", "fail-under", "lang", "per-file-id", "per-file-type",
         "toml-syntax"],
)
def test_bad_configuration_exits_2_naming_the_key(tmp_path: Path, text: str,
                                                   message: str) -> None:
    (tmp_path / ".intstrat.toml").write_text(text, encoding="utf-8")
    _draft(tmp_path)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / ".intstrat.toml")
    assert message in str(caught.value)
    assert str(tmp_path / ".intstrat.toml") in str(caught.value)
    result = run_intstrat("check", "draft.yaml", cwd=tmp_path, env=ENV)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_bad_pyproject_table_names_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.intstrat]\nselekt = ["CL"]\n',
                                             encoding="utf-8")
    _draft(tmp_path)
    result = run_intstrat("check", "draft.yaml", cwd=tmp_path, env=ENV)
    assert result.returncode == 2
    assert "unknown key 'selekt' in [tool.intstrat]; did you mean 'select'?" in result.stderr


def test_missing_config_file_and_unknown_rule_on_the_command_line(tmp_path: Path) -> None:
    _draft(tmp_path)
    missing = run_intstrat("check", "draft.yaml", "--config", "nope.toml", cwd=tmp_path, env=ENV)
    assert missing.returncode == 2 and "nope.toml: no such configuration file" in missing.stderr
    bad = run_intstrat("check", "draft.yaml", "--select", "CL07,QQ", cwd=tmp_path, env=ENV)
    assert bad.returncode == 2 and "--select: unknown rule id 'QQ'" in bad.stderr


# --- effect on a check ------------------------------------------------------------------------


def test_select_ignore_and_command_line_override(tmp_path: Path) -> None:
    _draft(tmp_path)
    (tmp_path / ".intstrat.toml").write_text('select = ["CO"]\nignore = ["CO04"]\n',
                                             encoding="utf-8")
    code, rules, _ = _check_json(tmp_path, "draft.yaml")
    assert (code, rules) == (1, ["CO03"])
    # Options on the command line replace the file's lists.
    # --select replaces the file's select; the file's ignore still holds.
    code, rules, _ = _check_json(tmp_path, "draft.yaml", "--select", "CO04,SC")
    assert rules == ["SC02"]
    code, rules, _ = _check_json(tmp_path, "draft.yaml", "--ignore", "CO03")
    assert rules == ["CO04"]
    code, rules, _ = _check_json(tmp_path, "draft.yaml", "--no-config", "--select", "SC")
    assert rules == ["SC02"]


def test_severity_fail_on_and_fail_under_from_the_file(tmp_path: Path) -> None:
    _draft(tmp_path)
    config = tmp_path / ".intstrat.toml"
    config.write_text('select = ["CO04"]\n', encoding="utf-8")
    assert _check_json(tmp_path, "draft.yaml")[0] == 0  # a warning does not fail by default
    config.write_text('select = ["CO04"]\nfail-on = "warning"\n', encoding="utf-8")
    assert _check_json(tmp_path, "draft.yaml")[0] == 1
    assert _check_json(tmp_path, "draft.yaml", "--fail-on", "error")[0] == 0
    config.write_text('select = ["CO04"]\n[severity]\nCO04 = "error"\n', encoding="utf-8")
    result = run_intstrat("check", "--format", "json", "draft.yaml", cwd=tmp_path, env=ENV)
    assert result.returncode == 1
    (entry,) = json.loads(result.stdout)["files"]
    assert [f["severity"] for f in entry["findings"]] == ["error"]
    config.write_text('select = ["CO04"]\nfail-under = 90\n', encoding="utf-8")
    # Points switched off count as passed: 100 %, and CO04 only warns.
    assert _check_json(tmp_path, "draft.yaml")[0] == 0
    # CL02 fails but only as a note: the score (28 of 29 points) decides alone.
    config.write_text('select = ["CL02"]\nfail-under = 99\n[severity]\nCL02 = "info"\n',
                      encoding="utf-8")
    assert _check_json(tmp_path, "draft.yaml")[0] == 1
    assert _check_json(tmp_path, "draft.yaml", "--fail-under", "96")[0] == 0


def test_lang_from_the_file_and_from_the_command_line(tmp_path: Path) -> None:
    _draft(tmp_path)
    (tmp_path / ".intstrat.toml").write_text('lang = "de"\nselect = ["SC02"]\n',
                                             encoding="utf-8")
    german = run_intstrat("check", "draft.yaml", cwd=tmp_path, env=ENV)
    assert "unbekannter Schlüssel 'frequncy'" in german.stdout
    english = run_intstrat("check", "draft.yaml", "--lang", "en", cwd=tmp_path, env=ENV)
    assert "unknown key 'frequncy'" in english.stdout


def test_per_file_ignores_are_relative_to_the_config_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.intstrat]\nselect = ["SC02", "CO"]\n'
        '[tool.intstrat.per-file-ignores]\n"drafts/**" = ["SC"]\n"*-old.yaml" = ["CO03"]\n',
        encoding="utf-8",
    )
    _draft(tmp_path / "drafts" / "deep")
    _draft(tmp_path / "final")
    _draft(tmp_path / "final", "plan-old.yaml")
    # Run from a sub-folder: the globs still count from the folder of pyproject.toml.
    result = run_intstrat("check", "--format", "json", "..", cwd=tmp_path / "final", env=ENV)
    files = {Path(e["path"]).as_posix(): sorted({f["rule"] for f in e["findings"]})
             for e in json.loads(result.stdout)["files"]}
    assert files == {
        "../drafts/deep/draft.yaml": ["CO03", "CO04"],
        "../final/draft.yaml": ["CO03", "CO04", "SC02"],
        "../final/plan-old.yaml": ["CO04", "SC02"],
    }


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("drafts/**", "drafts/a.yaml", True),
        ("drafts/**", "drafts/x/y/a.yaml", True),
        ("drafts/*", "drafts/x/a.yaml", False),
        ("**/old/*.yaml", "old/a.yaml", True),
        ("**/old/*.yaml", "x/y/old/a.yaml", True),
        ("*.yaml", "deep/down/a.yaml", True),  # no slash: the file name alone
        ("a?.yaml", "ab.yaml", True),
        ("[!a]b.yaml", "ab.yaml", False),
        ("./final/*.yaml", "final/x.yaml", True),
        ("drafts/", "drafts/x/a.yaml", True),
        ("final/*.yml", "final/x.yaml", False),
    ],
)
def test_glob_match(pattern: str, path: str, matches: bool) -> None:
    assert glob_match(pattern, path) is matches


def test_ignores_for_a_path_outside_the_config_folder(tmp_path: Path) -> None:
    config = Config(root=tmp_path / "project", per_file_ignores=(("**", ("CL",)),))
    assert config.ignores_for(str(tmp_path / "elsewhere" / "a.yaml")) == ()
    assert config.ignores_for(str(tmp_path / "project" / "a.yaml")) == ("CL",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('fail_on = "error"\n',
         "unbekannter Schlüssel 'fail_on' in .intstrat.toml; meinten Sie 'fail-on'?"),
        ('colour = "always"\n', "unbekannter Schlüssel 'colour' in .intstrat.toml (bekannt: "),
        ('select = ["CL99"]\n', "'select' in .intstrat.toml: unbekannte Regel-ID 'CL99'"),
        ("fail-under = 120\n",
         "'fail-under' in .intstrat.toml muss eine Zahl von 0 bis 100 sein, gefunden: 120"),
        ('lang = "fr"\n',
         "'lang' in .intstrat.toml muss einer der Werte \"en\", \"de\" sein, gefunden: 'fr'"),
        ('[severity]\nCL07 = "fatal"\n',
         "'CL07' muss einer dieser Werte sein: \"error\", \"warning\", \"info\", "
         "\"note\"; gefunden: 'fatal'"),
        ("select = [\n", "kein gültiges TOML"),
    ],
    ids=["underscore-key", "unknown-key", "select-id", "fail-under", "lang", "severity-level",
         "toml-syntax"],
)
def test_configuration_errors_in_german(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / ".intstrat.toml").write_text(text, encoding="utf-8")
    _draft(tmp_path)
    result = run_intstrat("check", "--lang", "de", "draft.yaml", cwd=tmp_path, env=ENV)
    assert result.returncode == 2
    assert result.stderr.startswith("intstrat: Fehler: ")
    assert message in result.stderr


def test_lang_in_the_configuration_accepts_every_available_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intstrat.i18n import SHIPPED_LOCALES, languages

    extra = tmp_path / "locales" / "fr"
    extra.mkdir(parents=True)
    shutil.copy(SHIPPED_LOCALES / "en" / "locale.json", extra / "locale.json")
    (tmp_path / ".intstrat.toml").write_text('lang = "fr"\n', encoding="utf-8")
    monkeypatch.setenv("INTSTRAT_LOCALE_PATH", str(tmp_path / "locales"))
    languages.cache_clear()
    try:
        assert load_config(tmp_path / ".intstrat.toml").lang == "fr"
    finally:
        monkeypatch.delenv("INTSTRAT_LOCALE_PATH")
        languages.cache_clear()
    with pytest.raises(ConfigError, match="must be one of \"en\", \"de\""):
        load_config(tmp_path / ".intstrat.toml")


# --- per file, as ruff: the nearest configuration upward from each file (issue 14.5) --------

def _monorepo(root: Path) -> None:
    (root / "pyproject.toml").write_text('[tool.intstrat]\nignore = ["CS"]\n')
    (root / "a").mkdir()
    (root / "a" / ".intstrat.toml").write_text('ignore = ["CL"]\n')
    _draft(root / "a")
    _draft(root / "b")


def test_each_file_follows_its_nearest_configuration(tmp_path: Path) -> None:
    _monorepo(tmp_path)
    result = run_intstrat("check", "--format", "json", "a/draft.yaml", "b/draft.yaml",
                          cwd=tmp_path, env=ENV)
    files = {entry["path"]: {f["rule"][:2] for f in entry["findings"]}
             for entry in json.loads(result.stdout)["files"]}
    assert "CL" not in files["a/draft.yaml"] and "CS" in files["a/draft.yaml"]
    assert "CS" not in files["b/draft.yaml"] and "CL" in files["b/draft.yaml"]
    # From inside a sub-folder too: the file's folder decides, not the current one.
    result = run_intstrat("check", "--format", "json", "../a/draft.yaml", cwd=tmp_path / "b",
                          env=ENV)
    assert "CL" not in {f["rule"][:2] for f in json.loads(result.stdout)["files"][0]["findings"]}


def test_config_option_applies_one_file_to_all(tmp_path: Path) -> None:
    _monorepo(tmp_path)
    code, rules, _ = _check_json(tmp_path, "--config", "pyproject.toml", "a/draft.yaml")
    assert code == 1 and any(r.startswith("CL") for r in rules)
    assert not any(r.startswith("CS") for r in rules)


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", ["a/draft.yaml", "  configuration: {root}/a/.intstrat.toml", "  ignore: CL",
                "  per-file-ignores: none", "  fail-on: error", "  max-size: 20971520 bytes"]),
        ("de", ["a/draft.yaml", "  Konfiguration: {root}/a/.intstrat.toml", "  ignore: CL",
                "  per-file-ignores: keine", "  max-size: 20971520 Byte"]),
    ],
)
def test_show_settings_names_the_file_and_every_setting(tmp_path: Path, lang: str,
                                                         lines: list[str]) -> None:
    _monorepo(tmp_path)
    result = run_intstrat("check", "--show-settings", "--lang", lang, "a/draft.yaml",
                          cwd=tmp_path, env=ENV)
    assert result.returncode == 0, result.stderr
    shown = result.stdout.splitlines()
    root = str(tmp_path.resolve())
    for line in lines:
        assert line.format(root=root) in shown, result.stdout


def test_show_settings_without_any_configuration(tmp_path: Path) -> None:
    _draft(tmp_path)
    result = run_intstrat("check", "--show-settings", "draft.yaml", cwd=tmp_path, env=ENV)
    assert result.returncode == 0
    assert "  configuration: none found; the defaults apply" in result.stdout.splitlines()
    result = run_intstrat("check", "--show-settings", "--no-config", "draft.yaml",
                          cwd=tmp_path, env=ENV)
    assert "  configuration: none (--no-config)" in result.stdout.splitlines()


def test_stdin_follows_the_configuration_of_its_stdin_filename(tmp_path: Path) -> None:
    _monorepo(tmp_path)
    data = (EXAMPLES / "draft.yaml").read_bytes()
    result = run_intstrat("check", "--format", "json", "-", "--stdin-filename", "a/draft.yaml",
                          cwd=tmp_path, env=ENV, stdin=data)
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["path"] == "a/draft.yaml"
    assert not any(f["rule"].startswith("CL") for f in entry["findings"])
