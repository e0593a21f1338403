"""A web copy's head: the outlet's name over the story's time stamp.

A story copied from a web page opens with the outlet's name, perhaps its address and the
section it files the story under, and near the top the stamp '입력 2026.11.24 07:10 | 수정 …';
or the name and the stamp share a line ('한빛온뉴스 | 입력 …') under the section's word. The
stamp marks a web copy as surely as a credit does (outlet.py asks the page to credit a name
it finds with no stamp): the one word over it is the paper when the outlet's address is
under it or the word is named as papers are ('…뉴스', '뉴스…', '…일보'), the stamp gives the
date and is the masthead's, not a headline or a deck. With no outlet named, a stamp alone
on a line right under the headline still gives the masthead its date. The site's share,
print and font-size buttons under the stamp ('공유하기', '글자크기 가 가') close the head and are
the masthead's too (docs/representation.md, "A web copy's head"); so is a reporter's name on
the stamp's line ('NAME 기자 | 입력 …') there, the byline being printed at the story's foot.
"""

from __future__ import annotations

import re

import msgspec

from reader.ingest.letters import SENTENCE_CLOSES
from reader.ingest.lines import Line, Para
from reader.ingest.masthead import PAPER_SUFFIX, SECTIONS, URL, MastheadResult
from reader.ingest.outlet import (
    BREADCRUMB,
    SECTION_MAX,
    SECTION_WORD,
    STAMP,
    first_stamp,
    outlet_nameplate,
    stamp_date,
    stamp_lines,
)
from reader.ingest.web_foot import share_run
from reader.ingest.web_head_block import head_block
from reader.model import Masthead, Text

# One word: a headline has several, a section's word is in SECTIONS.
_WORD_NAME = re.compile(r"^[가-힣A-Za-z]{2,12}$")
_SECTION_WORD = re.compile(rf"^(?:[가-힣A-Za-z]{{1,12}}|{SECTION_WORD})$")
# The outlet's name and the stamp on one line: '한빛온뉴스 | 입력 2026.11.22 09:12'.
_BAR_STAMP = re.compile(r"^(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15}+) \| (?:기사)?입력")
# A paper's word anywhere in an outlet's name ('한빛온뉴스', '뉴스두레'; masthead.PAPER_SUFFIX
# only at a name's end): a section's word or a tag holds none.
_PAPER_WORD = re.compile(PAPER_SUFFIX.pattern.rstrip("$"))
# What names an outlet with no address over its section's word ('스포츠누리', '솔빛스포츠'):
# a paper's or a medium's word; a name, a tag or a headline's word ('손흥민', '부고') has none.
_OUTLET_WORD = re.compile(rf"{_PAPER_WORD.pattern}|스포츠|방송|미디어|투데이|저널|매거진|TV")
# A reporter's name over the site's stamp on one line: '고은결 기자 | 입력 2026.12.02 14:37', or
# under the site's field word, set apart by spaces ('기자명 고은결 기자   입력 2026.12.02 …').
_REPORTER_STAMP = re.compile(r"^(?:기자명\s+)?[가-힣]{2,4} 기자(?: \| |\s+)(?:기사)?입력 \d{4}")
# The tags a site puts over a story: never an outlet.
_KICKERS = frozenset("속보 단독 긴급 특종 르포 해설 영상 기획 이슈 초점 탐사 팩트체크".split())
RULE = "masthead: a web copy's outlet name over its time stamp ('입력 …'), which gives the date"
SECTION_STAMP = (
    "masthead: a word over the section's word and the stamp ('사회 | 입력 …') is the outlet's name"
)
ADDRESS_UNDER = "masthead: a web copy's outlet name over its section, stamp and address"
SECTION_OVER = "masthead: a section's word ('날씨') over a web copy's stamp: the page's label"
SHARE_UNDER = "masthead: a web copy's outlet over its stamp and the site's share buttons under it"
_DENSE_HEAD = 12  # lines: a name, an address, a section, a stamp and six lines of buttons
_BUTTONS_MAX = 6  # lines of buttons a site sets one a line ('공유하기' / '페이스북 …' / '인쇄')
NAMED_TWICE = "masthead: a web copy's outlet named over its address and again on its stamp's line"
TAG_STAMP = "masthead: a tag ('단독') over the section's word and the stamp: no outlet named"
SECTION_UNDER_NAME = (
    "masthead: a web copy's outlet over its section's word, and its stamp under the headline"
    " or with the outlet's name again"
)
BARE_STAMP = (
    "masthead: a web copy's time stamp ('입력 …') under its headline, no outlet named: the date"
)


