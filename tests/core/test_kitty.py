"""reader.kitty: the escape sequences that send a picture to a terminal that speaks Kitty's
graphics protocol, the placeholder cells that draw it, and which terminals get it."""

from __future__ import annotations

import base64
import fcntl
import io
import os
import random
import re
import struct
import termios
from pathlib import Path

import pytest
from PIL import Image as PILImage

from reader.kitty import (
    CELL_PIXELS,
    CHUNK,
    DIACRITICS,
    MAX_CELLS,
    PLACEHOLDER,
    cell_pixels,
    delete,
    image_colour,
    placeholder_row,
    supports_placeholders,
    transmit,
)
from reader.pictures import choose_mode, picture_key, png
from tests.photo_editions import halves

APC = re.compile(r"\x1b_G([^;\x1b]*)(?:;([^\x1b]*))?\x1b\\")
TMUX = re.compile(r"\x1bPtmux;((?:[^\x1b]|\x1b\x1b)*)\x1b\\")


def commands(sequence: str) -> list[tuple[dict[str, str], str]]:
    """The graphics commands of a sequence, each its keys and its payload; nothing else
    may be in it."""
    found = [(m.start(), m.end(), m) for m in APC.finditer(sequence)]
    assert "".join(sequence[a:b] for a, b, _m in found) == sequence
    return [
        (dict(kv.split("=", 1) for kv in m.group(1).split(",")), m.group(2) or "")
        for _a, _b, m in found
    ]


def noise(path: Path, size: tuple[int, int]) -> Path:
    """A picture of seeded noise: its PNG does not compress, so it takes many chunks."""
    data = random.Random(7).randbytes(size[0] * size[1] * 3)
    PILImage.frombytes("RGB", size, data).save(path)
    return path


def test_a_picture_is_sent_in_chunks_of_4096_with_its_id_and_cells(tmp_path: Path):
    key = picture_key(noise(tmp_path / "p.png", (300, 200)), 20, 7)
    data = png(key, (10, 20))
    sent = commands(transmit(4242, data, key.cols, key.rows))
    keys, _payload = sent[0]
    assert keys == {
        "a": "T", "U": "1", "f": "100", "t": "d", "i": "4242",
        "c": "20", "r": "7", "q": "2", "m": "1",
    }  # fmt: skip
    # The rest carry only what the protocol allows after the first: m, and q.
    assert all(keys == {"q": "2", "m": "1"} for keys, _ in sent[1:-1])
    assert sent[-1][0] == {"q": "2", "m": "0"}
    payloads = [payload for _keys, payload in sent]
    assert len(payloads) > 3
    assert all(len(p) == CHUNK for p in payloads[:-1]) and 0 < len(payloads[-1]) <= CHUNK
    assert base64.standard_b64decode("".join(payloads)) == data
    # The PNG is the picture at the cells' pixels.
    with PILImage.open(io.BytesIO(data)) as img:
        assert img.format == "PNG" and img.size == (20 * 10, 7 * 20)


def test_the_png_is_the_picture_scaled(tmp_path: Path):
    key = picture_key(halves(tmp_path / "p.jpg", (800, 600), "JPEG"), 16, 6)
    with PILImage.open(io.BytesIO(png(key, (9, 18)))) as img:
        assert img.size == (16 * 9, 6 * 18)
        top, bottom = img.getpixel((70, 2)), img.getpixel((70, 6 * 18 - 3))
    assert all(abs(a - b) < 12 for a, b in zip(top, (200, 30, 40), strict=True)), top
    assert all(abs(a - b) < 12 for a, b in zip(bottom, (20, 40, 210), strict=True)), bottom


def test_a_small_picture_is_one_command(tmp_path: Path):
    key = picture_key(halves(tmp_path / "p.png", (40, 30)), 4, 2)
    [(keys, payload)] = commands(transmit(7, png(key, (10, 20)), 4, 2))
    assert keys["m"] == "0" and keys["i"] == "7" and keys["U"] == "1"
    assert len(payload) <= CHUNK


