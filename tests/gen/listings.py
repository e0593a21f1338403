"""Listing pages: personnel announcements, obituaries, fortunes and TV schedules.

Each listing is an item: its heading the headline ('■ 인사' reads '인사'; '[인사] 한빛시'
stays as printed), its entries bullets (marker removed), its group labels subheads.
Several entries may share a line ('▲국장 홍길동 ▲과장 김철수', '48년생 … 60년생 …').
A heading stands alone in its paragraph; a group label heads the paragraph of its
entries, or is marked ('◇한빛시', '<과장급 전보>') on a page without blank lines.
A fortune column and a TV schedule are read a sign or a channel at a time: each group
is an item of its own, its label the headline (marker removed); the column's title is
an item with a headline only (style "title"), or the page's section label when it is
the first line of a page with no label (pages.py).
"""

from __future__ import annotations

from tests.gen.articles import _Writer
from tests.gen.plan import _Art, _p, _Para
from tests.gen.truth import Article, Block, Byline, Text
from tests.gen.words import ORGS, REGIONS

POSTS = ("기획조정실장", "경제정책국장", "문화관광국장", "복지정책과장", "예산담당관", "감사관")
RANKS = ("국장급", "과장급", "서기관급")
RELATIONS = ("부친상", "모친상", "장인상", "빙모상")
SIGNS = tuple(f"{a}띠" for a in "쥐소범토용뱀말양닭개") + ("원숭이띠", "돼지띠")
FORTUNES = (
    "반가운 소식이 찾아온다.",
    "서두르지 말고 한 번 더 살펴라.",
    "금전 거래는 다음으로 미루는 것이 좋다.",
    "작은 친절이 큰 인연으로 돌아온다.",
    "건강 검진을 미루지 마라.",
    "가족과 함께하는 저녁이 행복을 준다.",
    "새로운 일을 시작하기 좋은 날이다.",
    "말 한마디가 오해를 부를 수 있다.",
)
CHANNELS = ("KBS1", "KBS2", "MBC", "SBS", "EBS")
PROGRAMS = ("뉴스광장", "아침마당", "인간극장", "생방송 오늘 아침", "6시 내고향", "세계테마기행")


def _heading(w: _Writer, plain: str, org: str | None = None) -> Text:
    r = w.r
    k = r.randrange(4 if org else 3)
    if k == 0:
        return Text(plain)
    if k == 1:
        return Text(plain, marker="■ ")
    if k == 2:
        return Text(plain, marker="[]")
    return Text(f"[{plain}] {org}")


def _printed(t: Text) -> str:
    if t.marker == "[]":
        return f"[{t.text}]"
    return (t.marker or "") + t.text


class _Listing:
    """One listing being written: its truth and its paragraphs."""

    def __init__(self, w: _Writer, heading: Text, dense: bool):
        self.w, self.dense = w, dense
        self.art = Article(heading, style="listing")
        self.paras: list[_Para] = [_p(_printed(heading), heading)]

    def group(self, label: str) -> list:
        """A group label: heads the paragraph of its entries, or marked '◇' / '<…>'."""
        r = self.w.r
        marker = r.choice(("◇", "<>")) if self.dense or r.random() < 0.5 else None
        b = Block("subhead", label, marker)
        self.art.body.append(b)
        printed = f"<{label}>" if marker == "<>" else (marker or "") + label
        return [(printed, b)]

    def entries(self, texts: list[str], marker: str, per_line: int) -> list:
        """Entry segments, several to a line; the marker (or none) before each."""
        segs: list = []
        for i, text in enumerate(texts):
            b = Block("bullet", text, marker or None)
            self.art.body.append(b)
            if segs:
                segs.append(("\n" if i % per_line == 0 else " ", None))
            segs.append((marker + text, b))
        return segs

    def para(self, segs: list) -> None:
        self.paras.append(_Para(segs))


