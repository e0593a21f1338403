"""A photo story's captions gathered in one block: its photos stand without captions
under them, and paragraphs in type smaller than the body, each opening with a circled
number ('① …', '❷ …'), say which photo is which. Each is a caption where it stands (the
text ingest reads a paragraph opening with a circled number as a list's entry)."""

from __future__ import annotations

import re

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
