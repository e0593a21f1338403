"""Captions and their credits, on small made-up examples: a photo, map or chart credit
closing its caption, a caption credited with or without a slash, an agency, a wire credit with
its place or a copyright mark ending a caption, a portrait's caption, and the sentences (a
story's closing agency, a copyright notice) that only look like captions, and a photo story's
captions led by their photos' numbers. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.caption_credits import CREDIT_OVER, credit_under_caption
from reader.ingest.credits import _AGENCIES, credit_suffix
from reader.ingest.lines import Line, Para
from reader.ingest.photo_numbers import NUMBERED_PHOTO, numbered_photo
from reader.ingest.web_foot import CAPTION_UNDER
from reader.ingest.wire_photo import WIRE_PHOTO
from reader.model import Article
from tests.ingest.rule_pages import EN_LEAD_FERRY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_FERRY as EN_MORE
from tests.ingest.rule_pages import MAP, SERIAL, WEB, _items, en_page
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


MOMENT = "한누리씨가 9일 누리시 유물관에서 할아버지의 편지를 살펴보고 있다."


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


def test_a_marked_caption_and_its_credit_under_the_closing_byline_stay_the_storys() -> None:
    text = (
        f"누리천 산책로 새 단장\n\n{LEAD}\n\n{MORE}\n\n한누리 기자\n\n"
        "[사진] 주민들이 새 산책로를 걷고 있다.\n누리시 제공\n\n"
        "누리역 광장 분수 다시 켠다\n\n누리시는 역 광장 분수를 3월부터 다시 켠다고 밝혔다.\n"
    )
    story, second = items(text)
    assert story["body"][-1] == ("caption", "[사진] 주민들이 새 산책로를 걷고 있다.\n누리시 제공")
    assert story["bylines"] == [("한누리", "기자", None, None)]
    assert second["headline"] == "누리역 광장 분수 다시 켠다"
    _, trace = explain_text(text)
    assert CAPTION_UNDER in trace.rule("p1-1")


def test_a_headline_over_a_credited_line_after_a_byline_opens_an_item() -> None:
    # a head over its deck after the byline: no scene told, so no caption of the story above
    text = (
        f"누리천 산책로 새 단장\n\n{LEAD}\n\n한누리 기자\n\n"
        "누리역 광장 분수 다시 켠다\n누리시 제공\n\n누리시는 역 광장 분수를 3월부터 다시 켠다.\n"
    )
    _, trace = explain_text(text)
    assert CAPTION_UNDER not in trace.rule("p1-1")
    assert len(items(text)) == 2


def test_a_givers_credit_under_a_photos_sentence_on_a_page_without_blank_lines() -> None:
    # set tight: the credit closes the caption above it, the headline under it opens
    text = (
        f"누리천 산책로 새 단장\n한누리 기자\n{LEAD}\n{MORE}\n"
        "3일 주민들이 새 산책로를 걷고 있다.\n누리시 제공\n"
        "누리역 광장 분수 다시 켠다\n누리시는 역 광장 분수를 3월부터 다시 켠다고 밝혔다.\n"
    )
    story, second = items(text)
    assert story["body"][-1] == ("caption", "3일 주민들이 새 산책로를 걷고 있다.\n누리시 제공")
    assert second["headline"] == "누리역 광장 분수 다시 켠다"


def test_a_givers_credit_after_a_blank_line_may_head_an_item() -> None:
    # apart from the sentence above, '… 제공' is no credit of it
    assert not credit_under_caption(
        [Para([Line("3일 주민들이 걷고 있다.", 0)]), Para([Line("누리시 제공", 20)], gap=1)], 1
    )


def test_a_lone_sentence_of_who_when_where_in_the_progressive_is_a_caption() -> None:
    text = f"누리 유물관 개관\n\n{LEAD}\n\n{MORE}\n\n{MOMENT}\n\n◇ 남은 과제\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", MOMENT) in item["body"]


def test_a_progressive_sentence_of_the_story_stays_a_paragraph() -> None:
    line = "시는 현재 누리천 정비 계획을 다시 짜고 있다."
    [item] = items(f"누리천 정비\n\n{LEAD}\n\n{MORE}\n\n{line}\n\n{MORE}\n")
    assert ("paragraph", line) in item["body"]


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


def test_two_sentences_over_an_agency_line_stay_prose() -> None:
    text = f"누리시 관광객 늘어\n\n{LEAD}\n\n{MORE}\n연합뉴스\n"
    [item] = items(text)
    assert ("paragraph", MORE) in item["body"]


def test_a_caption_credited_without_a_slash() -> None:
    caption = "8일 누리시장 채소 골목에서 시민들이 나물을 고르고 있다. 누리시 제공"
    text = f"누리시장 봄나물 인기\n\n{LEAD}\n\n{caption}\n"
    [item] = items(text)
    assert item["body"][-1] == ("caption", caption)


def test_a_sentence_ending_in_a_word_before_jegong_is_no_caption() -> None:
    """'제공' closing a sentence ('… 제공한다.') is prose, whatever precedes it."""
    text = f"누리시 식품 지원\n\n{LEAD} 시는 쌀을 무료로 제공\n"
    [item] = items(text)
    assert all(kind != "caption" for kind, _ in item["body"])


def test_a_cartoons_speech_lines_over_its_credit_are_one_caption() -> None:
    _, cartoon = items(SERIAL)
    words = "누리: 아빠, 오늘 저녁 뭐예요?\n아빠: 카레란다.\n누리: 어제도 카레였잖아요…."
    assert cartoon["headline"] == "[네컷 만화] 누리네 식탁"
    assert cartoon["body"] == [("caption", words)]
    assert cartoon["bylines"] == [("오가람", "작가", None, None)]


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


def _kinds(article: Article) -> list[str]:
    return [b.kind for b in article.body]


def test_a_boxs_entries_with_a_slash_are_entries_not_captions() -> None:
    page = (
        "청림군, 봄꽃 축제 연다\n\n"
        "청림군은 다음 달 5일부터 사흘간 군청 앞 광장에서 봄꽃 축제를 연다고 밝혔다. "
        "올해로 12회째다.\n\n"
        "축제 개요는 다음과 같다.\n\n"
        "▲ 일시 / 4월 5~7일\n"
        "▲ 장소 / 청림군청 앞 광장\n"
        "▲ 주최 / 청림군\n"
        "▲ 문의 / 문화관광과\n\n"
        '군 관계자는 "많은 분들이 찾아 주시길 바란다"고 말했다.\n\n'
        "김하늘 기자\n"
    )
    [story] = _items(ingest_text(page))
    assert isinstance(story, Article)
    assert "caption" not in _kinds(story)
    assert _kinds(story).count("bullet") == 4


def test_an_english_storys_closing_agency_credits_the_story_not_a_photo() -> None:
    page = (
        "QUAKE SHAKES CHILE\n\n"
        "A strong earthquake shook northern Chile on Wednesday, officials said.\n\n"
        "Power was cut in two towns and schools were closed for the day. AP\n"
    )
    [story] = _items(ingest_text(page))
    assert isinstance(story, Article)
    assert "caption" not in _kinds(story)


def test_a_copys_copyright_tail_ends_its_paragraph_not_a_caption() -> None:
    page = (
        "동네 서점 되살린 청년들\n\n"
        "청년 창업가 세 명이 문을 닫은 동네 서점을 되살렸다. 이들은 서점을 바꿨다.\n\n"
        "서점은 매주 토요일 작가와의 만남을 연다. ⓒ한결일보 무단전재\n"
    )
    [story] = _items(ingest_text(page))
    assert isinstance(story, Article)
    assert "caption" not in _kinds(story)


def test_a_caption_naming_a_chief_is_no_signature() -> None:
    """A word ending in a verb's modifier ('기념사하는') is not the body a person heads."""
    text = f"누리농협 창립 50주년\n\n{LEAD}\n\n{MORE}\n\n기념사하는 조합장 문태식\n"
    [story] = items(text)
    assert story["bylines"] == []


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


