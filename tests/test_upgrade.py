"""`intstrat upgrade`: format 1 → format 2 through the real CLI, as a user runs it.

The examples are format 1: each is upgraded in a folder of the test's own, and the result must
be format 2, keep every comment and the order of every key, and differ from the input only in
the lines the upgrade means to change. What the upgrade cannot decide is a warning with the line
to fill in; those cases are data (UNDECIDED). Bad input gets `check`'s words and exit codes.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, run_intstrat
from hypothesis import given, settings
from hypothesis import strategies as st

from intstrat.check.load import load_text

AS_OF = "2026-12-01"  # fixed, so a financing source starting later stays "later"
EXAMPLE_FILES = ["strategy-en.yaml", "strategie-de.yaml", "draft.yaml"]
KINDS = "[companies, smes, startups, universities, research_institutes, other]"
NOTE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<level>\S+) (?P<text>.*) "
                  r"\[(?P<code>UP\d\d)\]$")

# The only lines an upgrade of the examples removes and adds (stripped).
REMOVED = {"intstrat: 1", "open_to_all_actors: true", "accepted_by_both: true",
           "developed_with_partners: true", "developed_with_partners: false"}
ADDED = {"intstrat: 2", f"invited: {KINDS}", f"open_to: {KINDS}", "status: signed",
         "status: committed", "status: planned"}
# What the line a note points at says (its key), per note code.
NOTE_KEYS = {"UP01": ("intstrat: 2",), "UP02": ("invited:",), "UP03": ("status:",),
             "UP04": ("status:",), "UP05": ("partners_involved:", "communication:"),
             "UP06": ("open_to:",), "UP07": ("status:",)}

# The examples as they were in format 1 (examples/ holds them in format 2 now).
EXAMPLES = REPO / "tests" / "data" / "format1"


def upgrade(*args: str, cwd: Path, stdin: bytes | None = None) -> Any:
    return run_intstrat("upgrade", *args, "--as-of", AS_OF, cwd=cwd, stdin=stdin)


def notes(stderr: str) -> list[re.Match[str]]:
    return [m for m in map(NOTE.match, stderr.splitlines()) if m is not None]


def comments(text: str) -> list[str]:
    """The comment lines of a strategy, in order (none of the examples has a `#` in a value)."""
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def key_paths(data: Any, prefix: str = "") -> list[str]:
    """Every key's data path, in the file's order."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            found.append(f"{prefix}.{key}")
            found.extend(key_paths(value, f"{prefix}.{key}"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(key_paths(value, f"{prefix}[{index}]"))
    return found


def read(path: Path) -> Any:
    doc, problems = load_text(path.read_text(encoding="utf-8"))
    assert doc is not None, problems
    return doc.data


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, Any]]:
    """Each example upgraded in place: (input text, output text, the run)."""
    folder = tmp_path_factory.mktemp("examples")
    done = {}
    for name in EXAMPLE_FILES:
        shutil.copy(EXAMPLES / name, folder / name)
        run = upgrade(name, cwd=folder)
        done[name] = ((EXAMPLES / name).read_text(encoding="utf-8"),
                      (folder / name).read_text(encoding="utf-8"), run)
    return done


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_an_example_upgrades_in_place_and_says_so(
    name: str, upgraded: dict[str, tuple[str, str, Any]]
) -> None:
    before, after, run = upgraded[name]
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout == ""
    assert before.count("\nintstrat: 1\n") == 1 and "\nintstrat: 2\n" in after
    assert f"{name}: upgraded to format 2" in run.stderr or \
        f"{name}: auf Format 2 umgestellt" in run.stderr


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_the_diff_shows_only_the_intended_lines(
    name: str, upgraded: dict[str, tuple[str, str, Any]]
) -> None:
    before, after, _ = upgraded[name]
    removed, added = [], []
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        (removed if line.startswith("-") else added).append(line[1:].strip())
    assert set(removed) <= REMOVED, set(removed) - REMOVED
    assert set(added) <= ADDED, set(added) - ADDED
    sources = read(EXAMPLES / name)["financing"]["sources"]
    assert sum(1 for a in added if a.startswith("status: c") or a == "status: planned") == \
        len(sources)


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_every_comment_and_the_order_of_every_key_stay(
    name: str, upgraded: dict[str, tuple[str, str, Any]]
) -> None:
    before, after, _ = upgraded[name]
    assert comments(after) == comments(before)
    assert comments(before), "the examples have comments to keep"
    old = read(EXAMPLES / name)
    new_doc, _ = load_text(after)
    assert new_doc is not None
    replaced = {"open_to_all_actors": ("invited", "open_to"), "accepted_by_both": ("status",)}
    expected = []
    for path in key_paths(old):
        last = path.rsplit(".", 1)[-1]
        if last == "developed_with_partners":
            continue
        if last in replaced:
            prefix = path.rsplit(".", 1)[0]
            new = "invited" if prefix.endswith("kickoff") else replaced[last][-1]
            path = f"{prefix}.{new}"
        expected.append(path)
    got = [p for p in key_paths(new_doc.data)
           if not re.fullmatch(r"\.financing\.sources\[\d+\]\.status", p)]
    assert got == expected


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_the_output_has_the_shape_of_format_2(
    name: str, upgraded: dict[str, tuple[str, str, Any]]
) -> None:
    _, after, _ = upgraded[name]
    old = read(EXAMPLES / name)
    doc, _ = load_text(after)
    assert doc is not None
    new = doc.data
    assert new["intstrat"] == 2
    kickoff = new["measures"]["kickoff"]
    assert "open_to_all_actors" not in kickoff
    members = old["cluster"]["members"]
    assert kickoff["invited"] == [k for k in members if members[k] > 0]
    for agreement in new["partner_selection"]["agreements"]:
        assert "accepted_by_both" not in agreement
        signed = agreement["signed"] <= dt.date.fromisoformat(AS_OF)
        assert agreement["status"] == ("signed" if signed else "negotiating")
    communication = new["communication"]
    assert "developed_with_partners" not in communication
    assert "open_to_all_actors" not in communication
    assert communication["open_to"] == kickoff["invited"]
    for source in new["financing"]["sources"]:
        later = source["start"] > dt.date.fromisoformat(AS_OF)
        assert source["status"] == ("planned" if later else "committed")
    # Everything else is as it was.
    for section in ("cluster", "funding", "period", "needs_assessment", "project_selection",
                    "monitoring", "concept"):
        assert new.get(section) == old.get(section)


