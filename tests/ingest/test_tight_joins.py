"""Joins in Korean columns set tight (docs/ingest-conventions.md, "Joins in Korean columns
set tight"): a line that fills a justified Korean column is torn mid-word unless its last
syllable closes a word, its last word is a number's or a known noun, or the next line starts
a word of its own. Each paragraph below is made up; none of its torn words is printed whole
elsewhere in it, so only this rule can join them."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.repair import Vocabulary, join_lines
from tests.ingest.test_repair_chunk import lines_of


def _join(texts: list[str]) -> str:
    return join_lines(lines_of(texts), Vocabulary("\n".join(texts))).text


# Every line but the last 33 to 36 cells wide: a justified column torn at any syllable.
COLUMN = [
    "시청은 올겨울 폭설에 대비해 석 달 동",
    "안 제설 장비를 두 배로 늘리기로 했",
    "다. 시는 인력이 모자라면 민간 대체",
    "인력을 쓰되 비용은 넘지 않게 할 수",
    "없다고 밝혔다. 장비는 다음 달 2월",
    "초까지 들여와 주택가 골목에도 배치",
    "한다.",
]


def test_a_full_line_of_a_justified_korean_column_torn_mid_word_joins() -> None:
    text = _join(COLUMN)
    assert "석 달 동안 제설" in text


def test_a_full_line_that_ends_a_word_keeps_its_space() -> None:
    # Near misses, each at the column's width: the next line starts with a noun ('대체'
    # / '인력을'), with 없다 ('할 수' / '없다고'), or the last word is a number's ('2월').
    text = _join(COLUMN)
    assert "민간 대체 인력을" in text
    assert "할 수 없다고" in text
    assert "2월 초까지" in text


def test_a_full_line_closed_by_a_particle_keeps_its_space() -> None:
    # Near miss: '씩' is a particle, so the word '걸음씩' ends at the column's edge.
    column = [
        "두 나라는 이번 협상에서 한 걸음씩",
        "물러서 관세를 낮추기로 합의했다고",
        "밝혔다. 양국은 다음 달 실무 협의",
        "를 열어 세부 일정을 정한다.",
    ]
    assert "한 걸음씩 물러서 관세를" in _join(column)


def test_the_same_break_in_lines_off_any_width_keeps_its_space() -> None:
    # Near miss: ragged lines (no column width), so '동' / '안' may be two words. Five
    # lines, as many as a column needs, so the widths decide and not the lines' count.
    ragged = [
        "시청은 석 달 동",
        "안 제설 장비를 두 배로 늘리기로 했다고",
        "밝혔다. 시는 인력이 모자라면 민간 인력을 쓰되",
        "비용은 넘지 않게 할 방침이다. 장비는",
        "다음 달 들여온다.",
    ]
    assert "석 달 동 안" in _join(ragged)


def test_the_text_ingest_joins_a_torn_word_in_a_column_set_tight() -> None:
    page = "시청, 제설 장비 두 배로 늘린다\n\n" + "\n".join(COLUMN) + "\n"
    edition = ingest_text(page, name="tight")
    (_, item), *_ = edition.items()
    body = " ".join(block.text for block in item.body)
    assert "석 달 동안 제설" in body
    assert "민간 대체 인력을" in body
