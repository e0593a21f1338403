"""Figures in large type over their labels (bignumbers.py): three or more numbers set in
display type ('124만 명', '38%'), each over a label in small type, in one column beside a
story's text, read as one figure of the story (its rows captions), not each a headline of
an item of its own; on the open page and inside a shaded box."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

STORY = (
    "지난해 달내군을 찾은 관광객이 124만 명으로 집계됐다. 1년 전보다 9% 늘었다. 관광객이 군에 "
    "머문 날은 평균 2.1일로 5년 전보다 길어졌다. 외지에서 온 관광객 비율도 38%로 처음 30%를 "
    "넘었다. 군은 올해 숙박 관광객에게 지역 상품권을 주는 사업을 벌인다. 겨울에 손님이 "
    "줄어드는 것을 막으려고 송어 축제와 해돋이 행사도 묶어 알린다."
)
FIGURES = [("124만 명", "한 해 관광객"), ("38%", "외지에서 온 관광객"), ("2.1일", "평균 머문 날")]
WORDS = [("관광객", "한 해 124만 명"), ("외지인", "관광객의 38%"), ("숙박", "평균 2.1일")]


def _page(path: Path, figures: list[tuple[str, str]], shaded: bool = False) -> list[Article]:
    c = Canvas(str(path), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, 22)
    c.drawString(40, 780, "달내 관광객 124만 명, 묵는 손님 늘었다")
    c.setFont(font, 9)
    for k in range(0, len(STORY), 17):
        col, row = divmod(k // 17, 8)
        c.drawString(40 + 170 * col, 740 - 13 * row, STORY[k : k + 17])
    if shaded:
        c.setFillColorRGB(0.94, 0.92, 0.88)
        c.rect(345, 560, 150, 195, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    y = 722.0
    for figure, label in figures:
        c.setFont(font, 20)
        c.drawString(360, y, figure)
        c.setFont(font, 7)
        c.drawString(360, y - 12, label)
        y -= 46
    c.setFont(font, 6.5)
    c.drawString(360, y + 14, "자료=달내군(2026년)")
    c.showPage()
    c.save()
    items = ingest_pdf(path).edition.pages[0].items
    assert all(isinstance(it, Article) for it in items)
    return items  # type: ignore[return-value]


def _heads(items: list[Article]) -> list[str]:
    return [it.headline.text for it in items if it.headline is not None]


@pytest.mark.parametrize("shaded", [False, True], ids=["open", "shaded"])
def test_figures_over_their_labels_are_one_figure_of_the_story(
    tmp_path: Path, shaded: bool
) -> None:
    items = _page(tmp_path / "figures.pdf", FIGURES, shaded)
    assert _heads(items) == ["달내 관광객 124만 명, 묵는 손님 늘었다"]
    captions = [b.text for b in items[0].body if b.kind == "caption"]
    assert "124만 명" in " ".join(captions) and "한 해 관광객" in " ".join(captions)


def _no_figure(items: list[Article], word: str) -> None:
    """The display type stays headlines (read as one, run together), no caption."""
    assert any(word in h for h in _heads(items)[1:])
    assert not any(b.kind == "caption" for it in items for b in it.body)


def test_two_figures_are_no_infographic(tmp_path: Path) -> None:
    _no_figure(_page(tmp_path / "two.pdf", FIGURES[:2]), "124만 명")


def test_words_in_display_type_over_labels_are_no_figures(tmp_path: Path) -> None:
    _no_figure(_page(tmp_path / "words.pdf", WORDS), "관광객")
