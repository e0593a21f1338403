"""Split decoded text into pages and paragraphs, keeping source offsets.

A page ends at a form feed. A paragraph is a run of non-blank lines; `gap` counts
the blank lines before it, because a wide gap often separates unrelated items.
A page with no blank line at all (a corpus of one article per line, or a page's
lines in a row) is dense: each of its lines is a paragraph (a Korean page set in justified
columns excepted: tight_columns.py runs its full lines on), except that an English
line runs on into the next when it stops mid-sentence (or at an initial, 'A. B.'), or,
where the page marks its paragraphs by indenting their first lines, until the next
indented line; a short unpunctuated head line there stands alone. On any English page a
line in capitals never runs on into a line that is not (a headline over its text), and a
table's row (cells apart by tabs, or leader dots) is a paragraph of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.ingest.calendar import EN_WEEKDAY, calendar_row
from reader.ingest.en_blocks import (
    BY,
    CARRIES_ON,
    ENDS_SENTENCE,
    HEAD_MAX,
    INDENT,
    caps,
    headline_breaks,
)
from reader.ingest.en_rows import STOPS_INSIDE, table_row

# Re-exported: every stage takes its lines and paragraphs from here.
from reader.ingest.lines import Line, PageText, Para
from reader.ingest.tight_columns import column_paras

SAMPLE = 1000  # characters: a page's first ones tell its script
DENSE_LINES = 4  # fewer lines in a row are one paragraph, not a page without blank lines
_HANGUL = re.compile(r"[가-힣]+")
_LATIN = re.compile(r"[A-Za-z]+")


def is_latin(text: str) -> bool:
    """Mostly Latin letters: an English page (a Korean page quotes English words)."""
    hangul = sum(map(len, _HANGUL.findall(text)))
    if 5 * hangul >= len(text):
        return False  # a Korean page: no room left for four Latin letters to each syllable
    latin = sum(map(len, _LATIN.findall(text)))
    return latin >= 20 and latin > 4 * hangul


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
    if caps(prev.text) != caps(line.text) or table_row(prev, line):
        return False  # a headline line over text, text over a headline, a table's row
    if TIMED.match(line.text) or STATION.match(line.text):
        return False  # a schedule's entry or a station's line starts a line of its own
    if calendar_row(line.text) and calendar_row(prev.text):
        return False  # a calendar's rows, each opening with its day or time
    if prev.text.endswith("-"):
        return True
    if indented is not None:
        return not indented
    return not ENDS_SENTENCE.search(prev.text) or bool(STOPS_INSIDE.search(prev.text))


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
            keep = bool(BY.match(prev)) or caps(prev) and caps(line.text)
            keep = keep or (
                bool(CARRIES_ON.match(line.text))
                and not caps(prev)
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


_HEAD_SHARE = 0.6  # of the page's usual line: a shorter line is no wrapped text's


def _short_for(lines: list[Line]) -> int:
    """How long a line may be and still be a head line, on a page of English lines
    printed without blank lines: well short of its text's lines (the longest quarter:
    head lines may be many)."""
    widths = sorted(len(line.text) for line in lines)
    return min(HEAD_MAX, int(_HEAD_SHARE * widths[3 * len(widths) // 4]))


def _head_line(line: Line, nxt: Line | None, short: int) -> bool:
    """A short capitalised line without final punctuation over a line that starts with a
    capital: a head line, even under a line that stops without a sentence's end (a
    masthead's fields); a wrapped paragraph's last line ends its sentence."""
    text = line.text
    if len(text) > short or not text[:1].isupper() or ENDS_SENTENCE.search(text):
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
    bank = CARRIES_ON.match(prev) is not None
    if len(para.lines) > 1 and not bank or len(prev) > short or prev.endswith((",", "-", ";")):
        return False
    if BY.match(prev):
        return bool(BY.match(line.text))
    return prev[:1].isupper() and not ENDS_SENTENCE.search(prev)


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
            columns = None if latin else column_paras(paras[0].lines)
            paras = _dense(paras, latin) if columns is None else columns
        elif latin:
            paras = [p for para in paras for p in headline_breaks(para)]
        out.append(PageText(number, start, stop, paras, dense, latin))
        if ff < 0:
            break
        start, number = ff + 1, number + 1
    # Blank pages (e.g. a trailing form feed) carry nothing worth a page.
    kept = [p for p in out if p.paras]
    return kept or out[:1]
