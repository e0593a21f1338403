"""What inside a story is no new item, though a rule for item starts took it for one: a
short line in a story not yet signed, over prose that runs to the byline (a subhead);
sentences after a wide gap, with no headline over them (more of the story).

A story's byline closes it once, under its last paragraph: until it comes, lines under
the story's text belong to it unless they show a headline's marks.
"""

from __future__ import annotations

from reader.ingest.ad_marks import is_byline
from reader.ingest.bylines import SENTENCE_END
from reader.ingest.credits import CREDIT
from reader.ingest.en_heads import is_prose
from reader.ingest.head import headline_like
from reader.ingest.segment import Para
from reader.ingest.story_ends import SUBHEAD_OF_SIGNED, closing_line, subhead_of_signed

SUBHEAD_OF_UNSIGNED = (
    "not an item: a short line in an unsigned story, over prose that runs to its byline: a subhead"
)


def story_subhead(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k, taken for a headline, is a subhead of the story in current."""
    if subhead_of_signed(current, paras, k):
        return SUBHEAD_OF_SIGNED
    return SUBHEAD_OF_UNSIGNED if subhead_of_unsigned(current, paras, k) else None


def subhead_of_unsigned(current: list[Para], paras: list[Para], k: int) -> bool:
    """'면세점 다시 문 연다' between paragraphs of a story of two or more, not yet signed, over
    prose that runs to a reporter's byline: a story's end is signed once, so the byline
    signs the story above and the line, well shorter than its headline, is a subhead. An
    unsigned brief of one paragraph, or a line as long as the headline, stays a new item."""
    text = paras[k].lines[0].text
    if len(paras[k].lines) != 1 or SENTENCE_END.search(text) or not current:
        return False
    lines = [line.text for p in current for line in p.lines]  # signed at its head: signed
    if sum(map(is_prose, current)) < 2 or any(map(is_byline, lines)) or not is_prose(current[-1]):
        return False
    if 3 * len(text) > 2 * len(current[0].lines[0].text):
        return False
    last = closing_line(paras, k)
    return last is not None and is_byline(last)


def sentence_goes_on(current: list[Para], para: Para) -> bool:
    """A paragraph of sentences, its first line no headline, after a wide gap under the
    story's sentence (or its photo's credit, 'ⓒ 한빛대병원'): with no head between them,
    the story goes on; a new item opens with its headline."""
    last = current[-1]
    if len(current) > 1 and len(last.lines) == 1 and CREDIT.match(last.text):
        last = current[-2]  # a caption's credit, set on its own line
    return is_prose(last) and is_prose(para) and not headline_like(para.lines[0].text)
