"""A page of small ads (issue 14, sixth round), on a made-up example: the page splits at
blank lines into one ad a part once each part has its own contact; the last part may
lack one where the page ends (cut off); a lone title over them is the page's label. A
title decorated on both sides, and a second number of one desk. Every name, number and
address is invented.
"""

from __future__ import annotations

import pytest

from reader.ingest import explain_text, ingest_text
from reader.ingest.after_rows import AFTER_CONTACT
from tests.ingest.test_conventions import LEAD, items, parse

SMALL_ADS = (
    "알림마당\n\n"
    "투룸 전세\n누리역 도보 5분, 남향\n보증금 1억원\n문의 010-0000-1111\n\n"
    "학원 강사 모집\n- 수학 1명\n경력 2년 이상\n☎ 061)000-2222\n\n"
    "중고 피아노 팝니다\n누리악기 061-000-3333\n\n"
    "누리 세탁소\n이불 빨래 20% 할인, 수거 배달"
)


def test_small_ads_each_with_its_contact_are_items_of_their_own() -> None:
    got = items(SMALL_ADS)
    assert [ad["title"] for ad in got] == [
        "투룸 전세",
        "학원 강사 모집",
        "중고 피아노 팝니다",
        "누리 세탁소",
    ]
    assert [ad["truncated"] for ad in got] == [False, False, False, True]
    [page] = parse(SMALL_ADS).pages
    assert page.label is not None and page.label.text == "알림마당"


def test_an_ad_whose_parts_lack_their_own_contacts_stays_whole() -> None:
    one_ad = (
        "누리 가구 봄 세일\n\n• 침대\n퀸 사이즈 30% 할인\n\n• 소파\n3인용 20% 할인\n\n"
        "• 식탁\n4인용 10% 할인\n\n문의 ☎ 061-000-4444\n"
    )
    [ad] = items(one_ad)
    assert ad["title"] == "누리 가구 봄 세일"


def test_marked_points_in_a_row_are_a_list_under_the_line_above_them() -> None:
    """Seventh round: '◆' lines one after another head nothing: they are the points of
    the product named on the plain line above them, its heading."""
    story = f"골목상권 살리기 속도\n\n{LEAD}\n\n한누리 기자\n\n"
    ad = (
        "누리종묘\n토마토 신품종 '누리홍' 출시\n◆ 병에 강한 품종\n◆ 수확량 15% 증가\n"
        "구입 문의 ☎ 061)000-5555\n"
    )
    _, got = items(story + ad)
    assert got["title"] == "누리종묘"
    assert got["blocks"][:2] == [
        ("heading", "토마토 신품종 '누리홍' 출시"),
        ("list", ["병에 강한 품종", "수확량 15% 증가"]),
    ]


def test_marked_lines_apart_each_head_their_own_text() -> None:
    one_ad = (
        "누리 가구 봄 세일\n\n◆ 침대\n퀸 사이즈 30% 할인\n\n◆ 소파\n3인용 20% 할인\n\n"
        "문의 ☎ 061-000-4444\n"
    )
    [ad] = items(one_ad)
    assert [b for b in ad["blocks"] if b[0] == "heading"] == [
        ("heading", "침대"),
        ("heading", "소파"),
    ]


# Ninth round: two ads in a row, each in paragraphs and closed by its own contact line.
TWO_JOBS = (
    "(주)누리정밀 사원 모집\n\n"
    "모집부문\t인원\n가공\t2명\n검사\t1명\n\n"
    "접수기간 : 3월 9일 ~ 3월 20일\n\n"
    "문의 ☎ 061-000-4444 / 이메일 job@nuri.example\n\n"
    "누리요양원 요양보호사 채용\n\n"
    "- 자격증 소지자\n- 주 5일 근무\n\n"
    "전화 061-000-5555\n"
)


def test_ads_each_closed_by_a_contact_line_are_two_ads() -> None:
    got = items(TWO_JOBS)
    assert [ad["title"] for ad in got] == ["(주)누리정밀 사원 모집", "누리요양원 요양보호사 채용"]
    assert got[0]["blocks"][-1] == (
        "contact",
        "email",
        "job@nuri.example",
        "job@nuri.example",
        "이메일",
    )
    assert got[1]["blocks"][-1] == ("contact", "phone", "061-000-5555", "061-000-5555", "전화")