def _personnel(w: _Writer, dense: bool) -> _Art:
    r = w.r
    org = r.choice(ORGS)
    lst = _Listing(w, _heading(w, "인사", org), dense)
    for _ in range(r.randint(1, 3)):
        label = lst.group(r.choice((r.choice(ORGS), f"{r.choice(RANKS)} 전보")))
        names = [f"{post} {w.lex.name()[0]}" for post in r.sample(POSTS, r.randint(3, 5))]
        lst.para(label + [("\n", None)] + lst.entries(names, "▲", r.randint(1, 3)))
    return _Art(lst.art, lst.paras)


def _obituaries(w: _Writer, dense: bool) -> _Art:
    r = w.r
    lst = _Listing(w, _heading(w, "부음"), dense)
    texts = []
    for _ in range(r.randint(3, 4)):
        (dead, _), (kin, _) = w.lex.name(), w.lex.name()
        texts.append(
            f"{dead}씨 별세, {kin}({r.choice(ORGS)} 직원)씨 {r.choice(RELATIONS)} = "
            f"{r.randint(1, 28)}일, {r.choice(REGIONS)}장례식장 {r.randint(1, 9)}호실, "
            f"발인 {r.randint(1, 28)}일 오전 {r.randint(5, 9)}시, 062-{r.randint(200, 999)}-"
            f"{r.randint(1000, 9999)}"
        )
    lst.para(lst.entries(texts, "▲", 1))
    return _Art(lst.art, lst.paras)


def _keyed(w: _Writer, title: str, dense: bool, groups: list[tuple[str, list[str]]]) -> list[_Art]:
    """A column read a group at a time: its title, then an item per group label."""
    r = w.r
    heading = _heading(w, title)
    arts = [_Art(Article(heading, style="title"), [_p(_printed(heading), heading)])]
    for label, texts in groups:
        marker = r.choice(("◇", "<>")) if dense or r.random() < 0.5 else None
        head = Text(label, marker=marker)
        printed = f"<{label}>" if marker == "<>" else (marker or "") + label
        lst = _Listing(w, head, dense)
        per_line = r.randint(1, 2) if "년생" in texts[0] else 1
        lst.paras = [_Para([(printed, head), ("\n", None)] + lst.entries(texts, "", per_line))]
        arts.append(_Art(lst.art, lst.paras))
    return arts


def _fortunes(w: _Writer, dense: bool) -> list[_Art]:
    r = w.r
    groups = []
    for sign in r.sample(SIGNS, r.randint(2, 4)):
        first = 48 + r.randrange(12)
        years = [first + 12 * k for k in range(r.randint(2, 4))]
        groups.append((sign, [f"{y % 100:02d}년생 {r.choice(FORTUNES)}" for y in years]))
    arts = _keyed(w, "오늘의 운세", dense, groups)
    if r.random() < 0.5:
        name = w.lex.name()[0]
        by = Byline(name, "기자", text=f"정리={name} 기자")
        arts[-1].item.bylines.append(by)  # type: ignore[union-attr]
        arts[-1].paras.append(_p(by.text, by))
    return arts


def _schedule(w: _Writer, dense: bool) -> list[_Art]:
    r = w.r
    groups = []
    for channel in r.sample(CHANNELS, r.randint(2, 3)):
        hours = sorted(r.sample(range(6, 24), r.randint(3, 5)))
        groups.append(
            (
                channel,
                [f"{h:02d}:{r.choice((0, 10, 30, 50)):02d} {r.choice(PROGRAMS)}" for h in hours],
            )
        )
    return _keyed(w, r.choice(("오늘의 TV", "TV 편성표")), dense, groups)


def listings(w: _Writer, dense: bool) -> list[_Art]:
    """Two to four listings for one page, each with three entries or more (a fortune
    column or a schedule as several items, see _keyed)."""
    makers = (_personnel, _obituaries, _fortunes, _schedule)
    out: list[_Art] = []
    for make in w.r.sample(makers, w.r.randint(2, 4)):
        made = make(w, dense)
        out += made if isinstance(made, list) else [made]
    return out
