"""Habits of Korean e-editions and the rules that read them (round 6, pages 29-34): type
set with tight tracking, a placed ad whose lines run past its box, ... each on the page
that showed it and, where a made-up input shows its edge better, on that
(docs/pdf-test-corpus.md, round 6)."""

from __future__ import annotations

from functools import cache

import pytest

from reader.model import Ad, Article, Edition
from reader.pdf import ingest_pdf
from reader.pdf.blocks import Block
from reader.pdf.cartoons import strip_panels
from reader.pdf.charts import charts
from reader.pdf.content import Box, Graphic, Picture, Run, inside
from reader.pdf.gridless import gridless_table
from reader.pdf.lines import Line, _line
from reader.pdf.onphoto import heads_first
from reader.pdf.parts import Atom
from tests.pdfreal.report import FIXTURES


@cache
def _edition(name: str) -> Edition:
    return ingest_pdf(FIXTURES / f"{name}.pdf").edition


def _two_sizes(gap: float, size: float) -> str:
    """A 9 pt page number and a label in `size`, `gap` points apart."""
    number = Run(0.0, 0.0, 5.0, 9.0, 7.9, 9.0, "Sans", "5", 5.0)
    x = 5.0 + gap
    label = Run(x, -2.0, x + 2 * size, 9.0, 7.9, size, "Sans-Bold", "경제", x + 2 * size)
    return _line([number, label]).text


def test_a_word_space_narrowed_by_tight_tracking_between_two_sizes_is_kept() -> None:
    """Page 29 sets a word space at 75 % of the face's, tracked -5 %: 1.7 pt between the
    9 pt page number and the 11 pt label, under the fifth of a size one size needs. Two
    sizes are set solid inside a word, so a tenth of the smaller one is a space there;
    in one size the fixed rule holds, and two sizes set solid stay one word."""
    assert _edition("29_ko_tracking_typst").pages[0].section == "경제"
    assert _two_sizes(1.7, 11.0) == "5 경제"
    assert _two_sizes(0.3, 11.0) == "5경제"
    assert _two_sizes(1.7, 9.0) == "5경제"


def test_lines_a_placed_ads_box_hides_are_read_nowhere() -> None:
    """Page 33's ad is the advertiser's PDF placed in its box; the file's last two lines
    lie below the box. The ad is read whole and nothing of those lines is read."""
    edition = _edition("33_ko_adfile_typst")
    page = edition.pages[0]
    assert [type(it).__name__ for it in page.items] == ["Article", "Article", "Ad"]
    ad = page.items[2]
    assert isinstance(ad, Ad) and ad.title is not None
    assert ad.title.text == "달내 한우 직판장 12월 30일 문 엽니다"
    text = ingest_pdf(FIXTURES / "33_ko_adfile_typst.pdf").text
    assert "문의 055-940-3300" in text
    assert "할인" not in text and "한 분 한 번" not in text
    assert isinstance(page.items[1], Article)


def _text(top: float, size: float, text: str) -> Atom:
    line = Line(40.0, top, 300.0, top + size, top + 0.88 * size, size, "Sans", text, 60.0, 9)
    return Atom("block", line.box, block=Block([line]))


def test_a_headline_set_on_a_photo_heads_the_story_the_photo_opens() -> None:
    """Page 31: the headline (26 pt) and deck in white on the lead photo, the caption under
    it. Read before the picture, they head its story: one story, photo and caption first
    in its body, ordered where the photo stands (before the story beside it)."""
    items = _edition("31_ko_overphoto_typst").pages[0].items
    assert [it.headline and it.headline.text for it in items if isinstance(it, Article)] == [
        "돌아온 달내천 철새",
        "막차 30분 늦춘다",
    ]
    lead = items[0]
    assert isinstance(lead, Article)
    assert [b.kind for b in lead.body][:3] == ["photo", "caption", "lead"]
    assert [d.text for d in lead.deck] == ["큰고니 320마리 올겨울 첫 관찰…10년 만에 가장 많아"]
    photo = Atom("photo", (30.0, 100.0, 400.0, 300.0))
    photo.picture = Picture((30.0, 100.0, 400.0, 300.0), 360, 240, "jpg")
    head, deck, body = (
        _text(250, 26, "돌아온 철새"),
        _text(280, 11, "큰고니 320마리"),
        _text(320, 9, "본문"),
    )
    assert heads_first([photo, head, deck, body], 9.0) == [head, deck, photo, body]
    # body-size type on a picture (a label), or a headline above it, moves nothing
    label = _text(250, 9, "달내천 하구")
    assert heads_first([photo, label, body], 9.0) == [photo, label, body]
    above = _text(60, 26, "돌아온 철새")
    assert heads_first([above, photo, deck, body], 9.0) == [above, photo, deck, body]


