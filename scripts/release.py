"""Release intstrat in one command: check, build, test the wheel as a user gets it, tag.

    python scripts/release.py 0.2.0 --dry-run    everything except the tag
    python scripts/release.py 0.2.0              ... then `git tag -a v0.2.0`

Steps, each stopping the release with a message when it fails:
1. the version is X.Y.Z and is the one in src/intstrat/__init__.py (the package's only version,
   which pyproject.toml reads), CHANGELOG.md has a section for it, the tag does not exist yet;
2. the git tree is clean (nothing modified, staged or untracked), so the tag names what was built;
3. sdist and wheel are built with `python -m build` (the sdist from a clean copy of the tree) and
   checked with `twine check` (metadata and README as the package index will render them);
4. the wheel is installed into a fresh virtual environment, and from a folder outside the tree
   `intstrat --version` must print the version and `intstrat check` must pass on the example;
5. the annotated tag vX.Y.Z is created (not with --dry-run), and the next steps are printed:
   pushing the tag and uploading dist/ are left to the person releasing.

Needs `build` and `twine` (both in the `test` extra) and git; the build and the wheel's
dependencies come from the package index, as in any install.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION_FILE = ROOT / "src" / "intstrat" / "__init__.py"
CHANGELOG = ROOT / "CHANGELOG.md"
EXAMPLE = ROOT / "examples" / "strategy-en.yaml"
DIST = ROOT / "dist"
# Bounds for each outside command: a release never hangs on a stuck build or download.
TIMEOUT = 900


class ReleaseError(Exception):
    """A step that failed; the message says which and what to do."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("version", help="the version to release, X.Y.Z")
    parser.add_argument("--dry-run", action="store_true",
                        help="build and test everything, but create no tag")
    args = parser.parse_args(argv)
    try:
        release(args.version, dry_run=args.dry_run)
    except ReleaseError as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    return 0


def release(version: str, dry_run: bool) -> None:
    tag = f"v{version}"
    check_version(version)
    check_tree(tag)
    with tempfile.TemporaryDirectory(prefix="intstrat-release-") as scratch:
        built = build(Path(scratch) / "dist")
        run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)])
        smoke_test(version, next(p for p in built if p.suffix == ".whl"), Path(scratch))
        DIST.mkdir(exist_ok=True)
        kept = []
        for path in built:
            target = DIST / path.name
            shutil.copyfile(path, target)
            kept.append(target)
    print("built and checked: " + ", ".join(str(p.relative_to(ROOT)) for p in kept))
    command = ["git", "tag", "-a", tag, "-m", f"intstrat {version}"]
    if dry_run:
        print(f"dry run: would create the tag {tag} ({' '.join(command)})")
        return
    run(command, cwd=ROOT)
    print(f"created the tag {tag}. Next:")
    print(f"  git push origin {tag}")
    print(f"  python -m twine upload {' '.join(str(p.relative_to(ROOT)) for p in kept)}")


def check_version(version: str) -> None:
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise ReleaseError(f"version {version!r} is not of the form X.Y.Z (e.g. 0.2.0)")
    found = re.search(r'^__version__ = "([^"]+)"$', VERSION_FILE.read_text(encoding="utf-8"),
                      re.MULTILINE)
    current = found.group(1) if found else None
    if current != version:
        raise ReleaseError(
            f"{VERSION_FILE.relative_to(ROOT)} says __version__ = {current!r}, not {version!r}: "
            "change it there (pyproject.toml reads it) and commit first"
        )
    changelog = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.is_file() else ""
    if not re.search(rf"^## {re.escape(version)}\b", changelog, re.MULTILINE):
        raise ReleaseError(f"CHANGELOG.md has no section '## {version}'")


def check_tree(tag: str) -> None:
    status = run(["git", "status", "--porcelain", "--untracked-files=normal"], cwd=ROOT)
    if status.strip():
        raise ReleaseError("the working tree is not clean; commit or stash first:\n" + status)
    if run(["git", "tag", "--list", tag], cwd=ROOT).strip():
        raise ReleaseError(f"the tag {tag} exists already")


def build(outdir: Path) -> list[Path]:
    try:
        import build as _build  # noqa: F401
        import twine as _twine  # noqa: F401
    except ImportError as exc:
        raise ReleaseError(f"{exc.name} is missing: pip install build twine") from None
    # The sdist from the tree, the wheel from the sdist: what the index serves is what was tested.
    run([sys.executable, "-m", "build", "--outdir", str(outdir), str(ROOT)])
    sdists = sorted(outdir.glob("*.tar.gz"))
    wheels = sorted(outdir.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        made = sorted(p.name for p in outdir.iterdir())
        raise ReleaseError(f"the build made {made}, not one sdist and one wheel")
    return [sdists[0], wheels[0]]


def smoke_test(version: str, wheel: Path, scratch: Path) -> None:
    env_dir = scratch / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    run([str(python), "-m", "pip", "install", "--quiet", str(wheel)])
    elsewhere = scratch / "elsewhere"
    elsewhere.mkdir()
    example = elsewhere / EXAMPLE.name
    shutil.copyfile(EXAMPLE, example)
    # Not the tree's sources: only the installed package, from a folder outside the tree.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = str(bindir) + os.pathsep + env.get("PATH", "")
    shown = run([str(bindir / "intstrat"), "--version"], cwd=elsewhere, env=env).strip()
    if shown != f"intstrat {version}":
        raise ReleaseError(f"the installed wheel says {shown!r}, not 'intstrat {version}'")
    run([str(bindir / "intstrat"), "check", example.name, "--lang", "en"], cwd=elsewhere, env=env)
    print(f"installed wheel: {shown}; intstrat check {example.name}: passed")


def run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    """Run a command; its output, or a ReleaseError that shows what it printed."""
    try:
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReleaseError(f"{' '.join(command)}: {exc}") from None
    if done.returncode != 0:
        raise ReleaseError(f"{' '.join(command)} failed (exit {done.returncode}):\n"
                           f"{done.stdout}{done.stderr}".rstrip())
    return done.stdout


if __name__ == "__main__":
    sys.exit(main())
