"""The one place where errors meet the user: messages and exit codes instead of tracebacks."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from intstrat import __version__, interrupts
from intstrat.errors import IntstratError
from intstrat.i18n import SOURCE_LANGUAGE, languages, system_language, translator
from intstrat.interrupts import Terminated, install, quiet_interrupts, uninstall
from intstrat.terminal import printable

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def command_line() -> tuple[list[str], bool]:
    """The arguments without `--debug`, and whether tracebacks are wanted."""
    debug = "--debug" in sys.argv[1:] or os.environ.get("INTSTRAT_DEBUG") == "1"
    return [a for a in sys.argv[1:] if a != "--debug"], debug


def run_app(app: Any) -> int:
    """Run the Typer app; map every way out to an exit code, with a traceback only on --debug."""
    argv, debug = command_line()
    import typer.main

    command = typer.main.get_command(app)
    return _signals(lambda: _run(command, argv, debug))


def run_call(call: Callable[[], int], argv: list[str], debug: bool) -> int:
    """Run a command already parsed without Click (the fast path), behind the same boundary."""

    def guarded() -> int:
        _tolerant_streams()
        lang = start_language(argv)
        try:
            code = call()
            sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
        except BaseException as exc:  # the boundary maps every way out
            return _failure(exc, lang, debug)
        return code

    return _signals(guarded)


def _signals(body: Callable[[], int]) -> int:
    main = threading.current_thread() is threading.main_thread()
    # SIGTERM and SIGHUP unwind like Ctrl-C: temporary files go, workers end.
    previous = install() if main else {}
    try:
        return body()
    finally:
        if main and not interrupts.stopping:
            uninstall(previous)  # a host running the CLI in-process keeps its handlers


def _run(command: Any, argv: list[str], debug: bool) -> int:
    import click

    _tolerant_streams()
    lang = start_language(argv)
    if lang != SOURCE_LANGUAGE:
        # Help pages and Click's usage errors in the user's language; English costs nothing.
        from intstrat.cli import click_texts

        click_texts.install(lang)
        click_texts.translate_help(command, lang)
    try:
        result = command.main(args=argv, prog_name="intstrat", standalone_mode=False)
        code = int(result) if isinstance(result, int) else EXIT_OK
        if code == EXIT_INTERRUPTED:  # Click returns an interrupt as the number 130
            return _interrupted(None)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
    except click.exceptions.Exit as stop:
        if isinstance(stop.__cause__, KeyboardInterrupt):  # Typer's way of saying Ctrl-C
            return _interrupted(stop.__cause__)
        try:
            sys.stdout.flush()
        except OSError as exc:
            return _stream_failure(exc, lang)
        return int(stop.exit_code)
    except click.exceptions.Abort as stop:
        # Click turns every KeyboardInterrupt (so SIGTERM's too) into Abort; the cause tells.
        return _interrupted(stop.__cause__ or stop.__context__)
    except KeyboardInterrupt as stop:
        return _interrupted(stop)
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except Exception as exc:  # the boundary: ours, a stream's, or a bug of ours
        return _failure(exc, lang, debug)
    return code


def _failure(exc: BaseException, lang: str, debug: bool) -> int:
    """The message and exit code for an exception that reached the boundary."""
    if isinstance(exc, KeyboardInterrupt):
        return _interrupted(exc)
    if isinstance(exc, SystemExit):
        raise exc
    if isinstance(exc, IntstratError):
        if debug:
            import traceback

            traceback.print_exc()
        tr = translator(lang)
        message = printable(exc.text(lang))
        sys.stderr.write(tr.gettext("intstrat: error: {message}", message=message) + "\n")
        return exc.exit_code
    if isinstance(exc, BrokenPipeError):
        # The reader went away (`intstrat rules | head`): not an error of ours.
        _silence_stdout()
        return EXIT_OK
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO,
                                                  errno.EBADF):
        return _stream_failure(exc, lang)
    if isinstance(exc, Exception):
        return _internal(exc, lang, debug)
    raise exc


def _interrupted(cause: BaseException | None) -> int:
    """130 for Ctrl-C, 128 + the signal for SIGTERM and SIGHUP; later signals are ignored."""
    quiet_interrupts()
    if isinstance(cause, Terminated):
        return 128 + cause.signum
    return interrupts.exit_code(EXIT_INTERRUPTED)


def _internal(exc: Exception, lang: str, debug: bool) -> int:
    if debug:
        import traceback  # only for --debug: 2 ms of start-up otherwise

        traceback.print_exc()
    tr = translator(lang)
    sys.stderr.write(
        tr.gettext("intstrat: internal error: {kind}: {error}", kind=type(exc).__name__,
                   error=printable(str(exc))) + "\n"
        + tr.gettext("This is a bug in intstrat {version}. Please report it with the command "
                     "you ran and the output of the same command with --debug.",
                     version=__version__) + "\n"
    )
    return EXIT_USAGE


def _stream_failure(exc: OSError, lang: str) -> int:
    """Standard output could not take the report (`> /dev/full`, a closed descriptor)."""
    _silence_stdout()
    tr = translator(lang)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        message = tr.gettext("{target}: no space left on the device", target="<stdout>")
    else:
        message = tr.gettext("{target}: cannot write: {reason}", target="<stdout>",
                             reason=exc.strerror or exc)
    try:
        sys.stderr.write(tr.gettext("intstrat: error: {message}", message=message) + "\n")
        sys.stderr.flush()
    except OSError:
        pass
    return EXIT_USAGE


def _tolerant_streams() -> None:
    """A file name that is not UTF-8 is shown by its bytes instead of failing the write."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors="backslashreplace")


def start_language(argv: list[str]) -> str:
    """The language of help, usage errors and error messages, decided before Click parses.

    `--lang LANG` (or `--lang=LANG`) on the command line when LANG is available, else the
    locale. A command's output may still follow the strategy's `language`; that is the
    command's business (`resolve_language`).
    """
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        if value is not None and value in languages():
            return value
    return system_language()


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
