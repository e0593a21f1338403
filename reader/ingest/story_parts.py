"""What inside a story is no new item, though a rule for item starts took it for one: a
short line in a story not yet signed, over prose that runs to the byline (a subhead);
sentences after a wide gap, with no headline over them (more of the story); short lines
in capitals in a list its lead announces ('The following …'), each over a group of it.

A story's byline closes it once, under its last paragraph: until it comes, lines under
the story's text belong to it unless they show a headline's marks.
"""

from __future__ import annotations

import re

from reader.ingest.ad_marks import is_byline
from reader.ingest.box_labels import BOX_LABEL, box_label
from reader.ingest.brevities import brevity_start
from reader.ingest.carriers import CARRIER_GROUP, carrier_group, carrier_row
from reader.ingest.credits import CREDIT
from reader.ingest.cross_refs import cross_ref
from reader.ingest.en_heads import is_prose
from reader.ingest.en_rows import GROUP_LABEL, closes_alone, ends_row
from reader.ingest.figure_rows import table_head
from reader.ingest.head import headline_like, is_caps
from reader.ingest.headlines import marked
from reader.ingest.jump_lines import jump_line
from reader.ingest.letters import signs_above
from reader.ingest.lines import Para
from reader.ingest.listing import is_entry
from reader.ingest.repair import SENTENCE_END, TERMINAL
from reader.ingest.serials import serial_part
from reader.ingest.shop_ads import SELLER, ad_after_ad, display_block, seller_line
from reader.ingest.stop_heads import stop_head
from reader.ingest.story_ends import SUBHEAD_OF_SIGNED, closing_line, en_briefs, subhead_of_signed
from reader.ingest.writer_line import CONTRIBUTION

GROUP_UNDER_TITLE = (
    "not an item: a quotation box's group label ('Hogs—') heads the rows under it, in the box"
)
SUBHEAD_OF_UNSIGNED = (
    "not an item: a short line in an unsigned story, over prose that runs to its byline: a subhead"
)


