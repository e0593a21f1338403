"""Decks and banks under a headline, on small made-up examples: deck lines broken over lines,
set with the headline or tight under it, marked info lines and ratings, kickers, title-case
banks, a head too long to be a deck, and the lead that is no deck. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.banks import WRAPPED_BANK
from reader.ingest.en_blocks import caps
from reader.ingest.head_end import TIGHT_DECK
from reader.ingest.kicker_heads import KICKER_HEAD
from reader.ingest.long_head import DECK_LINES, LONG_HEAD
from reader.ingest.over_its_head import HEAD_OVER_DECK
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import REGATTA
from tests.ingest.rule_pages import _text_articles as _articles
from tests.ingest.test_conventions import LEAD, MORE, items


def test_marked_info_lines_under_a_headline_stay_its_deck() -> None:
    text = (
        "[아침 인터뷰] “골목이 살아야 시장이 산다”\n"
        "■ 방송 : 누리FM ‘아침 광장’\n■ 진행 : 한가람 아나운서\n"
        "■ 대담 : 서누리 누리시장상인회장\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert len(items(text)) == 1


def test_a_rating_in_stars_under_the_info_line_is_deck_not_the_lead() -> None:
    text = (
        "[영화 톡] '누리섬'…파도가 지운 마을\n"
        "감독 한누리 | 출연 서가람 | 12세 관람가 | 101분\n"
        f"별점 ★★★☆☆\n\n{LEAD}\n\n{MORE}\n"
    )
    [item] = items(text)
    assert item["deck"][-1] == "별점 ★★★☆☆"
    assert item["body"][0] == ("lead", LEAD)


def test_a_deck_broken_over_lines_is_one_deck_entry() -> None:
    text = (
        "COUNCIL VOTES\nNEW WATER TAX\n\n"
        "Aldermen Approve Levy of Two Mills\nfor Repair of Reservoir\n\n"
        "The city council voted last night to raise the water tax by two mills to pay for "
        "repairs to the north reservoir.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Aldermen Approve Levy of Two Mills for Repair of Reservoir"]


def test_a_headline_over_its_deck_in_one_block_stays_apart() -> None:
    text = (
        "Harbor dredging set to begin in May\nChannel work to close Pier 3\n\n"
        "The port authority said dredging of the main channel will start on May 4 and take "
        "six weeks.\n"
    )
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (
        "Harbor dredging set to begin in May",
        ["Channel work to close Pier 3"],
    )


def test_a_deck_line_opening_on_a_preposition_goes_on_from_the_one_above() -> None:
    text = (
        "DAM GATES OPENED\nAS RIVER RISES\n"
        "Engineers Lower Lake Level\nAfter Two Days of Rain\n"
        "The gates of the Elk dam were opened last\nnight as the river rose two feet above\n"
        "its usual level, and engineers said the\nlake would be lowered by morning.\n"
        "Families along the lower road were told\nto watch the water through the night.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Engineers Lower Lake Level After Two Days of Rain"]


def test_a_lead_opening_on_a_preposition_is_not_joined_to_its_headline() -> None:
    text = (
        "Mayor resigns\nIn a letter to the council on Monday, Mayor Ruth Pell said she would\n"
        "step down at the end of the month to care for her mother in Elk Falls.\n"
        "Council members said they would name an acting mayor at the next\n"
        "meeting, set for the first Tuesday of June at the town hall.\n"
    )
    [item] = items(text)
    assert item["headline"] == "Mayor resigns"


def test_headings_over_rows_are_items_not_a_dozen_deck_lines() -> None:
    title, men, women, story = items(REGATTA)
    assert title["headline"] == "가람호 조정대회 결과" and title["deck"] == []
    assert men["headline"] == "남자 싱글스컬 (2000m)"
    assert men["body"] == [
        ("paragraph", "1위 한바다(누리시청) 7분02초"),
        ("paragraph", "2위 오가람(가람군청) 7분05초"),
        ("paragraph", "3위 조은별(나래대) 7분11초"),
    ]
    assert women["headline"] == "여자 더블스컬 (2000m)" and len(women["body"]) == 3
    assert story["headline"] == "누리시청, 싱글스컬 3연패" and story["deck"] == []
    assert story["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert story["bylines"] == [("한가람", "기자", None, None)]
    _, trace = explain_text(REGATTA)
    assert any(LONG_HEAD in why for why in trace.notes.values())


def test_every_deck_stays_a_few_lines() -> None:
    """The guard, whatever the page: no item's deck runs past a headline stack's size."""
    third = "\n\n경량급 싱글스컬 (1000m)\n1위 강별(나래대) 3분40초\n2위 서빛(누리시청) 3분44초"
    for text in (REGATTA, REGATTA.replace("\n\n누리시청,", third + "\n\n누리시청,")):
        for item in items(text):
            assert len(item["deck"]) < DECK_LINES


def test_a_deck_of_phrases_without_figures_stays_a_deck() -> None:
    """Lines without figures under a headline are its deck (or a poem), not rows."""
    deck = ["골목이 살아난다", "청년 가게 늘고", "임대료 부담 줄고", "손님도 돌아와"]
    text = "누리시 골목상권 되살리기\n\n" + "\n".join(deck) + "\n\n" + f"{LEAD}\n"
    [item] = items(text)
    assert item["headline"] == "누리시 골목상권 되살리기" and item["deck"] == deck


def test_a_deck_printed_with_its_headline_stays_the_deck() -> None:
    text = (
        "Harbor Dredging to Begin in May\nChannel work will close Pier 3\n\n"
        "Dredging of the harbor channel will begin May 4, the port authority said Monday.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Channel work will close Pier 3"]
    assert item["body"][0][0] == "lead"


def test_a_long_line_tight_under_the_headline_and_apart_from_the_text_is_the_deck() -> None:
    deck = "Record crowd at the Elm Park pavilion; matching gift from the Okafor family"
    text = f"Rotary auction raises $18,000\n{deck}\n\n{EN_LEAD}\n\n{EN_MORE}\n"
    edition, trace = explain_text(text)
    [story] = items(text)
    assert story["headline"] == "Rotary auction raises $18,000"
    assert story["deck"] == [deck]
    assert story["body"][0] == ("lead", EN_LEAD)
    assert TIGHT_DECK in trace.rule("p1-1", "deck.0")


def test_a_lead_wrapped_under_the_headline_stays_the_lead() -> None:
    """A line under the headline that goes on in the same block is the lead's first line."""
    text = (
        "Rotary auction raises $18,000\nThe Millbrook Rotary Club raised $18,000 at its\n"
        f"spring auction on Saturday night.\n\n{EN_MORE}\n"
    )
    [story] = items(text)
    assert story["deck"] == []
    assert story["body"][0][0] == "lead"


