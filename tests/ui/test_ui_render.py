"""The pure renderers: structure, measure, Hangul wrapping, literal text, highlights, anchors."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.segment import Segment

from reader import i18n
from reader.ad_export import TRUNCATED_NOTE
from reader.model import Article, Block, Byline, Image, Masthead, Table, Text, leaves
from reader.ui.render import (
    DEFAULT_PALETTE,
    masthead_text,
    render_ad,
    render_ads,
    render_article,
    render_edition,
)
from tests.editions import library, seed, seed_ad, seed_article
from tests.ui.conftest import drive


def lines_of(rendered) -> list[str]:
    return rendered.plain().splitlines()


def test_masthead_line_in_english():
    assert masthead_text(seed().masthead).plain == (
        "광남일보 · Wednesday, February 4, 2026 (lunar 12/17) · 조간 No. 8020"
    )


@pytest.mark.usefixtures("korean")
def test_masthead_line_in_korean():
    assert masthead_text(seed().masthead).plain == (
        "광남일보 · 2026년 2월 4일 수요일 (음력 12월 17일) · 조간 제8020호"
    )


@pytest.mark.usefixtures("korean")
def test_masthead_shows_a_leap_lunar_month():
    from reader.ingest import ingest_text

    page = "한빛일보\n\n2023년 3월 22일 수요일 (음력 윤2월 1일)\n\n광주 소식\n\n본문입니다.\n"
    masthead = ingest_text(page, name="leap").masthead
    assert masthead_text(masthead).plain == "한빛일보 · 2023년 3월 22일 수요일 (음력 윤2월 1일)"
    i18n.use("en")
    assert masthead_text(masthead).plain == "한빛일보 · Wednesday, March 22, 2023 (lunar leap 2/1)"


@pytest.mark.usefixtures("korean")
def test_masthead_weekday_is_computed_when_missing():
    m = Masthead(paper="광남일보", date="2026-02-05", issue=8021, edition_kind="조간")
    assert masthead_text(m).plain == "광남일보 · 2026년 2월 5일 목요일 · 조간 제8021호"


def test_masthead_of_an_english_page_reads_in_the_interface_language():
    m = Masthead(paper="THE HARLOW STANDARD", date="1911-06-12", weekday="Monday", issue=4512)
    assert masthead_text(m).plain == "THE HARLOW STANDARD · Monday, June 12, 1911 · No. 4512"
    i18n.use("ko")
    assert masthead_text(m).plain == "THE HARLOW STANDARD · 1911년 6월 12일 월요일 · 제4512호"


def test_article_reads_like_an_interview():
    article = seed_article()
    out = render_article(article, 72)
    text = out.plain()
    lines = text.splitlines()
    assert lines[0] == "“광주지역 전역, AI 실증 무대로 만들겠다”"
    assert lines[1] == "오상진 인공지능산업융합사업단장"
    assert "▸ 1단계사업 ‘AI 생태계’ 구축 과정" in lines
    questions = [i for i, b in enumerate(article.body) if b.kind == "question"]
    for i in questions:
        assert lines[out.anchors[f"body.{i}"]].startswith("Q  ")
    answer = next(i for i, b in enumerate(article.body) if b.kind == "answer")
    assert not lines[out.anchors[f"body.{answer}"]].startswith(("Q", " "))
    lead = next(i for i, b in enumerate(article.body) if b.kind == "lead")
    assert lines[out.anchors[f"body.{lead}"]].startswith("┃ ")
    caption = next(i for i, b in enumerate(article.body) if b.kind == "caption")
    assert lines[out.anchors[f"body.{caption}"]].startswith("▣ 오상진")
    assert lines[-1] == "김은지 기자 eunzy@gwangnam.co.kr"


def test_question_is_styled_apart_from_answers():
    article = seed_article()
    out = render_article(article, 72)
    q = next(i for i, b in enumerate(article.body) if b.kind == "question")
    a = q + 1
    q_line, a_line = out.lines[out.anchors[f"body.{q}"]], out.lines[out.anchors[f"body.{a}"]]
    assert any(s.style and s.style.bold for s in q_line if s.text.strip())
    assert not any(s.style and s.style.bold for s in a_line if s.text.strip())


def test_every_leaf_has_an_anchor_in_reading_order():
    article = seed_article()
    out = render_article(article, 40)
    rows = [out.anchors[leaf.path] for leaf in leaves(article)]
    assert rows == sorted(rows)
    lines = lines_of(out)
    for leaf in leaves(article):
        first_word = leaf.text.split()[0]
        assert first_word in lines[out.anchors[leaf.path]], leaf.path


def test_ad_anchors_cover_every_leaf():
    ad = seed_ad()
    out = render_ad(ad, 40)
    assert {leaf.path for leaf in leaves(ad)} <= set(out.anchors)


def test_lines_keep_the_measure_at_any_width():
    for width in (24, 40, 56, 72):
        for out in (render_article(seed_article(), width), render_ad(seed_ad(), width)):
            assert max(cell_len(line) for line in lines_of(out)) <= width


def test_hangul_wraps_at_spaces():
    article = seed_article()
    out = render_article(article, 40)  # the longest word (31 cells) fits
    words = set(" ".join(leaf.text for leaf in leaves(article)).split())
    markers = {"┃", "Q", "▣", "▸"}
    for line in lines_of(out):
        if line.startswith("─"):
            continue
        for word in line.split():
            assert word in words or word in markers, word


hangul_word = st.text(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=8
)


@settings(deadline=None)  # examples: the profile's (conftest.py)
@given(words=st.lists(hangul_word, min_size=1, max_size=60), width=st.integers(20, 90))
def test_wrapping_never_splits_a_syllable_run(words, width):
    article = Article(id="x", body=[Block("paragraph", " ".join(words))])
    out = render_article(article, width)
    got = out.plain().split()
    assert got == words
    assert all(cell_len(line) <= width for line in lines_of(out))


def test_markup_and_escapes_stay_literal():
    hostile = "[bold]굵게[/bold] \x1b[31m빨강\x1b[0m \x07벨 \x9b끝"
    article = Article(id="x", headline=Text(hostile), body=[Block("question", hostile)])
    text = render_article(article, 72).plain()
    assert "[bold]굵게[/bold]" in text
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert "␛[31m빨강␛[0m ␇벨 \ufffd끝" in text


def test_highlight_ranges_are_styled():
    article = seed_article()
    body = article.body[1].text
    start = body.index("1단계")
    out = render_article(article, 72, {"body.1": [(start, start + 3)]})
    hl = DEFAULT_PALETTE.highlight
    marked = [
        s.text for line in out.lines for s in line if s.style and s.style.bgcolor == hl.bgcolor
    ]
    assert "".join(marked) == "1단계"


def test_table_is_a_real_table_when_there_is_room():
    out = render_ad(seed_ad(), 72)
    lines = lines_of(out)
    header = next(line for line in lines if "분양금액" in line)
    assert "구 분" in header and "구좌" in header and "회원 특 전" in header
    row = next(line for line in lines if line.lstrip().startswith("VVIP (A형)"))
    # Numbers line up under their header (right-aligned), counted in cells, not chars.
    assert cell_len(row[: row.index("700") + 3]) == cell_len(header[: header.index("분양금액") + 4])


def test_table_stacks_in_a_narrow_pane():
    lines = lines_of(render_ad(seed_ad(), 32))
    at = lines.index("VVIP (A형)")
    assert lines[at + 1].split() == ["분양금액", "700"]


def test_a_stacked_table_stops_at_the_first_screenful():
    """The first screenful renders the stacked rows it shows, not the whole table; its
    lines are the complete render's first lines, and the rest comes with that render."""
    table = seed_ad().blocks[2]
    assert isinstance(table, Table) and len(table.rows) == 5
    last_row = table.rows[-1][0].text
    complete = render_ad(seed_ad(), 32)
    start = lines_of(complete).index("VVIP (A형)")
    assert last_row in lines_of(complete)
    first = render_ad(seed_ad(), 32, limit=start + 3)
    assert not first.complete and len(first.lines) >= start + 3
    assert first.lines == complete.lines[: len(first.lines)]
    assert last_row not in lines_of(first)  # the table was cut, not rendered whole
    # Every cell still has its place (the table's first line, as in the complete render).
    assert first.anchors["blocks.2.rows.4.0"] == complete.anchors["blocks.2.rows.4.0"]


