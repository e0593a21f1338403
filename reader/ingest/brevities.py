"""Columns of short items an old English page runs one after another: dash briefs
('—Mrs. Harriet Connolly of Birch street is visiting …', under 'LOCAL BREVITIES') and
place notes led by a run-in head ('ORCHARD DALE.—Miss Ruth Kimble spent …', under
'AROUND THE COUNTY').

Each is an item of its own, as briefs under a title are: a dash brief has no headline (its
dash only carries structure), a place note's run-in head is its headline. Both come in runs
of two or more paragraphs; one paragraph so printed is a dateline ('LONDON.—The …') or a
list's item, and stays where it is.
"""

from __future__ import annotations

import re

from reader.ingest.calendar import MONTH
from reader.ingest.departments import standing_head
from reader.ingest.lines import Line, Para
from reader.ingest.repair import TERMINAL

_BRIEF_MIN = 40  # characters of a dash brief's text, at least
RUN = 2  # paragraphs in a row: fewer is a dateline or a list's item, not a column's run
# Dated paragraphs in a row: a story may print two dispatches ('WASHINGTON, May 2.—' and
# 'NEW YORK, May 2.—' under one headline); a column of bulletins runs longer, or is titled.
DATED_RUN_MIN = 3
# 'ORCHARD DALE.—', 'FOX HOLLOW.—', 'ST. JOHN'S.-': one to four words in capitals, a stop and
# a long dash (or OCR's hyphen) right before the note's first word. A club's or a society's
# name in title case ('Ladies' Aid Society.—') heads its note so too, its stop printed (a
# programme's 'Friday and Saturday—' has none).
_RUN_IN = re.compile(
    # OCR's hyphen only after the stop: 'UCLA-Stanford drew …' is a word, not a head
    r"^(?:(?P<head>[A-Z][A-Z'’&]++\.?(?: [A-Z][A-Z'’&]++\.?){0,3}+)(?:\.?[—–]|(?<=\.)-)"
    r"|(?P<titled>[A-Z][a-z'’]++(?: (?:[A-Z][a-z'’]++|of|and|the)){1,4}+)\.[—–-])(?=[A-Z])"
)
# 'LONDON, Oct. 16.—', 'Washington, Oct. 21.-': a bulletin's place and date before its text;
# a wire's bulletin names its agency before a spaced dash ('CAIRO, Jan. 5 (UP) — ').
DATED = re.compile(
    # its state's short name may stand between: 'EASTON, O., March 14.—'
    rf"^[A-Z][A-Za-z.'’-]++(?: [A-Z][A-Za-z.'’-]++){{0,3}}(?:, [A-Z][a-z]{{0,4}}\.)?"
    rf", (?i:{MONTH})\.? \d{{1,2}}\.?"
    # the hour of a late bulletin ('2 p. m.', '—Evening.'), the wire's agency ('(UP)')
    r"(?:, \d{1,2}(?::\d\d)? ?[ap]\. ?m\.|[—–](?:Morning|Noon|Evening|Night|Midnight)\.)?"
    r"(?: \([A-Z][A-Za-z]{1,7}\))? ?"
    r"[—–-](?!\d)"  # not a range of days ('Sept. 3-5')
)
# '—Mrs. Harriet Connolly …': a long dash right against the brief's first word.
_DASH_BRIEF = re.compile(r"^[—–―](?=[A-Z])")
RUN_IN_CUT = "segment: a run-in head ('PLACE.—') cut from its note, one of a run of them"
WANT_CUT = "segment: a want ad's head ('FOR SALE—') cut from its text, alone after a story"
WANT_START = "a want ad led by its head ('FOR SALE—'), alone after a story"
RUN_IN_START = "a place note led by its run-in head ('ORCHARD DALE.—'), one of a run of them"
DASH_START = "a dash brief ('—Mrs. …'), one of a run of them under a title"
DASH_RUN = "segment: a dash brief, one of a run of them under a title"
BRIEF_START = "segment: a run-in head ('PLACE.—') or a brief's dash after a sentence starts a note"
DATED_START = "segment: a bulletin's dateline ('PLACE, Oct. 16.—') after a sentence starts it"
DATED_RUN = "segment: a dated bulletin ('LONDON, Aug. 7.—'), one of a run of them under a title"
DATED_RUN_START = "a dated bulletin ('LONDON, Aug. 7.—'), one of a run of them under a title"


