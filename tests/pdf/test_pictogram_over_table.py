"""A small picture with a line of type beside it and a ruled table's cell right under it is
a pictogram, no photo (captions.py): page 81's weather icon, three sizes tall beside its
one-line forecast, over the table of cities, was saved as a photo with no caption. A
small photo with its caption under it stays a photo, and so does a picture over the table
with no line beside it, or one taller than four sizes of that line."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Column, Flow, Sheet, png, write

_STORY = (
    "입춘이 지나면서 추위가 한풀 꺾였다. 기상청은 내일 전국의 낮 기온이 영상 2도에서 "
    "9도로 오르겠다고 내다봤다. 아침에는 여전히 영하권이지만 한낮에는 볕이 따뜻하겠다."
)
_ROWS = [("지역", "오전", "오후"), ("서울", "-4", "3"), ("인천", "-3", "2"), ("춘천", "-9", "1")]


def _read(
    path: Path,
    beside: bool = True,
    caption: bool = False,
    tall: float = 22,
    wide: float = 22,
    table: bool = True,
) -> tuple[list[str], list[str], int]:
    """A story beside a framed weather box: its title, a picture `tall` points high
    (22: three sizes of the 7.5 pt forecast) and `wide` wide, with the forecast beside it
    (or not), a caption under it (or not), and under both a table ruled cell by cell (or
    a word in the story's type). Returns the box's body kinds, its texts, and the
    pictures saved."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "입춘 지나자 낮 기온 영상권", SANS, 20)
    Flow(s, [Column(40, 80, 200, 150)]).para(_STORY)
    s.frame(330, 60, 560, 230)
    s.text(340, 66, "오늘의 날씨", SANS, 11)
    s.image(340, 86, 340 + wide, 86 + tall, png(int(wide), int(tall)))
    if beside:
        s.text(348 + wide, 90, "낮 기온이 영상권으로 올라 포근하겠다.", SERIF, 7.5)
    y = 86 + tall + 6
    if caption:
        s.text(340, y - 3, "달내천 둑길", SANS, 6.5)
        y += 10
    if table:
        top = y
        for row in _ROWS:
            s.hrule(340, 550, y)
            for k, cell in enumerate(row):
                s.text(344 + 70 * k, y + 2, cell, SANS, 7.5)
            y += 11
        s.hrule(340, 550, y)
        for x in (340, 410, 480, 550):
            s.vrule(x, top, y)
    else:
        s.text(340, y + 2, "맑음", SERIF, 9)
        y += 13
    s.text(340, y + 6, "자료=기상청", SANS, 6.5)
    done = ingest_pdf(write(path, [s]), pictures=True)
    box = [
        it
        for it in done.edition.pages[0].items
        if isinstance(it, Article) and it.headline and it.headline.text == "오늘의 날씨"
    ]
    assert len(box) == 1
    body = box[0].body
    return [b.kind for b in body], [b.text for b in body], len(done.photos)


def test_a_small_picture_beside_its_line_over_a_ruled_table_is_a_pictogram(
    tmp_path: Path,
) -> None:
    kinds, texts, saved = _read(tmp_path / "icon.pdf")
    assert "photo" not in kinds
    assert saved == 0
    assert "낮 기온이 영상권으로 올라 포근하겠다." in texts
    assert "서울\t-4\t3" in texts


def test_a_small_photo_with_its_caption_stays_a_photo(tmp_path: Path) -> None:
    # a photo as small, wide enough for its caption's line (a caption wider than its
    # photo is no caption of it)
    kinds, texts, saved = _read(tmp_path / "photo.pdf", caption=True, wide=48)
    assert kinds[:2] == ["photo", "caption"]
    assert texts[1] == "달내천 둑길"
    assert saved == 1


def test_a_picture_over_a_table_with_no_line_beside_it_stays_a_photo(tmp_path: Path) -> None:
    kinds, _texts, saved = _read(tmp_path / "alone.pdf", beside=False)
    assert kinds[0] == "photo"
    assert saved == 1


def test_a_picture_taller_than_four_sizes_of_its_line_stays_a_photo(tmp_path: Path) -> None:
    kinds, _texts, saved = _read(tmp_path / "tall.pdf", tall=34)
    assert kinds[0] == "photo"
    assert saved == 1


def test_a_picture_beside_its_line_over_no_table_stays_a_photo(tmp_path: Path) -> None:
    # a word in the story's type under it, in no ruled cell: no table's pictogram
    kinds, _texts, saved = _read(tmp_path / "open.pdf", table=False)
    assert kinds[0] == "photo"
    assert saved == 1
