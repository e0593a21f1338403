"""A running head over a page: 'A4 정치 2026년 3월 11일 수요일', '22 문화 남해신문 2026년 …'.

A first line holding a full date beside a page number or a known section's name is the
page's running head, not a headline: the short name in it is the section label; the
date, the weekday and a paper's name give the masthead on the front page; what is left
(page number, paper, date) is the page's folio, as on a PDF page. A short name beside a
full date with its weekday and nothing else ('생활·날씨 2026년 3월 14일 토요일') is one too,
and so is an English section's name in capitals set apart by a bar from the weekday and
the date ('BUSINESS | Tuesday, March 17, 2026'), or after the page's number with spaces
alone ('A5 Metro Monday, December 7, 2026'). On a later page, the page's number
beside the paper's name ('2 청솔마을 3단지 입주민 소식') is its folio. The page's number
may be counted ('12면'), and the fields parted by bars ('A12 | 2027년 1월 13일 수요일 | NAME').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import msgspec

from reader.ingest.folio_en import english_folio
from reader.ingest.head import is_caps
from reader.ingest.lines import Line
from reader.ingest.masthead import (
    DATE,
    ISSUE,
    PAPER_SUFFIX,
    URL,
    MastheadResult,
    check,
    date_fields,
    parse_section_label,
)
from reader.ingest.masthead_en import DATE as EN_DATE
from reader.ingest.masthead_en import en_date_fields
from reader.model import Masthead, Span, Text

PAGE_NUMBER = re.compile(r"^[A-Z]?\d{1,3}$")
_NAME = re.compile(r"^[가-힣A-Za-z]+(?:·[가-힣A-Za-z]+)*$")
# A paper of the 1970s in Hanja ('東西新聞'), its page's number in brackets ('(7)').
_HANJA_PAPER = re.compile(r"^[一-鿿]{2,8}$")
_BRACKETED_NUMBER = re.compile(r"^\(\d{1,3}\)$")
# The page's number with its counter ('12면'), and the bar a folio parts its fields with
# ('A12 | 2027년 1월 13일 수요일 | 한울신문'): the folio's, like the number and the spaces.
_COUNTED_NUMBER = re.compile(r"^\d{1,3}면$")
_BAR = frozenset("|│｜")
# A paper's name may end in a figure or two ('법률신문24'); it is one at the line's start,
# over its issue ('법률신문24 제1488호 …'), never a section's name.
_FIGURED_PAPER = re.compile(r"^[가-힣A-Za-z]{2,20}\d{1,2}(?=\s+제\s*[\d,]+\s*호)")
# A free paper's note in its folio, after its name: '한빛벼룩시장 제1204호 … (무료) 5'. In
# brackets: a bare '무료' begins a section's name ('무료 나눔', the free ads).
_FREE = re.compile(r"^\((?:무료|비매품)\)$")
_LABEL_WORDS = 2  # a section's name in a running head: '정치', '사회 종합'
_RULE = "masthead: a running head's date over the page"
_NAME_CHARS = 8  # '생활·날씨': longer is a headline's words beside a date
_EN_BAR = re.compile(r"\s+[|│｜]\s+")
_EN_HEAD_MAX = 120


@dataclass
class RunningHead:
    label: Text | None  # the section's name, where printed
    rest: Text  # page number, paper, date: the folio
    masthead: MastheadResult  # what the line says of the edition
    numbered: bool = True  # the page's number is in the line


NUMBER_UNDER = "masthead: a running head with its page's number alone on the next line"


def take_number_under(head: RunningHead, line: Line) -> bool:
    """A running head without its page's number, the number alone on the line under it
    ('… 월요일 판례' / '9'): the folio's still, never a headline. Takes it into the folio
    and the masthead's spans."""
    if head.numbered or not PAGE_NUMBER.match(line.text):
        return False
    span = (line.start, line.end)
    head.rest = Text(f"{head.rest.text} {line.text}", [*head.rest.spans, span])
    m = head.masthead.masthead
    head.masthead.masthead = msgspec.structs.replace(m, spans=[*m.spans, span])
    head.masthead.lines, head.masthead.rule = head.masthead.lines + 1, NUMBER_UNDER
    return True


