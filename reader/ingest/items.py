"""A page's paragraphs -> groups, one per article or ad.

An article ends at its closing byline (or the lone email that ends it); a wide gap
(two or more blank lines) separates items; an English capitalised headline after
prose starts an item (on an English page). An article printed without a closing byline
ends where a headline shows itself: a line led by its column's tag ('[사설] …'), a
line punctuated as headlines are ('국회, 예산안 심사 돌입…쟁점은 지역화폐') over prose,
a line over a credited photo caption, a byline or a lead opening with its byline, and,
after a brief headed by a marked line ('▷ …', '◇ …'), the next marked line (briefs
carry no subheads), and a '▲' headline over its sentence (a brief). On a page without
blank lines, an item starts at a headline-like line after prose, or, when every line is
prose, at every prose line (one article per line). On an English page a line in
capitals over a sentence-case headline is the title of the run of items under it
('EDITORIALS'); in that run each such headline after prose opens the next item, and a
'— NAME' signature closes a letter; a title-case title over rows or 'Q:' lines, and a
standing head ('Obituaries') over a headline, open items too (runs.py splits the head
off). After rows, a short title over rows opens the next list. A group with an ad's marks
(• headings, ☎, contacts, prices, unit notes) and few sentences is an ad.
"""

from __future__ import annotations

from collections import Counter

from reader.ingest.ad_marks import (
    AD_SCORE,
    ad_score,
    has_byline,
)
from reader.ingest.after_rows import (
    CAPS_AFTER_ROWS,
    LISTING_AFTER,
    NOTICE_UNDER_TITLE,
    TITLED_AFTER_ENTRIES,
    after_contact,
    head_after_listing,
    listing_after,
    notices_cut,
    rows_in,
    rows_title,
    titled_after_entries,
)
from reader.ingest.bank_statement import STATEMENT, statement_head, statement_open
from reader.ingest.book_notes import book_under_title
from reader.ingest.bylines import PERSON_LINE, is_signature
from reader.ingest.caption_credits import credit_under_caption
from reader.ingest.carriers import carrier_group, carrier_row
from reader.ingest.case_numbers import after_case_number, over_court_line
from reader.ingest.closing_lines import (
    INSERTED,
    closes,
    prose_over_its_close,
)
from reader.ingest.column_items import column_brief, column_title
from reader.ingest.dense_items import CAPTION_OVER_HEAD, BracketAfterSigned, caption_over_head
from reader.ingest.en_blocks import HEAD_LINES
from reader.ingest.en_heads import (
    CAPS_UNDER_SIGNED,
    EN_AFTER_SIGNED,
    EN_TITLE,
    HEAD_OVER_BYLINE,
    caps_under_signed,
    en_after_signed,
    en_headline,
    en_title,
    head_over_byline,
    is_prose,
    title_over_items,
)
from reader.ingest.entries import table_line
from reader.ingest.figure_rows import caps_column_heads
from reader.ingest.group_passes import group_passes
from reader.ingest.head import headline_like, is_caps_block, is_noise
from reader.ingest.headlines import (
    AFTER_TABLE,
    OVER_A_DECK,
    OVER_A_TABLE,
    english_box,
    heading_after_entries,
    heads_a_brief,
    inside_a_block,
    marked_brief,
    marked_brief_under_title,
    next_brief,
    title_over,
    title_over_parts,
)
from reader.ingest.kicker_heads import kicker_head as kicker
from reader.ingest.letters import NEXT_LETTER, next_letter, signs_above
from reader.ingest.lines import Para
from reader.ingest.listing import is_entry
from reader.ingest.listing_start import listing_after_listing, listing_after_story
from reader.ingest.notices_title import notices_title
from reader.ingest.over_its_head import over_its_head
from reader.ingest.prose_starts import HEADLINE_LIKE, starts_item
from reader.ingest.run_briefs import BRIEF_UNDER_TITLE, brief_under_title, cut_head, plain_brief
from reader.ingest.runs import (
    Group,
    head_line,
)
from reader.ingest.signed_feet import SIGNED_BELOW, signed_below
from reader.ingest.story_ends import (
    SUBHEAD_OF_COLUMN,
    closing_note,
    column_after_list,
    head_after_box,
    name_over_its_story,
    notice_after_listing,
    subhead_of_column,
    title_over_briefs,
    title_over_list,
    titled_after_list,
)
from reader.ingest.story_parts import (
    en_starts,
    part_before_byline,
    sentence_goes_on,
    story_subhead,
)
from reader.ingest.tab_head import HEAD_CUTS
from reader.ingest.turns import A_MARK, Q_MARK
from reader.ingest.units import DOT, is_plain
from reader.ingest.web_foot import CAPTION_UNDER, caption_under, web_foot


