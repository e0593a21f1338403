"""What the eighteenth and nineteenth sets' first runs missed (issue 14, twentieth round):
dash briefs and place notes led by a run-in head on an old English page, its notices and
small ads under 'CLASSIFIED ADVERTISEMENTS', a title over the page's run of items on its
first line, an interview's '―' before a figure. Each on a small made-up example of its
own, with a counter-example the rule must not fire on; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.ad_wraps import TITLE_GOES_ON, WRAPPED
from reader.ingest.brevities import DASH_BRIEF_LEAD, DASH_START, RUN_IN_CUT, RUN_IN_START
from reader.ingest.figure_rows import FIGURE_ROWS
from reader.ingest.label import BREADCRUMB_RULE
from reader.ingest.page_title import PAGE_TITLE
from tests.ingest.test_conventions import items

STORY = (
    "BARN BURNS AT NORTH END\n\n"
    "The barn of Amos Pell on the river road burned last night. The loss is $900.\n\n"
)

# --- dash briefs ------------------------------------------------------------------------

BRIEFS = (
    f"{STORY}"
    "TOWN TALK\n\n"
    "—Mrs. Edna Lowe of Cedar street is visit-\ning her sister in Albany.\n\n"
    "—Carl Voss, who has been con-\nfined to his home, was out yesterday.\n\n"
    "—The choir of St. Mark's church will meet\nFriday evening at the rectory.\n"
)


def test_dash_briefs_in_a_run_are_items_of_their_own_without_a_headline() -> None:
    got = items(BRIEFS)
    assert [it["headline"] for it in got] == [
        "BARN BURNS AT NORTH END",
        "TOWN TALK",
        None,
        None,
        None,
    ]
    assert got[1]["body"] == []
    assert got[2]["body"] == [
        ("lead", "Mrs. Edna Lowe of Cedar street is visiting her sister in Albany.")
    ]
    # '—Carl Voss, who has been con-' runs on in its brief: no signature
    assert got[3]["bylines"] == []
    assert got[3]["body"][0][1].startswith("Carl Voss, who has been confined")
    _, trace = explain_text(BRIEFS)
    assert DASH_START in trace.rule("p1-3") and trace.rule("p1-3", "body.0") == DASH_BRIEF_LEAD


def test_a_letters_dash_signature_still_signs_it() -> None:
    text = (
        "Keep the ferry running\n\n"
        "The island ferry is the only way my children get to school this winter.\n\n"
        "— Helen Marsh, parent\n"
    )
    [letter] = items(text)
    assert letter["bylines"] == [("Helen Marsh", "parent", None, None)]


def test_one_dash_paragraph_in_a_story_is_no_brief() -> None:
    text = (
        f"{STORY}"
        "—The fire company answered the alarm within ten minutes of the call.\n\n"
        "The cause is not known.\n"
    )
    [story] = items(text)
    assert story["headline"] == "BARN BURNS AT NORTH END"
    assert [kind for kind, _ in story["body"]] == ["lead", "bullet", "paragraph"]


# --- run-in heads -----------------------------------------------------------------------

PLACES = (
    f"{STORY}"
    "COUNTY CORRESPONDENCE\n\n"
    "MILL CREEK.—Jonas Hart has bought the\nEllery farm. The school closes Friday.\n\n"
    "PINE GROVE.—Miss Ada Ross spent Sunday\nwith friends at Two Bridges.\n"
)


def test_place_notes_led_by_run_in_heads_are_items_headed_by_the_place() -> None:
    got = items(PLACES)
    assert [it["headline"] for it in got] == [
        "BARN BURNS AT NORTH END",
        "COUNTY CORRESPONDENCE",
        "MILL CREEK",
        "PINE GROVE",
    ]
    assert got[2]["body"] == [
        ("lead", "Jonas Hart has bought the Ellery farm. The school closes Friday.")
    ]
    _, trace = explain_text(PLACES)
    assert RUN_IN_CUT in trace.rule("p1-3") and RUN_IN_START in trace.rule("p1-3")


def test_one_dateline_before_a_lead_is_no_run_in_head() -> None:
    text = (
        "STRIKE ENDS AT MILLS\n\n"
        "LOWELL.—The weavers went back to work this morning after a week out.\n\n"
        "The company granted a raise of five per cent to all hands.\n"
    )
    [story] = items(text)
    assert story["headline"] == "STRIKE ENDS AT MILLS"
    assert story["body"][0][1].startswith("LOWELL.—The weavers")


# --- notices and small ads under 'CLASSIFIED ADVERTISEMENTS' ------------------------------

CLASSIFIED = (
    "CLASSIFIED ADVERTISEMENTS\n\n"
    "FOR RENT—Five-room cottage on Wal-\nnut street. Inquire at 12 Oak\navenue.\n\n"
    "WANTED—Boy to deliver papers; must\nhave a bicycle. Apply at this office.\n\n"
    "GRAND OPENING\nOF FALL HATS\nSaturday, Sept. 9.\n"
    "You are invited to see our display\nof new hats.\n\n"
    "ADMINISTRATOR'S NOTICE.\n"
    "All persons having claims against the estate\nof Silas Moore are requested to present them.\n"
    "JOHN R. WELLS,\nAdministrator.\n"
)


def test_a_classified_page_holds_ads_with_run_in_titles_and_joined_lines() -> None:
    edition, trace = explain_text(CLASSIFIED)
    page = edition.pages[0]
    assert page.section == "CLASSIFIED ADVERTISEMENTS"
    got = items(CLASSIFIED)
    assert [it["title"] for it in got] == [
        "FOR RENT",
        "WANTED",
        "GRAND OPENING OF FALL HATS",
        "ADMINISTRATOR'S NOTICE.",
    ]
    assert got[0]["blocks"] == [
        ("paragraph", "Five-room cottage on Walnut street. Inquire at 12 Oak avenue.")
    ]
    # the signer's name in capitals, ending in a comma, is no headline of a new item
    assert got[3]["blocks"][-1] == ("paragraph", "JOHN R. WELLS, Administrator.")
    assert trace.rule("p1-1", "blocks.0") == WRAPPED
    assert trace.rule("p1-3", "title") == TITLE_GOES_ON


def test_an_ads_phrases_one_under_another_stay_apart() -> None:
    text = (
        "CLASSIFIED ADS\n\n"
        "Harbor Hall\nWeddings and Reunions\nSeating for 250\nCall 555-0142\n\n"
        "Pine Cabin\nSleeps Six\nCall 555-0199\n"
    )
    first = items(text)[0]
    assert first["title"] == "Harbor Hall"
    assert [b[0] for b in first["blocks"]][:2] == ["paragraph", "paragraph"]


def test_a_capitalised_headline_after_prose_still_opens_an_item() -> None:
    text = (
        f"{STORY}NEW BRIDGE OPENED,\nCROWDS ATTEND\n\nThe bridge opened to traffic at noon today.\n"
    )
    assert [it["headline"] for it in items(text)][0] == "BARN BURNS AT NORTH END"
    assert len(items(text)) == 2


# --- a title over the page's run of items -----------------------------------------------

RUN = (
    "BUS BULLETIN\n"
    "Route 3 adds a late trip\n"
    "Starting Monday, Route 3 will leave downtown at 11:40 p.m. on weeknights.\n"
    "Route 8 detour ends\n"
    "Buses on Route 8 return to Main Street on Friday after the repaving is done.\n"
)


def test_a_title_over_the_pages_run_on_its_first_line_is_the_pages_label() -> None:
    edition, trace = explain_text(RUN)
    assert edition.pages[0].section == "BUS BULLETIN"
    got = items(RUN)
    assert [it["headline"] for it in got] == ["Route 3 adds a late trip", "Route 8 detour ends"]
    assert [it.id for it in edition.pages[0].items] == ["p1-1", "p1-2"]
    assert trace.rule("p1") == PAGE_TITLE


def test_a_results_boxs_title_stays_an_item() -> None:
    text = (
        "누리 조정대회 결과\n\n"
        "남자 싱글스컬\n1위 한바다(누리시청) 7분02초\n2위 오가람(가람군청) 7분05초\n\n"
        "여자 싱글스컬\n1위 박하늘(누리시청) 7분31초\n2위 최나래(가람군청) 7분40초\n"
    )
    edition = ingest_text(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "누리 조정대회 결과"


# --- '―' before a figure ------------------------------------------------------------------


def test_a_long_dash_before_a_figure_still_asks() -> None:
    text = (
        "[인터뷰] 누리책방 김한솔 대표\n\n"
        "누리책방이 문을 연 지 10년이 됐다. 김한솔 대표를 책방에서 만났다.\n"
        "― 10년을 버틴 비결은.\n"
        "단골 손님들이 모임을 만들어 줬다.\n"
        "― 앞으로의 계획은.\n"
        "어린이 서가를 꾸리고 싶다.\n"
    )
    [story] = items(text)
    assert ("question", "10년을 버틴 비결은.") in story["body"]


def test_a_hyphen_before_a_figure_is_a_negative_number() -> None:
    text = (
        "누리 산간 영하권 추위\n\n"
        "누리 산간 지역의 아침 기온이 크게 떨어졌다.\n"
        "-10도 안팎의 추위는 주말까지 이어진다고 기상청은 밝혔다.\n"
    )
    [story] = items(text)
    assert all(kind != "question" for kind, _ in story["body"])


# --- a web page's breadcrumb; a conductor by their title ----------------------------------


def test_a_web_pages_breadcrumb_under_the_outlet_is_the_pages_label() -> None:
    text = (
        "누리일보\n"
        "경제 > 부동산\n\n"
        "누리시 아파트값 석 달째 내림세\n\n"
        "누리시 아파트값이 석 달째 내렸다고 누리부동산원이 12일 밝혔다.\n\n"
        "<저작권자 © 누리일보, 무단 전재 및 재배포 금지>\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None and edition.masthead.paper == "누리일보"
    assert trace.rule("p1") == BREADCRUMB_RULE
    assert edition.pages[0].section == "경제 > 부동산"
    assert items(text)[0]["headline"] == "누리시 아파트값 석 달째 내림세"


def test_a_host_line_with_a_marker_is_no_breadcrumb() -> None:
    text = (
        "[대담] 누리시 교통 정책\n\n"
        "사회> 시내버스 노선 개편은 언제 마무리됩니까.\n\n"
        "시장> 올해 안에 마무리하겠습니다.\n"
    )
    assert ingest_text(text).pages[0].label is None


def test_a_line_naming_a_conductor_by_title_under_the_headline_is_the_subheadline() -> None:
    text = (
        '[이 사람] "노래는 듣는 데서 시작"\n'
        "한솔빛 누리시립합창단 지휘자\n\n"
        "누리시립합창단이 창단 20주년 공연을 연다. 한솔빛 지휘자는 연습을 늘렸다고 말했다.\n"
    )
    [story] = items(text)
    assert story["subheadline"] == "한솔빛 누리시립합창단 지휘자" and story["deck"] == []


# --- a standings box's rows inside an English paragraph -----------------------------------


def test_rows_of_a_name_and_figures_are_paragraphs_of_their_own() -> None:
    text = (
        "BOWLING.\n"
        "Church League standing:\n"
        "Hawks 30 12 .714\n"
        "Owls 22 20 .524\n"
        "Red Wings 12 30 .286\n"
    )
    edition, trace = explain_text(text)
    [story] = items(text)
    assert story["body"] == [
        ("paragraph", "Church League standing:"),
        ("paragraph", "Hawks 30 12 .714"),
        ("paragraph", "Owls 22 20 .524"),
        ("paragraph", "Red Wings 12 30 .286"),
    ]
    assert FIGURE_ROWS in trace.rule("p1-1")


def test_one_line_ending_in_figures_is_a_wrapped_sentence() -> None:
    text = (
        "SCHOOL NEWS.\n"
        "The school board met last evening and voted to buy new desks for Room\n"
        "Twelve 40 30 dollars being the price agreed.\n"
    )
    [story] = items(text)
    assert len(story["body"]) == 1


# --- a foreign name of several words in a credit ------------------------------------------

BRIEF = "누리 소식\n\n누리군가족센터는 5일 통번역 도우미를 위촉했다고 밝혔다.\n\n"


def test_one_syllable_words_after_a_credited_name_are_the_rest_of_the_name() -> None:
    [story] = items(f"{BRIEF}글·사진=응우옌 반 안 기자\n")
    assert story["bylines"] == [("응우옌 반 안", "기자", None, None)]


def test_an_affiliation_after_a_credited_name_stays_in_the_role() -> None:
    [story] = items(f"{BRIEF}글=홍길동 누리대 교수\n")
    assert story["bylines"] == [("홍길동", "누리대 교수", None, None)]


# --- a review's book data and signature over an ad ----------------------------------------

REVIEW = (
    "[책과 사람] 섬을 기록한 교사의 일기\n\n"
    "누리섬 분교 교사였던 저자는 30년 동안 섬의 날씨와 아이들 이야기를 적었다. "
    "이 책은 그 기록을 엮었다.\n\n"
    "기록은 담담하지만 섬이 변해 온 모습이 또렷하다. 학생 수는 해마다 줄어 올해 세 명이 남았다.\n\n"
    "한솔빛 지음 / 누리출판 / 1만6천원\n\n"
    "나래솔(누리대 국어국문학과 3학년)\n\n"
)


def test_a_reviews_book_data_and_signature_stay_with_it_over_an_ad() -> None:
    text = (
        f"{REVIEW}가을맞이 할인전\n· 외투 최대 40% 할인\n· 구두 30% 할인\n"
        "기간: 10월 2일(금)~4일(일)\n누리백화점 3층 행사장\n문의 ☎ 062-555-0199\n"
    )
    review, ad = items(text)
    assert review["body"][-1] == ("paragraph", "한솔빛 지음 / 누리출판 / 1만6천원")
    assert review["bylines"] == [("나래솔", "누리대 국어국문학과 3학년", None, None)]
    assert ad["title"] == "가을맞이 할인전"


def test_a_caption_credited_after_a_slash_stays_a_caption() -> None:
    text = (
        "누리항 새벽 경매\n\n"
        "누리항 위판장에서 상인들이 새벽 경매를 하고 있다. / 누리시 제공\n\n"
        "누리항 새벽 경매가 올해 처음 열렸다고 누리시가 밝혔다.\n"
    )
    [story] = items(text)
    assert story["body"][0][0] == "caption"


# --- the person under a numbered column's headline writes it ------------------------------

COLUMN_TEXT = "누리섬의 가을은 늦게 온다. 시인은 그 느린 가을을 두 줄에 담았다.\n"


def test_a_person_under_a_numbered_columns_headline_is_its_byline() -> None:
    text = f"[옛 노래 한 수] (12) 섬의 가을\n\n한솔빛 누리대 국문과 교수\n\n{COLUMN_TEXT}"
    [column] = items(text)
    assert column["bylines"] == [("한솔빛", "누리대 국문과 교수", None, None)]
    assert column["subheadline"] is None


def test_a_person_under_a_tagged_profiles_headline_is_its_subheadline() -> None:
    text = f'[이 사람] "섬의 가을을 적는다"\n\n한솔빛 누리대 국문과 교수\n\n{COLUMN_TEXT}'
    [profile] = items(text)
    assert profile["subheadline"] == "한솔빛 누리대 국문과 교수" and profile["bylines"] == []


# --- a running head's paper name before its town ------------------------------------------

STORY_UNDER = "FIRE AT THE MILL\nThe Eagle mill burned last night. The loss is placed at $9,000.\n"


def test_a_running_heads_paper_name_before_its_town_and_date_is_the_paper() -> None:
    text = f"THE EVENING BEACON, MILLPORT, OHIO, MONDAY, MAY 6, 1918.\n{STORY_UNDER}"
    masthead = ingest_text(text).masthead
    assert masthead is not None and masthead.paper == "THE EVENING BEACON"
    assert masthead.date == "1918-05-06"


def test_a_volume_line_names_no_paper() -> None:
    text = f"VOL. XII. MILLPORT, OHIO, MONDAY, MAY 6, 1918. NO. 40.\n{STORY_UNDER}"
    masthead = ingest_text(text).masthead
    assert masthead is not None and masthead.paper is None


# --- a web copy's byline line and time stamp ----------------------------------------------

WEB_STORY = "누리시 아파트값이 석 달째 내렸다고 누리부동산원이 12일 밝혔다.\n\n"


def test_a_web_byline_line_signs_the_story_and_dates_the_page() -> None:
    text = (
        "누리일보\n경제 > 부동산\n누리시 아파트값 석 달째 내림세\n"
        "한솔빛 기자 | 기사입력 2026.03.12 10:05 | 최종수정 2026.03.12 11:00 | 댓글 0\n\n"
        f"{WEB_STORY}한솔빛 기자 hsb@nuri.kr\n<저작권자 © 누리일보, 무단 전재 및 재배포 금지>\n"
    )
    edition = ingest_text(text)
    assert edition.masthead is not None and edition.masthead.date == "2026-03-12"
    [story] = items(text)
    assert story["headline"] == "누리시 아파트값 석 달째 내림세"
    assert story["bylines"] == [("한솔빛", "기자", "hsb@nuri.kr", None)]


def test_a_web_time_stamp_alone_is_the_mastheads_not_a_deck() -> None:
    text = (  # a web copy pasted without blank lines
        "누리일보\n경제\n누리시 아파트값 석 달째 내림세\n"
        "입력 2026-03-12 10:05  수정 2026-03-12 11:00\n"
        f"{WEB_STORY.strip()}\n한솔빛 기자 hsb@nuri.kr\n"
        "<저작권자 © 누리일보, 무단 전재 및 재배포 금지>\n"
    )
    edition = ingest_text(text)
    assert edition.masthead is not None and edition.masthead.date == "2026-03-12"
    assert items(text)[0]["deck"] == []


def test_a_bar_in_a_headline_is_no_web_byline() -> None:
    text = f"누리시 | 석 달째 내림세\n\n{WEB_STORY}"
    [story] = items(text)
    assert story["headline"] == "누리시 | 석 달째 내림세" and story["bylines"] == []
