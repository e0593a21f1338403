"""Habits of the first engines' pages (rounds 1 and 2, pages 1-12: Chromium, Typst,
LibreOffice) and the rules that read them: a ligature, the file's own spaces at line ends
and between scripts, ruled and borderless tables, a dated running head, briefs on a rail,
hyphens at a line end or in the gutter, subheads, bylines, quotes between rules, section
labels and an ad's headings; each on the page that showed it (docs/pdf-test-corpus.md,
rounds 1 and 2). Each page's floor is test_real_engines.py's."""

from __future__ import annotations

from reader.pdf import ingest_pdf
from tests.pdfreal.report import FIXTURES


def test_a_ligature_reads_as_its_letters() -> None:
    text = ingest_pdf(FIXTURES / "04_en_metro_chromium.pdf").text
    assert "Officials had argued" in text
    assert "his staff would" in text


def test_typst_line_end_spaces_decide_the_joins() -> None:
    """Typst writes the space where a line broke between words ('잘 |드는') and none
    where it tore one ('성안|길과'): the ingest takes the file's word."""
    done = ingest_pdf(FIXTURES / "05_ko_front_typst.pdf")
    body = " ".join(b.text for _, it in done.edition.items() for b in it.body)
    assert "색이 잘 드는 신품종" in body
    assert "성안길과 육거리시장" in body


def test_a_table_ruled_cell_by_cell_keeps_its_columns() -> None:
    done = ingest_pdf(FIXTURES / "02_ko_economy_chromium.pdf")
    ad = done.edition.pages[0].items[-1]
    table = next(b for b in ad.blocks if type(b).__name__ == "Table")
    assert [t.text for t in table.header] == ["구분", "일시", "장소"]
    assert [t.text for t in table.rows[2]] == ["중남미", "12월 14일(월) 10:00", "온라인 화상 상담"]


def test_an_inner_pages_dated_running_head_dates_the_edition() -> None:
    """A page read alone whose folio band prints '2 경제' and the date: a masthead of the
    date alone, its span the folio's date line, and the label the page's; the front
    pages' mastheads are read as before."""
    done = ingest_pdf(FIXTURES / "02_ko_economy_chromium.pdf")
    m = done.edition.masthead
    assert m is not None and (m.paper, m.issue, m.date, m.weekday) == (
        None, None, "2026-12-07", "월요일",
    )  # fmt: skip
    assert [done.text[s:e] for s, e in m.spans] == ["2026년 12월 7일 월요일"]
    page = done.edition.pages[0]
    assert page.section == "경제" and page.folio is None
    front = ingest_pdf(FIXTURES / "05_ko_front_typst.pdf").edition.masthead
    assert front is not None and (front.paper, front.issue) == ("푸른들신문", 2045)


def test_a_space_between_two_sizes_is_judged_by_the_smaller() -> None:
    text = ingest_pdf(FIXTURES / "04_en_metro_chromium.pdf").text
    assert text.startswith("Monday, December 7, 2026\nA5 Metro\n")


def test_room_between_hangul_and_digits_is_no_space_where_the_file_writes_its_spaces() -> None:
    """LibreOffice leaves room between Hangul and Latin letters or digits ('60 년', in a
    table cell '12 월 19 일(토)') and writes its real spaces: the room is no space. Chromium
    writes a space now and then only, and its gaps stay spaces ('지상 6층')."""
    done = ingest_pdf(FIXTURES / "07_ko_local_libreoffice.pdf")
    head = done.edition.pages[0].items[0].headline
    assert head is not None and head.text == "60년 된 읍내 장터, 청년 상인 손에서 되살아난다"
    assert "12월 19일(토)\t청년 가게 시식회" in done.text
    chromium = ingest_pdf(FIXTURES / "01_ko_front_chromium.pdf").text
    assert "지상 6층" in chromium and "병상 120개" in chromium


def test_an_ad_title_over_two_lines_is_one_title() -> None:
    """'Harbor Lane Winter' over 'Market', centred in the ad's display type."""
    ad = ingest_pdf(FIXTURES / "04_en_metro_chromium.pdf").edition.pages[0].items[-1]
    assert type(ad).__name__ == "Ad" and ad.title is not None
    assert ad.title.text == "Harbor Lane Winter Market"
    assert all(getattr(b, "text", "") != "Market" for b in ad.blocks)


def _body(name: str) -> list[tuple[str, str]]:
    done = ingest_pdf(FIXTURES / f"{name}.pdf")
    return [(b.kind, b.text) for _, it in done.edition.items() for b in getattr(it, "body", [])]


def test_a_rail_of_briefs_reads_one_story_a_triangle() -> None:
    """'▲ 영춘면 다리 보수 공사로 통행 제한' set bold over its text, under the rail's
    title '단신': each a story, its title without the triangle; the triangle stays in the
    source, in the title's span."""
    done = ingest_pdf(FIXTURES / "10_ko_interview6_typst.pdf")
    heads = [it.headline.text for _, it in done.edition.items() if getattr(it, "headline", None)]
    assert heads[1:5] == [
        "단신",
        "영춘면 다리 보수 공사로 통행 제한",
        "단양도서관 겨울방학 독서 교실",
        "적성면 주민 김장 나눔 행사",
    ]
    assert "▲ 영춘면 다리 보수 공사로 통행 제한" in done.text


