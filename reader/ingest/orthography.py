"""Korean spacing rules of orthography for a break the edition's statistics cannot decide.

Rules of the language, not of one paper:

- A noun used as the stem of a 하다 verb is written as one word with it ('가능할지',
  '통합했다'). The line ends in a word of two or more syllables and the next starts with
  a form of 하다. The word is such a stem when the edition prints it as one elsewhere
  ('가능하다'), or when it ends in no particle or ending that closes a word ('무엇을
  할지', '추진돼야 한다', '분명히 했다', '간다고 했다') and the form carries an ending of
  its own: a bare '한', '할' or '함' may be 'one' or another word ('하루 한 번').
  One-syllable words are left alone: '잘 했다' and '잘했다' are both written.
- A verb of a postposition phrase after a case particle ('이에 따라', '이를 위해', '…을
  통해') ends its word: what follows on the next line is a word of its own, unless it
  may be '서' ('위해서는', '따라서') or an auxiliary verb written with it ('길을
  따라가는', '따라잡다').
- '한' ('one') before a counter ('한 번') is a word of its own.
- '약' ('about') and '총' ('in all') before a number are words of their own ('현재도 약
  40개') after a word a particle closes, unless the edition prints that word run on
  into them.
- '수' ('a way to') before 있다 or 없다 after a verb's adnominal -ㄹ is a dependent noun,
  a word of its own ('체감할 수 있도록'); '-ㄹ수록' is one ending.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The forms of 하다 a line can start with, as whole words (particles may follow some).
# '한', '할', '함' alone are forms too ('가능한 일'); '한국', '할인', '함께' are not.
HADA = re.compile(
    r"(?:하(?:다|고|며|면|는|여|기|게|지|자|니|던|도록|려|겠|였)[가-힣]*"
    r"|한(?:다[가-힣]*|데|지)?|할(?:지|수록|까)?|함(?:으로써|에)?|합니다[가-힣]*"
    r"|했[가-힣]*|해(?:서|야|도|온|왔)[가-힣]*)"
)
# Forms that are also other words: a bare '한', '할', '함' ('one', …), and words that start
# like a form ('하자' a defect, '하기' summer, '하지원' a name, '한데' outdoors, '한지'
# paper, '해도' a chart). They join only a word the edition prints as a stem.
_AMBIGUOUS = re.compile(r"(?:한|할|함)$|하자|하기|하지|한데|한지|해도")
# '한' as 'one': a counter follows it ('한 번', '한 명이'). Not the counters that are nouns
# an adjective in 한 describes as well ('필요한 곳', '필요한 사람', '중요한 해').
_COUNTER = re.compile(
    r"(?:번|명|개|가지|차례|마리|권|잔|채|군데|그루|마디|살)"
    r"(?:째|씩|이|가|을|를|은|는|도|만|에|의|과|와|쯤)?"
)
# Last syllables of particles and endings that close a word before a 하다 verb of its own
# ('일을 했다', '해야 한다', '분명히 했다', '했다고 했다', '보려 한다', '하고자 한다',
# '하곤 했다', '갈까 한다', '오나 했다'). Nouns that end in them ('추가', '보고', '고려')
# join only when the edition prints them as stems.
_CLOSED = frozenset("을를은는이가에의도로와과만야고게서며면록께히다려터들럼라자곤까나")
_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
# What a rule reads of the text before a break, which may be a long paragraph so far:
# enough for its last words (repair.Chunk keeps as much of it).
TAIL = 256
_FIRST = re.compile(r"[가-힣]+")

_POSTPOSITION_VERBS = frozenset(
    ("따라", "위해", "통해", "대해", "의해", "인해", "향해", "비해", "관해", "걸쳐")
)
# How '서' and '선' ('따라서', '위해선') and the verbs that may be written on after such a
# verb start ('따라가다', '따라잡다', '위해주다': 가다, 오다, 주다, 보다, 내다, 두다, 놓다,
# 버리다, 지다, 잡다, 붙다, 다니다, 나서다).
_AUXILIARY = frozenset(
    "가간갈갑갔오와온올옵왔주준줄줍줬보본볼봅봤내낸낼냈두둔둘뒀놓놨버지진질졌잡붙다나서선"
)
# The case particles such a verb follows: '이에', '이를', '이로', '서울과'.
_CASE_PARTICLE = re.compile(r"(?:에|를|을|로|와|과|에게)$")


def hada_stem(left: str, right: str, stems: Callable[[str], bool]) -> bool:
    """Does left end in a 하다 verb's stem that right's first word inflects? stems(word):
    does the edition print word as such a stem (followed by a form of 하다)?"""
    first = _FIRST.match(right)  # the first word, the marks that close it aside
    if first is None or not HADA.fullmatch(first.group()):
        return False
    words = last_words(left, 1)
    if not (words and _HANGUL_WORD.fullmatch(words[0])):
        return False
    stem, form = words[0], first.group()
    if one_before_counter(left, right):
        return False
    return stems(stem) or (not _AMBIGUOUS.match(form) and stem[-1] not in _CLOSED)


def one_before_counter(left: str, right: str) -> bool:
    """Does right start with '한' as 'one', a counter after it ('한 번', '한 명이'), after a
    word on the left? It is a word of its own, whatever the edition's statistics say."""
    words = right.split(maxsplit=2)
    return (
        len(words) > 1
        and words[0] == "한"
        and left[-1:].isalnum()
        and _COUNTER.fullmatch(words[1].rstrip(".,?!")) is not None
    )


