"""Joins at a full line's end that the edition's spacing statistics leave open, decided by
rules of Korean spacing (issue #12; reader/ingest/orthography.py). Each is asked as
the PDF ingest asks it: the text so far, the next printed line, the edition's words."""

from __future__ import annotations

from reader.ingest.orthography import (
    can_after_adnominal,
    ends_postposition,
    hada_stem,
    stands_before_number,
)
from reader.ingest.repair import Vocabulary, separator

# An edition that prints '가능' and '필요' as stems of 하다 verbs, and the words that must
# keep their space before a form of 하다.
EDITION = """\
충분히 가능하다 올해 필요한 인력을 뽑는다
무엇을 할지 모른다 하루 한 번 점검한다 사업은 추진돼야 한다 그는 일을 잘하는 편이다
"""


def _sep(left: str, right: str, text: str = EDITION) -> str:
    return separator(left, right, Vocabulary(text), counts=True)


def test_a_hada_verbs_stem_joins_the_form_of_hada_that_starts_the_next_line() -> None:
    assert _sep("ESG 경영이 실제로 가능", "할지 궁금하다.") == ""
    assert _sep("다만 재원 확보에 필요", "한 곳이 많다.") == ""  # '한' a form, not 'one'
    assert _sep("협력 체계를 가능", "하게 했다.") == ""


def test_a_word_before_a_form_of_hada_keeps_its_space() -> None:
    assert _sep("다음에 무엇을", "할지 모른다.") == " "  # a particle: '무엇을' is a word
    assert _sep("설비는 하루", "한 번 점검한다.") == " "  # '한' is 'one': '하루' is no stem
    assert _sep("사업은 추진돼야", "한다고 했다.") == " "  # a verb's ending
    assert _sep("입장을 분명히", "했다.") == " "  # an adverb
    assert _sep("곧 간다고", "했다.") == " "  # a quotation's ending
    # One syllable ('잘 했다' and '잘했다' are both written): the rule leaves it to the rest.
    assert not hada_stem("그는 일을 잘", "했다.", Vocabulary(EDITION).prints_as_stem)


# An edition that prints none of the stems below with 하다.
PLAIN = "올해 예산 여부를 본다\n"


def test_a_bare_noun_joins_a_form_of_hada_with_an_ending_of_its_own() -> None:
    assert _sep("의견을 실시간으로 수렴", "하고 분석해 행정에", PLAIN) == ""
    assert _sep("바이오 산업이 결합", "하면 새 시장이", PLAIN) == ""


def test_a_bare_han_or_a_noun_ending_like_a_particle_needs_the_edition() -> None:
    # A bare '한' may be 'one'; '추가' ends as a subject does ('그가 했다').
    stems = Vocabulary(PLAIN).prints_as_stem
    assert not hada_stem("다만 재원 확보에 필요", "한 곳이 많다.", stems)
    assert not hada_stem("올해 예산을 추가", "했다.", stems)
    assert _sep("다만 재원 확보에 필요", "한 곳이 많다.", PLAIN + "꼭 필요한 일\n") == ""
    assert _sep("올해 예산을 추가", "했다.", PLAIN + "예산을 추가하기로 했다\n") == ""


def test_a_word_starting_like_a_form_of_hada_is_not_one() -> None:
    assert _sep("올해 가능", "한국 사업이 많다.") == " "  # '한국'
    assert _sep("이번 필요", "할인 행사를 연다.") == " "  # '할인'


# '라|조' inside two words: the statistics alone would join '따라|조선대는'.
STATS = "보라조아 카라조아 모두 왔다\n이에 따라 시는 올해 위해서는 안 된다 뒤를 따라잡았다\n"


def test_a_postposition_verb_after_a_case_particle_ends_its_word() -> None:
    assert _sep("이에 따라", "조선대는 올해", STATS) == " "
    assert _sep("이를 위해", "광주시는 올해", STATS) == " "
    assert _sep("AI를 통해", "반드시 성과를", STATS) == " "


def test_a_postposition_verb_going_on_into_a_longer_word_is_left_to_the_edition() -> None:
    assert _sep("이를 위해", "서는 안 된다", STATS) == ""  # '위해서는', printed whole
    assert not ends_postposition("길을 따라", "가는 사람들")  # '따라가는': it may go on
    assert _sep("그가 뒤 따라", "잡았다", STATS) == ""  # no case particle: '따라잡았다'


