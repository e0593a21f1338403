"""The twelfth blind set's misses as conventions (issue 14, fourteenth round), on small
made-up examples of their own. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.en_heads import EN_AFTER_SIGNED
from reader.ingest.entries import INFO_ENTRY_RULE
from reader.ingest.label import NOTICES_RULE
from reader.ingest.listing import BARE_LABELS
from reader.ingest.runs import STANDING_ENTRIES
from reader.ingest.story_ends import (
    EN_AFTER_BRIEFS,
    EN_NEXT_BRIEF,
    EN_TITLE_OVER_BRIEFS,
    NAME_OVER_ITS_STORY,
    NOTICE_AFTER_LISTING,
    SUBHEAD_OF_COLUMN,
)
from tests.ingest.test_conventions import LEAD, MORE, items, parse

# --- a page without blank lines: a notice after a listing, a column's subhead -----------

PERSONNEL_AND_NOTICE = (
    f"누리시 새 청사 착공\n{LEAD}\n한가람 기자 hgr@nuri.example\n"
    "[인사] 누리시\n◇국장급 ▲복지국장 한누리 ▲안전국장 박하늘\n"
    "◇과장급 ▲예산과장 조은별 ▲도시과장 문바다\n"
    "[안내] 누리소식은 다음 주부터 목요일에 나옵니다. 문의는 시청 홍보과로 해 주십시오.\n"
)


def test_a_one_line_notice_after_a_listing_is_its_own_item() -> None:
    story, listing, notice = items(PERSONNEL_AND_NOTICE)
    assert listing["headline"] == "[인사] 누리시"
    assert listing["body"][-1] == ("bullet", "도시과장 문바다")
    assert notice["headline"] is None
    assert notice["body"] == [("lead", PERSONNEL_AND_NOTICE.splitlines()[-1])]
    _, trace = explain_text(PERSONNEL_AND_NOTICE)
    assert any(NOTICE_AFTER_LISTING in why for why in trace.notes.values())


COLUMN_WITH_SUBHEAD = (
    f"[누리 건강 교실] 봄철 어지럼증\n{LEAD}\n{MORE}\n걷기로 다스리기\n"
    "아침에 30분쯤 걷는 것이 좋다. 물을 자주 마시는 것도 도움이 된다.\n"
    "한누리 누리한의원 원장\n"
    f"가람시 도서관 야간 개방\n{LEAD}\n"
)


def test_a_subhead_inside_a_signed_column_on_a_page_without_blank_lines() -> None:
    column, story = items(COLUMN_WITH_SUBHEAD)
    assert column["body"] == [
        ("lead", LEAD),
        ("paragraph", MORE),
        ("subhead", "걷기로 다스리기"),
        ("paragraph", "아침에 30분쯤 걷는 것이 좋다. 물을 자주 마시는 것도 도움이 된다."),
    ]
    assert column["bylines"] == [("한누리", "누리한의원 원장", None, None)]
    assert story["headline"] == "가람시 도서관 야간 개방"
    _, trace = explain_text(COLUMN_WITH_SUBHEAD)
    assert any(SUBHEAD_OF_COLUMN in why for why in trace.notes.values())


def test_a_column_labelled_headline_after_a_signed_column_is_no_subhead() -> None:
    text = (
        f"[누리 건강 교실] 봄철 어지럼증\n{LEAD}\n한누리 누리한의원 원장\n"
        f"[독자 마당] 공원에 그늘을\n{MORE}\n박하늘 회사원(누리시 동구)\n"
    )
    first, second = items(text)
    assert second["headline"] == "[독자 마당] 공원에 그늘을"
    assert second["bylines"] == [("박하늘", "회사원", None, None)]


# --- credits and signatures close the item above --------------------------------------


def test_an_answering_credit_closes_the_question_column_above() -> None:
    text = (
        "[건강 상담] 무릎이 아픈데요\n문: 예순 살입니다. 계단을 오를 때 무릎이 아픕니다.\n"
        "답: 연골이 닳았을 수 있습니다. 진료를 받아 보십시오.\n"
        "답변=한가람 누리대병원 정형외과 교수\n"
        f"경로당 요가 강사 모집\n{LEAD}\n"
    )
    qa, story = items(text)
    assert qa["bylines"] == [("한가람", "누리대병원 정형외과 교수", None, None)]
    assert story["headline"] == "경로당 요가 강사 모집"
    assert story["deck"] == []


def test_a_dashed_signature_is_a_byline_not_a_bullet_over_what_follows() -> None:
    text = (
        f"[절기 이야기] 곡우\n\n{LEAD}\n\n{MORE}\n\n― 한누리 누리민속박물관 학예사\n\n"
        "이번 주 물때\n\n지역\t만조\t간조\n누리\t05:12\t11:40\n가람\t05:40\t12:02\n"
    )
    column, table = items(text)
    assert column["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert column["bylines"] == [("한누리", "누리민속박물관 학예사", None, None)]
    assert table["headline"] == "이번 주 물때"


# --- speaker-labelled questions and answers; entries that group nothing ----------------

HEARING = (
    f"상임위, 교통요금 공방\n\n{LEAD}\n\n[주요 문답]\n\n"
    "▶한누리 의원(누리당)=요금 인상 근거가 무엇인가.\n\n"
    "▶박하늘 교통부 장관=적자가 쌓여 불가피하다.\n\n"
    "▶한 의원=서민 부담은 생각했나.\n\n"
    "▶박 장관=할인 제도를 함께 늘리겠다.\n\n"
    "조은별 기자\n"
)


def test_speaker_labelled_turns_are_questions_and_answers_by_title() -> None:
    [item] = items(HEARING)
    assert item["body"] == [
        ("lead", LEAD),
        ("subhead", "주요 문답"),
        ("question", "한누리 의원(누리당)=요금 인상 근거가 무엇인가."),
        ("answer", "박하늘 교통부 장관=적자가 쌓여 불가피하다."),
        ("question", "한 의원=서민 부담은 생각했나."),
        ("answer", "박 장관=할인 제도를 함께 늘리겠다."),
    ]
    _, trace = explain_text(HEARING)
    assert any("speaker labelled" in why for why in trace.notes.values())


def test_diamond_lines_that_group_nothing_are_a_schedules_entries() -> None:
    text = (
        f"누리시의회 개회\n\n{LEAD}\n\n한가람 기자\n\n의회 오늘의 일정\n\n"
        "◇본회의(오후 2시) 시정질문\n◇행정위원회(오전 10시) 조례 심사\n"
        "◇복지위원회(오전 10시) 예산 심사\n"
    )
    _, schedule = items(text)
    assert schedule["body"] == [
        ("bullet", "본회의(오후 2시) 시정질문"),
        ("bullet", "행정위원회(오전 10시) 조례 심사"),
        ("bullet", "복지위원회(오전 10시) 예산 심사"),
    ]
    _, trace = explain_text(text)
    assert any(BARE_LABELS in why for why in trace.notes.values())


def test_diamond_labels_over_triangle_entries_still_group_them() -> None:
    _, listing, _ = items(PERSONNEL_AND_NOTICE)
    assert listing["body"][0] == ("subhead", "국장급")


def test_named_triangle_entries_on_one_line_are_entries_not_one_answer() -> None:
    line = "△결승골=한누리(2골) △도움=박하늘(1도움) △최우수선수=조은별"
    [item] = items(f"누리FC 첫 승\n\n{LEAD}\n\n{MORE}\n\n{line}\n\n한가람 기자\n")
    assert item["body"] == [
        ("lead", LEAD),
        ("paragraph", MORE),
        ("bullet", "결승골=한누리(2골)"),
        ("bullet", "도움=박하늘(1도움)"),
        ("bullet", "최우수선수=조은별"),
    ]


def test_an_answer_marked_with_a_triangle_stays_an_answer() -> None:
    text = f"누리시장 인터뷰\n\n{LEAD}\n\n▲ 올해 목표는.\n\n△ 골목상권을 살리는 것이다.\n"
    [item] = items(text)
    assert item["body"][-1] == ("answer", "골목상권을 살리는 것이다.")


def test_an_info_box_under_a_review_is_entries_not_subheads() -> None:
    box = "▷주소: 누리시 동구 시장길 7\n▷전화: 061-000-1234\n▷영업: 오전 11시∼오후 8시"
    text = f"할머니 손칼국수\n\n{LEAD}\n\n{MORE}\n\n{box}\n\n한가람 기자\n"
    [item] = items(text)
    assert item["body"][2:] == [
        ("bullet", "주소: 누리시 동구 시장길 7"),
        ("bullet", "전화: 061-000-1234"),
        ("bullet", "영업: 오전 11시∼오후 8시"),
    ]
    _, trace = explain_text(text)
    assert any(INFO_ENTRY_RULE in why for why in trace.notes.values())


# --- English: a story after a signed one, briefs under a title, a sponsor's box ---------

EN_LEAD = (
    "The county opened its new bus depot on Monday, two months ahead of schedule and under budget."
)
EN_MORE = "Drivers said the larger bays would make winter mornings far easier for everyone."
NEWSLETTER = (
    "Tin Roof Weekly\nwww.tinroof.example\nIssue 40 · Monday, May 4, 2026\n\n"
    "Depot Opens Early\n\nBy Lena Marsh\nStaff Writer\n\n"
    f"{EN_LEAD}\n\nWhat riders get from June 1:\n\n"
    "• Buses every ten minutes.\n• A heated waiting room.\n\n"
    f"{EN_MORE}\n\n"
    "Why Your Furnace Needs a Spring Check\n\n"
    "Furnaces fail most often in the first cold week. We asked a technician what to do now.\n\n"
    "Q: How often should I change the filter?\nA: Every three months, or monthly with pets.\n\n"
    "— Omar Hale, heating technician\n\n"
    "Short Takes\n\n"
    "Library Adds Sunday Hours\n"
    "The main library will open from noon to five on Sundays starting next week.\n\n"
    "Pool Reopens After Repairs\n"
    "The town pool reopened Saturday after a month of repairs to its filter pumps.\n\n"
    "Brightline Plumbing: Fixed Today\n\n"
    "- Same-day visits across the county\n- No call-out fee on weekdays\n\n"
    "www.brightline.example\nhello@brightline.example\n"
)


def test_an_english_newsletter_splits_at_its_stories_briefs_and_sponsor() -> None:
    edition = parse(NEWSLETTER)
    assert edition.masthead is not None and edition.masthead.url == "www.tinroof.example"
    story, qa, title, one, two, sponsor = items(NEWSLETTER)
    assert story["body"][1] == ("paragraph", "What riders get from June 1:")
    assert story["bylines"] == [("Lena Marsh", "Staff Writer", None, None)]
    assert qa["headline"] == "Why Your Furnace Needs a Spring Check"
    assert qa["bylines"] == [("Omar Hale", "heating technician", None, None)]
    assert (title["headline"], title["body"]) == ("Short Takes", [])
    assert one["headline"] == "Library Adds Sunday Hours"
    assert two["headline"] == "Pool Reopens After Repairs"
    assert sponsor["title"] == "Brightline Plumbing: Fixed Today"
    _, trace = explain_text(NEWSLETTER)
    rules = " ".join(trace.notes.values())
    for rule in (EN_TITLE_OVER_BRIEFS, EN_NEXT_BRIEF, EN_AFTER_BRIEFS, EN_AFTER_SIGNED):
        assert rule in rules


def test_a_title_over_one_brief_that_ends_the_page_is_read_without_a_crash() -> None:
    """A title needs two briefs under it: over the page's last brief it opens nothing."""
    text = NEWSLETTER[: NEWSLETTER.index("Pool Reopens")].rstrip() + "\n"
    assert text.endswith("starting next week.\n")
    *_, last = items(text)
    assert last["body"][-1][1].endswith("starting next week.")
    _, trace = explain_text(text)
    assert EN_TITLE_OVER_BRIEFS not in " ".join(trace.notes.values())


