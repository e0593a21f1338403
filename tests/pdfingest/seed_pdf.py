"""The seed page typeset as a paper prints it: masthead, the interview across five
columns with its photo and caption in the third, a brief in the sixth, and the
boxed ad with its ruled table at the foot.

The content is what the text ingest reads from the seed page (its structure,
checked by hand in tests/ingest/test_seed.py); the PDF ingest must read the same
structure back from positions alone.
"""

from __future__ import annotations

from pathlib import Path

from reader.model import Ad, Article, Contact, Edition, Heading, ListBlock, Note, Table
from reader.sources import ingest
from tests.editions import SEED_TXT
from tests.pdfingest.paper import SANS, SERIF, Column, Flow, Sheet, jpeg, width, wrap, write

W, H = 842.0, 1191.0
M = 36.0  # margin
GUTTER = 12.0
COLS = 6
CW = (W - 2 * M - GUTTER * (COLS - 1)) / COLS
AD_TOP = 860.0
BRIEF = (
    "광주시 소식",
    [
        "광주시는 4일 시청 대회의실에서 인공지능 실증 도시 추진 보고회를 열었다. 시는 "
        "올해 공공시설 개방 계획을 설명하고 시민 의견을 들었다.",
        "보고회에는 연구기관과 기업 관계자 등 100여명이 참석했다.",
    ],
)


def col_x(i: int) -> float:
    return M + i * (CW + GUTTER)


def seed_edition() -> Edition:
    return ingest(SEED_TXT)


def seed_sheet() -> tuple[Sheet, bytes, list[str]]:
    ed = seed_edition()
    article = next(it for _, it in ed.items() if isinstance(it, Article))
    ad = next(it for _, it in ed.items() if isinstance(it, Ad))
    s = Sheet(W, H)
    m = ed.masthead
    assert m is not None and m.paper
    s.text(M, 36, m.paper, SANS, 36)
    s.text(M, 82, "GwangNam.co.kr", SANS, 9)
    s.text(560, 52, "조간 제 8020 호 대표전화 062-370-7000", SANS, 9)
    s.text(560, 68, "2026년 2월 4일 수요일 (음력 12월 17일)", SANS, 9)
    s.hrule(M, W - M, 100)
    photo, cuts = _article(s, article)
    _brief(s)
    _ad(s, ad)
    return s, photo, cuts


def _article(s: Sheet, a: Article) -> tuple[bytes, list[str]]:
    assert a.headline and a.subheadline
    s.text(col_x(0), 114, a.headline.text, SANS, 24)
    s.text(col_x(0), 148, a.subheadline.text, SANS, 14)
    y = 178.0
    for d in a.deck:
        s.text(col_x(0), y, d.text, SANS, 10)
        y += 15
    top = y + 8
    cols = [Column(col_x(i), top if i < 2 else 178.0, AD_TOP - 16, CW) for i in range(5)]
    flow = Flow(s, cols)
    photo = jpeg(240, 160)
    answered = False
    for b in a.body:
        if b.kind == "caption":
            continue
        text = b.text
        if b.kind == "question":
            text, answered = "- " + text, False
        elif b.kind == "answer" and not answered:
            text, answered = "△ " + text, True
        if b.text.startswith("인재 이동을"):
            _interrupted(s, flow, text, a, photo)
            continue
        flow.para(text)
    for byline in a.bylines:
        flow.para(byline.text, indent=False, right=True)
    return photo, flow.cuts


def _interrupted(s: Sheet, flow: Flow, text: str, a: Article, photo: bytes) -> None:
    """The paragraph the photo interrupts: two lines, the photo and caption, the rest."""
    caption = next(b.text for b in a.body if b.kind == "caption")
    c = flow.columns[flow.col]
    lines = wrap(text, SERIF, 9, c.measure, 9)
    head = lines[0] + (" " if not lines[1].startswith(" ") else "") + lines[1]
    flow.para(head, fill_breaks=False)
    cap_lines = wrap(caption, SANS, 8, CW)
    x, top, measure = flow.obstacle(80 + 6 + 11 * len(cap_lines) + 8)
    s.image(x, top, x + measure, top + 80, photo)
    y = top + 86
    for line in cap_lines:
        s.text(x, y, line, SANS, 8)
        y += 11
    flow.para(text[len(head) :].lstrip(), indent=False)


