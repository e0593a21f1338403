"""Compare an ingested edition with a generated edition's ground truth (tests/gen/).

`score(edition, truth)` counts, field by field, how many truth items the parser
got exactly right, and keeps the first mismatches so a failure says what went
wrong. Strictly (the default), items are compared page by page, in order, only when
a page has as many items of the same kinds as the truth; a page that does not line
up counts its items as missed in every field, so one split error hides the rest.
`score(edition, truth, aligned=True)` aligns each page's items with the truth's by
their text instead (a sequence alignment of headline or first-leaf keys, see
align()), scores the fields of every aligned pair and counts the truth items left
unmatched as missed; items the parser made up add nothing but a miss in
`page items`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from reader.model import Ad, Article, Contact, Edition, Heading, ListBlock, Table

MASTHEAD_FIELDS = (
    "paper",
    "url",
    "edition_kind",
    "issue",
    "phone",
    "date",
    "weekday",
    "lunar",
    "lunar_leap",
)


@dataclass
class Score:
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def check(self, what: str, got, want, where: str) -> None:
        self.total[what] += 1
        if got == want:
            self.right[what] += 1
        elif len(self.misses) < 40:
            self.misses.append(f"{where} {what}: got {got!r}, want {want!r}")

    def miss(self, what: str, n: int, note: str) -> None:
        self.total[what] += n
        if len(self.misses) < 40:
            self.misses.append(note)

    def rate(self, what: str) -> float:
        return self.right[what] / self.total[what] if self.total[what] else 1.0

    def add(self, other: Score) -> None:
        self.right.update(other.right)
        self.total.update(other.total)
        self.misses.extend(other.misses[: max(0, 40 - len(self.misses))])

    def table(self) -> str:
        rows = [
            f"{what:<14} {self.right[what]:>6}/{self.total[what]:<6} {self.rate(what):7.1%}"
            for what in sorted(self.total)
        ]
        return "\n".join(rows)


ARTICLE_FIELDS = (
    "headline",
    "subheadline",
    "deck",
    "body kinds",
    "body texts",
    "questions",
    "answers",
    "captions",
    "bylines",
)
AD_FIELDS = ("title", "headings", "tables", "lists", "contacts", "truncated")


def score(edition: Edition, truth, aligned: bool = False) -> Score:
    s = Score()
    if truth.masthead is None:
        s.check("masthead", edition.masthead, None, "edition")
    else:
        got = edition.masthead
        want = tuple(getattr(truth.masthead, f) for f in MASTHEAD_FIELDS)
        s.check("masthead", got and tuple(getattr(got, f) for f in MASTHEAD_FIELDS), want, "")
    pages = {p.number: p for p in edition.pages}
    for tp in truth.pages:
        where = f"page {tp.number}"
        page = pages.get(tp.number)
        got_section = page and (page.section if not page.section_inferred else None)
        s.check("section label", got_section, tp.section, where)
        items = page.items if page else []
        kinds = [type(it).__name__ for it in items]
        want_kinds = [type(it).__name__ for it in tp.items]
        s.check("page items", kinds, want_kinds, where)
        if aligned:
            pairs = align(items, tp.items)
        elif kinds == want_kinds:
            pairs = list(enumerate(items))
        else:
            pairs = []
        paired = dict(pairs)
        for k, want in enumerate(tp.items):
            at = f"{where} item {k + 1}"
            got_item = paired.get(k)
            if got_item is None or type(got_item).__name__ != type(want).__name__:
                note = f"{at}: no item lines up with it ({kinds} vs {want_kinds})"
                for what in _fields(want):
                    s.miss(what, 1, note)
            elif isinstance(got_item, Article):
                _article(s, got_item, want, at)
            else:
                assert isinstance(got_item, Ad)
                _ad(s, got_item, want, at)
    return s


def _fields(item) -> tuple[str, ...]:
    return ARTICLE_FIELDS if type(item).__name__ == "Article" else AD_FIELDS


SIMILAR = 0.6  # key similarity at which two items in a replaced run are the same item


def _key(item) -> str:
    """What names an item: its headline or title, else its first leaf's text."""
    article = type(item).__name__ == "Article"
    head = item.headline if article else item.title
    if head is None:
        blocks = item.body if article else item.blocks
        first = next((getattr(b, "text", None) for b in blocks if getattr(b, "text", None)), "")
        return "".join(first.split())[:60]
    return "".join(head.text.split())


def align(items: list, truth_items: list) -> list[tuple[int, object]]:
    """(truth index, parsed item) pairs: equal keys in sequence order; inside a run the two
    sides disagree on, items in order when both sides hold as many, else items whose keys
    are alike, in order."""
    got_keys = [_key(it) for it in items]
    want_keys = [_key(it) for it in truth_items]
    pairs: list[tuple[int, object]] = []
    ops = SequenceMatcher(None, got_keys, want_keys, autojunk=False).get_opcodes()
    for op, g0, g1, w0, w1 in ops:
        if op == "equal" or op == "replace" and g1 - g0 == w1 - w0:
            pairs += [(w0 + k, items[g0 + k]) for k in range(g1 - g0)]
        elif op == "replace":
            g = g0
            for w in range(w0, w1):
                for j in range(g, g1):
                    if SequenceMatcher(None, got_keys[j], want_keys[w]).ratio() >= SIMILAR:
                        pairs.append((w, items[j]))
                        g = j + 1
                        break
    return pairs


def _text(t) -> str | None:
    return None if t is None else t.text


def _article(s: Score, got: Article, want, at: str) -> None:
    s.check("headline", _text(got.headline), _text(want.headline), at)
    s.check("subheadline", _text(got.subheadline), _text(want.subheadline), at)
    s.check("deck", [t.text for t in got.deck], [t.text for t in want.deck], at)
    s.check("body kinds", [b.kind for b in got.body], [b.kind for b in want.body], at)
    s.check("body texts", [b.text for b in got.body], [b.text for b in want.body], at)
    for kind, what in (("question", "questions"), ("answer", "answers"), ("caption", "captions")):
        s.check(
            what,
            [b.text for b in got.body if b.kind == kind],
            [b.text for b in want.body if b.kind == kind],
            at,
        )
    jumps = [_text(got.jump_from), _text(got.jump_on)]
    want_jumps = [getattr(want, "jump_from", None), getattr(want, "jump_on", None)]
    if jumps != [None, None] or want_jumps != [None, None]:  # scored where there is one
        s.check("jumps", jumps, want_jumps, at)
    s.check(
        "bylines",
        [(b.name, b.role, b.email, b.dateline) for b in got.bylines],
        [(b.name, b.role, b.email, b.dateline) for b in want.bylines],
        at,
    )


def _ad(s: Score, got: Ad, want, at: str) -> None:
    s.check("title", _text(got.title), _text(want.title), at)
    s.check("headings", [b.text for b in got.blocks if isinstance(b, Heading)], want.headings, at)
    s.check(
        "tables",
        [_table(b) for b in got.blocks if isinstance(b, Table)],
        [_table(b) for b in want.tables],
        at,
    )
    s.check(
        "lists",
        [[t.text for t in b.items] for b in got.blocks if isinstance(b, ListBlock)],
        [[t.text for t in b.items] for b in want.lists],
        at,
    )
    s.check(
        "contacts",
        [(c.channel, c.value, c.text, c.label) for c in got.blocks if isinstance(c, Contact)],
        [(c.channel, c.value, c.text, c.label) for c in want.contacts],
        at,
    )
    s.check("truncated", got.truncated, want.truncated, at)


def _table(t) -> list[list[str]]:
    return [[c.text for c in row] for row in [t.header, *t.rows]]