def story_subhead(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k, taken for a headline, is a subhead of the story in current."""
    if len(current) == 1 and (jump := jump_line(current[0].text)) and jump[0] == "from":
        return JUMP_HEAD
    if seller_line(paras, k):
        return SELLER
    if len(paras[k].lines) == 1 and GROUP_LABEL.match(paras[k].text) and current:
        return GROUP_UNDER_TITLE
    if brevity_start(paras, k) or paras[k].gap and display_block(paras, k):
        return None  # a brief of a run, a place note's head or a display ad is no subhead
    if caps_runs_on(paras, k):
        return CAPS_RUNS_ON
    if box_label(current, paras, k):
        return BOX_LABEL
    if subhead_of_signed(current, paras, k):
        return SUBHEAD_OF_SIGNED
    if subhead_of_unsigned(current, paras, k):
        return SUBHEAD_OF_UNSIGNED
    if part_before_byline(current, paras, k):
        return PART_BEFORE_BYLINE
    if carrier_group(paras[k].lines[0].text) and any(carrier_row(p.text) for p in current):
        return f"not an item: {CARRIER_GROUP}"
    return SUBHEAD_OF_A_LIST if subhead_of_a_list(current, paras, k) else None


CAPS_RUNS_ON = (
    "not an item: a line in capitals set tight under a line that runs on (a comma, a colon)"
    " or between two rows of one shape goes on with them"
)
_RUNS_ON = (",", ":", ";")
_GROUP_LABEL_WORDS = 3  # a group's label between rows ('WESTBOUND'), not a headline's tier


def caps_runs_on(paras: list[Para], k: int) -> bool:
    """A line in capitals with no blank line above it, under text that does not close:
    'The score:' over its table's header, a sentence broken at a comma before a word in
    capitals ('Diamond—C, CAT,' / 'CANOE, TOE, E.'); or a short label between two rows that
    open on the same word and both carry figures ('No. 16 … 11:48 p. m.' / 'WESTBOUND' /
    'No. 3 … 7:55 a. m.'). A headline stands after text that closes, or after a blank line."""
    para = paras[k]
    if not k or para.gap or len(para.lines) != 1 or not is_caps(para.text):
        return False
    above = paras[k - 1].lines[-1].text
    if is_caps(above):
        return False  # a headline's tiers, stacked
    if above.endswith(_RUNS_ON):
        return True
    if k + 1 == len(paras) or paras[k + 1].gap:
        return False
    shape = _row_shape(above)
    if shape is None or shape != _row_shape(paras[k + 1].lines[0].text):
        return False
    # a label is a word or three; a box score's header ('MILLERS AB R H') between two
    # tables' rows closing on figures is as long as it needs
    return shape == _FIGURES or len(para.text.split()) <= _GROUP_LABEL_WORDS


_FIGURES = "figures"
_FIGURE_TAIL = re.compile(r"(?:\d+ ){2}\d+$")  # bounded: three figures at the line's end


def _row_shape(text: str) -> str | None:
    """A row's shape: closing on three figures (a table's row), else its first and last
    words if the line carries a figure (a timetable's 'No. 4 … 6:12 a. m.'); rows of one
    list share it, two lines of prose seldom both."""
    if _FIGURE_TAIL.search(text[-40:]):
        return _FIGURES
    words = text.split()
    if len(words) < 3 or not any(ch.isdigit() for ch in text):
        return None
    return f"{words[0]} {words[-1]}"


JUMP_HEAD = "not an item: the jump head under the jump back over it ('▶1면에서 계속')"
SUBHEAD_OF_A_LIST = (
    "not an item: a short line in capitals under a lead that announces a list"
    " ('The following …', '…:'): a group's heading in that list"
)
# 'The following …' announces a list; 'The following day, …' tells a story's time.
_ANNOUNCES = re.compile(
    r"^The following\b(?!\s+(?:day|week|month|year|morning|afternoon|evening|night|season)\b)"
    r"|:$"
)


def subhead_of_a_list(current: list[Para], paras: list[Para], k: int) -> bool:
    """'ASHFORD TOWNSHIP' over transfers, under 'The following real estate transfers were
    recorded …': a list announced by its lead runs on in groups, each headed in capitals;
    a story whose lead announces nothing ends where such a line stands (its test says)."""
    text = paras[k].lines[0].text
    if len(paras[k].lines) != 1 or len(text) > _GROUP_HEAD or not is_caps(text):
        return False
    lead = next((p for p in current if is_prose(p)), None)  # the lead announces, or nothing
    if lead is None or not _ANNOUNCES.search(lead.text):
        return False
    return not (paras[k].gap and _heads_its_own(current, paras, k))


def _heads_its_own(current: list[Para], paras: list[Para], k: int) -> bool:
    """'PRIZES AWARDED.' after a blank line, where the list's group heads above it were set
    tight on their rows, or 'BUILDING PERMITS.' over a lead announcing a list of its own: a
    list sets its group heads alike and is announced once, so the line heads the next item."""
    after_lead = current[next(i for i, p in enumerate(current) if is_prose(p)) + 1 :]
    if any(not p.gap and _group_head(p) for p in after_lead):
        return True
    under = paras[k + 1].lines[0].text if k + 1 < len(paras) else ""
    return bool(under) and bool(_ANNOUNCES.search(under))


def _group_head(para: Para) -> bool:
    text = para.lines[0].text
    return len(para.lines) == 1 and len(text) <= _GROUP_HEAD and is_caps(text)


_GROUP_HEAD = 30  # characters: a place's or a body's name, not a headline


def subhead_of_unsigned(current: list[Para], paras: list[Para], k: int) -> bool:
    """'면세점 다시 문 연다' between paragraphs of a story of two or more, not yet signed, over
    prose that runs to a reporter's byline: a story's end is signed once, so the byline
    signs the story above and the line, well shorter than its headline, is a subhead. An
    unsigned brief of one paragraph, or a line as long as the headline, stays a new item."""
    text = paras[k].lines[0].text
    if len(paras[k].lines) != 1 or SENTENCE_END.search(text) or not current:
        return False
    if CONTRIBUTION.match(text):
        return False  # '[NAME 칼럼] 제목', '[기고] …': a piece of its own, signed by its writer
    lines = [line.text for p in current for line in p.lines]  # signed at its head: signed
    if sum(map(is_prose, current)) < 2 or any(map(is_byline, lines)) or not is_prose(current[-1]):
        return False
    if 3 * len(text) > 2 * len(current[0].lines[0].text):
        return False
    last = closing_line(paras, k)
    return last is not None and is_byline(last)


PART_BEFORE_BYLINE = (
    "not an item: a marked head ('[영아 가정]', '■ 제목') between an unsigned story's text and"
    " the prose its byline closes: a part of the story"
)
_PARTS_REACH = 12  # paragraphs looked down for the prose a story's byline closes


def part_before_byline(current: list[Para], paras: list[Para], k: int) -> bool:
    """A marked line after an unsigned story's text (its lead a plain paragraph under a plain
    headline), over entries, rows or prose that run down to prose closed by a reporter's
    byline: the story is signed once, at its end, so the marked line heads one of its parts.
    Briefs each headed by a marked line carry no byline of the story above."""
    if not current or not marked(paras[k]) or marked(current[0]):
        return False
    lines = [line.text for p in current for line in p.lines]
    if not any(map(is_prose, current)) or any(map(is_byline, lines)):
        return False
    j = k + 1
    boxed = True  # set tight under a marked head: the box's own lines ('256GB 189만원')
    while j < min(len(paras), k + _PARTS_REACH) and not is_prose(paras[j]):
        if any(is_byline(line.text) for line in paras[j].lines):
            return False  # a byline under no prose signs a box, not the story
        boxed = marked(paras[j]) or boxed and not paras[j].gap
        one = paras[j].lines[0].text if len(paras[j].lines) == 1 else ""
        # a plain line set apart, no mark ('· …') and no entry, that could be a headline
        if not boxed and one[:1].isalnum() and not is_entry(one) and headline_like(one):
            return False  # another story's headline: the byline below is its own
        j += 1
    if j == len(paras) or not is_prose(paras[j]):
        return False
    end = min(len(paras), k + 2 * _PARTS_REACH)  # bounded: a page of prose is read once
    while j + 1 < end and not is_byline(paras[j].lines[-1].text):
        if is_prose(paras[j + 1]):
            j += 1
        elif j + 2 < end and _same_mark(paras[k], paras[j + 1]) and is_prose(paras[j + 2]):
            j += 2  # the story's next part under a head of the same mark ('◇ 남은 숙제')
        else:
            break
    if is_byline(paras[j].lines[-1].text):
        return True  # the byline set tight under the story's last paragraph
    if j + 2 < len(paras) and cross_ref(paras[j + 1].text):
        j += 1  # '▶관련기사 3면' stands between the story's last paragraph and its byline
    under = paras[j + 1] if j + 1 < len(paras) else None
    return under is not None and len(under.lines) <= 2 and is_byline(under.lines[-1].text)


AFTER_BOX = "a head in capitals set apart after a quotation box's last row ('Hogs—' over its rows)"


def _after_box(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Paragraph k, a head in capitals set apart, after a row of a quotation box that its
    group labels head ('Butter—' / 'Creamery, extras, 55c.'): the box ends at its rows, as
    a table does, and the head opens the next item."""
    para = paras[k]
    if not para.gap or not is_caps(para.lines[0].text) or GROUP_LABEL.match(para.text):
        return None
    if not ends_row(paras[k - 1].lines[-1].text):
        return None
    labelled = any(len(p.lines) == 1 and GROUP_LABEL.match(p.text) for p in current)
    return AFTER_BOX if labelled else None