def test_the_upgraded_examples_validate_against_the_format_2_schema(
    upgraded: dict[str, tuple[str, str, Any]]
) -> None:
    import json

    schema = json.loads((REPO / "schemas" / "strategy.schema.json").read_text(encoding="utf-8"))
    assert 2 in schema["properties"]["intstrat"]["enum"]
    from intstrat.check.schema import validate

    for name, (before, after, _) in upgraded.items():
        doc, _ = load_text(after)
        old, _ = load_text(before)
        assert doc is not None and old is not None
        # The draft's deliberate typo ('frequncy') stays: the upgrade adds no error of its own.
        kept = {(p.rule, p.key, p.path) for p in validate(old)}
        assert [(p.rule, p.key, p.path) for p in validate(doc)
                if (p.rule, p.key, p.path) not in kept] == [], name


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_every_note_points_at_the_line_it_is_about(
    name: str, upgraded: dict[str, tuple[str, str, Any]]
) -> None:
    _, after, run = upgraded[name]
    lines = after.splitlines()
    found = notes(run.stderr)
    assert found, run.stderr
    for note in found:
        assert note["file"] == name
        text = lines[int(note["line"]) - 1]
        assert text[int(note["col"]) - 1:].startswith(NOTE_KEYS[note["code"]]), note.group(0)
    codes = {n["code"] for n in found}
    assert {"UP01", "UP02", "UP03", "UP04", "UP05", "UP06", "UP07"} <= codes
    warnings = [n for n in found if n["level"] in ("warning", "Warnung")]
    # signed_by is unknown for every signed agreement (the upgrade cannot know the names).
    signed = sum(1 for a in read(EXAMPLES / name)["partner_selection"]["agreements"]
                 if a.get("accepted_by_both"))
    assert sum(1 for n in found if n["code"] == "UP04") == signed
    assert all(n["code"] in ("UP04", "UP07") for n in warnings)


