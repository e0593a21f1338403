"""Where a story is done and the next item opens (twelfth round).

A story's subheads stand over more of its text; a short title over a list (table rows,
results, '▷'/'◇'/'·' entries) after finished text, with nothing of the story under the
list, is an item of its own: a results table, a fixture list, a personnel notice. After
such a list or a byline, a column's headline labelled with a colon ('NAME 칼럼 : 제목')
over prose opens the column. On a page without blank lines, a box of short lines with
figures under its title ('물때' / '만조 05:12 / 17:40') ends at a headline over prose.
A short line between paragraphs of a story whose closing byline names the reporter of
its lead's byline is a subhead: the story runs on to it. A title over two or more marked
briefs ('■ 헤드라인' over its sentence) after finished text opens an item; so does an
English 'Name: title' line over its text right after a list (thirteenth round). A
one-line '[알림] …' notice after a listing, English briefs under a title, and a name over
the text that opens with it (an obituary) open items; a column's subhead over prose that
runs to its signature does not (fourteenth round). A closing note in parentheses ('(다음
주에 계속)') ends its story; a bracketed listing heading ('[부고]') over entries after a story
opens a listing of its own (seventeenth round).
"""

from __future__ import annotations

import re

from reader.ingest.ad_marks import is_byline
from reader.ingest.after_rows import board
from reader.ingest.blocks import TIMED_HEAD
from reader.ingest.byline_lines import LEAD_BYLINE, bylines_in
from reader.ingest.bylines import is_signature
from reader.ingest.en_heads import headline_line, is_prose
from reader.ingest.entries import TABLE_NOTE
from reader.ingest.head import FIGURE, column_parts, is_short_line, is_title_case, result_row
from reader.ingest.headlines import BRIEF_HEAD, finished
from reader.ingest.lines import Para
from reader.ingest.listing import entries_in, is_entry
from reader.ingest.repair import SENTENCE_END, TERMINAL
from reader.ingest.units import is_plain

TITLE_OVER_LIST = "a short title over rows or entries after finished text, no story text under them"
COLUMN_AFTER_LIST = "a column's headline ('NAME 칼럼 : 제목') over prose, after a list or a byline"
SUBHEAD_OF_SIGNED = "not an item: a subhead, the story runs on to its reporter's closing byline"
_NAME_SEP = re.compile(r"\s*[·,]\s*")
_MIN_ROWS = 2  # one line under a title is a deck or a lead, not a list
_LIST_MARKS = "▷◇◆▲△○·•"


def _row(text: str) -> bool:
    """A table's row, a result or fixture, or a marked entry ('- ' too)."""
    marked = text[:1] in _LIST_MARKS or text.startswith("- ")
    return marked or "\t" in text or result_row(text) or is_entry(text)


def _list_end(paras: list[Para], k: int) -> int | None:
    """The paragraph after the list under the title in paragraph k (its own further lines
    and the paragraphs right under it, no blank line between), or None when the lines
    under the title are not all rows or entries."""
    rows = [line.text for line in paras[k].lines[1:]]
    end = k + 1
    while end < len(paras) and paras[end].gap == 0:
        rows += [line.text for line in paras[end].lines]
        end += 1
    return end if len(rows) >= _MIN_ROWS and all(map(_row, rows)) else None


# A sentence that announces the list under it: '명단은 다음과 같다.', '… as follows:'.
ANNOUNCES_LIST = re.compile(r"(?:다음과 같다|아래와 같다|다음과 같습니다|as follows)[.:]?$|:$")


