"""Credits: who took a photo, drew a map or sent the story, and how a caption ends in one.

A photo's caption ends in its credit ('…있다./광주시 제공', '… /연합뉴스', '[사진=뉴시스]',
'… (Photo by NAME)') or has a credit line of its own under it ('ⓒ 홍길동', '사진=홍길동 기자',
'지도=○○신문 그래픽팀'); a copyright notice closes an article online.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.ingest.repair import SENTENCE_END

# A news agency's name alone on a line credits the photo above it, or the whole article.
_AGENCIES = ("연합뉴스", "뉴시스", "뉴스1", "뉴스핌", "AP", "AFP", "로이터", "EPA", "신화")
_AGENCY = rf"(?:{'|'.join(_AGENCIES)})"
# A wire photo's credit after its caption: the agency, the place before it, the agency that
# sells it after it ('… 있다. 브뤼셀=AP 뉴시스', '… 있다. AP 뉴시스').
_PLACE = 10  # syllables of the place before '=' ('브뤼셀=AP')
_PAPER = 10  # syllables of the paper that buys the photo, after the agency ('AFP=한빛')
# or the place, a space, the agency, '=' and the paper that buys it ('… 있다. 리오나
# AFP=한빛'); a place and the agency with no paper is no such credit ('… 있다. 서울 연합뉴스')
_WIRE = (
    rf"(?:(?:[가-힣]{{1,{_PLACE}}}=)?{_AGENCY}(?:\s{_AGENCY})?"
    rf"|[가-힣]{{1,{_PLACE}}}\s{_AGENCY}=[가-힣]{{2,{_PAPER}}})"
)
AGENCY_LINE = re.compile(rf"^/?\s*{_AGENCY}$")
# '사진=홍길동 기자' credits a photo; '글·사진=홍길동 기자' is the writer's byline. A map or a
# chart is credited so too: '지도=○○신문 그래픽팀', '그래픽=홍길동 기자'.
PHOTO_CREDIT = re.compile(r"^[\[(<]?\s*(?P<word>사진|지도|그래픽)\s*(?:=|제공)")
# '[한빛뉴스 자료사진]', '[○○시 제공]' alone on a line: a photo's credit, its only caption.
BRACKET_CREDIT = re.compile(r"^\[[^\[\]]{1,25}\s?(?:자료\s?사진|사진|제공)\]$")
# '〈寫眞〉 十六日 午後 …', '<사진> 시민들이 …': the photo's caption, marked as such.
PHOTO_MARK = re.compile(r"^(?:〈\s*(?:寫眞|사진)\s*〉|<\s*사진\s*>|【\s*(?:寫眞|사진)\s*】)\s*\S")
# '그림=홍길동 화백' under a cartoon: who drew it (a byline), closing the cartoon's caption.
DRAWING_CREDIT = re.compile(r"^그림\s*=")
# 'Picture: SAM ELLERY', 'Photo by Tom Birchall' on the line under an English caption; in
# capitals ('PICTURE: SAM ELLERY'), or after a dash and closed by a stop as the 1910s set it
# ('—Photo by Keller.').
_EN_CREDIT = (
    r"^(?:[—–] ?)?(?:Photo(?:graph)?s?|Pictures?|PHOTO(?:GRAPH)?S?|PICTURES?)(?: by|:) "
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}$"
)
# A wire photo's credit alone under its caption: '(AP Photo/Ray Almquist)', 'Reuters
# Photo/NAME'; the agency's word, 'Photo', a slash, the photographer.
_WIRE_PHOTO = r"^\(?(?:[A-Z][A-Za-z]{1,10} )?Photo/[A-Z][\w.'’ -]{1,40}\)?$"
# or in brackets, the paper's name before it: '(Courier photo by Dana Whitcomb)'.
_EN_BRACKETED = (
    r"^\((?:[A-Z][\w'’.-]* ){0,2}[Pp]hoto(?: by|:) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}\)$"
)
CREDIT = re.compile(
    rf"^(?:ⓒ|©)|{PHOTO_CREDIT.pattern}|{AGENCY_LINE.pattern}|{_EN_CREDIT}|{_WIRE_PHOTO}"
    rf"|{_EN_BRACKETED}"
)
# The notice that closes an article online: '저작권자 © 누리뉴스 무단전재 및 재배포 금지',
# often printed in angle brackets.
COPYRIGHT_MAX = 80  # characters: the longest such notice; a longer line is a paragraph
COPYRIGHT = re.compile(  # its sign looked for before the line's length: most lines fail there
    rf"^(?=[<\[]?\s*(?:저작권자|[©ⓒ]|\(c\)|Copyright))(?=.{{0,{COPYRIGHT_MAX}}}$)"
    r"[<\[]?\s*(?:저작권자\s*)?(?:[©ⓒ]|\(c\)|Copyright)"
    r".*(?:무단|재배포|rights reserved)",
    re.IGNORECASE,
)
_CREDITED = r"[가-힣A-Za-z0-9·]{2,15}(?:\s[가-힣A-Za-z0-9·]{1,10})?"
# 'ORG 제공' alone on the line under a caption ('/ORG 제공', '(ORG 제공)'): who provided
# the photo.
PROVIDED_LINE = re.compile(rf"^(?:/\s?|\()?{_CREDITED}\s?제공\)?$")
# What a caption's credit names the maker of: a photo, a map, a chart.
_DRAWN = "(?:사진|지도|그래픽)"
# A credit closing a caption: after a sentence end, a space or a word, never inside a URL.
CREDIT_SUFFIX = re.compile(
    r"(?:(?<=[.!?”’\"')\s])|(?<=[가-힣]))"
    rf"(?:/\s*(?:{_DRAWN}\s*=\s*)?{_CREDITED}(?:\s*(?:제공|촬영)|\s기자)?"
    # the place the photo was sent from before its agency, after the caption's sentence
    # ('… 있다. /누리시=한빛통신'); inside a sentence '원/달러=' is a rate
    rf"|(?:(?<=[.!?]\s)|(?<=[.!?]))/\s*[가-힣]{{1,{_PLACE}}}={_CREDITED}"
    r"|[\[(]\s*사진\s*=\s*[^\])]{1,25}[\])]"
    # who gave the photo, then whose it is ('[독자 제공=뉴스누리]')
    # (a giver of data, figures or advice credits no photo: '[자료 제공=한국은행]')
    rf"|(?<=[.!?]\s)[\[(](?!자료|통계|도움말|정보|출처){_CREDITED}\s?제공\s?=\s?[^\[\]()=]{{2,15}}[\])]"
    # the giver named with a title ('사진=NAME 교사 제공'); a map's or a chart's maker
    # ('… 위치도. 지도=ORG 그래픽팀')
    rf"|(?<=[.\s]){_DRAWN}\s*=\s*{_CREDITED}(?:\s제공)?"
    # 'ORG 제공' after the caption's sentence and a space, no slash ('… 있다. 청림군 제공')
    rf"|(?<=[.!?]\s){_CREDITED}\s제공"
    # the agency's name alone after a Korean sentence ('… 있다. 연합뉴스': after an English
    # one it credits the story), a mark of copyright and the holder ('… 있다. ⓒ뉴스라인',
    # '… 전경. ⓒ 뉴스누리 자료사진')
    rf"|(?<=[가-힣][.!?]\s){_WIRE}"
    rf"|(?<=[.!?]\s)[ⓒ©]\s?{_CREDITED}"
    # a portrait's: the person named and the holder ('서다인 변호사 ⓒ법무법인 온새미')
    rf"|(?<=[가-힣]\s)[ⓒ©]\s?{_CREDITED})\.?$"
)
_AGENCY_END = re.compile(rf"[가-힣][.!?]\s{_WIRE}$")
# The longest _AGENCY_END match, and a line's newline: a search from there finds what a
# search of the whole line finds, without trying every Hangul syllable of it (a sentence's
# end and its space, a place and '=' or a space, an agency, then a space and another agency
# or '=' and the paper).
_LONGEST_AGENCY = max(map(len, _AGENCIES))
_AGENCY_END_REACH = 3 + _PLACE + 1 + _LONGEST_AGENCY + 1 + max(_LONGEST_AGENCY, _PAPER) + 1
# A copy's copyright ends its last paragraph, not a photo's caption: 'ⓒ한결일보 무단전재'.
_RIGHTS = re.compile(r"무단|재배포|[Aa]ll [Rr]ights")
# '저작권자 ⓒ한빛뉴스' alone: the copy's copyright, short of its '무단전재' words, no portrait
_RIGHTS_HOLDER = re.compile(r"^[<\[]?\s*(?:저작권자|[Cc]opyright)")


# An English caption's credit after its sentence: '… on Tuesday. (Photo by Lena Ortiz)'.
# '(Courier photo by Lena Park)' names the paper before it, '(Photo: Ken Ito/Ledger)' a colon.
EN_CREDIT_SUFFIX = re.compile(
    r"(?<=[.!?]\s)\((?:[A-Z][\w'’.-]*\s+){0,3}(?:[Pp]hotos?|[Pp]hotograph|[Ii]llustration)"
    r"(?:\s+(?:by|courtesy(?:\s+of)?)\s|:\s*|/)[^()]{2,40}\)$"
)
# or after a dash, in capitals as some dailies print it: '… on Tuesday. — PHOTO: NAME'.
_DASH_CREDIT = re.compile(
    r"(?<=[.!?]\s)[—–]\s?(?:PHOTO|Photo|PICTURE|Picture)S?:\s?[A-Z][\w.'’ /-]{1,40}$"
)
_DASH_REACH = 60  # characters from the line's end the dash's credit is looked for in
# or bare after the sentence, the photographer's name in capitalised words, the agency after
# a slash: '… on Friday. Photo: Lena Ortiz', '… Photograph: Lena Marsh/Northlight'.
_BARE_CREDIT = re.compile(
    r"(?<=[.!?]\s)(?:Photo(?:graph)?|PHOTO(?:GRAPH)?|Picture|PICTURE):\s?"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:/[A-Z][\w'’ .-]{1,30})?$"
)


_EN_CREDIT_WORD = re.compile(r"[Pp]hoto|[Ii]llustration")
_NUMBERED = re.compile(r"\d{1,2}\.\s")


# A slash between figures or after a figure's unit: a rate, a span, no credit.
_FIGURES = re.compile(r"\d[가-힣]{0,2}/\s?(?:\d|[가-힣]{1,2}$)")
# Looked for at the credit's own slash only (a figure and its unit before it): a gallery's
# counter opening the caption ('6/6 … 사진=NAME 기자') is no rate.
_UNIT_REACH = 3
_PRICE = re.compile(r"\d(?:[\d,.]*\d)?\s?(?:만|천)?\s?(?:\d[\d,]*\s?)?원\s*$")


@lru_cache(maxsize=8192)  # asked of most lines twice: by line_kind and by the passes
def credit_suffix(text: str) -> str | None:
    """The credit that closes a caption of one or two sentences, or None."""
    if len(text) > 300 or "\t" in text or _NUMBERED.match(text):
        return None  # a numbered line ranks or lists: '1. 책 / 지은이' credits no photo
    marked = "/" in text or "사진" in text or text.endswith("제공") or "ⓒ" in text or "©" in text
    # '[독자 제공=뉴스누리]' at the caption's end; a map's or a chart's maker ('지도=')
    marked = marked or "제공=" in text or "지도=" in text or "그래픽=" in text
    marked = marked or _AGENCY_END.search(text, max(0, len(text) - _AGENCY_END_REACH)) is not None
    m = CREDIT_SUFFIX.search(text) if marked else None
    if m is None and text.endswith(")") and _EN_CREDIT_WORD.search(text):
        m = EN_CREDIT_SUFFIX.search(text)
    if m is None and ("—" in text or "–" in text):
        m = _DASH_CREDIT.search(text, max(0, len(text) - _DASH_REACH))
    if m is None and ": " in text:
        m = _BARE_CREDIT.search(text, max(0, len(text) - _DASH_REACH))
    # Every credit suffix holds one of those marks; a table's row holds none.
    if m is None or m.start() == 0 or _PRICE.search(m.group()) or _RIGHTS_HOLDER.match(text):
        return None  # '저자 지음 / 출판사 / 1만8천원': a book's data ends in its price
    if _RIGHTS.search(m.group()) or len(SENTENCE_END.findall(text[: m.start()])) > 2:
        return None
    if _FIGURES.search(text, max(0, m.start() - _UNIT_REACH)):
        return None  # '1403.2원/달러', '오후 2시/ 3시에': a rate or a span of figures
    return m.group().strip()
