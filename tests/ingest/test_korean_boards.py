"""Habits of Korean papers at large (issue 14, tenth round), each on a small made-up
example: an overseas paper's masthead with an American phone and its web address, a
headline over its deck at a page's top in one block, a '[지명=NAME 기자]' byline with an
e-mail after it, a calendar of named entries before an ad, several '▲' entries on one
line, results and schedule rows under short titles, a caption over its 'ORG 제공' line,
a signature with the title first, a second listing's title, a role in angle brackets.
Every name, number and address is invented.
"""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.explain import explain_lines
from tests.ingest.test_conventions import LEAD, MORE, body, items, parse

STORY = f"누리시, 봄꽃 축제 연다\n\n{LEAD}\n\n한가람 기자\n\n"
SENT1 = "시카고 한인회관이 개관 30주년을 맞아 석 달간의 리모델링을 마치고 다시 문을 열었다."
SENT2 = "한인회는 새 강당에서 매달 무료 건강 강좌를 열 계획이라고 밝혔다."


def _rules(text: str) -> str:
    edition, trace = explain_text(text)
    return "\n".join(explain_lines(edition, trace))


def test_an_american_phone_and_a_web_address_under_the_date_line_are_the_mastheads() -> None:
    text = (
        "미주 누리일보\n2026년 3월 5일 목요일 제210호\n(312) 555-0188 www.nurikt.com\n\n"
        f"한인회관 새 단장\n\n{SENT1}\n"
    )
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.phone, edition.masthead.url) == ("312-555-0188", "www.nurikt.com")
    assert items(text)[0]["headline"] == "한인회관 새 단장"


def test_a_headline_over_its_deck_at_the_pages_top_and_a_latin_dateline_byline() -> None:
    story = (
        f"시카고 한인회관 새 단장\n개관 30주년 맞아 리모델링\n{SENT1}\n{SENT2}\n"
        "[NY=김하늘 기자] sky@nurikt.com\n\n"
    )
    text = f"{story}누리 도서관 야간 개방\n\n{LEAD}\n"
    got = items(text)
    assert [it["headline"] for it in got] == ["시카고 한인회관 새 단장", "누리 도서관 야간 개방"]
    assert got[0]["deck"] == ["개관 30주년 맞아 리모델링"]
    assert got[0]["body"] == [("lead", SENT1), ("paragraph", SENT2)]
    assert got[0]["bylines"] == [("김하늘", "기자", "sky@nurikt.com", "NY")]
    assert "blocks: a headline over its deck in one block, at the page's top" in _rules(text)


def test_a_calendar_of_named_entries_is_a_listing_and_the_ad_after_it_its_own() -> None:
    calendar = (
        "이달의 행사\n▷봄맞이 바자회=14일(토) 오전 10시, 한인회관. 문의 (312) 555-0111\n"
        "▷노인 건강 강좌=매주 화요일 오후 2시, 누리복지관\n"
        "▷주말 한글학교 등록=20일까지, www.nurischool.org\n\n"
    )
    ad = (
        "누리 치과\n임플란트·교정 한국어 상담\n(312) 555-0100 / info@nuridental.com\n"
        "1200 Main St., Chicago\n"
    )
    got = items(STORY + calendar + ad)
    assert got[1]["headline"] == "이달의 행사"
    assert [kind for kind, _ in got[1]["body"]] == ["bullet"] * 3
    assert got[2]["title"] == "누리 치과"
    assert ("contact", "email", "info@nuridental.com", "info@nuridental.com", None) in got[2][
        "blocks"
    ]
    assert "a classified ad after a listing of named entries" in _rules(STORY + calendar + ad)


def test_several_triangle_entries_on_a_line_are_bullets_and_the_line_after_them_a_subhead() -> None:
    text = (
        f"누리 전기버스 시승기\n\n{LEAD}\n\n차량 제원\n▲길이 11m ▲좌석 27석 ▲배터리 400㎾h\n\n"
        f"달라진 점\n{MORE}\n"
    )
    assert body(text) == [
        ("lead", LEAD),
        ("subhead", "차량 제원"),
        ("bullet", "길이 11m"),
        ("bullet", "좌석 27석"),
        ("bullet", "배터리 400㎾h"),
        ("subhead", "달라진 점"),
        ("paragraph", MORE),
    ]


