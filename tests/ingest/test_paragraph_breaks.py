"""Where a paragraph ends and where a line runs on, on small made-up examples: a sentence's
unfilled last line, a dash or an em dash at a line's end, a dateline or a quotation after a
sentence, a line ending in an abbreviation, a title or a month. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.brevities import DATED_RUN_START
from reader.ingest.en_rows import ONE_A_LINE, UNFILLED
from reader.model import Ad
from tests.ingest.rule_pages import _items, _paragraphs
from tests.ingest.rule_pages import _text_articles as _articles
from tests.ingest.test_conventions import items


def test_two_short_sentence_lines_of_a_column_stay_one_paragraph() -> None:
    text = (
        "Library Keeps Sunday Hours\n\n"
        "The council voted to keep the library open.\n"
        "The vote was five to two on Tuesday night.\n"
    )
    [item] = items(text)
    assert len(item["body"]) == 1


def test_an_em_dash_closed_up_at_a_lines_end_joins_the_next_word_without_a_space() -> None:
    text = (
        "FLOOD AT MILL CREEK\n\n"
        "At noon the water of Mill Creek, swollen by three days of rain, rose over the\n"
        "lower bridge—three feet in an hour, the keeper said—\n"
        "and the mill hands left their looms.\n"
    )
    [story] = items(text)
    assert story["body"][0][1] == (
        "At noon the water of Mill Creek, swollen by three days of rain, rose over the "
        "lower bridge—three feet in an hour, the keeper said—and the mill hands left "
        "their looms."
    )


def test_a_spaced_dash_at_a_lines_end_keeps_its_space() -> None:
    text = (
        "FLOOD AT MILL CREEK\n\n"
        "At noon the water of Mill Creek, swollen by three days of rain, rose over the\n"
        "lower bridge — three feet in an hour, the keeper said —\n"
        "and the mill hands left their looms.\n"
    )
    [story] = items(text)
    assert story["body"][0][1] == (
        "At noon the water of Mill Creek, swollen by three days of rain, rose over the "
        "lower bridge — three feet in an hour, the keeper said — and the mill hands left "
        "their looms."
    )


UNFILLED_TEXT = (
    "THE NEW BRIDGE.\n\n"
    "The township trustees will open bids on\n"
    "Monday for the iron bridge over Clear\n"
    "creek, which the spring flood carried\n"
    "away in April.\n"
    "Farmers west of the creek have since\n"
    "driven six miles round by the mill road.\n"
)


def test_a_sentences_last_line_the_column_did_not_fill_ends_its_paragraph() -> None:
    [story] = items(UNFILLED_TEXT)
    assert [text for _, text in story["body"]] == [
        "The township trustees will open bids on Monday for the iron bridge over Clear "
        "creek, which the spring flood carried away in April.",
        "Farmers west of the creek have since driven six miles round by the mill road.",
    ]
    _, trace = explain_text(UNFILLED_TEXT)
    assert UNFILLED in trace.rule("p1-1")


def test_a_sentence_ending_where_the_next_word_would_not_fit_runs_on() -> None:
    text = (
        "THE NEW BRIDGE.\n\n"
        "The township trustees will open bids on\n"
        "Monday for the iron bridge, they said.\n"
        "Farmers west of the creek have since\n"
        "driven six miles round by the mill road.\n"
    )
    [story] = items(text)
    assert len(story["body"]) == 1


DAYS = (
    "AT THE GEM THIS WEEK\n\n"
    "Monday—Ruth Alden and Ned Voss in the\n"
    'drama "The Far Trail."\n'
    "Tuesday—Comedies and the Gem orchestra\n"
    "in a new program of songs and dances.\n"
)


def test_a_word_a_line_breaks_after_at_its_dash_would_have_fitted_the_unfilled_line() -> None:
    # 'Tuesday—' fits after 'drama "The Far Trail."'; the whole 'Tuesday—Comedies' does not
    [story] = items(DAYS)
    assert story["body"][0][1].startswith("Tuesday—Comedies")
    _, trace = explain_text(DAYS)
    assert UNFILLED in trace.rule("p1-1")


def test_a_dashed_word_too_long_for_the_line_above_runs_on() -> None:
    _, trace = explain_text(DAYS.replace("\ndrama", "\nsix-reel drama"))
    assert UNFILLED not in trace.rule("p1-1")


def test_a_short_line_under_an_ads_sentence_stays_with_it() -> None:
    text = (
        "HAY FOR SALE\n\n"
        "Small square bales, first cutting, stored inside. $6 per bale.\n"
        "Call 555-0911\n"
    )
    _, trace = explain_text(text)
    assert all(UNFILLED not in rule for rule in trace.notes.values())


def test_short_lines_that_each_close_a_sentence_are_entries_one_a_line() -> None:
    # a club's officers under their heading: each line stops short of the column
    text = (
        "GRANGE ELECTS OFFICERS.\n\n"
        "The Clear Creek grange held its annual\n"
        "election Saturday at the hall.\n"
        "Master, Otto Lind, Ashby.\n"
        "Overseer, Ida Voss, Elm.\n"
        "Lecturer, Ida Marsh, Ashby.\n"
    )
    [story] = items(text)
    assert [text for _, text in story["body"]] == [
        "The Clear Creek grange held its annual election Saturday at the hall.",
        "Master, Otto Lind, Ashby.",
        "Overseer, Ida Voss, Elm.",
        "Lecturer, Ida Marsh, Ashby.",
    ]
    _, trace = explain_text(text)
    assert ONE_A_LINE in trace.rule("p1-1")


def test_a_short_line_that_closes_no_sentence_under_an_unfilled_line_is_no_entry() -> None:
    # a wanted ad's address under its sentence: short, and no sentence of its own
    text = (
        "WANTED.\n\n"
        "A good girl for general housework, in a\n"
        "family of three; good wages paid.\n"
        "Apply at 14 Elm street\n"
    )
    _, trace = explain_text(text)
    assert all(ONE_A_LINE not in rule for rule in trace.notes.values())


BULLETINS = (
    "CABLE NEWS.\n\n"
    "OSLO, Nov. 3.—The storting met today\n"
    "and voted the harbor loan at once.\n"
    "BERNE, Nov. 3.—Snow has closed the\n"
    "passes into the southern valleys.\n"
    "VIENNA, Nov. 3.—The Danube is open\n"
    "again to barges from the east.\n"
)


def test_a_bulletins_dateline_after_a_sentence_starts_a_paragraph() -> None:
    # Each bulletin of the run under the title is an item of its own (docs/representation.md,
    # "Dash briefs and place notes", twenty-fourth round); the dateline starts it.
    assert [[text for _, text in it["body"]] for it in items(BULLETINS)] == [
        ["OSLO, Nov. 3.—The storting met today and voted the harbor loan at once."],
        ["BERNE, Nov. 3.—Snow has closed the passes into the southern valleys."],
        ["VIENNA, Nov. 3.—The Danube is open again to barges from the east."],
    ]
    _, trace = explain_text(BULLETINS)
    assert trace.rule("p1-2").startswith(f"items: {DATED_RUN_START}")


def test_a_place_and_a_date_inside_a_sentence_run_on() -> None:
    text = (
        "CABLE NEWS.\n\n"
        "The storting met today and voted the\n"
        "harbor loan at once, and the king left\n"
        "Oslo, Nov. 3, for the southern valleys.\n"
    )
    [story] = items(text)
    assert len(story["body"]) == 1


MILL = (
    "MILL STRIKE ENDS\n\n"
    "The strike of the weavers at the Hollis\n"
    "Woolen mills came to an end this after-\n"
    "noon when the men voted to accept the\n"
    "terms. The mill will resume full\n"
    "operation Monday morning.\n"
    '"We got a fair hearing and that is all\n'
    'we asked for," said Thomas Keogh, chair-\n'
    "man of the strikers' committee.\n"
)


def test_a_quotation_after_a_sentences_unfilled_last_line_opens_a_paragraph() -> None:
    [item] = items(MILL)
    assert [text[:12] for _, text in item["body"]] == ["The strike o", '"We got a fa']


def test_a_quotation_inside_a_sentence_runs_on() -> None:
    text = MILL.replace("operation Monday morning.\n", "operation Monday, and the men said\n")
    [item] = items(text)
    assert len(item["body"]) == 1


def test_a_long_line_that_merely_opens_with_a_bracket_runs_on() -> None:
    text = (
        "[알림] 다음 달부터 시립도서관의 열람실 운영 시간이 바뀌어 평일에는 밤 10시까지\n"
        "문을 열고 주말에는 오후 6시에 닫습니다.\n"
    )
    [item] = items(text)
    assert len(item["body"]) == 1


def test_a_line_ending_in_a_title_or_a_month_does_not_end_its_paragraph() -> None:
    page = (
        "THE STATE ROAD BILL.\n\n"
        "The bill to pave the state road from the\n"
        "capital to the river was offered by Gov.\n"
        "Cox in his message, and was read twice on\n"
        "the hill by the members, who said it would cost\n"
        "too much to build this year at all, they said.\n"
    )
    [story] = _articles(page)
    assert len(story.body) == 1
    assert "offered by Gov. Cox in his message" in _paragraphs(story)[0]


def test_a_range_of_days_is_no_bulletins_dateline() -> None:
    page = (
        "FAIR DATES FIXED.\n\n"
        "The directors fixed the dates for the county fair this year as usual.\n"
        "Dover, Sept. 3-5, will again be the place, and the\n"
        "board expects a larger crowd than ever before.\n"
    )
    [story] = _articles(page)
    assert len(story.body) == 1


def test_on_a_page_without_blank_lines_a_line_ending_in_an_abbreviation_runs_on() -> None:
    """One list of the abbreviations a sentence goes on after serves both the page without
    blank lines (segment) and the paragraph's unfilled last line (en_rows)."""
    page = (
        "THE STATE ROAD BILL.\n"
        "The bill to pave the state road was offered by Gov.\n"
        "Cox in his message to the members on Tuesday.\n"
        "The house will vote on it next week, the clerk said.\n"
    )
    assert any(
        "offered by Gov. Cox in his message" in p for a in _articles(page) for p in _paragraphs(a)
    )


def test_a_notice_set_full_to_its_column_reads_as_one_paragraph() -> None:
    page = (
        "LEGAL NOTICES\n"
        "8 THE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919.\n\n"
        "NOTICE OF SHERIFF'S SALE\n"
        "By virtue of an order of sale issued by J. W.\n"
        "Baxter, Clerk of the Court of Common Pleas of Lane\n"
        "County, Ohio, in the case of Amos Reed vs. Ella\n"
        "Dorn, I will offer for sale at the door of the Court\n"
        "House in Mapleton, on Saturday, June 28, 1919.\n"
        "Terms of sale: Cash.\n"
        "JOHN R. AMES, Sheriff.\n"
    )
    [notice] = _items(ingest_text(page))
    assert isinstance(notice, Ad)
    texts = [b.text for b in notice.blocks if hasattr(b, "text")]
    assert texts[0].startswith("By virtue of an order of sale issued by J. W. Baxter, Clerk")
    assert texts[0].endswith("on Saturday, June 28, 1919.")
    assert texts[1:] == ["Terms of sale: Cash.", "JOHN R. AMES, Sheriff."]