def _same_mark(head: Para, para: Para) -> bool:
    """para a one-line head led by the same mark as head ('◇ …' after '◇ …')."""
    mark = head.lines[0].text[:1]
    return len(para.lines) == 1 and not mark.isalnum() and para.lines[0].text[:1] == mark


def sentence_goes_on(current: list[Para], para: Para) -> bool:
    """A paragraph of sentences, its first line no headline, after a wide gap under the
    story's sentence (or its photo's credit, 'ⓒ 한빛대병원'): with no head between them,
    the story goes on; a new item opens with its headline."""
    last = current[-1]
    if len(current) > 1 and len(last.lines) == 1 and CREDIT.match(last.text):
        last = current[-2]  # a caption's credit, set on its own line
    return is_prose(last) and is_prose(para) and not headline_like(para.lines[0].text)


AFTER_GROUPS = "a title not in capitals after a list's groups headed in capitals: the next item"


def en_starts(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item on an English page: a brief (story_ends.en_briefs),
    a title-case head closed by its stop (stop_heads), or a title in sentence case
    ('Building permits') over prose after a list announced by its lead whose groups were
    headed in capitals: the list's own headings end with it."""
    if (
        why := en_briefs(current, paras, k)
        or brevity_start(paras, k)
        or stop_head(current, paras, k)
        or ad_after_ad(paras, k)
        or _after_box(current, paras, k)
    ):
        return why
    text = paras[k].lines[0].text
    if len(paras[k].lines) != 1 or is_caps(text) or not headline_like(text):
        return None
    if k + 1 == len(paras) or TERMINAL.search(text):
        return None
    if not (is_prose(paras[k + 1]) or _ANNOUNCES.search(paras[k + 1].text)):
        return None  # over text of its own, or over a list it announces
    heads = [p for p in current if len(p.lines) == 1 and is_caps(p.text)]
    return AFTER_GROUPS if heads and subhead_of_a_list(current, [heads[-1]], 0) else None


def _caps_signature(paras: list[Para], k: int) -> bool:
    """'MARY A. HOLLENBECK,' alone over 'Executrix.' (or '118 Market Street.'): a name in
    capitals ending in a comma, over a line that is not, signs the notice or the ad above;
    a headline never ends in a comma."""
    para = paras[k]
    if len(para.lines) != 1 or not para.text.endswith(",") or not is_caps(para.text):
        return False
    return k + 1 < len(paras) and not is_caps(paras[k + 1].lines[0].text)


def caps_inside(paras: list[Para], k: int) -> bool:
    """A line in capitals that belongs to the item above it, not a headline: a name
    signing it, the header of its table's rows, or a serial's part."""
    if serial_part(paras[k].lines[0].text):
        return True  # a serial's 'CHAPTER XIV.' or '(TO BE CONTINUED.)': its installment's
    if _label_over_entries(paras, k):
        return True
    return _caps_signature(paras, k) or table_head(paras, k) or signs_above(paras, k)


_ENTRY_LINES = 2  # lines under a label, each closing a sentence, that make a list's entries


def _label_over_entries(paras: list[Para], k: int) -> bool:
    """A line in capitals set tight under the text above (no blank line) over lines that
    each close a sentence ('KILLED IN ACTION.' over 'Private NAME, Town.'): the label of a
    group of the story's list; a new item's head stands after a blank line."""
    if paras[k].gap or len(paras[k].lines) != 1:
        return False
    under = [line.text for x in paras[k + 1 : k + 1 + _ENTRY_LINES] for line in x.lines]
    tight = all(not x.gap for x in paras[k + 1 : k + 1 + _ENTRY_LINES])
    return tight and len(under) >= _ENTRY_LINES and all(map(closes_alone, under))
