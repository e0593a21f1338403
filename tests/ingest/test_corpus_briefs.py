"""A corpus's brief of one short sentence, on small made-up examples: on a page of one
story a line, a short brief is cut at its bar; a short line alone, a part no longer than its
head, a table's rows under their header and a sentence broken by a tab after its subject are
not (the rest of corpus lines: test_corpus_lines.py). Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.tab_head import HABIT_HEAD
from tests.ingest.test_conventions import items

# --- a corpus's brief of one short sentence ----------------------------------------------

SHORT_BRIEFS = (
    "솔뫼군, 내년 예산 9천억원 편성 | 솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 "
    "짜 12일 군의회에 냈다고 밝혔다.\n"
    "시장 주차장 80면 늘린다 | 군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 "
    "3일 밝혔다.\n"
)


def test_a_short_brief_on_a_page_of_corpus_lines_is_cut_at_its_bar() -> None:
    text = f"{SHORT_BRIEFS}솔뫼 오일장 백 년 잔치 | 솔뫼 오일장이 6일 백 년 잔치를 연다.\n"
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
    text = f"{SHORT_BRIEFS}솔뫼군 읍면별 인구 집계 결과 | 모두 3만명.\n"
    assert [item["headline"] for item in items(text)] == [
        "솔뫼군, 내년 예산 9천억원 편성",
        "시장 주차장 80면 늘린다",
    ]


BRIEF_LINES = (
    "은빛시 도서관, 심야 책 반납함 설치\t은빛시는 다음 달부터 중앙도서관 정문에 심야 책 "
    "반납함을 설치해 24시간 운영한다고 밝혔다.\n"
    "구청, 공영 주차장 2곳 신설\t구청은 내년 상반기까지 역 주변에 공영 주차장 2곳을 새로 "
    "짓고 공사는 6월에 끝난다.\n"
)


def test_a_tables_rows_under_its_header_on_a_corpus_page_are_no_briefs() -> None:
    text = BRIEF_LINES + (
        "용어 풀이\t뜻\n기준 금리\t중앙은행이 정한다.\n가계 부채\t집안의 빚을 말한다.\n"
    )
    heads = [item["headline"] for item in items(text)]
    assert heads == ["은빛시 도서관, 심야 책 반납함 설치", "구청, 공영 주차장 2곳 신설"]


def test_a_sentence_broken_by_a_tab_after_its_subject_is_no_brief() -> None:
    text = BRIEF_LINES + "시민단체 측은\t이번 예산에 복지 예산이 적다고 비판했다.\n"
    got = items(text)
    assert [item["headline"] for item in got] == [
        "은빛시 도서관, 심야 책 반납함 설치",
        "구청, 공영 주차장 2곳 신설",
    ]
    assert got[-1]["body"][-1][1] == "시민단체 측은\t이번 예산에 복지 예산이 적다고 비판했다."
