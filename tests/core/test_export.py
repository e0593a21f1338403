"""reader.export: plain text, Markdown and JSON of an article (its file: test_export_file)."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as hs
from markdown_it import MarkdownIt

from reader import store
from reader.export import to_markdown, to_text
from reader.model import Article, Block, Byline, Image, Text
from tests.core.export_sample import MARKDOWN, TEXT, interview_article


@pytest.fixture
def interview() -> Article:
    return interview_article()


def test_plain_text(interview: Article):
    assert to_text(interview) == TEXT


def test_markdown(interview: Article):
    assert to_markdown(interview) == MARKDOWN


# --- Markdown renders back to the printed words ---------------------------------

_md = MarkdownIt("commonmark").enable(["strikethrough", "table"])


def rendered(markdown: str) -> list[tuple[str, str]]:
    """(block type, visible text) for each block, with the markup the renderer applied."""
    out: list[tuple[str, str]] = []
    kind = ""
    for token in _md.parse(markdown):
        if token.type in ("heading_open", "list_item_open", "blockquote_open"):
            kind = token.type
        elif token.type == "paragraph_open" and not kind:
            kind = token.type
        if token.type == "inline":
            text = ""
            for child in token.children or []:
                if child.type in ("text", "code_inline"):
                    text += child.content
                elif child.type in ("softbreak", "hardbreak"):
                    text += "\n"
                else:
                    text += f"<{child.type}>"
            out.append((kind, text))
            kind = ""
        if token.type == "hr":
            out.append(("hr", ""))
    return out


def test_markdown_renders_as_intended(interview: Article):
    blocks = rendered(to_markdown(interview))
    assert blocks == [
        ("heading_open", "“광주지역 전역, AI 실증 무대로 만들겠다”"),
        ("heading_open", "오상진 인공지능산업융합사업단장"),
        ("list_item_open", "AI 집적단지 2단계 착수"),
        ("list_item_open", "실증 [bold]도시[/bold] 조성"),
        ("paragraph_open", "<strong_open>광주가 AI 실증 도시로 나선다.<strong_close>"),
        ("paragraph_open", "본문에 [bold]굵게[/bold] 와 *별표* 와 3~5일 이 있다."),
        ("heading_open", "데이터센터"),
        ("paragraph_open", "<strong_open>Q.<strong_close> 사업단의 올해 목표는?"),
        ("paragraph_open", "<strong_open>A.<strong_close> 실증 무대를 넓히는 것이다."),
        ("paragraph_open", "기업 100곳을 모으겠다."),
        ("paragraph_open", "<strong_open>Q.<strong_close> [link](http://x) 는?"),
        ("paragraph_open", "<strong_open>A.<strong_close> # 아니다"),
        ("blockquote_open", "Photo: 오상진 단장이 설명하고 있다."),
        ("hr", ""),
        ("paragraph_open", "홍길동 기자 (광주) <link_open>hong_gd@kjdaily.com<link_close>"),
    ]


# Text that looks like Markdown: every ASCII punctuation mark, Hangul, digits, spaces.
_PRINTED = hs.text(
    alphabet=hs.sampled_from(list("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") + list("가나다 ab1 2\n")),
    max_size=40,
)


def _words(text: str) -> str:
    return " ".join(text.split())


@given(_PRINTED)
def test_any_paragraph_renders_as_printed(text: str):
    body = Article(id="a", body=[Block("paragraph", text)])
    blocks = rendered(to_markdown(body))
    if not text.strip():
        assert blocks == []
        return
    assert [kind for kind, _ in blocks] == ["paragraph_open"]
    assert _words(blocks[0][1]) == _words(text)


@given(_PRINTED, hs.sampled_from(["headline", "subhead", "bullet", "lead", "question"]))
def test_any_marked_up_block_renders_as_printed(text: str, kind: str):
    if kind == "headline":
        a = Article(id="a", headline=Text(text))
    else:
        a = Article(id="a", body=[Block(kind, text)])
    blocks = rendered(to_markdown(a))
    if not text.strip():
        return
    expected = {
        "headline": ("heading_open", _words(text)),
        "subhead": ("heading_open", _words(text)),
        "bullet": ("list_item_open", _words(text)),
        "lead": ("paragraph_open", f"<strong_open>{_words(text)}<strong_close>"),
        "question": ("paragraph_open", f"<strong_open>Q.<strong_close> {_words(text)}"),
    }[kind]
    assert [(k, _words(v)) for k, v in blocks] == [expected]


# --- details -------------------------------------------------------------------


def test_only_the_first_of_consecutive_answers_is_marked():
    a = Article(
        id="a",
        body=[
            Block("question", "질문?"),
            Block("answer", "하나."),
            Block("answer", "둘."),
            Block("paragraph", "셋."),
            Block("question", "또?"),
            Block("answer", "넷."),
        ],
    )
    assert to_text(a) == "Q. 질문?\n\nA. 하나.\n\n둘.\n\n셋.\n\nQ. 또?\n\nA. 넷.\n"


@pytest.mark.parametrize(
    ("printed", "shown"),
    [
        ("▲ 사진=광남일보 DB", "광남일보 DB"),
        ("사진: 회의 모습", "회의 모습"),
        ("Photo: 회의 모습", "회의 모습"),  # our own word, in the interface's language
        ("사진작가 김모씨의 작품", "사진작가 김모씨의 작품"),  # a word, not a label
        ("오상진 단장. /사진=홍길동 기자", "오상진 단장. /사진=홍길동 기자"),
    ],
)
def test_caption_label_is_not_doubled(printed: str, shown: str):
    a = Article(id="a", body=[Block("caption", printed)])
    assert to_text(a) == f"Photo: {shown}\n"
    assert rendered(to_markdown(a)) == [("blockquote_open", f"Photo: {shown}")]


@pytest.mark.usefixtures("korean")
def test_the_photo_word_is_the_interfaces():
    photo = Block("photo", "", image=Image(src="p/p1-photo1.png", width=246, height=165))
    a = Article(id="a", body=[photo, Block("caption", "▲ 사진=광남일보 DB")])
    assert to_text(a) == "[사진 246×165]\n\n사진: 광남일보 DB\n"
    assert to_markdown(a) == "[사진 246×165]\n\n> 사진: 광남일보 DB\n"


def test_bullets_and_bylines_without_fields():
    a = Article(
        id="a",
        body=[Block("bullet", "첫째"), Block("paragraph", "- 하이픈으로 시작")],
        bylines=[Byline(name="", text="<광남일보>"), Byline(name="김은지", email="not an email")],
    )
    assert to_text(a) == "• 첫째\n\n- 하이픈으로 시작\n\n<광남일보>\n김은지 not an email\n"
    assert rendered(to_markdown(a)) == [
        ("list_item_open", "첫째"),
        ("paragraph_open", "- 하이픈으로 시작"),
        ("hr", ""),
        ("paragraph_open", "<광남일보>"),
        ("paragraph_open", "김은지 not an email"),
    ]


def test_an_empty_article_exports_nothing_but_a_newline():
    assert to_text(Article(id="a")) == "\n"
    assert to_markdown(Article(id="a")) == "\n"


# --- JSON ----------------------------------------------------------------------


def test_json_round_trips_and_keeps_korean_readable(interview: Article):
    data = store.to_json(interview)
    assert msgspec.json.decode(data, type=Article) == interview
    assert msgspec.json.decode(data)["kind"] == "article"
    assert "광주지역".encode() in data and data.endswith(b"\n")
    assert b"[bold]" in data


def test_control_characters_are_shown_not_obeyed():
    a = Article(id="a", headline=Text("빨강\x1b[31m"), body=[Block("paragraph", "벨\x07\t탭")])
    assert to_text(a) == "빨강␛[31m\n\n벨␇\t탭\n"  # as the reader shows them
    assert "\x1b" not in to_markdown(a) and "\x07" not in to_markdown(a)


def test_plain_text_says_where_it_was_printed_under_the_headlines():
    a = Article(id="a", headline=Text("제목"), body=[Block("paragraph", "본문.")])
    assert to_text(a, where="광남일보 · 1면") == "제목\n\n광남일보 · 1면\n\n본문.\n"