def title_over_list(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k, a short title over a list after finished text, opens an item: the
    list is followed by the page's end or by a line that is neither the story's text nor
    its byline (the next title or headline)."""
    para = paras[k]
    if not current or not para.gap:
        return None
    if len(para.lines) > 1:
        under: str | None = para.lines[1].text
    else:
        below = paras[k + 1] if k + 1 < len(paras) else None
        under = below.lines[0].text if below is not None and not below.gap else None
    if under is None or not _row(under):
        return None  # cheap test first: most paragraphs stand over no list
    above = paras[k - 1].lines[-1].text
    if not finished(above) or ANNOUNCES_LIST.search(above):
        return None  # '명단은 다음과 같다.': the list is the announcement's own
    title = para.lines[0].text
    if not is_short_line(title) or _row(title) or is_byline(title) or title.endswith(":"):
        return None  # 'The score:' goes on into the rows it heads, as no title does
    end = _list_end(paras, k)
    if end is None or board(current):
        return None  # a board's headings over rows are its parts
    if end < len(paras) and (is_prose(paras[end]) or is_byline(paras[end].lines[0].text)):
        return None  # the story goes on under its subhead's list
    return TITLE_OVER_LIST


def column_after_list(paras: list[Para], k: int) -> str | None:
    """Why paragraph k, a colon-labelled column headline alone over prose, opens an item
    after a list's last row or a byline (after a story's paragraph such a line may be one
    of its subheads: '쟁점 : 비용')."""
    para = paras[k]
    if not k or not para.gap or k + 1 == len(paras) or len(para.lines) != 1:
        return None
    title, above = para.lines[0].text, paras[k - 1].lines[-1].text
    if ":" not in title or TIMED_HEAD.match(title) or TABLE_NOTE.match(title):
        return None  # cheap test first; '12:48 제목' is an update, '자료: ORG' a table's source
    if not is_plain(title) or column_parts(title) is None:
        return None  # a marked line ('■ 대담 : NAME') is a deck's or a box's part
    if not (_row(above) or is_byline(above)):
        return None
    return COLUMN_AFTER_LIST if is_prose(paras[k + 1]) else None


def _names(text: str) -> set[str]:
    """The reporters a byline line names, or a lead's byline prefix ('[PAPER NAME 기자]')."""
    found = bylines_in(text)
    if found is None and (m := LEAD_BYLINE.match(text)):
        inner = m["b1"] or m["b2"] or ""
        found = bylines_in(inner) or bylines_in(inner.partition(" ")[2])
    return {name for m in found or [] for name in _NAME_SEP.split(m["names"])}


# The run of prose closing_line last found: (paras, first, end), paras[first:end] prose
# and paras[end] not. The grouping asks of each paragraph of a page in turn: without it a
# page of prose lines is read again for every line.
_run: tuple[list[Para], int, int] | None = None


def closing_line(paras: list[Para], k: int) -> str | None:
    """The one line that closes the prose under paragraph k (a byline or a signature, to
    be checked), or None: no prose under k, or what ends it is not one line."""
    global _run
    j, run = k + 1, _run
    if run is not None and run[0] is paras and run[1] <= j <= run[2]:
        j = run[2]
    else:
        while j < len(paras) and is_prose(paras[j]):
            j += 1
        _run = (paras, k + 1, j)
    if j == k + 1 or j == len(paras) or len(paras[j].lines) != 1:
        return None
    return paras[j].lines[0].text


def subhead_of_signed(current: list[Para], paras: list[Para], k: int) -> bool:
    """Whether paragraph k, one line over prose, is a subhead of the story in current: the
    prose under it runs to a byline naming a reporter the story named above."""
    if len(paras[k].lines) != 1 or k + 1 == len(paras) or not is_prose(paras[k + 1]):
        return False
    last = closing_line(paras, k)
    if last is None:
        return False
    top = any(LEAD_BYLINE.match(p.lines[0].text) for p in current)
    top = top or len(current) > 1 and is_byline(current[1].text)  # signed under its head
    if "@" not in last and top:
        return False  # credited at its top, a reporter signs again only to add an address
    closing = _names(last)
    return bool(closing) and any(closing & _names(p.lines[0].text) for p in current)


HEAD_AFTER_BOX = "a headline over prose after a box of short lines with figures (no blank lines)"


