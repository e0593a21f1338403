"""A web copy's foot under its story: the related links ('관련기사' over '▶ …' lines), the
copyright line, the share buttons ('공유하기 페이스북 카카오톡 URL복사'), the story's tags
('#수산시장 #도하'), the readers' reaction counts ('좋아요 12 슬퍼요 3') and a note to
readers ('※ 제보를 받습니다'). The page prints
them under the story's closing byline; they are the story's (docs/representation.md, "A web
copy's foot"), so a byline before them ends no item. So is a photo's caption printed there
('[사진] …' over its giver's credit), on paper and on the web alike."""

from __future__ import annotations

import re

from reader.ingest.credits import COPYRIGHT, COPYRIGHT_MAX, PROVIDED_LINE, credit_suffix
from reader.ingest.lines import Para
from reader.ingest.related_links import LINK, TITLE
from reader.ingest.scenes import tells_a_scene

FOOT_LINE = "article: a web page's share, reaction or copyright line: a paragraph, never a subhead"
WEB_FOOT = "items: a web copy's foot (related links, copyright, share lines) under its byline"
# A line of share buttons or of reaction counts ('좋아요 12 훈훈해요 0': a feeling's word in
# '…요' and its count), nothing else on it.
_SHARE_WORD = (
    r"(?:기사|공유하기|공유|페이스북|카카오톡|카카오스토리|트위터|밴드|X|URL복사|링크복사"
    r"|인쇄|스크랩|글자크기|본문|글씨|크게|작게|가|\|"
    # a site's buttons that send the story ('SNS 기사보내기', '페이스북(으)로 기사보내기') or
    # size its text ('본문 글씨 키우기')
    r"|SNS|기사보내기|키우기|줄이기)(?:\(으\)로)?"
)
_SHARE = re.compile(rf"^(?=.*(?:공유|복사|글자크기|글씨|보내기)){_SHARE_WORD}(?: {_SHARE_WORD})+$")
# Possessive: the spaces around a bar are read one way only, so a long line fails at once.
_REACTION = re.compile(
    r"^(?:(?:[가-힣]{1,4}요|후속기사\s?원해요|댓글)\s?\d++\s*+(?:\|\s*+)?+){2,}+$"
)
# The site's own buttons, each alone on its line: a comment count, a recommend or share
# prompt, or one share button ('공유하기' or '공유', '글자크기', '인쇄') where the site sets one a
# line.
_BUTTON = re.compile(
    r"^(?:댓글 \d+|이 기사를 (?:추천|공유)합니다(?: \d+)?|공유(?:하기)?|글자크기|인쇄|스크랩"
    r"|[가-힣A-Za-z]{1,8}(?: [가-힣A-Za-z]{1,8}){0,3} ?[>›])$"  # a link's button: '구매하러 가기 >'
)
# The story's tags: '#수산시장 #새벽경매 #도하', each naming something; '#1' alone numbers a
# feature's part.
_TAG = r"#(?=[^\s#]{0,19}[^\s#\d])[^\s#]{1,20}"
# A map's or a chart's maker in a caption's credit.
_GRAPHIC = re.compile(r"(?:지도|그래픽)\s*=")
_HASH_TAGS = re.compile(rf"^{_TAG}(?: {_TAG}){{0,11}}$")


def foot_line(text: str) -> bool:
    """A share, reaction or copyright line of a web page."""
    if len(text) > COPYRIGHT_MAX:
        return False  # a paragraph of text: no foot line is longer than the copyright's
    return bool(
        _SHARE.match(text)
        or _REACTION.match(text)
        or _BUTTON.match(text)
        or _HASH_TAGS.match(text)
        or COPYRIGHT.match(text)
    )


def share_line(text: str) -> bool:
    """A line of the site's share, print or font-size buttons, nothing else on it."""
    return len(text) <= COPYRIGHT_MAX and bool(_SHARE.match(text) or _BUTTON.match(text))


# One share button alone on its line ('페이스북', 'URL복사'): a site's button only in a run
# its first button began, as a word like '기사' alone is no button.
_ONE_WORD = re.compile(rf"^{_SHARE_WORD}$")


def share_run(texts: list[str]) -> int:
    """How many of texts, from the first, are the site's buttons: share lines, and after the
    first of them the single buttons a site sets one a line ('공유하기' / '페이스북' / …).
    A run of two or more single buttons may open on any of them ('페이스북' / '카카오톡' /
    'URL복사') when one of the run shares, copies or sizes the story: no word of prose does."""
    n = 0
    for text in texts:
        if not (share_line(text) or n and _ONE_WORD.match(text)):
            break
        n += 1
    return n or _single_buttons(texts)


_SENDS = re.compile(r"공유|복사|글자크기|글씨|보내기")  # what only a button says, as _SHARE asks
_RUN_MIN = 2  # single buttons one a line that make a run with no share line to open it


def _single_buttons(texts: list[str]) -> int:
    """The run of single buttons from the first text, or 0 (bounded by texts' length)."""
    n = next((i for i, text in enumerate(texts) if not _ONE_WORD.match(text)), len(texts))
    return n if n >= _RUN_MIN and any(_SENDS.search(t) for t in texts[:n]) else 0