def test_a_copyright_notice_closing_the_copy_is_no_caption() -> None:
    text = (
        "솔뫼항 크레인 멈춰 하역 중단\n\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.\n\n"
        "저작권자 ⓒ 솔뫼뉴스 무단전재 및 재배포 금지\n"
    )
    [item] = items(text)
    assert "caption" not in [kind for kind, _ in item["body"]]


def test_a_caption_closed_by_a_wire_credit_with_its_place() -> None:
    caption = "두 장관이 10일 솔뫼 본부에서 합의문에 서명한 뒤 악수하고 있다. 솔뫼=AP 뉴시스"
    assert credit_suffix(caption) == "솔뫼=AP 뉴시스"
    assert credit_suffix("두 장관이 악수하고 있다. AP 뉴시스") == "AP 뉴시스"


def test_a_caption_closed_by_a_slash_the_place_and_any_agency_is_a_caption() -> None:
    caption = "두 정상이 3일 솔뫼 회의장에서 악수하고 있다. /솔뫼=누리통신"
    assert credit_suffix(caption) == "/솔뫼=누리통신"
    text = f"솔뫼 정상회의 폐막\n\n{LEAD}\n\n{caption}\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", caption) in item["body"]


def test_a_slash_and_an_equals_sign_inside_a_sentence_credit_nothing() -> None:
    assert credit_suffix("두 정상은 솔뫼=누리 합의를 /솔뫼=누리 방식이라 불렀다") is None
    assert credit_suffix("환율은 이날 원/달러=1320원으로 마감했다.") is None


