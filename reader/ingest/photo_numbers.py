"""A photo story's captions, each led by its photo's number ('[사진1] …', '① …') and telling
in one sentence what the photo shows ('… 부르고 있다.', '… 모습.'), perhaps with its credit
('/독자 제공'). A numbered paragraph of prose ends on another verb ('… 밝혔다.'): it stays
text."""

from __future__ import annotations

import re

NUMBERED_PHOTO = "article: a line led by its photo's number ('[사진1]', '①') on a scene: a caption"
_NUMBER = re.compile(r"^(?:[\[<(]사진\s?\d{1,2}[\]>)]|[①-⑳])\s?")
# What a caption says last: the present progressive or a scene's noun, then a credit.
_SCENE_END = re.compile(r"(?:고 있다|모습)\.(?: ?/[^./]{1,30}+)?$")
_CAPTION_MAX = 200  # characters: one sentence's caption


def numbered_photo(text: str) -> bool:
    """One line led by a photo's number that ends as a caption ends, one sentence."""
    if len(text) > _CAPTION_MAX or not _NUMBER.match(text) or not _SCENE_END.search(text):
        return False
    return ". " not in text.rstrip(".")  # one sentence
