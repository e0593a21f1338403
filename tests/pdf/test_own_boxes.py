"""The paper's own boxes (round 7, pages 35 and 36): a front's index of its pages, a
weather box of pictograms and figures. Each rule on a made-up input, with the near
misses it must leave as they were: a leader drawn as a path joins a title to its page
number; a framed box that indexes the paper's pages, or prints figures with their
source, is the paper's, no ad; marked lines one under another are a list's entries; a
small picture set in a line of type is a pictogram, no photo; a grid whose rows stand
a pictogram apart is a table; its cells are no justified line's words; a wrapped
sentence over it is no header; and an untitled table under a story's text is the
story's."""

from __future__ import annotations

from reader.ingest.lines import Line as TextLine
from reader.ingest.lines import Para as TextPara
from reader.ingest.units import to_units
from reader.pdf.blocks import Block, make_blocks
from reader.pdf.content import Graphic, Picture, Run
from reader.pdf.frames import frame_regions
from reader.pdf.gridless import gridless_table
from reader.pdf.lines import Line, make_lines
from reader.pdf.parts import Atom, Style
from reader.pdf.pictograms import pictograms
from reader.pdf.regionitems import _entries
from reader.pdf.tables import aligned_table


def _run(x0: float, base: float, text: str, size: float = 8.0, width: float = 0.0) -> Run:
    x1 = x0 + (width or size * len(text))
    return Run(x0, base - 0.88 * size, x1, base + 0.12 * size, base, size, "Sans", text, x1)


def _line(x0: float, base: float, text: str, size: float = 7.5, width: float = 0.0) -> Line:
    x1 = x0 + (width or size * len(text))
    t = base - 0.88 * size
    return Line(x0, t, x1, base + 0.12 * size, base, size, "Sans", text, x1, len(text))


def test_a_leader_drawn_between_a_title_and_its_page_number_joins_them() -> None:
    """'▷ 새해 예산' and '3면' 22 points apart (under 3 sizes: no justified word space
    bridges it without neighbours) with a dotted leader drawn at their height from a
    size after the one to a size before the other: one line. Near misses: no rule, a
    rule under the line (between two rows), a rule stopping 1.5 sizes short of the number."""
    title, number = _run(100, 200, "▷ 새해 예산", width=70), _run(192, 200, "3면", width=12)

    def lines(*rules: tuple[float, float, float, float]) -> list[str]:
        return sorted(
            x.text for x in make_lines([title, number], [Graphic("hrule", r) for r in rules])
        )

    assert lines((174, 199.4, 188, 200.6)) == ["▷ 새해 예산 3면"]
    assert lines() == ["3면", "▷ 새해 예산"]
    assert lines((174, 203.0, 188, 204.0)) == ["3면", "▷ 새해 예산"]
    assert lines((172, 199.4, 180, 200.6)) == ["3면", "▷ 새해 예산"]


STYLE = Style(9.0, "Serif")


def _frame(texts: list[tuple[str, float]]) -> list[str]:
    """A framed box of one-line blocks (text, size) one under another: its regions' kinds."""
    blocks = [Block([_line(100, 100 + 12 * k, t, s, 120)]) for k, (t, s) in enumerate(texts)]
    inner = [Atom("block", b.box, block=b) for b in blocks]
    return [r.kind for r in frame_regions(Atom("frame", (95, 85, 230, 250), inner=inner), STYLE)]


def test_a_box_indexing_the_papers_pages_or_sourcing_its_figures_is_no_ad() -> None:
    """An index ('▷ … 3면', two entries or more) and a box of figures with its source line
    ('자료=기상청') are the paper's own: articles. Near misses: an ad pointing to one
    page ('자세한 내용은 3면') with its phone, and a price list without a source, stay ads."""
    index = [("오늘의 주요 뉴스", 10), ("▷ 새해 예산 확정 3면", 8), ("▷ 고교 축구 4강 14면", 8)]
    assert _frame(index) == ["article"]
    weather = [("오늘의 날씨", 10), ("서울 -6/2", 7.5), ("대전 -5/3", 7.5), ("자료=기상청", 6.5)]
    assert _frame(weather) == ["article"]
    pointer = [("달내 한우 직판장", 12), ("자세한 내용은 3면", 8), ("문의 055-940-3300", 8)]
    assert _frame(pointer) == ["ad"]
    prices = [("달내 한우 직판장", 12), ("등심 100g 6,900원", 8), ("불고기 100g 3,900원", 8)]
    assert _frame(prices) == ["ad"]


