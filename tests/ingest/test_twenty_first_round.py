"""What the twentieth set's first run missed (issue 14, twenty-first round): a corpus
line's headline before its tab, and an OCR line ending in an em dash. Each on a small
made-up example of its own, with a counter-example the rule must not fire on; every name
is invented."""

from __future__ import annotations

from reader.ingest import LABEL_AGAIN, explain_text, ingest_text
from reader.ingest.entries import OBITUARY_RULE
from reader.ingest.folio_under import FOLIO_UNDER
from reader.ingest.index_box import INDEX_ENDS
from reader.ingest.part_numbers import PART_GOES_ON, PART_HEAD
from reader.ingest.ranks import RANK_RUN
from reader.ingest.tab_head import TAB_HEAD
from reader.ingest.units import WIRE_BYLINE
from reader.ingest.wire_photo import WIRE_PHOTO
from tests.ingest.test_conventions import items

# --- a headline before a tab, one article a line ---------------------------------------

TAB_LINES = (
    "가람시, 시내버스 노선 12개 개편\t가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 "
    "3일 밝혔다. 출퇴근 시간 배차 간격도 줄인다.\n"
    "[사회] 누리천 산책로 야간 조명 설치\t누리구는 누리천 산책로 2㎞ 구간에 야간 조명을 "
    "새로 달았다고 밝혔다. 공사는 지난달 끝났다.\n"
)


def test_a_short_part_before_a_lines_only_tab_heads_the_sentences_after_it() -> None:
    got = items(TAB_LINES)
    assert [it["headline"] for it in got] == [
        "가람시, 시내버스 노선 12개 개편",
        "[사회] 누리천 산책로 야간 조명 설치",
    ]
    assert [[text for _, text in it["body"]] for it in got] == [
        [
            "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다. "
            "출퇴근 시간 배차 간격도 줄인다."
        ],
        [
            "누리구는 누리천 산책로 2㎞ 구간에 야간 조명을 새로 달았다고 밝혔다. "
            "공사는 지난달 끝났다."
        ],
    ]
    _, trace = explain_text(TAB_LINES)
    assert TAB_HEAD in trace.rule("p1-1")


def test_a_tables_rows_keep_their_tabs() -> None:
    text = "오늘의 환율\n\n미국 달러\t1,403.20원\n일본 엔(100엔)\t912.55원\n유로\t1,520.10원\n"
    _, trace = explain_text(text)
    assert all(TAB_HEAD not in rule for rule in trace.notes.values())
    assert all(it["headline"] != "미국 달러" for it in items(text))


# --- an em dash at an OCR line's end ---------------------------------------------------


def test_an_em_dash_closed_up_at_a_lines_end_joins_the_next_word_without_a_space() -> None:
    text = (
        "FLOOD AT MILL CREEK\n\n"
        "At noon the water of Mill Creek, swollen by three days of rain, rose over the\n"
        "lower bridge—three feet in an hour, the keeper said—\n"
        "and the mill hands left their looms.\n"
    )
    [story] = items(text)
    assert story["body"][0][1] == (
        "At noon the water of Mill Creek, swollen by three days of rain, rose over the "
        "lower bridge—three feet in an hour, the keeper said—and the mill hands left "
        "their looms."
    )


def test_a_spaced_dash_at_a_lines_end_keeps_its_space() -> None:
    text = (
        "FLOOD AT MILL CREEK\n\n"
        "At noon the water of Mill Creek, swollen by three days of rain, rose over the\n"
        "lower bridge — three feet in an hour, the keeper said —\n"
        "and the mill hands left their looms.\n"
    )
    [story] = items(text)
    assert story["body"][0][1] == (
        "At noon the water of Mill Creek, swollen by three days of rain, rose over the "
        "lower bridge — three feet in an hour, the keeper said — and the mill hands left "
        "their looms."
    )


# --- a wire photo's caption opening with its credit ------------------------------------

WIRE = (
    "가람국 총리, 조기 총선 선언\n\n"
    "[누리시티=AP/뉴시스] 가람국 총리가 17일(현지시간) 총리 관저 앞에서 연설을 하고 있다.\n\n"
    "【누리시티=홍길동 특파원】 가람국 총리가 의회를 해산하고 내년 1월 조기 총선을 치르겠다고 "
    "17일 밝혔다. 여당의 지지율은 석 달째 20%대에 머물고 있다.\n"
)


def test_a_line_opening_with_a_place_and_two_agencies_is_a_photos_caption() -> None:
    [story] = items(WIRE)
    assert [kind for kind, _ in story["body"]] == ["caption", "lead"]
    _, trace = explain_text(WIRE)
    assert trace.rule("p1-1", "body.0") == WIRE_PHOTO


def test_a_wire_storys_dateline_with_its_reporter_stays_the_lead() -> None:
    text = (
        "가람국 총리, 조기 총선 선언\n\n"
        "[누리시티=AP/뉴시스] 홍길동 특파원 = 가람국 총리가 의회를 해산하고 내년 1월 조기 "
        "총선을 치르겠다고 17일 밝혔다.\n\n"
        "여당의 지지율은 석 달째 20%대에 머물고 있다.\n"
    )
    [story] = items(text)
    assert [kind for kind, _ in story["body"]][0] == "lead"