def test_list_items_and_continuations_are_indented():
    lines = lines_of(render_ad(seed_ad(), 60))
    assert "- 할인혜택 월별 그린피 추가 할인 혜택" in lines
    assert "    총무, 회장 2인 고정 할인 그린피 제공(3팀 이상 진행시)" in lines


def test_contacts_and_truncation():
    ad = seed_ad()
    out = render_ad(ad, 60)
    lines = lines_of(out)
    assert "회원권 문의 전화 061)330-5004" in lines
    assert lines[-1] == TRUNCATED_NOTE
    phone = next(line for line in out.lines if any(s.text == "061)330-5004" for s in line))
    assert any(s.text == "061)330-5004" and s.style == DEFAULT_PALETTE.phone for s in phone)


def test_ads_join_with_prefixed_anchors():
    a, b = seed_ad(), msgspec.structs.replace(seed_ad(), id="p9-9")
    out = render_ads([a, b], 40)
    assert out.anchors[a.id] == 0
    assert out.anchors[b.id] > out.anchors[f"{a.id}:blocks.0"]
    assert out.anchors[f"{b.id}:title"] == out.anchors[b.id]


def test_byline_without_printed_text_is_composed():
    article = Article(id="x", bylines=[Byline(name="김은지", role="기자", email="a@b.kr")])
    assert render_article(article, 72).plain() == "김은지 기자 a@b.kr"