def web_foot(paras: list[Para], k: int) -> str | None:
    """The rule that makes paragraph k the web page's foot, or None: the related links'
    title over a link, a link under it, a share, reaction or copyright line, or a note to
    readers ('※ …') (WEB_FOOT); or the site's short lines over them (FOOT_ABOVE)."""
    if _foot(paras, k):
        return WEB_FOOT
    return FOOT_ABOVE if furniture_over_foot(paras, k) else None


FOOT_ABOVE = (
    "items: a site's short lines under the byline ('[최저가 보기] …', '구매하러 가기 >') over"
    " its foot (related links, copyright): the story's foot too"
)
_FURNITURE_PARAS = 2  # paragraphs of a site's lines between the byline and its foot
_SENTENCE_END = re.compile(r"(?:다|요|[.?!])[.?!]?[\"'”’)]?$")


def furniture_over_foot(paras: list[Para], k: int) -> bool:
    """Paragraph k holds only a site's short lines, none a sentence (a shopping box's
    prices and its '구매하러 가기 >', a note '※ …'), and the foot (related links, the
    copyright) follows within _FURNITURE_PARAS paragraphs: a web page prints nothing but
    its own furniture between a story's byline and its foot, so these are the story's too."""
    for j in range(k, min(k + _FURNITURE_PARAS, len(paras))):
        if j > k and _foot(paras, j):
            return True
        if not all(_furniture(x.text) for x in paras[j].lines):
            return False
    return k + _FURNITURE_PARAS < len(paras) and _foot(paras, k + _FURNITURE_PARAS)


def _furniture(text: str) -> bool:
    if note_line(text):
        return True
    return len(text) <= COPYRIGHT_MAX and not _SENTENCE_END.search(text)


def _foot(paras: list[Para], k: int) -> bool:
    lines = paras[k].lines
    first = lines[0].text
    if TITLE.match(first):
        after = lines[1:2] or (paras[k + 1].lines[:1] if k + 1 < len(paras) else [])
        return bool(after) and bool(LINK.match(after[0].text))
    if LINK.match(first) and k:  # the next link of the list under the title
        above = paras[k - 1].lines[-1].text
        return bool(TITLE.match(above) or LINK.match(above))
    return foot_line(first) or note_line(first)


NOTE_MAX = 2 * COPYRIGHT_MAX  # characters: a note to readers, not a paragraph


def note_line(text: str) -> bool:
    """The outlet's note to its readers under the byline ('※ 제보를 받습니다. 제보: …', '※
    외부 필자의 기고는 …'): a reference mark never opens a headline, so it is the story's."""
    return text.startswith("※") and len(text) <= NOTE_MAX


CAPTION_UNDER = (
    "items: a photo's, a map's or a chart's caption under the story's byline"
    " ('[사진] …' / 'ORG 제공', '… / 그래픽=NAME 기자')"
)
_PHOTO_MARK = re.compile(r"^[\[(]사진[\])]\s?\S")


def caption_under(paras: list[Para], k: int) -> bool:
    """Paragraph k, right under a story's closing byline, is its photo's caption: a line
    marked '[사진]', or one sentence over its giver's credit ('가온대병원 제공'), or a map's
    or a chart's caption ending in its maker's credit ('… 현황. / 그래픽=NAME 기자'); the
    story's still, never an item of its own."""
    lines = paras[k].lines
    if len(lines) > 2 or len(lines[0].text) > COPYRIGHT_MAX * 2:
        return False
    if len(lines) == 1 and (credit := credit_suffix(lines[0].text)) and _GRAPHIC.search(credit):
        return True  # a photo stands alone at times; a map or a chart shows a story's figures
    if k and not paras[k].gap and PROVIDED_LINE.match(lines[0].text):
        return bool(_PHOTO_MARK.match(paras[k - 1].lines[-1].text))  # the credit, cut apart
    if _PHOTO_MARK.match(lines[0].text):
        if len(lines) == 2:
            return bool(PROVIDED_LINE.match(lines[1].text))
        # a '[사진]' line alone, unless prose goes on tight under it: then it heads a photo
        # story of its own ('[사진] 오늘의 풍경' / '한빛공원에 단풍이 …')
        below = paras[k + 1] if k + 1 < len(paras) else None
        return below is None or bool(below.gap) or bool(PROVIDED_LINE.match(below.lines[0].text))
    credited = len(lines) == 2 and bool(PROVIDED_LINE.match(lines[1].text))
    return credited and tells_a_scene(lines[0].text) or k > 0 and _scene_credited(paras, k)


def _scene_credited(paras: list[Para], k: int) -> bool:
    """'… 빈집들이 늘어서 있다.' alone under '글·사진=NAME 기자', or '… 포즈를 취하고 있다.
    /NAME 기자' under any byline: a scene whose photo the byline above or its own credit
    names, the story's caption (a brief after a byline tells news, not a scene). Set apart
    by a blank line: on a page without them a caption stands over its own story's head too."""
    lines = paras[k].lines
    if len(lines) != 1 or not paras[k].gap:
        return False
    text = lines[0].text
    credit = credit_suffix(text)
    scene = text[: len(text) - len(credit)].rstrip() if credit else text
    return tells_a_scene(scene) and bool(credit or "사진=" in paras[k - 1].lines[-1].text)