# --- a wire byline on a line of its own under its story --------------------------------

ALONE = (
    "가람국 폭설로 항공편 300편 결항\n\n"
    "가람국 북부에 이틀째 폭설이 내려 공항 세 곳의 항공편 300여편이 결항했다고 현지 언론이 "
    "17일 전했다.\n\n"
    "(누리시티=연합뉴스) 홍길동 특파원\n\n"
    "나라국 대통령, 내달 국빈 방문\n\n"
    "나라국 대통령이 다음 달 국빈 방문길에 오른다고 대통령실이 17일 발표했다.\n"
)


def test_a_wire_byline_alone_under_a_story_signs_it_and_heads_nothing() -> None:
    first, second = items(ALONE)
    assert first["bylines"] == [("홍길동", "특파원", None, "누리시티")]
    assert second["headline"] == "나라국 대통령, 내달 국빈 방문"
    assert second["deck"] == [] and second["bylines"] == []
    _, trace = explain_text(ALONE)
    assert WIRE_BYLINE in trace.rule("p1-1", "byline.0")


def test_a_wire_dateline_over_its_text_still_opens_the_lead() -> None:
    text = (
        "나라국 대통령, 내달 국빈 방문\n\n"
        "(누리시티=연합뉴스) 홍길동 특파원 = 나라국 대통령이 다음 달 국빈 방문길에 오른다고 "
        "대통령실이 17일 발표했다.\n"
    )
    [story] = items(text)
    assert story["bylines"] == [("홍길동", "특파원", None, "누리시티")]
    assert story["body"][0][1].startswith("나라국 대통령이")


# --- a running head under the section's label ------------------------------------------

STORY_KO = (
    "가람시, 시내버스 노선 12개 개편\n\n"
    "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다. 출퇴근 시간 배차 간격도 "
    "줄인다.\n"
)


def test_a_running_head_under_the_label_is_the_folio_not_a_headline() -> None:
    text = f"사회\n\n2026년 3월 4일 수요일 9\n\n{STORY_KO}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None and edition.masthead.date == "2026-03-04"
    [page] = edition.pages
    assert page.section == "사회"
    assert [it["headline"] for it in items(text)] == ["가람시, 시내버스 노선 12개 개편"]
    assert trace.rule("edition", "masthead") == FOLIO_UNDER


def test_a_page_number_alone_over_a_dated_paper_name_joins_the_folio() -> None:
    text = f"오피니언\n\n17\n\n2026년 3월 4일 수요일 가람일보\n\n{STORY_KO}"
    edition = ingest_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("가람일보", "2026-03-04")
    assert [it["headline"] for it in items(text)] == ["가람시, 시내버스 노선 12개 개편"]


def test_a_number_over_a_headline_under_the_label_stays_text() -> None:
    text = f"사회\n\n3\n\n{STORY_KO}"
    edition = ingest_text(text)
    assert edition.masthead is None and edition.pages[0].folio is None


# --- a front page's index box ------------------------------------------------------------

INDEX = (
    "오늘의 주요 기사\n\n"
    "▷3면 가람시, 내년 예산 2조원 넘어\n\n"
    "▷12면 누리천 철새 도래지 복원\n\n"
    "“버스가 늦으면 시민이 늦는다” 노선 12개 개편\n\n"
    "출퇴근 배차 간격 10분에서 7분으로\n\n"
    "심야 노선 3개 새로 생겨\n\n"
    "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다. 출퇴근 시간 배차 간격도 "
    "줄인다.\n"
)


def test_an_index_boxs_page_entries_are_its_bullets_and_the_next_line_starts_a_story() -> None:
    box, story = items(INDEX)
    assert box["headline"] == "오늘의 주요 기사"
    assert box["body"] == [
        ("bullet", "3면 가람시, 내년 예산 2조원 넘어"),
        ("bullet", "12면 누리천 철새 도래지 복원"),
    ]
    assert story["headline"] == "“버스가 늦으면 시민이 늦는다” 노선 12개 개편"
    assert story["deck"] == ["출퇴근 배차 간격 10분에서 7분으로", "심야 노선 3개 새로 생겨"]
    _, trace = explain_text(INDEX)
    assert INDEX_ENDS in trace.rule("p1-2")


def test_a_marked_line_without_a_page_number_stays_a_subhead_of_its_story() -> None:
    text = (
        "가람시, 시내버스 노선 12개 개편\n\n"
        "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다.\n\n"
        "▷ 배차 간격 줄여\n\n"
        "출퇴근 시간 배차 간격도 10분에서 7분으로 줄인다.\n"
    )
    [story] = items(text)
    assert [kind for kind, _ in story["body"]] == ["lead", "subhead", "paragraph"]


# --- a piece set in numbered parts -----------------------------------------------------

