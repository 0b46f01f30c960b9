"""Proof that no user-visible text bypasses the catalogue: a pseudo-language wraps every
translated text in ⟦…⟧, every command runs in it, and whatever is left outside the brackets must
be data (the strategy's own words, paths, ids, numbers, option names), never a word of ours.

The pseudo-language is also the proof that a third language needs nothing but its catalogue and
its locale data: it is added here through INTSTRAT_LOCALE_PATH without touching the package.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

babel = pytest.importorskip("babel")

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.mofile import write_mo  # noqa: E402
from babel.messages.pofile import read_po  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
POT = ROOT / "src" / "intstrat" / "i18n" / "locales" / "intstrat.pot"
LANG = "qps"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _wrap(text: str) -> str:
    return f"⟦{text}⟧" if text else text


@pytest.fixture(scope="module")
def locale_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pseudo-language `qps` built from the extracted template: every text ⟦wrapped⟧."""
    folder = tmp_path_factory.mktemp("locales")
    with POT.open("rb") as handle:
        template = read_po(handle)
    catalog = Catalog(locale="en", domain="intstrat", charset="utf-8")
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            string: object = tuple(_wrap(part) for part in message.id)
        else:
            string = _wrap(message.id)
        catalog.add(message.id, string, context=message.context)
    target = folder / LANG / "LC_MESSAGES"
    target.mkdir(parents=True)
    out = io.BytesIO()
    write_mo(out, catalog)
    (target / "intstrat.mo").write_bytes(out.getvalue())
    shipped = ROOT / "src" / "intstrat" / "i18n" / "locales" / "en" / "locale.json"
    data = json.loads(shipped.read_text(encoding="utf-8"))
    data["name"] = "Pseudo"
    (folder / LANG / "locale.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _run(locale_path: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"INTSTRAT_LOCALE_PATH": str(locale_path), "NO_COLOR": "1", "COLUMNS": "100",
                "LANG": "C.UTF-8"})
    return subprocess.run([sys.executable, "-m", "intstrat", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def _outside(text: str) -> str:
    """The text with every ⟦…⟧ (nested too) removed."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
    return text


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


# A word: letters, possibly joined by hyphens or apostrophes (numbers and signs are data).
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@pytest.fixture(scope="module")
def identifiers() -> set[str]:
    """Words that are names, not language: commands, parameters, choices, rule ids and names,
    and the words of the rules' YAML examples (strategy content, like the user's own)."""
    import click
    import typer.main

    from intstrat.check.config import KEYS
    from intstrat.cli import app
    from intstrat.rules import all_rules

    names: set[str] = {"intstrat", "yaml", "yml", "md", "docx", "pdf", "json", "toml", LANG}
    names.update(KEYS)  # configuration keys (`check --show-settings` lists them): names
    names.add("max-size")  # an option shown under its own name
    root = typer.main.get_command(app)
    assert isinstance(root, click.Group)
    for name, command in root.commands.items():
        names.add(name)
        for param in command.params:
            names.update(_words(param.name or ""))
            if isinstance(param.type, click.Choice):
                names.update(str(c) for c in param.type.choices)
    for rule in all_rules().values():
        names.update({rule.id, rule.name, *rule.name.split("-")})
        for lang in ("en", "de"):
            names.update(_words(rule.example(lang)))
    return names


def _human_text(output: str, fmt: str) -> str:
    """What a person reads in a machine format: messages and titles, not its markup."""
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        root = ET.fromstring(output)
        parts = [v for e in root.iter() if e.tag != "property"  # property names are keys
                 for k, v in e.attrib.items() if k in ("name", "message")]
        parts += [e.text for e in root.iter() if e.text and e.text.strip()]
        return "\n".join(p for p in parts if p)
    if fmt == "github":
        parts = []
        for line in output.splitlines():
            match = re.match(r"::\w+(?: (.*?))?::(.*)", line)
            if match is None:
                parts.append(line)
                continue
            props, message = match.groups()
            parts.append(message)
            parts += re.findall(r"title=([^,]*)", props or "")
        return "\n".join(parts)
    if fmt == "html":
        from html.parser import HTMLParser

        class Text(HTMLParser):
            def __init__(self) -> None:
                super().__init__()
                self.parts: list[str] = []
                self.skip = 0

            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                self.skip += tag in ("script", "style")
                self.parts += [v for k, v in attrs if k in ("title", "aria-label", "alt") and v]

            def handle_endtag(self, tag: str) -> None:
                self.skip -= tag in ("script", "style")

            def handle_data(self, data: str) -> None:
                if not self.skip:
                    self.parts.append(data)

        reader = Text()
        reader.feed(output)
        return "\n".join(reader.parts)
    if fmt == "sarif":
        found: list[str] = []

        def walk(node: object, key: str = "") -> None:
            if isinstance(node, dict):
                for k, v in node.items():
                    walk(v, k)
            elif isinstance(node, list):
                for v in node:
                    walk(v, key)
            elif isinstance(node, str) and key in ("text", "markdown"):
                found.append(node)

        walk(json.loads(output))
        return "\n".join(found)
    if fmt == "gitlab":
        return "\n".join(issue["description"] for issue in json.loads(output))
    return output


# Mermaid's own syntax in a Gantt chart: keywords and task ids are code, the labels are text.
_MERMAID_CODE = re.compile(r"\b(gantt|dateFormat|axisFormat|title|section|done|active|crit|"
                           r"milestone|after|[a-z]_[a-z0-9_]+)\b")


def _mermaid_labels(match: re.Match[str]) -> str:
    return _MERMAID_CODE.sub(" ", match.group(0).removeprefix("```mermaid"))


def _leaks(output: str, allowed: set[str]) -> list[str]:
    outside = _outside(output)
    outside = re.sub(r"<!--.*?-->", " ", outside, flags=re.S)  # Markdown directives
    outside = re.sub(r"```mermaid\n.*?```", _mermaid_labels, outside, flags=re.S)
    outside = re.sub(r"\]\([^)]*\)", "] ", outside)  # Markdown link targets
    outside = re.sub(r"https?://\S+", " ", outside)
    outside = re.sub(r"(?<![\w])--?[\w-]+", " ", outside)  # --options, -o
    outside = re.sub(r"\S+\.(ya?ml|md|docx|json|toml)\b", " ", outside)  # file names
    lowered = {a.lower() for a in allowed}
    leaks = []
    for word in _WORD.findall(outside):
        low = word.lower().rstrip("-")
        if low in lowered or word.isupper() or len(low) == 1:
            continue
        # Data cut short to fit a column ("Netwo…") is still data.
        if any(a.startswith(low) for a in lowered):
            continue
        leaks.append(word)
    return sorted(set(leaks))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("work")
    for name in ("strategy-en.yaml", "draft.yaml"):
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


COMMANDS: list[tuple[str, ...]] = [
    ("check", "draft.yaml"),
    ("check", "strategy-en.yaml", "draft.yaml", "--statistics"),
    ("check", "draft.yaml", "--format", "markdown"),
    ("check", "draft.yaml", "--format", "junit"),
    ("check", "draft.yaml", "--format", "github"),
    ("check", "draft.yaml", "--format", "sarif"),
    ("check", "draft.yaml", "--format", "gitlab"),
    ("check", "strategy-en.yaml", "draft.yaml", "--quiet"),
    ("check", "draft.yaml", "--format", "junit", "--fail-on", "warning", "--fail-under", "90"),
    ("check", "draft.yaml", "--write-baseline", "baseline.json"),
    ("check", "strategy-en.yaml", "draft.yaml", "--baseline", "baseline.json"),
    ("rules",),
    ("explain", "CL02"),
    ("explain", "YA01"),
    ("render", "strategy-en.yaml", "--format", "md", "-o", "-"),
    ("render", "draft.yaml", "--format", "md", "-o", "-"),
    ("monitor", "strategy-en.yaml", "--as-of", "2027-06-30"),
    ("monitor", "strategy-en.yaml", "--as-of", "2027-06-30", "--format", "md"),
    ("rank", "partners", "strategy-en.yaml"),
    ("rank", "projects", "strategy-en.yaml", "--format", "md"),
    ("diff", "draft.yaml", "strategy-en.yaml"),
    ("diff", "draft.yaml", "strategy-en.yaml", "--format", "md"),
    ("check", "--help"),
    ("render", "--help"),
    ("monitor", "--help"),
    ("rank", "--help"),
    ("diff", "--help"),
    ("rules", "--help"),
    ("explain", "--help"),
    ("schema", "--help"),
    ("init", "--help"),
    ("history", "--help"),
    ("report", "--help"),
    ("report", "strategy-en.yaml", "draft.yaml", "--format", "html", "--no-history", "-o", "-"),
    ("explain", "CO07"),
    ("--help",),
    ("check", "no-such-file.yaml"),
    ("check", "draft.yaml", "--no-such-option"),
    ("check", "--show-settings", "draft.yaml"),
    ("check", "-", "-"),
    ("check", "--fail-under", "nan", "draft.yaml"),
    ("check", "draft.yaml", "-o", "/dev/full"),
    ("explain", "ZZ99"),
    ("upgrade", "--help"),
    ("upgrade", "draft.yaml", "--check"),
    ("upgrade", "strategy-en.yaml", "-o", "upgraded.yaml"),
    ("upgrade", "no-such-file.yaml"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_visible_text_passes_through_the_catalogue(
    args: tuple[str, ...], locale_path: Path, workdir: Path, identifiers: set[str]
) -> None:
    done = _run(locale_path, workdir, *args, "--lang", LANG)
    output = done.stdout + done.stderr
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]
    assert "⟦" in output, f"nothing translated at all:\n{output[:2000]}"
    allowed = identifiers | _words((workdir / "strategy-en.yaml").read_text(encoding="utf-8"))
    allowed |= _words((workdir / "draft.yaml").read_text(encoding="utf-8"))
    fmt = args[args.index("--format") + 1] if "--format" in args else "text"
    leaks = _leaks(_human_text(done.stdout, fmt) + "\n" + done.stderr, allowed)
    assert not leaks, f"words outside the catalogue: {leaks}\n{output[:3000]}"


def test_a_third_language_is_one_catalogue_and_its_locale_data(
    locale_path: Path, workdir: Path
) -> None:
    """`--lang qps` is accepted only because its folder exists: nothing else names it."""
    done = _run(locale_path, workdir, "check", "draft.yaml", "--lang", LANG)
    assert done.returncode == 1, done.stderr
    assert "⟦" in done.stdout
    env_free = subprocess.run(
        [sys.executable, "-m", "intstrat", "check", "draft.yaml", "--lang", LANG],
        cwd=workdir, capture_output=True, text=True, timeout=60, check=False,
        env={k: v for k, v in os.environ.items() if k != "INTSTRAT_LOCALE_PATH"},
    )
    assert env_free.returncode == 2, env_free.stdout


def test_the_detector_finds_a_text_that_bypassed_the_catalogue() -> None:
    """The check above can fail: English outside the brackets is reported, data is not."""
    allowed = {"Photonics", "Valley"}
    assert _leaks("⟦Score⟧ 55.2 % for Photonics Valley, see above", allowed) == ["above", "for",
                                                                                 "see"]
    assert _leaks("⟦the kick-off (⟦true⟧) is late⟧ [CL02] strategy.yaml:3:5", allowed) == []
