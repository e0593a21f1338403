"""A particle set close after a closing bracket or quotation mark, torn to the next line.

Korean print sets a particle, a quotation's ending or the honorific 씨 close after the
mark that closes a bracket or a quotation ('김모(52)씨는', '(승점 45)와의', '"…하겠다"고
말했다'), and a particle after a percent sign ('7.75%로'): where a line ends on such a mark
and the next opens on such a word, the break tears one word. A quotation closed on a
sentence's stop ('말했다."') ends its sentence, and a word that only starts like one
('이번에', '가운데') is a word of its own. A paper that spaces the honorific ('김모(52) 씨',
as the orthography has it) wraps its line at that space: where its pages print it so more
often than close, '씨' at a line's start keeps its space.
"""

from __future__ import annotations

import re

# The mark closes what is set close to a word or a number: no space and no sentence's stop
# before it.
_CLOSED = re.compile(r"[^\s.?!…][)\]’”'\"」』%]$")
# The next line's first word, whole: the honorific or a quotation's ending, a particle, and
# at most one of the particles that stack after another ('와의', '씨는'): a longer run of
# particles' syllables is a word of its own ('도로', '이가').
PARTICLES = (
    r"(?:은|는|이|가|을|를|의|에|에서|에게|께서|와|과|로|으로|도|만"
    r"|보다|까지|부터|처럼|마저|조차|이다|이며|이고|였다|이었다)"
)
STACKED = r"(?:의|는|은|도|만)"
_ATTACHED = re.compile(
    rf"(?:(?:씨|고|며|라고|라며|이라고|이라며){PARTICLES}?|{PARTICLES}){STACKED}?(?![가-힣])"
)


def attached_after_closer(left: str, right: str) -> bool:
    """left ends on a closing bracket or quote set close to its word, and right opens on
    the particle, ending or honorific that word carries on."""
    return bool(_CLOSED.search(left[-2:])) and bool(_ATTACHED.match(right))


# The honorific after a closing bracket, spaced or set close, a line's end not counted.
_HONORIFIC_SPACED = re.compile(r"[)\]] 씨(?![가-힣]{2})")
_HONORIFIC_CLOSE = re.compile(r"[)\]]씨(?![가-힣]{2})")


def spaces_honorific(text: str) -> bool:
    """The paper sets '씨' apart after a bracket ('김모(52) 씨는') more often than close."""
    return len(_HONORIFIC_SPACED.findall(text)) > len(_HONORIFIC_CLOSE.findall(text))
