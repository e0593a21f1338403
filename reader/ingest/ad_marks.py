"""Ad marks against sentences: whether a group of paragraphs is an ad.

A group with the marks of an advertisement (• headings, ☎, contact lines, prices, unit
notes; tables only beside them) and few sentences is an ad; so is a classified, short
lines without a sentence over a phone. Prose with a byline never is.
"""

from __future__ import annotations

import re

from reader.ingest.ad import HEADING, PHONE, URL, has_phone
from reader.ingest.bank_statement import statement_head
from reader.ingest.brevities import QUOTED
from reader.ingest.byline_lines import (
    EMAIL,
    EMAIL_ONLY,
    bylines_in,
    credit_bylines,
    opens_with_byline,
)
from reader.ingest.bylines import is_signature
from reader.ingest.calendar import EN_WEEKDAY, MONTH
from reader.ingest.credits import PHOTO_CREDIT
from reader.ingest.en_rows import leader_row
from reader.ingest.entries import SOURCE_NOTE, TABLE_NOTE
from reader.ingest.head import HANGUL, is_title_case
from reader.ingest.lines import Para
from reader.ingest.listing import is_entry, named_listing
from reader.ingest.pieces import NUMBERED_HEAD
from reader.ingest.repair import TERMINAL
from reader.ingest.turns import SPEAKER
from reader.ingest.units import line_kind

# A Korean sentence's end: '…했다.'
SENTENCE = re.compile(r"다\.(?=\s|$|['\"’”])")


AD_SCORE = 3.0  # ad marks minus sentences: at or above it, a group is an ad
# A price as ads print them: '$12.50', '29,900원', '25 Cents'.
_PRICE = re.compile(r"\$\d|\d,\d{3}원|\b\d{1,3} [Cc]ents?\b")
_TEXT_LINE = 60  # characters: longer lines are text, not an ad's contact or price lines
# '• Tuesday, April 14, 6:30 p.m. — Tax Help': a calendar's entry opens with its day; an
# ad's points name what it sells.
_DATED = re.compile(rf"^[•·]\s*(?:{EN_WEEKDAY},?\s+)?(?i:{MONTH})\.?\s\d{{1,2}}\b")


def ad_score(group: list[Para]) -> float:
    """Ad marks minus sentences. A table or a '■' heading is an ad's only beside other
    marks of one (a contact, a price, a '•' heading): results and weather boxes have
    them too. Sentences, bylines and datelines are an article's."""
    marks = table = prose = 0.0
    for para in group:
        for line in para.lines:
            t = line.text
            if "\t" in t:
                table += 3
            heading = HEADING.match(t) and not _listed_sentence(t) and not _DATED.match(t)
            if heading and not SPEAKER.match(t):
                if t[0] == "■":
                    table += 2
                else:
                    marks += 2
            if "☎" in t or t.startswith("(단위"):
                marks += 2
            if t.endswith("!"):
                marks += 1
            if "@" in t and EMAIL.search(t) and not bylines_in(t):
                marks += 1 if EMAIL_ONLY.match(t) else 0.5  # an address alone: a contact line
            sentences = len(SENTENCE.findall(t)) or english_prose(t)
            prose += 0 if t.startswith("※") else sentences  # a note tells no story: ads print one
            if len(t) < _TEXT_LINE:  # a contact's or a price's line is short
                marks += _short_line_marks(t, sentences)
                if bylines_in(t) or credit_bylines(t):
                    prose += 3
            if opens_with_byline(t):
                prose += 3
    # Without a sentence, two marks make an ad: prices on lines of goods; so does a phone
    # under lines of goods, a place and a time (a classified: 'YARD SALE' … 'Call …').
    bare = 1.0 if marks >= 2 and not prose else 0.0
    if not prose and marks < 2 and classified(group):
        bare = 2.0
    score = marks + (table if marks else 0) + bare - prose
    return max(score, AD_SCORE) if statement_head(group) else score  # its oath is prose


CLASSIFIED_LINES = 4  # lines at least, the contact's among them
TAIL_MAX = 12  # lines at most of a classified ad closing a group that holds more


CLASSIFIED = "a classified ad: short lines without a sentence over a phone"