def _noise(para: Para) -> bool:
    return all(is_noise(line.text) for line in para.lines)


def _title_over_parts(current: list[Para], paras: list[Para], k: int) -> str | None:
    """title_over_parts, but an ad's table does not end the ad (its lines go on under
    it), and short lines right after the lead are the deck (body.py), not a headline."""
    why = title_over_parts(paras, k)
    if why == OVER_A_DECK and (signs_above(paras, k) or credit_under_caption(paras, k)):
        return None  # a pen name under a letter ('SUBSCRIBER.'), over the next one's head
    if why == AFTER_TABLE and ad_score(current) >= AD_SCORE:
        return None
    if why == OVER_A_TABLE and _unsigned_story(current) and _story_goes_on(current, paras, k + 1):
        return None  # a story not yet signed, its text going on under the table: its part
    if why == OVER_A_DECK and all(map(head_line, current[:-1])) and paras[k + 1].cut != HEAD_LINES:
        return None  # short lines under a lead are its deck; a head block's are its own
    return why


def _story_goes_on(current: list[Para], paras: list[Para], k: int) -> bool:
    """Whether the table from paragraph k is followed by prose, by the byline that closes
    the story (a results table at its end), or by a marked part of the story whose prose
    runs to that byline ('◇ 주담대가 끌어올린 빚' / its text / 'NAME 기자'), not by a
    headline."""
    # a table's source or note under its rows ('자료=…', '※ …') is the table's still
    while k < len(paras) and all(table_line(line.text) for line in paras[k].lines):
        k += 1
    if k == len(paras):
        return False
    return is_prose(paras[k]) or closes(paras, k) or part_before_byline(current, paras, k)


def _unsigned_story(current: list[Para]) -> bool:
    """Prose with no byline under it yet: a story whose end (and byline) is still to come.
    A byline above the lead ('목포=NAME 기자') signs the story's start, not its end."""
    first = next((i for i, para in enumerate(current) if is_prose(para)), None)
    lines = [line.text for para in current[first or 0 :] for line in para.lines]
    return first is not None and not has_byline(lines)


def _bare_head(current: list[Para]) -> bool:
    """A headline and its deck with nothing under them yet: a gap sets no item apart."""
    return len(current) > 1 and all(map(head_line, current))


GOES_ON = (
    "not an item: a wide gap, but what follows goes on with the item (its text, a question,"
    " an answer, its byline)"
)


def _goes_on(
    current: list[Para], paras: list[Para], k: int, has_prose: bool, closing: bool
) -> bool:
    """Whether paragraph k, after a wide gap, still belongs to the item in current: on a
    page that sets its parts two lines apart, an interview's question or answer after its
    text, the closing byline under its prose, or the text (or the person line) under a
    headline with nothing else under it yet."""
    first = paras[k].lines[0].text
    if has_prose and (Q_MARK.match(first) or A_MARK.match(first)):
        return True
    if has_prose and len(paras[k].lines) == 1 and closing:
        return True
    if has_prose and sentence_goes_on(current, paras[k]):
        return True
    # called only where current is no bare head of several lines: one headline at most
    if len(current) != 1 or not head_line(current[0]):
        return False
    return is_prose(paras[k]) or bool(PERSON_LINE.match(first))


def _caps_line(para: Para) -> bool:
    """One plain line in capitals, or a stack of three at most ('SILO FILLING BEE' / 'ON
    THE OSTRANDER FARM'): an English headline or a title ('IN BRIEF')."""
    texts = [x.text for x in para.lines]
    if len(texts) > _STACK or any(t.endswith(".") for t in texts[:-1]):
        return False  # 'MOVEMENTS OF VESSELS.' over 'ARRIVED.': a head over its list's label
    return is_caps_block(texts) and all(map(is_plain, texts))


_STACK = 3  # lines of a headline's stack


def _has_body(para: Para, prose: bool) -> bool:
    """More than head lines: prose, a caption, a table's rows, long lines."""
    return prose or any(not (headline_like(x.text) and is_plain(x.text)) for x in para.lines)


