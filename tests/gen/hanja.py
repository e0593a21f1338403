"""Hanja as Korean dailies set them (the ``hanja`` convention): in headlines and in a lead.

Each Hanja word comes with its reading, so tests know what search by sound must
find: ``HEADS`` stand at the start of a headline (one-character ones like 尹 or
北, and words whose reading starts with the initial-sound rule: 女性 여성,
來日 내일, 論理 논리); the lead opens with a sentence of ``BODY`` words (法律 법률
keeps its ㄹ inside the word). A Hanja word replaces nothing: it is added text.
"""

from __future__ import annotations

import random

# (hanja, reading): readings as the reader must give them, initial-sound rule applied.
HEADS = (
    ("與野", "여야"),
    ("尹", "윤"),
    ("李", "이"),
    ("北", "북"),
    ("故", "고"),
    ("前", "전"),
    ("女性", "여성"),
    ("來日", "내일"),
    ("論理", "논리"),
    ("勞動", "노동"),
    ("韓美", "한미"),
)
BODY = (
    ("法律", "법률"),
    ("國會", "국회"),
    ("處暑", "처서"),
    ("歷史", "역사"),
    ("合意", "합의"),
    ("年末", "연말"),
)
# Sentences of the lead: {0} and {1} are BODY words (their particles fit any reading).
_SENTENCES = (
    "{0} 문제를 두고 {1} 안팎의 논의가 이어지고 있다.",
    "이번 {0} 논의는 {1} 일정과 맞물려 관심을 모은다.",
    "{0}·{1} 관련 쟁점도 함께 다뤄질 예정이다.",
)


def headline(r: random.Random, head: str) -> str:
    """The headline with a Hanja word before it, when it fits (45 characters)."""
    word, _ = r.choice(HEADS)
    sep = r.choice((" ", ", "))
    return f"{word}{sep}{head}" if len(word) + len(sep) + len(head) <= 45 else head


def lead(r: random.Random, text: str) -> str:
    """The lead with a sentence of Hanja words before it."""
    a, b = r.sample(BODY, 2)
    return f"{r.choice(_SENTENCES).format(a[0], b[0])} {text}"
