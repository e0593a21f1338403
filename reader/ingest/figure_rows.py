"""A table printed without tabs inside an English paragraph: a standings box's rows.

OCR and plain text runs a small table's lines into the paragraph above them when no blank
line comes between ('City League standing:' / 'Elks 31 11 .738' / 'Tigers 27 15 .643'):
lines that are a name and figures only (a box score's player with his position, a
market's quotation with its fractions), two or more in a row, are rows, each a paragraph
of its own as a table's rows in an article are (docs/representation.md, "Tables in
articles"); the line over them stays a paragraph of its own.
"""

from __future__ import annotations

import re

from reader.ingest.en_rows import STOPS_INSIDE
from reader.ingest.lines import Para

ROWS = 2  # rows in a row, at least: one such line is a sentence's wrapped end
# A team's or a person's name, then two to six figures and nothing else: 'Red Men 15 27 .357';
# or a box score's player and position, a line score, a market's quotation, up to twelve
# figures, a fraction or a total after a dash closing one ('Kelley, ss 5 1 2 3 4 0',
# 'Pirates 0 1 0 0 2 0 0 0 0 1—4', 'Wheat, Sept. 1.46 1.49 1.45¾ 1.48½').
_ROW = re.compile(
    r"^[A-Z][A-Za-z.,'’&-]*+(?: [A-Z][A-Za-z.,'’&-]*+){0,3}+(?: \d?[a-z]{1,2}(?= ))?"
    r"(?: [\d.,%-]*\d[¼½¾⅛⅜⅝⅞]?(?:[—–]\d++)?){2,12}+$"
)
FIGURE_ROWS = "segment: lines of a name and figures only, two or more, are a table's rows"


def figure_rows(paras: list[Para]) -> list[Para]:
    """Each paragraph with rows in it cut before, between and after its rows."""
    out: list[Para] = []
    for para in paras:
        rows = [bool(_ROW.match(line.text)) for line in para.lines]
        if sum(rows) < ROWS or not _runs(rows):
            out.append(para)
            continue
        cut: list[Para] = []
        for k, line in enumerate(para.lines):
            if k and not (rows[k] or rows[k - 1]):
                cut[-1].lines.append(line)  # text goes on under text
            else:
                cut.append(Para([line], para.gap if k == 0 else 0, k > 0 or para.inner))
                cut[-1].cut = FIGURE_ROWS if k else para.cut
        out.extend(cut)
    return out


def _runs(rows: list[bool]) -> bool:
    """Two rows or more one under another."""
    return any(a and b for a, b in zip(rows, rows[1:], strict=False))


# A column's head: a short word cut with a stop ('AB.', 'Pct.').
_HEAD = r"[A-Z][A-Za-z]{0,4}\."  # a column head of five letters at most: 'Close.', 'Pct.'
# A table header's column heads, three in a row: 'AB. R. H.'.
_COLUMNS = re.compile(rf"\b{_HEAD}(?: {_HEAD}){{2}}(?: |$)")


def table_head(paras: list[Para], k: int) -> bool:
    """A line in capitals right over a table's rows ('PIRATES. AB. R. H. O. A. E.' over
    'Kelley, ss 5 1 2 3 4 0'): the table's header, not a headline. It names the columns,
    or stands tight under the text above; after a blank line, a line in capitals without
    columns is the table's headline ('HOW THE CLUBS STAND.')."""
    if k + 1 == len(paras) or paras[k + 1].gap or not is_row(paras[k + 1].lines[0].text):
        return False
    return not paras[k].gap or _COLUMNS.search(paras[k].lines[-1].text) is not None


# A table's header row: its first column's label, perhaps, then three column heads or more
# ('Won. Lost. Pct.', 'Millers   AB. R. H. PO. A. E.'), in a column's width; possessive, so
# a long run of spaces is read once.
_HEADS = re.compile(
    r"^(?=.{0,80}$)(?:[A-Z][A-Za-z]*+ {2,}+)?+"
    # one head of two or three letters ('Pct.'): 'U. S. A.' has no word, and a deck of
    # longer words ('Rain. Sleet. Snow.') no abbreviation
    r"(?=.*\b[A-Z][A-Za-z]{1,2}\.)"
    rf"{_HEAD}(?: {{1,2}}{_HEAD}){{2,}}+$"
)
COLUMN_HEADS = "article: a table's header row ('Won. Lost. Pct.'): no deck, never a lead"


def column_heads(text: str) -> bool:
    """A table's header row of abbreviated column heads."""
    if not (text[:1].isupper() and text.endswith(".") and _HEADS.match(text)):
        return False
    # a title and a man's short names ('Rev. Geo. Wm. Lee.') are a deck's, not columns
    return not any(len(w) > 2 and STOPS_INSIDE.search(w) for w in text.split())


def caps_column_heads(text: str) -> bool:
    """A table's column heads in capitals ('MARION AB R H PO A E'): three short words or
    more and at most one longer (a headline's 'IS TO BE … IN' stand among longer words)."""
    words = text.split()
    short = sum(len(w) <= 2 and w.isalpha() for w in words)
    return short >= 3 and len(words) - short <= 1


def is_row(text: str) -> bool:
    """A line of a name and figures only: a table's row."""
    return _ROW.match(text) is not None


_HEADER_MAX = 80  # characters: a header row in a column's width
_WORD_HEAD = re.compile(r"[A-Z][a-z]{0,4}\.?")  # 'Won', 'Lost', 'Pct.': a column's head
_FIGURE = re.compile(r"[\d.,%-]*\d")


def heads_over_row(text: str, below: str) -> bool:
    """'Won Lost Pct.' over 'Millbrook 52 31 .627': short capitalised words, as many as the
    figures that close the row under them, one of them abbreviated, the last closed by its
    stop: the table's header, its heads spelled out ('Won. Lost. Pct.' is column_heads)."""
    if len(text) > _HEADER_MAX or not text.endswith("."):
        return False  # cheap test first: most lines are longer, or close otherwise
    words = text.split()
    if not 2 <= len(words) <= 12 or not is_row(below):
        return False
    if not all(_WORD_HEAD.fullmatch(w) for w in words):
        return False
    if not any(len(w) <= 4 and w.endswith(".") for w in words):
        return False  # an abbreviated head ('Pct.'): a deck's short words are spelled out
    cells = below.split()[-len(words) - 1 :]
    return sum(bool(_FIGURE.fullmatch(c)) for c in cells) == len(words)