def head_after_box(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k, on a page without blank lines, opens an item after a title over
    two or more short lines with figures (a tide or weather box): a headline over prose."""
    if len(current) < 3 or not headline_line(paras, k) or not is_prose(paras[k + 1]):
        return None
    rows = [line.text for para in current[1:] for line in para.lines]
    if not all(is_short_line(t) and FIGURE.search(t) for t in rows):
        return None
    return HEAD_AFTER_BOX


TITLE_OVER_BRIEFS = "a title over two or more marked briefs ('■ 헤드라인' over its sentence)"
_MARKS = "■□◆◇●"
_BRIEFS = 2  # one marked line under a title may be a story's subhead


def _brief(paras: list[Para], k: int) -> bool:
    """A marked headline ('■ 순천 기업, 첫 수출') alone on its line, the sentence under it
    in its paragraph or in the next one."""
    para = paras[k]
    if para.lines[0].text[:1] not in _MARKS:
        return False  # cheap test first: most paragraphs open with no mark
    head = para.lines[0].text[1:].lstrip()
    if len(head) < BRIEF_HEAD or not is_short_line(head):
        return False
    if len(para.lines) > 1:
        below = para.lines[1].text
    elif k + 1 < len(paras):
        below = paras[k + 1].lines[0].text
    else:
        return False
    return is_plain(below) and bool(TERMINAL.search(below))


def _title(para: Para) -> bool:
    """A short title alone on its line: '[스타트업 브리프]', '마을 소식'."""
    return len(para.lines) == 1 and is_short_line(para.lines[0].text.strip("[]"))


def title_over_briefs(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: a title after finished text (a sentence, a credited
    caption, a byline) over two or more marked briefs (each brief then opens an item by
    the rules on briefs; the title is one of its own)."""
    if k + 1 == len(paras) or not current:
        return None
    if paras[k + 1].lines[0].text[:1] not in _MARKS:
        return None  # cheap test first: most paragraphs stand over no marked line
    if not _title(paras[k]) or not finished(paras[k - 1].lines[-1].text):
        return None
    briefs, j = 0, k + 1
    while j < len(paras) and _brief(paras, j):
        briefs += 1
        j += 1 if len(paras[j].lines) > 1 else 2
    return TITLE_OVER_BRIEFS if briefs >= _BRIEFS else None


# 'Student Spotlight: Robotics Team Heads to State': an English column's name and its title.
EN_COLON_TITLE = re.compile(r"^[A-Z][\w'’&-]*(?: [\w'’&-]+){0,4}: [A-Z][^.!?:]{2,70}$")
TITLED_AFTER_LIST = "a titled piece ('Name: title') over its text, after a list's last entry"


def titled_after_list(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: an English 'Name: title' line alone over the text
    right under it, right after a list ('- Dec. 4: …'), which no story's subhead follows."""
    para = paras[k]
    first = para.lines[0].text
    if ": " not in first or not current or not EN_COLON_TITLE.match(first):
        return None  # cheap test first: most paragraphs open with no such title
    if len(para.lines) > 1 or k + 1 == len(paras) or paras[k + 1].gap:
        return None
    if not _row(current[-1].lines[-1].text):
        return None
    return TITLED_AFTER_LIST if is_prose(paras[k + 1]) else None


SUBHEAD_OF_COLUMN = "not an item: a subhead, the column runs on to its signature"
_SUBHEAD_MAX = 20  # characters of a subhead: a few words naming a part ('식사로 다스리기')


def subhead_of_column(current: list[Para], paras: list[Para], k: int) -> bool:
    """Whether paragraph k, a short line over prose inside a column (its headline led by
    the column's name in brackets, '[건강 교실] 제목'), is one of its subheads: the prose
    under it runs to the column's signature ('홍길동 ○○한의원 원장'), not to a byline or
    a headline of its own."""
    if not current or not current[0].lines[0].text.startswith("["):
        return False
    text = paras[k].lines[0].text
    if len(paras[k].lines) != 1 or len(text) > _SUBHEAD_MAX or text[0] == "[":
        return False  # a column's own headline ('[독자투고] 제목') opens the next column
    if not is_short_line(text) or not is_plain(text):
        return False
    last = closing_line(paras, k)
    return last is not None and is_signature(last)


NOTICE_AFTER_LISTING = "a one-line notice ('[알림] …') after a listing's last entry"
_LABEL_NOTICE = re.compile(r"^\[[^\[\]]{1,8}\]\s*\S")


def notice_after_listing(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: one line, a bracketed label and a sentence
    ('[알림] 본지는 … 바랍니다.'), right after a listing's last entry: a listing holds
    no prose, so the notice is a piece of its own."""
    para = paras[k]
    text = para.lines[0].text
    if text[:1] != "[" or len(para.lines) != 1 or not _LABEL_NOTICE.match(text):
        return None  # cheap test first: most paragraphs open with no bracket
    if not current or not entries_in(current[-1].lines[-1].text):
        return None  # a line may hold a group's label and its entries: '◇과장 ▲A ▲B'
    return NOTICE_AFTER_LISTING if TERMINAL.search(text) else None


# A phrase; a label and its value ('(자료: 행정안전부)', '(단위: 억원)') is a table's note.
_NOTE = re.compile(r"^\([^():：]{1,20}\)$")


def closing_note(text: str) -> bool:
    """'(다음 주에 계속)', '(끝)', '(To be continued)': a short note in parentheses, no
    sentence, printed under a story's last paragraph; it ends the story as a signature does
    (a headline is never printed in parentheses)."""
    return bool(_NOTE.match(text)) and not SENTENCE_END.search(text[1:-1])


EN_TITLE_OVER_BRIEFS = "an English title over two or more briefs, each a headline over its text"
EN_NEXT_BRIEF = "an English brief after another: a title-case headline over its text"
EN_AFTER_BRIEFS = "a title-case line after a run of briefs, nothing like prose under it"


def _en_brief(paras: list[Para], k: int) -> bool:
    """'Tandem Database Ships Version 4.0' over its sentence, no blank line between."""
    if k + 1 >= len(paras):  # the page's last paragraph has no sentence under it
        return False
    para = paras[k]
    if len(para.lines) != 1 or not para.gap or paras[k + 1].gap:
        return False
    text = para.lines[0].text
    if TERMINAL.search(text) or not is_title_case(text) or not is_short_line(text):
        return False
    return is_plain(text) and is_prose(paras[k + 1])


def en_briefs(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item in a run of English briefs: under a short title alone
    ('Quick Bytes') over two or more of them, or right after the brief before it; or
    a title-case line over no prose at all after the run (a sponsor's box)."""
    first = paras[k].lines[0].text[:1]
    if not first.isupper() or not paras[k].gap:
        return None  # cheap test first: most paragraphs open with no capital after a gap
    brief = _en_brief(paras, k)
    if len(current) == 1 and _title(current[0]) and is_title_case(current[0].lines[0].text):
        return EN_TITLE_OVER_BRIEFS if brief and _en_brief(paras, k + 2) else None
    if len(current) != 2 or not _en_brief(paras, k - 2):
        return None
    if brief:
        return EN_NEXT_BRIEF
    plain = len(paras[k].lines) == 1 and is_title_case(paras[k].lines[0].text)
    rest = paras[k + 1 :]
    return EN_AFTER_BRIEFS if plain and rest and not any(map(is_prose, rest)) else None


NAME_OVER_ITS_STORY = (
    "a name alone over text that opens with it (an obituary: 'NAME' / 'NAME, 61, …')"
)
_NAME_MAX = 40  # characters of a name heading


def name_over_its_story(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item after prose: a line alone, repeated at the start of the
    text under it ('Daniel R. Okafor' over 'Daniel R. Okafor, 61, …'): an obituary's or a
    profile's name heading, which a story's subhead never is."""
    para = paras[k]
    if len(para.lines) != 1 or k + 1 == len(paras) or not para.gap or not current:
        return None
    name = para.lines[0].text
    below = paras[k + 1].lines[0].text
    if not below.startswith(name) or len(below) <= len(name) or below[len(name)] not in ", (":
        return None  # cheap test first: most lines are not repeated under them
    if len(name) > _NAME_MAX or TERMINAL.search(name) or not is_prose(paras[k - 1]):
        return None
    return NAME_OVER_ITS_STORY if is_prose(paras[k + 1]) else None
