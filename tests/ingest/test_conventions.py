"""Conventions of papers unlike the seed, each on a small made-up example (issue 14).

Photo captions carrying a credit, column headlines and signatures, unmarked subheads,
listings, pages without blank lines (English pages and --explain:
test_english_and_explain.py). Every name and fact is invented. Pages keep each
paragraph on one line, as extraction gives them.
"""

from __future__ import annotations

import pytest

from reader.ingest import ingest_text
from reader.model import Edition
from tests.ingest.outline import outline
from tests.ingest.test_properties import assert_sound

LEAD = (
    "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다. 시는 청년에게 임대료를 준다."
)
MORE = "상인들은 유동 인구가 늘었다고 말했다. 시는 내년에도 사업을 이어갈 계획이다."


def parse(text: str) -> Edition:
    edition = ingest_text(text)
    assert_sound(edition, text)
    return edition


def items(text: str) -> list[dict]:
    [page] = outline(parse(text))
    return page["items"]


def body(text: str) -> list[tuple[str, str]]:
    [item] = items(text)
    return item["body"]


# --- photo captions that carry a credit ------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "김민수 시장이 3일 시청에서 골목상권 지원 계획을 설명하고 있다./누리시 제공",
        "시민들이 3일 한결천 산책로를 걷고 있다. /연합뉴스",
        "시민들이 3일 한결천 산책로를 걷고 있다. [사진=뉴시스]",
        "한결천 산책로의 봄 풍경. (사진=누리시 관광과 제공)",
        "한결천 산책로를 걷는 시민들. 사진=박하늘 기자",
        "한결천 산책로를 걷는 시민들/박하늘 기자",
    ],
)
def test_caption_ending_in_its_credit(caption: str) -> None:
    assert body(f"골목상권 살리기 속도\n\n{LEAD}\n\n{caption}\n\n{MORE}\n") == [
        ("lead", LEAD),
        ("caption", caption),
        ("paragraph", MORE),
    ]


@pytest.mark.parametrize(
    "credit", ["ⓒ 박하늘", "ⓒ누리시", "사진=박하늘 기자", "[사진=누리시 제공]"]
)
def test_caption_line_above_a_credit_line(credit: str) -> None:
    caption = "한결천 산책로를 걷는 시민들."
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n{caption}\n{credit}\n\n{MORE}\n"
    assert body(text) == [("lead", LEAD), ("caption", f"{caption}\n{credit}"), ("paragraph", MORE)]


def test_caption_with_credit_right_under_the_headline_comes_before_the_lead() -> None:
    text = f"골목상권 살리기 속도\n\n한결천 산책로의 봄 풍경./누리시 제공\n\n{LEAD}\n"
    assert body(text) == [("caption", "한결천 산책로의 봄 풍경./누리시 제공"), ("lead", LEAD)]


def test_photo_credit_closing_an_article_is_its_photographers_byline() -> None:
    [item] = items(f"골목상권 살리기 속도\n\n{LEAD}\n\n{MORE}\n\n사진=박하늘 기자\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("박하늘", "기자", None, None)]


def test_a_web_address_ending_a_sentence_is_not_a_credit() -> None:
    para = "신청은 누리시 누리집에서 받는다. 자세한 내용은 www.nuri.example/news"
    assert body(f"골목상권 살리기 속도\n\n{LEAD}\n\n{para}\n") == [
        ("lead", LEAD),
        ("paragraph", para),
    ]


def test_the_paper_before_an_equals_sign_is_not_a_dateline() -> None:
    [item] = items(f"골목상권 살리기 속도\n\n[누리뉴스=박하늘 기자] {LEAD}\n")
    assert item["bylines"] == [("박하늘", "기자", None, None)]


def test_a_lone_email_closes_the_article_it_completes() -> None:
    text = (
        f"골목상권 살리기 속도\n\n[누리뉴스 박하늘 기자] {LEAD}\n\nsky@nuri.example\n\n"
        f"한파에 전력 수요 최고\n\n{MORE}\n"
    )
    first, second = items(text)
    assert first["bylines"] == [("박하늘", "기자", "sky@nuri.example", None)]
    assert (second["headline"], second["body"]) == ("한파에 전력 수요 최고", [("lead", MORE)])


# --- column headlines and signatures ---------------------------------------------


def test_column_headline_carries_its_name_number_and_deck() -> None:
    line = "홍길동 논설위원 칼럼 : (12) 법정에 선 인공지능 - 책임은 누가 지는가"
    [item] = items(f"{line}\n\n{LEAD}\n\n{MORE}\n\n홍길동 논설위원\n")
    assert item["headline"] == "홍길동 논설위원 칼럼 : (12) 법정에 선 인공지능"
    assert item["deck"] == ["책임은 누가 지는가"]
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("홍길동", "논설위원", None, None)]


