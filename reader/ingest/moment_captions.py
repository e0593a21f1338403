"""A portrait's or a scene's caption with no credit, known by what it tells: one sentence
of who does what, when and where ('NAME 회장이 지난 3일 회관에서 본지와 인터뷰하고 있다.',
scenes.photo_moment). Alone on a line between paragraphs it was read so already; set apart
by blank lines it is the same caption wrapped over two or three lines, and under the head,
over the lead, it is where an interview's portrait is captioned ('docs/representation.md',
"The lead": only photo captions stand before it). Set apart by blank lines on both sides
between the story's paragraphs, one sentence telling a scene is one with no day or place
('관광객들이 … 걷고 있다.', '킥보드가 줄지어 서 있다.': a web page's photo, round 58)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.ingest.repair import SENTENCE_END
from reader.ingest.scenes import SCENE_MAX, photo_moment, tells_a_scene

if TYPE_CHECKING:
    from reader.ingest.pieces import Piece

_LINES = 3  # lines at most of such a caption set apart: a story's paragraph runs longer
_UNDER = ("text", "subhead", "q", "dash")  # what may follow it: the story, a part, a question


def moment_caption(p: Piece, nxt: Piece | None, prev: str | None) -> bool:
    """Piece p, plain text, is a caption telling a photo's moment: one line between
    paragraphs, or a block set apart by blank lines (at the body's top or after its text)."""
    if nxt is None or nxt.kind not in _UNDER:
        return False
    if not photo_moment(p.text):
        return _apart_scene(p, nxt, prev)
    if prev == "paragraph" and nxt.kind in ("text", "subhead") and len(p.unit.lines) == 1:
        return True
    apart = p.unit.gap > 0 and nxt.unit.gap > 0 and len(p.unit.lines) <= _LINES
    return apart and prev in (None, "lead", "paragraph")


# Its subject first, as a caption names who or what the photo shows ('NAME 회장이 …',
# '관광객들이 …'): a particle of the subject after a word, within the sentence's first half.
_SUBJECT = re.compile(r"^[^.“”\"]{1,40}?[가-힣][이가은는] ")


def _apart_scene(p: Piece, nxt: Piece, prev: str | None) -> bool:
    """A line set apart by blank lines between the story's paragraphs telling a scene in
    one sentence ('… 확인하고 있다.', '… 줄지어 서 있다.'): the caption, though it names no
    day or place (a web page's photo is captioned so)."""
    text = p.text
    if len(p.unit.lines) != 1 or not p.unit.gap or not nxt.unit.gap:
        return False
    if prev not in ("lead", "paragraph") or len(text) > 2 * SCENE_MAX or not tells_a_scene(text):
        return False
    return len(SENTENCE_END.findall(text)) == 1 and _SUBJECT.match(text) is not None
