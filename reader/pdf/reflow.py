"""A paragraph's printed lines as one line of source text: the joins geometry decided,
the others by the text ingest's join rule (`repair.separator`)."""

from __future__ import annotations

from reader.ingest.repair import Vocabulary, hyphenated, separator
from reader.pdf.lines import Line


def joined_text(
    lines: list[Line],
    vocab: Vocabulary,
    joins: list[str | None] | None = None,
    text_type: bool = True,
    hyphen_breaks: bool = False,
) -> tuple[str, list[tuple[int, Line]]]:
    """Printed lines as one line of text, with where each starts in it. Joins that
    geometry left open (None, or none given) follow the join rule; display type
    (headlines, decks) breaks between words, so there the rule errs towards a space.
    text_type: body text, whose joins the edition's spacing statistics decide first
    (separator's counts); display type keeps the vocabulary rule alone.
    hyphen_breaks: a body paragraph, whose lines the text ingest joins again."""
    text = ""
    where: list[tuple[int, Line]] = []
    for k, x in enumerate(lines):
        if text:
            sep = joins[k - 1] if joins and k - 1 < len(joins) else None
            if text.endswith("/"):
                sep = ""  # a slash binds what follows ('.../연합뉴스', dates, addresses)
            if sep is None:  # the paragraph's last line ends its last word
                sep = separator(text, x.text, vocab, counts=text_type, ends=k == len(lines) - 1)
            if sep == "" and hyphen_breaks and hyphenated(text, x.text, vocab):
                # A word the engine hyphenated ('con-' / 'crete'): the line break stays, for
                # the text ingest drops such a hyphen from the text and keeps it in the span.
                sep = "\n"
            text += sep
        where.append((len(text), x))
        text += x.text
    return text, where
