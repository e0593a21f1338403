"""English lines printed one under another that each stand alone, though no blank line
parts them: a table's row (cells apart by tabs, a label and its figure joined by leader
dots, a label before a colon and figures), a bulletin
opening on its dateline after a sentence's end, a letter's text under its salutation, and
a paragraph's first line after a last line the column did not fill.

Columns wrap greedily: a line ends where its next word would not fit. A line that ends
a sentence while the next line's first word would have fitted on it was broken by hand,
so the next line starts a paragraph.
"""

from __future__ import annotations

import re

from reader.ingest.brevities import BRIEF_START, DATED, DATED_START, brief_start
from reader.ingest.calendar import MONTH
from reader.ingest.letters import EN_SIGNATURE, LETTER_CLOSE, SALUTATION
from reader.ingest.lines import Line

# A price list's row with leader dots: 'Rye, No. 1 ........ $0.92'; a staff or programme
# line's, with a longer run ('E. J. HOLLOWAY........Editor', 'Prelude ........ Mrs. Brown').
# Four dots before words are an ellipsis ('Come early.... Sale starts Monday.'), and so are
# six run on into Hangul ('그런데...... 결국'). A run of dots is tried from its first only: from
# each of them, a line of n dots (a rule set in dots) cost n².
_LEADER_ROW = re.compile(
    r"(?<!\.)(?:\S ?\.{4,}+ ?[\d$.@½¼¾⅛⅜⅝⅞—–-]|\S ?\.{6,}+ ?[^\s가-힣]|\S \.{6,}+ \S)"
)


def leader_row(text: str) -> bool:
    """A row whose label and figure are joined by leader dots ('Wheat ........ 1.02')."""
    return "...." in text and _LEADER_ROW.search(text) is not None


_LEADERS = re.compile(r" ?\.{4,}+ ?")


