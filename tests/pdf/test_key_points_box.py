"""A key-points box at the top of a story's first column (sidebars.py): a shaded box right
under the story's deck, the story's text starting right under it, is the story's, read
after its text (its title a subhead, its points bullets), where reading order takes the
head, the box and the text as three items. A box lower under the deck, or text starting
lower under the box or starting well right of its left side, stays an ad."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from reader.model import Ad, Article
from reader.pdf import ingest_pdf
from reader.pdf.parts import Para, Region
from reader.pdf.sidebars import sidebars
from tests.bench.pdf_figure_shapes import line
from tests.pdf.paper import SANS, Column, Flow, Sheet, write

_STORY = (
    "달내군이 다음 달부터 청년에게 주는 월세 지원금을 한 달 10만원에서 20만원으로 두 배 "
    "올린다. 지원 기간도 6개월에서 12개월로 늘린다. 지원 대상은 군에 주민등록을 둔 "
    "무주택 청년이다. 소득 기준은 없앴다. 군은 올해 500명이 지원을 받을 것으로 보고 "
    "예산 12억원을 마련했다. 읍내 원룸 월세가 평균 35만원이어서 절반 넘게 덜어 주는 셈이다."
)
_POINTS = ["▶ 지원액: 한 달 20만원", "▶ 대상: 무주택 청년", "▶ 문의: 청년정책팀"]


def _page(path: Path, under_deck: float, over_text: float, aside: float = 0) -> list[Article | Ad]:
    """A story over three columns whose first column opens with a shaded box,
    `under_deck` points under the deck, its text `over_text` points under the box and
    `aside` points right of its left side."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "청년 월세 지원, 다음 달부터 두 배로", SANS, 22)
    s.text(40, 70, "한 달 20만원씩 1년…19∼34세 누구나", SANS, 13)
    top = 70 + 13 + under_deck
    s.frame(40, top, 200, top + 70, shade=True)
    s.text(46, top + 6, "한눈에 보기", SANS, 10)
    for k, point in enumerate(_POINTS):
        s.text(46, top + 24 + 13 * k, point, SANS, 8)
    first = top + 70 + over_text
    flow = Flow(s, [Column(40 + aside, first, first + 80, 160 - aside), Column(215, 92, 300, 160)])
    for _ in range(2):
        flow.para(_STORY)
    s.text(300, 304, "은하람 기자", SANS, 9)
    items = ingest_pdf(write(path, [s])).edition.pages[0].items
    assert all(isinstance(it, Article | Ad) for it in items)
    return items  # type: ignore[return-value]


def test_a_box_between_a_storys_deck_and_its_text_is_the_storys(tmp_path: Path) -> None:
    items = _page(tmp_path / "points.pdf", 7, 8)
    assert [type(it) for it in items] == [Article]
    story = items[0]
    assert isinstance(story, Article) and story.headline is not None
    kinds = [(b.kind, b.text) for b in story.body]
    assert kinds[0][1].startswith("달내군이 다음 달부터")
    at = kinds.index(("subhead", "한눈에 보기"))
    assert at > 1 and all(k != "subhead" for k, _ in kinds[:at])  # after the story's text
    assert kinds[at + 1 :] == [("bullet", p.removeprefix("▶ ")) for p in _POINTS]


@pytest.mark.parametrize(
    ("under_deck", "over_text", "aside"),
    [(40, 8, 0), (7, 40, 0), (7, 8, 40)],
    ids=["box_low", "text_low", "text_aside"],
)
def test_a_box_lower_down_stays_an_ad(
    tmp_path: Path, under_deck: float, over_text: float, aside: float
) -> None:
    items = _page(tmp_path / "apart.pdf", under_deck, over_text, aside)
    ads = [it for it in items if isinstance(it, Ad)]
    assert [ad.title.text for ad in ads if ad.title] == ["한눈에 보기"]
    heads = [it for it in items if isinstance(it, Article) and it.headline is not None]
    assert not any("한눈에 보기" in b.text for it in heads for b in it.body)


@pytest.mark.parametrize("bad", [math.inf, math.nan, 1e300], ids=["inf", "nan", "huge"])
def test_a_box_or_text_at_no_finite_place_is_asked_whole(bad: float) -> None:
    """The stories' index (cells by place) takes a box or a story it cannot place as one
    every box asks: the box stays an ad, nothing raises."""
    head = Region("article", [Para("headline", [line(0, 20, "청년 월세 지원", 20.0, 100)])])
    box = Region("ad", [Para("text", [line(5, 40, "▶ 지원액: 20만원", 8.0, 50)])], (0, 26, bad, 60))
    text = Region("article", [Para("body", [line(bad, 75, "달내군이 올린다.", 9.0, 100)])])
    assert [r.kind for r in sidebars([head, box, text], 9.0)] == ["article", "ad", "article"]