def web_head(paras: list[Para], dense: bool = False) -> MastheadResult | None:
    """The web copy's masthead, or None, with the site's buttons printed lower in its head
    (under the headline, the deck or the byline line, before the story's text) in its
    spans (BUTTONS_IN_HEAD)."""
    found = _web_head(paras, dense) or _crumb_over_name(paras, dense)
    if found is None and not dense:
        # the stamp under the headline, in one block
        found = head_block(paras[0].lines, [p.text for p in paras[1:]])
    return None if found is None else _buttons_in_head(found, paras)


def credited_web_head(paras: list[Para]) -> MastheadResult | None:
    """The outlet's name on the first line, credited on the page (outlet.outlet_nameplate),
    with the site's buttons lower in its head when a stamp dates the copy: a web page's
    buttons are its head's whichever reading named the outlet."""
    found = outlet_nameplate(paras)
    if found is None or found.masthead.date is None:
        return found
    return _buttons_in_head(found, paras)


def _buttons_in_head(found: MastheadResult, paras: list[Para]) -> MastheadResult:
    """found, with the site's buttons lower in the head (BUTTONS_IN_HEAD) in its spans."""
    taken = {start for start, _ in found.masthead.spans}
    head = [x for p in paras for x in p.lines if x.start not in taken][:_DENSE_HEAD]
    texts = [x.text for x in head]
    k = next(
        (
            i
            for i, x in enumerate(head)
            if SENTENCE_CLOSES.search(x.text) or share_run(texts[i : i + _BUTTONS_MAX])
        ),
        None,
    )
    if k is None or SENTENCE_CLOSES.search(head[k].text):
        return found  # the story's text begins before any button: none lower in the head
    under = head[k : k + share_run(texts[k : k + _BUTTONS_MAX])]
    spans = [*found.masthead.spans, *((x.start, x.end) for x in under)]
    found.masthead = msgspec.structs.replace(found.masthead, spans=sorted(spans))
    found.rule = f"{found.rule}; {BUTTONS_IN_HEAD}"
    return found


def _crumb_over_name(paras: list[Para], dense: bool) -> MastheadResult | None:
    """The site's breadcrumb set over the outlet's name ('홈 > 지역 > 남강시' / '남강뉴스' /
    its address / '입력 …'): the head read under it, as if the breadcrumb were not there,
    and the breadcrumb the page's label (CRUMB_OVER). Over a headline and its stamp, what is
    read under it names no outlet and the stamp dates the copy (BARE_STAMP). A head with a
    label of its own (a section's word) is left to the other readings."""
    crumb, block = paras[0].lines[0], paras[0].lines[1:]
    if not BREADCRUMB.match(crumb.text) or not (block or dense):
        return None
    found = _web_head([Para(block, paras[0].gap), *paras[1:]] if block else paras[1:], dense)
    if found is None or found.label is not None:
        return None
    found.lines += 1
    found.label = Text(crumb.text, [(crumb.start, crumb.end)])
    found.rule = f"{found.rule}; {CRUMB_OVER}"
    return found


CRUMB_OVER = "masthead: the site's breadcrumb over the outlet's name is the page's label"
BUTTONS_IN_HEAD = (
    "masthead: the site's share and font-size buttons under the headline, the deck or the"
    " byline, before the story's text, are the head's too"
)