def test_marked_lines_one_under_another_are_a_lists_entries() -> None:
    """Each '▷ …' line read alone is a marked subhead; two or more in a row, nothing
    between, are entries. Near misses: one marked line over text (a subhead), and marked
    lines each over its text."""
    entries = ["▷ 새해 예산 확정 3면", "▷ 달내천 철새 6면", "▷ 고교 축구 4강 14면"]
    units = [u for t in entries for u in to_units([TextPara([TextLine(t, 0)])])]
    assert [u.kind for u in _entries(units)] == ["bullet"] * 3
    text = "군은 내년부터 혼자 사는 노인의 안부를 살피는 지킴이를 늘린다."
    alone = [u for t in ("▷ 지킴이 늘린다", text) for u in to_units([TextPara([TextLine(t, 0)])])]
    assert [u.kind for u in _entries(alone)] == ["subhead", "text"]
    each = [
        u
        for t in ("▷ 지킴이 늘린다", text, "▷ 계량기 단다", text)
        for u in to_units([TextPara([TextLine(t, 0)])])
    ]
    assert [u.kind for u in _entries(each)] == ["subhead", "text", "subhead", "text"]


def test_a_small_picture_set_in_a_line_of_type_is_a_pictogram() -> None:
    """A 12.8 point picture a point left of a 7.5 point line, level with it: a
    pictogram. Near misses: a column-wide photo with its caption under it, the same small
    picture with no type beside it (a logo), and one beside type under half its height."""
    icon = Picture((341.6, 111.7, 354.4, 124.5), 48, 48, "png")
    cell = _line(356.6, 121.0, "서울 -6/2", width=31)
    assert pictograms([icon], [cell]) == [icon]
    photo = Picture((30, 100, 300, 280), 360, 240, "jpg")
    caption = _line(30, 292, "28일 달내시장 아케이드 아래에서", width=200)
    assert pictograms([photo], [caption]) == []
    far = _line(400, 121.0, "서울 -6/2", width=31)
    assert pictograms([icon], [far]) == []
    tiny = _line(356.6, 119.0, "서울 -6/2", 5.0, 25)
    assert pictograms([icon], [tiny]) == []


def _grid(pitch: float) -> list[Line]:
    cells = (("서울 -6/2", "인천 -5/1", "춘천 -11/0"), ("대전 -5/3", "청주 -6/2", "광주 -2/4"))
    cells += (("대구 -4/5", "부산 0/8", "제주 4/9"),)
    return [
        _line(356.6 + 90.3 * j, 121.0 + pitch * 7.5 * k, t, width=31)
        for k, row in enumerate(cells)
        for j, t in enumerate(row)
    ]


def test_a_grid_whose_rows_stand_a_pictogram_apart_is_a_table() -> None:
    """Nine cities in three rows 2.65 sizes apart (a 4.5 mm pictogram beside 7.5 pt
    type): a table of three rows. Near miss: rows 3.2 sizes apart are no one table."""
    found = aligned_table(_grid(2.65))
    assert found is not None and len(found[0]) == 3
    assert aligned_table(_grid(3.2)) is None


