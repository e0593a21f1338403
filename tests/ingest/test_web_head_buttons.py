"""A web copy's buttons set one a line in its head, on small made-up examples: under the
stamp of an outlet the page credits ('ⓒ NAME'), and a run of single buttons that opens on
any of them ('페이스북' / '카카오톡' / 'URL복사'). Near misses: a copy with no stamp, and
one-word lines no button of which shares, copies or sizes the story. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.web_foot import share_run
from reader.ingest.web_head import BUTTONS_IN_HEAD
from tests.ingest.test_conventions import items

TEXT = (
    "미르스포츠 기자가 14일 세움구장에서 훈련을 지켜보고 있다. 선수단은 이날 오전 귀국했다."
    " 구단은 다음 주 홈구장에서 시범경기를 치른다."
)
FOOT = "\n\n도하린 기자\n\nⓒ 미르스포츠 무단전재 및 재배포 금지\n"


def _copy(stamp: str, buttons: str) -> str:
    return (
        f"미르스포츠\n야구\n\n세움 레인저스, 캠프 마치고 귀국\n\n{stamp}{buttons}\n\n{TEXT}{FOOT}"
    )


def test_buttons_under_a_credited_outlets_stamp_are_its_head() -> None:
    text = _copy("도하린 기자 | 입력 2027.03.09 21:10\n\n", "공유\n인쇄")
    [item] = items(text)
    assert item["deck"] == []
    _, trace = explain_text(text)
    assert BUTTONS_IN_HEAD in trace.rule("edition", "masthead")


def test_near_miss_no_stamp_no_buttons_taken() -> None:
    # without a stamp the copy is dated by nothing: the credited name alone is no web head
    text = _copy("", "공유\n인쇄")
    _, trace = explain_text(text)
    assert BUTTONS_IN_HEAD not in trace.rule("edition", "masthead")


def test_a_run_of_single_buttons_may_open_on_any_of_them() -> None:
    assert share_run(["페이스북", "카카오톡", "URL복사", "글자크기", "본문 첫 줄이다."]) == 4
    text = _copy("입력 2027.03.09 21:10\n", "페이스북\n카카오톡\nURL복사")
    [item] = items(text)
    assert item["deck"] == []


def test_near_miss_one_word_lines_that_share_nothing_are_no_run() -> None:
    # '기사' and '본문' are words a head may hold; no button of the pair sends or copies
    assert share_run(["기사", "본문", "페이스북"]) == 0
    assert share_run(["페이스북"]) == 0  # one word alone opens no run