def test_column_headline_spans_split_at_the_dash() -> None:
    line = "누리칼럼 : (112) 느린 도시가 더 오래 간다 - 속도 경쟁 대신 머무는 도시를 만들어야"
    text = f"{line}\n\n{LEAD}\n"
    [article] = parse(text).articles()
    assert article.headline is not None
    assert [text[a:b] for a, b in article.headline.spans] == [
        "누리칼럼 : (112) 느린 도시가 더 오래 간다"
    ]
    assert [text[a:b] for a, b in article.deck[0].spans] == [
        "- 속도 경쟁 대신 머무는 도시를 만들어야"
    ]


def test_bracketed_column_name_stays_in_the_headline() -> None:
    [item] = items(f"[한수정의 판례 읽기] 퇴직금 중간정산, 어디까지 유효한가\n\n{LEAD}\n")
    assert item["headline"] == "[한수정의 판례 읽기] 퇴직금 중간정산, 어디까지 유효한가"
    assert item["deck"] == []


@pytest.mark.parametrize(
    ("signature", "byline"),
    [
        # The note in brackets is where they work, not their role.
        ("정민혁 변호사(바른법률신문 편집인)", ("정민혁", "변호사", None, None)),
        ("윤서후(한결대 사회학과 3학년)", ("윤서후", "한결대 사회학과 3학년", None, None)),
        ("최민경 주부(누리시 남구)", ("최민경", "주부", None, None)),
        ("― 도하린 소설가", ("도하린", "소설가", None, None)),
        ("(김나래 한결대 경제학과 교수)", ("김나래", "한결대 경제학과 교수", None, None)),
    ],
)
def test_signature_closing_a_column_is_its_byline(signature: str, byline: tuple) -> None:
    [item] = items(f"[기고] 느린 도시가 더 오래 간다\n\n{LEAD}\n\n{MORE}\n\n{signature}\n")
    assert item["bylines"] == [byline]
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_a_signature_closes_a_column_when_a_headline_follows() -> None:
    text = f"[기고] 느린 도시\n\n{LEAD}\n\n도하린 소설가\n\n[사설] 예산안 처리 시한\n\n{MORE}\n"
    first, second = items(text)
    assert first["bylines"] == [("도하린", "소설가", None, None)]
    assert (second["headline"], second["bylines"]) == ("[사설] 예산안 처리 시한", [])


def test_a_line_like_a_signature_inside_an_article_stays_a_subhead() -> None:
    # '전통시장' ends like a title (시장), but more of the article follows.
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n달라지는 전통시장\n\n{MORE}\n"
    assert body(text) == [("lead", LEAD), ("subhead", "달라지는 전통시장"), ("paragraph", MORE)]


# --- subheads --------------------------------------------------------------------


@pytest.mark.parametrize("subhead", ["골목 상권의 회복", "남은 과제는"])
def test_short_line_alone_between_paragraphs_is_a_subhead(subhead: str) -> None:
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n{subhead}\n\n{MORE}\n"
    assert body(text) == [("lead", LEAD), ("subhead", subhead), ("paragraph", MORE)]


def test_short_line_inside_a_paragraph_is_not_a_subhead() -> None:
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n골목 상권의 회복\n{MORE}\n"
    assert [kind for kind, _ in body(text)] == ["lead", "paragraph"]


# --- listings ----------------------------------------------------------------------

PERSONNEL = """\
■ 인사

◇행정안전부
▲지방재정국장 한지훈 ▲안전정책국장 오민재
▲재난협력실장 서은비

■ 부음

▲문정호씨 별세, 문태윤씨 부친상 = 17일, 한결병원 장례식장 3호실, 발인 19일
"""


def test_personnel_and_obituaries_are_items_each_with_its_heading() -> None:
    assert items(PERSONNEL) == [
        {
            "headline": "인사",
            "subheadline": None,
            "deck": [],
            "body": [
                ("subhead", "행정안전부"),
                ("bullet", "지방재정국장 한지훈"),
                ("bullet", "안전정책국장 오민재"),
                ("bullet", "재난협력실장 서은비"),
            ],
            "bylines": [],
        },
        {
            "headline": "부음",
            "subheadline": None,
            "deck": [],
            "body": [
                (
                    "bullet",
                    "문정호씨 별세, 문태윤씨 부친상 = 17일, 한결병원 장례식장 3호실, 발인 19일",
                )
            ],
            "bylines": [],
        },
    ]