def test_a_grids_cells_are_no_justified_lines_words_and_a_wrapped_sentence_no_header() -> None:
    """A forecast of two lines (the first full, the second short) 2.36 sizes over the
    grid's first row: its cells stay cells (they stand 8 sizes apart, no justified line's
    word space), and the forecast's short last line, a sentence's end, is no header: the
    table is the three rows. Near miss: a justified line's piece 1.5 sizes away from its
    line is rejoined as before; a label line over the rows is their header."""
    forecast = [
        _line(
            341.6, 92.2, "전국이 대체로 맑겠으나 아침 기온이 크게 떨어지겠다. 서해안", width=266.7
        ),
        _line(341.6, 103.3, "이나 비가 오겠다.", width=54.6),
    ]
    blocks = make_blocks(forecast + _grid(2.65), [])
    texts = [x.text for b in blocks for x in b.lines]
    assert {"서울 -6/2", "인천 -5/1", "춘천 -11/0"} <= set(texts)
    (table,), _ = gridless_table(blocks, 9.0)
    assert [[c[0].text for c in row] for row in table.rows][0] == [
        "서울 -6/2",
        "인천 -5/1",
        "춘천 -11/0",
    ]
    assert len(table.rows) == 3
    split = [
        _line(30, 100, "달내군이 내년부터 영세 점포", 9, 110),
        _line(30, 112, "전통시장 카드", 9, 60),
    ]
    piece = _line(103.5, 112, "수수료를", 9, 30)
    (block,) = make_blocks([*split, piece], [])
    assert [x.text for x in block.lines] == [
        "달내군이 내년부터 영세 점포",
        "전통시장 카드 수수료를",
    ]
    labels = [_line(356.6, 103.3, "지역", width=15), _line(490, 103.3, "최저/최고", width=34)]
    (headed,), _ = gridless_table([Block([x]) for x in labels + _grid(2.65)], 9.0)
    assert len(headed.rows) == 4


def test_an_untitled_table_under_a_storys_text_is_the_storys() -> None:
    """A box's title, its forecast and a table without a title of its own under them, in
    their column: one story, the rows in its flow. Near misses: a table with its own title
    is an item of its own (page 34's quotations), and so is one outside the story's
    column."""
    from reader.pdf.articles import article_regions

    title = Block([_line(341.6, 81.0, "오늘의 날씨", 10, 49)])
    forecast = Block(
        [_line(341.6, 92.2, "전국이 대체로 맑겠으나 아침 기온이 크게 떨어지겠다.", 7.5, 200)]
    )
    cells = _grid(2.65)
    rows = [[[x] for x in cells[k : k + 3]] for k in (0, 3, 6)]
    box = (356.6, 114.4, 568.2, 166.0)
    atoms = [Atom("block", b.box, block=b) for b in (title, forecast)]

    def kinds(table: Atom) -> list[list[str]]:
        return [[p.role for p in r.paras] for r in article_regions([*atoms, table], STYLE)]

    assert kinds(Atom("table", box, rows=rows)) == [["headline", "body", "row", "row", "row"]]
    titled = Atom("table", box, block=Block([_line(356.6, 108, "주요 도시", 7.5, 30)]), rows=rows)
    assert kinds(titled) == [["headline", "body"], ["headline", "row", "row", "row"]]
    beside = Atom("table", (700, 114.4, 900, 166.0), rows=rows)
    assert kinds(beside) == [["headline", "body"], ["row", "row", "row"]]


def test_a_box_giving_a_phone_or_web_address_stays_an_ad_whatever_it_quotes() -> None:
    """An advertiser's box that quotes a source under its figures ('자료=금융감독원' under a
    bank's rate) or lists a magazine's contents ('▷ … 12면') gives a number to call or an
    address to visit: the paper's own boxes give neither, so it stays an ad. Near miss: the
    same index and figures without a contact are the paper's."""
    rate = [("달내은행 특판 예금", 12), ("연 4.5% 1년 만기", 8), ("시중은행 평균 3.2%", 8)]
    rate += [("자료=금융감독원", 6.5)]
    assert _frame([*rate, ("문의 1588-9999", 8)]) == ["ad"]
    assert _frame([*rate, ("www.dalnaebank.co.kr", 8)]) == ["ad"]
    contents = [("월간 달내 2월호", 12), ("▷ 특집 겨울 바다 12면", 8), ("▷ 인터뷰 문하람 24면", 8)]
    assert _frame([*contents, ("정기구독 055-940-3300", 8)]) == ["ad"]
    assert _frame(rate) == ["article"]
    assert _frame(contents) == ["article"]


