"""reader.pictures: a saved photo scaled to cells, its key, and the one-line reasons a
photo cannot be shown (pictures are made here with Pillow, at test time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Image
from reader.pictures import (
    DAMAGED,
    LRU,
    MISSING,
    NOT_A_PICTURE,
    Cells,
    PictureError,
    choose_mode,
    decode,
    fit,
    picture_key,
    picture_path,
)
from tests.photo_editions import halves, huge_png

RED, BLUE = (200, 30, 40), (20, 40, 210)  # the halves of tests.photo_editions.halves


def test_fit_keeps_the_shape_with_two_pixels_a_cell():
    # 4:3 at 40 cells across: 30 pixels of height is 15 rows of two.
    assert fit(400, 300, 40, 100) == (40, 15)
    # Too tall for the rows allowed: the rows decide, the width follows.
    assert fit(300, 400, 40, 10) == (15, 10)
    assert fit(0, 0, 40, 100) == (40, 15)  # size unknown: a 4:3 photo
    assert fit(10_000, 10, 40, 100) == (40, 1)  # never less than one cell


def test_picture_path_stays_in_the_edition_folder(tmp_path: Path):
    assert picture_path(tmp_path, Image("ed/p1-photo1.jpg")) == tmp_path / "ed" / "p1-photo1.jpg"
    assert picture_path(None, Image("ed/p1-photo1.jpg")) is None  # read in memory
    assert picture_path(tmp_path, Image("../elsewhere.jpg")) is None
    assert picture_path(tmp_path, Image("/etc/passwd")) is None


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_decode_scales_to_the_cells_upper_pixel_over_lower(tmp_path: Path, fmt: str):
    path = halves(tmp_path / f"p.{fmt.lower()}", (2000, 1500), fmt)
    cells = decode(picture_key(path, 20, 8))
    assert (cells.cols, cells.rows, len(cells.pixels)) == (20, 8, 20 * 16 * 3)
    # Row 0 is the top of the picture (red), the last row its bottom (blue).
    for x in (0, 10, 19):
        top, bottom = cells.pixel(x, 0), cells.pixel(x, 15)
        assert all(abs(a - b) < 12 for a, b in zip(top, RED, strict=True)), top
        assert all(abs(a - b) < 12 for a, b in zip(bottom, BLUE, strict=True)), bottom


def test_key_changes_with_the_file_and_the_size(tmp_path: Path):
    path = halves(tmp_path / "p.png", (40, 30))
    key = picture_key(path, 10, 4)
    assert key == picture_key(path, 10, 4)
    assert key != picture_key(path, 12, 4)
    halves(path, (80, 60))  # rewritten: another size on disk
    assert picture_key(path, 10, 4) != key


def error(path: Path) -> PictureError:
    with pytest.raises(PictureError) as info:
        decode(picture_key(path, 10, 4))
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return info.value


def test_a_missing_file(tmp_path: Path):
    with pytest.raises(PictureError) as info:
        picture_key(tmp_path / "gone.jpg", 10, 4)
    assert info.value.reason == MISSING


def test_a_file_that_is_no_picture(tmp_path: Path):
    path = tmp_path / "p.jpg"
    path.write_text("<html>not a photo</html>")
    assert error(path).reason == NOT_A_PICTURE


def test_a_truncated_photo(tmp_path: Path):
    path = halves(tmp_path / "p.jpg", (400, 300), "JPEG")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    assert error(path).reason == DAMAGED


def test_a_damaged_png(tmp_path: Path):
    path = halves(tmp_path / "p.png", (400, 300))
    data = bytearray(path.read_bytes())
    data[60:200] = bytes(140)  # the compressed pixels zeroed: the stream is broken
    path.write_bytes(bytes(data))
    assert error(path).reason == DAMAGED


@pytest.mark.parametrize("size", [(9000, 9000), (30000, 30000)])
def test_a_huge_picture_is_refused_before_decoding(tmp_path: Path, size: tuple[int, int]):
    # 81 megapixels is over our limit; 900 over Pillow's own bomb limit too.
    reason = error(huge_png(tmp_path / "p.png", *size)).reason
    assert reason.startswith("the photo is too large to show")


def test_lru_drops_the_least_recently_used():
    kept: LRU[str, int] = LRU(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1  # a is now the most recent
    kept.put("c", 3)
    assert "b" not in kept and "a" in kept and "c" in kept and len(kept) == 2
    assert kept.get("b") is None


def test_auto_mode_is_half_blocks_unless_the_terminal_is_dumb():
    assert choose_mode("auto", {"TERM": "xterm-256color"}) == "halfblocks"
    assert choose_mode("auto", {"TERM": "dumb"}) == "off"
    assert choose_mode("off", {"TERM": "xterm-256color"}) == "off"
    assert choose_mode("halfblocks", {"TERM": "dumb"}) == "halfblocks"


def test_cells_pixel_reads_row_by_row():
    cells = Cells(2, 1, bytes([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))
    assert cells.pixel(1, 0) == (4, 5, 6)
    assert cells.pixel(0, 1) == (7, 8, 9)
