"""A Sixel reader for the tests: a DCS string back to its pixels, written from DEC's
description (VT330/VT340 Programmer Reference, chapter 14), not from our encoder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DCS = re.compile(r'\x1bP([0-9;]*)q"(\d+);(\d+);(\d+);(\d+)(.*)\x1b\\', re.DOTALL)
TOKEN = re.compile(r"#(\d+)((?:;\d+){4})?|!(\d+)(.)|([?-~])|(\$)|(-)", re.DOTALL)


@dataclass
class Sixel:
    params: list[int]
    width: int
    height: int
    colours: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # in percent
    pixels: dict[tuple[int, int], int] = field(default_factory=dict)  # (x, y) -> colour


def read(data: str) -> Sixel:
    """The image one DCS string carries; AssertionError on anything else in it."""
    m = DCS.fullmatch(data)
    assert m is not None, "not one Sixel DCS with raster attributes"
    params = [int(p) for p in m.group(1).split(";") if p]
    assert m.group(2, 3) == ("1", "1"), "pixels not square"
    image = Sixel(params, int(m.group(4)), int(m.group(5)))
    body = m.group(6)
    x = band = 0
    colour: int | None = None
    at = 0
    while at < len(body):
        t = TOKEN.match(body, at)
        assert t is not None, f"unexpected {body[at : at + 10]!r}"
        at = t.end()
        number, define, count, repeated, char, cr, nl = t.groups()
        if number is not None:
            colour = int(number)
            if define:
                space, r, g, b = (int(v) for v in define[1:].split(";"))
                assert space == 2 and max(r, g, b) <= 100
                image.colours[colour] = (r, g, b)
        elif cr:
            x = 0
        elif nl:
            x, band = 0, band + 1
        else:
            n, c = (int(count), repeated) if count else (1, char)
            assert colour is not None and colour in image.colours, "no colour chosen"
            bits = ord(c) - 63
            assert 0 <= bits < 64
            for dx in range(n):
                for bit in range(6):
                    if bits >> bit & 1:
                        image.pixels[(x + dx, 6 * band + bit)] = colour
            x += n
    return image
