"""A ruled table's cells under a picture are never its caption (captions.py): a weather
box's pictogram over the first column of a table ruled cell by cell ('지역', '서울', …)
had that column read as its captions, each row read without its city. A caption under
its photo with no rule between them, or under a rule but with none at its sides, stays a
caption, and so does one between rules down its sides with none over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Ad, Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Column, Flow, Sheet, png, write

_STORY = (
    "입춘이 지나면서 추위가 한풀 꺾였다. 기상청은 내일 전국의 낮 기온이 영상 2도에서 "
    "9도로 오르겠다고 내다봤다. 아침에는 여전히 영하권이지만 한낮에는 볕이 따뜻하겠다."
)
_ROWS = [("지역", "오전", "오후"), ("서울", "-4", "3"), ("인천", "-3", "2"), ("춘천", "-9", "1")]


def _items(path: Path, across: bool, down: bool) -> list[Article | Ad]:
    """A story beside a framed box: its title, a picture with a forecast beside it, and
    under the picture a table of cities, `across` rules over each row, `down` rules
    between its columns, and its source line (the paper's own box, no ad)."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "입춘 지나자 낮 기온 영상권", SANS, 20)
    Flow(s, [Column(40, 80, 200, 150)]).para(_STORY)
    s.frame(330, 60, 560, 200)
    s.text(340, 66, "오늘의 날씨", SANS, 11)
    s.image(340, 86, 362, 108, png(22, 22))
    s.text(368, 90, "낮 기온이 영상권으로 올라 포근하겠다.", SERIF, 7.5)
    y = 116.0
    for row in _ROWS:
        if across:
            s.hrule(340, 550, y)
        for k, cell in enumerate(row):
            s.text(344 + 70 * k, y + 2, cell, SANS, 7.5)
        y += 11
    if across:
        s.hrule(340, 550, y)
    if down:
        for x in (340, 410, 480, 550):
            s.vrule(x, 116, y)
    s.text(340, y + 6, "자료=기상청", SANS, 6.5)
    return ingest_pdf(write(path, [s])).edition.pages[0].items  # type: ignore[return-value]


def _captions(items: list[Article | Ad]) -> list[str]:
    return [
        b.text for it in items if isinstance(it, Article) for b in it.body if b.kind == "caption"
    ]


def test_a_ruled_tables_cells_under_a_picture_are_no_caption(tmp_path: Path) -> None:
    items = _items(tmp_path / "table.pdf", across=True, down=True)
    assert _captions(items) == []
    texts = [b.text for it in items if isinstance(it, Article) for b in it.body]
    assert "서울\t-4\t3" in texts


@pytest.mark.parametrize(
    ("across", "down"),
    [(False, False), (True, False), (False, True)],
    ids=["no_rules", "rows_only", "columns_only"],
)
def test_lines_under_a_picture_not_in_cells_stay_its_caption(
    tmp_path: Path, across: bool, down: bool
) -> None:
    assert "지역" in " ".join(_captions(_items(tmp_path / "open.pdf", across, down)))
