"""What the nineteenth to twenty-ninth sets still missed (issue 14, twenty-fifth round): a
weekly's folio under its section label, a paper's address in a running head, a brief's
head tight over its one sentence, and a corpus line's fields apart by a wide space. Each
on a small made-up example of its own, with a counter-example the rule must not fire on;
every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import AFTER_FINISHED
from reader.ingest.calendar import calendar_row
from reader.ingest.closing_lines import INSERTED
from reader.ingest.credits import credit_suffix
from reader.ingest.folio_under import FOLIO_UNDER
from reader.ingest.lines import Line
from reader.ingest.playbills import PLAYBILL
from reader.ingest.running_head import running_head
from reader.ingest.tab_head import SPACED_HEAD, TAB_HEAD
from reader.ingest.turns import TRIANGLE_ASKS
from reader.ingest.web_head import BARE_STAMP
from tests.ingest.test_conventions import items, parse

# --- a folio under the section's label -------------------------------------------------

NEWS = (
    "해솔변호사회, 봄 정기총회 열어\n\n"
    "해솔변호사회는 12일 회관에서 정기총회를 열고 새해 예산안을 의결했다.\n"
)


def test_a_folio_that_prints_the_label_again_under_it() -> None:
    text = f"법조 동정\n솔뫼법률 제812호 2027년 4월 12일 월요일 법조 동정 9\n\n{NEWS}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "솔뫼법률"
    assert (edition.masthead.issue, edition.masthead.date) == (812, "2027-04-12")
    assert trace.rule("edition", "masthead") == FOLIO_UNDER
    assert edition.pages[0].section == "법조 동정"
    [item] = items(text)
    assert item["headline"] == "해솔변호사회, 봄 정기총회 열어"


def test_a_name_beside_the_dated_weekday_under_the_label_is_the_papers() -> None:
    text = f"로펌 소식\n솔뫼주보  2027년 4월 12일 월요일  14\n\n{NEWS}"
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.weekday) == ("솔뫼주보", "월요일")
    assert edition.pages[0].section == "로펌 소식"


def test_another_sections_name_under_the_label_stays_no_paper() -> None:
    # '사회' is a section's word: the folio under '법조 동정' names no paper with it
    text = f"법조 동정\n사회  2027년 4월 12일 월요일  14\n\n{NEWS}"
    edition = parse(text)
    assert edition.masthead is None
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "법조 동정"
    assert page.section == "법조 동정"


# --- a paper's address in a running head -------------------------------------------------


def test_a_running_head_with_the_papers_address() -> None:
    text = f"2027년 4월 12일 월요일  제3021호  솔뫼일보  www.solmoe.kr\n종합  1\n\n{NEWS}"
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.url) == ("솔뫼일보", "www.solmoe.kr")
    assert edition.masthead.issue == 3021
    [item] = items(text)
    assert item["headline"] == "해솔변호사회, 봄 정기총회 열어"


def test_an_address_without_a_papers_name_is_no_running_head() -> None:
    # the address goes with the paper it follows; alone beside a page number it is none
    assert running_head(Line("2027년 4월 12일 월요일 www.solmoe.kr 12", 0)) is None
    found = running_head(Line("2027년 4월 12일 월요일 솔뫼일보 www.solmoe.kr 12", 0))
    assert found is not None and found.masthead.masthead.url == "www.solmoe.kr"


# --- a brief's head tight over its one sentence --------------------------------------------

FIRST = (
    "시립도서관 야간 개관 늘린다\n"
    "[솔뫼일보 한가람 기자] 시립도서관이 다음 달부터 밤 10시까지 문을 연다.\n"
)


def test_a_head_over_one_sentence_and_its_byline_after_a_story_is_a_brief() -> None:
    text = (
        f"{FIRST}\n"
        "수영장 새 단장 마치고 재개장\n"
        "시민수영장이 석 달 동안의 보수 공사를 마치고 15일 다시 문을 연다고 시가 밝혔다.\n"
        "/나은솔 기자\n"
    )
    edition, trace = explain_text(text)
    first, second = items(text)
    assert second["headline"] == "수영장 새 단장 마치고 재개장"
    assert [b[0] for b in second["bylines"]] == ["나은솔"]
    assert trace.rule("p1-2").startswith(f"items: {AFTER_FINISHED}")
    assert [b[0] for b in first["bylines"]] == ["한가람"]


def test_heads_over_their_sentence_one_block_each_are_briefs() -> None:
    text = (
        "수영장 새 단장 마치고 재개장\n"
        "시민수영장이 석 달 동안의 보수 공사를 마치고 15일 다시 문을 연다고 시가 밝혔다.\n\n"
        "솔뫼시, 공공자전거 200대 늘려\n"
        "솔뫼시는 공공자전거 200대를 새로 들여 역 주변 대여소 12곳에 둔다고 밝혔다.\n"
    )
    assert [i["headline"] for i in items(text)] == [
        "수영장 새 단장 마치고 재개장",
        "솔뫼시, 공공자전거 200대 늘려",
    ]


def test_a_wrapped_paragraph_keeps_its_lines() -> None:
    # a narrow column: the first line as long as the column, the last one shorter
    text = f"{FIRST}\n시민수영장이 석 달 동안의 보수 공사를\n마치고 다시 문을 연다.\n"
    first, *rest = items(text)
    assert not rest
    assert first["body"][-1] == (
        "paragraph",
        "시민수영장이 석 달 동안의 보수 공사를 마치고 다시 문을 연다.",
    )


def test_a_subhead_over_its_paragraph_signed_apart_stays_in_the_column() -> None:
    text = (
        "1. 사실관계\n"
        "원고는 2024년 상가를 빌려 식당을 열었으나 누수로 두 달 동안 문을 닫았다.\n\n"
        "2. 검토\n"
        "이번 판결은 임대인의 수선 의무가 파손의 크기로 정해지지 않는다는 점을 밝혔다.\n\n"
        "한가람 변호사(법무법인 솔뫼)\n"
    )
    [item] = items(text)
    assert ("subhead", "2. 검토") in item["body"]


# --- a corpus line's fields apart by a wide space ---------------------------------------------


def test_corpus_lines_with_a_wide_space_between_headline_and_text() -> None:
    text = (
        "솔뫼군, 내년 예산 9천억원 편성  "
        "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다. "
        "복지 예산이 가장 많다.\n"
        "시장 주차장 80면 늘린다  "
        "군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 밝혔다. "
        "사업비는 12억원이다.\n"
        "도서관 야간 개관 주 2회로  "
        "군립도서관이 다음 달부터 화요일과 목요일에 밤 9시까지 문을 연다고 밝혔다. "
        "설문에서 이용객 다수가 원했다.\n"
        "솔뫼고 축구부 4강 올라  "
        "솔뫼고 축구부가 전국대회 8강전에서 승부차기 끝에 이겨 4강에 올랐다. "
        "준결승은 토요일에 열린다.\n"
    )
    edition, trace = explain_text(text)
    got = items(text)
    assert [i["headline"] for i in got] == [
        "솔뫼군, 내년 예산 9천억원 편성",
        "시장 주차장 80면 늘린다",
        "도서관 야간 개관 주 2회로",
        "솔뫼고 축구부 4강 올라",
    ]
    assert got[1]["body"] == [
        (
            "lead",
            "군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 밝혔다. "
            "사업비는 12억원이다.",
        )
    ]
    assert SPACED_HEAD in trace.rule("p1-1")


def test_one_line_with_a_wide_space_is_not_cut() -> None:
    # one wide space on a page is a typing slip, not a corpus's fields
    text = (
        "솔뫼군 예산안  군의회로 넘어가\n"
        "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다.\n"
        "군의회는 다음 달 5일 본회의에서 예산안을 심사한다.\n"
        "군은 복지 예산을 가장 많이 늘렸다.\n"
    )
    assert all(SPACED_HEAD not in rule for rule in explain_text(text)[1].notes.values())


def test_a_tab_headed_line_closed_by_its_reporters_name() -> None:
    text = (
        "솔뫼군, 내년 예산 9천억원 편성\t"
        "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다. "
        "한가람 기자\n"
        "시장 주차장 80면 늘린다\t"
        "군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 밝혔다. "
        "나은솔 기자\n"
    )
    edition, trace = explain_text(text)
    first, second = items(text)
    assert first["body"] == [
        ("lead", "솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 짜 군의회에 냈다.")
    ]
    assert [b[0] for b in second["bylines"]] == ["나은솔"]
    assert TAB_HEAD in trace.rule("p1-1")


def test_a_name_inside_the_text_is_no_credit() -> None:
    # '… 한가람 기자' ends no sentence-closed text here: the line is the reporter's words
    text = "솔뫼군, 예산 편성\t군청 기자실에서 만난 관계자가 설명한 한가람 기자\n" * 2
    for item in items(text):
        assert item["bylines"] == []


# --- a playhouse's display ad ------------------------------------------------------------

NOTES = (
    "AT THE PLAYHOUSES\n\n"
    'Ruth Garland, in "The Lamplighter," a five-reel\n'
    "feature, will be the attraction at the Lyric\n"
    "Monday and Tuesday. It is said to be her best.\n\n"
)


def test_a_playhouses_bill_with_its_prices_is_an_ad_one_a_house() -> None:
    text = (
        f"{NOTES}"
        'LYRIC THEATRE\nMONDAY AND TUESDAY\nRUTH GARLAND\nin\n"THE LAMPLIGHTER"\n'
        "Evenings 7 and 9 o'clock\nAdmission 10c and 15c.\n\n"
        'OAKDALE AIRDOME\nTonight Only\nThe Mercer Players\n"A Country Cousin"\n'
        "Prices 20c and 30c.\n"
    )
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad", "Ad"]
    titles = [getattr(page.items[k], "title", None) for k in (1, 2)]
    assert [t.text for t in titles if t is not None] == ["LYRIC THEATRE", "OAKDALE AIRDOME"]
    assert PLAYBILL in trace.rule("p1-2")


def test_a_story_about_a_theatre_that_quotes_its_prices_stays_an_article() -> None:
    # wrapped sentences of a column, words broken at the line's end: news of the house
    text = (
        "NEW LYRIC THEATRE OPENS\n\n"
        "The new Lyric theatre on Main street opened its\n"
        "doors last night to a crowd of six hundred. Admis-\n"
        "sion will be 10c and 15c. Prices 20c for the boxes.\n"
    )
    edition = parse(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article"]


# --- questions without a question's mark -------------------------------------------------

HEAD = "[대표 인터뷰] “물류 창고, 2년 안에 두 배로”\n솔뫼로지스 한가람 대표\n\n"


def test_triangles_on_short_lines_over_unmarked_answers_ask() -> None:
    text = (
        f"{HEAD}"
        "△올해 목표는.\n"
        "창고 면적을 지난해보다 30% 늘리는 것이다. 하반기 2공장이 문을 연다.\n\n"
        "△인력은 충분한가.\n"
        "물류 자동화로 부족분을 메운다. 분류 로봇 40대를 들였다.\n\n"
        "정리=나은솔 기자\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]
    assert trace.rule("p1-1", "body.0") == f"units: {TRIANGLE_ASKS}"


def test_triangles_under_a_marked_question_still_answer() -> None:
    text = (
        f"{HEAD}"
        "Q. 올해 목표는?\n△창고 면적을 지난해보다 30% 늘리는 것이다.\n\n"
        "Q. 인력은 충분한가?\n△물류 자동화로 부족분을 메운다.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]
    assert item["body"][1] == ("answer", "창고 면적을 지난해보다 30% 늘리는 것이다.")


def test_bare_questions_in_a_story_credited_to_its_interviewer() -> None:
    text = (
        f"{HEAD}"
        "취임 뒤 무엇이 달라졌나?\n\n"
        "직원들과 매주 아침을 함께 먹는다. 현장의 이야기가 가장 빨리 들린다.\n\n"
        "새해 계획은 무엇인가?\n\n"
        "지방 거점 창고 세 곳을 더 연다. 부지는 이미 골라 두었다.\n\n"
        "대담=한가람 편집국장\n정리=나은솔 기자\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]


def test_rhetorical_questions_in_an_unsigned_column_stay_text() -> None:
    text = (
        "[시론] 물류 창고는 어디로 가야 하나\n\n"
        "왜 지금 창고인가?\n\n"
        "온라인 주문이 늘면서 도심 창고가 모자란다. 땅값이 걸림돌이다.\n\n"
        "누가 비용을 대나?\n\n"
        "결국 소비자가 낸다. 배송비가 오를 수밖에 없다.\n\n"
        "한가람 솔뫼대 교수\n"
    )
    [item] = items(text)
    assert "question" not in [kind for kind, _ in item["body"]]


# --- a web copy's stamp with no outlet named ---------------------------------------------


def test_a_stamp_under_the_headline_dates_a_copy_with_no_outlet() -> None:
    text = (
        "[속보] 솔뫼항 부두 크레인 멈춰…하역 중단\n"
        "입력 2027.02.03 08:15 | 수정 2027.02.03 10:40\n\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == (None, "2027-02-03")
    assert trace.rule("edition", "masthead") == BARE_STAMP
    [item] = items(text)
    assert item["deck"] == []


def test_a_stamp_deep_in_the_first_block_is_no_masthead() -> None:
    text = (
        "[속보] 솔뫼항 부두 크레인 멈춰\n하역 중단\n부두 폐쇄\n입력 2027.02.03 08:15\n\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.\n"
    )
    edition = parse(text)
    assert edition.masthead is None
    [item] = items(text)
    assert item["headline"] == "[속보] 솔뫼항 부두 크레인 멈춰"
    assert item["body"] == [
        ("lead", "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.")
    ]


# --- a nameplate under its ears ----------------------------------------------------------

EAR = "THE WEATHER\nFair tonight and Sunday;\nwarmer.\n"
STORY_EN = (
    "\nMILL DAM GIVES WAY\n\n"
    "The old mill dam on Cedar creek gave way early this morning and the\n"
    "water flooded the lowlands below the town.\n"
)
DATED = "VOL. XII. NO. 41. OAKDALE, IOWA, SATURDAY, MAY 6, 1916. ONE CENT.\n"


def test_a_nameplate_broken_over_two_lines_under_the_ears() -> None:
    text = f"{EAR}\nTHE OAKDALE\nDAILY TRIBUNE\n{DATED}{STORY_EN}"
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.issue) == ("THE OAKDALE DAILY TRIBUNE", 41)
    first, second = items(text)
    assert first["headline"] == "THE WEATHER"
    assert second["headline"] == "MILL DAM GIVES WAY"


def test_specks_around_the_nameplate_are_its_own() -> None:
    text = f"{EAR}' ■ . ,; • -^ '\nTHE OAKDALE DAILY TRIBUNE\n*■ ^ ' 1 ,\\ '\n{DATED}{STORY_EN}"
    edition = parse(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE OAKDALE DAILY TRIBUNE"
    first, second = items(text)
    assert first["body"] == [("lead", "Fair tonight and Sunday; warmer.")]


def test_an_ear_line_over_a_whole_name_is_not_joined_to_it() -> None:
    # 'THE HOME PAPER' boasts beside the name; 'OAKDALE NEWS' names the paper whole
    text = f"{EAR}\nTHE HOME PAPER\nOAKDALE NEWS\n{DATED}{STORY_EN}"
    edition = parse(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "OAKDALE NEWS"


# --- a club's name run in, in title case -----------------------------------------------

CLUBS = (
    "CLUB NOTES\n\n"
    "Thursday Book Club.—The Thursday Book\n"
    "club met with Mrs. L. R. Hale on Oak\n"
    "street. Mrs. Ann Bly read a paper.\n\n"
    "Women's Relief Corps.—The corps will\n"
    "meet Friday afternoon at the hall to\n"
    "sew for the county home.\n"
)


def test_club_notes_led_by_their_names_in_title_case_are_items() -> None:
    got = items(CLUBS)  # the title over them, first on the page, is its label
    assert [i["headline"] for i in got] == ["Thursday Book Club", "Women's Relief Corps"]
    assert got[1]["body"] == [
        ("lead", "The corps will meet Friday afternoon at the hall to sew for the county home.")
    ]


def test_a_programmes_days_without_a_stop_are_no_run_in_heads() -> None:
    text = (
        "AT THE LYRIC\n\n"
        'Friday and Saturday—Ruth Garland in "The Lamplighter," five reels.\n\n'
        'Monday and Tuesday—The Mercer Players in "A Country Cousin."\n'
    )
    assert len(items(text)) == 1


# --- a legal notice's insertion dates without a stop ------------------------------------------


def test_insertion_dates_without_a_stop_close_their_notice() -> None:
    text = (
        "LEGAL NOTICES\n\n"
        "SHERIFF'S SALE\n\n"
        "By virtue of an order of sale I will sell at the court house door on\n"
        "Monday, June 4, 1917, lot 12 in block 3 of Oakdale.\n\n"
        "HENRY BLAIR, Sheriff.\n\n"
        "May 10-17-24-31\n\n"
        "NOTICE TO CREDITORS\n\n"
        "All claims against the estate of Ole Berg must be filed with the court\n"
        "on or before the first day of September, 1917.\n\n"
        "A. J. MOE, County Judge.\n"
    )
    edition, trace = explain_text(text)
    ads = edition.pages[0].items
    titles = [getattr(ad, "title", None) for ad in ads]
    assert [t.text for t in titles if t is not None] == ["SHERIFF'S SALE", "NOTICE TO CREDITORS"]
    assert trace.rule("p1-2").startswith("items: the notice before ends with the dates it ran on")


def test_a_range_of_days_is_no_run_of_insertion_dates() -> None:
    # 'Sept. 3-5' under a fair's notice: when it runs, not when the notice ran
    assert INSERTED.match("Sept. 3-5") is None
    assert INSERTED.match("Apr. 12-19-26-May 3") is not None


def test_a_title_case_title_over_headlines_in_capitals_still_heads_its_run() -> None:
    text = (
        "Letters From the People\n\n"
        "A WORD FOR THE LIBRARY\n\n"
        "The library board deserves the thanks of every reader in town for the\n"
        "new reading room.\n\n"
        "A READER.\n\n"
        "THE PARK BENCHES\n\n"
        "Will the city not mend the benches in the park before the band concerts\n"
        "begin?\n\n"
        "A TAXPAYER.\n"
    )
    assert items(text)[0]["headline"] == "Letters From the People"


# --- a want ad alone after a story -------------------------------------------------------


def test_a_want_ad_alone_under_a_story_is_an_ad() -> None:
    text = (
        "HOW TO CURE SEED CORN\n\n"
        "Hang the ears in a dry loft where the air moves freely, and test\n"
        "every ear before planting time comes.\n\n"
        "FOR SALE—Two Poland China boars, ready\n"
        "for service. Priced right. Ed. Lund, Route 3.\n"
    )
    edition, trace = explain_text(text)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds == ["Article", "Ad"]
    assert "a want ad's head ('FOR SALE—') cut from its text" in trace.rule("p1-2")


def test_a_place_note_alone_stays_in_its_story() -> None:
    # one 'PLACE.—' paragraph is a dateline: only a want's head stands alone so
    text = (
        "SCHOOL BOARD MEETS\n\n"
        "The school board met last night and voted to build a new wing on\n"
        "the high school before fall.\n\n"
        "CEDAR RUN.—The board of the Cedar Run district will meet Tuesday to\n"
        "vote on the same plan.\n"
    )
    assert [type(item).__name__ for item in parse(text).pages[0].items] == ["Article"]


# --- a week's programme, a day and a dash a line -----------------------------------------


def test_a_weeks_programme_is_its_entries_not_a_deck() -> None:
    text = (
        "A DOCTOR'S WARNING\n\n"
        "The county doctor asks that every well be tested before the summer\n"
        "heat sets in.\n\n"
        "CLUB CALENDAR\n\n"
        "Monday—Thimble club, with Mrs. R. Ott, 2:30 p. m.\n"
        "Tuesday and Wednesday—Chautauqua at the park, 8 p. m.\n"
        "Friday—Choir practice, First church, 7:30 p. m.\n"
    )
    calendar = items(text)[1]
    assert calendar["headline"] == "CLUB CALENDAR" and calendar["deck"] == []
    assert [kind for kind, _ in calendar["body"]] == ["bullet", "bullet", "bullet"]


def test_a_day_and_a_dash_opening_a_story_is_no_programme() -> None:
    # one such line over wrapped prose: the story's own sentence
    assert not calendar_row("Monday—the day the mill closed—was the worst of the winter")
    assert calendar_row('Friday and Saturday—Ruth Garland in "The Lamplighter."')


def test_dated_paragraphs_of_a_story_stay_paragraphs() -> None:
    # 'Monday—' and 'Tuesday—' open two paragraphs of prose, a line each as a plain-text
    # copy prints them: the story's days, no programme
    text = (
        "A HARD WEEK AT THE MILL\n\n"
        "Monday—The mill closed at noon when the dam on Cedar creek gave way and the water "
        "rose over the wheel pit.\n\n"
        "Tuesday—The men worked all day to clear the pit, and the owners said the mill would "
        "run again by Saturday.\n"
    )
    [item] = items(text)
    assert item["headline"] == "A HARD WEEK AT THE MILL"
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]
    assert item["body"][1][1].startswith("Tuesday—The men worked all day")


# --- '【…】' subheads set tight on their text ---------------------------------------------


def test_lenticular_subheads_tight_on_their_text() -> None:
    text = (
        "계약 끝난 뒤 열쇠 안 돌려줬다면 지연손해금 못 받아\n\n"
        "【판결요지】\n"
        "임차인이 열쇠를 돌려주지 않아 임대인이 점유를 되찾지 못했다면 "
        "지연손해금을 청구할 수 없다.\n"
        "【사실관계】\n"
        "원고는 계약이 끝난 뒤 이사했으나 열쇠를 석 달 동안 돌려주지 않았다.\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert [kind for kind, _ in item["body"]][:3] == ["subhead", "paragraph", "subhead"]
    assert item["body"][0] == ("subhead", "판결요지")


def test_a_lenticular_dateline_opening_the_text_is_no_subhead() -> None:
    text = (
        "계절근로자 1800명 배정\n\n"
        "【솔뫼】 솔뫼도가 내년 상반기 외국인 계절근로자 1800명을 시·군에 배정했다.\n"
    )
    [item] = items(text)
    assert "subhead" not in [kind for kind, _ in item["body"]]


# --- a portrait's caption: the person and the holder of its copyright ---------------------


def test_a_portraits_caption_credited_with_a_copyright_mark() -> None:
    text = (
        "[기고] 전세 피해자 구제, 사람이 먼저다\n한가람 변호사\n\n"
        "한가람 변호사 ⓒ법무법인 솔뫼\n\n"
        "전세 피해자 지원 특별법이 시행된 지 3년이 지났다. "
        "피해자들은 여전히 인정 절차에서 막힌다.\n"
    )
    [item] = items(text)
    assert item["deck"] == []
    assert item["body"][0] == ("caption", "한가람 변호사 ⓒ법무법인 솔뫼")


def test_a_copyright_notice_closing_the_copy_is_no_caption() -> None:
    text = (
        "솔뫼항 크레인 멈춰 하역 중단\n\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.\n\n"
        "저작권자 ⓒ 솔뫼뉴스 무단전재 및 재배포 금지\n"
    )
    [item] = items(text)
    assert "caption" not in [kind for kind, _ in item["body"]]


# --- a wire photo's credit: place, agency and its seller -------------------------------------


def test_a_caption_closed_by_a_wire_credit_with_its_place() -> None:
    caption = "두 장관이 10일 솔뫼 본부에서 합의문에 서명한 뒤 악수하고 있다. 솔뫼=AP 뉴시스"
    assert credit_suffix(caption) == "솔뫼=AP 뉴시스"
    assert credit_suffix("두 장관이 악수하고 있다. AP 뉴시스") == "AP 뉴시스"


def test_a_story_sentence_naming_an_agency_mid_text_is_no_credit() -> None:
    assert credit_suffix("두 장관의 회담은 AP 뉴시스 보도로 알려졌다") is None
