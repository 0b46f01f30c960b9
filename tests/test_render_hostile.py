"""Hostile input to `render` through the real CLI: templates, reference documents, files that are
not files, numbers and sizes at the edge (issue 13, render's side).

Each case is data: what to build in the test's folder (nothing big is committed), the
arguments, the exit code, and what the user must read. Every case runs `python -m intstrat
render` as a child process with a 1 GiB address-space limit and a generous timeout, so a run
that needs more memory or hangs fails the test; no case asserts a speed (the benchmark measures
those).
"""

from __future__ import annotations

import io
import os
import re
import resource
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "strategy-en.yaml"
MEMORY_LIMIT = 1 << 30  # 1 GiB of address space for the whole child process
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

Builder = Callable[[Path], None]


def limit_memory() -> None:
    if sys.platform.startswith("linux"):  # other systems count address space differently
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "INTSTRAT_DEBUG")}
    env["LANG"] = "C.UTF-8"  # messages in English, whatever the machine's locale
    return env


def run_render(folder: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intstrat", "render", *args],
        cwd=folder, env=child_env(), capture_output=True, text=True, timeout=timeout,
        preexec_fn=limit_memory, stdin=subprocess.DEVNULL, check=False,
    )


def assert_clear(done: subprocess.CompletedProcess[str], code: int, pattern: str) -> None:
    output = done.stdout + done.stderr
    assert done.returncode == code, output[-3000:]
    assert "Traceback" not in output and "internal error" not in output, output[-3000:]
    assert re.search(pattern, done.stderr, re.MULTILINE), done.stderr[-3000:]


# ---------------------------------------------------------------------------------------------
# Class 1: templates are code from a folder the user names.

@dataclass(frozen=True)
class TemplateCase:
    id: str
    source: str
    line: int
    message: str


TEMPLATE_CASES = [
    TemplateCase("string-times-a-billion", "{{ 'a' * 10**9 }}\n", 1,
                 r"would build a text of 1000000000 characters \(limit \d+\)"),
    TemplateCase("list-times-a-billion", "\n{{ ([1] * 10**9) | length }}\n", 2,
                 r"would build a list of 1000000000 items"),
    TemplateCase("power-of-a-billion", "{{ 10 ** (10 ** 9) }}\n", 1,
                 r"would compute a number of \d+ bits \(limit 100000\)"),
    TemplateCase("float-power", "{{ 10.0 ** 400 }}\n", 1,
                 r"computes a number too large for a float"),
    TemplateCase("float-product", "\n{{ 1e308 * 10 * 0 + 1e308 ** 2 }}\n", 2,
                 r"computes a number too large for a float"),
    TemplateCase("recursive-macro", "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}\n{{ f(1) }}\n",
                 1, r"calls itself too deeply"),
    TemplateCase("range-ten-to-the-twenty", "\n\n{{ range(10**20) | list | length }}\n", 3,
                 r"range\(\) of more than 10000 numbers"),
    TemplateCase("nested-range-99999",
                 "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}"
                 "{% endfor %}\n", 1, r"range\(\) of more than 10000 numbers"),
    TemplateCase("nested-loops-without-output",
                 "{% for i in range(9999) %}\n{% for j in range(9999) %}{% endfor %}\n"
                 "{% endfor %}\n", 2, r"more than \d+ steps \(loop iterations and calls\)"),
    TemplateCase("loops-over-a-text",
                 "{% set s = 'abcdefghij' * 1000 %}{% for i in s %}{% for j in s %}"
                 "{% for k in s %}{% endfor %}{% endfor %}{% endfor %}\n", 1,
                 r"more than \d+ steps"),
    TemplateCase("output-of-800-million-characters",
                 "{% for i in range(9999) %}{% for j in range(9999) %}" + "x" * 80
                 + "{% endfor %}{% endfor %}\n", 1, r"wrote more than \d+ characters"),
    TemplateCase("namespace-doubling",
                 "{% set ns = namespace(s='a') %}\n{% for i in range(40) %}"
                 "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}\n", 2,
                 r"would build a text of \d+ characters"),
    TemplateCase("macro-doubling",
                 "{% macro d(s, n) %}{% if n %}{{ d(s ~ s, n - 1) }}{% endif %}{% endmacro %}\n"
                 "{{ d('a', 40) }}\n", 1, r"would build a text of \d+ characters"),
    TemplateCase("join-with-a-long-separator", "{{ range(10000) | join('a' * 10**7) }}\n", 1,
                 r"would build a text of 99990000000 characters"),
    TemplateCase("format-width", "{{ '{:>1000000000}'.format(1) }}\n", 1,
                 r"a format width or precision of a million characters or more"),
    TemplateCase("percent-width", "{{ '%1000000000d' % 1 }}\n", 1,
                 r"a format width or precision of a million"),
    TemplateCase("format-width-argument", "{{ '{:{w}}'.format(1, w=10**9) }}\n", 1,
                 r"would build a text of 1000000000 characters"),
    TemplateCase("center-filter", "{{ 'a' | center(10**9) }}\n", 1,
                 r"would build a text of 1000000000 characters"),
    TemplateCase("ljust-method", "{{ 'a'.ljust(10**9) }}\n", 1,
                 r"would build a text of 1000000000 characters"),
    TemplateCase("replace-amplifies", "{{ ('a' * 10**6).replace('a', 'b' * 1000) }}\n", 1,
                 r"would build a text of 1000000000 characters"),
    TemplateCase("slice-into-a-billion", "{{ range(10) | slice(10**9) | list | length }}\n", 1,
                 r"would build a list of 1000000000 items"),
    TemplateCase("lipsum-is-gone", "{{ lipsum(10**9) }}\n", 1, r"'lipsum' is undefined"),
]


