"""English front pages of 1911-1916 as OCR gives them, with their truth.

A masthead of OCR specks, a capitalised nameplate and a line such as 'No. 4,512.
HARLOW, MASS., MONDAY, JUNE 12, 1911.—TWELVE PAGES. TWO CENTS.'; articles under a
headline stacked in capitals, decks in title case (ending in a period) or capitals,
sometimes 'By NAME.'; body lines wrapped at the column's width, a word cut at a line
end with a hyphen ('Gov-' / 'ernment'); the truth joins them back ('Government'), but a
compound numeral keeps its hyphen ('forty-' / 'one').
"""

from __future__ import annotations

import datetime as dt
import random

from tests.gen import english_words as en
from tests.gen.plan import _Art, _p, _Para
from tests.gen.truth import Article, Block, Byline, Masthead, Page, Text

FIRST_DAY = dt.date(1911, 1, 1)
DAYS = 6 * 365  # 1911-1916
NOISE = ",.'~^-*»«;:_"


def english_day(seed: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=seed % DAYS)


def _noise(r: random.Random) -> str:
    marks = [r.choice(NOISE) for _ in range(r.randint(4, 9))]
    if r.random() < 0.5:
        marks.insert(r.randrange(len(marks)), r.choice("irmt"))  # a stray letter
    return " ".join("".join(marks[i : i + 2]) for i in range(0, len(marks), 2))


def _wrap(r: random.Random, text: str, width: int) -> list[str]:
    """Lines of at most about width characters; a long word may be cut with a hyphen."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if not line or len(line) + 1 + len(word) <= width:
            line = f"{line} {word}" if line else word
            continue
        room = width - len(line) - 2
        if "-" in word and word.index("-") < room:  # a compound numeral: cut at its hyphen
            cut = word.index("-") + 1
            lines.append(f"{line} {word[:cut]}")
            line = word[cut:]
        elif (
            word.isalpha() and word.islower() and len(word) >= 7 and room >= 3 and r.random() < 0.5
        ):
            cut = r.randint(3, min(room, len(word) - 3))
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        elif word.startswith("$") and "," in word and word.index(",") < room:
            cut = word.index(",") + 1
            lines.append(f"{line} {word[:cut]}-")  # '$40,-' / '000'
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


def _block(r: random.Random, kind: str, text: str, width: int) -> tuple[Block, _Para]:
    b = Block(kind, text)
    segs: list = []
    for line in _wrap(r, text, width):
        if segs:
            segs.append(("\n", None))
        segs.append((line, b))
    return b, _Para(segs)


def _stacked(leaf: Text, lines: list[str]) -> _Para:
    segs: list = []
    for line in lines:
        if segs:
            segs.append(("\n", None))
        segs.append((line, leaf))
    return _Para(segs)


def article(r: random.Random) -> _Art:
    width = r.randint(36, 44)
    words = en.headline(r).split()
    head_lines = [" ".join(words)]
    if r.random() < 0.7:  # stacked on two lines
        cut = r.randint(1, len(words) - 1)
        head_lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    head = Text(" ".join(head_lines))
    art = Article(head, style="english")
    paras = [_stacked(head, head_lines)]
    if r.random() < 0.7:
        d = Text(en.deck(r))
        art.deck.append(d)
        paras.append(_stacked(d, _wrap(r, d.text, width)))
    if r.random() < 0.4:
        d = Text(r.choice(en.DECK_CAPS))
        art.deck.append(d)
        paras.append(_p(d.text, d))
    if r.random() < 0.3:
        name = en.person(r).upper()
        by = Byline(name, None, text=f"By {name}.", position="top")  # type: ignore[arg-type]
        art.bylines.append(by)
        paras.append(_p(by.text, by))
    n = r.randint(1, 4)
    sub_at = r.randrange(1, n) if n > 1 and r.random() < 0.3 else -1
    for i in range(n):
        if i == sub_at:
            s = Block("subhead", r.choice(en.SUBHEADS))
            art.body.append(s)
            paras.append(_p(s.text, s))
        text = " ".join(en.sentence(r) for _ in range(r.randint(2, 4)))
        if i == 0 and r.random() < 0.4:
            town = r.choice(en.TOWNS)
            text = f"{town}, {r.choice(en.MONTHS)} {r.randint(1, 28)}.—{text}"
        b, p = _block(r, "lead" if i == 0 else "paragraph", text, width)
        art.body.append(b)
        paras.append(p)
    return _Art(art, paras)


def masthead(r: random.Random, day: dt.date, seed: int) -> tuple[Masthead, list[str]]:
    """The masthead's truth and its printed lines (specks included)."""
    town, state = r.choice(en.TOWNS), r.choice(en.STATES)
    when, noun = r.choice(en.PAPER_TIMES), r.choice(en.PAPER_NOUNS)
    name_lines = [f"THE {town} {when} {noun}"]
    if r.random() < 0.3:
        name_lines = [f"THE {when}", f"{town} {noun}"]
    edition = r.choice(en.EDITIONS) if r.random() < 0.4 else None
    issue = 1000 + seed % 9000
    weekday = en.WEEKDAYS[day.weekday()]
    date = f"{en.MONTHS[day.month - 1].upper()} {day.day}, {day.year}"
    if r.random() < 0.5:
        date_line = (
            f"No. {issue:,}. {town}, {state}, {weekday.upper()}, {date}.—"
            f"{r.choice(en.PAGES_WORDS)} PAGES. {r.choice(en.PRICES)}."
        )
    else:
        date_line = (
            f"VOL. XXIII.—NO. {issue:,}. {town}, {state}, {weekday.upper()} {when}, {date}. "
            f"PRICE ONE CENT."
        )
    lines = [_noise(r) for _ in range(r.randint(0, 2))]
    lines += name_lines[:-1] + [name_lines[-1] + ("." if r.random() < 0.3 else "")]
    lines += [edition] if edition else []
    lines += [date_line] + [_noise(r) for _ in range(r.randint(0, 1))]
    m = Masthead(
        paper=" ".join(name_lines),
        url=None,  # type: ignore[arg-type]
        edition_kind=edition,  # type: ignore[arg-type]
        issue=issue,
        phone=None,  # type: ignore[arg-type]
        date=day.isoformat(),
        weekday=weekday,
        lunar=None,  # type: ignore[arg-type]
    )
    return m, lines


def plan_english_page(
    r: random.Random, number: int, masthead: tuple[Masthead, list[str]] | None
) -> tuple[Page, list[_Para], list[_Art]]:
    page = Page(number, None, kind="english")
    paras: list[_Para] = []
    if masthead is not None:
        m, lines = masthead
        segs: list = []
        for line in lines:
            if segs:
                segs.append(("\n", None))
            segs.append((line, m))
        paras.append(_Para(segs))
    arts = [article(r) for _ in range(r.randint(2, 5))]
    for a in arts:
        if paras:
            a.paras[0].gap = r.choice(("\n\n", "\n\n", "\n\n\n"))
        paras.extend(a.paras)
        page.items.append(a.item)
    return page, paras, arts
