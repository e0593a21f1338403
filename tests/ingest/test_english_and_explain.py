"""English pages of the 1910s and --explain, on small made-up examples (issue 14).

The masthead line and its OCR specks, stacked capitals and decks, words hyphenated at a
line end; and the rule behind each kind, recorded only when asked. Names are invented.
"""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.explain import active
from tests.ingest.test_conventions import LEAD, MORE, body, items, parse

# --- English pages of the 1910s -------------------------------------------------------

ENGLISH = """\
' ,. ~ '- -' ' ^ ,
THE HARLOW EVENING STANDARD.
No. 4,512. HARLOW, MASS., MONDAY, JUNE 12, 1911.—TWELVE PAGES. TWO CENTS.

MAYOR SIGNS NEW
TRAFFIC ORDINANCE

Measure Passed by Council Last
Week Becomes Law Today.

By HENRY L. MARSH.

Mayor Whitcomb this morning signed the
ordinance, and the Gov-
ernment inspectors will enforce it.

FIRE AT RIVERTON

A well-known mill at Riverton burned last
night. The owner, A. J. Well-
known, was away, and forty-
one men lost their work.
"""


def test_english_masthead_gives_paper_date_weekday_and_issue() -> None:
    edition = parse(ENGLISH)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == (
        "THE HARLOW EVENING STANDARD",
        4512,
        "1911-06-12",
        "Monday",
    )
    # The OCR specks above the nameplate belong to the masthead, not to a headline.
    assert [ENGLISH[a:b] for a, b in m.spans][0] == "' ,. ~ '- -' ' ^ ,"
    assert edition.warnings == []


def test_english_masthead_with_the_wrong_weekday_warns() -> None:
    edition = parse(ENGLISH.replace("MONDAY", "FRIDAY"))
    assert edition.warnings == ["masthead: 1911-06-12 is a Monday, but the page prints Friday"]


def test_stacked_capitals_start_an_article_with_its_deck_and_byline() -> None:
    first, second = items(ENGLISH)
    assert first["headline"] == "MAYOR SIGNS NEW TRAFFIC ORDINANCE"
    assert first["deck"] == ["Measure Passed by Council Last Week Becomes Law Today."]
    assert first["bylines"] == [("HENRY L. MARSH", None, None, None)]
    assert second["headline"] == "FIRE AT RIVERTON"


def test_words_hyphenated_at_a_line_end_are_joined() -> None:
    first, second = items(ENGLISH)
    assert first["body"] == [
        (
            "lead",
            "Mayor Whitcomb this morning signed the ordinance, and the Government "
            "inspectors will enforce it.",
        )
    ]
    # A compound printed with its hyphen elsewhere keeps it; so does a numeral.
    assert second["body"] == [
        (
            "lead",
            "A well-known mill at Riverton burned last night. The owner, A. J. Well-known, "
            "was away, and forty-one men lost their work.",
        )
    ]


def test_english_initial_at_a_line_start_is_not_an_answer() -> None:
    text = "GRANGE ELECTS OFFICERS\n\nThe grange elected Charles\nA. Ames master for the year.\n"
    assert body(text) == [("lead", "The grange elected Charles A. Ames master for the year.")]


def test_ocr_noise_without_a_masthead_is_never_a_headline() -> None:
    text = "' ,. ~ '- -' ' ^ ,\n\nFIRE AT RIVERTON\n\nA mill at Riverton burned last night.\n"
    edition = parse(text)
    assert all(
        a.headline is None or a.headline.text != "' ,. ~ '- -' ' ^ ," for a in edition.articles()
    )


# --- --explain: the deciding rules, kept aside ----------------------------------------


def test_explain_records_the_deciding_rules_only_when_asked() -> None:
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n시민들이 3일 산책로를 걷고 있다. /연합뉴스\n\n{MORE}\n"
    )
    edition, trace = explain_text(text)
    assert not active()
    assert edition == ingest_text(text)  # nothing of the trace is in the edition
    assert trace.rule("p1-1", "body.1") == "units: credit suffix '/연합뉴스'"
    assert trace.rule("p1-1", "headline") == "head: short line without final punctuation"
    assert trace.rule("p1-1").startswith("items: first item of the page; article")