@pytest.mark.parametrize("case", TEMPLATE_CASES, ids=[c.id for c in TEMPLATE_CASES])
def test_a_hostile_template_ends_quickly_with_its_file_and_line(
    case: TemplateCase, tmp_path: Path
) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "strategy.md.j2").write_text(case.source, encoding="utf-8")
    done = run_render(tmp_path, str(EXAMPLE), "--template", "tpl", "-o", "out.md")
    assert_clear(done, 2, rf"template \S*tpl/strategy\.md\.j2, line {case.line}: {case.message}")
    assert not (tmp_path / "out.md").exists()


def test_a_template_file_too_large_to_be_one_is_refused(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "strategy.md.j2").write_bytes(b"x" * (2 << 20))
    done = run_render(tmp_path, str(EXAMPLE), "--template", "tpl", "-o", "out.md")
    assert_clear(done, 2, r"template \S*tpl/strategy\.md\.j2: 2097152 bytes, more than a "
                          r"template may hold \(1048576\)")


def test_a_template_that_is_a_fifo_or_a_device_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    os.mkfifo(tmp_path / "tpl" / "strategy.md.j2")
    (tmp_path / "tpl" / "_macros.md.j2").symlink_to("/dev/zero")
    done = run_render(tmp_path, str(EXAMPLE), "--template", "tpl", "-o", "out.md", timeout=60)
    assert_clear(done, 0, r"Wrote out\.md")  # the bundled files are used instead


def test_template_limits_are_in_german_too(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "strategy.md.j2").write_text("{{ 'a' * 10**9 }}\n", encoding="utf-8")
    done = run_render(tmp_path, str(EXAMPLE), "--template", "tpl", "-o", "out.md", "--lang", "de")
    assert_clear(done, 2, r"Vorlage \S+, Zeile 1: würde einen Text von 1\.000\.000\.000 Zeichen "
                          r"erzeugen|Vorlage \S+, Zeile 1: würde einen Text von 1000000000 Zeichen")


def test_the_bundled_templates_stay_within_the_limits() -> None:
    """The example through every bundled template uses a small part of the step budget."""
    import datetime as dt

    from intstrat.render.context import build_context
    from intstrat.render.environment import make_environment
    from intstrat.render.run import read_strategy
    from intstrat.render.sandbox import MAX_STEPS, bounded_output

    data = read_strategy(EXAMPLE).data
    env = make_environment("en")
    with env.bounded_run() as budget:
        bounded_output(env.get_template("strategy.md.j2").generate(
            **build_context(data, "en", dt.date(2026, 1, 1))))
    assert 0 < budget.used < MAX_STEPS // 1000


