"""The eleventh blind set's misses as conventions (issue 14, thirteenth round), on small
made-up examples of their own. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_marks import BYLINED, PAPER_TABLE
from reader.ingest.entries import NAMED_ENTRY_RULE
from reader.ingest.story_ends import TITLE_OVER_BRIEFS, TITLED_AFTER_LIST
from reader.ingest.units import PART_RULE
from tests.ingest.test_conventions import LEAD, MORE, items, parse

# --- bylines at an item's end, and over the lead ------------------------------------


def test_a_reporter_named_with_a_desk_before_the_title_is_the_byline() -> None:
    [item] = items(f"다리 놓인 섬\n\n{LEAD}\n\n{MORE}\n\n한누리 사회부 기자\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("한누리", "사회부 기자", None, None)]


def test_a_credit_whose_role_is_only_its_note_is_the_byline() -> None:
    text = (
        f"섬마을 분교의 1박 2일\n\n{LEAD}\n\n{MORE}\n\n"
        "아이들이 운동장에 지도를 그리고 있다.\nⓒ 한누리\n\n"
        "글·사진=한누리(누리중 3학년)\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("caption", "아이들이 운동장에 지도를 그리고 있다.\nⓒ 한누리")
    assert item["bylines"] == [("한누리", "누리중 3학년", None, None)]


def test_a_dateline_byline_in_lenticular_brackets_over_the_lead_is_the_byline() -> None:
    [item] = items(f"용접공 더 온다\n\n【누리=한가람 기자】 {LEAD}\n\n{MORE}\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("한가람", "기자", None, "누리")]


# --- a page without blank lines: credits close items; a serial column's parts -------

BADUK = (
    "바둑\n"
    "[제9기 누리배 아마 최강전] 8강 제1국\n"
    "우상귀 실리 vs 중앙 세력\n"
    "흑 한가람 아마 7단 · 백 오누리 아마 6단\n"
    "<제1보>(1~30)\n"
    "흑이 실리를 챙기자 백은 중앙을 두텁게 만들었다. 흑15가 날카로운 수였다.\n"
    "‹제2보›(31~58)\n"
    "백은 하변을 키우며 흑을 압박했다. 흑47의 붙임이 묘수였다.\n"
    "해설=서하늘 프로 5단\n"
    "[오늘의 묘수풀이] 흑선 활\n"
    "귀의 흑돌을 살리는 수순을 찾아보세요. 정답은 다음 주에 싣습니다.\n"
)


def test_a_serial_columns_part_labels_are_subheads_and_its_credit_closes_it() -> None:
    first, second = items(BADUK)
    assert first["deck"] == ["우상귀 실리 vs 중앙 세력", "흑 한가람 아마 7단 · 백 오누리 아마 6단"]
    assert [kind for kind, _ in first["body"]] == ["subhead", "paragraph", "subhead", "paragraph"]
    assert first["body"][0] == ("subhead", "<제1보>(1~30)")
    assert first["bylines"] == [("서하늘", "프로 5단", None, None)]
    assert second["headline"] == "[오늘의 묘수풀이] 흑선 활"


def test_a_help_credit_closes_the_item_above_on_a_page_without_blank_lines() -> None:
    text = (
        f"수능 앞둔 마지막 한 주\n{LEAD}\n{MORE}\n"
        "도움말=한가람 누리고 진학부장\n"
        "시험장 가는 길 미리 살펴야\n"
        f"{MORE}\n"
    )
    first, second = items(text)
    assert first["bylines"] == [("한가람", "누리고 진학부장", None, None)]
    assert second["headline"] == "시험장 가는 길 미리 살펴야"


def test_explain_names_the_part_label_rule() -> None:
    _, trace = explain_text(BADUK)
    assert any(PART_RULE in why for why in trace.notes.values())


# --- briefs under a title after a story ending in a caption -------------------------

BRIEF_ONE = "■ 누리시 농업로봇 기업 들판, 해외에 첫 수출"
BRIEF_ONE_TEXT = "들판은 딸기 수확 로봇 20대를 해외 농장에 공급하는 계약을 맺었다고 밝혔다."
BRIEF_TWO = "■ 가람시 해양데이터 기업 물길, 창업대회 대상"
BRIEF_TWO_TEXT = "물길은 선박 연료를 아끼는 항로를 추천하는 서비스로 대상을 받았다."


def test_a_bracketed_title_over_marked_briefs_after_a_caption_opens_items() -> None:
    text = (
        f"누리 스타트업 투자 유치\n\n{LEAD}\n\n{MORE}\n\n"
        "직원들이 데이터를 검수하고 있다. /누리 제공\n\n"
        "[스타트업 브리프]\n\n"
        f"{BRIEF_ONE}\n{BRIEF_ONE_TEXT}\n\n{BRIEF_TWO}\n{BRIEF_TWO_TEXT}\n"
    )
    got = items(text)
    assert [item["headline"] for item in got] == [
        "누리 스타트업 투자 유치",
        "스타트업 브리프",
        BRIEF_ONE[2:],
        BRIEF_TWO[2:],
    ]
    assert got[0]["body"][-1][0] == "caption"
    assert got[1]["body"] == []
    assert got[2]["body"] == [("lead", BRIEF_ONE_TEXT)]


def test_a_plain_title_over_marked_briefs_in_blocks_opens_items() -> None:
    text = (
        f"누리 스타트업 투자 유치\n\n{LEAD}\n\n{MORE}\n\n기업 소식\n\n"
        f"{BRIEF_ONE}\n{BRIEF_ONE_TEXT}\n\n{BRIEF_TWO}\n{BRIEF_TWO_TEXT}\n"
    )
    assert [item["headline"] for item in items(text)][1:] == [
        "기업 소식",
        BRIEF_ONE[2:],
        BRIEF_TWO[2:],
    ]


def test_one_marked_part_under_a_subhead_stays_in_the_story() -> None:
    text = f"누리 스타트업 투자 유치\n\n{LEAD}\n\n[쟁점 정리]\n\n{BRIEF_ONE}\n{BRIEF_ONE_TEXT}\n"
    [item] = items(text)
    assert item["body"][0] == ("lead", LEAD)


# --- '◇NAME=내용' entries one a line -------------------------------------------------


def test_named_diamond_entries_one_a_line_are_bullets_each() -> None:
    text = (
        f"누리시 가을 축제 잇따라\n\n{LEAD}\n\n축제 안내\n\n"
        "◇누리 억새꽃 축제=21~23일 누리산 일대. 억새길 걷기, 사진 공모전.\n"
        "◇가람 국향대전=30일까지 가람공원.\n\n"
        "한가람 기자\n"
    )
    [item] = items(text)
    assert item["body"][1:] == [
        ("subhead", "축제 안내"),
        ("bullet", "누리 억새꽃 축제=21~23일 누리산 일대. 억새길 걷기, 사진 공모전."),
        ("bullet", "가람 국향대전=30일까지 가람공원."),
    ]


def test_a_diamond_line_without_a_name_before_equals_stays_a_subhead() -> None:
    text = f"누리시 새해 예산\n\n{LEAD}\n\n◇ 향후 계획\n\n{MORE}\n"
    [item] = items(text)
    assert item["body"][1] == ("subhead", "향후 계획")


# --- map and chart credits; a subhead over practical entries -----------------------

MAP = "누리섬 여행 지도. 다리와 해변은 걸어서 10분 걸린다."


def test_a_map_credit_line_closes_its_caption_of_two_sentences() -> None:
    text = f"누리섬 한 바퀴\n\n{LEAD}\n\n{MAP}\n지도=누리신문 그래픽팀\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", f"{MAP}\n지도=누리신문 그래픽팀") in item["body"]


def test_a_chart_credit_line_closes_its_caption() -> None:
    chart = "누리시 연도별 관광객 수."
    text = f"누리시 관광객 늘어\n\n{LEAD}\n\n{chart}\n그래픽=한가람 기자\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", f"{chart}\n그래픽=한가람 기자") in item["body"]


def test_two_sentences_over_an_agency_line_stay_prose() -> None:
    text = f"누리시 관광객 늘어\n\n{LEAD}\n\n{MORE}\n연합뉴스\n"
    [item] = items(text)
    assert ("paragraph", MORE) in item["body"]


def test_a_short_line_over_named_entries_under_a_map_is_a_subhead() -> None:
    text = (
        f"누리섬 한 바퀴\n\n{LEAD}\n\n{MAP}\n지도=누리신문 그래픽팀\n\n가는 길\n"
        "▲자가용=누리IC에서 약 50분. 누리대교로 들어간다.\n"
        "▲버스=누리터미널에서 직행버스를 탄다.\n"
    )
    [item] = items(text)
    assert item["body"][2:] == [
        ("subhead", "가는 길"),
        ("bullet", "자가용=누리IC에서 약 50분. 누리대교로 들어간다."),
        ("bullet", "버스=누리터미널에서 직행버스를 탄다."),
    ]


# --- the paper's own tables are articles of rows; an ad's stays an ad ----------------

JOBS = (
    "이번 주 일자리\n\n"
    "업체\t직종\t인원\t마감\n"
    "누리정밀\t도장공\t5명\t11월 21일\n"
    "가람식품\t생산직\t8명\t11월 24일\n"
    "한결물류\t운전원\t3명\t11월 28일\n"
    "문의 누리일자리센터 061-000-4455\n"
)


def test_a_jobs_table_with_an_enquiry_line_is_an_article_of_rows() -> None:
    [item] = items(f"{JOBS}")
    assert item["headline"] == "이번 주 일자리"
    assert [kind for kind, _ in item["body"]] == ["paragraph"] * 5
    assert item["body"][1] == ("paragraph", "누리정밀\t도장공\t5명\t11월 21일")


def test_an_english_market_report_of_leader_rows_is_an_article() -> None:
    text = (
        "MARKET REPORT.\n\n"
        "Wheat, No. 2 hard ........ 84 @ 86c\n"
        "Corn, No. 2 mixed ......... 71 @ 72c\n"
        "Oats ....................... 41 @ 42c\n"
        "Hogs, heavy .............. $8.10 @ $8.45\n"
    )
    [item] = items(text)
    assert item["headline"] == "MARKET REPORT."
    assert len(item["body"]) == 4


def test_a_priced_menu_with_a_contact_stays_an_ad() -> None:
    text = (
        "누리반점 점심 메뉴\n\n"
        "짜장면 ........ 6,000원\n"
        "짬뽕 .......... 7,000원\n"
        "탕수육 ........ 15,000원\n"
        "문의 061-000-1234\n"
    )
    [item] = items(text)
    assert "title" in item  # an Ad's outline


def test_a_table_that_sells_stays_an_ad() -> None:
    text = (
        "가을 특가 세일\n\n"
        "품목\t정가\t할인가\n"
        "운동화\t9만원\t5만원\n"
        "점퍼\t12만원\t7만원\n"
        "가방\t6만원\t3만원\n"
        "문의 061-000-1234\n"
    )
    [item] = items(text)
    assert "title" in item


def test_explain_names_each_reason_an_ad_like_group_is_an_article() -> None:
    _, trace = explain_text(JOBS)
    assert any(PAPER_TABLE in why for why in trace.notes.values())
    signed = (
        f"누리시 예산\n\n{LEAD}\n\n☎ 061-000-1234\n• 신청 접수\n• 현장 방문\n• 우편 접수\n"
        "• 전화 상담\n\n한가람 기자\n"
    )
    _, trace = explain_text(signed)
    assert any(BYLINED in why for why in trace.notes.values())


# --- an English newsletter: its nameplate, a '- ' list, a titled piece after it ------

EN_LEAD = (
    "The town council voted on Tuesday to keep the library open on Sundays through the "
    "winter, after a petition signed by 900 residents."
)
EN_MORE = "The change costs about $40,000 a year, which the council will take from reserves."
NEWSLETTER = (
    "PINE HOLLOW TOWN OFFICE\n"
    "The Hollow Bulletin\n"
    "Vol. 3, No. 11 | March 2026\n\n"
    "Library Keeps Sunday Hours\n\n"
    f"{EN_LEAD}\n\n"
    "Coming Up\n"
    "- Mar. 4: Council meeting, Town Hall, 7 p.m.\n"
    "- Mar. 18: Spring cleanup, Riverside Park\n\n"
    "Volunteer Corner: Meet the Trail Crew\n"
    "The trail crew cleared four miles of the ridge path this winter, working every Saturday "
    "from December to February.\n"
    "Crew leader Ana Ruiz said the group still needs two more volunteers for the spring.\n"
)


def test_a_newsletters_title_over_its_volume_line_is_the_masthead() -> None:
    m = parse(NEWSLETTER).masthead
    assert m is not None
    assert (m.paper, m.issue, m.date) == ("The Hollow Bulletin", 11, None)
    assert items(NEWSLETTER)[0]["headline"] == "Library Keeps Sunday Hours"


def test_dash_lines_are_bullets_and_a_titled_piece_after_them_is_an_item() -> None:
    got = items(NEWSLETTER)
    assert [item["headline"] for item in got] == [
        "Library Keeps Sunday Hours",
        "Coming Up",
        "Volunteer Corner: Meet the Trail Crew",
    ]
    assert got[1]["deck"] == []
    assert got[1]["body"] == [
        ("bullet", "Mar. 4: Council meeting, Town Hall, 7 p.m."),
        ("bullet", "Mar. 18: Spring cleanup, Riverside Park"),
    ]
    assert [kind for kind, _ in got[2]["body"]] == ["lead", "paragraph"]


def test_two_short_sentence_lines_of_a_column_stay_one_paragraph() -> None:
    text = (
        "Library Keeps Sunday Hours\n\n"
        "The council voted to keep the library open.\n"
        "The vote was five to two on Tuesday night.\n"
    )
    [item] = items(text)
    assert len(item["body"]) == 1


def test_dashed_sentences_under_a_headline_are_no_deck() -> None:
    text = (
        "EARNINGS ROUNDUP\n\n"
        "- Alder Mills: quarterly profit rose 12% on higher paper prices.\n"
        "- Birch Foods: revenue fell 3% as costs rose.\n\n"
        f"{EN_MORE}\n"
    )
    [item] = items(text)
    assert item["deck"] == []
    assert [kind for kind, _ in item["body"]][:2] == ["bullet", "bullet"]


def test_explain_names_the_newsletter_rules() -> None:
    _, trace = explain_text(NEWSLETTER)
    notes = list(trace.notes.values())
    assert any(TITLED_AFTER_LIST in why for why in notes)
    assert any("'Vol. N, No. N'" in why for why in notes)


def test_explain_names_the_brief_entry_and_credit_rules() -> None:
    briefs = (
        f"누리 스타트업 투자 유치\n\n{LEAD}\n\n직원들이 데이터를 검수하고 있다. /누리 제공\n\n"
        f"기업 소식\n\n{BRIEF_ONE}\n{BRIEF_ONE_TEXT}\n\n{BRIEF_TWO}\n{BRIEF_TWO_TEXT}\n"
    )
    entries = (
        f"누리섬 한 바퀴\n\n{LEAD}\n\n{MAP}\n지도=누리신문 그래픽팀\n\n가는 길\n"
        "▲자가용=누리IC에서 약 50분.\n▲버스=누리터미널에서 직행버스를 탄다.\n\n"
        "◇누리 억새꽃 축제=21~23일 누리산 일대.\n◇가람 국향대전=30일까지 가람공원.\n"
    )
    notes = [why for text in (briefs, entries) for why in explain_text(text)[1].notes.values()]
    for rule in (TITLE_OVER_BRIEFS, NAMED_ENTRY_RULE, "credit line '지도='"):
        assert any(rule in why for why in notes), rule
