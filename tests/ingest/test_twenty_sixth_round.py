"""What the nineteenth to thirty-first sets still missed (issue 14, twenty-sixth round).
Each convention on a small made-up example of its own, with a near miss the rule must not
fire on; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.tab_head import HABIT_HEAD
from tests.ingest.test_conventions import items

# --- a corpus's brief of one short sentence ----------------------------------------------

CORPUS = (
    "솔뫼군, 내년 예산 9천억원 편성 | 솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 "
    "짜 12일 군의회에 냈다고 밝혔다.\n"
    "시장 주차장 80면 늘린다 | 군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 "
    "3일 밝혔다.\n"
)


def test_a_short_brief_on_a_page_of_corpus_lines_is_cut_at_its_bar() -> None:
    text = f"{CORPUS}솔뫼 오일장 백 년 잔치 | 솔뫼 오일장이 6일 백 년 잔치를 연다.\n"
    edition, trace = explain_text(text)
    third = items(text)[2]
    assert third["headline"] == "솔뫼 오일장 백 년 잔치"
    assert third["body"] == [("lead", "솔뫼 오일장이 6일 백 년 잔치를 연다.")]
    assert HABIT_HEAD in trace.rule("p1-3")


def test_a_short_tab_line_alone_is_not_cut() -> None:
    # one such line is no corpus: a label and a short sentence stay one paragraph
    text = "솔뫼군 소식\t오일장이 6일 잔치를 연다.\n"
    [item] = items(text)
    assert item["headline"] is None
    assert all(HABIT_HEAD not in rule for rule in explain_text(text)[1].notes.values())


def test_a_short_part_no_longer_than_its_head_is_not_cut() -> None:
    # on a corpus page, a text shorter than its 'headline' is a table's cell, not a brief
    text = f"{CORPUS}솔뫼군 읍면별 인구 집계 결과 | 모두 3만명.\n"
    assert [item["headline"] for item in items(text)] == [
        "솔뫼군, 내년 예산 9천억원 편성",
        "시장 주차장 80면 늘린다",
    ]
