"""What every new paper's first run missed (issue 14, sixteenth round): the lines above the
first story (nameplates, a publisher's phone line, a section line over a headline stack),
item boundaries, unmarked listing rows. Each on a small made-up example of its own; every
name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import AFTER_SIGNATURE, PAGE_TOP
from reader.ingest.body import CALENDAR_RUN, SCORES_HEAD
from reader.ingest.coverage import coverage_problems
from reader.ingest.items import GOES_ON
from reader.ingest.label import CAPS_OVER_STACK
from reader.ingest.listing_parts import TITLE_APART
from reader.ingest.masthead_en import _PARTS_RULE, CONTACT_RULE, RUNNING_NAME_RULE
from reader.model import Ad, Contact, ListBlock
from tests.ingest.test_conventions import LEAD, MORE, items, parse

# --- a weekly's publisher line with its phone ---------------------------------------------

WEEKLY = (
    "누리군민신문\n주간 제 41 호 2026년 3월 12일 목요일\n발행 누리군민신문사 ☎ 061-555-0100\n\n"
    "누리군, 청년 창업 지원 확대\n\n"
    f"[누리군민신문 한가람 기자] {LEAD}\n\n{MORE}\n\n"
    "군의회, 폐교 활용 조례 통과\n\n"
    f"{LEAD}\n\n한가람 기자\n"
)


def test_a_publisher_line_with_its_phone_is_the_mastheads() -> None:
    edition = parse(WEEKLY)
    m = edition.masthead
    assert m is not None and m.paper == "누리군민신문" and m.phone == "061-555-0100"
    assert m.date == "2026-03-12" and m.issue == 41


def test_a_publisher_and_editors_line_with_its_phone_is_the_mastheads() -> None:
    text = WEEKLY.replace("발행 누리군민신문사", "발행·편집인 한가람")
    m = parse(text).masthead
    assert m is not None and m.phone == "061-555-0100"
    assert items(text)[0]["headline"] == "누리군, 청년 창업 지원 확대"


def test_a_reporter_credited_in_the_lead_signs_the_next_story() -> None:
    """A bare 'NAME 기자' under a story whose lead already credits NAME closes a second
    story: the line over it is that story's headline, not a subhead of the first."""
    first, second = items(WEEKLY)
    assert first["headline"] == "누리군, 청년 창업 지원 확대"
    assert first["bylines"] == [("한가람", "기자", None, None)]
    assert second["headline"] == "군의회, 폐교 활용 조례 통과"
    assert second["bylines"] == [("한가람", "기자", None, None)]


def test_a_closing_that_adds_an_address_is_the_same_storys() -> None:
    text = WEEKLY.replace("\n\n한가람 기자\n", "\n\n한가람 기자 garam@nuri.kr\n")
    assert len(items(text)) == 1


# --- English: a section line over a headline stack; a running head's paper; scores ------

STORY = (
    "The Dover academy nine beat the Weston boys on the river grounds yesterday by a score\n"
    "of 6 to 4, in a game of many errors on both sides.\n\n"
    "Captain Fenn struck out eleven men and made two hits himself.\n"
)
SPORTS_PAGE = (
    "THE DOVER EVENING STAR, MONDAY, MAY 6, 1907.\n\n"
    "ATHLETIC NOTES\n\n"
    "ACADEMY NINE TAKES\nA CLOSE GAME\n\n"
    "Fenn Pitches a Steady Game Before a Large Crowd.\n\n"
    f"{STORY}\n"
    "RIVER LEAGUE.\n\n"
    "Upper Division.\n"
    "At Dover-Dover 3, Weston 2.\n"
    "At Lyme-Lyme 7, Stanton 1.\n\n"
    "Lower Division.\n"
    "At Ferris-Ferris 5, Hale 4.\n"
    "At Crane-Crane 2, Bell 0.\n\n"
    "ROWING CLUB ELECTS.\n\n"
    "The Dover rowing club chose Amos Tate captain for the season at its meeting last\n"
    "evening. The club will race Lyme in June.\n"
)