BANK = (
    "STRIKE VOTE TAKEN\n"
    "BY RAIL BROTHERHOODS\n\n"
    "Members Poll Their Lodges in Every\n"
    "Division on the Lake Line\n\n"
    "CLEVELAND, Sept. 12.—Members of the four brotherhoods began voting this afternoon.\n"
)


def test_a_title_case_bank_wrapped_on_two_lines_is_one_deck_entry() -> None:
    [story] = items(BANK)
    assert story["deck"] == ["Members Poll Their Lodges in Every Division on the Lake Line"]
    _, trace = explain_text(BANK)
    assert WRAPPED_BANK in trace.rule("p1-1")


def test_a_modern_headline_over_its_deck_stays_two_entries() -> None:
    text = (
        "Harbor Dredging Set to Begin in May\n"
        "Channel Work to Close Pier Three\n\n"
        "The port authority said work would last six weeks and cost $2 million in all.\n"
    )
    [story] = items(text)
    assert story["headline"] == "Harbor Dredging Set to Begin in May"


KICKED = (
    "[시 당선작] 항구의 저녁\n\n"
    "김바다\n\n"
    "저녁 항구에 배가 들고\n"
    "갈매기가 먼저 내려앉는다\n"
    "그물 냄새가 골목을 돌아\n"
    "우리 집 창까지 온다\n\n"
    "[당선소감] 오래 걸어온 문장들\n\n"
    "당선 소식을 들은 것은 퇴근길 버스 안이었다. 한참 동안 아무 말도 하지 못했다.\n"
)


def test_a_kicker_headline_after_a_poem_starts_an_item() -> None:
    got = items(KICKED)
    assert [i["headline"] for i in got] == [
        "[시 당선작] 항구의 저녁",
        "[당선소감] 오래 걸어온 문장들",
    ]
    _, trace = explain_text(KICKED)
    assert KICKER_HEAD in trace.rule("p1-2")


def test_a_kicker_line_under_a_headline_is_its_deck_and_in_a_listing_its_heading() -> None:
    deck = (
        "시청 앞 광장 새단장\n\n"
        "[현장] 분수대 다시 물 뿜는다\n\n"
        "시청 앞 광장이 석 달 공사를 마치고 23일 다시 문을 열었다.\n"
    )
    [story] = items(deck)
    assert story["headline"] == "시청 앞 광장 새단장"
    listing = (
        "[인사] 한빛시\n\n▲기획조정실장 김하나 ▲총무과장 이두리\n\n"
        "[인사] 한빛교육청\n\n▲행정국장 박세라\n"
    )
    got = items(listing)
    assert [i["headline"] for i in got] == ["[인사] 한빛시", "[인사] 한빛교육청"]


DATED_BANK = (
    "BRIDGE BIDS OPENED\n"
    "The county opened bids for the new bridge today.\n\n"
    "MILL BURNS\n"
    "AT EASTON\n"
    "Loss Placed at $9,000; Ten\n"
    "Men Out of Work\n"
    "EASTON, O., March 14.—Fire de-\n"
    "stroyed the planing mill of the Eas-\n"
    "ton Lumber company early today.\n"
)


def test_a_title_case_bank_over_the_leads_dateline_is_the_deck() -> None:
    story = items(DATED_BANK)[1]
    assert story["headline"] == "MILL BURNS AT EASTON"
    assert story["deck"] == ["Loss Placed at $9,000; Ten Men Out of Work"]
    assert story["body"][0][1].startswith("EASTON, O., March 14.—Fire destroyed")


