"""Round nineteen's rules, held back where a review found them reading ordinary text wrong
(issue 14). Each test fails on the round's first code; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.test_conventions import LEAD, MORE, items

EN_LEAD = "The Millbrook Rotary Club raised $18,000 at its spring auction on Saturday night."
EN_MORE = "Organizers said the money will pay for new playground equipment at Elm Park."


def test_a_place_under_a_storys_last_sentence_is_no_signature() -> None:
    """'NAME, Title' signs only with a title's word last: a church and its street do not."""
    for line in ("First Methodist Church, Main Street", "See BUDGET, Page A6"):
        text = f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\n{line}\n"
        [story] = items(text)
        assert story["bylines"] == []
        assert story["body"][-1] == ("paragraph", line)


def test_a_place_line_does_not_end_the_story_over_a_subhead() -> None:
    text = (
        f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\nFirst Methodist Church, Main Street\n\n"
        f"Parking and Directions\n\n{EN_MORE}\n"
    )
    [story] = items(text)
    assert story["headline"] == "Rotary auction raises $18,000"
    assert ("paragraph", EN_MORE) in story["body"]


def test_a_signature_with_an_offices_title_still_closes() -> None:
    text = f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\nHenrietta Vos, Chair\n"
    [story] = items(text)
    assert [b[:2] for b in story["bylines"]] == [("Henrietta Vos", "Chair")]


def test_a_headline_set_apart_over_its_deck_is_no_desk_name() -> None:
    """A desk's name ends on a section's word ('… 소식'); '폭염 경보 발령' is a headline."""
    deck = "낮 최고 37도 넘는 곳도… 온열질환 각별히 주의해야"
    text = f"폭염 경보 발령\n\n{deck}\n{LEAD}\n{MORE}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None
    [story] = items(text)
    assert story["headline"] == "폭염 경보 발령"


def test_an_english_headline_ending_on_a_section_word_is_no_desk_name() -> None:
    text = f"BOARD CLOSES TWO SCHOOLS\nParents vow to fight the plan\n{EN_LEAD}\n{EN_MORE}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "BOARD CLOSES TWO SCHOOLS"


def test_a_caption_naming_a_chief_is_no_signature() -> None:
    """A word ending in a verb's modifier ('기념사하는') is not the body a person heads."""
    text = f"누리농협 창립 50주년\n\n{LEAD}\n\n{MORE}\n\n기념사하는 조합장 문태식\n"
    [story] = items(text)
    assert story["bylines"] == []


def test_a_scene_break_of_asterisks_is_no_bullet() -> None:
    text = f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n* * *\n\n{EN_MORE}\n"
    [story] = items(text)
    assert all(kind != "bullet" for kind, _ in story["body"])


def test_a_wrapped_entry_starting_with_a_phone_word_stays_in_its_entry() -> None:
    text = (
        "누리시 평생학습 강좌 수강생 모집\n\n"
        "▲모집 기간 3월 2일부터 13일까지\n"
        "▲신청 방법 누리시 평생학습관 방문이나\n"
        "전화(062-123-4567) 접수\n"
    )
    [item] = items(text)
    entry = "신청 방법 누리시 평생학습관 방문이나 전화(062-123-4567) 접수"
    assert ("bullet", entry) in item["body"]
