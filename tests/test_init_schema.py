"""`init --schema PATH`: the editor line leads from the new file to the schema, as editors read it.

yaml-language-server resolves a relative `$schema=` path against the folder of the file that
holds it. The last tests drive the real server over LSP (stdio): the schema error in a file
written by `init --schema` comes back as a diagnostic only when the path resolved. They need
node and yaml-language-server (`.ci/run` installs it with npm; `INTSTRAT_YAMLLS` names its
`bin/yaml-language-server` script, or it is looked up on PATH).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import run_intstrat

MODELINE = "# yaml-language-server: $schema="
# The server's settings: validation on, nothing fetched from the schema store.
SETTINGS: dict[str, Any] = {
    "yaml": {"validate": True, "hover": False, "completion": False,
             "schemaStore": {"enable": False}, "schemas": {}},
}


def _modeline(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(MODELINE), first
    return first.removeprefix(MODELINE)


@pytest.fixture
def project(outside: Path) -> Path:
    """A user's folder with the schema written by `intstrat schema` and a nested target folder."""
    (outside / "strategies" / "2026").mkdir(parents=True)
    done = run_intstrat("schema", "-o", "schema.json", cwd=outside)
    assert done.returncode == 0, done.stderr
    return outside


@pytest.mark.parametrize(
    ("cwd", "target", "schema", "written"),
    [
        (".", "strategies/2026/s.yaml", "schema.json", "../../schema.json"),
        (".", "strategies/2026/s.yaml", "./schema.json", "../../schema.json"),
        (".", "s.yaml", "schema.json", "schema.json"),
        ("strategies", "2026/s.yaml", "../schema.json", "../../schema.json"),
        ("strategies/2026", "../../s.yaml", "../../schema.json", "schema.json"),
        ("strategies", "../s.yaml", "2026/x.json", "strategies/2026/x.json"),
    ],
    ids=["nested-target", "dot-slash", "same-folder", "from-a-subfolder", "target-above",
         "schema-below"],
)
def test_a_relative_schema_path_is_rewritten_from_the_new_files_folder(
    project: Path, cwd: str, target: str, schema: str, written: str
) -> None:
    done = run_intstrat("init", target, "--schema", schema, cwd=project / cwd)
    assert done.returncode == 0, done.stderr
    new_file = project / cwd / target
    assert _modeline(new_file) == written
    # The editor's reading: the path against the new file's folder is the schema named.
    assert (new_file.parent / written).resolve() == (project / cwd / schema).resolve()


@pytest.mark.parametrize(
    "schema",
    [
        "https://example.org/schemas/strategy.schema.json",
        "http://localhost:8000/strategy.schema.json",
        "file:///srv/schemas/strategy.schema.json",
        "/srv/schemas/strategy.schema.json",
    ],
    ids=["https", "http", "file-url", "absolute-path"],
)
def test_urls_and_absolute_paths_stay_as_given(outside: Path, schema: str) -> None:
    (outside / "sub").mkdir()
    done = run_intstrat("init", "sub/s.yaml", "--schema", schema, cwd=outside)
    assert done.returncode == 0, done.stderr
    assert _modeline(outside / "sub" / "s.yaml") == schema


def test_without_schema_the_line_names_the_published_schema(outside: Path) -> None:
    done = run_intstrat("init", "s.yaml", cwd=outside)
    assert done.returncode == 0, done.stderr
    assert _modeline(outside / "s.yaml") == (
        "https://raw.githubusercontent.com/intstrat/intstrat/main/schemas/strategy.schema.json"
    )


# ---- the real yaml-language-server over LSP


def _server() -> list[str] | None:
    named = os.environ.get("INTSTRAT_YAMLLS")
    if named and not Path(named).exists():
        # Named (as .ci/run does) but not there: a broken install step, not a missing tool.
        pytest.fail(f"INTSTRAT_YAMLLS={named} does not exist")
    node = shutil.which("node")
    script = named or shutil.which("yaml-language-server")
    if node is None or script is None:
        return None
    return [node, str(Path(script).resolve()), "--stdio"]


