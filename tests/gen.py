"""Generated newspaper page text with ground truth, for tests and benchmarks (test-only).

Everything here is made up by a seeded ``random.Random``: the paper (한빛일보,
URL ``Hanbit.Generated.example``), the people, the stories, the ads, the phone
numbers and the e-mail addresses (all under the reserved ``.example`` domain).
The text imitates a plain-text extraction of printed Korean newspaper pages,
like the real seed page: a masthead, interviews, captions dropped into a
sentence, words cut by column breaks, bylines, and ads with tab tables.

API
---
``generate_edition(seed, pages=40, date=None) -> GeneratedEdition``
    ``.text``: the raw text, pages joined by "\\f"; ``.truth``: an ``Edition``
    (dataclasses below), exactly what a perfect parser should produce;
    ``.seed``, ``.date``, ``.page_starts`` (offset of each page in ``.text``).
    ``date=None`` derives a date from the seed. Same arguments, same output.
``generate_page(rng, number=2, *, kind=None, section=None, day=None, offset=0)
-> tuple[str, Page]``
    One page on its own (no masthead); spans start at ``offset``.
``generate_archive(root, years=10, pages=40, end=date(2026, 2, 4), seed=0, days=None,
progress=None) -> list[Path]``
    One ``hanbit-<yyyy-mm-dd>.txt`` per day up to ``end`` (10 years: 3653 files).
    Restartable: files that exist are kept, new ones are written atomically.
``archive_seed(day, seed=0) -> int``: the seed ``generate_archive`` uses for a day.
``python -m tests.gen SEED [PAGES]`` prints an edition's text.

Ground truth (plain dataclasses, named like ``reader.model``)
---------------------------------------------------------------
``Edition(paper, paper_ascii, date, masthead: Masthead | None, pages: [Page])``
``Masthead(paper, url, edition_kind, issue, phone, date, weekday, lunar "MM-DD", lunar_leap)``
``Page(number, section: str | None (printed label or None), items, kind, section_spans)``
``Article(headline: Text, subheadline: Text | None, deck: [Text], body: [Block],
bylines: [Byline], style)``
``Block(kind, text, marker, breaks: [Break], credit, inserted, in_answer)``
    kind: lead | paragraph | question | answer | caption | subhead | bullet.
    ``text`` is repaired: structure markers removed (``- ``, ``-``, ``Q. ``,
    ``A. ``, ``▲ ``, ``△ ``, ``◇ ``, ``■ ``, the brackets of ``[판결 요지]``;
    ``marker`` holds what was removed, ``"[]"`` for brackets), column breaks
    joined. A quoted answer (“...” after a ``- `` question) keeps its quotes.
    An answer's first paragraph is ``answer``; its further unmarked paragraphs
    are ``paragraph`` with ``in_answer=True``. A caption's credit line
    (``ⓒ 광주시 제공``) is appended to its text after "\\n" and also given in
    ``credit``; a ``/연합뉴스`` suffix stays in the caption text. A caption that
    sat inside a sentence (``inserted=True``) comes right after the block it
    interrupted. ``Break(at, space, caption)``: the second part starts at
    ``text[at]``; ``space`` tells whether the parts are joined by a space.
``Byline(name, role, email, dateline, text (as printed), position top|prefix|end)``
    ``홍길동·김철수 기자`` gives two bylines sharing one printed text and span.
``Ad(title: Text, blocks, truncated)``; blocks: ``Heading``, ``Paragraph``,
``Note`` (printed as is, e.g. "(단위:만원)"), ``ListBlock(items: [Text])`` (an
item's continuation lines joined by "\\n", marker removed), ``Table(header,
rows)`` (cells as ``Text``, "" for an empty cell), ``Contact(channel
phone|email|url, value (061-330-5004), text (as printed, 061)330-5004), label)``.
Properties ``headings``, ``tables``, ``lists``, ``contacts``.

Every leaf (``Text``, ``Block``, ``Byline``, ``Masthead``, ad blocks, cells) has
``spans``: [start, end) offsets into ``GeneratedEdition.text``, one per printed
piece (never across a line end), covering markers; a contact's span is its
whole labelled line. Every non-whitespace character of the text lies in some
leaf's spans or a page's ``section_spans``; only a shared byline line is in two
leaves. ``leaves(item)`` yields (path, text, spans, marker) in truth order.

Guarantees that keep the truth unambiguous
------------------------------------------
- Inside an item paragraphs are separated by exactly one blank line. An article
  followed by another item on its page ends with its byline(s) or is followed
  by a wide gap (two or more blank lines); an ad is always preceded by a wide
  gap, is the last item of its page, and starts with a title line then a ``•``
  heading. An ad is ``truncated`` exactly when it ends with a heading.
- Headline, subheadline and deck lines are at most 45 characters and never end
  in ``.?!…``. A subheadline is "<name> <title>"; deck lines have 3+ words, no
  person name, at most 24 characters, and come right after the headline (or
  subheadline), or right after an interview's lead and before its first question.
- Body paragraphs (lead, paragraph, answer) end in sentence punctuation and are
  never wrapped in quotes except quoted answers; only they are cut by breaks.
- Column break: the left part has 50+ printed characters and ends in a word
  character. With A the last word piece ([0-9A-Za-z가-힣]+) before the break and
  B the first after it: inside a word, A+B occurs as a word piece elsewhere on
  the same page; between words, A+B[0] occurs nowhere in the edition (so
  A+B[0] prefixes no word). The part right after a break holds two or more
  sentences, so it never looks like a caption.
- Inserted caption: one sentence ending in "있다.", with A+(its first
  character) nowhere in the edition; the sentence it cut resumes with a first
  sentence of one or two words.
- ``▲`` is a caption marker except in ▲/△ interviews, which have no ▲ captions;
  captions never stand right before an answer. Bullets (``- ``) appear only in
  articles without answers, never end in "?", and are not followed by a
  paragraph that opens with a quote; the last of a run ends in "다.". Questions
  and bullets never start with a digit.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from korean_lunar_calendar import KoreanLunarCalendar

Span = tuple[int, int]

# --- ground truth ------------------------------------------------------------------


@dataclass(slots=True)
class Text:
    text: str
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Masthead:
    paper: str
    url: str
    edition_kind: str
    issue: int
    phone: str
    date: str  # ISO yyyy-mm-dd
    weekday: str  # "수요일"
    lunar: str  # "MM-DD"
    lunar_leap: bool = False  # printed as 윤N월
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Break:
    at: int  # index in Block.text where the part after the break starts
    space: bool  # True: between words (joined with a space); False: inside a word
    caption: bool = False  # an inserted caption paragraph sat in this break


@dataclass(slots=True)
class Block:
    kind: str  # lead | paragraph | question | answer | caption | subhead | bullet
    text: str
    marker: str | None = None
    spans: list[Span] = field(default_factory=list)
    breaks: list[Break] = field(default_factory=list)
    credit: str | None = None
    inserted: bool = False
    in_answer: bool = False


@dataclass(slots=True)
class Byline:
    name: str
    role: str
    email: str | None = None
    dateline: str | None = None
    text: str = ""
    position: str = "end"  # top | prefix | end
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    headline: Text
    subheadline: Text | None = None
    deck: list[Text] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    style: str = "news"  # news | brief | opinion | interview-<q style>
    kind: str = "article"


@dataclass(slots=True)
class Heading:
    text: str
    spans: list[Span] = field(default_factory=list)
    kind: str = "heading"


@dataclass(slots=True)
class Paragraph:
    text: str
    spans: list[Span] = field(default_factory=list)
    kind: str = "paragraph"


@dataclass(slots=True)
class Note:
    text: str
    spans: list[Span] = field(default_factory=list)
    kind: str = "note"


@dataclass(slots=True)
class ListBlock:
    items: list[Text] = field(default_factory=list)
    kind: str = "list"


@dataclass(slots=True)
class Table:
    header: list[Text] = field(default_factory=list)
    rows: list[list[Text]] = field(default_factory=list)
    kind: str = "table"


@dataclass(slots=True)
class Contact:
    channel: str  # phone | email | url
    value: str
    text: str
    label: str | None = None
    spans: list[Span] = field(default_factory=list)
    kind: str = "contact"


AdBlock = Heading | Paragraph | Note | ListBlock | Table | Contact


@dataclass(slots=True)
class Ad:
    title: Text
    blocks: list[AdBlock] = field(default_factory=list)
    truncated: bool = False
    kind: str = "ad"

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if isinstance(b, Heading)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def lists(self) -> list[ListBlock]:
        return [b for b in self.blocks if isinstance(b, ListBlock)]

    @property
    def contacts(self) -> list[Contact]:
        return [b for b in self.blocks if isinstance(b, Contact)]


Item = Article | Ad


@dataclass(slots=True)
class Page:
    number: int
    section: str | None
    items: list[Item] = field(default_factory=list)
    kind: str = "news"  # front | news | briefs | interview | opinion | ad
    section_spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Edition:
    paper: str
    paper_ascii: str
    date: str
    masthead: Masthead | None
    pages: list[Page] = field(default_factory=list)


@dataclass(slots=True)
class GeneratedEdition:
    text: str
    truth: Edition
    seed: int
    date: dt.date
    page_starts: list[int] = field(default_factory=list)


def leaves(item: Item):
    """(path, text, spans, marker) of every leaf of an item, in truth order."""
    if isinstance(item, Article):
        yield "headline", item.headline.text, item.headline.spans, None
        if item.subheadline is not None:
            yield "subheadline", item.subheadline.text, item.subheadline.spans, None
        for i, t in enumerate(item.deck):
            yield f"deck.{i}", t.text, t.spans, None
        for i, b in enumerate(item.body):
            yield f"body.{i}", b.text, b.spans, b.marker
        for i, by in enumerate(item.bylines):
            yield f"byline.{i}", by.text, by.spans, None
        return
    yield "title", item.title.text, item.title.spans, None
    for i, b in enumerate(item.blocks):
        if isinstance(b, ListBlock):
            for j, t in enumerate(b.items):
                yield f"blocks.{i}.items.{j}", t.text, t.spans, "- "
        elif isinstance(b, Table):
            for j, t in enumerate(b.header):
                yield f"blocks.{i}.header.{j}", t.text, t.spans, None
            for r, row in enumerate(b.rows):
                for j, t in enumerate(row):
                    yield f"blocks.{i}.rows.{r}.{j}", t.text, t.spans, None
        elif isinstance(b, Heading):
            yield f"blocks.{i}", b.text, b.spans, "• "
        elif isinstance(b, Contact):
            yield f"blocks.{i}", b.text, b.spans, None
        else:
            yield f"blocks.{i}", b.text, b.spans, None


# --- the paper -------------------------------------------------------------------

PAPER = "한빛일보"
PAPER_ASCII = "hanbit"
PAPER_URL = "Hanbit.Generated.example"
PAPER_PHONE = "062-510-7000"
MAIL_DOMAIN = "hanbit.example"
BASE_DAY = dt.date(2026, 2, 4)
BASE_ISSUE = 8020
WEEKDAYS = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")


def lunar_of(day: dt.date) -> tuple[int, int, bool]:
    """(month, day, leap month?) of the Korean lunar calendar."""
    cal = KoreanLunarCalendar()
    cal.setSolarDate(day.year, day.month, day.day)
    return cal.lunarMonth, cal.lunarDay, bool(cal.isIntercalation)


def date_line(day: dt.date) -> str:
    lm, ld, leap = lunar_of(day)
    return (
        f"{day.year}년 {day.month}월 {day.day}일 {WEEKDAYS[day.weekday()]} "
        f"(음력 {'윤' if leap else ''}{lm}월 {ld}일)"
    )


# --- Korean particles --------------------------------------------------------------

# Final consonant (jongseong index) of how a Latin letter or digit is read.
_LATIN_FINAL = {"L": 8, "M": 16, "N": 4, "R": 8}
_DIGIT_FINAL = {"0": 21, "1": 8, "3": 16, "6": 1, "7": 8, "8": 8}


def _jong(word: str) -> int:
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28
        if ch.isascii() and ch.isalpha():
            return _LATIN_FINAL.get(ch.upper(), 0)
        if ch.isdigit():
            return _DIGIT_FINAL.get(ch, 0)
        if ch == "%":
            return 0
    return 0


def eul(w: str) -> str:
    return w + ("을" if _jong(w) else "를")


def neun(w: str) -> str:
    return w + ("은" if _jong(w) else "는")


def ga(w: str) -> str:
    return w + ("이" if _jong(w) else "가")


def gwa(w: str) -> str:
    return w + ("과" if _jong(w) else "와")


def ro(w: str) -> str:
    return w + ("로" if _jong(w) in (0, 8) else "으로")


def ieotda(w: str) -> str:
    return w + ("이었다" if _jong(w) else "였다")


# --- vocabulary ------------------------------------------------------------------

ORGS = tuple(
    """광주시 전남도 정부 과학기술정보통신부 산업통상자원부 인공지능산업융합사업단
    광주시교육청 광주테크노파크 광주상공회의소 전남대 조선대 광주과학기술원 시의회
    도의회 광주문화재단 광주도시공사 전남개발공사 고용노동부 환경부 국토교통부
    중소벤처기업부 광주관광공사 전남도교육청 광주신용보증재단""".split()
)
TOPICS = (
    "AI 데이터센터",
    "실증 환경",
    "ESG 경영",
    "탄소중립",
    "청년 일자리",
    "지역 균형발전",
    "반도체 특화단지",
    "이차전지 산업",
    "수소 경제",
    "스마트팜",
    "관광 활성화",
    "도시철도 2호선",
    "공공 의료",
    "저출생 대책",
    "디지털 전환",
    "R&D 예산",
    "재생에너지",
    "해상풍력",
    "미래차 산업",
    "문화 콘텐츠",
    "K-컬처",
    "기후 위기 대응",
    "고령화 대책",
    "인재 양성",
    "창업 지원",
    "골목상권",
    "전통시장",
    "농수산물 유통",
    "광역교통망",
    "AI 집적단지",
    "에너지 신산업",
    "ICT 융합",
    "자율주행 실증",
    "드론 산업",
    "스마트시티",
    "국가산단",
    "광주·전남 통합",
    "공공기관 이전",
    "소상공인 지원",
    "돌봄 서비스",
    "교권 보호",
    "늘봄학교",
    "학교 급식",
    "생활체육",
    "전국체전",
    "비엔날레",
    "미디어아트",
    "AX 실증밸리",
    "인공지능 사관학교",
    "모빌리티 산업",
    "헬스케어",
    "바이오 산업",
    "해양 관광",
    "청년 주거",
)
QUOTES = (
    "‘2단계 사업’",
    "‘광주형 AI 전환’",
    "‘AX 실증밸리’",
    "‘골든타임’",
    "‘지역 소멸’",
    "‘게임 체인저’",
    "‘원팀’",
    "‘규제 샌드박스’",
    "‘일자리 창출’",
    "‘AI 생태계’",
    "‘광주를 빌려드립니다’",
    "‘탄소중립 선도도시’",
    "‘상생 모델’",
    "‘미래 먹거리’",
)
REGIONS = ("광주", "전남", "나주", "목포", "순천", "여수", "담양", "광양", "화순", "해남")
ABROAD = ("워싱턴", "도쿄", "베이징", "파리")
PLACES = (
    "광주시청",
    "김대중컨벤션센터",
    "국립아시아문화전당",
    "전남도청",
    "광주과학기술원",
    "빛고을시민문화관",
    "5·18민주광장",
    "첨단3지구",
    "나주 혁신도시",
    "목포 신항",
)
EVENTS = ("출범식", "업무협약식", "설명회", "토론회", "기념식", "간담회", "개막식", "발대식")
RESOURCES = ("전문 인력", "안정적 재원", "부지", "데이터", "전력", "민간 투자")
TITLES = (
    "인공지능산업융합사업단장",
    "광주테크노파크 원장",
    "전남대 총장",
    "광주상공회의소 회장",
    "광주문화재단 대표이사",
    "전남도 일자리경제본부장",
    "광주시 경제부시장",
    "지역혁신센터장",
    "한국에너지공대 교수",
    "광주비엔날레 대표이사",
    "광주관광공사 사장",
    "청년창업지원센터장",
    "국립광주과학관장",
    "광주신용보증재단 이사장",
    "광주FC 감독",
)
DECK_OBJ = (
    "인프라 확보",
    "예산 확대",
    "인재 양성",
    "실증 공간 제공",
    "기업 유치",
    "규제 완화",
    "연구개발 지원",
    "생태계 확장",
    "시민 참여",
    "거점 조성",
    "성과 공유",
)
DECK_FINAL = ("주력", "과제", "본격화", "시동", "속도", "관건", "중심", "필요", "기대", "추진")
BRACKET_SUBHEADS = ("판결 요지", "쟁점", "현장", "전망", "배경", "과제", "추진 경과", "향후 일정")
SECTIONS = ("종합", "정치", "경제", "사회", "지역", "교육", "문화", "스포츠", "국제")
# Surname and its romanization, for e-mail addresses.
SURNAMES = (
    ("김", "kim"),
    ("이", "lee"),
    ("박", "park"),
    ("최", "choi"),
    ("정", "jung"),
    ("강", "kang"),
    ("조", "cho"),
    ("윤", "yoon"),
    ("장", "jang"),
    ("임", "lim"),
    ("한", "han"),
    ("오", "oh"),
    ("서", "seo"),
    ("신", "shin"),
    ("권", "kwon"),
    ("황", "hwang"),
    ("안", "ahn"),
    ("송", "song"),
    ("홍", "hong"),
    ("고", "ko"),
    ("문", "moon"),
    ("양", "yang"),
    ("배", "bae"),
    ("노", "noh"),
)
GIVEN = tuple("민서준지현우은수영진호경미희성재상혜윤정태동하연주석훈철선아")

_WORD = re.compile(r"[0-9A-Za-z\uac00-\ud7a3]+")
_SENT_END = re.compile(r"[.?!](?=['\"’”)\]]*(?:\s|$))")


def _is_word_char(ch: str) -> bool:
    return ("가" <= ch <= "힣") or (ch.isascii() and ch.isalnum())


def _sentences(text: str) -> int:
    return len(_SENT_END.findall(text))


@dataclass(slots=True)
class _Focus:
    """What one article is about: it repeats these, as real articles do."""

    org: str
    org2: str
    topics: list[str]
    quote: str
    name: str
    title: str
    region: str
    place: str


class _Lex:
    """Random Korean words, sentences and names, all drawn from one rng."""

    def __init__(self, r: random.Random):
        self.r = r

    # words
    def name(self) -> tuple[str, str]:
        r = self.r
        sur, rom = r.choice(SURNAMES)
        return sur + r.choice(GIVEN) + r.choice(GIVEN), rom

    def email(self, rom: str) -> str:
        r = self.r
        tail = "".join(r.choice("abcdefghijkmnoprstuwy") for _ in range(r.randint(2, 4)))
        return f"{rom}{tail}@{MAIL_DOMAIN}"

    def focus(self) -> _Focus:
        r = self.r
        org, org2 = r.sample(ORGS, 2)
        return _Focus(
            org,
            org2,
            r.sample(TOPICS, 4),
            r.choice(QUOTES),
            self.name()[0],
            r.choice(TITLES),
            r.choice(REGIONS),
            r.choice(PLACES),
        )

    def t(self, f: _Focus) -> str:
        r = self.r
        return r.choice(f.topics) if r.random() < 0.85 else r.choice(TOPICS)

    def two(self, f: _Focus) -> tuple[str, str]:
        a, b = self.r.sample(f.topics, 2)
        return a, b

    def o(self, f: _Focus) -> str:
        r = self.r
        x = r.random()
        return f.org if x < 0.7 else f.org2 if x < 0.9 else r.choice(ORGS)

    def future(self) -> str:
        r = self.r
        return r.choice(
            (
                "올해",
                "내년부터",
                f"오는 {r.randint(1, 28)}일",
                "이달 말까지",
                "상반기 중",
                "하반기부터",
                f"{r.randint(2027, 2035)}년까지",
                "향후 5년간",
                "다음 달",
            )
        )

    def past(self) -> str:
        r = self.r
        return r.choice(("지난해", f"지난 {r.randint(1, 28)}일", "최근", "지난달", "올해 초"))

    def amount(self) -> str:
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return f"{r.randint(1, 99) * 10}억원"
        if k == 1:
            return f"{r.randint(1, 9)}조 {r.randint(1, 9) * 1000}억원"
        if k == 2:
            return f"{r.randint(2, 95) * 10}억원"
        return f"{r.randint(100, 990)}억원"

    def count(self) -> str:
        r = self.r
        return r.choice(
            (
                f"{r.randint(2, 90) * 10}여명",
                f"{r.randint(2, 30) * 100}명",
                f"시민 {r.randint(2, 50) * 10}명",
            )
        )

    def pct(self) -> str:
        return f"{self.r.randint(3, 60)}%"

    # sentences
    # Templates that open with a connective; a lead never starts with one.
    CONNECTIVE = frozenset((4, 11, 14, 16, 23))
    NEWS_N = 24

    def news(self, f: _Focus, k: int | None = None) -> str:
        r = self.r
        t = self.t(f)
        o = self.o(f)
        if k is None:
            k = r.randrange(self.NEWS_N)
        if k == 0:
            return f"{neun(o)} {self.future()} {eul(t)} 위해 {eul(self.amount())} 투입할 계획이다."
        if k == 1:
            return f"{neun(o)} {self.future()} {eul(t)} 본격적으로 추진한다고 밝혔다."
        if k == 2:
            a, b = self.two(f)
            return f"이번 사업은 {gwa(a)} {eul(b)} 동시에 끌어올린다는 구상이다."
        if k == 3:
            return f"{o} 관계자는 “{ga(t)} 차질 없이 진행되도록 최선을 다하겠다”고 말했다."
        if k == 4:
            return f"이에 따라 {neun(o)} {t} 분야에 {eul(self.amount())} 지원하기로 했다."
        if k == 5:
            return f"{t} 관련 예산은 지난해보다 {self.pct()} 늘어난 {ro(self.amount())} 집계됐다."
        if k == 6:
            return f"업계에서는 {ga(t)} {ro(f.quote)} 자리 잡을 것이라는 전망이 나온다."
        if k == 7:
            a, b = self.two(f)
            return f"{neun(o)} {a}의 성과를 바탕으로 {b} 분야까지 범위를 넓힐 예정이다."
        if k == 8:
            return f"전문가들은 {ga(t)} 단기 성과보다 장기적인 관점에서 추진돼야 한다고 지적했다."
        if k == 9:
            return (
                f"{self.past()} {f.place}에서 열린 {t} {r.choice(EVENTS)}에는 "
                f"{ga(self.count())} 참석해 높은 관심을 보였다."
            )
        if k == 10:
            return (
                f"{gwa(f.org)} {neun(f.org2)} {eul(t)} 위한 업무협약을 맺고 "
                f"협력 체계를 구축하기로 했다."
            )
        if k == 11:
            return f"특히 {neun(t)} 시민 생활과 직접 연결돼 체감도가 높을 것으로 기대된다."
        if k == 12:
            a, b = self.two(f)
            return (
                f"{f.name} {neun(f.title)} “{neun(a)} 지역의 미래가 걸린 과제”라며 "
                f"“{eul(b)} 통해 반드시 성과를 내겠다”고 강조했다."
            )
        if k == 13:
            return f"{neun(o)} 시민 의견을 수렴해 {t} 세부 계획을 확정할 방침이다."
        if k == 14:
            return f"한편 {neun(o)} {self.past()} {t} 추진 상황을 점검하는 회의를 열었다."
        if k == 15:
            return f"{neun(t)} {r.randint(2015, 2024)}년부터 {ga(o)} 주도해 온 사업이다."
        if k == 16:
            return f"다만 {t}에 필요한 {r.choice(RESOURCES)} 확보가 과제로 꼽힌다."
        if k == 17:
            return (
                f"{neun(o)} {t} 분야 기업 {r.randint(5, 60)}곳을 선정해 "
                f"최대 {r.randint(1, 30)}억원씩 지원한다."
            )
        if k == 18:
            n = r.randint(10, 90)
            return (
                f"{t} 참여 기업은 {r.randint(2019, 2024)}년 {n}곳에서 "
                f"올해 {n + r.randint(5, 80)}곳으로 늘었다."
            )
        if k == 19:
            return f"{f.region} 지역에서는 {eul(t)} 둘러싼 기대와 우려가 함께 나오고 있다."
        if k == 20:
            return f"{neun(o)} {eul(f.quote)} 내걸고 {t} 관련 규제를 과감히 풀겠다고 설명했다."
        if k == 21:
            return f"{t} 사업에는 {r.randint(2027, 2032)}년까지 모두 {ga(self.amount())} 투입된다."
        if k == 22:
            a, b = self.two(f)
            return f"{o} 안팎에서는 {eul(a)} 계기로 {b}에도 속도가 붙을 것이라는 기대가 크다."
        return f"이를 위해 {neun(o)} {t} 전담 조직을 신설하고 인력을 {r.randint(5, 40)}명 늘렸다."

    def answer(self, f: _Focus) -> str:
        r = self.r
        t = self.t(f)
        k = r.randrange(16)
        if k == 0:
            return f"{neun(t)} 한마디로 말해 {ieotda(f.quote)}."
        if k == 1:
            return f"처음 시작할 당시에는 {eul(t)} 뒷받침할 기본 인프라조차 없는 상황이었다."
        if k == 2:
            return (
                f"지난 {r.randint(2, 5)}년간 {r.randint(3, 40) * 100}여개 과제를 지원했고, "
                f"현재도 약 {r.randint(2, 30) * 10}개 과제가 진행 중이다."
            )
        if k == 3:
            return f"{neun(t)} 단순한 구호가 아니라 현실 문제를 해결하는 수단이 돼야 한다."
        if k == 4:
            a, b = self.two(f)
            return f"가장 중요한 것은 {gwa(a)} {eul(b)} 유기적으로 연결하는 일이다."
        if k == 5:
            return f"{eul(t)} 위해 {gwa(self.o(f))} 긴밀히 협력해 왔다."
        if k == 6:
            return (
                f"앞으로 {r.randint(3, 10)}년 안에 {ga(t)} 지역 산업의 판도를 바꿀 것이라고 본다."
            )
        if k == 7:
            return "쉽지 않은 과제임은 분명하다."
        if k == 8:
            return "충분히 가능하다."
        if k == 9:
            return f"시민들이 변화를 체감할 수 있도록 {t}부터 속도를 내겠다."
        if k == 10:
            return f"{gwa(self.o(f))} 함께 {t} 로드맵을 마련하고 있다."
        if k == 11:
            return f"특히 {neun(t)} 기업과 현장의 수요를 반영해 지속적으로 조정해 왔다."
        if k == 12:
            return f"그 결과 {r.randint(3, 30) * 100}명의 인재가 지역 현장에서 활동하고 있다."
        if k == 13:
            return f"{ga(t)} 성공하려면 대학과 기업, 행정이 유기적으로 결합해야 한다."
        if k == 14:
            return "이는 특정 지역만의 과제가 아니라 대한민국 전체에 필요한 전략이다."
        return f"{neun(t)} 이미 미래 산업이 아니라 현재 진행형 산업이다."

    def question(self, f: _Focus) -> str:
        """A question without marker; it never starts with a digit."""
        r = self.r
        t = self.t(f)
        k = r.randrange(13)
        if k == 0:
            q = f"{ga(t)} 마무리됐는데, 성과를 평가한다면."
        elif k == 1:
            q = f"{t} 외에 주요 성과를 꼽는다면."
        elif k == 2:
            q = f"{t}에 대한 평가는."
        elif k == 3:
            q = f"올해 시작되는 {t}의 핵심 목표는."
        elif k == 4:
            q = f"{t} 문제도 이어지고 있는데."
        elif k == 5:
            q = f"{ga(t)} 실제로 가능할지 궁금하다."
        elif k == 6:
            q = "시민들이 체감할 수 있는 변화도 기대할 수 있나."
        elif k == 7:
            q = "개인적으로 이루고 싶은 장기적 비전이 있다면."
        elif k == 8:
            q = f"{t} 논의가 지역 산업에 주는 의미는."
        elif k == 9:
            q = f"{t}의 가장 큰 걸림돌은 무엇인가?"
        elif k == 10:
            a, b = self.two(f)
            q = f"{gwa(a)} {b}의 연계 방안은?"
        elif k == 11:
            q = f"{gwa(self.o(f))}의 협력은 어떻게 진행되나?"
        else:
            q = "앞으로의 계획은?"
        return q if not q[0].isdigit() else "앞으로의 계획은?"

    def para(
        self, f: _Focus, lo: int = 2, hi: int = 5, answer: bool = False, lead: bool = False
    ) -> str:
        r = self.r
        n = r.randint(lo, hi)
        ks = r.sample(range(self.NEWS_N), n)
        if lead:
            first = r.choice([k for k in range(self.NEWS_N) if k not in self.CONNECTIVE])
            ks = [first] + [k for k in ks if k != first][: n - 1]
        if answer:
            return " ".join(
                self.answer(f) if i % 2 == 0 else self.news(f, k) for i, k in enumerate(ks)
            )
        return " ".join(self.news(f, k) for k in ks)

    def headline(self, f: _Focus, interview: bool = False) -> str:
        r = self.r
        for _ in range(20):
            t = self.t(f)
            if interview:
                h = r.choice(
                    (
                        f"“{f.region}지역 전역, {t} 무대로 만들겠다”",
                        f"“{eul(t)} {f.region} 성장 엔진으로 키우겠다”",
                        f"“{t}, 시민이 체감하는 변화 만들 것”",
                        f"{f.region} {t} 이끄는 {f.name} {f.title}",
                    )
                )
            else:
                a, b = self.two(f)
                h = r.choice(
                    (
                        f"{f.org}, {t} {self.amount()} 투입",
                        f"{a} 본격화…{b}도 속도",
                        f"{f.quote} {t} 첫발",
                        f"{f.org}·{f.org2}, {t} 손잡는다",
                        f"{t} 예산 {self.pct()} 늘어",
                        f"{f.region} {t} 현장을 가다",
                        f"“{t} 골든타임 놓치면 안 된다”",
                        f"{t} 속도전…과제는 {r.choice(RESOURCES)} 확보",
                    )
                )
            if len(h) <= 45:
                return h
        return f"{f.region} {f.topics[0]}"

    def deck_line(self, f: _Focus) -> str:
        r = self.r
        for _ in range(30):
            x = r.randrange(3)
            if x == 0:
                line = f"{self.t(f)} {r.choice(DECK_OBJ)} {r.choice(DECK_FINAL)}"
            elif x == 1:
                line = f"{f.quote} {r.choice(DECK_OBJ)} {r.choice(DECK_FINAL)}"
            else:
                a, b = self.two(f)
                line = f"{a}·{b} 연계 {r.choice(DECK_FINAL)}"
            if len(line) <= 24 and len(line.split()) >= 3:
                return line
        return f"{r.choice(DECK_OBJ)} {r.choice(DECK_FINAL)}"

    def caption(self, f: _Focus, noun_ok: bool = True) -> str:
        """One caption sentence; without noun_ok it ends in '있다.'."""
        r = self.r
        t = self.t(f)
        k = r.randrange(4 if noun_ok else 3)
        if k == 0:
            return (
                f"{self.past()} {f.place}에서 열린 {t} {r.choice(EVENTS)}에서 "
                f"참석자들이 기념촬영을 하고 있다."
            )
        if k == 1:
            return f"{f.name} {ga(f.title)} {t} 추진 계획을 설명하고 있다."
        if k == 2:
            return f"{self.o(f)} 관계자들이 {t} 현장을 점검하고 있다."
        return f"{f.region} 지역 {t} 현장 모습."


# --- plan: paragraphs made of segments, each owned by a leaf -----------------------


class _Para:
    """One printed paragraph: segments (text, leaf or None), and its break plan."""

    __slots__ = ("segs", "gap", "block", "mlen", "cut_a", "cut_b", "insert", "art")

    def __init__(self, segs, gap: str = "\n\n", block: Block | None = None, mlen: int = 0):
        self.segs = segs
        self.gap = gap
        self.block = block  # set when this paragraph may be cut by a break
        self.mlen = mlen  # printed marker length
        self.cut_a: int | None = None  # printed text[:cut_a] / text[cut_b:]
        self.cut_b: int | None = None
        self.insert: _Para | None = None
        self.art: _Art | None = None


def _p(text: str, leaf, gap: str = "\n\n") -> _Para:
    return _Para([(text, leaf)], gap)


@dataclass(slots=True)
class _Art:
    item: Item
    paras: list[_Para]
    caption: str | None = None  # an inserted caption still to place


class _Out:
    __slots__ = ("parts", "pos")

    def __init__(self, pos: int):
        self.parts: list[str] = []
        self.pos = pos

    def put(self, s: str, leaf=None) -> None:
        if leaf is not None:
            leaf.spans.append((self.pos, self.pos + len(s)))
        self.parts.append(s)
        self.pos += len(s)


# --- articles --------------------------------------------------------------------

_Q_STYLES = ("dash", "nospace", "qa", "tri", "quote")


class _Writer:
    def __init__(self, r: random.Random):
        self.r = r
        self.lex = _Lex(r)

    # bylines
    def _byline(
        self, position: str, role: str = "기자", dateline: str | None = None, email: bool = False
    ) -> Byline:
        name, rom = self.lex.name()
        mail = self.lex.email(rom) if email else None
        if position == "prefix":
            text = f"[{name} {role}]"
        elif position == "top":
            text = f"{dateline}={name} {role}"
        else:
            text = f"{name} {role}" + (f" {mail}" if mail else "")
        return Byline(name, role, mail, dateline, text, position)

    def end_bylines(self, role: str | None = None) -> tuple[list[Byline], list[_Para]]:
        r = self.r
        x = r.random()
        role = role or r.choice(("기자", "기자", "기자", "선임기자", "수습기자"))
        if x < 0.55:
            b = self._byline("end", role, email=True)
            return [b], [_p(b.text, b)]
        if x < 0.75:
            b = self._byline("end", role)
            return [b], [_p(b.text, b)]
        if x < 0.88:  # two names sharing a role: one printed line, two bylines
            (n1, _), (n2, _) = self.lex.name(), self.lex.name()
            text = f"{n1}·{n2} {role}"
            b1, b2 = Byline(n1, role, text=text), Byline(n2, role, text=text)
            seg = _Para([(text, _Shared(b1, b2))])
            return [b1, b2], [seg]
        bys = [self._byline("end", role, email=r.random() < 0.7) for _ in range(r.randint(2, 3))]
        gap = r.choice(("\n", "\n\n"))
        return bys, [_p(b.text, b, gap if i else "\n\n") for i, b in enumerate(bys)]

    def _deck(self, f: _Focus, art: Article, paras: list[_Para], lo: int, hi: int) -> None:
        for _ in range(self.r.randint(lo, hi)):
            t = Text(self.lex.deck_line(f))
            art.deck.append(t)
            paras.append(_p(t.text, t))

    def _caption_paras(self, f: _Focus, marker: bool) -> tuple[Block, list[_Para]]:
        r = self.r
        text = self.lex.caption(f)
        if marker:
            b = Block("caption", text, "▲ ")
            paras = [_p("▲ " + text, b)]
            if r.random() < 0.5:
                credit = r.choice((f"ⓒ {f.org} 제공", "ⓒ 연합뉴스", "ⓒ 뉴시스", "ⓒ 독자 제공"))
                b.text += "\n" + credit
                b.credit = credit
                paras.append(_p(credit, b, r.choice(("\n", "\n\n"))))
            return b, paras
        text = self.lex.caption(f, noun_ok=False)
        agency = r.choice(("연합뉴스", "뉴시스", "뉴스1"))
        b = Block("caption", f"{text}/{agency}", None, credit=f"/{agency}")
        return b, [_p(b.text, b)]

    def news(self, need_end: bool, size: str = "long", opinion: bool = False) -> _Art:
        """An ordinary article (size long | short | brief), or an opinion column."""
        r, lex = self.r, self.lex
        f = lex.focus()
        head = lex.headline(f)
        editorial = opinion and r.random() < 0.5 and len(head) <= 40
        if editorial:
            head = f"[사설] {head}"
        style = "opinion" if opinion else "brief" if size == "brief" else "news"
        art = Article(Text(head), style=style)
        paras = [_p(head, art.headline)]
        if size != "brief" and not opinion and r.random() < 0.25:
            self._deck(f, art, paras, 2, 4)
        top: Byline | None = None
        prefix: Byline | None = None
        if not need_end and not opinion and r.random() < 0.35:
            if r.random() < 0.5:
                abroad = r.random() < 0.2
                top = self._byline(
                    "top", "특파원" if abroad else "기자", r.choice(ABROAD if abroad else REGIONS)
                )
                paras.append(_p(top.text, top))
            else:
                prefix = self._byline("prefix")
        lead = Block("lead", lex.para(f, 2, 4, lead=True))
        if prefix is not None:
            paras.append(_Para([(prefix.text, prefix), (" ", None), (lead.text, lead)]))
        else:
            paras.append(_p(lead.text, lead))
        art.body.append(lead)
        n = {"long": r.randint(7, 13), "short": r.randint(3, 6), "brief": r.randint(1, 3)}[size]
        if opinion:
            n = r.randint(5, 9)
        sub_style = r.choice(("[]", "◇ ", "■ ")) if size == "long" and r.random() < 0.35 else None
        bullets_at = r.randrange(1, n) if size == "long" and n > 2 and r.random() < 0.25 else -1
        caption_at = r.randrange(1, n) if size != "brief" and n > 1 and r.random() < 0.45 else -1
        for i in range(n):
            if sub_style and i > 0 and i % 3 == 1:
                if sub_style == "[]":
                    s = r.choice(BRACKET_SUBHEADS)
                    b = Block("subhead", s, "[]")
                    paras.append(_p(f"[{s}]", b))
                else:
                    t = lex.t(f)
                    s = r.choice((f"{t} 어디까지 왔나", "남은 과제는", f"{t} 현황", "향후 계획"))
                    b = Block("subhead", s, sub_style)
                    paras.append(_p(sub_style + s, b))
                art.body.append(b)
            if i == caption_at:
                b, cps = self._caption_paras(f, marker=r.random() < 0.7)
                art.body.append(b)
                paras.extend(cps)
            if i == bullets_at:
                k = r.randint(2, 5)
                intro = Block(
                    "paragraph",
                    f"{lex.para(f, 1, 2)} "
                    f"{neun(f.org)} {lex.t(f)} 추진 방향으로 다음 {k}가지를 제시했다.",
                )
                art.body.append(intro)
                p = _p(intro.text, intro)
                p.block = intro
                paras.append(p)
                nosp = r.random() < 0.2
                for bi in range(k):
                    t = lex.t(f)
                    if t[0].isdigit():
                        t = f.topics[0]
                    # The last bullet is a sentence: an unterminated line before a
                    # paragraph would read as a bullet cut by a column break.
                    if bi < k - 1 and r.random() < 0.6:
                        s = f"{t} {r.choice(DECK_OBJ)} {r.choice(DECK_FINAL)}"
                    else:
                        s = f"{eul(t)} {r.choice(('확대', '강화', '지원', '추진'))}한다."
                    mk = "-" if nosp else "- "
                    b = Block("bullet", s, mk)
                    art.body.append(b)
                    paras.append(_p(mk + s, b))
            b = Block("paragraph", lex.para(f, 2, 5))
            art.body.append(b)
            p = _p(b.text, b)
            p.block = b
            paras.append(p)
        plan = _Art(art, paras)
        if size != "brief" and r.random() < 0.3:
            plan.caption = self._inserted_caption(f)
        if top or prefix:
            art.bylines.append(top or prefix)  # type: ignore[arg-type]
        elif need_end or (opinion and not editorial) or r.random() < 0.8:
            # Editorials carry no byline; other last articles mostly do.
            bys, bps = self.end_bylines("논설위원" if opinion else None)
            art.bylines.extend(bys)
            paras.extend(bps)
        return plan

    def _inserted_caption(self, f: _Focus) -> str:
        r = self.r
        if r.random() < 0.6:
            return (
                f"{f.name} {ga(f.title)} {r.choice(('올해', '내년', '하반기'))} 시작되는 "
                f"{self.lex.t(f)}의 핵심 목표를 설명하고 있다."
            )
        return self.lex.caption(f, noun_ok=False)

    def interview(self, need_end: bool) -> _Art:
        r, lex = self.r, self.lex
        f = lex.focus()
        style = r.choice(_Q_STYLES)
        art = Article(Text(lex.headline(f, interview=True)), style=f"interview-{style}")
        paras = [_p(art.headline.text, art.headline)]
        if r.random() < 0.8:
            art.subheadline = Text(f"{f.name} {f.title}")
            paras.append(_p(art.subheadline.text, art.subheadline))
        deck_after = r.random() < 0.6
        if not deck_after and r.random() < 0.5:
            self._deck(f, art, paras, 2, 6)
        top: Byline | None = None
        if not need_end and r.random() < 0.3:
            top = self._byline("top", "기자", r.choice(REGIONS))
            paras.append(_p(top.text, top))
        intro = lex.para(f, 3, 5, lead=True)
        lead = Block(
            "lead",
            f"{intro} {f.name} {eul(f.title)} 만나 그간의 성과와 향후 {lex.t(f)} 전략을 들어봤다.",
        )
        art.body.append(lead)
        paras.append(_p(lead.text, lead))
        if deck_after:
            self._deck(f, art, paras, 2, 6)
        if r.random() < 0.2:
            b = Block("paragraph", lex.para(f, 2, 3))
            art.body.append(b)
            paras.append(_p(b.text, b))
        qmark, amark = {
            "dash": ("- ", "△ "),
            "nospace": ("-", "△ "),
            "qa": ("Q. ", "A. "),
            "tri": ("▲ ", "△ "),
            "quote": ("- ", ""),
        }[style]
        n = r.randint(6, 11)
        caption_at = r.randrange(1, n) if r.random() < 0.4 else -1
        for i in range(n):
            if i == caption_at:
                b, cps = self._caption_paras(f, marker=style != "tri" and r.random() < 0.6)
                art.body.append(b)
                paras.extend(cps)
            q = lex.question(f)
            if style == "qa" and q.endswith(".") and r.random() < 0.7:
                q = q[:-1] + "?"
            qb = Block("question", q, qmark)
            if style == "quote":
                ab = Block("answer", f"“{lex.para(f, 2, 4, answer=True)}”")
                art.body += [qb, ab]
                paras += [_p(qmark + q, qb), _p(ab.text, ab)]
                continue
            ab = Block("answer", lex.para(f, 1, 4, answer=True), amark)
            art.body += [qb, ab]
            if r.random() < 0.25:  # question and answer printed on one line
                paras.append(_Para([(qmark + q, qb), (" ", None), (amark + ab.text, ab)]))
            else:
                paras.append(_p(qmark + q, qb))
                p = _p(amark + ab.text, ab)
                p.block, p.mlen = ab, len(amark)
                paras.append(p)
            for _ in range(r.choice((0, 1, 1, 2))):
                b = Block("paragraph", lex.para(f, 2, 4, answer=True), in_answer=True)
                art.body.append(b)
                p = _p(b.text, b)
                p.block = b
                paras.append(p)
        plan = _Art(art, paras)
        if r.random() < 0.5:
            plan.caption = self._inserted_caption(f)
        if need_end or top is None:
            bys, bps = self.end_bylines()
            art.bylines.extend(bys)
            paras.extend(bps)
        else:
            art.bylines.append(top)
        return plan


class _Shared:
    """Two bylines printed on one line: both get the line's span."""

    __slots__ = ("a", "b", "spans")

    def __init__(self, a: Byline, b: Byline):
        self.a, self.b = a, b
        self.spans = a.spans
        b.spans = a.spans


