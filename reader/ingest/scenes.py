"""What a photo's caption says last: the scene it shows, in the present progressive ('…
설명하고 있다.'), as a state ('… 세워져 있다.') or named by a noun ('… 핀 모습.', '…
모습이다.'). Prose ends on other verbs ('… 밝혔다.'). One test for every rule that tells a
caption from a sentence, and the two that read a lone line between paragraphs as a photo's
caption: one naming a scene by a noun ('… 핀 모습.'), one telling who did what, when and where
('… 살펴보고 있다.')."""

from __future__ import annotations

import re

# '… 걷고 있다.', and a state the photo caught: '세워져 있다.', '멈춰 서 있다.', '놓여 있다.',
# '떠 있다.', '써 있다.' (a stem in 으 contracts: 뜨다, 쓰다) ('… 할 수 있다.' and '… 필요가
# 있다.' are prose).
SCENE_END = r"(?:[고아어여져워와려혀서차쳐겨떠써]\s?있다|(?P<scene>모습)(?:이다)?)\."
_SCENE = re.compile(rf"{SCENE_END}$")


def tells_a_scene(text: str) -> bool:
    """Does the sentence end as a caption's does ('… 걷고 있다.', '… 모습.')?"""
    return _SCENE.search(text) is not None


# A photo's caption that names what it shows, a noun and a period ('… 핀 모습.', a name in
# quotes: '… 들어선 ‘솔안 캠핑장’.'); prose ends in a verb ('…다.', '…요.') and a note in a
# nominal ending ('…함.', '…음.').
_NOUN_END = re.compile(r"[가-힣](?<![다요죠까니네라지오음함됨임등])[’”』」]?\.$")
SCENE_MAX = 60  # characters of such a caption
# A live report's minute ('전반 33분 … 경고.', '후반 45+3분 …'): a timeline's entry, no photo.
_MINUTE = re.compile(r"(?:전반|후반|연장\s?[전후]반)\s?\d{1,3}(?:\+\d{1,2})?분\s")
SCENE_LINE = "article: a line naming a scene ('… 모습.') alone between paragraphs: a caption"


def names_a_scene(text: str) -> bool:
    """One short sentence in a nominal ending, no match minute's entry."""
    if len(text) > SCENE_MAX or not _NOUN_END.search(text):
        return False
    return ". " not in text and not _MINUTE.match(text)


MOMENT_LINE = "article: one sentence of who did what, when and where ('… 있다.') alone: a caption"
# '홍길동씨가 11일 ○○에서 유품을 살펴보고 있다.': a subject, a day, a place and the
# present progressive of captions, in one sentence; prose goes on to say more.
_PHOTO_MOMENT = re.compile(
    r"^[^.“”\"]{0,40}[가이은는] [^.“”\"]*\d{1,2}일 [^.“”\"]*에서 [^.“”\"]*고 있다\.$"
)


def photo_moment(text: str) -> bool:
    if not text.endswith("있다."):
        return False  # cheap test first
    return len(text) <= 2 * SCENE_MAX and bool(_PHOTO_MOMENT.match(text))