class LanguageServer:
    """A minimal LSP client over stdio: requests, notifications and published diagnostics."""

    def __init__(self, command: list[str], root: Path) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            cwd=root,
        )
        self.messages: list[dict[str, Any]] = []
        self.lock = threading.Condition()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(stream.read(length))
            if "id" in message and "method" in message:
                # A request from the server (configuration, registration): answer it.
                result: Any = None
                if message["method"] == "workspace/configuration":
                    result = [SETTINGS.get(item.get("section", ""))
                              for item in message["params"]["items"]]
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            with self.lock:
                self.messages.append(message)
                self.lock.notify_all()

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode("utf-8")
        stream = self.process.stdin
        assert stream is not None
        stream.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stream.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: dict[str, Any], timeout: float = 30) -> Any:
        self.next_id += 1
        ident = self.next_id
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        found = self._wait(lambda m: m.get("id") == ident and "method" not in m, timeout)
        return found.get("result")

    def _wait(self, wanted: Any, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                for message in self.messages:
                    if wanted(message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no answer from the language server: {self.messages}")
                self.lock.wait(left)

    def diagnostics(self, uri: str, timeout: float = 30) -> list[dict[str, Any]]:
        """The first non-empty diagnostics published for `uri` (a schema-less run has none)."""
        found = self._wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri and m["params"]["diagnostics"], timeout,
        )
        return list(found["params"]["diagnostics"])

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait(timeout=10)
        finally:
            for stream in (self.process.stdin, self.process.stdout):
                if stream is not None:
                    stream.close()


@pytest.fixture
def language_server(project: Path) -> Any:
    command = _server()
    if command is None:
        pytest.skip("node or yaml-language-server is missing (npm install yaml-language-server; "
                    "INTSTRAT_YAMLLS names its bin/yaml-language-server)")
    server = LanguageServer(command, project)
    server.request("initialize", {
        "processId": os.getpid(), "rootUri": project.as_uri(), "capabilities": {
            "workspace": {"configuration": True},
            "textDocument": {"publishDiagnostics": {}},
        },
    })
    server.notify("initialized", {})
    server.notify("workspace/didChangeConfiguration", {"settings": SETTINGS})
    yield server
    server.close()


def _open(server: LanguageServer, path: Path) -> str:
    uri = path.as_uri()
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": 1,
        "text": path.read_text(encoding="utf-8"),
    }})
    return uri


def _with_schema_error(path: Path) -> None:
    # The skeleton is valid up to empty values; a key the format does not know is an error the
    # server can report only after it read the schema (additionalProperties: false).
    path.write_text(path.read_text(encoding="utf-8") + "not_a_strategy_key: 1\n",
                    encoding="utf-8")


def test_yaml_language_server_finds_the_schema_that_init_wrote(
    project: Path, language_server: LanguageServer
) -> None:
    done = run_intstrat("init", "strategies/2026/s.yaml", "--schema", "schema.json", cwd=project)
    assert done.returncode == 0, done.stderr
    target = project / "strategies" / "2026" / "s.yaml"
    _with_schema_error(target)
    diagnostics = language_server.diagnostics(_open(language_server, target))
    messages = [d["message"] for d in diagnostics]
    assert any("not_a_strategy_key" in m and "not allowed" in m for m in messages), messages
    last = len(target.read_text(encoding="utf-8").splitlines()) - 1
    assert any(d["range"]["start"]["line"] == last for d in diagnostics), diagnostics


def test_yaml_language_server_misses_the_schema_at_the_verbatim_path(
    project: Path, language_server: LanguageServer
) -> None:
    # The control: the path as it was typed (from the user's folder, not the file's) is what
    # init used to write; the server then cannot load the schema and reports that instead.
    done = run_intstrat("init", "strategies/2026/s.yaml", cwd=project)
    assert done.returncode == 0, done.stderr
    target = project / "strategies" / "2026" / "s.yaml"
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    target.write_text(MODELINE + "schema.json\n" + "".join(lines[1:]), encoding="utf-8")
    _with_schema_error(target)
    diagnostics = language_server.diagnostics(_open(language_server, target))
    messages = [d["message"] for d in diagnostics]
    assert not any("not_a_strategy_key" in m for m in messages), messages
    assert any("schema" in m.lower() for m in messages), messages
