"""A photo story's photos in the order read, and its gathered captions ('① …') each
moved after the photo its number names, so that a photo's caption is the block after it
(regionitems.py, gathered.py)."""

from __future__ import annotations

from reader.model import Block, Image
from reader.pdf.gathered import paired
from reader.pdf.regionitems import _placed


def _text(kind: str, text: str, start: int) -> Block:
    return Block(kind, text, [(start, start + len(text))])  # type: ignore[arg-type]


def _photo(name: str) -> Block:
    return Block("photo", "", [], None, Image(f"ed/{name}.jpg"))


def _kinds(body: list[Block]) -> list[str]:
    return [b.image.src if b.image else b.text[:1] for b in body]


def test_photos_read_at_one_place_keep_the_order_read() -> None:
    body = [_text("lead", "빙어축제가 열렸다.", 0), _text("paragraph", "첫날 1만명.", 20)]
    photos = [(40, _photo("big")), (40, _photo("top")), (40, _photo("foot"))]
    assert _kinds(_placed(body, photos)) == ["빙", "첫", "ed/big.jpg", "ed/top.jpg", "ed/foot.jpg"]


def test_photos_read_at_different_places_stand_each_before_its_text() -> None:
    """Near miss: a photo read before the second paragraph stays there."""
    body = [_text("lead", "빙어축제가 열렸다.", 0), _text("paragraph", "첫날 1만명.", 20)]
    photos = [(10, _photo("big")), (40, _photo("foot"))]
    assert _kinds(_placed(body, photos)) == ["빙", "ed/big.jpg", "첫", "ed/foot.jpg"]


def _story(numbers: str, photos: list[Block]) -> list[Block]:
    captions = [_text("caption", f"{n} 사진 설명 {k}.", 30 + 20 * k) for k, n in enumerate(numbers)]
    return [_text("lead", "빙어축제가 열렸다.", 0), *captions, *photos]


def test_gathered_captions_follow_the_photos_their_numbers_name() -> None:
    body = _story("②①③", [_photo("a"), _photo("b"), _photo("c")])
    out = paired(body)
    assert _kinds(out) == ["빙", "ed/a.jpg", "①", "ed/b.jpg", "②", "ed/c.jpg", "③"]
    assert sorted(b.spans[0] for b in out if b.spans) == sorted(
        b.spans[0] for b in body if b.spans
    )  # each leaf once, where it was printed


def test_captions_whose_numbers_name_no_bare_photo_stay_where_read() -> None:
    """Near misses: a number past the photos ('④' with three), a number twice, and photos
    that each have their caption under them already."""
    three = [_photo("a"), _photo("b"), _photo("c")]
    for body in (_story("①②④", three), _story("①①②", three)):
        assert paired(body) == body
    captioned = [_text("lead", "빙어축제가 열렸다.", 0)]
    for k, name in enumerate("ab"):
        captioned += [_photo(name), _text("caption", f"얼음낚시 {k}.", 30 + 20 * k)]
    captioned.append(_text("caption", "① 썰매를 탄다.", 90))
    assert paired(captioned) == captioned
