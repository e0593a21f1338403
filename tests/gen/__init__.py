"""Generated newspaper page text with ground truth, for tests and benchmarks (test-only).

Modules: truth (the dataclasses), paper (name, masthead, dates), words and lexicon
(vocabulary, sentences), plan (paragraph segments), articles, ads and ad_kinds, pages
(which items a page holds), breaks (column breaks, emission), edition (the API below);
for other papers' conventions columns, listings, dense, english and english_words, hanja.

Everything here is made up by a seeded ``random.Random``: the paper (한빛일보,
URL ``Hanbit.Generated.example``), the people, the stories, the ads, the phone
numbers and the e-mail addresses (all under the reserved ``.example`` domain).
The text imitates a plain-text extraction of printed Korean newspaper pages,
like the real seed page: a masthead, interviews, captions dropped into a
sentence, words cut by column breaks, bylines, and ads with tab tables.

API
---
``generate_edition(seed, pages=40, date=None, conventions=()) -> GeneratedEdition``
    ``.text``: the raw text, pages joined by "\\f"; ``.truth``: an ``Edition``
    (dataclasses below), exactly what a perfect parser should produce;
    ``.seed``, ``.date``, ``.page_starts`` (offset of each page in ``.text``).
    ``date=None`` derives a date from the seed. Same arguments, same output.
    ``conventions`` (any of ``CONVENTIONS``, below) add other papers' habits;
    without them the output is the seed paper's, byte for byte as before.
``generate_page(rng, number=2, *, kind=None, section=None, day=None, offset=0,
conventions=()) -> tuple[str, Page]``
    One page on its own (no masthead); spans start at ``offset``; kinds news,
    briefs, interview, opinion, ad, and listing, corpus (with ``dense``), english.
``generate_archive(root, years=10, pages=40, end=date(2026, 2, 4), seed=0, days=None,
progress=None, conventions=()) -> list[Path]``
    One ``hanbit-<yyyy-mm-dd>.txt`` per day up to ``end`` (10 years: 3653 files).
    Restartable: files that exist are kept, new ones are written atomically.
``archive_seed(day, seed=0) -> int``: the seed ``generate_archive`` uses for a day.
``python -m tests.gen SEED [PAGES]`` prints an edition's text.

Conventions of other papers (issue 14)
--------------------------------------
- ``credit``: captions carry their credit, at the end (``…있다./광주시 제공``,
  ``… /연합뉴스``, ``[사진=뉴시스]``, ``(사진=… 제공)``, all kept in the caption text)
  or on a line of their own under it (``ⓒ 홍길동``, ``사진=홍길동 기자``, appended
  after "\\n"); sometimes over the lead, as online outlets print them.
- ``column``: opinion pages of columns: ``홍길동 논설위원 칼럼 : (12) 제목 - 부제``
  (the headline is the line up to `` - ``; the deck, marker ``- ``, the rest),
  ``[홍길동의 경제 읽기] 제목``, ``시론 : (3) 제목``; signed at the end
  (``홍길동 한빛대 교수``, ``홍길동 변호사(한빛일보 편집인)``, ``― 홍길동 소설가``,
  ``(홍길동 한빛대 교수)``): a ``Byline`` with ``position="signature"``, its role
  all after the name but a note in brackets (``변호사``), no reporter's byline.
- ``subhead``: unmarked subheads, a short noun phrase alone between paragraphs.
- ``listing``: pages of listings (personnel ``▲``/``◇``, obituaries, fortunes by
  birth year, TV schedules): each an ``Article`` of style listing, its heading the
  headline (``■ 인사`` reads ``인사``, marker ``■ ``; ``[부음]``, marker ``[]``), group
  labels ``subhead`` blocks (marker ``◇``, ``<>`` or none), entries ``bullet``
  blocks (marker ``▲`` or none), several entries on a line cut apart.
- ``dense``: no blank line anywhere; corpus pages of one headline-less article a
  line; no unmarked subheads and no deck after a lead (they would read as
  headlines); group labels of listings marked.
- ``english``: English editions of 1911-1916 (tests/gen/english.py): OCR specks
  around a capitalised nameplate, the date line, stacked capitals headlines,
  title-case and capitals decks, ``By NAME.``, lines wrapped with words cut at a
  hyphen; ``Masthead(weekday="Monday", url/phone/lunar None)``.
- ``hanja`` (issue 16): news headlines open with a Hanja word (與野, 尹, 女性, 來日
  ...), leads with a sentence of Hanja words (法律, 國會 ...); tests/gen/hanja.py
  lists them with the readings search by sound must find.

Ground truth (plain dataclasses, named like ``reader.model``)
---------------------------------------------------------------
``Edition(paper, paper_ascii, date, masthead: Masthead | None, pages: [Page])``
``Masthead(paper, url, edition_kind, issue, phone, date, weekday, lunar "MM-DD", lunar_leap)``
``Page(number, section: str | None (printed label or None), items, kind, section_spans)``
``Article(headline: Text | None, subheadline: Text | None, deck: [Text], body: [Block],
bylines: [Byline], style)``; ``Text(text, spans, marker)``
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
``Byline(name, role, email, dateline, text (as printed), position
top|prefix|end|signature)``
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

from tests.gen.edition import (
    archive_name,
    archive_seed,
    generate_archive,
    generate_edition,
    generate_page,
)
from tests.gen.paper import (
    BASE_DAY,
    BASE_ISSUE,
    MAIL_DOMAIN,
    PAPER,
    PAPER_ASCII,
    PAPER_PHONE,
    PAPER_URL,
    WEEKDAYS,
    date_line,
    lunar_of,
    make_masthead,
)
from tests.gen.truth import (
    CONVENTIONS,
    Ad,
    AdBlock,
    Article,
    Block,
    Break,
    Byline,
    Contact,
    Edition,
    GeneratedEdition,
    Heading,
    Item,
    ListBlock,
    Masthead,
    Note,
    Page,
    Paragraph,
    Span,
    Table,
    Text,
    leaves,
)
from tests.gen.words import (
    ABROAD,
    BRACKET_SUBHEADS,
    DECK_FINAL,
    DECK_OBJ,
    EVENTS,
    GIVEN,
    ORGS,
    PLACES,
    QUOTES,
    REGIONS,
    RESOURCES,
    SECTIONS,
    SURNAMES,
    TITLES,
    TOPICS,
    eul,
    ga,
    gwa,
    ieotda,
    neun,
    ro,
)

__all__ = [
    "CONVENTIONS",
    "generate_edition",
    "generate_page",
    "generate_archive",
    "archive_seed",
    "archive_name",
    "make_masthead",
    "date_line",
    "lunar_of",
    "BASE_DAY",
    "BASE_ISSUE",
    "MAIL_DOMAIN",
    "PAPER",
    "PAPER_ASCII",
    "PAPER_PHONE",
    "PAPER_URL",
    "WEEKDAYS",
    "Ad",
    "AdBlock",
    "Article",
    "Block",
    "Break",
    "Byline",
    "Contact",
    "Edition",
    "GeneratedEdition",
    "Heading",
    "Item",
    "ListBlock",
    "Masthead",
    "Note",
    "Page",
    "Paragraph",
    "Span",
    "Table",
    "Text",
    "leaves",
    "ABROAD",
    "BRACKET_SUBHEADS",
    "DECK_FINAL",
    "DECK_OBJ",
    "EVENTS",
    "GIVEN",
    "ORGS",
    "PLACES",
    "QUOTES",
    "REGIONS",
    "RESOURCES",
    "SECTIONS",
    "SURNAMES",
    "TITLES",
    "TOPICS",
    "eul",
    "ga",
    "gwa",
    "ieotda",
    "neun",
    "ro",
]
