"""Layout habits of real engines and the rules that read them: vertical heads, letter
spacing, borders drawn as rings, text boxes in drawing order, a page of photos, a modern
English masthead (first met on pages 13-17: LibreOffice Draw, Chromium, Typst,
WeasyPrint), each on the page that showed it and, where a made-up input shows its edge
better, on that (docs/pdf-test-corpus.md, round 3)."""

from __future__ import annotations

from functools import cache

from reader.model import Article, Edition
from reader.pdf import ingest_pdf
from reader.pdf.content import Run
from reader.pdf.document import open_pdf
from reader.pdf.extract import read_page
from reader.pdf.vertical import stood_up
from reader.pdf.wordspace import Piece, _even
from tests.pdf.page_one import page_one
from tests.pdfreal.report import FIXTURES


@cache
def _edition(name: str) -> Edition:
    return ingest_pdf(FIXTURES / f"{name}.pdf").edition


def _articles(name: str, page: int = 1) -> list[Article]:
    return [it for it in _edition(name).pages[page - 1].items if isinstance(it, Article)]


def test_an_english_date_line_under_the_nameplate_is_the_masthead() -> None:
    """'Vol. 12, No. 48 | Sunday, December 6, 2026 | $2.00' and 'Vol. 48, No. 231 |
    Friday, ... | millbrookcourier.example' under the name: read by the text ingest's
    English masthead rules, not left to be a story."""
    got = {}
    for name in ("17_en_front_typst", "12_en_front_typst"):
        m = _edition(name).masthead
        assert m is not None
        got[name] = (m.paper, m.issue, m.date, m.weekday, m.url)
    assert got == {
        "17_en_front_typst": ("The Harlow Ledger", 48, "2026-12-06", "Sunday", None),
        "12_en_front_typst": (
            "The Millbrook Courier",
            231,
            "2026-12-11",
            "Friday",
            "millbrookcourier.example",
        ),
    }
    assert [a.headline and a.headline.text for a in _articles("17_en_front_typst")] == [
        "Ferry to Gull Island will run all winter",
        "Westside pool to reopen after roof repairs",
    ]


def test_a_ligature_in_a_word_torn_over_two_lines_keeps_its_letters() -> None:
    """'off-sea-|son': read glyph by glyph, since it spans two lines; its 'ff' is one
    glyph whose two characters share an origin, and stays one piece as wide as both."""
    text = ingest_pdf(FIXTURES / "17_en_front_typst.pdf").text
    assert "operator's off-sea-" in text


def test_a_second_head_is_a_deck_line_unless_it_names_a_person() -> None:
    """14 pt under a 30 pt headline over 9 pt body (page 15): a deck line; the
    interviewee's line under page 10's headline stays its subheadline."""
    lead = _articles("15_ko_edition3_typst")[0]
    assert lead.subheadline is None
    assert [d.text for d in lead.deck] == ["42개 노선 28개로…마을버스 14대 새로 투입"]
    interview = _articles("10_ko_interview6_typst")[0]
    assert interview.subheadline is not None
    assert interview.subheadline.text == "53년째 이발소 지키는 금동길 씨"


def test_a_page_of_photos_reads_each_photo_with_its_caption() -> None:
    """Page 2 of the Typst edition: four photos, their 7.5 pt captions the page's only
    text but its folio. Each is an item of its own: a photo, then its caption."""
    items = _articles("15_ko_edition3_typst", page=2)
    assert [[b.kind for b in it.body] for it in items] == [["photo", "caption"]] * 4
    assert [it.body[1].text.split("\n")[1] for it in items] == [
        "사진=문하람 기자", "사진=문하람 기자", "사진=가람시 제공", "사진=문하람 기자"
    ]  # fmt: skip


def test_a_border_drawn_as_a_ring_is_rules_not_a_shaded_box() -> None:
    """WeasyPrint fills a CSS border as a rectangle within a rectangle: the folio's
    bottom border is one rule (it was a shaded box over the whole folio, read as an ad)
    and the side story's left border one rule."""
    content = page_one(FIXTURES / "16_ko_sports_weasyprint.pdf")
    assert [g.kind for g in content.graphics] == ["hrule", "vrule"]
    assert [type(it).__name__ for it in _edition("16_ko_sports_weasyprint").pages[0].items] == [
        "Article",
        "Article",
    ]


