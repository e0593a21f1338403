"""A story whose byline credits its photo ('글·사진=NAME 기자', '글=NAME 기자 / 사진=NAME
기자') prints that photo's caption somewhere in it: among the text, tight over the byline,
or alone after it. Where nothing in the story was read as a caption, its one paragraph that
is a single sentence telling a scene as captions do ('… 둑길을 걷고 있다.', '… 빈집들이
늘어서 있다.') and naming the day it shows is the caption.

A story whose byline credits no photo keeps such a sentence as its text, and so does one
that holds two of them (the print does not say which is the caption) or whose caption was
found already. The lead is never taken: a feature may open on the scene it tells."""

from __future__ import annotations

import re

from reader.ingest.scenes import tells_a_scene
from reader.model import Block

CREDITED_PHOTO = (
    "article: the one sentence telling a scene in a story whose byline credits its photo"
    " ('글·사진='): the photo's caption"
)
# '사진=NAME', '글·사진=NAME', '… / 사진=NAME', '사진·글=NAME': the byline names who took it.
PHOTO_BYLINE = re.compile(r"(?:^|[·/,\s])사진(?:·글)?\s*=")
_CAPTION_MAX = 160  # characters of a caption's sentence
_INNER_END = re.compile(r"[.!?]['\"’”]?\s")  # a sentence ending inside the text
# A caption names the day the photo was taken ('1일', '지난 20일'); the story's own
# progressive sentences seldom do ('시는 현재 정비 계획을 다시 짜고 있다.').
_DAY = re.compile(r"\d{1,2}일\s")


def _scene_sentence(block: Block) -> bool:
    text = block.text
    if block.kind != "paragraph" or len(text) > _CAPTION_MAX:
        return False  # the lead may tell the scene a feature opens on; a caption is short
    return tells_a_scene(text) and not _INNER_END.search(text) and bool(_DAY.search(text))


def credited_caption(blocks: list[Block], rules: list[str]) -> None:
    """Make the story's one scene sentence its caption, in place (the module's doc); the
    caller has found a photo credited in its byline."""
    if any(b.kind == "caption" for b in blocks):
        return
    found = [k for k, b in enumerate(blocks) if _scene_sentence(b)]
    if len(found) != 1:
        return
    k = found[0]
    blocks[k] = Block("caption", blocks[k].text, blocks[k].spans)
    rules[k] = CREDITED_PHOTO