# The end of a sentence: a note or a brief runs to one; a note signed with an officer's
# initials ('Mrs. Ella Dorn, W. M.') ends on one.
_SENTENCE_END = re.compile(r"(?:[a-z0-9)]|(?<![A-Za-z])[A-Z])[.!?]['\"’”]?$")


def _prose(text: str) -> bool:
    return len(text) >= _BRIEF_MIN and bool(_SENTENCE_END.search(text))


# A market's quotation: a price range with '@' ('$9.50@10.25', '95c@$1.05'); a store's ad
# names one price.
QUOTED = re.compile(r"\d[c¢]?@\$?\d")


def _run_in(para: Para) -> re.Match[str] | None:
    """A place note's head and its prose; a market's row ('CATTLE—Choice steers,
    $9.50@10.25; …') quotes prices under its head, and is the market report's."""
    m = _RUN_IN.match(para.lines[0].text)
    return m if m is not None and _prose(para.text) and not QUOTED.search(para.text) else None


def _dash_brief(para: Para) -> bool:
    """A paragraph of sentences led by a long dash; a question ('—Why …?') asks."""
    text = para.text
    return bool(_DASH_BRIEF.match(text)) and _prose(para.text) and "?" not in text


def _in_runs(flags: list[bool], short: list[bool] | None = None) -> list[bool]:
    """For each paragraph, whether it is one of RUN or more flagged ones in a row (worked
    out in one pass: a page may hold thousands of them). With short, a run shorter than
    DATED_RUN_MIN counts only if it holds a paragraph short marks."""
    out = [False] * len(flags)
    start = 0
    for k in range(len(flags) + 1):
        if k < len(flags) and flags[k]:
            continue
        n = k - start
        if n >= DATED_RUN_MIN or n >= RUN and (short is None or any(short[start:k])):
            out[start:k] = [True] * n
        start = k + 1
    return out


# A want ad's head: the kind of want, never a place ('FOR SALE—', 'WANTED—', 'LOST—').
WANT_HEAD = re.compile(
    r"^(?:(?:FOR|TO) (?:SALE|RENT|LET|TRADE|EXCHANGE)|(?:HELP |SITUATIONS? )?WANTED"
    r"|LOST|FOUND|STRAYED|STOLEN|TAKEN UP)(?: AND (?:FOUND|LOST))?$"
)
# Alone after a story only a trade's want heads an ad: 'FOUND—The body of …' is news too.
_TRADE_HEAD = re.compile(r"^(?:(?:FOR|TO) [A-Z]+|(?:HELP |SITUATIONS? )?WANTED)$")


def run_in_heads(paras: list[Para]) -> list[Para]:
    """Each place note of a run cut in two: its head (to the dash), then its text; a want
    ad's note so too where it stands alone (after a story, at the page's foot)."""
    found = [_run_in(p) for p in paras]
    flags = [m is not None for m in found]
    wants = [m is not None and _trade_want(run_in_title(m.group())) for m in found]
    listed = [False] * len(paras)  # want ads under their category, in one pass down
    for k in range(1, len(paras)):
        if not wants[k] and (m := _classified(paras, k, wants[k - 1] or listed[k - 1])):
            found[k], listed[k] = m, True
    wants = [w or x for w, x in zip(wants, listed, strict=True)]
    stands = [_standing(paras, k) and _department_head(paras[k]) for k in range(len(paras))]
    if sum(flags) < RUN and not any(wants) and not any(stands):
        return paras
    runs = _titled_after_prose(paras, found, _in_runs(flags))
    out: list[Para] = []
    for k, para in enumerate(paras):
        m = found[k] if runs[k] or wants[k] else _STANDING.match(para.text) if stands[k] else None
        if m is None:
            out.append(para)
            continue
        first = para.lines[0]
        head = Line(first.text[: m.end()], first.start, first.indent)
        rest = Line(first.text[m.end() :], first.start + m.end())
        cut = RUN_IN_CUT if runs[k] else WANT_CUT if wants[k] else STANDING_CUT
        cut = WANT_LISTED if listed[k] and not runs[k] else cut
        out.append(Para([head], para.gap, para.inner, cut))
        out.append(Para([rest, *para.lines[1:]], 0, inner=True, cut=cut))
    return out