def test_the_english_notes_word_for_word(upgraded: dict[str, tuple[str, str, Any]]) -> None:
    _, _, run = upgraded["strategy-en.yaml"]
    lines = run.stderr.splitlines()
    assert lines[:2] == [
        "strategy-en.yaml:4:1: note format version 1 raised to 2 (intstrat: 2) [UP01]",
        f"strategy-en.yaml:78:5: note kick-off: open_to_all_actors replaced by invited: {KINDS}"
        " [UP02]",
    ]
    assert ("strategy-en.yaml:491:7: warning agreement with kr-honam: signed_by unknown: fill "
            "in who signed on each side (signed_by: cluster and partner, each as \"name, "
            "role\") [UP04]") in lines
    assert lines[-2:] == [
        "strategy-en.yaml: upgraded to format 2",
        "3 points the upgrade could not decide are left for you (the warnings above).",
    ]


def test_the_german_example_speaks_german_and_a_later_source_is_planned(
    upgraded: dict[str, tuple[str, str, Any]]
) -> None:
    _, _, run = upgraded["strategie-de.yaml"]
    assert "strategie-de.yaml:4:1: Hinweis Formatversion 1 auf 2 angehoben (intstrat: 2) [UP01]" \
        in run.stderr
    assert ("strategie-de.yaml:326:7: Warnung Finanzierungsquelle eu-folge: beginnt am "
            "2027-07-01, nach dem 2026-12-01, daher status: planned ergänzt; bitte bestätigen "
            "(committed, applied oder planned) [UP07]") in run.stderr
    assert "strategie-de.yaml: auf Format 2 umgestellt" in run.stderr


def test_lang_de_for_an_english_strategy(outside: Path) -> None:
    shutil.copy(EXAMPLES / "draft.yaml", outside / "draft.yaml")
    run = upgrade("draft.yaml", "--check", "--lang", "de", cwd=outside)
    assert run.returncode == 1
    assert "draft.yaml:4:1: Hinweis Formatversion 1 auf 2 angehoben (intstrat: 2) [UP01]" \
        in run.stderr
    assert "draft.yaml: würde auf Format 2 umgestellt (intstrat upgrade draft.yaml)" \
        in run.stderr
    help_run = run_intstrat("upgrade", "--help", "--lang", "de", cwd=outside)
    assert "Eine Strategie im Format 1 als Format 2 neu schreiben" in help_run.stdout


def test_upgrading_twice_is_nothing_to_do(outside: Path) -> None:
    shutil.copy(EXAMPLES / "draft.yaml", outside / "draft.yaml")
    assert upgrade("draft.yaml", cwd=outside).returncode == 0
    once = (outside / "draft.yaml").read_bytes()
    again = upgrade("draft.yaml", cwd=outside)
    assert again.returncode == 0
    assert again.stderr == "draft.yaml: already format 2, nothing to do\n"
    assert (outside / "draft.yaml").read_bytes() == once
    check = upgrade("draft.yaml", "--check", cwd=outside)
    assert (check.returncode, check.stdout) == (0, "")


def test_check_writes_nothing_and_exits_1_when_the_file_would_change(outside: Path) -> None:
    target = outside / "strategy.yaml"
    shutil.copy(EXAMPLES / "strategy-en.yaml", target)
    before = target.stat()
    run = upgrade("strategy.yaml", "--check", cwd=outside)
    assert run.returncode == 1, run.stderr
    assert run.stdout == ""
    assert run.stderr.splitlines()[-1] == \
        "strategy.yaml: would be upgraded to format 2 (intstrat upgrade strategy.yaml)"
    assert target.read_bytes() == (EXAMPLES / "strategy-en.yaml").read_bytes()
    assert target.stat().st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in outside.iterdir()) == ["strategy.yaml"]


