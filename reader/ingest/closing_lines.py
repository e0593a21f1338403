"""The lines that close an item: a closing byline or credit, the lone e-mail, a
columnist's signature, a closing note, a byline in brackets, a paid notice's insertion
dates; and the byline in brackets that heads the next story on a page without blank
lines, which closes nothing."""

from __future__ import annotations

import re

from reader.ingest.ad_marks import AD_SCORE, ad_score
from reader.ingest.byline_lines import (
    EMAIL,
    EMAIL_ONLY,
    is_lead_byline,
    signs,
)
from reader.ingest.bylines import is_signature
from reader.ingest.closings import SIGNED_NAME, titled
from reader.ingest.credits import COPYRIGHT
from reader.ingest.en_heads import is_prose
from reader.ingest.head import headline_like, is_short_line
from reader.ingest.headlines import finished
from reader.ingest.letters import EN_SIGNATURE
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL
from reader.ingest.story_ends import closing_note
from reader.ingest.units import EN_BYLINE

# 'Reach NAME at EMAIL', 'Contact: EMAIL' closing an English story: its writer's e-mail.
EN_REACH = re.compile(
    rf"^(?:(?:Reach|Contact|Email|E-mail)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s+at"
    rf"|(?:Contact|Email|E-mail):)\s+{EMAIL.pattern}\.?$"
)


def closing_email(text: str) -> bool:
    """A lone e-mail, or 'Reach NAME at EMAIL': the address of the byline above."""
    if "@" not in text:
        return False  # cheap test first: most lines hold no address
    return bool(EMAIL_ONLY.match(text) or EN_REACH.match(text))


# The dates a paid notice ran on, alone under it: 'Apr. 12-19-26-May 3', 'Mar. 10-17-24-31.'
# A month's name as notices shorten it ('Score 6-3-2' is no month).
_MON = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.? ?"
INSERTED = re.compile(rf"^{_MON}\d{{1,2}}(?:[-–] ?(?:{_MON})?\d{{1,2}}){{2,}}+\.?$")

BYLINE_OVER_HEAD = (
    "a byline in brackets alone over a headline over its text, on a page without blank "
    "lines: it heads that story ('[NAME 기자]' / headline / text)"
)


def closes(paras: list[Para], k: int) -> bool:
    """A closing byline ('사진=' credits a photo), the lone email that ends an article, or
    a columnist's signature under prose with a headline (not more of the column) after it."""
    para = paras[k]
    last = para.lines[-1].text
    one = len(para.lines) == 1
    if one and (closing_email(last) or COPYRIGHT.match(last)):
        return True
    if one and k and is_prose(paras[k - 1]) and _signs(last):
        return k + 1 == len(paras) or headline_like(paras[k + 1].lines[0].text)
    if EN_SIGNATURE.match(last):
        return True
    if one and _bracketed_byline(last):
        return not byline_over_head(paras, k)
    if INSERTED.match(last) and (k or not one):
        # the run of dates closes its notice, a stop or not
        return one and _notice_above(paras, k) or _at_signed_foot(paras, k)
    if one and closing_note(last) and k and finished(paras[k - 1].lines[-1].text):
        return k + 1 == len(paras) or headline_like(paras[k + 1].lines[0].text)
    return signs(last)


def _signs(text: str) -> bool:
    """'NAME 원장', 'NAME, President', 'By NAME, Title': a line that signs the prose above."""
    return bool(is_signature(text) or titled(SIGNED_NAME.match(text)) or EN_BYLINE.match(text))


# What a paid notice says and who signs it ('JOHN P. WALSH, Executor.'); a series' dates
# under a sports story ('Chicago' / 'May 3-4-5') have none of it above them.
_NOTICE_WORDS = re.compile(
    r"\b(?:[Ss]heriff|[Aa]dministrat(?:or|rix)|[Ee]xecut(?:or|rix)|[Gg]uardian|[Tt]rustee"
    r"|[Aa]ttorneys?|[Pp]laintiff|[Dd]efendant|[Nn]otice|NOTICE|estate|claims|court house)\b"
)
_NOTICE_REACH = 3  # blocks above the dates: a notice's text and its signer's line


def _notice_above(paras: list[Para], k: int) -> bool:
    """The blocks over the dates read as a paid notice: its words, or an ad's marks."""
    above = paras[max(0, k - _NOTICE_REACH) : k]
    if any(_NOTICE_WORDS.search(line.text) for para in above for line in para.lines):
        return True
    return ad_score(above) >= AD_SCORE


def _at_signed_foot(paras: list[Para], k: int) -> bool:
    """The dates set tight under a line closed by its stop ('O. T. PRUITT, Secretary.'),
    the last line of their block: a notice's foot, whatever it says. A series' dates under
    a sports story stand under a place with no stop ('Chicago' / 'May 3-4-5')."""
    para = paras[k]
    if len(para.lines) > 1:
        above = para.lines[-2].text
    elif para.gap:
        return False
    else:
        above = paras[k - 1].lines[-1].text
    if not finished(above):
        return False
    return k + 1 == len(paras) or paras[k + 1].gap > 0


def _bracketed_byline(text: str) -> bool:
    """'[○○일보 홍길동 기자]', '(PLACE=AGENCY) NAME 특파원' alone on its line: printed over a
    lead or, after the article's prose, closing it (one ending '=' opens the lead)."""
    return text[:1] in "[(" and text[-1] != "=" and is_lead_byline(text)


def prose_over_its_close(para: Para) -> bool:
    """Prose and the line that closes it in one block: a letter over its '— NAME' line."""
    return len(para.lines) > 1 and is_prose(Para(para.lines[:-1], para.gap))


def byline_over_head(paras: list[Para], k: int) -> bool:
    """Paragraph k a byline in brackets alone ('[NAME 기자]') right over a short unpunctuated
    line that has prose under it: the byline of the story it heads, as a corpus prints
    each story's byline over its headline, all three set tight; at the page's top, or after
    finished text."""
    if k + 2 >= len(paras) or len(paras[k].lines) != 1 or len(paras[k + 1].lines) != 1:
        return False
    if paras[k + 1].gap or paras[k + 2].gap:
        return False  # set apart by a blank line, the head is the next story's alone
    head = paras[k + 1].lines[0].text
    if not is_short_line(head) or not headline_like(head) or not is_prose(paras[k + 2]):
        return False
    if k and not TERMINAL.search(paras[k - 1].lines[-1].text):
        return False
    return _bracketed_byline(paras[k].lines[0].text)
