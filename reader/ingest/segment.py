"""Split decoded text into pages and paragraphs, keeping source offsets.

A page ends at a form feed. A paragraph is a run of non-blank lines; `gap` counts
the blank lines before it, because a wide gap often separates unrelated items.
A page with no blank line at all (a corpus of one article per line, or a page's
lines in a row) is dense: each of its lines is a paragraph, except that an English
line runs on into the next when it stops mid-sentence (or at an initial, 'A. B.'), or,
where the page marks its paragraphs by indenting their first lines, until the next
indented line; a short unpunctuated head line there stands alone. On any English page a
line in capitals never runs on into a line that is not (a headline over its text), and a
table's row (cells apart by tabs, or leader dots) is a paragraph of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.ingest.calendar import EN_WEEKDAY as EN_WEEKDAY
from reader.ingest.calendar import calendar_row
from reader.ingest.closings import LETTERED
from reader.ingest.en_rows import (
    EN_LABEL_ROW,
    STOPS_INSIDE,
    dateline_over,
    starts_anew,
    table_row,
)

# Re-exported: every stage takes its lines and paragraphs from here.
from reader.ingest.lines import Line as Line
from reader.ingest.lines import PageText as PageText
from reader.ingest.lines import Para as Para

SAMPLE = 1000  # characters: a page's first ones tell its script
DENSE_LINES = 4  # fewer lines in a row are one paragraph, not a page without blank lines
_HANGUL = re.compile(r"[가-힣]+")
_LATIN = re.compile(r"[A-Za-z]+")
_ENDS_SENTENCE = re.compile(r"[.?!:]['\"’”)]*$")


def is_latin(text: str) -> bool:
    """Mostly Latin letters: an English page (a Korean page quotes English words)."""
    hangul = sum(map(len, _HANGUL.findall(text)))
    if 5 * hangul >= len(text):
        return False  # a Korean page: no room left for four Latin letters to each syllable
    latin = sum(map(len, _LATIN.findall(text)))
    return latin >= 20 and latin > 4 * hangul


INDENT = 2  # columns further in than the page's other lines: a paragraph's first line


def _caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _indents(lines: list[Line]) -> set[int] | None:
    """The lines set in from the others, when a page marks its paragraphs so: several
    of them, each followed by lines that are not."""
    base = min(line.indent for line in lines)
    marked = {k for k, line in enumerate(lines) if line.indent >= base + INDENT}
    return marked if 2 <= len(marked) <= len(lines) // 2 else None


# A schedule's entry keyed by its time ('6:00—Dinner music.'), and a radio station's
# line over its entries: call letters, place and wavelength ('WBRX—Brixton—380').
TIMED = re.compile(rf"^(?:{EN_WEEKDAY}\s+)?\d{{1,2}}:\d{{2}}\s?(?:[ap]\.m\.\s?)?[—–]")
STATION = re.compile(r"^[A-Z]{3,5}\s?[—–]\s?[A-Z][A-Za-z.'’ ]{1,30}\s?[—–]\s?\d{3,4}(?:\.\d)?$")


def _runs_on(prev: Line, line: Line, indented: bool | None) -> bool:
    """Does an English line continue the one before it (same paragraph, no blank line)?

    indented: whether line is set in, on a page that marks paragraphs so; None elsewhere.
    """
    if _caps(prev.text) != _caps(line.text) or table_row(prev, line):
        return False  # a headline line over text, text over a headline, a table's row
    if TIMED.match(line.text) or STATION.match(line.text):
        return False  # a schedule's entry or a station's line starts a line of its own
    if calendar_row(line.text) and calendar_row(prev.text):
        return False  # a calendar's rows, each opening with its day or time
    if prev.text.endswith("-"):
        return True
    if indented is not None:
        return not indented
    return not _ENDS_SENTENCE.search(prev.text) or bool(STOPS_INSIDE.search(prev.text))


def _dense(paras: list[Para], latin: bool) -> list[Para]:
    """One paragraph per line (English lines that run on stay together)."""
    lines = paras[0].lines
    marked = _indents(lines) if latin else None
    short = _short_for(lines) if latin else 0
    out: list[Para] = []
    for k, line in enumerate(lines):
        indented = None if marked is None else k in marked
        if out and latin and _runs_on(out[-1].lines[-1], line, indented):
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            prev = out[-1].lines[-1].text
            # the writer's role goes on under 'By NAME'; lines in capitals stack; a deck's
            # line opening on a preposition goes on from the one above ('After Nine Days')
            keep = bool(_BY.match(prev)) or _caps(prev) and _caps(line.text)
            keep = keep or (
                bool(_CARRIES_ON.match(line.text))
                and not _caps(prev)
                and _head_line(line, nxt, short)
            )
            if keep or not _head_stands(out[-1], line, short) and not _head_line(line, nxt, short):
                out[-1].lines.append(line)
                continue
            out.append(Para([line], 0, cut=HEAD_STANDS))
            continue
        out.append(Para([line], 0))
    return out


HEAD_STANDS = (
    "segment: a short unpunctuated line stands alone on an English page without blank lines"
)


_BY = re.compile(r"^By [A-Z]")
_HEAD_SHARE = 0.6  # of the page's usual line: a shorter line is no wrapped text's


def _short_for(lines: list[Line]) -> int:
    """How long a line may be and still be a head line, on a page of English lines
    printed without blank lines: well short of its text's lines (the longest quarter:
    head lines may be many)."""
    widths = sorted(len(line.text) for line in lines)
    return min(_HEAD_MAX, int(_HEAD_SHARE * widths[3 * len(widths) // 4]))


def _head_line(line: Line, nxt: Line | None, short: int) -> bool:
    """A short capitalised line without final punctuation over a line that starts with a
    capital: a head line, even under a line that stops without a sentence's end (a
    masthead's fields); a wrapped paragraph's last line ends its sentence."""
    text = line.text
    if len(text) > short or not text[:1].isupper() or _ENDS_SENTENCE.search(text):
        return False
    return not text.endswith((",", "-", ";")) and (nxt is None or nxt.text[:1].isupper())


def _head_stands(para: Para, line: Line, short: int) -> bool:
    """On such a page, a short unpunctuated line that starts fresh (the page's first, or
    after a sentence's end or another such line) is a headline, a deck or a title: the
    line under it starts anew ('Obituaries' / 'Walter Brandt, 84' / her obituary). A
    wrapped paragraph's lines are as long as the page's usual line; 'By NAME' keeps
    the writer's role under it ('Gazette Staff')."""
    prev = para.lines[-1].text
    # a deck's lines joined where the last opens on a preposition stand as one line does
    bank = _CARRIES_ON.match(prev) is not None
    if len(para.lines) > 1 and not bank or len(prev) > short or prev.endswith((",", "-", ";")):
        return False
    if _BY.match(prev):
        return bool(_BY.match(line.text))
    return prev[:1].isupper() and not _ENDS_SENTENCE.search(prev)


_HEAD_MAX = 60  # characters of a headline line over its text in one English block
_DECK_MAX = 90  # characters of a deck line under it: decks run longer than headlines
_HEAD_RATIO = 1.5  # the text line under it is this much longer, or more


def _over(first: Line, line: Line) -> bool:
    """A block's first line over its text: short, without final punctuation, over a much
    longer line that closes a sentence ('Mill to close plant' / 'The mill will …')."""
    a, b = first.text, line.text
    short = len(a) <= _HEAD_MAX and not _ENDS_SENTENCE.search(a) and not a.endswith((",", "-"))
    return short and bool(_ENDS_SENTENCE.search(b)) and len(b) >= _HEAD_RATIO * len(a)


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
    return len(a) <= _HEAD_MAX and bool(_TITLE.match(a)) and len(b) >= _HEAD_RATIO * len(a)


HEAD_LINES = "segment: short unpunctuated lines of one block are a headline and its deck"
SET_IN = "segment: a line set in after a sentence starts a paragraph"


def _head_lines(lines: list[Line]) -> bool:
    """Two to four short lines, none ending a sentence or broken off ('Harbor dredging
    set to begin in May' / 'Channel work to close Pier 3'): a headline over its deck,
    not a paragraph, whose last line would end a sentence."""
    if not 2 <= len(lines) <= 4 or lines[0].text.startswith("By "):
        return False  # a byline over the writer's role
    if any(_caps(x.text) for x in lines):
        return False  # stacked capitals are one headline; capitals meet text elsewhere
    if len(lines[0].text) > _HEAD_MAX or _runs_over(lines):
        return False
    return all(
        len(x.text) <= _DECK_MAX and not x.text.endswith((",", "-", ";")) for x in lines
    ) and not any(_ENDS_SENTENCE.search(x.text) for x in lines)


# Words a headline's line never ends on: the phrase goes on under it; and a preposition
# opening the next line carries the phrase on too ('… in High School Gymnasium' / 'After
# Nine Days').
_GOES_ON = re.compile(r"\b(?:of|in|to|the|a|an|and|for|with|from|on|at|by|or|as)$", re.I)
_CARRIES_ON = re.compile(r"^(?:of|in|to|for|with|from|on|at|by|after|before|into|over)\s", re.I)


def _runs_over(lines: list[Line]) -> bool:
    """'Engineers Find Fissure Two Feet' / 'Long in Main Support of' / 'Water Street Span':
    a deck printed over several lines, one ending on a small word or the next opening in
    lower case or on a preposition ('Ends Hop' / 'of Eleven Hours'): one phrase, not a
    headline and its deck."""
    return any(
        _GOES_ON.search(a.text) or b.text[:1].islower()
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
    if len(lines) < 2 or not _ENDS_SENTENCE.search(lines[-1].text):
        return False
    top = int(len(lines[0].text) <= _HEAD_MAX and not _ENDS_SENTENCE.search(lines[0].text))
    if len(lines) - top < 2:
        return False
    if len(lines) - top == 2 and min(len(x.text) for x in lines[top:]) <= _WIDE_LINE:
        return False
    if any(x.text[0].islower() or _caps(x.text) for x in lines):
        return False  # a sentence running on, or a headline in capitals over its text
    for k, line in enumerate(lines[top:], top):
        text = line.text
        if _ENDS_SENTENCE.search(text):
            continue
        head = 0 < k and len(text) <= _HEAD_MAX
        if (
            not head
            or text.endswith((",", "-", ";"))
            or not _ENDS_SENTENCE.search(lines[k - 1].text)
        ):
            return False
    return True


def _lettered(prev: Line, line: Line) -> bool:
    """'b. Ordinance …' after a sentence's end: the next lettered item starts a line of
    its own."""
    return bool(LETTERED.match(line.text) and _ENDS_SENTENCE.search(prev.text))


def _set_in(base: int, prev: Line, line: Line) -> bool:
    """A paragraph's first line, set in from the block's others, after a sentence's end:
    a page whose paragraphs are set apart only by an indent."""
    return line.indent >= base + INDENT and bool(_ENDS_SENTENCE.search(prev.text))


_ROLE_MAX = 40  # characters of a writer's role line ('Ledger Staff Writer', 'Meridian Wire')


def _role_under_by(by: str, text: str) -> bool:
    """The writer's role under 'By NAME': a short line of its own, no sentence."""
    return (
        bool(_BY.match(by))
        and len(text) <= _ROLE_MAX
        and not _BY.match(text)
        and not (_ENDS_SENTENCE.search(text))
    )


def _headline_breaks(para: Para) -> list[Para]:
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
    out = [Para([para.lines[0]], para.gap)]
    base = min(line.indent for line in para.lines)
    width = max(len(line.text) for line in para.lines)
    for k, (prev, line) in enumerate(zip(para.lines, para.lines[1:], strict=False)):
        if (
            _caps(prev.text) != _caps(line.text)
            and not dateline_over(prev.text, line.text)
            or table_row(prev, line)
            or not k
            and (_over(prev, line) or _titled(prev, line) and len(para.lines) > 2)
            or _set_in(base, prev, line)
            or _lettered(prev, line)
            or calendar_row(prev.text)
            and calendar_row(line.text)
        ):
            why = SET_IN if _set_in(base, prev, line) else ""
            out.append(Para([line], 0, cut=TITLE_OVER_TEXT if _titled(prev, line) else why))
        elif why := starts_anew(width, prev, line):
            out.append(Para([line], 0, cut=why))
        else:
            out[-1].lines.append(line)
    return out


_NEWLINE = re.compile(r"\r\n|\r|\n")


def _lines(text: str, start: int, end: int) -> Iterator[tuple[str | None, int, int]]:
    """Yield (stripped line or None for blank, offset, indent) for text[start:end]."""
    pos = start
    while pos <= end:
        m = _NEWLINE.search(text, pos, end)
        stop = end if m is None else m.start()
        raw = text[pos:stop]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield stripped, pos + lead, len(raw[:lead].expandtabs(4))
        else:
            yield None, pos, 0
        if m is None:
            break
        pos = m.end()


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Para]:
    end = len(text) if end is None else end
    paras: list[Para] = []
    current: list[Line] = []
    gap = 0
    for stripped, offset, indent in _lines(text, start, end):
        if stripped is None:
            if current:
                paras.append(Para(current, gap))
                current, gap = [], 0
            gap += 1
            continue
        current.append(Line(stripped, offset, indent))
    if current:
        paras.append(Para(current, gap))
    return paras


def pages(text: str) -> list[PageText]:
    out: list[PageText] = []
    start = 0
    number = 1
    while True:
        ff = text.find("\f", start)
        stop = len(text) if ff < 0 else ff
        paras = paragraphs(text, start, stop)
        latin = is_latin(text[start : min(stop, start + SAMPLE)])
        dense = len(paras) == 1 and len(paras[0].lines) >= DENSE_LINES
        if dense:
            paras = _dense(paras, latin)
        elif latin:
            paras = [p for para in paras for p in _headline_breaks(para)]
        out.append(PageText(number, start, stop, paras, dense, latin))
        if ff < 0:
            break
        start, number = ff + 1, number + 1
    # Blank pages (e.g. a trailing form feed) carry nothing worth a page.
    kept = [p for p in out if p.paras]
    return kept or out[:1]
