"""Layout rules the generated corpus called for, each on small hand-placed input: what
starts a paragraph, lines set flush right, spaces between runs, reading order across
a paragraph's gap, blocks of display type, and what is no running foot."""

from __future__ import annotations

from reader.pdf.articles import article_regions
from reader.pdf.blocks import Block, make_blocks
from reader.pdf.content import Graphic, PageContent, Picture, Run
from reader.pdf.layout import analyse
from reader.pdf.lines import make_lines
from reader.pdf.order import xy_order
from reader.pdf.paragraphs import continues
from reader.pdf.parts import Atom, Style
from tests.pdf.test_pdf_stages import SIZE, line, run


def test_a_line_the_text_ingest_reads_as_a_unit_starts_a_paragraph() -> None:
    full = line(10, 20, "가나다라마바사아자차")  # ends at 100: full
    for marked in ("-전통시장을 지원한다.", "-AX 실증밸리 성과", "[판결 요지]", "△ 쉽지 않다"):
        assert not continues(full, 100.0, line(10, 33, marked), 10), marked
    assert continues(full, 100.0, line(10, 33, "전통시장을 지원한다."), 10)


def test_a_byline_broken_between_its_words_runs_on() -> None:
    names = line(10, 20, "오혜우·박우은")  # 27 pt left: '선임기자' and a space do not fit
    assert continues(names, 100.0, line(10, 33, "선임기자"), 10)
    body = line(10, 20, "가나다라마바사아자차")
    assert not continues(body, 100.0, line(10, 33, "홍길동 기자"), 10)  # a byline of its own


def _set(texts: list[str], right: float = 100.0) -> list[str]:
    """The paragraphs a column's lines set flush right make under a paragraph of body."""
    body = [line(10, 20 + 13 * i, "가나다라마바사아자차") for i in range(3)]
    body.append(line(10, 59, "가나다라."))
    lines = [*body]
    for k, text in enumerate(texts):
        width = sum(SIZE / 2 if ch == " " else SIZE for ch in text)
        lines.append(line(right - width, 72 + 13 * k, text))
    block = Block(lines)
    style = Style(SIZE, "Body", [block])
    [region] = article_regions([Atom("block", block.box, block=block)], style)
    out = []
    for para in region.paras[1:]:
        seps = ["\n" if j is None else j for j in para.joins]
        text = para.lines[0].text
        for sep, x in zip(seps, para.lines[1:], strict=True):
            text += sep + x.text
        out.append(text)
    return out


def test_lines_set_flush_right_join_a_torn_address_and_a_broken_byline() -> None:
    assert _set(["한우현·최현정", "수습기자"]) == ["한우현·최현정 수습기자"]
    # An address as wide as the column, and its last letter on the next line.
    assert _set(["최호서 기자", "ab@cd.efgh", "i"]) == ["최호서 기자\nab@cd.efghi"]
    assert _set(["장서희 기자", "고선재 기자"]) == ["장서희 기자\n고선재 기자"]


def test_the_space_read_between_two_runs_is_kept() -> None:
    # '%' in a Latin face whose box overhangs its advance, then Hangul 1 pt on.
    pct = Run(10, 11, 31, 21, 20, 7.5, "Latin", "50%", 31, space_to=32.0)
    won = Run(32, 11, 50, 21, 20, 7.5, "CJK", "할인,", 50)
    assert [x.text for x in make_lines([pct, won], [])] == ["50% 할인,"]
    pct.space_to = -1.0  # no space in the file: the gap alone decides
    assert [x.text for x in make_lines([pct, won], [])] == ["50%할인,"]


def test_a_column_running_on_across_a_paragraphs_gap_is_cut_last() -> None:
    boxes = {
        "headline": (36, 38, 300, 63),
        "deck": (44, 72, 233, 122),  # wider than the first column
        "col1 top": (36, 137, 213, 467),
        "col2 top": (224, 137, 401, 307),
        "col2 bottom": (224, 323, 401, 429),
        "col1 bottom": (36, 483, 213, 637),  # 16 pt below: wider than the deck's gap
    }
    assert xy_order(list(boxes), boxes.__getitem__) == [
        "headline",
        "deck",
        "col1 top",
        "col1 bottom",
        "col2 top",
        "col2 bottom",
    ]