def test_a_running_head_names_the_paper_before_its_weekday() -> None:
    edition, trace = explain_text(SPORTS_PAGE)
    m = edition.masthead
    assert m is not None and m.paper == "THE DOVER EVENING STAR"
    assert m.date == "1907-05-06" and m.weekday == "Monday"
    assert trace.rule("edition", "masthead") == RUNNING_NAME_RULE


def test_a_running_head_after_its_page_number() -> None:
    m = parse("4 " + SPORTS_PAGE).masthead
    assert m is not None and m.paper == "THE DOVER EVENING STAR"


def test_a_dateline_before_the_weekday_names_no_paper() -> None:
    text = SPORTS_PAGE.replace("THE DOVER EVENING STAR,", "BOSTON, MASS.,")
    m = parse(text).masthead
    assert m is not None and m.paper is None and m.date == "1907-05-06"


def test_a_short_line_in_capitals_over_a_headline_stack_is_the_label() -> None:
    edition, trace = explain_text(SPORTS_PAGE)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "ATHLETIC NOTES"
    assert trace.rule("p1") == CAPS_OVER_STACK
    first = items(SPORTS_PAGE)[0]
    assert first["headline"] == "ACADEMY NINE TAKES A CLOSE GAME"
    assert first["deck"] == ["Fenn Pitches a Steady Game Before a Large Crowd."]


