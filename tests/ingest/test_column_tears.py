"""A justified column's line torn mid-word stays in its story (docs/ingest-conventions.md,
"Round sixty-one (torn lines and head wraps)"): on a page whose producer keeps the space
where a line broke between words, a line that ends bare under a sentence's end tore a word
into the line under it when that line carries the column on at its measure; it is not a
new item's headline. A head set there stands at a width of its own, or shows a head's
punctuation. The pages are made up, as an extraction gives them (no indent, no blank
line); '|' marks a line's trailing space."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.headlines import OVER_A_DECK, title_over_parts
from reader.ingest.repair import Vocabulary
from reader.ingest.segment import pages
from reader.ingest.spaced_runs import spaced_runs_on
from reader.model import Article

PAGE = """6 사회 2027년 2월 3일 수요일
달내천 징검다리 새로 놓는다
예솔비 기자
달내군이 읍내 앞 달내천에 돌다리를|
새로 놓는다. 군은 다음 달 공사를 시
작해 6월까지 마칠 계획이라고 밝혔다.
{first}
{second}
해마다 여름이면 물이 불어 다리가 잠
기고 만다”고 말했다. 공사비 2억원은|
군이 모두 낸다."""
TORN = "군 관계자는 “지금 다리는 돌 틈이 벌"
UNDER = "어져 아이들이 건너기에 위험하고, 또|"


def _text(first: str, second: str, habit: bool = True) -> str:
    text = PAGE.format(first=first, second=second)
    return text.replace("|", " " if habit else "")


def _alone(text: str, line: str) -> bool:
    """Once the line ends' spaces are read, does `line` stand as a paragraph of its own?"""
    paras = spaced_runs_on(pages(text)[0].paras, Vocabulary(text))
    return [line] in [[x.text for x in p.lines] for p in paras]


def _articles(text: str) -> list[Article]:
    items = ingest_text(text, name="t").pages[0].items
    return [x for x in items if isinstance(x, Article)]


def test_column_tears_a_torn_line_after_a_sentence_stays_in_its_story() -> None:
    # '벌' / '어져': the line ends bare where the page's wrapped lines keep the producer's
    # space, and the line under it wraps at the same measure: the column goes on
    text = _text(TORN, UNDER)
    assert not _alone(text, TORN)
    articles = _articles(text)
    assert [a.headline.text if a.headline else None for a in articles] == [
        "달내천 징검다리 새로 놓는다"
    ]
    texts = [getattr(b, "text", "") for b in articles[0].body]
    assert any(t.startswith(f"{TORN}어져 아이들이") for t in texts)
    # '시' / '작해': a line of the column torn into its paragraph's short last line
    assert texts[0].endswith("공사를 시작해 6월까지 마칠 계획이라고 밝혔다.")


def test_column_tears_near_miss_a_head_narrower_than_the_column_opens_an_item() -> None:
    # a brief's head under the sentence's end, short of the column's measure: its own width
    text = _text("서하군도 돌다리 공사 시작", "서하군도 다음 달부터 낡은 돌다리를|")
    assert _alone(text, "서하군도 돌다리 공사 시작")
    heads = [a.headline.text for a in _articles(text) if a.headline]
    assert heads == ["달내천 징검다리 새로 놓는다", "서하군도 돌다리 공사 시작"]


def test_column_tears_near_miss_a_head_wider_than_the_lead_under_it_opens_an_item() -> None:
    # a paragraph's first line is indented, never wider than the column's line under it; a
    # head at the column's width under a sentence's end may be
    head = "향교 서재에서 찾은 200년 전 혼례 문서"
    text = _text(head, "누리향교 서재를 고치던 중 200년 전|")
    assert _alone(text, head)
    assert head in [a.headline.text for a in _articles(text) if a.headline]


def test_column_tears_near_miss_a_head_with_a_topic_comma_at_the_measure_stands() -> None:
    # as wide as the column by chance, but a head's punctuation ('서하군, …') marks it
    head = "서하군, 읍내 돌다리 석 달 만에 새로"
    text = _text(head, "서하군은 지난해 여름 물에 잠겼던 돌다리를|")
    assert _alone(text, head)
    assert head in [a.headline.text for a in _articles(text) if a.headline]


def test_column_tears_near_miss_a_page_without_the_habit_says_nothing() -> None:
    # the same lines with no trailing space anywhere: a bare end says nothing of a tear
    assert _alone(_text(TORN, UNDER, habit=False), TORN)