def test_a_title_case_subhead_of_a_signed_feature_stays_in_it() -> None:
    text = (
        "Depot Opens Early\n\nBy Lena Marsh\nStaff Writer\n\n"
        f"{EN_LEAD}\n\nA Depot Older Than the Town\n\n{EN_MORE}\n"
    )
    [item] = items(text)
    assert item["body"][1] == ("subhead", "A Depot Older Than the Town")


# --- obituaries: a name over its story; entries under a standing title -----------------

OBITS = (
    "OBITUARIES\n\nRuth Anne Pell\n\n"
    "Ruth Anne Pell, 90, of Dunmore, died on Tuesday at the home she built with her husband.\n\n"
    "She kept bees for sixty years and sold honey at the county fair every August.\n\n"
    "Walter J. Brisk\n\n"
    "Walter J. Brisk, 72, a retired mail carrier in Dunmore, died Sunday after a short illness.\n\n"
    "He is survived by his wife, Ida, and three sons.\n\n"
    "DEATH NOTICES\n\n"
    "ABLE, Jon P., 88, of Dunmore, May 1. Arrangements by Pine Funeral Home.\n"
    "BRANT, Mae L., 67, of Elk Falls, May 2. Private services.\n"
    "COLE, Ray, 59, of Dunmore, May 3. Arrangements by Hill & Sons.\n"
)