def _paper_word(w: str) -> bool:
    return bool(
        PAPER_SUFFIX.search(w) and (len(w) >= 3 and _NAME.match(w) or _HANJA_PAPER.match(w))
    )


def running_head(line: Line) -> RunningHead | None:
    """The running head on a page's first line, or None when the line is not one."""
    text = line.text
    dm = DATE.search(text)
    if dm is None or dm["lm"]:
        return _english(line) or _english_numbered(line) or _english_folio(line)
    fields = date_fields(dm)
    if "date" not in fields:
        return None
    number = paper = False
    label: list[tuple[int, int]] = []
    rest: list[Span] = [(line.start + dm.start(), line.start + dm.end())]
    for word in re.finditer(r"\S+", text):
        if dm.start() <= word.start() < dm.end():
            continue
        w, at = word.group(), (line.start + word.start(), line.start + word.end())
        after = word.start() >= dm.end()  # a section's name after the paper's and the date
        if w in _BAR:
            pass  # a field's bar: the folio's
        elif (
            PAGE_NUMBER.match(w) or _BRACKETED_NUMBER.match(w) or _COUNTED_NUMBER.match(w)
        ) and not number:
            number = True
        elif _FREE.match(w) and paper:
            pass  # a free paper's note beside its name ('(무료)'): the folio's
        elif (im := ISSUE.fullmatch(w)) and im["n"] and "issue" not in fields:
            fields["issue"] = int(im["n"].replace(",", ""))  # a weekly's '제3127호'
            if len(label) == 1 and not paper:  # the name before its issue is the paper's
                s, e = label.pop()
                paper, fields["paper"] = True, text[s - line.start : e - line.start]
                rest.append((s, e))
        elif _paper_word(w) and not paper:
            paper = True
            fields["paper"] = w
        elif paper and "url" not in fields and URL.fullmatch(w):
            fields["url"] = w  # the paper's address beside its name ('한결일보 www.….kr')
        elif word.start() == 0 and _FIGURED_PAPER.match(text):
            label.append(at)  # the paper's, once its issue follows (above)
            continue
        elif _NAME.match(w) and len(label) < _LABEL_WORDS and (not paper or after):
            label.append(at)
            continue
        else:
            return None  # a word a running head does not hold: a headline with a date
        rest.append(at)
    if len(label) == 2 and text[label[0][1] - line.start : label[1][0] - line.start].strip():
        return None  # a name in two places: words of a headline, not a section's
    name = " ".join(text[s - line.start : e - line.start] for s, e in label)
    # A short name beside a date and its weekday alone: a section's, however unusual.
    named = name and "weekday" in fields and not paper and len(name) <= _NAME_CHARS
    # A paper's name beside its dated weekday ('2026년 11월 18일 수요일 한빛일보') is a folio.
    dated_paper = paper and "weekday" in fields and not label
    # and a short name after them is the section's ('… 제2211호 2026년 11월 30일 월요일 판례')
    late = bool(label) and label[0][0] - line.start >= dm.end()
    paper_section = paper and "weekday" in fields and late and len(name) <= _NAME_CHARS
    if not (number or name and parse_section_label(name) or named or dated_paper or paper_section):
        return None
    rest.sort()
    folio = Text(" ".join(text[s - line.start : e - line.start] for s, e in rest), rest)
    m = Masthead(spans=rest, **fields)  # type: ignore[arg-type]
    found = MastheadResult(m, 1, check(m), _RULE)
    heading = Text(name, [(label[0][0], label[-1][1])]) if label else None
    return RunningHead(heading, folio, found, number)


