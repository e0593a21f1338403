"""Repairs of what extraction broke: words split across column breaks and line ends.

Join-or-space rule (shared notes §3, "H2": 3/3 on the real breaks, no
dependencies): join the two sides without a space when the end of the left
word plus the first syllable of the right word begins some word found
elsewhere in the edition. It errs towards a space, which keeps text readable
and is harmless to spacing-insensitive search. Before it: particles and endings
never stand alone, no word ends in a past or future ending ('했'), and rules of
Korean spacing decide what they can (reader/ingest/orthography.py). The PDF
ingest, which asks only about lines that end full, lets the edition's spacing
statistics (reader/ingest/spacing.py) decide next, before the vocabulary's words
(the text ingest does not: its tests keep the vocabulary rule). Where nothing the edition
prints decides, a lexicon of Korean nouns may (reader/ingest/lexicon.py: '걸림|돌은'
joins). Latin words never run on across
a line end unless the line ends in a hyphen ('Gov-' / 'ernment'), which is
dropped unless the edition prints the word with it elsewhere.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from reader.ingest.closer_joins import attached_after_closer, spaces_honorific
from reader.ingest.justified import at_width, column_width
from reader.ingest.lexicon import torn_at_width, torn_noun
from reader.ingest.line_spaces import LineSpaces
from reader.ingest.lines import Line
from reader.ingest.number_joins import UNIT_WORD, torn_number
from reader.ingest.orthography import (
    HADA,
    TAIL,
    bound_word,
    can_after_adnominal,
    ends_postposition,
    hada_stem,
    last_words,
    one_before_counter,
    stands_before_number,
)
from reader.ingest.spacing import Spacing
from reader.model import Span

_WORD = re.compile(r"[0-9A-Za-z\uac00-\ud7a3]+")
_ALNUM = re.compile(r"[^\W_]")
_OPENERS = "([{‘“'\"「『〈《<"
_CLOSERS = ",.)]}’”'\"」』〉》>?!:;…·"
_QUOTE_CLOSERS = ")]}’”'\"」』〉》>"
# A sentence's end, and after it the case number a ruling's report closes on ('…봤다.
# (2025구합61207)'): the sentence is as finished as without it.
# A Korean case number: the year (two digits before 2000), the case's kind in Hangul, its
# serial ('2025타경30518', '96다12345').
CASE_NUMBER = r"\d{2,4}[가-힣]{1,3}\d{1,7}"
# A footnote's mark may follow a word's stop ('… 그렇다.1)'): the sentence ends there.
TERMINAL = re.compile(
    rf"[.?!。…]['\"’”)\]」』]*+(?: \({CASE_NUMBER}\)|(?<=[가-힣a-z][.?!])\d{{1,2}}\))?$"
)
# A sentence's stop anywhere in a text: '.', '?' or '!' before a space or the end, closing
# marks between ('…했다.” 그는').
SENTENCE_END = re.compile(r"[.?!](?=['\"’”)\]]*(?:\s|$))")


_COMPOUND = re.compile(r"[A-Za-z]+-[A-Za-z]+")


class Vocabulary:
    """Every word piece of the edition, for prefix look-ups, and its hyphenated words."""

    def __init__(self, text: str, spacing: Spacing | None = None, source: bool = True):
        """spacing: the statistics of this very text, when they were counted as it came;
        source: the text is the one the lines' offsets index (so its line ends can be read)."""
        self._text = text
        self._source = source
        self._words = sorted(set(_WORD.findall(text)))
        self._compounds: set[str] | None = None  # found when first asked: English pages only
        self._spacing = spacing  # else counted when first asked
        self._honorific_spaced: bool | None = None  # counted when first asked
        self._line_spaces: LineSpaces | None = None  # found when first asked

    @property
    def spacing(self) -> Spacing:
        if self._spacing is None:
            self._spacing = Spacing(self._text)
        return self._spacing

    def has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self._words, prefix)
        return i < len(self._words) and self._words[i].startswith(prefix)

    def prints_as_stem(self, word: str) -> bool:
        """Does the edition print word followed by a form of 하다 ('가능하다')?"""
        i = bisect.bisect_left(self._words, word)
        while i < len(self._words) and self._words[i].startswith(word):
            if HADA.fullmatch(self._words[i], len(word)):
                return True
            i += 1
        return False

    def _spaces(self) -> LineSpaces | None:
        if not self._source:
            return None
        if self._line_spaces is None:
            self._line_spaces = LineSpaces(self._text)
        return self._line_spaces

    def line_end(self, end: int) -> str | None:
        """The text's own join at a line ending at offset end (line_spaces.LineSpaces.at)."""
        spaces = self._spaces()
        return None if spaces is None else spaces.at(end)

    def line_bare(self, line: Line) -> bool:
        """Does the text say its line ends bare at the body's measure (LineSpaces.bare)?"""
        spaces = self._spaces()
        return spaces is not None and spaces.bare(line.end, line.text)

    def line_column(self, line: Line) -> float | None:
        """The wider column's measure the line shows (line_spaces.LineSpaces.column)."""
        spaces = self._spaces()
        return None if spaces is None else spaces.column(line.end, line.text)

    def line_wraps(self, line: Line) -> bool:
        """Does the text say its line wrapped (line_spaces.LineSpaces.wraps)?"""
        spaces = self._spaces()
        return spaces is not None and spaces.wraps(line.end, line.text)

    def spaces_honorific(self) -> bool:
        if self._honorific_spaced is None:
            self._honorific_spaced = spaces_honorific(self._text)
        return self._honorific_spaced

    def has_compound(self, word: str) -> bool:
        if self._compounds is None:
            self._compounds = {w.lower() for w in _COMPOUND.findall(self._text)}
        return word.lower() in self._compounds


