"""A column signed by its writer over the next column's tagged title (docs/ingest-conventions.md,
"Round sixty-one (torn lines and head wraps)"): on a page with no blank line, a writer's
signature ('NAME ○○대 교수', no '기자') under the column's last sentence, over a title led
by its column's tag ('[사설] …'), signs the column above; it opens no item as a headline
with the tagged title as its deck. The page is made up, as an extraction gives it; '|'
marks a line's trailing space."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article

PAGE = """26 오피니언 2027년 2월 3일 수요일
[시론] 읍내 의원이 떠난 자리
달내군에서 지난 5년 사이 동네 의원|
일곱 곳이 문을 닫았다. 의사가 나이
가 들어 그만두었지만 뒤를 이을 사
람을 찾지 못했다. 감기약 한 번 타려
고 버스를 두 번 갈아탄다.1)
1) 지역 의대를 졸업한 의사가 그 지
역에서 일하도록 하는 제도.
2) 달내군 보건소, 「지역 의료 실태|
조사」.
{signature}
{title}
새해 첫날 달내봉에는 해마다 1만|
명 넘는 사람이 몰린다. 정상으로 오
르는 길은 좁고 가파르며, 새벽에는|
얼어붙는다."""


def _heads(signature: str, title: str) -> list[tuple[str | None, list[str], list[str]]]:
    text = PAGE.format(signature=signature, title=title).replace("|", " ")
    items = ingest_text(text, name="t").pages[0].items
    return [
        (
            a.headline.text if a.headline else None,
            [d.text for d in a.deck],
            [b.name for b in a.bylines],
        )
        for a in items
        if isinstance(a, Article)
    ]


def test_signed_column_a_signature_over_a_tagged_title_signs_the_column_above() -> None:
    assert _heads("채경민 남도대 보건행정학과 교수", "[사설] 안전한 해맞이를") == [
        ("[시론] 읍내 의원이 떠난 자리", [], ["채경민"]),
        ("[사설] 안전한 해맞이를", [], []),
    ]


def test_signed_column_near_miss_a_head_over_a_tagged_title_still_opens_an_item() -> None:
    # a plain head, no writer's signature, over the tagged line: it opens an item as before
    heads = _heads("달내봉 해맞이 안전 대책", "[사설] 안전한 해맞이를")
    assert [(h[0], h[2]) for h in heads] == [
        ("[시론] 읍내 의원이 떠난 자리", []),
        ("달내봉 해맞이 안전 대책", []),
    ]