def test_a_story_sentence_naming_an_agency_mid_text_is_no_credit() -> None:
    assert credit_suffix("두 장관의 회담은 AP 뉴시스 보도로 알려졌다") is None


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


def test_a_data_credit_closing_a_paragraph_makes_no_caption() -> None:
    # who gave the figures ('자료 제공=') credits no photo: the paragraph stays the lead
    text = (
        "가계 빚 또 늘었다\n\n"
        "가계 부채가 지난해 4분기에 또 늘어 1900조원을 넘었다. [자료 제공=한국은행]\n\n"
        "은행권 대출이 크게 늘어난 탓이다.\n\n"
        "김하늘 기자\n"
    )
    [story] = items(text)
    assert [kind for kind, _ in story["body"]][:1] == ["lead"]
    assert story["body"][0][1].startswith("가계 부채가 지난해 4분기에")
    assert all(kind != "caption" for kind, _ in story["body"])
    assert credit_suffix("시민들이 광장을 걷고 있다. (독자 제공=한빛뉴스)") is not None


PHOTO_STORY = (
    "[포토] 첫서리 내린 솔뫼 들녘\n\n"
    "[사진1] 3일 새벽 솔뫼면 배추밭에서 농민들이 서리 맞은 배추를 거두고 있다.\n\n"
    "올가을 첫서리가 3일 솔뫼 들녘에 내렸다. 평년보다 엿새 이르다.\n\n"
    "② 솔뫼천 둑길의 억새가 하얗게 서리를 입은 모습.\n\n"
    "솔뫼면은 이번 주 안에 배추 수확을 마칠 계획이다.\n"
)


def test_a_photo_storys_numbered_lines_are_captions_and_the_first_prose_its_lead() -> None:
    edition, trace = explain_text(PHOTO_STORY)
    [item] = items(PHOTO_STORY)
    assert [kind for kind, _ in item["body"]] == ["caption", "lead", "caption", "paragraph"]
    assert trace.rule("p1-1", "body.0") == NUMBERED_PHOTO
    assert trace.rule("p1-1", "body.2") == NUMBERED_PHOTO


def test_a_numbered_paragraph_of_prose_is_no_caption() -> None:
    # '①' leads a point of the story, which ends on another verb: text, not a caption
    text = (
        "솔뫼군, 내년 농업 예산 늘린다\n\n"
        "솔뫼군이 내년 농업 예산을 12% 늘린다고 3일 밝혔다.\n\n"
        "① 군은 청년 농민 40명에게 정착 자금을 주기로 했다.\n\n"
        "② 군은 공동 선별장 두 곳을 새로 짓고 있다고 밝혔다. 준공은 내년 6월이다.\n"
    )
    [item] = items(text)
    assert "caption" not in [kind for kind, _ in item["body"]]


