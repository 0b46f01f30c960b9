"""DOCX → PDF through LibreOffice headless: a whole batch from one converter per core.

`soffice --convert-to pdf` leaves a Word table of contents as its placeholder text ("update
the field"): LibreOffice does not update fields on load. So the conversion runs a small Basic
macro in a private LibreOffice profile instead: it opens each document hidden, updates every
index twice (the second pass settles the page numbers once the filled TOC has moved the
chapters), exports the PDF and goes on with the next document of its run, all in one process.
The DOCX itself keeps its field for Word to update.

The documents are copied under plain ASCII names into a private folder first, so neither a
file name with spaces or umlauts nor a second user's conversion can reach the macro's lines.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from intstrat.errors import IntstratError
from intstrat.i18n import N_
from intstrat.limits import usable_cores

DEBIAN_PACKAGE = "libreoffice-writer-nogui"
SECONDS_PER_DOCUMENT = 60
"""The converter's time limit grows with the batch: a start-up, then this per document."""
START_SECONDS = 60
MAX_PROCESSES = 4
"""At most this many converters side by side (each LibreOffice holds about 250 MB)."""

_MODULE = "IntstratPdf"
_MACRO = """REM intstrat: open each DOCX, fill its indexes, export a PDF.
Sub Convert(listFile As String)
  Dim n As Integer, src As String, dst As String
  n = FreeFile
  Open listFile For Input As #n
  Do While Not EOF(n)
    Line Input #n, src
    Line Input #n, dst
    ConvertOne(src, dst)
  Loop
  Close #n
  StarDesktop.terminate()
End Sub

Sub ConvertOne(src As String, dst As String)
  Dim doc As Object, pass As Integer, i As Integer
  Dim load(0) As New com.sun.star.beans.PropertyValue
  Dim store(0) As New com.sun.star.beans.PropertyValue
  On Error GoTo Failed
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), "_blank", 0, load())
  For pass = 1 To 2
    For i = 0 To doc.getDocumentIndexes().getCount() - 1
      doc.getDocumentIndexes().getByIndex(i).update()
    Next i
    doc.getTextFields().refresh()
  Next pass
  store(0).Name = "FilterName"
  store(0).Value = "writer_pdf_Export"
  doc.storeToURL(ConvertToURL(dst), store())
  doc.close(True)
  Exit Sub
Failed:
  If Not IsNull(doc) Then doc.close(True)
End Sub
"""

_LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false">
 <library:element library:name="{module}"/>
</library:library>
"""
_DIALOGS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false"/>
"""
_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" \
"libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" \
xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>
"""


class ConverterError(IntstratError):
    """LibreOffice is missing, failed or took too long."""


def _start(command: list[str], environment: dict[str, str]) -> Any:
    """Start LibreOffice in a session of its own, so that ending it ends all its processes
    (`soffice` is a script that starts `soffice.bin`), not only the first."""
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env=environment, start_new_session=True)


def _stop(process: Any) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def _finish(process: Any, limit: float) -> Any:
    """Wait for a started LibreOffice; past `limit` seconds it is killed (TimeoutExpired)."""
    try:
        stdout, stderr = process.communicate(timeout=max(limit, 0.1))
    except subprocess.TimeoutExpired:
        _stop(process)
        raise
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def _run(command: list[str], limit: float, environment: dict[str, str]) -> Any:
    with _start(command, environment) as process:
        return _finish(process, limit)


def soffice() -> str:
    """The LibreOffice program on PATH, else an error naming the package to install."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise ConverterError(
            N_("--format pdf needs LibreOffice (soffice), which is not on PATH; on Debian or "
               "Ubuntu install it with: apt-get install {package}"),
            package=DEBIAN_PACKAGE,
        )
    return found


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _install_macro(profile: Path) -> None:
    """The conversion macro in the Standard library of a freshly made profile.

    LibreOffice fills a new profile on its first start and then replaces the Standard
    library's index, so the profile is made first and the macro written into it after.
    """
    standard = profile / "user" / "basic" / "Standard"
    standard.mkdir(parents=True, exist_ok=True)
    basic = standard.parent
    if not (basic / "script.xlc").is_file():
        (basic / "script.xlc").write_text(_CONTAINER, encoding="utf-8")
        (basic / "dialog.xlc").write_text(_CONTAINER.replace("script", "dialog"),
                                          encoding="utf-8")
        (standard / "dialog.xlb").write_text(_DIALOGS, encoding="utf-8")
    (standard / "script.xlb").write_text(_LIBRARY.format(module=_MODULE), encoding="utf-8")
    (standard / f"{_MODULE}.xba").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" '
        '"module.dtd">\n'
        '<script:module xmlns:script="http://openoffice.org/2000/script" '
        f'script:name="{_MODULE}" script:language="StarBasic">{_escape(_MACRO)}'
        "</script:module>\n",
        encoding="utf-8",
    )


