"""A Korean noun torn at a line end, recognised by a lexicon when nothing else decides.

A compound, a name or a title printed once and torn ('걸림|돌은', '생태|계’로') leaves no
trace in the edition; a reader knows the word. The lexicon is the nouns of mecab-ko-dic
(reader/data/README.md), read on first use. A break joins when the line's last word and
the next word's stem (a particle, a copula's or a 하다 verb's form stripped) read as
nouns, one of them across the break, in fewer nouns than the reading apart: '걸림돌' is
one noun, '걸림' and '돌' two; at a tie, the reading with no syllable alone, where the
left word is a compound the lexicon lists only in pieces ('문화전|당에서'). It refuses what
grammar says ends a word there: a noun and its particle, a verb's form, a syllable alone
before a noun, a next word that is a noun itself; a next word that is a particle never
standing alone ('마다') joins whatever the line ended on. docs/pdf-ingest.md, "A Korean
lexicon for the last joins" and "The last join (stop 42)", has the measures.
"""

from __future__ import annotations

import functools
import lzma
import re
from pathlib import Path

from reader.ingest.closer_joins import STACKED
from reader.ingest.orthography import HADA

DATA = Path(__file__).parent.parent / "data" / "nouns.txt.xz"

# The line's last word, all Hangul: after a space, an opening mark or a list's dot, not
# after a digit ('11일', a date) or a closing mark ('”고', '(23)이').
_LEFT_WORD = re.compile(r"(?:(?:^|\s)['\"]?|[‘“(\[·])([가-힣]+)$")
# A number's unit of two syllables or more begun at the line's end ('61제곱킬로미' /
# '터를'): the syllables after the digits are read as the line's last word. One syllable
# after a number is its counter, whole ('2월|초', '1년|앞두고').
_NUMBER_UNIT = re.compile(r"(?:^|[\s‘“(\[·])\d[\d,.]*([가-힣]{2,})$")
_HANGUL_START = re.compile(r"[가-힣]+")
# Particles and suffixes that never stand as a word, whole as the next line's first word:
# they close the word the line ended on, one syllable or more ('해|마다', '서울|까지').
_ATTACHES = re.compile(rf"(?:마다|까지|부터|처럼|마저|조차|에서|에게|께서|으로){STACKED}?")
# Two of them are words of their own too, a verb's stem and an adverb ('궂은일도 마다 않고',
# '남은 일을 마저 끝냈다'), standing after a word its particle has closed: no particle
# follows '을', '를', '이', '가', '은', '는' or '도' ('일을|마저' is two words).
_ALSO_WORDS = re.compile(rf"(?:마다|마저){STACKED}?")
_CLOSED_BY_PARTICLE = frozenset("을를이가은는도")
# What may follow a noun inside its word: case and other particles, the copula's forms.
_TAIL = re.compile(
    r"(?:이|가|은|는|을|를|의|에|에서|에게|에는|에도|에서는|에서도|으로|으로는|으로서|으로써"
    r"|로|로는|로서|로써|와|과|도|만|까지|부터|처럼|보다|이나|나|께서|이다|이며|이고|이라며"
    r"|이라고|이지만|입니다|이었다|였다|이었고|였고|적인|적으로)"
)
# Last syllables of verb endings after a noun-like stem ('필요한', '심해진', '마치고').
_ENDING = frozenset("한할된될진질난날던운울은는을고어아해여게지며면서자")
_LONGEST = 24  # syllables of the longest left word read


