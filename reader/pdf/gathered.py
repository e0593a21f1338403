"""A photo story's captions gathered in one block: its photos stand without captions
under them, and paragraphs in type smaller than the body, each opening with a circled
number ('① …', '❷ …'), say which photo is which. Each is a caption (the text ingest
reads a paragraph opening with a circled number as a list's entry), then moved after the
photo its number names, as a caption under its photo stands."""

from __future__ import annotations

import re
import unicodedata

from reader.model import Block
from reader.pdf.parts import SMALLER, Para

# circled numbers: ①-⑳, ❶-❿ and ➀-➉, the marks a paper numbers its photos with
_NUMBERED = re.compile(r"\s*[\u2460-\u2473\u2776-\u277f\u2780-\u2789]")


def gather_captions(paras: list[Para], body: float) -> None:
    """Small circled-number paragraphs of a story become captions (role 'caption') when
    the story has at least as many photos with no caption after them."""
    bare = sum(
        p.role == "photo"
        and (k + 1 == len(paras) or paras[k + 1].role not in ("caption", "credit"))
        for k, p in enumerate(paras)
    )
    if not bare:
        return
    numbered = [
        p
        for p in paras
        if p.role == "body"
        and p.lines
        and p.lines[0].size < SMALLER * body
        and _NUMBERED.match(p.lines[0].text)
    ]
    if len(numbered) <= bare:
        for p in numbered:
            p.role = "caption"


def paired(body: list[Block]) -> list[Block]:
    """A story's body with each gathered caption moved after its photo: the one numbered
    n after the n-th photo that has no caption after it, in reading order, since a photo's
    caption is the block after it (reader/model.py); its spans still say where it was
    printed. The body as read unless each number names one such photo once."""
    bare = [
        k
        for k, b in enumerate(body)
        if b.kind == "photo" and (k + 1 == len(body) or body[k + 1].kind != "caption")
    ]
    numbered: dict[int, int] = {}  # number -> the caption's place
    for k, b in enumerate(body):
        m = _NUMBERED.match(b.text) if b.kind == "caption" else None
        if m is not None and (k == 0 or body[k - 1].kind != "photo"):
            n = int(unicodedata.numeric(m.group().strip()))
            if n in numbered or not 1 <= n <= len(bare):
                return body
            numbered[n] = k
    if not numbered:
        return body
    after = {bare[n - 1]: body[k] for n, k in numbered.items()}
    moved = set(numbered.values())
    return [x for k, b in enumerate(body) if k not in moved for x in (b, after.get(k)) if x]