# --- ads -------------------------------------------------------------------------

_CLUBS = (
    ("해솔CC", "haesolcc"),
    ("푸른들CC", "pureundeul"),
    ("별빛컨트리클럽", "byeolbit"),
    ("누리힐스CC", "nurihills"),
    ("다온CC", "daoncc"),
)
_BRANDS = (("한빛파크뷰", "parkview"), ("누리채움", "nurichaeum"), ("새솔더힐", "saesol"))
_CLINICS = (("온누리", "onnuri"), ("바른마디", "bareun"), ("햇살", "haetsal"))
_ACADEMIES = (("빛고을평생학습관", "lifelong"), ("남도문화센터", "namdo"))


def _ad_date(year: int, month: int, day: int) -> str:
    """'2025.10.14.(화)', with the right weekday."""
    wd = "월화수목금토일"[dt.date(year, month, day).weekday()]
    return f"{year}.{month}.{day}.({wd})"


class _AdWriter:
    def __init__(self, r: random.Random):
        self.r = r

    def phone(self) -> tuple[str, str]:
        """(as printed, normalized)."""
        r = self.r
        area = r.choice(("062", "061"))
        mid, last = str(r.randint(200, 999)), f"{r.randint(0, 9999):04d}"
        k = r.randrange(6)
        if k == 0:
            return f"{area}){mid}-{last}", f"{area}-{mid}-{last}"
        if k == 1:
            return f"({area}){mid}-{last}", f"{area}-{mid}-{last}"
        if k == 2:
            n = f"{r.choice(('1588', '1644', '1899'))}-{last}"
            return n, n
        if k == 3:
            n = f"010-{r.randint(2000, 9999)}-{last}"
            return n, n
        return f"{area}-{mid}-{last}", f"{area}-{mid}-{last}"

    def contact(self, kind: str, ascii_name: str, label: str | None = None) -> tuple[Contact, str]:
        """A contact and its printed line."""
        r = self.r
        if kind == "email":
            addr = f"{r.choice(('info', 'recruit', 'apply', ascii_name))}@mail.example"
            label = label or r.choice(("이메일 접수", "이메일"))
            line = f"· {label} : {addr}" if r.random() < 0.6 else f"{label} {addr}"
            return Contact("email", addr, addr, label), line
        if kind == "url":
            url = f"www.{ascii_name}.example"
            line = f"홈페이지 : {url}" if r.random() < 0.5 else f"홈페이지 {url}"
            return Contact("url", url, url, "홈페이지"), line
        printed, value = self.phone()
        if label is None:
            x = r.randrange(3)
            if x == 0:
                return Contact("phone", value, printed, None), f"☎ {printed}"
            label = "문의" if x == 1 else r.choice(("예약 문의", "상담 문의", "분양 문의"))
        line = f"{label} ☎ {printed}" if r.random() < 0.5 else f"{label} {printed}"
        return Contact("phone", value, printed, label), line

    def table(self, header: list[str], rows: list[list[str]]) -> tuple[Table, _Para]:
        printed = [header, *rows]
        t = Table([Text(h) for h in header], [[Text(_cell_points(c)) for c in row] for row in rows])
        segs: list = []
        for li, cells in enumerate([t.header, *t.rows]):
            if li:
                segs.append(("\n", None))
            for ci, cell in enumerate(cells):
                if ci:
                    segs.append(("\t", None))
                if cell.text:
                    segs.append((printed[li][ci], cell))
        return t, _Para(segs)

    def listing(self, items: list[list[str]]) -> tuple[ListBlock, _Para]:
        """Items given as their lines; the first line gets the '- ' marker."""
        lb = ListBlock()
        segs: list = []
        for lines in items:
            t = Text("\n".join(lines))
            lb.items.append(t)
            for j, line in enumerate(lines):
                if segs:
                    segs.append(("\n", None))
                segs.append(((("- " + line) if j == 0 else line), t))
        return lb, _Para(segs)

    def _golf(self, year: int) -> tuple[str, str, list]:
        r = self.r
        club, asc = r.choice(_CLUBS)
        title = r.choice(
            (
                f"행복한 미소가 넘치는 {ro(club)} 초대합니다!",
                f"명품 코스 {club} 회원 모집",
                f"{club}에서 특별한 라운딩을 즐기세요!",
            )
        )
        unit = r.choice(("백만원", "만원"))
        rows = []
        for name in r.sample(
            ("VVIP (A형)", "VVIP (B형)", "VIP 정회원", "하트 정회원", "해피 정회원", "주중 회원"),
            r.randint(3, 5),
        ):
            perks = " ".join(
                r.sample(
                    (
                        "- 정회원 1인, 지정회원 2인 그린피 면제",
                        "- 정회원 동반 3인 그린피 50% 할인",
                        "- 골프텔 할인",
                        f"- 무료회차 {r.randint(10, 30)}회",
                        f"- 무기명카드 1매 / 년 {r.randint(3, 12) * 12}회(1일 1회)",
                    ),
                    r.randint(1, 3),
                )
            )
            seats = f"{r.randint(1, 10)}좌" if r.random() < 0.8 else ""
            rows.append([name, str(r.randint(10, 80) * 10), seats, perks])
        sections = [
            (
                "회원모집 안내",
                [
                    ("note", f"(단위:{unit})"),
                    ("table", ["구 분", "분양금액", "구좌", "회원 특전"], rows),
                    ("contact", "phone", "회원권 문의 전화"),
                ],
            ),
            (
                f"{year}년 연단체모집",
                [
                    (
                        "list",
                        [
                            [
                                "신청조건 1부 2팀, 2부 3팀 이상 · "
                                "레스토랑 중 · 석식 이용시 우선 배정"
                            ],
                            ["모집코스 각 코스 또는 대중제 선택"],
                            [
                                f"접수기간 {_ad_date(year - 1, 10, r.randint(1, 28))}"
                                " ~ 모집 종료시 까지"
                            ],
                            [
                                "할인혜택 월별 그린피 추가 할인 혜택",
                                "총무, 회장 2인 고정 할인 그린피 제공",
                                "레이디, 시니어 추가 할인",
                            ][: r.randint(1, 3)],
                            [
                                "접수방법 연부킹 신청서 작성",
                                f"(신청서 : {club} 홈페이지 → 정보마당 → 자료실)",
                            ],
                        ],
                    ),
                    ("contact", "email", None),
                ],
            ),
            (
                "골프호텔 객실",
                [
                    ("paragraph", "전 객실 코스 조망, 라운딩 고객 객실 요금 30% 할인"),
                    ("contact", "phone", "예약 문의"),
                ],
            ),
        ]
        return title, asc, sections

    def _apartment(self, year: int) -> tuple[str, str, list]:
        r = self.r
        brand, asc = r.choice(_BRANDS)
        region = r.choice(REGIONS)
        title = r.choice(
            (f"{brand} {region} 견본주택 그랜드 오픈", f"{region} 중심 프리미엄 주거, {brand}")
        )
        rows = []
        for typ in sorted(r.sample(("59A", "59B", "74A", "84A", "84B", "101"), r.randint(3, 5))):
            area = f"{int(typ[:-1] if typ[-1].isalpha() else typ)}.{r.randint(10, 99)}"
            price = f"{r.randint(3, 9)}억 {r.randint(1, 9)}천만원"
            rows.append([typ, area, str(r.randint(20, 300)), price])
        sections = [
            (
                "분양 개요",
                [
                    (
                        "paragraph",
                        f"지하 2층~지상 {r.randint(15, 35)}층, {r.randint(4, 12)}개동 "
                        f"총 {r.randint(300, 1500)}세대 규모",
                    ),
                    ("note", "(단위:㎡, 세대)"),
                    ("table", ["타입", "전용면적", "세대수", "분양가"], rows),
                ],
            ),
            (
                "청약 일정",
                [
                    (
                        "list",
                        [
                            [f"특별공급 {_ad_date(year, 3, r.randint(2, 9))}"],
                            [
                                f"1순위 {_ad_date(year, 3, r.randint(10, 19))}",
                                "해당지역 및 기타지역 동시 접수",
                            ],
                            [f"당첨자 발표 {_ad_date(year, 3, r.randint(20, 28))}"],
                        ],
                    ),
                ],
            ),
            (
                "견본주택 방문 안내",
                [
                    (
                        "paragraph",
                        f"{region} 중앙로 {r.randint(10, 300)} 견본주택 (사전 예약제 운영)",
                    ),
                    ("contact", "phone", "분양 문의"),
                    ("contact", "url", None),
                ],
            ),
        ]
        return title, asc, sections

    def _clinic(self, year: int) -> tuple[str, str, list]:
        r = self.r
        name, asc = r.choice(_CLINICS)
        title = r.choice((f"{name}병원 개원 안내", f"{name}병원이 새롭게 문을 엽니다"))
        depts = " · ".join(
            r.sample(
                (
                    "내과",
                    "정형외과",
                    "신경외과",
                    "재활의학과",
                    "영상의학과",
                    "가정의학과",
                    "소아청소년과",
                ),
                r.randint(3, 5),
            )
        )
        sat = "09:00~13:00"
        rows = [
            ["외래", "09:00~18:00", sat, "휴진"],
            ["검진센터", "08:00~17:00", "", "휴진"],
            ["응급실", "24시간", "24시간", "24시간"],
        ]
        sections = [
            ("진료과목", [("paragraph", depts)]),
            (
                "진료시간",
                [
                    ("table", ["구분", "평일", "토요일", "일요일·공휴일"], rows[: r.randint(2, 3)]),
                    ("note", "※ 점심시간 13:00~14:00"),
                ],
            ),
            (
                "오시는 길",
                [
                    (
                        "paragraph",
                        f"{r.choice(REGIONS)} 시청 사거리 {name}빌딩 {r.randint(2, 7)}층",
                    ),
                    ("contact", "phone", "예약 문의"),
                ],
            ),
        ]
        return title, asc, sections

    def _recruit(self, year: int) -> tuple[str, str, list]:
        r = self.r
        org = r.choice(ORGS)
        asc = "recruit"
        title = f"{org} {year}년도 직원 채용 공고"
        fields = r.sample(("행정", "전산", "연구", "시설", "회계", "홍보"), r.randint(2, 4))
        rows = [
            [
                fld,
                f"{r.randint(1, 5)}명",
                "" if r.random() < 0.4 else "경력 우대",
                r.choice(("본원", "지역센터")),
            ]
            for fld in fields
        ]
        sections = [
            ("모집 분야 및 인원", [("table", ["모집분야", "인원", "비고", "근무지"], rows)]),
            (
                "제출 서류",
                [
                    (
                        "list",
                        [
                            ["응시원서 및 자기소개서 1부", "홈페이지 자료실에서 양식 내려받기"],
                            ["최종학교 졸업증명서 1부"],
                            ["경력증명서 1부(해당자)", "경력 기간이 표시된 증명서만 인정"][
                                : r.randint(1, 2)
                            ],
                        ],
                    ),
                ],
            ),
            (
                "접수 방법",
                [
                    (
                        "paragraph",
                        f"접수기간 {year}.{r.randint(2, 11)}.{r.randint(1, 20)}. ~ 마감 시까지",
                    ),
                    ("contact", "email", "이메일 접수"),
                    ("contact", "phone", "문의"),
                ],
            ),
        ]
        return title, asc, sections

    def _academy(self, year: int) -> tuple[str, str, list]:
        r = self.r
        name, asc = r.choice(_ACADEMIES)
        title = f"{year} {name} 문화강좌 수강생 모집"
        courses = r.sample(
            ("수채화", "서예", "요가", "생활영어", "스마트폰 활용", "합창", "도예"), r.randint(3, 5)
        )
        rows = [
            [
                c,
                r.choice(("월·수", "화·목", "금", "토")),
                f"{r.randint(9, 19)}:00",
                f"{r.randint(3, 12)}만원",
            ]
            for c in courses
        ]
        sections = [
            (
                "강좌 안내",
                [("note", "(단위:3개월)"), ("table", ["강좌명", "요일", "시간", "수강료"], rows)],
            ),
            (
                "신청 방법",
                [
                    (
                        "list",
                        [
                            ["방문 접수 평일 09:00~18:00"],
                            ["온라인 접수 홈페이지 수강신청 메뉴", "선착순 마감"],
                        ],
                    ),
                    ("contact", "phone", None),
                    ("contact", "url", None),
                ],
            ),
        ]
        return title, asc, sections

    def ad(self, year: int, truncate: bool, big: bool = False) -> _Art:
        r = self.r
        make = r.choice((self._golf, self._apartment, self._clinic, self._recruit, self._academy))
        title, asc, sections = make(year)
        if not big and len(sections) > 2:
            sections = sections[: r.randint(2, len(sections))]
        ad = Ad(Text(title))
        paras = [_p(title, ad.title)]
        cut = r.randrange(1, len(sections)) if truncate and len(sections) > 1 else None
        for si, (heading, blocks) in enumerate(sections):
            h = Heading(heading)
            ad.blocks.append(h)
            paras.append(_p("• " + heading, h))
            if si == cut:
                ad.truncated = True
                break
            for spec in blocks:
                kind = spec[0]
                if kind == "note":
                    b = Note(spec[1])
                    ad.blocks.append(b)
                    paras.append(_p(b.text, b))
                elif kind == "paragraph":
                    b = Paragraph(spec[1])
                    ad.blocks.append(b)
                    paras.append(_p(b.text, b))
                elif kind == "table":
                    t, p = self.table(spec[1], spec[2])
                    ad.blocks.append(t)
                    paras.append(p)
                elif kind == "list":
                    lb, p = self.listing(spec[1])
                    ad.blocks.append(lb)
                    paras.append(p)
                else:
                    c, line = self.contact(spec[1], asc, spec[2])
                    ad.blocks.append(c)
                    paras.append(_p(line, c))
        return _Art(ad, paras)