# Nor does a word end in a past or future ending: '지원했\n고'.
_PRE_FINAL = frozenset("았었였했겠됐졌웠셨")
# A Korean sentence's stop, a quote's closer after it or not: the word before it is whole.
SENTENCE_STOP = re.compile(r"[가-힣][.?!][’”'\"]?$")  # a Korean sentence's end


def separator(
    left: str,
    right: str,
    vocab: Vocabulary,
    counts: bool = False,
    ends: bool = False,
    quotes: Callable[[str], int] | None = None,
    full: bool = False,
) -> str:
    """'' to join left and right across a break, ' ' to keep them apart. With counts,
    the edition's spacing statistics decide before the vocabulary's words do: the PDF
    ingest asks only about lines that end full, where most breaks tear a word. ends:
    right ends where its paragraph does, so its last word is whole. left may be only the
    end of the text before the break when quotes(mark) counts the straight quote marks
    of all of it. full: left's line fills a justified Korean column (torn at any syllable)."""
    if not left or not right:
        return ""
    if left[-1] == "@":
        return ""  # an address or a price range ('$4.50@' / '6.25') goes on unspaced
    if _latin(right[0]) and (
        _latin(left[-1]) or left[-1] == "-" and _HYPHEN_WORD.search(left[-40:])
    ):
        # A Latin word cut at a line end carries a hyphen; one that stays (a compound,
        # or the caller found no cut word: see hyphenated) joins without a space.
        return "" if left[-1] == "-" else " "
    if _closing(left, right[0], quotes) or _opening(left, quotes) or _closed_dash(left, right):
        return ""
    if bound_word(right) and (left[-1].isalnum() or left[-1] in _QUOTE_CLOSERS):
        return ""
    if attached_after_closer(left, right) and not (right[0] == "씨" and vocab.spaces_honorific()):
        return ""
    if full and torn_number(left, right):
        return ""
    if left[-1] in _PRE_FINAL and _hangul(right[0]):
        return ""
    if hada_stem(left, right, vocab.prints_as_stem):
        return ""
    if (
        ends_postposition(left, right)
        or stands_before_number(left, right, vocab.has_prefix)
        or one_before_counter(left, right)
        or can_after_adnominal(left, right)
    ):
        return " "
    if SENTENCE_STOP.search(left[-3:]) and _hangul(right[0]):
        return " "  # a sentence ends at the break ('있었으니까요.' / '빈 교실'): no torn word
    words = right.split(maxsplit=1) if counts else []
    if words and _ALNUM.search(words[0]) and not left[-1].isspace():
        joined = vocab.spacing.joined(last_words(left, 1)[0], words[0], len(words) > 1 or ends)
        if joined is not None:
            return "" if joined else " "
    last = _WORD.findall(left[-24:])
    first = _WORD.match(right)
    if not last or not first or not left[-1].isalnum():
        return " "
    # The left word must end at the break, the right word start at it.
    if not left.endswith(last[-1]):
        return " "
    if _NUMBER_CELL.search(left[-40:]):
        return " "  # a row's last cell, a number, is whole: '일본\t318\t12.4' / '중화권\t296'
    if _DECIMAL.search(left[-24:]) and _hangul(first.group(0)[0]):
        # A decimal's fraction starts no word ('12.4' / '중화권' is no '4중주'): only a unit
        # after it is torn from it ('3.5' / '배').
        return "" if UNIT_WORD.match(right) else " "
    if last[-1].isdigit() and first.group(0)[0].isdigit():
        # Numbers are no vocabulary ('April 5' / '2:05 a.m.' is no '52'): a number runs on
        # only where its digit group is unfinished ('2,0' / '00명').
        return "" if _OPEN_GROUP.search(left[-8:]) else " "
    if vocab.has_prefix(last[-1] + first.group(0)[0]):
        return ""
    # Nothing the edition prints settles it: a lexicon of Korean nouns may; in a line that
    # fills a justified column, so may the left's last syllable.
    return "" if torn_noun(left, right) or full and torn_at_width(left, right) else " "