def test_output_to_stdout_and_from_stdin(outside: Path) -> None:
    target = outside / "draft.yaml"
    shutil.copy(EXAMPLES / "draft.yaml", target)
    run = upgrade("draft.yaml", "-o", "-", cwd=outside)
    assert run.returncode == 0, run.stderr
    assert "\nintstrat: 2\n" in run.stdout and "status: signed" in run.stdout
    assert target.read_bytes() == (EXAMPLES / "draft.yaml").read_bytes()
    piped = upgrade("-", cwd=outside, stdin=target.read_bytes())
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == run.stdout
    assert "<stdin>:4:1: note format version 1 raised to 2" in piped.stderr


def test_output_to_another_file_names_both(outside: Path) -> None:
    shutil.copy(EXAMPLES / "draft.yaml", outside / "draft.yaml")
    (outside / "out").mkdir()
    run = upgrade("draft.yaml", "-o", "out/draft-2.yaml", cwd=outside)
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith("out/draft-2.yaml:4:1: note")
    assert "draft.yaml: upgraded to format 2, written to out/draft-2.yaml" in run.stderr
    assert (outside / "draft.yaml").read_bytes() == (EXAMPLES / "draft.yaml").read_bytes()
    assert "\nintstrat: 2\n" in (outside / "out" / "draft-2.yaml").read_text(encoding="utf-8")
    missing = upgrade("draft.yaml", "-o", "nowhere/draft-2.yaml", cwd=outside)
    assert missing.returncode == 2
    assert "nowhere/draft-2.yaml: the folder nowhere does not exist" in missing.stderr


def test_in_place_is_atomic_and_keeps_the_mode_and_the_link(outside: Path) -> None:
    target = outside / "strategy.yaml"
    shutil.copy(EXAMPLES / "strategy-en.yaml", target)
    target.chmod(0o640)
    inode = target.stat().st_ino
    (outside / "link.yaml").symlink_to("strategy.yaml")
    run = upgrade("link.yaml", cwd=outside)
    assert run.returncode == 0, run.stderr
    assert (outside / "link.yaml").is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    # Replaced by a rename of a complete temporary file, never written over in place.
    assert target.stat().st_ino != inode
    assert sorted(p.name for p in outside.iterdir()) == ["link.yaml", "strategy.yaml"]
    assert "\nintstrat: 2\n" in target.read_text(encoding="utf-8")


def test_line_endings_and_a_byte_order_mark_stay(outside: Path) -> None:
    crlf = outside / "crlf.yaml"
    crlf.write_bytes(b"intstrat: 1\r\nmeasures:\r\n  kickoff:\r\n    open_to_all_actors: true\r\n")
    assert upgrade("crlf.yaml", cwd=outside).returncode == 0
    assert crlf.read_bytes() == (b"intstrat: 2\r\nmeasures:\r\n  kickoff:\r\n    invited: "
                                 + KINDS.encode() + b"\r\n")
    bom = outside / "bom.yaml"
    bom.write_bytes(b"\xef\xbb\xbf# note\nintstrat: 1\n")
    assert upgrade("bom.yaml", cwd=outside).returncode == 0
    assert bom.read_bytes() == b"\xef\xbb\xbf# note\nintstrat: 2\n"


def test_a_removed_key_keeps_its_comments(outside: Path) -> None:
    (outside / "s.yaml").write_text(
        "intstrat: 1\n"
        "communication:\n"
        "  steered_by: Office   # the office\n"
        "  developed_with_partners: true   # agreed in May\n"
        "  # who took part:\n"
        "  partners_involved: [nl-h2]\n", encoding="utf-8")
    run = upgrade("s.yaml", "-o", "-", cwd=outside)
    assert run.returncode == 0, run.stderr
    assert run.stdout == (
        "intstrat: 2\n"
        "communication:\n"
        "  steered_by: Office   # the office\n"
        "  # agreed in May\n"
        "  # who took part:\n"
        "  partners_involved: [nl-h2]\n")


def test_a_status_added_at_the_end_goes_before_the_comments_that_follow(outside: Path) -> None:
    (outside / "s.yaml").write_text(
        "intstrat: 1\nfinancing:\n  sources:\n"
        "    - start: 2024-01-01  # started\n      # the next one is new\n"
        "    - start: 2024-01-01\n      amount_eur: 5   # five\n# end\n", encoding="utf-8")
    run = upgrade("s.yaml", "-o", "-", cwd=outside)
    assert run.returncode == 0, run.stderr
    assert run.stdout == (
        "intstrat: 2\nfinancing:\n  sources:\n"
        "    - start: 2024-01-01  # started\n      status: committed\n"
        "      # the next one is new\n"
        "    - start: 2024-01-01\n      amount_eur: 5   # five\n      status: committed\n"
        "# end\n")


