"""The section label printed at the top of a page ('경제', '[경제]', '19 스포츠').

A label is a known section name (masthead.SECTIONS), with or without the page number
beside it, or any short name standing alone on the page's first line (in its paragraph,
where the page has blank lines) over a line that opens an item by itself: a headline
led by its column's tag ('독자의 소리' over '[독자투고] …') or a listing's first heading
('오늘의 운세' over '쥐띠' and its birth years) or a page of small ads, each with its
contact ('생활정보'), or a word or two ('의정', 'BUSINESS')
over a full headline line at least twice as long. A longer first line over an ordinary
headline is that item's headline, not a label: the two cannot be told apart.
"""

from __future__ import annotations

import re

from reader.ingest.head import (
    HANGUL,
    LATIN,
    column_parts,
    heading_over_rows,
    is_caps,
    is_title_case,
)
from reader.ingest.label_caps import (
    CAPS_OVER_STACK,
    CAPS_WORD_RULE,
    ISSUER,
    NOTICES_RULE,
    STACK_MAX,
    caps_over_stack,
    caps_word,
    issuer,
    notices_label,
)
from reader.ingest.label_desk import (
    DESK_OVER_TIGHT_HEAD,
    EN_DESK,
    HEADLINE_MAX,
    en_desk,
    over_its_text,
    over_tight_head,
)
from reader.ingest.label_pair import PAIR_OVER_STACK, pair_over_stack
from reader.ingest.lines import Line, Para
from reader.ingest.listing import keyed_entry, listed
from reader.ingest.masthead import parse_section_label
from reader.ingest.outlet import BREADCRUMB
from reader.ingest.repair import TERMINAL
from reader.ingest.running_head import running_head
from reader.ingest.segment import STATION
from reader.ingest.small_ads import small_ads
from reader.ingest.units import is_plain
from reader.model import Text

LABEL_MAX = 12  # characters of a label that is not a known section name
# A name of one to three words (letters only), decorated or not: '독자의 소리', '■ 알림',
# '주말 & 레저'.
_NAME = re.compile(
    r"^(?:[\[【〈<■□◆◇●○]\s*)?(?P<name>[가-힣A-Za-z]+(?:(?:[ ·]|\s?&\s?)[가-힣A-Za-z]+){0,2})"
    r"(?:\s*[\]】〉>])?$"
)


def _tagged_headline(line: Line) -> bool:
    """A headline led by its column's tag in brackets: '[독자투고] 제목'."""
    return line.text.startswith("[") and column_parts(line.text) is not None


def _opens_item(lines: list[Line]) -> bool:
    """Do the lines under the first one open an item by themselves?"""
    if _tagged_headline(lines[0]):
        return True
    heading = len(lines[0].text) <= LABEL_MAX or STATION.match(lines[0].text)
    return len(lines) > 1 and bool(heading) and keyed_entry(lines[1].text)


def _breadcrumb(text: str) -> bool:
    """A web page's breadcrumb alone on its first line: in Hangul, or of three parts
    ('News > Local > Schools'); 'Supply > Demand' may be a headline."""
    return bool(BREADCRUMB.match(text)) and bool(HANGUL.search(text) or text.count(" > ") > 1)


def _name(paras: list[Para], dense: bool, after_masthead: bool) -> str | None:
    first = paras[0].lines[0]
    if not dense and over_its_text(paras):
        return None  # an ear's title over its text ('THE WEATHER' / its forecast)
    if name := parse_section_label(first.text):
        return name
    if _over_folio(paras):
        return first.text
    if _breadcrumb(first.text):
        return first.text  # a web page's '사회 > 교육': the sections the story sits in
    if len(paras) > 1 and len(paras[0].lines) == 1 and notices_label(first.text):
        return first.text
    if _word_over_headline(paras) or _marked_over_stack(paras) or caps_word(paras, dense):
        return first.text
    if _over_bracketed(paras, dense) or _alone_over_bracketed(paras, dense):
        return first.text
    if _over_a_stack(paras, dense) or issuer(paras) or caps_over_stack(paras, dense):
        return first.text
    if _label_over_headline(paras, dense):
        return first.text
    if over_tight_head(paras, dense) or en_desk(paras, dense):
        return first.text
    if pair_over_stack(paras, dense):
        return first.text
    below = [line for para in paras for line in para.lines][1:3]
    if dense and _title_over_schedule(first.text, below):
        return first.text
    m = _NAME.match(first.text)
    if m and not dense and len(paras[0].lines) == 1 and len(small_ads(paras[1:], True)) > 1:
        return m["name"]  # the title over a page of small ads ('생활정보', '생활정보 CLASSIFIED')
    if len(first.text) > LABEL_MAX or not dense and len(paras[0].lines) > 1:
        return None  # a label stands alone in its paragraph, where the page has them
    if m and after_masthead and not dense and below and _head_over_item(paras):
        return m["name"]
    return m["name"] if m and below and _opens_item(below) else None


