"""Photo stories and galleries, and captions around a story's byline."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.caption_credits import credit_under_caption
from reader.ingest.credits import credit_suffix
from reader.ingest.lines import Line, Para
from reader.ingest.photo_numbers import NUMBERED_PHOTO, numbered_photo
from reader.ingest.web_foot import CAPTION_UNDER
from tests.ingest.rule_pages import SERIAL
from tests.ingest.test_conventions import LEAD, MORE, items


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


def test_a_cartoons_speech_lines_over_its_credit_are_one_caption() -> None:
    _, cartoon = items(SERIAL)
    words = "누리: 아빠, 오늘 저녁 뭐예요?\n아빠: 카레란다.\n누리: 어제도 카레였잖아요…."
    assert cartoon["headline"] == "[네컷 만화] 누리네 식탁"
    assert cartoon["body"] == [("caption", words)]
    assert cartoon["bylines"] == [("오가람", "작가", None, None)]


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


def test_a_scene_named_between_paragraphs_is_still_a_caption() -> None:
    scene = "누리천 둑길에 핀 벚꽃 모습."
    [item] = items(f"누리천 벚꽃 만개\n\n{LEAD}\n\n{scene}\n\n{MORE}\n")
    assert ("caption", scene) in item["body"]