def test_a_headlines_block_stays_open_past_smaller_type_elsewhere() -> None:
    head = [run(10, 60, "광주 전역 실증", 28.0), run(10, 105, "무대로", 28.0)]
    # Body type in another column: its line at 85 comes before the headline's second
    # line (by their tops) and lies further below the first than body type's pitch.
    other = [run(300, 20 + 13 * i, "가나다라") for i in range(6)]
    blocks = make_blocks(make_lines(head + other, []), [])
    assert [len(b.lines) for b in blocks if b.size == 28.0] == [2]


def _page(extra: list[Run], graphics: list[Graphic], pictures: list[Picture]) -> PageContent:
    """Two columns of body text from 100 pt down to 1101 pt, on a 1191 pt page."""
    runs = [
        run(36 + 200 * c, 100 + 13 * i, "가나다라마바사아자차") for c in range(2) for i in range(78)
    ]
    page = PageContent(2, 842.0, 1191.0, runs + extra, pictures, graphics)
    page.chars = "".join("".join(r.text.split()) for r in page.runs)
    return page


def _texts(page: PageContent, band: bool) -> list[str]:
    layout = analyse(page, front=False)
    regions = [r for r in layout.regions if (r.kind == "band") == band]
    return [x.text for r in regions for p in r.paras for x in p.lines]


def test_a_caption_under_a_picture_at_the_foot_is_no_running_foot() -> None:
    # A picture in the second column's foot, its caption a little more than a line under.
    page = _page([], [], [])
    page.runs = [r for r in page.runs if not (r.x0 > 200 and r.base > 900)]
    picture = Picture((236, 910, 326, 1100), 90, 190, "jpg")
    caption = run(236, 1118.6, "사진 설명이다", 7.5, font="Sans")  # its top 12 pt down
    page.runs.append(caption)
    page.pictures.append(picture)
    assert "사진 설명이다" not in _texts(page, band=True)


def test_a_byline_a_line_under_the_text_is_no_running_foot() -> None:
    byline = run(36, 1114, "홍길동 기자", font="Sans")  # the next line's place
    rule = Graphic("hrule", (36, 1141, 806, 1142))  # the page's foot rule, under it
    page = _page([byline], [rule], [])
    assert "홍길동 기자" not in _texts(page, band=True)
    assert "홍길동 기자" in _texts(page, band=False)
    # A page number set apart from the text by a margin is one.
    folio = run(790, 1170, "10", font="Sans")
    assert "10" in _texts(_page([folio], [], []), band=True)


def test_type_a_little_smaller_than_the_body_under_a_picture_is_its_caption() -> None:
    # 8 pt body, 7.5 pt caption in the same face (94 % of the body's size).
    body = [run(36, 100 + 11 * i, "가나다라마바사아자차", 8.0) for i in range(30)]
    picture = Picture((36, 440, 126, 500), 90, 60, "jpg")
    body = [r for r in body if not 430 < r.base < 520]
    caption = run(36, 510, "사진 설명이다", 7.5)
    page = PageContent(2, 842.0, 1191.0, [*body, caption], [picture], [])
    layout = analyse(page, front=False)
    roles = [(p.role, [x.text for x in p.lines]) for r in layout.regions for p in r.paras]
    k = roles.index(("photo", []))
    assert roles[k + 1] == ("caption", ["사진 설명이다"])


def _top_row(extra: list[Run], second: float, pitch: float) -> PageContent:
    """A page's top row: a story whose text starts at 72 pt, and beside it a story whose
    two-line headline (its top at `second`, its lines `pitch` apart) runs on past that."""
    runs = [run(36, 80 + 13 * i, "가나다라마바사아자차") for i in range(60)]
    runs += [run(236, 130 + 13 * i, "가나다라마바사아자차") for i in range(60)]
    base = second + 0.88 * 17.5
    runs += [
        run(236, base, "탄소중립 속도전", 17.5, "Head"),
        run(236, base + pitch, "과제는", 17.5, "Head"),
    ]
    page = PageContent(9, 842.0, 1191.0, runs + extra, [], [])
    page.chars = "".join("".join(r.text.split()) for r in page.runs)
    return page


def test_a_headline_level_with_another_storys_headline_is_no_running_head() -> None:
    # One line of display type over the first story's text, in the top margin, its top
    # level with the next story's headline: that story's headline, not a running head.
    head = run(36, 52, "공공 의료 예산 늘어", 16.0, "Head")
    layout = analyse(_top_row([head], second=37.5, pitch=21.1), front=False)
    assert not [r for r in layout.regions if r.kind == "band"]
    heads = [p.lines[0].text for r in layout.regions for p in r.paras if p.role == "headline"]
    assert heads == ["공공 의료 예산 늘어", "탄소중립 속도전"]