# ---------------------------------------------------------------------------------------------
# Class 2: reference documents are zip files from anywhere.

def _base_docx() -> dict[str, bytes]:
    import docx

    stream = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("the reference's own body text")
    document.save(stream)
    with zipfile.ZipFile(stream) as package:
        return {name: package.read(name) for name in package.namelist()}


def _write_docx(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)


def _with_body_image(parts: dict[str, bytes], image: bytes | None) -> dict[str, bytes]:
    rels = "word/_rels/document.xml.rels"
    parts = dict(parts)
    parts[rels] = parts[rels].replace(
        b"</Relationships>",
        f'<Relationship Id="rId99" Type="{IMAGE_REL}" Target="media/image1.png"/>'
        "</Relationships>".encode(),
    )
    if image is not None:
        parts["word/media/image1.png"] = image
    return parts


def _changed(part: str, change: Callable[[bytes], bytes | None]) -> Builder:
    def build(path: Path) -> None:
        parts = _base_docx()
        new = change(parts[part])
        if new is None:
            del parts[part]
        else:
            parts[part] = new
        _write_docx(path, parts)

    return build


def image_bomb(path: Path) -> None:
    """A 2 MB reference whose body image inflates to 2 GiB."""
    parts = _with_body_image(_base_docx(), None)
    _write_docx(path, parts)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as package:
        member = zipfile.ZipInfo("word/media/image1.png")
        member.compress_type = zipfile.ZIP_DEFLATED
        with package.open(member, "w", force_zip64=True) as image:
            block = bytes(1 << 24)
            for _ in range(128):
                image.write(block)


def ratio_bomb(path: Path) -> None:
    """A 30 MB styles part of zeros, under the size limit but inflating thousands of times."""
    parts = _base_docx()
    parts["word/stylesWithEffects.xml"] = bytes(30 << 20)
    _write_docx(path, parts)


def entity_bomb(path: Path) -> None:
    """styles.xml as a "billion laughs": nine levels of ten entities each."""
    entities = ['<!ENTITY a0 "' + "x" * 1000 + '">']
    entities += [f'<!ENTITY a{k} "' + f"&a{k - 1};" * 10 + '">' for k in range(1, 9)]
    text = (f'<?xml version="1.0"?><!DOCTYPE w:styles [{"".join(entities)}]>'
            f'<w:styles xmlns:w="{W_NS}">&a8;</w:styles>')
    parts = _base_docx()
    parts["word/styles.xml"] = text.encode()
    _write_docx(path, parts)


def many_parts(path: Path) -> None:
    parts = _base_docx()
    for index in range(1200):
        parts[f"customXml/item{index}.xml"] = b"<a/>"
    _write_docx(path, parts)


def not_a_zip(path: Path) -> None:
    path.write_bytes(b"hello, not a zip file")


@dataclass(frozen=True)
class ReferenceCase:
    id: str
    make: Builder
    message: str


