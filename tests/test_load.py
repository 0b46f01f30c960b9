"""The loader: the traps of real YAML files closed, and positions as an editor counts them."""

from __future__ import annotations

import datetime as dt

import pytest

from intstrat.check.load import decode, load_text


def test_norway_and_yes_stay_text_only_true_false_are_booleans() -> None:
    doc, problems = load_text("countries: [NO, DE, yes, on, off, true, False]\n")
    assert problems == []
    assert doc is not None
    assert doc.data["countries"] == ["NO", "DE", "yes", "on", "off", True, False]


def test_dates_numbers_and_version_text() -> None:
    doc, _ = load_text("d: 2024-03-01\nv: 1.10\nq: '2024-03-01'\nn: 0x1F\n")
    assert doc is not None
    assert doc.data == {"d": dt.date(2024, 3, 1), "v": 1.1, "q": "2024-03-01", "n": 31}


def test_merge_keys_and_positions_through_them() -> None:
    doc, problems = load_text("base: &b {a: 1}\nm:\n  <<: *b\n  c: 2\n")
    assert problems == []
    assert doc is not None
    assert doc.data["m"] == {"c": 2, "a": 1}
    assert doc.where(("m", "c")) == (4, 3)


def test_where_falls_back_to_the_nearest_existing_parent() -> None:
    doc, _ = load_text("a:\n  b:\n    - x: 1\n")
    assert doc is not None
    assert doc.where(("a", "b", 0, "x")) == (3, 7)
    assert doc.where(("a", "b", 0, "missing")) == (3, 7)
    assert doc.where(("a", "nope", "deeper")) == (1, 1)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_do_not_shift_line_numbers(separator: str) -> None:
    # libyaml counts these as line breaks; editors show them inside the line.
    text = f'title: "first{separator}second"\nb: 1\nb: 2\n'
    doc, problems = load_text(text)
    assert doc is not None
    assert [(p.rule, p.line, p.column) for p in problems] == [("YA02", 3, 1)]
    assert doc.where(("b",)) == (3, 1)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"\xef\xbb\xbfa: 1\n", "a: 1\n"),
        ("a: ä\n".encode("utf-16"), "a: ä\n"),
        (b"a: 1\r\nb: 2\r\n", "a: 1\r\nb: 2\r\n"),
    ],
)
def test_decode_reads_bom_utf16_and_crlf(raw: bytes, text: str) -> None:
    assert decode(raw) == (text, None)


def test_decode_names_the_bad_byte_and_its_line() -> None:
    text, problem = decode("a: 1\nb: Stra\xdfe\n".encode("latin-1"))
    assert text is None
    assert problem is not None
    assert (problem.rule, problem.key, problem.line, problem.column) == ("YA06", "encoding", 2, 8)
    assert problem.args["byte"] == "DF"
