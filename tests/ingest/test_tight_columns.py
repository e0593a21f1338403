"""Korean pages set tight in justified columns (docs/ingest-conventions.md, "Round
fifty-two (Korean columns set tight)"): on a page with no blank line whose lines pair at
one width, the lines that fill a measure of the page run on into paragraphs; a '▲' head
over such a paragraph, and a title over two or more of them, open items; a marked subhead
of an unsigned story stays its part when '▶관련기사' stands between its text and its byline.
The page is made up: two stories at a measure of 40 to 42 cells, then two briefs."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.column_items import column_brief, column_title
from reader.ingest.lines import Line, Para
from reader.ingest.story_parts import part_before_byline
from reader.ingest.tight_columns import RUNS_ON, column_paras

PAGE = """한빛일보
가을 축제 사흘간 강변서 열린다
시는 다음 달 3일부터 사흘 동안 강변공원
에서 가을 축제를 연다고 밝혔다. 올해는 지
역 농산물 장터와 거리 공연을 함께 열어 관
람객을 더 모을 계획이다. 개막 공연은 첫날
저녁 7시 야외무대에서 시작한다.
지난해 가을 축제를 찾은 시민들이 강변공원 장터를 둘러보는
모습.
사진=한빛시 제공
◇공원 주변 도로 통행 제한
축제 기간에는 공원 주변 도로의 차량 통행
이 제한되고 임시 주차장과 셔틀버스가 운영
된다. 시는 방문객이 지난해보다 두 배 늘
것으로 내다봤다.
▶관련기사 5면
김하늘 기자 sky@hanbit.co.kr
낡은 다리 보수 공사로 한 달간 통행 제한
도로관리사업소는 다음 주 월요일부터 한 달
동안 강북대교 보수 공사를 한다고 밝혔다.
8일 강북대교 아래에서 작업자들이 교각의 금 간 곳을
살펴보고 있다. /한빛시 제공
공사 기간에는 밤마다 양방향 차로가 하나씩
통제되고 버스 노선 일부가 우회한다. 사업소
는 낮에는 차로를 모두 열어 출퇴근길 혼잡
을 줄이겠다고 덧붙였다.
지역 브리프
▲한빛도서관, 야간 열람실 문 연다
한빛도서관은 이달부터 평일 밤 11시까지 열
람실을 연다. 이용하려면 회원증을 미리 만들
어 두어야 한다.
▲시립미술관, 청년 작가 공모전
시립미술관은 다음 달 말까지 청년 작가 공모
전 작품을 받는다. 뽑힌 작가 다섯 명은 내년
봄 기획전에 참여한다.
"""


def _lines(texts: list[str]) -> list[Line]:
    return [Line(text, 100 * k) for k, text in enumerate(texts)]


def _items() -> list:
    return ingest_text(PAGE, name="columns").pages[0].items


def test_a_page_set_tight_in_justified_columns_is_cut_into_its_stories() -> None:
    heads = [item.headline.text for item in _items()]
    assert heads == [
        "가을 축제 사흘간 강변서 열린다",
        "낡은 다리 보수 공사로 한 달간 통행 제한",
        "지역 브리프",
        "한빛도서관, 야간 열람실 문 연다",
        "시립미술관, 청년 작가 공모전",
    ]


def test_the_full_lines_of_a_column_run_on_into_one_paragraph() -> None:
    bridge = _items()[1]
    assert [b.text for b in bridge.body if b.kind != "caption"] == [
        "도로관리사업소는 다음 주 월요일부터 한 달 동안 강북대교 보수 공사를 한다고 밝혔다.",
        "공사 기간에는 밤마다 양방향 차로가 하나씩 통제되고 버스 노선 일부가 우회한다."
        " 사업소는 낮에는 차로를 모두 열어 출퇴근길 혼잡을 줄이겠다고 덧붙였다.",
    ]


def test_a_caption_set_across_its_photo_runs_on_to_its_credit_inside_its_story() -> None:
    bridge = _items()[1]
    assert [(b.kind, b.text) for b in bridge.body[1:2]] == [
        (
            "caption",
            "8일 강북대교 아래에서 작업자들이 교각의 금 간 곳을 살펴보고 있다. /한빛시 제공",
        )
    ]


def test_a_caption_over_its_credit_line_runs_on_into_it() -> None:
    festival = _items()[0]
    captions = [b.text for b in festival.body if b.kind == "caption"]
    assert len(captions) == 1
    assert captions[0].startswith("지난해 가을 축제를 찾은 시민들이 강변공원 장터를 둘러보는 모습.")
    assert captions[0].endswith("사진=한빛시 제공")


def test_lines_at_no_measure_without_a_credit_under_them_stay_apart() -> None:
    # Near miss: a head and a deck as wide as each other, wider than the columns, over no
    # credit: no caption's lines, each stands alone.
    page = PAGE.replace(
        "낡은 다리 보수 공사로 한 달간 통행 제한\n",
        "낡은 다리 보수 공사로 한 달간 밤마다 양방향 차로 통제\n"
        "강북대교 교각 금 간 곳 서른 군데 손보고 난간도 바꾼다\n",
    )
    paras = column_paras(_lines(page.splitlines()))
    assert paras is not None
    texts = [p.text for p in paras]
    assert "낡은 다리 보수 공사로 한 달간 밤마다 양방향 차로 통제" in texts
    assert "강북대교 교각 금 간 곳 서른 군데 손보고 난간도 바꾼다" in texts
    # nor does a wide line run on into a shorter one with no credit line under it
    uncredited = PAGE.replace("사진=한빛시 제공\n", "")
    texts = [p.text for p in column_paras(_lines(uncredited.splitlines())) or []]
    assert "지난해 가을 축제를 찾은 시민들이 강변공원 장터를 둘러보는" in texts


def test_a_head_at_the_measure_under_a_byline_with_its_address_stands_alone() -> None:
    # Near miss: the second story's head is as wide as the column under it; after the
    # byline that closes the story above, it heads the next story and runs on into nothing.
    festival, bridge = _items()[:2]
    assert [b.name for b in festival.bylines] == ["김하늘"]
    assert bridge.body[0].text.startswith("도로관리사업소는")


def test_a_marked_subhead_before_a_cross_reference_and_the_byline_stays_in_its_story() -> None:
    festival = _items()[0]
    subheads = [b.text for b in festival.body if b.kind == "subhead"]
    assert subheads == ["공원 주변 도로 통행 제한"]
    assert festival.body[-1].text == "▶관련기사 5면"


def test_a_page_of_one_article_a_line_is_no_page_of_columns() -> None:
    # Near miss: a corpus's lines, about as wide as each other, but each closes a sentence.
    lines = _lines(
        [
            "시는 다음 달부터 강변공원에서 축제를 연다고 밝혔다.",
            "도로관리사업소는 강북대교 보수 공사를 한다고 밝혔다.",
            "도서관은 이달부터 평일 밤까지 열람실을 연다고 했다.",
        ]
        * 6
    )
    assert column_paras(lines) is None


def test_a_line_at_no_measure_of_the_page_ends_its_paragraph() -> None:
    paras = column_paras(_lines(PAGE.splitlines()))
    assert paras is not None
    texts = [p.text for p in paras]
    # a line opening on a mark never runs on, nor does a line run on into one
    assert "◇공원 주변 도로 통행 제한" in texts
    assert "▲한빛도서관, 야간 열람실 문 연다" in texts
    # the head, shorter than the column, stands over the lead's lines run on to its end
    assert texts[1] == "가을 축제 사흘간 강변서 열린다"
    assert texts[2].startswith("시는 다음 달") and texts[2].endswith("시작한다.")


def _para(texts: list[str], cut: str = "") -> Para:
    return Para(_lines(texts), 0, cut=cut)


def test_a_marked_head_over_a_column_paragraph_that_closes_no_sentence_heads_no_brief() -> None:
    # Near miss: under the '▲' line, a paragraph of a column that states no sentence (a
    # list's wrapped names) is no brief's text.
    text = _para(
        ["한빛도서관 열람실 회원증 발급 창구 안내 및", "이용 시간표와 층별 좌석 배치도"], RUNS_ON
    )
    paras = [_para(["▲한빛도서관, 야간 열람실 문 연다"]), text, _para(["끝"])]
    assert column_brief(paras, 0) is None
    told = _para(["한빛도서관은 이달부터 평일 밤 11시까지 열", "람실을 연다."], RUNS_ON)
    assert column_brief([paras[0], told, paras[2]], 0) is not None


def test_a_title_over_one_brief_is_no_title_over_briefs() -> None:
    head = _para(["▲한빛도서관, 야간 열람실 문 연다"])
    text = _para(["한빛도서관은 이달부터 평일 밤 11시까지 열", "람실을 연다."], RUNS_ON)
    above, title = _para(["을 줄이겠다고 덧붙였다."]), _para(["지역 브리프"])
    two = [above, title, head, text, head, text]
    assert column_title(two, 1) is not None
    # Near miss: one brief under the title may be the story's marked part
    assert column_title([above, title, head, text, _para(["다음 기사 제목"])], 1) is None


def test_a_cross_reference_over_a_head_is_no_story_end() -> None:
    # Near miss: under the cross-reference stands the next story's head, no byline: the
    # marked line above it is not shown to be a part of a signed story.
    paras = [
        _para(["가을 축제 사흘간 강변서 열린다"]),
        _para(["시는 다음 달 3일부터 축제를 연다고 밝혔다."]),
        _para(["◇공원 주변 도로 통행 제한"]),
        _para(["축제 기간에는 차량 통행이 제한된다."]),
        _para(["▶관련기사 5면"]),
        _para(["낡은 다리 보수 공사로 통행 제한"]),
        _para(["도로관리사업소는 공사를 한다고 밝혔다."]),
    ]
    assert not part_before_byline(paras[:2], paras, 2)
    signed = [*paras[:5], _para(["김하늘 기자 sky@hanbit.co.kr"]), *paras[5:]]
    assert part_before_byline(signed[:2], signed, 2)


def test_a_table_of_rows_at_one_width_is_no_column() -> None:
    # Fields parted by wide spaces make a table's rows, however alike their widths (here
    # the columns' own measure): each row stays a paragraph of its own.
    rows = [
        f"{city}   {sky}   {low}도   {high}도   강수확률 {rain}0%"
        for city, sky, low, high, rain in [
            ("서울", "맑음", 12, 18, 1),
            ("부산", "흐림", 14, 20, 3),
            ("대구", "맑음", 11, 19, 1),
        ]
    ]
    # the page's columns around the table hold its measure
    paras = column_paras(_lines([*PAGE.splitlines(), *rows, *PAGE.splitlines()]))
    assert paras is not None
    texts = [p.text for p in paras]
    at = texts.index(rows[0])
    assert texts[at : at + len(rows)] == rows
    # Near miss: justified text doubles a space once in a line; the line still runs on
    doubled = PAGE.replace("역 농산물 장터와", "역 농산물  장터와")
    texts = [p.text for p in column_paras(_lines(doubled.splitlines())) or []]
    assert any(t.startswith("시는 다음 달") and "농산물  장터와" in t for t in texts)


def test_a_schedule_of_rows_opening_on_a_clock_time_is_no_column() -> None:
    rows = [
        "09:00 개회식 및 내빈 소개 본관 대강당 1층",
        "10:00 기조 강연 인공지능과 신문 본관 2층",
        "11:00 분과 토론 지역 언론의 미래 별관 3층",
    ]
    # the last row at the measure runs on into no line under it (the next page's name)
    paras = column_paras(_lines([*PAGE.splitlines(), *rows, *PAGE.splitlines()]))
    assert paras is not None
    texts = [p.text for p in paras]
    at = texts.index(rows[0])
    assert texts[at : at + len(rows) + 1] == [*rows, "한빛일보"]
    # Near miss: one column line opening on a time under a line that does not still runs on
    timed = PAGE.replace("저녁 7시 야외무대에서", "19:30 야외무대에서")
    texts = [p.text for p in column_paras(_lines(timed.splitlines())) or []]
    assert any(t.startswith("시는 다음 달") and t.endswith("시작한다.") for t in texts)


def test_the_last_of_a_run_of_marked_entries_heads_no_brief() -> None:
    # Under a run of '▲' entries, the last entry over the text that follows is one of them,
    # not a brief's head; the same line after a sentence heads a brief (the near miss).
    entry, last = _para(["▲참가 신청: 시청 누리집"]), _para(["▲문의: 문화관광과"])
    text = _para(["한빛도서관은 이달부터 평일 밤 11시까지 열", "람실을 연다."], RUNS_ON)
    assert column_brief([entry, last, text], 1) is None
    assert column_brief([_para(["을 줄이겠다고 덧붙였다."]), last, text], 1) is not None
