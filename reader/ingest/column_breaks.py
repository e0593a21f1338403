"""Sentences split by column breaks: a body piece that stops mid-sentence goes on in the
next text piece, and a photo's caption that extraction dropped between the two halves is
lifted out of the sentence (its own piece after it)."""

from __future__ import annotations

from reader.ingest.calendar import calendar_row
from reader.ingest.en_rows import INTRO, leader_row
from reader.ingest.head import SHORT, result_row
from reader.ingest.pieces import CAPTION_MAX, NUMBERED_HEAD, Piece, sentences
from reader.ingest.repair import SENTENCE_END, Vocabulary, separator
from reader.ingest.verse import STANZA
from reader.ingest.web_foot import foot_line, note_line

# Opening mark -> closing mark; straight quotes open and close with the same mark.
_PAIRS = {"‘": "’", "“": "”", "(": ")", "[": "]", "「": "」", '"': '"', "'": "'"}
_CLOSING = {c: o for o, c in _PAIRS.items() if o != c}


def _unclosed(text: str) -> set[str]:
    """Opening quotes or brackets left open at the end of text."""
    open_: set[str] = set()
    for ch in text:
        if ch in _CLOSING:
            open_.discard(_CLOSING[ch])
        elif _PAIRS.get(ch) == ch:  # a straight quote opens or closes
            open_ ^= {ch}
        elif ch in _PAIRS:
            open_.add(ch)
    return open_


def _closes(opened: set[str], text: str) -> bool:
    return any(_PAIRS[o] in text for o in opened)


def _first_sentence_words(text: str) -> int | None:
    m = SENTENCE_END.search(text)
    return len(text[: m.start()].split()) if m else None


def _inserted_caption(a: Piece, b: Piece, c: Piece, vocab: Vocabulary) -> bool:
    """Is b a photo caption that extraction dropped between the halves a, c of one sentence?"""
    if not b.chunk.terminated or sentences(b.text) != 1 or len(b.text) > CAPTION_MAX:
        return False
    if separator(a.text, b.text, vocab) == "" or _closes(_unclosed(a.text), b.text):
        return False  # a continues into b
    if _closes(_unclosed(a.text), c.text):
        return True  # c closes the quote a opened, and b does not
    words = _first_sentence_words(c.text)
    return separator(a.text, c.text, vocab) == "" or (words is not None and words <= 2)


def _mergeable(p: Piece) -> bool:
    """A body piece that stops mid-sentence, so the next text piece continues it."""
    if p.kind not in ("text", "q", "a", "dash") or p.chunk.terminated or p.rule == STANZA:
        return False  # a poem's stanza ends at its blank line, on its stop or not
    if len(p.unit.lines) == 1 and (result_row(p.text) or calendar_row(p.text) or "\t" in p.text):
        return False  # a results row, a box score's, a calendar's or a table's line ends there
    if INTRO.search(p.text[-4:]):
        return False  # '… were as follows:' introduces the list or rows set under it (INTRO)
    return p.kind != "text" or len(p.text) > SHORT


_LIFTED = "caption dropped inside a sentence (column break)"


def repair(pieces: list[Piece], vocab: Vocabulary) -> list[Piece]:
    """Join sentences split by column breaks, lifting out captions dropped inside them."""
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        cur = pieces[k]
        k += 1
        while _mergeable(cur) and k < len(pieces):
            nxt = pieces[k]
            if nxt.kind == "text" and (NUMBERED_HEAD.match(nxt.text) or leader_row(nxt.text)):
                break  # '1. …' opens a step, 'Rye ........ 92c' a table's row: no sentence's
            if nxt.kind == "text" and (foot_line(nxt.text) or note_line(nxt.text)):
                break  # a site's button ('구매하러 가기 >') or a note ('※ …') goes on no sentence
            if nxt.kind == "text":
                after = pieces[k + 1] if k + 1 < len(pieces) else None
                if (
                    after is not None
                    and after.kind == "text"
                    and _inserted_caption(cur, nxt, after, vocab)
                ):
                    cur.lifted.append(Piece("caption", nxt.chunk, nxt.unit, rule=_LIFTED))
                    nxt, k = after, k + 1
                cur.chunk.join(nxt.chunk, vocab)
                k += 1
                continue
            if nxt.kind in ("caption", "tri"):
                j = k + 1
                while j < len(pieces) and pieces[j].kind == "credit":
                    j += 1
                if j < len(pieces) and pieces[j].kind == "text":
                    for p in pieces[k:j]:
                        kind = "credit" if p.kind == "credit" else "caption"
                        cur.lifted.append(Piece(kind, p.chunk, p.unit, rule=_LIFTED))
                    cur.chunk.join(pieces[j].chunk, vocab)
                    k = j + 1
                    continue
            break
        out.append(cur)
        out.extend(cur.lifted)
    return out
