"""What every new paper's first run missed (issue 14, seventeenth round): where an item
ends (a listing's bracketed heading after a story, a closing note), a page's label over a
headline with no deck, signatures and datelines. Each on a small made-up example of its
own; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_heads import NAME_HEAD
from reader.ingest.closings import CLOSING_RULE
from reader.ingest.en_heads import HEAD_OVER_BYLINE
from reader.ingest.label import LABEL_OVER_HEADLINE
from reader.ingest.listing import DAY_DECK
from reader.ingest.listing_start import LISTING_AFTER_STORY
from reader.model import Ad, Heading
from tests.ingest.test_conventions import LEAD, MORE, items, parse

# --- a bracketed listing heading after a story -------------------------------------------

OBITUARIES = (
    "누리시, 골목상권 지원 두 배로\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "[부음]\n\n"
    "▲한누리(전 누리초 교장)씨 별세, 한바다씨 부친상 = 3일 누리병원, 발인 5일\n\n"
    "▲김솔(82)씨 별세, 이가람씨 모친상 = 4일 새솔의료원, 발인 6일\n"
)


def test_a_bracketed_listing_heading_after_a_story_opens_its_own_item() -> None:
    edition, trace = explain_text(OBITUARIES)
    story, listing = items(OBITUARIES)
    assert story["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert listing["headline"] == "부음"
    assert [kind for kind, _ in listing["body"]] == ["bullet", "bullet"]
    assert LISTING_AFTER_STORY in trace.rule("p1-2")


def test_a_notice_board_after_a_brief_on_a_page_without_blank_lines() -> None:
    text = (
        "누리시, 골목상권 지원 두 배로\n"
        f"{LEAD}\n"
        "[알림]\n"
        "▲장학금 신청 마감: 5월 22일(금)\n"
        "▲도서관 임시 휴관: 3월 16일~20일\n"
        "문의 누리시청 교육팀 031-555-0100\n"
    )
    story, notice = items(text)
    assert story["body"] == [("lead", LEAD)]
    assert notice["headline"] == "알림"


def test_a_storys_own_list_under_a_bracketed_subhead_stays_in_it() -> None:
    """The story's text goes on under the list: the list is the story's."""
    text = (
        f"누리시장 선거 후보 3명 등록\n\n{LEAD}\n\n[후보 명단]\n\n"
        "▲기호1 새미래당 김민수(54·변호사)\n▲기호2 누리당 이가람(61·전 시의원)\n\n"
        f"{MORE}\n"
    )
    [story] = items(text)
    assert ("subhead", "후보 명단") in story["body"]
    assert story["body"][-1] == ("paragraph", MORE)


# --- a closing note ends its story -------------------------------------------------------

SERIAL = (
    "[연재동화 달빛 정원] (4) 고양이의 우산\n\n"
    "글=한누리 동화작가\n\n"
    "고양이는 비가 오면 우산을 폈어요. 우산에는 별이 그려져 있었어요.\n\n"
    "친구들은 그 우산 밑으로 모여들었어요.\n\n"
    "(다음 호에 계속)\n\n"
    "낱말 풀이\n\n"
    "▲우산: 비를 가리려고 펴서 쓰는 물건.\n\n"
    "▲모여들다: 여럿이 한곳으로 모이다.\n"
)


def test_a_closing_note_ends_its_story_and_heads_nothing() -> None:
    edition, trace = explain_text(SERIAL)
    story, glossary = items(SERIAL)
    assert story["body"][-1] == ("paragraph", "(다음 호에 계속)")
    assert glossary["headline"] == "낱말 풀이"
    assert [kind for kind, _ in glossary["body"]] == ["bullet", "bullet"]
    assert "closing note" in trace.rule("p1-2")


def test_a_parenthesised_line_the_story_goes_on_after_stays_in_it() -> None:
    """Prose under the note: the note was no close (an aside in the story)."""
    text = f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n(중략)\n\n{MORE}\n"
    [story] = items(text)
    assert story["body"][-1] == ("paragraph", MORE)


def test_a_tables_source_note_in_brackets_does_not_end_the_story() -> None:
    """'(자료: …)', '(단위: …)': a label and its value, a table's note, never a close."""
    text = (
        "누리시 살림 올해 크게 늘어\n\n"
        f"{LEAD}\n\n"
        "(자료: 누리시 재정과)\n"
        "구별 예산 현황\n"
        "구분\t2025\t2026\n"
        "동구\t100\t120\n"
        "서구\t80\t90\n\n"
        f"{MORE}\n"
    )
    [story] = items(text)
    assert story["body"][-1] == ("paragraph", MORE)