def classified(group: list[Para]) -> bool:
    """A phone on the last line (or over an address, the last) of a block of short lines,
    none a sentence: a classified ad's contact under its goods, place and time."""
    lines = [line.text for para in group for line in para.lines]
    short = all(map(_ad_line, lines))
    return short and len(lines) >= CLASSIFIED_LINES and any(map(has_phone, lines[-2:]))


def _ad_line(text: str) -> bool:
    """A short line that is no sentence, entry or byline: a line an ad may print; and its
    note ('※ 얼음이 얇으면 취소됩니다.'), a sentence though it be."""
    if text.startswith("※") and len(text) < _TEXT_LINE:
        return True
    if len(text) >= _TEXT_LINE or SENTENCE.search(text) or english_prose(text):
        return False
    if is_entry(text) or bylines_in(text) or credit_bylines(text):
        return False
    return not (text.startswith(("By ", "—")) and is_byline(text))


def _ad_block(para: Para) -> bool:
    """A block of an ad's lines; notes alone ('※ …') are the notice's above them."""
    texts = [line.text for line in para.lines]
    return all(map(_ad_line, texts)) and not all(t.startswith("※") for t in texts)


def classified_tail(group: list[Para]) -> int | None:
    """Where a classified ad starts at the end of a group that holds more above it (a run
    of short lines after a gap, ending in a contact: '분양문의 1600-…'), or None."""
    last = [line.text for para in group[-2:] for line in para.lines][-2:]
    if not any(map(has_phone, last)):
        return None  # cheap test first: most groups end in no contact
    k, lines = len(group), 0
    while k > 0 and _ad_block(group[k - 1]):
        k, lines = k - 1, lines + len(group[k - 1].lines)
        if lines > TAIL_MAX:
            return None  # a long run of short lines: a whole ad or listing, no tail
    while 0 < k < len(group) and not group[k].gap:
        k += 1  # the ad starts after a blank line
    # a signature closes its block: a title and a name inside the ad's lines are its firm's
    ends = [j for j in range(k, len(group)) if j + 1 == len(group) or group[j + 1].gap]
    signed = [j for j in ends if _signs(group[j])]
    if signed:  # the piece above runs to its writer's signature; the ad starts under it
        k = signed[-1] + 1
    if not 0 < k < len(group) or not classified(group[k:]):
        return None
    if ad_score(group[:k]) >= AD_SCORE and not named_listing(group[:k]):
        return None  # an ad's contact lines go on
    return k


def _signs(para: Para) -> bool:
    """A writer's signature alone in its block ('홍길동(○○대 3학년)'): a piece's end."""
    return len(para.lines) == 1 and is_signature(para.text)


def bylined_prose(group: list[Para]) -> bool:
    """Sentences and a byline: an article, whatever else it holds (an e-mail, a table, a
    phone in its text); an ad signs no one's name."""
    lines = [line.text for para in group for line in para.lines]
    # '[○○신문 홍길동 기자] 본문': a byline before the lead signs the story as well.
    if not (has_byline(lines) or any(map(opens_with_byline, lines))):
        return False
    prose = (t for t in lines if not is_entry(t))  # a fortune's entries are sentences too
    return any(SENTENCE.search(t) or english_prose(t) for t in prose)


_MARKS = "◆◇■□●○▶▷▲△▽•·-※"  # a marked sentence is a listing's entry ('◆NAME은 … 한다.')


def story_first(group: list[Para]) -> bool:
    """A headline over two paragraphs of sentences before any entry: a story that lists
    something under a subhead ('처리 안건' / '▲조례안 14건 ▲…'), not a listing."""
    told = 0
    for para in group[1:]:
        lines = [line.text for line in para.lines]
        if any(map(is_entry, lines)):
            return False
        told += bool(SENTENCE.search(para.text)) and para.text[:1] not in _MARKS
        if told == 2:
            return True
    return False


BYLINE_MAX = 100  # characters: a longer line is text


def has_byline(lines: list[str]) -> bool:
    """Whether one of the lines is a byline of its own."""
    return any(len(t) <= BYLINE_MAX and is_byline(t) for t in lines)


def is_byline(text: str) -> bool:
    return line_kind(text)[0] == "byline" and not PHOTO_CREDIT.match(text)


