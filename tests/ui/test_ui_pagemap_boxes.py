"""A box of the page map keeps its headline readable: a narrow box shows one line cut
with '…' rather than a syllable a line, a tall headline ends in '…' where the box
ends, and the photo mark fills only the rows under the headline, never its spaces; an
article read is ticked on its border (in a list, before its row), never in its headline."""

from __future__ import annotations

from rich.cells import cell_len

from reader.pagemap import PageMap, Place, Rect
from reader.ui.render.pagemap import READ_MARK, MapStyles, render_page_map


def drawn(
    *places: Place, cols: int = 40, rows: int = 12, read: frozenset[str] = frozenset()
) -> list[str]:
    page_map = PageMap(cols, rows, list(places))
    lines = render_page_map(page_map, None, None, MapStyles(), read)
    return ["".join(s.text for s in line) for line in lines]


def article(title: str, rect: Rect, *photos: Rect, item_id: str = "p4-1") -> Place:
    return Place(item_id, "article", title, rect, (0, 0, 100, 100), photos, len(photos))


def inside(lines: list[str], rect: Rect) -> list[str]:
    """The rows inside a box's frame, by cell (a Hangul syllable takes two)."""
    rows = []
    for line in lines[rect.y + 1 : rect.y + rect.h - 1]:
        cells = "".join(ch + ("\0" if cell_len(ch) == 2 else "") for ch in line)
        rows.append(cells[rect.x + 1 : rect.x + rect.w - 1].replace("\0", "").rstrip())
    return rows


def test_a_narrow_box_shows_one_line_of_its_headline_cut_with_an_ellipsis():
    box = Rect(2, 0, 8, 10)  # six cells inside: three syllables
    rows = inside(drawn(article("‘광주를 빌려드립니다’ 창업 지원", box)), box)
    assert rows[0] == "‘광주…"
    assert not any(rows[1:]), rows  # not '주 / 를 / 빌' down the box


def test_a_headline_longer_than_its_box_ends_in_an_ellipsis():
    box = Rect(0, 0, 14, 4)  # two rows of twelve cells
    rows = inside(drawn(article("반도체 특화단지 예산 50% 늘어 지역 경제 숨통", box)), box)
    assert rows == ["반도체", "특화단지 예…"]


def test_the_photo_mark_fills_the_rows_under_the_headline_and_never_its_spaces():
    box = Rect(0, 0, 24, 9)
    photo = Rect(1, 1, 22, 7)  # the whole box: the headline is printed over it
    rows = inside(drawn(article("반도체 특화단지 예산 50% 늘어", box, photo)), box)
    assert rows[:2] == ["반도체 특화단지 예산", "50% 늘어"]  # no '▒' between the words
    assert rows[4] == "Photo" + "▒" * 17  # the label in the middle of the rows left
    assert all(row == "▒" * 22 for row in rows[2:4] + rows[5:]), rows


def test_a_read_article_is_ticked_on_its_border_and_an_unread_one_is_not():
    read, unread = Rect(0, 0, 20, 5), Rect(20, 0, 20, 5)
    places = (
        article("반도체 특화단지 예산 50% 늘어", read, item_id="p4-1"),
        article("광주 시내버스 노선 개편", unread, item_id="p4-2"),
    )
    lines = drawn(*places, read=frozenset({"p4-1"}))
    assert lines[0] == "┌" + READ_MARK + "─" * 17 + "┐" + "┌" + "─" * 18 + "┐"
    # The headline keeps its room: its lines are those of the box unread.
    assert (
        inside(lines, read)
        == inside(drawn(*places), read)
        == ["반도체 특화단지", "예산 50% 늘어", ""]
    )


def test_a_read_article_in_a_list_is_ticked_before_its_row():
    rows = [Rect(0, 0, 40, 1), Rect(0, 1, 40, 1)]
    lines = drawn(
        article("반도체 특화단지 예산 50% 늘어", rows[0], item_id="p4-1"),
        article("광주 시내버스 노선 개편", rows[1], item_id="p4-2"),
        read=frozenset({"p4-1"}),
    )
    assert lines[0].rstrip() == f"  {READ_MARK} 반도체 특화단지 예산 50% 늘어"
    assert lines[1].rstrip() == "  광주 시내버스 노선 개편"


def test_a_box_with_no_row_inside_says_what_it_is_on_its_border():
    box = Rect(2, 0, 11, 2)  # two rows high: its frame alone, nine cells across
    lines = drawn(article("알림", box), article("주민 설명회 일정 안내", Rect(14, 0, 11, 2)))
    assert lines[0].startswith("  ┌알림─────┐ ┌주민 설…─┐")
    read = drawn(article("주민 설명회 일정 안내", box), read=frozenset({"p4-1"}))
    assert read[0].startswith("  ┌" + READ_MARK + "─주민…──┐")  # the tick first, as ever
    assert lines[1].startswith("  └─────────┘")  # the bottom border stays a border


def test_a_box_too_narrow_for_a_syllable_keeps_its_bare_border():
    # near miss: two cells across leave room for the '…' alone, which says nothing; a box
    # three rows high has its label inside, not on its border
    lines = drawn(article("알림", Rect(0, 0, 4, 2)), article("광고", Rect(5, 0, 6, 3)))
    assert lines[0].startswith("┌──┐ ┌────┐")
    assert lines[1].startswith("└──┘ │광고│")