# Letters only, Hanja too ('社會' over an old paper's folio), a word or three.
_FOLIO_NAME = re.compile(r"^[가-힣一-鿿A-Za-z]+(?:(?:[ ·]|\s?&\s?)[가-힣一-鿿A-Za-z]+){0,2}$")
OVER_FOLIO = "masthead: a name over the page's folio line is the section's label"


def _over_folio(paras: list[Para]) -> bool:
    """A name (letters only) right over a folio line that names no section ('WEATHER &
    SCIENCE' over 'The Prairie Courier | Thursday, March 18, 2027 | A8'): the label, set
    over the page's folio as other pages set it under."""
    lines = [line for para in paras[:2] for line in para.lines][:2]
    if len(lines) < 2 or lines[1].start != lines[0].end + 1 or not _FOLIO_NAME.match(lines[0].text):
        return False
    head = running_head(lines[1])
    return head is not None and head.label is None


def _title_over_schedule(first: str, below: list[Line]) -> bool:
    """A schedule's title on the first line of a page without blank lines, over its first
    station and a timed entry ("TODAY'S RADIO PROGRAMS (Eastern Standard Time)" over
    'WBRX—Brixton—380' and '6:00—…'): the page's label, however long."""
    if len(below) < 2 or len(first) > HEADLINE_MAX or TERMINAL.search(first):
        return False
    return bool(STATION.match(below[0].text)) and keyed_entry(below[1].text)


_WORD = re.compile(r"^[가-힣A-Za-z]+(?: [가-힣A-Za-z]+)?$")
WORD_MAX = 10  # characters of a one- or two-word label over a headline
_HEADLINE_RATIO = 2  # a full headline line is at least this much longer than the label


def _word_over_headline(paras: list[Para]) -> bool:
    """A first line of one or two words ('의정', 'BUSINESS') right over a full headline
    line (no sentence end, at least twice as long) with more under it: the section's
    label, set above the page's first headline; a headline that short stands over a
    deck or its text, not over a longer headline."""
    lines = [line for para in paras[:3] for line in para.lines][:3]
    first = lines[0].text
    if len(lines) < 3 or len(first) > WORD_MAX or not _WORD.match(first):
        return False
    below = lines[1].text
    full = max(_HEADLINE_RATIO * len(first), 12) <= len(below) <= HEADLINE_MAX
    if listed(below):
        return False  # a listing's heading over its entries ('부음' / '▲… 별세', '<국장급>')
    if is_caps(below):
        return False  # capitalised lines stacked: one headline ('COUNTY' / 'BOARD MEETS')
    if LATIN.search(below) and not HANGUL.search(below) and not is_title_case(below):
        return False  # over a sentence-case headline it titles a run of items ('OUR VIEW')
    return full and not TERMINAL.search(below)


# A short label joined by a middle dot or a bar, or carrying a number: '북한·통일',
# '여행 | 포토에세이', '6·3 지방선거'. Headlines that short rarely carry these marks.
_MARKED = re.compile(r"^[가-힣A-Za-z0-9]+(?:\s*[·|]\s*[가-힣A-Za-z0-9]+|\s[가-힣A-Za-z0-9]+){0,3}$")
_MARK = re.compile(r"[·|0-9]")


