"""A long paragraph is wrapped line by line: the same lines Rich's render_lines gives,
in time linear in its length; with a limit, only what can fill the first screenful."""

from __future__ import annotations

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style
from rich.text import Text

from reader.ui.render import render_article
from reader.ui.render.lines import Writer
from tests.editions import seed_article

LETTERS = st.sampled_from(
    ["가", "나", "광주", " ", "  ", "a", "Word", "\t", "—", "e\u0301", "1,000", "\n"]
)


def _texts(draw: st.DrawFn) -> Text:
    base = draw(st.sampled_from(["", "italic", "bold cyan"]))
    text = Text("".join(draw(st.lists(LETTERS, max_size=200))), style=base, end="")
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, max(0, len(text) - 1)))
        text.stylize(Style(bold=True), start, start + draw(st.integers(1, 10)))
    return text


texts = st.composite(_texts)()


def _plain(lines) -> list[tuple[tuple[str, object], ...]]:
    # No style and the null style paint alike.
    return [tuple((s.text, s.style or Style()) for s in line) for line in lines]


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(3, 40))
def test_a_text_is_wrapped_as_rich_wraps_it(text, width):
    console = Console(width=width, file=None, color_system=None, legacy_windows=False)
    options = console.options.update(width=width, height=None, highlight=False)
    want = console.render_lines(text, options, pad=False, new_lines=False)
    writer = Writer(console, width)
    writer.add(text)
    assert _plain(writer.out.lines) == _plain(want)


@settings(max_examples=100, deadline=None)
@given(texts, st.integers(3, 40), st.integers(0, 12))
def test_with_a_limit_the_first_lines_are_the_same(text, width, limit):
    console = Console(width=width, file=None, color_system=None, legacy_windows=False)
    whole = Writer(console, width)
    whole.add(text)
    first = Writer(console, width, limit)
    first.add(text)
    got, want = _plain(first.out.lines), _plain(whole.out.lines)
    assert got == want[: len(got)]
    assert len(got) >= min(limit, len(want))  # the first screenful is filled


def test_a_huge_paragraph_gives_its_first_screenful_and_nothing_after_it():
    article = seed_article()
    huge = " ".join(["광주시 인공지능 데이터센터"] * 60_000)  # 900,000 characters
    body = [msgspec.structs.replace(article.body[0], text=huge), *article.body[1:]]
    long = msgspec.structs.replace(article, body=body)
    first = render_article(long, 40, limit=30)
    assert not first.complete
    assert 20 <= len(first.lines) <= 30
    whole = render_article(long, 40)
    assert first.plain() == "\n".join(whole.plain().splitlines()[: len(first.lines)])
    assert "body.1" not in first.anchors  # the next paragraph waits for the whole render
