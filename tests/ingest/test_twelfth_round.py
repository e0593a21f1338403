"""The tenth blind set's misses as conventions (issue 14, twelfth round), on small made-up
examples of their own. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.story_ends import (
    COLUMN_AFTER_LIST,
    HEAD_AFTER_BOX,
    SUBHEAD_OF_SIGNED,
    TITLE_OVER_LIST,
)
from tests.ingest.test_conventions import LEAD, MORE, items, parse

LEAGUE = (
    "누리FC, 개막전서 가람유나이티드 꺾어\n\n"
    "글·사진=한누리 기자\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "1라운드 결과\n"
    "누리FC 시니어 2-0 가람유나이티드\n"
    "새벽축구회 1-1 한결60\n\n"
    "2라운드 일정\n"
    "▷ 9일(일) 10:00 누리FC-한결60 (누리구장)\n"
    "▷ 9일(일) 13:00 새벽축구회-가람유나이티드 (누리구장)\n\n"
    "청소년 리그도 개막\n\n"
    "누리시 청소년 축구리그가 8일 누리체육공원에서 개막한다. 여덟 팀이 참가한다.\n"
)


def test_titles_over_results_and_fixtures_after_a_story_are_items() -> None:
    got = items(LEAGUE)
    assert [item["headline"] for item in got] == [
        "누리FC, 개막전서 가람유나이티드 꺾어",
        "1라운드 결과",
        "2라운드 일정",
        "청소년 리그도 개막",
    ]
    assert got[0]["body"] == [("lead", LEAD), ("paragraph", MORE)]


def test_a_subhead_over_a_list_with_more_story_under_it_stays_in_the_story() -> None:
    text = (
        f"누리시 텃밭 가꾸기 인기\n\n{LEAD}\n\n"
        "시작 전 살필 것\n· 해가 드는 시간\n· 물 빠지는 길\n\n"
        f"{MORE}\n\n한누리 기자\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("paragraph", MORE)


def test_a_subhead_over_a_list_closed_by_the_byline_stays_in_the_story() -> None:
    text = (
        f"누리시 장터 열려\n\n{LEAD}\n\n장터 일정\n▷ 7일 누리광장\n▷ 14일 가람공원\n\n한누리 기자\n"
    )
    [item] = items(text)
    assert item["headline"] == "누리시 장터 열려"


PERSONNEL = (
    "누리농협, 봄 영농교육\n\n"
    f"{LEAD}\n\n한가람 기자\n\n"
    "[인사] 누리농협\n"
    "◇전무 ▲서누리\n"
    "◇상무 ▲경제사업 한결 ▲신용사업 오가람\n\n"
    "조합장 칼럼 : 봄은 다시 온다\n\n"
    f"{MORE}\n\n"
    "서한빛 누리농협 조합장\n"
)


def test_a_notice_and_a_column_after_a_signed_story_are_items_of_their_own() -> None:
    got = items(PERSONNEL)
    assert len(got) == 3
    assert got[0]["body"] == [("lead", LEAD)]
    assert got[1]["headline"].startswith("[인사] 누리농협")
    assert "조합장 칼럼" in got[2]["headline"]
    assert got[2]["body"][0][1] == MORE


def test_a_colon_subhead_inside_a_story_does_not_open_an_item() -> None:
    text = f"누리시 예산 심사\n\n{LEAD}\n\n쟁점 : 청년 임대료\n\n{MORE}\n\n한누리 기자\n"
    [item] = items(text)
    assert item["headline"] == "누리시 예산 심사"


def test_explain_names_the_twelfth_round_item_rules() -> None:
    _, trace = explain_text(LEAGUE)
    assert sum(TITLE_OVER_LIST in note for note in trace.notes.values()) == 2
    _, trace = explain_text(PERSONNEL)
    assert sum(COLUMN_AFTER_LIST in note for note in trace.notes.values()) == 1


SIGNED = (
    "누리시 계절근로자 숙소 점검\n\n"
    f"[누리일보 한가람 기자] {LEAD}\n\n"
    "숙소 기준, 누가 지키나\n\n"
    f"{MORE}\n\n"
    "한가람 기자 garam@nuri.kr\n"
)


def test_a_punctuated_subhead_inside_a_signed_story_does_not_split_it() -> None:
    [item] = items(SIGNED)
    assert item["headline"] == "누리시 계절근로자 숙소 점검"
    assert ("subhead", "숙소 기준, 누가 지키나") in item["body"]
    assert [b[2] for b in item["bylines"]] == ["garam@nuri.kr"]


def test_another_reporters_story_after_a_signed_lead_is_its_own_item() -> None:
    text = SIGNED.replace("한가람 기자 garam@", "서누리 기자 nuri@")
    assert len(items(text)) == 2


def test_explain_names_the_subhead_rule() -> None:
    _, trace = explain_text(SIGNED)
    assert any(SUBHEAD_OF_SIGNED in note for note in trace.notes.values())


def test_marked_info_lines_under_a_headline_stay_its_deck() -> None:
    text = (
        "[아침 인터뷰] “골목이 살아야 시장이 산다”\n"
        "■ 방송 : 누리FM ‘아침 광장’\n■ 진행 : 한가람 아나운서\n"
        "■ 대담 : 서누리 누리시장상인회장\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert len(items(text)) == 1


def test_a_short_name_beside_a_date_and_weekday_is_a_running_head() -> None:
    edition = parse(f"장터·날씨 2026년 5월 2일 토요일\n\n누리시 오일장 다시 연다\n\n{LEAD}\n")
    assert edition.masthead.date == "2026-05-02"
    assert edition.pages[0].section == "장터·날씨"
    [item] = items(f"장터·날씨 2026년 5월 2일 토요일\n\n누리시 오일장 다시 연다\n\n{LEAD}\n")
    assert item["headline"] == "누리시 오일장 다시 연다"


def test_an_english_section_and_dated_weekday_set_apart_by_a_bar_is_a_running_head() -> None:
    text = (
        "METRO | Friday, May 1, 2026\n\n"
        "Harbor ferry adds a late run\n\n"
        "The harbor ferry will add a 10 p.m. run from the north pier on weekends, the port "
        "authority said on Thursday.\n"
    )
    edition = parse(text)
    assert (edition.masthead.date, edition.masthead.weekday) == ("2026-05-01", "Friday")
    assert edition.pages[0].section == "METRO"
    [item] = items(text)
    assert item["headline"] == "Harbor ferry adds a late run"


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


EN_STORY = (
    "Harbor ferry adds a late run\n"
    "By Mara Quill\n"
    "Gazette Staff Writer\n\n"
    "The harbor ferry will add a 10 p.m. run from the north pier on weekends, the port "
    "authority said on Thursday.\n\n"
    "Riders had asked for the later boat since the pier reopened last spring.\n\n"
    "Contact: mquill@harborgazette.com\n"
)


def test_an_english_role_line_under_by_name_and_a_contact_line_complete_the_byline() -> None:
    [item] = items(EN_STORY)
    assert item["headline"] == "Harbor ferry adds a late run"
    assert item["deck"] == []
    [byline] = item["bylines"]
    assert byline[:3] == ("Mara Quill", "Gazette Staff Writer", "mquill@harborgazette.com")
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_two_credits_on_one_line_and_a_title_before_the_name_are_bylines() -> None:
    [item] = items(f"누리시 골목 정원\n\n글=한누리 기자, 사진=서가람 작가\n\n{LEAD}\n\n{MORE}\n")
    assert [b[:2] for b in item["bylines"]] == [("한누리", "기자"), ("서가람", "작가")]
    [item] = items(f"누리시 골목 정원\n\n{LEAD}\n\n{MORE}\n\n정리=시민 기자 오누리\n")
    assert [b[:2] for b in item["bylines"]] == [("오누리", "시민 기자")]


def test_a_photo_credit_line_alone_stays_a_credit() -> None:
    [item] = items(f"누리시 골목 정원\n\n{LEAD}\n\n사진=서가람 작가\n\n{MORE}\n\n한누리 기자\n")
    assert [b[:2] for b in item["bylines"]] == [("한누리", "기자")]


def test_a_rating_in_stars_under_the_info_line_is_deck_not_the_lead() -> None:
    text = (
        "[영화 톡] '누리섬'…파도가 지운 마을\n"
        "감독 한누리 | 출연 서가람 | 12세 관람가 | 101분\n"
        f"별점 ★★★☆☆\n\n{LEAD}\n\n{MORE}\n"
    )
    [item] = items(text)
    assert item["deck"][-1] == "별점 ★★★☆☆"
    assert item["body"][0] == ("lead", LEAD)


def test_a_subhead_over_table_rows_with_rises_is_a_subhead_and_rows() -> None:
    text = (
        f"누리 환율 다시 올라\n\n{LEAD}\n\n"
        "주요 통화\n통화\t기준율\t대비\n미국 USD\t1,400.10\t▲5.20\n일본 JPY\t940.30\t▲1.10\n\n"
        f"{MORE}\n\n한누리 기자\n"
    )
    [item] = items(text)
    kinds = [kind for kind, _ in item["body"]]
    assert ("subhead", "주요 통화") in item["body"]
    assert kinds[-1] == "paragraph" and item["body"][-1][1] == MORE


def test_a_title_over_marked_briefs_after_a_story_is_an_item_and_each_brief_too() -> None:
    text = (
        f"누리시 봄꽃 축제\n\n{LEAD}\n\n{MORE}\n\n"
        "마을 소식\n"
        "◇ 누리노인회, 봄 나들이 떠나\n"
        "누리노인회는 18일 회원 40명과 함께 가람수목원으로 봄 나들이를 다녀온다.\n"
        "◇ 청년회, 골목 벽화 봉사자 모집\n"
        "청년회는 4월 한 달 동안 골목 벽화를 함께 그릴 봉사자 20명을 모집한다.\n"
    )
    got = items(text)
    assert [item["headline"] for item in got] == [
        "누리시 봄꽃 축제",
        "마을 소식",
        "누리노인회, 봄 나들이 떠나",
        "청년회, 골목 벽화 봉사자 모집",
    ]
    assert got[0]["body"] == [("lead", LEAD), ("paragraph", MORE)]


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


def test_a_later_pages_number_beside_the_papers_name_is_its_folio_over_its_label() -> None:
    text = (
        "누리마을 소식\n제9호 2026년 4월 8일 수요일\n\n"
        f"놀이터 새 단장\n\n{LEAD}\n"
        "\f2 누리마을 소식\n우리 이웃\n"
        f"경비원 한누리 씨 정년 퇴임\n\n{MORE}\n"
    )
    edition = parse(text)
    page = edition.pages[1]
    assert page.folio is not None and page.folio.text == "2 누리마을 소식"
    assert page.section == "우리 이웃"
    assert page.items[0].headline.text == "경비원 한누리 씨 정년 퇴임"


def test_a_box_of_figures_on_a_page_without_blank_lines_ends_at_the_next_headline() -> None:
    text = (
        f"누리 바다 날씨\n{LEAD}\n"
        "물때\n만조 04:10 / 16:35\n간조 10:20 / 22:48\n"
        f"누리항 여객선 정상 운항\n{MORE}\n"
    )
    got = items(text)
    assert [item["headline"] for item in got] == [
        "누리 바다 날씨",
        "물때",
        "누리항 여객선 정상 운항",
    ]
    assert got[2]["body"] == [("lead", MORE)]
    _, trace = explain_text(text)
    assert sum(HEAD_AFTER_BOX in note for note in trace.notes.values()) == 1


def test_a_letter_over_its_signature_in_one_block_closes_its_item() -> None:
    text = (
        "Thanks to the pier crew\n"
        "When the storm took the dock lights, the pier crew kept the ferry running all night. "
        "We are grateful to every one of them.\n"
        "— Ada Munro, retired teacher\n\n"
        "BAKE SALE\n"
        "Saturday, May 2, 9 a.m.\n"
        "Harbor Church hall\n"
    )
    got = items(text)
    assert len(got) == 2
    assert got[0]["bylines"][0][0] == "Ada Munro"


def test_a_fixture_entry_with_a_day_and_a_time_stays_one_entry() -> None:
    got = items(LEAGUE)
    assert [text for _, text in got[2]["body"]] == [
        "9일(일) 10:00 누리FC-한결60 (누리구장)",
        "9일(일) 13:00 새벽축구회-가람유나이티드 (누리구장)",
    ]
