"""What every new paper's first run missed (issue 14, nineteenth round): a desk's name over
the page's first headline, a deck tight under an English headline, a listing's bracketed
title after a story. Each on a small made-up example of its own; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_keyed import KEYED_LIST
from reader.ingest.article import BOX_TITLE
from reader.ingest.closings import SIGNED_RULE
from reader.ingest.entries import AFTER_ENTRIES
from reader.ingest.head_end import TIGHT_DECK
from reader.ingest.label_desk import DESK_OVER_TIGHT_HEAD, EN_DESK
from reader.ingest.listing_start import LISTING_AFTER_STORY
from reader.model import Ad, ListBlock
from tests.ingest.outline import outline
from tests.ingest.test_conventions import LEAD, MORE, items, parse

HEAD = "누리시 골목상권 지원 두 배로 늘린다"

# --- a desk's name over the page's first headline -----------------------------------------


def test_a_short_name_set_apart_over_a_headline_tight_on_its_lead_is_the_label() -> None:
    text = f"누리 복지관 소식\n\n{HEAD}\n{LEAD}\n{MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "누리 복지관 소식"
    [story] = items(text)
    assert story["headline"] == HEAD
    assert story["deck"] == []
    assert DESK_OVER_TIGHT_HEAD in trace.rule("p1")


def test_a_headline_set_apart_from_its_deck_and_lead_stays_the_headline() -> None:
    """The line under the first one is as short as a headline's deck: no label."""
    text = f"누리 복지관 새 단장\n\n복지관 3월 문 연다\n{LEAD}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None


def test_a_name_joined_by_an_ampersand_over_a_columns_headline_is_the_label() -> None:
    column = "[한누리의 산길 일기] (3) 봄 능선 걷기 - 바람부터 읽는다"
    text = f"여행 & 레저\n\n\n{column}\n\n\n{LEAD}\n\n\n{MORE}\n"
    edition, _ = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "여행 & 레저"
    [story] = items(text)
    assert story["headline"] == "[한누리의 산길 일기] (3) 봄 능선 걷기"
    assert story["deck"] == ["바람부터 읽는다"]


EN_LEAD = "The Millbrook Rotary Club raised $18,000 at its spring auction on Saturday night."
EN_MORE = "Organizers said the money will pay for new playground equipment at Elm Park."


def test_a_section_name_in_capitals_over_a_headline_not_in_capitals_is_the_label() -> None:
    text = f"COMMUNITY NEWS\n\nRotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "COMMUNITY NEWS"
    [story] = items(text)
    assert story["headline"] == "Rotary auction raises $18,000"
    assert EN_DESK in trace.rule("p1")


def test_a_headline_in_capitals_over_its_bank_is_no_label() -> None:
    """Capitals not ending on a desk's word ('… FLOOD') are a headline over its bank."""
    text = f"RIVER TOWNS FLOOD\n\nHundreds leave their homes\n\n{EN_LEAD}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None


def test_a_desk_name_in_capitals_on_a_page_without_blank_lines_is_the_label() -> None:
    text = f"PARISH NEWS\nBake sale moves to the hall\n{EN_LEAD}\n{EN_MORE}\n"
    edition, _ = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "PARISH NEWS"


# --- a deck tight under an English headline ------------------------------------------------


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


# --- a listing's bracketed title after a story ---------------------------------------------

LISTING = (
    "[인사] 누리시\n<국장급>\n▲기획조정실장 한가람 ▲복지국장 이나래\n<과장급>\n▲총무과장 박새롬"
)


