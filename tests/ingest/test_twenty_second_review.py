"""Round twenty-two's rules, mended after review: each made-up page here was read wrongly
by the round as first written (docs/ingest-conventions.md, "Twenty-second round")."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article


def _articles(text: str) -> list[Article]:
    return [it for page in ingest_text(text).pages for it in page.items if isinstance(it, Article)]


def _heads(text: str) -> list[str | None]:
    return [a.headline.text if a.headline else None for a in _articles(text)]


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.body]


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


def test_a_headline_in_capitals_after_a_blank_line_over_rows_heads_its_own_item() -> None:
    page = (
        "RAIN STOPS GAMES.\n\n"
        "Rain stopped both of the games at the park this afternoon.\n\n"
        "The clubs will play two games to-day.\n\n"
        "HOW THE CLUBS STAND.\n"
        "Boston 80 50 .615\n"
        "Detroit 78 52 .600\n"
        "Chicago 70 60 .538\n"
    )
    assert _heads(page) == ["RAIN STOPS GAMES.", "HOW THE CLUBS STAND."]


def test_a_short_headline_or_a_name_over_years_is_no_letters_signature() -> None:
    correction = (
        "LAMPS FOR THE SQUARE.\n\nThe council voted new lamps for the square.\n\n"
        "A CORRECTION.\n\nTHE GRANGE MEETS FRIDAY.\n\n"
        "The grange will meet on Friday evening at the hall.\n"
    )
    assert not any(b.text == "A CORRECTION" for a in _articles(correction) for b in a.bylines)
    obituary = (
        "LAMPS FOR THE SQUARE.\n\nThe council voted new lamps for the square.\n\n"
        "J. B. WOOD.\n1835-1916.\n\nGeneral Wood died at his home last night.\n"
    )
    assert len(_articles(obituary)) == 2


def test_a_two_line_deck_under_a_contributions_headline_is_no_writers_line() -> None:
    page = (
        "[시론] 저출산 대책의 함정\n골든타임\n이미 지나가고 있다\n\n"
        "정부가 올해 저출산 대책에 쓰는 돈은 역대 가장 많다. 그러나 출생아 수는 줄고 있다.\n"
    )
    [column] = _articles(page)
    assert not column.bylines
    assert [d.text for d in column.deck] == ["골든타임", "이미 지나가고 있다"]


def test_a_title_case_line_over_one_section_title_in_capitals_heads_no_run() -> None:
    page = (
        "FARMERS' INSTITUTE OPENS.\n\n"
        "The farmers' institute opened at the court house to-day with a large crowd.\n\n"
        "Second Day's Program\n\n"
        "MORNING SESSION.\n\n"
        "Prof. Hill will speak on the care of the orchard and the spraying of trees.\n"
    )
    assert all(a.body for a in _articles(page))


def test_a_quotation_row_under_a_headline_is_no_deck() -> None:
    rows = "Wheat, Sept. 1.46 1.49 1.45¾ 1.48½\nWheat, Dec. 1.50 1.52\n"
    page = f"Market Report\n\nWHEAT PRICES.\n{rows}"
    assert not any("Wheat" in d.text for a in _articles(page) for d in a.deck)


def test_a_short_letter_over_its_signature_in_capitals_is_its_text_not_a_deck() -> None:
    page = (
        "A WORD FOR THE LIBRARY.\n\n"
        "The library should stay open on Sunday afternoons.\n\n"
        "MARTHA L. DEWEY.\n"
        "Alden Falls, Oct. 16.\n"
    )
    [letter] = _articles(page)
    assert not letter.deck
    assert _paragraphs(letter)[0] == "The library should stay open on Sunday afternoons."
    assert [b.text for b in letter.bylines] == ["MARTHA L. DEWEY."]


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
