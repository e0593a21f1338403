"""Conventions common to Korean and English papers at large (issue 14, fourth round),
each on a small made-up example: where an article ends and the next one opens, and what
stands above a page's first headline. A closing note ends its story; a parenthesised line
or a table's source note that the story goes on after does not. Every name and fact is
invented; none is taken from the blind sets.
"""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from tests.ingest.test_conventions import LEAD, MORE, items, parse

BRIEF_TEXT = "누리군은 해변 산책로 2㎞ 구간의 정비 공사를 마치고 4일부터 개방한다고 밝혔다."


def test_headline_at_a_blocks_top_after_a_byline_opens_an_item() -> None:
    """A short line over its text with no blank line between, after the byline that
    ended the article above, is the next item's headline, not its text's first words."""
    story = f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n한가람 기자\n\n"
    text = f"{story}해변 산책로 정비 마쳐\n{BRIEF_TEXT}\n"
    got = items(text)
    assert [it["headline"] for it in got] == [
        "누리시, 골목상권 지원 두 배로",
        "해변 산책로 정비 마쳐",
    ]
    assert got[1]["body"] == [("lead", BRIEF_TEXT)]


def test_short_line_at_a_blocks_top_after_a_sentence_still_runs_on() -> None:
    """After a sentence (no byline) the short line may start a wrapped paragraph."""
    got = items(f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n골목 상권의 회복\n{MORE}\n")
    assert [kind for kind, _ in got[0]["body"]] == ["lead", "paragraph"]


def test_bracketed_byline_after_the_text_closes_the_article() -> None:
    """'[○○일보 홍길동 기자]' alone on its line after the text ends the article: the short
    line under it opens the next item."""
    text = (
        f"해변 산책로 정비 마쳐\n\n{BRIEF_TEXT}\n[누리일보 한가람 기자]\n\n"
        "오늘의 물때\n만조 오전 6시 12분, 간조 낮 12시 30분. 물결은 0.5m로 잔잔하다.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["해변 산책로 정비 마쳐", "오늘의 물때"]
    assert [b[0] for b in got[0]["bylines"]] == ["한가람"]


def test_one_word_over_a_full_headline_is_the_section_label() -> None:
    text = f'의회\n누리군의회 "내년부터 농어촌 버스 요금 1000원으로"\n\n{LEAD}\n\n한가람 기자\n'
    [page] = parse(text).pages
    assert page.label is not None and page.label.text == "의회"
    assert items(text)[0]["headline"] == '누리군의회 "내년부터 농어촌 버스 요금 1000원으로"'


def test_english_word_over_a_title_case_headline_is_the_section_label() -> None:
    text = (
        "SPORTS\n\nRiverton Rowers Take Regional Title in Final Sprint\n\n"
        "The Riverton crew won the regional final on Saturday by half a length. "
        "Coach Ellen Park said the team had trained since January.\n"
    )
    [page] = parse(text).pages
    assert page.label is not None and page.label.text == "SPORTS"
    assert items(text)[0]["headline"] == "Riverton Rowers Take Regional Title in Final Sprint"


def test_short_headline_over_its_deck_is_no_label() -> None:
    """A headline of two words over a line that is no longer than twice it stays a
    headline."""
    text = f"골목 경제\n상인들 웃었다\n\n{LEAD}\n\n한가람 기자\n"
    [page] = parse(text).pages
    assert page.label is None


def test_phone_line_under_the_masthead_date_line_is_the_mastheads() -> None:
    text = (
        "누리일보\n제1234호 2026년 3월 2일 월요일\n독자센터 061-123-4567\n\n"
        f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n한가람 기자\n"
    )
    edition = ingest_text(text)
    assert edition.masthead is not None and edition.masthead.phone == "061-123-4567"
    assert items(text)[0]["headline"] == "누리시, 골목상권 지원 두 배로"


def test_unpunctuated_line_between_headline_and_byline_is_a_deck() -> None:
    text = (
        "Riverton Rowers Take Regional Title in Final Sprint\n\n"
        "The crew that lost last year by a length won it back by half of one\n\n"
        "By ELLEN PARK\n\n"
        "The Riverton crew won the regional final on Saturday by half a length.\n"
    )
    [item] = items(text)
    assert item["headline"] == "Riverton Rowers Take Regional Title in Final Sprint"
    assert item["deck"] == ["The crew that lost last year by a length won it back by half of one"]
    assert [b[0] for b in item["bylines"]] == ["ELLEN PARK"]


def test_a_credits_role_runs_to_the_end_of_its_line() -> None:
    text = f"봄철 비염 이렇게\n\n{LEAD}\n\n도움말=한가람 누리대병원 이비인후과 교수\n"
    [item] = items(text)
    assert item["bylines"] == [("한가람", "누리대병원 이비인후과 교수", None, None)]


SERIAL = (
    "[연재동화 달빛 정원] (4) 고양이의 우산\n\n"
    "글=한누리 동화작가\n\n"
    "고양이는 비가 오면 우산을 폈어요. 우산에는 별이 그려져 있었어요.\n\n"
    "친구들은 그 우산 밑으로 모여들었어요.\n\n"
    "(다음 호에 계속)\n\n"
    "낱말 풀이\n\n"
    "▲우산: 비를 가리려고 펴서 쓰는 물건.\n\n"
    "▲모여들다: 여럿이 한곳으로 모이다.\n"
)


def test_a_closing_note_ends_its_story_and_heads_nothing() -> None:
    edition, trace = explain_text(SERIAL)
    story, glossary = items(SERIAL)
    assert story["body"][-1] == ("paragraph", "(다음 호에 계속)")
    assert glossary["headline"] == "낱말 풀이"
    assert [kind for kind, _ in glossary["body"]] == ["bullet", "bullet"]
    assert "closing note" in trace.rule("p1-2")


def test_a_parenthesised_line_the_story_goes_on_after_stays_in_it() -> None:
    """Prose under the note: the note was no close (an aside in the story)."""
    text = f"누리시, 골목상권 지원 두 배로\n\n{LEAD}\n\n(중략)\n\n{MORE}\n"
    [story] = items(text)
    assert story["body"][-1] == ("paragraph", MORE)


def test_a_tables_source_note_in_brackets_does_not_end_the_story() -> None:
    """'(자료: …)', '(단위: …)': a label and its value, a table's note, never a close."""
    text = (
        "누리시 살림 올해 크게 늘어\n\n"
        f"{LEAD}\n\n"
        "(자료: 누리시 재정과)\n"
        "구별 예산 현황\n"
        "구분\t2025\t2026\n"
        "동구\t100\t120\n"
        "서구\t80\t90\n\n"
        f"{MORE}\n"
    )
    [story] = items(text)
    assert story["body"][-1] == ("paragraph", MORE)
