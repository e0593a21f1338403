"""Bylines in brackets and angle brackets, a title first, and a name's syllables set apart."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.article_bylines import SIGNED_UNDER
from reader.ingest.byline_lines import bylines_in, credit_bylines
from reader.ingest.closing_lines import BYLINE_OVER_HEAD
from tests.ingest.test_conventions import LEAD, MORE, items


def test_a_bracketed_byline_over_a_headline_heads_that_story() -> None:
    text = (
        "[하도윤 기자]\n시립미술관 야간 개장 연장\n"
        "시립미술관이 야간 개장을 다음 달까지 연장한다.\n"
        "관람객이 지난해보다 30% 늘었다고 미술관은 밝혔다.\n"
        "[남궁별 기자]\n항구 여객선 증편 운항\n"
        "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다.\n"
    )
    _, trace = explain_text(text)
    first, second = items(text)
    assert first["headline"] == "시립미술관 야간 개장 연장"
    assert [b[:2] for b in first["bylines"]] == [("하도윤", "기자")]
    assert second["headline"] == "항구 여객선 증편 운항"
    assert [b[:2] for b in second["bylines"]] == [("남궁별", "기자")]
    assert trace.rule("p1-2").startswith(f"items: {BYLINE_OVER_HEAD}")


def test_a_bracketed_byline_under_its_story_still_closes_it() -> None:
    text = (
        "시립미술관 야간 개장 연장\n"
        "시립미술관이 야간 개장을 다음 달까지 연장한다.\n"
        "[하도윤 기자]\n"
        "관람객 늘어 주말 해설 프로그램도 확대\n"
    )
    _, trace = explain_text(text)
    assert all(BYLINE_OVER_HEAD not in why for why in trace.notes.values())
    assert [b[:2] for b in items(text)[0]["bylines"]] == [("하도윤", "기자")]


def test_a_place_and_a_reporter_after_the_last_sentence_are_the_byline() -> None:
    lead = "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다. 해운조합은 증편 기간을 늘렸다."
    [item] = items(f"항구 여객선 증편 운항\n\n{lead} 목포=남궁별 기자\n")
    assert item["body"] == [("lead", lead)]
    assert item["bylines"] == [("남궁별", "기자", None, "목포")]


def test_a_reporter_in_brackets_after_the_last_sentence_is_the_byline() -> None:
    lead = "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다. 해운조합은 증편 기간을 늘렸다."
    [item] = items(f"항구 여객선 증편 운항\n\n{lead} [남궁별 기자 star@solbit.kr]\n")
    assert item["body"] == [("lead", lead)]
    assert item["bylines"] == [("남궁별", "기자", "star@solbit.kr", None)]


def test_a_dateline_inside_a_bracketed_byline_is_its_place() -> None:
    text = (
        "항구 여객선 증편 운항\n\n[목포=솔빛통신 남궁별 기자] 섬을 오가는 여객선이 주말마다 "
        "두 차례 더 운항한다.\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("남궁별", "기자", None, "목포")]


def test_former_opens_the_post_not_the_name() -> None:
    text = (
        "장관에게 듣는다\n\n대담=홍길동 전 장관 / 정리=김철수 기자\n\n"
        "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다.\n"
    )
    [item] = items(text)
    assert item["bylines"][0][:2] == ("홍길동", "전 장관")


def test_a_wire_byline_in_parentheses_closes_its_story_under_its_own_rule() -> None:
    byline = "(상파울루=연합뉴스) 배다은 특파원"
    text = f"가람국 총리 방한\n\n{LEAD}\n\n{byline}\n\n나라국 대통령 사임\n\n{LEAD}\n"
    edition, trace = explain_text(text)
    _, second = edition.pages[0].items
    assert trace.rule(second.id).startswith("items: the item before ends with its byline")


# --- a credit in angle brackets closing a story ------------------------------------------

COURT_BRIEF = (
    "솔뫼지법, 조정 주간 운영\n\n"
    "솔뫼지방법원은 다음 달 3일부터 일주일 동안 조정 주간을 운영한다고 밝혔다.\n"
    "법원은 이 기간 민사 사건 120건을 조정에 회부할 예정이다.\n"
)


def test_a_credit_in_angle_brackets_closes_the_story_as_its_byline() -> None:
    [item] = items(f"{COURT_BRIEF}<정리=한가람 기자>\n")
    assert item["bylines"] == [("한가람", "기자", None, None)]
    assert all("정리" not in text for _, text in item["body"])


def test_a_photo_credit_in_angle_brackets_is_no_byline() -> None:
    # '사진=' credits a photo, not the story's writer, in brackets as bare
    [item] = items(f"{COURT_BRIEF}<사진=한가람 기자>\n")
    assert item["bylines"] == []


def test_half_an_angle_bracket_makes_no_credit_line() -> None:
    # a credit in angle brackets closes a story only with both of them
    assert credit_bylines("<정리=한가람 기자>") is not None
    assert credit_bylines("<정리=한가람 기자") is None
    assert credit_bylines("정리=한가람 기자>") is None


def test_a_heads_title_first_signature_under_a_column_kicker_is_its_byline() -> None:
    text = f"[군수 칼럼] 골목이 살아야 군이 산다\n누리군수 한다온\n\n{LEAD}\n\n{MORE}\n"
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["deck"] == []
    assert item["bylines"] == [("한다온", "누리군수", None, None)]
    assert trace.rule("p1-1", "byline.0") == SIGNED_UNDER


def test_a_title_first_line_under_a_plain_headline_is_no_writers_byline() -> None:
    text = f"골목이 살아야 군이 산다\n누리군수 한다온\n\n{LEAD}\n\n{MORE}\n"
    [item] = items(text)
    assert ("한다온", "누리군수", None, None) not in item["bylines"]


def test_a_surname_of_two_syllables_set_apart_from_the_given_name_is_one_name() -> None:
    text = (
        "누리천 정비 판결 요지\n\n"
        f"{LEAD}\n\n{MORE}\n\n"
        "정리=남궁 현 기자 namgung@nuri.kr\n\n"
        "[판례 읽기] 누리천 판결의 뜻\n"
        f"{LEAD}\n\n한누리 변호사(법무법인 누리)\n"
    )
    digest, reading = items(text)
    assert digest["bylines"] == [("남궁 현", "기자", "namgung@nuri.kr", None)]
    assert reading["headline"] == "[판례 읽기] 누리천 판결의 뜻"
    assert bylines_in("황보 민 기자") is not None


def test_a_compound_surname_in_a_sentence_is_no_byline() -> None:
    assert bylines_in("남궁 현 기자회견장 앞에 시민들이 모였다.") is None
    assert bylines_in("남궁 현장감 기자") is None  # a given name of two syllables at most


def test_a_common_word_and_a_modifier_before_a_reporter_are_no_set_apart_name() -> None:
    # '사공' (a boatman) and '서문' (a preface) spell common words; '많은', '쓴' modify
    for line in ("사공 많은 기자", "서문 쓴 기자", "남궁 많은 기자"):
        found = bylines_in(line)
        assert found is None or all(" " not in m["names"] for m in found), line


def test_a_card_storys_maker_credited_at_its_foot_is_its_byline() -> None:
    text = f"미세먼지 이렇게 피하세요\n\n{LEAD}\n\n{MORE}\n\n자료=환경부\n기획·제작=한누리 기자\n"
    [item] = items(text)
    assert item["bylines"] == [("한누리", "기자", None, None)]


def test_a_sentence_about_planning_is_no_credit() -> None:
    # the near miss: the word without '=' and a name says nothing of who made the piece
    text = f"미세먼지 이렇게 피하세요\n\n{LEAD}\n\n기획 단계부터 시민 의견을 들었다고 밝혔다.\n"
    [item] = items(text)
    assert item["bylines"] == []