def _cell_points(cell: str) -> str:
    """A cell printed as several inline points ("- a - b") reads one point per line."""
    points = [p.strip() for p in cell.split("- ") if p.strip()]
    return "\n".join(points) if cell.startswith("- ") and len(points) > 1 else cell


# --- pages -----------------------------------------------------------------------


def _section_for(number: int, pages: int) -> str:
    x = (number - 1) / max(pages, 1)
    bounds = (0.1, 0.2, 0.35, 0.5, 0.6, 0.7, 0.8, 0.9)
    for i, b in enumerate(bounds):
        if x < b:
            return SECTIONS[i]
    return SECTIONS[-1]


@dataclass(slots=True)
class _PagePlan:
    page: Page
    paras: list[_Para]
    arts: list[_Art]
    lead: str
    tail: str


def _plan_page(
    r: random.Random,
    number: int,
    kind: str,
    section: str | None,
    day: dt.date,
    masthead: Masthead | None = None,
) -> _PagePlan:
    w, aw = _Writer(r), _AdWriter(r)
    page = Page(number, section, kind=kind)
    paras: list[_Para] = []
    arts: list[_Art] = []
    if masthead is not None:
        m = masthead
        issue = f"제 {m.issue} 호" if r.random() < 0.7 else f"제{m.issue}호"
        issue_line = f"{m.edition_kind} {issue} 대표전화 {m.phone}"
        for line in (m.paper, m.url, issue_line, date_line(day)):
            paras.append(_p(line, m))
    if section is not None:
        holder = Text(section)
        paras.append(_p(section, holder))
    # Which items, in order; every article but the last must end with a byline.
    has_ad = (
        kind == "ad"
        or (kind in ("front", "news", "briefs") and r.random() < 0.45)
        or (kind == "interview" and r.random() < 0.3)
    )
    if kind == "ad":
        plans = []
    elif kind == "front":
        plans = ["interview" if r.random() < 0.5 else "long"]
        plans += ["short"] * r.choice((0, 1, 1))
    elif kind == "interview":
        plans = ["interview"] + ["short"] * r.choice((0, 1))
    elif kind == "briefs":
        plans = ["brief"] * r.randint(3, 6)
    elif kind == "opinion":
        plans = ["opinion"] * r.randint(2, 3)
    else:
        plans = ["long"] + ["short"] * r.randint(1, 3)
    for i, what in enumerate(plans):
        last = i == len(plans) - 1
        if what == "interview":
            a = w.interview(need_end=not last)
        elif what == "opinion":
            a = w.news(need_end=not last, opinion=True)
        else:
            a = w.news(need_end=not last, size=what)
        art = a.item
        assert isinstance(art, Article)
        if not last and not art.bylines:
            raise AssertionError("article without closing byline inside a page")
        if paras:
            # A wide gap sometimes, always after an article with no closing byline.
            wide = i > 0 and (r.random() < 0.25 or not _ends_with_byline(arts[-1]))
            a.paras[0].gap = "\n\n\n" if wide else "\n\n"
        for p in a.paras:
            p.art = a
        paras.extend(a.paras)
        arts.append(a)
        page.items.append(art)
    if has_ad:
        truncate = kind != "ad" and r.random() < 0.35 or kind == "ad" and r.random() < 0.1
        a = aw.ad(day.year, truncate, big=kind == "ad")
        if paras:
            a.paras[0].gap = r.choice(("\n\n\n", "\n\n\n\n"))
        paras.extend(a.paras)
        page.items.append(a.item)
    if section is not None:
        page.section = section
        page.section_spans = holder.spans  # filled on emission
    lead = r.choice(("", "\n", "\n\n"))
    tail = r.choice(("\n", "\n\n", "\n\n\n"))
    return _PagePlan(page, paras, arts, lead, tail)