def _english(line: Line) -> RunningHead | None:
    """'BUSINESS | Tuesday, March 17, 2026': a section's name and a dated weekday. The bar
    goes with the date into the folio (no character of the page is lost)."""
    text = line.text
    if len(text) > _EN_HEAD_MAX:
        return None  # a section's name and a date: no scan of a long line for its bar
    sep = _EN_BAR.search(text)
    if sep is None or not is_caps(text[: sep.start()]):
        return None
    label, date = text[: sep.start()], text[sep.end() :]
    dm = EN_DATE.fullmatch(date)
    if dm is None or not dm["wd"] or len(label.split()) > _LABEL_WORDS:
        return None
    fields: dict[str, object] = {}
    warnings = en_date_fields(dm, fields)
    bar = line.start + sep.start() + len(sep.group()) - len(sep.group().lstrip())
    spans: list[Span] = [(bar, bar + 1), (line.start + sep.end(), line.end)]
    m = Masthead(spans=spans, **fields)  # type: ignore[arg-type]
    found = MastheadResult(m, 1, warnings + check(m), _RULE)
    heading = Text(label, [(line.start, line.start + len(label))])
    return RunningHead(heading, Text(f"{text[bar - line.start]} {date}", spans), found)


# 'A5 Metro Monday, December 7, 2026': the page's number, a section's name in one or two
# words, and the dated weekday, set apart by spaces alone (round fifty-seven: the bar was
# not the only clue; the page's number before the name is another).
# A bare page number ('5') opens a headline's count as well ('3 Killed Monday, …'): after it
# the name must be a section's that papers print; a section's page ('A5') is sign enough.
_EN_SECTIONS = frozenset(
    """News Local Metro City Region Regional State Nation National World Business Money
    Sports Opinion Editorial Editorials Arts Life Living Features Entertainment Food Travel
    Health Science Technology Education Obituaries Weather Classified Classifieds Community
    Culture Politics Faith Religion Outdoors Calendar Home Society Farm Agriculture""".split()
)
_EN_NUMBERED = re.compile(
    r"^(?P<n>[A-Z]?\d{1,3})\s+(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?=\S)"
)


def _english_numbered(line: Line) -> RunningHead | None:
    text = line.text
    hm = _EN_NUMBERED.match(text) if len(text) <= _EN_HEAD_MAX else None
    dm = EN_DATE.fullmatch(text, hm.end()) if hm else None
    if hm is None or dm is None or not dm["wd"]:
        return None
    if hm["n"][0].isdigit() and not set(hm["name"].split()) <= _EN_SECTIONS:
        return None  # '3 Killed Monday, …': a count and a verb, a headline's
    fields: dict[str, object] = {}
    warnings = en_date_fields(dm, fields)
    spans: list[Span] = [(line.start + hm.start("n"), line.start + hm.end("n"))]
    spans.append((line.start + dm.start(), line.end))
    m = Masthead(spans=spans, **fields)  # type: ignore[arg-type]
    found = MastheadResult(m, 1, warnings + check(m), _RULE)
    name = (line.start + hm.start("name"), line.start + hm.end("name"))
    rest = Text(f"{hm['n']} {dm.group()}", spans)
    return RunningHead(Text(hm["name"], [name]), rest, found)


def _english_folio(line: Line) -> RunningHead | None:
    found = english_folio(line)
    return RunningHead(found[2], found[1], found[0]) if found else None


_FOLIO = "folio: a later page's number beside the paper's name"


def paper_folio(line: Line, paper: str) -> RunningHead | None:
    """The folio of a later page: its number before or after the paper's name."""
    text = line.text
    if text.startswith(paper):
        number = text[len(paper) :].strip()
    elif text.endswith(paper):
        number = text[: -len(paper)].strip()
    else:
        return None
    if not PAGE_NUMBER.match(number):
        return None
    spans: list[Span] = [(line.start, line.end)]
    m = Masthead(spans=spans, paper=paper)
    return RunningHead(None, Text(text, spans), MastheadResult(m, 1, [], _FOLIO))
