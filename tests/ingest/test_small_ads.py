"""A page of small ads (issue 14, sixth round), on a made-up example: the page splits at
blank lines into one ad a part once each part has its own contact; the last part may
lack one where the page ends (cut off); a lone title over them is the page's label.
Every name, number and address is invented.
"""

from __future__ import annotations

from tests.ingest.test_conventions import items, parse

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
