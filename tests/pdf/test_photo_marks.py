"""A number or a letter set alone over a photo's corner is that photo's mark: read with
the photo, its characters in the caption the photo gets, never a paragraph or a head of
its own (photomarks.py, gathered.py)."""

from __future__ import annotations

from reader.model import Block as Leaf
from reader.model import Image
from reader.pdf.blocks import Block
from reader.pdf.content import Picture
from reader.pdf.gathered import paired
from reader.pdf.lines import Line

PHOTO = Picture((180.0, 100.0, 470.0, 290.0), 600, 400, "jpg", None)


def _block(x: float, top: float, text: str, size: float = 11.0) -> Block:
    x1 = x + size * len(text)
    return Block(
        [Line(x, top, x1, top + size, top + 0.88 * size, size, "Sans-Bold", text, x1, len(text))]
    )


def test_a_number_alone_over_a_photos_corner_is_its_mark() -> None:
    from reader.pdf.photomarks import photo_marks

    top_left, foot_right = _block(186, 104, "①"), _block(452, 274, "B")
    other = Picture((500.0, 100.0, 620.0, 190.0), 300, 200, "jpg", None)
    marks = photo_marks([PHOTO, other], [top_left, foot_right])
    assert marks == {0: top_left}  # one mark a photo: the first read
    foot = _block(600, 172, "2")
    assert photo_marks([other], [foot]) == {0: foot}


def test_headlines_credits_and_marks_off_a_corner_are_no_marks() -> None:
    """Near misses: a headline on the photo (rounds 6-7 read it), a credit in its corner,
    a number in the photo's middle, a number beside the photo."""
    from reader.pdf.photomarks import photo_marks

    for b in (
        _block(186, 104, "얼음 위의 겨울", 24.0),
        _block(400, 280, "사진=달내군", 7.0),
        _block(320, 190, "①"),
        _block(150, 104, "①"),
    ):
        assert photo_marks([PHOTO], [b]) == {}


def _text(kind: str, text: str, start: int) -> Leaf:
    return Leaf(kind, text, [(start, start + len(text))])  # type: ignore[arg-type]


def _photo(name: str) -> Leaf:
    return Leaf("photo", "", [], None, Image(f"ed/{name}.jpg"))


def test_a_photos_mark_is_carried_by_the_gathered_caption_its_photo_gets() -> None:
    body = [
        _text("lead", "야시장이 열렸다.", 0),
        _text("caption", "① 골목이 붐빈다.", 20),
        _text("caption", "② 버스에 오른다. ③ 산책로에 조명이 켜졌다.", 40),
        _photo("a"),
        _text("caption", "①", 80),
        _photo("b"),
        _text("caption", "②", 90),
        _photo("c"),
    ]
    out = paired(body)
    assert [(b.kind, b.text) for b in out] == [
        ("lead", "야시장이 열렸다."),
        ("photo", ""),
        ("caption", "① 골목이 붐빈다."),
        ("photo", ""),
        ("caption", "② 버스에 오른다."),
        ("photo", ""),
        ("caption", "③ 산책로에 조명이 켜졌다."),
    ]
    assert out[2].spans == [(80, 81), (20, 30)]  # the mark's character is the caption's
    cut = body[2].text.index("③")  # the run-on caption cut where '③' stands
    assert out[4].spans == [(90, 91), (40, 40 + len("② 버스에 오른다."))]
    assert out[6].spans == [(40 + cut, 40 + len(body[2].text))]
    chars = [i for b in out for s, e in b.spans for i in range(s, e)]
    assert len(chars) == len(set(chars))  # no character in two leaves
    lost = {i for b in body for s, e in b.spans for i in range(s, e)} - set(chars)
    assert lost == {40 + cut - 1}  # only the space before the cut


def test_a_mark_goes_to_its_photos_own_caption_or_stands_as_it() -> None:
    """Near misses: a photo with its caption under it carries its mark in that caption;
    a photo with no caption at all keeps the mark as its caption; a numbered caption
    whose next number follows no sentence's end, or that stands under its photo, is not
    cut."""
    own = [_photo("a"), _text("caption", "A", 10), _text("caption", "골목이 붐빈다.", 20)]
    out = paired(own)
    assert [(b.kind, b.text, b.spans) for b in out] == [
        ("photo", "", []),
        ("caption", "골목이 붐빈다.", [(10, 11), (20, 28)]),
    ]
    alone = [_photo("a"), _text("caption", "A", 10)]
    assert paired(alone) == alone
    uncut = [_text("caption", "① 엔진 ② 바퀴", 0), _photo("a")]
    assert [b.text for b in paired(uncut)] == ["", "① 엔진 ② 바퀴"]
    under = [_photo("a"), _text("caption", "① 왼쪽이 새 다리다. ② 옛 다리다.", 10)]
    assert paired(under) == under  # a caption under its photo is not cut