@functools.cache
def _by_length() -> dict[int, bytes]:
    """The lexicon's nouns by their syllables: for each count, the nouns of that many in
    their order, one a line in UTF-8 (three bytes a syllable and the line's end), so a noun
    is found by halving with no object per noun: a few MB where a set would take tens
    (docs/pdf-ingest.md). The file lists them so, shortest first."""
    try:
        data = lzma.decompress(DATA.read_bytes())
    except (OSError, lzma.LZMAError):
        return {}
    runs: dict[int, bytes] = {}
    start = 0
    while start < len(data):
        width = data.find(b"\n", start) + 1 - start
        if width <= 0 or (width - 1) % 3:
            return {}  # not the lexicon's file: no nouns rather than wrong ones
        end = start
        while data[end + width - 1 : end + width] == b"\n":
            end += width
        runs[(width - 1) // 3] = data[start:end]
        start = end
    return runs


def known(word: str) -> bool:
    """Is word (Hangul) a noun of the lexicon (two syllables or more)?"""
    run = _by_length().get(len(word))
    if run is None:
        return False
    key, width = word.encode("utf-8") + b"\n", 3 * len(word) + 1
    lo, hi = 0, len(run) // width
    while lo < hi:
        mid = (lo + hi) // 2
        here = run[mid * width : mid * width + width]
        if here == key:
            return True
        if here < key:
            lo = mid + 1
        else:
            hi = mid
    return False


def torn_noun(left: str, right: str) -> bool:
    """Does the break between left (the text before it) and right (the next line) tear a
    noun the lexicon knows, in a reading of fewer words than the one apart?"""
    tail = left[-_LONGEST - 1 :]
    m = _LEFT_WORD.search(tail) or _NUMBER_UNIT.search(tail)
    first = _HANGUL_START.match(right)
    if m is None or first is None:
        return False
    word, right_word = m.group(1), first.group()
    if _ATTACHES.fullmatch(right_word):
        # '마을|마다' joins: the word is a noun the lexicon knows, its last syllable its own
        return not (
            _ALSO_WORDS.fullmatch(right_word)
            and word[-1] in _CLOSED_BY_PARTICLE
            and not known(word)
        )
    if len(word) == 1 and not HADA.fullmatch(right_word, 1):
        return False  # a syllable alone before a noun is a word: '한 번', '석 달', '그 사이'
    for i in range(1, len(word)):
        if _TAIL.fullmatch(word, i) and _pieces(word[:i]) is not None:
            return False  # a noun and its particle: '주택가가 불어난'
    stems = _stems(right_word)
    if opens_a_noun(right_word):
        return False  # the next line starts with a noun: '교통 안전', '미래 산업이'
    # Apart: the left word as nouns (one syllable: a word of its own), the stem one word.
    alone = 1 if len(word) == 1 else _pieces(word)
    if alone is None and word[-1] in _ENDING and _pieces(word[:-1]) is not None:
        return False  # a verb's form: '필요한 곳', '마치고 다음'
    for stem in stems:
        for k in range(1, len(word) + 1):
            if not known(word[-k:] + stem):
                continue
            before = _pieces(word[:-k])
            if before is not None and (alone is None or before < alone):
                return True
            if before == alone and _lone_syllable(alone, right_word, stem):
                return True
    return False


# One-syllable nouns that stand after a noun as a word of their own: of place, dependent
# nouns and counters ('학교 앞에서', '사업 등을', '10년 전에'), a grammar's closed list.
_STANDS_AFTER_NOUN = frozenset(
    "등중앞안뒤위밖속전후때수것곳간측내외년월일시분초번명개원달해날쪽편점차데바줄적탓터뿐양듯"
)


def _lone_syllable(alone: int | None, right_word: str, stem: str) -> bool:
    """Across and apart take as many nouns, and apart the stem is one syllable before a
    particle ('국립아시아문화전' / '당에서': '문화/전당' or '문화전/당'): the reading that
    leaves no syllable alone wins, where the left word is a compound the lexicon lists only
    in pieces (alone: its nouns; a noun whole, '냉장고|위에서', '응급실|문을', may end there)
    and the syllable no noun that stands after one ('관리사무소|앞에')."""
    return (
        len(stem) == 1
        and _TAIL.fullmatch(right_word, 1) is not None
        and stem not in _STANDS_AFTER_NOUN
        and (alone or 0) > 1
    )


# The syllables a Korean word most often closes on: particles ('을', '에', '씩'), endings
# ('고', '며', '게', '지') and the adnominal ('한', '던', '일').
_CLOSERS = frozenset("을를은는이가의에도와과로만씩고며면서게지한던일")
_APART = frozenset("있없것")  # a line's first syllable that starts a word of its own


def torn_at_width(left: str, right: str) -> bool:
    """Does a line that fills a justified Korean column end inside the word right goes on
    with? Korean print tears such a line at any syllable, mid-word more often than not; it
    ends a word where its last syllable closes one, where its last word is a number's
    ('2월', '1년') or a noun the lexicon knows ('평소|다니던': torn_noun reads compounds),
    or where the next line starts with a noun ('대체|인력'), with 있다 or 없다 or with 것,
    which stand apart ('볼 수|없다', '그칠|것으로')."""
    m = _LEFT_WORD.search(left[-_LONGEST - 1 :])
    first = _HANGUL_START.match(right)
    if m is None or first is None or m.group(1)[-1] in _CLOSERS:
        return False
    if right[0] in _APART or known(m.group(1)):
        return False
    return not opens_a_noun(first.group())


def opens_a_noun(word: str) -> bool:
    """Is word (Hangul) a noun of two syllables or more the lexicon knows, alone or before
    a particle or a form of 하다 ('안전', '학교에', '가구')? A line opening on one starts a
    word of its own."""
    return any(len(stem) > 1 and known(stem) for stem in _stems(word))


def _stems(word: str) -> list[str]:
    """word, and what is left of it before a particle or a form of 하다 that ends it."""
    out = [word]
    for i in range(len(word) - 1, 0, -1):
        rest = word[i:]
        if _TAIL.fullmatch(rest) or HADA.fullmatch(rest):
            out.append(word[:i])
    return out


def _pieces(word: str) -> int | None:
    """The fewest known nouns word reads as (0 if empty), None if it reads as none."""
    n = len(word)
    best: list[int | None] = [0] + [None] * n
    for end in range(2, n + 1):
        for start in range(end - 1):
            before = best[start]
            now = best[end]
            if before is not None and (now is None or before + 1 < now):
                if known(word[start:end]):
                    best[end] = before + 1
    return best[n]


def noun_across(left: str, right: str) -> bool:
    """Do left (a line's last word) and right (the next line's first), both Hangul, make
    a noun the lexicon knows that the break cuts inside ('오' / '후'), or a noun and its
    particle cut inside the particle ('학기부' / '터'), rather than at the noun's end
    ('난방비' / '를') or after a verb's form ('중요하다' / '윤해솔')? A right that opens on a
    noun of its own may still be the noun's rest: extraction tears '초등' / '학생' as often as
    a deck ends on a word before the lead's noun ('점검 중' / '학교'), which this reads as one."""
    word = left + right
    for stem in _stems(word):
        if len(stem) < 2 or len(stem) == len(left) or not known(stem):
            continue
        if len(stem) > len(left) or _TAIL.fullmatch(word, len(stem)):
            return True
    return False
