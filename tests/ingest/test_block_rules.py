"""Blocks printed without blank lines on pages that have them, decided block by block
(issue 14, third round), each on a small made-up example.

A short line without final punctuation between sentence lines of one block is a brief's
headline; a numbered line at a block's top ('1. 사실관계') is a subhead over its
paragraphs; a narrow column's wrapped paragraph stays whole. Every name and fact is
invented; none is taken from the blind sets.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import TABLE_END, stands_alone
from reader.ingest.lines import Line, Para
from reader.ingest.sentence_lines import SENTENCE_LINES, sentence_cuts
from tests.ingest.test_conventions import LEAD, MORE, items

STORY = f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n{MORE}\n\n한가람 기자\n"
BRIEFS = (
    "[단신 모음]\n"
    "누리도서관, 야간 개관\n"
    "누리도서관은 다음 달부터 평일 밤 10시까지 문을 연다고 3일 밝혔다.\n"
    "해변 산책로 정비 마쳐\n"
    "누리군은 해변 산책로 2㎞ 구간의 정비 공사를 마치고 4일부터 개방한다고 밝혔다.\n"
)


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 0) for t in texts]


def test_briefs_printed_line_after_line_under_a_title_are_an_item_each() -> None:
    got = items(f"{STORY}\n{BRIEFS}")
    assert [it["headline"] for it in got] == [
        "누리시, 골목상권 지원 두 배로",
        "단신 모음",
        "누리도서관, 야간 개관",
        "해변 산책로 정비 마쳐",
    ]
    assert got[3]["body"] == [
        ("lead", "누리군은 해변 산책로 2㎞ 구간의 정비 공사를 마치고 4일부터 개방한다고 밝혔다.")
    ]


def test_numbered_parts_at_the_top_of_their_blocks_are_subheads() -> None:
    text = (
        "[한가람의 노동법 읽기] 연차휴가의 사용\n\n"
        "1. 사건의 개요\n"
        "근로자는 연차휴가를 쓰겠다고 신청했으나 회사는 바쁜 시기라며 거절했다.\n\n"
        "2. 법원의 판단\n"
        "법원은 회사가 시기를 바꿀 수는 있어도 휴가 자체를 막을 수는 없다고 판단했다.\n\n"
        "한가람 노무사\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["subhead", "paragraph", "subhead", "paragraph"]
    assert item["body"][0] == ("subhead", "1. 사건의 개요")


def test_a_narrow_columns_wrapped_paragraph_stays_whole() -> None:
    wrapped = _lines(
        "누리시는 올해 골목",
        "상권 지원 예산을",
        "두 배로 늘렸다. 시는",
        "청년 상인에게 임대료를",
        "지원한다고 밝혔다.",
    )
    assert not stands_alone(wrapped)


def test_a_short_line_between_sentences_of_similar_length_runs_on() -> None:
    # The line after the short one is no longer than a wrapped line: not a headline's text.
    lines = _lines("시는 예산을 늘렸다.", "청년 상인에게", "임대료를 준다.")
    assert not stands_alone(lines)
    lines = _lines("시는 예산을 늘렸다.", "청년 상인 지원", MORE)
    assert stands_alone(lines)


TIGHT = (
    "누리시 꽃길 축제에 2만명 다녀가\n"
    "\n"
    "누리시는 지난 주말 강변 공원에서 열린 꽃길 축제에 시민 2만여 명이 다녀갔다고 밝혔다.\n"
    "축제 기간 강변 산책로에는 튤립과 수선화 40만 송이가 심겨 방문객들의 발길을 붙잡았다.\n"
    "시는 내년부터 축제 기간을 닷새로 늘리고 야간 조명 행사도 함께 열 계획이다. 시 관계자는\n"
    '"시민들의 호응이 예상보다 컸다"고 말했다.\n'
)


def test_a_tight_wrapped_block_ends_a_paragraph_at_each_line_closing_a_sentence() -> None:
    [story] = items(TIGHT)
    assert [text for _, text in story["body"]] == [
        "누리시는 지난 주말 강변 공원에서 열린 꽃길 축제에 시민 2만여 명이 다녀갔다고 밝혔다.",
        "축제 기간 강변 산책로에는 튤립과 수선화 40만 송이가 심겨 방문객들의 발길을 붙잡았다.",
        "시는 내년부터 축제 기간을 닷새로 늘리고 야간 조명 행사도 함께 열 계획이다. 시 관계자는"
        ' "시민들의 호응이 예상보다 컸다"고 말했다.',
    ]
    _, trace = explain_text(TIGHT)
    assert SENTENCE_LINES in trace.rule("p1-1")


def test_a_wrapped_block_beside_paragraphs_set_apart_by_blank_lines_stays_whole() -> None:
    # The paper parts its paragraphs by blank lines: a line that happens to close a
    # sentence at the column's edge ends no paragraph.
    more = "시는 다음 달 축제 결과 보고서를 누리집에 올려 시민 의견을 받을 예정이라고 밝혔다."
    apart = f"{TIGHT}\n{more}\n"
    [story] = items(apart)
    assert len(story["body"]) == 2


def test_an_answers_second_sentence_line_stays_in_the_answer() -> None:
    text = (
        "누리시 주차 요금 문답\n"
        "\n"
        "다음 달부터 누리시 공영주차장 요금이 바뀐다. 시민들이 자주 묻는 내용을 문답으로\n"
        "정리했다.\n"
        "Q. 요금은 얼마나 오르나.\n"
        "A. 30분에 500원이던 기본요금이 700원으로 오르고, 이후 10분마다 200원이 더해진다.\n"
        "경차와 친환경차는 지금처럼 절반만 낸다.\n"
    )
    [story] = items(text)
    answers = [t for kind, t in story["body"] if kind == "answer"]
    assert answers == [
        "30분에 500원이던 기본요금이 700원으로 오르고, 이후 10분마다 200원이 더해진다."
        " 경차와 친환경차는 지금처럼 절반만 낸다."
    ]


def test_a_tight_block_over_a_lists_points_cuts_no_paragraph() -> None:
    # the near miss: a wrapped sentence over a list's points one under another ('· …'):
    # the units read the points, and the block is left as it was
    lines = [
        "누리시 공영주차장 요금이 다음 달부터 바뀐다. 시민들이 꼭 알아 둘 점을 정리하면",
        "이렇다. 시는 안내문을 각 동 주민센터에 붙였다.",
        "· 경차와 친환경차는 지금처럼 절반만 낸다",
        "· 밤 10시부터 아침 7시까지는 받지 않는다",
    ]
    assert sentence_cuts(Para(_lines(*lines)), None, None) is None


RUN_OF_BRIEFS = (
    "지하철 2호선 첫차 늦춰\n"
    "누리교통공사는 선로 점검으로 9일 2호선 첫차가 평소보다 10분 늦게 출발한다고 밝혔다.\n\n"
    "공영주차장 요금 동결\n"
    "누리시는 공영주차장 한 시간 요금을 올해도 1,000원으로 유지하기로 했다고 밝혔다.\n\n"
    "도서관 야간 개관 늘려\n"
    "누리도서관은 다음 달부터 목요일에도 밤 10시까지 문을 연다고 3일 밝혔다.\n"
)


def test_a_run_of_heads_each_over_one_sentence_is_a_run_of_briefs() -> None:
    got = items(RUN_OF_BRIEFS)
    assert [i["headline"] for i in got] == [
        "지하철 2호선 첫차 늦춰",
        "공영주차장 요금 동결",
        "도서관 야간 개관 늘려",
    ]
    assert all(len(i["body"]) == 1 for i in got)


def test_numbered_parts_each_over_one_sentence_stay_in_their_story() -> None:
    text = (
        "임대인의 수선의무, 어디까지인가\n\n"
        f"{LEAD}\n\n"
        "1. 사실관계\n"
        "원고는 상가 건물 1층을 빌려 식당을 하다가 누수로 석 달간 영업하지 못했다고 주장했다.\n\n"
        "2. 판결 요지\n"
        "대법원은 임대인이 사용에 필요한 상태로 건물을 유지할 의무를 진다고 판단했다.\n"
    )
    assert len(items(text)) == 1


def test_one_head_over_one_sentence_after_a_story_stays_its_text() -> None:
    # alone, a short line over a sentence after finished text may open a wrapped paragraph
    brief = "공영주차장 요금\n누리시는 주차장 한 시간 요금을 1,000원으로 유지하기로 했다."
    text = f"{STORY.rstrip()}\n\n{brief}\n"
    _, trace = explain_text(text)
    assert all("block after block" not in why for why in trace.notes.values())


# A story set a paragraph a line with a table among its lines, all in one block.
ROWS = "노선\t승객\t증감\n1번\t4200\t+12%\n2번\t3100\t+8%"


def test_a_tables_source_under_its_rows_ends_the_table_in_a_tight_block() -> None:
    table = f"◇ 노선별 하루 승객\n{ROWS}\n자료: 누리시"
    text = f"누리시 버스 이용 늘어\n\n{LEAD}\n{table}\n{MORE}\n한누리 기자\n"
    [item] = items(text)
    assert item["body"][-2:] == [("paragraph", "자료: 누리시"), ("paragraph", MORE)]
    assert item["body"][1] == ("subhead", "노선별 하루 승객")
    _, trace = explain_text(text)
    assert any(TABLE_END in why for why in trace.notes.values())


def test_a_unit_note_and_a_source_on_one_line_end_the_table_too() -> None:
    text = f"누리시 버스 이용 늘어\n\n{LEAD}\n{ROWS}\n※단위: 명, %. 자료: 누리시\n{MORE}\n"
    [item] = items(text)
    assert item["body"][-2:] == [("paragraph", "※단위: 명, %. 자료: 누리시"), ("paragraph", MORE)]


def test_a_note_under_rows_wrapped_mid_sentence_is_not_cut_off_its_end() -> None:
    note = "※ 승객 수는 교통카드로 찍은 사람만 센 것으로 현금을 낸"
    text = f"누리시 버스 이용 늘어\n\n{LEAD}\n{ROWS}\n{note}\n승객은 빠져 있다.\n{MORE}\n"
    [item] = items(text)
    assert ("paragraph", "승객은 빠져 있다.") not in item["body"]
    assert any(f"{note} 승객은 빠져 있다." in body for _, body in item["body"])