def test_a_second_contact_line_under_the_first_is_the_same_ads() -> None:
    ad = "누리 꽃집\n\n개업 20% 할인\n\n☎ 061-000-6666\n\n홈페이지 www.nuri-flower.example\n"
    [got] = items(ad)
    assert got["title"] == "누리 꽃집"


ADS = (
    "누리동 아파트 매매\n84㎡ 남향, 즉시 입주\n누리공인중개사 062-000-4444\n\n"
    "중고 농기계 팝니다\n트랙터 2대, 이앙기 1대\n관리사무소 061-000-2222 / 010-0000-3333\n\n"
    "★ 투룸 전문 ★\n- 누리대 앞 투룸 월 40부터\n- 풀옵션\n누리부동산 ☎ 062)000-1111\n"
)


def test_a_title_decorated_on_both_sides_and_a_second_number_of_one_desk() -> None:
    _, trace = explain_text(ADS)
    _, first, second = items(ADS)
    contacts = [b for b in first["blocks"] if b[0] == "contact"]
    assert [c[4] for c in contacts] == ["관리사무소", "관리사무소"]
    assert second["title"] == "투룸 전문"
    assert not any(b[0] == "heading" for b in second["blocks"])
    assert "decorated" in trace.rule("p1-3", "title")


NOTICE_AND_AD = (
    "알림\n누리신문은 창간 기념 사진 공모전 작품을 받습니다. 12월 15일까지 보내 주십시오.\n"
    "문의 02-0000-4470\n\n"
    "누리법무법인 직원 채용\n사무직 경력 2년 이상을 모십니다.\n이메일 job@nurilaw.kr\n"
    "전화 051-000-2301\n"
)


def test_a_titled_block_closed_by_its_contacts_after_a_notice_is_an_item_of_its_own() -> None:
    edition, trace = explain_text(NOTICE_AND_AD)
    notice, second = edition.pages[0].items
    first, ad = items(NOTICE_AND_AD)
    assert first["body"][-1][1].endswith("문의 02-0000-4470")
    assert ad["title"] == "누리법무법인 직원 채용"  # its terms closed by contacts: an ad
    assert AFTER_CONTACT in trace.rule(second.id)


def test_a_notices_second_paragraph_without_a_contact_of_its_own_stays_the_notices() -> None:
    text = NOTICE_AND_AD.replace(
        "이메일 job@nurilaw.kr\n전화 051-000-2301\n", "서류는 우편으로 받습니다.\n"
    )
    _, trace = explain_text(text)
    assert not any(AFTER_CONTACT in why for why in trace.notes.values())


def test_a_contact_line_between_a_notices_paragraphs_is_no_subhead() -> None:
    text = f"누리 도서관 알림\n\n{LEAD}\n\n문의 02-0000-4470\n\n{LEAD}\n"
    [item] = items(text)
    assert ("paragraph", "문의 02-0000-4470") in item["body"]


def test_a_short_line_without_a_number_between_paragraphs_stays_a_subhead() -> None:
    [item] = items(f"누리 도서관 알림\n\n{LEAD}\n\n문의와 신청\n\n{LEAD}\n")
    assert ("subhead", "문의와 신청") in item["body"]


# Round forty-two: a page of small ads sorted under category heads, each head a line alone.
CATEGORIES = (
    "생활정보 CLASSIFIED\n\n"
    "■ 구인\n\n"
    "분식집 주방 보조\n누리역 앞, 오전 9시~오후 3시\n☎ 010-0000-1212\n\n"
    "물류센터 상하차\n야간, 일당 지급\n문의 061-000-3434\n\n"
    "렌트 FOR RENT\n\n"
    "원룸 월세\n누리대 정문 앞, 풀옵션\n☎ 010-0000-5656\n\n"
    "사무실 임대\n1층 33㎡, 권리금 없음\n이메일 room@nuri.example\n\n"
    "상가 임대\n시장 입구 2층"
)


