"""Korean text set tight in a justified column, as a PDF's extraction gives it (issue 14,
round forty-six), each rule on a small made-up example and a near miss.

The column below is justified to 20 cells and torn at any syllable; its paragraphs have
no blank line and no indent between them, and each ends on a line visibly short of the
width. Every name and fact is invented; none is taken from the blind sets.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.justified import column_width
from reader.ingest.lines import Line
from reader.ingest.sentence_lines import JUSTIFIED_ENDS
from tests.ingest.test_conventions import items

COLUMN = (
    "누리시는 올해 골목\n"
    "상권 예산을 늘렸다.\n"  # full, and closes a sentence: the paragraph goes on
    "청년 상인의 임대료도\n"
    "돕기로 했다. 시는 석\n"
    "달마다 점검한다.\n"  # short of the width: the paragraph ends
    "빈 점포 마흔 곳은 청\n"
    "년 창업 공간으로 바\n"
    "뀐다. 공사는 다음 달\n"
    "시작된다.\n"
    '시 관계자는 "상인 부\n'
    '담을 덜겠다"고 말했\n'
    "다.\n"
)
STORY = f"누리시 골목상권 예산 두 배로\n\n{COLUMN}"


def _lines(text: str) -> list[Line]:
    return [Line(t, 0) for t in text.splitlines()]


def test_a_justified_column_set_tight_ends_a_paragraph_only_on_a_short_line() -> None:
    [story] = items(STORY)
    body = [text for _, text in story["body"]]
    assert len(body) == 3
    assert body[0].startswith("누리시는") and body[0].endswith("점검한다.")
    assert "늘렸다. 청년" in body[0]  # the full line closing a sentence ended nothing
    assert body[1].startswith("빈 점포") and body[1].endswith("시작된다.")
    assert body[2].startswith("시 관계자는")
    _, trace = explain_text(STORY)
    assert JUSTIFIED_ENDS in trace.rule("p1-1")


def test_the_column_width_is_read_in_cells_off_the_lines_running_on() -> None:
    assert column_width(_lines(COLUMN)) == 20


def test_lines_that_share_a_width_over_a_wider_line_are_no_column() -> None:
    # An ad's lines: three happen to share a width, but a wider line stands under them.
    ad = _lines(
        "누리법률사무소 직원 채용\n"
        "민사 분야 경력 3년 이상인 분을 모십니다.\n"
        "서류 접수는 12월 9일까지\n"
        "이메일 job@nuri.example\n"
        "전화 02-000-1234\n"
    )
    assert column_width(ad) is None


def test_a_column_wrapped_by_words_has_no_width() -> None:
    words = _lines(
        "누리시는 올해 골목\n상권 예산을\n두 배로 늘리고\n청년 상인의 임대료도\n돕는다.\n"
    )
    assert column_width(words) is None