def test_a_storys_points_in_the_progressive_are_no_captions() -> None:
    # '① … 늘고 있다.' is how news prose states a trend: with no photo's sign on any of the
    # numbered lines (a '[사진N]', a credit, a scene's '모습.'), they are the story's points
    text = (
        "솔뫼시 가계 빚 경고등\n\n"
        "전문가들은 세 가지 위험 요인을 지목한다.\n\n"
        "① 주택담보대출이 빠르게 늘고 있다.\n\n"
        "② 자영업자의 대출 연체율이 오르고 있다.\n\n"
        "김하늘 기자\n"
    )
    [item] = items(text)
    assert "caption" not in [kind for kind, _ in item["body"]]


def test_a_gallerys_circled_captions_are_captions_when_one_of_them_is_credited() -> None:
    # one line of the run carries the photo's credit: the run is a photo story's captions
    text = (
        "[포토] 솔뫼에 첫눈\n\n"
        "솔뫼 곳곳에 첫눈이 내린 22일, 시민들이 겨울 풍경을 즐겼다.\n\n"
        "① 22일 오전 솔뫼산 계곡 주변 나무들이 하얗게 눈을 이고 있다.\n\n"
        "② 솔뫼천 둑길에서 어린이들이 눈사람을 만들고 있다. /독자 제공\n\n"
        "③ 솔뫼역 앞에서 환경미화원이 눈을 치우고 있다.\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead", "caption", "caption", "caption"]
    assert trace.rule("p1-1", "body.1") == NUMBERED_PHOTO


def test_a_photo_storys_marked_headline_after_a_byline_heads_its_own_item() -> None:
    # '[사진] 오늘의 풍경' with its text tight under it heads a photo story of its own; a
    # '[사진]' line with its giver's credit under it is the story above's caption
    text = (
        "독감 환자 급증\n\n"
        "독감 환자가 지난주보다 두 배 늘었다고 질병청이 3일 밝혔다. 당국은 접종을 당부했다.\n"
        "이서연 기자\n\n"
        "[사진] 오늘의 풍경\n"
        "한빛공원에 단풍이 절정을 이뤘다. 주말 나들이객이 몰릴 전망이다.\n"
    )
    flu, photo = items(text)
    assert photo["headline"] == "[사진] 오늘의 풍경"
    assert [kind for kind, _ in flu["body"]] == ["lead"]
    scene = "[사진] 시민들이 단풍길을 걷고 있다.\n"
    credited = text.replace("[사진] 오늘의 풍경\n", scene).replace(
        "한빛공원에 단풍이 절정을 이뤘다. 주말 나들이객이 몰릴 전망이다.\n", "한빛공원 제공\n"
    )
    [story] = items(credited)
    assert [kind for kind, _ in story["body"]] == ["lead", "caption"]


def test_a_credit_over_the_storys_last_sentence_takes_no_caption_from_it() -> None:
    # '사진=NAME 기자' over '… 면담할 예정이다.': that line says no scene, so it is no caption
    # under its credit; the story's closing sentence stays in its text
    text = (
        "시장 상인들 한숨\n\n"
        "전통시장 상인들이 경기 침체로 어려움을 겪고 있다. 상인회는 지원을 요청했다.\n"
        "사진=김하늘 기자\n"
        "상인회는 오는 10일 구청장과 면담할 예정이다.\n\n"
        "박지훈 기자\n"
    )
    [story] = items(text)
    captions = [said for kind, said in story["body"] if kind == "caption"]
    assert not any("면담할 예정이다" in said for said in captions)


def test_a_slash_in_a_rate_or_a_span_of_figures_credits_no_photo() -> None:
    # '원/달러' is a rate, '2시/ 3시' a span: no caption closed by its credit
    assert credit_suffix("원·달러 환율은 1403.2원/달러") is None
    assert credit_suffix("행사는 오후 2시/ 3시에") is None
    # a caption that counts its people still closes on its credit
    assert credit_suffix("광장에 모인 시민 2천명/연합뉴스") == "/연합뉴스"