def _marked_over_stack(paras: list[Para]) -> bool:
    """A short first line marked as a label ('북한·통일') over a headline stack: a line
    that is no sentence, longer than the label, over a deck or a byline. Alone in its
    paragraph or over the headline in it, the label is set apart by its marks."""
    lines = [line for para in paras[:3] for line in para.lines][:3]
    first = lines[0].text
    if len(lines) < 3 or len(first) > LABEL_MAX or not _MARKED.match(first):
        return False
    if not _MARK.search(first) or not HANGUL.search(first):
        return False
    below, under = lines[1].text, lines[2].text
    stack = not TERMINAL.search(below) and not TERMINAL.search(under)
    return stack and len(first) < len(below) <= HEADLINE_MAX and bool(HANGUL.search(below))


BRACKETED = re.compile(r"^\[[^\[\]]{1,20}\]$")


def _over_bracketed(paras: list[Para], dense: bool) -> bool:
    """A short name ('알림·바로잡습니다') right over a heading in brackets with no blank line
    between ('[바로잡습니다]'), with more under it: the page's label over its first item."""
    lines = [line for para in paras[:3] for line in para.lines][:3]
    if len(lines) < 3 or not dense and len(paras[0].lines) < 2:
        return False
    first = lines[0].text
    name = len(first) <= LABEL_MAX and bool(_MARKED.match(first) or _NAME.match(first))
    return name and bool(BRACKETED.match(lines[1].text)) and not BRACKETED.match(first)


def _alone_over_bracketed(paras: list[Para], dense: bool) -> bool:
    """A short name alone in its paragraph ('독자와 함께') over a heading in brackets alone
    in its own ('[주말 퀴즈]') over text: the page's label, its first part's title under
    it. A headline stands over its deck or lead, never over a bracketed heading."""
    if dense or len(paras) < 3 or len(paras[0].lines) != 1 or len(paras[1].lines) != 1:
        return False
    first = paras[0].lines[0].text
    if len(first) > LABEL_MAX or not (_MARKED.match(first) or _NAME.match(first)):
        return False
    return bool(BRACKETED.match(paras[1].lines[0].text)) and not BRACKETED.match(first)


_STACK_RATIO = 1.5  # the headline under it is this much longer, or more


def _over_a_stack(paras: list[Para], dense: bool) -> bool:
    """A short first line alone in its paragraph over a headline alone in its own, at
    least half as long again: the page's label when the headline stands over a heading
    with rows under it ('경마' over a results page's title), or when the line is marked as
    a label (a date's figures or '·': '6·3 지방선거 개표 결과') and the headline is longer
    than the deck under it. A short headline over a longer deck is not told apart from a
    label by lengths alone: without the marks it stays the headline."""
    if dense or len(paras) < 4 or len(paras[0].lines) != 1 or len(paras[1].lines) != 1:
        return False
    first, below = paras[0].lines[0].text, paras[1].lines[0].text
    if len(first) > STACK_MAX or TERMINAL.search(first) or first[:1] in "[<(【〈■◆◇▲▶":
        return False
    if len(below) < _STACK_RATIO * len(first) or len(below) > HEADLINE_MAX:
        return False
    if TERMINAL.search(below) or listed(below) or is_caps(below) or is_caps(first):
        return False
    under = paras[2].lines[0].text
    if TERMINAL.search(under) or listed(under):
        return False
    # the headline is the stack's longest line (a deck under it is shorter) under a line
    # marked as a label ('6·3 …'), or it stands over a heading with rows under it
    marked = bool(_MARK.search(first)) and bool(HANGUL.search(first))
    return marked and len(under) < len(below) or heading_over_rows(paras[2:])


LABEL_OVER_HEADLINE = "masthead: a label's short first line over a headline with no deck under it"
# Two subjects' names joined by a middle dot ('법률·경매', '북한·통일'): how Korean pages
# name a section; a headline joins a pair so inside a phrase ('한·미 정상회담 열려').
_PAIR = re.compile(r"^[가-힣]{2,6}·[가-힣]{2,6}$")
_EN_MARK = re.compile(r"[&|0-9]")  # 'ARTS & STAGE', '2025 ANNUAL REPORT'


def _opens_body(text: str) -> bool:
    """A line that starts an item's body, never a deck: a sentence, a salutation ('Dear
    members,'), a byline or marked line, a rating ('★★★★☆')."""
    if TERMINAL.search(text) or text.endswith(",") or not is_plain(text):
        return True
    return not any(ch.isalnum() for ch in text)


