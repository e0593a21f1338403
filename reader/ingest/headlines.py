"""Lines that show themselves as the headline of a new item, where the item before has
no closing byline to end it.

Papers print a headline so that it cannot be taken for a subhead: led by its column's
tag ('[사설] …', '[독자투고] …'), punctuated as headlines are (a comma after the subject,
an ellipsis between two clauses: '국회, 예산안 심사 돌입…쟁점은 지역화폐', a predicate with
no period: '수출 석 달째 늘었다'), or set over what only an item's head holds
(over_its_head.py). After a brief headed by a marked line ('▷ …', '◇ …'), the next marked
line heads the next brief: briefs carry no subheads (a marked line over a listing's
entries groups them instead). A short line right above such a headline, after prose, is
the title of the items under it ('[간추린 뉴스]'): an item of its own.
"""

from __future__ import annotations

import re
from itertools import islice

from reader.ingest.ad import has_phone
from reader.ingest.ad_marks import SENTENCE
from reader.ingest.blocks import RULING_HEAD, marked_headline
from reader.ingest.bylines import PERSON_LINE, is_signature
from reader.ingest.caption_credits import credit_under_caption
from reader.ingest.case_numbers import closed_by_case_number
from reader.ingest.credits import CREDIT, DRAWING_CREDIT, PROVIDED_LINE, credit_suffix
from reader.ingest.en_blocks import HEAD_LINES
from reader.ingest.entries import TABLE_NOTE, table_line
from reader.ingest.head import (
    column_parts,
    headline_like,
    headline_punctuation,
    is_short_line,
    result_row,
    score_line,
)
from reader.ingest.label import BRACKETED
from reader.ingest.lines import Para
from reader.ingest.listing import is_entry
from reader.ingest.repair import TERMINAL
from reader.ingest.sentence_heads import TRI_SENTENCE, block_lines, heading_over_sentences
from reader.ingest.turns import Q_MARK
from reader.ingest.units import SUBHEAD, is_plain, line_kind

# 'A, B': a short subject set off by a comma; 'A…B': two clauses joined by an ellipsis;
# '… 늘었다': a predicate closing the line with no period. Subheads are noun phrases.


def one_line(paras: list[Para], k: int, marked_too: bool = False) -> str | None:
    """The text of paragraph k when it is one plain line (or marked: '■ 제목') that could
    be a headline."""
    para = paras[k]
    if len(para.lines) != 1 or k + 1 == len(paras):
        return None
    text = para.lines[0].text
    if marked_too and (m := SUBHEAD.match(text)):
        text = text[m.end() :]
    if not headline_like(text) or is_entry(text) or not is_plain(text):
        return None  # cheap tests first: most paragraphs are prose
    return None if has_phone(text) else text  # a contact line ('문의 … 062-…') ends an item


def title_over(paras: list[Para], k: int) -> bool:
    """Is paragraph k a title over the items under it ('[간추린 뉴스]' over its briefs):
    one short line between prose and a headline that opens an item? A ruling's case number
    under its report ('대법원 2025도18342') closes the report, it heads nothing."""
    text = paras[k].text
    if k and BRACKETED.match(text) and line_kind(text)[0] == "subhead":
        # '[세계 단신]': the brackets mark it a title; a credited caption above ends too
        above = paras[k - 1].lines[-1].text
        return finished(above) or bool(PROVIDED_LINE.match(above))
    if k == 0 or not prose(paras[k - 1]) or closed_by_case_number(paras[k].text):
        return False
    if credit_under_caption(paras, k):
        return False  # '서해군 제공' closes the caption above it
    return one_line(paras, k, marked_too=True) is not None


def tagged(text: str) -> bool:
    """A headline led by its column's tag in brackets: '[사설] 제목', '[홍길동의 책] 제목'."""
    return text.startswith("[") and column_parts(text) is not None


def prose(para: Para) -> bool:
    return bool(SENTENCE.search(para.text))


_DECK = 3  # past the headline, the paragraphs looked at for its deck: two lines at most
# A line ending in a figure ('1분기 23%', '수출 512억달러'): two such tight under a title are a
# small table's rows, not a deck ('강물시, 분기별 집행률' / '1분기 23%' / '2분기 48%').
_FIGURE_END = re.compile(r"\d[\d,.]*+\s?(?:%p?|[가-힣]{1,3})?$")


def _figure_rows(paras: list[Para], k: int) -> bool:
    """Are paragraphs k and k + 1 one line each, tight, ending in a figure?"""
    pair = paras[k : k + 2]
    return (
        len(pair) == 2
        and not pair[1].gap
        and all(len(p.lines) == 1 and _FIGURE_END.search(p.text) for p in pair)
    )


