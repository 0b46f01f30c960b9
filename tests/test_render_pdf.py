"""`render --format pdf` through the real CLI: one LibreOffice for a batch, a filled table of
contents, and a clear message when LibreOffice is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_intstrat


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI: libreoffice-writer-nogui")
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    return found


def test_a_batch_of_pdfs_is_converted_by_one_libreoffice_per_core(outside: Path) -> None:
    """Five strategies, one call: five PDFs with their TOC filled, converted by one LibreOffice
    per core (at most four), never one per document (counted by a stand-in `soffice` first on
    the PATH)."""
    from intstrat.limits import usable_cores
    from intstrat.render.pdf import MAX_PROCESSES

    real = _soffice()
    shims = outside / "bin"
    shims.mkdir()
    log = outside / "soffice.log"
    shim = shims / "soffice"
    shim.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexec "{real}" "$@"\n')
    shim.chmod(0o755)
    names = ["strategy-en.yaml", "strategie-de.yaml", "copy-1.yaml", "copy-2.yaml", "copy-3.yaml"]
    for name in names:
        source = name if not name.startswith("copy") else "strategy-en.yaml"
        shutil.copyfile(EXAMPLES / source, outside / name)
    (outside / "out").mkdir()
    env = {"PATH": f"{shims}{os.pathsep}{os.environ['PATH']}"}
    done = run_intstrat(
        "render", *names, "--format", "pdf", "-o", "out",
        "--as-of", "2026-11-01", cwd=outside, env=env, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "Wrote out/strategy-en.pdf." in done.stderr
    assert "out/strategie-de.pdf geschrieben." in done.stderr
    conversions = [line for line in log.read_text().splitlines() if "macro:" in line]
    cores = usable_cores()
    assert len(conversions) == min(cores, MAX_PROCESSES, len(names)) < len(names), conversions
    assert len({line.split()[0] for line in conversions}) == len(conversions), "own profiles"
    for name in names[2:]:
        assert (outside / "out" / name.replace(".yaml", ".pdf")).read_bytes().startswith(b"%PDF")
    for name, toc, chapter in (
        ("strategy-en.pdf", "Contents", "1 Summary of the strategy"),
        ("strategie-de.pdf", "Inhalt", "1 Die Strategie in Kürze"),
    ):
        pdf = outside / "out" / name
        assert pdf.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                  text=True, check=True).stdout
            assert toc in text and "F9" not in text
            assert any(line.strip().startswith(chapter) and line.rstrip()[-1].isdigit()
                       for line in text.splitlines()), "the TOC lists chapter 1 with its page"
    assert not list(outside.glob("*.docx")), "the intermediate DOCX is not left behind"


def test_without_libreoffice_pdf_is_a_usage_error_naming_the_package(outside: Path) -> None:
    shutil.copyfile(EXAMPLES / "strategy-en.yaml", outside / "strategy-en.yaml")
    empty = outside / "empty-bin"
    empty.mkdir()
    for lang, expected in (
        ("en", "--format pdf needs LibreOffice (soffice), which is not on PATH; on Debian or "
               "Ubuntu install it with: apt-get install libreoffice-writer-nogui"),
        ("de", "--format pdf braucht LibreOffice (soffice), das nicht im PATH liegt; unter "
               "Debian oder Ubuntu installieren mit: apt-get install libreoffice-writer-nogui"),
    ):
        done = run_intstrat("render", "strategy-en.yaml", "-o", "concept.pdf", "--lang", lang,
                            cwd=outside, env={"PATH": str(empty)})
        assert done.returncode == 2, done.stderr
        assert expected in done.stderr
        assert "Traceback" not in done.stderr
        assert not (outside / "concept.pdf").exists()


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("-", "-o - takes one FILE; with several, -o names a folder"),
        ("one.pdf", "one.pdf: with several FILEs, -o names an existing folder"),
    ],
)
def test_several_files_need_a_folder_as_output(outside: Path, output: str, message: str) -> None:
    for name in ("strategy-en.yaml", "strategie-de.yaml"):
        shutil.copyfile(EXAMPLES / name, outside / name)
    done = run_intstrat("render", "strategy-en.yaml", "strategie-de.yaml", "--format", "md",
                        "-o", output, "--lang", "en", cwd=outside)
    assert done.returncode == 2
    assert message in done.stderr
    assert not list(outside.glob("*.md"))


def test_several_markdown_files_are_written_beside_their_inputs(outside: Path) -> None:
    for name in ("strategy-en.yaml", "strategie-de.yaml"):
        shutil.copyfile(EXAMPLES / name, outside / name)
    done = run_intstrat("render", "strategy-en.yaml", "strategie-de.yaml", "--as-of",
                        "2026-11-01", cwd=outside)
    assert done.returncode == 0, done.stderr
    assert (outside / "strategy-en.md").read_text(encoding="utf-8").startswith("# ")
    assert (outside / "strategie-de.md").read_text(encoding="utf-8").startswith("# ")


def test_a_conversion_that_takes_too_long_is_ended_with_a_clear_message() -> None:
    _soffice()
    import datetime as dt

    from intstrat.render import pdf
    from intstrat.render.run import RenderOptions, render

    document = render(RenderOptions(EXAMPLES / "strategy-en.yaml", "docx",
                                    as_of=dt.date(2026, 11, 1))).payload
    with pytest.raises(pdf.ConverterError) as raised:
        pdf.convert([document], timeout=0.5)
    assert raised.value.text("en").startswith(
        "LibreOffice did not finish the PDF conversion within "
    )
    assert pdf.convert([]) == []


def test_a_failing_batch_leaves_no_libreoffice_and_no_temporary_folder(outside: Path) -> None:
    """LibreOffice makes its profile while the documents render; when a document then fails,
    that LibreOffice is ended and its folder removed (no process, no files left behind)."""
    _soffice()
    tmp = outside / "tmp"
    tmp.mkdir()
    shutil.copyfile(EXAMPLES / "strategy-en.yaml", outside / "good.yaml")
    (outside / "broken.yaml").write_text("intstrat: 2\ncluster: [unclosed\n", encoding="utf-8")
    (outside / "out").mkdir()
    done = run_intstrat("render", "good.yaml", "broken.yaml", "--format", "pdf", "-o", "out",
                        cwd=outside, env={"TMPDIR": str(tmp)}, timeout=300)
    assert done.returncode in (1, 2), done.stderr
    assert "broken.yaml" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp.iterdir()) == []
    running = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(tmp).encode() in cmdline.read_bytes():
                running.append(cmdline.parent.name)
        except OSError:
            continue  # the process ended meanwhile
    assert running == [], "LibreOffice still runs"