WANT_LISTED = (
    "segment: a want ad's head ('LOST—') cut from its text, under its category's head"
    " ('LOST AND FOUND') or the want ad before it"
)


LISTED_START = "a want ad led by its head ('LOST—') under its category's head or another want ad"


def _classified(paras: list[Para], k: int, want_above: bool) -> re.Match[str] | None:
    """'LOST—Gold watch fob …' under 'LOST AND FOUND', 'FOUND—Black pointer …' under that
    ad: a want's head in a classified column, where its category or another want ad stands
    over it. Its text may run off the page's foot unfinished; alone after a story the same
    words may be news ('FOUND—The body of …'), so a want ad or its category must be above.
    Under a want ad its last line finished, any head in capitals opens the next ad
    ('DRESSMAKING—Ladies' suits …'): a column of small ads sets no other line so."""
    m = _RUN_IN.match(paras[k].lines[0].text)
    if m is None or not m["head"]:
        return None
    if want_above and TERMINAL.search(paras[k - 1].lines[-1].text):
        return m  # any capitals head under a finished want ad ('DRESSMAKING—Ladies' …')
    if not WANT_HEAD.match(run_in_title(m.group())):
        return None
    above = paras[k - 1]
    return m if want_above or len(above.lines) == 1 and WANT_HEAD.match(above.text) else None


def _titled_after_prose(
    paras: list[Para], found: list[re.Match[str] | None], runs: list[bool]
) -> list[bool]:
    """The runs without those of heads in title case right under prose: a club's notes
    stand under their page's title, a story's own run-in heads ('Report of Treasurer.—')
    under its opening paragraph."""
    out = list(runs)
    k = 0
    while k < len(runs):
        if not runs[k]:
            k += 1
            continue
        end = k
        while end < len(runs) and runs[end]:
            end += 1
        titled = all((m := found[j]) is not None and m["titled"] for j in range(k, end))
        if titled and k > 0 and _prose(paras[k - 1].text):
            out[k:end] = [False] * (end - k)
        k = end
    return out


def _department_head(para: Para) -> bool:
    """A standing head run in names a department ('WEATHER—'); 'LATER—' goes on with the
    story above, 'LONDON—' is a brief's dateline: their words stay in their text."""
    m = _STANDING.match(para.text)
    return m is not None and standing_head(m.group().rstrip("—"))


def _trade_want(title: str) -> bool:
    return bool(WANT_HEAD.match(title) and _TRADE_HEAD.match(title))


# The cuts run_in_heads makes, which a later stage reads (a place note's head and its text,
# a want ad's): a dated paragraph keeps them. A cut that only records how the segment set a
# line apart ('LINE_A_PARA') gives way to the run's.
_READ_LATER = frozenset((RUN_IN_CUT, WANT_CUT, WANT_LISTED))


def _title(para: Para) -> bool:
    return len(para.lines) == 1 and not _SENTENCE_END.search(para.text)


# The words a column of wire news is titled by ('BULLETINS', 'CABLE NEWS IN BRIEF'); a
# story's headline over its two dispatches names its event ('PRESIDENT SIGNS TARIFF BILL').
_NEWS_COLUMN = re.compile(
    r"\b(?:BULLETINS?|NEWS|BRIEFS?|BREVITIES|CABLES?|WIRES?|FLASHES|DISPATCHES|TELEGRAMS"
    r"|TELEGRAPH(?:IC)?)\b"
)


def _news_column(para: Para) -> bool:
    return _title(para) and bool(_NEWS_COLUMN.search(para.text))


