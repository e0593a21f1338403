"""A caption's credit: a photo, map, chart or giver's, a slash, an agency, a wire, a copyright."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.body import _OVER_PROVIDED as OVER_PROVIDED
from reader.ingest.caption_credits import CREDIT_OVER
from reader.ingest.caption_over_credit import CAPTION_OVER_CREDIT
from reader.ingest.credits import _AGENCIES, credit_suffix
from reader.ingest.units import CREDIT_CLOSES
from reader.ingest.web_foot import CAPTION_UNDER
from reader.ingest.wire_photo import WIRE_PHOTO
from tests.ingest.rule_pages import EN_LEAD_FERRY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_FERRY as EN_MORE
from tests.ingest.rule_pages import MAP, WEB, en_page
from tests.ingest.test_conventions import LEAD, MORE, items


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


def test_a_credit_printed_over_its_caption_at_the_blocks_end_joins_the_line_under_it() -> None:
    text = (
        f"누리천 산책로 새 단장\n\n{LEAD}\n{MORE}\n[사진=누리뉴스]\n"
        "3일 누리천 산책로를 주민들이 걷고 있다.\n한누리 기자 nuri@nurinews.kr\n"
    )
    [item] = items(text)
    assert item["body"] == [
        ("lead", LEAD),
        ("paragraph", MORE),
        ("caption", "[사진=누리뉴스]\n3일 누리천 산책로를 주민들이 걷고 있다."),
    ]
    _, trace = explain_text(text)
    assert any(CREDIT_OVER in why for why in trace.notes.values())


def test_a_credit_under_its_caption_with_the_story_going_on_closes_the_caption_above() -> None:
    # text goes on in paragraphs under the credit: it closes the line above, as printed
    text = (
        f"누리천 산책로 새 단장\n\n{LEAD}\n3일 누리천 산책로를 주민들이 걷고 있다.\n"
        f"[사진=누리뉴스]\n{MORE}\n{LEAD}\n"
    )
    [item] = items(text)
    assert ("caption", "3일 누리천 산책로를 주민들이 걷고 있다.\n[사진=누리뉴스]") in item["body"]


def test_a_photo_credit_line_alone_stays_a_credit() -> None:
    [item] = items(f"누리시 골목 정원\n\n{LEAD}\n\n사진=서가람 작가\n\n{MORE}\n\n한누리 기자\n")
    assert [b[:2] for b in item["bylines"]] == [("한누리", "기자")]


def test_a_map_credit_line_closes_its_caption_of_two_sentences() -> None:
    text = f"누리섬 한 바퀴\n\n{LEAD}\n\n{MAP}\n지도=누리신문 그래픽팀\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", f"{MAP}\n지도=누리신문 그래픽팀") in item["body"]


def test_a_chart_credit_line_closes_its_caption() -> None:
    chart = "누리시 연도별 관광객 수."
    text = f"누리시 관광객 늘어\n\n{LEAD}\n\n{chart}\n그래픽=한가람 기자\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", f"{chart}\n그래픽=한가람 기자") in item["body"]


def test_a_caption_credited_without_a_slash() -> None:
    caption = "8일 누리시장 채소 골목에서 시민들이 나물을 고르고 있다. 누리시 제공"
    text = f"누리시장 봄나물 인기\n\n{LEAD}\n\n{caption}\n"
    [item] = items(text)
    assert item["body"][-1] == ("caption", caption)


def test_a_caption_credited_after_a_slash_stays_a_caption() -> None:
    text = (
        "누리항 새벽 경매\n\n"
        "누리항 위판장에서 상인들이 새벽 경매를 하고 있다. / 누리시 제공\n\n"
        "누리항 새벽 경매가 올해 처음 열렸다고 누리시가 밝혔다.\n"
    )
    [story] = items(text)
    assert story["body"][0][0] == "caption"


WIRE = (
    "가람국 총리, 조기 총선 선언\n\n"
    "[누리시티=AP/뉴시스] 가람국 총리가 17일(현지시간) 총리 관저 앞에서 연설을 하고 있다.\n\n"
    "【누리시티=홍길동 특파원】 가람국 총리가 의회를 해산하고 내년 1월 조기 총선을 치르겠다고 "
    "17일 밝혔다. 여당의 지지율은 석 달째 20%대에 머물고 있다.\n"
)


def test_a_line_opening_with_a_place_and_two_agencies_is_a_photos_caption() -> None:
    [story] = items(WIRE)
    assert [kind for kind, _ in story["body"]] == ["caption", "lead"]
    _, trace = explain_text(WIRE)
    assert trace.rule("p1-1", "body.0") == WIRE_PHOTO


def test_a_caption_may_end_in_an_agency_a_copyright_mark_or_a_reporter() -> None:
    assert credit_suffix("선수들이 환호하고 있다. 연합뉴스") == "연합뉴스"
    assert credit_suffix("대표가 웃고 있다. ⓒ한빛뉴스") == "ⓒ한빛뉴스"
    assert credit_suffix("등산객들이 걷고 있다. /누리뉴스 김하나 기자") == "/누리뉴스 김하나 기자"


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


def test_a_caption_led_by_a_triangle_and_ending_in_its_credit_is_a_caption() -> None:
    [story] = items(WEB)
    assert story["headline"] == "[단독] 한빛시 재단, 채용 특혜 의혹"
    assert story["body"][0] == ("caption", "한빛시문화재단 사옥 전경. ⓒ 누리뉴스 자료사진")
    assert story["body"][1][0] == "lead"


def test_a_photo_credit_after_a_caption_stays_the_captions() -> None:
    text = (
        "항구 여객선 증편 운항\n\n"
        "승객들이 목포항 여객선터미널에서 배에 오르고 있다. 사진=남궁별 기자\n\n"
        "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다.\n"
    )
    [item] = items(text)
    assert item["bylines"] == []
    assert item["body"][0] == (
        "caption",
        "승객들이 목포항 여객선터미널에서 배에 오르고 있다. 사진=남궁별 기자",
    )


def test_a_portraits_caption_credited_with_a_copyright_mark() -> None:
    text = (
        "[기고] 전세 피해자 구제, 사람이 먼저다\n한가람 변호사\n\n"
        "한가람 변호사 ⓒ법무법인 솔뫼\n\n"
        "전세 피해자 지원 특별법이 시행된 지 3년이 지났다. "
        "피해자들은 여전히 인정 절차에서 막힌다.\n"
    )
    [item] = items(text)
    assert item["deck"] == []
    assert item["body"][0] == ("caption", "한가람 변호사 ⓒ법무법인 솔뫼")


def test_a_caption_closed_by_a_wire_credit_with_its_place() -> None:
    caption = "두 장관이 10일 솔뫼 본부에서 합의문에 서명한 뒤 악수하고 있다. 솔뫼=AP 뉴시스"
    assert credit_suffix(caption) == "솔뫼=AP 뉴시스"
    assert credit_suffix("두 장관이 악수하고 있다. AP 뉴시스") == "AP 뉴시스"


def test_a_caption_closed_by_the_place_the_agency_and_the_paper_it_sells_to() -> None:
    # '리오나 AFP=한빛': the place, a space, the agency, '=' and the paper that took it,
    # the last line of the story's block, which goes on to the reporter's e-mail
    caption = "3일 솔뫼 마을에서 구조대원들이 무너진 건물 잔해를 치우고 있다. 리오나 AFP=한빛"
    assert credit_suffix(caption) == "리오나 AFP=한빛"
    text = f"솔뫼 지진 복구 지원\n\n{LEAD}\n{MORE}\n{caption}\n\n{LEAD}\n"
    [item] = items(text)
    assert ("caption", caption) in item["body"]


def test_an_agency_and_a_paper_inside_a_sentence_close_no_caption() -> None:
    # the near misses: the wire named in the sentence, a second word that is no paper, or
    # the place and the agency with no paper after them
    assert credit_suffix("구조대원들이 잔해를 치우고 있다고 리오나 AFP=한빛 통신이 전했다.") is None
    assert credit_suffix("구조대원들이 잔해를 치우고 있다. 리오나 AFP 한빛 통신") is None
    assert credit_suffix("구조대원들이 잔해를 치우고 있다. 리오나 AFP") is None


def test_a_caption_closed_by_a_slash_the_place_and_any_agency_is_a_caption() -> None:
    caption = "두 정상이 3일 솔뫼 회의장에서 악수하고 있다. /솔뫼=누리통신"
    assert credit_suffix(caption) == "/솔뫼=누리통신"
    text = f"솔뫼 정상회의 폐막\n\n{LEAD}\n\n{caption}\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", caption) in item["body"]


def test_the_agency_credits_reach_covers_the_longest_wire_credit() -> None:
    # a sentence's end, a place of ten syllables and '=', the two longest agencies
    longest = max(_AGENCIES, key=len)
    caption = f"두 장관이 악수하고 있다. {'가' * 10}={longest} {longest}"
    assert credit_suffix(caption) == f"{'가' * 10}={longest} {longest}"


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


def test_a_map_or_chart_credit_closes_its_caption() -> None:
    assert credit_suffix("누리천 다리 위치도. 지도=누리뉴스 그래픽팀") == "지도=누리뉴스 그래픽팀"
    line = "누리시 공공요금 인상 추이. 자료: 누리시 / 그래픽=한누리 기자"
    assert credit_suffix(line) == "/ 그래픽=한누리 기자"
    # a rate's '=' is no credit, nor a maker's word before a sentence ('지도=' then a verb)
    assert credit_suffix("환율은 1달러=1400원 안팎이다. 지도=환율이 오르면 다시 바뀐다") is None


# A lead wrapped at the column's edge: the block is no run of lines that each stand alone,
# so the block's cut leaves it whole and the caption's line is read inside it.
WRAPPED = (
    "누리시는 올해 골목상권 지원 예산을 두 배로 늘려 청년 상인에게 임대료와\n"
    "가게 수리비를 준다고 18일 밝혔다."
)


def test_a_caption_closed_by_its_credit_ends_at_its_line_with_text_set_tight_under_it() -> None:
    caption = "5일 누리시장 어귀에서 상인들이 간판을 새로 달고 있다. /한가람 기자"
    text = f"누리시장 새 간판 달아\n\n{WRAPPED}\n{caption}\n{MORE}\n"
    [item] = items(text)
    assert item["body"][1:] == [("caption", caption), ("paragraph", MORE)]
    _, trace = explain_text(text)
    assert any(CREDIT_CLOSES in why for why in trace.notes.values())


def test_a_bracketed_credit_closes_a_caption_set_tight_in_a_wrapped_block() -> None:
    caption = "누리역 광장에서 시민들이 첫 열차를 기다리고 있다. [사진=누리뉴스]"
    [item] = items(f"누리선 첫 열차 출발\n\n{WRAPPED}\n{caption}\n{MORE}\n")
    assert item["body"][1:] == [("caption", caption), ("paragraph", MORE)]


def test_a_prose_line_ending_in_a_slash_and_a_place_runs_on() -> None:
    # no sentence closes before '/전남': the line goes on into the one under it
    wrapped = "누리시와 가람군은 이달 말까지 두 지역을 잇는 공동 관광 상품을 내놓고 광주/전남"
    text = f"누리시 관광 상품\n\n{WRAPPED}\n{wrapped}\n지역 여행사와 손잡고 판매할 계획이다.\n"
    [item] = items(text)
    assert not any(line.startswith("지역 여행사") for _, line in item["body"])


def test_two_sentences_over_a_givers_credit_line_are_a_caption_with_it() -> None:
    caption = "누리천에 돌아온 수달 가족. 어미가 새끼 두 마리를 데리고 헤엄치고 있다."
    text = f"누리천에 수달 돌아와\n\n{LEAD}\n{caption}\n누리시환경연구원 제공\n{MORE}\n"
    [item] = items(text)
    assert ("caption", f"{caption}\n누리시환경연구원 제공") in item["body"]
    _, trace = explain_text(text)
    assert any(OVER_PROVIDED in why for why in trace.notes.values())


def test_three_sentences_over_a_givers_credit_line_stay_a_paragraph() -> None:
    # a story's paragraph of three sentences tells more than a photo shows
    para = "누리천에 수달 가족이 돌아왔다. 어미가 새끼 두 마리를 데리고 있다. 주민들이 반겼다."
    text = f"누리천에 수달 돌아와\n\n{LEAD}\n{para}\n누리시환경연구원 제공\n{MORE}\n"
    [item] = items(text)
    assert all(kind != "caption" or para not in body for kind, body in item["body"])


def test_a_scene_set_apart_under_a_byline_that_credits_the_photo_is_its_caption() -> None:
    for byline, caption in (
        ("글·사진=한누리 기자 nuri@nurinews.kr", "한결천 산책로에 벚꽃이 활짝 피어 있다."),
        ("정리=한누리 기자 nuri@nurinews.kr", "시민들이 한결천 산책로를 걷고 있다. /서가람 기자"),
    ):
        text = f"골목상권 살리기 속도\n\n{LEAD}\n\n{MORE}\n{byline}\n\n{caption}\n"
        edition, trace = explain_text(text)
        [story] = items(text)  # the story's still, no item of its own
        assert story["body"][-1][1] == caption
        assert CAPTION_UNDER in trace.rule("p1-1")


def test_a_scene_under_a_byline_that_credits_no_photo_is_not_taken_for_its_caption() -> None:
    """The near miss: no photo is credited above it, and it carries no credit of its own."""
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n{MORE}\n한누리 기자 nuri@nurinews.kr\n\n"
        "한결천 산책로에 벚꽃이 활짝 피어 있다.\n"
    )
    edition, trace = explain_text(text)
    assert CAPTION_UNDER not in trace.rule("p1-1")
    assert len(edition.pages[0].items) == 2


KO_BLOCK = (
    "솔뫼제약, 관절약 임상 마쳐\n\n"
    "솔뫼제약은 무릎 관절염 신약의 임상 3상을 마쳤다고 8일\n"
    "밝혔다. 회사는 결과가 나오는 대로 허가 신청을\n"
    "서두르겠다고 내다봤다.\n"
)


def test_a_scene_set_tight_over_its_credit_at_a_blocks_end_is_the_caption() -> None:
    text = KO_BLOCK + "솔뫼제약 연구원들이 시험관을 살펴보고 있다.\n사진=솔뫼제약 제공\n한솔 기자\n"
    [item] = items(text)
    assert item["body"][-1] == (
        "caption",
        "솔뫼제약 연구원들이 시험관을 살펴보고 있다.\n사진=솔뫼제약 제공",
    )
    assert item["body"][-2][1].endswith("서두르겠다고 내다봤다.")
    _, trace = explain_text(text)
    assert any(CAPTION_OVER_CREDIT in why for why in trace.notes.values())


def test_an_english_caption_line_over_a_slash_credit_is_one_caption() -> None:
    text = en_page(
        "TALL SHIP CALLS AT NURIPORT",
        "By MAX DRAKE",
        EN_LEAD,
        "Crowds line the quay as the Nuri Star berths on Sunday.\nPhoto / Jo Reed",
        EN_MORE,
    )
    [item] = items(text)
    caption = "Crowds line the quay as the Nuri Star berths on Sunday.\nPhoto / Jo Reed"
    assert ("caption", caption) in item["body"]


def test_a_reported_sentence_over_a_credit_stays_the_storys() -> None:
    """The near miss: the block's last sentence reports ('… 밝혔다.'), tells no scene."""
    text = KO_BLOCK + "회사는 공장 증설도 검토한다고 밝혔다.\n사진=솔뫼제약 제공\n한솔 기자\n"
    _, trace = explain_text(text)
    assert all(CAPTION_OVER_CREDIT not in why for why in trace.notes.values())


def test_the_last_line_of_a_wrapped_english_paragraph_is_no_caption() -> None:
    """The near miss: a wrapped paragraph whose last line happens to close on a stop."""
    text = en_page(
        "TALL SHIP CALLS AT NURIPORT",
        "By MAX DRAKE",
        EN_LEAD,
        "The harbour master said the ship would stay for the week.\n"
        "Crowds lined the quay to see her berth.\nPhoto / Jo Reed",
        EN_MORE,
    )
    _, trace = explain_text(text)
    assert all(CAPTION_OVER_CREDIT not in why for why in trace.notes.values())