def _deck_line(paras: list[Para], k: int) -> bool:
    """Paragraph k is one short line that is no sentence: a deck's line."""
    return one_line(paras, k) is not None and not prose(paras[k])


HEADLINE_PUNCTUATION = (
    "headline punctuation (a comma after the subject, '…', a predicate, a quotation leading it)"
)


def after_prose(paras: list[Para], k: int) -> str | None:
    """Why paragraph k heads a new item in a group that holds prose, or None."""
    text = one_line(paras, k, marked_too=True)
    if text is None or TABLE_NOTE.match(text):
        return None  # '※단위: 원, %. 자료: ORG' closes the table above; it heads nothing
    punctuated = headline_punctuation(text)
    alone = one_line(paras, k - 1) is None if k else True  # not a deck line's neighbour
    below = after_photo(paras, k + 1) if caption_with_credit(paras, k + 1) else k + 1
    while below < min(len(paras), k + _DECK) and not paras[below].gap and _deck_line(paras, below):
        if _figure_rows(paras, below):
            return None  # a table's title in the story, over its rows
        below += 1  # its deck's lines, tight under it ('"복지 예산 삭감 놓고 진통 예상"')
    if punctuated and alone and below < len(paras) and prose(paras[below]):
        return HEADLINE_PUNCTUATION
    if not k or not prose(paras[k - 1]):
        return None
    return heading_over_sentences(paras, k) or quote_over_person(paras, k)


QUOTE_OVER_PERSON = "a quote headline over the speaker's name and title, over text (no blank line)"
_QUOTE_HEAD = re.compile(r"^[“\"][^“”\"]{4,60}[”\"]$")


def quote_over_person(paras: list[Para], k: int) -> str | None:
    """'“통학로에 단속 카메라를”' / 'NAME 의원(○○동)' / what they said, in one block: a
    speech's item (the member its subheadline), one after another on a council's page."""
    lines = list(islice(block_lines(paras, k), 3))
    if len(lines) < 3 or not _QUOTE_HEAD.match(lines[0]) or not PERSON_LINE.match(lines[1]):
        return None
    return QUOTE_OVER_PERSON if SENTENCE.search(lines[2]) else None


_LISTING_MARKS = "◇◆■□"


def heading_after_entries(paras: list[Para], k: int) -> str | None:
    """heading_over_sentences after a listing's last '▲' entry (no story before it)."""
    if k == 0 or not TRI_SENTENCE.match(paras[k - 1].lines[-1].text):
        return None
    head = paras[k].lines[0].text
    if paras[k].gap and (m := SUBHEAD.match(head)) and head[0] in _LISTING_MARKS:
        if _mark_above(paras, k, head[0]):
            return None  # the listing's next group label, marked as the one above it
        head = head[m.end() :]  # '◇ 동정' after a blank line: its mark only sets it apart
    return heading_over_sentences(paras, k, head)


_LOOK_BACK = 12  # paragraphs of a listing looked back over for a group label


def _mark_above(paras: list[Para], k: int, mark: str) -> bool:
    """A line opening with the same mark heads a group of the entries above paragraph k."""
    for j in range(k - 1, max(-1, k - _LOOK_BACK), -1):
        first = paras[j].lines[0].text
        if first.startswith(mark):
            return True
        if not TRI_SENTENCE.match(first):
            return False
    return False


def caption_with_credit(paras: list[Para], k: int) -> bool:
    lines = [line.text for para in paras[k : k + 2] for line in para.lines][:2]
    if line_kind(lines[0])[0] == "caption" or credit_suffix(lines[0]):
        return True
    credit = CREDIT.match(lines[1]) or DRAWING_CREDIT.match(lines[1]) if len(lines) == 2 else None
    return is_plain(lines[0]) and bool(credit)


def after_photo(paras: list[Para], k: int) -> int:
    """The paragraph after the caption at k and the credit line under it."""
    k += 1
    credit = k < len(paras) and _credit_line(paras[k].lines[0].text)
    if credit and len(paras[k - 1].lines) == 1:
        k += 1
    return k


def _credit_line(text: str) -> bool:
    return bool(CREDIT.match(text) or DRAWING_CREDIT.match(text))


def marked(para: Para) -> bool:
    """A paragraph opening with a marked line: '▷ 제목', '◇제목', '■ 제목', '[제목]'."""
    return bool(SUBHEAD.match(para.lines[0].text))


