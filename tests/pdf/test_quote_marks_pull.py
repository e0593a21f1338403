"""A quote pulled from a story and set off by large quotation marks, no rules
(quotemarks.py): display type in one of the story's columns opening with '“', its closing
'”' set alone and larger right under it. Read as a paragraph of the story after the one it
interrupts, its marks kept, not as a new story headed by the mark."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

FIRST = (
    "면 소재지의 마지막 가게가 문을 닫은 지 1년 반 만에 주민 200명이 돈을 모아 협동조합 "
    "가게를 세웠다. 지난 한 해 매출은 2억원을 넘었다. 조합원 스무 명이 돌아가며 계산대를 "
    "지킨다. 두부와 나물은 마을 농가에서 받아 팔고 생필품은 농협에서 들여온다."
)
SECOND = (
    "남은 돈은 조합원에게 나누지 않고 경로당 난방비에 썼다. 이사장은 가게가 마을의 "
    "사랑방이 됐다고 말했다. 오후마다 장을 본 어르신들이 가게 앞 평상에 모여 앉는다."
)
AFTER = (
    "조합원 가운데 절반이 70세를 넘어 계산대를 맡을 사람이 줄고 있다. 조합은 젊은 가족에게 "
    "가입을 권하기로 했다. 군은 다른 면 두 곳에도 이런 가게를 세우도록 돕는다."
)
QUOTE = ["“마을 사람 모두가", "주인인 가게라서", "문을 닫을 수 없다"]


def _lines(c: Canvas, text: str, x: float, y: float, width: int = 15) -> float:
    for k in range(0, len(text), width):
        c.drawString(x, y, text[k : k + width])
        y -= 13
    return y


def _page(path: Path, mark: str) -> list[Article]:
    """mark: 'large' (the closing '”' alone, 30 pt, under the quote), 'small' (the same '”'
    alone, 15 pt: not larger than the quote by half), 'unopened' (the large '”' under
    display type that does not open with a mark)."""
    c = Canvas(str(path), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, 22)
    c.drawString(40, 780, "주민 200명이 세운 마을 가게 1년")
    c.setFont(font, 9)
    _lines(c, FIRST, 40, 740)
    y = _lines(c, SECOND, 215, 740) - 8
    c.setFont(font, 12.5)
    quote = QUOTE if mark != "unopened" else [QUOTE[0][1:], *QUOTE[1:]]
    for line in quote:
        c.drawString(215, y - 12, line)
        y -= 16
    c.setFont(font, 15 if mark == "small" else 30)
    c.drawString(300, y - 18, "”")  # flush right in the column
    y -= 24
    c.setFont(font, 9)
    _lines(c, AFTER, 215, y - 14)
    c.showPage()
    c.save()
    items = ingest_pdf(path).edition.pages[0].items
    assert all(isinstance(it, Article) for it in items)
    return items  # type: ignore[return-value]


def test_a_quote_closed_by_a_large_mark_is_a_paragraph_of_its_story(tmp_path: Path) -> None:
    items = _page(tmp_path / "large.pdf", "large")
    assert len(items) == 1
    texts = [b.text for b in items[0].body]
    assert "“마을 사람 모두가 주인인 가게라서 문을 닫을 수 없다”" in texts
    assert texts[-1].startswith("조합원 가운데")  # the text under the quote goes on


def test_a_closing_mark_not_half_again_the_quotes_size_pulls_nothing(tmp_path: Path) -> None:
    items = _page(tmp_path / "small.pdf", "small")
    assert len(items) > 1
    assert all("주인인 가게라서" not in b.text for b in items[0].body)


def test_a_large_mark_under_type_that_opens_with_none_pulls_nothing(tmp_path: Path) -> None:
    items = _page(tmp_path / "unopened.pdf", "unopened")
    assert len(items) > 1
    assert all("주인인 가게라서" not in b.text for b in items[0].body)
