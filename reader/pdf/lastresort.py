"""The font PDFium draws the fonts a PDF names but does not embed with: one written here.

PDFium leaves out of its text page a text object whose bounds are empty, and a text
object of one glyph has empty bounds when the font it substituted has no outline for
that glyph: on a machine without Korean fonts, a lone syllable ('토' in a table cell)
would be lost. This font has an outline for every code point but whitespace, and it answers
every lookup but Latin (ANSI) and symbol ones on every machine, so the extraction is the
same wherever broadsheet runs (docs/pdf-ingest.md, Fonts). Nothing is rendered from a
PDF (pictures are copied from image objects), so its shape, a bar, is never seen.

`install()` hands it to PDFium through FPDF_SetSystemFontInfo; reader.pdf.extract calls
it on import, before any document is read, and forked workers inherit it.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable
from typing import Any

import pypdfium2.raw as raw

from reader.pdf import runs

NAME = b"BroadsheetLastResort"
UNITS = 1000  # units per em
# The em box reader.pdf.runs gives a glyph.
ASCENT, DESCENT = round(runs.ASCENT * UNITS), -round(runs.DESCENT * UNITS)
ADVANCE = 1000
# The bar every drawn glyph is: as tall as the em box, narrower than almost any glyph's
# advance, so a glyph's box does not reach into the next one's.
BAR = 200
# ANSI and symbol: PDFium's built-in fonts (the base 14 and its Latin multiple-master
# faces) answer those, the base 14 with their own widths, the same on every machine.
_BUILT_IN = frozenset({0, 2})
_CHARSET = 1  # FXFONT_DEFAULT_CHARSET: the font serves every script
_HANDLE = 1  # the one font there is; PDFium reads None as "no font"
# Code points drawn as nothing, as every font draws them: spaces and line breaks.
WHITESPACE = frozenset(c for c in range(0x3001) if chr(c).isspace())


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return int(sum(struct.unpack(f">{len(padded) // 4}I", padded))) & 0xFFFFFFFF


def _cmap() -> bytes:
    """Format 13 (many code points to one glyph): whitespace to glyph 1, the rest of
    Unicode to glyph 2, in ranges."""
    groups: list[tuple[int, int, int]] = []
    start = 0
    for c in sorted(WHITESPACE):
        if c > start:
            groups.append((start, c - 1, 2))
        groups.append((c, c, 1))
        start = c + 1
    groups.append((start, 0x10FFFF, 2))
    body = b"".join(struct.pack(">III", *g) for g in groups)
    table = struct.pack(">HHIII", 13, 0, 16 + len(body), 0, len(groups)) + body
    # One subtable, Windows' full Unicode repertoire (platform 3, encoding 10).
    return struct.pack(">HHHHI", 0, 1, 3, 10, 12) + table


def _glyf() -> tuple[bytes, bytes]:
    """(glyf, loca): glyph 0 (.notdef) and 1 (whitespace) empty, glyph 2 the bar."""
    bar = struct.pack(">hhhhh", 1, 0, DESCENT, BAR, ASCENT)  # one contour and its bounds
    bar += struct.pack(">HH", 3, 0)  # its last point, no instructions
    bar += bytes([0x01] * 4)  # four points on the curve, coordinates as 16-bit deltas
    bar += struct.pack(">4h", 0, 0, BAR, 0)  # x: (0, y0) (0, y1) (BAR, y1) (BAR, y0)
    bar += struct.pack(">4h", DESCENT, ASCENT - DESCENT, 0, DESCENT - ASCENT)
    bar += b"\0" * (len(bar) % 2)
    loca = struct.pack(">4H", 0, 0, 0, len(bar) // 2)  # short offsets, in words
    return bar, loca


def _name() -> bytes:
    """Family, style, full and PostScript names, for Windows in UTF-16."""
    names = [(1, NAME), (2, b"Regular"), (4, NAME), (6, NAME)]
    records, strings = b"", b""
    for name_id, text in names:
        encoded = text.decode("ascii").encode("utf-16-be")
        records += struct.pack(">6H", 3, 1, 0x409, name_id, len(encoded), len(strings))
        strings += encoded
    return struct.pack(">3H", 0, len(names), 6 + len(records)) + records + strings


def _os2() -> bytes:
    """Version 4: the em box as the typographic and Windows metrics, every code page."""
    return struct.pack(
        ">HhHHH10hh10s4I4sHHHhhhHHIIhhHHH",
        4, ADVANCE, 400, 5, 0,  # version, average width, weight, width class, embedding
        *[500, 500, 0, 0, 500, 500, 0, 500, 50, 250],  # sub/superscripts, strikeout
        0, b"\0" * 10,  # family class, PANOSE
        0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0x0FFFFFFF,  # Unicode ranges: all
        b"BRSH", 0x40, 0, 0xFFFF,  # vendor, regular, first and last character
        ASCENT, DESCENT, 0, ASCENT, -DESCENT,  # typo ascent, descent, gap; Windows'
        0x003E01FF, 0,  # code pages: Latin, Greek, Cyrillic, Japanese, Chinese, Korean
        500, 700, 0, 0x20, 1,  # x-height, cap height, default and break char, context
    )  # fmt: skip


def font_bytes() -> bytes:
    """The whole TrueType file."""
    glyf, loca = _glyf()
    glyphs = 3
    tables = {
        b"OS/2": _os2(),
        b"cmap": _cmap(),
        b"glyf": glyf,
        b"head": struct.pack(
            ">IIIIHHqqhhhhHHhhh",
            0x00010000,
            0x00010000,
            0,
            0x5F0F3CF5,
            0b11,
            UNITS,
            0,
            0,
            0,
            DESCENT,
            BAR,
            ASCENT,
            0,
            8,
            2,
            0,
            0,  # bounds, style, smallest size, loca
        ),  # fmt: skip
        b"hhea": struct.pack(
            ">I3hH3h3h4hhH",
            0x00010000,
            ASCENT,
            DESCENT,
            0,
            ADVANCE,
            0,
            ADVANCE - BAR,
            BAR,
            1,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            glyphs,  # upright caret, reserved, every advance
        ),  # fmt: skip
        b"hmtx": struct.pack(">6H", ADVANCE, 0, ADVANCE, 0, ADVANCE, 0),
        b"loca": loca,
        b"maxp": struct.pack(">IH13H", 0x00010000, glyphs, 4, 1, 0, 0, 2, *[0] * 8),
        b"name": _name(),
        b"post": struct.pack(">IIhhIIIII", 0x00030000, 0, -100, 50, 0, 0, 0, 0, 0),
    }
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    head = struct.pack(">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1,
                       (count - power) * 16)  # fmt: skip
    offset = len(head) + 16 * count
    records, body, at = b"", b"", 0
    for tag, data in sorted(tables.items()):
        if tag == b"head":
            at = offset + len(body) + 8  # its checkSumAdjustment
        records += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(head + records + body)
    struct.pack_into(">I", font, at, (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


FONT = font_bytes()
_keep: list[Any] = []  # the callbacks and the struct must outlive every document


def font_info(
    name: bytes,
    data: bytes,
    charset: int,
    maps: Callable[[int], bool],
    gets: Callable[[bytes], bool],
) -> Any:
    """PDFium's font lookup (FPDF_SYSFONTINFO) answered with one font file, `data`, named
    `name` (none when empty): a request by charset where `maps(charset)`, by face name
    where `gets(face)`. Keep what this returns as long as PDFium may call it."""
    T = raw.FPDF_SYSFONTINFO
    F = dict(T._fields_)

    def enum_fonts(this: Any, mapper: Any) -> None:
        if data:
            raw.FPDF_AddInstalledFont(mapper, name, charset)

    def map_font(this: Any, weight: int, italic: int, asked: int, pitch: int, face: Any,
                 exact: Any) -> int | None:  # fmt: skip
        return _HANDLE if data and maps(asked) else None

    def get_font(this: Any, face: Any) -> int | None:
        wanted = ctypes.cast(face, ctypes.c_char_p).value or b""
        return _HANDLE if data and gets(wanted) else None

    def font_data(this: Any, handle: Any, table: int, buf: Any, size: int) -> int:
        if table != 0:  # a table alone: only the whole file (table 0) is served
            return 0
        if buf and size >= len(data):
            ctypes.memmove(buf, data, len(data))
        return len(data)

    def face_name(this: Any, handle: Any, buf: Any, size: int) -> int:
        if buf and size > len(name):
            ctypes.memmove(buf, name + b"\0", len(name) + 1)
        return len(name) + 1

    return T(
        version=1,
        Release=F["Release"](lambda this: None),
        EnumFonts=F["EnumFonts"](enum_fonts),
        MapFont=F["MapFont"](map_font),
        GetFont=F["GetFont"](get_font),
        GetFontData=F["GetFontData"](font_data),
        GetFaceName=F["GetFaceName"](face_name),
        GetFontCharset=F["GetFontCharset"](lambda this, handle: charset),
        DeleteFont=F["DeleteFont"](lambda this, handle: None),
    )


def install() -> None:
    """Make this font PDFium's answer to every font lookup in this process. PDFium keeps
    the face it found for a font name for the life of the process: call this before the
    first document is read."""
    if not _keep:
        _keep.append(
            font_info(NAME, FONT, _CHARSET, lambda c: c not in _BUILT_IN, lambda f: f == NAME)
        )
    raw.FPDF_SetSystemFontInfo(ctypes.byref(_keep[0]))
