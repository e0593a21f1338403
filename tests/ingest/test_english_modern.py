"""Modern English pages (issue 14, seventh round), on small made-up examples: 'By NAME,
ROLE' on one line, captions closed by '(Gazette photo by …)' or '(Photo: NAME/PAPER)',
'•' entries one per line. Every name and fact is invented.
"""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from tests.ingest.test_conventions import LEAD as LEAD_KO
from tests.ingest.test_conventions import items, parse

LEAD = "The Dover school board voted on Monday to keep the east campus open for two more years."


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("By Ada Lindqvist, Staff Writer", "Staff Writer"),
        ("By Omar Reyes, Senior Business Reporter", "Senior Business Reporter"),
    ],
)
def test_a_byline_with_its_role_after_a_comma(line: str, role: str) -> None:
    [item] = items(f"Board keeps east campus open\n\n{line}\n\n{LEAD}\n")
    assert item["headline"] == "Board keeps east campus open"
    assert [b[:2] for b in item["bylines"]] == [(line[3 : line.index(",")], role)]
    assert item["body"] == [("lead", LEAD)]


def test_two_names_after_by_are_not_a_name_and_a_role() -> None:
    text = f"Board keeps east campus open\n\nBy Ada Lindqvist, Omar Reyes\n\n{LEAD}\n"
    [item] = items(text)
    assert not any(b[1] == "Omar Reyes" for b in item["bylines"])


@pytest.mark.parametrize(
    "credit", ["(Gazette photo by Ben Otis)", "(Photo: Ben Otis/Dover Gazette)"]
)
def test_a_caption_closed_by_a_paper_or_colon_credit(credit: str) -> None:
    caption = f"Pupils leave the east campus on Monday. {credit}"
    more = "The board will take up the budget in May"
    [item] = items(f"Board keeps east campus open\n\n{LEAD}\n\n{caption}\n\n{more}\n")
    assert item["body"] == [("lead", LEAD), ("caption", caption), ("paragraph", more)]


def test_bullet_entries_one_per_line_in_an_english_block() -> None:
    entries = [
        "May 2, 9:10 p.m.: A fence was reported damaged on Oak Lane.",
        "May 3, 6:45 a.m.: A dog was returned to its owner on Mill Road.",
    ]
    text = "FIRE AND POLICE\n" + "".join(f"• {e}\n" for e in entries)
    [item] = items(text)
    assert item["headline"] == "FIRE AND POLICE"
    assert item["body"] == [("bullet", e) for e in entries]


ONLINE = (
    "Dover Gazette\n"
    "Schools\n\n"
    "Board keeps east campus open after a year of debate\n"
    "The vote gives parents two more years to plan for the merger of the district's schools\n\n"
    "By Ada Lindqvist, Staff Writer\n\n"
    f"{LEAD}\n\n"
    "Pupils leave the east campus on Monday. (Photo: Ben Otis/Dover Gazette)\n\n"
    "The campus holds 300 pupils in six grades.\n"
    "What comes next\n"
    "The board will take up the budget in May.\n"
    "Parents may speak at the meeting.\n"
)


def test_an_online_story_nameplate_section_head_and_lines_a_paragraph_each() -> None:
    edition = parse(ONLINE)
    assert edition.masthead is not None and edition.masthead.paper == "Dover Gazette"
    assert [page.section for page in edition.pages] == ["Schools"]
    [item] = items(ONLINE)
    assert item["headline"] == "Board keeps east campus open after a year of debate"
    assert item["deck"] == [
        "The vote gives parents two more years to plan for the merger of the district's schools"
    ]
    assert [b[:2] for b in item["bylines"]] == [("Ada Lindqvist", "Staff Writer")]
    assert item["body"][2:] == [
        ("paragraph", "The campus holds 300 pupils in six grades."),
        ("subhead", "What comes next"),
        ("paragraph", "The board will take up the budget in May."),
        ("paragraph", "Parents may speak at the meeting."),
    ]


