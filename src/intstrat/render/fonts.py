"""Text widths in the document's own fonts, for table column widths.

A column must be at least as wide as its widest word in the font the cell is set in, so
the widths are measured, not counted in characters. The font file comes from fontconfig
(`fc-match`, which also names the metric-compatible stand-in LibreOffice uses, Carlito for
Calibri), else from the usual font folders; the advance widths are read from the file's
`cmap` and `hmtx` tables. Two small tables of a TrueType/OpenType file are all this needs,
so it reads them itself instead of depending on fontTools. A font that cannot be found is
measured with average widths of a sans-serif face, a little generous.
"""

from __future__ import annotations

import functools
import os
import shutil
import struct
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

TWIPS_PER_POINT = 20
_FOLDERS = (
    "/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
    "/Library/Fonts", "/System/Library/Fonts", "~/Library/Fonts", "C:/Windows/Fonts",
)
_SUFFIXES = (".ttf", ".otf", ".ttc")


@dataclass(frozen=True)
class Metrics:
    """Advance widths of one font file, in font units."""

    units_per_em: int
    advances: dict[int, int]
    default: int

    def width(self, text: str, size_pt: float) -> int:
        """`text` set in this font at `size_pt`, in twips (rounded up)."""
        units = sum(self.advances.get(ord(ch), self.default) for ch in text)
        return -(-units * int(size_pt * TWIPS_PER_POINT * 100) // (self.units_per_em * 100))


class _Estimate:
    """Widths of a font not found: per character class, in em, from a sans-serif face."""

    _EM: ClassVar[Mapping[str, float]] = {
        "digit": 0.56, "upper": 0.68, "lower": 0.52, "space": 0.28, "narrow": 0.28,
        "other": 0.6,
    }
    _NARROW: ClassVar[frozenset[str]] = frozenset(".,:;!|'il1()[]/-\u00a0\u200b")

    def __init__(self, bold: bool) -> None:
        self.factor = 1.08 if bold else 1.0

    def width(self, text: str, size_pt: float) -> int:
        em = 0.0
        for ch in text:
            if ch in self._NARROW:
                em += self._EM["narrow"]
            elif ch.isdigit():
                em += self._EM["digit"]
            elif ch.isspace():
                em += self._EM["space"]
            elif ch.isupper():
                em += self._EM["upper"]
            elif ch.isalpha():
                em += self._EM["lower"]
            else:
                em += self._EM["other"]
        return int(em * self.factor * size_pt * TWIPS_PER_POINT) + 1


@functools.cache
def measure(family: str, bold: bool = False) -> Metrics | _Estimate:
    """The widths of `family` (bold or regular), or an estimate when no file is found."""
    path = _font_file(family, bold)
    if path is not None:
        try:
            return read_metrics(path.read_bytes())
        except (OSError, ValueError, struct.error, IndexError, KeyError):
            pass
    return _Estimate(bold)


def _font_file(family: str, bold: bool) -> Path | None:
    program = shutil.which("fc-match")
    if program is not None:
        pattern = f"{family}:weight={'bold' if bold else 'regular'}"
        try:
            done = subprocess.run(
                [program, "-f", "%{file}", pattern], capture_output=True, text=True,
                timeout=10, check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            done = None
        if done is not None and done.returncode == 0 and done.stdout.strip():
            found = Path(done.stdout.strip())
            if found.suffix.lower() in _SUFFIXES and found.is_file():
                return found
    return _search_folders(family.lower(), bold)


def _search_folders(family: str, bold: bool) -> Path | None:
    """A file whose name holds the family's name, the bold one if asked (no fontconfig)."""
    squeezed = family.replace(" ", "")
    candidates: list[Path] = []
    for folder in _FOLDERS:
        root = Path(os.path.expanduser(folder))
        if not root.is_dir():
            continue
        for dirpath, _, files in os.walk(root):
            for name in files:
                lower = name.lower()
                if lower.endswith(_SUFFIXES) and lower.replace(" ", "").startswith(squeezed):
                    candidates.append(Path(dirpath) / name)
    if not candidates:
        return None

    def rank(path: Path) -> tuple[int, int]:
        stem = path.stem.lower()
        is_bold = "bold" in stem or stem.endswith(("-b", "bd"))
        plain = not any(w in stem for w in ("italic", "oblique", "light", "condensed"))
        return (0 if is_bold == bold else 1, 0 if plain else 1)

    return min(candidates, key=lambda p: (rank(p), len(p.name)))


def read_metrics(data: bytes) -> Metrics:
    """The advance width of every mapped character of a TrueType/OpenType font (first font
    of a collection)."""
    offset = 0
    if data[:4] == b"ttcf":
        (offset,) = struct.unpack_from(">I", data, 12)
    (count,) = struct.unpack_from(">H", data, offset + 4)
    tables: dict[bytes, int] = {}
    for index in range(count):
        tag, _, start, _ = struct.unpack_from(">4sIII", data, offset + 12 + 16 * index)
        tables[tag] = start
    head, hhea, hmtx, cmap = (tables[t] for t in (b"head", b"hhea", b"hmtx", b"cmap"))
    (units_per_em,) = struct.unpack_from(">H", data, head + 18)
    (metrics_count,) = struct.unpack_from(">H", data, hhea + 34)
    widths = [struct.unpack_from(">H", data, hmtx + 4 * i)[0] for i in range(metrics_count)]
    glyphs = _character_map(data, cmap)
    last = widths[-1] if widths else units_per_em // 2
    advances = {
        code: widths[glyph] if glyph < metrics_count else last for code, glyph in glyphs.items()
    }
    default = advances.get(ord("0"), units_per_em // 2)
    return Metrics(units_per_em, advances, default)


def _character_map(data: bytes, cmap: int) -> dict[int, int]:
    (count,) = struct.unpack_from(">H", data, cmap + 2)
    subtables = {}
    for index in range(count):
        platform, encoding, start = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        subtables[(platform, encoding)] = cmap + start
    for key in ((3, 10), (0, 4), (3, 1), (0, 3), (0, 1), (0, 0)):
        start = subtables.get(key)
        if start is None:
            continue
        (fmt,) = struct.unpack_from(">H", data, start)
        if fmt == 12:
            return _format12(data, start)
        if fmt == 4:
            return _format4(data, start)
    raise ValueError("no Unicode character map")


def _format4(data: bytes, start: int) -> dict[int, int]:
    (segments_x2,) = struct.unpack_from(">H", data, start + 6)
    segments = segments_x2 // 2
    ends = struct.unpack_from(f">{segments}H", data, start + 14)
    starts_at = start + 16 + segments_x2
    starts = struct.unpack_from(f">{segments}H", data, starts_at)
    deltas = struct.unpack_from(f">{segments}h", data, starts_at + segments_x2)
    range_at = starts_at + 2 * segments_x2
    ranges = struct.unpack_from(f">{segments}H", data, range_at)
    out: dict[int, int] = {}
    for i in range(segments):
        if starts[i] == 0xFFFF:
            continue
        for code in range(starts[i], ends[i] + 1):
            if ranges[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                at = range_at + 2 * i + ranges[i] + 2 * (code - starts[i])
                (glyph,) = struct.unpack_from(">H", data, at)
                if glyph:
                    glyph = (glyph + deltas[i]) & 0xFFFF
            if glyph:
                out[code] = glyph
    return out


def _format12(data: bytes, start: int) -> dict[int, int]:
    (groups,) = struct.unpack_from(">I", data, start + 12)
    out: dict[int, int] = {}
    for i in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * i)
        if first > 0x2FFFF:
            continue
        for offset, code in enumerate(range(first, min(last, 0x2FFFF) + 1)):
            out[code] = glyph + offset
    return out