def dash_runs(paras: list[Para]) -> list[Para]:
    """Dash briefs and dated bulletins in a run of them that opens the page or sits under a
    title, marked (one pass); dashes that lead a story's quoted paragraphs have prose above
    them, and a story's dateline is one paragraph, no run."""
    dated = [bool(DATED.match(p.lines[0].text)) and _prose(p.text) for p in paras]
    dashed = [_dash_brief(p) for p in paras]
    flags = [dashed[k] or dated[k] for k in range(len(paras))]
    if sum(flags) < RUN:
        return paras
    # two make a run when dashed, or dated under a news column's title ('BULLETINS')
    short = [
        dashed[k] or dated[k] and k > 0 and not flags[k - 1] and _news_column(paras[k - 1])
        for k in range(len(paras))
    ]
    runs = _in_runs(flags, short)
    out: list[Para] = []
    titled = False
    for k, para in enumerate(paras):
        if runs[k] and (k == 0 or not flags[k - 1]):
            # under a title, or a block of its own set tight (a story's quoted lines stand
            # apart, each its own paragraph)
            tight = k + 1 < len(paras) and runs[k + 1] and not paras[k + 1].gap
            titled = k == 0 or _title(paras[k - 1]) or para.gap > 0 and tight
        marked = runs[k] and titled
        kind = DATED_RUN if dated[k] else DASH_RUN
        # a dateline opens its bulletin whatever the segment cut it by, not a note's text
        # under its run-in head ('CAPITAL NOTES.—LANSING, May 3.—…')
        fresh = para.cut in ("", BRIEF_START, DATED_START) or (
            dated[k] and para.cut not in _READ_LATER
        )
        cut = kind if fresh else para.cut
        out.append(Para(para.lines, para.gap, para.inner, cut) if marked else para)
    return out


def brief_start(text: str) -> bool:
    """A line that opens a place note ('CEDAR RUN.—The …') or a dash brief ('—Miss …')."""
    return bool(_RUN_IN.match(text) or _DASH_BRIEF.match(text))


def run_in_head(text: str) -> bool:
    """A line that is a run-in head cut from its note: 'ORCHARD DALE.—'."""
    m = _RUN_IN.match(text + "X")
    return m is not None and m.end() == len(text)


def run_in_title(text: str) -> str:
    """A run-in head without its stop and dash, which only carry structure."""
    return text.rstrip(".—–-")


# 'WEATHER—Fair tonight …': one word in capitals and a dash, a standing head run in.
_STANDING = re.compile(r"^[A-Z]{4,}+—(?=[A-Z])")
STANDING_CUT = "segment: a standing head run in ('WEATHER—') cut from its paragraph, its headline"
STANDING_START = (
    "a paragraph led by a standing head run in ('WEATHER—'), set apart under a story at the "
    "page's foot or over the next headline"
)


def _standing(paras: list[Para], k: int) -> bool:
    """A lone paragraph led by a standing head run in, after a blank line and finished
    text, the page's last or over a line in capitals: no story goes on so."""
    para = paras[k]
    if not para.gap or not _STANDING.match(para.text) or not _prose(para.text):
        return False
    if k == 0 or not _SENTENCE_END.search(paras[k - 1].text):
        return False
    below = paras[k + 1].lines[0].text if k + 1 < len(paras) else ""
    return not below or paras[k + 1].gap > 0 and below.isupper()


def brevity_start(paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: a place note's run-in head, or a dash brief in a run
    of them (each read on its own, as briefs are), or a standing head's paragraph."""
    para = paras[k]
    if para.cut == WANT_CUT and not para.inner and run_in_head(para.lines[0].text):
        return WANT_START  # the head, never its text cut off after it
    if para.cut == WANT_LISTED and not para.inner:
        return LISTED_START
    if len(para.lines) == 1 and run_in_head(para.lines[0].text) and para.cut == RUN_IN_CUT:
        return RUN_IN_START
    if _standing(paras, k):
        return STANDING_START
    return {DASH_RUN: DASH_START, DATED_RUN: DATED_RUN_START}.get(para.cut)


DASH_BRIEF_LEAD = "article: a dash brief's text, alone in its item: the lead"


def dash_brief_text(first: str, text: str) -> bool:
    """An item's only text, its first line led by a dash against its first word, sentences
    to its end: a dash brief's text (a list's lone item is shorter, a question asks)."""
    return bool(_DASH_BRIEF.match(first)) and _prose(text)