def test_a_headline_alone_over_its_deck_alone_is_no_label() -> None:
    text = "FIRE AT THE MILL\n\nLOSS IS HEAVY\n\nInsurance Covers Half.\n\n" + STORY
    edition = parse(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "FIRE AT THE MILL"


def test_a_headlines_first_tier_over_its_bank_is_no_label() -> None:
    """A short first tier in capitals ('BIG FIRE') over its bank in one block: no word
    papers name a section with, so it stays the headline."""
    text = "BIG FIRE\n\nTHREE BLOCKS BURNED\nIN NIGHT BLAZE\n\nLoss Put at $40,000.\n\n" + STORY
    assert parse(text).pages[0].label is None
    assert items(text)[0]["headline"].startswith("BIG FIRE")


def test_score_lines_are_rows_under_their_headings_and_end_the_head() -> None:
    _, scores, rowing = items(SPORTS_PAGE)
    assert scores["headline"] == "RIVER LEAGUE." and scores["deck"] == []
    assert scores["body"] == [
        ("subhead", "Upper Division."),
        ("paragraph", "At Dover-Dover 3, Weston 2."),
        ("paragraph", "At Lyme-Lyme 7, Stanton 1."),
        ("subhead", "Lower Division."),
        ("paragraph", "At Ferris-Ferris 5, Hale 4."),
        ("paragraph", "At Crane-Crane 2, Bell 0."),
    ]
    assert rowing["headline"] == "ROWING CLUB ELECTS."
    _, trace = explain_text(SPORTS_PAGE)
    assert any(SCORES_HEAD in why for why in trace.notes.values())


# --- a bulletin's nameplate, a letter's salutation and close, a calendar's rows ----------

BULLETIN = (
    "Holy Cross Parish Bulletin\n"
    "Second Sunday of Easter | April 12, 2026\n"
    "Parish Office: (555) 014-7700 | www.holycrossparish.org\n\n"
    "A WORD FROM FATHER AMOS\n\n"
    "Dear parishioners,\n\n"
    "Thank you for the flowers and the music that filled the church last week. The choir\n"
    "practised for two months.\n\n"
    "With gratitude,\n"
    "Fr. Amos Kellner, Pastor\n\n"
    "OFFICE HOURS\n"
    "Weekdays: 9:00 a.m. to 4:00 p.m.\n"
    "Saturday: 9:00 a.m. to noon\n\n"
    "YOUTH CALENDAR\n"
    "Tue., April 14 — Youth choir, loft, 6:30 p.m.\n"
    "Thu., April 16 — Bake sale planning, hall\n"
    "Sat., April 18 — Park clean-up, 9:00 a.m.\n"
)


def test_a_bulletin_dated_by_its_sunday_with_its_office_line() -> None:
    edition, trace = explain_text(BULLETIN)
    m = edition.masthead
    assert m is not None and m.paper == "Holy Cross Parish Bulletin"
    assert (m.date, m.weekday) == ("2026-04-12", "Sunday")
    assert (m.phone, m.url) == ("555-014-7700", "www.holycrossparish.org")
    assert CONTACT_RULE in trace.rule("edition", "masthead")


def test_the_day_named_after_the_date_gives_the_weekday_too() -> None:
    text = BULLETIN.replace(
        "Second Sunday of Easter | April 12, 2026", "April 12, 2026 | Second Sunday of Easter"
    )
    m = parse(text).masthead
    assert m is not None and (m.date, m.weekday) == ("2026-04-12", "Sunday")


def test_a_day_name_that_is_not_the_dates_weekday_is_warned_about() -> None:
    edition = parse(BULLETIN.replace("April 12, 2026", "April 13, 2026"))
    assert edition.masthead is not None and edition.masthead.weekday == "Sunday"
    assert edition.warnings  # the 13th is a Monday: the masthead's check says so


def test_a_letter_opens_with_its_salutation_and_is_signed_under_its_close() -> None:
    letter = items(BULLETIN)[0]
    assert letter["headline"] == "A WORD FROM FATHER AMOS"
    assert letter["body"][0] == ("paragraph", "Dear parishioners,")
    assert letter["body"][-1] == ("paragraph", "With gratitude,")
    assert letter["bylines"] == [("Fr. Amos Kellner", "Pastor", None, None)]


def test_lines_opening_with_their_day_or_time_are_a_calendars_entries() -> None:
    _, hours, youth = items(BULLETIN)
    assert hours["body"] == [
        ("bullet", "Weekdays: 9:00 a.m. to 4:00 p.m."),
        ("bullet", "Saturday: 9:00 a.m. to noon"),
    ]
    assert [kind for kind, _ in youth["body"]] == ["bullet"] * 3
    assert youth["body"][1] == ("bullet", "Thu., April 16 — Bake sale planning, hall")
    _, trace = explain_text(BULLETIN)
    assert any(CALENDAR_RUN in why for why in trace.notes.values())


def test_korean_dated_rows_under_a_title_are_entries() -> None:
    text = (
        f"누리시 새 공연 안내\n\n{LEAD}\n\n한가람 기자\n\n"
        "이번 주 개봉 영화\n3월 10일 '바다의 노래' (전체관람가)\n3월 12일 '숲속 학교' (12세)\n"
    )
    films = items(text)[-1]
    assert films["headline"] == "이번 주 개봉 영화"
    assert films["body"] == [
        ("bullet", "3월 10일 '바다의 노래' (전체관람가)"),
        ("bullet", "3월 12일 '숲속 학교' (12세)"),
    ]


def test_a_log_of_dated_sentences_stays_text() -> None:
    text = (
        "POLICE LOG\n"
        "May 2 — A caller on Elm Street reported a loose horse. It was returned.\n"
        "May 4 — Officers helped a driver with a flat tire on Route 9.\n"
    )
    [log] = items(text)
    assert all(kind != "bullet" for kind, _ in log["body"])


def test_a_newsletters_title_over_its_kind_and_issue_is_a_masthead() -> None:
    text = (
        "THE HARLOW HERON\nHarlow Middle School Student Newsletter | Issue 4\n\n"
        "Science Fair Winners Named\n\n"
        "Three eighth graders took the top prizes at the science fair on Friday. Their\n"
        "projects will go to the county fair in May.\n"
    )
    edition, trace = explain_text(text)
    m = edition.masthead
    assert m is not None and (m.paper, m.issue, m.date) == ("THE HARLOW HERON", 4, None)
    assert trace.rule("edition", "masthead") == _PARTS_RULE
    assert items(text)[0]["headline"] == "Science Fair Winners Named"


# --- a page that sets its parts two lines apart ------------------------------------------

Q1, A1 = "문: 봄철 알레르기는 언제 심해지나.", "답: 꽃가루가 많은 4월과 5월에 가장 심합니다."
Q2, A2 = "문: 외출 뒤에는 무엇을 해야 하나.", "답: 옷을 털고 손과 얼굴을 씻는 것이 기본입니다."
CLINIC = (
    "건강\n\n\n"
    "[의사에게 묻다] 봄철 알레르기, 약보다 생활 습관\n\n\n"
    "한가람 누리대병원 알레르기내과 교수\n\n\n"
    f"{LEAD}\n\n\n"
    f"{Q1}\n\n{A1}\n\n{MORE}\n\n\n"
    f"{Q2}\n\n{A2}\n\n{MORE}\n\n\n"
    "정리=서누리 기자 nuri@nuri.kr\n\n\n"
    "■ 이럴 땐 병원으로\n\n· 숨이 차고 쌕쌕거릴 때\n\n· 눈이 붓고 열이 날 때\n\n"
    "· 약을 먹어도 낫지 않을 때\n"
)


def test_two_line_gaps_inside_a_qa_column_do_not_end_it() -> None:
    column, box = items(CLINIC)
    assert column["headline"] == "[의사에게 묻다] 봄철 알레르기, 약보다 생활 습관"
    assert column["subheadline"] == "한가람 누리대병원 알레르기내과 교수"
    assert [kind for kind, _ in column["body"]] == ["lead"] + [
        "question",
        "answer",
        "paragraph",
    ] * 2
    assert column["bylines"] == [("서누리", "기자", "nuri@nuri.kr", None)]
    assert box["headline"] == "이럴 땐 병원으로"
    _, trace = explain_text(CLINIC)
    assert any(GOES_ON in why for why in trace.notes.values())


def test_a_wide_gap_before_a_new_headline_still_ends_the_item() -> None:
    text = f"누리시 예산 확정\n\n{LEAD}\n\n한가람 기자\n\n\n누리군 축제 연기\n\n{MORE}\n\n{LEAD}\n"
    assert [item["headline"] for item in items(text)] == ["누리시 예산 확정", "누리군 축제 연기"]


# --- a headline with no blank line under it --------------------------------------------

LONG_LEAD = (
    "누리시는 지난달 말 기준 공공자전거 회원이 12만명을 넘어섰고 하루 평균 이용 건수도 "
    "1만8천여건으로 지난해보다 30% 늘었다고 밝혔다."
)


def test_a_short_line_over_its_text_after_a_columns_signature_is_a_headline() -> None:
    column = f"[시론] 누리시의 선택\n\n{LEAD}\n\n{MORE}\n\n한가람 누리대 행정학과 교수"
    text = f"{column}\n\n\n공공자전거 회원 12만명 돌파\n{LONG_LEAD}\n"
    first, second = items(text)
    assert first["bylines"] == [("한가람", "누리대 행정학과 교수", None, None)]
    assert second["headline"] == "공공자전거 회원 12만명 돌파"
    assert second["body"] == [("lead", LONG_LEAD)]
    _, trace = explain_text(text)
    assert any(AFTER_SIGNATURE in why for why in trace.notes.values())


def test_a_short_line_after_a_sentence_may_still_start_a_wrapped_paragraph() -> None:
    [item] = items(f"누리시 예산 확정\n\n{LEAD}\n\n공공자전거 회원\n{LONG_LEAD}\n")
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_a_sentence_listing_things_in_passing_is_no_row_of_entries() -> None:
    passing = "참여자는 ▲텀블러 사용 ▲전자영수증 발급 ▲리필 매장 이용 때마다 포인트를 받는다."
    text = f"누리시 예산 확정\n\n{LEAD}\n\n한가람 기자\n\n탄소 포인트 가입 10만명\n{passing}\n"
    assert items(text)[1]["headline"] == "탄소 포인트 가입 10만명"


# --- two credits on one line; a cartoon's panels -------------------------------------------

SERIAL = (
    "[연재소설] 누리강 사람들 〈12〉\n제2부 나루터 ③\n글=한가람 그림=서누리\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "[네컷 만화] 누리네 식탁\n누리: 아빠, 오늘 저녁 뭐예요?\n아빠: 카레란다.\n"
    "누리: 어제도 카레였잖아요….\n그림=오가람 작가\n"
)


def test_two_credits_on_one_line_are_two_bylines() -> None:
    novel, _ = items(SERIAL)
    assert novel["deck"] == ["제2부 나루터 ③"]
    assert novel["bylines"] == [("한가람", None, None, None), ("서누리", None, None, None)]


def test_a_cartoons_speech_lines_over_its_credit_are_one_caption() -> None:
    _, cartoon = items(SERIAL)
    words = "누리: 아빠, 오늘 저녁 뭐예요?\n아빠: 카레란다.\n누리: 어제도 카레였잖아요…."
    assert cartoon["headline"] == "[네컷 만화] 누리네 식탁"
    assert cartoon["body"] == [("caption", words)]
    assert cartoon["bylines"] == [("오가람", "작가", None, None)]


# --- two ads one under another -----------------------------------------------------------

ADS = (
    f"누리시 예산 확정\n\n{LEAD}\n\n한가람 기자\n\n"
    "누리 리버뷰 2단지\n정당계약 4월 8일~10일 · 전용 84㎡ 320세대\n"
    "▶ 중도금 무이자\n▶ 역세권 도보 3분\n견본주택 : 누리시 강변로 12\n분양문의 1600-5555\n\n"
    "가람 전원주택 잔여 세대\n텃밭 딸린 단층, 2억원대\n현장 안내 061-555-0142\nwww.garam-house.kr\n"
)


def test_two_ads_one_under_another_each_with_its_contact_are_two_ads() -> None:
    edition = parse(ADS)
    _, first, second = edition.pages[0].items
    assert isinstance(first, Ad) and isinstance(second, Ad)
    assert first.title is not None and first.title.text == "누리 리버뷰 2단지"
    assert [c.value for c in first.blocks if isinstance(c, Contact)] == ["1600-5555"]
    assert second.title is not None and second.title.text == "가람 전원주택 잔여 세대"
    assert [c.value for c in second.blocks if isinstance(c, Contact)] == [
        "061-555-0142",
        "www.garam-house.kr",
    ]


def test_a_labelled_field_under_a_list_is_no_continuation_of_its_last_item() -> None:
    first = parse(ADS).pages[0].items[1]
    assert isinstance(first, Ad)
    [points] = [b for b in first.blocks if isinstance(b, ListBlock)]
    assert [t.text for t in points.items] == ["중도금 무이자", "역세권 도보 3분"]


def test_an_ads_contact_block_set_apart_stays_in_the_ad() -> None:
    text = ADS.replace("\n\n가람 전원주택 잔여 세대\n텃밭 딸린 단층, 2억원대\n", "\n\n")
    assert sum(isinstance(item, Ad) for item in parse(text).pages[0].items) == 1


# --- a notice under a one-word title; the colophon after it (no blank lines) -------------

NEWSLETTER = (
    "누리구 소식\n"
    "누리구, 골목상권 지원 두 배로\n"
    f"{LEAD}\n{MORE}\n"
    "공지\n"
    "누리구 어린이 수영교실 참가자 모집\n"
    "▲접수기간 5월 1일~10일 ▲대상 관내 초등학생 ▲문의 구청 체육과 032-555-0110\n"
    "이 소식지는 재생용지로 만들었습니다. 발행인 한가람 편집 누리구청 홍보실\n"
)


def test_a_one_word_title_over_a_notice_is_an_item_of_its_own() -> None:
    got = items(NEWSLETTER)
    title, notice = got[-3], got[-2]
    assert title["headline"] == "공지" and title["body"] == []
    assert notice["headline"] == "누리구 어린이 수영교실 참가자 모집"
    assert [kind for kind, _ in notice["body"]] == ["bullet"] * 3
    _, trace = explain_text(NEWSLETTER)
    assert any(TITLE_APART in why for why in trace.notes.values())


def test_the_colophon_after_the_entries_stands_apart() -> None:
    colophon = items(NEWSLETTER)[-1]
    line = "이 소식지는 재생용지로 만들었습니다. 발행인 한가람 편집 누리구청 홍보실"
    assert colophon["headline"] is None and colophon["body"] == [("paragraph", line)]


def test_a_short_label_under_a_one_word_title_stays_its_group() -> None:
    text = NEWSLETTER.replace("누리구 어린이 수영교실 참가자 모집\n", "신청 안내\n")
    notice = items(text)[-2]
    assert notice["headline"] == "공지" and notice["body"][0] == ("subhead", "신청 안내")


def test_a_bulletin_dated_by_a_feast_with_an_email_in_its_office_line() -> None:
    text = BULLETIN.replace("Second Sunday of Easter", "Fifth Sunday in Ordinary Time").replace(
        "Parish Office: (555) 014-7700 | www.holycrossparish.org",
        "Rectory: 555-014-7700 | Email: office@holycross.org | www.holycrossparish.org",
    )
    m = parse(text).masthead
    assert m is not None and (m.weekday, m.phone) == ("Sunday", "555-014-7700")
    assert m.url == "www.holycrossparish.org"


def test_a_newsletters_parts_may_hold_its_site() -> None:
    text = (
        "The Maple Leaf\nNewsletter of Maple Grove School | Issue 3 | www.maplegrove.org\n\n"
        "Book Fair Opens Monday\n\n"
        "The spring book fair opens in the library on Monday. Every class will visit.\n"
    )
    m = parse(text).masthead
    assert m is not None and (m.paper, m.issue) == ("The Maple Leaf", 3)


def test_a_data_boxs_source_line_stays_in_its_box() -> None:
    text = (
        f"누리시 기온 상승\n\n{LEAD}\n\n{MORE}\n\n"
        "[데이터로 본 올겨울]\n구분\t올겨울\t평년\n평균기온\t3.1\t1.4\n자료=누리지방기상청\n\n"
        "한가람 기자 garam@nuri.kr\n\n탄소 포인트 가입 10만명\n\n"
        "누리시가 도입한 탄소 포인트 가입자가 10만명을 넘었다.\n"
    )
    story, brief = items(text)
    assert story["body"][-1] == ("paragraph", "자료=누리지방기상청")
    assert story["bylines"] == [("한가람", "기자", "garam@nuri.kr", None)]
    assert brief["headline"] == "탄소 포인트 가입 10만명"


def test_a_short_line_over_one_long_sentence_line_at_the_pages_top_is_a_headline() -> None:
    text = f"공공자전거 회원 12만명 돌파\n{LONG_LEAD}\n\n{MORE}\n"
    [item] = items(text)
    assert item["headline"] == "공공자전거 회원 12만명 돌파"
    assert item["body"] == [("lead", LONG_LEAD), ("paragraph", MORE)]
    _, trace = explain_text(text)
    assert any(PAGE_TOP in why for why in trace.notes.values())


def test_my_dear_opens_a_letter_as_dear_does() -> None:
    letter = items(BULLETIN.replace("Dear parishioners,", "My dear parishioners,"))[0]
    assert letter["headline"] == "A WORD FROM FATHER AMOS"
    assert letter["body"][0] == ("paragraph", "My dear parishioners,")


def test_an_ocr_border_beside_the_office_line_is_read_in_one_pass() -> None:
    """OCR makes a ruled border a run of 'I's; the office-line test once tried every split
    of such a run into three words (minutes for a line of a page's width)."""
    border = "I" * 3000
    text = BULLETIN.replace(
        "Parish Office: (555) 014-7700 | www.holycrossparish.org",
        f"{border} | www.holycrossparish.org",
    )
    edition = parse(text)
    assert edition.masthead is not None and edition.masthead.phone is None
    assert coverage_problems(edition, text) == []  # the border kept, in the page's text
