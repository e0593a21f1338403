"""A display ad known by where to reach its seller, though it scores few ad marks.

On an English page: a head in capitals over a few short display lines, closed by where
to buy (the shop's street address: '112 Main Street', 'KESSLER & DUNN, 22 Main Street.',
'Main Street, Granite Forks.') or what it costs at the counter ('25 cents a bottle at all
druggists', 'Admission 5c and 10c'). A news story names an address inside its wrapped
sentences; an ad sets it on a line of its own at its foot, under lines that tell no story.

On a Korean page, after its stories: a title over a few lines of terms ('서류 접수: 12월
12일까지'), one sentence at most, closed by its contacts ('전화 051-…', '문의: … / …@…'): a
firm's job ad, a call for entries. A notice tells its news in sentences over its contact."""

from __future__ import annotations

import re

from reader.ingest.ad import has_phone
from reader.ingest.ad_heads import FIRM
from reader.ingest.ad_marks import SENTENCE, english_prose
from reader.ingest.after_rows import contact_closed
from reader.ingest.byline_lines import bylines_in
from reader.ingest.head import HANGUL, is_caps, is_short_line
from reader.ingest.lines import Para
from reader.ingest.listing import LONG_MARK, MARK, is_entry
from reader.ingest.repair import TERMINAL

SHOP_AD = (
    "ad: a display head in capitals over short lines closed by a shop's address or price, or"
    " where to ask ('Info: 306-…', 'Ask the Ticket Agent.')"
)
CONTACT_AD = "ad: a title over a few lines of terms closed by its contacts, one sentence at most"
_STREET = r"(?:[A-Z][a-z]+ ){1,2}(?:Street|Avenue|St\.|Ave\.)"  # 'West Main St.' too
# The whole line an address, a firm's name in capitals before it, a town or a landmark after;
# or the shop's place by its corner or what it faces ('Corner Main and Fourth', 'Opposite
# the Court House').
_ADDRESS = re.compile(
    rf"^(?:[A-Z][A-Z.&' ]{{2,30}}, )?(?:\d{{1,4}}(?:-\d{{1,4}})? )?{_STREET}"
    r"(?:, [A-Z][^.]{0,40})?\.?$"
    r"|^(?:Corner|Cor\.) [A-Z]\w+ (?:and|&) [A-Z0-9]\w+(?: Sts?\.| Streets)?\.?$"
    r"|^Opposite (?:the )?[A-Z][\w.' ]{2,30}\.?$"
)
# the phone alone, or after the office it rings ('218 Commerce Bldg. Phone Main 2847.')
_PHONE_LINE = re.compile(
    r"^(?:\d{1,4} [A-Z][\w.' ]{2,40} )?(?:Phone|Tel\.|Telephone) (?:Main )?\d{1,5}(?:-[A-Z])?\.?$"
)
_FOOT = 60  # characters at most of a line at an ad's foot
_COUNTER = re.compile(
    r"\bat all (?:druggists|dealers|grocers)\b|\bAdmission\b[^.;]{0,20}?\d{1,2}c\b"
    # what a seat or a ticket costs, the amusement ad's foot ('Prices 20c, 30c and 50c.',
    # 'ADMISSION 5 AND 10 CENTS', 'Children 10c. Adults 20c.')
    r"|^(?i:admission|prices?|seats|children|adults)\b[^;]{0,30}?\b\d{1,3} ?(?:c|(?i:cents))\b"
)
# A price in cents ('Skates 15c.'): at a display ad's foot it names what the ad sells, once;
# a market's box quotes one on every row.
_CENTS = re.compile(r"\b\d{1,3}c\b")
_LINES = 12  # lines at most: a display ad's, not a column's
_DISPLAY = 60  # characters at most of a display line (the patterns read no longer one)
_SENTENCES = 2  # lines of prose at most: a line of praise, a line of terms


def shop_ad(paras: list[Para]) -> bool:
    """The group a shop's display ad (the module's doc)."""
    lines = [line.text for para in paras for line in para.lines]
    if not 2 <= len(lines) <= _LINES or not is_caps(lines[0]):
        return False
    if any(len(t) > _DISPLAY for t in lines):
        return False
    if not any(
        _ADDRESS.match(t) or _COUNTER.search(t) or FIRM.match(t) or _asks(t) for t in lines[-2:]
    ):
        priced = [t for t in lines if _CENTS.search(t)]
        if len(priced) != 1 or priced[0] not in lines[-2:]:
            return False
    if any(map(_runs_on, lines[1:-1], lines[2:])) and not any(map(_sells, lines[1:])):
        return False  # a brief's sentence wraps onto the address ('at the home of' / …)
    if _runs_on(lines[-2], lines[-1]):
        return False  # an ad's foot stands alone; a story's sentence runs into its address
    # a line that prices what it offers ('Vacant lots in Fairmount, $350 up.') sells it; a
    # sentence of praise wrapped on three lines is one sentence still
    prose = [t for t in lines if english_prose(t) and not _DOLLARS.search(t)]
    return sum(bool(TERMINAL.search(t)) for t in prose) <= _SENTENCES and len(prose) <= _WRAPS


_WRAPS = 4  # lines of prose at most, however few its sentences