def _web_head(paras: list[Para], dense: bool = False) -> MastheadResult | None:
    """The web copy's masthead, or None. Its lines are the name and the address, taken from
    the top; the stamp's line, elsewhere, is named by its span. A section's word left
    under them is the page's label. `dense`: the page is set without blank lines."""
    block = head = paras[0].lines
    if dense:  # each line a paragraph (segment's): the head is the page's first lines
        head = [p.lines[0] for p in paras[:_DENSE_HEAD]]
    for k, line in enumerate(block[:2]):
        if (bar := _BAR_STAMP.match(line.text)) and (m := STAMP.search(line.text)):
            if k and bar["name"] in SECTIONS and _WORD_NAME.match(block[0].text):
                # '사회 | 입력 …' under a word: the section files the story, the word over it
                # is the outlet (SECTION_STAMP), unless it is a tag ('단독')
                return _section_stamp(block[0], line, bar["name"], stamp_date(m))
            return _result(bar["name"], stamp_date(m), [line], 0, None)
    if (found := _named_twice(block)) is not None:
        return found
    if (found := _section_under_name(head)) is not None:
        return found
    name = block[0].text
    date, stamp = first_stamp(paras)
    if date is not None and stamp is None:
        # the reporter's name before the stamp ('NAME 기자 | 입력 …') under the outlet's
        # lines, or under the headline and deck in a block of their own (wherever a stamp
        # alone is looked for, outlet.stamp_lines): the site's head still; the story's
        # byline is printed at its foot
        stamp = next((x for x in stamp_lines(paras) if _REPORTER_STAMP.match(x.text)), None)
    if date is None or stamp is None:
        return None
    # a section's word over the stamp files the story ('날씨'): with an address it is the
    # page's label (SECTION_OVER), no outlet; without, the stamp alone dates the copy
    addressed = any(URL.fullmatch(x.text) for x in head[1:4])
    if not _WORD_NAME.match(name) or name in _KICKERS or name in SECTIONS and not addressed:
        # no outlet named: a stamp alone under the headline still dates the copy
        return _result(None, date, [stamp], 0, None, BARE_STAMP) if stamp in block[1:3] else None
    section = block[0] if name in SECTIONS else None
    rest, taken, url = head[1:], [block[0]], None
    if rest and (u := URL.fullmatch(rest[0].text)):
        url, rest, taken = u.group(), rest[1:], [*taken, rest[0]]
    top, after = len(taken), None
    # a breadcrumb ('홈 > 사회 > 사건·사고') is a site's, as an address is, and so is a known
    # section's word under the name, the stamp set apart under the headline ('IT·과학'): the
    # word over it names the outlet, whatever its word
    filed = stamp not in head and bool(rest and _filed(rest[0].text))  # head_block's else
    crumb = filed or bool(rest and BREADCRUMB.match(rest[0].text))
    # a word of two joined by a middle dot ('IT·가전') over a stamp in the name's block is
    # web_head_block's to read; here, on a page without blank lines or the stamp apart
    dotted = dense or stamp not in head
    if rest and _section_line(rest[0].text) and (dotted or "·" not in rest[0].text):
        rest = rest[1:]  # the section's word or the site's breadcrumb: the page's label
    if dense and _over_stamp(rest, stamp):
        rest = rest[rest.index(stamp) :]  # the headline and deck over it stay the story's
    if rest and rest[0] is stamp:
        rest = rest[1:]
    if url is None and rest and (u := URL.fullmatch(rest[0].text)):
        # the address under the stamp ('사회' / '입력 …' / 'nurion.kr'): the outlet's still
        url, after, rest = u.group(), rest[0], rest[1:]
    word = _word_over_buttons(rest) if url is None and stamp in head[1:2] else None
    if word is not None:
        rest = rest[1:]  # the section's word under the stamp, the site's buttons under it
    if url is None and (section or not (crumb or _PAPER_WORD.search(name))) and word is None:
        return None  # '날씨', '단독', '누리호' over a stamp: a section, a tag, a headline
    buttons = rest[: share_run([x.text for x in rest[:_BUTTONS_MAX]])]
    if rest and not buttons:
        return None  # more than a name, an address, a section and a stamp: a story's lines
    if not rest and stamp not in head:
        buttons = _buttons_under(paras, stamp)  # the stamp under the headline, apart
    # the site's share and font-size buttons under the stamp close its head (SHARE_UNDER):
    # what follows, on a page set without blank lines, is the story
    lines = [*taken, stamp] if after is None else [*taken, stamp, after]
    lines += buttons
    if word is not None and section is None:
        if _OUTLET_WORD.search(name):
            found = _result(name, date, lines, top, url, WORD_UNDER_STAMP)
        else:  # '손흥민' / '입력 …' / '축구': the headline's word, the stamp alone dates it
            found = _result(None, date, [stamp, *buttons], 0, None, BARE_STAMP)
        found.label = Text(word.text, [(word.start, word.end)])
        return found
    if buttons and section is None:
        return _result(name, date, lines, top, url, SHARE_UNDER)
    if section is None:
        return _result(name, date, lines, top, url, RULE if after is None else ADDRESS_UNDER)
    found = _result(None, date, lines[1:], 0, url, SECTION_OVER)
    found.label = Text(name, [(section.start, section.end)])
    return found