def _pieces(xs: list[float], width: float = 10.0) -> list[list[Piece]]:
    return [[(i, i + 1, True, x, x + width, 100.0, 10.0) for i, x in enumerate(xs)]]


def test_a_word_set_letter_spaced_reads_whole() -> None:
    """'15 스 포 츠' (0.6 em between glyphs, the label in 12 pt beside its 9 pt page
    number) is the label '스포츠'; glyphs at uneven gaps, or two only, tell nothing."""
    assert _edition("16_ko_sports_weasyprint").pages[0].section == "스포츠"
    assert "15 스포츠" in ingest_pdf(FIXTURES / "16_ko_sports_weasyprint.pdf").text
    assert _even(_pieces([0, 16, 32])) == 6.0
    assert _even(_pieces([0, 16, 40])) == 0.0
    assert _even(_pieces([0, 16])) == 0.0


def test_lines_at_150_percent_leading_stay_one_block() -> None:
    """LibreOffice Draw's text boxes at 150 % of Noto CJK's line height (2.17 sizes
    apart): a box's paragraphs part at their indents, and nothing runs on past them."""
    kinds = [[b.kind for b in a.body] for a in _articles("13_ko_drawing_libreoffice")]
    assert kinds == [["lead", "paragraph", "photo", "caption", "paragraph", "paragraph"],
                     ["lead", "paragraph"]]  # fmt: skip


def test_a_bylines_address_cut_at_a_full_lines_end_joins_its_rest() -> None:
    """'권태윤 기자 tykwon@solmoenews.exa' fills its box's line; 'mple' is set flush
    right under it."""
    emails = [b.email for a in _articles("13_ko_drawing_libreoffice") for b in a.bylines]
    assert emails == ["tykwon@solmoenews.example", "ygnam@solmoenews.example"]


def test_a_vertical_headline_heads_the_story_beside_it() -> None:
    """Two columns of 26 pt glyphs down the right of a story (Chromium's
    `writing-mode: vertical-rl`): one headline, its right column first; the story's
    horizontal 12 pt line under the head is its deck."""
    story = _articles("14_ko_vertical_chromium")[1]
    assert story.headline is not None
    assert story.headline.text == "여든 넘은 옹기장이 마지막 가마에 불 지펴"
    assert [d.text for d in story.deck] == ["60년 지킨 장작 가마, 내년 군 문화재 지정 앞둬"]
    assert story.body[0].text.startswith("매봉군 도곡리에서")


def _glyph(x: float, top: float, ch: str, size: float = 10.0) -> Run:
    return Run(x, top, x + size, top + size, top + 0.88 * size, size, "F", ch, x + size)


def test_only_cjk_glyphs_set_solid_down_a_column_stand_up() -> None:
    """Three syllables a size apart, a space's step before the third, are one vertical
    run; a table's column of one-digit cells (a row's pitch apart), or two syllables,
    stay as they are."""
    column = [_glyph(100, 0, "가"), _glyph(100, 10, "나"), _glyph(100, 23, "다")]
    up = stood_up(column)
    assert [r.text for r in up] == ["가나 다"]
    assert (up[0].top, up[0].bottom) == (0, 33)
    digits = [_glyph(100, 16 * k, str(k)) for k in range(4)]
    assert stood_up(digits) == digits
    assert stood_up(column[:2]) == column[:2]


def test_a_page_stored_turned_reads_upright() -> None:
    """Page 22 is stored landscape (/Rotate 90, its content drawn turned): read as a
    viewer shows it, its lines run across and its date line is the masthead."""
    m = _edition("22_en_rotated_reportlab").masthead
    assert m is not None and (m.issue, m.date, m.weekday) == (288, "2026-12-07", "Monday")
    heads = [a.headline.text for a in _articles("22_en_rotated_reportlab") if a.headline]
    assert heads == [
        "Harbor bridge to close nightly for four months",
        "Library extends weekend hours",
    ]


