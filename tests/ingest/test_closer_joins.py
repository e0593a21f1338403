"""A particle set close after a closing bracket or quotation mark and torn to the next line
(docs/ingest-conventions.md, "Round fifty-one (text with no blank line)"): the break joins.
Each paragraph below is made up; none of its joined words is printed whole elsewhere in it,
so only this rule can join them."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.repair import Vocabulary, join_lines
from tests.ingest.test_repair_chunk import lines_of


def _join(texts: list[str]) -> str:
    return join_lines(lines_of(texts), Vocabulary("\n".join(texts))).text


def test_a_particle_or_the_honorific_after_a_closing_bracket_joins() -> None:
    text = _join(
        [
            "읍내에서 국밥집을 하는 박모(61)",
            "씨는 손님이 절반으로 줄었다고 했다. 물",
            "새들(승점 38)",
            "과의 승부는 다음 주에 열린다.",
        ]
    )
    assert "박모(61)씨는" in text
    assert "(승점 38)과의" in text


def test_a_quotations_ending_after_its_closing_mark_joins() -> None:
    text = _join(['그는 "길을 먼저 닦겠다"', "며 자리를 떴다. 이어 “늦지 않았다”", "고 덧붙였다."])
    assert '닦겠다"며 자리를' in text
    assert "않았다”고 덧붙였다" in text


def test_a_particle_after_a_percent_sign_joins() -> None:
    assert "7.75%로 올렸다" in _join(["금리를 연 7.75%", "로 올렸다."])


def test_a_word_that_only_starts_like_a_particle_keeps_its_space() -> None:
    # Near misses: '이번에' and '가운데' start on a particle's syllable but are words of
    # their own; a quotation closed on its stop ends the sentence ('고 김모 씨' is 'the late').
    text = _join(
        [
            "조합은 통계청(KOSTAT)",
            "가운데 둘째 자료를 냈다. 그는 박모(61)",
            '이번에 처음 나섰다. 그가 "끝났다."',
            '고 김모 씨의 뜻을 이었다. 그 "샛길"',
            "도로는 좁다.",
        ]
    )
    assert "(KOSTAT) 가운데" in text
    assert "박모(61) 이번에" in text
    assert '끝났다." 고 김모' in text
    # '도로' opens on two particles' syllables ('도', '로') but is a noun of its own.
    assert '"샛길" 도로는' in text


def test_the_text_ingest_joins_a_particle_after_a_closing_bracket() -> None:
    page = "국밥집 손님 절반으로\n\n읍내에서 국밥집을 하는 박모(61)\n씨는 손님이 줄었다고 했다.\n"
    (_, item), *_ = ingest_text(page, name="closer").items()
    assert "박모(61)씨는 손님이" in " ".join(block.text for block in item.body)


def test_the_honorific_keeps_its_space_where_the_paper_spaces_it() -> None:
    # A paper that prints '김모(52) 씨' wraps its line at that space; its particles after a
    # bracket still join ('(승점 38)|과의').
    text = _join(
        [
            "읍내에서 만난 최모(47) 씨와 정모(39) 씨는 국밥집을 한다. 박모(61)",
            "씨는 손님이 줄었다고 했다. 물새들(승점 38)",
            "과의 승부는 다음 주에 열린다.",
        ]
    )
    assert "박모(61) 씨는" in text
    assert "(승점 38)과의" in text


def test_near_miss_a_paper_that_sets_the_honorific_close_joins_it() -> None:
    text = _join(
        [
            "읍내에서 만난 최모(47)씨와 정모(39)씨는 국밥집을 한다. 박모(61)",
            "씨는 손님이 줄었다고 했다.",
        ]
    )
    assert "박모(61)씨는" in text