WORD_UNDER_STAMP = (
    "masthead: a web copy's outlet over its stamp, the section's word and the site's buttons"
    " under it ('스포츠누리' / '입력 …' / '축구' / '공유하기 …'): the word is the page's label"
)


_OVER_STAMP_MAX = 3  # lines of a headline and two decks between the section and the stamp


def _over_stamp(rest: list[Line], stamp: Line) -> bool:
    """On a page set without blank lines, the headline and its decks (at most three lines,
    none closing a sentence) between the outlet's lines and the stamp under them."""
    over = rest[: _OVER_STAMP_MAX + 1]
    if stamp not in over[1:]:
        return False
    return not any(SENTENCE_CLOSES.search(x.text) for x in over[: over.index(stamp)])


def _filed(text: str) -> bool:
    """A known section's word, or two joined by a middle dot one of which is ('IT·과학')."""
    return text in SECTIONS or "·" in text and any(w in SECTIONS for w in text.split("·"))


def _section_line(text: str) -> bool:
    """The section's word ('사회') or the site's breadcrumb ('홈 > 사회 > 교통')."""
    return (
        len(text) <= SECTION_MAX and bool(_SECTION_WORD.match(text)) or bool(BREADCRUMB.match(text))
    )


def _word_over_buttons(rest: list[Line]) -> Line | None:
    """The section's word right under the stamp, over the site's share buttons: a page
    with no address still names its outlet over them. The word, or None."""
    if len(rest) < 2 or len(rest[0].text) > SECTION_MAX or rest[0].text in _KICKERS:
        return None
    if not _SECTION_WORD.match(rest[0].text):
        return None
    return rest[0] if share_run([x.text for x in rest[1 : 1 + _BUTTONS_MAX]]) else None


def _buttons_under(paras: list[Para], stamp: Line) -> list[Line]:
    """The site's buttons right under a stamp set apart from the outlet's lines (under the
    headline and deck): the masthead's, as under a stamp in the head (SHARE_UNDER)."""
    for para in paras[:_DENSE_HEAD]:
        if stamp in para.lines:
            under = para.lines[para.lines.index(stamp) + 1 :]
            return under[: share_run([x.text for x in under[:_BUTTONS_MAX]])]
    return []


_TWICE_MAX = 5  # lines from the name down to its stamp: address, section, a title


