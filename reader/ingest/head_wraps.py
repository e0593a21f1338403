"""A headline wrapped over two lines, told by the text's own line ends. A producer writes
the space where a line breaks between words and none after a block's last line
(line_spaces.py), so on a page that shows the habit a head line ending in the space goes
on into the line under it: one headline, not a headline over its deck. A head line that
ends on a torn word ('전통시장 카드 수수' / '료 지원') goes on too, habit or none: no
headline ends inside a word. Nor does a headline end open: a head line ending in a comma, or
holding a quotation it does not close that the line under it closes, goes on ('대법 "무인
택배함 분실,' / '택배사가 배상해야"'), whatever the page's habit; nor does one left on a
particle that asks for what follows ('…캠핑장으로', '…2030년까지') when the shorter line
under it closes on a predicate ('되살아났다')."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.ingest.pieces import Piece
from reader.ingest.repair import Chunk, Vocabulary
from reader.ingest.torn_lead import join_torn, tears
from reader.printable import cell_width

HEAD_WRAPS = "head: the headline's line wraps on to the next (the producer's space, or a torn word)"
HEAD_OPEN = "head: the headline's line is left open (a comma, or a quotation the next line closes)"
HEAD_PARTICLE = "head: the headline's line ends on a particle the next line's predicate completes"
# A word closing on a case particle that asks for what follows ('…캠핑장으로', '…2030년까지'),
# or a year, when it happens ('2031년'); the bare '로', '에', '의' end nouns too ('전기로'),
# and a count of years ends an anniversary's head ('개항 30년').
_PARTICLE = re.compile(r"(?:[가-힣]{1,}(?:으로|에서|까지|부터|에게)|\d{4}년)$")
_PREDICATE = re.compile(r"[가-힣]다$")
# A clause of its own: a subject set off by a comma ('군, 요금 올린다') or a word in a
# topic's '은'/'는' before more words ('기본요금은 200원 오른다'): a deck, not the rest of
# the head's phrase.
_OWN_CLAUSE = re.compile(r"[,，]|[가-힣][은는]\s")
# A quotation's marks, opener and closer; the straight double quote is both.
_COMMAS = (",", "，")
_QUOTES = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"))


def wrapped_head(head: list[tuple[Piece, str]], vocab: Vocabulary) -> list[tuple[Piece, str]]:
    """The head with its first two lines made one headline where the first wrapped."""
    if len(head) < 2:
        return head
    (first, rule), (second, _) = head[0], head[1]
    if not _one_line(first) or not _one_line(second):
        return head
    chunk = Chunk(first.text, list(first.chunk.spans))
    if _open(first.text, second.text):
        why = HEAD_OPEN
        if first.text.endswith(_COMMAS):
            chunk.add(second.chunk, " ")  # a comma's space, whatever the line end shows
        else:
            chunk.join(second.chunk, vocab)
    elif vocab.line_end(first.unit.lines[-1].end) == " ":
        why = HEAD_WRAPS  # the producer's space: the line broke between words
        chunk.join(second.chunk, vocab)
    elif tears(first, second.text, vocab):
        # a word torn (torn_lead.tears: '수수' / '료' as the printed '수수료', '노선 조' /
        # '정' as the lexicon's '조정', '2년 만' / '에' before a particle); a head's last
        # word and its deck's first make none ('도로다' / '남해도지사')
        why = HEAD_WRAPS
        join_torn(chunk, first, second.chunk, vocab)
    elif _particle_open(first.text, second.text):
        why = HEAD_PARTICLE
        chunk.add(second.chunk, " ")
    else:
        return head
    unit = replace(first.unit, lines=[*first.unit.lines, *second.unit.lines])
    return [(Piece("text", chunk, unit), f"{rule}; {why}"), *head[2:]]


def _one_line(p: Piece) -> bool:
    return p.kind == "text" and len(p.unit.lines) == 1


def _open(first: str, second: str) -> bool:
    """Is the head line left open by its punctuation: a comma at its end, or a quotation
    opened in it that it leaves and the next line closes?"""
    if first.endswith(_COMMAS):
        return True
    for opener, closer in _QUOTES:
        if first.count(opener) > first.count(closer) and closer in second:
            return True
    return first.count('"') % 2 == 1 and '"' in second


def _particle_open(first: str, second: str) -> bool:
    """Is the head line left open by a particle the next, shorter line closes on a
    predicate ('…캠핑장으로' / '되살아났다')? A deck under a headline that ends on a particle
    is as a rule no shorter than the headline's line, and closes on a noun; one that
    names its own subject or topic is a deck under an elliptical head ('…내년 1월부터')."""
    if not _PARTICLE.search(first) or not _PREDICATE.search(second):
        return False
    if _OWN_CLAUSE.search(second):
        return False
    return cell_width(second) < cell_width(first)