def _ends_with_byline(a: _Art) -> bool:
    art = a.item
    return isinstance(art, Article) and bool(art.bylines) and art.bylines[-1].position == "end"


# --- column breaks and inserted captions --------------------------------------------


def _plain(plan: _PagePlan) -> str:
    return "\n".join(t for p in plan.paras for t, _ in p.segs)


def _between_cuts(s: str, lo: int, hi: int, r: random.Random, want: int = 12):
    """Candidate spaces i (s[i] == ' ') in [lo, hi) between two word characters."""
    spaces = [i for i in range(lo, hi) if s[i] == " "]
    r.shuffle(spaces)
    for i in spaces[:want]:
        if _is_word_char(s[i - 1]) and i + 1 < len(s) and _is_word_char(s[i + 1]):
            yield i


def _piece_before(s: str, i: int) -> str:
    j = i
    while j > 0 and _is_word_char(s[j - 1]):
        j -= 1
    return s[j:i]


def _piece_after(s: str, i: int) -> str:
    j = i
    while j < len(s) and _is_word_char(s[j]):
        j += 1
    return s[i:j]


def _first_sentence_words(s: str) -> int:
    m = _SENT_END.search(s)
    return len(s[: m.start() + 1].split()) if m else 99


def _place_caption(r: random.Random, a: _Art, everything: str) -> bool:
    """Cut one of the article's body paragraphs and put its inserted caption in the cut."""
    cap = a.caption
    assert cap is not None
    cands = [p for p in a.paras if p.block is not None and p.cut_a is None]
    r.shuffle(cands)
    for p in cands:
        s = p.segs[0][0]
        # Cut one or two words before the end of a sentence (as in the real page).
        ends = [m.start() for m in _SENT_END.finditer(s)]
        r.shuffle(ends)
        for e in ends:
            words = s[:e].split(" ")
            k = r.choice((1, 2))
            if len(words) <= k:
                continue
            i = len(" ".join(words[:-k]))
            if i < p.mlen + 50 or s[i] != " ":
                continue
            if not (_is_word_char(s[i - 1]) and _is_word_char(s[i + 1])):
                continue
            left = _piece_before(s, i)
            if (left + _piece_after(s, i + 1)[0]) in everything or (left + cap[0]) in everything:
                continue
            if _first_sentence_words(s[i + 1 :]) > 2:
                continue
            p.cut_a, p.cut_b = i, i + 1
            blk = p.block
            assert blk is not None
            cb = Block("caption", cap, inserted=True)
            p.insert = _p(cap, cb)
            blk.breaks.append(Break(i + 1 - p.mlen, True, True))
            body = a.item.body  # type: ignore[union-attr]
            at = next(j for j, b in enumerate(body) if b is blk)
            body.insert(at + 1, cb)
            return True
    return False


