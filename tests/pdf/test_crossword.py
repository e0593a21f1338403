"""A crossword (page 76): its grid of square boxes drawn edge to edge, some filled black,
clue numbers in a third of them, is a board (boards.lattice, boards.board_figures): one
caption of its puzzle, its numbers in rows from the top, no ad a box; its clue lists,
numbered entries under a head in larger type, are the puzzle's subheads and bullets, an
entry a line (paragraphs.py), and no body text when the page's type is judged
(listings.prose). Boxes set apart, too few of them, or most holding type, are no board;
a head in the entries' own type is a line of their block, no subhead; a note under the
first list alone is read after it."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Ad, Article, Item
from tests.pdf.figure_pages import items, sans, story, texts

TITLE = "[낱말 퍼즐] 제58회"
PATTERN = ("...#...", ".#...#.", "...#...", "#.#.#.#", "...#...", ".#...#.", "...#...")
NUMBERS = {
    (0, 0): 1, (0, 2): 2, (0, 4): 3, (0, 6): 4, (1, 2): 5, (2, 0): 6, (2, 1): 7, (2, 4): 8,
    (2, 5): 9, (4, 0): 10, (4, 2): 11, (4, 4): 12, (4, 6): 13, (5, 2): 14, (6, 0): 15,
    (6, 4): 16,
}  # fmt: skip
ACROSS = (
    "1. 눈으로 만든 사람", "3. 설날 떡국에 넣는 떡", "5. 책을 빌려 주는 곳",
    "6. 봄에 피는 노란 꽃", "8. 다리가 열 개인 바다 동물", "10. 밤하늘에 뜨는 둥근 달",
    "12. 두 바퀴로 가는 탈것", "14. 김치를 담가 두는 독",
)  # fmt: skip
DOWN = (
    "1. 눈 위에서 타는 놀이 기구", "2. 한 해의 마지막 달", "3. 가래떡을 썰어 끓인 음식",
    "4. 겨울에 덮는 두꺼운 이불", "7. 나무가 우거진 곳", "9. 물고기를 잡는 사람",
    "10. 음력으로 매달 15일", "11. 마음속으로 바라는 일",
)  # fmt: skip
MORE = ("12. 전기로 가는 자동차", "13. 햇빛이 가려진 곳")
FOOT = "정답은 다음 주 이 면에 싣습니다."


def _puzzle(
    c: Canvas,
    gap: float = 0.0,
    count: int = 7,
    every: bool = False,
    head: float = 8.5,
    longer: bool = False,
) -> None:
    """A short story (its characters fewer than the clues'), and beside it the puzzle: its
    title, a grid of `count` boxes each way, 18.4 pt square, `gap` apart, the black ones
    filled, a number in the cells NUMBERS names (in `every` cell), and under it the two
    clue lists side by side, each under its head set `head` pt (the clues 7.5 pt), the
    second `longer` by MORE, and a note at the first's left edge under both (or under the
    first alone, the second reaching lower)."""
    story(c, lines=6)
    left, top, cell = 330.0, 760.0, 18.4
    c.setFont(sans(), 12)
    c.drawString(left, top + 10, TITLE)
    c.setLineWidth(0.5)
    for r in range(count):
        for k in range(count):
            x, y = left + k * (cell + gap), top - (r + 1) * cell - r * gap
            c.rect(x, y, cell, cell, stroke=1, fill=PATTERN[r % 7][k % 7] == "#" and not every)
            n = r * count + k + 1 if every else NUMBERS.get((r, k))
            if n is not None:
                c.setFont(sans(), 5)
                c.drawString(x + 1.4, y + cell - 6, str(n))
    bottom = top - count * (cell + gap)
    c.setFont(sans(), head)
    c.drawString(left, bottom - 22, "가로 열쇠")
    c.drawString(left + 120, bottom - 22, "세로 열쇠")
    c.setFont(sans(), 7.5)
    for k, a in enumerate(ACROSS):
        c.drawString(left, bottom - 34 - 10 * k, a)
    for k, d in enumerate(DOWN + MORE if longer else DOWN):
        c.drawString(left + 120, bottom - 34 - 10 * k, d)
    c.drawString(left, bottom - 34 - 10 * len(ACROSS) - 6, FOOT)


def _read(tmp_path: Path, **kw: float) -> list[Item]:
    return items(tmp_path / "puzzle.pdf", lambda c: _puzzle(c, **kw))


def _numbers_caption(found: list[Item]) -> bool:
    """Is the grid's run of numbers some article's one caption?"""
    return any(
        b.kind == "caption" and b.text.startswith("1 2 3 4")
        for it in found
        if isinstance(it, Article)
        for b in it.body
    )


def test_a_crosswords_grid_and_clue_lists_are_its_puzzles_item(tmp_path: Path) -> None:
    found = _read(tmp_path)
    assert not any(isinstance(it, Ad) for it in found)
    puzzle = [it for it in found if isinstance(it, Article) and it.headline is not None]
    assert [it.headline.text for it in puzzle if it.headline] == ["달내군 새 다리 놓는다", TITLE]
    numbers = " ".join(str(n) for n in range(1, 17))
    assert texts(puzzle[1]) == [
        ("caption", numbers),
        ("subhead", "가로 열쇠"),
        *(("bullet", clue) for clue in ACROSS),
        ("subhead", "세로 열쇠"),
        *(("bullet", clue) for clue in DOWN),
        ("paragraph", FOOT),  # under both lists: read after them
    ]
    # the clues, more characters than the story's, are no body type: the story is text
    assert puzzle[0].body and not puzzle[0].deck


def _boxes_read_as_before(found: list[Item], numbered: int) -> bool:
    """The grid is no board: no caption of its numbers, its boxes still frames, each that
    holds a number read as an ad (as every numbered box was before boards.lattice)."""
    return not _numbers_caption(found) and sum(isinstance(it, Ad) for it in found) == numbered


def test_boxes_set_apart_are_no_board(tmp_path: Path) -> None:
    assert _boxes_read_as_before(_read(tmp_path, gap=4), len(NUMBERS))


def test_a_lattice_of_four_boxes_each_way_is_no_board(tmp_path: Path) -> None:
    small = [n for (r, k), n in NUMBERS.items() if r < 4 and k < 4]
    assert _boxes_read_as_before(_read(tmp_path, count=4), len(small))


def test_a_lattice_whose_boxes_each_hold_type_is_no_board(tmp_path: Path) -> None:
    # a calendar's boxes, a date in each
    assert _boxes_read_as_before(_read(tmp_path, every=True), 49)


def test_a_lists_head_in_its_entries_own_type_is_no_subhead(tmp_path: Path) -> None:
    found = _read(tmp_path, head=7.5)
    kinds = [b.kind for it in found if isinstance(it, Article) for b in it.body]
    assert _numbers_caption(found) and "subhead" not in kinds


def test_a_note_under_the_first_list_alone_is_read_after_it(tmp_path: Path) -> None:
    # near miss: the second list reaches lower than the note, which is the first list's
    found = _read(tmp_path, longer=True)
    body = [t for it in found if isinstance(it, Article) for t in texts(it)]
    at = body.index(("paragraph", FOOT))
    assert body[at - 1] == ("bullet", ACROSS[-1]) and body[at + 1] == ("subhead", "세로 열쇠")
