"""A web copy's head printed as one block: the outlet's name (its address perhaps under
it), the section's word, the headline and its deck if the site prints them there, the
time stamp ('입력 2026.12.04 06:40 | 수정 …', a reporter's name perhaps before it) and the
site's share and font-size buttons, the block ending on them.

A reader takes such a block whole, in whatever order the site sets it: the name is the
outlet, the word (or the breadcrumb, '라이프 > 맛집') the page's label, the stamp and the buttons
the site's furniture, and the lines left, over the stamp or under it or under the buttons,
the story's headline, deck or byline, none closing a sentence. Three marks bind it, none of
them a story's: a stamp only a web page prints, a one-word name over a section's line, and
the buttons in the block or opening the next (docs/representation.md, "A web copy's head");
with no address, the headline in the block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.ingest.letters import SENTENCE_CLOSES
from reader.ingest.lines import Line
from reader.ingest.masthead import SECTIONS, URL, MastheadResult
from reader.ingest.outlet import (
    BREADCRUMB,
    SECTION_MAX,
    SECTION_WORD,
    STAMP,
    credited,
    stamp_date,
)
from reader.ingest.web_foot import share_run
from reader.model import Masthead, Text

RULE = (
    "masthead: a web copy's head block (outlet, section's word, headline, stamp, share"
    " buttons): the stamp over or under the headline"
)
# The outlet's name, one word ('누리온뉴스', '테크누리'): a headline has several; its address
# may stand beside it ('온새미로뉴스 | onsaemiro.kr').
_NAME = re.compile(
    r"^(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15}+)(?:(?: \| | )(?P<url>\S{4,60}+))?$"
)
_SECTION = re.compile(rf"^{SECTION_WORD}$")  # '사회', 'IT·가전', '정치·행정'.
_TAGS = frozenset("속보 단독 긴급 특종 르포 해설 영상 기획 이슈 초점 탐사 팩트체크".split())
_BETWEEN_MAX = 3  # lines between the section's word and the stamp: a headline and two decks
_BUTTONS_MAX = 6  # lines of buttons a site sets one a line


def head_block(block: list[Line], later: Sequence[str] = ()) -> MastheadResult | None:
    """The masthead of a page whose first block is a web copy's head (module doc), its
    label the section's word; or None. later: the page's text under the block."""
    if len(block) < 3 or (named := _NAME.match(block[0].text)) is None:
        return None
    name, url = named["name"], named["url"]
    if name in _TAGS or name in SECTIONS or url is not None and not URL.fullmatch(url):
        return None  # a tag or a section's word names no outlet
    k = 1
    if url is None and (u := URL.fullmatch(block[1].text)):
        k, url = 2, u.group()
    if k >= len(block):
        return None
    section, word = block[k], _section_before_stamp(block[k].text, name)
    if word:  # the section's word opens the stamp's line ('인물 | NAME 기자 | 입력 …')
        stamp, under, over = section, block[k + 1 :], []
        label = Text(word, [(section.start, section.start + len(word))])
    else:
        if not _section_line(section.text):
            return None
        window = block[k + 1 : k + 2 + _BETWEEN_MAX]
        s = next((i for i, x in enumerate(window) if STAMP.search(x.text)), None)
        if s is None:
            return None
        stamp = window[s]
        if not _stamp_line(stamp.text, name):
            return None  # the stamp inside a sentence: the story has begun
        under, over = block[k + 2 + s :], block[k + 1 : k + 1 + s]  # over: a headline
        label = Text(section.text, [(section.start, section.end)])
    # the buttons under at most a headline and its decks (a bounded look, linear in the block)
    at = range(min(len(under), _BETWEEN_MAX + 1))
    b = next((i for i in at if _buttons(under[i : i + _BUTTONS_MAX])), len(under))
    buttons = under[b : b + _buttons(under[b : b + _BUTTONS_MAX])]
    story = [*over, *under[:b], *under[b + len(buttons) :]]
    if word and (story or not buttons):
        return None  # the block goes on past the buttons: not the head alone
    if len(story) > _BETWEEN_MAX or any(SENTENCE_CLOSES.search(x.text) for x in story):
        return None  # the story's text in the block: not the head alone
    if not buttons and not (later and _buttons(later[0].split("\n", _BUTTONS_MAX)[:_BUTTONS_MAX])):
        return None  # no buttons in the block or opening the next: no site's head
    if url is None and not word and not story and not credited(name, later):
        # no headline in the block, no address: the word over the section and the stamp
        # may be a headline's ('손흥민') unless the page credits it as an outlet
        return None
    m = STAMP.search(stamp.text)
    assert m is not None
    lines = [*block[:k], stamp, *buttons]
    spans = [(x.start, x.end) for x in lines]
    if word:  # the stamp's line is the head's but for the section's word
        spans[k] = (stamp.start + len(word) + 1, stamp.end)  # from its bar on
    masthead = Masthead(paper=name, url=url, date=stamp_date(m), spans=spans)
    return MastheadResult(masthead, k, [], RULE, label)


def _section_line(text: str) -> bool:
    """The section's word ('사회', 'IT·가전') or the site's breadcrumb ('라이프 > 맛집')."""
    if text in _TAGS:
        return False
    return bool(len(text) <= SECTION_MAX and _SECTION.match(text) or BREADCRUMB.match(text))


def _buttons(lines: Sequence[Line | str]) -> int:
    """How many of lines, from the first, are the site's buttons (one a line, or a line of
    them between bars)."""
    texts = [x if isinstance(x, str) else x.text for x in lines]
    return share_run(texts) or int(bool(texts) and _bar_buttons(texts[0]))


def _section_before_stamp(text: str, name: str) -> str:
    """The section's word before a bar that opens the stamp's line ('인물 | 송채원 기자 |
    입력 …'), or ""."""
    word, bar, rest = text.partition(" | ")
    if not bar or word in _TAGS or not _SECTION.match(word) or len(word) > SECTION_MAX:
        return ""
    return word if _stamp_line(rest, name) and STAMP.search(text) else ""


# The stamp's line: the stamp first, or after a reporter's name, the outlet's name or the
# copy's tag and a bar ('이수아 기자 | 입력 …', '누리온뉴스 | 입력 …', '라이브 | 입력 …').
_STAMP_LINE = re.compile(
    r"^(?:[가-힣]{2,4} 기자 \| |(?P<name>[가-힣A-Za-z0-9]{2,16}) \| )?(?:기사)?(?:입력|등록|승인)"
)


def _stamp_line(text: str, name: str) -> bool:
    m = _STAMP_LINE.match(text)
    return m is not None and (m["name"] is None or m["name"] == name or m["name"] in _TAGS_LIVE)


_TAGS_LIVE = _TAGS | {"라이브", "생중계", "실시간"}
# The site's buttons on one line between bars ('기사를 읽어드립니다 | 공유 | 스크랩 | 인쇄').
_BUTTON_WORDS = frozenset(
    "공유 공유하기 스크랩 인쇄 글씨크기 글자크기 URL복사 링크복사 페이스북 카카오톡".split()
)
_BAR_PARTS_MAX = 8
_BAR = re.compile(r"\s+\|\s+")


def _bar_buttons(text: str) -> bool:
    """A line of short parts between bars, two or more of them the site's buttons."""
    if len(text) > 80 or " | " not in text:
        return False
    parts = _BAR.split(text)  # a site may set its bars wide ('기사 듣기  |  공유하기')
    return len(parts) <= _BAR_PARTS_MAX and sum(p in _BUTTON_WORDS for p in parts) >= 2