def test_lines_ruamel_would_lay_out_otherwise_stay_as_written(outside: Path) -> None:
    text = ("intstrat: 1\n"
            "language:   en\n"
            "nothing: ~\n"
            "cluster:\n"
            "    name: Wide   Indent\n"
            "    vision: a plain text\n"
            "        over two lines\n"
            "measures:\n"
            "    kickoff: {date: 2024-03-01, open_to_all_actors: true}\n"
            "financing:\n"
            "    sources:\n"
            "        -   id: grant   # the grant\n"
            "            kind: public_funding\n"
            "            start: 2024-01-01\n")
    (outside / "s.yaml").write_text(text, encoding="utf-8")
    run = upgrade("s.yaml", "-o", "-", cwd=outside)
    assert run.returncode == 0, run.stderr
    assert run.stdout == text.replace("intstrat: 1", "intstrat: 2").replace(
        "open_to_all_actors: true", f"invited: {KINDS}").replace(
        "kind: public_funding\n", "kind: public_funding\n            status: committed\n")
    assert "[UP08]" not in run.stderr


def test_a_file_ruamel_cannot_rewrite_faithfully_is_left_alone(outside: Path) -> None:
    # The kick-off is shared through an alias: rewriting it would change the other place too.
    text = ("intstrat: 1\nmeasures:\n  kickoff: &k\n    open_to_all_actors: true\n"
            "other: *k\n")
    (outside / "s.yaml").write_text(text, encoding="utf-8")
    run = upgrade("s.yaml", cwd=outside)
    assert run.returncode == 1
    assert run.stderr == (
        "intstrat: error: s.yaml: the upgraded text would not hold the same data; nothing was "
        "written. Upgrade it by hand (README: Upgrading a format-1 strategy)\n")
    assert (outside / "s.yaml").read_text(encoding="utf-8") == text


@dataclass(frozen=True)
class Undecided:
    """A format-1 snippet the upgrade cannot fully decide: the warning and where it points."""

    id: str
    yaml: str
    line: int
    code: str
    text: str


BASE = ("intstrat: 1\n"
        "cluster:\n"
        "  members: {companies: 4, smes: 0, startups: 1}\n")
