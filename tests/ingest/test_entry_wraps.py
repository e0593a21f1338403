"""An entry torn over lines in a narrow column of '▲' entries: the line under an entry that
reaches the column's measure is its wrap, not a group's label (reader/ingest/entry_wraps.py)."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.entry_wraps import ENTRY_WRAP
from reader.model import Article

STORY = (
    "가온시, 새 청사 내년 봄 착공\n"
    "가온시는 새 청사를 내년 봄 착공한다고 3일 밝혔다. 공사비는 820억원이다.\n\n"
)
# a column of 22 characters: entries run on into the next line where they reach it
TORN = (
    "[인사] 가온시\n"
    "<국장급>\n"
    "▲기획조정실장 나래솔 ▲도시계\n"
    "획국장 도담비 ▲복지국장 라온별\n"
    "<과장급>\n"
    "▲예산과장 마루한 ▲교통정책과\n"
    "장 바다솔 ▲공보담당관 새롬\n"
)


def test_an_entry_at_the_columns_measure_goes_on_into_the_next_line() -> None:
    edition, trace = explain_text(STORY + TORN)
    listing = edition.pages[0].items[-1]
    assert isinstance(listing, Article) and listing.headline is not None
    assert listing.headline.text == "[인사] 가온시"
    bullets = [b for b in listing.body if b.kind == "bullet"]
    assert len(bullets) == 6
    assert bullets[1].text.replace(" ", "") == "도시계획국장도담비"
    assert bullets[4].text.replace(" ", "") == "교통정책과장바다솔"
    assert [b.text for b in listing.body if b.kind == "subhead"] == ["국장급", "과장급"]
    rules = [trace.rule(listing.id, f"body.{k}") for k in range(len(listing.body))]
    wraps = [k for k, why in enumerate(rules) if ENTRY_WRAP in why]
    assert wraps == [2, 6]  # the two torn entries (after each group's label)


def test_a_label_under_an_entry_that_stops_short_stays_a_label() -> None:
    """The near miss: the same column, but the entry above the unmarked line ends well short
    of the measure: the line is a group's label over the entries under it."""
    labelled = (
        "[인사] 가온시\n"
        "▲기획조정실장 나래솔 ▲감사관 새롬\n"
        "▲총무과장 마루한\n"
        "도시계획국\n"
        "▲도시계획과장 도담비 ▲건축과장 라온별\n"
        "▲주택과장 바다솔 ▲공원과장 하늬\n"
    )
    edition, trace = explain_text(STORY + labelled)
    listing = edition.pages[0].items[-1]
    assert isinstance(listing, Article)
    assert [b.kind for b in listing.body].count("bullet") == 7
    assert "도시계획국" in [b.text for b in listing.body if b.kind == "subhead"]
    assert all(ENTRY_WRAP not in why for why in trace.notes.values())


def test_a_label_under_entries_run_on_to_the_measure_by_chance_stays_a_label() -> None:
    """The near miss (round sixty-four's review): the line of entries above the unmarked
    line reaches the paragraph's widest by chance; the unmarked line stands alone, short of
    it, over a marked entry: a label over the entries under it, not a wrap."""
    labelled = (
        "[인사] 가온시\n"
        "▲기획조정실장 나래솔 ▲감사관 새롬\n"
        "▲총무과장 마루한 ▲재정담당관 하늬솔\n"
        "도시계획국\n"
        "▲도시계획과장 도담비 ▲건축과장 라온별\n"
        "▲주택과장 바다솔\n"
    )
    edition, trace = explain_text(STORY + labelled)
    listing = edition.pages[0].items[-1]
    assert isinstance(listing, Article)
    bullets = [b.text for b in listing.body if b.kind == "bullet"]
    assert len(bullets) == 7 and "재정담당관 하늬솔" in bullets
    assert "도시계획국" in [b.text for b in listing.body if b.kind == "subhead"]
    assert all(ENTRY_WRAP not in why for why in trace.notes.values())
