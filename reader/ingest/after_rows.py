"""Where an item opens after a box of rows, entries or contacts: the title of the next
list of rows ('7일 결과' / '다음 주 일정'), never a board's own heading over its rows ('AREA
SCOREBOARD' / 'Boys basketball' over scores); a marked heading over entries after a story
signed above its lead; a headline over prose, or a notice's title word, after a listing's
last entry, and a notice set tight under its title for notices ('공고'); a titled block
closed by its own contact lines after an item its contact lines closed."""

from __future__ import annotations

import re
from itertools import chain, islice

from reader.ingest.ad import has_phone
from reader.ingest.ad_marks import is_byline
from reader.ingest.byline_lines import EMAIL
from reader.ingest.carriers import carrier_row
from reader.ingest.en_rows import closes_alone
from reader.ingest.entries import TABLE_NOTE
from reader.ingest.figure_rows import FIGURE_ROWS
from reader.ingest.head import headline_like, is_short_line, result_row
from reader.ingest.headlines import marked, prose
from reader.ingest.licences import licence_row
from reader.ingest.lines import Para
from reader.ingest.listing import is_entry
from reader.ingest.units import is_plain

ROWS_TITLE = "a short title over rows after a blank line, under rows ('7일 결과' / '다음 주 일정')"


def rows_title(current: list[Para], paras: list[Para], k: int) -> str | None:
    """A short line after a blank line, over a results or schedule row, when the item so
    far ends in such rows: the title of the next list of rows, not another of its rows."""
    para = paras[k]
    if not para.gap or len(para.lines) != 1 or k + 1 == len(paras):
        return None
    last, below = current[-1].lines[-1].text, paras[k + 1].lines[0].text
    if not result_row(last) or not result_row(below):
        return None  # cheap tests first: most items end in no row
    text = para.lines[0].text
    if not is_short_line(text) or result_row(text) or not is_plain(text):
        return None
    return None if board(current) else ROWS_TITLE


def board(current: list[Para]) -> bool:
    """A title alone in its paragraph over a heading with its rows under it ('AREA
    SCOREBOARD' / 'Boys basketball' over scores): a board whose further headings over
    rows are its own parts, not items."""
    if len(current) < 2 or len(current[0].lines) != 1:
        return False
    block = [line.text for para in current[1:] for line in para.lines]
    return len(block) > 1 and not result_row(block[0]) and all(map(result_row, block[1:]))


LISTING_AFTER = "a marked heading over entries after a story signed above its lead"
_ENTRIES_UNDER = 3  # entries, a line each, under a heading that opens a listing


def listing_after(current: list[Para], paras: list[Para], k: int) -> bool:
    """'◆새로 나온 책' over '△…=…' entries after a story whose byline stands above its
    lead ('글·사진=NAME 기자'): the story is done, a listing begins. A story signed at its
    end keeps its marked subheads over entries (a schedule inside it)."""
    if len(paras[k].lines) != 1 or not marked(paras[k]):
        return False
    below = [line.text for para in paras[k + 1 : k + 1 + _ENTRIES_UNDER] for line in para.lines]
    if len(below) < _ENTRIES_UNDER or not all(map(is_entry, below[:_ENTRIES_UNDER])):
        return False
    return any(is_byline(line.text) for para in current for line in para.lines)


HEAD_AFTER_LISTING = "a headline (and deck) over prose after a listing's last entry"


def head_after_listing(current: list[Para], paras: list[Para], k: int) -> str | None:
    """'공예 명장전 개막' / its deck over prose, right after a title's entries ('◇NAME=…'):
    a listing holds no prose, so the head opens the next story; after a story whose last
    paragraph is entries, a headline over its deck in one block does too."""
    if k + 1 == len(paras) or not is_entry(current[-1].lines[-1].text):
        return None  # cheap test first: most groups end in no entry
    first = paras[k].lines[0].text
    if len(paras[k].lines) > 2 or not (headline_like(first) and is_plain(first)):
        return None  # cheap: the head is one or two plain headline lines (checked again below)
    # the group's lines one at a time: read whole for each paragraph, a page set as one
    # group of n lines would be read n times
    lines = (line.text for para in current for line in para.lines)
    top = list(islice(lines, 3))
    if len(top) < 3:
        return None
    head = [line.text for line in paras[k].lines]
    if len(head) != 2 and not all(map(is_entry, chain(top[1:], lines))):
        return None  # after a story's entries, a headline and its deck, never a subhead
    below = k + 1
    one = len(paras[below].lines) == 1 and not prose(paras[below])
    if len(head) == 1 and below + 1 < len(paras) and one:
        head.append(paras[below].lines[0].text)  # its deck, set apart by the blocks pass
        below += 1
    if len(head) > 2 or not all(headline_like(t) and is_plain(t) for t in head):
        return None
    return HEAD_AFTER_LISTING if prose(paras[below]) else None


