"""The seed page (a real page of 광남일보), field by field.

Every expectation here (tests/ingest/seed_expected.py) was checked by hand against the printed
page. The parser must reach them through general rules; tests/ingest/test_variant_*.py hold the
same rules to other papers' habits.
"""

from __future__ import annotations

import codecs

import pytest

from reader.ingest import ingest_text
from reader.ingest.coverage import coverage_problems
from reader.model import Ad, Article, Edition, Masthead, Table
from reader.sources import ingest
from tests.editions import SEED_TXT, seed_text
from tests.ingest.outline import ad_outline, article_outline, leaf_text_problems, outline
from tests.ingest.seed_expected import AD, ARTICLE


@pytest.fixture(scope="module")
def text() -> str:
    return seed_text()


@pytest.fixture(scope="module")
def edition() -> Edition:
    return ingest(SEED_TXT)


@pytest.fixture(scope="module")
def article(edition: Edition) -> Article:
    [article] = edition.articles()
    return article


def _source(text: str, spans) -> str:
    return "".join(text[s:e] for s, e in spans)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def test_masthead(edition: Edition, text: str) -> None:
    m = edition.masthead
    assert m == Masthead(
        paper="광남일보",
        url="GwangNam.co.kr",
        edition_kind="조간",
        issue=8020,
        phone="062-370-7000",
        date="2026-02-04",
        weekday="수요일",
        lunar="12-17",
        spans=m.spans,
    )
    assert [text[s:e] for s, e in m.spans] == [
        "광남일보",
        "GwangNam.co.kr",
        "조간 제 8020 호 대표전화 062-370-7000",
        "2026년 2월 4일 수요일 (음력 12월 17일)",
    ]
    assert edition.warnings == []
    assert edition.id == "광남일보-2026-02-04"


@pytest.mark.parametrize(
    ("printed", "altered", "warning"),
    [
        (
            "4일 수요일",
            "4일 목요일",
            "masthead: 2026-02-04 is a 수요일, but the page prints 목요일",
        ),
        (
            "(음력 12월 17일)",
            "(음력 12월 18일)",
            "masthead: lunar date of 2026-02-04 is 12-17, but the page prints 12-18",
        ),
    ],
)
def test_masthead_mismatch_is_a_warning(text: str, printed: str, altered: str, warning: str):
    assert text.count(printed) == 1
    edition = ingest_text(text.replace(printed, altered))
    assert edition.warnings == [warning]
    # Only a warning: the page still parses in full.
    assert edition.masthead is not None and edition.masthead.date == "2026-02-04"
    assert outline(edition)[0]["items"] == [ARTICLE, AD]


def test_article(article: Article) -> None:
    assert article_outline(article) == ARTICLE


def test_nine_questions_each_followed_by_its_answer(article: Article) -> None:
    kinds = [b.kind for b in article.body]
    assert kinds.count("question") == 9
    assert kinds.count("answer") == 9
    for i, kind in enumerate(kinds):
        if kind == "question":
            assert kinds[i + 1] == "answer"


def test_markers_are_dropped_from_the_text_but_covered(article: Article, text: str) -> None:
    for block in article.body:
        first = text[block.spans[0][0]]
        if block.kind == "question":
            assert first == "-" and not block.text.startswith("-")
        if block.kind == "answer":
            assert first == "△" and not block.text.startswith("△")


def test_question_and_answer_on_one_line_are_split(article: Article, text: str) -> None:
    body = article.body
    same_line = [
        (q.text, a.text[:9])
        for q, a in zip(body, body[1:], strict=False)
        if q.kind == "question" and _line_of(text, q.spans[0][0]) == _line_of(text, a.spans[0][0])
    ]
    assert same_line == [
        ("광주 전역 실증이 실제로 가능할지 궁금하다.", "쉽지 않은 과제임"),
        ("시민들이 체감할 수 있는 변화도 기대할 수 있나.", "충분히 가능하다."),
        ("광주·전남 통합 논의가 AI 산업에 주는 의미는.", "AI는 단일 사업"),
        ("개인적으로 이루고 싶은 장기적 비전이 있다면.", "광주가 대한민국을"),
    ]


def _block_with(article: Article, words: str):
    [block] = [b for b in article.body if words in b.text]
    return block