def test_a_category_head_over_its_small_ads_is_an_item_of_its_own() -> None:
    from reader.ingest.ad_categories import HEAD_OVER_ADS

    edition, trace = explain_text(CATEGORIES)
    got = items(CATEGORIES)
    assert [it.get("headline") or it["title"] for it in got] == [
        "구인",
        "분식집 주방 보조",
        "물류센터 상하차",
        "렌트 FOR RENT",
        "원룸 월세",
        "사무실 임대",
        "상가 임대",
    ]
    heads = [it for it in got if "headline" in it]
    assert len(heads) == 2 and all(it["body"] == [] for it in heads)
    assert HEAD_OVER_ADS in trace.rule("p1-4")
    assert [ad["truncated"] for ad in got if "title" in ad] == [False] * 4 + [True]
    [page] = edition.pages
    assert page.label is not None and page.label.text == "생활정보 CLASSIFIED"


def test_a_lone_line_over_one_ad_or_with_a_figure_heads_no_category() -> None:
    """Near misses: a lone line over the last ad is that ad's own title, set apart; a line
    with a figure ('12월호 알뜰 장터') is a date or a title, no category's name."""
    ads = "중고 책상\n상태 양호\n☎ 010-0000-1111\n\n아기 침대\n사용 1년\n☎ 010-0000-2222\n\n"
    one = f"알뜰 장터\n\n{ads}유모차\n\n접이식, 사용 1년\n☎ 010-0000-3333\n"
    assert all("headline" not in it for it in items(one))
    dated = f"누리상회 소식\n\n12월호 알뜰 장터\n\n{ads}"
    assert all("headline" not in it for it in items(dated))


# Mended after round forty-two: a classified page numbers its categories.
NUMBERED = (
    "생활정보\n\n{first}\n\n"
    "분식집 주방 보조\n누리역 앞, 오전 9시~오후 3시\n☎ 010-0000-1212\n\n"
    "물류센터 상하차\n야간, 일당 지급\n문의 061-000-3434\n\n{second}\n\n"
    "원룸 월세\n누리대 정문 앞, 풀옵션\n☎ 010-0000-5656\n\n"
    "사무실 임대\n1층 33㎡, 권리금 없음\n☎ 010-0000-7878\n"
)


@pytest.mark.parametrize(
    "first, second", [("100 구인", "200 부동산"), ("1. 구인", "2. 부동산")], ids=["code", "dotted"]
)
def test_a_category_head_with_its_number_before_its_name_is_its_head(first, second) -> None:
    """'100 구인' over its ads was the first ad's title, its own title put under it."""
    got = items(NUMBERED.format(first=first, second=second))
    assert [it.get("headline") or it["title"] for it in got] == [
        first,
        "분식집 주방 보조",
        "물류센터 상하차",
        second,
        "원룸 월세",
        "사무실 임대",
    ]
    assert [it["body"] for it in got if "headline" in it] == [[], []]


def test_a_number_alone_over_small_ads_names_no_category() -> None:
    """Near miss: '101' alone is a number without a name (a box's, a page's): no head."""
    got = items(NUMBERED.format(first="101", second="201"))
    assert all("headline" not in it for it in got)


@pytest.mark.parametrize(
    "text",
    [
        "누리도서관 겨울 강좌\n\n강좌 안내\n\n"
        "누리도서관은 12월부터 어린이 글쓰기 강좌를 연다. 수강료는 없다. 문의 061-000-1111\n\n"
        "도서관은 어른을 위한 그림책 읽기 모임도 꾸린다. 신청은 전화로 받는다. 문의 061-000-2222\n",
        "Library Winter Classes\n\nClasses\n\n"
        "The library will open a writing class for children in December, the librarian said"
        " on Monday. Call 555-0111.\n\n"
        "The library will also start a picture book club for adults, which meets on"
        " Thursdays. Call 555-0122.\n",
    ],
    ids=["korean", "english"],
)
def test_a_storys_line_over_paragraphs_each_with_a_phone_heads_no_category(text) -> None:
    """A story's deck over two paragraphs of sentences, each closing on a phone to call,
    sorts no small ads: the headline over them is the story's, not a page's label. (The
    page of small ads under its heads, CATEGORIES above, keeps them.)"""
    edition = ingest_text(text)
    [page] = edition.pages
    assert page.label is None
    assert [it["headline"] for it in items(text)] == [text.split("\n")[0]]