TITLED_AFTER_ENTRIES = "a one-word title over its text after a listing's entries ('공고' / …)"
_TITLE_WORD = 6  # characters of a notice's title word: '공고', '알림', '알립니다'


def titled_after_entries(current: list[Para], paras: list[Para], k: int) -> str | None:
    """A block after a blank line, its first line a title word ('공고', '알림') over lines
    that are no entries, right after a listing's last entry: a listing holds no notice, so
    the block is an item of its own (a notice, or the ad it is)."""
    para = paras[k]
    if not para.gap or len(para.lines) < 2 or len(para.lines[0].text) > _TITLE_WORD:
        return None  # cheap tests first: most blocks open with a longer line
    title, under = para.lines[0].text, para.lines[1].text
    if not is_entry(current[-1].lines[-1].text) or " " in title or not is_plain(title):
        return None
    if not headline_like(title) or is_entry(under) or marked(Para(para.lines[1:2])):
        return None
    return TITLED_AFTER_ENTRIES


# A title for notices ('공고'): legal notices under it are ads (docs/representation.md,
# "Legal notices"), so it stands alone as their title.
_NOTICES_WORD = re.compile(r"^(?:법정\s?)?공고$")
NOTICE_UNDER_TITLE = "a notice under its title for notices ('공고'), set tight under it"


def notices_cut(para: Para) -> tuple[Para, Para] | None:
    """The block cut under its title for notices: the title, then the notice."""
    if not _NOTICES_WORD.match(para.lines[0].text):
        return None
    return Para(para.lines[:1], para.gap), Para(para.lines[1:], 0, inner=True)


AFTER_CONTACT = "a titled block closed by its contact lines, after an item its contact closed"
_AD_LINES = 8  # lines of a small ad: a title, a few lines, its contacts


def contact_closed(lines: list[str]) -> bool:
    """A small block (a title, a few lines) closed by its own contact: a phone or an
    e-mail ('전화 051-…', 'recruit@…'), a notice's or a small ad's."""
    if not 2 < len(lines) <= _AD_LINES:
        return False
    return has_phone(lines[-1]) or EMAIL.search(lines[-1]) is not None


def after_contact(current: list[Para], paras: list[Para], k: int) -> str | None:
    """After a notice (with prose) closed by its contact line ('문의 02-…'), a block after a
    blank line, a short title over a few lines that close on a contact of their own ('전화
    051-…'): the next notice or a small ad, never more of the one above; or a short title
    over a table's rows (its unit note between): a table of its own, the notice being done.
    (A page of small ads, no prose, is split by small_ads.py.)"""
    para = paras[k]
    title = para.lines[0].text
    if not para.gap or not headline_like(title) or not is_plain(title):
        return None  # cheap tests first: both are asked of most first lines already
    if not has_phone(current[-1].lines[-1].text):
        return None  # most blocks follow no contact
    if contact_closed([x.text for x in para.lines]):
        return AFTER_CONTACT
    block = [x.text for p in paras[k : k + 3] for x in p.lines]
    if not any("\t" in x for x in block[1:3]):
        return None
    # the paper's own table notes its unit or source ('(단위: 원)', '자료=누리시'); a
    # notice's own schedule under it ('강좌 안내' over its classes) has neither
    return TABLE_AFTER_CONTACT if any(map(TABLE_NOTE.match, block[1:])) else None


TABLE_AFTER_CONTACT = (
    "a titled table set apart after an item its contact closed ('올해 달라진 …' over its rows)"
)


CAPS_AFTER_ROWS = "capitalised headline after a table's rows"
CAPS_AFTER_ENTRIES = (
    "capitalised headline after lines under a head that each close a sentence (entries one"
    " a line, no prose): the head of the next item"
)


def rows_in(current: list[Para]) -> str | None:
    """The rows the item so far ends in, by the rule a capitalised line after them opens
    an item by: a table's (cells apart by tabs, scores, a shipping list's ships, a licence
    register's couples, a name and figures cut one a row), or, under its head, two lines
    or more that each close a sentence, none running on (entries set one a line:
    'Bramford at Westover.'; one such line is a dateline or a deck)."""
    para = current[-1]
    if para.cut == FIGURE_ROWS or licence_row(para.text):
        return CAPS_AFTER_ROWS  # licences wrap, so read by the paragraph
    lines = [line.text for line in para.lines]
    if any("\t" in t or result_row(t) or carrier_row(t) for t in lines):
        return CAPS_AFTER_ROWS
    count = 0  # read lazily: a line that runs on ends the reading (linear in the group)
    for line in chain.from_iterable(x.lines for x in islice(current, 1, None)):
        if not closes_alone(line.text):
            return None
        count += 1
    return CAPS_AFTER_ENTRIES if count >= _ENTRIES else None


_ENTRIES = 2  # lines under a head that each close a sentence: entries, not a dateline