def test_a_name_over_text_that_opens_with_it_starts_an_obituary() -> None:
    first, second, notices = items(OBITS)
    assert first["headline"] == "Ruth Anne Pell"
    assert second["headline"] == "Walter J. Brisk"
    assert second["body"][0][0] == "lead"
    _, trace = explain_text(OBITS)
    assert any(NAME_OVER_ITS_STORY in why for why in trace.notes.values())


def test_unmarked_entries_under_a_death_notices_title_are_bullets() -> None:
    *_, notices = items(OBITS)
    assert notices["headline"] == "DEATH NOTICES"
    assert notices["deck"] == []
    assert [kind for kind, _ in notices["body"]] == ["bullet"] * 3
    _, trace = explain_text(OBITS)
    assert any(STANDING_ENTRIES in why for why in trace.notes.values())


def test_a_police_logs_entries_stay_paragraphs() -> None:
    text = (
        "Town Meeting Set\n\nThe select board will meet on Monday to vote on the budget.\n\n"
        "POLICE LOG\n\nMay 1 — A caller reported a loose horse on Elm Street.\n"
        "May 2 — Officers helped a driver whose car slid into a ditch.\n"
    )
    *_, log = items(text)
    assert log["body"][0][0] == "lead"


# --- an English deck printed over several lines ----------------------------------------


