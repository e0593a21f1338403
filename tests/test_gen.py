"""Tests of the generator itself (tests/gen/): determinism, shape, honesty of its truth."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re

import pytest

from tests import gen

SEEDS = [0, 1, 2, 3, 17, 12345]
_WORD = re.compile(r"[0-9A-Za-z\uac00-\ud7a3]+")
_WS = re.compile(r"\s+")


@pytest.fixture(scope="module")
def editions() -> list[gen.GeneratedEdition]:
    return [gen.generate_edition(s, pages=12) for s in SEEDS]


def _squash(s: str) -> str:
    return _WS.sub("", s)


def _all_leaves(ed: gen.GeneratedEdition):
    """(page index, item, path, text, spans, marker) for every leaf of the edition."""
    for pi, page in enumerate(ed.truth.pages):
        for item in page.items:
            for path, text, spans, marker in gen.leaves(item):
                yield pi, item, path, text, spans, marker


def test_deterministic_for_a_seed():
    a = gen.generate_edition(7, pages=6)
    b = gen.generate_edition(7, pages=6)
    assert a.text == b.text
    assert dataclasses.asdict(a.truth) == dataclasses.asdict(b.truth)
    assert gen.generate_edition(8, pages=6).text != a.text


@pytest.mark.parametrize("pages", [1, 2, 5, 40])
def test_pages_are_form_feed_separated(pages):
    ed = gen.generate_edition(3, pages=pages)
    assert ed.text.count("\f") + 1 == pages == len(ed.truth.pages)
    assert [p.number for p in ed.truth.pages] == list(range(1, pages + 1))
    assert ed.page_starts[0] == 0
    assert all(ed.text[s - 1] == "\f" for s in ed.page_starts[1:])


# Weekdays and lunar dates checked against calendars, not against the library.
KNOWN = [
    (dt.date(2026, 2, 4), "수요일", "12월 17일", "12-17", False),  # the real seed page
    (dt.date(2024, 2, 10), "토요일", "1월 1일", "01-01", False),  # 설날 2024
    (dt.date(2025, 10, 6), "월요일", "8월 15일", "08-15", False),  # 추석 2025
    (dt.date(2016, 2, 8), "월요일", "1월 1일", "01-01", False),  # 설날 2016
    (dt.date(2023, 3, 22), "수요일", "윤2월 1일", "02-01", True),  # first day of 윤2월 2023
    (dt.date(2020, 2, 29), "토요일", "2월 6일", "02-06", False),
]


@pytest.mark.parametrize("day,weekday,lunar_printed,lunar,leap", KNOWN)
def test_masthead_weekday_and_lunar(day, weekday, lunar_printed, lunar, leap):
    seed = next(s for s in range(50) if gen.generate_edition(s, 1, day).truth.masthead)
    ed = gen.generate_edition(seed, pages=1, date=day)
    m = ed.truth.masthead
    line = f"{day.year}년 {day.month}월 {day.day}일 {weekday} (음력 {lunar_printed})"
    assert line in ed.text
    assert (m.date, m.weekday, m.lunar, m.lunar_leap) == (day.isoformat(), weekday, lunar, leap)
    assert [ed.text[a:b] for a, b in m.spans] == [
        m.paper,
        m.url,
        ed.text[m.spans[2][0] : m.spans[2][1]],
        line,
    ]
    assert str(m.issue) in ed.text[m.spans[2][0] : m.spans[2][1]]
    assert m.phone in ed.text and "Generated.example" in m.url


def test_default_date_comes_from_the_seed():
    assert gen.generate_edition(5, 1).date == gen.generate_edition(5, 1).date
    assert len({gen.generate_edition(s, 1).date for s in range(5)}) == 5


def test_every_leaf_is_its_spans_less_marker(editions):
    """The printed pieces of each leaf, markers off, are its text (whitespace aside)."""
    for ed in editions:
        for _, item, path, text, spans, marker in _all_leaves(ed):
            printed = "".join(ed.text[a:b] for a, b in spans)
            if not text:
                assert not spans, path  # an empty table cell prints nothing
                continue
            assert spans, path
            for a, b in spans:
                assert "\n" not in ed.text[a:b] and ed.text[a:b] == ed.text[a:b].strip(), path
            if path.startswith("body") and marker == "[]":
                assert printed == f"[{text}]"
                continue
            if isinstance(item, gen.Ad) and path.count(".") == 1:
                block = item.blocks[int(path.split(".")[1])]
                if isinstance(block, gen.Contact):  # the span is the whole labelled line
                    assert printed.endswith(text) and (block.label or "") in printed
                    continue
            if marker:
                assert printed.startswith(marker.strip()), (path, printed[:20])
                printed = printed[len(marker.strip()) :]
            if ".rows." in path and "\n" in text:  # inline "- a - b" points, one per line
                printed = printed.replace("-", "")
            assert _squash(printed) == _squash(text), (path, printed[:60], text[:60])


def test_truth_characters_appear_in_order(editions):
    """Each leaf's characters appear in order in its page, after its item's start; items
    appear in truth order. (Within an item print order may differ from truth order:
    a deck after the lead, a top byline, an inserted caption. Exact placement is
    checked through spans above.)
    """
    for ed in editions:
        pages = ed.text.split("\f")
        for pi, page in enumerate(ed.truth.pages):
            raw = _squash(pages[pi])
            item_start = 0
            for item in page.items:
                head = item.headline.text if isinstance(item, gen.Article) else item.title.text
                found = raw.find(_squash(head), item_start)
                assert found >= 0, (pi, head)
                item_start = found
                for path, text, _, _ in gen.leaves(item):
                    assert _subsequence_end(raw, _squash(text), item_start) is not None, (
                        pi,
                        path,
                        text[:40],
                    )


def _subsequence_end(hay: str, needle: str, start: int) -> int | None:
    i = start
    for ch in needle:
        i = hay.find(ch, i)
        if i < 0:
            return None
        i += 1
    return i


def test_nothing_is_dropped(editions):
    """Every non-whitespace character lies in some leaf's spans; spans never overlap."""
    for ed in editions:
        spans = set()
        for _, _, _, _, sp, _ in _all_leaves(ed):
            spans.update(sp)  # a shared byline line is the same span twice
        if ed.truth.masthead:
            spans.update(ed.truth.masthead.spans)
        for page in ed.truth.pages:
            spans.update(page.section_spans)
        covered = bytearray(len(ed.text))
        for a, b in sorted(spans):
            assert not any(covered[a:b]), ed.text[a:b]
            covered[a:b] = b"\x01" * (b - a)
        loose = [i for i, ch in enumerate(ed.text) if not covered[i] and not ch.isspace()]
        assert not loose, ed.text[loose[0] - 20 : loose[0] + 20]


