"""Nameplates over their issue and date: in hanja, under ears, broken over lines, with a slogan."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.masthead_ears import EARS
from tests.ingest.rule_pages import STORY_NEAR_TOWN as STORY
from tests.ingest.test_conventions import LEAD, items, parse


def test_a_quoted_slogan_under_an_old_papers_name_is_not_its_name() -> None:
    text = (
        "THE NURI VALLEY BUGLE\n"
        "'' THE VOICE OF THE VALLEY \"\n"
        "VOL. XII—No. 41. NURI, OHIO, MONDAY, MAY 4, 1931. PRICE TWO CENTS\n\n"
        "MILL REOPENS\n\n"
        "The old mill on the river opened again on Monday after a winter of repairs.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE NURI VALLEY BUGLE"
    assert edition.masthead.issue == 41
    assert "slogan in quotes" in trace.rule("edition", "masthead")


MAGAZINE = (
    "NURI STATE MAGAZINE\nAUTUMN 2026\n\n"
    "News\n\n"
    "A Library for the Night Owls\n\n"
    "By Ada Lind\n\n"
    "The new reading room stays open until two in the morning on weekdays.\n\n"
    "Students filled every seat in its first week, and the staff added lamps.\n\n"
    "Class Notes\n\n"
    "1979\nMara Voss retired from the county court after thirty years on the bench.\n\n"
    "2004\nLeo Tran opened a bakery on Main Street in his home town.\n\n"
    "Deaths\n\n"
    "Ann B. Cole '49, of Salem, Ore., on March 2, 2026.\n"
    "Paul R. Dent '55, of Troy, N.Y., on April 9, 2026.\n"
)


def test_an_alumni_magazines_season_class_years_and_standing_head() -> None:
    edition, trace = explain_text(MAGAZINE)
    assert edition.masthead is not None and edition.masthead.paper == "NURI STATE MAGAZINE"
    assert edition.masthead.date is None
    assert "season" in trace.rule("edition", "masthead")
    assert edition.pages[0].section == "News"
    story, notes, deaths = items(MAGAZINE)
    assert story["headline"] == "A Library for the Night Owls"
    assert notes["headline"] == "Class Notes"
    assert notes["deck"] == []
    assert [kind for kind, _ in notes["body"]] == ["subhead", "paragraph"] * 2
    assert deaths["headline"] == "Deaths"
    assert deaths["body"][0][1].startswith("Ann B. Cole '49")
    assert "over a block of one-line entries" in trace.rule("p1-3")


def test_a_name_in_hanja_over_its_issue_and_date_is_the_masthead() -> None:
    text = (
        "農民누리신문\n제312호 2026년 4월 2일 목요일 (음력 2월 15일)\n\n"
        f"누리농협 봄 영농교육\n\n{LEAD}\n"
    )
    edition = parse(text)
    assert (edition.masthead.paper, edition.masthead.issue) == ("農民누리신문", 312)
    assert edition.masthead.lunar == "02-15"
    [item] = items(text)
    assert item["headline"] == "누리농협 봄 영농교육"


def test_a_headline_with_a_count_over_a_date_line_is_no_nameplate() -> None:
    text = f"누리시 3명 구조\n2026년 4월 8일 수요일\n\n{LEAD}\n"
    assert parse(text).masthead is None
    assert items(text)[0]["headline"] == "누리시 3명 구조"


def test_a_nameplate_over_a_date_line_stays_the_papers_name() -> None:
    text = f"THE MAPLETON STAR\n\nFRIDAY, JUNE 6, 1919.\n\n{STORY}"
    edition = parse(text)
    assert edition.masthead is not None and edition.masthead.paper == "THE MAPLETON STAR"
    assert edition.pages[0].label is None


EARED = (
    "THE WEATHER\n"
    "Rain tonight; warmer.\n"
    "THE ASHFORD EVENING NEWS\n"
    "VOL. XII. NO. 88. ASHFORD, OHIO, MONDAY, MAY 1, 1916. ONE CENT.\n\n"
    "BANK ROBBED\n"
    "AT NOON\n\n"
    "ASHFORD, May 1.—Two men held up the Farmers bank today and took $2,400 in gold.\n"
)


def test_a_dated_line_with_its_issue_under_ears_is_the_masthead() -> None:
    edition, trace = explain_text(EARED)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE ASHFORD EVENING NEWS"
    assert edition.masthead.issue == 88 and edition.masthead.date == "1916-05-01"
    assert EARS in trace.rule("edition", "masthead")
    page = edition.pages[0]
    assert page.label is None  # an ear names no section
    got = items(EARED)
    assert [i["headline"] for i in got] == ["THE WEATHER", "BANK ROBBED AT NOON"]
    assert got[0]["body"] == [("lead", "Rain tonight; warmer.")]


def test_a_sentence_with_a_date_and_a_number_under_an_ear_is_no_masthead() -> None:
    text = (
        "THE WEATHER\n"
        "Rain tonight; warmer.\n"
        "LODGE ELECTS\n"
        "Lodge No. 88 met on Monday, May 1, 1916, and elected its officers for the year.\n"
    )
    edition = parse(text)
    assert edition.masthead is None


EAR = "THE WEATHER\nFair tonight and Sunday;\nwarmer.\n"


STORY_EN = (
    "\nMILL DAM GIVES WAY\n\n"
    "The old mill dam on Cedar creek gave way early this morning and the\n"
    "water flooded the lowlands below the town.\n"
)


DATED = "VOL. XII. NO. 41. OAKDALE, IOWA, SATURDAY, MAY 6, 1916. ONE CENT.\n"


def test_a_nameplate_broken_over_two_lines_under_the_ears() -> None:
    text = f"{EAR}\nTHE OAKDALE\nDAILY TRIBUNE\n{DATED}{STORY_EN}"
    edition = parse(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.issue) == ("THE OAKDALE DAILY TRIBUNE", 41)
    first, second = items(text)
    assert first["headline"] == "THE WEATHER"
    assert second["headline"] == "MILL DAM GIVES WAY"


def test_specks_around_the_nameplate_are_its_own() -> None:
    text = f"{EAR}' ■ . ,; • -^ '\nTHE OAKDALE DAILY TRIBUNE\n*■ ^ ' 1 ,\\ '\n{DATED}{STORY_EN}"
    edition = parse(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE OAKDALE DAILY TRIBUNE"
    first, second = items(text)
    assert first["body"] == [("lead", "Fair tonight and Sunday; warmer.")]


def test_an_ear_line_over_a_whole_name_is_not_joined_to_it() -> None:
    # 'THE HOME PAPER' boasts beside the name; 'OAKDALE NEWS' names the paper whole
    text = f"{EAR}\nTHE HOME PAPER\nOAKDALE NEWS\n{DATED}{STORY_EN}"
    edition = parse(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "OAKDALE NEWS"


def test_the_editions_ear_over_the_nameplate_is_not_its_name() -> None:
    # the weather's ear above both: the nameplate is found under its ears
    edition = parse(f"{EAR}\nTHE LAST EDITION\nEVENING JOURNAL\n{DATED}{STORY_EN}")
    assert edition.masthead is not None
    assert edition.masthead.paper == "EVENING JOURNAL"


def test_an_extra_on_both_ears_of_the_nameplate_is_the_editions_kind() -> None:
    ears = "EXTRA" + " " * 40 + "EXTRA"
    edition = parse(f"{ears}\nEVENING JOURNAL\n{DATED}{STORY_EN}")
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.edition_kind) == ("EVENING JOURNAL", "EXTRA")
    assert not any(
        "EXTRA" in str(item) for item in items(f"{ears}\nEVENING JOURNAL\n{DATED}{STORY_EN}")
    )


def test_a_headline_saying_extra_in_a_sentence_is_no_edition() -> None:
    edition = parse(f"EXTRA DUTY FOR POLICE\nEVENING JOURNAL\n{DATED}{STORY_EN}")
    assert edition.masthead is None or edition.masthead.edition_kind is None


def test_a_masthead_printed_in_hanja_gives_its_issue_date_weekday_and_lunar_date() -> None:
    text = f"漢陽新報\n第3107號  1976年 4月 6日 火曜日 (陰曆 3月 7日)\n\n{STORY}"
    m = parse(text).masthead
    assert m is not None and m.paper == "漢陽新報"
    assert (m.issue, m.date, m.weekday, m.lunar) == (3107, "1976-04-06", "화요일", "03-07")
    [item] = items(text)
    assert item["headline"] != "漢陽新報"


def test_hanja_figures_of_a_sentence_make_no_masthead() -> None:
    # a date in Hanja inside the lead's sentence is the story's, not the paper's
    text = f"漢陽 市場 새 團地\n\n市는 1976年 4月 6日 새 團地를 열었다고 밝혔다.\n\n{STORY}"
    assert parse(text).masthead is None
