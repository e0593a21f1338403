"""Kitty's graphics protocol with Unicode placeholders: real pictures in a cell-based UI.

A picture is sent to the terminal once (an APC escape sequence, written out of band),
as an image with an id and a virtual placement of `cols` x `rows` cells. It is then
drawn as text: each cell the placeholder character U+10EEEE, followed by two combining
diacritics that say its row and column in the picture, in a foreground colour whose
24 bits are the image id. Text moves, scrolls and is clipped like any other, and the
terminal draws the picture wherever the cells are. docs/kitty-graphics.md has the notes.

Nothing here draws: the sequences and the cells' text are strings for the UI to write.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Mapping

from reader.multiplexer import behind_multiplexer

PLACEHOLDER = "\U0010eeee"
"""The cell the terminal replaces with a piece of the picture."""

_RANGES = (
    (0x0305, 0x0305), (0x030D, 0x030E), (0x0310, 0x0310), (0x0312, 0x0312),
    (0x033D, 0x033F), (0x0346, 0x0346), (0x034A, 0x034C), (0x0350, 0x0352),
    (0x0357, 0x0357), (0x035B, 0x035B), (0x0363, 0x036F), (0x0483, 0x0487),
    (0x0592, 0x0595), (0x0597, 0x0599), (0x059C, 0x05A1), (0x05A8, 0x05A9),
    (0x05AB, 0x05AC), (0x05AF, 0x05AF), (0x05C4, 0x05C4), (0x0610, 0x0617),
    (0x0657, 0x065B), (0x065D, 0x065E), (0x06D6, 0x06DC), (0x06DF, 0x06E2),
    (0x06E4, 0x06E4), (0x06E7, 0x06E8), (0x06EB, 0x06EC), (0x0730, 0x0730),
    (0x0732, 0x0733), (0x0735, 0x0736), (0x073A, 0x073A), (0x073D, 0x073D),
    (0x073F, 0x0741), (0x0743, 0x0743), (0x0745, 0x0745), (0x0747, 0x0747),
    (0x0749, 0x074A), (0x07EB, 0x07F1), (0x07F3, 0x07F3), (0x0816, 0x0819),
    (0x081B, 0x0823), (0x0825, 0x0827), (0x0829, 0x082D), (0x0951, 0x0951),
    (0x0953, 0x0954), (0x0F82, 0x0F83), (0x0F86, 0x0F87), (0x135D, 0x135F),
    (0x17DD, 0x17DD), (0x193A, 0x193A), (0x1A17, 0x1A17), (0x1A75, 0x1A7C),
    (0x1B6B, 0x1B6B), (0x1B6D, 0x1B73), (0x1CD0, 0x1CD2), (0x1CDA, 0x1CDB),
    (0x1CE0, 0x1CE0), (0x1DC0, 0x1DC1), (0x1DC3, 0x1DC9), (0x1DCB, 0x1DCC),
    (0x1DD1, 0x1DE6), (0x1DFE, 0x1DFE), (0x20D0, 0x20D1), (0x20D4, 0x20D7),
    (0x20DB, 0x20DC), (0x20E1, 0x20E1), (0x20E7, 0x20E7), (0x20E9, 0x20E9),
    (0x20F0, 0x20F0), (0x2CEF, 0x2CF1), (0x2DE0, 0x2DFF), (0xA66F, 0xA66F),
    (0xA67C, 0xA67D), (0xA6F0, 0xA6F1), (0xA8E0, 0xA8F1), (0xAAB0, 0xAAB0),
    (0xAAB2, 0xAAB3), (0xAAB7, 0xAAB8), (0xAABE, 0xAABF), (0xAAC1, 0xAAC1),
    (0xFE20, 0xFE26), (0x10A0F, 0x10A0F), (0x10A38, 0x10A38), (0x1D185, 0x1D189),
    (0x1D1AA, 0x1D1AD), (0x1D242, 0x1D244),
)  # fmt: skip
DIACRITICS = "".join(chr(c) for first, last in _RANGES for c in range(first, last + 1))
"""The numbers 0, 1, 2 ... as kitty's rowcolumn-diacritics.txt spells them (297)."""