def test_section_labels(editions):
    for ed in editions:
        for page, raw in zip(ed.truth.pages, ed.text.split("\f"), strict=True):
            first = raw.strip().split("\n")[0].strip()
            if page.section is not None:
                assert first == page.section
                assert ed.text[slice(*page.section_spans[0])] == page.section
            if page.number == 1 and ed.truth.masthead:
                assert first == ed.truth.masthead.paper


def _word_pieces(s: str) -> list[str]:
    return _WORD.findall(s)


def test_column_breaks_follow_the_documented_rule():
    """Inside a word: A+B is a word piece elsewhere on the page; between: A+B[0] nowhere."""
    seen = {"space": 0, "word": 0, "caption": 0}
    for seed in range(8):
        ed = gen.generate_edition(seed, pages=40)
        pages = ed.text.split("\f")
        for pi, page in enumerate(ed.truth.pages):
            page_pieces = _word_pieces(pages[pi])
            for item in page.items:
                if not isinstance(item, gen.Article):
                    continue
                for bi, blk in enumerate(item.body):
                    if not blk.breaks:
                        continue
                    assert blk.kind in ("paragraph", "answer") and len(blk.spans) == 2
                    (a0, a1), (b0, b1) = blk.spans
                    left, right = ed.text[a0:a1], ed.text[b0:b1]
                    assert a1 - a0 >= 50 and left[-1].isalnum()
                    pa, pb = _word_pieces(left)[-1], _word_pieces(right)[0]
                    brk = blk.breaks[0]
                    assert blk.text[brk.at :].startswith(right) or (
                        _squash(blk.text[brk.at :]) == _squash(right)
                    )
                    if brk.space:
                        assert (pa + pb[0]) not in ed.text
                        seen["space"] += 1
                    else:
                        assert pa + pb in page_pieces
                        seen["word"] += 1
                    gap = ed.text[a1:b0]
                    if brk.caption:
                        cap = item.body[bi + 1]
                        assert cap.kind == "caption" and cap.inserted
                        assert _squash(gap) == _squash(cap.text)
                        assert cap.text.endswith("있다.") and cap.text.count(".") == 1
                        assert (pa + cap.text[0]) not in ed.text
                        first = right.split(".")[0]
                        assert len(first.split()) <= 2
                        seen["caption"] += 1
                    else:
                        assert gap.strip() == ""
                        assert len(re.findall(r"[.?!](?=\s|$|[’”])", right)) >= 2
    assert all(n > 5 for n in seen.values()), seen


