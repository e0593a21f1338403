"""The parts of an item's head, each on a small made-up example (issue 14, third round):
which line under a headline is the subheadline and which the deck
(docs/representation.md), a person named under a headline (with a title, an honorific or
what they are) as its subheadline, and English deck banks.

Every name and fact is invented; none is taken from the blind sets.
"""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.rule_pages import COLUMN_TEXT
from tests.ingest.rule_pages import HEAD_PLAIN as HEAD
from tests.ingest.test_conventions import LEAD, MORE, items

HEADLINE = "누리시, 골목상권 지원 두 배로"


def _head(text: str) -> tuple[str | None, list[str]]:
    [item] = items(text)
    return item["subheadline"], item["deck"]


def test_a_line_naming_a_person_by_title_is_the_subheadline() -> None:
    for person in ("한가람 누리교육감", "한가람 누리시장"):
        text = f"{HEADLINE}\n\n{person}\n\n{LEAD}\n\n{MORE}\n"
        assert _head(text) == (person, [])


def test_one_line_under_a_headline_that_names_nobody_is_a_deck_entry() -> None:
    text = f"{HEADLINE}\n\n청년 임대료 지원도 늘어\n\n{LEAD}\n\n{MORE}\n"
    assert _head(text) == (None, ["청년 임대료 지원도 늘어"])


def test_a_person_over_deck_lines_is_the_subheadline_over_the_deck() -> None:
    text = f"{HEADLINE}\n\n한가람 누리교육감\n\n청년 임대료 지원도 늘어\n\n{LEAD}\n\n{MORE}\n"
    assert _head(text) == ("한가람 누리교육감", ["청년 임대료 지원도 늘어"])


def test_an_english_deck_bank_over_two_lines_opens_no_lead() -> None:
    text = (
        "MILLS OF EASTON\nRUN NIGHT AND DAY\n"
        "Orders From Abroad Keep Every\nLoom Busy Till Spring.\n"
        "The Eagle and Union mills of this city\nwill run night and day until April.\n\n"
        "THE WEATHER\n\nFair tonight and Sunday; colder tonight.\n"
    )
    item = items(text)[0]
    assert item["headline"] == "MILLS OF EASTON RUN NIGHT AND DAY"
    assert item["deck"] == ["Orders From Abroad Keep Every Loom Busy Till Spring."]
    assert item["body"] == [
        ("lead", "The Eagle and Union mills of this city will run night and day until April.")
    ]


def test_title_case_lines_without_a_closing_period_stay_the_text() -> None:
    text = (
        "MILLS OF EASTON\nThe Eagle and Union Mills of This City\nwill run night and day.\n\n"
        "THE WEATHER\n\nFair tonight and Sunday; colder tonight.\n"
    )
    item = items(text)[0]
    assert item["deck"] == []


def test_a_title_name_and_honorific_under_a_headline_is_the_subheadline() -> None:
    text = f"“마을 지킨 70년, 후회 없어”\n참전용사 한누리 옹\n\n{LEAD}\n"
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["subheadline"] == "참전용사 한누리 옹"
    assert item["deck"] == []
    assert "honorific" in trace.rule("p1-1", "subheadline")


def test_an_embrace_in_a_deck_is_no_honorific() -> None:
    [item] = items(f"이산가족 상봉\n남매의 뜨거운 포옹\n\n{LEAD}\n")
    assert item["subheadline"] is None


EN_MORE = "The change costs about $40,000 a year, which the council will take from reserves."


def test_dashed_sentences_under_a_headline_are_no_deck() -> None:
    text = (
        "EARNINGS ROUNDUP\n\n"
        "- Alder Mills: quarterly profit rose 12% on higher paper prices.\n"
        "- Birch Foods: revenue fell 3% as costs rose.\n\n"
        f"{EN_MORE}\n"
    )
    [item] = items(text)
    assert item["deck"] == []
    assert [kind for kind, _ in item["body"]][:2] == ["bullet", "bullet"]


def test_a_bracketed_label_over_a_team_a_title_and_a_name_is_the_subheadline() -> None:
    text = (
        '누리 FC 주장 한바다 "올해는 승격이 목표"\n\n[인터뷰] 누리 FC 주장 한바다\n\n'
        f"{LEAD}\n\n문: 올해 목표는.\n\n답: 승격이다. 선수들이 잘 준비했다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] == "[인터뷰] 누리 FC 주장 한바다"
    assert item["deck"] == []


def test_a_bracketed_label_over_a_phrase_stays_a_deck() -> None:
    text = f"누리 FC 승격 도전\n\n[현장] 개막전 앞둔 훈련장 풍경\n\n{LEAD}\n"
    [item] = items(text)
    assert item["subheadline"] is None
    assert item["deck"] == ["[현장] 개막전 앞둔 훈련장 풍경"]


def test_what_a_person_is_then_their_name_and_ssi_under_a_headline_is_the_subheadline() -> None:
    text = f"{HEAD}\n\n올해 누리시 9급 공채 수석 합격 한가람 씨\n\n{LEAD}\n"
    [item] = items(text)
    assert item["subheadline"] == "올해 누리시 9급 공채 수석 합격 한가람 씨"
    assert item["deck"] == []


def test_a_line_naming_a_conductor_by_title_under_the_headline_is_the_subheadline() -> None:
    text = (
        '[이 사람] "노래는 듣는 데서 시작"\n'
        "한솔빛 누리시립합창단 지휘자\n\n"
        "누리시립합창단이 창단 20주년 공연을 연다. 한솔빛 지휘자는 연습을 늘렸다고 말했다.\n"
    )
    [story] = items(text)
    assert story["subheadline"] == "한솔빛 누리시립합창단 지휘자" and story["deck"] == []


def test_a_person_under_a_tagged_profiles_headline_is_its_subheadline() -> None:
    text = f'[이 사람] "섬의 가을을 적는다"\n\n한솔빛 누리대 국문과 교수\n\n{COLUMN_TEXT}'
    [profile] = items(text)
    assert profile["subheadline"] == "한솔빛 누리대 국문과 교수" and profile["bylines"] == []
