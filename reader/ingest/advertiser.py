"""Who placed an ad: the word of its title that the ad repeats (its name)."""

from __future__ import annotations

import re
from collections import Counter

from reader.model import AdBlock, ListBlock, Photo, Table, Text

_JOSA = re.compile(r"(으로|로|은|는|이|가|을|를|의|에서|에|와|과|도|만)$")
# Words every ad repeats; they never name the advertiser.
_AD_WORDS = frozenset(
    """모집 안내 분양 할인 행사 초대 이벤트 접수 문의 신청 회원 특별 혜택 기간 대축제 축제
    세일 오픈 개업 공고 상담 예약 무료 가격 판매 구매 수강생 입주자 선착순""".split()
)


def _words(text: str) -> list[str]:
    return [_JOSA.sub("", w.strip("!?.,()[]‘’“”'\"")) for w in text.split()]


def advertiser(title: Text | None, blocks: list[AdBlock]) -> str | None:
    """The title word the ad repeats elsewhere (its name); brand-like words first."""
    if title is None:
        return None
    body = " ".join(_block_text(b) for b in blocks)
    counts = Counter(w for w in _words(body) if len(w) >= 2)
    candidates = [
        w
        for w in _words(title.text)
        if len(w) >= 2 and counts[w] > 0 and w not in _AD_WORDS and not w.islower()
    ]  # a word in small letters ('the', 'is') names no one: a name is capitalised
    if not candidates:
        return None
    return max(candidates, key=lambda w: (bool(re.search(r"[A-Za-z]", w)), counts[w], len(w)))


def _block_text(b: AdBlock) -> str:
    if isinstance(b, ListBlock):
        return " ".join(t.text for t in b.items)
    if isinstance(b, Table):
        return " ".join(t.text for row in [b.header, *b.rows] for t in row)
    if isinstance(b, Photo):
        return ""  # a picture has no words
    return b.text
