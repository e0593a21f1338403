"""A block of Korean lines printed without a blank line between them -> paragraphs.

Korean page text keeps a paragraph on one line (the seed, the generator, most
extractions) or wraps it at a column's edge; a block of several lines is either such a
wrapped paragraph or lines that each stand alone: a headline over its deck, letters or
briefs printed without blank lines, a checklist, table rows, an ad's lines. The choice
is made per block: it is cut into one paragraph a line when every line ends where the
next begins something of its own. A line ends so when it closes a sentence, holds table
cells, or is marked (a bracketed tag, a marker, a byline); the next begins so when it is
marked or opens with a byline ('(서울=…) 홍길동 기자 ='). A long line that stops
mid-sentence runs on, marked or not, and so does an unfinished question, answer or
item. Short lines with no sentence end anywhere in the block (a deck, result rows)
stand alone too; but short lines over a sentence may be a narrow column's wrapped
paragraph, which stays whole. A listing's run of entries keeps its block (a label alone
in its block heads a listing, one over entries groups them). English blocks are cut in
segment.
"""

from __future__ import annotations

import re

from reader.ingest.brief_blocks import (
    AFTER_FINISHED,
    HEAD_RATIO,
    IN_A_RUN,
    PAGE_TOP,
    brief_head,
    briefs_under_title,
    closed,
    head_shown,
)
from reader.ingest.byline_lines import opens_with_byline, signs
from reader.ingest.bylines import is_signature
from reader.ingest.case_numbers import ruling_head
from reader.ingest.credits import DRAWING_CREDIT, PHOTO_CREDIT, credit_suffix
from reader.ingest.entries import TABLE_NOTE, table_line
from reader.ingest.head import (
    SHORT,
    column_parts,
    headline_like,
    is_short_line,
    result_row,
)
from reader.ingest.head_blocks import column_head_lines, head_cut, head_paras
from reader.ingest.lines import Line, Para
from reader.ingest.listing import entries_in, is_entry
from reader.ingest.pieces import NUMBERED_HEAD
from reader.ingest.related_links import TITLE as RELATED_TITLE
from reader.ingest.repair import TERMINAL
from reader.ingest.sentence_lines import sentence_cuts
from reader.ingest.units import is_plain, line_kind
from reader.ingest.web_foot import foot_line

# Marked lines that are sentences: unfinished, they run on into the plain line under them.
_RUNS_ON = frozenset(("q", "a", "dash", "tri", "dot"))


def _marked(text: str) -> bool:
    """A line that is a unit of its own: a marker, a byline, a credit, a tagged headline."""
    return not is_plain(text) or text.startswith("[") and column_parts(text) is not None


def _ends(prev: Line | None, line: Line, nxt: Line, sentences: bool, top: bool = False) -> bool:
    """Does line end where nxt begins something of its own?

    prev: the line above, None at the block's top; sentences: whether the block holds a
    sentence end at all.
    """
    a, b = line.text, nxt.text
    if TERMINAL.search(a) or "\t" in a or "\t" in b or _marked(b) or opens_with_byline(b):
        return True
    if _closes_online(a) or foot_line(b) or RELATED_TITLE.match(b):
        return True  # a caption's credit ('… /누리뉴스'), a site's foot: each a unit
    if _table_note(prev, a):
        return True  # '자료: ORG' under a table's rows: the table ends there, as a sentence does
    if marked_headline(a) and TERMINAL.search(b) and is_plain(b):
        return True  # '▲제목' over its text: a brief
    if a.startswith("[") and column_parts(a) is not None:
        return True  # a column's headline, however long ('[판례 해설] (41) 제목 - 부제')
    if len(a) > SHORT or line_kind(a)[0] in _RUNS_ON:
        return False  # a long line, or a question, answer or item, stopping mid-sentence
    return _marked(a) or not sentences or _heads_a_sentence(prev, a, b, top)


def _closes_online(text: str) -> bool:
    """A caption closed by its credit ('… 살피고 있다. /누리뉴스', '… [사진=청해군]'), a
    credit alone on its line or a site's foot line ('#태그 #태그', '좋아요 3'): each ends its
    unit, as a sentence does."""
    if PHOTO_CREDIT.match(text) or DRAWING_CREDIT.match(text):
        return len(text) <= SHORT  # a credit alone on its line ('그래픽=NAME 기자')
    if foot_line(text):
        return True
    return _CREDIT_MARK.search(text[-_CREDIT_TAIL:]) is not None and bool(credit_suffix(text))


# The marks a caption's closing credit holds near the line's end: a slash ('… /누리뉴스'),
# brackets round the photo's word ('… [사진=청해군]'), a copyright sign ('… ⓒ스테이지온 DB').
_CREDIT_MARK = re.compile(r"/|\[사진|[ⓒ©]")
_CREDIT_TAIL = 25  # characters from the line's end the mark is looked for in


