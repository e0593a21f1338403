"""A photo's credit and the caption it belongs to, where the text around them blurs it: a
credit printed over its caption at a block's end ('[사진=누리온뉴스]' / '… 세워져 있다.'),
and a giver's credit alone under a caption's sentence ('서해군 제공'), which closes it."""

from __future__ import annotations

from reader.ingest.credits import PHOTO_CREDIT, PROVIDED_LINE
from reader.ingest.lines import Para
from reader.ingest.pieces import Piece, caption_like
from reader.ingest.scenes import tells_a_scene

CREDIT_OVER = "article: a photo's credit printed over its caption, the block's last line"


def credit_over_caption(pieces: list[Piece], k: int) -> bool:
    """pieces[k], a credit tight under the text above, is printed over its caption: one
    line tight under it that closes the block (a blank line, a byline or the item's end
    under it), not the text above it ('[사진=누리온뉴스]' / '… 세워져 있다.')."""
    if k + 1 >= len(pieces) or pieces[k].unit.gap or not PHOTO_CREDIT.match(pieces[k].text):
        return False
    under = pieces[k + 1]
    if under.unit.gap or not (caption_like(under) or under.kind == "caption"):
        return False
    if under.kind != "caption" and not tells_a_scene(under.text):
        return False  # '… 면담할 예정이다.': the story's last sentence, not what a photo shows
    after = pieces[k + 2] if k + 2 < len(pieces) else None
    return after is None or after.kind == "byline" or after.unit.gap > 0


def credit_under_caption(paras: list[Para], k: int) -> bool:
    """Paragraph k, a giver's credit alone ('서해군 제공') right under a sentence, closes the
    caption above it: never a headline, on a page set without blank lines too."""
    if not k or paras[k].gap or not PROVIDED_LINE.match(paras[k].lines[0].text):
        return False
    return paras[k - 1].lines[-1].text.endswith(".")
