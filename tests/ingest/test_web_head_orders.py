"""A web copy's head block in the orders sites set it (web_head_block.py): the headline
tight under the stamp or under the buttons, the buttons opening the next block, a
breadcrumb for the section's word, the stamp as '승인 …'; and the near misses, a block
holding the story's sentence or closed by no button. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.web_head_block import RULE as HEAD_BLOCK
from tests.ingest.test_conventions import items

STORY = (
    "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
    "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다.\n"
)
HEADLINE, DECK = "솔뫼천 산책로 야간 조명 켠다", '주민 설문 절반 "밤길 무섭다"'
STAMP = "입력 2027.03.04 10:12 | 수정 2027.03.04 11:40"


def _head(text: str, paper: str, section: str) -> None:
    edition, trace = explain_text(text)
    assert (trace.rule("edition", "masthead") or "").startswith(HEAD_BLOCK)
    assert edition.masthead is not None
    assert (edition.masthead.paper, edition.masthead.date) == (paper, "2027-03-04")
    assert edition.pages[0].section == section
    [item] = items(text)
    assert (item["headline"], item["deck"]) == (HEADLINE, [DECK])


def test_the_headline_and_deck_tight_under_the_stamp_over_the_buttons() -> None:
    text = (
        f"솔뫼온뉴스\nsolmoeon.kr\n생활\n{STAMP}\n{HEADLINE}\n{DECK}\n"
        f"기사 공유하기 페이스북 카카오톡 URL복사\n글자크기 가 가\n\n{STORY}"
    )
    _head(text, "솔뫼온뉴스", "생활")
    assert explain_text(text)[0].masthead.url == "solmoeon.kr"


def test_the_headline_and_deck_under_the_stamp_and_the_buttons_no_address() -> None:
    text = (
        f"솔뫼스테이지\n생활\n한가람 기자 | {STAMP}\n공유하기\n인쇄\n{HEADLINE}\n{DECK}\n\n{STORY}"
    )
    _head(text, "솔뫼스테이지", "생활")


def test_the_buttons_opening_the_block_under_the_stamp() -> None:
    text = f"솔뫼살림\n생활\n{HEADLINE}\n{DECK}\n입력 2027.03.04 10:12\n\n공유하기\n인쇄\n\n{STORY}"
    _head(text, "솔뫼살림", "생활")


def test_a_breadcrumb_a_stamp_of_approval_and_wide_bars() -> None:
    text = (
        f"솔뫼온뉴스\nsolmoeon.kr\n생활 > 동네\n{HEADLINE}\n{DECK}\n승인 2027.03.04 10:12\n"
        f"기사 듣기  |  글자크기  |  공유하기\n\n{STORY}"
    )
    _head(text, "솔뫼온뉴스", "생활 > 동네")
    text = text.replace(
        "기사 듣기  |  글자크기  |  공유하기", "페이스북 트위터 카카오톡 밴드 링크복사"
    )
    _head(text, "솔뫼온뉴스", "생활 > 동네")


def test_the_storys_sentence_tight_under_the_stamp_is_no_head_block() -> None:
    # the near miss: the block holds the story's text, the head does not end in it
    text = (
        f"솔뫼온뉴스\nsolmoeon.kr\n생활\n{STAMP}\n{HEADLINE}\n{STORY.splitlines()[0]}\n"
        f"기사 공유하기 페이스북 카카오톡 URL복사\n\n{STORY.splitlines()[2]}\n"
    )
    _, trace = explain_text(text)
    assert not (trace.rule("edition", "masthead") or "").startswith(HEAD_BLOCK)


def test_a_word_over_a_section_and_a_stamp_with_no_headline_or_no_button_is_no_head_block() -> None:
    # the near misses: no address and nothing of a headline in the block ('손흥민' may be a
    # headline's word); a block and the next with no button of the site's
    bare = f"손흥민\n축구\n입력 2027.03.04 10:12\n\n공유하기\n인쇄\n\n{STORY}"
    unbuttoned = f"솔뫼살림\n생활\n{HEADLINE}\n입력 2027.03.04 10:12\n\n{STORY}"
    for text in (bare, unbuttoned):
        _, trace = explain_text(text)
        assert not (trace.rule("edition", "masthead") or "").startswith(HEAD_BLOCK)
