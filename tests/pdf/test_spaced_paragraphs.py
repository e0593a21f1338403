"""Paragraphs set apart by space, not indent (fpdf2 sets each paragraph's lines one under
another and steps down a little more before the next): a step wider than the column's
even one opens a paragraph (paragraphs.spaced_openings); a column spaced unevenly, or a
short line in a narrow column that the next word could not have followed, shows none."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SERIF, Sheet, width, write

FIRST = [
    "달내 시외버스터미널이 삼십 년 만에",
    "새 건물로 옮긴다. 달내군은 읍내 동쪽",
    "옛 창고 자리에 새 터미널을 짓는다고",
    "이십일일 밝혔다. 내년 가을 문을 연다.",
]
SECOND = [
    "지금 터미널은 장터 옆에 지었다. 대합",
    "실이 좁고 화장실이 밖에 있어 겨울마다",
    "이용객의 불만이 컸다고 군은 밝혔다.",
]
SIZE = 9.0


def _body(tmp_path: Path, lines: list[str], steps: list[float]) -> list[str]:
    """The body paragraphs of a story whose lines stand `steps` apart, baseline to
    baseline, under a headline."""
    sheet = Sheet(w=400, h=400)
    sheet.text(40, 40, "달내 터미널 새 건물로", SERIF, 20)
    top = 80.0
    for k, line in enumerate(lines):
        sheet.text(40, top, line, SERIF, SIZE)
        top += steps[k] if k < len(steps) else 0
    pdf = write(tmp_path / "page.pdf", [sheet])
    (article,) = ingest_pdf(pdf).edition.articles()
    assert isinstance(article, Article)
    return [b.text for b in article.body]


def test_a_wider_step_between_a_columns_lines_opens_a_paragraph(tmp_path: Path) -> None:
    # The first paragraph's last line is full: no room left shows the break.
    right = max(width(x, SERIF, SIZE) for x in FIRST + SECOND)
    assert right - width(FIRST[-1], SERIF, SIZE) < width("지금 ", SERIF, SIZE)
    body = _body(tmp_path, FIRST + SECOND, [13.0, 13.0, 13.0, 17.0, 13.0, 13.0])
    assert len(body) == 2
    assert body[0].endswith("문을 연다.") and body[1].startswith("지금 터미널은")


def test_a_column_spaced_unevenly_or_evenly_stays_one_paragraph(tmp_path: Path) -> None:
    """Near misses: the producer's steps vary line by line (no step is the even one),
    or every step is even."""
    uneven = [11.5, 16.5, 12.0, 17.0, 11.5, 16.0]
    assert len(_body(tmp_path, FIRST + SECOND, uneven)) == 1
    assert len(_body(tmp_path, FIRST + SECOND, [13.0] * 6)) == 1


def test_a_short_line_ending_a_sentence_in_a_narrow_column_carries_on(tmp_path: Path) -> None:
    """Near miss: '버스가 선다.' is short only because '시외버스터미널' would not fit
    after it; evenly spaced, the column is one paragraph."""
    narrow = [
        "앞 광장에 택시가",
        "버스가 선다.",
        "시외버스터미널",
        "앞 광장에 택시가",
        "줄지어 선다.",
    ]
    assert len(_body(tmp_path, narrow, [13.0] * 4)) == 1