def _table_note(prev: Line | None, text: str) -> bool:
    """A table's source or note ('자료: ORG', '※단위: 원', '(단위: 원)') under its rows (a
    row or another note above it): the table's last line, after which nothing runs on. A
    note is finished when it closes a sentence or ends on its source or unit; one that
    stops mid-sentence wraps on to the next line."""
    if prev is None or not TABLE_NOTE.match(text):
        return False
    if not (TERMINAL.search(text) or _NOTE_END.search(text, max(0, len(text) - _NOTE_REACH))):
        return False  # '※ 승객 수는 … 현금을 낸': a note wrapped on to the next line
    return table_line(prev.text)


# A note that ends on its source or unit ('… 자료: 통계청', '단위: 일', '(단위: 원)').
_NOTE_END = re.compile(r"(?:자료|출처|단위)\s*[:=]\s*[^:=]{1,30}$")
_NOTE_REACH = 40  # characters from the line's end the label is looked for in


def marked_headline(text: str) -> bool:
    """'▲김철수 의원, 조례 대표발의': a brief's headline led by a triangle, short and
    without final punctuation (an entry or a caption ends otherwise or runs long)."""
    if not text.startswith("▲"):
        return False  # line_kind reads 'tri' only there: most lines need no reading here
    kind, marker, _ = line_kind(text)
    return kind == "tri" and is_short_line(text[marker:].strip())


def _heads_a_sentence(prev: Line | None, a: str, b: str, top: bool = False) -> bool:
    """A short line that starts fresh (after a line that closed a sentence or stood alone;
    at the block's top only when numbered, '1. 사실관계') over a much longer line that
    closes one: a headline, a subhead or a heading over its text. A narrow column's
    wrapped lines are all about as long as each other; a short line at a block's top may
    be the start of a wrapped paragraph."""
    if prev is None:
        fresh = top or bool(NUMBERED_HEAD.match(a) or TIMED_HEAD.match(a))
    else:
        fresh = bool(TERMINAL.search(prev.text)) or _marked(prev.text) or is_signature(prev.text)
    # Over lines a sentence each, a longer line is enough.
    longer = len(b) > len(a) if top else len(b) >= HEAD_RATIO * len(a)
    return fresh and bool(TERMINAL.search(b)) and longer


# A live blog's update: its time and its head on one line over the update's text ('18:40
# 도심 교통 통제 해제'); a schedule's times run line after line, never over a sentence.
# (a figure may open the head, a unit after it: '08:20 10㎞ 지점'; never a second time or a range)
TIMED_HEAD = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d (?:[^\d\s]|\d{1,3}(?![\d:~–-])\D)")
TIMED_RULE = "blocks: a live blog's update time and head ('18:40 제목') over its text: a subhead"


def _picture(lines: list[Line]) -> bool:
    """A title over a caption over its credit ('만평' / the cartoon's words / '그림=홍길동
    화백', or a photo's '사진=' line): a picture printed with its title, three lines that
    each stand alone."""
    if len(lines) != 3 or not is_short_line(lines[0].text):
        return False
    last = lines[2].text
    return bool(DRAWING_CREDIT.match(last) or PHOTO_CREDIT.match(last)) and is_plain(lines[1].text)


def _entries_in_a_row(lines: list[Line]) -> bool:
    # A schedule's row ('12일(토) 14:00 누리-가람') holds a time, and a table's row a rise
    # ('USD\t1,403.20\t▲8.70'), but neither is an entry.
    # Nor is a sentence that lists things in passing ('참여자는 ▲텀블러 사용 ▲… 받는다.').
    counts = [0 if _not_entries(x.text) else entries_in(x.text) for x in lines]
    pairs = zip(counts, counts[1:], strict=False)
    return any(n > 1 for n in counts) or any(a and b for a, b in pairs)


def _not_entries(text: str) -> bool:
    passing = text.endswith("다.") and not is_entry(text)  # opens as no entry: a sentence
    return result_row(text) or "\t" in text or passing


def stands_alone(lines: list[Line], before: Line | None = None, brief: bool = False) -> bool:
    """Does every line of a block stand alone (one paragraph a line)?

    before: the last line of the paragraph above when it is a byline that ends an
    article or a list's entry: a short line at the block's top then starts fresh, as it
    does under a sentence line inside a block (after a sentence it may be a wrapped
    paragraph's start); brief: the block is a brief's head over its one sentence
    (brief_blocks.brief_head).
    """
    if len(lines) < 2:
        return False
    if _picture(lines):
        return True
    sentences = any(TERMINAL.search(line.text) for line in lines)
    above: list[Line | None] = [before, *lines]
    trios = zip(above, lines, lines[1:], strict=False)
    top = _over_sentence_lines(lines) or brief
    if not all(_ends(p, a, b, sentences, top) for p, a, b in trios):
        return False
    # a story's block that lists its facts on one marked line ('▲기간: … ▲장소: …') among
    # its sentences stands apart still: half its lines or more end a sentence; so does a
    # notice headed by its bracketed kicker over its first sentence ('[세미나] 제목' / '…')
    return not _entries_in_a_row(lines) or _mostly_sentences(lines)