def test_a_photo_asks_only_the_display_type_near_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of 300 photos, each with a headline on it and its text under it: each photo
    asks where only the display type beside its own rows stands (it asked every block of
    the page: 90,000 times here, seconds on such a page), and each headline is read
    before its photo."""
    from reader.pdf import onphoto

    asked = 0

    def counted(inner: Box, outer: Box, slack: float = 1.0) -> bool:
        nonlocal asked
        asked += 1
        return inside(inner, outer, slack)

    monkeypatch.setattr(onphoto, "inside", counted)
    atoms = []
    for k in range(300):
        photo = Atom("photo", (30.0, 100.0 * k, 400.0, 100.0 * k + 60))
        photo.picture = Picture(photo.box, 360, 240, "jpg")
        atoms += [photo, _text(100.0 * k + 20, 26, f"제목 {k}"), _text(100.0 * k + 70, 9, "본문")]
    out = heads_first(atoms, 9.0)
    assert out[:6] == [atoms[1], atoms[0], atoms[2], atoms[4], atoms[3], atoms[5]]
    assert asked <= 2 * 300


def _cell(x: float, base: float, text: str, size: float = 7.0, width: float = 0.0) -> Line:
    x1 = x + (width or size * len(text))
    return Line(x, base - 0.88 * size, x1, base + 0.12 * size, base, size, "Sans", text, x1, 9)


def test_a_listing_without_rules_is_an_item_of_rows_its_header_cell_over_two_columns() -> None:
    """Page 34's quotations in 7 pt, columns only aligned, '전일 대비' centred over two
    columns: an item titled '주요 종목 시세', a row a paragraph, cells apart by tabs, the
    merged cell's text in its first slot. Three captions side by side (lines as long as
    their columns) and a single row are no table."""
    items = _edition("34_ko_quotes_typst").pages[0].items
    table = items[1]
    assert isinstance(table, Article) and table.headline is not None
    assert table.headline.text == "주요 종목 시세"
    assert [b.text for b in table.body][:3] == [
        "종목\t종가\t전일 대비\t\t거래량",
        "서해조선\t48,350\t▲1,880\t+4.05%\t1,204,331",
        "한빛전자\t71,200\t▼1,760\t−2.41%\t8,912,004",
    ]
    caption = "달내천 하구 습지에서 큰고니 무리가"
    captions = [
        Block([_cell(x, 100 + 9 * k, caption, width=120) for k in range(3)]) for x in (0, 130, 260)
    ]
    assert gridless_table(captions, 9.0) == ([], captions)
    row = [Block([_cell(x, 100, t)]) for x, t in ((0, "서해조선"), (80, "48,350"), (160, "▲1,880"))]
    assert gridless_table(row, 9.0) == ([], row)
    rows = [
        Block([_cell(x, 100 + 9 * k, t) for k in range(3)])
        for x, t in ((0, "서해조선"), (80, "48,350"), (160, "▲1,880"))
    ]
    (atom,), rest = gridless_table(rows, 9.0)
    assert rest == [] and [[c[0].text for c in r] for r in atom.rows][0] == [
        "서해조선",
        "48,350",
        "▲1,880",
    ]


def test_a_bar_charts_labels_are_one_caption_of_its_story_its_source_the_credit() -> None:
    """Page 30's chart: five bars (filled boxes from one left edge) and nineteen pieces of
    6-8 pt type around them, read as one caption where the chart stands, rows from the
    top, '자료=통계청(2025년)' its credit. Two bars, or boxes from no common edge, are no
    chart; a line of small type beyond the chart's sides is not its."""
    story = _edition("30_ko_chart_typst").pages[0].items[0]
    assert isinstance(story, Article)
    assert [b.kind for b in story.body][2:5] == ["paragraph", "caption", "paragraph"]
    assert story.body[3].text == (
        "시·군별 1인 가구 비율 (단위: %) 달내군 이웃 시·군 달내군 41.2 가람시 33.5 솔모군 38.0 "
        "누리시 29.4 한빛군 35.7 0 10 20 30 40 50\n자료=통계청(2025년)"
    )
    bars = [
        Graphic("shade", (100.0, 100.0 + 12 * k, 100.0 + w, 108.0 + 12 * k))
        for k, w in enumerate((80, 60, 70))
    ]
    labels = [
        Block([_cell(78, 107 + 12 * k, t, size=6.5)])
        for k, t in enumerate(("가람시", "솔모군", "누리시"))
    ]
    source = Block([_cell(78, 145, "자료=통계청", size=6.5)])
    byline = Block([_cell(300, 120, "도새롬 기자", size=8)])
    (chart,), rest = charts(bars, [*labels, source, byline], 9.0)
    assert [x.text for c in chart.captions for x in c.lines] == [
        "가람시",
        "솔모군",
        "누리시",
        "자료=통계청",
    ]
    assert [x.text for b in rest for x in b.lines] == ["도새롬 기자"]
    assert charts(bars[:2], labels, 9.0) == ([], labels)
    stepped = [
        Graphic("shade", (100.0 + 30 * k, 100.0 + 12 * k, 160.0 + 30 * k, 108.0 + 12 * k))
        for k in range(3)
    ]
    assert charts(stepped, labels, 9.0) == ([], labels)