def test_no_word_runs_on_past_a_sentences_stop_at_a_line_end() -> None:
    """Chromium's full line ends '있었으니까요.' and the next opens '빈': the edition
    never prints '빈' as a word but at a line's start, so its statistics took it for a
    piece; after a stop a word starts."""
    answers = [t for k, t in _body("03_ko_interview_chromium") if k == "answer"]
    assert "갈 수 있었으니까요. 빈 교실에" in answers[0]


def test_a_word_the_engine_hyphenated_reads_whole_and_a_compound_keeps_its_hyphen() -> None:
    texts = [t for _, t in _body("12_en_front_typst")]
    assert any("raise a concrete flood wall" in t for t in texts)
    assert any("a single card-catalog drawer of donated tomato" in t for t in texts)
    assert "con-\ncrete" in ingest_pdf(FIXTURES / "12_en_front_typst.pdf").text  # the source


def test_a_hyphen_hung_into_the_gutter_does_not_join_two_columns() -> None:
    """Typst hangs 'Con-' into the gutter: the gap to the next column's line is then
    under 0.8 of the size, but lines above and below are parted there too."""
    texts = [t for _, t in _body("12_en_front_typst")]
    assert any(
        t.endswith(
            "the wastewater plant. Construction is set to begin in April and take about two years."
        )
        for t in texts
    )
    assert any(
        t.startswith(
            "Supporters pointed to the April 2025 flood, which damaged 212 "
            'homes and closed the downtown for nine days. "We cannot'
        )
        for t in texts
    )


def test_a_layout_tables_cell_beside_a_story_is_its_next_column() -> None:
    """Writer's borderless table: headline over three cells; the third opens with a
    photo, and reading order takes it after the framed story below: it is still the lead
    story's column, with its caption, subhead and byline."""
    done = ingest_pdf(FIXTURES / "11_ko_weekly_libreoffice.pdf")
    items = [it for _, it in done.edition.items()]
    assert [it.headline.text for it in items] == [
        "“저수지 둘레길에 데크 대신 흙길을”",
        "면민 체육대회 22년 만에 실내로",
        "알림",
    ]
    lead = items[0]
    assert [b.kind for b in lead.body][-3:] == ["caption", "subhead", "paragraph"]
    assert [b.name for b in lead.bylines] == ["양동희"]


def test_a_deck_size_line_in_one_column_of_a_wide_story_is_its_subhead() -> None:
    """10.5 pt over 9 pt body, in one of the three columns a 26 pt headline spans, torn
    over two lines by Chromium: one subhead of the story, no brief's title."""
    body = _body("09_ko_grid_chromium")
    assert ("subhead", "“흙 고르는 법부터 다시 배웠다”") in body


def test_an_english_byline_keeps_its_role_line_and_a_flush_right_line_is_a_credit() -> None:
    done = ingest_pdf(FIXTURES / "12_en_front_typst.pdf")
    items = [it for _, it in done.edition.items() if it.bylines]
    assert [(b.name, b.role) for it in items for b in it.bylines] == [
        ("Aisha Carver", "Courier Staff Writer"),
        ("Tomás Reilly", "Correspondent"),
    ]
    captions = [b.text for b in items[0].body if b.kind == "caption"]
    assert len(captions) == 1 and captions[0].endswith("flood stage.\nCourier file photo")


def test_a_quote_set_between_rules_in_one_column_is_read_where_it_stands() -> None:
    """13 pt type in the third of a story's three columns, a rule right above and one
    right under it: no story's headline but a paragraph of the story, which goes on
    under it to its byline."""
    done = ingest_pdf(FIXTURES / "09_ko_grid_chromium.pdf")
    items = [it for _, it in done.edition.items()]
    assert len(items) == 2
    lead = items[0]
    quote = "“가마는 혼자 때는 게 아니야. 밤새 번갈아 장작을 넣어 줄 사람이 있어야 불이 살지.”"
    assert [b.kind for b in lead.body if b.text == quote] == ["paragraph"]
    assert lead.body[-1].text.startswith("첫 가마에서는") and [b.name for b in lead.bylines] == [
        "지예린"
    ]


def test_a_running_heads_word_beside_its_page_number_is_the_section_label() -> None:
    """'3 우리 마을' and 'A5 Metro' over the page: labels the text ingest does not know
    as sections; the known ones are read as before ('7 지역')."""
    labels = [
        (p.section, p.section_inferred)
        for name in ("11_ko_weekly_libreoffice", "04_en_metro_chromium", "07_ko_local_libreoffice")
        for p in ingest_pdf(FIXTURES / f"{name}.pdf").edition.pages
    ]
    assert labels == [("우리 마을", False), ("Metro", False), ("지역", False)]


def test_an_ads_line_in_the_bold_of_its_text_face_is_a_heading() -> None:
    """'공연 안내' in NotoSansCJKkr-Bold over a table in its Regular (Typst), '행사 일정'
    likewise (LibreOffice); Chromium's fonts have no names, so its ads' bold lines stay
    paragraphs; a regular line ('문의 ...') is no heading."""
    heads = {}
    for name in ("06_ko_culture_typst", "07_ko_local_libreoffice", "02_ko_economy_chromium"):
        ad = ingest_pdf(FIXTURES / f"{name}.pdf").edition.pages[0].items[-1]
        heads[name] = [b.text for b in ad.blocks if type(b).__name__ == "Heading"]
    assert heads == {
        "06_ko_culture_typst": ["공연 안내"],
        "07_ko_local_libreoffice": ["행사 일정"],
        "02_ko_economy_chromium": [],
    }
