"""The head of an item: which lines are headlines and decks, in Korean and English.

A Korean headline or deck line is short and ends without sentence punctuation. A
column's headline may be longer: the column's name and number come before the
title and its deck after ' - ' ('홍길동 논설위원 칼럼 : (12) 제목 - 부제',
'[홍길동의 경제 읽기] 제목'). English pages stack capitalised lines for the headline
('MAYOR SIGNS NEW' / 'TRAFFIC ORDINANCE') and print decks in capitals or in title case,
often ending in a period ('Measure Passed by Council Last Week Becomes Law Today.').
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from reader.ingest.brevities import DATED
from reader.ingest.en_rows import EN_LABEL_ROW, leader_row
from reader.ingest.letters import SALUTATION as SALUTATION  # every stage's salutation
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL

SHORT = 45  # characters: longer lines are prose, not headlines or deck lines
COLUMN_MAX = 100  # a column's headline line, with its name, number and deck
# The column's name: in brackets, or followed by a colon or by its number in parentheses
# ('홍길동 변호사의 생활법률 (41) 제목'); then its number.
_COLUMN_LABEL = re.compile(
    r"^(?:\[[^\[\]]{1,30}\]|<[^<>]{1,30}>|【[^【】]{1,30}】|[^:：\[\]<>.?!]{2,30}?\s*[:：]"
    r"|[^:：\[\]<>.?!()]{2,30}?(?=\s*\(\d{1,4}\)\s))"
    r"\s*(?:\(\d{1,4}\)|<\d{1,4}>|〈\d{1,4}〉|\d{1,4}\))?\s*(?=\S)"
)
_DECK_CUT = re.compile(r"\s+[-–—―]\s+(?=\S)")
KO_SENTENCE = re.compile(r"다\.(?=\s|$)")
HANGUL = re.compile(r"[가-힣]")
LATIN = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words a title-case deck leaves in lower case.
SMALL_WORDS = frozenset(
    """a an the of in on at to by for and or but nor is as with from into its be was
    are has had not than that this over after before up""".split()
)


_TOPIC_COMMA = re.compile(r"^[^\s,]{1,10}(?:\s[^\s,]{1,10})?,\s")
_CLAUSES = re.compile(r"\S(?:…|\.\.\.)\s?\S")
_PREDICATE = re.compile(r"[가-힣]다$")
# a quotation closed inside the line, words after it: '"기록 4년 보존" 헌법소원 각하'
_QUOTE_LED = re.compile(r"^[\"“'‘][^\"“”'‘’]{2,40}[\"”'’]…?\s?[가-힣]")


def headline_punctuation(text: str) -> bool:
    """A Korean headline's own punctuation: a comma after its subject ('野, 예산안 …'),
    clauses apart by '…', a predicate's '다' without a stop, or a quotation leading it
    with words after it ('"…" 헌법소원 각하')."""
    return bool(
        _TOPIC_COMMA.match(text)
        or _CLAUSES.search(text)
        or _PREDICATE.search(text)
        or _QUOTE_LED.match(text)
    )


def is_short_line(text: str) -> bool:
    """A short line without final punctuation (a table's row, cells apart, is none)."""
    return len(text) <= SHORT and not TERMINAL.search(text) and "\t" not in text


# A results or schedule row: '누리 3-1 한결' (two sides and a score), '12일(토) 14:00
# 누리-가람(누리구장)' (a day, a time and a fixture). A side may be two words or end in
# figures ('한빛FC 시니어', '금호60').
_SIDE = r"[가-힣A-Za-z·]{1,12}(?:\s[가-힣A-Za-z·]{1,6})?\d{0,3}"
_RESULT_ROW = re.compile(
    rf"^(?:{_SIDE}\s+\d{{1,3}}\s?[-:]\s?\d{{1,3}}\s+{_SIDE}(?:\s?\([^()]{{1,12}}\))?"
    r"|\d{1,2}(?:일|/\d{1,2})(?:\s?\([월화수목금토일]\))?\s+\d{1,2}:\d{2}\s+\S.*)$"
)


# An English score line, each side followed by its score, the ground before them or not:
# 'Dover 4, Weston 1.', 'At Lakeport—Lakeport 5, Eastfield 2.'; a note on how the game went
# may close it ('Millbrook 54, Carver 51 (OT)', '(10 inn.)').
_EN_SIDE = r"[A-Z][A-Za-z.'’]*(?:\s[A-Z][A-Za-z.'’]*){0,2}"
_EN_SCORE = re.compile(
    rf"^(?:At\s{_EN_SIDE}\s?[-—–:]\s?)?{_EN_SIDE}\s\d{{1,3}},\s{_EN_SIDE}\s\d{{1,3}}"
    r"(?:\s\([0-9A-Za-z. ]{1,10}\))?\.?$"
)


def score_line(text: str) -> bool:
    return bool(_EN_SCORE.match(text))


@lru_cache(maxsize=8192)  # the grouping's passes ask it of most lines two or three times
def result_row(text: str) -> bool:
    """A line of a results list or a schedule: its body's row, never a headline or deck."""
    if EN_LABEL_ROW.match(text) or leader_row(text) or _EN_SCORE.match(text):
        return True  # 'Girls tennis: Dover 4, Weston 1', 'Barley ...... .71'
    return len(text) <= SHORT and bool(_RESULT_ROW.match(text))


# The standing heads English papers print over a run of items of one kind: each item
# under it has a headline of its own ('Obituaries' / 'Walter Brandt, 84' / her obituary).
STANDING_HEADS = frozenset(
    (
        "obituaries",
        "deaths",
        "death notices",
        "funeral notices",
        "in memoriam",
        "births",
        "weddings",
        "engagements",
        "anniversaries",
        "letters",
        "letters to the editor",
        "your letters",
        "corrections",
        "briefs",
        "in brief",
        "news briefs",
        "calendar",
        "police log",
        "police blotter",
        "police beat",
        "sheriff's log",
        "fire log",
        "funerals",
        "mailbag",
        "community calendar",
    )
)


def standing_head(text: str) -> bool:
    """'Obituaries', 'Letters to the Editor': the title of a run of items, not a headline."""
    return len(text) <= 30 and " ".join(text.lower().rstrip(".:").split()) in STANDING_HEADS


def column_parts(text: str) -> tuple[int, int] | None:
    """(end of the title, start of the deck) of a column's headline line, else None.

    The deck's start is len(text) when the line has no deck.
    """
    if len(text) > COLUMN_MAX or KO_SENTENCE.search(text) or HANGUL.search(text) is None:
        return None
    label = _COLUMN_LABEL.match(text)
    if label is None:
        return None
    cut = _DECK_CUT.search(text, label.end())
    if cut is None:
        return len(text), len(text)
    return cut.start(), cut.end()


def is_caps(text: str) -> bool:
    """Latin capitals only (OCR may slip a lower-case letter in): an English headline."""
    if HANGUL.search(text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3 or not all(ch.isascii() for ch in letters):
        return False
    return sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def is_caps_block(lines: list[str]) -> bool:
    return all(len(line) <= 60 and is_caps(line) for line in lines)


def is_title_case(text: str) -> bool:
    """An English deck: most words that matter are capitalised, and none in lower case
    closes a sentence (names make 'Rev. Carl Nordberg, pastor. Services in …' look so)."""
    if HANGUL.search(text) or len(text) > 200:
        return False
    words: list[str] = [w for w in _LATIN_WORD.findall(text) if w.lower() not in SMALL_WORDS]
    if len(words) < 2:
        return False
    if sum(w[0].isupper() for w in words) < 0.75 * len(words):
        return False
    return not any(m[1] not in SMALL_WORDS for m in _LOWER_CLOSE.finditer(text))


# A word in lower case closing a sentence, the line's or one inside it ('… streets. Rev.'):
# four letters at least, as 'etc.' or 'ft.' close nothing; nor does a number's abbreviated
# unit or date, which a deck sets in lower case ('2 cents.', 'the 5th inst.').
_LOWER_CLOSE = re.compile(r"(?<![\w.'’-])(?<!\d )(?<!\d[a-z]{2} )([a-z]{4,})\.(?= [A-Z\"“]|$)")


def lead_in(text: str) -> bool:
    """'What changes on March 10:': a sentence introducing what follows (three words or
    more before its colon, not set in title case as a subhead is)."""
    return text.endswith(":") and len(text.split()) >= 3 and not is_title_case(text)


_TOLD = re.compile(r"[a-z][.!?][\"'”’]? [A-Z\"“]")  # a sentence's stop and the next's start


def told_lead_in(text: str) -> bool:
    """An opening paragraph that tells its news, then introduces what follows on a colon
    ('… the report of the committee. After the meeting the chairman said:'): its lead
    (docs/representation.md); a lone line over rows ('City League standing:') is none."""
    return lead_in(text) and _TOLD.search(text) is not None


_SPACES = re.compile(r"\s+")
_ALNUM = re.compile(r"[^\W_]+|[★☆]+")  # a rating's stars ('별점 ★★★★☆') are no specks


@lru_cache(maxsize=8192)  # asked of a page's first lines by several passes
def is_noise(text: str) -> bool:
    """OCR specks (' ,. ~ '- -' ^): a line of marks rather than letters, never a headline."""
    # The patterns count as str.isspace() and str.isalnum() do, without a loop in Python.
    marks = len(text) - sum(map(len, _SPACES.findall(text)))
    return sum(map(len, _ALNUM.findall(text))) < 0.5 * marks


FIGURE = re.compile(r"\d")


def figure_rows(paras: list[Para]) -> bool:
    """Lines under a heading that are its rows: each carries a figure (a time, a count, a
    placing), as results and schedules do; a poem's stanza or a deck's phrases do not."""
    return all(FIGURE.search(line.text) for para in paras for line in para.lines)


def heading_over_rows(paras: list[Para]) -> bool:
    """The first paragraph is a printed block's top line with two or more rows under it
    (in the block, or cut out of it as lines of their own)."""
    rows = [Para(paras[0].lines[1:])] if len(paras[0].lines) > 1 else []
    rows += takewhile(lambda p: p.inner, paras[1:])
    return sum(len(p.lines) for p in rows) >= 2 and figure_rows(rows)


@lru_cache(maxsize=8192)  # the grouping's passes ask it of most lines two or three times
def headline_like(text: str) -> bool:
    """A line that could open an item: a short unterminated line, a column's headline
    or an English capitalised line."""
    like = is_short_line(text) or column_parts(text) is not None or is_caps_block([text])
    return like and not is_noise(text)


BANK_LINES = 4  # lines of an English deck bank, at most


def _bank_end(para: Para) -> int | None:
    """How many of para's first lines are a title-case bank closed by a period, or by the
    lead's dateline under it ('Conscription in Disguise' / 'WASHINGTON, March 14.—The …')."""
    for k, line in enumerate(para.lines[:BANK_LINES]):
        if not is_title_case(line.text):
            return None
        if (
            line.text.endswith(".")
            or k + 1 < len(para.lines)
            and DATED.match(para.lines[k + 1].text)
        ):
            return k + 1
    return None


def deck_banks(paras: list[Para]) -> list[Para]:
    """An English block under a capitalised headline cut after its deck bank: title-case
    lines up to the one that ends with a period ('Warm Rains of Past Week Have' /
    'Helped Crop in Every Township.'), when the story's text runs on under them."""
    out: list[Para] = []
    for k, para in enumerate(paras):
        end = None
        if k and not para.gap and is_caps_block([x.text for x in paras[k - 1].lines]):
            end = _bank_end(para)
        if end is not None and end < len(para.lines):
            out += [Para(para.lines[:end], para.gap), Para(para.lines[end:], 0)]
        else:
            out.append(para)
    return out
