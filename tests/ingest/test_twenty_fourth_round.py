"""What the nineteenth to twenty-fifth sets still missed (issue 14, twenty-fourth round):
a web copy's head (the outlet's name over its time stamp, or the two on one line under the
section's word) and a live blog's timed update heads. Each on a small made-up example of
its own, with a counter-example the rule must not fire on; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import TIMED_RULE
from reader.ingest.brevities import DATED_RUN_START, DATED_START, STANDING_START
from reader.ingest.case_numbers import AFTER_CASE_NUMBER
from reader.ingest.closing_lines import BYLINE_OVER_HEAD
from reader.ingest.headlines import HEAD_OVER_DECK
from reader.ingest.lines import Line
from reader.ingest.segment import TITLE_OVER_TEXT
from reader.ingest.serials import CHAPTER_TITLE, SERIAL_PART
from reader.ingest.tab_head import CREDIT_HEAD, tab_head
from reader.ingest.web_head import RULE as WEB_HEAD
from tests.ingest.test_conventions import items, parse

# --- a web copy's head ----------------------------------------------------------------

STORY = (
    "[단독] 새벽시장 상인회, 공영주차장 무료화 요구\n\n"
    "새벽시장 상인회가 공영주차장을 오전 9시까지 무료로 열어 달라고 시에 요청했다.\n"
)


def test_a_one_word_name_over_a_time_stamp_is_the_outlet() -> None:
    text = f"솔빛뉴스\n입력 2027.01.05 06:30 | 수정 2027.01.05 08:10\n\n{STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔빛뉴스", "2027-01-05")
    assert trace.rule("edition", "masthead") == WEB_HEAD
    [item] = items(text)
    assert item["headline"] == "[단독] 새벽시장 상인회, 공영주차장 무료화 요구"
    assert edition.pages[0].label is None


def test_the_name_its_address_and_section_over_a_stamp_under_the_headline() -> None:
    text = (
        "솔빛뉴스\nsolbit.kr\n경제\n\n"
        "[단독] 새벽시장 상인회, 공영주차장 무료화 요구\n\n입력 2027.01.05 06:30\n\n"
        "새벽시장 상인회가 공영주차장을 오전 9시까지 무료로 열어 달라고 시에 요청했다.\n"
    )
    edition = parse(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "솔빛뉴스"
    assert edition.masthead.url == "solbit.kr"
    assert edition.masthead.date == "2027-01-05"
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "경제"
    [item] = items(text)
    assert item["headline"] == "[단독] 새벽시장 상인회, 공영주차장 무료화 요구"
    assert all("입력" not in text for _, text in item["body"])


def test_the_outlet_and_its_stamp_on_one_line_under_the_section() -> None:
    text = f"포토\n솔빛뉴스 | 입력 2027.01.05 06:30\n\n{STORY}"
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔빛뉴스", "2027-01-05")
    assert edition.pages[0].label is not None and edition.pages[0].label.text == "포토"
    [item] = items(text)
    assert item["headline"] == "[단독] 새벽시장 상인회, 공영주차장 무료화 요구"


def test_a_headline_over_a_stamp_is_no_outlet() -> None:
    # Several words: a headline, not a name; a section's word is no outlet either.
    for head in ("공영주차장 무료화 요구", "사회"):
        text = f"{head}\n입력 2027.01.05 06:30\n\n새벽시장 상인회가 시에 요청했다.\n"
        edition, trace = explain_text(text)
        assert trace.rule("edition", "masthead") != WEB_HEAD
        assert edition.masthead is None or edition.masthead.paper != head


def test_a_name_with_no_stamp_near_the_top_is_no_outlet() -> None:
    text = f"솔빛뉴스\n경제\n\n{STORY}"
    _, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != WEB_HEAD


# --- a live blog's timed update heads ---------------------------------------------------

LIVE = (
    "[라이브] 한파 특보…실시간 상황\n\n"
    "올겨울 첫 한파 특보가 내려졌다. 새 소식이 들어오는 대로 전한다.\n\n"
    "17:20 시내버스 정상 운행\n"
    "시는 오후 5시부터 시내버스 전 노선의 운행을 정상화했다고 밝혔다.\n\n"
    "09:05 수도관 동파 신고 잇따라\n"
    "오전 9시까지 수도관 동파 신고가 42건 접수됐다고 상수도사업본부가 밝혔다.\n"
)


def test_a_timed_update_head_over_its_text_is_a_subhead() -> None:
    _, trace = explain_text(LIVE)
    [item] = items(LIVE)
    assert item["body"] == [
        ("lead", "올겨울 첫 한파 특보가 내려졌다. 새 소식이 들어오는 대로 전한다."),
        ("subhead", "17:20 시내버스 정상 운행"),
        ("paragraph", "시는 오후 5시부터 시내버스 전 노선의 운행을 정상화했다고 밝혔다."),
        ("subhead", "09:05 수도관 동파 신고 잇따라"),
        ("paragraph", "오전 9시까지 수도관 동파 신고가 42건 접수됐다고 상수도사업본부가 밝혔다."),
    ]
    assert any(TIMED_RULE in why for why in trace.notes.values())


def test_a_schedules_times_stay_its_rows() -> None:
    text = "오늘의 편성\n\n06:00 아침 뉴스\n08:30 생활 정보\n12:00 정오 뉴스\n"
    _, trace = explain_text(text)
    assert all(TIMED_RULE not in why for why in trace.notes.values())


# --- a corpus line: its headline before the bracketed credit that opens its text ---------


def test_a_headline_before_a_bracketed_credit_is_cut_from_its_text() -> None:
    text = (
        "시립도서관 야간 개관 시작 [솔빛통신 하도윤 기자] 시립도서관이 다음 달부터 "
        "평일 밤 10시까지 문을 연다. 시는 열람실 좌석도 120석 늘린다.\n"
        "시내버스 첫차 30분 앞당겨 [동해=솔빛통신 남궁별 기자] 동해시는 다음 달부터 "
        "시내버스 첫차 시간을 오전 5시로 앞당긴다고 밝혔다.\n"
    )
    _, trace = explain_text(text)
    first, second = items(text)
    assert (first["headline"], first["bylines"][0][:2]) == (
        "시립도서관 야간 개관 시작",
        ("하도윤", "기자"),
    )
    assert (second["headline"], second["bylines"][0][:2]) == (
        "시내버스 첫차 30분 앞당겨",
        ("남궁별", "기자"),
    )
    assert any(CREDIT_HEAD in why for why in trace.notes.values())
    # An agency's bare name opens the text too, a credit in brackets may close it.
    line = (
        "공원 산책로 조명 교체 [솔빛통신] 시는 공원 산책로 가로등 300개를 교체한다고 "
        "밝혔다. 공사는 이달 말 끝난다. [문가온 기자]"
    )
    cut = tab_head(Line(line, 0))
    assert cut is not None and cut[0].text == "공원 산책로 조명 교체"
    assert cut[1].text.startswith("[솔빛통신] 시는")


def test_a_tag_or_a_photo_credit_in_brackets_cuts_no_headline() -> None:
    for bracket in ("[단독]", "[사진=솔빛통신]"):
        text = (
            f"시립도서관 야간 개관 시작 {bracket} 시립도서관이 다음 달부터 평일 밤 10시까지 "
            "문을 연다. 시는 열람실 좌석도 120석 늘린다.\n"
        )
        _, trace = explain_text(text)
        assert all(CREDIT_HEAD not in why for why in trace.notes.values())


# --- a ruling's report closed by its case number ------------------------------------------

RULINGS = (
    "임대료 인상 통지 없으면 무효\n\n"
    "서남지방법원 민사3부는 상가 임차인 C씨가 낸 소송에서 원고 승소로 판결했다. "
    "재판부는 통지 없이 올린 임대료는 효력이 없다고 봤다. (2026가합10412)\n\n"
    "학교 앞 과속 단속 카메라 설치 의무\n\n"
    "서남고법 행정1부는 시가 단속 카메라를 설치하지 않은 것은 위법하다고 판단했다.\n\n"
    "서남고등법원 2026누3310\n\n"
    "택배 분실 책임은 운송사에\n\n"
    "서남지법은 택배 분실 책임이 운송사에 있다고 판결했다.\n"
)


def test_a_short_head_after_a_report_closed_by_its_case_number_starts_an_item() -> None:
    _, trace = explain_text(RULINGS)
    got = items(RULINGS)
    assert [item["headline"] for item in got] == [
        "임대료 인상 통지 없으면 무효",
        "학교 앞 과속 단속 카메라 설치 의무",
        "택배 분실 책임은 운송사에",
    ]
    assert got[0]["body"][0][0] == "lead"  # the sentence closed by the number is finished
    assert got[1]["body"][-1] == ("paragraph", "서남고등법원 2026누3310")
    assert trace.rule("p1-2").startswith(f"items: {AFTER_CASE_NUMBER}")


def test_a_subhead_after_a_parenthesis_that_is_no_case_number_stays_a_subhead() -> None:
    text = RULINGS.replace("(2026가합10412)", "(판결 요지)").replace(
        "서남고등법원 2026누3310\n\n", ""
    )
    _, trace = explain_text(text)
    assert all(AFTER_CASE_NUMBER not in why for why in trace.notes.values())


# --- a headline over its deck in one block, after finished text -------------------------

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


# --- a corpus's byline in brackets over each story's headline ----------------------------


def test_a_bracketed_byline_over_a_headline_heads_that_story() -> None:
    text = (
        "[하도윤 기자]\n시립미술관 야간 개장 연장\n"
        "시립미술관이 야간 개장을 다음 달까지 연장한다.\n"
        "관람객이 지난해보다 30% 늘었다고 미술관은 밝혔다.\n"
        "[남궁별 기자]\n항구 여객선 증편 운항\n"
        "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다.\n"
    )
    _, trace = explain_text(text)
    first, second = items(text)
    assert first["headline"] == "시립미술관 야간 개장 연장"
    assert [b[:2] for b in first["bylines"]] == [("하도윤", "기자")]
    assert second["headline"] == "항구 여객선 증편 운항"
    assert [b[:2] for b in second["bylines"]] == [("남궁별", "기자")]
    assert trace.rule("p1-2").startswith(f"items: {BYLINE_OVER_HEAD}")


def test_a_bracketed_byline_under_its_story_still_closes_it() -> None:
    text = (
        "시립미술관 야간 개장 연장\n"
        "시립미술관이 야간 개장을 다음 달까지 연장한다.\n"
        "[하도윤 기자]\n"
        "관람객 늘어 주말 해설 프로그램도 확대\n"
    )
    _, trace = explain_text(text)
    assert all(BYLINE_OVER_HEAD not in why for why in trace.notes.values())
    assert [b[:2] for b in items(text)[0]["bylines"]] == [("하도윤", "기자")]


# --- a judge named under an interview's headline ---------------------------------------


def test_a_judge_named_under_the_headline_is_the_subheadline_over_the_deck() -> None:
    text = (
        "“소액 사건, 한 번의 기일로 끝내겠다”\n\n"
        "남궁별 서남지방법원 수석부장판사\n\n"
        "소액 사건 전담 재판부 두 곳 새로 꾸려\n\n"
        "서남지방법원의 소액 사건 처리 기간이 평균 다섯 달에 이른다. 남궁별 수석부장판사를 "
        "지난 3일 집무실에서 만났다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] == "남궁별 서남지방법원 수석부장판사"
    assert item["deck"] == ["소액 사건 전담 재판부 두 곳 새로 꾸려"]


def test_a_line_about_judges_is_no_subheadline() -> None:
    text = (
        "“소액 사건, 한 번의 기일로 끝내겠다”\n\n"
        "소액 사건 전담 판사 두 명 늘려\n\n"
        "서남지방법원의 소액 사건 처리 기간이 평균 다섯 달에 이른다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] is None


# --- a reporter's credit with its dateline after a paragraph's last sentence ------------


def test_a_place_and_a_reporter_after_the_last_sentence_are_the_byline() -> None:
    lead = "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다. 해운조합은 증편 기간을 늘렸다."
    [item] = items(f"항구 여객선 증편 운항\n\n{lead} 목포=남궁별 기자\n")
    assert item["body"] == [("lead", lead)]
    assert item["bylines"] == [("남궁별", "기자", None, "목포")]


def test_a_photo_credit_after_a_caption_stays_the_captions() -> None:
    text = (
        "항구 여객선 증편 운항\n\n"
        "승객들이 목포항 여객선터미널에서 배에 오르고 있다. 사진=남궁별 기자\n\n"
        "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다.\n"
    )
    [item] = items(text)
    assert item["bylines"] == []
    assert item["body"][0] == (
        "caption",
        "승객들이 목포항 여객선터미널에서 배에 오르고 있다. 사진=남궁별 기자",
    )


# --- an English paragraph that opens with a quotation, set without blank lines ----------

MILL = (
    "MILL STRIKE ENDS\n\n"
    "The strike of the weavers at the Hollis\n"
    "Woolen mills came to an end this after-\n"
    "noon when the men voted to accept the\n"
    "terms. The mill will resume full\n"
    "operation Monday morning.\n"
    '"We got a fair hearing and that is all\n'
    'we asked for," said Thomas Keogh, chair-\n'
    "man of the strikers' committee.\n"
)


def test_a_quotation_after_a_sentences_unfilled_last_line_opens_a_paragraph() -> None:
    [item] = items(MILL)
    assert [text[:12] for _, text in item["body"]] == ["The strike o", '"We got a fa']


def test_a_quotation_inside_a_sentence_runs_on() -> None:
    text = MILL.replace("operation Monday morning.\n", "operation Monday, and the men said\n")
    [item] = items(text)
    assert len(item["body"]) == 1


def test_a_reporter_in_brackets_after_the_last_sentence_is_the_byline() -> None:
    lead = "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다. 해운조합은 증편 기간을 늘렸다."
    [item] = items(f"항구 여객선 증편 운항\n\n{lead} [남궁별 기자 star@solbit.kr]\n")
    assert item["body"] == [("lead", lead)]
    assert item["bylines"] == [("남궁별", "기자", "star@solbit.kr", None)]


def test_a_dateline_inside_a_bracketed_byline_is_its_place() -> None:
    text = (
        "항구 여객선 증편 운항\n\n[목포=솔빛통신 남궁별 기자] 섬을 오가는 여객선이 주말마다 "
        "두 차례 더 운항한다.\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("남궁별", "기자", None, "목포")]


# --- a numbered column's long headline over its writer's line in one block --------------


def test_a_long_column_headline_stands_apart_from_the_writer_line_under_it() -> None:
    text = (
        "[생활 법률] (12) 전세 보증금 돌려받는 순서와 절차 - 임차권등기명령을 먼저 신청해야\n"
        "남궁별 솔빛법률사무소 변호사\n\n"
        "계약이 끝났는데도 집주인이 보증금을 돌려주지 않는다면 무엇부터 해야 할까. "
        "먼저 임차권등기명령을 신청해 대항력을 지켜야 한다.\n"
    )
    _, trace = explain_text(text)
    [item] = items(text)
    assert item["headline"] == "[생활 법률] (12) 전세 보증금 돌려받는 순서와 절차"
    assert item["deck"] == ["임차권등기명령을 먼저 신청해야"]
    assert item["bylines"][0][:2] == ("남궁별", "솔빛법률사무소 변호사")
    assert item["body"][0][1].startswith("계약이 끝났는데도")


def test_a_long_line_that_merely_opens_with_a_bracket_runs_on() -> None:
    text = (
        "[알림] 다음 달부터 시립도서관의 열람실 운영 시간이 바뀌어 평일에는 밤 10시까지\n"
        "문을 열고 주말에는 오후 6시에 닫습니다.\n"
    )
    [item] = items(text)
    assert len(item["body"]) == 1


# --- dated bulletins under a title --------------------------------------------------------

BULLETINS = (
    "FARMERS MEET SATURDAY\n\n"
    "The county farmers' institute will meet at the\n"
    "court house on Saturday afternoon at 2 o'clock.\n\n"
    "CABLE NEWS IN BRIEF\n\n"
    "MADRID, June 3.—The cabinet resigned\n"
    "tonight after a stormy session.\n\n"
    "LISBON, June 3.—A small earthquake was\n"
    "felt here this morning; no damage is reported.\n\n"
    "ROME, June 3.—The Tiber rose two feet\n"
    "overnight and the lower quays are closed.\n"
)


def test_dated_bulletins_under_a_title_are_an_item_each() -> None:
    _, trace = explain_text(BULLETINS)
    got = items(BULLETINS)
    assert [(it["headline"], [k for k, _ in it["body"]]) for it in got] == [
        ("FARMERS MEET SATURDAY", ["lead"]),
        ("CABLE NEWS IN BRIEF", []),
        (None, ["lead"]),
        (None, ["lead"]),
        (None, ["lead"]),
    ]
    assert got[2]["body"][0][1].startswith("MADRID, June 3.—The cabinet")
    assert trace.rule("p1-4").startswith(f"items: {DATED_RUN_START}")


def test_a_storys_dateline_under_its_headline_stays_its_lead() -> None:
    text = (
        "CABINET RESIGNS\n\n"
        "MADRID, June 3.—The cabinet resigned\n"
        "tonight after a stormy session.\n\n"
        "The king will name a new premier tomorrow.\n"
    )
    _, trace = explain_text(text)
    [item] = items(text)
    assert [k for k, _ in item["body"]] == ["lead", "paragraph"]
    assert all(DATED_RUN_START not in why for why in trace.notes.values())


def test_a_standing_heads_paragraph_at_the_pages_foot_is_an_item() -> None:
    text = (
        "COUNCIL VOTES PAVING BONDS\n\n"
        "An issue of $45,000 in bonds for paving\n"
        "was voted by the council last night.\n\n"
        "WEATHER—Fair tonight and Wednesday;\n"
        "not much change in temperature.\n"
    )
    _, trace = explain_text(text)
    story, weather = items(text)
    assert story["body"] == [
        ("lead", "An issue of $45,000 in bonds for paving was voted by the council last night.")
    ]
    assert weather["headline"] is None
    assert weather["body"][0][1].startswith("WEATHER—Fair tonight")
    assert trace.rule("p1-2").startswith(f"items: {STANDING_START}")


def test_market_rows_run_in_under_their_lead_stay_its_paragraphs() -> None:
    text = (
        "LIVE STOCK\n\n"
        "Receipts at the yards were light today.\n"
        "CATTLE—Choice steers, $9.50@10.25.\n"
        "HOGS—Heavy, $10.40@10.60; pigs, $8.50@9.25.\n"
    )
    _, trace = explain_text(text)
    assert len(items(text)) == 1
    assert all(STANDING_START not in why for why in trace.notes.values())


# --- a serial's installment ----------------------------------------------------------------

SERIAL = (
    "THE MILL ON COLD CREEK\n"
    "By ANNA REED HOLT\n\n"
    "SYNOPSIS.\n"
    "Martha Kell, alone at the mill since\n"
    "her father's death, finds the old deed.\n\n"
    "CHAPTER IX.\n"
    "The Light on the Dam.\n\n"
    "It was past midnight when Martha woke\n"
    "to the sound of the sluice gate.\n\n"
    "(TO BE CONTINUED.)\n"
)


def test_a_serials_synopsis_chapter_and_closing_note_stay_in_its_installment() -> None:
    _, trace = explain_text(SERIAL)
    [item] = items(SERIAL)
    assert item["headline"] == "THE MILL ON COLD CREEK"
    assert [kind for kind, _ in item["body"]] == [
        "subhead",
        "paragraph",
        "subhead",
        "subhead",
        "paragraph",
        "paragraph",
    ]
    assert item["body"][2:4] == [("subhead", "CHAPTER IX."), ("subhead", "The Light on the Dam.")]
    assert item["body"][-1] == ("paragraph", "(TO BE CONTINUED.)")
    assert SERIAL_PART in trace.rule("p1-1", "body.2")
    assert CHAPTER_TITLE in trace.rule("p1-1", "body.3")


def test_a_headline_that_names_a_chapter_in_a_sentence_is_no_serial_part() -> None:
    text = (
        "CHAPTER HOUSE REOPENS\n\n"
        "The old chapter house on Elm street will reopen Monday.\n\n"
        "LODGE ELECTS OFFICERS\n\n"
        "The lodge elected its officers for the year on Tuesday night.\n"
    )
    _, trace = explain_text(text)
    assert [it["headline"] for it in items(text)] == [
        "CHAPTER HOUSE REOPENS",
        "LODGE ELECTS OFFICERS",
    ]
    assert all(SERIAL_PART not in why for why in trace.notes.values())


# --- a market's quotation rows ----------------------------------------------------------


def test_a_markets_quotation_rows_are_its_paragraphs_not_notes_nor_ads() -> None:
    text = (
        "LIVE STOCK\n\n"
        "Receipts at the yards were light today and\n"
        "prices held steady on all classes.\n"
        "CATTLE—Choice steers, $9.50@10.25; cows,\n"
        "$4.50@6.25.\n"
        "HOGS—Heavy, $10.40@10.60; pigs, $8.50@\n"
        "9.25.\n"
    )
    [item] = items(text)
    assert item["headline"] == "LIVE STOCK"
    assert item["body"] == [
        ("lead", "Receipts at the yards were light today and prices held steady on all classes."),
        ("paragraph", "CATTLE—Choice steers, $9.50@10.25; cows, $4.50@6.25."),
        ("paragraph", "HOGS—Heavy, $10.40@10.60; pigs, $8.50@9.25."),
    ]


def test_place_notes_without_quotations_stay_notes() -> None:
    text = (
        "AROUND THE COUNTY\n\n"
        "CEDAR RUN.—Miss Ruth Kimble spent Sunday\n"
        "with her parents.\n\n"
        "FOX HOLLOW.—The Grange will meet on\n"
        "Friday evening at the hall.\n"
    )
    assert [it["headline"] for it in items(text)] == ["CEDAR RUN", "FOX HOLLOW"]


# --- an ear's title set tight over its text ------------------------------------------------


def test_an_ears_title_tight_over_its_text_is_no_label() -> None:
    text = (
        "THE CEDAR HOLLOW DISPATCH\n"
        "CEDAR HOLLOW, OHIO, THURSDAY, SEPTEMBER 14, 1916.\n\n"
        "THE WEATHER\n"
        "Fair tonight and Fri-\n"
        "day; cooler Friday.\n\n"
        "MILL STRIKE ENDS\n"
        "Weavers Vote to Return Monday.\n\n"
        "The strike of the weavers came to an end this afternoon.\n"
    )
    edition = parse(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "THE WEATHER"


def test_a_section_word_over_a_headline_stays_the_label() -> None:
    text = (
        "THE CEDAR HOLLOW DISPATCH\n"
        "CEDAR HOLLOW, OHIO, THURSDAY, SEPTEMBER 14, 1916.\n\n"
        "SPORTING NEWS\n\n"
        "MILL NINE WINS\n"
        "Weavers Beat Tanners by Two Runs.\n\n"
        "The mill nine beat the tannery team on Saturday afternoon by a score of 5 to 3.\n"
    )
    edition = parse(text)
    assert edition.pages[0].label is not None
    assert edition.pages[0].label.text == "SPORTING NEWS"


def test_one_dated_paragraph_in_a_story_starts_a_paragraph_not_an_item() -> None:
    text = (
        "SNOW CLOSES PASSES\n\n"
        "Snow has closed the passes into the\n"
        "southern valleys, the railway reports.\n"
        "BERNE, Nov. 3.—The trains to Italy\n"
        "will run again on Monday.\n"
    )
    _, trace = explain_text(text)
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]
    assert any(DATED_START in why for why in trace.notes.values())


# --- a recipe's title-case head set right over its text --------------------------------


def test_a_title_case_head_over_its_wrapped_text_is_a_headline() -> None:
    text = (
        "TESTED RECIPES\n\n"
        "Apple Butter\n"
        "Boil down four quarts of cider to\n"
        "half, add the apples and cook slowly.\n\n"
        "Corn Fritters\n"
        "Mix one cupful of grated corn with\n"
        "two beaten eggs and fry by spoonfuls.\n"
    )
    _, trace = explain_text(text)
    got = items(text)
    assert [it["headline"] for it in got] == ["Apple Butter", "Corn Fritters"]
    assert got[0]["body"] == [
        ("lead", "Boil down four quarts of cider to half, add the apples and cook slowly.")
    ]
    assert any(TITLE_OVER_TEXT in why for why in trace.notes.values())


def test_a_sentence_that_opens_with_capitalised_words_runs_on() -> None:
    text = (
        "CHURCH NOTES\n\n"
        "Sunday School\n"
        "will meet at ten o'clock and the pastor\n"
        "will preach at eleven.\n"
    )
    _, trace = explain_text(text)
    assert all(TITLE_OVER_TEXT not in why for why in trace.notes.values())
