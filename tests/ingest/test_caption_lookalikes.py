"""Lines that only look like captions: a story's agency, a copyright notice, sentences, entries."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.credited_photo import CREDITED_PHOTO
from reader.ingest.credits import credit_suffix
from reader.ingest.photo_numbers import numbered_photo
from reader.model import Article
from tests.ingest.rule_pages import _items
from tests.ingest.test_conventions import LEAD, MORE, items

MOMENT = "한누리씨가 9일 누리시 유물관에서 할아버지의 편지를 살펴보고 있다."


def test_a_lone_sentence_of_who_when_where_in_the_progressive_is_a_caption() -> None:
    text = f"누리 유물관 개관\n\n{LEAD}\n\n{MORE}\n\n{MOMENT}\n\n◇ 남은 과제\n\n{MORE}\n"
    [item] = items(text)
    assert ("caption", MOMENT) in item["body"]


def test_a_progressive_sentence_of_the_story_stays_a_paragraph() -> None:
    line = "시는 현재 누리천 정비 계획을 다시 짜고 있다."
    [item] = items(f"누리천 정비\n\n{LEAD}\n\n{MORE}\n\n{line}\n\n{MORE}\n")
    assert ("paragraph", line) in item["body"]


def test_two_sentences_over_an_agency_line_stay_prose() -> None:
    text = f"누리시 관광객 늘어\n\n{LEAD}\n\n{MORE}\n연합뉴스\n"
    [item] = items(text)
    assert ("paragraph", MORE) in item["body"]


def test_a_sentence_ending_in_a_word_before_jegong_is_no_caption() -> None:
    """'제공' closing a sentence ('… 제공한다.') is prose, whatever precedes it."""
    text = f"누리시 식품 지원\n\n{LEAD} 시는 쌀을 무료로 제공\n"
    [item] = items(text)
    assert all(kind != "caption" for kind, _ in item["body"])


def test_an_agency_named_inside_a_sentence_credits_nothing() -> None:
    assert credit_suffix("그는 말했다. 연합뉴스가 처음 보도했다.") is None
    assert credit_suffix("연합뉴스") is None


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


def test_a_copyright_notice_closing_the_copy_is_no_caption() -> None:
    text = (
        "솔뫼항 크레인 멈춰 하역 중단\n\n"
        "3일 오전 솔뫼항 제2부두의 크레인이 고장으로 멈춰 하역 작업이 중단됐다.\n\n"
        "저작권자 ⓒ 솔뫼뉴스 무단전재 및 재배포 금지\n"
    )
    [item] = items(text)
    assert "caption" not in [kind for kind, _ in item["body"]]


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


def test_a_slash_in_a_rate_or_a_span_of_figures_credits_no_photo() -> None:
    # '원/달러' is a rate, '2시/ 3시' a span: no caption closed by its credit
    assert credit_suffix("원·달러 환율은 1403.2원/달러") is None
    assert credit_suffix("행사는 오후 2시/ 3시에") is None
    # a caption that counts its people still closes on its credit
    assert credit_suffix("광장에 모인 시민 2천명/연합뉴스") == "/연합뉴스"


def test_a_fraction_opening_a_sentence_of_the_story_is_no_caption() -> None:
    line = "1/3 가구가 월세를 내는 것으로 나타났다고 시는 밝혔다."
    assert not numbered_photo(line)
    [item] = items(f"누리시 월세 가구 늘어\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert ("paragraph", line) in item["body"]


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


def _credited_story(*middle: str, byline: str = "글·사진=한가람 기자") -> str:
    return "누리천 둑길 새 단장\n\n" + "\n\n".join([LEAD, MORE, *middle, byline]) + "\n"


SCENE = "주민들이 지난 3일 새로 깐 둑길을 걷고 있다."


def test_a_scene_sentence_in_a_story_whose_byline_credits_its_photo_is_its_caption() -> None:
    # set tight among the text, or alone over the byline '글·사진=' (the photo is the writer's)
    tight = f"누리천 둑길 새 단장\n\n{LEAD}\n{SCENE}\n{MORE}\n\n글·사진=한가람 기자\n"
    both = _credited_story(SCENE, byline="글=한가람 기자 / 사진=서누리 기자")
    for text in (tight, _credited_story(SCENE), both):
        [item] = items(text)
        assert ("caption", SCENE) in item["body"]
        assert [b[:2] for b in item["bylines"]][0] == ("한가람", "기자")
    _, trace = explain_text(tight)
    assert any(CREDITED_PHOTO in why for why in trace.notes.values())


def test_a_scene_sentence_under_a_byline_that_credits_no_photo_stays_a_paragraph() -> None:
    [item] = items(_credited_story(SCENE, byline="한가람 기자"))
    assert ("paragraph", SCENE) in item["body"]


def test_two_scene_sentences_leave_a_photo_credited_story_without_a_caption() -> None:
    other = "아이들이 지난 4일 둑길 옆 꽃밭에서 사진을 찍고 있다."
    [item] = items(_credited_story(SCENE, other))
    assert ("paragraph", SCENE) in item["body"] and ("paragraph", other) in item["body"]
    # nor is the story's own progressive sentence, which names no day, a caption
    line = "주민들은 지난 3일부터 둑길 정비를 돕고 있다."
    [item] = items(_credited_story(line))
    assert ("paragraph", line) in item["body"]


def test_a_scene_sentence_that_leads_goes_on_or_runs_long_stays_text() -> None:
    # the near misses in a photo-credited story: the lead telling the scene the feature opens
    # on, a paragraph whose scene sentence follows another, a sentence longer than captions run
    lead = f"누리천 둑길 새 단장\n\n{SCENE}\n\n{MORE}\n\n글·사진=한가람 기자\n"
    [item] = items(lead)
    assert item["body"][0] == ("lead", SCENE)
    two = f"둑길은 모두 2㎞에 이른다. {SCENE}"
    long = (
        "주민들이 지난 3일 누리천 상류의 낡은 제방을 허물고 새로 깐 2㎞ 길이의 둑길을 따라"
        " 유모차를 밀거나 자전거를 타고, 또 반려견과 함께 천천히 산책하며 봄볕 아래 활짝 핀"
        " 벚꽃과 물가에 내려앉은 철새 떼를 구경하느라 누리천 다리 위에서 한참 동안 걸음을"
        " 멈춘 채 휴대전화로 사진을 찍으며 이야기를 나누고 있다."
    )
    for text in (two, long):
        [item] = items(_credited_story(text))
        assert ("paragraph", text) in item["body"]


def test_a_photo_credited_story_whose_caption_was_found_keeps_its_scene_sentence() -> None:
    # the caption carries its own credit; the story's scene sentence is its text
    caption = "아이들이 지난 4일 둑길 옆 꽃밭에서 뛰놀고 있다. /누리시 제공"
    [item] = items(_credited_story(caption, SCENE))
    assert ("caption", caption) in item["body"]
    assert ("paragraph", SCENE) in item["body"]