def _brief(s: Sheet) -> None:
    title, paras = BRIEF
    x = col_x(5)
    s.vrule(x - GUTTER / 2, 110, AD_TOP - 16)
    s.text(x, 114, title, SANS, 12)
    flow = Flow(s, [Column(x, 136, AD_TOP - 16, CW)])
    for p in paras:
        flow.para(p)


def _ad(s: Sheet, ad: Ad) -> None:
    x0, x1 = M, W - M
    s.frame(x0, AD_TOP, x1, H - M)
    assert ad.title is not None
    s.text(x0 + 12, AD_TOP + 10, ad.title.text, SANS, 15)
    y = AD_TOP + 36
    left, right = x0 + 12, 470.0
    half = [b for b in ad.blocks]
    split = next(i for i, b in enumerate(half) if isinstance(b, Heading) and i > 0)
    for b in half[:split]:
        y = _ad_block(s, b, left, right - 12, y)
    y = AD_TOP + 36
    for b in half[split:]:
        y = _ad_block(s, b, right + 8, x1 - 12, y)


def _ad_block(s: Sheet, b: object, x0: float, x1: float, y: float) -> float:
    if isinstance(b, Heading):
        s.text(x0, y, "• " + b.text, SANS, 11)
        return y + 17
    if isinstance(b, Note):
        s.text(x1 - width(b.text, SANS, 7.5), y, b.text, SANS, 7.5)
        return y + 12
    if isinstance(b, Contact):
        s.text(x0, y + 4, f"{b.label} ☎ {b.text}" if b.channel == "phone" else "", SANS, 9)
        if b.channel == "email":
            s.text(x0, y + 4, f"· {b.label} : {b.text}", SANS, 8)
        return y + 18
    if isinstance(b, ListBlock):
        for item in b.items:
            first, *more = item.text.split("\n")
            s.text(x0, y, "- " + first, SANS, 8)
            y += 11
            for line in more:
                s.text(x0 + 8, y, line, SANS, 8)
                y += 11
        return y + 2
    if isinstance(b, Table):
        return _table(s, b, x0, x1, y)
    raise TypeError(b)


def _table(s: Sheet, t: Table, x0: float, x1: float, y: float) -> float:
    widths = [62.0, 44.0, 30.0]
    xs = [x0, x0 + widths[0], x0 + widths[0] + widths[1], x0 + sum(widths), x1]
    rows = [t.header, *t.rows]
    top = y
    s.hrule(x0, x1, y)
    ys = [y]
    for row in rows:
        y += 3
        height = 0.0
        for j, cell in enumerate(row):
            # A cell's points ("- a - b") print one a line, as the ad sets them.
            points = cell.text.split("\n")
            cy = y
            for point in points:
                text = point if len(points) == 1 else "- " + point
                for line in wrap(text, SANS, 7.5, xs[j + 1] - xs[j] - 6):
                    s.text(xs[j] + 3, cy, line, SANS, 7.5)
                    cy += 10
            height = max(height, cy - y)
        y += height + 2
        s.hrule(x0, x1, y)
        ys.append(y)
    for x in xs[1:-1]:
        s.vrule(x, top, y)
    return y + 8


def seed_pdf(path: Path, order: str = "reading") -> tuple[Path, bytes, list[str]]:
    """The PDF, the photo's JPEG bytes, and the words the typesetter cut at line ends."""
    sheet, photo, cuts = seed_sheet()
    return write(path, [sheet], order), photo, cuts