# '약' printed nowhere alone: the statistics read it as a torn word's piece.
NUMBERS = "강국으로 도약하는 길에 그는 계약을 맺었다\n"


def test_about_or_in_all_before_a_number_is_a_word_of_its_own() -> None:
    assert _sep("지원했고, 현재도", "약 40개 과제가", NUMBERS) == " "
    assert _sep("올해 사업비는", "총 300억원이다", NUMBERS) == " "


def test_a_word_the_edition_prints_run_on_into_the_determiner_is_left_to_the_edition() -> None:
    assert _sep("올해 신규 계", "약 3건을 맺었다", NUMBERS) == ""  # '계약' is printed
    printed = Vocabulary(NUMBERS).has_prefix
    # No number follows: '약' may begin a word ('약속'), the rule says nothing.
    assert not stands_before_number("현재도", "약속을 지켰다", printed)
    # No particle closes the word before: it may be torn from '…약' ('상담예약').
    assert not stands_before_number("올해 상담예", "약 30건을 받았다", printed)


def test_a_word_ending_as_a_verb_does_keeps_its_space_before_a_form_of_hada() -> None:
    assert _sep("이번에는 추진하고자", "한다고 밝혔다.", PLAIN) == " "
    assert _sep("주말마다 산책을 하곤", "했다.", PLAIN) == " "
    assert _sep("내년에는 여행을 갈까", "한다.", PLAIN) == " "
    assert _sep("혹시 비가 오나", "했다.", PLAIN) == " "


def test_a_word_that_only_starts_like_a_form_of_hada_needs_the_edition() -> None:
    assert _sep("신축 아파트", "하자 보수를 요구했다.", PLAIN) == " "  # a defect
    assert _sep("구청은 올해", "하기 휴가를 나눠", PLAIN) == " "  # summer
    assert _sep("주연은 배우", "하지원이 맡았다.", PLAIN) == " "  # a name
    assert _sep("주민들이 모두", "한데 모여 앉았다.", PLAIN) == " "  # together
    assert _sep("우리 전통", "한지, 한복을", PLAIN) == " "  # paper
    assert _sep("배에 실린 최신", "해도를 살폈다.", PLAIN) == " "  # a chart
    assert _sep("충분히 가능", "하지만 아직은", EDITION) == ""  # printed as a stem


def test_a_bare_han_before_a_counter_is_one_even_after_a_stem() -> None:
    edition = PLAIN + "매일 운동하는 사람 꼭 필요한 일\n"
    assert _sep("주말에 몰아서 운동", "한 번 했다.", edition) == " "
    assert _sep("행정에 꼭 필요", "한 명이 더 있다.", edition) == " "
    assert _sep("행정에 꼭 필요", "한 일이다.", edition) == ""


def test_a_postposition_verb_going_on_with_seon_is_left_to_the_edition() -> None:
    stats = STATS + "이를 위해선 모두 나서야 한다\n"
    assert _sep("이를 위해", "선 안 된다", stats) == ""  # '위해선', printed whole


# '수' printed nowhere alone: the statistics read it as a torn word's piece.
CAN = "알수록 더 궁금하다 수출이 늘었다\n"


def test_su_before_itda_after_an_adnominal_is_a_word_of_its_own() -> None:
    assert _sep("시민들이 변화를 체감할", "수 있도록 돕는다", CAN) == " "
    assert _sep("누구도 막을", "수 없었다.", CAN) == " "


def test_su_going_on_or_after_no_adnominal_is_left_to_the_edition() -> None:
    assert _sep("시간이 갈", "수록 더 좋아진다", CAN) == ""  # '-ㄹ수록' is one ending
    assert not can_after_adnominal("1990년생 이동", "수가 있다.")  # a name: '이동수'


def test_the_copulas_question_joins_the_word_before() -> None:
    assert _sep("가장 큰 걸림돌은 무엇", "인가?", PLAIN) == ""
    assert _sep("학교 설립은 교육청의", "인가를 받았다.", PLAIN) == " "  # a noun: '인가'
