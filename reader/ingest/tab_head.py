"""A corpus line that carries its headline before a tab ('헤드라인\\t본문…') or a bar
between spaces ('헤드라인 | 본문…'), or before the bracketed credit that opens its text
('헤드라인 [한길통신 NAME 기자] 본문…'): the part before the line's only separator, short
and unpunctuated, over sentences after it, is the headline and the rest its text, each cut
into a paragraph of its own (before the page's stages). A credit stays at its text's start,
where the lead's byline is read."""

from __future__ import annotations

import re

from reader.ingest.head import HANGUL, SHORT, is_short_line
from reader.ingest.lines import Line, Para
from reader.ingest.repair import TERMINAL

TAB_HEAD = "segment: a short unpunctuated part before a line's only tab, over sentences, heads them"
BAR_HEAD = (
    "segment: a short unpunctuated part before a line's only ' | ', over sentences, heads them"
)
SPACED_HEAD = (
    "segment: a short unpunctuated part before a line's only wide space ('제목  본문'),"
    " over sentences, heads them (on a page of such lines)"
)
CREDIT_HEAD = (
    "segment: a short unpunctuated part before a bracketed credit ('[통신 NAME 기자]'), "
    "over sentences, heads them"
)
HABIT_HEAD = (
    "segment: on a page whose lines part two headlines or more from their text by one"
    " separator, a short headline before it over one short sentence heads it"
)
_BAR = " | "
_WIDE_SEP = "  "  # two spaces part a corpus's fields where it prints no tab
_SEP_RULES = {"\t": TAB_HEAD, _BAR: BAR_HEAD, _WIDE_SEP: SPACED_HEAD}
_SPACED = re.compile(r"\S {2,}+(?=\S)")
# A wide space is a corpus's habit only on most of a page's long lines, never on one or
# two (justified text doubles a space here and there), and it parts a headline of three
# words or more from its text: two ('이에 따라', '오전 10시', '김 대표') lead a sentence, a
# schedule's row or a speaker's turn.
SPACED_LINES = 2
SPACED_HEAD_WORDS = 3
# The text's own closing credit after its last sentence ('… 의결했다. 노승훈 기자', and its
# address: '… 기자 sion@…'): sure where a tab or a wide space cut the line into fields.
_CLOSING_CREDIT = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'’”)]))\s++"
    r"(?=[가-힣]{2,4} 기자(?: [\w.+-]++@[\w-]++(?:\.[\w-]++)++)?$)"
)
BAR_END = " |"  # the bar kept at a headline's end
# A credit in brackets names a reporter, a dateline or an agency ('[대전=한길통신]',
# '[한길통신]'); a tag ('[단독]') or a photo's credit ('[사진=…]') does not open a text.
_CREDIT = re.compile(
    r" (?=\[(?!사진|그래픽|그림|자료|영상)"
    r"(?:[가-힣]{1,6}=[가-힣A-Za-z]{2,12}+(?: [가-힣]{2,4} 기자)?\]"
    r"|[가-힣A-Za-z]{2,12}+ [가-힣]{2,4} 기자\]|[가-힣]{0,10}+(?<=통신|뉴스|일보|신문)\]))"
)

# A word marked as subject or object right before the brackets: they stand inside a
# sentence ('해당 업체는 [한빛일보] 보도 이후 …'); a headline ends on no such particle
# ('… 잦을 듯 [한길통신]').
_CLAUSE = re.compile(r"[가-힣][은는을를]$")
# A credit may close the text as well: '… 예보했다. [NAME 기자 e-mail]'.
_SIGNED = re.compile(r" \[[^\[\]]{2,60}+\]$")


def _separator(text: str, spaced: bool = False) -> str | None:
    """The line's only separator of fields: a tab, or a bar between spaces on a line
    without tabs (several bars are a book's data or a web page's menu), or the space
    before its first bracketed credit; spaced: a wide space too, on a Korean line."""
    if "\t" in text:
        return "\t" if text.count("\t") == 1 else None
    if text.count(_BAR) == 1:
        return _BAR
    if spaced and len(_SPACED.findall(text)) == 1 and HANGUL.search(text):
        if len(text[: text.index(_WIDE_SEP)].split()) >= SPACED_HEAD_WORDS:
            return _WIDE_SEP
    credit = _CREDIT.search(text)
    if credit is None or credit.start() > SHORT or _CLAUSE.search(text[: credit.start()].rstrip()):
        return None
    return " "


