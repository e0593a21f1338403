"""A noun torn at a line end that nothing in the edition settles, joined by the lexicon of
Korean nouns (reader/ingest/lexicon.py; docs/pdf-ingest.md, stop 36). Each break is asked
as the ingest asks it: the text so far, the next line, an edition that prints neither
piece elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import lexicon
from reader.ingest.repair import Vocabulary, separator

# A made-up edition: none of the torn words below is printed whole in it.
EDITION = "시는 올해 예산을 늘렸다. 주민 설명회는 다음 달에 열린다.\n"


def _sep(left: str, right: str, counts: bool = True) -> str:
    return separator(left, right, Vocabulary(EDITION + left + "\n" + right), counts=counts)


def test_a_compound_noun_torn_at_a_line_end_joins_in_either_ingest() -> None:
    for counts in (True, False):
        assert _sep("사업의 가장 큰 걸림", "돌은 예산이다.", counts) == ""
        assert _sep("지역의 산업 생태", "계를 바꾼다.", counts) == ""
        assert _sep("그의 말은 한마", "디로 요약된다.", counts) == ""
        # A 하다 verb's noun torn after its first syllable: '제시했다'.
        assert _sep("새 기준을 제", "시했다.", counts) == ""


def test_words_apart_that_could_read_as_a_noun_keep_their_space() -> None:
    # Near misses: no noun of the lexicon across the break.
    assert _sep("올해 초등학생", "딸을 둔 부모가 늘었다.") == " "
    assert _sep("주민들은 현장에서", "바로 의견을 냈다.") == " "
    assert _sep("공공시설 수천", "개의 자료를 모았다.") == " "
    # A noun and its particle ('주택가가'), a verb's form ('필요한'), a syllable alone
    # ('석 달'): a word ends there, whatever noun the pieces would make across it.
    assert _sep("마을 주택가가", "불어난 물에 잠겼다.") == " "
    assert _sep("지원이 필요한", "곳에 쓴다.") == " "
    # (The PDF ingest's statistics join '달|전' here: '전' is never printed alone.)
    assert _sep("공사는 석 달", "전에 끝났다.", counts=False) == " "
    # Two nouns, each a word: the lexicon's compound '교통안전' is written apart too.
    assert _sep("어린이 교통", "안전에 힘쓴다.") == " "


def test_the_editions_own_statistics_speak_before_the_lexicon() -> None:
    # The edition prints '걸림 돌' apart: its statistics decide, the lexicon is not asked.
    text = EDITION + "길 위의 걸림 돌 하나\n사업의 가장 큰 걸림\n돌은 예산이다.\n"
    assert separator("사업의 가장 큰 걸림", "돌은 예산이다.", Vocabulary(text), counts=True) == " "


def test_without_its_file_the_lexicon_joins_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "nouns.txt.xz"
    broken.write_bytes(b"not xz")
    try:
        for path in (tmp_path / "missing.txt.xz", broken):
            lexicon._by_length.cache_clear()
            monkeypatch.setattr(lexicon, "DATA", path)
            assert _sep("사업의 가장 큰 걸림", "돌은 예산이다.") == " "
    finally:
        # Failed or not, the tests after this one read the shipped lexicon, not an empty one.
        monkeypatch.undo()
        lexicon._by_length.cache_clear()
    assert _sep("사업의 가장 큰 걸림", "돌은 예산이다.") == ""


def test_a_numbers_unit_torn_after_its_digits_joins() -> None:
    # The Chromium fixture 01's '61제곱킬로미|터': the unit's syllables after the digits are
    # the line's last word, as '제곱킬로미' alone would be.
    for counts in (True, False):
        assert _sep("논습지 12곳, 모두 61제곱킬로미", "터를 습지로 등록한다.", counts) == ""
        assert _sep("모두 1,200킬로미", "터에 이른다.", counts) == ""


def test_a_numbers_whole_unit_or_counter_keeps_its_space() -> None:
    # Near misses: the unit or counter ends at the break, the next line opens a word.
    assert _sep("사업 기간은 12개월", "동안이다.") == " "
    assert _sep("무게는 모두 20킬로그램", "이상 나간다.") == " "
    assert _sep("행사는 올해 2월", "초에 열린다.") == " "
    assert not lexicon.torn_noun("무게는 모두 20킬로그램", "이상 나간다.")


def test_a_word_before_a_particle_that_never_stands_alone_joins() -> None:
    # The Chromium fixture 01's '해|마다': a syllable alone is a word before a noun ('석
    # 달'), never before '마다' or '까지', which close the word before them.
    for counts in (True, False):
        assert _sep("고양 장항동 일대로, 해", "마다 겨울이면 철새가 온다.", counts) == ""
        assert _sep("그는 걸어서 집", "까지 갔다.", counts) == ""


def test_a_word_that_only_opens_like_a_particle_keeps_its_space() -> None:
    # Near miss: '마다하지' (a verb, 마다하다) opens like '마다' and is a word of its own.
    assert _sep("궂은 일", "마다하지 않고 나섰다.", counts=False) == " "
    assert not lexicon.torn_noun("궂은 일", "마다하지 않고 나섰다.")


def test_a_word_of_its_own_after_a_particle_keeps_its_space() -> None:
    # Near misses: '마다' (a verb's stem, '마다 않다') and '마저' (an adverb) are words of
    # their own after a word its particle closed; a noun the lexicon knows ending in the
    # same syllable ('마을|마다') still joins.
    for counts in (True, False):
        assert _sep("주민들은 궂은일을", "마다 않고 힘을 보탰다.", counts) == " "
        assert _sep("궂은일도", "마다 않고 나섰다.", counts) == " "
        assert _sep("그는 남은 일을", "마저 끝내겠다고 했다.", counts) == " "
        assert _sep("축제는 이 마을", "마다 열린다.", counts) == ""
        assert _sep("믿었던 동생", "마저 등을 돌렸다.", counts) == ""
        assert _sep("고양 장항동 일대로, 해", "마다 겨울이면 철새가 온다.", counts) == ""


def test_a_compound_read_in_pieces_joins_a_syllable_and_particle_torn_off_its_last_noun() -> None:
    # '국립아시아문화전|당에서' (the generated corpus's seed 0): across, '국립/아시아/문화/전당',
    # and apart, '국립/아시아/문화전' and '당', are four nouns each. The reading that leaves
    # no syllable alone wins where the left word is a compound the lexicon lists only in
    # pieces.
    for counts in (True, False):
        assert _sep("행사는 국립아시아문화전", "당에서 열린다.", counts) == ""
        assert _sep("사건을 서울중앙지", "법으로 넘겼다.", counts) == ""
        assert _sep("시립청소년수련", "관에서 캠프가 열린다.", counts) == ""


def test_a_tie_after_a_whole_noun_or_before_a_noun_of_place_keeps_its_space() -> None:
    # Near misses, ties as above: a left word the lexicon lists whole ends there ('응급/실문'
    # against '응급실/문'); '앞' stands after a noun as a word of its own ('사무소 앞에').
    for counts in (True, False):
        assert _sep("지역 응급실", "문을 닫았다.", counts) == " "
        assert _sep("아파트 관리사무소", "앞에 모였다.", counts) == " "
    # A syllable with no particle after it may be a word of its own, or a name's first.
    assert not lexicon.torn_noun("행사는 국립아시아문화전", "당 대표가 왔다.")
