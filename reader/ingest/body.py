"""The body of an article: each block's kind (sentences split by column breaks are joined
first, in column_breaks.py).

A caption sits between paragraphs, marked ('▲'), ending in its credit ('/연합뉴스'),
or standing above a credit line ('ⓒ 홍길동'). A short line alone between paragraphs,
without final punctuation, is a subhead ('골목 상권의 회복'); after the lead a run of
such lines is the deck.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.ingest.ad import has_phone
from reader.ingest.blocks import TIMED_HEAD
from reader.ingest.brevities import DASH_BRIEF_LEAD, dash_brief_text
from reader.ingest.bylines import parse_bylines
from reader.ingest.calendar import calendar_row
from reader.ingest.caption_credits import CREDIT_OVER, credit_over_caption
from reader.ingest.case_numbers import BRACKETED_CASE, bracketed_case
from reader.ingest.credits import PHOTO_CREDIT, PROVIDED_LINE
from reader.ingest.en_rows import GROUP_LABEL
from reader.ingest.entries import AFTER_ENTRIES, OBITUARY, OBITUARY_RULE, TABLE_NOTE
from reader.ingest.figure_rows import COLUMN_HEADS, column_heads, heads_over_row
from reader.ingest.head import (
    FIGURE,
    is_short_line,
    lead_in,
    result_row,
    score_line,
    told_lead_in,
)
from reader.ingest.letters import salutation_or_close
from reader.ingest.listing import DATED_ENTRY, is_entry
from reader.ingest.moment_captions import moment_caption
from reader.ingest.numbered_steps import NUMBERED_STEP, numbered_step
from reader.ingest.part_numbers import NUMERALS, PART_HEAD, part_head
from reader.ingest.photo_numbers import NUMBERED_PHOTO, numbered_photo, photo_story
from reader.ingest.pieces import CLASS_YEAR, NUMBERED_HEAD, Piece, caption_like, is_short, text_of
from reader.ingest.ranks import RANK_RUN, rank_entry
from reader.ingest.scenes import MOMENT_LINE, SCENE_LINE, names_a_scene
from reader.ingest.sentence_heads import sentence_entry
from reader.ingest.unit_notes import UNIT_NOTE
from reader.ingest.verse import STANZA
from reader.ingest.web_foot import FOOT_LINE, foot_line
from reader.ingest.wire_photo import WIRE_PHOTO, wire_photo
from reader.model import Block, Byline, Text

# Over a line that credits a photo, a map or a chart ('사진=', '지도=', '그래픽='), a caption
# may name what it shows and then say more: '○○ 여행 지도. A에서 B까지 10분 걸린다.'
_CREDITED_CAPTION = 2  # sentences


@dataclass
class Body:
    blocks: list[Block] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # why each block has its kind
    deck: list[tuple[Text, str]] = field(default_factory=list)  # deck lines after the lead
    bylines: list[tuple[Byline, str]] = field(default_factory=list)  # bylines inside the body


def build_body(pieces: list[Piece], parts: dict[int, str] | None = None) -> Body:
    """parts: where the item's part titles start, and their rule (part_titles), read as
    subheads."""
    out = Body()
    body = out.blocks
    has_answers = any(p.kind == "a" for p in pieces) or _dash_interview(pieces)
    photos = photo_story([p.text for p in pieces if len(p.unit.lines) == 1])
    prev_kind = None
    parts = parts or {}
    k = 0
    while k < len(pieces):
        p = pieces[k]
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if GROUP_LABEL.match(p.text) and nxt is not None and _under_label(nxt.text):
            # 'Hogs—' over its rows: the group's subhead, its dash only sets it apart
            body.append(Block("subhead", p.text[:-1], list(p.chunk.spans)))
            out.rules.append(GROUP_LABEL_RULE)
            prev_kind, k = "subhead", k + 1
            continue
        if p.chunk.spans and p.chunk.spans[0][0] in parts:
            body.append(Block("subhead", p.text, list(p.chunk.spans)))
            out.rules.append(parts[p.chunk.spans[0][0]])
            prev_kind, k = "subhead", k + 1
            continue
        if p.kind == "credit" and credit_over_caption(pieces, k):
            under = pieces[k + 1]
            spans = [*p.chunk.spans, *under.chunk.spans]
            body.append(Block("caption", f"{p.text}\n{under.text}", spans))
            out.rules.append(CREDIT_OVER)
            k += 2
            continue
        over = nxt is not None and nxt.kind == "credit" and credit_over_caption(pieces, k + 1)
        kind, rule = _block_kind(p, None if over else nxt, prev_kind, has_answers, body, photos)
        if kind == "subhead" and _boxed(p) and (_boxed(nxt) or k > 0 and _boxed(pieces[k - 1])):
            kind, rule = "bullet", BOXED_RUN
        if kind == "byline":
            out.bylines.extend((b, p.why) for b in parse_bylines(p.unit))
            k += 1
            continue
        if kind == "credit":
            if body and body[-1].kind == "caption":
                last = body[-1]
                body[-1] = Block("caption", f"{last.text}\n{p.text}", [*last.spans, *p.chunk.spans])
            else:
                body.append(Block("caption", p.text, list(p.chunk.spans)))
                out.rules.append(f"{p.why}, no caption above it")
            k += 1
            continue
        if kind == "deck-run":
            run = _short_run(pieces, k)
            out.deck.extend((text_of(q), rule) for q in run)
            k += len(run)
            prev_kind = "deck"
            continue
        body.append(Block(kind, p.text, list(p.chunk.spans)))  # type: ignore[arg-type]
        out.rules.append(rule)
        prev_kind = kind
        k += 1
    return out


# A quotation's row: a label and its figures, leaders short or none ('Prime steers .. 16.50').
_FIGURE_MARKS = frozenset(".,@$")


def _under_label(text: str) -> bool:
    """A quotation box's row under its group label: figures at its end, or a short line that
    holds figures and closes on its stop ('Receipts 19,000; market 15@25c higher.')."""
    if _quoted_row(text):
        return True
    return len(text) <= _LABELLED_ROW and text.endswith(".") and any(c.isdigit() for c in text)


_LABELLED_ROW = 60  # characters of a quotation box's row under its label


def _quoted_row(text: str) -> bool:
    return result_row(text) or len(text) <= SHORT_ROW and _figures_end(text)


def _figures_end(text: str) -> bool:
    """Does the line end in figures ('16.50', '$4.25', '@ 9.10')? Walked back from its end,
    so a long run of digits is read once."""
    i = len(text)
    while i and (text[i - 1].isdigit() or text[i - 1] in _FIGURE_MARKS):
        i -= 1
    return any(c.isdigit() for c in text[i:])


SHORT_ROW = 60  # characters of a quotation's row
GROUP_LABEL_RULE = "article: a group label closed by a dash over its rows ('Hogs—'): a subhead"


def _dash_interview(pieces: list[Piece]) -> bool:
    """'―개막 3연승이다. 비결은.' over an unmarked answer, twice or more, and no dash line
    right under another: an interview's questions, not a list's items (a list's dashed
    lines follow one another)."""
    pairs = list(zip(pieces, pieces[1:], strict=False))
    if any(a.kind == "dash" and b.kind == "dash" for a, b in pairs):
        return False
    answered = sum(a.kind == "dash" and b.kind == "text" and b.chunk.terminated for a, b in pairs)
    return answered >= 2


def _short_run(pieces: list[Piece], k: int) -> list[Piece]:
    run: list[Piece] = []
    while k < len(pieces) and is_short(pieces[k]):
        run.append(pieces[k])
        k += 1
    return run


BOXED_RUN = "article: '□' lines one under another: a checklist's items, not subheads"


def _boxed(p: Piece | None) -> bool:
    """A '□' line read as a subhead: two in a row head nothing, so they are entries."""
    return p is not None and p.kind == "subhead" and p.unit.lines[0].text.startswith("□")


def _block_kind(
    p: Piece,
    nxt: Piece | None,
    prev: str | None,
    has_answers: bool,
    body: list[Block],
    photos: bool,
) -> tuple[str, str]:
    text = p.text  # read a dozen times below: the chunk joins it behind two properties
    if p.kind == "q":
        return "question", p.why
    if p.kind == "a":
        return "answer", p.why
    if p.kind == "dash":
        if prev is None and nxt is None and dash_brief_text(p.unit.lines[0].text, text):
            return "lead", DASH_BRIEF_LEAD
        if has_answers or _quoted(nxt) or text.endswith("?"):
            return "question", f"{p.why}, in an interview (article)"
        return "bullet", f"{p.why}, no answers follow: a list item (article)"
    if p.kind == "copyright":
        return "paragraph", f"{p.why}: the article's last words"
    if p.kind == "dot":
        return "bullet", f"{p.why}, a checklist's item (article)"
    if p.kind == "tri":
        # '▲' marks questions and photo captions alike: a question is followed by its
        # answer, marked or quoted; a caption describes a scene ('...하고 있다.').
        if nxt is not None and nxt.kind == "a":
            return "question", f"{p.why}, an answer follows (article)"
        quoted_answer = not has_answers and _quoted(nxt) and not text.endswith("다.")
        if quoted_answer or text.endswith("?"):
            return "question", f"{p.why}, a quoted answer follows (article)"
        in_a_run = prev == "bullet" or (nxt is not None and nxt.kind == "tri")
        if in_a_run and (is_entry(p.unit.lines[0].text) or sentence_entry(p.unit.lines[0].text)):
            # '▲기호1 김민수(54·변호사)' one under another: a listing's entries, no scene; so
            # are news of people, a sentence each ('▲NAME 원장은 … 격려했다.').
            return "bullet", f"{p.why}, an entry of a run of them (article)"
        if prev is None and nxt is None and _NOTICE_ENTRY.match(text):
            return "bullet", f"{p.why}, {_ALONE_ENTRY}"
        if OBITUARY.search(text) and not text.endswith("다."):  # a scene's caption ends so
            return "bullet", f"{p.why}, {OBITUARY_RULE}"
        return "caption", f"{p.why}, describes a scene (article)"
    if p.kind in ("caption", "subhead", "byline", "credit", "bullet", "paragraph"):
        return p.kind, p.why
    # Plain text.
    if prev == "question":
        return "answer", "article: text after a question"  # answers printed without a marker
    if prev == "answer" and _SPEAKER.match(text) and _SPEAKER.match(body[-1].text):
        return "answer", _NEXT_SPEAKER
    if prev == "lead" and len(_short_run_from(p, nxt)) >= 2:
        return "deck-run", "article: short lines after the lead"
    if nxt is not None and nxt.kind == "credit":
        most = _CREDITED_CAPTION if PHOTO_CREDIT.match(nxt.text) else 1
        if caption_like(p, most):
            return "caption", f"article: line above a credit line ({nxt.unit.rule})"
    if wire_photo(text):
        return "caption", WIRE_PHOTO
    if len(p.unit.lines) == 1 and numbered_photo(text, photos):
        return "caption", NUMBERED_PHOTO
    if text[:1] in NUMERALS and len(p.unit.lines) == 1 and part_head(text):
        return "subhead", PART_HEAD
    if nxt is not None and _provided(nxt) and p.chunk.terminated:
        if caption_like(p, _CREDITED_CAPTION):  # a giver's credit closes two sentences too
            return "caption", _OVER_PROVIDED
    if _provided(p) and body and body[-1].kind == "caption":
        return "credit", "article: 'ORG 제공' under a caption, its credit"
    if prev in ("lead", "paragraph") and nxt is not None and nxt.kind == "text" and _one(p):
        if names_a_scene(p.text):
            return "caption", SCENE_LINE
    if moment_caption(p, nxt, prev) and not any(b.kind == "caption" for b in body):
        return "caption", MOMENT_LINE
    if numbered_step(p, nxt, prev, body[-1].text if body else None):
        return "bullet", NUMBERED_STEP
    if text[:1].isdigit():  # cheap test first: most text opens with no figure
        if CLASS_YEAR.match(text) and nxt is not None and nxt.kind == "text":
            return "subhead", "article: a year alone over text ('1974'): the notes of that class"
        if _numbered_entry(p, nxt, prev):
            return "bullet", _NUMBERED_RUN
        ranked_above = body[-1].text if prev == "bullet" else None
        below = nxt.text if nxt is not None else None
        if len(p.unit.lines) == 1 and rank_entry(text, ranked_above, below):
            return "bullet", RANK_RUN
        if _dated_entry(p, nxt, prev):
            return "bullet", _DATED_RUN
    if salutation_or_close(text):
        return "paragraph", "article: a letter's salutation or close ('Sir,', 'Yours truly,')"
    if _calendar_entry(p, nxt, prev):
        return "bullet", CALENDAR_RUN
    if result_row(text):
        return "paragraph", SCORE_ROW  # a table's row: never a lead
    if column_heads(text) or nxt is not None and heads_over_row(text, nxt.text):
        return "paragraph", COLUMN_HEADS
    if foot_line(text):
        return "paragraph", FOOT_LINE
    if p.rule == UNIT_NOTE:
        return "paragraph", UNIT_NOTE
    if TABLE_NOTE.match(text):
        return "paragraph", TABLE_NOTE_RULE
    if nxt is not None and score_line(nxt.text) and len(p.unit.lines) == 1:
        if len(text) <= SCORES_HEAD_MAX and not FIGURE.search(text) and text[-1:] != ":":
            return "subhead", SCORES_HEAD
    if text.endswith(":") and nxt is not None and "\t" in nxt.text:
        return "paragraph", COLON_OVER_ROWS
    if NUMBERED_HEAD.match(text) and is_short(p) and nxt is not None and not is_short(nxt):
        return "subhead", "article: numbered short line over the text ('1. 사실관계')"
    if TIMED_HEAD.match(text) and is_short(p) and nxt is not None and not is_short(nxt):
        return "subhead", TIMED_FIRST  # the first update too, with no paragraph above it
    if nxt is not None and nxt.kind in ("dot", "dash") and lead_in(text):
        return "paragraph", "article: a sentence ending in ':' over a list, its introduction"
    if bracketed_case(text):
        return "paragraph", BRACKETED_CASE
    if (
        is_short(p)
        and nxt is not None
        and nxt.kind not in ("byline", "credit")
        and not has_phone(text)  # '문의 02-…': a contact line, never a subhead
        and "@" not in text  # nor a line giving an address
    ):
        # Alone: a run of short lines is a table's or a list's rows, not subheads; a photo
        # stands apart from the text above.
        above = next((b for b in reversed(body) if b.kind != "caption"), None)
        if above is not None and not is_short(nxt) and not is_short_line(above.text):
            return "subhead", "article: short line alone between paragraphs"
        if above is not None and not is_short(nxt) and above.kind == "bullet":
            return "subhead", "article: short line between a list's last item and prose"
    opens = p.chunk.terminated or _called(text) or told_lead_in(text)
    if all(b.kind == "caption" for b in body) and opens:
        # The story's opening sentences, even under a photo and its caption (a table's
        # first row is no lead).
        return "lead", "article: first text of the body"
    if p.unit.rule in (AFTER_ENTRIES, STANZA):
        return "paragraph", f"units: {p.unit.rule}"
    return "paragraph", "article: body text"


COLON_OVER_ROWS = "article: a line closing on a colon over rows ('The score:') introduces them"
TIMED_FIRST = "article: a live blog's update time and head ('11:52 제목') over its text"
TABLE_NOTE_RULE = "article: a note ('※ …') or a table's source ('자료: ORG'), never a subhead"
SCORE_ROW = "article: a score line ('Dover 4, Weston 1.'), a table's row, never a lead"
SCORES_HEAD = "article: a short line over score lines ('Eastern League.'): their heading"
SCORES_HEAD_MAX = 30  # characters of such a heading
_ALONE_ENTRY = "a notice naming its subject before '=', alone under its heading (article)"
# '▲장남 …군과 …양=21일 낮 12시 …': who before '=', then when and where; a caption
# describes a scene and names no subject so.
# 'NAME: …' opening an answer: who of a group interview speaks ('세온: …', 'Dana: …').
_SPEAKER = re.compile(r"^(?:[가-힣]{1,4}|[A-Z][a-z]{1,11})\s?:\s\S")
_NEXT_SPEAKER = "article: 'NAME: …' after an answer so opened: the next speaker's answer"
_NOTICE_ENTRY = re.compile(r"^▲?\s*[^=.。]{2,60}=\s*\S")


# Sentences ending in the number to call: '… 알려 주세요. ☎ 061-380-2277' is prose.
_CALL_AFTER = re.compile(r"[.?!]\s+(?:☎|전화|문의)?\s*[:.]?\s*[\d()-]{9,14}$")


def _called(text: str) -> bool:
    return text[-1:].isdigit() and bool(_CALL_AFTER.search(text))


def _one(p: Piece) -> bool:
    return len(p.unit.lines) == 1


_NUMBERED_RUN = "article: a numbered line in a run of them, none a sentence: a list's entry"


def _numbered_entry(p: Piece, nxt: Piece | None, prev: str | None) -> bool:
    """'1. 파도 너머 (34만8천명)' over '2. …': entries of a ranking or a quiz's clues, each
    a line without a sentence end; the first over a higher number, the others after one."""
    m = NUMBERED_HEAD.match(p.text)
    if m is None or len(p.unit.lines) != 1 or p.text.endswith("다.") or " / " in p.text:
        return False  # '1. 책 / 지은이': a ranking of works by their authors stays lines
    n = NUMBERED_HEAD.match(nxt.text) if nxt is not None else None
    if n is not None:
        return int(n[1]) > int(m[1])
    return prev == "bullet" and int(m[1]) > 1


_DATED_RUN = "article: a dated line in a run of them ('3월 17일(화) …'): a calendar's entry"


CALENDAR_RUN = "article: a line opening with its day or time, in a run of them: an entry"


def _in_a_run(p: Piece, nxt: Piece | None, prev: str | None, row: Callable[[str], bool]) -> bool:
    """One line that is a row, one of two or more one under another (a lone dated line is
    text); a line with a tab is a table's row, the date in its first cell."""
    if len(p.unit.lines) != 1 or "\t" in p.text or not row(p.text):
        return False
    return prev == "bullet" or nxt is not None and row(nxt.text)


def _calendar_entry(p: Piece, nxt: Piece | None, prev: str | None) -> bool:
    """'Mon., March 9 — …', '3월 10일 …', 'Sunday: 8:00 a.m.': a calendar's row."""
    return _in_a_run(p, nxt, prev, calendar_row)


def _dated_entry(p: Piece, nxt: Piece | None, prev: str | None) -> bool:
    if p.text.endswith("다."):
        return False  # a dated sentence: a log's text
    return _in_a_run(p, nxt, prev, lambda t: bool(DATED_ENTRY.match(t)))


_OVER_PROVIDED = "article: a sentence or two over its credit line 'ORG 제공': a caption"


def _provided(p: Piece) -> bool:
    return p.kind == "text" and len(p.unit.lines) == 1 and bool(PROVIDED_LINE.match(p.text))


def _quoted(p: Piece | None) -> bool:
    return p is not None and p.kind == "text" and p.text[:1] in "“\"'‘"


def _short_run_from(p: Piece, nxt: Piece | None) -> list[Piece]:
    return [x for x in (p, nxt) if x is not None and is_short(x)]
