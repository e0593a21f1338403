"""A number torn from its counter or unit at the end of a full line of a justified Korean
column (docs/ingest-conventions.md, "Round fifty-one (text with no blank line)"): the
break joins. The columns below are made up, every line but the last at one width in cells,
and none of the joined words is printed whole elsewhere in them."""

from __future__ import annotations

from rich.cells import cell_len

from reader.ingest import ingest_text
from reader.ingest.repair import Vocabulary, join_lines
from tests.ingest.test_repair_chunk import lines_of


def _join(texts: list[str]) -> str:
    return join_lines(lines_of(texts), Vocabulary("\n".join(texts))).text


COLUMN = [
    "군은 올해 아동 수당 대상을 만 12",
    "세 이하 아동으로 넓히고 가구당 1억",
    "원까지 빌려준다. 대출 상한은 1만",
    "8000원이며 올해 신청 가구는 3246",
    "명이다. 군은 신청 서류를 오는 2월",
    "초까지 받는다고 밝혔다.",
]


def test_the_column_is_justified() -> None:
    widths = {cell_len(text) for text in COLUMN[:-1]}
    assert max(widths) - min(widths) <= 2


def test_a_number_torn_from_its_counter_or_unit_at_a_full_line_joins() -> None:
    text = _join(COLUMN)
    assert "만 12세 이하" in text
    assert "가구당 1억원까지" in text
    assert "1만8000원이며" in text
    assert "3246명이다" in text


def test_a_word_after_a_date_or_a_count_in_full_keeps_its_space() -> None:
    # Near misses at the width: '2월' ends on a Hangul counter already, so '초' is a word
    # of its own; a count whose magnitude is not followed by a unit or digits stays apart.
    assert "2월 초까지" in _join(COLUMN)
    column = [
        "경기장에는 이날 구름 관중 5만",
        "관중이 몰렸고 입장권은 모두 팔",
        "렸다. 구단은 다음 경기도 같은 규",
        "모로 치른다고 했다.",
    ]
    assert "5만 관중이" in _join(column)


def test_the_same_break_in_ragged_lines_keeps_its_space() -> None:
    # Near miss: lines off any width, broken where a space stood ('12 세대').
    ragged = [
        "새 단지에는 모두 12",
        "세대가 입주해 다음 달부터 관리비를 낸다고 했다",
        "관리사무소는 이달 말 문을 연다",
        "입주 설명회는 이번 주에 열린다.",
    ]
    assert "12 세대가" in _join(ragged)


def test_the_text_ingest_joins_a_torn_number_in_a_column() -> None:
    page = "아동 지원 넓힌다\n\n" + "\n".join(COLUMN) + "\n"
    (_, item), *_ = ingest_text(page, name="numbers").items()
    assert "가구당 1억원까지" in " ".join(block.text for block in item.body)


def test_a_word_that_only_opens_on_a_counters_syllable_keeps_its_space() -> None:
    # Near misses at the width: '시민', '대학', '일자리', '시장' open on a counter's syllable
    # ('시', '대', '일') but are words of their own; '100|만원' is a unit after a magnitude.
    column = [
        "시는 올해 청년 지원 대상을 2024",
        "시민 전체로 넓히고 지역의 여러 3",
        "대학 졸업생에게 1인당 매달 100",
        "만원을 준다. 신청은 오는 봄 2025",
        "일자리 박람회에서 받으며 규모 12.4",
        "시장 예상보다 크다고 시는 밝혔다.",
    ]
    text = _join(column)
    assert "2024 시민 전체로" in text
    assert "3 대학 졸업생에게" in text
    assert "2025 일자리 박람회" in text
    assert "12.4 시장 예상보다" in text
    assert "매달 100만원을 준다" in text
