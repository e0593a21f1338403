"""Sixel, DEC's picture format that foot, WezTerm, mlterm, Konsole, iTerm2 and xterm (as a
VT340) draw: a picture of at most 256 colours as bands six pixels tall.

An image is one DCS string: `ESC P 0;1;0 q`, raster attributes `"1;1;width;height`, the
colours it uses (`#n;2;r;g;b`, in percent), then band after band (`-` between them), each
band a line of characters per colour (`#n`, then one character a column whose six bits
say which of the band's six pixels have that colour, `!count` before a repeated one, `$`
back to the band's start for the next colour), and `ESC \\`. P2=1 leaves pixels no colour
names as they are, so a band that runs past the picture's last row paints nothing there.

Nothing here draws: the strings are for the UI to write. docs/sixel.md has the notes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from reader.multiplexer import behind_multiplexer

MAX_COLOURS = 256
"""The colour registers a picture may use: what every Sixel terminal has."""

_ONE = [bytes(c) + b"\x01" + bytes(255 - c) for c in range(256)]
"""For each colour, a table that maps a pixel of it to 1 and any other to 0."""
_CHARS = bytes((i + 63) & 0xFF for i in range(256))
"""Six bits to the character that carries them (63, '?', is none)."""
_RUN = re.compile(rb"(.)\1{3,}", re.DOTALL)


def _repeat(run: re.Match[bytes]) -> bytes:
    return b"!%d%c" % (len(run[0]), run[0][0])


def encode(indices: bytes, width: int, height: int, palette: Sequence[tuple[int, int, int]]) -> str:
    """The Sixel image of `height` rows of `width` colour indices (row by row), each an
    index into `palette` (r, g, b from 0 to 255). Only the colours it uses are defined."""
    bands: list[bytes] = []
    used: set[int] = set()
    for top in range(0, height, 6):
        rows = [indices[y * width : (y + 1) * width] for y in range(top, min(top + 6, height))]
        colours = sorted(set(b"".join(rows)))
        used.update(colours)
        lines = []
        for colour in colours:
            table = _ONE[colour]
            # Each row's pixels of this colour as 0/1 bytes, shifted to the row's bit in
            # one big number: the bits of a column never carry into the next byte.
            bits = 0
            for shift, row in enumerate(rows):
                bits |= int.from_bytes(row.translate(table), "big") << shift
            chars = bits.to_bytes(width, "big").translate(_CHARS).rstrip(b"?")
            lines.append(b"#%d" % colour + _RUN.sub(_repeat, chars))
        bands.append(b"$".join(lines))
    define = "".join(
        f"#{n};2;{_percent(palette[n][0])};{_percent(palette[n][1])};{_percent(palette[n][2])}"
        for n in sorted(used)
    )
    data = b"-".join(bands).decode("ascii")
    return f'\x1bP0;1;0q"1;1;{width};{height}{define}{data}\x1b\\'


def _percent(value: int) -> int:
    return (value * 100 + 127) // 255


def supports_sixel(env: Mapping[str, str]) -> bool:
    """Whether the environment says the terminal draws Sixel, and nothing between it and
    us (tmux, screen) would drop it. Only what the terminal itself sets is trusted:
    foot's TERM, WezTerm's TERM_PROGRAM, mlterm's MLTERM, Konsole's KONSOLE_VERSION from
    22.04 and iTerm2's TERM_PROGRAM_VERSION from 3.3. xterm draws Sixel only as a VT340
    (`xterm -ti vt340`) and Windows Terminal from 1.22, neither of which the environment
    tells: the setting asks for it there."""
    if behind_multiplexer(env):
        return False
    term = env.get("TERM", "")
    program = env.get("TERM_PROGRAM", "")
    if term in ("foot", "foot-extra") or program == "WezTerm" or env.get("MLTERM"):
        return True
    if program == "iTerm.app":
        return _version(env.get("TERM_PROGRAM_VERSION", "")) >= (3, 3)
    return _version(env.get("KONSOLE_VERSION", "")) >= (220400,)


def _version(text: str) -> tuple[int, ...]:
    """A dotted version as numbers ((0,) when it is none)."""
    numbers = []
    for part in text.split("."):
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits[0]))
    return tuple(numbers) or (0,)