def _column_break(r: random.Random, p: _Para, counts: Counter, everything: str) -> bool:
    s = p.segs[0][0]
    lo, hi = p.mlen + 50, len(s) - 12
    if hi <= lo:
        return False
    blk = p.block
    assert blk is not None

    def rest_ok(j: int) -> bool:
        return _sentences(s[j:]) >= 2

    if r.random() < 0.5:  # inside a word that occurs intact elsewhere on the page
        pieces = [
            m
            for m in _WORD.finditer(s)
            if m.start() + 1 >= lo
            and m.end() - 1 <= hi
            and len(m.group()) >= 2
            and counts[m.group()] >= 2
            and all("가" <= c <= "힣" for c in m.group())
        ]
        r.shuffle(pieces)
        for m in pieces[:8]:
            j = m.start() + r.randint(1, len(m.group()) - 1)
            if not lo <= j <= hi or not rest_ok(j):
                continue
            counts[m.group()] -= 1
            p.cut_a = p.cut_b = j
            blk.breaks.append(Break(j - p.mlen, False))
            return True
    for i in _between_cuts(s, lo, hi, r):
        if not rest_ok(i + 1):
            continue
        if (_piece_before(s, i) + s[i + 1]) in everything:
            continue
        p.cut_a, p.cut_b = i, i + 1
        blk.breaks.append(Break(i + 1 - p.mlen, True))
        return True
    return False


