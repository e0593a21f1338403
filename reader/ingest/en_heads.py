"""Where an English headline shows itself after an item: in sentence or title case over
prose, under a title in capitals, over rows or questions, after a signed story.

Also the two tests every item rule asks: is a paragraph prose, could a line head an item.
"""

from __future__ import annotations

import re

from reader.ingest.ad_marks import SENTENCE, is_byline
from reader.ingest.calendar import MONTH, calendar_row
from reader.ingest.carriers import carrier_group
from reader.ingest.closings import LETTERED
from reader.ingest.credits import credit_suffix
from reader.ingest.head import SALUTATION, is_caps_block, is_title_case, result_row
from reader.ingest.head_phrases import runs_on
from reader.ingest.headlines import one_line
from reader.ingest.label_desk import HEADLINE_MAX
from reader.ingest.letters import signs_above
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL
from reader.ingest.segment import TIMED
from reader.ingest.turns import Q_MARK
from reader.ingest.units import EN_BYLINE, PART_LABEL, is_plain

# '<과장급 전보>': a label grouping a listing's entries, not a headline.
# A serial column's part ('<제1보>(1~36)') is its subhead.
_LABEL = re.compile(rf"^(?:<[^<>]+>|〈[^〈〉]+〉)$|{PART_LABEL.pattern}")
_EN_SENTENCE = re.compile(r"[a-z0-9][.?!]['\"’”]?$")


def is_prose(para: Para) -> bool:
    text = para.text
    if "다." in text and SENTENCE.search(text):
        return True
    return len(text) >= 40 and bool(_EN_SENTENCE.search(text[-4:])) and not is_title_case(text)


def headline_line(paras: list[Para], k: int) -> bool:
    """A one-line paragraph that could be a headline, with something under it (never a
    listing's group label, nor a name signing a letter)."""
    if one_line(paras, k) is None or signs_above(paras, k):
        return False
    return not _LABEL.match(paras[k].lines[0].text)


def en_headline(paras: list[Para], k: int) -> bool:
    """An English headline in sentence or title case ('A bridge too costly'): a short
    line alone, without final punctuation, over prose. English pages set their subheads
    in capitals, or not at all."""
    para = paras[k]
    if not headline_line(paras, k) or is_caps_block([para.lines[0].text]):
        return False
    if para.lines[0].text.endswith(":"):
        return False  # 'Permits issued since Saturday:' announces the rows under it
    return is_prose(paras[k + 1]) and not SALUTATION.match(para.lines[0].text)


_TITLE_LINES = 2


RUN_TITLE = "English headline under the title of its run ('EDITORIALS')"
TITLE_OVER_STACK = (
    "English headline in capitals, stacked or closed by its stop, under a title in capitals"
    " on the page's first line ('DEATHS AND FUNERALS')"
)


def title_over_items(current: list[Para], paras: list[Para], k: int) -> str | None:
    """A lone line in capitals over an English headline ('EDITORIALS' over 'The library
    levy deserves a yes vote'): the title of the run of items under it. The rule, or None."""
    # a title may wrap to a second line ('NEWS GATHERED BY OUR' / 'CORRESPONDENTS')
    if len(current) != 1 or len(current[0].lines) > _TITLE_LINES:
        return None
    if not is_caps_block([x.text for x in current[0].lines]) or k + 1 == len(paras):
        return None
    if len(current[0].lines) == 1 and (en_headline(paras, k) or _long_en_headline(paras, k)):
        return RUN_TITLE
    if len(current[0].lines) == 1 and _road_over_its_table(paras, k):
        return TITLE_OVER_TABLES
    title = current[0].lines[0].text
    if len(current[0].lines) == 1 and paras[0] is current[0] and not title.endswith("."):
        if _caps_stack(paras, k) and _head_below(paras, k + 2):
            return TITLE_OVER_STACK  # the page's first line over a stack: its run's title
    return RUN_TITLE if _place_head(paras, k) else None