def test_wrapped_lines_going_on_in_lower_case_stay_one_paragraph() -> None:
    text = (
        "Board keeps east campus open\n\n"
        "The board met on Monday. It voted 5-2.\n"
        "Parents who spoke at the meeting\n"
        "asked for more time. The vote settles it.\n"
    )
    [item] = items(text)
    assert len(item["body"]) == 1


def test_a_headline_after_a_titled_list_of_entries_starts_an_item() -> None:
    entries = [
        "May 2, 9:10 p.m.: A fence was reported damaged on Oak Lane.",
        "May 3, 6:45 a.m.: A dog was returned to its owner on Mill Road.",
    ]
    story = "The pool on Elm Street opens on June 10, the parks director said on Friday."
    text = "FIRE AND POLICE\n" + "".join(f"• {e}\n" for e in entries)
    text += f"\nTown pool to open early\n\n{story}\n"
    blotter, pool = items(text)
    assert blotter["body"] == [("bullet", e) for e in entries]
    assert pool["headline"] == "Town pool to open early"
    assert pool["body"] == [("lead", story)]


def test_a_classified_ad_short_lines_over_a_phone() -> None:
    story = "The pool on Elm Street opens on June 10, the parks director said on Friday."
    ad = "GARAGE SALE\nSunday, May 9, 9 a.m. to noon\n8 Orchard Lane\nBikes, lamps\nCall 555-0199"
    pool, sale = items(f"Town pool to open early\n\n{story}\n\n{ad}\n")
    assert pool["headline"] == "Town pool to open early"
    assert sale["title"] == "GARAGE SALE"
    assert ("contact", "phone", "555-0199", "555-0199", "Call") in sale["blocks"]


def test_explain_names_the_rules_of_the_seventh_round() -> None:
    blotter = "FIRE AND POLICE\n• May 2, 9:10 p.m.: A fence was reported damaged on Oak Lane.\n"
    story = "The pool on Elm Street opens on June 10, the parks director said on Friday."
    ad = "GARAGE SALE\nSunday, May 9, 9 a.m. to noon\n8 Orchard Lane\nBikes, lamps\nCall 555-0199"
    people = "[인사] 누리군\n▲총무과장 한가람 ▲복지과장 서누리 ▲세무과장 박하늘\n\n[동정]\n"
    people += "▲한가람 누리군수는 5일 간담회를 주재한다.\n▲서누리 의장은 5일 손님을 맞는다.\n"
    seeds = "누리종묘\n토마토 신품종 출시\n◆ 병에 강한 품종\n◆ 수확량 15% 증가\n☎ 061)000-5555\n"
    english = f"{ONLINE}\n\n{blotter}\nTown pool to open early\n\n{story}\n\n{ad}\n"
    _, trace = explain_text(f"{english}\f{people}\f{LEAD_KO}\n\n한누리 기자\n\n{seeds}")
    rules = " | ".join(trace.notes.values())
    for name in (
        "segment: lines that each end a sentence",
        "head: English headline without final punctuation over its deck or byline",
        "English headline after a titled list of '•' entries",
        "a classified ad: short lines without a sentence over a phone",
        "listing: a marked sentence among entries",
        "ad: lines under one heading marker in a row are a list's points",
        "ad: the plain line over a run of marked points is their heading",
    ):
        assert name in rules, name


def test_bullet_points_of_an_english_ad_still_mark_it() -> None:
    """'•' lines that are no finished sentence keep heading an ad's points."""
    story = "The pool on Elm Street opens on June 10, the parks director said on Friday."
    ad = "DOVER HARDWARE\n• Free delivery on all orders over $50\n• Open seven days a week\n"
    ad += "Call 555-0123\n"
    _, shop = items(f"Town pool to open early\n\n{story}\n\n{ad}")
    assert shop["title"] == "DOVER HARDWARE"
    assert shop["blocks"][0] == (
        "list",
        ["Free delivery on all orders over $50", "Open seven days a week"],
    )
