"""Made-up pages with known content: a running head (section label, page number), an
article whose headline spans three columns, and a brief in the fourth column.

Korean pages use reportlab's CID fonts; `latin=True` sets an English page in the
TrueType Vera (embedded as a subset with a ToUnicode map), with a PNG photo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.pdf.paper import (
    LATIN,
    LATIN_BOLD,
    SANS,
    SERIF,
    Column,
    Flow,
    Sheet,
    png,
)

W, H = 842.0, 1191.0
M, GUTTER = 40.0, 14.0
CW = (W - 2 * M - 3 * GUTTER) / 4
SECTIONS = ["경제", "사회", "문화", "스포츠", "국제", "정치"]
_NOUNS = "시민 학생 기업 연구진 주민 의회 정부 학교 병원 시장 농가 어민".split()
_PLACES = "광주 전남 목포 순천 여수 나주 담양 해남".split()
_DONE = "열었다 밝혔다 시작했다 마쳤다 발표했다 추진한다 검토하고 있다 늘렸다".split()
_EN = "council school river market harbour library station museum bridge garden".split()


@dataclass
class Story:
    headline: str
    paragraphs: list[str]


@dataclass
class PageTruth:
    section: str
    number: int
    main: Story
    brief: Story
    caption: str | None = None


@dataclass
class Made:
    sheets: list[Sheet] = field(default_factory=list)
    truth: list[PageTruth] = field(default_factory=list)


def _sentence(r: random.Random) -> str:
    return (
        f"{r.choice(_PLACES)} {r.choice(_NOUNS)} {r.randint(2, 900)}명이 "
        f"{r.choice(_NOUNS)}와 함께 새 사업을 {r.choice(_DONE)}."
    )


def _en_sentence(r: random.Random) -> str:
    return (
        f"The {r.choice(_EN)} of ward {r.randint(2, 90)} opened a new {r.choice(_EN)} "
        f"for {r.randint(2, 900)} people on {r.choice(['Monday', 'Friday', 'Sunday'])}."
    )


def _para(r: random.Random, latin: bool) -> str:
    make = _en_sentence if latin else _sentence
    return " ".join(make(r) for _ in range(r.randint(2, 4)))


def page(number: int, seed: int, latin: bool = False) -> tuple[Sheet, PageTruth]:
    r = random.Random(seed * 1000 + number)
    body_font = LATIN if latin else SERIF
    head_font = LATIN_BOLD if latin else SANS
    section = "World" if latin else SECTIONS[number % len(SECTIONS)]
    s = Sheet(W, H)
    s.text(M, 24, section, head_font, 11)
    s.text(W - M - 20, 24, str(number), head_font, 11)
    s.hrule(M, W - M, 44)
    if latin:
        main = Story(f"Ward {number} opens its new harbour", [_para(r, True) for _ in range(6)])
        brief = Story("In brief", [_para(r, True) for _ in range(2)])
    else:
        main = Story(
            f"{r.choice(_PLACES)} {r.choice(_NOUNS)} 새 사업 {number}건 추진",
            [_para(r, False) for _ in range(7)],
        )
        brief = Story(f"{r.choice(_PLACES)} 소식", [_para(r, False) for _ in range(2)])
    s.text(M, 60, main.headline, head_font, 22)
    cols = [Column(M + i * (CW + GUTTER), 100, H - M, CW) for i in range(3)]
    flow = Flow(s, cols, font=body_font, size=9, leading=13)
    caption = None
    for k, p in enumerate(main.paragraphs):
        flow.para(p, fill_breaks=False)
        if k == 1:
            caption = "Harbour workers at dawn." if latin else "새 사업을 설명하는 관계자들."
            x, top, measure = flow.obstacle(90 + 20)
            s.image(x, top, x + measure, top + 90, png(60, 40, number))
            s.text(x, top + 96, caption, head_font, 7.5)
    bx = M + 3 * (CW + GUTTER)
    s.vrule(bx - GUTTER / 2, 56, H - M)
    s.text(bx, 60, brief.headline, head_font, 11)
    bflow = Flow(s, [Column(bx, 82, H - M, CW)], font=body_font, size=9, leading=13)
    for p in brief.paragraphs:
        bflow.para(p, fill_breaks=False)
    return s, PageTruth(section, number, main, brief, caption)


def edition(pages: int, seed: int = 1, latin: bool = False) -> Made:
    made = Made()
    for n in range(1, pages + 1):
        sheet, truth = page(n, seed, latin)
        made.sheets.append(sheet)
        made.truth.append(truth)
    return made