MALFORMED = r"reference document has a malformed "
REFERENCE_CASES = [
    ReferenceCase("image-inflating-to-2-GiB", image_bomb,
                  r"reference document refused: word/media/image1\.png inflates to 2147483648 "
                  r"bytes \(limit \d+\)"),
    ReferenceCase("ratio-bomb", ratio_bomb,
                  r"reference document refused: word/stylesWithEffects\.xml inflates \d+ times "
                  r"\(limit 100\), a zip bomb\?"),
    ReferenceCase("styles-entity-bomb", entity_bomb,
                  r"reference document refused: word/styles\.xml declares a DTD \(entities\)"),
    ReferenceCase("too-many-parts", many_parts,
                  r"reference document refused: \d+ parts \(limit 1000\)"),
    ReferenceCase("numId-not-a-number", _changed(
        "word/numbering.xml", lambda b: re.sub(rb'w:numId="\d+"', b'w:numId="abc"', b, count=1)),
        MALFORMED + r"word/numbering\.xml: w:numId 'abc' is not a number"),
    ReferenceCase("abstractNumId-not-a-number", _changed(
        "word/numbering.xml",
        lambda b: re.sub(rb'w:abstractNumId="\d+"', b'w:abstractNumId="-1"', b, count=1)),
        MALFORMED + r"word/numbering\.xml: w:abstractNumId '-1' is not a number"),
    ReferenceCase("style-of-unknown-type", _changed(
        "word/styles.xml", lambda b: b.replace(b'w:type="paragraph"', b'w:type="bogus"', 1)),
        MALFORMED + r"word/styles\.xml: a style of unknown type 'bogus'"),
    ReferenceCase("empty-style", _changed(
        "word/styles.xml", lambda b: b.replace(b"</w:styles>", b"<w:style/></w:styles>")),
        MALFORMED + r"word/styles\.xml: a style without an id \(w:styleId\)"),
    ReferenceCase("document-without-a-body", _changed(
        "word/document.xml", lambda b: re.sub(rb"<w:body>.*</w:body>", b"", b, flags=re.S)),
        MALFORMED + r"word/document\.xml: it has no body \(w:body\)"),
    ReferenceCase("page-width-not-a-number", _changed(
        "word/document.xml", lambda b: re.sub(rb'w:w="\d+"', b'w:w="wide"', b)),
        MALFORMED + r"word/document\.xml: its page setup \(w:sectPr\)"),
    ReferenceCase("styles-not-xml", _changed("word/styles.xml", lambda b: b[:100]),
                  r"not a Word document \(\.docx\)"),
    ReferenceCase("styles-missing", _changed("word/styles.xml", lambda b: None),
                  r"not a Word document \(\.docx\): .*word/styles\.xml"),
    ReferenceCase("not-a-zip", not_a_zip, r"not a Word document \(\.docx\): File is not a zip"),
]


@pytest.mark.parametrize("case", REFERENCE_CASES, ids=[c.id for c in REFERENCE_CASES])
def test_a_hostile_reference_document_is_named_and_refused(
    case: ReferenceCase, tmp_path: Path
) -> None:
    case.make(tmp_path / "corporate.docx")
    done = run_render(tmp_path, str(EXAMPLE), "--reference-docx", "corporate.docx",
                      "-o", "out.docx")
    assert_clear(done, 2, rf"^intstrat: error: corporate\.docx: {case.message}")
    assert not (tmp_path / "out.docx").exists()


def test_a_reference_that_is_a_fifo_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "corporate.docx")
    done = run_render(tmp_path, str(EXAMPLE), "--reference-docx", "corporate.docx",
                      "-o", "out.docx", timeout=60)
    assert_clear(done, 2, r"corporate\.docx: reference document is not a regular file")


