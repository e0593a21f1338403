"""Habits of English papers at large (issue 14, tenth round), each on a small made-up
example: head lines on a page without blank lines, standing heads over a run of items
('Obituaries', 'Letters to the Editor'), a title-case title over rows or questions,
box-score and scoreboard rows, a line ending in an initial in old OCR, a price list with
leader dots under its title and the ad after it. Every name and fact is invented.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.explain import explain_lines
from tests.ingest.test_conventions import items

LEAD = (
    "The Dover school board voted 5-2 on Tuesday to rebuild the gym roof before winter, "
    "ending a debate that has run since spring."
)
MORE = "The work will cost $220,000, most of it from the building reserve fund this year."
OBIT = (
    "Walter Brandt of Dover died Nov. 3 at home. He ran the hardware store on Main Street "
    "for 41 years and coached Little League for most of them."
)
LETTER = (
    "I want to thank the volunteers who rebuilt the footbridge at Mill Pond this fall. "
    "My grandchildren cross it every day on their way to school."
)


def _rules(text: str) -> str:
    edition, trace = explain_text(text)
    return "\n".join(explain_lines(edition, trace))


def test_head_lines_and_standing_heads_on_a_page_without_blank_lines() -> None:
    text = (
        "School board backs gym roof\nWork to start before the first snow\nBy Nora Quist\n"
        f"Gazette Staff\n{LEAD}\n{MORE}\nObituaries\nWalter Brandt, 84\n{OBIT}\n"
        f"Letters to the Editor\nA bridge worth crossing\n{LETTER}\n— Irene Falk, Dover\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "School board backs gym roof",
        "Obituaries",
        "Walter Brandt, 84",
        "Letters to the Editor",
        "A bridge worth crossing",
    ]
    assert got[0]["deck"] == ["Work to start before the first snow"]
    assert got[0]["bylines"] == [("Nora Quist", "Gazette Staff", None, None)]
    assert got[0]["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert got[1]["body"] == [] and got[3]["body"] == []
    assert got[2]["body"] == [("lead", OBIT)]
    assert got[4]["bylines"] == [("Irene Falk", "Dover", None, None)]
    assert "a standing head over an item's headline" in _rules(text)


def test_wrapped_lines_of_an_old_column_still_run_on() -> None:
    lines = [
        "The new bridge over the Mill",
        "river will be opened to traf-",
        "fic on Monday noon, it was said",
        "yesterday by the county board.",
        "Mayor Ash will cut the ribbon",
        "and the town band will play.",
    ]
    [item] = items("BRIDGE TO OPEN\n" + "\n".join(lines) + "\n")
    assert item["body"] == [
        (
            "lead",
            "The new bridge over the Mill river will be opened to traffic on Monday noon, it "
            "was said yesterday by the county board.",
        ),
        ("paragraph", "Mayor Ash will cut the ribbon and the town band will play."),
    ]


def test_a_line_ending_in_an_initial_does_not_end_the_paragraph() -> None:
    lines = [
        "BRIDGE TO OPEN",
        "The bridge will be opened on",
        "Monday, it was announced by",
        "County Engineer A. B.",
        "Crane. It cost $84,000 in all.",
        "The club elected Mrs.",
        "C. D. Eade as its president.",
    ]
    [item] = items("\n".join(lines) + "\n")
    assert item["body"] == [
        (
            "lead",
            "The bridge will be opened on Monday, it was announced by County Engineer A. B. "
            "Crane. It cost $84,000 in all.",
        ),
        ("paragraph", "The club elected Mrs. C. D. Eade as its president."),
    ]


def test_a_price_list_with_leader_dots_is_an_article_and_the_ad_after_it_its_own() -> None:
    lines = [
        "FARM PRICES.",
        "(Quoted Daily by Dover Mill Co.)",
        "Rye, No. 1 ........ $0.92",
        "Barley ............ .71",
        "Hay, per ton ...... 14.50",
        "WINTER BOOTS",
        "$4.50 to $9.00",
        "BRANDT & SONS",
        "20 Main Street",
    ]
    got = items("\n".join(lines) + "\n")
    assert got[0]["headline"] == "FARM PRICES."
    assert got[0]["deck"] == ["(Quoted Daily by Dover Mill Co.)"]
    assert [text for _, text in got[0]["body"]] == lines[2:5]
    assert got[1]["title"] == "WINTER BOOTS"


def test_a_title_case_title_over_rows_or_questions_opens_an_item() -> None:
    text = (
        f"Dover rallies past Easton\n\nBy Nora Quist\n\n{LEAD}\n\n"
        "EASTON (41): Hale 12, Boyd 9, Pike 8\nDOVER (47): Ruiz 15, Lamb 11, Frey 9\n\n"
        "Results\nBoys soccer: Dover 2, Easton 1; Weston 3, Pike 0\n"
        "Girls tennis: Dover 4, Weston 1\n\n"
        "Q&A with coach Lena Moss\n\nQ: What changed after the break?\nA: We pressed higher.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "Dover rallies past Easton",
        "Results",
        "Q&A with coach Lena Moss",
    ]
    assert got[0]["body"][1:] == [
        ("paragraph", "EASTON (41): Hale 12, Boyd 9, Pike 8"),
        ("paragraph", "DOVER (47): Ruiz 15, Lamb 11, Frey 9"),
    ]
    assert [kind for kind, _ in got[1]["body"]] == ["paragraph", "paragraph"]
    assert got[1]["deck"] == []
    assert [kind for kind, _ in got[2]["body"]] == ["question", "answer"]
    assert "English title-case line after a blank line, over rows or questions" in _rules(text)


def test_a_sentence_case_subhead_stays_in_its_story() -> None:
    text = f"School board backs gym roof\n\n{LEAD}\n\nWhat comes next\n\n{MORE}\n"
    [item] = items(text)
    assert ("subhead", "What comes next") in item["body"]


def test_a_street_abbreviation_at_a_lines_end_still_ends_the_sentence() -> None:
    lines = [
        "STORE TO OPEN",
        "A new hardware store will open",
        "next week at 20 Main St.",
        "The owners came from Easton.",
        "They will hire four clerks.",
    ]
    [item] = items("\n".join(lines) + "\n")
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph", "paragraph"]


def test_an_old_papers_short_first_name_at_a_lines_end_runs_on() -> None:
    lines = [
        "CLUB ELECTS OFFICERS",
        "The Grange met on Friday and",
        "chose as its master Jas.",
        "Crane of Easton. The vote was",
        "taken without debate.",
    ]
    [item] = items("\n".join(lines) + "\n")
    assert [kind for kind, _ in item["body"]] == ["lead"]


def test_standing_heads_on_a_page_with_blank_lines() -> None:
    text = (
        f"School board backs gym roof\n\nBy Nora Quist\n\n{LEAD}\n\nObituaries\n\n"
        f"Walter Brandt, 84\n\n{OBIT}\n\nLetters to the Editor\n\nA bridge worth crossing\n\n"
        f"{LETTER}\n\n— Irene Falk, Dover\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "School board backs gym roof",
        "Obituaries",
        "Walter Brandt, 84",
        "Letters to the Editor",
        "A bridge worth crossing",
    ]
    assert got[0]["deck"] == [] and got[2]["body"] == [("lead", OBIT)]
    assert "a standing head ('Obituaries') over a headline, after prose" in _rules(text)


def test_rows_and_a_q_and_a_on_a_page_without_blank_lines() -> None:
    text = (
        f"Dover rallies past Easton\nBy Nora Quist\n{LEAD}\n{MORE}\nResults\n"
        "Boys soccer: Dover 2, Easton 1; Weston 3, Pike 0\nGirls tennis: Dover 4, Weston 1\n"
        "Q&A with coach Lena Moss\nQ: What changed after the break?\nA: We pressed higher.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "Dover rallies past Easton",
        "Results",
        "Q&A with coach Lena Moss",
    ]
    assert got[1]["body"] == [
        ("paragraph", "Boys soccer: Dover 2, Easton 1; Weston 3, Pike 0"),
        ("paragraph", "Girls tennis: Dover 4, Weston 1"),
    ]
    assert [kind for kind, _ in got[2]["body"]] == ["question", "answer"]
