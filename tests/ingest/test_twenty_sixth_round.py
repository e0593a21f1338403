"""What the nineteenth to thirty-first sets still missed (issue 14, twenty-sixth round).
Each convention on a small made-up example of its own, with a near miss the rule must not
fire on; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_marks import PAPER_TABLE
from reader.ingest.brevities import STANDING_CUT
from reader.ingest.credits import credit_suffix
from reader.ingest.en_rows import dateline_over
from reader.ingest.figure_rows import COLUMN_HEADS, column_heads
from reader.ingest.label import notices_label
from reader.ingest.lines import Line, Para
from reader.ingest.notices_title import NOTICES_TITLE, UNDER_NOTICES_TITLE, notices_title
from reader.ingest.tab_head import HABIT_HEAD
from reader.ingest.web_foot import WEB_FOOT, foot_line, web_foot
from reader.ingest.web_head import ADDRESS_UNDER, SECTION_STAMP
from tests.ingest.test_conventions import items

# --- a corpus's brief of one short sentence ----------------------------------------------

CORPUS = (
    "솔뫼군, 내년 예산 9천억원 편성 | 솔뫼군이 내년 예산안을 올해보다 4% 늘어난 9천억원 규모로 "
    "짜 12일 군의회에 냈다고 밝혔다.\n"
    "시장 주차장 80면 늘린다 | 군은 내년 6월까지 중앙시장 뒤편 공터에 주차장 80면을 새로 만든다고 "
    "3일 밝혔다.\n"
)


def test_a_short_brief_on_a_page_of_corpus_lines_is_cut_at_its_bar() -> None:
    text = f"{CORPUS}솔뫼 오일장 백 년 잔치 | 솔뫼 오일장이 6일 백 년 잔치를 연다.\n"
    edition, trace = explain_text(text)
    third = items(text)[2]
    assert third["headline"] == "솔뫼 오일장 백 년 잔치"
    assert third["body"] == [("lead", "솔뫼 오일장이 6일 백 년 잔치를 연다.")]
    assert HABIT_HEAD in trace.rule("p1-3")


def test_a_short_tab_line_alone_is_not_cut() -> None:
    # one such line is no corpus: a label and a short sentence stay one paragraph
    text = "솔뫼군 소식\t오일장이 6일 잔치를 연다.\n"
    [item] = items(text)
    assert item["headline"] is None
    assert all(HABIT_HEAD not in rule for rule in explain_text(text)[1].notes.values())


def test_a_short_part_no_longer_than_its_head_is_not_cut() -> None:
    # on a corpus page, a text shorter than its 'headline' is a table's cell, not a brief
    text = f"{CORPUS}솔뫼군 읍면별 인구 집계 결과 | 모두 3만명.\n"
    assert [item["headline"] for item in items(text)] == [
        "솔뫼군, 내년 예산 9천억원 편성",
        "시장 주차장 80면 늘린다",
    ]


# --- a web copy's head in another order ---------------------------------------------------

STORY = (
    "솔뫼천 산책로 야간 조명 켠다\n\n"
    "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
    "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다.\n"
)


def test_an_outlets_address_under_its_section_and_stamp() -> None:
    text = f"솔뫼투데이\n생활\n입력 2027.03.04 10:12 | 수정 2027.03.04 11:40\nsolmoe.kr\n\n{STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.url) == ("솔뫼투데이", "solmoe.kr")
    assert edition.masthead.date == "2027-03-04"
    assert edition.pages[0].section == "생활"
    assert trace.rule("edition", "masthead") == ADDRESS_UNDER
    [item] = items(text)
    assert item["headline"] == "솔뫼천 산책로 야간 조명 켠다"
    assert item["deck"] == []


def test_a_story_line_between_the_stamp_and_an_address_is_no_head() -> None:
    # the address closes the head only right under it; under a story's line it is text
    text = (
        "솔뫼투데이\n생활\n입력 2027.03.04 10:12\n솔뫼천 산책로 야간 조명 켠다\nsolmoe.kr\n\n"
        f"{STORY.split(chr(10), 2)[2]}"
    )
    edition, trace = explain_text(text)
    assert edition.masthead is None or edition.masthead.url != "solmoe.kr"


def test_a_word_over_the_sections_name_and_stamp_is_the_outlet() -> None:
    text = f"솔뫼투데이\n생활 | 입력 2027.03.04 10:12 | 최종수정 2027.03.04 11:40\n\n{STORY}"
    edition, trace = explain_text(text)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == ("솔뫼투데이", "2027-03-04")
    assert edition.pages[0].section == "생활"
    assert trace.rule("edition", "masthead") == SECTION_STAMP
    [item] = items(text)
    assert item["headline"] == "솔뫼천 산책로 야간 조명 켠다"


def test_an_outlets_name_before_the_stamp_under_a_word_stays_the_outlet() -> None:
    # '속보' is no section's word: the name on the stamp's line is the outlet, as before
    text = f"속보\n솔뫼투데이 | 입력 2027.03.04 10:12\n\n{STORY}"
    edition = explain_text(text)[0]
    assert edition.masthead is not None
    assert edition.masthead.paper == "솔뫼투데이"


# --- a web copy's foot under its byline ---------------------------------------------------

FOOT_STORY = (
    "솔뫼천 산책로 야간 조명 켠다\n\n"
    "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
    "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다.\n\n"
    "한가람 기자 garam@solmoe.kr\n\n"
)


def test_related_links_and_the_copyright_under_the_byline_stay_the_storys() -> None:
    text = (
        f"{FOOT_STORY}관련기사\n▶ 솔뫼천 생태 탐방로 새 단장\n▶ 밤길 안심 귀갓길 20곳 늘린다\n\n"
        "본문 글씨 크게 | 작게 | 인쇄 | 공유\n"
        "ⓒ 솔뫼투데이, 무단 전재 및 재배포 금지\n좋아요 8 슬퍼요 0 화나요 1\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["body"][-6:] == [
        ("subhead", "관련기사"),
        ("bullet", "솔뫼천 생태 탐방로 새 단장"),
        ("bullet", "밤길 안심 귀갓길 20곳 늘린다"),
        ("paragraph", "본문 글씨 크게 | 작게 | 인쇄 | 공유"),
        ("paragraph", "ⓒ 솔뫼투데이, 무단 전재 및 재배포 금지"),
        ("paragraph", "좋아요 8 슬퍼요 0 화나요 1"),
    ]
    assert [b[0] for b in item["bylines"]] == ["한가람"]
    assert WEB_FOOT in trace.rule("p1-1")


def test_a_new_story_after_the_byline_still_starts_an_item() -> None:
    # a headline that merely mentions sharing is no share line: it heads the next story
    text = (
        f"{FOOT_STORY}공유 자전거 300대 늘린다\n\n"
        "솔뫼시는 공유 자전거 300대를 내년 봄까지 더 들인다고 밝혔다.\n"
    )
    assert [item["headline"] for item in items(text)] == [
        "솔뫼천 산책로 야간 조명 켠다",
        "공유 자전거 300대 늘린다",
    ]


def test_a_related_title_without_links_is_no_foot() -> None:
    assert not web_foot([Para([Line("관련기사", 0)], 0)], 0)
    assert foot_line("공유하기 페이스북 카카오톡 URL복사")
    assert foot_line("본문 글씨 크게 | 작게 | 인쇄 | 공유")
    assert not foot_line("공유 자전거 300대 늘린다")


# --- a credit in angle brackets closing a story ------------------------------------------

BRIEF = (
    "솔뫼지법, 조정 주간 운영\n\n"
    "솔뫼지방법원은 다음 달 3일부터 일주일 동안 조정 주간을 운영한다고 밝혔다.\n"
    "법원은 이 기간 민사 사건 120건을 조정에 회부할 예정이다.\n"
)


def test_a_credit_in_angle_brackets_closes_the_story_as_its_byline() -> None:
    [item] = items(f"{BRIEF}<정리=한가람 기자>\n")
    assert item["bylines"] == [("한가람", "기자", None, None)]
    assert all("정리" not in text for _, text in item["body"])


def test_a_photo_credit_in_angle_brackets_is_no_byline() -> None:
    # '사진=' credits a photo, not the story's writer, in brackets as bare
    [item] = items(f"{BRIEF}<사진=한가람 기자>\n")
    assert item["bylines"] == []


# --- a department's standing title over the first headline --------------------------------

REVIEW = (
    '"THE MILLER\'S DAUGHTER"\n'
    "DRAWS A FULL HOUSE\n\n"
    "The Harlow Stock company opened its\n"
    "winter season at the Grand last night\n"
    "before a house filled to the doors.\n"
)


def test_a_standing_title_over_a_headline_stack_is_the_pages_label() -> None:
    text = f"AMUSEMENTS\n\n{REVIEW}"
    edition, trace = explain_text(text)
    assert edition.pages[0].section == "AMUSEMENTS"
    [item] = items(text)
    assert item["headline"] == '"THE MILLER\'S DAUGHTER" DRAWS A FULL HOUSE'


def test_a_title_of_department_words_joined_by_and_is_the_label() -> None:
    text = (
        "COURT AND POLICE\n\n"
        "FINED FOR SPEEDING\n"
        "Walter Brandt, a salesman, paid a fine\n"
        "of $10 and costs in police court yester-\n"
        "day for driving forty miles an hour.\n"
    )
    assert explain_text(text)[0].pages[0].section == "COURT AND POLICE"


def test_a_headline_that_opens_with_a_departments_word_stays_the_headline() -> None:
    # 'POLICE RAID DEN' names an event: the word alone does not make it a department
    text = (
        "POLICE RAID DEN\n\n"
        "FOUR MEN ARRESTED IN\n"
        "THIRD STREET HOUSE\n\n"
        "Four men were taken in a raid on a\n"
        "house in Third street last night.\n"
    )
    edition = explain_text(text)[0]
    assert edition.pages[0].section != "POLICE RAID DEN"
    assert items(text)[0]["headline"] == "POLICE RAID DEN"


# --- a photo's credit in a longer form ----------------------------------------------------


def test_a_credit_naming_the_giver_by_title_closes_the_caption() -> None:
    caption = "솔뫼초 합창단원들이 3일 음악실에서 연습하고 있다. 사진=한가람 교사 제공"
    assert credit_suffix(caption) == "사진=한가람 교사 제공"


def test_a_bracketed_credit_of_giver_and_outlet_closes_the_caption() -> None:
    caption = "3일 솔뫼항 부두에서 연기가 치솟고 있다. [독자 제공=솔뫼투데이]"
    assert credit_suffix(caption) == "[독자 제공=솔뫼투데이]"
    text = (
        "솔뫼항 화물선 화재\n\n"
        "3일 오전 솔뫼항에 정박한 화물선에서 불이 나 선원 12명이 대피했다.\n\n"
        f"{caption}\n\n"
        "해경은 정확한 화재 원인을 조사하고 있다고 밝혔다.\n"
    )
    [item] = items(text)
    assert ("caption", caption) in item["body"]


def test_a_sentence_that_says_what_was_given_is_no_caption() -> None:
    # '제공' inside the sentence, no credit after its end: the story's text
    assert credit_suffix("군은 주민들에게 무료 점심을 제공=한 끼 5천원 상당이다.") is None
    assert credit_suffix("시는 참가자 전원에게 기념품을 제공한다고 밝혔다.") is None


# --- a teacher named under an interview's headline ------------------------------------------

INTERVIEW_BODY = (
    "솔뫼초 합창단이 도 대회에서 금상을 받았다. 단원들을 이끈 교사를 3일 학교에서 만났다.\n"
    "―수상 소감은.\n"
    '"아이들이 끝까지 웃으며 노래해 준 것이 가장 고맙습니다."\n'
)


def test_a_teacher_named_by_title_under_the_headline_is_the_subheadline() -> None:
    text = f'"열두 명의 목소리가 하나로"\n전남 합창대회 금상 이끈 한가람 교사\n\n{INTERVIEW_BODY}'
    [item] = items(text)
    assert item["subheadline"] == "전남 합창대회 금상 이끈 한가람 교사"
    assert item["deck"] == []


def test_a_deck_line_about_teachers_stays_a_deck_entry() -> None:
    text = f'"열두 명의 목소리가 하나로"\n교사 정원 줄어 합창단 해체 위기\n\n{INTERVIEW_BODY}'
    [item] = items(text)
    assert item["subheadline"] is None
    assert item["deck"] == ["교사 정원 줄어 합창단 해체 위기"]


# --- a table's header row under its title ----------------------------------------------------


def test_a_tables_header_row_is_its_first_paragraph_not_a_deck() -> None:
    text = (
        "MILL LEAGUE STANDING\n\n"
        "Won. Lost. Pct.\n"
        "Ferris Mills ........ 41 22 .651\n"
        "Dunmore ............. 35 28 .556\n"
        "Ashby Falls ......... 30 33 .476\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["deck"] == []
    assert item["body"][0] == ("paragraph", "Won. Lost. Pct.")
    assert COLUMN_HEADS in trace.rule("p1-1", "body.0")


def test_a_deck_of_initials_and_titles_stays_a_deck() -> None:
    # initials and a title's stop are no column heads: no word of two letters or more there
    assert column_heads("Millers      AB. R. H. PO. A. E.")
    assert not column_heads("U. S. A.")
    assert not column_heads("Gov. Hale Signs Bill")


# --- a boxed table that names its source --------------------------------------------------

STORY_OVER_TABLE = (
    "솔뫼시 아파트 매매가 넉 달째 보합\n\n"
    "솔뫼시 아파트 매매가가 넉 달째 제자리걸음을 하고 있다고 시세정보업체가 3일 밝혔다.\n"
    "가람 기자 garam@solmoe.kr\n\n"
)


def test_a_boxed_table_with_its_data_source_is_the_papers_not_an_ad() -> None:
    text = (
        f"{STORY_OVER_TABLE}◆ 주요 단지 평균 시세(단위: 억원)\n"
        "단지\t8월\t11월\n솔뫼자이\t5.1\t5.1\n강변하늘\t4.2\t4.3\n누리숲\t3.8\t3.8\n"
        "자료: 솔뫼시세연구소\n"
    )
    edition, trace = explain_text(text)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds == ["Article", "Article"]
    assert PAPER_TABLE in trace.rule("p1-2")


def test_a_boxed_price_table_without_a_source_stays_an_ad() -> None:
    text = (
        f"{STORY_OVER_TABLE}◆ 솔뫼마트 주말 특가\n"
        "품목\t정가\t할인가\n한우 등심\t9,900원\t7,900원\n사과 1봉\t8,000원\t5,900원\n"
        "딸기 1팩\t12,000원\t9,900원\n문의 061-555-0100\n"
    )
    kinds = [type(item).__name__ for item in explain_text(text)[0].pages[0].items]
    assert kinds == ["Article", "Ad"]


# --- an English dateline's place broken off its date -----------------------------------------

WAR_NEWS = (
    "TROOPS TAKE THE RIDGE\n\n"
    "WITH THE BRITISH ARMY IN FLANDERS,\n"
    "March 3.—British troops this morning took\n"
    "the ridge east of the canal after a\n"
    "short fight.\n"
    "  The enemy fell back two miles.\n"
)


def test_a_datelines_place_on_its_own_line_opens_the_lead() -> None:
    assert dateline_over("WITH THE BRITISH ARMY IN FLANDERS,", "March 3.—British troops")
    [item] = items(WAR_NEWS)
    assert item["body"][0] == (
        "lead",
        "WITH THE BRITISH ARMY IN FLANDERS, March 3.—British troops this morning took "
        "the ridge east of the canal after a short fight.",
    )


def test_a_name_in_capitals_over_a_role_is_no_dateline() -> None:
    # a signature's name ends with a comma too, over its role, not over a date
    assert not dateline_over("JOHN M. KELLER,", "Sheriff.")
    assert not dateline_over("Dear Sir,", "March 3.—I write")


# --- a standing head run in: the item's headline ----------------------------------------------


def test_a_standing_head_run_in_at_the_foot_heads_its_item() -> None:
    text = (
        "MILL STRIKE ENDS\n\n"
        "The weavers of the Ashby mill voted last\n"
        "night to go back to work on Monday.\n\n"
        "TIDES—High water at 6:12 a. m. and\n"
        "6:40 p. m. to-morrow.\n"
    )
    edition, trace = explain_text(text)
    story, tides = items(text)
    assert tides["headline"] == "TIDES"
    assert tides["body"] == [("lead", "High water at 6:12 a. m. and 6:40 p. m. to-morrow.")]
    assert STANDING_CUT in trace.rule("p1-2")


def test_a_run_in_word_inside_a_story_is_not_cut() -> None:
    # text goes on under it in the story's own paragraphs: no standing head there
    text = (
        "MILL STRIKE ENDS\n\n"
        "The weavers of the Ashby mill voted last\n"
        "night to go back to work on Monday.\n\n"
        "TERMS—The company grants a raise of\n"
        "five per cent.\n\n"
        "The mill will run full time next week.\n"
    )
    [item] = items(text)
    assert item["headline"] == "MILL STRIKE ENDS"
    assert ("paragraph", "TERMS—The company grants a raise of five per cent.") in item["body"]


# --- a notices column's title inside the page ------------------------------------------------


def test_a_notices_title_under_the_ads_is_an_item_of_its_own() -> None:
    text = (
        "WANTED—Boy to deliver papers; apply\n"
        "at this office after school.\n\n"
        "FOR SALE—Jersey cow, fresh, gentle.\n"
        "Inquire of R. L. Penn, Route 3.\n\n"
        "LEGAL NOTICES\n\n"
        "NOTICE TO CREDITORS.\n"
        "Estate of Hiram B. Cole, deceased.\n"
        "  Notice is hereby given that the un-\n"
        "dersigned has been appointed executor.\n"
        "MARTHA COLE, Executrix.\n"
    )
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert len(page.items) == 4  # two ads, the title, the notice
    title = page.items[2]
    assert title.headline is not None and title.headline.text == "LEGAL NOTICES"
    assert UNDER_NOTICES_TITLE in trace.rule("p1-4")
    # after an ad's last line, with no sentence for 'after prose' to see, the title alone
    # still starts its item
    paras = [Para([Line("Apply 12 Elm St", 0)], 0), Para([Line("LEGAL NOTICES", 20)], 1)]
    paras.append(Para([Line("NOTICE OF SALE.", 40)], 1))
    assert notices_title(paras, 1, paras[:1]) == NOTICES_TITLE


def test_a_notice_headed_notice_to_creditors_is_no_column_title() -> None:
    # only the column's words title a column: a notice's own head stays its title
    assert not notices_label("NOTICE TO CREDITORS.")
    assert notices_label("LEGAL NOTICES")
