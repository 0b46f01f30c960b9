"""The `init` skeletons show every field of format 2, each with a comment, and stay valid with
every commented example line taken in: a new user writes a format-2 strategy from them alone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import run_intstrat

FORMAT_2_FIELDS = ("invited", "open_to", "status", "signed_by", "decided", "decision_reason",
                   "tender", "waivers", "evidence", "point", "reason", "approved_by", "until")
# A commented YAML line of the skeleton ("  #   status: signed", "# - point: CL11"), not prose.
EXAMPLE_LINE = re.compile(r"^(\s*)# ((?:\s*- )?\s*[a-z_]+:(?: .*)?|\s*- .*)$")
EMPTY_LIST = re.compile(r"^(\s*[a-z_]+:) \[\](\s*#.*)?$")


def _init(outside: Path, lang: str) -> str:
    done = run_intstrat("init", f"s-{lang}.yaml", "--lang", lang, cwd=outside)
    assert done.returncode == 0, done.stderr
    return (outside / f"s-{lang}.yaml").read_text(encoding="utf-8")


def taken_in(text: str) -> str:
    """The skeleton with every commented example line uncommented, and each empty list that an
    example follows opened for it."""
    lines = [m[1] + m[2] if (m := EXAMPLE_LINE.match(line)) else line
             for line in text.splitlines()]
    out: list[str] = []
    for number, line in enumerate(lines):
        empty = EMPTY_LIST.match(line)
        following = next((n for n in lines[number + 1:] if n.strip()), "")
        if empty and following.lstrip().startswith("- "):
            line = empty[1]
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_skeleton_is_format_2_and_shows_every_new_field_with_a_comment(
    outside: Path, lang: str
) -> None:
    text = _init(outside, lang)
    data = yaml.safe_load(text)
    assert data["intstrat"] == 2 and data["waivers"] == []
    lines = text.splitlines()
    for field in FORMAT_2_FIELDS:
        shown = [n for n, line in enumerate(lines) if re.match(rf"\s*#?\s*(- )?{field}:", line)]
        assert shown, f"{field} is not in the {lang} skeleton"
        # Each field explained by a comment on its line or the line above (evidence: the head).
        explained = [n for n in shown if "  # " in lines[n].split(":", 1)[1]
                     or (not EXAMPLE_LINE.match(lines[n - 1]) and lines[n - 1].lstrip()[:1] == "#")]
        assert explained or field == "evidence", (field, [lines[n] for n in shown])
    assert "evidence:" in text.split("\nintstrat: 2", 1)[0].replace("`evidence:`", "evidence:")
    for gone in ("open_to_all_actors", "accepted_by_both", "developed_with_partners"):
        assert gone not in text, f"the format-1 flag {gone} is still in the {lang} skeleton"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_skeleton_with_every_example_taken_in_is_valid(outside: Path, lang: str) -> None:
    filled = taken_in(_init(outside, lang))
    data = yaml.safe_load(filled)
    assert data["waivers"][0]["point"] == "CL11"
    assert data["partner_selection"]["agreements"][0]["signed_by"] == {"cluster": "",
                                                                       "partner": ""}
    assert data["measures"]["kickoff"]["invited"][0] == "companies"
    (outside / "filled.yaml").write_text(filled, encoding="utf-8")
    done = run_intstrat("check", "--no-config", "--format", "json", "filled.yaml", cwd=outside)
    report = json.loads(done.stdout)["files"][0]
    assert report["is_strategy"] is True
    wrong = [(f["rule"], f["line"], f["message"]) for f in report["findings"]
             if f["rule"].startswith(("YA", "SC"))]
    assert wrong == []
    # The example evidence files are not there: each is reported, none is read.
    missing = {f["key"] for f in report["findings"] if f["rule"] == "EV01"}
    assert missing <= {"EV01.missing_file"}


def test_a_filled_waiver_of_the_skeleton_is_in_force(outside: Path) -> None:
    text = _init(outside, "en").replace(
        "waivers: []\n",
        "waivers:\n  - point: CL11\n    reason: Both managers attend the state's management "
        "programme.\n    approved_by: Steering committee, 2026-02-14\n")
    (outside / "s-en.yaml").write_text(text, encoding="utf-8")
    done = run_intstrat("check", "--no-config", "--format", "json", "s-en.yaml", cwd=outside)
    points = {p["rule"]: p for p in json.loads(done.stdout)["files"][0]["checklist"]}
    assert points["CL11"]["status"] == "waived"