def test_a_gallerys_captions_led_by_their_counter_are_captions() -> None:
    shots = [
        "1/3 시민들이 누리천 둑길을 따라 걷고 있다.",
        "2/3 아이들이 징검다리를 건너고 있다.",
        "3/3 누리천 하류의 갈대밭 모습.",
    ]
    text = "[포토] 누리천의 가을\n\n" + LEAD + "\n\n" + "\n".join(shots) + f"\n\n{MORE}\n"
    [item] = items(text)
    for shot in shots:
        assert ("caption", shot) in item["body"]
    assert numbered_photo(shots[0])
    # the counter's slash is no rate: the last caption's credit is still read
    assert credit_suffix("3/3 누리천 하류의 갈대밭 모습. 사진=한누리 기자") == "사진=한누리 기자"


def test_a_fraction_opening_a_sentence_of_the_story_is_no_caption() -> None:
    line = "1/3 가구가 월세를 내는 것으로 나타났다고 시는 밝혔다."
    assert not numbered_photo(line)
    [item] = items(f"누리시 월세 가구 늘어\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert ("paragraph", line) in item["body"]


def test_a_map_or_chart_credit_closes_its_caption() -> None:
    assert credit_suffix("누리천 다리 위치도. 지도=누리뉴스 그래픽팀") == "지도=누리뉴스 그래픽팀"
    line = "누리시 공공요금 인상 추이. 자료: 누리시 / 그래픽=한누리 기자"
    assert credit_suffix(line) == "/ 그래픽=한누리 기자"
    # a rate's '=' is no credit, nor a maker's word before a sentence ('지도=' then a verb)
    assert credit_suffix("환율은 1달러=1400원 안팎이다. 지도=환율이 오르면 다시 바뀐다") is None


def test_a_charts_caption_under_the_closing_byline_stays_the_storys() -> None:
    chart = "누리시 공공요금 인상 추이. 자료: 누리시 / 그래픽=한누리 기자"
    text = (
        f"누리시 공공요금 오른다\n\n{LEAD}\n\n{MORE}\n\n한누리 기자\n\n{chart}\n\n"
        "바로잡습니다\n\n본지 3일자 2면 기사에서 '12개'는 '9개'이기에 바로잡습니다.\n"
    )
    story, correction = items(text)
    assert story["body"][-1] == ("caption", chart)
    assert correction["headline"] == "바로잡습니다"
    _, trace = explain_text(text)
    assert CAPTION_UNDER in trace.rule("p1-1")


def test_a_photos_credited_line_under_a_byline_is_not_taken_for_a_chart() -> None:
    # a photo's credit ('사진=') under a byline may open a photo story: only a map or a chart
    # is the story's by its credit alone
    text = (
        f"누리시 공공요금 오른다\n\n{LEAD}\n\n한누리 기자\n\n"
        "누리역 광장의 아침. 사진=한누리 기자\n\n누리역 광장에 아침 시장이 섰다. 상인들이 모였다.\n"
    )
    _, trace = explain_text(text)
    assert CAPTION_UNDER not in trace.rule("p1-1")


def test_a_live_reports_minute_lines_are_its_text_not_captions() -> None:
    text = (
        "[문자중계] 누리FC, 후반 극장골로 2-1 승리\n\n"
        "전반 4분 누리FC 한바다의 중거리 슛이 골대를 맞고 나왔다.\n\n"
        "전반 33분 누리FC 수비수 한누리 경고.\n\n"
        "후반 27분 누리FC 한누리 대신 한가람 투입.\n\n"
        "후반 45+3분 한가람의 크로스를 한바다가 머리로 받아 넣었다.\n"
    )
    [item] = items(text)
    assert "caption" not in [kind for kind, _ in item["body"]]
    assert ("paragraph", "전반 33분 누리FC 수비수 한누리 경고.") in item["body"]


def test_a_scene_named_between_paragraphs_is_still_a_caption() -> None:
    scene = "누리천 둑길에 핀 벚꽃 모습."
    [item] = items(f"누리천 벚꽃 만개\n\n{LEAD}\n\n{scene}\n\n{MORE}\n")
    assert ("caption", scene) in item["body"]
