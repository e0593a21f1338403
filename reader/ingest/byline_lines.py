"""Byline lines: a reporter's, a credit 'WORD=NAME', a lead's, a web page's, a host's."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.ingest.credits import PHOTO_CREDIT

# A name is no word that qualifies a post: '신임 도쿄 특파원' names a post, nobody holding it.
# A two-syllable surname may be set apart from the given name: '남궁 현', '황보 민'; only
# surnames no common word spells ('사공', '서문' are a boatman and a preface), and a given
# name that ends no modifier ('사공 많은 기자', '서문 쓴 기자').
NAME = (
    r"(?!(?:신임|초대|차기|전임|후임|역대|현직|전직)\s)"
    r"(?:(?:남궁|황보|제갈|선우|독고)\s[가-힣]{1,2}(?<![은는을를쓴된던할])(?![가-힣])|[가-힣]{2,4})"
)
# Any '-기자' compound is a reporter's title: '교육전문기자', '어린이기자', '시민기자'.
# A desk's name may stand before it, set apart: '사회부 기자', '탐사보도팀 기자'.
ROLE = (
    r"(?:(?:선임|수석|전문|객원|수습|인턴|사진|영상|취재|온라인|디지털)\s?"
    r"|[가-힣]{1,6}(?:부|팀)\s|[가-힣]{1,5})?기자"
    # a correspondent is named with the place posted to: 'NAME 워싱턴 특파원'
    r"|(?:[가-힣]{2,6}\s)?특파원|논설위원|편집위원|통신원|기상캐스터"
)
# An address starts where its token does (a search from inside it would rescan the domain).
EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}+\b"
)
# 'X=홍길동 기자': X is a dateline (광주=) or what the reporter did (정리=, 글·사진=).
CREDIT_PREFIXES = frozenset(
    ["정리", "대담", "진행", "취재", "글", "사진", "글·사진", "사진·글", "글·그림"]
)
_BYLINE = (
    # An overseas paper's dateline may be Latin capitals: '[NY=홍길동 기자]'.
    rf"(?:(?P<dateline>[가-힣]{{2,6}}|[A-Z]{{2,4}}|글(?:·사진|·그림)?|사진·글)\s*=\s*)?"
    rf"(?P<names>{NAME}(?:\s*[·,]\s*{NAME})*)\s*(?P<role>{ROLE})"
    r"(?:\((?P<note>[^()@]{2,30})\))?"  # '(한빛초 5학년)': where the reporter is, not the role
    # the e-mail may follow the bracket that closes the byline: '[NY=홍길동 기자] hong@…'
    rf"(?:\]?\s*(?P<email>{EMAIL.pattern}))?"
)
BYLINE = re.compile(_BYLINE)


def _has_role_word(text: str) -> bool:
    """A word that ends every ROLE: a cheap test before the byline pattern, which may
    try every split of a line's Hangul."""
    return (
        "기자" in text or "위원" in text or "특파원" in text or "통신원" in text or "캐스터" in text
    )


_GLUE = r"[\s\[\]/,·()]*"
_BYLINE_GLUE = re.compile(_GLUE)
# Anchored at both ends, this fails fast on prose, where BYLINE.finditer would try
# every position of a long paragraph.
_ONLY_BYLINES = re.compile(rf"{_GLUE}(?:{re.sub(r'[?]P<[a-z]+>', '?:', _BYLINE)}{_GLUE})+")
EMAIL_ONLY = re.compile(rf"^\(?{EMAIL.pattern}\)?$")


# "[광남일보 홍길동 기자] 본문", "(광주=연합뉴스) 홍길동 기자 = 본문" and "[세종=○○일보] 홍길동
# 기자 = 본문" open a lead: the place before '=', then any outlet's name; '【광주=홍길동 기자】
# 본문' too (the dateline kept as the byline's).
LEAD_BYLINE = re.compile(
    rf"^(?:[\[(](?P<dl>[가-힣]{{2,6}})=[^)\]]{{1,20}}[)\]]\s*"
    rf"(?P<b2>{NAME}(?:\s*[·,]\s*{NAME})*\s*(?:{ROLE}))(?:\s*=|$)"
    rf"|\[(?P<b1>[^\]]{{2,40}})\]|【(?P<b3>[^】]{{2,40}})】)\s*"
)
# The same dateline and name with no '=' and no text after them: a wire story's byline
# printed on a line of its own, under its story or over it.
WIRE_BYLINE = "a wire byline alone ('(PLACE=AGENCY) NAME 특파원')"
# 'WORD=NAME TITLE' says what a person did, whatever their title: '도움말=NAME 변호사(○○
# 법무법인)', '대담=NAME 부장 / 정리=NAME 기자', '글=NAME 기자, 사진=NAME 작가' (not first);
# the word says what the person did: wrote, talked, answered a reader ('답변='), drew,
# planned and made a card story ('기획·제작=').
CREDIT_WORDS = (
    r"정리|대담|진행|취재|도움말|글|글·사진|사진·글|글·그림|그림|그래픽|번역|감수|해설"
    r"|답변|상담|조언|자문|구술|강연|촬영|삽화|일러스트|기획·제작|기획|제작|구성"
)
_CREDIT_ONE = (
    rf"(?P<word>{CREDIT_WORDS}|사진)\s*=\s*(?P<name>{NAME})(?:\s+"
    r"(?P<role>[가-힣A-Za-z·]+(?:\s[가-힣A-Za-z·0-9]+){0,3}?)\s*(?P<note>\([^()]{2,30}\))?"
    # or only a note in brackets says who the person is: '글·사진=NAME(○○중 3학년)'
    r"|(?P<alone>\([^()]{2,30}\)))"
    r"(?=\s*(?:[/,]|>?$|[\w.+-]+@))"  # the role runs to the credit's end: '… 이비인후과 교수'
)
CREDIT_ONE = re.compile(_CREDIT_ONE)
_ONE = re.sub(r"[?]P<[a-z]+>", "?:", _CREDIT_ONE)
# in angle brackets too, closing a story ('<정리=NAME 기자>')
_CREDIT_LINE = re.compile(rf"<?(?!사진)(?:{_ONE}(?:\s*[/,]\s*|\s*>?$))+")

