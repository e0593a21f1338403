"""The ninth blind set's misses as conventions (issue 14, eleventh round), on small made-up
examples of their own. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.headlines import HEADING_OVER_SENTENCES
from tests.ingest.test_conventions import LEAD, MORE, items, parse

NOTICES = (
    "누리 한씨 종친회 총회\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "동문회 소식\n"
    "▲누리고 동문회는 9일 오후 7시 누리회관에서 정기총회를 연다.\n"
    "▲한빛중 동문회는 16일 모교 운동장에서 체육대회를 갖는다.\n\n"
    "화혼\n"
    "▲차남 서누리(연구원)군과 한가람(간호사)양=15일 낮 12시 누리웨딩홀.\n\n"
    "별세\n"
    "▲한영식씨 별세, 한도현씨 부친상=10일 누리병원 장례식장, 발인 12일.\n"
)


def test_headings_over_triangle_entries_after_a_story_open_listings() -> None:
    got = items(NOTICES)
    assert [item["headline"] for item in got] == [
        "누리 한씨 종친회 총회",
        "동문회 소식",
        "화혼",
        "별세",
    ]
    assert got[0]["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert got[1]["body"] == [
        ("bullet", "누리고 동문회는 9일 오후 7시 누리회관에서 정기총회를 연다."),
        ("bullet", "한빛중 동문회는 16일 모교 운동장에서 체육대회를 갖는다."),
    ]
    assert got[2]["body"] == [
        ("bullet", "차남 서누리(연구원)군과 한가람(간호사)양=15일 낮 12시 누리웨딩홀.")
    ]
    assert got[3]["body"] == [
        ("bullet", "한영식씨 별세, 한도현씨 부친상=10일 누리병원 장례식장, 발인 12일.")
    ]


def test_a_subhead_over_prose_stays_in_its_story() -> None:
    text = f"누리시 골목상권 살린다\n\n{LEAD}\n\n향후 계획\n{MORE}\n"
    [item] = items(text)
    assert item["headline"] == "누리시 골목상권 살린다"


def test_explain_names_the_listing_heading_rule() -> None:
    _, trace = explain_text(NOTICES)
    notes = list(trace.notes.values())
    assert sum(HEADING_OVER_SENTENCES in note for note in notes) == 3
    assert any("alone under its heading" in note for note in notes)


def test_roster_entries_and_photo_captions_under_a_short_line_stay_put() -> None:
    text = (
        f"누리시 인사 단행\n\n{LEAD}\n\n서기관급 전보\n▲감사관 한누리 ▲예산담당관 서가람\n\n"
        "현장 점검\n▲ 한누리 시장이 누리천 둑길을 살펴보고 있다.\n"
    )
    assert len(items(text)) == 1


# --- English captions with their credit on the next line ------------------------------

EN_LEAD = "A FERRY captain who rescued two swimmers was back at the helm yesterday."
EN_MORE = "Tom Hale, 61, said he had only done what anyone would do."


def en_page(*paras: str) -> str:
    return "THE NURI ECHO\nMonday, May 4, 2026\n\n" + "\n\n".join(paras) + "\n"


def test_an_english_caption_over_its_credit_line_is_one_caption() -> None:
    for credit in ("Picture: ANNA LOWE", "Photo by Anna Lowe"):
        text = en_page(
            "FERRY HERO BACK AT THE HELM",
            "By MAX DRAKE",
            EN_LEAD,
            f"BRAVE: Tom Hale on the quay at Nuriport\n{credit}",
            EN_MORE,
        )
        [item] = items(text)
        assert ("caption", f"BRAVE: Tom Hale on the quay at Nuriport\n{credit}") in item["body"]
        assert item["body"][-1] == ("paragraph", EN_MORE)


# --- an English headline after a story signed above its lead ---------------------------

SECOND = "A GOAT wandered into a village bakery and ate three loaves before it was caught."


def test_a_sentence_case_headline_after_a_story_signed_above_its_lead_opens_an_item() -> None:
    text = en_page(
        "FERRY HERO BACK AT THE HELM",
        "By MAX DRAKE",
        EN_LEAD,
        EN_MORE,
        "Goat eats village bakery's bread",
        SECOND,
        "By Lina Park",
    )
    first, second = items(text)
    assert first["bylines"] == [("MAX DRAKE", None, None, None)]
    assert second["headline"] == "Goat eats village bakery's bread"
    assert second["bylines"] == [("Lina Park", None, None, None)]


def test_a_title_case_subhead_stays_in_its_signed_story() -> None:
    text = en_page(
        "The Ferry Captain",
        "By Max Drake",
        EN_LEAD,
        "A Life on the Water",
        EN_MORE,
    )
    [item] = items(text)
    assert ("subhead", "A Life on the Water") in item["body"]


# --- a newsletter's date line split by '|', with its publisher --------------------------

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


# --- a titled table inside a story signed above its lead; a box after its caption -------

TABLED = (
    "누리항 꽃게 값 내려\n\n"
    "누리=한가람 기자 grhan@nuri.example\n\n"
    f"{LEAD}\n\n"
    "어종별 위판가(5월 1~7일)\n"
    "어종\t단위\t평균가\n"
    "꽃게\t1㎏\t21,000원\n"
    "대하\t1㎏\t35,000원\n\n"
    f"{MORE}\n\n"
    "누리항 위판장에서 중도매인들이 꽃게 경매에 참여하고 있다./누리수협 제공\n\n"
    "물결 예보\n"
    "해역\t파고\n"
    "누리 앞바다\t0.5~1.0m\n"
)


def test_a_titled_table_stays_in_a_story_signed_above_its_lead() -> None:
    story, box = items(TABLED)
    assert story["headline"] == "누리항 꽃게 값 내려"
    assert ("subhead", "어종별 위판가(5월 1~7일)") in story["body"]
    assert ("paragraph", "꽃게\t1㎏\t21,000원") in story["body"]
    assert story["body"][-1][0] == "caption"
    assert box["headline"] == "물결 예보"
    assert box["body"][0] == ("paragraph", "해역\t파고")


# --- a story's head after a listing's last entry ----------------------------------------


def test_a_headline_and_deck_after_a_listings_entries_open_a_story() -> None:
    text = (
        "[이번 주 공연]\n\n"
        "◇누리합창단 정기공연=16일 오후 7시 누리아트홀.\n"
        "◇한빛 국악 한마당=20일까지 한빛문화회관. 무료.\n"
        "◇청소년 뮤지컬 ‘봄’=22~23일 누리청소년센터.\n\n"
        "누리 공예 명장전 개막\n전통 옻칠 작품 50여점\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    listing, story = items(text)
    assert listing["headline"] == "이번 주 공연"
    assert [kind for kind, _ in listing["body"]] == ["bullet"] * 3
    assert story["headline"] == "누리 공예 명장전 개막"
    assert story["deck"] == ["전통 옻칠 작품 50여점"]
    assert story["body"] == [("lead", LEAD), ("paragraph", MORE)]


# --- a page's label alone over a bracketed title ----------------------------------------


def test_a_short_name_alone_over_a_bracketed_title_is_the_pages_label() -> None:
    text = f"독자 마당\n\n[이번 주 퀴즈]\n\n{LEAD}\n\n{MORE}\n"
    edition, trace = explain_text(text)
    [page] = edition.pages
    assert page.section == "독자 마당"
    assert "alone over a heading in brackets" in trace.rule("p1")
    [item] = items(text)
    assert item["headline"] == "이번 주 퀴즈"


def test_a_headline_over_its_lead_is_no_label() -> None:
    [page] = parse(f"봄꽃 축제 개막\n\n{LEAD}\n\n{MORE}\n").pages
    assert page.section != "봄꽃 축제 개막"


# --- a subheadline with what the person is before the name ------------------------------


def test_a_title_name_and_honorific_under_a_headline_is_the_subheadline() -> None:
    text = f"“마을 지킨 70년, 후회 없어”\n참전용사 한누리 옹\n\n{LEAD}\n"
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["subheadline"] == "참전용사 한누리 옹"
    assert item["deck"] == []
    assert "honorific" in trace.rule("p1-1", "subheadline")


def test_an_embrace_in_a_deck_is_no_honorific() -> None:
    [item] = items(f"이산가족 상봉\n남매의 뜨거운 포옹\n\n{LEAD}\n")
    assert item["subheadline"] is None


# --- a caption without a credit between a photo-less story's paragraphs -----------------

MOMENT = "한누리씨가 9일 누리시 유물관에서 할아버지의 편지를 살펴보고 있다."


def test_a_lone_sentence_of_who_when_where_in_the_progressive_is_a_caption() -> None:
    text = f"누리 유물관 개관\n\n{LEAD}\n\n{MORE}\n\n{MOMENT}\n\n◇ 남은 과제\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", MOMENT) in item["body"]


def test_a_progressive_sentence_of_the_story_stays_a_paragraph() -> None:
    line = "시는 현재 누리천 정비 계획을 다시 짜고 있다."
    [item] = items(f"누리천 정비\n\n{LEAD}\n\n{MORE}\n\n{line}\n\n{MORE}\n")
    assert ("paragraph", line) in item["body"]


# --- small ads: a decorated title, two numbers of one desk ------------------------------

ADS = (
    "누리동 아파트 매매\n84㎡ 남향, 즉시 입주\n누리공인중개사 062-000-4444\n\n"
    "중고 농기계 팝니다\n트랙터 2대, 이앙기 1대\n관리사무소 061-000-2222 / 010-0000-3333\n\n"
    "★ 투룸 전문 ★\n- 누리대 앞 투룸 월 40부터\n- 풀옵션\n누리부동산 ☎ 062)000-1111\n"
)


def test_a_title_decorated_on_both_sides_and_a_second_number_of_one_desk() -> None:
    _, trace = explain_text(ADS)
    _, first, second = items(ADS)
    contacts = [b for b in first["blocks"] if b[0] == "contact"]
    assert [c[4] for c in contacts] == ["관리사무소", "관리사무소"]
    assert second["title"] == "투룸 전문"
    assert not any(b[0] == "heading" for b in second["blocks"])
    assert "decorated" in trace.rule("p1-3", "title")


# --- an old paper's slogan in quotes under its name -------------------------------------


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


# --- numbered entries under a title -----------------------------------------------------


def test_numbered_lines_under_a_title_are_a_lists_entries() -> None:
    text = (
        "누리 영화 순위\n"
        "1. 봄날의 누리 (12만명)\n2. 한빛 탐정 (8만명)\n3. 바다 너머 (5만명)\n"
        "자료: 누리영화관협회\n"
    )
    [item] = items(text)
    assert item["body"] == [
        ("bullet", "1. 봄날의 누리 (12만명)"),
        ("bullet", "2. 한빛 탐정 (8만명)"),
        ("bullet", "3. 바다 너머 (5만명)"),
        ("paragraph", "자료: 누리영화관협회"),
    ]


def test_a_numbered_subhead_over_prose_stays_a_subhead() -> None:
    text = f"누리시 감사 결과\n\n{LEAD}\n\n1. 사실관계\n\n{MORE}\n\n2. 판단\n\n{MORE}\n"
    [item] = items(text)
    assert ("subhead", "1. 사실관계") in item["body"]
    assert ("subhead", "2. 판단") in item["body"]


# --- speeches one after another in blocks without blank lines; a calendar's days ----------


def test_quote_headlines_over_the_speaker_each_open_an_item() -> None:
    text = (
        "5분 발언\n\n"
        "“누리천 산책로에 조명 달아야”\n한가람 의원(누리1동)\n"
        "한 의원은 누리천 산책로 4㎞ 가운데 조명이 있는 곳은 1㎞뿐이라고 지적했다.\n\n"
        "“경로당 냉방비 지원 늘려야”\n서누리 의원(한빛동)\n"
        "서 의원은 경로당 냉방비 지원이 3년째 그대로라며 인상을 촉구했다.\n\n"
        "의회 일정\n"
        "5월 12일(화) 상임위원회 현장 방문\n"
        "5월 15일(금) 본회의\n"
    )
    edition, trace = explain_text(text)
    got = items(text)
    assert [item["headline"] for item in got] == [
        "“누리천 산책로에 조명 달아야”",
        "“경로당 냉방비 지원 늘려야”",
        "의회 일정",
    ]
    assert [item["subheadline"] for item in got[:2]] == [
        "한가람 의원(누리1동)",
        "서누리 의원(한빛동)",
    ]
    assert all(item["bylines"] == [] for item in got)
    assert got[2]["body"] == [
        ("bullet", "5월 12일(화) 상임위원회 현장 방문"),
        ("bullet", "5월 15일(금) 본회의"),
    ]
    notes = list(trace.notes.values())
    assert any("quote headline over the speaker" in note for note in notes)
    assert any("calendar's entry" in note for note in notes)


def test_a_calendar_table_keeps_its_rows() -> None:
    text = "학사 일정\n\n5월 12일(화)\t개교기념일\n5월 15일(금)\t체육대회\n"
    [item] = items(text)
    assert not any(kind == "bullet" for kind, _ in item["body"])


# --- a story told before its entries; the head after them -------------------------------


def test_a_story_told_before_its_entries_is_no_listing_and_the_next_head_opens_an_item() -> None:
    text = (
        "누리구의회 임시회 폐회\n조례안 등 12건 처리\n\n"
        f"{LEAD}\n\n{MORE}\n\n"
        "처리 안건\n▲조례안 8건 ▲동의안 4건\n\n"
        "위원장 인사말\n“주민 곁의 의회가 되겠습니다”\n\n"
        f"{MORE}\n"
    )
    story, message = items(text)
    assert story["headline"] == "누리구의회 임시회 폐회"
    assert story["deck"] == ["조례안 등 12건 처리"]
    assert story["body"][:2] == [("lead", LEAD), ("paragraph", MORE)]
    assert story["body"][2:] == [
        ("subhead", "처리 안건"),
        ("bullet", "조례안 8건"),
        ("bullet", "동의안 4건"),
    ]
    assert message["headline"] == "위원장 인사말"
    assert message["deck"] == ["“주민 곁의 의회가 되겠습니다”"]


# --- an alumni magazine: its season, class years, a standing head over entries ----------

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


def test_a_signature_with_the_body_and_title_before_the_name() -> None:
    text = f"구청장 인사말\n\n{LEAD}\n\n{MORE}\n\n누리구의회 의장 한누리\n"
    [item] = items(text)
    assert item["bylines"] == [("한누리", "누리구의회 의장", None, None)]
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