# --- a label over a headline with no deck -------------------------------------------------


def test_two_subjects_joined_by_a_dot_over_a_headline_and_its_text_are_the_label() -> None:
    text = f"교육·문화\n\n누리시 작은도서관 12곳, 밤 10시까지 문 연다\n\n{LEAD}\n\n{MORE}\n"
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "교육·문화"
    assert trace.rule("p1") == LABEL_OVER_HEADLINE
    [item] = items(text)
    assert item["headline"] == "누리시 작은도서관 12곳, 밤 10시까지 문 연다"
    assert item["deck"] == []


def test_a_short_headline_over_a_longer_deck_stays_the_headline() -> None:
    """A pair inside a phrase ('한·미 회담') is a headline's, not a section's name."""
    text = f"한·미 회담 열려\n\n두 정상, 공급망 협력과 청년 교류 확대에 합의\n\n{LEAD}\n"
    assert parse(text).pages[0].label is None
    assert items(text)[0]["headline"] == "한·미 회담 열려"


def test_an_english_label_in_capitals_with_its_mark_over_a_mixed_case_headline() -> None:
    text = (
        "HOME & GARDEN\n\n"
        "Winter pruning: what to cut and what to leave\n"
        "By Ada Quill\n\n"
        "Most shrubs can be pruned in late winter, before the buds break. Leave the spring "
        "bloomers alone until after they flower.\n"
    )
    label = parse(text).pages[0].label
    assert label is not None and label.text == "HOME & GARDEN"
    [item] = items(text)
    assert item["headline"] == "Winter pruning: what to cut and what to leave"


def test_a_title_in_capitals_without_a_labels_mark_still_titles_its_run() -> None:
    text = (
        "OUR VIEW\n\n"
        "The county should fund its libraries\n\n"
        "The county board cut library hours again this year. Readers deserve better, and "
        "the money is there.\n"
    )
    assert parse(text).pages[0].label is None


# --- the last entry of a run over the story's next sentence --------------------------------


def test_the_last_entry_of_a_run_over_a_sentence_is_one_more_entry() -> None:
    """A '▲' line over a sentence is a brief only when it heads its own text; after other
    '▲' entries it is the run's last, and the sentence goes on with the story."""
    text = (
        "누리시, 봄철 건강 수칙 안내\n\n"
        f"{LEAD}\n\n"
        "[이렇게 해 보세요]\n\n"
        "▲아침 햇볕을 20분 쬔다\n\n"
        "▲봄나물을 자주 먹는다\n\n"
        "▲점심 뒤 10분 걷는다\n\n"
        f"{MORE}\n"
    )
    [story] = items(text)
    kinds = [kind for kind, _ in story["body"]]
    assert kinds == ["lead", "subhead", "bullet", "bullet", "bullet", "paragraph"]


# --- signatures and bylines ------------------------------------------------------------------


