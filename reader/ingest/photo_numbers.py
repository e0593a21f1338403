"""A photo story's captions, each led by its photo's number ('[사진1] …', '① …', a gallery's
'1/6 …') and telling in one sentence what the photo shows ('… 부르고 있다.', '… 모습.'),
perhaps with its credit ('/독자 제공'). A numbered paragraph of prose ends on another verb
('… 밝혔다.'): it stays text. A circled number also leads a story's points ('① 대출이 늘고
있다.'): led by one, a line is a caption only with a photo's own sign, its credit or a
scene's noun."""

from __future__ import annotations

import re

from reader.ingest.scenes import SCENE_END

NUMBERED_PHOTO = (
    "article: a line led by its photo's number ('[사진1]', '①', '1/6') on a scene: a caption"
)
# A gallery's counter ('1/6 …': the first of six photos) is a photo's number too.
_NUMBER = re.compile(
    r"^(?:(?P<photo>[\[<(]사진\s?\d{1,2}[\]>)])|[①-⑳]|(?P<n>\d{1,2})/(?P<of>\d{1,2})(?=\s))\s?"
)
# What a caption says last: the present progressive or a scene's noun, then a credit.
_SCENE_END = re.compile(rf"{SCENE_END}(?P<credit> ?/[^./]{{1,30}}+)?$")
_CAPTION_MAX = 200  # characters: one sentence's caption


def numbered_photo(text: str, photo_story: bool = False) -> bool:
    """One line led by a photo's number that ends as a caption ends, one sentence. In a
    photo story (`photo_story`), a circled number needs no sign of its own."""
    if len(text) > _CAPTION_MAX or not (number := _NUMBER.match(text)):
        return False
    if not (end := _SCENE_END.search(text)):
        return False
    counted = number["n"] is not None and 0 < int(number["n"]) <= int(number["of"])
    if not (photo_story or number["photo"] or counted or end["scene"] or end["credit"]):
        return False  # '① 주택담보대출이 빠르게 늘고 있다.': a point of the story
    said = text[: end.start("credit")] if end["credit"] else text
    return ". " not in said.rstrip(".")  # one sentence


def photo_story(lines: list[str]) -> bool:
    """Does one of an article's numbered lines show itself a photo's caption ('[사진2] …',
    '… 모습.', '… 있다. /독자 제공')? Then its circled lines are the photos' captions."""
    return any(numbered_photo(text) for text in lines)