def test_fortune_column_is_an_item_per_sign_under_the_pages_label() -> None:
    text = (
        "오늘의 운세\n\n쥐띠\n48년생 반가운 소식이 온다. 60년생 서두르지 마라.\n\n"
        "소띠\n49년생 건강을 살펴라. 61년생 웃을 일이 생긴다.\n"
    )
    [page] = outline(parse(text))
    assert (page["section"], page["inferred"]) == ("오늘의 운세", False)
    assert [(it["headline"], it["body"]) for it in page["items"]] == [
        ("쥐띠", [("bullet", "48년생 반가운 소식이 온다."), ("bullet", "60년생 서두르지 마라.")]),
        ("소띠", [("bullet", "49년생 건강을 살펴라."), ("bullet", "61년생 웃을 일이 생긴다.")]),
    ]


def test_schedule_is_an_item_per_channel_under_its_title() -> None:
    text = (
        "방송\n\n오늘의 편성표\n\nKBS1\n06:00 뉴스광장\n08:25 아침마당\n\n"
        "<MBC>\n06:00 뉴스투데이\n07:30 생방송 아침\n"
    )
    assert [(it["headline"], it["body"]) for it in items(text)] == [
        ("오늘의 편성표", []),
        ("KBS1", [("bullet", "06:00 뉴스광장"), ("bullet", "08:25 아침마당")]),
        ("MBC", [("bullet", "06:00 뉴스투데이"), ("bullet", "07:30 생방송 아침")]),
    ]


def test_a_listing_item_without_entries_is_an_article_under_its_marked_heading() -> None:
    *_, notice = items(f"{PERSONNEL}\n■ 알림\n\n{LEAD}\n")
    assert (notice["headline"], notice["body"]) == ("알림", [("lead", LEAD)])


def test_triangle_questions_with_answers_are_an_interview_not_a_listing() -> None:
    text = (
        "섬 진료 30년\n\n▲ 계기는.\n\n△ 병원선을 처음 탔을 때다. 떠날 수 없었다.\n\n"
        "▲ 기억에 남는 환자는.\n\n△ 태풍이 오던 밤의 아이다.\n\n▲ 계획은.\n\n△ 계속 배를 탄다.\n"
    )
    kinds = [kind for kind, _ in body(text)]
    assert kinds == ["question", "answer"] * 3


# --- pages without blank lines ------------------------------------------------------

DENSE = """\
코스피 2600선 회복
반도체·자동차 업종이 상승 주도
코스피가 외국인 매수세에 힘입어 2600선을 회복했다. 코스피는 1.2% 올랐다.
외국인은 3200억원어치를 순매수했다.
유가 석 달 만에 최저
국제유가가 석 달 만에 가장 낮은 수준으로 떨어졌다.
한결은행, 대출 금리 인하
한결은행은 소상공인 대출 금리를 내린다고 밝혔다.
배정우 기자
"""


def test_page_without_blank_lines_starts_items_at_headline_lines() -> None:
    got = [(it["headline"], it["deck"], [k for k, _ in it["body"]]) for it in items(DENSE)]
    assert got == [
        ("코스피 2600선 회복", ["반도체·자동차 업종이 상승 주도"], ["lead", "paragraph"]),
        ("유가 석 달 만에 최저", [], ["lead"]),
        ("한결은행, 대출 금리 인하", [], ["lead"]),
    ]


def test_page_of_one_article_per_line_is_an_item_per_line() -> None:
    lines = [
        LEAD,
        MORE,
        "누리도는 난방비를 지원한다고 밝혔다.",
        "한결산에 탐방객 5만여명이 몰렸다.",
    ]
    got = items("\n".join(lines) + "\n")
    assert [(it["headline"], it["body"]) for it in got] == [(None, [("lead", x)]) for x in lines]


def test_page_without_blank_lines_starts_an_ad_at_its_title() -> None:
    text = (
        "유가 석 달 만에 최저\n국제유가가 석 달 만에 가장 낮은 수준으로 떨어졌다.\n"
        "해솔CC에서 특별한 라운딩을 즐기세요!\n• 회원모집 안내\n- 정회원 모집\n"
        "주중 회원 포함\n문의 ☎ 061-330-5004\n"
    )
    [page] = outline(parse(text))
    article, ad = page["items"]
    assert article["headline"] == "유가 석 달 만에 최저"
    assert ad["title"] == "해솔CC에서 특별한 라운딩을 즐기세요!"
    # The line right under a list item, with no blank line between, continues it.
    assert ("list", ["정회원 모집\n주중 회원 포함"]) in ad["blocks"]