def tab_head(
    line: Line, spaced: bool = False, habit: frozenset[str] = frozenset()
) -> tuple[Line, ...] | None:
    """The line's headline and text (and the credit closing it, where the line's fields
    are apart by a tab or a wide space) when it is one article on one line, else None. A
    table's row has more than one tab, or cells that are not sentences, and is kept.
    habit: separators the page's other lines cut at; after one, a text of one short
    sentence, longer than its headline, is enough (a corpus prints briefs of one)."""
    text = line.text
    sep = _separator(text, spaced)
    if sep is None:
        return None
    found = _CREDIT.search(text) if sep == " " else None
    tab = found.start() if found else text.index(sep)
    head = text[:tab].rstrip()
    body = text[tab + len(sep) :].lstrip()
    # the bar stays printed at the headline's end, its text carries it no further (article)
    printed = text[: tab + len(sep)].rstrip()
    credit = _CLOSING_CREDIT.search(body) if sep in ("\t", _WIDE_SEP) else None
    said = _SIGNED.sub("", body) if sep == " " else body[: credit.start()] if credit else body
    least = len(head) if sep in habit else SHORT
    if not head or not is_short_line(head) or len(body) <= least or not TERMINAL.search(said):
        return None
    if " " not in head:
        return None  # a table's label of one word ('기준금리', 'Total'); a headline has several
    start = line.end - len(body)
    if credit is None:
        return Line(printed, line.start), Line(body, start)
    signed = body[credit.end() :]
    return Line(printed, line.start), Line(said, start), Line(signed, line.end - len(signed))


def tab_heads(paras: list[Para]) -> list[Para]:
    """Each paragraph whose lines are such articles cut into one paragraph per article."""
    out: list[Para] = []
    lines = [x for p in paras for x in p.lines if len(x.text) > SHORT]
    wide = sum(1 for x in lines if _WIDE_SEP in x.text and tab_head(x, True))
    spaced = wide >= SPACED_LINES and 2 * wide > len(lines)
    cuts = [[tab_head(line, spaced) for line in para.lines] for para in paras]
    habit = _habit(paras, cuts, spaced)
    # a short brief after the page's habitual separator (HABIT_HEAD)
    looses = [
        [
            None if pair or not habit else _loose(line, spaced, habit)
            for line, pair in zip(para.lines, cut, strict=True)
        ]
        for para, cut in zip(paras, cuts, strict=True)
    ]
    if habit:
        _tables_kept(paras, cuts, looses, spaced)
    for para, cut, loose in zip(paras, cuts, looses, strict=True):
        if not any(cut) and not any(loose):
            out.append(para)
            continue
        run: list[Line] = []
        gap = para.gap
        for line, pair, extra in zip(para.lines, cut, loose, strict=True):
            if pair is None and extra is None:
                run.append(line)
                continue
            if run:
                out.append(Para(run, gap))
                run, gap = [], 0
            sep = _separator(line.text, spaced) or ""
            why = _SEP_RULES.get(sep, CREDIT_HEAD) if pair else HABIT_HEAD
            parts = pair or extra or ()
            out.append(Para([parts[0]], gap, cut=why))
            out.extend(Para([part], 0, inner=True, cut=why) for part in parts[1:])
            gap = 0
        if run:
            out.append(Para(run, gap))
    return out


def _loose(line: Line, spaced: bool, habit: frozenset[str]) -> tuple[Line, ...] | None:
    """A short brief's head and text, or None where the head ends on a subject's or an
    object's particle (_CLAUSE) or a comma: a sentence cut by a stray tab ('시민단체
    측은<TAB>… 비판했다.')."""
    pair = tab_head(line, spaced, habit)
    if pair is None:
        return None
    head = pair[0].text.rstrip(" |")
    return None if _CLAUSE.search(head) or head.endswith(",") else pair


def _tables_kept(
    paras: list[Para],
    cuts: list[list[tuple[Line, ...] | None]],
    looses: list[list[tuple[Line, ...] | None]],
    spaced: bool,
) -> None:
    """No short brief is cut under a table's header row ('용어 풀이<TAB>뜻': short, set with
    the separator, no sentence), in the run of lines so set below it: they are its rows."""
    header = False
    for i, para in enumerate(paras):
        for j, line in enumerate(para.lines):
            text = line.text
            if not _separator(text, spaced):
                header = False
            elif cuts[i][j] is None and looses[i][j] is None:
                header = header or len(text) <= SHORT and not TERMINAL.search(text)
            elif header:
                looses[i][j] = None


def _habit(
    paras: list[Para], cuts: list[list[tuple[Line, ...] | None]], spaced: bool
) -> frozenset[str]:
    """The separators (tab, bar, wide space) at which two lines of the page or more are
    cut by the rule above alone: the page is a corpus printed so."""
    counts: dict[str, int] = {}
    for para, cut in zip(paras, cuts, strict=True):
        for line, pair in zip(para.lines, cut, strict=True) if any(cut) else ():
            sep = _separator(line.text, spaced) if pair else None
            if sep in ("\t", _BAR, _WIDE_SEP):
                counts[sep] = counts.get(sep, 0) + 1
    return frozenset(sep for sep, n in counts.items() if n >= SPACED_LINES)


HEAD_CUTS = frozenset((TAB_HEAD, BAR_HEAD, SPACED_HEAD, CREDIT_HEAD, HABIT_HEAD))