UNDECIDED = [
    Undecided("kickoff-false", BASE + "measures:\n  kickoff:\n    open_to_all_actors: false\n",
              6, "UP02", "kick-off: open_to_all_actors is false, so the upgrade cannot tell who "
              "is invited; fill in invited (the kinds of member whose staff are invited) and "
              "remove the flag"),
    Undecided("kickoff-audience", BASE + "measures:\n  kickoff:\n    open_to_all_actors: true\n"
              "    audience: Board and managing directors\n", 7, "UP02",
              "kick-off: the audience 'Board and managing directors' does not say that all "
              "members are invited, so the upgrade cannot tell who is; fill in invited and "
              "remove open_to_all_actors"),
    Undecided("kickoff-audience-only", BASE + "measures:\n  kickoff:\n"
              "    open_to_all_actors: true\n    audience: all board members only\n", 7, "UP02",
              "kick-off: the audience 'all board members only' does not say"),
    Undecided("kickoff-not-boolean", BASE + "measures:\n  kickoff:\n"
              "    open_to_all_actors: yes\n", 6, "UP02",
              "kick-off: open_to_all_actors is 'yes', neither true nor false"),
    Undecided("kickoff-no-members", "intstrat: 1\ncluster:\n  members: {companies: 0}\n"
              "measures:\n  kickoff:\n    open_to_all_actors: true\n", 6, "UP02",
              "kick-off: cluster.members counts no member of any kind"),
    Undecided("agreement-no-date", BASE + "partner_selection:\n  agreements:\n"
              "    - partner: nl-h2\n      accepted_by_both: true\n", 7, "UP03",
              "agreement with nl-h2: accepted by both but no signing date, so status is "
              "negotiating; once signed, set status: signed and the date (signed)"),
    Undecided("agreement-later", BASE + "partner_selection:\n  agreements:\n"
              "    - partner: nl-h2\n      signed: 2027-03-01\n      accepted_by_both: true\n",
              7, "UP03", "agreement with nl-h2: signing is dated 2027-03-01, after 2026-12-01, "
              "so status is negotiating; once signed, set status: signed"),
    Undecided("agreement-signed-by", BASE + "partner_selection:\n  agreements:\n"
              "    - partner: nl-h2\n      signed: 2025-03-01\n      accepted_by_both: true\n",
              8, "UP04", "agreement with nl-h2: signed_by unknown: fill in who signed on each "
              "side"),
    Undecided("agreement-unknown", BASE + "partner_selection:\n  agreements:\n"
              "    - partner: nl-h2\n      signed: 2025-03-01\n", 6, "UP03",
              "agreement with nl-h2: neither accepted_by_both nor status, so the upgrade cannot "
              "tell where it stands; fill in status (draft, negotiating, signed or ended)"),
    Undecided("developed-without-partners", BASE + "communication:\n"
              "  developed_with_partners: true\n  partners_involved: []\n", 5, "UP05",
              "communication: developed_with_partners was true but partners_involved names no "
              "partner"),
    Undecided("developed-false-with-partners", BASE + "communication:\n"
              "  developed_with_partners: false\n  partners_involved: [nl-h2]\n", 5, "UP05",
              "communication: developed_with_partners was false but partners_involved names "
              "partners"),
    Undecided("communication-false", BASE + "communication:\n  open_to_all_actors: false\n",
              5, "UP06", "communication: open_to_all_actors is false, so the upgrade cannot "
              "tell who takes part"),
    Undecided("communication-audience", BASE + "communication:\n  open_to_all_actors: true\n"
              "  internal:\n    - audience: the board\n", 5, "UP06",
              "communication: no internal channel says it is for all members"),
    Undecided("financing-later", BASE + "financing:\n  sources:\n    - id: eu\n"
              "      kind: eu_funding\n      start: 2027-07-01\n", 8, "UP07",
              "financing source eu: starts on 2027-07-01, after 2026-12-01, so status: planned "
              "was added; confirm it (committed, applied or planned)"),
    Undecided("financing-no-start", BASE + "financing:\n  sources:\n    - id: fees\n", 7, "UP07",
              "financing source fees: no start date, so status: planned was added"),
]


@pytest.mark.parametrize("case", UNDECIDED, ids=[c.id for c in UNDECIDED])
def test_what_the_upgrade_cannot_decide_is_a_warning_on_its_line(
    case: Undecided, outside: Path
) -> None:
    (outside / "s.yaml").write_text(case.yaml, encoding="utf-8")
    run = upgrade("s.yaml", cwd=outside)
    assert run.returncode == 0, run.stderr
    warnings = [n for n in notes(run.stderr) if n["level"] == "warning"]
    assert [(n["code"], int(n["line"])) for n in warnings] == [(case.code, case.line)], \
        run.stderr
    assert warnings[0]["text"].startswith(case.text), warnings[0]["text"]
    assert "1 point the upgrade could not decide is left for you (the warnings above)." \
        in run.stderr
    assert (outside / "s.yaml").read_text(encoding="utf-8").startswith("intstrat: 2\n")


def test_what_the_data_decides_is_a_note(outside: Path) -> None:
    (outside / "s.yaml").write_text(
        BASE + "measures:\n  kickoff:\n    open_to_all_actors: true\n"
        "    audience: Alle Beschäftigten aller Mitglieder\n"
        "communication:\n  open_to_all_actors: true\n  internal:\n    - audience: the board\n"
        "    - audience: all members\n", encoding="utf-8")
    run = upgrade("s.yaml", "-o", "-", cwd=outside)
    assert run.returncode == 0, run.stderr
    assert "    invited: [companies, startups]\n" in run.stdout
    assert "  open_to: [companies, startups]\n" in run.stdout
    assert [n["level"] for n in notes(run.stderr)] == ["note"] * 3


