"""What every new paper's first run missed (issue 14, fifteenth round): a page is never one
giant item, a section label over a headline stack, a newsletter's nameplate without a full
date. Each on a small made-up example of its own; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.label import ISSUER, OVER_A_STACK
from reader.ingest.long_head import DECK_LINES, LONG_HEAD
from reader.ingest.masthead_en import _PARTS_RULE
from tests.ingest.outline import outline
from tests.ingest.test_conventions import LEAD, MORE, items, parse

# --- a head too long to be a deck: headings over their rows -----------------------------

REGATTA = (
    "가람호 조정대회 결과\n\n"
    "남자 싱글스컬 (2000m)\n1위 한바다(누리시청) 7분02초\n2위 오가람(가람군청) 7분05초\n"
    "3위 조은별(나래대) 7분11초\n\n"
    "여자 더블스컬 (2000m)\n1위 박하늘·문누리(누리시청) 7분31초\n"
    "2위 최나래·강별(가람군청) 7분40초\n"
    "3위 윤솔·서빛(나래대) 7분52초\n\n"
    "누리시청, 싱글스컬 3연패\n\n"
    f"{LEAD}\n\n{MORE}\n\n한가람 기자\n"
)


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


# --- the page's section label over a headline stack --------------------------------------

ELECTION = (
    "4·10 누리시장 보궐선거\n\n\n"
    "한누리 후보 당선… 2위와 1,204표 차이로 승리\n\n\n"
    "재개발 공약 앞세워\n\n\n"
    f"{LEAD}\n"
)


def test_a_short_first_line_over_a_headline_with_a_shorter_deck_is_the_label() -> None:
    [page] = outline(parse(ELECTION))
    assert page["section"] == "4·10 누리시장 보궐선거" and not page["inferred"]
    [story] = page["items"]
    assert story["headline"] == "한누리 후보 당선… 2위와 1,204표 차이로 승리"
    assert story["deck"] == ["재개발 공약 앞세워"]
    _, trace = explain_text(ELECTION)
    assert trace.rule("p1") == OVER_A_STACK


def test_a_short_headline_over_a_longer_deck_is_no_label() -> None:
    """Without a label's marks (a date's figures, '·') the short line is the headline."""
    text = f"누리 골목 살리기\n\n청년 상인 임대료 지원 두 배로\n\n시 예산 40억 원 편성\n\n{LEAD}\n"
    [page] = outline(parse(text))
    assert page["inferred"]
    assert page["items"][0]["headline"] == "누리 골목 살리기"


def test_a_word_over_a_title_over_results_is_the_label() -> None:
    [page] = outline(parse("조정\n\n" + REGATTA))
    assert page["section"] == "조정"
    assert page["items"][0]["headline"] == "가람호 조정대회 결과"


# --- newsletters' nameplates without a full date ------------------------------------------

BULLETIN = (
    "The Harbor Lantern\n"
    "Bulletin of the Cove Point Sailing Club | October 2026 | Issue 212\n\n"
    "Haul-Out Day Set for Saturday\n\n"
    "Members will haul out the club's dinghies on Saturday. Bring gloves and a lunch.\n"
)


def test_a_nameplate_over_its_parts_with_an_issue_and_a_month_is_a_masthead() -> None:
    edition, trace = explain_text(BULLETIN)
    m = edition.masthead
    assert m is not None and (m.paper, m.issue, m.date) == ("The Harbor Lantern", 212, None)
    assert trace.rule("edition", "masthead") == _PARTS_RULE
    [page] = outline(edition)
    assert page["items"][0]["headline"] == "Haul-Out Day Set for Saturday"


def test_a_line_of_parts_without_an_issue_is_no_masthead() -> None:
    text = BULLETIN.replace(" | Issue 212", "")
    assert parse(text).masthead is None


def test_a_korean_newsletter_with_a_dotted_date_and_its_weekday() -> None:
    text = f"누리동 소식\n2026. 9. 3.(목) 제 41 호\n\n누리동 경로당 새 단장\n\n{LEAD}\n"
    m = parse(text).masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == ("누리동 소식", 41, "2026-09-03", "목요일")


def test_a_dotted_date_without_its_weekday_is_no_masthead_field() -> None:
    text = f"누리동 소식\n2026. 9. 3.\n\n누리동 경로당 새 단장\n\n{LEAD}\n"
    assert parse(text).masthead is None


# --- smaller kinds ----------------------------------------------------------------------

NOTICE_WITH_CONTACT = (
    f"누리시 새 청사 착공\n{LEAD}\n한가람 기자\n"
    "누리문화센터 가을 강좌 안내\n"
    "가을 강좌는 9월 1일부터 12월 20일까지 열린다.\n"
    "▲수채화 (화요일 오전 10시)\n▲서예 (목요일 오후 2시)\n▲요가 (토요일 오전 9시)\n"
    "문의 누리문화센터 031-555-0100\n"
    f"가람시 도서관 야간 개방\n{LEAD}\n"
)


def test_a_contact_line_after_entries_closes_the_listing() -> None:
    story, notice, other = items(NOTICE_WITH_CONTACT)
    assert notice["headline"] == "누리문화센터 가을 강좌 안내"
    assert notice["body"][-1] == ("paragraph", "문의 누리문화센터 031-555-0100")
    assert other["headline"] == "가람시 도서관 야간 개방"


def test_a_signature_after_a_caption_and_its_credit_is_the_byline() -> None:
    text = (
        f"[옛길 이야기] 고개 너머 주막터\n\n{LEAD}\n\n{MORE}\n\n"
        "누리고개 주막터에 남은 우물.\nⓒ 조은별\n\n조은별 향토사학자\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("조은별", "향토사학자", None, None)]
    assert item["body"][-1] == ("caption", "누리고개 주막터에 남은 우물.\nⓒ 조은별")


def test_a_caption_credited_without_a_slash() -> None:
    caption = "8일 누리시장 채소 골목에서 시민들이 나물을 고르고 있다. 누리시 제공"
    text = f"누리시장 봄나물 인기\n\n{LEAD}\n\n{caption}\n"
    [item] = items(text)
    assert item["body"][-1] == ("caption", caption)


def test_a_sentence_ending_in_a_word_before_jegong_is_no_caption() -> None:
    """'제공' closing a sentence ('… 제공한다.') is prose, whatever precedes it."""
    text = f"누리시 식품 지원\n\n{LEAD} 시는 쌀을 무료로 제공\n"
    [item] = items(text)
    assert all(kind != "caption" for kind, _ in item["body"])


def test_keyed_entries_with_a_number_or_two_words_are_bullets() -> None:
    text = (
        f"누리시 시내버스 개편\n\n{LEAD}\n\n바뀌는 노선\n\n"
        "▷ 12번: 누리역∼가람동 하루 10회→14회\n▷ 순환 3번: 배차 간격 20분→12분\n\n"
        f"{MORE}\n"
    )
    [item] = items(text)
    assert item["body"][2:4] == [
        ("bullet", "12번: 누리역∼가람동 하루 10회→14회"),
        ("bullet", "순환 3번: 배차 간격 20분→12분"),
    ]


# --- minutes: the issuer's name, a first subhead tight on its text ---------------------------

MINUTES = (
    "TOWN OF BIRCH FALLS\n"
    "SPECIAL MEETING OF THE BOARD OF SELECTMEN\n"
    "MINUTES — Monday, May 4, 2026\n\n"
    "Opening\n"
    "Chair Ruth Abernathy opened the meeting at 6:30 p.m. in the Town Hall annex.\n\n"
    "Budget Transfer\n"
    "The board voted 3-0 to move $12,000 from the snow account to road repairs.\n"
)


def test_a_public_bodys_name_over_its_documents_title_is_the_label() -> None:
    edition, trace = explain_text(MINUTES)
    [page] = outline(edition)
    assert page["section"] == "TOWN OF BIRCH FALLS"
    [item] = page["items"]
    assert item["headline"] == "SPECIAL MEETING OF THE BOARD OF SELECTMEN"
    assert item["deck"] == ["MINUTES — Monday, May 4, 2026"]
    assert trace.rule("p1") == ISSUER


def test_a_line_apart_from_the_head_and_tight_on_its_text_is_the_first_subhead() -> None:
    [page] = outline(parse(MINUTES))
    [item] = page["items"]
    kinds = [kind for kind, _ in item["body"]]
    assert kinds == ["subhead", "paragraph", "subhead", "paragraph"]
    assert item["body"][0] == ("subhead", "Opening")


def test_a_deck_printed_with_its_headline_stays_the_deck() -> None:
    text = (
        "Harbor Dredging to Begin in May\nChannel work will close Pier 3\n\n"
        "Dredging of the harbor channel will begin May 4, the port authority said Monday.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Channel work will close Pier 3"]
    assert item["body"][0][0] == "lead"


def test_a_name_and_title_under_a_complimentary_close_is_the_byline() -> None:
    text = MINUTES + "\nRespectfully submitted,\nDaniel Osei, Town Clerk\n"
    [item] = items(text)
    assert item["bylines"] == [("Daniel Osei", "Town Clerk", None, None)]
    assert item["body"][-1] == ("paragraph", "Respectfully submitted,")


def test_a_name_and_title_without_a_close_above_is_text() -> None:
    text = MINUTES + "\nThe board thanked the road crew.\nDaniel Osei, Town Clerk\n"
    [item] = items(text)
    assert item["bylines"] == []


# --- an English schedule keyed by weekday and time; a call sign is no figure -----------------

BULLETIN_PAGE = (
    BULLETIN
    + "\nMeeting Times\n"
    + "Tuesday 7:00 p.m. — Board meeting, clubhouse\n"
    + "Thursday 6:30 p.m. — Rigging clinic, dock B\n\n"
    + "In Memory: Walt Brennan, K2WB\n"
    + "Walt Brennan, a member since 1979, died Sept. 30 at age 91. He built the club's dock.\n"
)


def test_weekday_and_time_entries_under_a_title_are_a_listing() -> None:
    story, schedule, memory = items(BULLETIN_PAGE)
    assert schedule["headline"] == "Meeting Times"
    assert schedule["body"] == [
        ("bullet", "Tuesday 7:00 p.m. — Board meeting, clubhouse"),
        ("bullet", "Thursday 6:30 p.m. — Rigging clinic, dock B"),
    ]
    assert memory["headline"] == "In Memory: Walt Brennan, K2WB"
    assert memory["body"][0][0] == "lead"


def test_a_label_before_figures_is_still_a_box_score_row() -> None:
    text = (
        "Prep Basketball\n\nDOVER (47): Ruiz 15, Lamb 11, Ortiz 9\nWESTON (40): Kell 20, Ames 8\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["paragraph", "paragraph"]


def test_a_bracketed_label_over_a_team_a_title_and_a_name_is_the_subheadline() -> None:
    text = (
        '누리 FC 주장 한바다 "올해는 승격이 목표"\n\n[인터뷰] 누리 FC 주장 한바다\n\n'
        f"{LEAD}\n\n문: 올해 목표는.\n\n답: 승격이다. 선수들이 잘 준비했다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] == "[인터뷰] 누리 FC 주장 한바다"
    assert item["deck"] == []


def test_a_bracketed_label_over_a_phrase_stays_a_deck() -> None:
    text = f"누리 FC 승격 도전\n\n[현장] 개막전 앞둔 훈련장 풍경\n\n{LEAD}\n"
    [item] = items(text)
    assert item["subheadline"] is None
    assert item["deck"] == ["[현장] 개막전 앞둔 훈련장 풍경"]


def test_an_announcement_that_introduces_its_list_keeps_it() -> None:
    text = (
        "[알림] 누리재단 올해 장학생 선발\n\n"
        "누리재단은 올해 장학생 12명을 선발했다고 3일 밝혔다. 명단은 다음과 같다.\n\n"
        "<대학생>\n▲공학 한바다(누리대) 오가람(가람대)\n▲인문 조은별(나래대)\n\n"
        "<고교생>\n▲누리고 박하늘\n▲가람고 문누리\n"
    )
    [item] = items(text)
    assert item["headline"] == "[알림] 누리재단 올해 장학생 선발"
    kinds = [kind for kind, _ in item["body"]]
    assert kinds == ["lead", "subhead", "bullet", "bullet", "subhead", "bullet", "bullet"]


def test_a_title_over_a_list_after_a_finished_story_still_opens_an_item() -> None:
    text = (
        f"누리시 새 청사 착공\n\n{LEAD}\n\n"
        "이번 주 당직 약국\n▲누리약국(누리동)\n▲가람약국(가람동)\n▲나래약국(나래동)\n"
    )
    story, pharmacies = items(text)
    assert pharmacies["headline"] == "이번 주 당직 약국"


def test_a_shops_name_over_its_prices_and_discounts_is_a_heading_over_a_list() -> None:
    text = (
        f"누리시장 봄맞이\n\n{LEAD}\n\n한가람 기자\n\n"
        "봄맞이 대잔치\n누리정육점\n돼지 삼겹살 100g 2,300원\n양념갈비 세트 15% 할인\n"
        "매장 누리시 장터길 5\n전화 031-555-0199\n"
    )
    story, ad = items(text)
    assert ad["title"] == "봄맞이 대잔치"
    assert ad["blocks"][0] == ("heading", "누리정육점")
    assert ad["blocks"][1] == ("list", ["돼지 삼겹살 100g 2,300원", "양념갈비 세트 15% 할인"])
    assert ad["blocks"][2] == ("paragraph", "매장 누리시 장터길 5")


def test_table_rows_ending_in_a_discount_stay_rows_of_the_table() -> None:
    """A row of cells (tabs between) is a table's, whatever its last cell ends in."""
    text = (
        f"누리시장 봄맞이\n\n{LEAD}\n\n한가람 기자\n\n"
        "누리CC 회원모집\n구분\t금액\t혜택\n"
        "정회원\t780\t그린피 50% 할인\n주중회원\t450\t그린피 30% 할인\n"
        "전화 031-555-0199\n"
    )
    story, ad = items(text)
    kinds = [block[0] for block in ad["blocks"]]
    assert "list" not in kinds and "table" in kinds, ad["blocks"]


def test_lettered_items_in_order_are_a_list() -> None:
    text = MINUTES + (
        "\nOld Business\n"
        "a. Ordinance 26-01, second reading, on dog licences. Motion carried 3-0.\n"
        "b. Resolution 2026-02, naming the harbor road. Tabled to June.\n"
    )
    [item] = items(text)
    assert item["body"][-2:] == [
        ("bullet", "a. Ordinance 26-01, second reading, on dog licences. Motion carried 3-0."),
        ("bullet", "b. Resolution 2026-02, naming the harbor road. Tabled to June."),
    ]


def test_one_lettered_line_is_no_list() -> None:
    text = MINUTES + "\nOld Business\nb. Resolution 2026-02, naming the harbor road. Tabled.\n"
    [item] = items(text)
    assert item["body"][-1][0] == "paragraph"
