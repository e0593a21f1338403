"""A notice of terms closed by its contact: a short title, a sentence or two asking the
reader to come or apply, its terms one a line as 'label: value' (numbered or marked:
'1. 일시: …', '▲응모 기간: …', 'Where: …'), then its date, its sender and where to ask
('문의 041)…', 'Info: 306-…', an e-mail). A society's or a firm's notice, signed by its
sender and printed as a paid insertion at the foot of the stories it follows, is an ad;
the paper's own announcement ('[알림] …' closed by '문의 … 편집국'), unsigned, stays an
article, as the blind sets expect it.

Known by its shape, not by its words: lines of terms that each name what they give, few
sentences, none of them reported news ('… 밝혔다.'), no byline, and a contact in its last
lines. A story that quotes the same terms tells its news in sentences around them."""

from __future__ import annotations

import re

from reader.ingest.ad import URL, has_phone
from reader.ingest.ad_marks import SENTENCE
from reader.ingest.byline_lines import EMAIL, bylines_in
from reader.ingest.head import is_short_line
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL
from reader.ingest.runs import Group

NOTICE_AD = "ad: a titled notice of terms ('label: value' lines) closed by its contact"
NOTICE_AFTER = "a titled notice of terms closed by its contact, set apart after the item"

# A term: a short label (one to three words, no figure) after an optional number or mark,
# a colon, then its value. A clock time ('10:30') has a figure before its colon.
_TERM = re.compile(
    r"^(?:\d{1,2}[.)]\s?|[▲△▷◇○•·-]\s?)?(?P<label>[가-힣A-Za-z]{1,8}(?: [가-힣A-Za-z]{1,8}){0,2})"
    r"\s?[:：]\s?\S"
)
_MARKED = re.compile(r"^(?:\d{1,2}[.)]|[▲△▷◇○•·-])")
# A sentence in the plain style ('… 연다고 4일 밝혔다.'): reported news; a notice asks
# politely ('… 참석하여 주시기 바랍니다.', '… 공모합니다.').
PLAIN = re.compile(r"(?<!니)" + SENTENCE.pattern)
_LINES = (4, 16)  # lines of a notice: a title, terms, its foot; a column is longer
_TERMS = 2  # 'label: value' lines at least, besides its contact
_SENTENCES = 2  # sentences at most: the call to come and one more
_FOOT = 3  # the contact stands in the notice's last lines (a signer may close it)
_SIGNED = 40  # characters at most of a sender's line
_WIDE = 80  # characters: a term's line is short; a wrapped column's line no longer


def contact_line(text: str) -> bool:
    return has_phone(text) or EMAIL.search(text) is not None or URL.search(text) is not None


def _sentences(text: str) -> int:
    """The sentences a line closes: each Korean '…다.', or one English stop at its end."""
    return max(len(SENTENCE.findall(text)), TERMINAL.search(text) is not None)


def _sender(text: str) -> bool:
    """A line of a notice's foot that is neither a term, a contact nor a sentence: the date
    it was given or the body and the person who give it ('2026년 11월 23일', 'NAME 조합장
    NAME'). A paid notice is signed by its sender; the paper's own announcement is not."""
    if len(text) > _SIGNED or "\t" in text or _TERM.match(text) or contact_line(text):
        return False
    return not _sentences(text)


def terms_notice(paras: list[Para]) -> bool:
    """The paragraphs a notice of terms closed by its contact (the module's doc)."""
    lines = [line.text for para in paras for line in para.lines]
    if not _LINES[0] <= len(lines) <= _LINES[1]:
        return False
    title = lines[0]  # cheap tests first: most blocks have no such title or terms
    if not is_short_line(title) or _TERM.match(title) or _MARKED.match(title):
        return False  # a numbered or marked line is a notice's heading, not its title
    if any(len(t) > _WIDE for t in lines):
        return False
    terms = [m for t in lines if (m := _TERM.match(t))]
    if len(terms) < _TERMS:
        return False
    contacts = [contact_line(t) for t in lines]
    if not any(contacts[-_FOOT:]) or any(contacts[:-_FOOT]):
        return False  # closed by its contact, and by no contact above its foot (two notices)
    labels = [m["label"] for m in terms if not contact_line(m.string)]
    if len(labels) < _TERMS or len(set(labels)) < len(labels):
        return False  # a quiz's or a dialogue's labels come again ('문:' / '답:'); terms never
    if not any(map(_sender, lines[-_FOOT:])):
        return False  # the paper's own announcement ends on where to ask: an article
    if any(PLAIN.search(t) or bylines_in(t) for t in lines):
        return False  # reported news, or a reporter's signature: a story
    prose = [t for t, c in zip(lines, contacts, strict=True) if not c and not _TERM.match(t)]
    # a notice asks in a sentence ('… 참석하여 주시기 바랍니다.'); a box of entries under a
    # title (a month's programmes, each 'label: value') asks nothing: a listing
    return 1 <= sum(map(_sentences, prose)) <= _SENTENCES


def notice_after(group: Group) -> list[Group]:
    """The group, or the group and the notice of terms that closes it: a block set apart
    after the item's last paragraph (a story, a brief, a listing), running to the group's
    end. The first paragraph of a group is its own start and is never cut."""
    paras = group.paras
    if len(paras) < 2 or not any(contact_line(x.text) for x in paras[-1].lines[-_FOOT:]):
        return [group]  # cheap test first: most groups close on no contact
    lines = 0
    for k in range(len(paras) - 1, 0, -1):
        lines += len(paras[k].lines)
        if lines > _LINES[1]:
            break  # bounded: a notice is a short block, never a column's length
        if paras[k].gap and terms_notice(paras[k:]):
            return [Group(paras[:k], group.why), Group(paras[k:], NOTICE_AFTER)]
    return [group]