def test_a_bracketed_title_over_groups_of_entries_after_a_story_opens_a_listing() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{LISTING}\n"
    edition, trace = explain_text(text)
    story, listing = items(text)
    assert story["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert listing["headline"] == "[인사] 누리시"
    assert listing["body"][0] == ("subhead", "국장급")
    assert ("bullet", "총무과장 박새롬") in listing["body"]
    assert LISTING_AFTER_STORY in trace.rule("p1-2")


def test_a_bracketed_title_over_prose_after_a_story_is_no_listing() -> None:
    """'[알림] 제목' over sentences is a notice (an article), not opened by this rule."""
    text = f"{HEAD}\n\n{LEAD}\n\n[해설] 지원 늘린 까닭\n{MORE}\n\n한누리 기자\n"
    edition, trace = explain_text(text)
    assert all(LISTING_AFTER_STORY not in trace.rule(f"p1-{k}") for k in (1, 2))


# --- English bylines and signatures -------------------------------------------------------

NOTE = "Thank you all for a fine season. Dues for next year are owed by June 1."


def test_a_by_line_with_any_title_after_its_comma_closes_the_story() -> None:
    text = (
        f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\n"
        f"By Odile Banerjee, Club Communications\n\n\nThe Week Ahead\n\n{EN_MORE}\n"
    )
    story, nxt = items(text)
    assert story["bylines"] == [("Odile Banerjee", "Club Communications", None, None)]
    assert nxt["headline"] == "The Week Ahead"


def test_a_name_comma_title_alone_under_the_last_sentence_signs_the_note() -> None:
    text = (
        f"From the Chair\n\n{NOTE}\n\n{EN_MORE}\n\nHenrietta Vos, Chair\n\n"
        f"Bake Sale Moves Indoors\n\n{EN_LEAD}\n"
    )
    edition, trace = explain_text(text)
    note, nxt = items(text)
    assert note["bylines"] == [("Henrietta Vos", "Chair", None, None)]
    assert nxt["headline"] == "Bake Sale Moves Indoors"
    assert SIGNED_RULE in trace.rule("p1-1", "byline.0")


def test_a_name_comma_title_over_text_is_no_signature() -> None:
    """Not under a finished sentence: the line heads what follows."""
    text = f"Henrietta Vos, Chair\n\n{NOTE}\n"
    [item] = items(text)
    assert item["bylines"] == []


def test_answers_by_a_name_under_a_q_and_a_is_its_byline() -> None:
    qa = "Q. When should I prune roses?\nA. In early spring, before new growth starts."
    dates = [
        "May 2, 10 a.m. — Seed swap at the library; bring seeds in labelled envelopes",
        "May 9, 9 a.m. — Plant sale on the town green; volunteers meet at the gazebo",
    ]
    listed = "".join(f"* {d}\n" for d in dates)
    signed = "Answers by Ivo Brandt, Master Gardener"
    text = f"Ask the Gardener\n\n{qa}\n\n{signed}\n\nCalendar\n\n{listed}"
    qa_item, calendar = items(text)
    assert qa_item["bylines"] == [("Ivo Brandt", "Master Gardener", None, None)]
    assert calendar["headline"] == "Calendar"
    assert calendar["body"] == [("bullet", d) for d in dates]


# --- Q. and A. on consecutive lines -------------------------------------------------------


def test_an_answer_on_the_line_under_its_question_is_its_own_turn() -> None:
    text = (
        "Ask the Gardener\n\nQ. When should I prune roses?\nA. In early spring, before new"
        " growth starts.\nQ. And hydrangeas?\nA. Right after they bloom.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]
    assert item["body"][1] == ("answer", "In early spring, before new growth starts.")


def test_an_initial_inside_a_wrapped_line_stays_text() -> None:
    """'A. Smith' under a line that asks nothing is a name's initial."""
    wrapped = "The auction was run by\nA. Smith and his daughters."
    text = f"Rotary auction raises $18,000\n\n{wrapped}\n\n{EN_MORE}\n"
    [item] = items(text)
    assert item["body"][0] == ("lead", "The auction was run by A. Smith and his daughters.")


# --- a person line under a headline, a box score after a story ----------------------------


def test_what_a_person_is_then_their_name_and_ssi_under_a_headline_is_the_subheadline() -> None:
    text = f"{HEAD}\n\n올해 누리시 9급 공채 수석 합격 한가람 씨\n\n{LEAD}\n"
    [item] = items(text)
    assert item["subheadline"] == "올해 누리시 9급 공채 수석 합격 한가람 씨"
    assert item["deck"] == []


BOX = "Herons\tAB\tR\tH\nVale cf\t4\t1\t2\nRusk ss\t3\t0\t1"


def test_a_games_score_tight_over_its_box_score_after_the_story_is_an_item() -> None:
    story_text = f"Herons edge Larks 3-2\n\n{EN_LEAD}\n\n{EN_MORE}\n\n"
    text = f"{story_text}Herons 3, Larks 2\n{BOX}\n"
    edition, trace = explain_text(text)
    story, box = items(text)
    assert story["body"] == [("lead", EN_LEAD), ("paragraph", EN_MORE)]
    assert box["headline"] == "Herons 3, Larks 2"
    assert box["body"][0] == ("paragraph", "Herons\tAB\tR\tH")
    assert BOX_TITLE in trace.rule("p1-2", "headline")


def test_a_score_line_among_a_storys_results_stays_text() -> None:
    """A score line with no table's rows under it is no box's title."""
    text = f"Herons edge Larks 3-2\n\n{EN_LEAD}\n\nHerons 3, Larks 2\n\n{EN_MORE}\n"
    [story] = items(text)
    assert ("paragraph", "Herons 3, Larks 2") in story["body"]


# --- a note under a run of entries; a calendar's dated entries ---------------------------

EVENTS = [
    "Monday, May 4, 6 p.m. — Knitting Circle (Room A)",
    "Thursday, May 7, 10 a.m. — Baby Rhyme Time with Mr. Osei",
    "Saturday, May 9, 2 p.m. — Chess Club",
]


def test_a_sentence_under_one_line_entries_is_a_note_not_the_last_entrys_wrap() -> None:
    listed = "".join(f"• {e}\n" for e in EVENTS)
    text = f"Coming Up\n{listed}Sign up at the front desk or call 555-0199.\n"
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["body"][-2:] == [
        ("bullet", EVENTS[-1]),
        ("paragraph", "Sign up at the front desk or call 555-0199."),
    ]
    assert AFTER_ENTRIES in trace.rule("p1-1", "body.3")


def test_a_wrapped_last_entry_still_goes_on() -> None:
    """Lower case goes on the entry above: no sentence of its own."""
    listed = "".join(f"• {e}\n" for e in EVENTS)
    text = f"Coming Up\n{listed}and a snack table for players.\n"
    [item] = items(text)
    assert item["body"][-1] == ("bullet", f"{EVENTS[-1]} and a snack table for players.")


def test_a_contact_line_under_a_listings_entries_is_its_own_paragraph() -> None:
    rows = (
        "△요가 교실: 매주 화요일 오전 10시, 성인\n△목공 교실: 매주 목요일 오후 2시, 중학생\n"
        "△합창 교실: 매주 토요일 오전 11시, 가족 단위\n"
    )
    text = f"{HEAD}\n\n{LEAD}\n한누리 기자\n\n이달의 강좌\n{rows}문의 누리복지관 ☎ 061-123-4567\n"
    edition, trace = explain_text(text)
    story, listing = items(text)
    assert listing["body"][-1] == ("paragraph", "문의 누리복지관 ☎ 061-123-4567")
    assert AFTER_ENTRIES in trace.rule("p1-2", "body.3")


def test_a_head_over_its_by_line_on_a_page_without_blank_lines_opens_a_story() -> None:
    text = (
        f"Rotary auction raises $18,000\n{EN_LEAD}\n{EN_MORE}\n"
        f"From the Chair\nBy Henrietta Vos\nClub Chair\n{EN_LEAD}\n"
    )
    story, note = items(text)
    assert note["headline"] == "From the Chair"
    assert note["bylines"] == [("Henrietta Vos", "Club Chair", None, None)]
    assert story["bylines"] == []


# --- a notice signed by the head of the body that issues it -------------------------------


def test_a_body_title_and_name_under_a_notice_is_its_byline() -> None:
    notice = "누리농협 정기총회를 3월 27일 본점에서 엽니다. 대의원께서는 참석해 주시기 바랍니다."
    text = f"[알림] 정기총회 개최\n{notice}\n누리농협 조합장 한가람\n"
    [item] = items(text)
    assert item["bylines"] == [("한가람", "누리농협 조합장", None, None)]
    assert item["body"] == [("lead", notice)]


# --- a donor list is no ad -----------------------------------------------------------------

DONORS = (
    "Our Thanks to Donors\n\nThe library thanks everyone who gave between May 1 and June 30.\n\n"
    "$5,000 and above\nMiriam & Theo Ashgrove\nBeacon Hill Savings\n\n"
    "$1,000 to $4,999\nCalloway Hardware\nThe Pruitt Family\n\n"
    "$100 to $999\nJune Okafor\nDel Ray Bakery\n\n"
    "Please report any error to 555-0187.\n"
)


def test_a_list_of_names_under_ranges_of_gifts_is_an_article_not_an_ad() -> None:
    edition = parse(DONORS)
    [item] = edition.pages[0].items
    assert not isinstance(item, Ad)
    assert outline(edition)[0]["items"][0]["headline"] == "Our Thanks to Donors"


def test_prices_of_goods_on_short_lines_still_make_an_ad() -> None:
    text = "Spring Clearance\n\nGarden hose $12\nRake $9 to $15\nCall 555-0123\n"
    [item] = parse(text).pages[0].items
    assert isinstance(item, Ad)


# --- an ad's 'label: value' lines ------------------------------------------------------------

DETAILS = [
    "기간: 8월 3일~8월 7일(4박 5일)",
    "대상: 초등학교 5~6학년 40명",
    "참가비: 15만원",
    "신청: 7월 20일까지",
]


def test_label_value_lines_one_under_another_in_an_ad_are_a_list() -> None:
    text = (
        "2026 여름 누리 과학캠프 참가자 모집\n" + "\n".join(DETAILS) + "\n누리과학관 061-555-0123\n"
    )
    edition, trace = explain_text(text)
    [ad] = edition.pages[0].items
    assert isinstance(ad, Ad)
    lists = [b for b in ad.blocks if isinstance(b, ListBlock)]
    assert [[t.text for t in b.items] for b in lists] == [DETAILS]
    assert KEYED_LIST in trace.rule("p1-1", "blocks.0.items.0")


def test_two_label_value_lines_stay_paragraphs() -> None:
    text = (
        "2026 여름 누리 과학캠프 참가자 모집\n"
        + "\n".join(DETAILS[:2])
        + "\n누리과학관 061-555-0123\n"
    )
    [ad] = parse(text).pages[0].items
    assert isinstance(ad, Ad)
    assert not any(isinstance(b, ListBlock) for b in ad.blocks)
