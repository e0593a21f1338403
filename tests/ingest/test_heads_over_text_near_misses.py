"""Near misses of round forty-three's head over wrapped text, found by reading its rules as
an adversary: shapes a real page prints that the rule took for a story's headline (a
paragraph's first line over a line of Latin letters, a story's numbered part, a poem's
stanza, an interview's question). Every name and fact is invented.
"""

from __future__ import annotations

from reader.ingest.head_blocks import head_lines
from reader.ingest.lines import Line
from tests.ingest.test_conventions import items


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 0) for t in texts]


SIGNED = (
    "누리시, 골목상권 지원 두 배로\n\n"
    "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다.\n\n"
    "한가람 기자\n\n"
)


def test_a_paragraphs_first_line_over_a_line_of_latin_letters_is_no_head() -> None:
    # Hangul is two cells wide: the first line fills the column as the line of Latin
    # letters and figures under it does, though it holds fewer characters
    wrapped = (
        "누리전자는 18일 서울 본사에서 신제품 발표회를 열고 새\n"
        "TV 'NURI OLED Vision 2027 Pro X'(65·77·83 inch)를 공개했다. 가격은\n"
        "399만원부터다.\n"
    )
    texts = [t for item in items(SIGNED + wrapped) for _, t in item["body"]]
    assert " ".join(wrapped.split("\n")).strip() in texts  # the paragraph whole
    # the near miss: a head broken short over the same lines is still cut
    head = "누리전자, 새 TV 공개\n" + wrapped
    assert items(SIGNED + head)[1]["headline"] == "누리전자, 새 TV 공개"


PLAN = (
    "누리시 2027년 업무계획 발표\n\n"
    "누리시는 18일 2027년 업무계획을 발표했다. 주요 내용은 다음과 같다.\n\n"
)
PARTS = (
    "{one}골목상권 살리기\n"
    "시는 청년 상인에게 임대료를 지원하고 빈 점포를 공방으로 바꾸는 사업을\n"
    "함께 벌인다. 예산은 지난해의 두 배다.\n\n"
    "{two}강변 산책로 정비\n"
    "강변 산책로 3㎞ 구간에 야간 조명 120개와 비상벨 12개를 새로 달고 밤\n"
    "11시까지 켠다. 공사는 4월에 끝난다.\n\n"
    "한가람 기자\n"
)


def test_a_storys_parts_numbered_in_any_of_prints_forms_stay_in_the_story() -> None:
    # '1)', '(1)', '①', '가.': a story's numbered parts over their text, as '1.' is
    for one, two in (("1) ", "2) "), ("(1) ", "(2) "), ("① ", "② "), ("가. ", "나. ")):
        [story] = items(PLAN + PARTS.format(one=one, two=two))
        assert story["bylines"] == [("한가람", "기자", None, None)]
        # and over one sentence line (brief_blocks.py's run of briefs)
        one_line = PARTS.replace("사업을\n", "사업을 ").replace("밤\n", "밤 ")
        [story] = items(PLAN + one_line.format(one=one, two=two))
        assert story["headline"] == "누리시 2027년 업무계획 발표"


def test_a_head_opening_on_a_figure_that_numbers_nothing_is_still_cut() -> None:
    # the near miss: a count or a year leads a headline ('1인 가구', '2027년 …')
    text = (
        "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다. 시는",
        "청년 상인에게 임대료를 준다.",
    )
    assert head_lines(_lines("1인 가구 지원 늘린다", *text)) == 1
    assert head_lines(_lines("2027년 신년 하례회 안내", *text)) == 1
    assert not head_lines(_lines("1) 골목상권 살리기", *text))
    assert not head_lines(_lines("(가) 골목상권 살리기", *text))