_OPEN_GROUP = re.compile(r"\d,\d{1,2}$")
# A number after a tab: a row's cell, whose digits never run on into the next line's word.
_NUMBER_CELL = re.compile(r"\t[-+]?\d[\d.,%]*$")
_DECIMAL = re.compile(r"\d\.\d+$")


# A straight quote is the same mark at both ends of a quotation: it opens only while
# no quotation of it is open ('해당"' closes one, so '해당"' / '천장에' stay apart), and
# never right after a letter or a digit, where it closes or is an apostrophe ("two
# weeks'" / 'visit' stay apart, whatever the count of apostrophes before).
_STRAIGHT = "'\""


def _opening(left: str, quotes: Callable[[str], int] | None) -> bool:
    ch = left[-1]
    if ch in _STRAIGHT:
        if len(left) > 1 and left[-2].isalnum():
            return False
        return (quotes(ch) if quotes else left.count(ch)) % 2 == 1
    return ch in _OPENERS


def _closing(left: str, ch: str, quotes: Callable[[str], int] | None) -> bool:
    if ch in _STRAIGHT:
        return (quotes(ch) if quotes else left.count(ch)) % 2 == 1
    return ch in _CLOSERS


def _closed_dash(left: str, right: str) -> bool:
    """An English em dash set close between words ('trail—one'): a line that ends in it
    after a letter runs on into the next line's word without a space. A spaced dash
    ('trail —') keeps its space."""
    return len(left) > 1 and left[-1] == "—" and _latin(left[-2]) and _latin(right[0])


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


# 'Gov-' / 'ernment', '$18,-' / '000': a word or a number cut at a line end.
_HYPHEN_WORD = re.compile(r"(?P<left>[A-Za-z]+)-$")
_HYPHEN_NUMBER = re.compile(r"\d,-$")
_RIGHT_WORD = re.compile(r"[a-z]+")
# Compound numerals keep their hyphen: 'forty-' / 'one'.
_TENS = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", re.IGNORECASE)
_UNITS = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine)\b")


def hyphenated(left: str, right: str, vocab: Vocabulary) -> bool:
    """Does left end in a hyphen that only cuts the word continued by right?"""
    if not left.endswith("-"):
        return False
    if _HYPHEN_NUMBER.search(left[-3:]):
        return right[:3].isdigit()
    m = _HYPHEN_WORD.search(left[-40:])
    first = _RIGHT_WORD.match(right)
    if m is None or first is None:
        return False
    if _TENS.fullmatch(m["left"]) and _UNITS.match(right):
        return False
    return not vocab.has_compound(f"{m['left']}-{first.group()}")