def _plan_breaks(r: random.Random, plans: list[_PagePlan], rate: float = 0.12) -> None:
    """Place inserted captions, then column breaks (see the module's guarantees)."""
    pending = [a.caption for pl in plans for a in pl.arts if a.caption]
    everything = "\n".join([*(_plain(pl) for pl in plans), *pending])
    for pl in plans:
        for a in pl.arts:
            if a.caption and not _place_caption(r, a, everything):
                a.caption = None
    final = "\n".join(
        _plain(pl) + "".join("\n" + a.caption for a in pl.arts if a.caption) for pl in plans
    )
    for pl in plans:
        words = _WORD.findall(_plain(pl))
        for a in pl.arts:
            if a.caption:
                words += _WORD.findall(a.caption)
        counts = Counter(words)
        for p in pl.paras:
            if p.block is not None and p.cut_a is None and r.random() < rate:
                _column_break(r, p, counts, final)


def _emit(out: _Out, plan: _PagePlan, r: random.Random) -> None:
    out.put(plan.lead)
    first = True
    for p in plan.paras:
        if not first:
            out.put(p.gap)
        first = False
        if p.cut_a is None:
            for t, leaf in p.segs:
                out.put(t, leaf)
        else:
            s, leaf = p.segs[0]
            out.put(s[: p.cut_a], leaf)
            out.put("\n\n")
            if p.insert is not None:
                for t, lf in p.insert.segs:
                    out.put(t, lf)
                out.put("\n\n")
            out.put(s[p.cut_b :], leaf)
        if r.random() < 0.02:
            out.put(" ")  # extraction leaves stray trailing spaces
    out.put(plan.tail)