def wide_gap(paras: list[Para]) -> int:
    """Blank lines that set items apart: more than the page puts between paragraphs (one,
    in most papers; a page set with two between paragraphs needs three)."""
    gaps = Counter(p.gap for p in paras[1:] if p.gap)
    usual = min(gaps, key=lambda g: (-gaps[g], g)) if gaps else 1
    return max(2, usual + 1)


_CLOSED = "the item before ends with its byline"
_NOTED = "the item before ends with its closing note ('(다음 주에 계속)', '(끝)')"
_INSERTED = "the notice before ends with the dates it ran on ('Apr. 12-19-26-May 3')"
_WIDE = "wide gap before it"
_ENDED = (_CLOSED, _NOTED, _INSERTED, _WIDE)  # starts the item before's end gives
_AFTER_LIST = "English headline after a titled list of '•' entries ('POLICE BLOTTER')"


def _bullet_list(current: list[Para]) -> bool:
    """A title over '•' entries, or over a shipping list's labels and ships, and nothing
    else: a list whose last entry ends it."""
    lines = [line.text for para in current for line in para.lines][1:]
    return bool(lines) and all(DOT.match(t) or carrier_row(t) or carrier_group(t) for t in lines)


def split_groups(paras: list[Para], dense: bool = False, latin: bool = False) -> list[Group]:
    prose = [is_prose(p) for p in paras]
    briefs = [plain_brief(p) for p in paras]
    wide = wide_gap(paras)
    # A page of prose lines and nothing else, without blank lines, holds an article a line.
    # A line cut into its headline and text counts as such a line.
    closings = [closes(paras, k) for k in range(len(paras))]
    per_line = dense and all(
        prose[k] or closings[k] or paras[k].cut in HEAD_CUTS for k in range(len(paras))
    )
    groups: list[Group] = []
    current: list[Para] = []
    bracket_after_signed = BracketAfterSigned()
    why = "first item of the page"
    closed = has_prose = has_body = has_entries = False
    has_rows: str | None = None  # the rule of the rows in the item so far
    run = False  # in a run of items under a title in capitals ('EDITORIALS')
    for k, para in enumerate(paras):
        foot = web_foot(paras, k) if closed else None  # the story's still, under its byline
        photo = closed and not foot and caption_under(paras, k)
        closing = closings[k] or bool(foot) or photo
        why = f"{why}; {foot}" if foot and foot not in why else why
        why = f"{why}; {CAPTION_UNDER}" if photo and CAPTION_UNDER not in why else why
        start = None
        if current and closed and not closing:
            last = current[-1].text  # a signature in brackets is no note: it signs
            start = _NOTED if closing_note(last) and not is_signature(last) else _CLOSED
            start = _INSERTED if INSERTED.match(current[-1].lines[-1].text) else start
        elif current and para.gap >= wide and not _bare_head(current):
            start = None if _goes_on(current, paras, k, has_prose, closing) else _WIDE
            if start is None and GOES_ON not in why:
                why = f"{why}; {GOES_ON}"
        elif current and not closing and (has_prose or all(map(_noise, current))):
            start = starts_item(paras, k, dense, latin, per_line)
            if start is not None and dense and caption_over_head(current, paras, k):
                start, why = None, f"{why}; {CAPTION_OVER_HEAD}"
            elif start == HEADLINE_LIKE and signed_below(current, paras, k):
                start, why = None, why if SIGNED_BELOW in why else f"{why}; {SIGNED_BELOW}"
        elif (
            current
            and not closing
            and latin
            and _caps_line(para)
            and has_rows
            and (para.gap or has_rows == CAPS_AFTER_ROWS)  # a list's own label is set tight
            and not caps_column_heads(para.lines[0].text)
        ):
            start = has_rows
        if start is None and current and not latin and not closing:
            start = book_under_title(current, paras, k)
        if start is None and latin and current and not closing and next_letter(paras, k):
            start = NEXT_LETTER  # its column's title, or the letter before, ends above it
        if start is None and current and not closing and has_body:
            start = over_its_head(paras, k, has_entries) or _title_over_parts(current, paras, k)
        if (
            start is None
            and latin
            and current
            and has_body
            and not closing
            and en_title(paras, k, dense)
        ):
            start = EN_TITLE  # a title over rows or questions after rows
        if start is None and dense and not has_prose and not closing:
            start = head_after_box(current, paras, k)
        if start is None and dense and current and has_prose and listing_after(current, paras, k):
            start = LISTING_AFTER
        if start is None and current and not closing and heads_a_brief(current[0]):
            start = next_brief(paras, k)
        if start is None and current and not closing:
            start = inside_a_block(paras, k) or marked_brief(paras, k)
            start = start or column_brief(paras, k) or column_title(paras, k)
            start = start or rows_title(current, paras, k)
            start = start or marked_brief_under_title(current, paras, k)
            start = start or title_over_briefs(current, paras, k)
            start = start or brief_under_title(paras, k, briefs)
            start = start or heading_after_entries(paras, k)
            if start is None and not has_entries:  # a listing's headings are its own (listing.py)
                start = title_over_list(current, paras, k)
            start = start or column_after_list(paras, k) or titled_after_list(current, paras, k)
            if start is None and has_entries:
                start = head_after_listing(current, paras, k)
                start = start or titled_after_entries(current, paras, k)
            start = start or notice_after_listing(current, paras, k)
            start = start or (after_contact(current, paras, k) if has_prose else None)
            start = start or (listing_after_story(current, paras, k) if has_prose else None)
            start = start or (listing_after_listing(current, paras, k) if has_entries else None)
            start = start or (en_starts(current, paras, k) if latin else None)
            start = start or name_over_its_story(current, paras, k) or kicker(current, paras, k)
            start = start or after_case_number(paras, k) or over_court_line(paras, k)
            start = start or bracket_after_signed(current, paras, k, dense)
        if start is None and latin and has_prose and not closing:
            start = english_box(paras, k)
        start = start or (notices_title(paras, k, current) if current and latin else None)
        if start is None and latin and (titled := title_over_items(current, paras, k)):
            start, run = titled, True
        elif start is None and latin and en_headline(paras, k) and _bullet_list(current):
            start = _AFTER_LIST
        elif start is None and latin and has_prose and en_after_signed(current, paras, k):
            start = EN_AFTER_SIGNED
        elif start is None and latin and current and caps_under_signed(current, paras, k):
            start = CAPS_UNDER_SIGNED
        elif start is None and latin and has_prose and head_over_byline(paras, k, dense):
            start = HEAD_OVER_BYLINE
        elif start is None and run and has_prose and not closing and en_headline(paras, k):
            start = "English headline after an item of its titled run (no subheads there)"
        elif start is not None and start.startswith("capitalised"):
            run = False
        sub = start not in (None, *_ENDED) and story_subhead(current, paras, k)
        if sub:
            start, why = None, why if sub in why else f"{why}; {sub}"
        elif start not in (None, *_ENDED) and subhead_of_column(current, paras, k):
            start, why = None, why if SUBHEAD_OF_COLUMN in why else f"{why}; {SUBHEAD_OF_COLUMN}"
        if start is None and current and latin and statement_head([para]):
            start = STATEMENT
        if start is not None and start not in _ENDED and statement_open(current):
            start, why = None, why if STATEMENT in why else f"{why}; {STATEMENT}"
        if start is not None:
            if start not in _ENDED and len(current) > 2 and title_over(paras, k - 1):
                groups.append(Group(current[:-1], why))
                current, why = current[-1:], "a title over the items under it"
            groups.append(Group(current, why))
            current, why, closed, has_prose, has_body = [], start, False, False, False
            has_entries, has_rows = False, None
        if start == TITLED_AFTER_ENTRIES and (cut := notices_cut(para)):
            groups.append(Group([cut[0]], start))
            current, why, para = [], NOTICE_UNDER_TITLE, cut[1]
        current.extend(cut_head(para) if start == BRIEF_UNDER_TITLE else [para])
        has_prose = has_prose or prose[k]
        has_entries = has_entries or any(is_entry(line.text) for line in para.lines)
        # kept as it grows (a page of rows is one group); read on English pages only
        has_rows = has_rows or (rows_in(current) if latin else None)
        has_body = has_body or (len(current) > 1 and _has_body(para, prose[k]))
        if closing and (has_prose or prose_over_its_close(para) or closing_note(para.text)):
            closed = True  # a closing note follows a finished sentence, whatever its style
    if current:
        groups.append(Group(current, why))
    return group_passes(groups)