KICKER_CUT = (
    "blocks: a bracketed kicker's head ('[세미나] 제목') over its first sentence, in a block"
    " after finished text: the head of its own"
)


def _kicker_over(lines: list[Line], above: Para | None) -> bool:
    """The block's top line a bracketed kicker's head ('[세미나] 제목') with no stop, the
    next a sentence (or a sentence's first line, wrapped: the line under it closes it), the
    block above finished (a sentence, a byline, a list's entry or a schedule's row):
    a notice's head, whatever its block holds under the sentence (a programme's '◇' and
    '▲' lines)."""
    if above is None or len(lines) < 3 or not _finished(above.lines[-1].text):
        return False
    top = lines[0].text
    head = top.startswith("[") and column_parts(top) is not None and not TERMINAL.search(top)
    return head and any(TERMINAL.search(x.text) for x in lines[1:3])


def _finished(text: str) -> bool:
    """A block's last line after which nothing runs on: a sentence's end, a byline, or a
    list's entry ('22:00 드라마 …', '▲장소: …')."""
    return bool(TERMINAL.search(text)) or _ends_fresh(text) or is_entry(text)


_STORY_SENTENCES = 3  # sentence lines at least: a story's block, not a list under its line


def _mostly_sentences(lines: list[Line]) -> bool:
    """Half the lines or more, three at least, end a sentence and are no entries ('48년생
    …한다.' is a fortune's entry)."""
    told = sum(x.text.endswith("다.") and not is_entry(x.text) for x in lines)
    return told >= _STORY_SENTENCES and 2 * told >= len(lines)


TOP_SENTENCES = 2  # sentence lines under a block's top line that show it heads them


def _over_sentence_lines(lines: list[Line]) -> bool:
    """Under the block's top line, two lines or more that each end a sentence (a closing
    byline aside): text set a sentence a line, which a wrapped paragraph's lines never all
    are, so the top line starts fresh ('법원 "…"' over its brief)."""
    rest = [x.text for x in lines[1:]]
    if rest and line_kind(rest[-1])[0] == "byline":
        rest = rest[:-1]
    return len(rest) >= TOP_SENTENCES and all(TERMINAL.search(x) for x in rest)


def head_over_deck(lines: list[Line], before: Line | None) -> bool:
    """After finished text (a sentence, a byline) or at the page's top (before is None),
    a short line over a second one, both without final punctuation, over sentence lines
    each at least 1.5 times as long (a closing byline aside): a headline over its deck
    over the text ('이번 주 추천 도서' / '『책』 글 홍길동' / its text). A wrapped
    paragraph's first lines are as long as the column."""
    if len(lines) < 3 or before is not None and not closed(before.text):
        return False
    head, text = [line.text for line in lines[:2]], [line.text for line in lines[2:]]
    if len(text) > 1 and line_kind(text[-1])[0] == "byline":
        text = text[:-1]
    if not all(is_short_line(x) and is_plain(x) for x in head):
        return False
    longest = max(map(len, head))
    return all(TERMINAL.search(x) for x in text) and len(text[0]) >= HEAD_RATIO * longest


_OVER_DECK = "blocks: a headline over its deck in one block, after finished text"
_TOP_DECK = "blocks: a headline over its deck in one block, at the page's top"


def _ends_fresh(text: str) -> bool:
    """A paragraph's last line after which a block starts fresh: a byline that ends an
    article, a jump line ('▶4면에 계속') or a list's entries ('▲길이 11m ▲좌석 27석'),
    after which no sentence runs on into the next block."""
    if text[:1] in "▲△▷○◇◆" or text[:1].isdigit():  # cheap test first: entries open so
        return entries_in(text) > 0
    return line_kind(text)[0] in ("byline", "jump")


AFTER_SIGNATURE = "blocks: a short line over its text after a column's signature: a headline"


def _signed_close(paras: list[Para], k: int) -> bool:
    """The paragraph above k is a column's signature alone ('홍길동 ○○대 교수') under
    finished text: the column is done, and a block under it starts fresh, as after a
    byline."""
    if k < 2 or len(paras[k - 1].lines) != 1:
        return False
    last = paras[k - 1].lines[0].text
    return bool(TERMINAL.search(paras[k - 2].lines[-1].text)) and is_signature(last)


SIGNED_BLOCK = (
    "blocks: a whole story set tight after a signed story (its headline, text and byline in"
    " one block): its headline cut from its text"
)


