"""A story's one line right under its headline, in another face than its body and no
smaller ('흑 김가온 9단 백 나도윤 8단', sans over a 바둑 column's serif commentary): its
deck, not its first paragraph (articles._deck_line). Near misses: the same line in the
body's face, set smaller than the body, a byline, a sentence, a line set far under the
headline: each stays the body's."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces

PLAYERS = "흑 김가온 9단 백 나도윤 8단"
BODY = (
    "흑1로 우하귀를 먼저 굳힌 것이 김가온 9단다운 수다. 상대의 세력을 지켜보며 실리부터 "
    "챙기겠다는 뜻이다. 백2의 걸침에 흑3으로 좌상귀를 차지한 것도 같은 흐름이다. 백4는 "
    "중앙으로 나가려는 수였지만 흑5의 모자가 날카로웠다. 이 대목에서 흑이 초반 주도권을 "
    "잡았다는 것이 검토실의 평가다."
)


def _story(
    path: Path,
    line: str = PLAYERS,
    sans: bool = True,
    size: float = 9,
    gap: float = 6,
    after: float = 18,
) -> Article:
    """A headline (16 pt sans), the line under it (gap: points between them), then the
    body in 8.5 pt serif, 22 characters a line (after: its first baseline's step)."""
    face = faces("cid")
    c = Canvas(str(path), pagesize=(400, 400))
    c.setFont(face.sans, 16)
    c.drawString(40, 340, "제31기 달내배 명인전 결승 3국")
    c.setFont(face.sans if sans else face.body, size)
    y = 340 - 3.5 - gap - 0.88 * size
    c.drawString(40, y, line)
    c.setFont(face.body, 8.5)
    y -= after
    for k in range(0, len(BODY), 22):
        c.drawString(40, y, BODY[k : k + 22])
        y -= 12.5
    c.showPage()
    c.save()
    [item] = ingest_pdf(path).edition.pages[0].items
    assert isinstance(item, Article)
    return item


def _first(item: Article) -> str:
    return item.body[0].text if item.body else ""


def test_a_line_in_another_face_right_under_the_headline_is_its_deck(tmp_path: Path) -> None:
    item = _story(tmp_path / "deck.pdf")
    assert [d.text for d in item.deck] == [PLAYERS]
    assert _first(item).startswith("흑1로")


def test_the_same_line_in_the_bodys_face_or_smaller_is_the_body(tmp_path: Path) -> None:
    # set a blank line over the body, the serif line is a block of its own all the same
    for name, kwargs in (("serif", {"sans": False, "after": 30}), ("small", {"size": 7.0})):
        item = _story(tmp_path / f"{name}.pdf", **kwargs)  # type: ignore[arg-type]
        assert item.deck == [], name
        assert PLAYERS in " ".join(b.text for b in item.body), name


def test_a_byline_a_sentence_or_a_line_far_under_the_headline_is_no_deck(
    tmp_path: Path,
) -> None:
    for name, line, gap in (
        ("byline", "손다온 객원기자", 6.0),
        ("english byline", "By Aisha Carver", 6.0),
        ("sentence", "흑이 초반 주도권을 잡았다.", 6.0),
        ("far", PLAYERS, 20.0),
    ):
        item = _story(tmp_path / f"{name}.pdf", line, gap=gap)
        assert item.deck == [], name
