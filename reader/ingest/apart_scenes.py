"""A photo's caption with no credit, set apart between a story's paragraphs (round 60).

A web page or a weekly sets its photo between two paragraphs and its caption under it, one
line of its own: one sentence telling the scene, its subject first in '이'/'가' ('NAME
연구원이 … 확인하고 있다.', '… 킥보드가 줄지어 서 있다.'), with no credit and often no day or
place (which scenes.photo_moment asks). On a page with a blank line between every paragraph
set apart is no clue by itself: what tells the caption is its form against the paragraphs
around it. They run on in two sentences or more while it is one; it is the story's only
such sentence (a story telling two scenes is narrating them); and the story has no caption
yet. A story's own sentence opens on its topic in '은'/'는' ('주민들은 … 돕고 있다.')."""

from __future__ import annotations

import re

from reader.ingest.credits import PROVIDED_LINE
from reader.ingest.orthography import final
from reader.ingest.pieces import Piece
from reader.ingest.repair import SENTENCE_END
from reader.ingest.scenes import SCENE_MAX, tells_a_scene

APART_SCENE = "article: one scene sentence set apart between paragraphs of more: a caption"
# Its subject early, in '이'/'가' after a word of Hangul: '연구원이 ', '킥보드가 ' (_subject_first).
_SUBJECT = re.compile(r"([가-힣])([이가]) ")
_SUBJECT_REACH = 40  # characters before it
_STOPS = re.compile(r"[.“”\"]")
_TOPIC = re.compile(r"[가-힣][은는] ")
_UNDER = ("text", "subhead", "q", "dash")  # the story goes on under it: a part, a question
_CAPTIONED = ("caption", "credit", "tri")  # a story whose photo is captioned already


def _captioned(p: Piece) -> bool:
    """A caption or a credit, or a giver's line ('누리시 제공') the body reads a caption over."""
    return p.kind in _CAPTIONED or len(p.unit.lines) == 1 and bool(PROVIDED_LINE.match(p.text))


def _scene(p: Piece) -> bool:
    text = p.text
    if p.kind != "text" or len(text) > 2 * SCENE_MAX or not tells_a_scene(text):
        return False
    return len(SENTENCE_END.findall(text)) == 1 and _subject_first(text)


def _subject_first(text: str) -> bool:
    """Does the sentence open on its subject in '이'/'가', no topic in '은'/'는' before it?
    The particle agrees with the syllable it follows ('이' after a final consonant, '가'
    after none): a word that only ends so is no subject ('국가 ', '아이 '), and an adverb's
    '같이' comes after the sentence's topic ('주민들은 이웃과 같이 …')."""
    for m in _SUBJECT.finditer(text, 0, _SUBJECT_REACH + 3):
        if _STOPS.search(text, 0, m.start()):
            return False
        if bool(final(m[1])) == (m[2] == "이"):
            return _TOPIC.search(text, 0, m.start()) is None
    return False


def _runs_on(p: Piece) -> bool:
    """A paragraph of two sentences or more."""
    return p.kind == "text" and len(SENTENCE_END.findall(p.text)) >= 2


def scene_apart(pieces: list[Piece]) -> list[Piece]:
    """Pieces, the one scene sentence set apart between paragraphs read as its caption."""
    if any(_captioned(p) for p in pieces):
        return pieces
    scenes = [k for k, p in enumerate(pieces) if _scene(p)]
    if len(scenes) != 1 or scenes[0] == 0 or scenes[0] + 1 == len(pieces):
        return pieces
    k = scenes[0]
    above, p, under = pieces[k - 1], pieces[k], pieces[k + 1]
    if len(p.unit.lines) != 1 or not p.unit.gap or not under.unit.gap:
        return pieces
    if not _runs_on(above) or under.kind not in _UNDER:
        return pieces
    if under.kind == "text" and not _runs_on(under):
        return pieces
    return [*pieces[:k], Piece("caption", p.chunk, p.unit, rule=APART_SCENE), *pieces[k + 1 :]]
