"""What a photo's caption says last: the scene it shows, in the present progressive ('…
설명하고 있다.'), as a state ('… 세워져 있다.') or named by a noun ('… 핀 모습.', '…
모습이다.'). Prose ends on other verbs ('… 밝혔다.'). One test for every rule that tells a
caption from a sentence."""

from __future__ import annotations

import re

# '… 걷고 있다.', and a state the photo caught: '세워져 있다.', '멈춰 서 있다.', '놓여 있다.'
# ('… 할 수 있다.' and '… 필요가 있다.' are prose).
SCENE_END = r"(?:[고아어여져워와려혀서차쳐겨]\s?있다|(?P<scene>모습)(?:이다)?)\."
_SCENE = re.compile(rf"{SCENE_END}$")


def tells_a_scene(text: str) -> bool:
    """Does the sentence end as a caption's does ('… 걷고 있다.', '… 모습.')?"""
    return _SCENE.search(text) is not None