def test_the_reference_body_images_are_not_copied_into_the_output(tmp_path: Path) -> None:
    image = os.urandom(300_000)
    _write_docx(tmp_path / "corporate.docx", _with_body_image(_base_docx(), image))
    done = run_render(tmp_path, str(EXAMPLE), "--reference-docx", "corporate.docx",
                      "-o", "out.docx")
    assert_clear(done, 0, r"Wrote out\.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        names = package.namelist()
        rels = package.read("word/_rels/document.xml.rels")
    assert not [n for n in names if n.startswith("word/media/")], names
    assert "docProps/thumbnail.jpeg" not in names  # a picture of the reference's own page
    assert b"rId99" not in rels
    assert (tmp_path / "out.docx").stat().st_size < 100_000


def test_a_reference_without_page_setup_gets_the_default_one(tmp_path: Path) -> None:
    _changed("word/document.xml",
             lambda b: re.sub(rb"<w:sectPr.*</w:sectPr>", b"", b, flags=re.S))(
        tmp_path / "corporate.docx")
    done = run_render(tmp_path, str(EXAMPLE), "--reference-docx", "corporate.docx",
                      "-o", "out.docx")
    assert_clear(done, 0, r"Wrote out\.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        assert b"<w:sectPr" in package.read("word/document.xml")


# ---------------------------------------------------------------------------------------------
# Classes 4 and 5: files that are not files, full disks.

def test_a_fifo_as_input_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "plan.yaml")
    done = run_render(tmp_path, "plan.yaml", "-o", "out.md", timeout=30)
    assert_clear(done, 2, r"plan\.yaml: not a regular file \(a pipe or a device\)")


def test_dev_zero_as_input_stops(tmp_path: Path) -> None:
    done = run_render(tmp_path, "/dev/zero", "-o", "out.md", timeout=30)
    assert_clear(done, 2, r"/dev/zero: not a regular file")


def test_a_file_over_the_size_limit_is_check_s_finding(tmp_path: Path) -> None:
    (tmp_path / "big.yaml").write_bytes(b"intstrat: 1\n" + b"# padding\n" * (2_200_000))
    done = run_render(tmp_path, "big.yaml", "-o", "out.md", timeout=30)
    assert_clear(done, 2, r"big\.yaml:1:1: cannot render: .*\[YA05\]$")


@pytest.mark.parametrize("target", ["/dev/null", "fifo", "link-to-dev-null", "/dev/full"])
def test_an_output_that_is_not_a_regular_file_is_never_replaced(
    target: str, tmp_path: Path
) -> None:
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "link-to-dev-null").symlink_to("/dev/null")
    before = os.stat(target if target.startswith("/") else tmp_path / target).st_mode
    done = run_render(tmp_path, str(EXAMPLE), "-o", target, timeout=30)
    assert_clear(done, 2, rf"{re.escape(target)}: not a regular file \(a device or a pipe\); "
                          r"intstrat does not replace it")
    after = os.stat(target if target.startswith("/") else tmp_path / target).st_mode
    assert after == before and not stat.S_ISREG(after)
    assert (tmp_path / "link-to-dev-null").is_symlink()


def test_a_symlink_loop_as_output_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").symlink_to("b.md")
    (tmp_path / "b.md").symlink_to("a.md")
    done = run_render(tmp_path, str(EXAMPLE), "-o", "a.md", timeout=30)
    assert_clear(done, 2, r"a\.md: cannot write: Too many levels of symbolic links")


def test_stdout_on_a_full_disk_is_said_in_words(tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "intstrat", "render", str(EXAMPLE), "-o", "-"],
            cwd=tmp_path, env=child_env(), stdout=full, stderr=subprocess.PIPE, text=True,
            timeout=60, preexec_fn=limit_memory, check=False,
        )
    assert done.returncode == 2, done.stderr
    assert "standard output: cannot write: No space left on device" in done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr


# ---------------------------------------------------------------------------------------------
# Classes 6, 7 and 9: numbers, sizes and words.

