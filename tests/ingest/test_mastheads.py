"""Mastheads, on small made-up examples: a nameplate over its issue and date (in hanja, with a
figure, under ears, broken over two lines, with a dotted date and its weekday), a newsletter's
date line with its publisher or its parts line with an issue, a magazine's season, a
publisher's line with its phone, a cover price beside the date, an editorial page's box
of publisher's lines over its date line, and the lines (a slogan, a
headline with a count, a sentence under an ear) that name no paper. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.masthead_box import ITEM_RULE as BOX_ITEM
from reader.ingest.masthead_box import RULE as BOX
from reader.ingest.masthead_ears import EARS
from reader.ingest.masthead_en import _PARTS_RULE
from tests.ingest.outline import outline
from tests.ingest.rule_pages import BULLETIN_PARTS as BULLETIN
from tests.ingest.rule_pages import EN_LEAD_DEPOT as EN_LEAD
from tests.ingest.rule_pages import STORY_NEAR_TOWN as STORY
from tests.ingest.rule_pages import WEEKLY
from tests.ingest.test_conventions import LEAD, items, parse

NEWSLETTER = (
    "누리구의회 소식\n"
    "제12호 | 2026년 5월 8일 금요일 | 발행 누리구의회 의회사무국 062-700-1234\n\n"
    f"누리구의회, 추경 예산 의결\n\n{LEAD}\n"
)


def test_a_newsletters_date_line_with_its_publisher_is_the_masthead() -> None:
    edition, trace = explain_text(NEWSLETTER)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday, m.phone) == (
        "누리구의회 소식",
        12,
        "2026-05-08",
        "금요일",
        "062-700-1234",
    )
    assert "publisher" in trace.rule("edition", "masthead")
    [item] = items(NEWSLETTER)
    assert item["headline"] == "누리구의회, 추경 예산 의결"


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


def test_a_newsletter_nameplate_with_vol_and_an_issued_date_is_the_masthead() -> None:
    text = (
        "누리병원 소식지 Vol.12\n"
        "2026년 4월 7일 화요일 발행 · 대표전화 1577-0000\n\n"
        f"누리병원 봄 건강강좌\n\n{LEAD}\n"
    )
    m = parse(text).masthead
    assert (m.paper, m.issue, m.phone) == ("누리병원 소식지", 12, "1577-0000")
    assert (m.date, m.weekday) == ("2026-04-07", "화요일")


def test_a_residents_paper_named_with_a_figure_and_its_office_phone_is_the_masthead() -> None:
    text = (
        "누리마을 2단지 입주민 소식\n"
        "제8호 2026년 4월 8일 수요일 관리사무소 ☎ 031-000-1234\n\n"
        f"놀이터 새 단장\n\n{LEAD}\n"
    )
    m = parse(text).masthead
    assert (m.paper, m.issue, m.phone) == ("누리마을 2단지 입주민 소식", 8, "031-000-1234")
    [item] = items(text)
    assert item["headline"] == "놀이터 새 단장"


def test_a_headline_with_a_count_over_a_date_line_is_no_nameplate() -> None:
    text = f"누리시 3명 구조\n2026년 4월 8일 수요일\n\n{LEAD}\n"
    assert parse(text).masthead is None
    assert items(text)[0]["headline"] == "누리시 3명 구조"


def test_a_cover_price_beside_the_date_leaves_the_site_to_the_masthead() -> None:
    text = (
        "THE ELK FALLS HERALD\nVol. 3, No. 7 | Monday, May 4, 2026 | $1.00 | elkherald.example\n\n"
        f"Depot Opens Early\n\n{EN_LEAD}\n"
    )
    masthead = parse(text).masthead
    assert masthead is not None
    assert (masthead.paper, masthead.url, masthead.issue) == (
        "THE ELK FALLS HERALD",
        "elkherald.example",
        7,
    )


def test_a_nameplate_over_its_parts_with_an_issue_and_a_month_is_a_masthead() -> None:
    edition, trace = explain_text(BULLETIN)
    m = edition.masthead
    assert m is not None and (m.paper, m.issue, m.date) == ("The Harbor Lantern", 212, None)
    assert trace.rule("edition", "masthead") == _PARTS_RULE
    [page] = outline(edition)
    assert page["items"][0]["headline"] == "Haul-Out Day Set for Saturday"


def test_a_line_of_parts_without_an_issue_is_no_masthead() -> None:
    text = BULLETIN.replace(" | Issue 212", "")
    assert parse(text).masthead is None


def test_a_korean_newsletter_with_a_dotted_date_and_its_weekday() -> None:
    text = f"누리동 소식\n2026. 9. 3.(목) 제 41 호\n\n누리동 경로당 새 단장\n\n{LEAD}\n"
    m = parse(text).masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == ("누리동 소식", 41, "2026-09-03", "목요일")


def test_a_dotted_date_without_its_weekday_is_no_masthead_field() -> None:
    text = f"누리동 소식\n2026. 9. 3.\n\n누리동 경로당 새 단장\n\n{LEAD}\n"
    assert parse(text).masthead is None


def test_a_publisher_line_with_its_phone_is_the_mastheads() -> None:
    edition = parse(WEEKLY)
    m = edition.masthead
    assert m is not None and m.paper == "누리군민신문" and m.phone == "061-555-0100"
    assert m.date == "2026-03-12" and m.issue == 41


def test_a_publisher_and_editors_line_with_its_phone_is_the_mastheads() -> None:
    text = WEEKLY.replace("발행 누리군민신문사", "발행·편집인 한가람")
    m = parse(text).masthead
    assert m is not None and m.phone == "061-555-0100"
    assert items(text)[0]["headline"] == "누리군, 청년 창업 지원 확대"


def test_a_newsletters_title_over_its_kind_and_issue_is_a_masthead() -> None:
    text = (
        "THE HARLOW HERON\nHarlow Middle School Student Newsletter | Issue 4\n\n"
        "Science Fair Winners Named\n\n"
        "Three eighth graders took the top prizes at the science fair on Friday. Their\n"
        "projects will go to the county fair in May.\n"
    )
    edition, trace = explain_text(text)
    m = edition.masthead
    assert m is not None and (m.paper, m.issue, m.date) == ("THE HARLOW HERON", 4, None)
    assert trace.rule("edition", "masthead") == _PARTS_RULE
    assert items(text)[0]["headline"] == "Science Fair Winners Named"


def test_a_newsletters_parts_may_hold_its_site() -> None:
    text = (
        "The Maple Leaf\nNewsletter of Maple Grove School | Issue 3 | www.maplegrove.org\n\n"
        "Book Fair Opens Monday\n\n"
        "The spring book fair opens in the library on Monday. Every class will visit.\n"
    )
    m = parse(text).masthead
    assert m is not None and (m.paper, m.issue) == ("The Maple Leaf", 3)


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


# --- an editorial page's masthead box ------------------------------------------------------

EDITORIAL = (
    "The aldermen meet on Tuesday to settle the paving contract at last. Let them\n"
    "settle it for brick and be done with the matter.\n"
)


def test_an_editorial_pages_box_gives_the_masthead_and_an_item_with_no_headline() -> None:
    text = (
        "THE MILLBROOK EVENING STAR\n"
        "Published Daily Except Sunday by\n"
        "The Star Printing Company.\n"
        "A. B. TOLLIVER........Editor\n"
        "By carrier, 12 cents a week.\n"
        "MONDAY, APRIL 6, 1908.\n\n"
        f"BRICK FOR MAIN STREET.\n\n{EDITORIAL}"
    )
    edition, trace = explain_text(text)
    m = edition.masthead
    assert m is not None and trace.rule("edition", "masthead") == BOX
    assert (m.paper, m.date, m.weekday) == ("THE MILLBROOK EVENING STAR", "1908-04-06", "Monday")
    box, editorial = items(text)
    assert box["headline"] is None and trace.rule("p1-1") == BOX_ITEM
    assert box["body"] == [
        ("paragraph", "Published Daily Except Sunday by The Star Printing Company."),
        ("paragraph", "A. B. TOLLIVER........Editor"),
        ("paragraph", "By carrier, 12 cents a week."),
    ]
    assert editorial["headline"] == "BRICK FOR MAIN STREET."


def test_a_head_over_a_dated_line_without_publishers_lines_is_no_box() -> None:
    # the capitals over the date are a story's head and its dateline: nobody publishes here
    text = (
        "FIRE AT THE TANNERY\n"
        "Two Sheds Burned Before the Engine Came.\n"
        "MONDAY, APRIL 6, 1908.\n\n"
        f"{EDITORIAL}"
    )
    edition, trace = explain_text(text)
    assert trace.rule("edition", "masthead") != BOX
    assert trace.rule("p1-1") != BOX_ITEM


def test_a_sheriffs_sale_over_its_day_of_sale_is_no_box() -> None:
    # 'First Published April 8' is the notice's own record, not a paper's publisher
    text = (
        "NOTICE OF SHERIFF'S SALE\n"
        "(First Published April 8, 1915.)\n"
        "By virtue of an execution issued out of\n"
        "the District Court of Black Hawk County, I\n"
        "will sell at public auction at the court\n"
        "house door in Waterloo, Iowa, on\n"
        "MONDAY, MAY 3, 1915.\n"
        "at 10 o'clock a. m., the following described real estate, to wit: Lot 4 in Block 7.\n"
        "JOHN DOE, Sheriff.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is None
    [notice] = items(text)
    assert notice["headline"] == "NOTICE OF SHERIFF'S SALE"
    assert "MONDAY, MAY 3, 1915." in " ".join(t for _, t in notice["body"])


def test_a_sale_bill_taking_bids_by_mail_is_no_box() -> None:
    # 'by mail' in a sale bill's lines over its day of sale: no paper's rate or publisher
    text = (
        "CLOSING OUT\n"
        "Having decided to quit farming, I will sell at\n"
        "public auction at my farm, 4 miles south of town.\n"
        "Bids received by mail before the day of sale.\n"
        "THURSDAY, MARCH 12, 1914.\n"
        "Commencing at 10 o'clock a. m.\n\n"
        "One bay mare, 8 years old, weight 1400. Terms: Cash.\n"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is None
    assert trace.rule("p1-1") != BOX_ITEM
    assert items(text)[0]["headline"] == "CLOSING OUT"


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