def test_a_deck_broken_over_lines_is_one_deck_entry() -> None:
    text = (
        "COUNCIL VOTES\nNEW WATER TAX\n\n"
        "Aldermen Approve Levy of Two Mills\nfor Repair of Reservoir\n\n"
        "The city council voted last night to raise the water tax by two mills to pay for "
        "repairs to the north reservoir.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Aldermen Approve Levy of Two Mills for Repair of Reservoir"]


def test_a_headline_over_its_deck_in_one_block_stays_apart() -> None:
    text = (
        "Harbor dredging set to begin in May\nChannel work to close Pier 3\n\n"
        "The port authority said dredging of the main channel will start on May 4 and take "
        "six weeks.\n"
    )
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (
        "Harbor dredging set to begin in May",
        ["Channel work to close Pier 3"],
    )


# --- public notices: numbered headings, the issuer's date and name ----------------------

NOTICES = (
    "공고\n\n용역 입찰 공고\n\n누리시 공고 제2026-7호\n\n"
    "1. 입찰에 부치는 사항\n- 건명: 누리시 가로등 교체 용역\n- 추정가격: 84,000,000원\n\n"
    "2. 참가 자격\n- 전기공사업 등록업체\n\n"
    "문의: 누리시청 회계과 ☎ 061-000-1234\n\n2026년 5월 4일\n\n누리시장\n\n"
    "공유재산 매각 공고\n\n누리시 동구 시장길 7 대지 120㎡를 일반경쟁입찰로 매각합니다.\n\n"
    "재산관리팀 ☎ 061-000-5678\n"
)