# --- editions --------------------------------------------------------------------


def _page_kinds(r: random.Random, pages: int) -> list[str]:
    kinds = ["front"]
    for n in range(2, pages + 1):
        x = r.random()
        if pages >= 8 and n in (pages - 2, pages - 1):
            kinds.append("opinion")
        elif x < 0.18:
            kinds.append("ad")
        elif x < 0.34:
            kinds.append("briefs")
        elif x < 0.44:
            kinds.append("interview")
        else:
            kinds.append("news")
    return kinds[:pages]


def _section_label(r: random.Random, kind: str, number: int, pages: int) -> str | None:
    if kind in ("front", "ad") or r.random() < 0.25:
        return None
    if kind == "opinion":
        return "오피니언"
    if kind == "interview" and r.random() < 0.7:
        return "인터뷰"
    return _section_for(number, pages)


def _default_date(seed: int) -> dt.date:
    return dt.date(2016, 1, 1) + dt.timedelta(days=seed % 3653)


def make_masthead(day: dt.date) -> Masthead:
    lm, ld, leap = lunar_of(day)
    return Masthead(
        paper=PAPER,
        url=PAPER_URL,
        edition_kind="조간",
        issue=max(1, BASE_ISSUE + (day - BASE_DAY).days),
        phone=PAPER_PHONE,
        date=day.isoformat(),
        weekday=WEEKDAYS[day.weekday()],
        lunar=f"{lm:02d}-{ld:02d}",
        lunar_leap=leap,
    )


