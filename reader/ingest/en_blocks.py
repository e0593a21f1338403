"""An English block cut where its lines stand apart: head lines over text, rows, lines set in."""

from __future__ import annotations

import re

from reader.ingest.calendar import calendar_row
from reader.ingest.carriers import carrier_group, carrier_row
from reader.ingest.closings import LETTERED
from reader.ingest.en_rows import (
    EN_LABEL_ROW,
    FIGURE_ENTRIES,
    GROUP_LABEL,
    LABELLED_ROWS,
    SIGNED_OFF,
    dateline_over,
    ends_row,
    entry_closed,
    figure_entries,
    leader_row,
    starts_anew,
    table_row,
)
from reader.ingest.head_phrases import cut_phrases, head_phrases, runs_on
from reader.ingest.lines import Line, Para

ENDS_SENTENCE = re.compile(r"[.?!:]['\"’”)]*$")
INDENT = 2  # columns further in than the page's other lines: a paragraph's first line
BY = re.compile(r"^By [A-Z]")


# A name's small 'c' in a line of capitals ('YOUNG McGRATH WINS', 'MacLEAN'): typesetters
# kept it small in capital lines too.
_MC = re.compile(r"\bMa?c(?=[A-Z]{2})")


def caps(text: str) -> bool:
    letters = [ch for ch in _MC.sub("M", text) if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


HEAD_MAX = 60  # characters of a headline line over its text in one English block
_DECK_MAX = 90  # characters of a deck line under it: decks run longer than headlines
_HEAD_RATIO = 1.5  # the text line under it is this much longer, or more


def _over(first: Line, line: Line) -> bool:
    """A block's first line over its text: short, without final punctuation, over a much
    longer line that closes a sentence ('Mill to close plant' / 'The mill will …')."""
    a, b = first.text, line.text
    short = len(a) <= HEAD_MAX and not ENDS_SENTENCE.search(a) and not a.endswith((",", "-"))
    return short and bool(ENDS_SENTENCE.search(b)) and len(b) >= _HEAD_RATIO * len(a)


HEAD_OVER_WRAPPED = (
    "segment: a headline broken short over the wrapped text of its block (the word under it"
    " would have fitted): a head of its own"
)


def over_wrapped(lines: list[Line]) -> bool:
    """A block's first line a headline over its text wrapped at the column ('Rec board wants
    lights for outdoor rink' / 'The Elm Falls recreation board has asked council for' / …):
    short, not in capitals, closing no sentence, broken by hand (the word opening the next
    line would have fitted, and the widest line under it is half again as long), over lines
    that open on a capital and close a sentence. A wrapped paragraph's first line fills the
    column."""
    if len(lines) < 3:
        return False  # a head over one line of text: _over
    a, b = lines[0].text, lines[1].text
    if len(a) > HEAD_MAX or ENDS_SENTENCE.search(a) or a.endswith((",", "-", ";", "—")) or caps(a):
        return False
    if not (a[:1].isupper() and b[:1].isupper()) or not ENDS_SENTENCE.search(lines[-1].text):
        return False
    if runs_on(a, b):
        return (
            False  # 'Prizes went to' / 'Ada Lind …': a sentence broken by hand, its list under it
        )
    widest = max(len(x.text) for x in lines[1:])
    fits = len(a) + 1 + len(b.split(" ", 1)[0]) <= widest
    return fits and len(b) >= _EVEN * widest and _HEAD_RATIO * len(a) <= widest


# A title in title case ('Rhubarb Pie', 'Baked Indian Pudding'): capitalised words, and the
# small words between them.
_TITLE = re.compile(r"^[A-Z][a-z'’]++(?: (?:[A-Z][a-z'’]++|of|and|the|in|a|an|with|for|on|to))++$")
TITLE_OVER_TEXT = "segment: a title in title case at a block's top over its wrapped text"


def _titled(first: Line, line: Line) -> bool:
    """A block's first line a short title in title case over the first line of wrapped text
    ('Rhubarb Pie' / 'Line a deep pie plate with good'): a recipe's or a note's head, not
    the start of its sentence."""
    a, b = first.text, line.text
    if not b[:1].isupper():
        return False  # the title's words open a sentence that runs on ('Sunday School' / 'will …')
    return len(a) <= HEAD_MAX and bool(_TITLE.match(a)) and len(b) >= _HEAD_RATIO * len(a)


HEAD_LINES = "segment: short unpunctuated lines of one block are a headline and its deck"
SET_IN = "segment: a line set in after a sentence starts a paragraph"


def _head_lines(lines: list[Line]) -> bool:
    """Two to four short lines, none ending a sentence or broken off ('Harbor dredging
    set to begin in May' / 'Channel work to close Pier 3'): a headline over its deck,
    not a paragraph, whose last line would end a sentence."""
    if not 2 <= len(lines) <= 4 or lines[0].text.startswith("By "):
        return False  # a byline over the writer's role
    if any(caps(x.text) for x in lines):
        return False  # stacked capitals are one headline; capitals meet text elsewhere
    if len(lines[0].text) > HEAD_MAX or _runs_over(lines) or _wrapped_bank(lines):
        return False
    return all(
        len(x.text) <= _DECK_MAX and not x.text.endswith((",", "-", ";")) for x in lines
    ) and not any(ENDS_SENTENCE.search(x.text) for x in lines)


# A preposition opening the next line carries a headline's phrase on ('… in High School
# Gymnasium' / 'After Nine Days'), as a line ending on a small word does (runs_on).
CARRIES_ON = re.compile(r"^(?:of|in|to|for|with|from|on|at|by|after|before|into|over)\s", re.I)


def _runs_over(lines: list[Line]) -> bool:
    """'Engineers Find Fissure Two Feet' / 'Long in Main Support of' / 'Water Street Span':
    a deck printed over several lines, one ending on a small word or the next opening in
    lower case or on a preposition ('Ends Hop' / 'of Eleven Hours'): one phrase, not a
    headline and its deck."""
    return any(runs_on(a.text, b.text) for a, b in zip(lines, lines[1:], strict=False))


_BANK_MIN = 30  # characters of a deck bank's full line: a column's width, no headline's
_EVEN = 0.85  # a full line's share of the widest: the column's lines wrap about as wide
_TAIL_SHARE = 0.5  # of the widest: a phrase's last line, the rest of it


def _wrapped_bank(lines: list[Line]) -> bool:
    """Three lines or more, all but the last as wide as the column and each broken where
    the next line's first word would not fit, over a short last line ('Mayor Offers City
    Hall for Conference' / 'Between Owners and Strikers; Pickets' / 'Orderly'): one deck
    bank the column wrapped, not a headline over a deck (a head's lines are broken by hand)."""
    if len(lines) < 3:
        return False
    full = [len(x.text) for x in lines[:-1]]
    widest = max(full)
    if min(full) < max(_BANK_MIN, _EVEN * widest) or len(lines[-1].text) > _TAIL_SHARE * widest:
        return False
    return all(
        len(a.text) + 1 + len(b.text.split(" ", 1)[0]) > widest
        for a, b in zip(lines, lines[1:], strict=False)
    )


LABEL_ROWS = "segment: lines of a label, a colon and figures are a row each (a box score)"


def _label_rows(lines: list[Line]) -> bool:
    return len(lines) >= 2 and all(EN_LABEL_ROW.match(x.text) for x in lines)


_WIDE_LINE = 80  # characters: a longer line was never wrapped by a column
LINE_A_PARA = "segment: lines that each end a sentence (or head the next) are a paragraph each"


def _line_a_para(lines: list[Line]) -> bool:
    """Three lines or more, each ending a sentence, or a short unpunctuated line between
    two that do ('Why it matters'), none starting in lower case: an online story's
    paragraphs and subheads printed one a line; wrapped text seldom ends a sentence at
    each line's end, and goes on in lower case. Two lines do, when both are longer than
    any printed column's (a column wraps them), under a short head line or not."""
    if len(lines) < 2 or not ENDS_SENTENCE.search(lines[-1].text):
        return False
    first = lines[0].text  # a line ending on a comma runs on: no head line over the text
    top = int(len(first) <= HEAD_MAX and not ENDS_SENTENCE.search(first) and first[-1:] != ",")
    if len(lines) - top < 2:
        return False
    if len(lines) - top == 2 and min(len(x.text) for x in lines[top:]) <= _WIDE_LINE:
        return False
    if any(x.text[0].islower() or caps(x.text) for x in lines):
        return False  # a sentence running on, or a headline in capitals over its text
    for k, line in enumerate(lines[top:], top):
        text = line.text
        if ENDS_SENTENCE.search(text):
            continue
        head = 0 < k and len(text) <= HEAD_MAX
        if (
            not head
            or text.endswith((",", "-", ";"))
            or open_quote(text)
            or not ENDS_SENTENCE.search(lines[k - 1].text)
        ):
            return False
    return True


def open_quote(text: str) -> bool:
    """A line that opens a quotation and does not close it ('… a paper on "The'): its
    sentence runs on to the next line, so it heads nothing."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _lettered(prev: Line, line: Line) -> bool:
    """'b. Ordinance …' after a sentence's end: the next lettered item starts a line of
    its own."""
    return bool(LETTERED.match(line.text) and ENDS_SENTENCE.search(prev.text))


def _set_in(base: int, prev: Line, line: Line) -> bool:
    """A paragraph's first line, set in from the block's others, after a sentence's end:
    a page whose paragraphs are set apart only by an indent."""
    return line.indent >= base + INDENT and bool(ENDS_SENTENCE.search(prev.text))


_ROLE_MAX = 40  # characters of a writer's role line ('Ledger Staff Writer', 'Meridian Wire')


def _role_under_by(by: str, text: str) -> bool:
    """The writer's role under 'By NAME': a short line of its own, no sentence."""
    return (
        bool(BY.match(by))
        and len(text) <= _ROLE_MAX
        and not BY.match(text)
        and not (ENDS_SENTENCE.search(text))
    )


OVER_ROWS = "segment: a line over leader-dot rows (announcing them, or their header) starts anew"


def _over_rows(lines: list[Line], j: int) -> bool:
    """Line j is one of the two over a run of leader-dot rows (the line announcing them,
    'The line-up:', or the rows' header) and the line before it ends a sentence or
    announces: it starts a paragraph of its own."""
    if leader_row(lines[j].text) or not any(leader_row(x.text) for x in lines[j + 1 : j + 3]):
        return False
    return lines[j - 1].text.endswith((".", ":", "?", "!"))


def headline_breaks(para: Para) -> list[Para]:
    """An English block cut where a line in capitals meets one that is not, around a
    table's rows, under a short headline line at its top over its text, and before each
    line set in after a sentence (a paragraph's first line). 'By NAME' keeps the role
    line under it."""
    tests = ((_label_rows, LABEL_ROWS), (_head_lines, HEAD_LINES), (_line_a_para, LINE_A_PARA))
    for test, rule in tests:
        if test(para.lines):
            cut: list[Para] = []
            for k, line in enumerate(para.lines):
                if cut and _role_under_by(cut[-1].lines[-1].text, line.text):
                    cut[-1].lines.append(line)
                else:
                    cut.append(Para([line], para.gap if k == 0 else 0, cut=rule))
            return cut
    if (phrases := head_phrases(para.lines)) is not None:
        return cut_phrases(para, phrases)
    out = [Para([para.lines[0]], para.gap)]
    base = min(line.indent for line in para.lines)
    width = max(len(line.text) for line in para.lines)
    labelled = False  # under a quotation box's group label ('Hogs—'): its rows one a line
    entries = figure_entries(para.lines)
    for k, (prev, line) in enumerate(zip(para.lines, para.lines[1:], strict=False)):
        labelled = labelled or bool(GROUP_LABEL.match(prev.text))
        over_rows = _over_rows(para.lines, k + 1)
        if (
            caps(prev.text) != caps(line.text)
            and not dateline_over(prev.text, line.text)
            or table_row(prev, line)
            or not k
            and (
                _over(prev, line)
                or _titled(prev, line)
                and len(para.lines) > 2
                or over_wrapped(para.lines)
            )
            or _set_in(base, prev, line)
            or _lettered(prev, line)
            or over_rows
            or calendar_row(prev.text)
            and calendar_row(line.text)
            or carrier_group(line.text)  # 'MARINE INTELLIGENCE' / 'ARRIVED': a list's label
            or carrier_row(line.text)  # each ship's line, however wrapped the one above
        ):
            why = SET_IN if _set_in(base, prev, line) else ""
            why = OVER_ROWS if not why and over_rows else why
            why = TITLE_OVER_TEXT if _titled(prev, line) else why
            why = HEAD_OVER_WRAPPED if not (k or why) and over_wrapped(para.lines) else why
            out.append(Para([line], 0, cut=why))
        elif (why := starts_anew(width, prev, line)) and not (why == SIGNED_OFF and not k):
            out.append(Para([line], 0, cut=why))
        elif labelled and ends_row(prev.text) and line.text[:1].isupper():
            out.append(Para([line], 0, cut=LABELLED_ROWS))
        elif entries and entry_closed(prev, line):
            out.append(Para([line], 0, cut=FIGURE_ENTRIES))
        else:
            # a dash line opening its block over more lines ('—Joe Sabo, fighting on Front
            # street' / 'Saturday night, $10 and costs; …') is a brief, not a letter's signature
            out[-1].lines.append(line)
    return out