PARTS = (
    "누리천 정비 사업의 쟁점\n\n"
    "Ⅰ. 사업의 개요\n\n"
    "누리시는 2024년부터 누리천 하류 4㎞ 구간의 제방을 높이고 산책로를 새로 냈다.\n\n"
    "Ⅱ. 주민의 요구\n\n"
    "하류 주민들은 공사 기간 동안 임시 통행로를 마련해 달라고 요구했다.\n\n"
    "Ⅲ. 남은 과제\n\n"
    "1. 예산의 확보\n\n"
    "시는 내년 예산에 남은 공사비 120억원을 반영하기로 했다.\n"
)


def test_a_part_after_one_the_item_printed_goes_on_with_it() -> None:
    [piece] = items(PARTS)
    assert piece["headline"] == "누리천 정비 사업의 쟁점"
    assert ("subhead", "Ⅱ. 주민의 요구") in piece["body"]
    assert ("subhead", "Ⅲ. 남은 과제") in piece["body"]
    _, trace = explain_text(PARTS)
    assert PART_GOES_ON in trace.rule("p1-1")
    assert PART_HEAD in trace.notes.values()


def test_a_first_numbered_part_after_finished_text_may_still_head_an_item() -> None:
    text = (
        "누리시, 하천 정비 마무리\n\n"
        "누리시는 누리천 하류 4㎞ 구간의 정비를 마쳤다고 3일 밝혔다.\n\n"
        "Ⅱ. 주민의 요구\n\n"
        "하류 주민들은 공사 기간 동안 임시 통행로를 마련해 달라고 요구했다.\n"
    )
    _, trace = explain_text(text)
    assert all(PART_GOES_ON not in rule for rule in trace.notes.values())


# --- a weekly's running head: paper, issue, date, section, page -------------------------


def test_a_running_head_with_the_papers_issue_names_the_paper_and_its_section() -> None:
    text = f"누리법률 제512호 2026년 3월 2일 월요일 판례 7\n\n판례\n\n{STORY_KO}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    m = edition.masthead
    assert (m.paper, m.issue, m.date) == ("누리법률", 512, "2026-03-02")
    assert edition.pages[0].section == "판례"
    assert [it["headline"] for it in items(text)] == ["가람시, 시내버스 노선 12개 개편"]
    assert trace.rule("p1") == LABEL_AGAIN


def test_a_headline_with_a_date_and_an_issue_in_two_places_is_no_running_head() -> None:
    text = f"누리 제512호 특집 2026년 3월 2일 월요일 기념 7\n\n{STORY_KO}"
    edition = ingest_text(text)
    assert edition.masthead is None or edition.masthead.issue is None


# --- a ranked box of headlines ---------------------------------------------------------

RANKED = (
    f"{STORY_KO}\n"
    "홍길동 기자 hong@garam.kr\n\n"
    "많이 본 뉴스\n\n"
    "1 누리천 벚꽃길 다음 주 만개\n\n"
    "2 “주차장 늘려달라” 가람시장 상인들\n\n"
    "3 프로농구 누리FC, 홈 6연승\n"
)


def test_ranked_lines_counting_up_are_entries_keeping_their_ranks() -> None:
    box = items(RANKED)[-1]
    assert box["body"] == [
        ("bullet", "1 누리천 벚꽃길 다음 주 만개"),
        ("bullet", "2 “주차장 늘려달라” 가람시장 상인들"),
        ("bullet", "3 프로농구 누리FC, 홈 6연승"),
    ]
    _, trace = explain_text(RANKED)
    assert RANK_RUN in trace.notes.values()


def test_lines_opening_with_figures_that_do_not_count_up_stay_text() -> None:
    text = f"{STORY_KO}\n오늘의 기록\n\n3 팀이 동점으로 시즌을 마쳤다\n\n7 경기 연속 무승부 기록\n"
    _, trace = explain_text(text)
    assert RANK_RUN not in trace.notes.values()


# --- an obituary's entry ---------------------------------------------------------------


def test_an_obituarys_marked_entry_is_a_bullet_not_a_caption() -> None:
    text = (
        "[부고]\n\n"
        "▲홍길동(전 가람시청 국장)씨 별세, 홍누리(누리고 교사)씨 부친상=3일 가람병원 장례식장, "
        "발인 5일 오전 8시 061-000-0000\n\n"
        "신간 안내\n\n"
        "『가람의 강』\n\n"
        "홍길동 지음, 가람출판, 320쪽, 1만8000원. 가람강 유역의 100년을 다룬 책이다.\n"
    )
    obit = items(text)[0]
    assert obit["body"][0][0] == "bullet"
    _, trace = explain_text(text)
    assert OBITUARY_RULE in trace.rule("p1-1", "body.0")


def test_a_marked_scene_stays_a_caption() -> None:
    text = (
        "가람시, 시내버스 노선 12개 개편\n\n"
        "▲3일 가람시청 앞 정류장에서 시민들이 새 노선도를 살펴보고 있다.\n\n"
        "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다. 출퇴근 시간 배차 "
        "간격도 줄인다.\n"
    )
    [story] = items(text)
    assert story["body"][0][0] == "caption"
