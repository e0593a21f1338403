"""A story signed under its headline is not signed again at its foot (docs/
ingest-conventions.md, "Round sixty-five (lines torn inside a quotation)"): a head over
prose, under such a story, whose text runs to a byline naming the same reporter with no
address, opens the reporter's next story; it is no subhead of the story above. A reporter
signs again at the foot only to add an address. The page is made up."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article

PAGE = """6 사회 2027년 2월 3일 수요일
서하군 새 청사 착공
윤다래 기자
서하군이 새 군청사를 짓는 공사를 다음 달 시작한다. 사업비는 420억원이다.
군은 2029년까지 공사를 마치고 흩어진 부서를 한곳에 모을 계획이다.
군의회 예산안 처리 또 미뤄
서하군의회가 새해 예산안 처리를 두 번째로 미뤘다. 의장 자리를 두고 의원들이 맞섰다.
의회는 다음 주 임시회를 다시 열기로 했다.
{foot}"""
HEAD = "군의회 예산안 처리 또 미뤄"


def _articles(foot: str) -> list[Article]:
    items = ingest_text(PAGE.format(foot=foot), name="t").pages[0].items
    return [x for x in items if isinstance(x, Article)]


def test_a_head_under_a_story_signed_on_top_opens_the_reporters_next_story() -> None:
    articles = _articles("/윤다래 기자")
    assert [a.headline.text if a.headline else None for a in articles] == [
        "서하군 새 청사 착공",
        HEAD,
    ]
    assert [b.name for b in articles[1].bylines] == ["윤다래"]


def test_near_miss_signed_again_with_an_address_the_head_is_a_subhead() -> None:
    (article,) = _articles("윤다래 기자 darae@seoha.example")
    assert ("subhead", HEAD) in [(b.kind, getattr(b, "text", "")) for b in article.body]