def _chunks(documents: Sequence[bytes], count: int) -> list[list[int]]:
    """The document indices split into `count` runs of consecutive documents, the first ones
    one longer where they do not split evenly."""
    size, extra = divmod(len(documents), count)
    out, start = [], 0
    for k in range(count):
        end = start + size + (1 if k < extra else 0)
        out.append(list(range(start, end)))
        start = end
    return [c for c in out if c]


def convert(documents: Sequence[bytes], timeout: float | None = None,
            processes: int | None = None) -> list[bytes]:
    """The PDF of each DOCX in `documents`, in order.

    One LibreOffice converts a run of the documents; as many run side by side as there are
    cores (`processes`), each in a profile of its own: LibreOffice lays out one document at a
    time on one core, so on two cores a batch takes about half the time (measured: 20
    strategies 17 s → 11 s).
    """
    if not documents:
        return []
    program = soffice()
    count = max(1, min(processes or usable_cores(), MAX_PROCESSES, len(documents)))
    with tempfile.TemporaryDirectory(prefix="intstrat-pdf-") as name:
        folder = Path(name)
        # LibreOffice's own temporary files too go into the private folder, so that nothing
        # is left behind when it has to be ended.
        environment = {**os.environ, "HOME": str(folder), "TMPDIR": str(folder)}
        pairs = []
        for index, payload in enumerate(documents):
            source = folder / f"{index:05d}.docx"
            source.write_bytes(payload)
            pairs.append((source, source.with_suffix(".pdf")))
        jobs = []
        for k, chunk in enumerate(_chunks(documents, count)):
            profile = _make_profile(program, folder / f"profile{k}", environment)
            listing = folder / f"documents{k}.txt"
            listing.write_text("".join(f"{pairs[i][0]}\n{pairs[i][1]}\n" for i in chunk),
                               encoding="ascii", newline="\n")
            limit = timeout or START_SECONDS + SECONDS_PER_DOCUMENT * len(chunk)
            jobs.append((profile, listing, limit))
        results = _run_all(program, jobs, environment)
        out = []
        for _, target in pairs:
            if not target.is_file() or not target.read_bytes().startswith(b"%PDF"):
                failed = next((r for r in results if r.returncode), results[0])
                detail = failed.stderr.decode("utf-8", "replace").strip().splitlines()
                raise ConverterError(
                    N_("LibreOffice could not convert the document to PDF (exit code "
                       "{code}): {reason}"),
                    code=failed.returncode, reason=detail[-1] if detail else "-",
                )
            out.append(target.read_bytes())
        return out


def _make_profile(program: str, profile: Path, environment: dict[str, str]) -> Path:
    try:
        _run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
              "--terminate_after_init"], START_SECONDS, environment)
    except subprocess.TimeoutExpired:
        raise ConverterError(
            N_("LibreOffice did not start within {seconds} seconds"), seconds=START_SECONDS
        ) from None
    except OSError as exc:
        raise ConverterError(
            N_("LibreOffice ({program}) cannot be started: {reason}"),
            program=program, reason=exc.strerror or exc,
        ) from None
    _install_macro(profile)
    return profile


def _run_all(program: str, jobs: list[tuple[Path, Path, float]],
             environment: dict[str, str]) -> list[Any]:
    """Run the conversions side by side; if one fails to start or takes too long, all end."""
    started: list[tuple[Any, float]] = []
    try:
        for profile, listing, limit in jobs:
            command = [
                program,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nolockcheck",
                f'macro:///Standard.{_MODULE}.Convert("{listing}")',
            ]
            try:
                # Standard error into a file: a pipe nobody reads while another converter is
                # awaited could fill up and stall it.
                with listing.with_suffix(".err").open("wb") as errors:
                    process = subprocess.Popen(
                        command, stdout=subprocess.DEVNULL, stderr=errors,
                        stdin=subprocess.DEVNULL, env=environment, start_new_session=True)
                started.append((process, time.monotonic() + limit))
            except OSError as exc:
                raise ConverterError(
                    N_("LibreOffice ({program}) cannot be started: {reason}"),
                    program=program, reason=exc.strerror or exc,
                ) from None
        results = []
        for (process, deadline), (_, listing, _) in zip(started, jobs, strict=True):
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 0.1))
                results.append(subprocess.CompletedProcess(
                    process.args, process.returncode, b"",
                    listing.with_suffix(".err").read_bytes()))
            except subprocess.TimeoutExpired:
                raise ConverterError(
                    N_("LibreOffice did not finish the PDF conversion within {seconds} "
                       "seconds"),
                    seconds=int(max(limit for _, _, limit in jobs)),
                ) from None
        return results
    finally:
        for process, _ in started:
            if process.poll() is None:
                _stop(process)