_STACK_LINES = 3  # lines of a stacked headline in capitals
TITLE_OVER_TABLES = (
    "a line in capitals, a blank line under it, over a railroad's name tight over its time"
    " table ('RAILWAY TIME TABLE' / 'NAME R. R.' / 'EASTBOUND'): the title of the roads' tables"
)


def _road_over_its_table(paras: list[Para], k: int) -> bool:
    """Is paragraph k, set apart from the title above by a blank line, one line in capitals
    tight over a time table's group label ('PORT ARDEN R. R.' / 'EASTBOUND')? The title
    tops every road's table, so the road's name heads its own (set tight, it is the
    title's deck)."""
    below = paras[k + 1] if k + 1 < len(paras) else None
    if not paras[k].gap or len(paras[k].lines) != 1 or below is None or below.gap:
        return False
    return is_caps_block([paras[k].lines[0].text]) and carrier_group(below.lines[0].text)


_RUN_LOOK = 60  # paragraphs looked at for the run's next head


def _head_below(paras: list[Para], k: int) -> bool:
    """Another stacked head in capitals further down: a run for the title to head (one
    story under a line in capitals is its headline's first tier, 'ROOSEVELT AND TAFT')."""
    # a subhead in the story ('WITNESSES HEARD') is no item's head: the next must be stacked
    return any(_caps_stack(paras, j) for j in range(k, min(len(paras), k + _RUN_LOOK)))


def _caps_stack(paras: list[Para], k: int) -> bool:
    """A headline in capitals set as a stack ('MRS. ELLEN J. MARSH' / 'DIES AT AGE OF 84')
    or on one line closed by its stop over prose ('REALTY TRANSFERS.'): a head of its own,
    which a lone line in capitals without a stop over it on the page's top line titles as
    the page's run. A one-line bank without a stop may be the headline's own deck; a line
    closed by its stop over another head in capitals, a section of the page
    ('PORT OF ASTORBURY.' over 'ARRIVED.')."""
    texts = [x.text for x in paras[k].lines]
    if not paras[k].gap or len(texts) > _STACK_LINES or not is_caps_block(texts):
        return False
    if is_byline(texts[0]):
        return False  # 'By GEORGE E. CARVER.' signs the headline's story
    if len(texts) > 1:
        return True
    under = paras[k + 1].lines[0].text if k + 1 < len(paras) else ""
    return texts[0].endswith(".") and not is_caps_block([under])


# A correspondent's letter's head: its place's name, one or two words in capitals and a stop.
_PLACE_HEAD = re.compile(r"^[A-Z][A-Z'’-]{2,15}+(?: [A-Z][A-Z'’-]{1,15}+)?\.$")


_DATED = re.compile(rf"^(?i:{MONTH})\.? \d{{1,2}}\.?[—–-]")


def _place_head(paras: list[Para], k: int) -> bool:
    """'SHILOH.' after a blank line, tight over its letter's dated prose: a head under the run's
    title, never a bank of the title (a bank runs tight under its headline)."""
    para = paras[k]
    if len(para.lines) != 1 or not para.gap or not _PLACE_HEAD.match(para.lines[0].text):
        return False
    # the letter opens with the day it was written ('June 1.—'): a list's group label
    # ('ARRIVED.' over its ships) heads no letter
    return not paras[k + 1].gap and bool(_DATED.match(paras[k + 1].lines[0].text))


def _long_en_headline(paras: list[Para], k: int) -> bool:
    """A one-line English headline too long for `headline_like` (up to HEADLINE_MAX) without
    final punctuation, over prose: under a title in capitals, a brief's headline."""
    text = paras[k].text
    if len(paras[k].lines) != 1 or len(text) > HEADLINE_MAX or TERMINAL.search(text):
        return False
    if SALUTATION.match(text) or text.endswith(":"):
        return False  # a colon announces the rows under it ('Permits issued since Saturday:')
    return is_plain(text) and not is_caps_block([text]) and is_prose(paras[k + 1])