def _short_line_marks(t: str, sentences: int) -> float:
    """An ad's marks on a short line: a phone, a web address, prices (not in a sentence)."""
    marks = float(has_phone(t))
    if "@" not in t and URL.search(t):
        marks += 1
    priced = "$" in t or "원" in t or "ent" in t  # cheap test first: every price names its money
    if priced and not sentences and not GIFT_RANGE.match(t) and not QUOTED.search(t):
        marks += len(_PRICE.findall(t))  # a market's quotations ('$9.50@10.25') sell nothing
    return marks


# '$5,000 to $9,999', '$10,000 and above', '100만원 이상': a range of gifts heading a donor
# list's names, not a price of goods.
GIFT_RANGE = re.compile(
    r"^(?:\$[\d,]++(?: to |\s?[–-]\s?)\$[\d,]++|\$[\d,]++ (?:and (?:above|over|up)|or more)"
    r"|[\d,]++만?원 이상)$"
)


_LOWER_WORD = re.compile(r"(?<!\S)[a-z]{2,}[,.;:]?(?!\S)")


def _listed_sentence(text: str) -> bool:
    """'• May 2, 9 p.m.: A fence was reported damaged.': a list's entry, a sentence of
    English prose, not an ad's heading ('• Free delivery on all orders')."""
    return bool(english_prose(text)) and text.endswith(".")


def english_prose(text: str) -> int:
    """1 for a line of English prose (a title-case ad line is none, nor a listed point
    that ends no sentence: '- 30-day free trial, no card needed'), else 0."""
    if HANGUL.search(text) or text[:2] in ("- ", "• ") and not TERMINAL.search(text):
        return 0
    return int(len(_LOWER_WORD.findall(text)) >= 3 and not is_title_case(text))


RANKING = "article: a numbered ranking under its heading is no ad"


def ranking(group: list[Para]) -> bool:
    """A heading over lines numbered 1, 2, 3 … and nothing else, no contact or price in
    them: a chart ('◆ 이번 주 베스트셀러' over '1. 책 / 지은이'), not an ad's points."""
    lines = [line.text for para in group for line in para.lines]
    if len(lines) < 4 or not HEADING.match(lines[0]):
        return False
    ranks = [NUMBERED_HEAD.match(t) for t in lines[1:]]
    if not all(ranks) or [int(m[1]) for m in ranks if m] != list(range(1, len(lines))):
        return False
    return _no_price_or_contact(lines)


def _no_price_or_contact(lines: list[str]) -> bool:
    """No price, phone or web address in the lines ('코스피\t2,712.58\t▼23.41', '1. 책 /
    지은이'): a market's, a poll's or a chart's, nothing to buy and no one to call."""
    return not any(_PRICE.search(t) or has_phone(t) or URL.search(t) for t in lines)


# The paper's own notice: '[알립니다] 마을 소식을 기다립니다' over a request in sentences,
# a phone to call in them. The paper tells its readers; it sells nothing.
_NOTICE_HEAD = re.compile(r"^[\[<〈【]\s*(?:알립니다|알림|공지|사고)\s*[\]>〉】]")
_POLITE_END = re.compile(r"[가-힣][.!](?=\s|$)")
NOTICE = "article: the paper's notice ('[알립니다]') over sentences is no ad"


def notice(group: list[Para]) -> bool:
    """A notice label opening the group's first line, over lines of sentences."""
    lines = [line.text for para in group for line in para.lines]
    if len(lines) < 2 or not _NOTICE_HEAD.match(lines[0]):
        return False
    return all(_POLITE_END.search(t) for t in lines[1:] if not PHONE.fullmatch(t.strip("☎ ")))


BYLINED = "article: prose with a byline is never an ad"
PAPER_TABLE = "article: the paper's own table (a short title over rows, nothing sold) is no ad"
# What an ad says and a market report or a jobs table does not.
SELLING = re.compile(
    r"할인|특가|세일|증정|판매|분양|매매|임대|주문|배달|예약|!|\b(?:[Ss]ale|SALE|[Ff]ree|FREE|[Bb]uy|BUY"
    r"|[Oo]rder|ORDER)\b"
)
_TITLE_MAX = 40  # characters of a table's title
# A table's note naming its data's source ('자료: 집터랩', '출처=통계청'); headlines' table
# notes are these too.
SOURCE = re.compile(rf"^{SOURCE_NOTE}\s?\S")
_ROWS_MIN = 3


