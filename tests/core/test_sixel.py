"""Our Sixel, read back by a decoder of the tests' own: every pixel of the picture in
the colour the quantised picture gives it, framed as one DCS string; and which
terminals `auto` gives Sixel, by their environment."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image as PILImage

from reader.pictures import choose_mode, picture_key, sixel_rows
from reader.sixel import encode, supports_sixel
from tests.core.sixel_decoder import read


def quantised(image: PILImage.Image) -> tuple[bytes, list[tuple[int, int, int]]]:
    indexed = image.quantize(256)
    flat = indexed.getpalette() or []
    return indexed.tobytes(), [tuple(flat[i : i + 3]) for i in range(0, len(flat) - 2, 3)]  # type: ignore[misc]


def photo(width: int, height: int, seed: int = 1) -> PILImage.Image:
    """A picture with gradients, noise and flat areas (long runs): what a photo has."""
    rnd = random.Random(seed)
    image = PILImage.new("RGB", (width, height))
    image.putdata(
        [
            (x * 255 // width, y * 255 // height, rnd.randrange(256) if x % 7 else 40)
            if y < height * 2 // 3
            else (200, 30, 30)
            for y in range(height)
            for x in range(width)
        ]
    )
    return image


def assert_same_picture(data: str, indices: bytes, palette, width: int, height: int) -> None:
    image = read(data)
    assert (image.width, image.height) == (width, height)
    assert image.params == [0, 1, 0]  # P2=1: pixels no colour names are left as they are
    got = image.pixels
    assert len(got) == width * height, "pixels missing, or drawn past the picture"
    for y in range(height):
        for x in range(width):
            colour = got[(x, y)]
            assert colour == indices[y * width + x], (x, y)
    for n, percent in image.colours.items():  # 0..255 in percent: within half a step
        assert all(
            abs(p * 255 / 100 - v) <= 1.3 for p, v in zip(percent, palette[n], strict=True)
        ), n


@pytest.mark.parametrize("height", [1, 6, 20, 23])  # bands whole, or the last one cut
def test_a_picture_reads_back_pixel_for_pixel(height):
    width = 37
    indices, palette = quantised(photo(width, height))
    assert_same_picture(encode(indices, width, height, palette), indices, palette, width, height)


def test_runs_are_repeated_and_colours_defined_once():
    width, height = 200, 12
    indices = bytes([3]) * (width * height)
    data = encode(indices, width, height, [(0, 0, 0)] * 3 + [(255, 128, 0)])
    assert data.startswith('\x1bP0;1;0q"1;1;200;12#3;2;100;50;0') and data.endswith("\x1b\\")
    # Two bands, each one run of the six-pixel character: the data stays small.
    assert data.count("!200~") == 2 and data.count("#3;2") == 1 and len(data) < 60
    assert_same_picture(data, indices, [(0, 0, 0)] * 3 + [(255, 128, 0)], width, height)


def test_a_photo_file_is_one_image_a_row_of_cells(tmp_path: Path):
    path = tmp_path / "p1.jpg"
    photo(640, 480, seed=3).save(path, quality=90)
    cell = (9, 17)
    key = picture_key(path, 12, 5)
    rows = sixel_rows(key, cell)
    assert len(rows) == 5
    # The same scaling and quantising, by hand: each row is its band of the picture.
    with PILImage.open(path) as img:
        img.draft("RGB", (12 * 9, 5 * 17))
        scaled = img.convert("RGB").resize((12 * 9, 5 * 17), PILImage.Resampling.BOX)
    indices, palette = quantised(scaled)
    size = 12 * 9 * 17
    for row, data in enumerate(rows):
        band = indices[row * size : (row + 1) * size]
        assert_same_picture(data, band, palette, 12 * 9, 17)


SIXEL_TERMINALS = [
    {"TERM": "foot"},
    {"TERM": "foot-extra"},
    {"TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"},
    {"TERM": "xterm", "MLTERM": "3.9.3"},
    {"TERM": "xterm-256color", "KONSOLE_VERSION": "230805"},
    {"TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.5.0"},
]
NOT_SIXEL = [
    {"TERM": "xterm-256color"},
    {"TERM": "xterm-256color", "XTERM_VERSION": "XTerm(390)"},  # only as a VT340
    {"TERM": "xterm-256color", "WT_SESSION": "x"},  # Windows Terminal: 1.22 on only
    {"TERM": "xterm-256color", "KONSOLE_VERSION": "211203"},  # before 22.04
    {"TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.2.9"},
    {"TERM": "tmux-256color", "TERM_PROGRAM": "WezTerm", "TMUX": "/tmp/t,1,0"},
    {"TERM": "screen-256color", "TERM_PROGRAM": "WezTerm"},
    {"TERM": "foot", "STY": "1.pts-0.host"},
    {"TERM": "dumb"},
]


@pytest.mark.parametrize("env", SIXEL_TERMINALS)
def test_auto_picks_sixel_where_the_terminal_says_it_draws_it(env, monkeypatch):
    for name in ("TERM", "TERM_PROGRAM", "TMUX", "STY", "KITTY_WINDOW_ID", "MLTERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert supports_sixel(env)
    assert choose_mode("auto") == "sixel"  # from os.environ
    assert choose_mode("auto", env, truecolor=False) == "sixel"  # 256 colours are enough


@pytest.mark.parametrize("env", NOT_SIXEL)
def test_auto_does_not_pick_sixel_elsewhere(env):
    assert not supports_sixel(env)
    assert choose_mode("auto", env) in ("halfblocks", "off")
    assert choose_mode("sixel", env) == "sixel"  # the setting asks for it: it is drawn


def test_kitty_comes_before_sixel():
    env = {"TERM": "xterm-kitty", "TERM_PROGRAM": "WezTerm"}
    assert choose_mode("auto", env) == "kitty"
    assert choose_mode("auto", env, truecolor=False) == "halfblocks"