_DOLLARS = re.compile(r"\$\d")
# Where to ask or buy, closing the ad, led by the word that says so: a phone ('Info:
# 306-…', 'Call 555-0192') or a call to ask the seller ('Ask the Ticket Agent.', 'ASK YOUR
# DEALER'). A bare figure is no such line: '1835-1916.' under a name gives the years.
_ASK = re.compile(r"^(?:Ask|ASK) |^(?:Info|Call|Phone|Tel)\b")


def _asks(line: str) -> bool:
    m = _ASK.match(line)
    return m is not None and (m.group().startswith(("Ask", "ASK")) or has_phone(line))


# A line that stops inside its sentence: on a small word, or on a word that the next line's
# small word continues ('… will speak' / 'on "The Yellow Peril" …').
_OPEN_END = re.compile(r"\b(?:of|at|the|a|an|to|on|in|for|and|with|from|will)$")
_LOWER = re.compile(r"[a-z]")


# An ad's second sign, when its line of praise wraps: a price in dollars, a call to buy,
# the firm's name in capitals ('KESSLER & DUNN, 22 Main Street.').
_SELLS = re.compile(r"\$\d|^(?:Call|Buy|Try|Ask|Get)\b|^[A-Z][A-Z.&' ]{2,30}(?:,|$)")


def _sells(line: str) -> bool:
    return _SELLS.search(line) is not None


def _runs_on(line: str, under: str) -> bool:
    """The line's sentence goes on in the line under it."""
    return bool(_OPEN_END.search(line)) or bool(_LOWER.match(line[-1:]) and _LOWER.match(under[:1]))


def display_ad(paras: list[Para], latin: bool, first: bool) -> str | None:
    """The rule that makes the group a display ad (the module's doc), or None; first: the
    group opens the page, where a short brief over its address or price stands (an ad
    follows the stories, on an English page as on a Korean one)."""
    if first:
        return None
    if latin:
        return SHOP_AD if shop_ad(paras) else None
    return CONTACT_AD if contact_ad(paras) else None


# A sentence in the plain style ('… 연다고 4일 밝혔다.'): a brief's reported news; an ad
# speaks politely to its readers ('… 변호사를 모십니다.').
_PLAIN = re.compile(r"(?<!니)" + SENTENCE.pattern)
_MARKS = MARK + LONG_MARK + "■□●"  # an entry's or a box's mark opens no ad's title


def contact_ad(paras: list[Para]) -> bool:
    """The group a Korean small ad closed by its contacts (the module's doc)."""
    lines = [line.text for para in paras for line in para.lines]
    if not contact_closed(lines) or any(len(t) > _DISPLAY for t in lines):
        return False
    if not HANGUL.search(lines[0]):
        return False
    if not is_short_line(lines[0]) or SENTENCE.search(lines[0]) or lines[0][:1] in _MARKS:
        return False
    if any(bylines_in(t) or is_entry(t) for t in lines):
        return False  # a notice's marked entries ('▲한빛병원 …') list news, not terms
    if any(_PLAIN.search(t) for t in lines):
        return False
    return sum(len(SENTENCE.findall(t)) for t in lines) <= 1


SELLER = "not an item: the seller's name in capitals at a display ad's foot ('KLEINMAN BROS.')"
AD_AFTER_AD = "a display ad's head in capitals after another ad's foot (its address or seller)"


def _foot_line(text: str) -> bool:
    """A display ad's last line: the shop's address or place, its phone, its name."""
    if len(text) > _FOOT:
        return False
    return bool(_ADDRESS.match(text) or _PHONE_LINE.match(text) or FIRM.match(text)) or bool(
        _COUNTER.search(text)
    )


def seller_line(paras: list[Para], k: int) -> bool:
    """Paragraph k a firm's name in capitals set tight under the lines above, closing the
    block or over its address or phone: it signs the ad, as a headline never stands."""
    para = paras[k]
    if para.gap or len(para.lines) != 1 or not FIRM.match(para.text):
        return False
    return k + 1 == len(paras) or paras[k + 1].gap > 0 or _foot_line(paras[k + 1].lines[0].text)


def ad_after_ad(paras: list[Para], k: int) -> str | None:
    """Paragraph k, set apart and headed in capitals, follows a block that is a display ad
    (a head in capitals over short lines closed by its address, phone or seller): display
    ads are set one under another at a page's foot, each a block of its own."""
    if k == 0 or not paras[k].gap or not is_caps(paras[k].lines[0].text):
        return None
    if not _foot_line(paras[k - 1].lines[-1].text):
        return None
    if len(paras[k].lines) == 1 and k + 1 < len(paras) and paras[k + 1].gap:
        return None  # a lone head set apart titles the small ads under it (CATEGORY_APART)
    start = k - 1
    while start > 0 and not paras[start].gap:
        start -= 1  # the block above, its paragraphs set tight
    return AD_AFTER_AD if shop_ad(paras[start:k]) else None


def display_block(paras: list[Para], k: int) -> bool:
    """The block from paragraph k (its paragraphs set tight) a shop's display ad."""
    end = k + 1
    while end < len(paras) and not paras[end].gap:
        end += 1
    return shop_ad(paras[k:end])
