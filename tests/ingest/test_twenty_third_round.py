"""What the nineteenth to twenty-third sets still missed (issue 14, twenty-third round),
rules for mechanisms that fail on more than one set: an English page's title over its
folio line or over a stacked headline, a folio's 'PAGE FOUR', want ads led by their head,
place notes and dash briefs set without blank lines, a bank wrapped on two lines, a
signature led by a dash, a nameplate with ears over it, and captions ending in a bare
agency, a copyright mark or a slash and a reporter. Each on a small made-up example of its
own, with a counter-example the rule must not fire on; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad import PHONE
from reader.ingest.banks import WRAPPED_BANK
from reader.ingest.brevities import BRIEF_START
from reader.ingest.credits import credit_suffix
from reader.ingest.en_rows import SIGNED_OFF
from reader.ingest.kicker_heads import KICKER_HEAD
from reader.ingest.label_pair import PAIR_OVER_STACK
from reader.ingest.masthead_ears import EARS
from reader.ingest.related_links import RELATED_LINK
from reader.ingest.tail_byline import TAIL_BYLINE
from reader.ingest.title_over_folio import TITLE_OVER_FOLIO
from reader.ingest.want_ads import WANT_AD
from tests.ingest.test_conventions import items, parse

# --- a page's title over its folio line ------------------------------------------------

FOLIO = "3 THE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919."
STORY = (
    "BARN BURNS NEAR TOWN\n\n"
    "The barn of Amos Reed was destroyed by fire on Tuesday night. The loss is $900.\n"
)


def test_a_title_over_a_folio_line_that_names_the_paper_is_the_pages_label() -> None:
    text = f"ORCHARD AND GARDEN\n\n{FOLIO}\n\n{STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE MAPLETON WEEKLY STAR"
    assert edition.masthead.date == "1919-06-06"
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "ORCHARD AND GARDEN"
    assert trace.rule("p1") == TITLE_OVER_FOLIO
    parse(text)  # nothing lost, spans exact


def test_a_nameplate_over_a_date_line_stays_the_papers_name() -> None:
    text = f"THE MAPLETON STAR\n\nFRIDAY, JUNE 6, 1919.\n\n{STORY}"
    edition = parse(text)
    assert edition.masthead is not None and edition.masthead.paper == "THE MAPLETON STAR"
    assert edition.pages[0].label is None


def test_a_folios_page_word_is_no_part_of_the_papers_name() -> None:
    text = f"PAGE SIX THE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919.\n\n{STORY}"
    edition = parse(text)
    assert edition.masthead is not None
    assert edition.masthead.paper == "THE MAPLETON WEEKLY STAR"


# --- a title of two names joined by AND over a stacked headline --------------------------

PAIR = (
    "CHURCH AND SCHOOL\n\n"
    "NEW PASTOR COMES\n"
    "TO GRACE CHURCH\n"
    "The Rev. Silas Munro of Dayton will take up his work at Grace church on Sunday.\n\n"
    "SCHOOL BOARD MEETS\n"
    "The school board met on Monday night and hired two new teachers for the fall.\n"
)


def test_a_title_of_two_names_joined_by_and_over_a_stack_is_the_label() -> None:
    edition, trace = explain_text(PAIR)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "CHURCH AND SCHOOL"
    assert trace.rule("p1") == PAIR_OVER_STACK
    assert [i["headline"] for i in items(PAIR)] == [
        "NEW PASTOR COMES TO GRACE CHURCH",
        "SCHOOL BOARD MEETS",
    ]


def test_a_headline_tier_naming_two_over_its_bank_line_stays_the_headline() -> None:
    text = (
        "SMITH AND JONES\n\n"
        "Partners in Feed Store Dissolve Their Firm\n"
        "The firm of Smith and Jones, dealers in feed, was dissolved on Monday by consent.\n"
    )
    edition = parse(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "SMITH AND JONES"


# --- want ads led by their head ---------------------------------------------------------

WANTS = (
    "FOR SALE—Two good milk cows, fresh in\n"
    "April. Phone 318.\n\n"
    "WANTED—Boy to work in grocery after\n"
    "school. Apply Hart's store.\n"
)


def test_a_want_ad_led_by_its_head_is_an_ad_titled_by_it() -> None:
    edition, trace = explain_text(WANTS)
    got = items(WANTS)
    assert [i["title"] for i in got] == ["FOR SALE", "WANTED"]
    assert got[1]["blocks"] == [
        ("paragraph", "Boy to work in grocery after school. Apply Hart's store.")
    ]
    assert WANT_AD in trace.rule("p1-1")


def test_place_notes_led_by_run_in_heads_stay_articles() -> None:
    text = (
        "PINE GROVE.—Miss Ada Keel spent Sunday with her aunt at the mill.\n\n"
        "EAST BEND.—The school at East Bend will close for the summer on Friday.\n"
    )
    got = items(text)
    assert [i["headline"] for i in got] == ["PINE GROVE", "EAST BEND"]


# --- place notes and dash briefs set without a blank line -----------------------------

NOTES = (
    "AROUND THE COUNTY\n\n"
    "PINE GROVE.—Miss Ada Keel spent Sunday\n"
    "with her aunt at the mill on the river.\n"
    "Ben Cole has bought the Hanes farm.\n"
    "EAST BEND.—The school at East Bend\n"
    "will close for the summer on Friday.\n"
)


def test_a_run_in_head_after_a_sentences_end_starts_a_note() -> None:
    got = items(NOTES)
    assert [i["headline"] for i in got] == ["PINE GROVE", "EAST BEND"]
    # one note alone after a story's sentence: the cut is the new rule's
    _, trace = explain_text(
        "LODGE MEETINGS\n\nThe lodges meet at the usual hours this week, as below.\n"
        "MASONIC.—Alden Lodge No. 21 will hold a\nstated communication on Monday evening.\n"
    )
    assert BRIEF_START in trace.rule("p1-1")


def test_a_capital_word_inside_a_sentence_starts_no_note() -> None:
    text = (
        "AROUND THE COUNTY\n\n"
        "PINE GROVE.—Miss Ada Keel spent Sunday\n"
        "with her aunt at the mill, and then went\n"
        "EAST with her brother to see the fair.\n"
    )
    [note] = items(text)
    assert len(note["body"]) == 1


TIGHT_BRIEFS = (
    "BRIDE IS HONORED\n\n"
    "Mrs. Ora Flint gave a tea for the bride on\n"
    "Tuesday afternoon at her home on Ash street.\n\n"
    "—Mrs. Ruth Bell is visiting her sister in Columbus.\n"
    "—Dr. and Mrs. Lee Hart are home from a\n"
    "week at the lakes.\n"
)


def test_dash_briefs_set_tight_after_a_blank_line_are_items_each() -> None:
    got = items(TIGHT_BRIEFS)
    assert [i["body"] for i in got[1:]] == [
        [("lead", "Mrs. Ruth Bell is visiting her sister in Columbus.")],
        [("lead", "Dr. and Mrs. Lee Hart are home from a week at the lakes.")],
    ]


# --- a deck bank wrapped on two lines -------------------------------------------------

BANK = (
    "STRIKE VOTE TAKEN\n"
    "BY RAIL BROTHERHOODS\n\n"
    "Members Poll Their Lodges in Every\n"
    "Division on the Lake Line\n\n"
    "CLEVELAND, Sept. 12.—Members of the four brotherhoods began voting this afternoon.\n"
)


def test_a_title_case_bank_wrapped_on_two_lines_is_one_deck_entry() -> None:
    [story] = items(BANK)
    assert story["deck"] == ["Members Poll Their Lodges in Every Division on the Lake Line"]
    _, trace = explain_text(BANK)
    assert WRAPPED_BANK in trace.rule("p1-1")


def test_a_modern_headline_over_its_deck_stays_two_entries() -> None:
    text = (
        "Harbor Dredging Set to Begin in May\n"
        "Channel Work to Close Pier Three\n\n"
        "The port authority said work would last six weeks and cost $2 million in all.\n"
    )
    [story] = items(text)
    assert story["headline"] == "Harbor Dredging Set to Begin in May"


# --- a signature led by a dash, its role closed on a stop -------------------------------


def test_a_dash_signature_whose_role_ends_on_a_stop_is_the_byline() -> None:
    text = (
        "SEED CORN SHOULD BE TESTED\n\n"
        "Farmers are urged to test their seed corn before planting this spring.\n\n"
        "—R. T. Vance, County Agent.\n"
    )
    [story] = items(text)
    assert story["bylines"] == [("R. T. Vance", "County Agent", None, None)]
    assert story["body"] == [
        ("lead", "Farmers are urged to test their seed corn before planting this spring.")
    ]


def test_a_dash_brief_with_a_comma_is_no_signature() -> None:
    text = (
        "LOCAL BREVITIES\n\n"
        "—Miss Ada Keel, who has been ill, is better.\n\n"
        "—Ben Cole, the grocer, is in Toledo on business.\n"
    )
    got = items(text)
    assert all(not i["bylines"] for i in got)


# --- a nameplate with ears above it ---------------------------------------------------

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


# --- captions that end in a credit ----------------------------------------------------


def test_a_caption_may_end_in_an_agency_a_copyright_mark_or_a_reporter() -> None:
    assert credit_suffix("선수들이 환호하고 있다. 연합뉴스") == "연합뉴스"
    assert credit_suffix("대표가 웃고 있다. ⓒ한빛뉴스") == "ⓒ한빛뉴스"
    assert credit_suffix("등산객들이 걷고 있다. /누리뉴스 김하나 기자") == "/누리뉴스 김하나 기자"


def test_an_agency_named_inside_a_sentence_credits_nothing() -> None:
    assert credit_suffix("그는 말했다. 연합뉴스가 처음 보도했다.") is None
    assert credit_suffix("연합뉴스") is None


def test_a_caption_ending_in_a_bare_agency_is_no_part_of_the_lead() -> None:
    text = (
        "한빛FC, 리그 우승\n\n"
        "한빛FC 선수들이 23일 경기에서 이긴 뒤 환호하고 있다. 연합뉴스\n\n"
        "한빛FC가 시즌 마지막 경기에서 역전승을 거두고 정상에 올랐다.\n"
    )
    [story] = items(text)
    assert story["body"][0] == (
        "caption",
        "한빛FC 선수들이 23일 경기에서 이긴 뒤 환호하고 있다. 연합뉴스",
    )
    assert story["body"][1][0] == "lead"


LETTERS = (
    "THE MILL ROAD\n"
    "The township has let the mill road go\n"
    "since the thaw, and it is time it acted.\n\n"
    "THE READERS' FORUM\n"
    "Mend the Mill Road\n"
    "To the Editor:—The mill road has been\n"
    "in bad shape since the thaw. Who is to\n"
    "fix it?\n"
    "—A. B. HALE, Farmer.\n"
    "Open the Reading Room\n"
    "To the Editor:—The reading room should\n"
    "stay open until nine in the evening.\n"
)


def test_the_line_after_a_dash_signature_starts_anew() -> None:
    got = items(LETTERS)
    signed = next(i for i in got if i["bylines"])
    assert signed["bylines"] == [("A. B. HALE", "Farmer", None, None)]
    assert not any("Open the Reading Room" in t for _, t in signed["body"])
    _, trace = explain_text(LETTERS)
    assert any(SIGNED_OFF in rule for rule in trace.notes.values())


def test_a_dash_signature_with_no_role_stop_still_runs_on_into_nothing() -> None:
    """A dash brief in a run runs on to its next line: no signature, no cut after it."""
    text = (
        "LOCAL BREVITIES\n\n"
        "—Mrs. Ora Flint of Ash street is visiting\n"
        "her sister in Dayton for the week.\n"
        "—Ben Cole has bought the Hanes farm west\n"
        "of town for $4,000 cash.\n"
    )
    got = items(text)
    assert [i["body"][0][1] for i in got[-2:]] == [
        "Mrs. Ora Flint of Ash street is visiting her sister in Dayton for the week.",
        "Ben Cole has bought the Hanes farm west of town for $4,000 cash.",
    ]


# --- a headline led by its kicker in brackets after a poem ------------------------------

KICKED = (
    "[시 당선작] 항구의 저녁\n\n"
    "김바다\n\n"
    "저녁 항구에 배가 들고\n"
    "갈매기가 먼저 내려앉는다\n"
    "그물 냄새가 골목을 돌아\n"
    "우리 집 창까지 온다\n\n"
    "[당선소감] 오래 걸어온 문장들\n\n"
    "당선 소식을 들은 것은 퇴근길 버스 안이었다. 한참 동안 아무 말도 하지 못했다.\n"
)


def test_a_kicker_headline_after_a_poem_starts_an_item() -> None:
    got = items(KICKED)
    assert [i["headline"] for i in got] == [
        "[시 당선작] 항구의 저녁",
        "[당선소감] 오래 걸어온 문장들",
    ]
    _, trace = explain_text(KICKED)
    assert KICKER_HEAD in trace.rule("p1-2")


def test_a_kicker_line_under_a_headline_is_its_deck_and_in_a_listing_its_heading() -> None:
    deck = (
        "시청 앞 광장 새단장\n\n"
        "[현장] 분수대 다시 물 뿜는다\n\n"
        "시청 앞 광장이 석 달 공사를 마치고 23일 다시 문을 열었다.\n"
    )
    [story] = items(deck)
    assert story["headline"] == "시청 앞 광장 새단장"
    listing = (
        "[인사] 한빛시\n\n▲기획조정실장 김하나 ▲총무과장 이두리\n\n"
        "[인사] 한빛교육청\n\n▲행정국장 박세라\n"
    )
    got = items(listing)
    assert [i["headline"] for i in got] == ["[인사] 한빛시", "[인사] 한빛교육청"]


# --- a web copy's caption led by '▲', and its related links ---------------------------

WEB = (
    "[단독] 한빛시 재단, 채용 특혜 의혹\n\n"
    "김하나 기자 hana@nurinews.kr\n\n"
    "▲ 한빛시문화재단 사옥 전경. ⓒ 누리뉴스 자료사진\n\n"
    "한빛시 산하 문화재단이 경력직 채용에서 퇴직 간부의 자녀를 뽑은 것으로 확인됐다.\n\n"
    "재단 관계자는 특혜는 없었다고 해명했다.\n\n"
    "관련기사\n\n"
    "▶ 재단 이사장 “채용 절차 적법했다”\n\n"
    "▶ 시의회, 출연기관 채용 전수조사 요구\n"
)


def test_a_caption_led_by_a_triangle_and_ending_in_its_credit_is_a_caption() -> None:
    [story] = items(WEB)
    assert story["headline"] == "[단독] 한빛시 재단, 채용 특혜 의혹"
    assert story["body"][0] == ("caption", "한빛시문화재단 사옥 전경. ⓒ 누리뉴스 자료사진")
    assert story["body"][1][0] == "lead"


def test_links_under_related_stories_are_bullets() -> None:
    [story] = items(WEB)
    assert story["body"][-3:] == [
        ("subhead", "관련기사"),
        ("bullet", "재단 이사장 “채용 절차 적법했다”"),
        ("bullet", "시의회, 출연기관 채용 전수조사 요구"),
    ]
    _, trace = explain_text(WEB)
    assert RELATED_LINK in trace.rule("p1-1", f"body.{len(story['body']) - 1}")


def test_a_marked_subhead_with_no_related_title_over_it_stays_a_subhead() -> None:
    text = (
        "시청 앞 광장 새단장\n\n"
        "시청 앞 광장이 석 달 공사를 마치고 23일 다시 문을 열었다.\n\n"
        "▶ 분수대 다시 가동\n\n"
        "광장 한가운데 분수대도 다시 물을 뿜기 시작했다.\n"
    )
    [story] = items(text)
    assert ("subhead", "분수대 다시 가동") in story["body"]
    assert credit_suffix("▲ 김 의원이 발언하고 있다.") is None  # a scene without a credit


# --- a reporter's byline at the end of a corpus line ----------------------------------

CORPUS = (
    "도심 공원 야간 개방 확대\n"
    "한빛시는 다음 달부터 공원 12곳의 개방 시간을 밤 11시까지 늘린다고 18일 밝혔다. "
    "김하늘 기자 sky@hanbit.example.kr\n"
    "수능 영어 1등급 비율 5.8%\n"
    "평가원은 올해 영어 1등급 비율이 5.8%로 집계됐다고 밝혔다.\n"
)


def test_a_reporters_byline_and_email_at_a_lines_end_is_the_byline() -> None:
    got = items(CORPUS)
    assert got[0]["bylines"] == [("김하늘", "기자", "sky@hanbit.example.kr", None)]
    assert got[0]["body"] == [
        ("lead", "한빛시는 다음 달부터 공원 12곳의 개방 시간을 밤 11시까지 늘린다고 18일 밝혔다.")
    ]
    _, trace = explain_text(CORPUS)
    assert any(TAIL_BYLINE in rule for rule in trace.notes.values())


def test_a_name_and_reporter_inside_a_sentence_stay_text() -> None:
    text = (
        "기자상 시상식 열려\n\n"
        "올해 기자상은 김하늘 기자 sky@hanbit.example.kr 에게 돌아갔다고 협회가 밝혔다.\n"
    )
    [story] = items(text)
    assert story["bylines"] == []


# --- a second group of a personnel box, its label in angle brackets -----------------------

BOX = (
    "■ 인사\n\n"
    "◇한빛시청\n\n"
    "▲기획조정실장 김하나 ▲총무과장 이두리\n\n"
    "◇한빛경찰서\n\n"
    "<경정 전보>\n\n"
    "▲생활안전과장 박세라 ▲교통과장 최누리\n"
)


def test_a_second_group_over_a_bracketed_label_stays_in_the_box() -> None:
    [box] = items(BOX)
    assert box["headline"] == "인사"
    assert box["body"][-4:] == [
        ("subhead", "한빛경찰서"),
        ("subhead", "경정 전보"),
        ("bullet", "생활안전과장 박세라"),
        ("bullet", "교통과장 최누리"),
    ]


def test_a_marked_headline_over_text_after_a_brief_still_starts_the_next() -> None:
    text = (
        "■ 알림\n\n"
        "시청 민원실이 23일 하루 문을 닫습니다.\n\n"
        "◇정정\n\n"
        "<바로잡습니다>\n\n"
        "어제 3면 기사의 날짜를 바로잡습니다.\n"
    )
    assert [i["headline"] for i in items(text)][:2] == ["알림", "정정"]


def test_a_towns_short_number_after_phone_is_a_contact() -> None:
    got = items(WANTS)
    assert got[0]["blocks"] == [
        ("paragraph", "Two good milk cows, fresh in April."),
        ("contact", "phone", "318", "318", "Phone"),
    ]
    assert [m.group() for m in PHONE.finditer("Phone 1183-J. Phone 12345678. Call 418.")] == [
        "1183-J"
    ]


# --- a bank right over the lead's dateline ---------------------------------------------

DATED_BANK = (
    "BRIDGE BIDS OPENED\n"
    "The county opened bids for the new bridge today.\n\n"
    "MILL BURNS\n"
    "AT EASTON\n"
    "Loss Placed at $9,000; Ten\n"
    "Men Out of Work\n"
    "EASTON, O., March 14.—Fire de-\n"
    "stroyed the planing mill of the Eas-\n"
    "ton Lumber company early today.\n"
)


def test_a_title_case_bank_over_the_leads_dateline_is_the_deck() -> None:
    story = items(DATED_BANK)[1]
    assert story["headline"] == "MILL BURNS AT EASTON"
    assert story["deck"] == ["Loss Placed at $9,000; Ten Men Out of Work"]
    assert story["body"][0][1].startswith("EASTON, O., March 14.—Fire destroyed")


def test_a_lead_in_title_case_words_over_no_dateline_stays_the_lead() -> None:
    text = (
        "BRIDGE BIDS OPENED\n"
        "The county opened bids for the new bridge today.\n\n"
        "MILL BURNS\n"
        "AT EASTON\n"
        "Fire Chief Amos Hale Says the Loss\n"
        "is about $9,000 and ten men are out of work.\n"
    )
    story = items(text)[1]
    assert story["deck"] == []
