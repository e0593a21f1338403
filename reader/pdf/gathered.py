"""A photo story's captions gathered in one block: its photos stand without captions
under them, and paragraphs in type smaller than the body, each opening with a circled
number ('① …', '❷ …'), say which photo is which. Each is a caption (the text ingest
reads a paragraph opening with a circled number as a list's entry), then moved after the
photo its number names, as a caption under its photo stands."""

from __future__ import annotations

import re
import unicodedata

from msgspec.structs import replace

from reader.model import Block
from reader.pdf.parts import SMALLER, Para
from reader.pdf.photomarks import CIRCLED, LABEL

_NUMBERED = re.compile(rf"\s*[{CIRCLED}]")
_NEXT = re.compile(rf"[.!?。]\s+([{CIRCLED}])")  # a number after a sentence's end


def gather_captions(paras: list[Para], body: float) -> None:
    """Small circled-number paragraphs of a story become captions (role 'caption') when
    the story has at least as many photos with no caption after them."""
    # a photo's mark (photomarks.py) stands between it and its caption
    roles = [p.role for p in paras if p.role != "label"]
    bare = sum(
        role == "photo" and (k + 1 == len(roles) or roles[k + 1] not in ("caption", "credit"))
        for k, role in enumerate(roles)
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
    printed. A photo's mark (photomarks.py), read as a caption right after it, is folded
    into the caption the photo gets: its characters that leaf's, not its text (as a
    brief's '▲' is its title's). Gathered captions move only when each number names one
    such photo once."""
    rest: list[Block] = []
    labels: dict[int, Block] = {}  # a photo's place in rest -> its mark
    for b in body:
        if b.kind == "caption" and rest and rest[-1].kind == "photo" and LABEL.match(b.text):
            labels[len(rest) - 1] = b
        else:
            gathered = b.kind == "caption" and not (rest and rest[-1].kind == "photo")
            rest.extend(_run_on(b) if gathered else [b])  # a caption under its photo is whole
    after = _gathered(rest)
    moved = {id(b) for b in after.values()}
    out: list[Block] = []
    for k, b in enumerate(rest):
        if id(b) in moved:
            continue
        if k - 1 in labels and out and out[-1] is rest[k - 1] and b.kind == "caption":
            b = _carrying(b, labels.pop(k - 1))  # the photo's own caption under it
        out.append(b)
        if k in after:
            out.append(_carrying(after[k], labels.pop(k)) if k in labels else after[k])
        elif k in labels and (k + 1 == len(rest) or rest[k + 1].kind != "caption"):
            out.append(labels.pop(k))  # no caption: the mark is the photo's caption
    return out


def _gathered(body: list[Block]) -> dict[int, Block]:
    """A bare photo's place -> the gathered caption its number names; none unless each
    number names one bare photo once."""
    bare = [
        k
        for k, b in enumerate(body)
        if b.kind == "photo" and (k + 1 == len(body) or body[k + 1].kind != "caption")
    ]
    numbered: dict[int, Block] = {}
    for k, b in enumerate(body):
        m = _NUMBERED.match(b.text) if b.kind == "caption" else None
        if m is not None and (k == 0 or body[k - 1].kind != "photo"):
            n = int(unicodedata.numeric(m.group().strip()))
            if n in numbered or not 1 <= n <= len(bare):
                return {}
            numbered[n] = b
    return {bare[n - 1]: b for n, b in numbered.items()}


def _carrying(caption: Block, mark: Block) -> Block:
    return replace(caption, spans=[*mark.spans, *caption.spans])


def _run_on(b: Block) -> list[Block]:
    """A numbered caption that runs on into the next number after a sentence's end
    ('② … 있다. ③ …', the first filling its last line): two captions, cut where the
    next number stands (only where its text is its one span's, so the cut is exact)."""
    m = _NUMBERED.match(b.text)
    if m is None or len(b.spans) != 1 or b.spans[0][1] - b.spans[0][0] != len(b.text):
        return [b]
    n = unicodedata.numeric(m.group().strip())
    for nxt in _NEXT.finditer(b.text, m.end()):
        if unicodedata.numeric(nxt.group(1)) == n + 1:
            at, start = nxt.start(1), b.spans[0][0]
            head = b.text[:at].rstrip()
            first = replace(b, text=head, spans=[(start, start + len(head))])
            rest = replace(b, text=b.text[at:], spans=[(start + at, b.spans[0][1])])
            return [first, *_run_on(rest)]
    return [b]
