"""Habits of Korean papers at large (issue 14, eighth round), each on a small made-up
example: a classified ad closing a page without a marker, a story signed before its lead,
a photo credit alone in brackets, a column's number in parentheses, a schedule's title
after a fortune column, '▽' subheads over results, '- ' deck lines, a listing after a
story signed above its lead, a marked headline after a table's rows, a word over a
listing's entries, a numbered ranking, a headline over lines a sentence each after a
marked brief. Every name, number and address is invented.
"""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.test_conventions import LEAD, MORE, body, items, parse

STORY = f"누리시, 봄꽃 축제 연다\n\n{LEAD}\n\n한가람 기자\n\n"


def test_short_lines_ending_in_a_contact_after_a_listing_are_an_ad() -> None:
    index = "오늘의 주요 뉴스\n\n▷ 수출 회복세 2면\n▷ 버스 노선 개편 5면\n▷ 꽃 축제 개막 9면\n\n"
    ad = "누리 센트럴\n\n잔여 세대 특별 분양\n\n전용 84㎡ 120세대\n\n분양문의 1588-0000\n"
    got = items(STORY + index + ad)
    assert got[1]["headline"] == "오늘의 주요 뉴스"
    assert got[2]["title"] == "누리 센트럴"
    assert got[2]["blocks"][-1] == ("contact", "phone", "1588-0000", "1588-0000", "분양문의")


def test_an_address_may_follow_the_contact_of_an_ad() -> None:
    ad = "누리 법률사무소\n가사·상속 분쟁\n상담예약 061-000-1234\n누리시 법원로 3, 2층\n"
    got = items(STORY + ad)
    assert got[1]["title"] == "누리 법률사무소"
    assert got[1]["blocks"][-1] == ("paragraph", "누리시 법원로 3, 2층")


def test_short_lines_of_a_story_without_a_contact_stay_in_it() -> None:
    days = "축제 일정\n\n개막식 3일\n\n폐막식 10일\n\n장소 누리천\n"
    text = f"누리시, 봄꽃 축제 연다\n\n{LEAD}\n\n{days}"
    [item] = items(text)
    assert item["headline"] == "누리시, 봄꽃 축제 연다"


def test_a_story_signed_before_its_lead_is_no_ad_whatever_its_table() -> None:
    text = (
        "[시세] 사과값 한 주 새 20% 올라\n\n"
        "[누리농민신문 한가람 기자] 사과 도매가격이 한 주 새 20% 넘게 올랐다.\n\n"
        f"{MORE}\n\n◇ 품목별 가격\n\n"
        "품목\t단위\t가격\n사과\t10㎏\t52,000원\n배\t15㎏\t61,000원\n감\t5㎏\t23,000원\n"
    )
    [item] = items(text)
    assert item["headline"] == "[시세] 사과값 한 주 새 20% 올라"
    assert [b[0] for b in item["bylines"]] == ["한가람"]
    assert ("subhead", "품목별 가격") in item["body"]


def test_a_photo_credit_alone_in_brackets_is_a_caption() -> None:
    got = body(f"누리시, 봄꽃 축제 연다\n\n{LEAD}\n\n[누리일보 자료사진]\n\n{MORE}\n")
    assert got[1] == ("caption", "[누리일보 자료사진]")
    assert got[2] == ("paragraph", MORE)


def test_a_bracketed_subhead_is_no_photo_credit() -> None:
    got = body(f"누리시, 봄꽃 축제 연다\n\n{LEAD}\n\n[쟁점 정리]\n\n{MORE}\n")
    assert got[1] == ("subhead", "쟁점 정리")


def test_a_columns_name_before_its_number_in_parentheses_heads_the_headline() -> None:
    head = "한가람 세무사의 절세 노트 (7) 증여세, 미리 알면 줄인다 - 10년 단위로 나눠 주기"
    [item] = items(f"{head}\n\n{LEAD}\n\n{MORE}\n")
    assert item["headline"] == "한가람 세무사의 절세 노트 (7) 증여세, 미리 알면 줄인다"
    assert item["deck"] == ["10년 단위로 나눠 주기"]
    assert item["body"][0] == ("lead", LEAD)


def test_a_schedules_title_after_a_fortune_column_opens_an_item() -> None:
    fortune = "[말띠]\n54년생 귀인을 만난다.\n66년생 서두르지 말 것.\n78년생 지갑을 닫아라.\n\n"
    tv = "TV 편성표\nKBS2\n07:00 아침 뉴스\n09:00 생생 정보\n"
    tv += "SBS\n08:00 모닝 와이드\n10:00 맛집 기행\n"
    got = items(fortune + tv)
    assert [it["headline"] for it in got] == ["말띠", "TV 편성표", "KBS2", "SBS"]
    assert got[0]["body"][-1] == ("bullet", "78년생 지갑을 닫아라.")
    assert got[1]["body"] == []


