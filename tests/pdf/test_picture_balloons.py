"""A one-panel cartoon: balloons drawn on a picture (frames under half its size that
hold type) are its speech, one paragraph a balloon, and no ads (cartoons.py)."""

from __future__ import annotations

from reader.pdf.blocks import Block
from reader.pdf.cartoons import picture_balloons
from reader.pdf.content import Box, Picture
from reader.pdf.lines import Line

CARTOON = Picture((300.0, 100.0, 560.0, 280.0), 360, 240, "jpg", None)


def _block(x: float, top: float, texts: list[str], size: float = 8.0) -> Block:
    lines = []
    for k, t in enumerate(texts):
        y = top + 1.4 * size * k
        x1 = x + size * len(t)
        lines.append(Line(x, y, x1, y + size, y + 0.88 * size, size, "Sans", t, x1, len(t)))
    return Block(lines)


LEFT: Box = (315.0, 112.0, 425.0, 152.0)
RIGHT: Box = (440.0, 130.0, 545.0, 170.0)
SPEECH = [
    _block(325, 120, ["노선은 그대로인데", "돈만 더 낸다고?"]),
    _block(450, 138, ["버스는 언제", "오는 거야?"]),
]


def test_balloons_on_a_picture_are_its_speech_a_paragraph_each() -> None:
    atoms, left = picture_balloons([RIGHT, LEFT], [CARTOON], SPEECH)
    assert left == []
    assert [a.kind for a in atoms] == ["panel", "panel"]
    speech = {a.box: [x.text for x in a.block.lines] for a in atoms if a.block}
    assert speech == {
        LEFT: ["노선은 그대로인데", "돈만 더 낸다고?"],
        RIGHT: ["버스는 언제", "오는 거야?"],
    }


def test_frames_off_a_picture_as_large_as_it_or_empty_stay_frames() -> None:
    """Near misses: the same framed text beside the picture (an ad), a frame on the
    picture as large as most of it (a border drawn round the photo's inside), and a
    frame on it that holds no type (a drawn shape) stay frames."""
    beside: Box = (20.0, 112.0, 130.0, 152.0)
    ad = [_block(30, 120, ["노선은 그대로인데", "돈만 더 낸다고?"])]
    assert picture_balloons([beside], [CARTOON], ad) == ([], [beside])
    border: Box = (305.0, 105.0, 555.0, 275.0)
    assert picture_balloons([border], [CARTOON], SPEECH) == ([], [border])
    assert picture_balloons([LEFT], [CARTOON], []) == ([], [LEFT])
