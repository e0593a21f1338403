"""A portrait's or a scene's caption with no credit, known by what it tells: one sentence
of who does what, when and where ('NAME 회장이 지난 3일 회관에서 본지와 인터뷰하고 있다.',
scenes.photo_moment). Alone on a line between paragraphs it was read so already; set apart
by blank lines it is the same caption wrapped over two or three lines, and under the head,
over the lead, it is where an interview's portrait is captioned ('docs/representation.md',
"The lead": only photo captions stand before it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ingest.scenes import photo_moment

if TYPE_CHECKING:
    from reader.ingest.pieces import Piece

_LINES = 3  # lines at most of such a caption set apart: a story's paragraph runs longer
_UNDER = ("text", "subhead", "q", "dash")  # what may follow it: the story, a part, a question


def moment_caption(p: Piece, nxt: Piece | None, prev: str | None) -> bool:
    """Piece p, plain text, is a caption telling a photo's moment: one line between
    paragraphs, or a block set apart by blank lines (at the body's top or after its text)."""
    if nxt is None or nxt.kind not in _UNDER or not photo_moment(p.text):
        return False
    if prev == "paragraph" and nxt.kind in ("text", "subhead") and len(p.unit.lines) == 1:
        return True
    apart = p.unit.gap > 0 and nxt.unit.gap > 0 and len(p.unit.lines) <= _LINES
    return apart and prev in (None, "lead", "paragraph")