# A notice's tag before its title ('[공지] 연말 휴간 안내', '[알림] …'): a brief of the
# paper's own, which carries no subheads, as a marked brief carries none.
_NOTICE_TAG = re.compile(r"^[\[【]\s*(?:공지|알림|안내|사고|社告|정정)\s*[\]】]\s*\S")


def heads_a_brief(para: Para) -> bool:
    """A paragraph opening with a marked line, or with a notice's tagged title."""
    return marked(para) or _NOTICE_TAG.match(para.lines[0].text) is not None


_PLAIN_AFTER_BRIEF = "headline after a blank line, after a brief headed by a marked line"


_GROUP_LABEL = re.compile(r"^[<〈]\s*[^<>〈〉]{1,20}\s*[>〉]$")


def next_brief(paras: list[Para], k: int) -> str | None:
    """Why paragraph k heads the next brief of a group headed by a marked line."""
    para = paras[k]
    if not marked(para):
        # After a blank line, a headline over its text ends the brief too.
        plain = para.gap and one_line(paras, k) is not None and prose(paras[k + 1])
        return _PLAIN_AFTER_BRIEF if plain else None
    below = para.lines[1:] or (paras[k + 1].lines if k + 1 < len(paras) else [])
    if len(below) == 1 and _GROUP_LABEL.match(below[0].text) and k + 2 < len(paras):
        below = paras[k + 2].lines  # a group's label in angle brackets ('<총경 전보>')
    if not below or any(is_entry(line.text) for line in below):
        return None  # a label over a listing's entries
    return "marked headline after a brief headed by one (briefs carry no subheads)"


def inside_a_block(paras: list[Para], k: int) -> str | None:
    """Why paragraph k, a short line cut out of a block printed without blank lines, heads
    an item: between sentence lines of the block, or under the block's title ('[간추린
    뉴스]'), and over a sentence. An article's subheads stand apart, in blocks of their
    own ('1. 사실관계' over its paragraphs); a run of briefs is printed line after line."""
    para = paras[k]
    if not para.inner or k + 1 == len(paras) or not paras[k + 1].inner:
        return None
    if one_line(paras, k) is None or not prose(paras[k + 1]):
        return None
    if credit_under_caption(paras, k):
        return None  # '누리시 제공' under a photo's sentence: its caption's credit
    above = paras[k - 1]
    if prose(above) and above.inner:
        return "short line between sentence lines of one block (a brief's headline)"
    if len(above.lines) == 1 and marked(above) and para.cut != RULING_HEAD:
        # (a ruling's court line under its marked head is the head's: '■ 제목' / '… 선고 … 판결')
        return "short line under the title of the block, over its sentence (a brief)"
    return None


def marked_brief(paras: list[Para], k: int) -> str | None:
    """Why paragraph k heads a brief: a '▲' headline alone over a sentence (the briefs
    under '[의회 소식]', each its own item)."""
    para = paras[k]
    if len(para.lines) != 1 or k + 1 == len(paras) or not marked_headline(para.lines[0].text):
        return None
    below = paras[k + 1].lines[0].text
    if not is_plain(below) or not SENTENCE.search(below):
        return None
    if k and paras[k - 1].lines[-1].text.startswith("▲"):
        return None  # the last of a run of entries: briefs each stand over their text
    return "'▲' headline over its text (a brief)"


OVER_A_DECK = "headline over a deck line over prose, after finished text"
AFTER_TABLE = "headline after a table's rows (a box ends with its table)"
OVER_A_TABLE = "title over a table, after finished text"
MARKED_AFTER_TABLE = "marked headline after a blank line under a table's rows (a box ends there)"


def finished(text: str) -> bool:
    """A paragraph's last line that closes what it holds: a sentence, a byline, a credited
    caption ('…/ORG 제공'), a table's row or its note ('※ …'), a listing's entry. A short
    unpunctuated line (a headline, a deck line, a subhead) does not: what follows it
    belongs to it."""
    row = table_line(text) or is_entry(text) or result_row(text)
    if TERMINAL.search(text) or row:
        return True
    if text[0] in "―—–" and is_signature(text):
        return True  # '― NAME ROLE': a column's signature, set off by its dash
    return line_kind(text)[0] in ("byline", "caption")  # a caption closes with its credit