class Chunk:
    """Repaired text and the source spans it came from. The text grows by parts and is
    joined when read, and a join reads only the end of what came before: a paragraph of
    many lines is built in time linear in its length."""

    __slots__ = ("_parts", "_joined", "_has_text", "_quotes", "spans")

    def __init__(self, text: str = "", spans: list[Span] | None = None) -> None:
        self._parts: list[str] = [text] if text else []
        self._joined: str | None = text
        self._has_text = bool(text)
        # Straight quotes counted as the text grows: a quote mark at a break opens or
        # closes by the parity of all before it (_opening, _closing).
        self._quotes = {q: text.count(q) for q in _STRAIGHT}
        self.spans: list[Span] = [] if spans is None else spans

    @classmethod
    def of(cls, line: Line, text: str | None = None) -> Chunk:
        return cls(line.text if text is None else text, [(line.start, line.end)])

    @property
    def text(self) -> str:
        if self._joined is None:
            self._joined = "".join(self._parts)
            self._parts = [self._joined]
        return self._joined

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Chunk) and (self.text, self.spans) == (other.text, other.spans)

    def __repr__(self) -> str:
        return f"Chunk({self.text!r}, {self.spans!r})"

    def _tail(self) -> str:
        """The text's last TAIL characters, without joining all of it."""
        tail = ""
        for part in reversed(self._parts):
            tail = part + tail
            if len(tail) >= TAIL:
                return tail[-TAIL:]
        return tail

    def add(self, other: Chunk, sep: str) -> None:
        if not other.spans and not other.text:
            return
        sep = sep if self._has_text else ""  # no separator before the first text
        self._parts += (sep, other.text)
        self._joined = None
        self._has_text = self._has_text or bool(other.text)
        for q in _STRAIGHT:
            self._quotes[q] += sep.count(q) + other._quotes[q]
        self.spans.extend(other.spans)

    def join(self, other: Chunk, vocab: Vocabulary, full: bool = False) -> None:
        """Add the text that continues this one across a line or column break; full: this
        text's last line fills a justified Korean column (see separator)."""
        tail = self._tail()
        if tail and other.text and hyphenated(tail, other.text, vocab):
            while not self._parts[-1]:  # an empty line's part, after the hyphen
                self._parts.pop()
            self._parts[-1] = self._parts[-1][:-1]  # the hyphen
            self._joined = None
            self.add(other, "")
        else:
            sep = self._shown(tail, vocab)
            if sep is None:
                sep = separator(tail, other.text, vocab, quotes=self._quotes.__getitem__, full=full)
            self.add(other, sep)

    def _shown(self, tail: str, vocab: Vocabulary) -> str | None:
        """The join the text's own line end shows (line_spaces.py), where its page shows the
        habit; a bare line end after a sentence's stop is a paragraph's end run on, not a
        torn word, and the rules decide as the PDF ingest's do."""
        if not self.spans or not tail:
            return None
        sep = vocab.line_end(self.spans[-1][1])
        return None if sep == "" and SENTENCE_STOP.search(tail[-3:]) else sep

    @property
    def terminated(self) -> bool:
        return bool(TERMINAL.search(self._tail()))


def join_lines(lines: list[Line], vocab: Vocabulary) -> Chunk:
    """One paragraph's lines (wrapped at a column edge) as one piece of text. In a justified
    Korean column (justified.column_width), a line at the column's width is full."""
    width = column_width(lines) if len(lines) >= _JUSTIFIED_LINES else None
    out = Chunk()
    before: Line | None = None
    for line in lines:
        full = width is not None and before is not None and at_width(before, width)
        out.join(Chunk.of(line), vocab, full=full)
        before = line
    return out


# A paragraph's lines that can show its column's width: three running on, and its last.
_JUSTIFIED_LINES = 4