def leader_cells(line: Line) -> list[tuple[str, int, int]]:
    """A leader row's cells, the dots dropped from their text: each cell's text and its
    span, which runs on over the dots after it (they are the cell's, nothing is lost)."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for m in [*_LEADERS.finditer(line.text), None]:
        end = m.start() if m else len(line.text)
        cell = line.text[pos:end]
        lead = len(cell) - len(cell.lstrip())
        if text := cell.strip():
            out.append((text, line.start + pos + lead, line.start + (m.end() if m else end)))
        elif m and out:  # dots after dots: the cell before takes them
            out[-1] = (out[-1][0], out[-1][1], line.start + m.end())
        pos = m.end() if m else pos
    return out


# A box score's or a scoreboard's row: a label before a colon, then figures ('DOVER (47):
# Ruiz 15, Lamb 11', 'Girls tennis: Dover 4, Weston 1'), no sentence's end; a figure inside
# a word (a call sign, 'W8RLM') is none.
EN_LABEL_ROW = re.compile(
    r"^[A-Z][A-Za-z .'&-]{0,30}(?:\s\(\d{1,3}\))?:\s(?=.*(?<![A-Za-z])\d)(?!.*[.?!]$).{1,100}$"
)


# A quotation box's group label over its rows, closed by a dash: 'Hogs—', 'Cattle—'.
# 'Produce—', 'Live stock—', 'Hogs and Cattle—': a word or a few, one capital or one a word.
GROUP_LABEL = re.compile(r"^[A-Z][a-z]{1,15}+(?: (?:and |& )?[A-Za-z][a-z]{1,15}+){0,2}[—–]$")


# A row whose label fills the column so its leader is two or three dots before the price
# ('Steers, good to choice .. $12.75'), the price aligned with its neighbours'.
_SHORT_LEADER = re.compile(r"\S \.{2,3} \$?\d{1,4}(?:[.,]\d{1,3})?[c¢]?$")


def table_row(prev: Line, line: Line) -> bool:
    """A table's row (cells apart by tabs, label and figure joined by leader dots, a box
    score's label rows one under another), or a group label over rows ('Cattle—'), stands
    alone, printed with or without blank lines around it."""
    if "\t" in prev.text or "\t" in line.text or GROUP_LABEL.match(prev.text):
        return True
    if GROUP_LABEL.match(line.text) and _STOPS.search(prev.text):
        return True  # the next group's label under a row that ends ('… $19.25.' / 'Cattle—')
    if any(leader_row(x) or _SHORT_LEADER.search(x) for x in (prev.text, line.text)):
        return True
    return ": " in line.text and bool(
        EN_LABEL_ROW.match(line.text) and EN_LABEL_ROW.match(prev.text)
    )


# A sentence's end after a word (not an initial: 'A.'), a figure or a quotation.
_STOPS = re.compile(r"(?:[a-z]{2}|\d|['\"’”)])[.?!]['\"’”)]*$")
# A line ending in an initial or a title before a name ('County Engineer A. B.', 'Mrs.',
# 'by Gov.') stops inside a sentence: the name follows on the next line.
STOPS_INSIDE = re.compile(
    r"(?:^|\s)(?:[A-Z]|Mrs?|Messrs|Drs?|Gov|Gen|Col|Capt|Lieut|Lt|Rev|Hon|Prof|Sen|Rep|Supt"
    r"|Sgt|Maj|Wm|Chas|Jas|Thos|Geo|Jno|Robt|Benj|Saml|Edw)\.$"  # old papers' short first names
)
# Abbreviations that may end a sentence as well ('at 20 Main St.'), or not ('on Oct.'): a
# line ending in one runs on where lines run on, and ends no paragraph by its width.
_MAY_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Bros|Co|Corp|Inc|Jr|Sr|St|Ave|etc|vs|No|Mt|Ft)\.$"
)
_FULL = 0.75  # of the block's widest line: a line as long fills its column
_COLUMN = 80  # characters: a block with a longer line was never wrapped by a column
_NEVER_WRAPPED = 120  # characters: a block with a line as long holds a paragraph a line
SALUTED = "segment: a letter's salutation ('To the Editor of …:') stands on a line of its own"
OVER_SALUTATION = (
    "segment: a letter's salutation ('To the Editor:') opens the letter: the line over it (the"
    " letter's title, or the last of the text before) ends there"
)
SIGNED_OFF = "segment: the line after a signature led by a dash ('—NAME, Role.') starts anew"
CLOSED_LETTER = (
    "segment: a letter's complimentary close ('Yours truly,') under its last sentence stands"
    " on a line of its own"
)
UNFILLED = "segment: a sentence's last line the column did not fill ends its paragraph"
INTRO_OVER = (
    "segment: a line closing on a colon ('… were as follows:') the column did not fill ends"
    " its paragraph: what it introduces starts under it"
)
INTRO = re.compile(r"[a-z]{2}:$")  # a word and its colon: no time ('at 10:'), no label
_FIRST_WORD = re.compile(r"(?<=—)| ")  # where a line's first word ends


def starts_anew(width: int, prev: Line, line: Line) -> str:
    """Why line starts a paragraph of its own after prev in a block of English lines as
    wide as width at most, or '' when it need not."""
    a, b = prev.text, line.text
    if SALUTATION.match(a) and b[:1].isupper():
        return SALUTED
    if SALUTATION.match(b) and not a.endswith((",", "-")):
        return OVER_SALUTATION
    if EN_SIGNATURE.match(a) and b[:1].isupper():
        return SIGNED_OFF
    if LETTER_CLOSE.match(b) and _STOPS.search(a):
        return CLOSED_LETTER
    # a quotation under the colon ('… the chairman said:' / '"We will …," he added') goes
    # on with its speaker's sentence
    quoted = b[:1] in "\"“'‘"
    if a.endswith(":") and INTRO.search(a) and _capital(b) and not quoted and width <= _COLUMN:
        # 'The following deeds were filed …:' over its first entry, the column not filled
        return INTRO_OVER if len(a) + 1 + len(b.split(" ", 1)[0]) <= width else ""
    inside = STOPS_INSIDE.search(a) or _MAY_END.search(a)
    if not _STOPS.search(a) or inside:
        return ""
    if brief_start(b):
        return BRIEF_START
    if not _capital(b):
        return ""
    if DATED.match(b):
        return DATED_START
    # the next line fills the column as a paragraph's first line does (a contact or a
    # note under an ad's text is short)
    # a line may break after a dash as after a space ('Saturday—Comedy bill …'): the word
    # that would have fitted ends at the first of them
    first = _FIRST_WORD.split(b, maxsplit=1)[0]
    fitted = len(a) + 1 + len(first) <= width
    if fitted and width <= _COLUMN and b.endswith(":") and len(b) <= _LABEL_MAX:
        return LABEL_OVER  # 'The score:' under a sentence the column did not fill
    if width > _NEVER_WRAPPED:
        return UNWRAPPED  # no column wrapped the block: its line ends were made by hand
    if not fitted or width > _COLUMN:
        return ""
    if _FULL * width <= len(b):
        return UNFILLED
    return ONE_A_LINE if closes_alone(b) else ""


UNWRAPPED = (
    "segment: a line closing a sentence in a block with a line far longer than any column's"
    " (text set a paragraph a line, never wrapped) ends its paragraph"
)
ONE_A_LINE = (
    "segment: a sentence's last line the column did not fill over a short line that closes"
    " a sentence of its own: entries set one a line ('Schr. NAME, Spear, PORT.')"
)


def closes_alone(text: str) -> bool:
    """A line that closes its sentence, on a word or a figure, not on an initial or an
    abbreviation that may stop inside one."""
    tail = text[-_TAIL:]  # bounded: the stop and the word before it are at the line's end
    return bool(_STOPS.search(tail)) and not (STOPS_INSIDE.search(tail) or _MAY_END.search(tail))


_TAIL = 12  # characters of a line's end its stop is read in
_ROW_MAX = 80  # characters of a quotation box's row


LABELLED_ROWS = (
    "segment: under a quotation box's group label ('Hogs—') each row closing on its stop"
    " ends at its line"
)


def ends_row(text: str) -> bool:
    """A quotation's row closed on its stop, holding a figure ('Pigs, $17.50@19.25.',
    'Receipts 8,500; market steady.'): the next line opens the next row."""
    tail = text[-_TAIL:]
    if len(text) > _ROW_MAX or not text.endswith("."):
        return False  # a quotation's row is a short line
    if STOPS_INSIDE.search(tail) or _MAY_END.search(tail):
        return False  # '… No.' or an initial stops inside the row
    return any(c.isdigit() for c in text)


_LABEL_MAX = 30  # characters of a short line closing on a colon ('Score by innings:')
LABEL_OVER = (
    "segment: a short line closing on a colon ('The score:') after a sentence the column did"
    " not fill: it introduces what is set under it, a paragraph of its own"
)


# A dateline's place in capitals broken off its date at a comma ('WITH THE AMERICAN ARMY IN
# FRANCE,' over 'Oct. 8.—(By Associated Press.)—…'): the lead's first line, never a head.
_PLACE_CUT = re.compile(r"^[A-Z][A-Z .'’-]{2,60}+,$")
_DATE_ON = re.compile(rf"^(?i:{MONTH})\.? \d{{1,2}}\.? ?[—–-]")


def dateline_over(prev: str, line: str) -> bool:
    """prev is a dateline's place, line its date and the text after it."""
    return bool(_PLACE_CUT.match(prev) and _DATE_ON.match(line))


