"""Field accuracy of the PDF ingest on the pages real layout engines made (fixtures/).

`python -m tests.pdfreal.report [--misses]` ingests each fixture PDF, scores it against its
hand-written structure (tests/ingest/accuracy.py, strict and aligned), and prints each
page's share of right fields (each page of a PDF of several, the masthead on the first),
whether a character was lost, and its photos with captions; then the table per field, for
the pages the rules were written from (round 1) apart from those written after them
(a spec's "round": 2, and 3 after round 2's rules), which the rules never saw."""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import msgspec

from reader.ingest.coverage import coverage_problems
from reader.model import Article
from reader.pdf import ingest_pdf
from tests.ingest.accuracy import Score, align, score
from tests.ingest.blind_report import overall
from tests.ingest.handmade_set import HandmadePage, truth
from tests.pdf.accuracy import without_photos

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class PageResult:
    name: str
    strict: Score
    aligned: Score
    lost: int  # characters of the source in no leaf
    photos: int  # photos saved
    captioned: int  # photos whose next block is their caption
    want_photos: int
    pages: list[tuple[Score, Score]]  # strict and aligned, page by page
    round: int
    spaces: tuple[int, int]  # word breaks: a space read inside a word, a space lost


def _marks(text: str) -> tuple[str, list[bool]]:
    """Its non-space characters, and whether a space follows each."""
    chars = "".join(text.split())
    after, k = [], 0
    for n, ch in enumerate(text):
        if not ch.isspace():
            k += 1
            after.append(n + 1 < len(text) and text[n + 1].isspace())
    return chars, after


def space_breaks(edition, t) -> tuple[int, int]:
    """Word breaks read wrong in articles' text (headline, deck, body): a space read
    where the truth has none, and one lost; over the characters both sides share in
    order (a block read in another place still counts its breaks)."""
    extra = lost = 0
    pages = {p.number: p for p in edition.pages}
    for tp in t.pages:
        got_page = pages.get(tp.number)
        for k, got in align(got_page.items if got_page else [], tp.items):
            want = tp.items[k]
            if not isinstance(got, Article) or type(want).__name__ != "Article":
                continue
            texts = [got.headline and got.headline.text, *(d.text for d in got.deck)]
            a, fa = _marks(" ".join(x for x in texts + [b.text for b in got.body] if x))
            texts = [want.headline and want.headline.text, *(d.text for d in want.deck)]
            b, fb = _marks(" ".join(x for x in texts + [x.text for x in want.body] if x))
            for i, j, n in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
                for m in range(n - 1):
                    extra += fa[i + m] and not fb[j + m]
                    lost += fb[j + m] and not fa[i + m]
    return extra, lost


def fixture_pages() -> list[tuple[Path, HandmadePage]]:
    import json

    out = []
    for spec in sorted(FIXTURES.glob("*.json")):
        expected = json.loads(spec.read_text(encoding="utf-8"))
        out.append((spec.with_suffix(".pdf"), HandmadePage(spec.stem, "", expected)))
    return out


def measure(pdf: Path, page: HandmadePage) -> PageResult:
    done = ingest_pdf(pdf, pictures=True)
    ed = done.edition
    plain, t = without_photos(ed), truth(page)
    photos = captioned = 0
    for p in ed.pages:
        for it in p.items:
            if not isinstance(it, Article):
                continue
            for k, b in enumerate(it.body):
                if b.kind == "photo" and b.image is not None and b.image.src in done.photos:
                    photos += 1
                    nxt = it.body[k + 1] if k + 1 < len(it.body) else None
                    captioned += nxt is not None and nxt.kind == "caption"
    want = sum(
        1
        for p in page.expected["pages"]
        for it in p["items"]
        for b in it.get("body", [])
        if b[0] == "caption"
    ) - page.expected.get("charts", 0)  # a chart's caption: a figure, no picture
    lost = len(coverage_problems(ed, done.text))
    pages = []
    for k, tp in enumerate(t.pages):
        one = [p for p in plain.pages if p.number == tp.number]
        got = msgspec.structs.replace(plain, pages=one, masthead=plain.masthead if k == 0 else None)
        want_one = dataclasses.replace(t, pages=[tp], masthead=t.masthead if k == 0 else None)
        pages.append((score(got, want_one), score(got, want_one, aligned=True)))
    return PageResult(
        page.name,
        score(plain, t),
        score(plain, t, aligned=True),
        lost,
        photos,
        captioned,
        want,
        pages,
        page.expected.get("round", 1),
        space_breaks(plain, t),
    )


def _fields(results: list[PageResult], title: str) -> None:
    strict, aligned = Score(), Score()
    for r in results:
        strict.add(r.strict)
        aligned.add(r.aligned)
    print(f"\n{title:<14} {'strict':<22} aligned")
    for what in sorted(aligned.total):
        print(
            f"{what:<14} {strict.right[what]:>3}/{strict.total[what]:<3} {strict.rate(what):7.1%}"
            f"       {aligned.right[what]:>3}/{aligned.total[what]:<3} {aligned.rate(what):7.1%}"
        )
    print(f"{'overall':<14} {overall(strict):>15.1%} {overall(aligned):>19.1%}")


def main(args: list[str]) -> None:
    results = [measure(pdf, page) for pdf, page in fixture_pages()]
    print(f"{'page':<28} {'strict':>7} {'aligned':>8}  lost  photos (captioned/want)  spaces +/-")
    for r in results:
        print(
            f"{r.name:<28} {overall(r.strict):7.1%} {overall(r.aligned):8.1%}  {r.lost:>4}  "
            f"{r.photos} ({r.captioned}/{r.want_photos})          {r.spaces[0]}/{r.spaces[1]}"
        )
        if len(r.pages) > 1:
            for n, (st, al) in enumerate(r.pages, start=1):
                print(f"  page {n:<21} {overall(st):7.1%} {overall(al):8.1%}")
        if "--misses" in args:
            for m in r.aligned.misses[:25]:
                print("   ", m)
    rounds = (
        (1, "round 1 field"),
        (2, "round 2 field"),
        (3, "round 3 field"),
        (4, "round 4 field"),
        (5, "round 5 field"),
        (6, "round 6 field"),
        (7, "round 7 field"),
        (8, "round 8 field"),
        (9, "round 9 field"),
        (10, "round 10 field"),
        (11, "round 11 field"),
        (12, "round 12 field"),
        (13, "round 13 field"),
        (14, "round 14 field"),
        (15, "round 15 field"),
    )
    for rnd, title in rounds:
        _fields([r for r in results if r.round == rnd], title)


if __name__ == "__main__":
    main(sys.argv[1:])