@dataclass(frozen=True)
class Bad:
    id: str
    make: bytes | None
    arg: str
    exit: int
    message: str


BAD = [
    Bad("broken-yaml", b"intstrat: 1\ncluster: [\n", "s.yaml", 1,
        "s.yaml:3:1: error YAML cannot be parsed here"),
    Bad("a-list", b"- intstrat: 1\n", "s.yaml", 1,
        "s.yaml:1:1: error the top level is a list, but a strategy is a mapping of sections "
        "[SC04]"),
    Bad("no-version", b"language: en\n", "s.yaml", 1,
        "s.yaml:1:1: error no 'intstrat: 2' line: this file is not marked as a strategy [SC04]"),
    Bad("newer-version", b"intstrat: 3\n", "s.yaml", 1,
        "s.yaml:1:11: error format version '3' is not supported"),
    Bad("version-as-text", b"intstrat: '1'\n", "s.yaml", 1,
        "s.yaml:1:11: error format version '1' is not supported"),
    Bad("binary", b"intstrat: 1\n\x00\x01", "s.yaml", 1, "s.yaml:2:1: error"),
    Bad("too-large", b"intstrat: 1\n" + b"# padding\n" * 20, "s.yaml --max-size 100", 1,
        "s.yaml:1:1: error"),
    Bad("missing", None, "missing.yaml", 2, "intstrat: error: missing.yaml: no such file"),
    Bad("folder", None, ".", 2, "intstrat: error: .: is a folder, not a strategy file"),
    Bad("unreadable", b"intstrat: 1\n", "s.yaml/inside.yaml", 2,
        "intstrat: error: s.yaml/inside.yaml: cannot be read: Not a directory"),
    Bad("bad-date", b"intstrat: 1\n", "s.yaml --as-of 2026-13-01", 2,
        "intstrat: error: --as-of: '2026-13-01' is not a date; write it as YYYY-MM-DD"),
]


@pytest.mark.parametrize("case", BAD, ids=[c.id for c in BAD])
def test_bad_input_gets_checks_message_and_exit_code(case: Bad, outside: Path) -> None:
    if case.make is not None:
        (outside / "s.yaml").write_bytes(case.make)
    run = run_intstrat("upgrade", *case.arg.split(), cwd=outside, timeout=30)
    assert run.returncode == case.exit, run.stderr
    assert case.message in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    if case.make is not None:
        assert (outside / "s.yaml").read_bytes() == case.make


def importtime(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI run with Python's import timings on standard error."""
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "intstrat", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


def test_check_does_not_import_ruamel() -> None:
    """`check` keeps its fast loader: ruamel.yaml is for `upgrade` only."""
    run = importtime("check", str(EXAMPLES / "strategy-en.yaml"))
    assert "intstrat.check.audit" in run.stderr  # the import timings are there
    assert "ruamel" not in run.stderr


def test_upgrade_loads_ruamel_only_when_it_rewrites(outside: Path) -> None:
    (outside / "v2.yaml").write_text("intstrat: 2\n", encoding="utf-8")
    run = importtime("upgrade", "v2.yaml", cwd=outside)
    assert run.returncode == 0
    assert "ruamel" not in run.stderr
    (outside / "v1.yaml").write_text("intstrat: 1\n", encoding="utf-8")
    assert "ruamel.yaml" in importtime("upgrade", "v1.yaml", cwd=outside).stderr


lines_of = st.lists(st.sampled_from(["a: 1\n", "b: 2\n", "  - x\n", "c: 3\n", "\n"]),
                    max_size=40)


@settings(max_examples=300, deadline=None)
@given(old=lines_of, new=lines_of, resync=st.sampled_from([64, 2]))
def test_the_line_diff_is_a_correct_edit_script(old: list[str], new: list[str],
                                                 resync: int) -> None:
    """Also with difflib taking over early (resync 2), as it does for texts far apart."""
    from intstrat.upgrade import roundtrip as module

    saved, module._RESYNC = module._RESYNC, resync
    try:
        ops = module._opcodes(old, new)
        carried = module.carry("".join(old), "".join(old), "".join(new))
    finally:
        module._RESYNC = saved
    rebuilt: list[str] = []
    position = 0
    for tag, i1, i2, j1, j2 in ops:
        assert i1 == position
        rebuilt.extend(old[i1:i2] if tag == "equal" else new[j1:j2])
        position = i2
    assert position == len(old)
    assert rebuilt == new
    assert carried == ("".join(new), False)


_SCALARS = st.one_of(st.booleans(), st.integers(-1, 3), st.none(),
                     st.sampled_from(["all members", "the board only", "", "x # y", "- a"]),
                     st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)))