def test_results_under_a_marked_subhead_stay_in_the_story_its_byline_closes() -> None:
    text = (
        f"누리FC, 원정서 3-0 완승\n{LEAD}\n{MORE}\n▽8일 전적\n누리FC 3-0 바다시티\n"
        "산골유나이티드 1-1 강변FC\n한가람 기자\n"
    )
    [item] = items(text)
    assert item["body"][2:] == [
        ("subhead", "8일 전적"),
        ("paragraph", "누리FC 3-0 바다시티"),
        ("paragraph", "산골유나이티드 1-1 강변FC"),
    ]
    assert [b[0] for b in item["bylines"]] == ["한가람"]


def test_dash_lines_under_the_headline_without_answers_are_the_deck() -> None:
    deck = "- 공방 50곳 한자리에\n- 이번 주말까지 누리광장\n"
    text = f"누리 도자기 축제 개막\n{deck}{LEAD}\n{MORE}\n한가람 기자\n"
    [item] = items(text)
    assert item["deck"] == ["공방 50곳 한자리에", "이번 주말까지 누리광장"]
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_dash_questions_answered_in_the_text_stay_questions() -> None:
    text = f"누리 도예가 한가람씨\n- 공방을 연 까닭은.\n{LEAD}\n- 다음 계획은.\n{MORE}\n"
    [item] = items(text)
    assert item["deck"] == []
    assert [kind for kind, _ in item["body"]][:2] == ["question", "answer"]


def test_a_listing_after_a_story_signed_above_its_lead_is_an_item() -> None:
    books = (
        "◆이달의 새 책\n△바람의 집(서누리 지음·누리출판)=섬마을 사계절 이야기. 1만5000원\n"
        "△골목의 밤(박하늘 지음·한결)=야시장 사람들의 기록. 1만7000원\n"
        "△엄마의 밥상(한결 지음·소금)=세 세대의 조리법. 2만원\n"
    )
    story = f"누리 도서관 새 단장\n글·사진=한가람 기자\n{LEAD}\n{MORE}\n"
    first, second = items(story + books)
    assert [kind for kind, _ in first["body"]] == ["lead", "paragraph"]
    assert second["headline"] == "이달의 새 책"
    assert [kind for kind, _ in second["body"]] == ["bullet", "bullet", "bullet"]


def test_explain_names_the_rules_of_the_eighth_round() -> None:
    ad = "오늘의 주요 뉴스\n\n▷ 수출 회복세 2면\n▷ 버스 노선 개편 5면\n▷ 꽃 축제 개막 9면\n\n"
    ad += "누리 센트럴\n\n잔여 세대 특별 분양\n\n전용 84㎡ 120세대\n\n분양문의 1588-0000\n"
    story = f"누리시, 봄꽃 축제 연다\n\n{LEAD}\n\n[누리일보 자료사진]\n\n{MORE}\n\n한가람 기자\n\n"
    fortune = "[말띠]\n54년생 귀인을 만난다.\n66년생 서두르지 말 것.\n\n"
    tv = "TV 편성표\nKBS2\n07:00 아침 뉴스\n09:00 생생 정보\n"
    dense = (
        f"누리 도서관 새 단장\n- 어린이 열람실 두 배로\n글·사진=한가람 기자\n{LEAD}\n{MORE}\n"
        "◆이달의 새 책\n△바람의 집(서누리 지음)=섬마을 이야기. 1만5000원\n"
        "△골목의 밤(박하늘 지음)=야시장 기록. 1만7000원\n△엄마의 밥상(한결 지음)=조리법. 2만원\n"
    )
    english = (
        "AGRICULTURE\n\nGrain elevator reopens after repairs\n\n"
        "The co-op spent $80,000 on the work.\n\nBy Ada Lindqvist\n\n"
        "DOVER — The grain elevator reopened on Monday after six weeks of repairs.\n"
    )
    box = "[오늘의 날씨] 맑음\n누리 지역은 맑겠다.\n지역\t오전\n누리\t맑음\n\n"
    box += "■ 로또 당첨번호\n2 9 14 21\n\n◆ 인기 도서\n1. 바람의 집\n2. 골목의 밤\n3. 엄마의 밥상\n"
    pages = [f"{story}{ad}", f"{fortune}{tv}", dense, english, box, BRIEFS]
    _, trace = explain_text("\f".join(pages))
    rules = " | ".join(trace.notes.values())
    for name in (
        "a classified ad after the item: short lines without a sentence over a contact",
        "units: photo credit alone in brackets",
        "listing: a title over a channel's label opens an item",
        "head: '- ' lines under the headline, no answer after them: the deck",
        "a marked heading over entries after a story signed above its lead",
        "head: English sentences between the headline and the byline over the text",
        "masthead: one English word in capitals over a headline is the section's label",
        "bylines: the English dateline 'PLACE —' before the lead is the byline's",
        "marked headline after a blank line under a table's rows",
        "article: a numbered ranking under its heading is no ad",
        "headline after a blank line, after a brief headed by a marked line",
    ):
        assert name in rules, name