def generate_edition(seed: int, pages: int = 40, date: dt.date | None = None) -> GeneratedEdition:
    if pages < 1:
        raise ValueError("pages must be at least 1")
    day = date or _default_date(seed)
    r = random.Random(seed)
    masthead = make_masthead(day) if r.random() < 0.9 else None
    kinds = _page_kinds(r, pages)
    plans = []
    for n, kind in enumerate(kinds, start=1):
        pr = random.Random(f"{seed}:{n}")
        section = _section_label(pr, kind, n, pages)
        plans.append(_plan_page(pr, n, kind, section, day, masthead if n == 1 else None))
    _plan_breaks(r, plans)
    out = _Out(0)
    starts = []
    for i, plan in enumerate(plans):
        if i:
            out.put("\f")
        starts.append(out.pos)
        _emit(out, plan, r)
    truth = Edition(PAPER, PAPER_ASCII, day.isoformat(), masthead, [pl.page for pl in plans])
    return GeneratedEdition("".join(out.parts), truth, seed, day, starts)


def generate_page(
    rng: random.Random,
    number: int = 2,
    *,
    kind: str | None = None,
    section: str | None = None,
    day: dt.date | None = None,
    offset: int = 0,
) -> tuple[str, Page]:
    """One page without a masthead (kind: news | briefs | interview | opinion | ad)."""
    kind = kind or rng.choice(("news", "briefs", "interview", "opinion", "ad"))
    plan = _plan_page(rng, number, kind, section, day or BASE_DAY)
    _plan_breaks(rng, [plan])
    out = _Out(offset)
    _emit(out, plan, rng)
    return "".join(out.parts), plan.page


def archive_seed(day: dt.date, seed: int = 0) -> int:
    return seed * 1_000_003 + day.toordinal()


def archive_name(day: dt.date) -> str:
    return f"{PAPER_ASCII}-{day.isoformat()}.txt"


def generate_archive(
    root: Path,
    years: int = 10,
    pages: int = 40,
    end: dt.date = BASE_DAY,
    seed: int = 0,
    days: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Daily editions for `years` years (or the last `days` days) up to `end`, oldest first.

    Existing files are kept, so an interrupted run resumes where it stopped.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    if days is None:
        try:
            first = end.replace(year=end.year - years) + dt.timedelta(days=1)
        except ValueError:  # 29 February
            first = end.replace(year=end.year - years, day=28) + dt.timedelta(days=1)
        days = (end - first).days + 1
    first = end - dt.timedelta(days=days - 1)
    paths = []
    for k in range(days):
        day = first + dt.timedelta(days=k)
        path = root / archive_name(day)
        paths.append(path)
        if not path.exists():
            text = generate_edition(archive_seed(day, seed), pages, day).text
            tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)  # a killed run never leaves a half file under the real name
        if progress is not None:
            progress(k + 1, days)
    return paths


if __name__ == "__main__":
    _seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    _pages = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    sys.stdout.write(generate_edition(_seed, _pages).text)
