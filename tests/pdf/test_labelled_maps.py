"""A map's ground with no road drawn across it: a picture holding four lines of small
type or more in two rows or more (a weather map's cities and temperatures) is read with
its labels, as a chart is, and is no photo (labelled.py)."""

from __future__ import annotations

from reader.pdf.blocks import Block
from reader.pdf.charts import charts
from reader.pdf.content import Picture
from reader.pdf.labelled import labelled_grounds
from reader.pdf.lines import Line

BODY = 9.0
GROUND = Picture((100.0, 100.0, 400.0, 260.0), 360, 240, "png", None)


def _label(x: float, top: float, text: str, size: float = 7.0) -> Block:
    x1 = x + size * len(text)
    chars = len(text.replace(" ", ""))
    return Block([Line(x, top, x1, top + size, top + 0.88 * size, size, "Sans", text, x1, chars)])


CITIES = [
    _label(120, 120, "서울 -6/2"),
    _label(220, 120, "춘천 -11/0"),
    _label(320, 120, "강릉 -3/5"),
    _label(120, 180, "대전 -5/3"),
    _label(220, 180, "대구 -4/5"),
    _label(320, 180, "부산 0/8"),
]


def test_a_picture_labelled_in_rows_is_a_maps_ground() -> None:
    assert labelled_grounds([GROUND], CITIES, BODY) == [GROUND]
    # read as round 8's maps are: its labels one caption, rows from the top
    title = _label(100, 88, "오늘의 날씨", 8.0)
    source = _label(100, 264, "자료=기상청", 6.0)
    [figure], left = charts([], [title, *CITIES, source], BODY, [GROUND.box])
    assert left == []
    assert [x.text for b in figure.captions for x in b.lines] == [
        "오늘의 날씨",
        "서울 -6/2 춘천 -11/0 강릉 -3/5",
        "대전 -5/3 대구 -4/5 부산 0/8",
        "자료=기상청",
    ]


def test_photos_with_a_number_a_strip_or_labels_beside_them_are_no_maps() -> None:
    """Near misses: a number set on a photo's corner in type larger than the body, a
    strip of four small credits in one row across a photo, three labels in two rows,
    and six labels in rows beside the picture, not on it."""
    number = [_label(104, 104, "①", 11.0)]
    strip = [_label(110 + 70 * k, 240, f"사진{k}") for k in range(4)]
    three = CITIES[:2] + CITIES[3:4]
    beside = [_label(b.x0 + 320, b.top, b.lines[0].text) for b in CITIES]
    for blocks in (number, strip, three, beside):
        assert labelled_grounds([GROUND], blocks, BODY) == []
