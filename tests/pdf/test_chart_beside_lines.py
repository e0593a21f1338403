"""A bar chart set in a story's column, the text flowing round it (wraps.py): it is read
after the paragraph running past it as a chart is, its labels one caption, its source a
credit (storybody._boxed), not as a photo."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from tests.pdf.figure_pages import items, sans, texts

LEFT, RIGHT = 40.0, 300.0  # the story's column
CHART = 204.0  # the chart's left edge: the lines beside it stop short of it
TOP, STEP = 740.0, 12.5
BESIDE = range(3, 10)  # the rows beside the chart
BARS = (("달내군", 41.2), ("가람시", 33.5), ("솔모군", 38.0), ("누리시", 29.4))
SOURCE = "자료=통계청(2025년)"
TEXT = (
    "달내군의 1인 가구 비율이 도내에서 가장 높은 것으로 나타났다. 통계청이 13일 내놓은 "
    "인구 조사 결과를 보면 달내군의 1인 가구 비율은 41.2%로 가람시와 솔모군을 앞섰다. "
    "군은 홀로 사는 노인이 늘어난 데다 읍내 원룸에 사는 청년도 많아졌기 때문이라고 "
    "풀이했다. 군은 올해 안에 홀로 사는 주민을 찾아가는 돌봄 사업을 세 곳에서 열 곳으로 "
    "늘리고 마을마다 공동 부엌을 두겠다고 밝혔다. 주민들은 반기는 분위기다. 읍내에 사는 "
    "한 주민은 혼자 밥을 먹는 날이 많았는데 이웃과 함께 먹을 곳이 생기면 좋겠다고 말했다."
)


def _rows() -> list[tuple[str, float, bool]]:
    """The text cut into rows as set: (text, right edge, last of the paragraph)."""
    rows, k, n = [], 0, 0
    while k < len(TEXT):
        right = CHART - 18 if n in BESIDE else RIGHT
        take = 14 if n in BESIDE else 27
        rows.append((TEXT[k : k + take], right, k + take >= len(TEXT)))
        k += take
        n += 1
    return rows


def _page(c: Canvas) -> None:
    c.setFont(sans(), 20)
    c.drawString(LEFT, 780, "달내군 1인 가구 비율 도내 최고")
    c.setFont(sans(), 9)
    for n, (text, right, last) in enumerate(_rows()):
        natural = c.stringWidth(text, sans(), 9)
        space = 0.0 if last else (right - LEFT - natural) / (len(text) - 1)
        c.drawString(LEFT, TOP - STEP * n, text, charSpace=space)
    top = TOP - STEP * BESIDE[0] + 4
    c.setFont(sans(), 6.5)
    for k, (name, value) in enumerate(BARS):
        y = top - 14 - 14 * k
        c.rect(CHART + 25, y, value * 1.6, 8, stroke=0, fill=1)
        c.drawString(CHART, y + 1, name)
        c.drawString(CHART + 29 + value * 1.6, y + 1, str(value))
    c.drawString(CHART, top - 76, SOURCE)


def test_a_chart_the_text_flows_round_is_read_as_a_chart(tmp_path: Path) -> None:
    found = items(tmp_path / "page.pdf", _page)
    (story,) = [it for it in found if isinstance(it, Article)]
    body = texts(story)
    kinds = [kind for kind, _ in body]
    # after the paragraph running past it (the lines beside it are the lead's), whole
    assert kinds[:2] == ["lead", "caption"] and kinds.count("caption") == 1
    assert "photo" not in kinds
    assert "원룸에사는청년도" in body[0][1].replace(" ", "")
    assert body[1][1].startswith("달내군 41.2 가람시") and body[1][1].endswith(SOURCE)
    text = "".join(t for kind, t in body if kind != "caption")
    assert text.replace(" ", "") == TEXT.replace(" ", "")  # no label read into the text