def test_two_listings_a_blank_line_apart_are_two_tables_however_their_columns_line_up() -> None:
    """Two quotation tables of three rows 1.3 sizes apart, the second 2.7 sizes under the
    first (a blank line between), their columns lined up: the first table alone. A row
    more than 2.5 sizes under the last is a table's only where the table steps so (a grid
    of pictograms); near miss: the weather grid, three rows 2.65 sizes apart, is one."""

    def listing(top: float, names: list[str]) -> list[Line]:
        cells = ((30, ""), (90, "48,350"), (150, "+1.2%"))
        return [
            _line(x, top + 1.3 * 7 * k, text or name, 7, 30)
            for k, name in enumerate(names)
            for x, text in cells
        ]

    first = listing(100, ["서해조선", "달내전자", "동해화학"])
    second = listing(100 + 1.3 * 7 * 2 + 2.7 * 7, ["한빛은행", "새솔증권", "누리보험"])
    found = aligned_table(first + second)
    assert found is not None
    assert [row[0][0].text for row in found[0]] == ["서해조선", "달내전자", "동해화학"]
    grid = aligned_table(_grid(2.65))
    assert grid is not None and len(grid[0]) == 3


def test_a_small_picture_beside_display_type_is_no_pictogram() -> None:
    """An ad's row of product photos 26 points tall, each beside its name and price in
    14 pt on a page whose text is 9 pt: photos (a pictogram stands in a line of text
    type; beside display type a small picture is a product's photo). Near miss: the
    weather box's icon beside 7.5 pt type on the same page is a pictogram."""
    text = [
        _line(30, 100 + 14 * k, "달내군은 내년 3월부터 시장 통로의 지붕을 바꾼다", 9, 220)
        for k in range(4)
    ]
    photos = [Picture((40 + 105 * k, 300, 66 + 105 * k, 326), 360, 240, "jpg") for k in range(3)]
    names = [_line(70 + 105 * k, 312, t, 14, 28) for k, t in enumerate(("등심", "불고기", "갈비"))]
    prices = [_line(70 + 105 * k, 326, "6,900원", 14, 49) for k in range(3)]
    assert pictograms(photos, text + names + prices) == []
    icon = Picture((341.6, 111.7, 354.4, 124.5), 48, 48, "png")
    cell = _line(356.6, 121.0, "서울 -6/2", width=31)
    assert pictograms([icon, *photos], text + names + prices + [cell]) == [icon]


def test_a_justified_lines_words_a_wide_space_apart_stay_one_line() -> None:
    """A narrow column's justified line whose words stand 3.5 sizes apart (a long word
    carried to the next line), and one of three words 4 sizes apart: each piece rejoins
    its line, as the line runs from the column's left to its right. In the first line of
    a column too. Near miss: the weather grid's cells under its forecast start and end
    inside the forecast's measure (tested above), and stay cells."""
    full = "가나다라마바사아자차카타파하"
    col = [_line(30, 100 + 14 * k, full, 9, 126) for k in range(3)]
    col += [_line(30, 142, "가나다라마바", 9, 54), _line(115.5, 142, "사아자", 9, 40.5)]
    col += [_line(30, 156, "가나", 9, 18), _line(84, 156, "다라", 9, 18)]
    col += [_line(138, 156, "마바", 9, 18), _line(30, 170, full, 9, 126)]
    texts = [x.text for b in make_blocks(col, []) for x in b.lines]
    assert texts == [full] * 3 + ["가나다라마바 사아자", "가나 다라 마바", full]
    first = [_line(30, 100, "가나다라마바", 9, 54), _line(115.5, 100, "사아자", 9, 40.5)]
    first += [_line(30, 114 + 14 * k, full, 9, 126) for k in range(2)]
    texts = [x.text for b in make_blocks(first, []) for x in b.lines]
    assert texts == ["가나다라마바 사아자", full, full]
