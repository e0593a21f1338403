"""A page of small ads sorted under category heads ('■ 구인', '부동산', '렌트 FOR RENT'):
each head is an item of its own, a title over nothing, and each ad under it another. An
English head in capitals among notices is `notices_title.title_alone`'s."""

from __future__ import annotations

import re

from reader.ingest.ad import HEADING
from reader.ingest.ad_marks import AD_SCORE, ad_score
from reader.ingest.lines import Para

HEAD_OVER_ADS = "items: a category's head over the small ads under it"

_HEAD_MAX = 20  # characters: a category is named in a word or two
# A figure, a stop, a colon or a bracket: a title, a date or a price, no category's name.
_NOT_A_NAME = re.compile(r"[\d.,:;!?()\[\]<>\"'~=@]")
# A classified page's number for its category, set apart before the name: '100 구인',
# '1. 구인', '[101] 구인' (a figure run into a word, '12월호', is a date's or a title's).
_CODE = re.compile(r"^(?:\d{1,4}[.)]?|[\[(]\d{1,4}[\])])\s+(?=\D)")


def category_head(part: list[Para]) -> bool:
    """A part that is one short line alone, a name without figures or stops, its number
    perhaps before it: a category."""
    if len(part) != 1 or len(part[0].lines) != 1:
        return False
    text = _CODE.sub("", HEADING.sub("", part[0].lines[0].text)).strip()
    return 0 < len(text) <= _HEAD_MAX and not _NOT_A_NAME.search(text)


def category_heads(parts: list[list[Para]], contacts: list[bool]) -> set[int]:
    """The parts that head a category: each over two ads at least, each with its own contact
    (contacts: whether each part holds one; a last part cut off at the page's end has no
    entry). A lone line over one ad is that ad's own title, set apart; parts that do not
    read as ads together are a story's paragraphs under its subhead, each with a phone."""

    def ad(j: int) -> bool:
        return j < len(contacts) and contacts[j] or j == len(contacts) < len(parts)

    heads = {
        k
        for k, part in enumerate(parts[: len(contacts)])
        if not contacts[k] and category_head(part) and ad(k + 1) and ad(k + 2)
    }
    if heads and ad_score([para for part in parts for para in part]) < AD_SCORE:
        return set()
    return heads
