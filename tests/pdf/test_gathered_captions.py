"""A photo story's captions gathered in one block: paragraphs in type smaller than the
body that open with a circled number ('① …') are captions when the story has as many
photos standing without a caption of their own."""

from __future__ import annotations

from reader.pdf.gathered import gather_captions
from reader.pdf.lines import Line
from reader.pdf.parts import Para


def _para(size: float, text: str, role: str = "body") -> Para:
    x = Line(0, 0, 100, size, size * 0.88, size, "Sans", text, 10, len(text))
    return Para(role, [x])


def _photo() -> Para:
    return Para("photo")


def _story(size: float, photos: list[Para]) -> list[Para]:
    return [
        _para(9, "빙어축제가 17일 막을 올렸다."),
        _para(size, "① 얼음 위에서 관광객들이 낚싯줄을 드리우고 있다."),
        _para(size, "② 한 어린이가 빙어를 들어 보이고 있다."),
        *photos,
    ]


def test_small_numbered_paragraphs_beside_uncaptioned_photos_are_their_captions() -> None:
    paras = _story(7.5, [_photo(), _photo()])
    gather_captions(paras, 9.0)
    assert [p.role for p in paras] == ["body", "caption", "caption", "photo", "photo"]


def test_numbered_paragraphs_stay_text_without_photos_in_want_of_captions() -> None:
    """Near misses: the same paragraphs in the body's size (a story's points); in small
    type with no photo; with two photos each captioned under it; with one bare photo for
    two numbered paragraphs."""
    body_size = _story(9, [_photo(), _photo()])
    no_photo = _story(7.5, [])
    captioned = _story(
        7.5,
        [_photo(), _para(7.5, "얼음낚시.", "caption"), _photo(), _para(7.5, "썰매.", "caption")],
    )
    one_bare = _story(7.5, [_photo()])
    for paras in (body_size, no_photo, captioned, one_bare):
        before = [p.role for p in paras]
        gather_captions(paras, 9.0)
        assert [p.role for p in paras] == before


def test_a_photos_mark_between_it_and_its_caption_leaves_it_captioned() -> None:
    """A photo's mark (photomarks.py) stands between the photo and its caption: two marked
    photos each captioned under it leave the numbered paragraphs text. Near miss: two
    marked photos with no caption make them captions."""
    label = _para(9, "A", "label")
    captioned = _story(
        7.5,
        [_photo(), label, _para(7.5, "얼음낚시.", "caption")]
        + [_photo(), label, _para(7.5, "썰매.", "caption")],
    )
    gather_captions(captioned, 9.0)
    assert [p.role for p in captioned[1:3]] == ["body", "body"]
    bare = _story(7.5, [_photo(), label, _photo(), label])
    gather_captions(bare, 9.0)
    assert [p.role for p in bare[1:3]] == ["caption", "caption"]