def ends_postposition(left: str, right: str) -> bool:
    """Does left end in a postposition phrase's verb after a case particle ('이에 따라')
    that a word of its own follows on the next line?"""
    words = last_words(left, 2)
    if len(words) < 2 or words[-1] not in _POSTPOSITION_VERBS:
        return False  # the common case, before right is read (every line end asks)
    first = _FIRST.match(right)
    return (
        bool(_CASE_PARTICLE.search(words[-2]))
        and first is not None
        and first.group()[0] not in _AUXILIARY
    )


# A determiner of a number, then the number: '약 40개', '총 300억원'.
_DETERMINER = re.compile(r"(약|총) [0-9]")


def stands_before_number(left: str, right: str, printed: Callable[[str], bool]) -> bool:
    """Does right start with '약' or '총' before a number, after a word a particle closes
    ('현재도'), and the edition print no word that starts with that word run on into it?
    printed(prefix): does it?"""
    m = _DETERMINER.match(right)
    if m is None:
        return False  # the common case, before left's words are read
    words = last_words(left, 1)
    return (
        bool(words)
        and bool(_HANGUL_WORD.fullmatch(words[-1]))
        and words[-1][-1] in _CLOSED
        and not printed(words[-1] + m.group(1))
    )


def last_words(text: str, n: int) -> list[str]:
    """text's last n words (fewer if it has fewer), read from its last TAIL characters:
    text may be a long paragraph so far, and a word longer than that is read by its end."""
    return text[-TAIL:].rsplit(maxsplit=n)[-n:]


# The dependent noun '수' before 있다 or 없다 ('할 수 있다', '볼 수밖에 없다').
_CAN = re.compile(r"수(?:도|는|가|밖에|조차|만)? (?:있|없)")
_RIEUL = 8  # a syllable's final ㄹ, in Unicode's order of finals
_FINALS = 28  # Unicode orders syllables by initial, vowel, then final (none first)


def final(ch: str) -> int | None:
    """ch's final consonant if it is a Hangul syllable, its index in Unicode's order (0:
    none, _RIEUL: ㄹ); None for anything else."""
    if len(ch) != 1 or not "가" <= ch <= "힣":
        return None
    return (ord(ch) - ord("가")) % _FINALS


def can_after_adnominal(left: str, right: str) -> bool:
    """Does right start with '수' before 있다 or 없다 after a syllable closed by ㄹ (a
    verb's adnominal -ㄹ: '체감할' / '수 있도록')? It is a word of its own."""
    if not _CAN.match(right):
        return False  # the common case, before left is read
    return final(left[-1:]) == _RIEUL


# Particles and endings never stand as words of their own: a line that starts with
# one continues the word the line before ended with ('광주’\n를 모토로'). Not '마저', an
# adverb too ('남은 일을 마저 끝냈다'): lexicon.torn_noun reads it by the word before it.
_BOUND_WORD = re.compile(
    r"(?:을|를|은|는|의|에|에서|에게|에는|에도|에서는|으로|으로는|으로서|으로써|로|로는|로서|로써"
    r"|께서|이다|이며|이고|와|과|이었다|이었고|였다|였고|입니다|이라며|이라고|이지만|적인|적으로"
    r"|부터|처럼|조차)"
    r"(?![0-9A-Za-z\uac00-\ud7a3])"
    r"|다(?=[.?!,…'\"’”])"  # a sentence's last syllable ('기회\n다.')
    r"|인가(?=\?)"  # the copula's question ('무엇\n인가?'); '인가를 받다' is a noun
    r"|[았었였겠]"  # past and future endings ('했\n었다' never; '하\n였다')
)


def bound_word(line: str) -> bool:
    """Does the line open on a particle or an ending, which never stands as a word?"""
    return _BOUND_WORD.match(line) is not None