def test_a_marked_headline_after_a_tables_rows_opens_the_next_box() -> None:
    weather = (
        "[오늘의 날씨] 맑고 포근\n누리 지역은 대체로 맑겠다.\n"
        "지역\t오전\t오후\n누리\t맑음\t맑음\n바다\t구름\t맑음\n\n"
    )
    lotto = "■ 제1200회 로또 당첨번호\n2 9 14 21 33 40 + 보너스 7\n1등 9명 각 28억원\n\n"
    fortune = "오늘의 운세\n\n말띠\n54년생 귀인을 만난다.\n66년생 서두르지 말 것.\n"
    got = items(weather + lotto + fortune)
    assert [it["headline"] for it in got] == [
        "[오늘의 날씨] 맑고 포근",
        "제1200회 로또 당첨번호",
        "오늘의 운세",
        "말띠",
    ]
    assert got[1]["body"] == [
        ("paragraph", "2 9 14 21 33 40 + 보너스 7"),
        ("paragraph", "1등 9명 각 28억원"),
    ]


def test_a_word_over_a_listings_entries_is_its_heading_not_the_pages_label() -> None:
    for first in ("▲한가람씨 별세, 서누리씨 모친상 = 3일, 누리장례식장, 발인 5일", "<국장급 전보>"):
        text = (
            f"부음\n\n{first}\n▲박하늘씨 별세 = 4일, 바다장례식장\n▲한결씨 별세 = 5일, 누리병원\n"
        )
        [page] = parse(text).pages
        assert page.label is None
        assert items(text)[0]["headline"] == "부음"


def test_a_numbered_ranking_under_a_marked_heading_is_no_ad() -> None:
    chart = (
        "◆ 이달의 인기 도서\n1. 바람의 집 / 서누리\n2. 골목의 밤 / 박하늘\n3. 엄마의 밥상 / 한결\n"
    )
    got = items(STORY + chart)
    assert got[1]["headline"] == "이달의 인기 도서"
    assert got[1]["body"] == [
        ("paragraph", "1. 바람의 집 / 서누리"),
        ("paragraph", "2. 골목의 밤 / 박하늘"),
        ("paragraph", "3. 엄마의 밥상 / 한결"),
    ]


def test_numbered_points_with_a_price_are_an_ads() -> None:
    ad = "◆ 봄맞이 할인\n1. 침대 29,900원\n2. 소파 49,900원\n3. 식탁 19,900원\n"
    got = items(STORY + ad)
    assert got[1]["blocks"] == [
        ("heading", "봄맞이 할인"),
        ("list", ["침대 29,900원", "소파 49,900원", "식탁 19,900원"]),
    ]


BRIEFS = (
    "사회\n사건 브리핑\n■ 주차 시비 끝에 이웃 폭행\n"
    "누리경찰서는 이웃을 때린 혐의로 A씨를 입건했다고 3일 밝혔다.\n"
    "■ 새벽 식당 화재\n3일 새벽 누리시의 한 식당에서 불이 나 10분 만에 꺼졌다.\n\n"
    '법원 "소음 보복 스피커는 스토킹"\n윗집에 소음을 낸 40대에게 유죄가 선고됐다.\n'
    "누리지법은 B씨에게 벌금 500만원을 선고했다고 3일 밝혔다.\n"
    "재판부는 반복된 소음이 공포를 줬다고 판단했다.\n/한가람 기자\n"
)


def test_a_headline_over_sentence_lines_after_a_marked_brief_is_the_next_item() -> None:
    got = items(BRIEFS)
    assert [it["headline"] for it in got] == [
        "사건 브리핑",
        "주차 시비 끝에 이웃 폭행",
        "새벽 식당 화재",
        '법원 "소음 보복 스피커는 스토킹"',
    ]
    assert [kind for kind, _ in got[3]["body"]] == ["lead", "paragraph", "paragraph"]
    assert [b[0] for b in got[3]["bylines"]] == ["한가람"]


def test_a_short_line_over_one_sentence_at_a_blocks_top_still_runs_on() -> None:
    got = body(f"누리시, 봄꽃 축제 연다\n\n{LEAD}\n\n찾아가는 길\n누리역에서 버스를 타고 내린다.\n")
    assert got == [("lead", LEAD), ("paragraph", "찾아가는 길 누리역에서 버스를 타고 내린다.")]