def test_a_running_head_over_a_headlines_top_stays_one() -> None:
    # The section's running head, its baseline 1 pt over the top of a headline that runs
    # on past the first story's text: a running head still.
    label = [run(36, 30, "경제", font="Sans"), run(790, 30, "9", font="Sans")]
    page = _top_row(label, second=31.0, pitch=26.0)
    assert _texts(page, band=True) == ["경제", "9"]
    assert "탄소중립 속도전" in _texts(page, band=False)


def test_a_column_of_thousands_of_lines_is_read_in_order() -> None:
    # A listing's column of one-line blocks: cut row by row, deeper than Python's stack
    # allows when each cut was a call of its own.
    boxes = [(10.0, 12.0 * k, 90.0, 12.0 * k + 9) for k in range(3000)]
    assert xy_order(list(reversed(boxes)), lambda b: b) == boxes


def _small_page(extra: list[Run], first: float) -> PageContent:
    """A small page (420 x 595 pt, an archive's scan) of two columns, their first
    baseline at `first`."""
    runs = [
        run(30 + 190 * c, first + 13 * i, "가나다라마바사아자") for c in range(2) for i in range(30)
    ]
    page = PageContent(7, 420.0, 595.0, runs + extra, [], [])
    page.chars = "".join("".join(r.text.split()) for r in page.runs)
    return page


def test_a_running_head_set_apart_over_a_small_pages_text_is_one() -> None:
    # Its foot 9 % of the page down, past the top margin's share, a line and more over
    # the text: the running head still.
    head = [run(30, 52, "7 사회", font="Sans"), run(300, 52, "2003년 3월 12일 수요일", 8.0, "Sans")]
    page = _small_page(head, first=100)
    assert _texts(page, band=True) == ["7 사회", "2003년 3월 12일 수요일"]


def test_a_short_line_over_the_text_past_the_top_margins_reach_is_no_running_head() -> None:
    # The same line a fifth of the page down (the text under it a line and more):
    # a story's, not the page's.
    head = [run(30, 120, "7 사회", font="Sans")]
    page = _small_page(head, first=160)
    assert not _texts(page, band=True)
    # and one a line's leading over the text at the top is no band (its first line's)
    tight = [run(30, 52, "7 사회", font="Sans")]  # 5 pt over the text
    assert not _texts(_small_page(tight, first=66), band=True)
    # and a line with nothing under it is the page's text, not its head
    alone = PageContent(7, 420.0, 595.0, [run(30, 52, "7 사회", font="Sans")], [], [])
    alone.chars = "7사회"
    assert not _texts(alone, band=True)


def _two_stories(head: list[Run]) -> PageContent:
    """Two stories one over the other, three columns each (110 pt wide, 20 pt apart), no
    rule between them, each headline over the first two columns only: a gutter runs top
    to bottom between the second and third columns."""
    runs = [run(30, 86, "우물 되살린다", 16.0, "Head"), run(30, 246, "장날 주차장", 16.0, "Head")]
    for x, mark in ((30, "가"), (160, "나"), (290, "다")):
        runs += [run(x, 112 + 13 * i, f"{mark}나다라마바사아자차") for i in range(7)]
        runs += [run(x, 272 + 13 * i, f"{mark}하하하하하하하하하") for i in range(5)]
    page = PageContent(7, 420.0, 595.0, runs + head, [], [])
    page.chars = "".join("".join(r.text.split()) for r in page.runs)
    return page


def _stories(page: PageContent) -> list[list[str]]:
    layout = analyse(page, front=False)
    return [
        [x.text for p in r.paras for x in p.lines] for r in layout.regions if r.kind == "article"
    ]


def test_no_cut_runs_through_the_running_head_over_the_columns() -> None:
    # The running head's line across the gutter (120 to 300 pt): the first story's
    # columns are read under its headline, the second's under its own, and the head is
    # no story's. Without it, a cut runs down the gutter (the near miss).
    head = [run(120, 40, "7 사회 백운일보 2003년 3월 12일 수요일", font="Sans")]
    first, second = _stories(_two_stories(head))
    assert first[0] == "우물 되살린다" and "다나다라마바사아자차" in first
    assert second[0] == "장날 주차장" and "다나다라마바사아자차" not in second
    assert all("백운일보" not in x for x in first + second)
    first, second = _stories(_two_stories([]))
    assert "다나다라마바사아자차" in second
