"""SIGTERM (and SIGHUP) end a run the way Ctrl-C does: unwinding, so temporary files go.

Without a handler SIGTERM kills the process on the spot: a half-written temporary file stays
beside the output and the workers of a many-file check are left to init. `install` makes the
signal raise `Terminated` (a KeyboardInterrupt, so every cleanup that handles Ctrl-C handles
it too); the boundary maps it to the exit code 128 + the signal's number (143 for SIGTERM).
"""

from __future__ import annotations

import os
import signal
from types import FrameType
from typing import Any

HANDLED = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(KeyboardInterrupt):
    """The run was ended by a signal other than SIGINT."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


received: int | None = None
"""The signal that ended the run, if one did (Click returns Ctrl-C as the number 130)."""
stopping = False
"""Set by the first signal: later ones, even those already pending, are ignored."""


def _raise(signum: int, _frame: FrameType | None) -> None:
    global received, stopping
    if stopping:  # a second signal while the first one unwinds: never interrupt the cleanup
        return
    stopping = True
    received = signum
    raise Terminated(signum)


def _interrupt(signum: int, _frame: FrameType | None) -> None:
    global stopping
    if stopping:
        return
    stopping = True
    raise KeyboardInterrupt


def install() -> dict[int, Any]:
    """In this (the main) process: SIGTERM/SIGHUP raise `Terminated`, Ctrl-C KeyboardInterrupt,
    each only once (a shell's background job keeps SIGINT ignored, as it should).

    Returns the handlers replaced, for `uninstall` (a host that runs the CLI in-process keeps
    its own).
    """
    global received, stopping
    received, stopping = None, False
    previous: dict[int, Any] = {}
    for signum in HANDLED:
        if signal.getsignal(signum) is signal.SIG_DFL:
            previous[signum] = signal.signal(signum, _raise)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        previous[signal.SIGINT] = signal.signal(signal.SIGINT, _interrupt)
    return previous


def uninstall(previous: dict[int, Any]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)


def exit_code(code: int) -> int:
    """The exit code after an interrupt: 128 + the signal that ended the run."""
    return 128 + received if received is not None and code == 130 else code


def quiet_interrupts() -> None:
    """While stopping: further Ctrl-C or SIGTERM are ignored so the cleanup can finish."""
    for signum in (*HANDLED, signal.SIGINT):
        signal.signal(signum, signal.SIG_IGN)


def block() -> set[int] | None:
    """Hold Ctrl-C and SIGTERM back (while a pool starts); returns the mask for `restore`.

    An interrupt in the middle of starting workers would leave some started and none known to
    the code that ends them; held back, it arrives at `restore`, where the cleanup is in place.
    """
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return set(signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, *HANDLED}))


def restore(mask: set[int] | None) -> None:
    """Deliver what `block` held back (the handlers run now)."""
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def worker_defaults(parent: int | None = None) -> None:
    """In a worker: Ctrl-C is the main process's to handle; SIGTERM ends the worker at once.

    On Linux the worker also asks to get SIGTERM when its parent dies (even of SIGKILL), so no
    worker is ever left to init.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in HANDLED:
        signal.signal(signum, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked while the parent held them back
        signal.pthread_sigmask(signal.SIG_UNBLOCK, set(HANDLED))
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if parent is not None and os.getppid() != parent:
        os._exit(1)  # the parent died before the request above took effect