_MAYBE = st.one_of(_SCALARS, st.lists(_SCALARS, max_size=2))


def _mapping(**fields: Any) -> Any:
    return st.fixed_dictionaries({}, optional=fields)


_STRATEGIES = _mapping(
    cluster=_mapping(members=st.one_of(
        st.dictionaries(st.sampled_from(["companies", "smes", "other", "typo"]),
                        st.integers(0, 3), max_size=3), _SCALARS)),
    measures=_mapping(kickoff=st.one_of(_SCALARS, _mapping(
        date=_SCALARS, open_to_all_actors=_SCALARS, audience=_SCALARS, invited=_MAYBE))),
    partner_selection=_mapping(agreements=st.one_of(_SCALARS, st.lists(st.one_of(_SCALARS, _mapping(
        partner=_MAYBE, signed=_SCALARS, accepted_by_both=_SCALARS, status=_SCALARS,
        signed_by=_MAYBE)), max_size=3))),
    communication=st.one_of(_SCALARS, _mapping(
        steered_by=_SCALARS, developed_with_partners=_SCALARS, partners_involved=_MAYBE,
        open_to_all_actors=_SCALARS, open_to=_MAYBE,
        internal=st.lists(_mapping(audience=_SCALARS, name=_SCALARS), max_size=2))),
    financing=_mapping(sources=st.one_of(_SCALARS, st.lists(st.one_of(_SCALARS, _mapping(
        id=_MAYBE, name=_SCALARS, kind=_SCALARS, start=_SCALARS, status=_SCALARS,
        covers=_MAYBE)), max_size=3))),
)


@settings(max_examples=200, deadline=None)
@given(tree=_STRATEGIES, flow=st.booleans(), comment_after=st.sets(st.integers(0, 60)))
def test_any_format_1_file_upgrades_or_is_refused_cleanly(
    tree: dict[str, Any], flow: bool, comment_after: set[int],
    tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Whatever shape the sections have: an upgrade that reads back as intended with every
    comment kept, or the refusal; never an exception of another kind, never a changed input."""
    import yaml

    from intstrat.upgrade import UpgradeError, UpgradeRequest
    from intstrat.upgrade import upgrade as run

    if flow:  # each section on one line: `measures: {kickoff: {open_to_all_actors: true}}`
        body = "".join(
            key + ": " + yaml.safe_dump([value], default_flow_style=True, width=1 << 20)
            .strip()[1:-1] + "\n" for key, value in tree.items())
    else:
        body = yaml.safe_dump(tree, default_flow_style=False, sort_keys=False) if tree else ""
    lines = ["intstrat: 1\n", *body.splitlines(keepends=True)]
    text = "".join(f"{line}# c{n}\n" if n in comment_after else line
                   for n, line in enumerate(lines))
    path = tmp_path_factory.mktemp("fuzz") / "s.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        outcome = run(UpgradeRequest(str(path), output="-", as_of=dt.date(2025, 1, 1)))
    except UpgradeError:
        return
    finally:
        assert path.read_text(encoding="utf-8") == text
    assert outcome.exit_code == 0, outcome.messages
    doc, _ = load_text(outcome.text)
    assert doc is not None and doc.data["intstrat"] == 2
    assert comments(outcome.text) == comments(text)


def test_every_note_code_is_documented_and_every_change_is_a_note() -> None:
    from intstrat.upgrade.notes import CHANGED, NOTES

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Upgrading a format-1 strategy"):]
    assert all(f"| `{code}` |" in section for code in NOTES)
    assert {label.context for keys in NOTES.values() for label in keys.values()} >= CHANGED
    assert all(label.context == f"{code}.{key}"
               for code, keys in NOTES.items() for key, label in keys.items())
