"""A middle dot between two syllables ('읍·면사무소') that a line's end tore from the
syllable before it opens the next line: a pair's dot, carried on in its paragraph
(paragraphs.py), not a list's mark. A dot with a space after it, or at the head of a line
after an item that itself opens with one or after a sentence's end, still opens an item
of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Sheet, write

_MEASURE = 160.0
_BEFORE = [
    "군은 올해 500명이 지원을 받을 것으로",
    "보고 예산 12억원을 마련했다. 읍내 원",
    "룸 월세가 평균 35만원이어서 절반 넘게",
    "덜어 주는 셈이다.",
]


def _texts(path: Path, torn: str, head: str) -> list[str]:
    """A paragraph, then one whose first line `torn` ends right before a line that opens
    `head` + '면사무소에서 받는다. 임대차 계약'."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "청년 월세 지원 두 배로", SANS, 22)
    y = 80.0
    for k, line in enumerate(_BEFORE):
        if k < len(_BEFORE) - 1:
            s.justified(40, y, line, SERIF, 9, _MEASURE)
        else:
            s.text(40, y, line, SERIF, 9)
        y += 13
    s.justified(49, y, torn, SERIF, 9, _MEASURE - 9)
    s.justified(40, y + 13, head + "면사무소에서 받는다. 임대차 계약", SERIF, 9, _MEASURE)
    s.text(40, y + 26, "서와 통장 사본을 내면 된다.", SERIF, 9)
    items = ingest_pdf(write(path, [s])).edition.pages[0].items
    assert len(items) == 1 and isinstance(items[0], Article)
    return [b.text for b in items[0].body]


def test_a_dot_between_two_syllables_carries_on_its_paragraph(tmp_path: Path) -> None:
    texts = _texts(tmp_path / "pair.pdf", "신청은 3월 4일부터 사는 곳의 읍", "·")
    whole = "신청은 3월 4일부터 사는 곳의 읍·면사무소에서 받는다. "
    assert texts[-1] == whole + "임대차 계약서와 통장 사본을 내면 된다."


@pytest.mark.parametrize(
    ("torn", "head"),
    [
        ("신청은 3월 4일부터 사는 곳의 읍", "· "),
        ("·신청은 3월 4일부터 사는 곳의 읍", "·"),
        ("신청은 3월 4일부터 받는다. 곳은 읍.", "·"),
    ],
    ids=["dot_and_space", "after_an_item", "after_a_sentence"],
)
def test_a_dot_opening_an_item_stays_its_mark(tmp_path: Path, torn: str, head: str) -> None:
    texts = _texts(tmp_path / "item.pdf", torn, head)
    assert any(t.lstrip("· ").startswith("면사무소에서") for t in texts)
