"""A story's footnotes: at its text's foot, in type smaller than the body, paragraphs
that open with a mark ('1)', '주2)', '*') the story's own text prints on a word
('‘지역필수의사제’1)도', '늘었다.2)': lines.py sets such a raised mark on its line). Each
is a paragraph of the story where it stands, never a caption (the text ingest reads
'1) … 하는 제도.' as a scene's description)."""

from __future__ import annotations

import re

from reader.pdf.parts import SMALLER, Para

_SIGN = r"\d{1,2}\)|\*{1,3}|[†‡]"
# a note opens with the sign, after '주' (note) or not: the text prints the sign alone
_MARK = re.compile(rf"(?:주\s?)?({_SIGN})")
# printed on a word: not at a line's start nor in brackets ('(1)' numbers a list), nor
# the last digits of a figure ('(11)', '규모 4.1)', '2025년 12)')
_ON_WORD = re.compile(rf"(?<![\s(\d])(?<!\d\.)({_SIGN})")


def mark_notes(paras: list[Para], body: float) -> None:
    """Body paragraphs that are the story's notes become its notes (role 'note')."""
    smaller = [
        p for p in paras if p.role == "body" and p.lines and p.lines[0].size < SMALLER * body
    ]
    if not smaller:
        return
    notes = {id(p) for p in smaller}
    text = "\n".join(
        x.text for p in paras if p.role == "body" and id(p) not in notes for x in p.lines
    )
    # the marks printed on a word of the text (right after a letter or a stop), found
    # once; each note asks
    printed = {m.group(1) for m in _ON_WORD.finditer(text)}
    for p in smaller:
        m = _MARK.match(p.lines[0].text)
        if m is not None and p.lines[0].text[m.end() :].strip() and m.group(1) in printed:
            p.role = "note"