TWO_LINES = """6 사회 2027년 2월 3일 수요일
달내천 징검다리 새로 놓는다
예솔비 기자
달내군이 읍내 앞 달내천에 돌다리를|
새로 놓는다. 군은 다음 달 공사를|
시작해 6월까지 마칠 계획이라고|
밝혔다.
{first}
{second}
공사비 2억원은 군이 모두 내고 다리|
이름은 주민 공모로 정한다."""


def test_column_tears_a_paragraph_of_two_lines_torn_into_its_short_last_line() -> None:
    # '놓' / '아야': the paragraph's opening line, bare, over its last line, shorter, which
    # closes the sentence: one paragraph of the story, not a head over a one-line lead
    first = "군 관계자는 “다리가 낡아 건너기 어렵다. 새로 놓"
    text = TWO_LINES.format(first=first, second="아야 한다”고 말했다.").replace("|", " ")
    articles = _articles(text)
    assert len(articles) == 1
    texts = [getattr(b, "text", "") for b in articles[0].body]
    assert f"{first}아야 한다”고 말했다." in texts


def test_column_tears_near_miss_a_head_narrower_than_its_one_line_lead_stands() -> None:
    text = TWO_LINES.format(
        first="서하군 돌다리 공사 시작", second="서하군도 다음 달에 돌다리 공사를 시작한다."
    ).replace("|", " ")
    assert [a.headline.text for a in _articles(text) if a.headline] == [
        "달내천 징검다리 새로 놓는다",
        "서하군 돌다리 공사 시작",
    ]


OPINION = """26 오피니언 2027년 2월 3일 수요일

2) 달내군 보건소, 「지역 의료 실태 조사」.

채경민 남도대 보건행정학과 교수

{title}

새해 첫날 달내봉에는 해마다 1만 명 넘는 사람이 몰린다.
"""


def test_column_tears_a_column_tagged_title_is_no_deck_under_a_signature() -> None:
    # once the torn lines join, the column's paragraph under '[사설] …' closes a sentence:
    # a line led by its column's tag is a headline, never a deck under the signature
    paras = pages(OPINION.format(title="[사설] 안전한 해맞이를"))[0].paras
    assert title_over_parts(paras, 2) is None


def test_column_tears_near_miss_a_plain_deck_line_still_reads_as_the_deck() -> None:
    paras = pages(OPINION.format(title="안전한 해맞이를"))[0].paras
    assert title_over_parts(paras, 2) == OVER_A_DECK


BOX = """6 생활 2027년 2월 3일 수요일
달내천 징검다리 새로 놓는다
예솔비 기자
달내군이 읍내 앞 달내천에 돌다리를|
새로 놓는다. 군은 다음 달 공사를 시|
작해 6월까지 마칠 계획이라고 밝혔다.
공사비 2억원은 군이 모두 내고 다리|
이름은 주민 공모로 정한다.
이번 주 별자리
물병자리 1월 20일~2월 18일
친구의 부탁을 들어주어라.
물고기자리 2월 19일~3월 20일
지갑을 잘 챙겨라.
{third}
{fourth}
황소자리 4월 20일~5월 20일
집안일을 먼저 하라."""


def test_column_tears_a_box_of_keyed_entries_keeps_its_heads_apart() -> None:
    # '양자리 3월 21일~4월 19일' ends bare under a sentence's end over its one short line,
    # as a torn line over its paragraph's last line does; but three heads of the box share
    # its form (every word but the key, digits alike): each stands over its own entry
    text = BOX.format(third="양자리 3월 21일~4월 19일", fourth="새 일을 벌이지 마라.").replace(
        "|", " "
    )
    for head in (
        "물병자리 1월 20일~2월 18일",
        "양자리 3월 21일~4월 19일",
        "황소자리 4월 20일~5월 20일",
    ):
        assert _alone(text, head)


def test_column_tears_near_miss_two_heads_of_one_form_are_chance() -> None:
    # with one other head of its form only, a head over its short line reads as a torn
    # line does (two alike lines may be chance): it runs on into the line under it
    text = BOX.format(third="양자리 3월 21일~4월 19일", fourth="새 일을 벌이지 마라.")
    for entry in (
        "물병자리 1월 20일~2월 18일\n친구의 부탁을 들어주어라.\n",
        "\n황소자리 4월 20일~5월 20일\n집안일을 먼저 하라.",
    ):
        text = text.replace(entry, "")
    text = text.replace("|", " ")
    assert not _alone(text, "양자리 3월 21일~4월 19일")