def test_a_four_panel_cartoon_is_one_story_a_panel_a_paragraph() -> None:
    """Page 32's strip: four framed panels of one size down a column, each with stroked
    drawings and speech balloons: one story under its title, each panel's speech one
    paragraph (they were four ads). Framed boxes of one size holding type but no drawing
    (classified ads), type outside a balloon (coupons, a photo's caption: see
    tests/pdf/test_cartoon_near_misses.py), or two panels, stay frames."""
    items = _edition("32_ko_cartoon_typst").pages[0].items
    assert [type(it).__name__ for it in items] == ["Article", "Article"]
    strip = items[1]
    assert isinstance(strip, Article) and strip.headline is not None
    assert strip.headline.text == "[달내골 4컷] 새 징검다리"
    assert [b.text for b in strip.body][:4] == [
        "징검다리가 새로 놓인대! 이번엔 안 떠내려가겠지?",
        "돌 60개에 난간 있는 다리까지 놓는대요.",
        "다리가 있는데 징검다리는 왜 또 놓지?",
        "그야 건너는 재미지!",
    ]
    boxes = [(400.0, 100.0 + 92 * k, 540.0, 187.0 + 92 * k) for k in range(3)]
    speech = [Block([_cell(410, 120 + 92 * k, "징검다리가 놓인대!")]) for k in range(3)]
    heads = [Graphic("frame", (420.0, 140.0 + 92 * k, 436.0, 156.0 + 92 * k)) for k in range(3)]
    bodies = [Graphic("vrule", (428.0, 156.0 + 92 * k, 429.0, 176.0 + 92 * k)) for k in range(3)]
    balloons = [Graphic("frame", (405.0, 110.0 + 92 * k, 490.0, 124.0 + 92 * k)) for k in range(3)]
    frames = [Graphic("frame", b) for b in boxes]
    drawn = frames + heads + bodies + balloons
    panels, left = strip_panels(boxes, drawn, speech, 9.0)
    assert len(panels) == 3 and left == []
    assert strip_panels(boxes, frames + balloons, speech, 9.0) == ([], boxes)  # no drawing
    assert strip_panels(boxes, frames + heads + bodies, speech, 9.0) == ([], boxes)  # no balloon
    assert strip_panels(boxes[:2], drawn, speech, 9.0) == ([], boxes[:2])