@pytest.mark.parametrize(
    ("repaired", "left", "right"),
    [
        ("‘광주를 빌려드립니다’", "‘광", "주를 빌려드립니다’"),  # joined, no space
        ("실증이 이뤄지는", "실증이 이", "뤄지는"),  # joined, no space
        ("구조를 만드는 것이 중요하다.", "구조를 만드는 것이", "중요하다."),  # a space
    ],
)
def test_column_break_repairs(
    article: Article, text: str, repaired: str, left: str, right: str
) -> None:
    block = _block_with(article, repaired)
    pieces = [text[s:e] for s, e in block.spans]
    # The halves sit in two source paragraphs; the block owns both.
    assert len(pieces) == 2
    assert pieces[0].endswith(left) and pieces[1].startswith(right)


def test_caption_inside_a_sentence_is_lifted_out(article: Article, text: str) -> None:
    answer = _block_with(article, "구조를 만드는 것이 중요하다.")
    caption = article.body[article.body.index(answer) + 1]
    assert caption.kind == "caption"
    assert caption.text == (
        "오상진 인공지능사업단장이 올해 시작되는 "
        "2단계 사업(AX 실증밸리)의 핵심 목표를 설명하고 있다."
    )
    # In the source the caption lies between the two halves of the sentence.
    [(cs, ce)] = caption.spans
    (_, first_end), (second_start, _) = answer.spans
    assert first_end < cs < ce < second_start
    assert text[cs:ce] == caption.text


def test_byline(article: Article, text: str) -> None:
    [byline] = article.bylines
    assert byline.text == "김은지 기자 eunzy@gwangnam.co.kr"
    assert _source(text, byline.spans) == byline.text


def test_ad(edition: Edition) -> None:
    [ad] = edition.ads()
    assert ad_outline(ad) == AD


def test_ad_table_cells(edition: Edition, text: str) -> None:
    [ad] = edition.ads()
    [table] = [b for b in ad.blocks if isinstance(b, Table)]
    assert len(table.header) == 4
    assert [len(row) for row in table.rows] == [4] * 5
    empty = table.rows[1][2]
    assert empty.text == "" and empty.spans == []
    for row in [table.header, *table.rows]:
        for cell in row:
            printed = _source(text, cell.spans)
            if "\n" in cell.text:  # inline points: the printed "- " markers became line breaks
                assert printed == "- " + cell.text.replace("\n", " - ")
            else:
                assert printed == cell.text


def test_page(edition: Edition) -> None:
    [page] = edition.pages
    assert (page.number, page.section, page.section_inferred, page.label) == (
        1,
        "인터뷰",
        True,
        None,
    )
    assert [type(it) for it in page.items] == [Article, Ad]


def _variants(text: str) -> list[tuple[str, bytes, str]]:
    crlf = text.replace("\n", "\r\n")
    cr = text.replace("\n", "\r")
    # '•' has no CP949 code; a CP949 page would print another heading mark.
    cp949 = text.replace("•", "■")
    return [
        ("utf-8", text.encode("utf-8"), "utf-8"),
        ("utf-8 BOM", codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
        ("CRLF", crlf.encode("utf-8"), "utf-8"),
        ("CR", cr.encode("utf-8"), "utf-8"),
        ("CP949", cp949.encode("cp949"), "cp949"),
        ("CP949 CRLF", cp949.replace("\n", "\r\n").encode("cp949"), "cp949"),
    ]


@pytest.mark.parametrize("variant", range(6), ids=[v[0] for v in _variants("")])
def test_every_character_in_exactly_one_leaf(text: str, tmp_path, variant: int) -> None:
    _, data, encoding = _variants(text)[variant]
    path = tmp_path / SEED_TXT.name
    path.write_bytes(data)
    edition = ingest(path)
    decoded = data.decode(encoding)
    assert edition.source.encoding == encoding
    assert edition.source.chars == len(decoded)
    assert coverage_problems(edition, decoded) == []
    assert leaf_text_problems(edition, decoded) == []
    # The same page, whatever its bytes.
    assert outline(edition) == [{"section": "인터뷰", "inferred": True, "items": [ARTICLE, AD]}]
    assert edition.masthead is not None and edition.masthead.issue == 8020
