"""Candidate rules for a line that starts with one syllable and a particle ('돌은',
'당에서') after a line that ends in a word of two or more syllables: join the two?

Measured, not used by the ingest (none passed: docs/pdf-ingest.md, "The last joins").
Each rule is general Korean grammar, no word of the generator's: a one-syllable noun
standing alone after a noun is rarer than the one-syllable tail of a compound. Each
rule takes the sides of the break and printed(syllable, torn): does the edition print
the syllable and a particle as a word anywhere but in the torn piece?
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from reader.ingest.orthography import last_words

Printed = Callable[[str, str], bool]

_NEXT = r"(?![0-9A-Za-z가-힣])"
# The particles the issue names, and the wider set of case particles.
_NARROW = re.compile(rf"([가-힣])(은|는|이|가|을|를|에서|으로){_NEXT}")
WIDE = re.compile(
    rf"([가-힣])(은|는|이|가|을|를|에서|으로|에|의|로|와|과|에게|에는|에도|도){_NEXT}"
)
WORD = re.compile(r"[0-9A-Za-z가-힣]+")
# The last syllables of particles and endings that close a word (orthography's list).
_CLOSED = frozenset("을를은는이가에의도로와과만야고게서며면록께히다려터들럼라자곤까나")
# Dependent and place nouns of one syllable that stand after a noun as words of their own
# ('사업 등을', '회의 중에', '학교 앞에서', '10년 전에'): a grammar's closed list.
_BOUND_NOUNS = frozenset(
    "등중앞안뒤위밖속전후때수것곳간측내외년월일시분초번명개원달해날쪽편점차데바줄적탓터뿐양듯"
    "리건권장회층채말씨님상하"
)
# Last syllables of verb and adverb forms ('구축한', '단절돼', '고쳐', '오지', '아예').
_VERB_END = frozenset("한된난린진운던돼해쳐워져지게어아여예제히리")


def _left_open(left: str) -> bool:
    """The line ends in a word of two or more syllables no particle or ending closes."""
    words = last_words(left, 1)
    return (
        bool(words)
        and re.fullmatch("[가-힣]{2,}", words[0]) is not None
        and words[0][-1] not in _CLOSED
    )


def narrow(left: str, right: str, printed: Printed) -> bool:
    """(a) 은/는/이/가/을/를/에서/으로 after the syllable."""
    return _NARROW.match(right) is not None and _left_open(left)


def wide(left: str, right: str, printed: Printed) -> bool:
    """(a) any case particle after the syllable."""
    return WIDE.match(right) is not None and _left_open(left)


def not_bound(left: str, right: str, printed: Printed) -> bool:
    """(a') wide, the syllable no dependent or place noun ('앞에서', '중에는')."""
    m = WIDE.match(right)
    return m is not None and m.group(1) not in _BOUND_NOUNS and _left_open(left)


def _agrees(m: re.Match[str]) -> bool:
    """Does the particle fit the syllable as it fits a noun ('돌은', '당에서'; not '없는',
    '참가')? 은/이/을/으로/과 follow a final consonant, 는/가/를/와 an open syllable."""
    final = (ord(m.group(1)) - 0xAC00) % 28
    particle = m.group(2)
    if particle in ("은", "이", "을", "으로", "과"):
        return final != 0
    if particle in ("는", "가", "를", "와"):
        return final == 0
    if particle == "로":
        return final in (0, 8)  # 8: a final ㄹ ('길로')
    return True


def agrees(left: str, right: str, printed: Printed) -> bool:
    """(b) (a'), the particle agreeing with the syllable, the left word no verb form."""
    m = WIDE.match(right)
    return (
        m is not None
        and m.group(1) not in _BOUND_NOUNS
        and _agrees(m)
        and _left_open(left)
        and last_words(left, 1)[0][-1] not in _VERB_END
    )


def unprinted(left: str, right: str, printed: Printed) -> bool:
    """(b') (b), and the edition prints the syllable before a particle nowhere else."""
    m = WIDE.match(right)
    return agrees(left, right, printed) and m is not None and not printed(m.group(1), m.group())


# The particles (b') got right in 95 % or more of the decisions it changed on the first
# half of the held-out prose (tests/pdfingest/join_heldout.py), chosen there to be tested
# on the second.
_FIRST_HALF = frozenset(("가", "를", "에게", "와", "으로", "에서", "이"))


def chosen_particles(left: str, right: str, printed: Printed) -> bool:
    """(c) (b') with only the particles it got right on the first half."""
    m = WIDE.match(right)
    return m is not None and m.group(2) in _FIRST_HALF and unprinted(left, right, printed)


RULES: dict[str, Callable[[str, str, Printed], bool]] = {
    "(a) narrow particles": narrow,
    "(a) wide particles": wide,
    "(a') wide, no dependent noun": not_bound,
    "(b) (a') + particle agrees, left no verb form": agrees,
    "(b') (b) + syllable unprinted elsewhere": unprinted,
    "(c) (b'), particles right on the first half": chosen_particles,
}


def printed_in(text: str) -> Printed:
    """printed(syllable, torn) for an edition's text: a word of the syllable and a
    particle, counted once less when it is the torn piece itself."""
    seen = Counter(WORD.findall(text))

    def printed(syllable: str, torn: str) -> bool:
        return any(
            WIDE.fullmatch(w) is not None and n > (w == torn)
            for w, n in seen.items()
            if w.startswith(syllable)
        )

    return printed


def never(syllable: str, torn: str) -> bool:
    """printed for a first look, before the edition is read: nothing is."""
    return False
