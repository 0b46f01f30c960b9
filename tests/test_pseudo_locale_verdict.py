"""The pseudo-locale proof (test_pseudo_locale.py) for what the point verdicts add: waived
points, evidence and the claimed-not-evidenced failure, in every report format and the
rendered concept. Every word outside the ⟦brackets⟧ must be the strategy's own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_pseudo_locale import LANG, _human_text, _leaks, _run, _words, identifiers, locale_path

__all__ = ["identifiers", "locale_path"]  # the fixtures, shared with test_pseudo_locale

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "strategy-en.yaml"
TRAINING = re.compile(r"^  management_training:\n(?:    .*\n|\n)*?(?=^\S)", re.M)
ADDED = """
waivers:
  - point: CL11
    reason: Both cluster managers attend the state agency's management programme.
    approved_by: Steering committee, meeting of 2024-02-14
    until: 2027-12-31
  - point: CS03
    reason: see above
    approved_by: Board
"""


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("verdict")
    (folder / ".git").mkdir()
    (folder / "evidence").mkdir()
    (folder / "evidence" / "survey.pdf").write_bytes(b"%PDF\n")
    text = TRAINING.sub("", EXAMPLE.read_text(encoding="utf-8"), count=1) + ADDED
    text = text.replace("    - method: survey\n", "    - method: survey\n"
                        "      evidence: [evidence/survey.pdf, evidence/missing.pdf]\n", 1)
    (folder / "s.yaml").write_text(text, encoding="utf-8")
    return folder


COMMANDS: list[tuple[str, ...]] = [
    ("check", "s.yaml"),
    ("check", "s.yaml", "--require-evidence"),
    ("check", "s.yaml", "--format", "markdown"),
    ("check", "s.yaml", "--format", "junit"),
    ("check", "s.yaml", "--format", "github"),
    ("check", "s.yaml", "--format", "sarif"),
    ("check", "s.yaml", "--format", "gitlab"),
    ("render", "s.yaml", "--format", "md", "-o", "-"),
    ("explain", "WV01"),
    ("explain", "EV01"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_waivers_and_evidence_pass_through_the_catalogue(
    args: tuple[str, ...], locale_path: Path, workdir: Path, identifiers: set[str]
) -> None:
    done = _run(locale_path, workdir, *args, "--lang", LANG, "--as-of", "2025-06-01") \
        if args[0] in ("check", "render") else _run(locale_path, workdir, *args, "--lang", LANG)
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]
    assert "⟦" in output
    allowed = identifiers | _words((workdir / "s.yaml").read_text(encoding="utf-8"))
    fmt = args[args.index("--format") + 1] if "--format" in args else "text"
    leaks = _leaks(_human_text(done.stdout, fmt) + "\n" + done.stderr, allowed)
    assert not leaks, f"words outside the catalogue: {leaks}\n{output[:3000]}"