def signed_block(paras: list[Para], k: int) -> int:
    """'이웃국 "정책 변화 주시"' / wrapped text / 'NAME 기자 EMAIL' in one block, right under
    a story its byline closed: the byline closes this block's own text, so the block is the
    next story, its head the first line (and its deck over a justified column): the head's
    lines, 0 for none. Text and a byline with no head over them stay the story's."""
    lines = [line.text for line in paras[k].lines]
    if k == 0 or len(lines) < 3 or not signs(paras[k - 1].lines[-1].text):
        return 0
    told = any(TERMINAL.search(t) for t in lines[1:-1]) and signs(lines[-1])
    head = told and is_short_line(lines[0]) and headline_like(lines[0])
    return max(1, column_head_lines(paras[k].lines)) if head else 0


_RULING_LINES = 5  # a ruling's headline, two deck lines, its court line and the line under it
RULING_HEAD = "blocks: a ruling's headline over its court, date and case line"


STORY_ENTRIES = "blocks: a story's sentence lines with one line of marked facts, a line each"
ONLINE_UNITS = (
    "blocks: a caption closed by its credit, a credit or a site's foot line ends its unit"
)


TABLE_END = "blocks: a table's source or note under its rows ends the table, as a sentence does"


def _cut_why(lines: list[Line]) -> str:
    """Which of stands_alone's own rules cut the block (a story's line of marked facts, a
    web copy's credit or foot line), for --explain; "" when neither did."""
    if _entries_in_a_row(lines):
        return STORY_ENTRIES  # it stands alone only as a story's block (_mostly_sentences)
    if any(_closes_online(x.text) for x in lines[:-1]):
        return ONLINE_UNITS
    pairs = zip([None, *lines], lines[:-1], strict=False)
    return TABLE_END if any(_table_note(p, a.text) for p, a in pairs) else ""


def split_blocks(paras: list[Para]) -> list[Para]:
    """Each block whose lines stand alone cut into one paragraph a line."""
    out: list[Para] = []
    titled = briefs_under_title(paras)
    for k, para in enumerate(paras):
        if len(para.lines) < 2:
            out.append(para)  # a line alone: nothing to cut (most paragraphs)
            continue
        last = paras[k - 1].lines[-1] if k else None
        signed = _signed_close(paras, k)
        before = last if last is not None and (_ends_fresh(last.text) or signed) else None
        deck = head_over_deck(para.lines, last)
        brief = brief_head(paras, k, titled)
        ruling = ruling_head([line.text for line in para.lines[:_RULING_LINES]])
        if deck or ruling or stands_alone(para.lines, before, brief):
            cut = (_OVER_DECK if k else _TOP_DECK) if deck else ""
            cut = cut or (AFTER_SIGNATURE if signed else "")
            cut = cut or (TIMED_RULE if TIMED_HEAD.match(para.lines[0].text) else "")
            cut = cut or (RULING_HEAD if ruling else "")
            cut = cut or (_cut_why(para.lines) if not deck and not ruling else "")
            if not cut and brief:
                cut = PAGE_TOP if k == 0 else AFTER_FINISHED if head_shown(para.lines) else IN_A_RUN
            out.append(Para(para.lines[:1], para.gap, cut=cut))
            out.extend(Para([line], 0, inner=True, cut=cut) for line in para.lines[1:])
        elif n := signed_block(paras, k):  # the headline, and its deck over a column
            out.extend(head_paras(para, n, SIGNED_BLOCK))
            out.append(Para(para.lines[n:], 0, inner=True, cut=SIGNED_BLOCK))
        elif _kicker_over(para.lines, paras[k - 1] if k else None):
            out.append(Para(para.lines[:1], para.gap, cut=KICKER_CUT))
            out.append(Para(para.lines[1:], 0, inner=True, cut=KICKER_CUT))
        else:
            below = paras[k + 1] if k + 1 < len(paras) else None
            fresh = last is None or _finished(last.text) or closed(last.text)
            prose = last is not None and _after_prose(last.text)
            n, cut = head_cut(paras, k, prose) if fresh else (0, "")
            if n:  # the head lines, then the text under them read as a block of its own
                rest = Para(para.lines[n:], 0, inner=True, cut=cut)
                out.extend(head_paras(para, n, cut))
                alone = stands_alone(rest.lines)
                out.extend(head_paras(rest, len(rest.lines), cut) if alone else [])
                out.extend([] if alone else sentence_cuts(rest, None, below) or [rest])
            else:
                out.extend(sentence_cuts(para, paras[k - 1] if k else None, below) or [para])
    return out


def _after_prose(text: str) -> bool:
    """A block's last line a story's sentence: no byline, list entry or table line."""
    if not TERMINAL.search(text):
        return False
    return not (_ends_fresh(text) or is_entry(text) or table_line(text))
