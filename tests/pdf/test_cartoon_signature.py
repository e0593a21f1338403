"""A one-panel cartoon's signature: a short line, no sentence, in the corner of the picture
its balloons stand on or right under a corner, is the cartoon's byline, never a story's
headline (cartoons.signatures)."""

from __future__ import annotations

from reader.ingest.lines import Line as TextLine
from reader.pdf.blocks import Block
from reader.pdf.cartoons import signatures
from reader.pdf.content import Picture
from reader.pdf.lines import Line
from reader.pdf.parts import Atom
from reader.pdf.regionitems import signed_bylines

CARTOON = Picture((330.0, 90.0, 620.0, 286.0), 580, 390, "jpg", None)
BALLOON = Atom("panel", (380.0, 112.0, 445.0, 136.0))
BODY = 9.0  # the page's text size


def _block(x: float, top: float, text: str, size: float = 10.0) -> Block:
    x1 = x + size * len(text)
    return Block(
        [Line(x, top, x1, top + size, top + 0.88 * size, size, "Sans-Bold", text, x1, len(text))]
    )


def test_a_short_name_in_a_cartoons_corner_or_under_it_is_its_signature() -> None:
    for name in (_block(594, 272, "한솔"), _block(334, 290, "그림 한솔")):
        signed, left = signatures([CARTOON], [BALLOON], [name], BODY)
        assert [(a.kind, a.block) for a in signed] == [("signature", name)]
        assert left == []


def test_a_title_a_sentence_or_a_photos_corner_keep_their_lines() -> None:
    """Near misses: a one-line title over the cartoon (its headline), a sentence in its
    corner, a name in the corner of a picture with no balloon (a photo), a name under the
    cartoon's middle."""
    title = _block(330, 70, "[달내 만평]", 12.0)
    sentence = _block(520, 272, "버스가 없다.")
    assert signatures([CARTOON], [BALLOON], [title, sentence], BODY) == ([], [title, sentence])
    name = _block(594, 272, "한솔")
    assert signatures([CARTOON], [], [name], BODY) == ([], [name])
    middle = _block(460, 290, "한솔")
    assert signatures([CARTOON], [BALLOON], [middle], BODY) == ([], [middle])


def test_a_signature_set_as_a_credit_is_read_as_the_text_ingest_reads_one() -> None:
    """'그림=한솔 화백' is a credit (docs/representation.md, "A cartoon's credit"): the name
    and the title apart, as the text ingest reads it. Near miss: a bare name is the name."""
    credit = signed_bylines(TextLine("그림=한솔 화백", 100))
    assert [(b.name, b.role, b.text, b.spans) for b in credit] == [
        ("한솔", "화백", "그림=한솔 화백", [(100, 108)])
    ]
    bare = signed_bylines(TextLine("한솔", 40))
    assert [(b.name, b.role, b.text, b.spans) for b in bare] == [("한솔", None, "한솔", [(40, 42)])]


def test_one_signature_a_cartoon_the_highest_and_under_the_headline_tier() -> None:
    """Near misses: a short line under the signature (the next story's head), and one set
    in a headline's type under the cartoon with no signature, sign nothing."""
    name, under = _block(334, 290, "한솔"), _block(334, 302, "달내 소식")
    signed, left = signatures([CARTOON], [BALLOON], [under, name], BODY)
    assert ([a.block for a in signed], left) == ([name], [under])
    head = _block(334, 290, "달내 소식", 16.0)
    assert signatures([CARTOON], [BALLOON], [head], BODY) == ([], [head])