EN_AFTER_SIGNED = "English headline over prose after a story signed above its lead"


def en_after_signed(current: list[Para], paras: list[Para], k: int) -> bool:
    """A sentence-case line after a blank line, over prose closed by a byline ('Dog rescued
    from canal' … 'By NAME'), after a story whose byline stands above its lead: that story
    is signed, the line heads the next story, signed at its end. A title-case line does so
    only over prose (and questions) closed by a dashed signature ('— NAME, role'): a
    feature's title-case subhead runs on to no signature of its own."""
    if not paras[k].gap or not en_headline(paras, k):
        return False
    title_case = is_title_case(paras[k].text)
    j = k + 1
    while j < len(paras) and (is_prose(paras[j]) or title_case and _asks(paras[j])):
        j += 1  # the new story's prose, down to its own byline
    if j == len(paras) or not is_byline(closing := paras[j].lines[0].text):
        return False
    if title_case and not (closing[0] in "—–―" and len(paras[j].lines) == 1):
        return False  # 'A Telescope Older Than the College': a feature's title-case subhead
    return any(is_byline(line.text) for para in current for line in para.lines)


CAPS_UNDER_SIGNED = "English headline in capitals under the byline that closes the story above"


def caps_under_signed(current: list[Para], paras: list[Para], k: int) -> str | None:
    """A headline in capitals on a line of its own ('GOLF TOURNEY OPENS TODAY.') right
    under a 'By NAME.' line that closes a story's prose, over prose: the next story. A
    byline over its own story stands under a headline, never under the prose before it."""
    para = paras[k]
    if len(para.lines) != 1 or k + 1 == len(paras) or not is_caps_block([para.text]):
        return None
    above = paras[k - 1].lines[-1].text
    if not above.startswith("By ") or not is_byline(above) or is_byline(para.text):
        return None
    lines = paras[k - 1].lines
    if len(lines) > 1:
        closes = bool(_EN_SENTENCE.search(lines[-2].text))  # a sentence's end over it
    else:
        closes = len(current) > 1 and is_prose(current[-2])
    # a byline under a headline and its deck ('By NAME' over 'SYNOPSIS.') closes no story
    return CAPS_UNDER_SIGNED if closes and is_prose(paras[k + 1]) else None


HEAD_OVER_BYLINE = "a headline over its 'By NAME' line in one block, after prose: a new story"
_HEAD_BLOCK = 4  # lines of a head block: the headline, a rating or a deck, the byline


def head_over_byline(paras: list[Para], k: int, dense: bool = False) -> bool:
    """After a story's prose (or a caption closed by its credit), a block that opens with a
    line no sentence and holds a 'By NAME' line a few lines down, or has one right under it
    after a blank line, nothing between a sentence ('REVIEW: …' / '★★½' / 'By NAME'): the
    next story's head. A story's own byline stands under its headline, never after its
    prose with a line over it. A page without blank lines sets no gap above."""
    para = paras[k]
    if not (para.gap or dense) or k == 0:
        return False
    above = paras[k - 1].lines[-1].text  # a sentence's end, or a caption's closing credit
    if not TERMINAL.search(above) and credit_suffix(above) is None:
        return False
    lines = [line.text for line in para.lines]
    j = k + 1
    while len(lines) < _HEAD_BLOCK and j < len(paras) and not paras[j].gap:
        lines += [line.text for line in paras[j].lines]
        j += 1
    if j < len(paras) and paras[j].gap == 1 and EN_BYLINE.match(paras[j].lines[0].text):
        lines.append(paras[j].lines[0].text)  # the byline set apart under its head block
    by = next((n for n, t in enumerate(lines[:_HEAD_BLOCK]) if EN_BYLINE.match(t)), None)
    if not by or len(lines[0]) > HEADLINE_MAX or not is_plain(lines[0]):
        return False
    return not any(TERMINAL.search(t) for t in lines[:by])


