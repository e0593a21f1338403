"""Which items a page holds, in order, and its section label."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.gen.ads import _AdWriter
from tests.gen.articles import _Writer
from tests.gen.columns import column
from tests.gen.dense import corpus
from tests.gen.listings import listings
from tests.gen.paper import date_line
from tests.gen.plan import _Art, _p, _Para
from tests.gen.truth import Article, Masthead, Page, Text
from tests.gen.words import SECTIONS


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
    dense: bool = False  # written without blank lines


def _plan_page(
    r: random.Random,
    number: int,
    kind: str,
    section: str | None,
    day: dt.date,
    masthead: Masthead | None = None,
    conventions: frozenset[str] = frozenset(),
) -> _PagePlan:
    w, aw = _Writer(r, conventions), _AdWriter(r)
    dense = "dense" in conventions
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
    elif kind in ("listing", "corpus"):
        plans = []
    else:
        plans = ["long"] + ["short"] * r.randint(1, 3)
    for i, what in enumerate(plans):
        last = i == len(plans) - 1
        if what == "interview":
            a = w.interview(need_end=not last)
        elif what == "opinion" and "column" in conventions and r.random() < 0.75:
            a = column(w)
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
    for a in listings(w, dense) if kind == "listing" else corpus(w) if kind == "corpus" else []:
        title = isinstance(a.item, Article) and a.item.style == "title"
        if title and not paras and section is None:
            # A column's title first on a page without a label: the page's label.
            assert isinstance(a.item, Article) and a.item.headline is not None
            holder, section = a.item.headline, a.item.headline.text
            paras.extend(a.paras)
            continue
        if paras:
            a.paras[0].gap = r.choice(("\n\n", "\n\n", "\n\n\n"))
        paras.extend(a.paras)
        arts.append(a)
        page.items.append(a.item)
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
    return _PagePlan(page, paras, arts, lead, tail, dense)


def _ends_with_byline(a: _Art) -> bool:
    art = a.item
    closing = ("end", "signature")
    return isinstance(art, Article) and bool(art.bylines) and art.bylines[-1].position in closing


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


def convention_kinds(r: random.Random, kinds: list[str], conventions: frozenset[str]) -> list[str]:
    """Page kinds with listing, column and corpus pages mixed in (the front page stays)."""
    extra = [
        kind
        for kind, wanted in (("listing", "listing"), ("opinion", "column"), ("corpus", "dense"))
        if wanted in conventions
    ]
    if not extra:
        return kinds
    return [kinds[0]] + [r.choice(extra) if r.random() < 0.4 else k for k in kinds[1:]]


def _section_label(r: random.Random, kind: str, number: int, pages: int) -> str | None:
    if kind == "listing":
        return r.choice(("사람들", None))
    if kind == "corpus":
        return None
    if kind in ("front", "ad") or r.random() < 0.25:
        return None
    if kind == "opinion":
        return "오피니언"
    if kind == "interview" and r.random() < 0.7:
        return "인터뷰"
    return _section_for(number, pages)
