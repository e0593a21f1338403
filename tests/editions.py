"""Editions for the tests of the reader: the shipped seed, a made-up multi-page one built
from it, and shelves of them in a folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from reader import store
from reader.jump_links import link_jumps
from reader.library import Entry, Library
from reader.model import Ad, Article, Block, Edition, Jump, Masthead, Page, Text

REPO = Path(__file__).resolve().parents[1]
# The shipped seed: its page text, its parsed JSON and the copy packaged with the reader.
# Every test finds them here.
SEED_NAME = "광남일보-2026-02-04"
SEED_TXT = REPO / "editions" / f"{SEED_NAME}.txt"
SEED_JSON = REPO / "editions" / f"{SEED_NAME}.json"
PACKAGED_JSON = REPO / "reader" / "data" / f"{SEED_NAME}.json"


def seed_text() -> str:
    return SEED_TXT.read_text(encoding="utf-8")


def seed() -> Edition:
    return store.load(SEED_JSON)


def seed_article() -> Article:
    return next(it for _, it in seed().items() if isinstance(it, Article))


def seed_ad() -> Ad:
    return next(it for _, it in seed().items() if isinstance(it, Ad))


def _article(item_id: str, headline: str, paragraphs: int = 30) -> Article:
    body = [
        Block("paragraph", f"{headline} 본문 {n}번째 문단입니다. " * 4) for n in range(paragraphs)
    ]
    return Article(id=item_id, headline=Text(headline), body=body)


def multi_page(date: str = "2026-02-05", issue: int = 8021) -> Edition:
    """Three pages: the seed interview and ad; two more articles; a page of ads only."""
    base = seed()
    interview, ad = seed_article(), seed_ad()
    masthead = msgspec.structs.replace(
        base.masthead or Masthead(), date=date, weekday=None, issue=issue
    )
    return msgspec.structs.replace(
        base,
        id=f"광남일보-{date}",
        masthead=masthead,
        pages=[
            Page(
                1,
                "인터뷰",
                [
                    msgspec.structs.replace(interview, id="p1-1"),
                    msgspec.structs.replace(ad, id="p1-2"),
                ],
            ),
            Page(
                2,
                "경제",
                [
                    _article("p2-1", "반도체 수출 석 달째 증가"),
                    _article("p2-2", "지역 상권 회복세 뚜렷"),
                ],
            ),
            Page(
                3,
                "광고",
                [
                    msgspec.structs.replace(
                        ad,
                        id="p3-1",
                        title=Text("봄맞이 특별 분양"),
                        advertiser="해피니스CC 분양팀",
                        truncated=False,
                    )
                ],
            ),
        ],
    )


def from_source(date: str, *, masthead: bool = True) -> Edition:
    """multi_page() of `date` as ingested from hanbit-<date>.txt; without its masthead, an
    edition dated by that name alone (reader.name_dates)."""
    edition = multi_page(date)
    source = msgspec.structs.replace(edition.source, name=f"hanbit-{date}")
    if masthead:
        return msgspec.structs.replace(edition, source=source)
    return msgspec.structs.replace(edition, source=source, id=f"hanbit-{date}", masthead=None)


def other_paper(name: str, date: str, issue: int) -> Edition:
    """Another paper's edition (한빛일보's, say), to stand beside 광남일보's."""
    edition = multi_page(date, issue)
    masthead = msgspec.structs.replace(edition.masthead or Masthead(), paper=name)
    return msgspec.structs.replace(edition, id=f"{name}-{date}", masthead=masthead)


def generated(seed_: int = 3, day: dt.date | None = None) -> Edition:
    """Four made-up pages (tests.gen) through the text ingest, as the file of its day
    (`2025-03-02.txt`) would be read; seed 3 without a day: nine articles and two ads."""
    from reader.ingest import ingest_text
    from tests.gen import generate_edition

    text = generate_edition(seed_, pages=4, date=day).text
    return ingest_text(text, name=f"{day or 'hanbit'}.txt")


def library(*editions: Edition) -> Library:
    return Library([Entry.of(e) for e in editions])


def shelf(folder: Path, *editions: Edition, broken: bool = False) -> Path:
    """Edition files in a folder (and a broken one if asked), as `broadsheet FOLDER` sees them."""
    folder.mkdir(parents=True, exist_ok=True)
    for edition in editions:
        store.save(edition, folder)
    if broken:
        (folder / "광남일보-2026-01-01.json").write_text('{"schema": 1, "id": ', encoding="utf-8")
    return folder


def jumping_story(
    item_id: str, jump_from: int | None = None, jump_on: int | None = None
) -> Article:
    """A story of 20 paragraphs, printed with jump lines from and on to those pages."""
    body = [Block("paragraph", f"{item_id} 기사 본문 {n}번째 문단입니다. " * 4) for n in range(20)]
    return Article(
        id=item_id,
        headline=Text(f"{item_id} 기사"),
        body=body,
        jump_from=None if jump_from is None else Jump(f"▶{jump_from}면에서 계속", jump_from),
        jump_on=None if jump_on is None else Jump(f"▶{jump_on}면에 계속", jump_on),
    )


def pages_of(*pages: list[Article]) -> Edition:
    """multi_page's paper with these pages (numbered from 1), its jumps linked as the
    ingest links them."""
    numbered = [Page(n, f"{n}면", list(items)) for n, items in enumerate(pages, 1)]
    return link_jumps(msgspec.structs.replace(multi_page(), pages=numbered))


def story_in_three() -> Edition:
    """A story in three parts, pages 1 to 3, each page with a story of its own after it."""
    return pages_of(
        [jumping_story("a", jump_on=2), jumping_story("a2")],
        [jumping_story("b", jump_from=1, jump_on=3), jumping_story("b2")],
        [jumping_story("c", jump_from=2), jumping_story("c2")],
    )


# A page of items titled by their first words, one by its headline: all hold "김장".
PHOTO = Article(
    id="photo",
    body=[Block("photo", ""), Block("caption", "부두에서 상인들이 김장 배추를 쌓고 있다")],
)
BULLETIN = Article(
    id="bulletin",
    body=[
        Block("paragraph", "군청 소식 한 줄"),
        Block("paragraph", "주민 김장 나눔 행사가 열린다"),
    ],
)
HEADED = Article(
    id="headed",
    headline=Text("김장 배추값 올라"),
    body=[Block("paragraph", "배추 한 포기가 지난해보다 비싸다")],
)


def first_words() -> Edition:
    """A photo printed without a headline, a bulletin, and a story with a headline."""
    return pages_of([PHOTO, BULLETIN, HEADED])