def _asks(para: Para) -> bool:
    """A question over its answer ('Q: …?' / 'A: …')."""
    return bool(Q_MARK.match(para.lines[0].text))


EN_TITLE = "English title-case line after a blank line, over rows or questions ('Q&A with …')"
_ONE_WORD = re.compile(r"^[A-Z][a-z]{3,}$")


def en_title(paras: list[Para], k: int, dense: bool = False) -> bool:
    """A short title-case line (or one capitalised word) alone after a blank line (or on
    a page without them), over rows or questions: a story's title-case subhead stands
    over prose, so this titles an item of its own ('Results' over its rows, 'Q&A with …'
    over 'Q:' lines)."""
    para = paras[k]
    if not (para.gap or dense) or not headline_line(paras, k):
        return False
    if is_caps_block([para.lines[0].text]):
        return False
    text = para.lines[0].text
    under = paras[k + 1].lines[0].text
    rows = result_row(under) or Q_MARK.match(under) or TIMED.match(under)  # 'Monday 8:00 p.m. —'
    if text.startswith("By ") or result_row(text) or not rows:
        return False  # 'By NAME and NAME' is a byline the byline rules do not read
    return bool(_ONE_WORD.match(text)) or is_title_case(text)


STANDING_OVER_ENTRIES = (
    "English title-case head after a blank line over a block of one-line entries"
)


def standing_over_entries(paras: list[Para], k: int) -> bool:
    """'In Memoriam' over 'NAME '51, of TOWN, on DATE.' lines, no blank line between them:
    a standing head over its entries; a story's subhead stands over paragraphs set apart."""
    para = paras[k]
    if not para.gap or not headline_line(paras, k) or not _HEAD_WORDS.match(para.lines[0].text):
        return False
    end = k + 2
    while end < len(paras) and paras[end].gap == 0:
        end += 1
    block = [line.text for p in paras[k + 1 : end] for line in p.lines]
    if block and LETTERED.match(block[0]):
        return False  # 'a. …' / 'b. …': a story's lettered items under its subhead
    return len(block) >= 2 and all(t.endswith(".") and len(t) <= _ENTRY_MAX for t in block)


_ENTRY_MAX = 120  # characters of one entry's line


_HEAD_WORDS = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$")  # 'In Memoriam', 'Deaths'


HEAD_TIGHT_OVER_PROSE = (
    "English headline in sentence case, a blank line over it and its prose set tight under"
    " it, after finished text: the next item"
)
_OPEN_ENDS = (":", ",", ";", "—", "-")


def head_tight_over_prose(paras: list[Para], k: int) -> bool:
    """'Traffic curbs for temple festival' after a story's last sentence and a blank line,
    its text set tight under it: a brief's or a story's headline. A story's subhead in
    sentence case stands apart from its text or over no finished sentence; one in title
    case ('Public Comment' over minutes) or in capitals, a day's date over its entries
    ('Monday, March 31') and a line that runs on (a colon, a comma, a dash, a small word, or
    its text in lower case: head_phrases.runs_on) head no item."""
    para = paras[k]
    if not para.gap or k == 0 or not headline_line(paras, k) or paras[k + 1].gap:
        return False
    text = para.lines[0].text
    if TERMINAL.search(text) or text.endswith(_OPEN_ENDS) or not text[:1].isupper():
        return False
    if is_caps_block([text]) or is_title_case(text) or calendar_row(text) or _DAY.match(text):
        return False
    if text.startswith("By ") or SALUTATION.match(text):
        return False
    if runs_on(text, paras[k + 1].lines[0].text):
        return False  # a verse's line ('Abide with me' / 'fast falls …'), a list's intro
    return bool(_EN_SENTENCE.search(paras[k - 1].lines[-1].text)) and is_prose(paras[k + 1])


# A day's date alone ('Monday, March 31', 'April 2'): a calendar's or a log's day.
_DAY = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?i:{MONTH})\.? \d{{1,2}}(?:, \d{{4}})?$"
)
