"""Round twenty-one's rules, held back where a review found them reading ordinary text wrong
(issue 14). Each test fails on the round's first code; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.test_conventions import LEAD, items

LIBRARY = "나라시 도서관은 다음 달부터 밤 10시까지 문을 연다. 시민 누구나 이용할 수 있다."


def test_a_glossarys_rows_with_one_tab_stay_its_rows() -> None:
    """A table's label is one word over a cell of one sentence; a headline heads a story."""
    rows = (
        "기준금리\t한국은행이 시중 은행에 돈을 빌려줄 때 적용하는 정책 금리를 말하며, "
        "매달 금융통화위원회가 정한다.\n"
        "가산금리\t은행이 기준금리에 더하는 금리로, 신용도에 따라 크게 달라진다.\n"
    )
    story, glossary = items(f"금리 오른다\n\n{LEAD}\n\n용어 풀이\n{rows}")
    assert story["headline"] == "금리 오른다"
    assert glossary["headline"] == "용어 풀이"
    assert [text.split("\t")[0] for _, text in glossary["body"]] == ["기준금리", "가산금리"]


def test_a_scenes_caption_naming_a_death_is_no_obituary_entry() -> None:
    caption = "3일 가람시청에서 홍길동씨 별세 소식을 들은 시민들이 묵념하고 있다."
    [story] = items(f"시민 묵념\n\n▲{caption}\n\n{LEAD}\n")
    assert story["body"][:2] == [("caption", caption), ("lead", LEAD)]


def test_a_numbered_part_after_a_reporters_byline_starts_the_next_piece() -> None:
    text = (
        f"가람시 예산 해설\n\nⅠ. 개요\n\n{LEAD}\n\nⅡ. 쟁점\n\n{LEAD}\n\n홍길동 기자\n\n"
        f"Ⅲ. 나라시 도서관 안내\n\n{LIBRARY}\n"
    )
    story, notice = items(text)
    assert story["bylines"][0][:2] == ("홍길동", "기자")
    assert notice["headline"] == "Ⅲ. 나라시 도서관 안내"


def test_page_pointers_inside_a_story_do_not_cut_it() -> None:
    """A box's '▷N면' entries come straight under its title, not after a story's prose."""
    last = "가람시는 예산을 오늘 본회의에서 최종 승인했다."
    text = (
        f"가람시 예산 통과\n\n{LEAD}\n\n▷1면 머리기사에서 다뤘던 예산 심의\n\n▷2면 사설\n\n{last}\n"
    )
    [story] = items(text)
    assert story["body"][-1] == ("paragraph", last)


def test_a_wire_byline_in_parentheses_closes_its_story_under_its_own_rule() -> None:
    byline = "(상파울루=연합뉴스) 배다은 특파원"
    text = f"가람국 총리 방한\n\n{LEAD}\n\n{byline}\n\n나라국 대통령 사임\n\n{LEAD}\n"
    edition, trace = explain_text(text)
    _, second = edition.pages[0].items
    assert trace.rule(second.id).startswith("items: the item before ends with its byline")


def test_a_dated_headline_under_the_label_is_no_folio() -> None:
    text = f"사회\n2026년 3월 4일 수요일 개통\n\n{LEAD}\n"
    edition, _ = explain_text(text)
    assert edition.pages[0].label is not None and edition.pages[0].label.text == "사회"
    assert items(text)[0]["headline"] == "2026년 3월 4일 수요일 개통"
