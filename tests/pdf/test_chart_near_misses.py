"""A bar chart (charts.py) against what stands near one: a byline right under a chart is
its story's, a list under a chart's source line is the story's list, and a list whose
rows are shaded in turn (stripes of one length) is no chart. Pages made at test time
(figure_pages.py), the chart in the right column under the story's text."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article, Item
from tests.pdf.figure_pages import items, sans, story, texts

X, TOP = 330, 560  # the chart's left edge and its title's baseline
BARS = (("달내군", 41.2), ("가람시", 33.5), ("솔모군", 38.0), ("누리시", 29.4))
SOURCE = "자료=통계청(2025년)"
LISTED = [f"▲{k + 1}일 달내군 주민센터 민원 접수" for k in range(6)]


def _chart(c: Canvas, source: bool, below: list[tuple[str, float]]) -> None:
    """Body text down both columns; in the right one a chart (title, four bars from one
    edge with their labels, tick values, its source line if `source`), then the lines
    `below` (text, size), each a line's pitch under the last."""
    story(c)
    c.setFont(sans(), 9)
    for k in range(14):
        c.drawString(X, 780 - 12 * k, "달내군 1인 가구 비율은 41.2%로 가장")
    c.setFont(sans(), 7.5)
    c.drawString(X, TOP, "시·군별 1인 가구 비율")
    c.setFont(sans(), 6.5)
    for k, (name, value) in enumerate(BARS):
        y = TOP - 20 - 14 * k
        c.rect(X + 25, y, value * 3, 8, stroke=0, fill=1)
        c.drawString(X, y + 1, name)
        c.drawString(X + 29 + value * 3, y + 1, str(value))
    c.drawString(X + 25, TOP - 76, "0 10 20 30 40 50")
    y = TOP - 88
    if source:
        c.drawString(X, y, SOURCE)
        y -= 12
    for text, size in below:
        c.setFont(sans(), size)
        c.drawString(X, y, text)
        y -= 10


def _charted(found: list[Item]) -> tuple[Article, str]:
    """The article holding the chart, and the chart's caption."""
    for it in found:
        if isinstance(it, Article):
            captions = [t for kind, t in texts(it) if kind == "caption"]
            if captions:
                return it, captions[0]
    raise AssertionError("no chart's caption on the page")


def test_a_byline_right_under_a_chart_is_its_storys(tmp_path: Path) -> None:
    """The story's byline a line under the chart's ticks (no source line to close it): the
    chart's labels grow by nearness, but a byline is no label."""
    found = items(tmp_path / "byline.pdf", lambda c: _chart(c, False, [("도새롬 기자", 8)]))
    article, caption = _charted(found)
    assert caption.startswith("시·군별 1인 가구 비율 달내군 41.2")
    assert "도새롬" not in caption
    assert [(b.name, b.role) for b in article.bylines] == [("도새롬", "기자")]


def test_a_charts_credit_naming_its_artist_is_the_charts_and_closes_it(tmp_path: Path) -> None:
    """'그래픽=김민지 기자' names the chart's artist as a byline would, but a line that
    names the chart's source is its credit, and closes it: the list under it stays the
    story's."""
    below = [("그래픽=김민지 기자", 6.5), *((t, 7.5) for t in LISTED)]
    article, caption = _charted(items(tmp_path / "credit.pdf", lambda c: _chart(c, False, below)))
    assert caption.endswith("0 10 20 30 40 50\n그래픽=김민지 기자")
    assert [t for kind, t in texts(article) if kind == "bullet"] == [t[1:] for t in LISTED]


def test_a_list_under_a_charts_source_line_is_the_storys(tmp_path: Path) -> None:
    """The source line closes a chart (nothing under it is the chart's): the list set in
    the same small type under it stays the story's list, item by item."""
    found = items(tmp_path / "listed.pdf", lambda c: _chart(c, True, [(t, 7.5) for t in LISTED]))
    article, caption = _charted(found)
    assert caption.endswith("\n" + SOURCE)
    assert "▲" not in caption
    assert [t for kind, t in texts(article) if kind == "bullet"] == [t[1:] for t in LISTED]


def _striped(c: Canvas) -> None:
    """Body text, and in the right column a two-column list in small type whose rows are
    shaded in turn: stripes of one length from one edge, as a bar chart's bars stand."""
    story(c)
    c.setFont(sans(), 7.5)
    c.drawString(X, 614, "주요 도시 날씨")
    cities = ("서울", "부산", "대구", "광주", "대전", "제주")
    for k, city in enumerate(cities):
        y = 600 - 12 * k
        if k % 2 == 0:
            c.setFillGray(0.85)
            c.rect(X, y - 3, 150, 11, stroke=0, fill=1)
            c.setFillGray(0)
        c.drawString(X + 4, y, city)
        c.drawString(X + 80, y, f"맑음 {k + 3}도")


def test_stripes_of_one_length_are_no_bar_chart(tmp_path: Path) -> None:
    """A bar chart's bars differ in length; a striped list's (or a column of flags', or a
    grid's) boxes are one length: its rows are read as before, none a chart's caption."""
    found = items(tmp_path / "striped.pdf", _striped)
    assert not any(kind == "caption" for it in found for kind, _ in texts(it))
    read = [t for it in found for _, t in texts(it)]
    assert {"부산 맑음 4도", "광주 맑음 6도", "제주 맑음 8도"} <= set(read)
