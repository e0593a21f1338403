"""A story's two columns set round a circular photo across their gutter, line by line: each
line beside it is set to the curve at its height, so those near its top and foot reach
into its box's corners. The photo's foot parts no line beside it from the column's
line under it (blocks.py: the columns are read one after the other, not row by row), and
each line beside it is its own measure (wraps.py: a short line on its left is full, one
on its right starts no paragraph). Near misses: type set over a photo is parted from the
line under it; lines level with a picture that reach past its middle are no wrap."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from reader.pdf.blocks import Block, make_blocks
from reader.pdf.content import Box, Run
from reader.pdf.lines import make_lines
from reader.pdf.wraps import wraps
from tests.pdfgen.fonts import faces, text_width

TOP, STEP, SIZE = 320.0, 12.5, 9.0  # the columns' first baseline, a line's pitch, the body
COLUMNS = (40.0, 190.0)  # the columns' left edges, 136 pt wide (a 14 pt gutter)
WIDTH = 136.0
CX, CY, R, GAP = 183.0, 285.5, 45.0, 4.0  # the circle: across the gutter, rows 0 to 6
FIRST = [
    "읍내 옛 양조장 건물에 마을 사진관이 문을 열었다. 주인 모경수 씨는 사십 년 동안 "
    "읍내에서 사진을 찍어 온 사진사다. 그는 그동안 찍은 필름 이만여 장을 정리해 벽마다 "
    "걸었다.",
    "사진관 한쪽에는 주민들이 가져온 옛 사진을 스캔해 주는 자리도 있다.",
]
SECOND = [
    "모 씨가 사진관을 연 것은 사라져 가는 읍내 모습을 남기고 싶어서다. 그는 필름 속 "
    "골목들 가운데 절반은 벌써 사라졌다며 주민들이 와서 옛 동네를 함께 기억했으면 "
    "한다고 말했다.",
    "사진관은 화요일부터 일요일까지 문을 연다.",
]


def _measure(col: int, row: int) -> tuple[float, float]:
    """A row's left edge and width: its column's, or cut at the curve (less the gap)."""
    x = COLUMNS[col]
    dy = TOP - STEP * row + 3.0 - CY  # the line's middle, about
    if abs(dy) >= R:
        return x, WIDTH
    half = math.sqrt(R * R - dy * dy)
    if col == 0:
        return x, CX - half - GAP - x
    return CX + half + GAP, x + WIDTH - (CX + half + GAP)


def _set(c: Canvas, font: str, col: int, paras: list[str], curve_spaces: bool) -> None:
    """Each paragraph filled greedily a row at a time (ragged), each line but a paragraph's
    last ending in the file's space (as Typst writes it), those set to the curve too when
    `curve_spaces`."""
    row = 0
    for para in paras:
        words, first = para.split(), True
        while words:
            x, width = _measure(col, row)
            indent = SIZE if first else 0.0
            n = 1
            while n < len(words) and text_width(" ".join(words[: n + 1]), font, SIZE) <= (
                width - indent
            ):
                n += 1
            text, words = " ".join(words[:n]), words[n:]
            # a producer that sets each line to the curve as a frame of its own (Typst, by
            # hand) writes no space at its end
            spaced = words and (curve_spaces or width == WIDTH)
            c.drawString(x + indent, TOP - STEP * row, text + (" " if spaced else ""))
            row, first = row + 1, False


def _page(path: Path, curve_spaces: bool = True) -> Article:
    face = faces("cid")
    c = Canvas(str(path), pagesize=(400, 400))
    c.setFont(face.sans, 18)
    c.drawString(40, 360, "사십 년 찍은 골목 사진관 벽에 걸렸다")
    c.setFont(face.body, SIZE)
    for col, paras in enumerate((FIRST, SECOND)):
        _set(c, face.body, col, paras, curve_spaces)
    c.saveState()
    clip = c.beginPath()
    clip.circle(CX, CY, R)
    c.clipPath(clip, stroke=0, fill=0)
    photo = Image.new("RGB", (48, 48), (120, 90, 60))
    c.drawImage(ImageReader(photo), CX - R, CY - R, 2 * R, 2 * R)
    c.restoreState()
    c.showPage()
    c.save()
    [item] = ingest_pdf(path).edition.pages[0].items
    assert isinstance(item, Article)
    return item


def test_lines_round_a_circular_photo_read_column_by_column(tmp_path: Path) -> None:
    item = _page(tmp_path / "round.pdf")
    texts = [b.text for b in item.body if b.kind != "photo"]
    assert texts == [*FIRST, *SECOND]


def test_a_line_set_to_the_curve_without_its_space_is_joined_by_the_vocabulary(
    tmp_path: Path,
) -> None:
    # the story's other lines write their end's space, so a line without one would be
    # torn inside a word; beside the curve the vocabulary decides instead
    item = _page(tmp_path / "bare.pdf", curve_spaces=False)
    lead = item.body[0].text if item.body[0].kind != "photo" else item.body[1].text
    assert "건물에 마을" in lead and "동안 읍내에서" in lead


def _run(x0: float, base: float, text: str) -> Run:
    x1 = x0 + SIZE * len(text)
    return Run(x0, base - 8.0, x1, base + 1.0, base, SIZE, "Body", text, x1)


def _blocks(lines_at: list[tuple[float, float, str]], photo: Box) -> list[Block]:
    runs = [_run(x, base, text) for x, base, text in lines_at]
    return make_blocks(make_lines(runs, []), [], [photo])


def test_a_photos_foot_parts_no_line_beside_it() -> None:
    # a line level with the photo, into its box's corner by a syllable, over a full one
    blocks = _blocks(
        [(10, 50, "가나다라마바사"), (10, 63, "가나다라마바사아자차")], (70, 0, 150, 56)
    )
    assert [len(b.lines) for b in blocks] == [2]


def test_type_over_a_photo_is_parted_from_the_line_under_it() -> None:
    # the same two lines, the upper set over the photo (most of it on it): apart
    blocks = _blocks([(75, 50, "가나다라마바"), (75, 63, "가나다라마바사아")], (70, 0, 150, 56))
    assert [len(b.lines) for b in blocks] == [1, 1]


def test_lines_past_a_pictures_middle_are_no_wrap() -> None:
    # lines level with the box reach past its middle (type over the photo): no wrap
    lines = make_lines(
        [_run(10, 20 + 13 * i, "가나다라마바사아자차"[: 10 if i > 2 else 8]) for i in range(5)], []
    )
    [block] = make_blocks(lines, [])
    found = wraps([block], [(60, 10, 90, 45)])
    assert not found.left and not found.right and not found.curved
    # the same lines stopping short of the middle are set round it
    found = wraps([block], [(75, 10, 105, 45)])
    assert found.curved