def test_head_lines_and_items_keep_their_promises(editions):
    for ed in editions:
        for page in ed.truth.pages:
            arts = [it for it in page.items if isinstance(it, gen.Article)]
            ads = [it for it in page.items if isinstance(it, gen.Ad)]
            assert len(ads) <= 1 and (not ads or page.items[-1] is ads[0])
            for art in arts:
                heads = [art.headline] + ([art.subheadline] if art.subheadline else [])
                for t in heads + art.deck:
                    assert len(t.text) <= 45 and t.text[-1] not in ".?!…", t.text
                for t in art.deck:
                    assert len(t.text) <= 24 and len(t.text.split()) >= 3
                assert art.body[0].kind == "lead"
                printed_last = [b for b in art.body if not b.inserted][-1]
                assert printed_last.kind in ("paragraph", "answer", "lead")
                has_answers = any(b.kind == "answer" for b in art.body)
                for b in art.body:
                    if b.kind == "bullet":
                        assert not has_answers and not b.text.endswith("?")
                    if b.kind in ("question", "bullet"):
                        assert not b.text[0].isdigit()
            for a in arts[:-1]:
                assert a.bylines and a.bylines[-1].position == "end"
            for ad in ads:
                assert isinstance(ad.blocks[0], gen.Heading)
                assert ad.truncated == isinstance(ad.blocks[-1], gen.Heading)
                for c in ad.contacts:
                    assert c.channel != "phone" or re.fullmatch(r"\d{2,4}(-\d{3,4}){1,2}", c.value)


def test_variety_over_an_edition():
    ed = gen.generate_edition(2, pages=40)
    kinds, styles, markers, positions = set(), set(), set(), set()
    ad_kinds, truncated = set(), 0
    for page in ed.truth.pages:
        for item in page.items:
            if isinstance(item, gen.Article):
                styles.add(item.style)
                kinds.update(b.kind for b in item.body)
                markers.update(b.marker for b in item.body)
                positions.update(b.position for b in item.bylines)
            else:
                ad_kinds.update(b.kind for b in item.blocks)
                truncated += item.truncated
    assert kinds == {"lead", "paragraph", "question", "answer", "caption", "subhead", "bullet"}
    assert {"news", "brief", "opinion"} <= styles and len(styles) >= 5
    assert {"- ", "△ ", "▲ "} <= markers
    assert positions == {"top", "prefix", "end"}
    assert ad_kinds == {"heading", "paragraph", "note", "list", "table", "contact"}
    assert truncated >= 1


def test_size_of_a_40_page_edition():
    # Its speed is timed by tests/bench/ingest_bench.py, not here.
    ed = gen.generate_edition(101, pages=40)
    assert 100_000 < len(ed.text.encode("utf-8")) < 2_000_000


def test_generate_page_offsets_spans():
    text, page = gen.generate_page(
        random.Random(4), 3, kind="interview", section="인터뷰", offset=1000
    )
    assert page.section == "인터뷰" and page.number == 3
    art = page.items[0]
    a, b = art.headline.spans[0]
    assert text[a - 1000 : b - 1000] == art.headline.text


def test_archive_is_restartable(tmp_path):
    end = dt.date(2024, 3, 1)
    paths = gen.generate_archive(tmp_path, pages=2, end=end, days=3)
    assert [p.name for p in paths] == [
        "hanbit-2024-02-28.txt",
        "hanbit-2024-02-29.txt",
        "hanbit-2024-03-01.txt",
    ]
    first = paths[0].read_text(encoding="utf-8")
    assert (
        first
        == gen.generate_edition(
            gen.archive_seed(dt.date(2024, 2, 28)), 2, dt.date(2024, 2, 28)
        ).text
    )
    paths[1].unlink()
    paths[2].write_text("kept", encoding="utf-8")
    again = gen.generate_archive(tmp_path, pages=2, end=end, days=3)
    assert again == paths
    assert paths[1].read_text(encoding="utf-8").count("\f") == 1
    assert paths[2].read_text(encoding="utf-8") == "kept"
    assert not list(tmp_path.glob("*.tmp"))