def test_a_nameplate_picture_and_a_page_scan_are_no_photos() -> None:
    """The nameplate drawn as an image over the masthead's date line (22), and the scan of
    the whole page under its invisible OCR text (18): the page's own furniture, no photo;
    the scan's text is read where the picture shows it."""
    for name in ("22_en_rotated_reportlab", "18_ko_archive_ocr"):
        kinds = [b.kind for a in _articles(name) for b in a.body]
        assert "photo" not in kinds, name
    heads = [a.headline.text for a in _articles("18_ko_archive_ocr") if a.headline]
    assert heads[-2:] == ["마을 공동 우물 되살린다", "읍내 장날 임시 주차장 운영"]


def test_a_printers_marks_stay_outside_and_its_slug_is_the_pages_furniture() -> None:
    """Page 19's media box holds crop and registration marks, colour bars and a slug line
    around the trim box: the page is its trim box, the marks no graphics, the slug's
    characters in the page's folio, not a story."""
    page = _edition("19_ko_printer_typst").pages[0]
    assert page.folio is not None and "HEUKNAE_A19_1207.indd" in page.folio.text
    assert page.section == "경제"
    heads = [a.headline.text for a in _articles("19_ko_printer_typst") if a.headline]
    assert heads == ["도자기 마을 가마 연료, 장작에서 전기로", "전통시장 카드 수수료 지원"]
    content = read_page(open_pdf(FIXTURES / "19_ko_printer_typst.pdf"), 0, 1, False)
    assert (round(content.width), round(content.height)) == (652, 425)
    assert all(0 <= g.box[0] and g.box[2] <= content.width for g in content.graphics)


def test_a_centre_spread_is_two_pages_its_story_across_the_fold_whole_on_the_first() -> None:
    """Page 20 is pages 4 and 5 side by side: two pages of the edition, the story whose
    headline crosses the fold on the first with its columns, photo and caption from the
    second half; the second holds its own story and its own folio."""
    left, right = _edition("20_ko_spread_typst").pages
    story = _articles("20_ko_spread_typst")[0]
    assert story.headline is not None and story.headline.text.startswith("단풍 든 옛 관아")
    kinds = [b.kind for b in story.body]
    assert kinds == ["lead", "paragraph", "paragraph", "photo", "caption", "paragraph", "paragraph"]
    assert [a.headline.text for a in _articles("20_ko_spread_typst", 2) if a.headline] == [
        "향교 서재에서 찾은 200년 전 혼례 문서"
    ]
    assert left.section == right.section == "문화"
    assert left.size == right.size


def test_a_byline_in_the_bodys_type_heading_its_column_is_the_stories_byline(tmp_path) -> None:
    """'By SAMUEL REYES' over 'Courier Staff Writer' at the head of the column, in the
    body's own face and size (page 22): a byline and its role, as printed; a lead that
    only opens with 'By' and a capital ('By Tuesday, the council ...') stays a paragraph."""
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "byline.pdf"
    c = Canvas(str(path), pagesize=(400, 300))
    story = [
        (40, "By NORA WHITFIELD"),
        (40, "Ledger Staff Writer"),
        (49, "HARLOW — The ferry between Harlow and"),
        (40, "Gull Island will keep running through"),
        (40, "the winter for the first time in a decade."),
    ]
    for x, top, lines, head in (
        (40, 250, story, "Ferry to run all winter"),
        (220, 250, [(229, "By Tuesday, the council had agreed"),
                    (220, "to keep the pool open until the roof"),
                    (220, "repairs begin in the spring.")], "Pool stays open"),
    ):  # fmt: skip
        c.setFont("Times-Bold", 16)
        c.drawString(x, top, head)
        c.setFont("Times-Roman", 9)
        for n, (lx, text) in enumerate(lines):
            c.drawString(lx + x - 40 if x == 40 else lx, top - 24 - 11.5 * n, text)
    c.showPage()
    c.save()
    ferry, pool = ingest_pdf(path).edition.articles()
    assert isinstance(ferry, Article) and isinstance(pool, Article)
    assert [(b.name, b.role) for b in ferry.bylines] == [("NORA WHITFIELD", "Ledger Staff Writer")]
    assert [b.text for b in ferry.body][0].startswith("HARLOW — The ferry")
    assert pool.bylines == []
    assert [b.text for b in pool.body] == [
        "By Tuesday, the council had agreed to keep the pool open until the roof repairs "
        "begin in the spring."
    ]


