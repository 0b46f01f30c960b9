"""Templates are code from a folder the user names: a sandbox that also bounds their work.

jinja2's sandbox keeps a template away from Python's internals, but not from work without end:
`{{ 'a' * 10**9 }}` builds a gigabyte, `{{ 10**(10**9) }}` computes for hours, two nested
loops over `range(99999)` run for minutes. `BoundedSandbox` refuses such things *before* they
happen where one operation can explode (a product, a power, a `%` or `format` width, a
padding, joining or replacing method or filter, `range`), and counts the rest as it goes:

* every loop iteration and every call is a step; a render has `MAX_STEPS` steps and
  `SECONDS` of wall-clock time, checked every few hundred steps (and, in the main thread,
  by an interval timer as a backstop for a filter that loops inside jinja2 itself);
* a text a template builds may hold `MAX_TEXT` characters, a list `MAX_ITEMS` items, an
  integer `MAX_INT_BITS` bits; the whole output `MAX_OUTPUT` characters;
* recursion ends at Python's own limit, reported as a template error.

Memory is bounded through these sizes rather than `resource.setrlimit`: a limit on the
address space holds for the whole process (the libraries loaded, the DOCX after the
Markdown), cannot be undone by an unprivileged process once lowered, and ends in a
`MemoryError` that names nothing. A size checked before the work names the template line.
"""

from __future__ import annotations

import contextlib
import math
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from intstrat.i18n import N_

MAX_RANGE = 10_000
"""Items a template's `range()` may produce; the bundled templates never call it."""
MAX_STEPS = 20_000_000
"""Loop iterations and calls in one render (the bundled templates take about 60 per partner)."""
SECONDS = 20.0
"""Wall-clock time for one template run."""
MAX_TEXT = 32 * 1024 * 1024
"""Characters in one text a template builds (the input itself is at most 20 MB)."""
MAX_ITEMS = 1_000_000
"""Items in one list or tuple a template builds."""
MAX_INT_BITS = 100_000
"""Bits in an integer a template computes (about 30,000 decimal digits)."""
MAX_OUTPUT = 64 * 1024 * 1024
"""Characters of Markdown one render may produce."""

_CHECK_EVERY = 256
_WIDE = re.compile(r"\d{7,}")  # a width or precision of a million or more in a format


class TemplateLimit(Exception):
    """A template went past one of the limits above; `reason` says which, in English."""

    def __init__(self, reason: str, **args: Any) -> None:
        self.reason = reason
        self.reason_args = args
        super().__init__(reason.format(**args))


class Budget:
    """Steps and time left in one render."""

    def __init__(self, seconds: float = SECONDS, steps: int = MAX_STEPS) -> None:
        self.seconds = seconds
        self.steps = steps
        self.used = 0
        self.deadline = time.monotonic() + seconds

    def step(self) -> None:
        self.used += 1
        if self.used > self.steps:
            raise TemplateLimit(N_("more than {limit} steps (loop iterations and calls)"),
                                limit=self.steps)
        if self.used % _CHECK_EVERY == 0 and time.monotonic() > self.deadline:
            self.out_of_time()

    def out_of_time(self) -> None:
        raise TemplateLimit(N_("ran longer than {seconds} seconds"), seconds=self.seconds)


_TEXT = N_("would build a text of {size} characters (limit {limit})")
_LIST = N_("would build a list of {size} items (limit {limit})")
_NUMBER = N_("would compute a number of {size} bits (limit {limit})")


def _too_long(reason: str, size: int, limit: int) -> TemplateLimit:
    return TemplateLimit(reason, size=size, limit=limit)


def check_text(value: Any) -> None:
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise _too_long(_TEXT, len(value), MAX_TEXT)
    if isinstance(value, (list, tuple)) and len(value) > MAX_ITEMS:
        raise _too_long(_LIST, len(value), MAX_ITEMS)


def _check_size(value: Any, size: int) -> None:
    """Refuse a `value`-like result of `size` characters or items."""
    if isinstance(value, str) and size > MAX_TEXT:
        raise _too_long(_TEXT, size, MAX_TEXT)
    if isinstance(value, (list, tuple)) and size > MAX_ITEMS:
        raise _too_long(_LIST, size, MAX_ITEMS)


def _check_product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        bits = abs(left).bit_length() + abs(right).bit_length()
        if bits > MAX_INT_BITS:
            raise _too_long(_NUMBER, bits, MAX_INT_BITS)
        return
    for seq, count in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(count, int) and count > 0:
            _check_size(seq, len(seq) * count)


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0 and abs(base) > 1:
        bits = exponent * math.log2(abs(base))
        if bits > MAX_INT_BITS:
            raise _too_long(_NUMBER, min(int(bits), 10**18), MAX_INT_BITS)


def _check_sum(left: Any, right: Any) -> None:
    if isinstance(left, (str, list, tuple)) and isinstance(right, type(left)):
        _check_size(left, len(left) + len(right))


def _check_format(template: Any, values: Iterable[Any] = ()) -> None:
    """A format string or its arguments that ask for a width of a million characters."""
    if isinstance(template, str) and _WIDE.search(template):
        raise TemplateLimit(N_("a format width or precision of a million characters or more"))
    for value in values:
        if isinstance(value, int) and value > MAX_TEXT:
            raise _too_long(_TEXT, value, MAX_TEXT)


def _replaced_size(text: str, old: str, new: str, count: int = -1) -> int:
    found = text.count(old) if old else len(text) + 1
    if count >= 0:
        found = min(found, count)
    return len(text) + found * (len(new) - len(old))