def _example_with(*replacements: tuple[str, str]) -> bytes:
    text = EXAMPLE.read_text("utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text.encode()


BIG = "9" * 401
HUGE_NUMBERS = {
    "amount-1e308": (("amount_eur: 3600000", "amount_eur: 1e308"),
                     ("amount_eur: 1450000", "amount_eur: 1e308")),
    "amount-401-digits": (("amount_eur: 3600000", f"amount_eur: {BIG}"),),
    "weight-1e308": (("weight: 3", "weight: 1e308"), ("weight: 2", "weight: 1e308")),
    "weight-401-digits": (("weight: 3", f"weight: {BIG}"),),
    "score-1e308": (("{interest: 5,", "{interest: 1e308,"),),
    "score-401-digits": (("{interest: 5,", f"{{interest: {BIG},"),),
}


@pytest.mark.parametrize("fmt", ["md", "docx"])
@pytest.mark.parametrize("case", sorted(HUGE_NUMBERS))
def test_huge_numbers_render(case: str, fmt: str, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_bytes(_example_with(*HUGE_NUMBERS[case]))
    done = run_render(tmp_path, "plan.yaml", "-o", f"out.{fmt}")
    assert_clear(done, 0, rf"Wrote out\.{fmt}")


@pytest.mark.parametrize(("as_of", "stamp"), [("2200-01-01", (2107, 12, 31)),
                                              ("1900-06-01", (1980, 1, 1)),
                                              ("2107-05-06", (2107, 5, 6))])
def test_zip_dates_are_clamped(as_of: str, stamp: tuple[int, int, int], tmp_path: Path) -> None:
    done = run_render(tmp_path, str(EXAMPLE), "-o", "out.docx", "--as-of", as_of)
    assert_clear(done, 0, r"Wrote out\.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        assert {info.date_time[:3] for info in package.infolist()} == {stamp}


def test_a_10_mb_text_field_renders_to_docx(tmp_path: Path) -> None:
    long_name = "xy" * (5 << 20)  # not "xxx…", which is a placeholder (CO04) and renders as a gap
    (tmp_path / "plan.yaml").write_bytes(_example_with(
        ("name: Lumina Photonics Cluster Thuringia", f"name: {long_name}")))
    done = run_render(tmp_path, "plan.yaml", "-o", "out.docx")
    assert_clear(done, 0, r"Wrote out\.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        assert long_name.encode() in package.read("word/document.xml")
        assert len(package.read("docProps/core.xml")) < 10_000  # the title is cut at 255


def many_partners(count: int) -> bytes:
    row = ("    - id: c{i}\n      name: Candidate {i}\n      country: KR\n      kind: cluster\n"
           "      status: candidate\n      description: d\n      scores:\n"
           "        - rater: weber\n          values: {{interest: 5, tech-level: 4, structure: 5,"
           " management: 4, sector: 5, country: 4, framework: 4, complementarity: 5}}\n")
    return _example_with(("  candidates:\n",
                          "  candidates:\n" + "".join(row.format(i=i) for i in range(count))))


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_10000_partner_candidates_render_within_bounds(fmt: str, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_bytes(many_partners(10_000))
    done = run_render(tmp_path, "plan.yaml", "-o", f"out.{fmt}", timeout=180)
    assert_clear(done, 0, rf"Wrote out\.{fmt}")
    if fmt == "md":
        text = (tmp_path / "out.md").read_text("utf-8")
        assert "| Candidate 9999 |" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"intstrat: 1\nl0: &l0 [" + b", ".join([b'"lol"'] * 9) + b"]\n" + b"".join(
            b"l%d: &l%d [" % (k, k) + b", ".join([b"*l%d" % (k - 1)] * 9) + b"]\n"
            for k in range(1, 10)),
         r"plan\.yaml:\d+:\d+: cannot render: aliases expand to more than 100000 nodes; "
         r"reading stopped \(an 'alias bomb'\?\) \[YA05\]$"),
        (b"\xff\xfe\xfa\x00bad", r"plan\.yaml:1:\d+: cannot render: .* \[YA06\]$"),
    ],
    ids=["alias-bomb", "bad-encoding"],
)
def test_unreadable_input_gives_check_s_message(content: bytes, message: str,
                                                 tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_bytes(content)
    done = run_render(tmp_path, "plan.yaml", "-o", "out.md")
    assert_clear(done, 2, message)
    assert "alias_budget" not in done.stderr


def test_a_million_list_items_render_to_md_and_are_refused_for_docx(tmp_path: Path) -> None:
    """The largest documented input (just under the limit of 1,000,000 keys, values and list
    items, and under 20 MiB): Markdown within bounds; a DOCX of it would pass 1 GB, so it is
    refused with its numbers and the way out."""
    items = "".join(f"    - finding {i}\n" for i in range(980_000))
    (tmp_path / "plan.yaml").write_bytes(_example_with(("  findings:\n", "  findings:\n" + items)))
    assert (tmp_path / "plan.yaml").stat().st_size < 20 * 1024 * 1024
    done = run_render(tmp_path, "plan.yaml", "-o", "out.md")
    assert_clear(done, 0, r"Wrote out\.md")
    assert "- finding 979999" in (tmp_path / "out.md").read_text("utf-8")
    done = run_render(tmp_path, "plan.yaml", "-o", "out.docx")
    assert_clear(done, 2, r"plan\.yaml: too large for a Word document: about 98\d{4} paragraphs "
                          r"and table cells \(limit 250000\); --format md writes it as Markdown")
    assert not (tmp_path / "out.docx").exists()