_COLUMN_PAIR = re.compile(
    r"^[가-힣]{1,6}·[가-힣]{1,6}$"
)  # '맛·술': over a column, one syllable will do


def _pair_over_column(lines: list[Line]) -> bool:
    """'맛·술' right over a column's headline ('[NAME의 …] (9) 제목 - 부제'), the two alone
    in their block: the section's name over the column, whose tag names it already."""
    if len(lines) != 2 or not _COLUMN_PAIR.match(lines[0].text):
        return False
    return lines[1].text.startswith("[") and column_parts(lines[1].text) is not None


def _label_over_headline(paras: list[Para], dense: bool) -> bool:
    """A short first line alone in its paragraph, marked as a section's name (two subjects
    joined by '·'; in English, capitals with '&', '|' or a figure, over a headline not in
    capitals), over a longer headline whose next line opens the body: the label. A
    headline that short would stand over its deck, and a deck is no sentence, salutation,
    byline or rating."""
    tight = 2 if len(paras) > 2 and not paras[1].gap else 1  # the blocks pass may cut it
    block = [line for para in paras[:tight] for line in para.lines]
    if not dense and len(paras) > tight and _pair_over_column(block):
        return _opens_body(paras[tight].lines[0].text)
    if dense or len(paras) < 3 or len(paras[0].lines) != 1:
        return False
    first, below = paras[0].lines[0].text, paras[1].lines[0].text
    if TERMINAL.search(below) or len(below) > HEADLINE_MAX or listed(below):
        return False
    if _PAIR.match(first):
        marked = len(below) >= _HEADLINE_RATIO * len(first)
    else:
        caps = len(first) <= 2 * LABEL_MAX and is_caps(first) and not is_caps(below)
        marked = caps and bool(_EN_MARK.search(first)) and len(below) > len(first)
    if not marked:
        return False
    under = paras[1].lines[1] if len(paras[1].lines) > 1 else paras[2].lines[0]
    return _opens_body(under.text)


OVER_A_STACK = "masthead: a short first line over a headline that has its own deck or rows"
ALONE_OVER_BRACKETED = "masthead: a page's label alone over a heading in brackets alone"


def _head_over_item(paras: list[Para]) -> bool:
    """Under a masthead, a lone short name over a headline (a line that is no sentence,
    with more under it) is the section's label: papers set it between the two."""
    return len(paras) > 2 and not TERMINAL.search(paras[1].lines[0].text)


LABEL_RULE = "masthead: section label printed at the top of the page"
BREADCRUMB_RULE = "masthead: a web page's breadcrumb ('사회 > 교육') names its section"


def label_rule(paras: list[Para], dense: bool) -> str:
    """Which rule found the label on the page's first line (for --explain)."""
    if notices_label(paras[0].lines[0].text):
        return NOTICES_RULE
    if _breadcrumb(paras[0].lines[0].text):
        return BREADCRUMB_RULE
    if caps_word(paras, dense):
        return CAPS_WORD_RULE
    if _over_bracketed(paras, dense):
        return "masthead: a page's label over a heading in brackets, no blank line between"
    if _alone_over_bracketed(paras, dense):
        return ALONE_OVER_BRACKETED
    if _word_over_headline(paras) or _marked_over_stack(paras):
        return LABEL_RULE
    if _over_a_stack(paras, dense):
        return OVER_A_STACK
    if issuer(paras):
        return ISSUER
    if caps_over_stack(paras, dense):
        return CAPS_OVER_STACK
    if _label_over_headline(paras, dense):
        return LABEL_OVER_HEADLINE
    if over_tight_head(paras, dense):
        return DESK_OVER_TIGHT_HEAD
    if en_desk(paras, dense):
        return EN_DESK
    if _over_folio(paras):
        return OVER_FOLIO
    return PAIR_OVER_STACK if pair_over_stack(paras, dense) else LABEL_RULE


def section_label(paras: list[Para], dense: bool, after_masthead: bool = False) -> Text | None:
    """The label on the page's first line, or None; its span is the whole line.

    after_masthead: the page's masthead stood above that line.
    """
    if not paras:
        return None
    name = _name(paras, dense, after_masthead)
    first = paras[0].lines[0]
    return None if name is None else Text(name, [(first.start, first.end)])
