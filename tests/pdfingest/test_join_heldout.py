"""The held-out measure of join rules (tests/pdfingest/join_heldout.py, join_rules.py) on a
made-up page: the breaks it simulates, what each candidate says, and its counts."""

from __future__ import annotations

from pathlib import Path

from tests.pdfingest import join_rules
from tests.pdfingest.join_heldout import Break, breaks, measure

# One line of prose: a compound torn before its last syllable ('문화전|당에서') is the
# shape the rules join; '학교 앞에서' and '초등학생 딸을' are a noun and a one-syllable noun
# standing apart, '가장 많이' an adverb.
LINE = "지난주 국립아시아문화전당에서 초등학생 딸을 데리고 학교 앞에서 가장 많이 웃었다"


def test_breaks_are_each_space_and_each_place_inside_a_word_of_three_syllables() -> None:
    got = sorted(breaks(0, "가나 다라마 바"), key=lambda b: b.at)
    assert got == [Break(0, 2, True), Break(0, 4, False), Break(0, 5, False), Break(0, 6, True)]
    assert Break(0, 2, True).sides("가나 다라마") == ("가나", "다라마")
    assert Break(0, 4, False).sides("가나 다라마") == ("가나 다", "라마")


def test_the_rules_join_a_torn_compound_and_tell_apart_what_grammar_can() -> None:
    torn = ("지난주 국립아시아문화전", "당에서 초등학생")
    front = ("지난주 학교", "앞에서 가장")
    verb = ("일을 구축한", "것은 상징적")
    for rule in join_rules.RULES.values():
        if rule is not join_rules.chosen_particles:
            assert rule(*torn, join_rules.never)
    assert join_rules.wide(*front, join_rules.never)
    assert not join_rules.not_bound(*front, join_rules.never)  # '앞' a place noun
    assert join_rules.wide(*verb, join_rules.never)
    assert not join_rules.agrees(*verb, join_rules.never)  # '구축한' a verb form
    assert not join_rules.agrees("걸림", "없는 길", join_rules.never)  # '없' + '는': no noun
    # The edition prints '당은' elsewhere: '당' stands alone there.
    assert not join_rules.unprinted(*torn, join_rules.printed_in("그 당은 새 대표를 뽑았다"))
    assert join_rules.unprinted(*torn, join_rules.printed_in(f"{torn[0]}\n{torn[1]}"))


def test_the_counts_of_a_page(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"제목\n{LINE}\n", encoding="utf-8")
    tally = measure([page])["(a') wide, no dependent noun"]
    # It joins '문화전|당에서' rightly, and '초등학생 딸을', '가장 많이' wrongly; '학교
    # 앞에서' it leaves alone.
    assert tally.fired[False] >= 1 and tally.right[False] == tally.fired[False]
    assert tally.fired[True] == 2 and tally.right[True] == 0
    assert tally.changed["pdf late", False] == 2
    assert tally.particles["을", False] == 1 and tally.particles["이", False] == 1