def test_a_drop_cap_joins_the_word_it_begins_and_heads_no_story() -> None:
    story, side = _articles("24_ko_dropcap_typst")
    assert story.headline is not None and story.headline.text.startswith("마을 극장")
    assert story.body[0].kind == "lead" and story.body[0].text.startswith("지난 1979년")
    assert [a.headline.text for a in (story, side) if a.headline] == [
        story.headline.text,
        "군립미술관 겨울 방학 어린이 교실",
    ]


def test_a_pulled_quote_waits_for_the_sentence_it_interrupts() -> None:
    story = _articles("23_ko_pullquote_typst")[0]
    texts = [b.text for b in story.body]
    assert "“책을 빌리러 왔다가 이웃을 만나고 가는 곳이 됐다”고 말했다." in texts[2]
    assert texts[3] == "“책을 빌리러 왔다가 이웃을 만나고 가는 곳이 됐다”"
    assert story.body[3].kind == "paragraph"  # a quote, not a subhead (storybody._boxed)


def test_a_reversed_flag_is_the_section_label_and_a_column_logo_its_kicker() -> None:
    page = _edition("27_ko_reversed_typst").pages[0]
    assert page.section == "오피니언"
    assert [
        (a.subheadline and a.subheadline.text, a.headline and a.headline.text) for a in page.items
    ] == [
        ("아침 창", "골목 가로등이 꺼지지 않게"),
        ("독자 마당", "버스 기사님의 기다림"),
    ]


def test_a_headline_drawn_as_outlines_leaves_its_story_headless_and_says_so() -> None:
    ed = _edition("28_ko_outlines_typst")
    story, side = _articles("28_ko_outlines_typst")
    assert story.headline is None
    assert [d.text for d in story.deck] == [
        "2년 전 산불로 타 버린 솔뫼산, 주말마다 모여 가꾼 숲 되살아나"
    ]
    assert story.body[0].text.startswith("2년 전 봄 산불로")
    assert side.headline is not None and side.headline.text == "가람군 산불 감시원 40명 뽑는다"
    assert any("outlines" in w for w in ed.warnings)


def test_a_fact_box_beside_a_storys_first_lines_is_its_own_and_a_box_lower_an_ad() -> None:
    page = _edition("26_ko_sidebar_typst").pages[0]
    story = page.items[0]
    assert isinstance(story, Article)
    assert [(b.kind, b.text) for b in story.body[-5:]] == [
        ("subhead", "한눈에 보는 달내군 버스 노선 개편"),
        ("bullet", "시행: 2026년 1월 1일 첫차부터"),
        ("bullet", "간선 4개 노선, 15분 간격"),
        ("bullet", "마을버스 20대, 면 지역 18개 노선"),
        ("bullet", "환승 요금 무료(1시간 안)"),
    ]
    ads = [it for it in page.items if not isinstance(it, Article)]
    assert [ad.title.text for ad in ads] == ["달내 버스 정기권 새해 할인"]


def test_only_glyph_shaped_paths_in_a_row_are_an_outlined_headline() -> None:
    from reader.pdf.blocks import Block
    from reader.pdf.content import Graphic
    from reader.pdf.lines import Line
    from reader.pdf.outlines import outlined_heads

    # six glyphs of a 24 pt headline, 25 pt apart, over 9 pt body text
    glyphs = [(40.0 + 25 * k, 100.0, 62.0 + 25 * k, 122.0) for k in range(6)]
    assert outlined_heads([Graphic("shade", b, True) for b in glyphs], [], 9.0) == [
        (40.0, 100.0, 187.0, 122.0)
    ]
    # a bar chart's bars are boxes, not glyphs; two glyphs are a mark, not a headline
    assert outlined_heads([Graphic("shade", b) for b in glyphs], [], 9.0) == []
    assert outlined_heads([Graphic("shade", b, True) for b in glyphs[:2]], [], 9.0) == []
    # shapes behind text are a drawing the text is set over
    line = Line(50.0, 105.0, 150.0, 114.0, 112.0, 9.0, "F", "본문 글자", 60.0, 4)
    assert outlined_heads([Graphic("shade", b, True) for b in glyphs], [Block([line])], 9.0) == []
