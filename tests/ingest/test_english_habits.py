"""Habits of modern English papers (issue 14, eighth round), each on a small made-up
example: a one-word section label in capitals, an English section when none is printed,
a standfirst over 'By NAME', 'Q:'/'A:' lines with no blank line between, a letter signed
by two people, a dateline 'PLACE —' and 'Reach NAME at EMAIL' completing the
byline. Every name and fact is invented.
"""

from __future__ import annotations

from tests.ingest.test_conventions import items, parse

LEAD = "The Dover grain elevator reopened on Monday after six weeks of repairs to its conveyor."
HEAD = "Grain elevator reopens after repairs"


def test_one_word_in_capitals_over_a_sentence_case_headline_is_the_label() -> None:
    text = f"AGRICULTURE\n\n{HEAD}\n\nBy Ada Lindqvist\n\n{LEAD}\n"
    [page] = parse(text).pages
    assert page.label is not None and page.label.text == "AGRICULTURE"
    [item] = items(text)
    assert item["headline"] == HEAD


def test_two_words_in_capitals_there_title_a_run_of_items() -> None:
    text = f"OUR VIEW\n\n{HEAD}\n\n{LEAD}\n"
    [page] = parse(text).pages
    assert page.label is None


def test_sentences_between_the_headline_and_the_byline_are_the_deck() -> None:
    deck = "The co-op spent $80,000 on the work. Farmers say it came just in time."
    text = f"{HEAD}\n\n{deck}\n\nBy Ada Lindqvist\nStaff Writer\n\n{LEAD}\n"
    [item] = items(text)
    assert item["deck"] == [deck]
    assert item["body"] == [("lead", LEAD)]
    assert [b[:2] for b in item["bylines"]] == [("Ada Lindqvist", "Staff Writer")]


def test_the_lead_over_a_closing_byline_stays_the_lead() -> None:
    [item] = items(f"{HEAD}\n\n{LEAD}\n\nBy Ada Lindqvist\n")
    assert item["deck"] == []
    assert item["body"] == [("lead", LEAD)]


def test_q_and_a_lines_with_no_blank_line_between_split() -> None:
    qa = (
        "Q: Why open before the harvest?\nA: Because the wheat is two weeks early.\n\n"
        "Q: What did the repairs cost?\nA: About $80,000, most of it for the belt.\n"
    )
    [item] = items(f"{HEAD}\n\n{LEAD}\n\n{qa}")
    assert item["body"][1:] == [
        ("question", "Why open before the harvest?"),
        ("answer", "Because the wheat is two weeks early."),
        ("question", "What did the repairs cost?"),
        ("answer", "About $80,000, most of it for the belt."),
    ]


def test_an_initial_inside_a_paragraph_stays_text() -> None:
    text = f"{HEAD}\n\nThe elevator was built by the firm of John\nA. Smith and Sons in 1921.\n"
    [item] = items(text)
    assert item["body"] == [
        ("lead", "The elevator was built by the firm of John A. Smith and Sons in 1921.")
    ]


def test_a_letter_signed_by_two_people() -> None:
    letter = "The crossing at Elm and Main needs a light before someone is hurt there."
    text = f"A light for Elm Street\n\n{letter}\n\n— Ann and Paul Moreno, Easton\n"
    [item] = items(text)
    assert item["body"] == [("lead", letter)]
    assert [b[:2] for b in item["bylines"]] == [("Ann and Paul Moreno", "Easton")]


def test_an_english_page_without_a_label_gets_an_english_section() -> None:
    [page] = parse(f"{HEAD}\n\nBy Ada Lindqvist\n\n{LEAD}\n").pages
    assert page.section_inferred
    assert page.section == "News"
    qa = f"{HEAD}\n\n{LEAD}\n\nQ: Why now?\nA: Because the wheat is early.\n"
    assert parse(qa).pages[0].section == "Interview"


def test_a_korean_page_without_a_label_keeps_its_korean_section() -> None:
    lead = "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다."
    [page] = parse(f"누리시, 골목상권 지원 두 배로\n\n{lead}\n\n한가람 기자\n").pages
    assert page.section == "종합"


def test_a_dateline_before_the_lead_is_the_bylines_place() -> None:
    by = "By Ada Lindqvist\nStaff Writer"
    text = f"{HEAD}\n\n{by}\n\nDOVER — {LEAD}\n\nMore grain is due on Friday.\n"
    [item] = items(text)
    assert item["body"][0] == ("lead", LEAD)
    assert item["bylines"] == [("Ada Lindqvist", "Staff Writer", None, "DOVER")]


def test_a_dash_inside_a_lead_without_a_byline_stays_text() -> None:
    lead = f"DOVER — {LEAD}"
    [item] = items(f"{HEAD}\n\n{lead}\n")
    assert item["body"] == [("lead", lead)]


def test_reach_name_at_an_email_gives_the_byline_its_address() -> None:
    reach = "Reach Ada Lindqvist at ada@doverdaily.example"
    text = f"{HEAD}\n\nBy Ada Lindqvist\nStaff Writer\n\n{LEAD}\n\n{reach}\n"
    [item] = items(text)
    assert item["body"] == [("lead", LEAD)]
    assert item["bylines"] == [("Ada Lindqvist", "Staff Writer", "ada@doverdaily.example", None)]
