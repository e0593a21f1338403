"""What the review of the twenty-fifth round found its rules firing on: a theatre's news
taken for its bill, a story's list under '△' taken for questions, a sports series' dates
taken for a notice's insertions, a copyright line taken for a caption, an edition's ear
joined to the name, a broadcast's speakers taken for subheads. Each on a small made-up
page a careful reader knows; every name is invented."""

from __future__ import annotations

from reader.ingest.closing_lines import INSERTED
from reader.ingest.credits import _AGENCIES, credit_suffix
from tests.ingest.test_conventions import items, parse

# --- a theatre's news, not its bill -------------------------------------------------------


def test_news_of_a_theatre_in_wrapped_lines_that_quotes_its_prices_stays_an_article() -> None:
    # short column lines, no word broken at an end: the sentences run on from line to line
    text = (
        "NEW THEATRE FOR MAIN STREET\n"
        "Work on the new playhouse at Main\n"
        "and Fourth streets will begin next\n"
        "week, the contractors announced\n"
        "yesterday. The house will seat 900 and\n"
        "Admission 10c and 20c will be\n"
        "charged at the opening in October.\n"
    )
    edition = parse(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article"]
    assert page.section != "Advertising"


# --- a story's list under '△', not an interview ----------------------------------------------


def test_triangle_heads_of_a_list_in_a_story_stay_text() -> None:
    text = (
        "정부, 청년 지원책 발표\n\n"
        "정부가 청년 지원책을 내놨다. 주요 내용은 다음과 같다.\n\n"
        "△청년 주거 지원 확대\n\n"
        "월세 지원 대상을 연 소득 5천만원 이하로 넓힌다.\n\n"
        "△청년 일자리 창출\n\n"
        "중소기업 취업 청년에게 최대 1200만원을 지급한다.\n"
    )
    edition = parse(text)
    assert edition.pages[0].section != "인터뷰"
    [item] = items(text)
    assert item["headline"] == "정부, 청년 지원책 발표"
    assert "question" not in [kind for kind, _ in item["body"]]
    assert item["body"][0] == ("lead", "정부가 청년 지원책을 내놨다. 주요 내용은 다음과 같다.")


# --- a sports series' dates, not a notice's insertions ----------------------------------------


def test_a_series_dates_under_a_story_close_nothing() -> None:
    text = (
        "BLUES OPEN AT HOME\n\n"
        "The Blues will open the season at home this month,\n"
        "the club announced yesterday.\n\n"
        "Chicago\nMay 3-4-5\n\n"
        "Cleveland\nMay 6-7-8\n"
    )
    got = items(text)
    assert [item["headline"] for item in got] == ["BLUES OPEN AT HOME"]


def test_a_score_is_no_month() -> None:
    assert INSERTED.match("Score 6-3-2") is None
    assert INSERTED.match("Sept. 3-10-17") is not None
    assert INSERTED.match("June 1-8-15") is not None


# --- a web copy's copyright line, not a portrait's caption ------------------------------------


def test_a_bare_copyright_line_closing_a_copy_is_no_caption() -> None:
    text = (
        "솔뫼항 크레인 멈춰 하역 중단\n\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.\n\n"
        "저작권자 ⓒ한빛뉴스\n"
    )
    [item] = items(text)
    assert item["body"][1] == ("paragraph", "저작권자 ⓒ한빛뉴스")


def test_the_agency_credits_reach_covers_the_longest_wire_credit() -> None:
    # a sentence's end, a place of ten syllables and '=', the two longest agencies
    longest = max(_AGENCIES, key=len)
    caption = f"두 장관이 악수하고 있다. {'가' * 10}={longest} {longest}"
    assert credit_suffix(caption) == f"{'가' * 10}={longest} {longest}"


# --- an edition's ear over the nameplate ---------------------------------------------------

EAR = "THE WEATHER\nFair tonight and Sunday;\nwarmer.\n"
DATED = "VOL. XII. NO. 41. OAKDALE, IOWA, SATURDAY, MAY 6, 1916. ONE CENT.\n"
STORY_EN = (
    "\nMILL DAM GIVES WAY\n\n"
    "The old mill dam on Cedar creek gave way early this morning and the\n"
    "water flooded the lowlands below the town.\n"
)


def test_the_editions_ear_over_the_nameplate_is_not_its_name() -> None:
    # the weather's ear above both: the nameplate is found under its ears
    edition = parse(f"{EAR}\nTHE LAST EDITION\nEVENING JOURNAL\n{DATED}{STORY_EN}")
    assert edition.masthead is not None
    assert edition.masthead.paper == "EVENING JOURNAL"


# --- a broadcast's speakers, not its subheads ------------------------------------------------


def test_a_broadcasts_speakers_in_lenticular_brackets_are_no_subheads() -> None:
    text = (
        "솔뫼항 크레인 고장…하역 중단\n\n"
        "【앵커】\n"
        "솔뫼항 부두의 크레인이 멈춰 하역이 하루 종일 중단됐습니다. 한가람 기자입니다.\n"
        "【기자】\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈췄습니다. 복구는 내일 끝납니다.\n"
    )
    [item] = items(text)
    assert "subhead" not in [kind for kind, _ in item["body"]]
    # the speaker's label stays the text of the turn it opens, as before the round
    assert item["body"][0][1].startswith("【앵커】 솔뫼항 부두의 크레인이 멈춰")
    assert "【기자】 3일 오전" in item["body"][-1][1]