def _named_twice(block: list[Line]) -> MastheadResult | None:
    """The outlet's name on the first line and again on its stamp's ('새벽한빛' … '새벽한빛 |
    입력 …'), its address and section's word between them: all the site's head, down to the
    stamp, a live blog's title printed over the stamp too (NAMED_TWICE). The section's word
    is the page's label."""
    name = block[0].text
    if not _WORD_NAME.match(name):
        return None
    k = next((i for i, x in enumerate(block[2:_TWICE_MAX], 2) if x.text.startswith(name)), None)
    if k is None or not (bar := _BAR_STAMP.match(block[k].text)) or bar["name"] != name:
        return None
    if (m := STAMP.search(block[k].text)) is None:
        return None
    urls = [x for x in block[1:k] if URL.fullmatch(x.text)]
    if not urls:
        return None  # an address says the name is the outlet's, not a headline's word
    words = [x for x in block[1:k] if x not in urls and _SECTION_WORD.match(x.text)]
    section = words[0] if words and len(words[0].text) <= SECTION_MAX else None
    lines = [x for x in block[: k + 1] if x is not section]
    found = _result(name, stamp_date(m), lines, k + 1, urls[0].text, NAMED_TWICE)
    if section is not None:
        found.label = Text(section.text, [(section.start, section.end)])
    return found


# The outlet's name, its address perhaps beside it: '누리24', '누리마당뉴스 nurimadang.kr'.
_NAME_LINE = re.compile(r"^(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,15}+)(?: (?P<url>\S{4,60}+))?$")


def _section_under_name(head: list[Line]) -> MastheadResult | None:
    """The outlet's name (its address beside it or under it) over the section's word, then
    the stamp: the name again on its line ('NAME | 입력 …') right under the section, or a
    reporter's ('NAME 기자 | 입력 …') under the one line of the headline, which stays the
    story's; the site's buttons under the stamp close the head (SECTION_UNDER_NAME). The
    section's word is the page's label. Two lines bind it: a known section's word under
    the name and a stamp only a web page prints."""
    if (m := _NAME_LINE.match(head[0].text)) is None:
        return None
    url = m["url"]
    if url is not None and not URL.fullmatch(url):
        return None
    k = 1
    if url is None and len(head) > 1 and (u := URL.fullmatch(head[1].text)):
        url, k = u.group(), 2
    if len(head) < k + 3 or head[k].text not in SECTIONS:
        return None
    section, named = head[k], head[k + 1]
    if (bar := _BAR_STAMP.match(named.text)) is not None and bar["name"] == m["name"]:
        stamp = named
    elif _REPORTER_STAMP.match(head[k + 2].text):
        stamp = head[k + 2]
    else:
        return None
    if (s := STAMP.search(stamp.text)) is None:
        return None
    under = head[head.index(stamp) + 1 :]
    buttons = under[: share_run([x.text for x in under[:_BUTTONS_MAX]])]
    lines = [*head[:k], stamp, *buttons]
    # a tag ('단독') over the section, no address beside it, names no outlet
    tag = url is None and m["name"] in _KICKERS
    rule = TAG_STAMP if tag else SECTION_UNDER_NAME
    found = _result(None if tag else m["name"], stamp_date(s), lines, k, url, rule)
    found.label = Text(section.text, [(section.start, section.end)])
    return found


def _result(
    paper: str | None, date: str, lines: list[Line], top: int, url: str | None, rule: str = RULE
) -> MastheadResult:
    spans = [(line.start, line.end) for line in lines]
    return MastheadResult(Masthead(paper=paper, url=url, date=date, spans=spans), top, [], rule)


def _section_stamp(name: Line, line: Line, section: str, date: str) -> MastheadResult:
    """The outlet's name over '사회 | 입력 …': the masthead takes the stamp, the page's
    label the section's word before it. A tag over it ('단독') names no outlet: the head
    takes it, as the site prints it over the stories it marks."""
    cut = line.start + len(section)
    spans = [(name.start, name.end), (cut, line.end)]
    label = Text(section, [(line.start, cut)])
    paper = None if name.text in _KICKERS else name.text
    masthead = Masthead(paper=paper, date=date, spans=spans)
    return MastheadResult(masthead, 1, [], SECTION_STAMP if paper else TAG_STAMP, label)
