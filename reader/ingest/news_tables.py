"""A table of figures the paper prints (an index's closing prices, a court's auction list,
a month's sky, a newsletter's bill) is no ad though its cells hold prices and its title a
box's mark: an ad's table sits beside where to buy or ask."""

from __future__ import annotations

import re

from reader.ingest.ad import URL, has_phone
from reader.ingest.ad_marks import SELLING, SENTENCE, SOURCE, english_prose, price_list
from reader.ingest.bank_statement import statement_head
from reader.ingest.byline_lines import EMAIL
from reader.ingest.lines import Para

NEWS_TABLE = "article: a table of figures beside no contact and nothing sold is the paper's"

_ROWS_MIN = 3  # tab rows, its header among them
# The paper's plain style closing a sentence ('… 시체육회(061-…)로 하면 된다.'); an ad asks
# politely ('… 문의 바랍니다.').
_PLAIN = re.compile(r"(?<!니)다\.(?=\s|$|['\"’”)])")


def news_table(group: list[Para]) -> str | None:
    """NEWS_TABLE for three tab rows or more with no contact to call or write to (a web
    address a sentence cites is none: '… 누리집(www…)에서 내려받을 수 있다.', nor a phone the
    paper's own sentence cites: '… 시체육회(061-…)로 하면 된다.'), no selling
    word but in the paper's own story or under a source, and no bank's statement (an ad,
    its oath its text); else None."""
    lines = [line.text for para in group for line in para.lines]
    if sum("\t" in t for t in lines) < _ROWS_MIN or statement_head(group):
        return None
    if any(t.startswith("•") for t in lines):
        return None  # an ad's points, each under its '•' heading: a box of news marks '◆' or '■'
    if price_list(lines):
        return None

    if any(map(_contact, lines)):
        return None
    # a story told over its table in the paper's plain style ('… 판매가 늘었다.'), or a
    # table naming its data's source ('자료: 한국부동산원'), reports a market: an ad cites
    # no source and tells no news
    told = any(_PLAIN.search(t) or SOURCE.match(t) for t in lines)
    return None if not told and any(SELLING.search(t) for t in lines) else NEWS_TABLE


def _contact(text: str) -> bool:
    if "☎" in text or "@" in text and EMAIL.search(text):
        return True
    if has_phone(text):  # a phone the paper cites in its plain style is no ad's contact
        return not _PLAIN.search(text)
    return bool(URL.search(text)) and not (SENTENCE.search(text) or english_prose(text))
