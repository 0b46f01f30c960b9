"""Bad input through the real CLI: a clear finding or usage error, bounded time and memory.

The catalogue is data: each case says how to make the file (bytes, or a builder for the big
ones, generated in the test's folder so no multi-megabyte file is ever committed), which
arguments to pass, the exit code, the rule ids and message fragments the user must see, and
whether the output must name the file. Every case runs `python -m intstrat check` as a child
process with a 1 GiB address-space limit, so a run that needs more memory fails the test.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "strategy-en.yaml"
MEMORY_LIMIT = 1 << 30  # 1 GiB of address space for the whole child process
SECTIONS = (
    "cluster", "funding", "period", "needs_assessment", "measures", "financing",
    "partner_selection", "project_selection", "communication", "monitoring", "concept",
)

Builder = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    """One bad (or surprisingly valid) input and what the user must see."""

    id: str
    make: bytes | Builder | None
    exit: int
    rules: tuple[str, ...] = ()
    fragments: tuple[str, ...] = ()
    name: str = "strategy.yaml"
    args: tuple[str, ...] = ()
    names_file: bool = True
    seconds: float = 5.0


def example() -> bytes:
    return EXAMPLE.read_bytes()


def write(name: str, data: bytes) -> Builder:
    def build(folder: Path) -> None:
        (folder / name).write_bytes(data)

    return build


def alias_bomb() -> bytes:
    """The "billion laughs": nine levels of nine aliases each, 9**9 strings if expanded."""
    lols = ", ".join(['"lol"'] * 9)
    lines = ["intstrat: 1", f"l0: &l0 [{lols}]"]
    for level in range(1, 10):
        refs = ", ".join([f"*l{level - 1}"] * 9)
        lines.append(f"l{level}: &l{level} [{refs}]")
    return ("\n".join(lines) + "\n").encode()


def merge_keys() -> bytes:
    """The example with two communication channels sharing a value through `<<`."""
    text = example().decode()
    first = "      channel: video conference\n      frequency: every two weeks\n"
    second = "      channel: video conference\n      frequency: monthly\n"
    assert first in text and second in text
    text = text.replace(first, "      <<: &call {channel: video conference}\n"
                               "      frequency: every two weeks\n")
    text = text.replace(second, "      <<: *call\n      frequency: monthly\n")
    return text.encode()


def special_numbers() -> bytes:
    text = example().decode()
    for old, new in (
        ("  amount_eur: 3600000\n\nperiod:", "  amount_eur: .nan\n\nperiod:"),
        ("      weight: 3\n", "      weight: .inf\n"),
        ("      baseline: 12\n", "      baseline: -.Inf\n"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    return text.encode()


def replace_line(number: int, line: str) -> bytes:
    """The example with line `number` (1-based) replaced; the old line must set the same key."""
    lines = example().decode().split("\n")
    assert lines[number - 1].split(":")[0] == line.split(":")[0], lines[number - 1]
    lines[number - 1] = line
    return "\n".join(lines).encode()


def section_line(text: str, section: str) -> int:
    match = re.search(rf"^{section}:", text, re.MULTILINE)
    assert match, section
    return text.count("\n", 0, match.start()) + 1


def wrong_type(section: str, value: str) -> bytes:
    """The example with one whole section replaced by a value of the wrong type."""
    text = example().decode()
    block = re.compile(rf"^{section}:.*\n(?:(?:[ #].*)?\n)*", re.MULTILINE)
    replaced, count = block.subn(f"{section}: {value}\n\n", text, count=1)
    assert count == 1, section
    return replaced.encode()


def fifteen_megabytes(folder: Path) -> None:
    """A real strategy followed by 15 MB of plausible list items under one unknown key."""
    item = b'  - "partner visit in Lyon and Graz with the cluster office and two members"\n'
    body = example() + b"\nannex:\n"
    count = (15_000_000 - len(body)) // len(item) + 1
    (folder / "big.yaml").write_bytes(body + item * count)


def over_limit(folder: Path) -> None:
    (folder / "huge.yaml").write_bytes(b"intstrat: 1\n" + b"# padding\n" * 2_200_000)


def directory(folder: Path) -> None:
    (folder / "x.yaml").mkdir()


def empty_folder(folder: Path) -> None:
    (folder / "plans").mkdir()


def folder_without_strategies(folder: Path) -> None:
    (folder / "plans").mkdir()
    (folder / "plans" / "compose.yaml").write_bytes(b"services: {}\n")
    (folder / "plans" / "notes.txt").write_bytes(b"intstrat: 1\n")


def symlink_loop(folder: Path) -> None:
    (folder / "loop.yaml").symlink_to("loop-b.yaml")
    (folder / "loop-b.yaml").symlink_to("loop.yaml")


def dangling_link(folder: Path) -> None:
    (folder / "gone.yaml").symlink_to("nowhere.yaml")


MINIMAL = b"intstrat: 1\nlanguage: en\n"


def million_items(folder: Path) -> None:
    (folder / "items.yaml").write_bytes(example() + b"annex:\n" + b"  - a\n" * 1_000_000)


def just_under_a_million(folder: Path) -> None:
    (folder / "items.yaml").write_bytes(example() + b"annex:\n" + b"  - a\n" * 990_000)


def many_suppressions(folder: Path) -> None:
    lines = [MINIMAL.rstrip()] + [b"k%d: 1  # intstrat: ignore[CL01]" % i for i in range(64_000)]
    (folder / "many.yaml").write_bytes(b"\n".join(lines) + b"\n")


def fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.yaml")

CASES: list[Case] = [
    Case("empty-file", b"", 1, ("SC04",), ("empty",)),
    Case("only-comments", b"# a strategy will follow\n# soon\n", 1, ("SC04",), ("empty",)),
    Case("top-level-list", b"- cluster\n- funding\n", 1, ("SC04",), ("a list",)),
    Case("top-level-scalar", b"just a sentence\n", 1, ("SC04",), ("a single value",)),
    Case("unclosed-quote", b'intstrat: 1\nlanguage: "en\n', 1, ("YA01",),
         ("strategy.yaml:2:11",)),
    Case("bad-indentation", b"intstrat: 1\ncluster:\n    name: A\n  region: B\n", 1, ("YA01",),
         ("strategy.yaml:4:",)),
    Case("tab-indentation", b"intstrat: 1\ncluster:\n\tname: A\n", 1, ("YA01",),
         ("strategy.yaml:3:1",)),
    Case("latin-1", b"intstrat: 1\ncluster:\n  name: Cluster K\xf6ln\n", 1, ("YA06",),
         ("0xF6", "UTF-8", "strategy.yaml:3:")),
    Case("utf-8-bom", codecs.BOM_UTF8 + example(), 0, (), ("score 100.0 %",)),
    Case("utf-16-le", codecs.BOM_UTF16_LE + example().decode().encode("utf-16-le"), 0, (),
         ("score 100.0 %",)),
    Case("utf-16-be", codecs.BOM_UTF16_BE + example().decode().encode("utf-16-be"), 0, (),
         ("score 100.0 %",)),
    Case("binary", bytes(range(256)) * 40, 1, ("YA06",), ("binary",)),
    Case("nul-byte", b"intstrat: 1\nlanguage: e\x00n\n", 1, ("YA06",),
         ("binary", "strategy.yaml:2:12")),
    Case("crlf", example().replace(b"\n", b"\r\n"), 0, (), ("score 100.0 %",)),
    Case("cr-only", example().replace(b"\n", b"\r"), 0, (), ("score 100.0 %",)),
    Case("several-documents", MINIMAL + b"---\nintstrat: 1\n", 1, ("YA01",),
         ("more than one YAML document",)),
    Case("undefined-alias", MINIMAL + b"cluster: *base\n", 1, ("YA01",), ("alias",)),
    Case("merge-keys", merge_keys(), 0, (), ("score 100.0 %",)),
    Case("alias-bomb", alias_bomb(), 1, ("YA05",), ("alias",)),
    Case("recursive-alias", b"intstrat: 1\ncluster: &c\n  name: *c\n", 1, ("YA0",)),
    Case("nested-20000-lists", b"intstrat: 1\ncluster: " + b"[" * 20_000 + b"]" * 20_000 + b"\n",
         1, ("YA01",), ("nest",)),
    Case("nested-20000-maps", b"intstrat: 1\ncluster: " + b"{a: " * 20_000 + b"1" + b"}" * 20_000
         + b"\n", 1, ("YA01",), ("nest",)),
    Case("nested-950-lists", b"intstrat: 1\ncluster: " + b"[" * 950 + b"]" * 950 + b"\n", 1,
         ("YA05",), ("nested too deeply",)),
    Case("five-megabyte-line", MINIMAL + b'cluster:\n  name: "' + b"Lumina " * 750_000 + b'"\n',
         1, ("SC03",)),
    Case("fifteen-megabytes", fifteen_megabytes, 1, ("SC02",), ("annex",), name="big.yaml",
         seconds=10.0),
    Case("fifteen-megabytes-over-max-size", fifteen_megabytes, 1, ("YA05",), ("--max-size",),
         name="big.yaml", args=("--max-size", "1000000")),
    Case("over-default-size-limit", over_limit, 1, ("YA05",), ("--max-size",), name="huge.yaml"),
    Case("nested-255-flow-lists", b"intstrat: 1\ncluster: " + b"[" * 255 + b"]" * 255 + b"\n", 1,
         ("YA05",), ("nested too deeply", "strategy.yaml:2:210")),
    Case("hex-integer-100000-digits", MINIMAL + b"funding:\n  amount_eur: 0x" + b"f" * 100_000
         + b"\n", 1, ("YA03",), ("100000 digits",)),
    Case("a-million-list-items", million_items, 1, ("YA05",), ("more than 1000000 keys",),
         name="items.yaml", args=("-q",), seconds=10.0),
    Case("just-under-a-million-list-items", just_under_a_million, 1, ("SC02",), ("annex",),
         name="items.yaml", args=("-q",), seconds=20.0),
    Case("64000-suppression-comments", many_suppressions, 1, ("SU01",), name="many.yaml",
         args=("-q",), seconds=20.0),
    Case("fifo-nobody-writes", fifo, 1, ("SC04",), ("empty",), name="pipe.yaml"),
    Case("dev-zero", None, 1, ("YA05",), ("--max-size",), name="/dev/zero"),
    Case("max-size-beyond-an-index", MINIMAL, 2, (), ("--max-size",),
         args=("--max-size", "99999999999999999999"), names_file=False),
    Case("fail-under-nan", MINIMAL, 2, (), ("not a finite number",),
         args=("--fail-under", "nan"), names_file=False),
    Case("integer-5000-digits", MINIMAL + b"funding:\n  amount_eur: " + b"9" * 5000 + b"\n", 1,
         ("YA03",), ("5000 digits",)),
    Case("nan-and-inf", special_numbers(), 1, ("SC01",), ("nan", "inf", "strategy.yaml:41:")),
    Case("impossible-date", MINIMAL + b"funding:\n  start: 2019-02-30\n", 1, ("YA03",),
         ("2019-02-30", "strategy.yaml:4:")),
    Case("funding-in-the-calendars-last-month",
         replace_line(40, "  end: 9999-12-31").replace(b"  start: 2024-01-01\n  end: 9999",
                                                       b"  start: 9999-12-01\n  end: 9999"),
         1, ("CL02",), ("9999-12-01",)),
    Case("python-object-tag",
         MINIMAL + b'cluster: !!python/object/apply:os.system ["touch executed"]\n', 1,
         ("YA04",), ("python/object",)),
    Case("python-name-tag", MINIMAL + b"cluster: !!python/name:os.system\n", 1, ("YA04",)),
    Case("duplicate-keys", MINIMAL + b"cluster:\n  name: A\n  name: B\n", 1, ("YA02",),
         ("first on line 4", "strategy.yaml:5:")),
    Case("status-as-list", replace_line(607, "      status: []"), 1, ("SC01",),
         ("strategy.yaml:607:",)),
    Case("status-as-mapping", replace_line(416, "      status: {decided: yes}"), 1, ("SC01",),
         ("strategy.yaml:416:",)),
    *(
        Case(f"{what}-as-{kind}", replace_line(line, f"{prefix}: {value}"), 1, ("SC01",),
             (f"strategy.yaml:{line}:",))
        for what, line, prefix in (
            ("analysis-focus", 91, "      focus"),
            ("steering-level", 149, "      level"),
            ("workshop-kind", 180, "      kind"),
            ("agreement-partner", 486, "    - partner"),
            ("criterion-group", 529, "      group"),
            ("channel-kind", 704, "      kind"),
        )
        for kind, value in (("list", "[a, b]"), ("mapping", "{a: b}"))
    ),
    Case("version-as-text", b"intstrat: one\nlanguage: en\n", 1, ("SC04",)),
    Case("language-as-number", example().replace(b"language: en", b"language: 42"), 1,
         ("SC01",)),
    *(
        Case(f"wrong-type-{section}-{kind}", wrong_type(section, value), 1, ("SC01",),
             (f"strategy.yaml:{section_line(example().decode(), section)}:",))
        for section in SECTIONS
        for kind, value in (("number", "42"), ("text", "'see annex'"), ("list", "[1, 2]"))
    ),
    Case("directory-named-yaml", directory, 2, (), ("no strategy files",), name="x.yaml"),
    Case("empty-folder", empty_folder, 2, (), ("no strategy files",), name="plans"),
    Case("folder-without-strategies", folder_without_strategies, 2, (), ("no strategy files",),
         name="plans"),
    Case("folder-without-strategies-in-a-hook", folder_without_strategies, 0, (), (),
         name="plans", args=("--strategies-only",), names_file=False),
    Case("symlink-loop", symlink_loop, 1, ("YA06",), ("symbolic links",), name="loop.yaml"),
    Case("dangling-symlink", dangling_link, 1, ("YA06",), ("No such file",), name="gone.yaml"),
    Case("missing-path", None, 2, (), ("no such file",), name="absent.yaml"),
    Case("unknown-format", MINIMAL, 2, (), ("--format", "xml"), args=("--format", "xml"),
         names_file=False),
]


def limit_memory() -> None:
    if sys.platform.startswith("linux"):  # other systems count address space differently
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "FORCE_COLOR", "INTSTRAT_DEBUG")}
    env["LANG"] = "C.UTF-8"  # messages in English, whatever the machine's locale
    env["NO_COLOR"] = "1"
    env["GITHUB_ACTIONS"] = ""  # inside GitHub Actions `check` would default to annotations
    return env


def run_check(folder: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "intstrat", "check", *args],
        cwd=folder, env=child_env(), capture_output=True, text=True, timeout=60,
        preexec_fn=limit_memory,
    )
    return done, time.monotonic() - started


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path: Path) -> None:
    if callable(case.make):
        case.make(tmp_path)
    elif case.make is not None:
        (tmp_path / case.name).write_bytes(case.make)
    done, elapsed = run_check(tmp_path, *case.args, case.name)
    output = done.stdout + done.stderr
    assert done.returncode == case.exit, output[-3000:]
    assert "Traceback" not in output
    assert "internal error" not in output
    if case.names_file:
        assert case.name in output
    for rule in case.rules:
        assert f"[{rule}" in output, output[-3000:]
    for fragment in case.fragments:
        assert fragment in output, output[-3000:]
    assert elapsed < case.seconds, f"took {elapsed:.1f} s"
    assert not (tmp_path / "executed").exists()  # a tag never runs anything


def test_every_section_of_the_format_has_a_wrong_type_case() -> None:
    from intstrat.resources import data_dir

    schema = json.loads((data_dir("schemas") / "strategy.schema.json").read_text("utf-8"))
    sections = {k for k, v in schema["properties"].items() if v.get("type") == "object"}
    assert sections == set(SECTIONS)


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = (Path(__file__).resolve().parent.parent / "examples" / "strategy-en.yaml").read_bytes()
    (tmp_path / "a-good.yaml").write_bytes(good)
    (tmp_path / "b-broken.yaml").write_bytes(b"intstrat: 1\ncluster: [\n")
    (tmp_path / "c-latin1.yaml").write_bytes(b"intstrat: 1\nname: K\xf6ln\n")
    (tmp_path / "d-good.yaml").write_bytes(good)
    done, _ = run_check(tmp_path, ".")
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    for name in ("a-good.yaml", "b-broken.yaml", "c-latin1.yaml", "d-good.yaml"):
        assert name in done.stdout
    assert "4 files checked, 2 with findings" in done.stdout


def report_formats() -> list[str]:
    from intstrat.reporters import REPORTERS

    return sorted(REPORTERS)


@pytest.mark.parametrize("fmt", report_formats())
def test_a_broken_file_shows_in_every_report_format(fmt: str, tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_bytes(example())
    (tmp_path / "broken.yaml").write_bytes(b"intstrat: 1\ncluster: [\n")
    (tmp_path / "latin1.yaml").write_bytes(b"intstrat: 1\nname: K\xf6ln\n")
    done, _ = run_check(tmp_path, "--format", fmt, "good.yaml", "broken.yaml", "latin1.yaml")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    # GitLab's code-quality report lists issues only: a file without findings is not in it.
    for name in ("broken.yaml", "latin1.yaml") if fmt == "gitlab" else (
            "good.yaml", "broken.yaml", "latin1.yaml"):
        assert name in done.stdout, (fmt, name)
    for rule in ("YA01", "YA06"):
        assert rule in done.stdout, (fmt, rule)


def far_dates() -> bytes:
    """A work plan from the calendar's first day to its last (a typo's worst case)."""
    text = example().decode()
    activity = "        start: 2024-01-15\n        end: 2024-03-14\n"
    assert activity in text
    return text.replace(activity, "        start: 0001-01-01\n        end: 9999-12-31\n").encode()


@pytest.mark.parametrize("suffix", ["md", "docx"])
def test_render_of_dates_at_the_ends_of_the_calendar(suffix: str, tmp_path: Path) -> None:
    (tmp_path / "strategy.yaml").write_bytes(far_dates())
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "intstrat", "render", "strategy.yaml", "-o", f"out.{suffix}"],
        cwd=tmp_path, env=child_env(), capture_output=True, text=True, timeout=60,
        preexec_fn=limit_memory,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert (tmp_path / f"out.{suffix}").stat().st_size > 0
    assert time.monotonic() - started < 10