MAX_CELLS = len(DIACRITICS)
"""The most rows or columns a placement can number."""

MAX_ID = 0xFFFFFF
"""Ids fit the 24 bits of a foreground colour, so no third diacritic is needed."""

CHUNK = 4096
"""The most base64 characters one escape sequence carries (the protocol's limit)."""

CELL_PIXELS = (10, 20)
"""A cell's pixels (width, height) when the terminal does not say: a common size."""


def supports_placeholders(env: Mapping[str, str]) -> bool:
    """Whether the terminal says it is one that draws Unicode placeholders: kitty (0.28,
    2023, or later) or Ghostty. WezTerm speaks the protocol but draws the placeholder
    as a glyph, so it is not one of them. Inside tmux the picture needs tmux's
    passthrough, off by default: never guessed, the setting can ask for it. Screen
    passes neither the pictures nor 24-bit colour."""
    if behind_multiplexer(env):
        return False
    term = env.get("TERM", "")
    if term == "xterm-kitty" or env.get("KITTY_WINDOW_ID"):
        return True
    return term == "xterm-ghostty" or env.get("TERM_PROGRAM", "").lower() == "ghostty"


def image_colour(image_id: int) -> tuple[int, int, int]:
    """The foreground colour (r, g, b) that names an image in its placeholder cells."""
    return (image_id >> 16) & 0xFF, (image_id >> 8) & 0xFF, image_id & 0xFF


def placeholder_row(row: int, cols: int) -> str:
    """The text of one row of a picture's cells. Every cell says its row and column,
    so a row cut anywhere (a pane's edge, a notice over it) still draws its part."""
    mark = PLACEHOLDER + DIACRITICS[row]
    return "".join(mark + DIACRITICS[col] for col in range(cols))


def _command(keys: str, payload: str = "") -> str:
    return f"\x1b_G{keys};{payload}\x1b\\" if payload else f"\x1b_G{keys}\x1b\\"


def _through_tmux(sequence: str) -> str:
    # tmux hands a DCS "tmux;" payload to the terminal as it is, its ESCs doubled.
    return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"


def transmit(image_id: int, png: bytes, cols: int, rows: int, tmux: bool = False) -> str:
    """The escape sequences that send a PNG as image `image_id` and make a virtual
    placement of cols x rows cells for its placeholders, quietly (q=2: the terminal
    answers nothing, which would reach the app as keys)."""
    data = base64.standard_b64encode(png).decode("ascii")
    chunks = [data[at : at + CHUNK] for at in range(0, len(data), CHUNK)] or [""]
    out = []
    for n, chunk in enumerate(chunks):
        more = int(n < len(chunks) - 1)
        if n == 0:
            keys = f"a=T,U=1,f=100,t=d,i={image_id},c={cols},r={rows},q=2,m={more}"
        else:
            keys = f"q=2,m={more}"
        out.append(_command(keys, chunk))
    if tmux:
        return "".join(_through_tmux(part) for part in out)
    return "".join(out)


def delete(image_id: int, tmux: bool = False) -> str:
    """The escape sequence that deletes image `image_id` and frees its data (d=I: the
    lower-case d=i would keep the data in the terminal's memory)."""
    sequence = _command(f"a=d,d=I,i={image_id},q=2")
    return _through_tmux(sequence) if tmux else sequence


def cell_pixels(fd: int) -> tuple[int, int]:
    """A cell's size in pixels (width, height), as the terminal on `fd` says (its
    window size in pixels over its cells), or CELL_PIXELS when it does not."""
    try:
        import fcntl  # here: POSIX only
        import termios

        rows, cols, width, height = struct.unpack(
            "HHHH", fcntl.ioctl(fd, termios.TIOCGWINSZ, bytes(8))
        )
    except (ImportError, OSError):
        return CELL_PIXELS
    if not (rows and cols and width and height):
        return CELL_PIXELS
    cell = (width // cols, height // rows)
    return cell if min(cell) >= 2 else CELL_PIXELS