def _table_row(text: str) -> bool:
    return "\t" in text or leader_row(text)


def paper_table(group: list[Para]) -> bool:
    """A short title over three or more rows (cells apart by tabs, or leader dots), and at
    most a closing line asking readers to call ('문의 ○○센터 061-…') under rows priced at
    nothing: a market report or a jobs table the paper prints, with nothing to sell."""
    lines = [line.text for para in group for line in para.lines]
    if len(lines) <= _ROWS_MIN or _table_row(lines[0]) or len(lines[0]) > _TITLE_MAX:
        return False
    if any(SELLING.search(t) for t in lines):
        return False
    rows = lines[2:] if lines[1].startswith("(단위") else lines[1:]  # its unit under the title
    note = None if _table_row(rows[-1]) else rows.pop()
    if len(rows) < _ROWS_MIN or not all(map(_table_row, rows)):
        return False
    # a table that names its data's source ('자료: 집터랩') is the paper's graphic, its
    # title marked as a box's ('◆ 주요 단지 전셋값'): an ad cites no source. A marked box
    # of prices citing none is an ad's ('◆ 객실 요금'); one of figures only, a market's.
    sourced = bool(SOURCE.match(lines[-1]))
    if HEADING.match(lines[0]) and not (sourced or _no_price_or_contact(rows)):
        return False
    # a closing line may ask readers to call ('문의 ○○센터 061-…'), under rows priced at
    # nothing; or note what the rows hold ('※ 일정은 … 바뀔 수 있습니다.', '(단위: 원)')
    asks = note is not None and note.startswith("문의") and not any(_PRICE.search(t) for t in rows)
    noted = note is not None and bool(TABLE_NOTE.match(note)) and not has_phone(note)
    return note is None or sourced or asks or noted


def price_list(lines: list[str]) -> bool:
    """A marked title over tab rows whose cells are half prices or more, citing no source:
    an ad's price list ('◆ 객실 요금' over each room's rates), though nothing beside it says
    where to buy. A paper's table names a price in one column of many (an offer price among
    a listing's dates and markets)."""
    cells = [c for t in lines[1:] if "\t" in t for c in t.split("\t")]
    priced = sum(bool(_PRICE.search(c)) for c in cells)
    return (
        bool(HEADING.match(lines[0]))
        and not SOURCE.match(lines[-1])
        and 2 * priced >= len(cells) > 0
    )


def article_not_ad(group: list[Para]) -> str | None:
    """Why a group with an ad's marks is an article all the same (a ranking, the paper's
    notice or table, signed prose), or None."""
    if ranking(group):
        return RANKING
    if notice(group):
        return NOTICE
    if bylined_prose(group):
        return BYLINED
    if paper_table(group):
        return PAPER_TABLE
    return NEWS_LIST if news_list(group) else None


NEWS_LIST = (
    "article: a news column's list of prices or records under its head in capitals closed by"
    " its stop ('BUILDING PERMITS.', 'CHICAGO GRAIN.'), nothing sold, no one to call: no ad"
)
_CAPS_HEAD = re.compile(r"^[A-Z][A-Z.,'’&\- ]{2,38}\.$")
_FIGURED = re.compile(r"\$\d|\d\.\d\d\b|\b\d{1,3}c\b")  # '$2.38', '.571', '28c'
_LISTED = 3  # lines at least that carry a figure


def news_list(group: list[Para]) -> bool:
    """An old English page's report as a list: its head in capitals with its stop, as news
    heads are set (an ad's title has none), over lines that carry prices or figures, with
    no phone, address, e-mail or selling word: a market, a register of permits, books
    received."""
    lines = [line.text for para in group for line in para.lines]
    if not _CAPS_HEAD.match(lines[0]) or "NOTICE" in lines[0]:
        return False
    if any(has_phone(t) or "@" in t or URL.search(t) or SELLING.search(t) for t in lines):
        return False
    return sum(bool(_FIGURED.search(t)) for t in lines[1:]) >= _LISTED