def test_a_person_with_a_note_under_a_columns_headline_is_its_byline() -> None:
    text = (
        "[한누리의 약초 이야기] (8) 쑥 - 봄볕에 자란 잎이 약이 된다\n\n"
        "한누리 약사(누리약국 대표)\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("한누리", "약사", None, None)]
    assert item["deck"] == ["봄볕에 자란 잎이 약이 된다"]
    assert item["subheadline"] is None


def test_a_line_with_a_note_that_names_no_person_stays_in_the_deck() -> None:
    """Under a column's headline, over questions and answers: no columnist signs it."""
    text = (
        "[한누리의 약초 이야기] (8) 쑥 - 봄볕에 자란 잎이 약이 된다\n\n"
        "매주 화요일 싣는 약초 이야기(독자 질문)\n\n"
        "Q. 쑥은 언제 캐는 것이 좋은가요?\n\n"
        "A. 봄볕이 따뜻해지는 3월 말부터 4월 초까지 어린 잎을 캐는 것이 좋습니다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] is None
    assert item["deck"][-1] == "매주 화요일 싣는 약초 이야기(독자 질문)"


def test_an_english_dateline_set_with_a_hyphen_is_the_bylines() -> None:
    text = (
        "FALCONS EDGE RIVALS IN OVERTIME\n\n"
        "By Ada Quill\n\n"
        "LAKEPORT - Mia Stone scored with four seconds left and the Falcons beat Dover 61-59 "
        "on Friday night.\n\n"
        "Stone finished with 22 points.\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("Ada Quill", None, None, "LAKEPORT")]
    assert item["body"][0] == (
        "lead",
        "Mia Stone scored with four seconds left and the Falcons beat Dover 61-59 on Friday night.",
    )


def test_a_hyphenated_name_at_the_leads_start_is_no_dateline() -> None:
    """The hyphen stands between spaces in a dateline; 'WINSTON-SALEM' is one word."""
    text = (
        "FALCONS EDGE RIVALS\n\nBy Ada Quill\n\n"
        "Mia Stone - the team's captain - scored with four seconds left on Friday night.\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("Ada Quill", None, None, None)]


# --- a scoreboard's parts under its title ------------------------------------------------------

BOARD = (
    "FALCONS EDGE RIVALS\n\nBy Ada Quill\n\n"
    "Mia Stone scored with four seconds left and the Falcons beat Dover 61-59 on Friday night.\n\n"
    "aquill@lakeportnews.com\n\n"
    "WEEKEND SCORES\n\n"
    "Boys hockey\nLakeport 3, Dover 2 (OT)\nWeston 5, Fenwick 1\n\n"
    "Girls soccer\nFenwick 2, Lakeport 0\nDover 1, Weston 1\n"
)


def test_headings_over_scores_under_a_boards_title_are_its_subheads() -> None:
    story, board = items(BOARD)
    assert board["headline"] == "WEEKEND SCORES"
    assert board["deck"] == []
    assert board["body"] == [
        ("subhead", "Boys hockey"),
        ("paragraph", "Lakeport 3, Dover 2 (OT)"),
        ("paragraph", "Weston 5, Fenwick 1"),
        ("subhead", "Girls soccer"),
        ("paragraph", "Fenwick 2, Lakeport 0"),
        ("paragraph", "Dover 1, Weston 1"),
    ]


LETTER = (
    "Letter to Our Readers\n\n"
    "Dear readers,\n\n"
    "This year the Courier printed every week without a miss, and our subscribers grew by a "
    "tenth. We thank each of you for it.\n\n"
    "Sincerely,\n\n"
    "Ada B. Quill\nPublisher and Editor\n"
)


def test_a_name_over_its_title_under_a_close_signs_the_letter() -> None:
    edition, trace = explain_text(LETTER)
    [item] = items(LETTER)
    assert item["bylines"] == [("Ada B. Quill", "Publisher and Editor", None, None)]
    assert item["body"][-1] == ("paragraph", "Sincerely,")
    assert trace.rule("p1-1", "byline.0") == f"units: {CLOSING_RULE}"


def test_two_lines_under_a_close_that_are_no_name_stay_text() -> None:
    text = LETTER.replace("Ada B. Quill\nPublisher and Editor\n", "the staff\nof the Courier\n")
    [item] = items(text)
    assert item["bylines"] == []


def test_a_title_over_a_roster_after_a_tables_rows_opens_an_item() -> None:
    text = (
        "CLUB FIGURES\n\n"
        "Measure\t2025\t2024\nMembers\t412\t388\nEvents\t36\t31\n\n"
        "Officers\n\n"
        "Ada B. Quill, President\nLeo Marsh, Treasurer\nNina Park, Secretary\n"
    )
    figures, officers = items(text)
    assert figures["headline"] == "CLUB FIGURES"
    assert officers["headline"] == "Officers"
    assert [kind for kind, _ in officers["body"]] == ["paragraph"] * 3


# --- a second review on the page ----------------------------------------------------------------

REVIEWS = (
    "REVIEW: A quiet 'Harbor Lights' shines\n"
    "★★★★\n"
    "By Ada Quill\n"
    "Special to the Courier\n\n"
    "The Bayside Players open their season with a gentle comedy about a ferry crew.\n\n"
    "It runs through May 3.\n\n"
    "REVIEW: 'Salt Road' loses its way\n"
    "★★\n"
    "By Ada Quill\n\n"
    "The new musical at the Grange has two good songs and a story that wanders.\n"
)


def test_a_headline_over_its_byline_after_prose_opens_the_next_story() -> None:
    edition, trace = explain_text(REVIEWS)
    first, second = items(REVIEWS)
    assert first["bylines"] == [("Ada Quill", "Special to the Courier", None, None)]
    assert first["deck"] == ["★★★★"]
    assert second["headline"] == "REVIEW: 'Salt Road' loses its way"
    assert second["bylines"] == [("Ada Quill", None, None, None)]
    assert HEAD_OVER_BYLINE in trace.rule("p1-2")


def test_a_byline_closing_a_story_under_its_last_line_opens_nothing() -> None:
    """'By NAME' under the story's prose is its closing byline, not a new story's head."""
    text = (
        "Ferry service resumes\n\n"
        "The Bayside ferry returned to its full schedule on Monday after repairs.\n\n"
        "By Ada Quill\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("Ada Quill", None, None, None)]


# --- answers in a row -----------------------------------------------------------------------------


def test_a_second_speakers_answer_under_one_question_is_an_answer() -> None:
    text = (
        "“첫 무대, 떨렸어요”\n\n"
        f"{LEAD}\n\n"
        "― 첫 공연 소감은요.\n\n"
        "가온: 무대에 오르기 전까지 손이 떨렸어요.\n\n"
        "나래: 저는 관객석에서 부모님을 찾느라 바빴어요.\n\n"
        "― 다음 목표는요.\n\n"
        "가온: 전국 투어를 해 보고 싶어요.\n"
    )
    [item] = items(text)
    kinds = [kind for kind, _ in item["body"]]
    assert kinds == ["lead", "question", "answer", "answer", "question", "answer"]


def test_a_paragraph_after_an_answer_without_a_speaker_stays_a_paragraph() -> None:
    text = (
        "“첫 무대, 떨렸어요”\n\n"
        f"{LEAD}\n\n"
        "― 첫 공연 소감은요.\n\n"
        "가온: 무대에 오르기 전까지 손이 떨렸어요.\n\n"
        f"{MORE}\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("paragraph", MORE)


# --- the day a listing is for -----------------------------------------------------------------


def test_a_date_in_brackets_under_a_listings_heading_is_its_deck() -> None:
    text = (
        "휴일 당번 병원\n"
        "(5월 5일 화요일)\n"
        "▲누리내과 누리동 3 ☎ 031-555-0101\n"
        "▲한결소아과 한결로 12 ☎ 031-555-0102\n"
        "▲가람정형외과 가람길 7 ☎ 031-555-0103\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["headline"] == "휴일 당번 병원"
    assert item["deck"] == ["(5월 5일 화요일)"]
    assert [kind for kind, _ in item["body"]] == ["bullet"] * 3
    assert trace.rule("p1-1", "deck.0") == DAY_DECK


def test_a_group_label_under_a_listings_heading_stays_a_subhead() -> None:
    text = (
        "휴일 당번 병원\n"
        "<내과>\n"
        "▲누리내과 누리동 3 ☎ 031-555-0101\n"
        "▲한결내과 한결로 12 ☎ 031-555-0102\n"
        "▲가람내과 가람길 7 ☎ 031-555-0103\n"
    )
    [item] = items(text)
    assert item["deck"] == []
    assert item["body"][0] == ("subhead", "내과")


# --- an ad's name line under its title ----------------------------------------------------------


def test_a_name_in_capitals_under_an_ads_title_is_its_heading() -> None:
    text = (
        "Ferry service resumes\n\n"
        "The Bayside ferry returned to its full schedule on Monday after repairs.\n\n"
        "THIS WEEKEND\n"
        "THE GRANGE HALL\n"
        "Barn dance with the Salt Road Band\n"
        "Sat 8 p.m., tickets $12\n"
        "Call (503) 555-0190\n"
    )
    edition, trace = explain_text(text)
    ad = edition.pages[0].items[-1]
    assert isinstance(ad, Ad)
    assert ad.title is not None and ad.title.text == "THIS WEEKEND"
    assert isinstance(ad.blocks[0], Heading) and ad.blocks[0].text == "THE GRANGE HALL"
    assert trace.rule(ad.id, "blocks.0") == NAME_HEAD