# A broadcast's header line naming its host: '■ 진행 : 홍길동 아나운서'.
HOST = re.compile(
    rf"^■?\s*(?:진행|사회)\s*:\s*(?P<name>{NAME})\s+"
    r"(?P<role>[가-힣A-Za-z]{2,12}(?:\s[가-힣A-Za-z]{1,12}){0,3})$"
)


@lru_cache(maxsize=8192)  # line_kind, the closing and the ad passes ask it of most lines
def bylines_in(text: str) -> tuple[re.Match[str], ...] | None:
    """The byline matches that make up all of text, or None if text is not bylines."""
    if not _has_role_word(text) or not _ONLY_BYLINES.fullmatch(text):
        return None
    matches = tuple(BYLINE.finditer(text))
    if not matches:
        return None
    pos = 0
    for m in matches:
        if not _BYLINE_GLUE.fullmatch(text, pos, m.start()):
            return None
        pos = m.end()
    return matches if _BYLINE_GLUE.fullmatch(text, pos) else None


# Two credits or more on one line, names alone ('글=홍길동 그림=김철수'): who wrote, who
# drew; the groups of CREDIT_ONE are there, a role never matched.
_NAMED = rf"(?!사진)(?P<word>{CREDIT_WORDS})\s*=\s*(?P<name>{NAME})(?P<role>(?!))?(?P<note>(?!))?"
_NAMED_ONE = re.compile(rf"{_NAMED}(?P<alone>(?!))?(?=\s|$)")
_PLAIN_NAMED = re.sub(r"[?]P<[a-z]+>", "?:", _NAMED)
_NAMED_LINE = re.compile(rf"{_PLAIN_NAMED}(?:\s+{_PLAIN_NAMED})+")


@lru_cache(maxsize=8192)  # line_kind, the closing and the ad passes ask it of most lines
def credit_bylines(text: str) -> tuple[re.Match[str], ...] | None:
    """The 'WORD=NAME TITLE' credits that make up all of text, or None."""
    if "=" not in text:
        return None
    # an angle bracket only with its mate ('<정리=NAME 기자>'), never half of one
    if _CREDIT_LINE.fullmatch(text) and text.startswith("<") == text.endswith(">"):
        return tuple(CREDIT_ONE.finditer(text))
    return tuple(_NAMED_ONE.finditer(text)) if _NAMED_LINE.fullmatch(text) else None


def holds_bylines(m: re.Match[str]) -> bool:
    """Does a LEAD_BYLINE match hold bylines ('[홍길동 기자]', '[○○일보 홍길동 기자]')?"""
    inner = m["b1"] or m["b2"] or m["b3"] or ""
    _, _, after_paper = inner.partition(" ")
    return bool(bylines_in(inner) or bylines_in(after_paper))


def is_lead_byline(text: str) -> bool:
    """A lead's byline prefix alone: '(여수=연합뉴스) 홍길동 기자 =', '[○○일보 홍길동 기자]'."""
    m = LEAD_BYLINE.match(text)
    return bool(m and m.end() == len(text) and holds_bylines(m))


def opens_with_byline(text: str) -> bool:
    """A lead that opens with its byline: '(여수=연합뉴스) 홍길동 기자 = 본문'."""
    m = LEAD_BYLINE.match(text)
    return bool(m and holds_bylines(m))


# A web page's byline line: the reporter, then its times and counters after bars
# ('NAME 기자 | 기사입력 2026.03.10 14:32 | 최종수정 … | 댓글 0 | 공유') or spaces ('NAME 기자
# 입력 2026.03.10 09:12 수정 …').
WEB_BYLINE = re.compile(r"^(?P<by>[^|]{2,40}?) (?:\| )?(?:기사)?(?:입력|등록|승인|발행)\s?:?\s?\d")
# The stamp's word ends within a name's 40 characters and ' | 기사입력': looked for there
# first, as WEB_BYLINE tries every length of the name on every line, and most have no stamp.
_STAMP = re.compile(r"입력|등록|승인|발행")
_STAMP_REACH = 40 + len(" | 기사입력")


def web_byline(text: str) -> re.Match[str] | None:
    return WEB_BYLINE.match(text) if _STAMP.search(text, 0, _STAMP_REACH) else None


WEB_BYLINE_RULE = "a web page's byline line ('NAME 기자 | 기사입력 …')"


def signs(text: str) -> bool:
    """A byline or a writer's credit ('글=NAME 평론가') that signs the text above it; a
    photo's credit signs no text."""
    return bool(bylines_in(text) or credit_bylines(text)) and not PHOTO_CREDIT.match(text)
