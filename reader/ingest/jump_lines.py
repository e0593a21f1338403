"""Jump lines: a story that goes on on another page, or comes from one.

'▶3면에 계속', '(3면에 계속)', '3면으로 이어짐', 'Continued on Page 4', '(Continued on
Page Two.)', 'See COUNCIL, Page A6' close the first part; '▶1면에서 계속', 'Continued
from Page 1' open the rest. The line is the whole unit and names a page; a '관련기사'
line ('▶ 재단 이사장 …') names none, and a page number alone says nothing of a story.
Both ingest paths read a line's kind here (`units.line_kind`), and
`article.build_article` keeps such a unit as the article's jump only at the edge of its
text (`edge_jumps`); anywhere else it is a paragraph.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Literal

import msgspec

from reader.model import Block, Jump

if TYPE_CHECKING:  # pieces.py imports the units, which read this module's rule
    from reader.ingest.pieces import Piece

Way = Literal["on", "from"]

JUMP_RULE = "a jump line naming a page ('▶3면에 계속', 'Continued on Page 4')"

_INSIDE = "plain text: a jump line inside the text"
_OPEN = r"^[\s▶▷◀◁☞→(\[<〈《]*"
_CLOSE = r"[\s)\]>〉》.◀◁]*$"
_KOREAN = re.compile(
    _OPEN
    + r"[A-Z]?(?P<page>\d{1,2})\s*면\s*(?:(?P<from>에서\s*(?:계속|이어짐))|에\s*계속|으로\s*이어짐)"
    + _CLOSE
)
_ENGLISH = re.compile(
    _OPEN
    + r"(?:(?:continued|cont'd|cont\.)\s+(?:(?P<from>from)|on)\s+page"
    # 'See' takes the story's word in capitals ('See COUNCIL'), not 'See the table'
    + r"|see\s+(?-i:[A-Z][A-Z'&-]*(?:\s+[A-Z][A-Z'&-]*){0,3}),?\s+(?:on\s+)?page)"
    + r"\s+(?:(?-i:[A-Z])?(?P<page>\d{1,3})|(?P<word>[a-z]+))"
    + _CLOSE,
    re.IGNORECASE,
)
# An old paper spells its pages out ('(Continued on Page Two.)'), and no paper that does runs
# past twenty: a larger word ('Page Ninety') is no page.
_PAGE_WORDS = {
    w: n
    for n, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split(),
        start=1,
    )
}


def jump_line(text: str) -> tuple[Way, int] | None:
    """Which way the line jumps and the page it names; None for any other line."""
    if len(text) > 60:
        return None
    m = _KOREAN.match(text) or _ENGLISH.match(text)
    if m is None:
        return None
    page = int(m["page"]) if m["page"] else _PAGE_WORDS.get(m["word"].lower())
    return None if page is None else (("from" if m["from"] else "on"), page)


def _jump(piece: Piece, way: Way) -> Jump | None:
    found = jump_line(piece.text) if piece.kind == "jump" else None
    if found is None or found[0] != way:
        return None
    return Jump(piece.text, found[1], list(piece.chunk.spans))


def jump_above(pieces: list[Piece]) -> tuple[Jump | None, list[Piece]]:
    """A jump back printed over the jump head ('▶1면에서 계속' / '노선 개편' / text), taken off
    so that the head is read as a head."""
    back = _jump(pieces[0], "from") if len(pieces) > 2 else None
    return back, pieces[1:] if back is not None else pieces


def edge_jumps(pieces: list[Piece], i: int) -> tuple[Jump | None, Jump | None, int]:
    """The jump back at the start of the body (pieces[i:]), and the jump on at its end
    (under it only captions) taken out of `pieces`, with the body's new start; a jump
    unit anywhere else becomes plain text."""
    back = _jump(pieces[i], "from") if i < len(pieces) else None
    i += back is not None
    last = len(pieces)
    while last > i + 1 and pieces[last - 1].kind in ("caption", "credit"):
        last -= 1  # a photo's caption printed under the story's last line
    on = _jump(pieces[last - 1], "on") if i < last else None
    if on is not None:
        del pieces[last - 1]
    for k in range(i, len(pieces)):
        if pieces[k].kind == "jump":  # inside the text: a sentence of it, not a jump
            pieces[k] = dataclasses.replace(pieces[k], kind="text", rule=_INSIDE)
    return back, on, i


def continued(blocks: list[Block]) -> list[Block]:
    """A continuation's body: its first paragraph goes on the story, it opens nothing, so
    it is no lead (docs/representation.md, 'Jump lines')."""
    if blocks and blocks[0].kind == "lead":
        return [msgspec.structs.replace(blocks[0], kind="paragraph"), *blocks[1:]]
    return blocks
