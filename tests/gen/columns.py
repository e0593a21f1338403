"""Opinion columns: the column's name and number before the title, a deck after ' - ',
and the columnist's signature at the end."""

from __future__ import annotations

from tests.gen.articles import _Writer
from tests.gen.plan import _Art, _p, _Para
from tests.gen.truth import Article, Block, Byline, Text
from tests.gen.words import BRACKET_SUBHEADS

COLUMN_NAMES = ("한빛칼럼", "세상읽기", "아침을 열며", "시론", "법과 사회")
COLUMN_TOPICS = ("경제", "법률", "역사", "과학", "도시")
COLUMN_ROLES = ("논설위원", "변호사", "교수", "편집위원")
AFFILIATIONS = ("한빛대", "전남대", "광주과학기술원", "한빛연구원")
PROFESSIONS = ("변호사", "노무사", "세무사")
WRITERS = ("소설가", "시인", "평론가", "칼럼니스트")
PAPERS = ("한빛일보", "한빛법률신문")
COLUMN_MAX = 100  # characters of a column's headline line


def _label(w: _Writer, name: str) -> tuple[str, bool]:
    """The column's name (and number) before its title; True when a deck may follow."""
    r = w.r
    n = r.randint(1, 150)
    k = r.randrange(4)
    if k == 0:
        return f"{name} {r.choice(COLUMN_ROLES)} 칼럼 : ({n}) ", True
    if k == 1:
        return f"[{name}의 {r.choice(COLUMN_TOPICS)} 읽기] ", False
    if k == 2:
        return f"{r.choice(COLUMN_NAMES)} : ({n}) ", True
    return f"[{r.choice(COLUMN_NAMES)}] ", False


def _signature(w: _Writer, name: str) -> tuple[str, str]:
    """(the printed signature, the role it gives)."""
    r = w.r
    k = r.randrange(4)
    if k == 0:
        role = f"{r.choice(AFFILIATIONS)} {r.choice(('교수', '명예교수', '연구원'))}"
        return f"{name} {role}", role
    if k == 1:
        # The note in brackets (where they work, a second post) is not part of the role.
        note = f"{r.choice(PAPERS)} {r.choice(('편집인', '논설위원', '편집위원'))}"
        role = r.choice(PROFESSIONS)
        return f"{name} {role}({note})", role
    if k == 2:
        role = r.choice(WRITERS)
        return f"― {name} {role}", role
    role = f"{r.choice(AFFILIATIONS)} 교수"
    return f"({name} {role})", role


def column(w: _Writer) -> _Art:
    r, lex = w.r, w.lex
    f = lex.focus()
    name = lex.name()[0]
    label, may_deck = _label(w, name)
    head = Text(label + lex.headline(f))
    art = Article(head, style="column")
    deck = lex.deck_line(f)
    if may_deck and r.random() < 0.8 and len(f"{head.text} - {deck}") <= COLUMN_MAX:
        d = Text(deck, marker="- ")
        art.deck.append(d)
        paras = [_Para([(head.text, head), (" ", None), (f"- {deck}", d)])]
    else:
        paras = [_p(head.text, head)]
    n = r.randint(4, 7)
    sub_at = r.randrange(1, n) if r.random() < 0.5 else -1
    for i in range(n):
        if i == sub_at:
            if w.plain_subheads and r.random() < 0.6:
                s = Block("subhead", lex.plain_subhead(f))
                paras.append(_p(s.text, s))
            else:
                s = Block("subhead", r.choice(BRACKET_SUBHEADS), "[]")
                paras.append(_p(f"[{s.text}]", s))
            art.body.append(s)
        b = Block("lead" if i == 0 else "paragraph", lex.para(f, 2, 4, lead=i == 0))
        art.body.append(b)
        p = _p(b.text, b)
        p.block = b
        paras.append(p)
    printed, role = _signature(w, name)
    by = Byline(name, role, text=printed, position="signature")
    art.bylines.append(by)
    paras.append(_p(printed, by))
    return _Art(art, paras)