def title_over_parts(paras: list[Para], k: int) -> str | None:
    """Why paragraph k, a line without final punctuation after finished text, opens an
    item: over a table, a quiz or a deck line over prose, none of which an article's
    subhead stands over ('오늘의 지표' over its rows, '과학 퀴즈' over 'Q. …'), or after a
    table's rows, which close the box that holds them, over text of its own."""
    if k == 0 or k + 1 == len(paras) or len(paras[k].lines) != 1:
        return None
    text = paras[k].lines[0].text
    below = paras[k + 1].lines[0].text
    above = paras[k - 1].lines[-1].text
    after_table = table_line(above)
    if after_table and paras[k].gap and one_line(paras, k, marked_too=True) and marked(paras[k]):
        return MARKED_AFTER_TABLE
    # Cheap tests first: most paragraphs stand over neither a table nor a quiz nor a deck.
    # a deck line is short, or set tight under the headline in a block of their own
    tight = paras[k + 1].cut == HEAD_LINES
    deck = k + 2 < len(paras) and len(paras[k + 1].lines) == 1 and (is_short_line(below) or tight)
    if not ("\t" in below or after_table or Q_MARK.match(below) or deck):
        return None
    if table_line(text) or one_line(paras, k) is None:
        return None  # a note or a row belongs to the table above
    if result_row(text) and not (score_line(text) and "\t" in below and not paras[k + 1].gap):
        return None  # a game's score tight over its box score is the box's title
    if not finished(above):
        return None
    if "\t" in below:
        # 'The score:' under the story's sentence introduces the story's own rows: a line
        # closing on a colon goes on into what it heads, as no title does
        return None if text.endswith(":") else OVER_A_TABLE
    if after_table and (SUBHEAD.match(below) or prose(paras[k + 1]) or _list_under(paras, k)):
        return AFTER_TABLE
    if Q_MARK.match(below):
        return "title over a quiz's questions, after finished text"
    plain = (one_line(paras, k + 1) or tight and is_plain(below)) and not tagged(below)
    if deck and plain and TERMINAL.search(paras[k + 2].text):  # '[사설] …' heads, no deck
        return OVER_A_DECK
    return None


def _list_under(paras: list[Para], k: int) -> bool:
    """Two or more lines in one block under paragraph k, none a sentence or a table's row
    ('Harold P. Ybarra, Chair', a roster's names): a list of its own."""
    count = 0
    for text in block_lines(paras, k + 1):
        if TERMINAL.search(text) or "\t" in text:
            return False
        count += 1
    return count > 1


BRIEF_HEAD = 12  # characters after the marker: a brief's headline, not a part's name ('■ 벼')


MARKED_BRIEF_UNDER_TITLE = "marked headline over its sentence under a title (a brief)"
MARKED_BLOCK_UNDER_TITLE = (
    "marked headline tight over its sentence lines under a title (a brief, its block its own)"
)


def marked_brief_under_title(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k, a '■'/'◇' headline over a sentence right under a title ('사건
    브리핑' / '■ 주차 시비 끝에 50대 입건' / its sentence), heads a brief: the title is an
    item of its own and each marked line under it a brief, as '▲' ones are; after a
    story's last sentence too (split_groups cuts the title off). The sentence may be set
    tight under its headline, the brief one block, closed by its stop."""
    para = paras[k]
    m = SUBHEAD.match(para.lines[0].text)
    if m is None or para.lines[0].text[0] == "[":
        return None  # cheap test first: most paragraphs open with no mark
    tight = len(para.lines) > 1
    if not tight and k + 1 == len(paras):
        return None
    if len(current[-1].lines) != 1 or len(current) > 1 and not prose(current[-2]):
        return None
    title = current[-1].lines[0].text
    if not headline_like(title) or not is_plain(title):
        return None
    head = para.lines[0].text[m.end() :]
    if len(head) < BRIEF_HEAD or not headline_like(head):
        return None
    if tight:
        # the block's own lines are its sentence, wrapped: the last one closes it
        lines = para.lines[1:]
        if not all(is_plain(line.text) for line in lines) or not TERMINAL.search(lines[-1].text):
            return None
        return MARKED_BLOCK_UNDER_TITLE
    below = paras[k + 1].lines[0].text
    if not is_plain(below) or not TERMINAL.search(below):
        return None
    return MARKED_BRIEF_UNDER_TITLE


# A box English papers print among the stories under a title of its own: a correction.
_EN_BOX = re.compile(r"^(?:Corrections?|Clarifications?|Editor[’']s [Nn]ote|For the [Rr]ecord)$")
EN_BOX = "the title of a correction box over its text opens an item"


def english_box(paras: list[Para], k: int) -> str | None:
    """A correction's title alone over its sentences: an item, never a story's subhead."""
    para = paras[k]
    if len(para.lines) != 1 or k + 1 == len(paras) or not _EN_BOX.match(para.text):
        return None
    return EN_BOX if TERMINAL.search(paras[k + 1].text) else None