def _check_method(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """A text method whose arguments promise a result past the limits."""
    method = getattr(obj, "__wrapped__", obj)  # the sandbox wraps str.format
    owner = getattr(method, "__self__", None)
    name = getattr(method, "__name__", "")
    if not isinstance(owner, str):
        return
    values = list(args) + list(kwargs.values())
    if name in ("ljust", "rjust", "center", "zfill") and values and isinstance(values[0], int):
        _check_size(owner, values[0])
    elif name == "expandtabs" and values and isinstance(values[0], int):
        _check_size(owner, len(owner) + owner.count("\t") * values[0])
    elif name in ("format", "format_map"):
        _check_format(owner, values)
    elif name == "join" and values:
        _check_join(owner, values[0])
    elif name == "replace" and len(args) >= 2 and all(isinstance(a, str) for a in args[:2]):
        count = args[2] if len(args) > 2 and isinstance(args[2], int) else -1
        _check_size(owner, _replaced_size(owner, args[0], args[1], count))


def _check_join(separator: Any, items: Any) -> None:
    if isinstance(separator, str) and hasattr(items, "__len__"):
        _check_size(separator, len(separator) * max(len(items) - 1, 0))


def _bounded_filter(check: Callable[..., None], filter_: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        check(*args, **kwargs)
        return filter_(*args, **kwargs)

    for attribute in ("jinja_pass_arg",):  # keep pass_eval_context & co. of the original
        if hasattr(filter_, attribute):
            setattr(bounded, attribute, getattr(filter_, attribute))
    return bounded


def _width_check(position: int, name: str) -> Callable[..., None]:
    def check(*args: Any, **kwargs: Any) -> None:
        width = kwargs.get(name, args[position] if len(args) > position else None)
        if isinstance(width, int) and width > MAX_TEXT:
            raise _too_long(_TEXT, width, MAX_TEXT)
        if isinstance(width, str) and len(width) > 1000:
            raise _too_long(_TEXT, len(width), 1000)

    return check


def _format_check(value: Any, *args: Any, **kwargs: Any) -> None:
    _check_format(value, list(args) + list(kwargs.values()))


def _replace_check(*args: Any, **kwargs: Any) -> None:
    values = [a for a in args if not isinstance(a, Context) and not hasattr(a, "autoescape")]
    if len(values) >= 3 and all(isinstance(v, str) for v in values[:3]):
        count = values[3] if len(values) > 3 and isinstance(values[3], int) else -1
        _check_size(values[0], _replaced_size(values[0], values[1], values[2], count))


def _join_check(*args: Any, **kwargs: Any) -> None:
    values = [a for a in args if not hasattr(a, "autoescape")]
    separator = kwargs.get("d", values[1] if len(values) > 1 else "")
    if values:
        _check_join(separator, values[0] if hasattr(values[0], "__len__") else ())


def _count_check(position: int) -> Callable[..., None]:
    def check(*args: Any, **kwargs: Any) -> None:
        values = [a for a in args if not hasattr(a, "autoescape")]
        count = values[position] if len(values) > position else None
        if isinstance(count, int) and count > MAX_RANGE:
            raise _too_long(_LIST, count, MAX_RANGE)

    return check


class BoundedNamespace(Namespace):
    """`namespace()` whose values stay within the text and list limits (a loop may grow one)."""

    def __setitem__(self, name: str, value: Any) -> None:
        check_text(value)
        super().__setitem__(name, value)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox plus the limits of this module; one `Budget` per render."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.budget = Budget()
        self.globals["range"] = self._range
        self.globals["namespace"] = BoundedNamespace
        self.globals.pop("lipsum", None)  # loops inside jinja2 for as many words as asked
        self.filters["intstrat_loop"] = self._loop
        for name, check in (
            ("center", _width_check(1, "width")),
            ("indent", _width_check(1, "width")),
            ("wordwrap", _width_check(2, "width")),
            ("format", _format_check),
            ("replace", _replace_check),
            ("join", _join_check),
            ("slice", _count_check(1)),
        ):
            self.filters[name] = _bounded_filter(check, self.filters[name])

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Every `{% for %}` iterates through `intstrat_loop`, which counts the steps."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, "intstrat_loop", [], [], None, None,
                                     lineno=loop.iter.lineno)
        return tree

    def _loop(self, iterable: Any) -> Iterator[Any]:
        step = self.budget.step
        for item in iterable:
            step()
            yield item

    def _range(self, *args: int) -> range:
        numbers = range(*args)
        try:
            size = len(numbers)
        except OverflowError:
            size = MAX_RANGE + 1
        if size > MAX_RANGE:
            raise TemplateLimit(N_("range() of more than {limit} numbers"), limit=MAX_RANGE)
        return numbers

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_product(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%":
            _check_format(left, right if isinstance(right, tuple) else (right,))
        elif operator == "+":
            _check_sum(left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.budget.step()
        for value in args:
            check_text(value)
        for value in kwargs.values():
            check_text(value)
        _check_method(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    @contextlib.contextmanager
    def bounded_run(self) -> Iterator[Budget]:
        """A fresh budget, and in the main thread a timer that interrupts a run past its time."""
        self.budget = budget = Budget()
        timer = threading.current_thread() is threading.main_thread() and hasattr(
            signal, "setitimer"
        ) and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
        if not timer:
            yield budget
            return

        def alarm(signum: int, frame: Any) -> None:
            budget.out_of_time()

        signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, budget.seconds + 1)
        try:
            yield budget
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)


def bounded_output(chunks: Iterator[str], limit: int = MAX_OUTPUT) -> str:
    """Join a template's output; past `limit` characters the template is stopped at its line."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        parts.append(chunk)
        if size > limit:
            parts.clear()
            throw = getattr(chunks, "throw", None)
            error = TemplateLimit(N_("wrote more than {limit} characters"), limit=limit)
            if throw is None:
                raise error
            throw(error)  # raised at the template line that was writing
            raise error
    return "".join(parts)