def test_under_tmux_each_command_passes_through_with_its_escapes_doubled(tmp_path: Path):
    key = picture_key(noise(tmp_path / "p.png", (200, 100)), 12, 4)
    data = png(key, (10, 20))
    plain = transmit(99, data, 12, 4)
    wrapped = transmit(99, data, 12, 4, tmux=True)
    parts = TMUX.findall(wrapped)
    assert "".join(f"\x1bPtmux;{p}\x1b\\" for p in parts) == wrapped
    inner = [p.replace("\x1b\x1b", "\x1b") for p in parts]
    assert len(inner) == len(commands(plain)) > 1  # one passthrough a command
    assert "".join(inner) == plain
    assert TMUX.fullmatch(delete(99, tmux=True))


def test_delete_frees_the_image_by_its_id():
    [(keys, payload)] = commands(delete(123456))
    assert keys == {"a": "d", "d": "I", "i": "123456", "q": "2"} and payload == ""


def test_placeholder_cells_say_their_row_and_column():
    # The first numbers as kitty's documentation spells them: 0 U+0305, 1 U+030D, 2 U+030E.
    assert DIACRITICS[:3] == "\u0305\u030d\u030e" and MAX_CELLS == 297
    assert len(set(DIACRITICS)) == MAX_CELLS
    row = placeholder_row(2, 4)
    cells = [row[at : at + 3] for at in range(0, len(row), 3)]
    assert cells == [PLACEHOLDER + DIACRITICS[2] + DIACRITICS[col] for col in range(4)]
    last = placeholder_row(MAX_CELLS - 1, MAX_CELLS)
    assert last.endswith(PLACEHOLDER + DIACRITICS[-1] + DIACRITICS[-1])


def test_the_image_id_is_the_foreground_colour():
    assert image_colour(0x123456) == (0x12, 0x34, 0x56)
    assert image_colour(1) == (0, 0, 1)


@pytest.mark.parametrize(
    ("env", "mode"),
    [
        ({"TERM": "xterm-kitty"}, "kitty"),
        ({"TERM": "xterm-256color", "KITTY_WINDOW_ID": "3"}, "kitty"),
        ({"TERM": "xterm-ghostty"}, "kitty"),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "ghostty"}, "kitty"),
        # WezTerm speaks the protocol but draws the placeholders as glyphs: Sixel there.
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"}, "sixel"),
        ({"TERM": "xterm-256color", "COLORTERM": "truecolor"}, "halfblocks"),
        # Inside tmux the picture needs its passthrough, off by default: not guessed.
        ({"TERM": "tmux-256color", "KITTY_WINDOW_ID": "3", "TMUX": "/tmp/t,1,0"}, "halfblocks"),
        # Screen in kitty passes neither the pictures nor 24-bit colour.
        ({"TERM": "screen", "STY": "1.pts-0.host", "KITTY_WINDOW_ID": "1"}, "halfblocks"),
        ({"TERM": "screen.xterm-256color", "KITTY_WINDOW_ID": "1"}, "halfblocks"),
        ({"TERM": "dumb"}, "off"),
    ],
)
def test_auto_picks_kitty_where_the_terminal_says_it_draws_placeholders(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], mode: str
):
    for name in ("TERM", "TERM_PROGRAM", "KITTY_WINDOW_ID", "TMUX", "STY", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert choose_mode("auto") == mode
    assert supports_placeholders(os.environ) == (mode == "kitty")


def test_kitty_needs_24_bit_colour_else_half_blocks():
    kitty = {"TERM": "xterm-kitty"}
    assert choose_mode("auto", kitty, truecolor=False) == "halfblocks"
    assert choose_mode("kitty", {"TERM": "xterm"}, truecolor=False) == "halfblocks"
    assert choose_mode("kitty", {"TERM": "xterm"}) == "kitty"  # asked for: as asked
    assert choose_mode("halfblocks", kitty) == "halfblocks"
    assert choose_mode("off", kitty) == "off"


def test_cell_pixels_from_the_terminal_window(tmp_path: Path):
    parent, child = os.openpty()
    try:
        # 80 x 24 cells in 720 x 432 pixels: cells of 9 x 18.
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 720, 432))
        assert cell_pixels(child) == (9, 18)
        # A terminal that does not say its pixels: the common size.
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        assert cell_pixels(child) == CELL_PIXELS
    finally:
        os.close(parent)
        os.close(child)
    with open(tmp_path / "f", "wb") as f:  # not a terminal
        assert cell_pixels(f.fileno()) == CELL_PIXELS
