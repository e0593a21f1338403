"""A paragraph's lines joined into one text: the joins read only the end of the text so
far (repair.Chunk), and must decide as if they read all of it."""

from __future__ import annotations

from reader.ingest.lines import Line
from reader.ingest.repair import Chunk, Vocabulary, hyphenated, join_lines, separator
from tests.editions import SEED_TXT


def lines_of(texts: list[str]) -> list[Line]:
    """The texts as a paragraph's lines, each at its offset in the page."""
    out, offset = [], 0
    for text in texts:
        out.append(Line(text, offset))
        offset += len(text) + 1
    return out


def _whole_text_joins(texts: list[str], vocab: Vocabulary) -> str:
    """The joins as written before Chunk kept parts: each reads the whole text so far."""
    text = ""
    for t in texts:
        if text and t and hyphenated(text, t, vocab):
            text = text[:-1] + t
        else:
            text = f"{text}{separator(text, t, vocab)}{t}" if text else t
    return text


def test_a_quote_opened_long_before_the_break_closes_at_it() -> None:
    opened = '그는 "' + " ".join(["가람시의 골목 상권이"] * 40)  # far more than a join reads
    vocab = Vocabulary(f'{opened}\n"라고 말했다.\n')
    closing = '"라고 말했다.'
    joined = join_lines(lines_of([opened, closing]), vocab)
    assert joined.text.endswith('상권이"라고 말했다.')
    assert joined.spans == [(0, len(opened)), (len(opened) + 1, len(opened) + 1 + len(closing))]


def test_a_hyphen_before_an_empty_line_part_is_still_the_one_dropped() -> None:
    vocab = Vocabulary("The Gov-\nernment said.\n")
    joined = join_lines(lines_of(["The Gov-", "", "ernment said."]), vocab)
    assert joined.text == "The Government said."


def test_long_paragraphs_join_as_if_each_join_read_the_whole_text() -> None:
    text = SEED_TXT.read_text(encoding="utf-8")
    vocab = Vocabulary(text)
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    english = ["The county com-", "missioners met", '"on Friday," he', 'said, "and', 'again."']
    for texts in (lines, lines[::-1], english * 80):
        assert join_lines(lines_of(texts), vocab).text == _whole_text_joins(texts, vocab)


def test_no_separator_comes_before_the_first_text() -> None:
    """A line of only a mark, stripped to nothing, then a caption: the caption's text
    starts the chunk (article.py gathers a cartoon's lines this way)."""
    chunk = Chunk()
    chunk.add(Chunk("", [(0, 0)]), "\n")
    chunk.add(Chunk("캡션", [(2, 4)]), "\n")
    assert chunk.text == "캡션"
    assert chunk.spans == [(0, 0), (2, 4)]
