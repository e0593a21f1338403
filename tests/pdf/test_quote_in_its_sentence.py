"""A pulled quote set in the middle of the sentence it repeats (page 77 of tests/pdfreal):
the sentence's line before the quote ends short where the quote stands ('… 모두가'),
and the sentence goes on under the quote flush at the column's left, where the story
indents its paragraphs. Read as one paragraph, the quote after it (`resumed.py`), not the
sentence's end as a paragraph of its own."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Sheet, write

W, H = 595.0, 842.0
LEFT, MEASURE, STEP = (40.0, 215.0), 140.0, 12.5
FIRST = [
    "면 소재지의 마지막 가게가 문을 닫은",
    "지 1년 반 만에 주민 200명이 돈을 모",
    "아 협동조합 가게를 세웠다. 지난 한",
    "해 매출은 2억원을 넘었다. 조합원 스",
    "무 명이 돌아가며 계산대를 지킨다.",
]
BEFORE = [
    "이사장 김다온씨는 “물건을 사러",
    "왔다가 안부를 묻고 가는 곳”이라며",
    "“마을 사람 모두가",
]
QUOTE = ["“마을 사람 모두가", "주인인 가게라서", "문을 닫을 수 없다"]
AFTER = [
    "주인인 가게라서 문을 닫을 수 없다”고",
    "말했다. 오후마다 장을 본 어르신들이",
    "가게 앞 평상에 모여 앉는다.",
]


def _column(s: Sheet, x: float, top: float, lines: list[str], indent: float) -> float:
    """lines set justified to the measure, the first `indent` in, the last as it runs."""
    for k, line in enumerate(lines):
        at = x + (indent if k == 0 else 0.0)
        if k + 1 < len(lines):
            s.justified(at, top, line, SERIF, 9, MEASURE - (at - x))
        else:
            s.text(at, top, line, SERIF, 9)
        top += STEP
    return top


def _story(tmp: Path, last: str = BEFORE[-1], after_indent: float = 0.0) -> list[str]:
    """The story's body texts: its first column a paragraph, its second BEFORE (its last
    line `last`), the quote between large marks, then AFTER (its first line `after_indent`
    in)."""
    s = Sheet(W, H)
    s.text(LEFT[0], 40, "주민 200명이 세운 마을 가게 1년", SANS, 22)
    _column(s, LEFT[0], 80, FIRST, 9.0)
    top = _column(s, LEFT[1], 80, [*BEFORE[:-1], last], 9.0) + 6
    for line in QUOTE:
        s.text(LEFT[1], top, line, SANS, 12.5)
        top += 16
    s.text(LEFT[1] + MEASURE - 15, top - 4, "”", SANS, 30)
    _column(s, LEFT[1], top + 30, AFTER, after_indent)
    done = ingest_pdf(write(tmp / "page.pdf", [s]))
    (story,) = [it for _, it in done.edition.items() if isinstance(it, Article)]
    return [b.text for b in story.body]


def test_the_sentence_a_quote_interrupts_goes_on_under_it(tmp_path: Path) -> None:
    texts = _story(tmp_path)
    (para,) = [t for t in texts if t.startswith("이사장")]
    assert "“마을 사람 모두가 주인인 가게라서 문을 닫을 수 없다”고 말했다. 오후마다" in para
    assert texts[texts.index(para) + 1] == "“마을 사람 모두가 주인인 가게라서 문을 닫을 수 없다”"


def test_a_line_indented_under_the_quote_opens_a_paragraph(tmp_path: Path) -> None:
    """Near miss: the line under the quote indented as the story's paragraphs are."""
    texts = _story(tmp_path, after_indent=9.0)
    assert any(t.startswith("주인인 가게라서") for t in texts)


def test_a_sentence_ended_before_the_quote_ends_its_paragraph(tmp_path: Path) -> None:
    """Near miss: the line before the quote ends a sentence."""
    texts = _story(tmp_path, last="“마을 사람 모두의 것.”")
    assert any(t.startswith("주인인 가게라서") for t in texts)