def test_numbered_headings_of_a_notice_keep_their_numbers() -> None:
    tender, _ = items(NOTICES)
    assert ("heading", "1. 입찰에 부치는 사항") in tender["blocks"]
    assert ("heading", "2. 참가 자격") in tender["blocks"]
    assert ("list", ["건명: 누리시 가로등 교체 용역", "추정가격: 84,000,000원"]) in tender["blocks"]


def test_the_issuers_date_and_name_close_the_notice_above() -> None:
    tender, sale = items(NOTICES)
    assert tender["blocks"][-2:] == [("paragraph", "2026년 5월 4일"), ("paragraph", "누리시장")]
    assert sale["title"] == "공유재산 매각 공고"


def test_notices_under_a_legal_notices_label_are_ads() -> None:
    text = (
        "LEGAL NOTICES\n\nNOTICE TO CREDITORS\n\nPROBATE COURT OF ELK COUNTY\n\n"
        "In re the Estate of RUTH PELL, Deceased.\n\n"
        "All persons having claims against the estate must present them within four months "
        "of the first publication of this notice.\n\n(555) 301-0000\n\n"
        "NOTICE OF HEARING\n\nThe town board will hold a public hearing on May 9 at 7 p.m. "
        "in the town hall to consider a new parking ordinance for Main Street.\n"
    )
    edition, trace = explain_text(text)
    [page] = edition.pages
    assert page.section == "LEGAL NOTICES"
    first, second = items(text)
    assert (first["title"], second["title"]) == ("NOTICE TO CREDITORS", "NOTICE OF HEARING")
    assert first["blocks"][0] == ("heading", "PROBATE COURT OF ELK COUNTY")
    assert any(NOTICES_RULE in why for why in trace.notes.values())


def test_a_capitalised_word_over_a_story_is_no_notices_label() -> None:
    text = (
        "NOTICES\n\nTown Hall Closed Friday\n\nThe town hall will be closed on Friday for "
        "repairs to its heating system, the clerk said on Monday.\n"
    )
    [item] = items(text)
    assert "title" not in item


def test_an_old_ads_price_lines_are_a_list_and_its_exchange_phone_a_contact() -> None:
    text = (
        "COUNCIL MEETS TO-NIGHT\n\nThe city council will meet to-night to hear the report "
        "of the street committee on the paving of Elm street.\n\n\n"
        "PARKER'S HARDWARE STORE\n\nSnow Shovels $1.25\nCoal Hods, each $0.89\n\n"
        "12 Elm Street. Phone Elm 88\n"
    )
    _, ad = items(text)
    assert ad["blocks"] == [
        ("list", ["Snow Shovels $1.25", "Coal Hods, each $0.89"]),
        ("paragraph", "12 Elm Street."),
        ("contact", "phone", "Elm 88", "Elm 88", "Phone"),
    ]


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


def test_a_deck_line_opening_on_a_preposition_goes_on_from_the_one_above() -> None:
    text = (
        "DAM GATES OPENED\nAS RIVER RISES\n"
        "Engineers Lower Lake Level\nAfter Two Days of Rain\n"
        "The gates of the Elk dam were opened last\nnight as the river rose two feet above\n"
        "its usual level, and engineers said the\nlake would be lowered by morning.\n"
        "Families along the lower road were told\nto watch the water through the night.\n"
    )
    [item] = items(text)
    assert item["deck"] == ["Engineers Lower Lake Level After Two Days of Rain"]


def test_a_lead_opening_on_a_preposition_is_not_joined_to_its_headline() -> None:
    text = (
        "Mayor resigns\nIn a letter to the council on Monday, Mayor Ruth Pell said she would\n"
        "step down at the end of the month to care for her mother in Elk Falls.\n"
        "Council members said they would name an acting mayor at the next\n"
        "meeting, set for the first Tuesday of June at the town hall.\n"
    )
    [item] = items(text)
    assert item["headline"] == "Mayor resigns"