def test_a_triangle_line_of_sentences_is_not_cut_into_entries() -> None:
    line = "▲누리시는 3일 축제를 연다고 밝혔다. ▲한결군은 5일 장터를 연다."
    got = body(f"누리 소식\n\n{LEAD}\n\n{line}\n")
    assert all(text != "누리시는 3일 축제를 연다고 밝혔다." for _, text in got)


def test_results_and_a_schedule_under_short_titles_are_items_of_rows() -> None:
    rows = (
        "7일 결과\n누리 3-1 한결\n가람 0-2 다온 (가람구장)\n\n"
        "다음 주 일정\n12일(토) 14:00 누리-가람(누리구장)\n13일(일) 16:00 한결-다온(한결구장)\n"
    )
    got = items(STORY + rows)
    assert [it["headline"] for it in got[1:]] == ["7일 결과", "다음 주 일정"]
    assert got[1]["deck"] == []
    assert got[1]["body"] == [
        ("paragraph", "누리 3-1 한결"),
        ("paragraph", "가람 0-2 다온 (가람구장)"),
    ]
    assert [kind for kind, _ in got[2]["body"]] == ["paragraph", "paragraph"]
    assert "a short title over rows after a blank line, under rows" in _rules(STORY + rows)


@pytest.mark.parametrize(
    "credit", ["누리우주연구원 제공", "/누리우주연구원 제공", "(누리우주연구원 제공)"]
)
def test_a_sentence_over_its_org_provided_line_is_a_caption(credit: str) -> None:
    caption = "누리호가 발사대에서 점검을 받고 있다."
    got = body(f"누리호 발사 준비 끝\n\n{LEAD}\n\n{caption}\n{credit}\n\n한가람 기자\n")
    assert got[-1] == ("caption", f"{caption}\n{credit}")


def test_a_signature_with_the_title_before_the_name_is_the_messages_byline() -> None:
    text = (
        "[신년사] 함께 더 멀리\n\n임직원 여러분, 한 해 동안 고생 많으셨습니다.\n\n"
        "내년에도 고객과 함께 가겠습니다.\n\n대표이사 회장 박누리\n\n누리 장학금 전달\n\n"
        f"{LEAD}\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["[신년사] 함께 더 멀리", "누리 장학금 전달"]
    assert got[0]["bylines"] == [("박누리", "대표이사 회장", None, None)]


def test_a_second_listings_title_over_entries_of_another_marker_opens_an_item() -> None:
    text = (
        "[인사] 누리은행\n<본부장>\n▲여신본부장 김가람 ▲영업본부장 이다온\n<지점장>\n"
        "▲누리지점장 박한결 ▲한결지점장 최누리\n\n경조사\n"
        "◇결혼=영업부 정하늘 대리, 14일(토) 낮 12시 누리웨딩홀\n"
        "◇모친상=인사부 한바다 과장, 5일 발인\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["[인사] 누리은행", "경조사"]
    assert [kind for kind, _ in got[1]["body"]] == ["bullet", "bullet"]


def test_a_role_in_angle_brackets_loses_them() -> None:
    column = f"[누리칼럼] 봄을 기다리며\n\n{LEAD}\n\n{MORE}\n\n박누리 <소설가·누리문학회장>\n"
    [item] = items(column)
    assert item["bylines"] == [("박누리", "소설가·누리문학회장", None, None)]


def test_a_dateline_byline_inside_a_block_ends_its_item() -> None:
    text = (
        f"누리 도서관 야간 개방\n\n{LEAD}\n{MORE}\n[뉴욕=김하늘 기자]\n"
        f"한인회관 새 단장\n{SENT1}\n{SENT2}\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["누리 도서관 야간 개방", "한인회관 새 단장"]
    assert got[0]["bylines"] == [("김하늘", "기자", None, "뉴욕")]


def test_a_publishers_letter_signed_title_first_with_its_closing_word() -> None:
    text = (
        "[창간사] 독자 곁의 신문\n\n오늘 누리신문이 첫 호를 냅니다.\n\n"
        "지역의 목소리를 빠짐없이 담겠습니다.\n\n발행인 김누리 드림\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("김누리", "발행인", None, None)]