def test_segments_carry_no_control_codes():
    article = Article(id="x", headline=Text("\x1b]0;hijack\x07제목"))
    for line in render_article(article, 72).lines:
        for seg in line:
            assert isinstance(seg, Segment) and not seg.control


def test_hostile_page_renders_literally_end_to_end():
    from reader.ingest import ingest_text
    from tests.hostile.corpus import MARKUP, hostile_page

    out = render_edition(ingest_text(hostile_page(), name="hostile"), 72)
    text = out.plain()
    assert "[bold red]" in text and "[blink]" in text
    assert MARKUP.split()[0] in text
    for line in out.lines:
        for seg in line:
            assert not seg.control
            assert not any(c in seg.text for c in "\x1b\x07\x9b\u202e")


def test_render_edition_prints_every_item_under_its_page():
    edition = seed()
    out = render_edition(edition, 80)
    lines = lines_of(out)
    assert lines[0].startswith("광남일보 · Wednesday, February 4, 2026")
    assert lines[2].startswith("━━ 1 Interview ━━")  # a section the ingest inferred, in English
    for _, item in edition.items():
        first = f"{item.id}:{next(leaves(item)).path}"
        assert out.anchors[item.id] == out.anchors[first]
    assert lines[-1] == TRUNCATED_NOTE


def _photo_story() -> Article:
    return Article(
        id="p2-1",
        headline=Text(text="가람천 하구에 큰고니 무리"),
        body=[
            Block(
                kind="lead", text="겨울 철새가 찾는 가람천 하구 습지에 큰고니 무리가 내려앉았다."
            ),
            Block(
                kind="photo",
                text="",
                image=Image(src="e/p2-photo1-4b5aedee08ca.jpg", width=360, height=240),
            ),
            Block(kind="caption", text="6일 큰고니 무리가 습지에서 쉬고 있다.\n사진=문하람 기자"),
            Block(kind="paragraph", text="시는 습지 둘레길 출입을 다음 달까지 막는다."),
        ],
    )


@pytest.mark.parametrize("drawn", [True, False], ids=["picture", "placeholder"])
def test_a_caption_sits_right_under_its_photo(drawn):
    # Two rows of picture, as a pane draws it; without a drawing, the placeholder line.
    picture = [[Segment("▀" * 12)], [Segment("▀" * 12)]]
    out = render_article(
        _photo_story(), 40, photos=(lambda image, width: picture) if drawn else None
    )
    lines = lines_of(out)
    caption = out.anchors["body.2"]
    assert lines[caption].startswith("▣ 6일 큰고니")
    # No blank between the photo and its caption; one between the caption and the text.
    assert lines[caption - 1].strip() in ("▀" * 12, "[Photo 360×240]")
    assert lines[caption + 1].strip() == "사진=문하람 기자"
    assert lines[caption + 2] == ""
    assert lines[caption + 3].startswith("시는 습지")


@drive(library(seed()))
async def test_the_headline_outweighs_the_lead_under_it(app, pilot, screen):
    """Only the headline is bold; the lead (twelve lines in the interview) is set off by
    its bar, in the body's weight, as the lead of a printed story is."""
    view = screen.article_view
    lines = view._rendered.lines

    def bold_words(line: int) -> set[bool]:
        return {bool(s.style and s.style.bold) for s in lines[line] if s.text.strip("┃ ")}

    lead = next(i for i, b in enumerate(seed_article().body) if b.kind == "lead")
    assert bold_words(view.anchors["headline"]) == {True}
    start = view.anchors[f"body.{lead}"]
    assert lines[start][0].text == "┃ " and lines[start][0].style.bold  # the bar stands out
    assert bold_words(start) == bold_words(start + 1) == {False}
