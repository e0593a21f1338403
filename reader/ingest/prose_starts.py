"""Why a paragraph after prose starts the next item: a headline, a signed brief, an ad's title."""

from __future__ import annotations

import re

from reader.ingest.brief_blocks import AFTER_FINISHED, IN_A_RUN
from reader.ingest.bylines import is_signature
from reader.ingest.caption_credits import credit_under_caption
from reader.ingest.closing_lines import BYLINE_OVER_HEAD, byline_over_head, closes
from reader.ingest.en_heads import (
    EN_TITLE,
    HEAD_TIGHT_OVER_PROSE,
    STANDING_OVER_ENTRIES,
    en_title,
    head_tight_over_prose,
    headline_line,
    is_prose,
    standing_over_entries,
)
from reader.ingest.head import KO_SENTENCE, is_caps_block, is_short_line
from reader.ingest.head_blocks import HEAD_OVER_TEXT
from reader.ingest.headlines import after_prose, marked, tagged
from reader.ingest.jump_lines import jump_line
from reader.ingest.lines import Para
from reader.ingest.runs import standing_over_headline
from reader.ingest.story_parts import caps_inside
from reader.ingest.tab_head import HEAD_CUTS
from reader.ingest.units import is_plain


def _under_subhead(paras: list[Para], k: int) -> bool:
    """A line under a marked subhead ('▽11일 전적'), lines without a sentence between them
    and between it and a closing byline: the story's results, not a new item."""
    i = k - 1
    while i > 0 and not marked(paras[i]) and not is_prose(paras[i]):
        i -= 1
    if i < 0 or len(paras[i].lines) != 1 or not marked(paras[i]):
        return False
    for j in range(k, len(paras)):
        if closes(paras, j):
            return True
        if is_prose(paras[j]):
            return False
    return False


# A brief is signed by its reporter ('NAME 기자') or credited ('그림=NAME 화백'); a writer's
# signature under a short line and a sentence ('NAME 논설위원') closes the column above.
_BRIEF_SIGNER = re.compile(r"=|\b(?:기자|특파원|통신원)\b")
SIGNED_BRIEF = "a brief after finished text: its head over one sentence, signed by its reporter"
AFTER_JUMP = "a paragraph after a gap under a jump line to another page ('▶4면에 계속')"


def _after_jump(paras: list[Para], k: int) -> bool:
    """Paragraph k, a head's short line, stands after a gap under a line sending its story
    to another page: the story's part on this page ended there, so the head opens another
    item (a photo's title, the next story). A jump back ('▶1면에서 계속') opens its story's
    rest instead, and a caption's sentence under the jump is the story's photo."""
    head = paras[k].lines[0].text
    if not k or not paras[k].gap or not is_short_line(head) or KO_SENTENCE.search(head):
        return False  # a caption's sentence ('… 서 있다. (사진=…)') is no head
    if jump_line(head):
        return False
    jump = jump_line(paras[k - 1].lines[-1].text)
    return jump is not None and jump[0] == "on"


def _signed_block(paras: list[Para], k: int) -> bool:
    """Paragraph k's block cut into a head, one sentence and its reporter's byline."""
    end = k + 2
    if end >= len(paras) or not paras[end].inner or not closes(paras, end):
        return False
    return bool(_BRIEF_SIGNER.search(paras[end].text))


def _ad_title(paras: list[Para], k: int) -> bool:
    """A short line right above a '•' heading: an ad's title, on a page without gaps."""
    para = paras[k]
    if len(para.lines) != 1 or len(para.text) > 60 or is_prose(para) or k + 1 == len(paras):
        return False
    return paras[k + 1].lines[0].text.startswith("•")


HEADLINE_LIKE = "headline-like line after prose (page without blank lines)"


def starts_item(paras: list[Para], k: int, dense: bool, latin: bool, per_line: bool) -> str | None:
    """Why paragraph k starts a new item of a group that already holds prose, or None."""
    para = paras[k]
    # a table's header row in capitals ('KENWOOD\tAB\tR') heads no item: its cells are apart
    caps = latin and "\t" not in para.text and is_caps_block([line.text for line in para.lines])
    if caps and is_plain(para.lines[0].text) and not caps_inside(paras, k):
        return "capitalised headline after prose"
    if dense and byline_over_head(paras, k):
        return BYLINE_OVER_HEAD
    if dense and headline_line(paras, k) and not _under_subhead(paras, k):
        if credit_under_caption(paras, k):
            return None  # '서해군 제공' under a photo's sentence: its caption's credit
        if is_signature(para.text) and tagged(paras[k + 1].text):
            return None  # 'NAME ○○대 교수' over '[사설] …': the column above is signed
        return HEADLINE_LIKE
    if _after_jump(paras, k):
        return AFTER_JUMP
    if para.cut in HEAD_CUTS and not para.inner:
        return "a corpus line's headline, cut from its text at its separator"
    if dense and _ad_title(paras, k):
        return "an ad's title above its first heading (page without blank lines)"
    if para.cut == AFTER_FINISHED and para.gap and _signed_block(paras, k):
        return SIGNED_BRIEF
    if para.cut in (IN_A_RUN, HEAD_OVER_TEXT) and para.gap and not para.inner:
        return para.cut
    if per_line and is_prose(para) and not para.inner:  # a cut line's text stays under its head
        return "one article per line (page without blank lines or headlines)"
    if latin and en_title(paras, k):
        return EN_TITLE
    if latin and head_tight_over_prose(paras, k):
        return HEAD_TIGHT_OVER_PROSE
    if latin and (standing := standing_over_headline(paras, k)):
        return standing
    if latin and standing_over_entries(paras, k):
        return STANDING_OVER_ENTRIES
    return after_prose(paras, k)
