"""The generator's conventions of other papers (tests/gen/, issue 14): honest truth.

Each convention is checked on editions that use it alone, and on one that mixes the
Korean ones: same seed, same text; every leaf is its printed spans less its marker;
nothing printed is left out; the convention really shows in the text.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from tests import gen

KOREAN = ("credit", "column", "subhead", "listing", "dense")
MIXES = [(c,) for c in gen.CONVENTIONS] + [KOREAN]
_WS = re.compile(r"\s+")


@pytest.fixture(scope="module", params=MIXES, ids=["+".join(m) for m in MIXES])
def mix(request) -> tuple[str, ...]:
    return request.param


@pytest.fixture(scope="module")
def editions(mix) -> list[gen.GeneratedEdition]:
    return [gen.generate_edition(s, pages=10, conventions=mix) for s in range(4)]


def _squash(s: str) -> str:
    return _WS.sub("", s)


def _leaves(ed: gen.GeneratedEdition):
    for page in ed.truth.pages:
        for item in page.items:
            for path, text, spans, marker in gen.leaves(item):
                yield item, path, text, spans, marker


def test_same_seed_same_edition(mix, editions) -> None:
    ed = editions[0]
    again = gen.generate_edition(ed.seed, pages=10, conventions=mix)
    assert again.text == ed.text
    assert dataclasses.asdict(again.truth) == dataclasses.asdict(ed.truth)
    assert gen.generate_edition(ed.seed + 1, pages=10, conventions=mix).text != ed.text


def test_every_leaf_is_its_spans_less_marker(editions) -> None:
    for ed in editions:
        for item, path, text, spans, marker in _leaves(ed):
            printed = " ".join(ed.text[a:b] for a, b in spans)
            if not text:
                assert not spans, path  # an empty table cell prints nothing
                continue
            assert spans and all("\n" not in ed.text[a:b] for a, b in spans), path
            if marker in ("[]", "<>"):
                assert printed == f"{marker[0]}{text}{marker[1]}", (path, printed)
                continue
            if isinstance(item, gen.Ad) and path.count(".") == 1:
                if isinstance(item.blocks[int(path.split(".")[1])], gen.Contact):
                    assert printed.endswith(text)  # the span is the whole labelled line
                    continue
            if marker:
                assert printed.startswith(marker.strip()), (path, printed[:20])
                printed = printed[len(marker.strip()) :]
            if ".rows." in path and "\n" in text:  # inline "- a - b" points, one per line
                printed = printed.replace("-", "")
            if isinstance(item, gen.Article) and item.style == "english":
                # Words cut at a line end print a hyphen the text has not (or keeps).
                printed, text = printed.replace("-", ""), text.replace("-", "")
            if path.startswith("byline") and len(spans) == 1 and "·" in printed:
                continue  # two names sharing one printed role
            assert _squash(printed) == _squash(text), (path, printed[:60], text[:60])


def test_nothing_printed_is_left_out(editions) -> None:
    for ed in editions:
        covered = bytearray(len(ed.text))
        spans = [sp for *_, sp, _ in _leaves(ed) for sp in sp]
        if ed.truth.masthead:
            spans += ed.truth.masthead.spans
        spans += [sp for page in ed.truth.pages for sp in page.section_spans]
        for a, b in spans:
            covered[a:b] = b"\x01" * (b - a)
        loose = [i for i, ch in enumerate(ed.text) if not covered[i] and not ch.isspace()]
        assert not loose, ed.text[loose[0] - 20 : loose[0] + 20]


def test_each_convention_shows_in_the_text() -> None:
    def ed(*conventions: str, seed: int = 1) -> gen.GeneratedEdition:
        return gen.generate_edition(seed, pages=12, conventions=conventions)

    credit = ed("credit").text
    assert re.search(r"있다\./\S+ 제공|\[사진=\S+\]|\n(?:ⓒ|사진=)", credit)
    column = ed("column")
    heads = [
        it.headline.text
        for p in column.truth.pages
        for it in p.items
        if isinstance(it, gen.Article) and it.style == "column"
    ]
    assert heads and any(re.match(r".+ : \(\d+\) ", h) for h in heads)
    assert any(
        b.position == "signature"
        for p in column.truth.pages
        for it in p.items
        if isinstance(it, gen.Article)
        for b in it.bylines
    )
    subhead = ed("subhead")
    assert any(
        b.kind == "subhead" and b.marker is None
        for p in subhead.truth.pages
        for it in p.items
        if isinstance(it, gen.Article)
        for b in it.body
    )
    listing = ed("listing")
    assert {p.kind for p in listing.truth.pages} >= {"listing"}
    assert "▲" in listing.text and re.search(r"\d\d년생|\d\d:\d\d ", listing.text)
    dense = ed("dense")
    assert "\n\n" not in dense.text.strip() and "corpus" in {p.kind for p in dense.truth.pages}
    english = ed("english")
    m = english.truth.masthead
    assert m is not None and m.weekday in english.text.title() and m.lunar is None
    assert re.search(r"[a-z]-\n[a-z]", english.text)  # a word cut at a line end


def test_unknown_convention_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown conventions"):
        gen.generate_edition(1, pages=2, conventions=("cartoons",))


@pytest.mark.parametrize("kind", ["listing", "corpus", "english"])
def test_generate_page_of_a_convention_kind(kind: str) -> None:
    conventions = ("dense",) if kind == "corpus" else ()
    text, page = gen.generate_page(
        random.Random(3), 4, kind=kind, offset=100, conventions=conventions
    )
    assert page.number == 4 and page.items
    for item in page.items:
        for _, leaf_text, spans, _ in gen.leaves(item):
            printed = "".join(text[a - 100 : b - 100] for a, b in spans)
            assert _squash(leaf_text.replace("-", ""))[:1] in _squash(printed)