def _capital(text: str) -> bool:
    """Does text open with a capital, or a quotation that opens with one ('"We got …')?"""
    return text.lstrip("\"'“‘")[:1].isupper()


FIGURE_ENTRIES = (
    "segment: in a block whose sentences close on a figure ('… Maple Heights, $1,850.'),"
    " entries set one after another, each closing line ends its entry"
)
# A line closing on a figure and its stop, a unit letter allowed ('$4,200.', '48c.').
_FIGURE_STOP = re.compile(r"\d[c¢]?\.$")
_ENTRIES_MIN = 3  # figure-closed lines a block needs to be read as entries


def figure_entries(lines: list[Line]) -> bool:
    """A block of entries (deeds, permits, prices) each closing on its figure: at least
    three of its lines close on one, more than twice as many as close a sentence on a
    word. Prose closes its sentences mostly on words."""
    figures = stops = 0
    for line in lines:
        tail = line.text[-_TAIL:]  # bounded: only the line's end is read
        if _FIGURE_STOP.search(tail):
            figures += 1
        elif _STOPS.search(tail) or tail.endswith(("?", "!")):
            stops += 1
    return figures >= _ENTRIES_MIN and figures > 2 * stops


def entry_closed(prev: Line, line: Line) -> bool:
    """prev closes an entry on its figure and line opens the next with a capital."""
    return bool(_FIGURE_STOP.search(prev.text[-_TAIL:])) and _capital(line.text)