def test_a_lead_in_title_case_words_over_no_dateline_stays_the_lead() -> None:
    text = (
        "BRIDGE BIDS OPENED\n"
        "The county opened bids for the new bridge today.\n\n"
        "MILL BURNS\n"
        "AT EASTON\n"
        "Fire Chief Amos Hale Says the Loss\n"
        "is about $9,000 and ten men are out of work.\n"
    )
    story = items(text)[1]
    assert story["deck"] == []


FIRST = (
    "[마감 시황] 금값 사흘째 강세\n"
    "국제 금값이 사흘 연속 올라 온스당 2,900달러를 넘었다. 안전자산 선호가 이어졌다.\n\n"
)


def test_two_short_lines_in_one_block_are_a_headline_and_its_deck() -> None:
    text = (
        f"{FIRST}저축은행 예금금리 다시 올라\n79개 저축은행 평균 연 3.4%\n\n"
        "[솔빛일보 하도윤 기자] 저축은행의 예금금리가 다시 오름세로 돌아섰다.\n\n"
        "업계는 연말 자금 수요에 대비한 것이라고 설명했다.\n"
    )
    _, trace = explain_text(text)
    first, second = items(text)
    assert first["headline"] == "[마감 시황] 금값 사흘째 강세"
    assert second["headline"] == "저축은행 예금금리 다시 올라"
    assert second["deck"] == ["79개 저축은행 평균 연 3.4%"]
    assert second["bylines"][0][:2] == ("하도윤", "기자")
    assert trace.rule("p1-2").startswith(f"items: {HEAD_OVER_DECK}")


def test_two_short_lines_apart_are_no_headline_and_deck_pair() -> None:
    # A blank line between: the first is a title of its own or a subhead, not this rule's.
    text = (
        f"{FIRST}저축은행 예금금리 다시 올라\n\n79개 저축은행 평균 연 3.4%\n\n"
        "저축은행의 예금금리가 다시 오름세로 돌아섰다.\n"
    )
    _, trace = explain_text(text)
    assert all(HEAD_OVER_DECK not in why for why in trace.notes.values())


def test_a_quotation_row_under_a_headline_is_no_deck() -> None:
    rows = "Wheat, Sept. 1.46 1.49 1.45¾ 1.48½\nWheat, Dec. 1.50 1.52\n"
    page = f"Market Report\n\nWHEAT PRICES.\n{rows}"
    assert not any("Wheat" in d.text for a in _articles(page) for d in a.deck)


def test_a_list_of_winners_under_the_headline_is_the_deck_not_one_persons_line() -> None:
    # one person named under the headline is the subheadline; several, a line each, a list
    text = (
        "과학 경시대회 수상자 발표\n"
        "대상 김민수 교사\n"
        "최우수상 이영희 교사\n"
        "우수상 박철수 교사\n\n"
        "한빛시 교육청은 5일 제12회 과학 경시대회 지도교사 수상자를 발표했다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] is None
    assert item["deck"] == ["대상 김민수 교사", "최우수상 이영희 교사", "우수상 박철수 교사"]


def test_a_stacked_capitals_head_with_a_mc_name_is_one_headline() -> None:
    # the small 'c' of 'McLAREN' set in a line of capitals keeps the line in capitals
    text = f"BIG McLAREN TAKES\nTITLE AT ARMORY\n\n{EN_LEAD}\n\n{EN_MORE}\n"
    [item] = items(text)
    assert item["headline"] == "BIG McLAREN TAKES TITLE AT ARMORY"
    assert not item["deck"]


def test_a_title_case_line_with_a_mc_name_is_no_line_in_capitals() -> None:
    # the near miss: only the 'c' after 'M' is forgiven, not a word in lower case
    assert caps("BIG McLAREN TAKES")
    assert not caps("Big McLaren Takes")
    assert not caps("BIG Mclaren TAKES")


CROSSLINE = (
    "MILL HANDS WALK OUT\n"
    "AT RIVERSIDE PLANT\n\n"
    "OWNERS REFUSE TO MEET\n\n"
    "{bank}\n\n"
    "Eight hundred spinners left the Riverside mill at noon yesterday when the notice of\n"
    "a cut in pay was posted at the gate.\n"
)
WRAPPED = "Pastor Offers Church Hall for Talks\nBetween Spinners and Owners; Gates\nQuiet"


def test_a_bank_the_column_wrapped_under_a_crossline_is_one_deck() -> None:
    [story] = items(CROSSLINE.format(bank=WRAPPED))
    assert story["deck"][-1] == (
        "Pastor Offers Church Hall for Talks Between Spinners and Owners; Gates Quiet"
    )


def test_short_head_lines_broken_by_hand_stay_a_headline_and_its_decks() -> None:
    # 'Pastor Offers' fits after 'Quiet Night': the lines were broken by hand
    [story] = items(CROSSLINE.format(bank="Quiet Night at Gates\nPastor Offers Hall\nNo Talks"))
    assert story["deck"][-3:] == ["Quiet Night at Gates", "Pastor Offers Hall", "No Talks"]
