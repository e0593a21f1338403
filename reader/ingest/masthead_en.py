"""The masthead of an English front page of the 1910s, as OCR reads it.

A line such as 'No. 4,512. BOSTON, MASS., MONDAY, JUNE 12, 1911.—TWELVE PAGES. TWO
CENTS.' (or, on a modern page, a weekday and a date alone: 'Thursday, April 2, 2026')
gives the date, the weekday and the issue number; the nameplate above it, in capitals or
title case, names the paper; an edition line ('HOME EDITION') its kind. OCR noise around
the nameplate stays in the masthead's spans: it is never a headline.
"""

from __future__ import annotations

import datetime as dt
import re

from reader.ingest.ad import US_PHONE
from reader.ingest.byline_lines import EMAIL
from reader.ingest.calendar import EN_WEEKDAY
from reader.ingest.calendar import MONTH as _MONTH
from reader.ingest.calendar import SEASONS as _SEASONS
from reader.ingest.head import is_caps, is_noise, is_title_case
from reader.ingest.lines import Line
from reader.ingest.masthead import NO_SUCH_DATE, URL, MastheadResult, check, normal_phone
from reader.ingest.repair import TERMINAL
from reader.model import Masthead

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
DATE = re.compile(
    r"(?:\b(?P<wd>MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b[A-Z\s]{0,12},\s*)?"
    rf"\b(?P<m>{_MONTH})\.?"
    r"\s+(?P<d>\d{1,2}),?\s+(?P<y>1[6-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
ISSUE = re.compile(r"\b(?:NO|NUMBER|ISSUE)\.?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b", re.IGNORECASE)
# An online story's time line: 'Published 6:42 a.m. ET Wednesday, Oct. 21, 2026'.
_TIME = r"\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{1,4})?"
_PUBLISHED = re.compile(rf"^(?:Published|Updated|Posted)(?:\s+on)?\s+(?:{_TIME},?\s+)?(?=[A-Z])")
# The time after the date instead: 'Updated Oct. 21, 2026, 6:42 a.m. ET'.
_TIME_AFTER = re.compile(rf",?\s+(?:at\s+)?{_TIME}$")
# A modern nameplate's line of parts set apart by bars: 'Thursday, April 9, 2026 |
# Volume 64, Issue 22 | ridgeviewledger.com'.
_BAR = re.compile(r"\s*[|│｜•]\s*")
_BAR_MARK = re.compile(r"[|│｜•]")
_ISSUE_LINE_MAX = 200
_VOLUME = re.compile(
    r"^(?:Vol(?:ume|\.)?\s*[\dIVXLC]+,?\s*)?(?:Issue|No\.|Number)\s*[\d,]+$", re.IGNORECASE
)
# 'HOME EDITION', 'SPORTING EXTRA'; a bare 'EXTRA', printed on both ears ('EXTRA    EXTRA').
EDITION = re.compile(r"^(?:[A-Z]+(?:\s+[A-Z]+)?\s+(?:EDITION|EXTRA)|EXTRA(?:\s{2,}EXTRA)?)$")
_PRICE = re.compile(r"\b(?:CENTS?|PRICE|PAGES)\b")
_DATE_REST = 8  # characters beside a weekday and date that make a line of its own
WINDOW = 8  # the date line stands among the first lines of the page
_NAME_NOISE = re.compile(r"^[^A-Za-z0-9]+|[^A-Za-z0-9]+$")


def _above_date(text: str) -> bool:
    """Nameplate (in capitals or title case), edition line or noise: what stands above
    the date line."""
    if is_noise(text):
        return True
    # A nameplate may end in a period, as old ones did ('The Evening Clarion.').
    plain = text[:-1] if text.endswith(".") else text
    if EDITION.match(text.strip()):
        return True  # 'EXTRA' on both ears, however wide apart
    return len(text) <= 60 and (is_caps(text) or is_title_case(text) and not TERMINAL.search(plain))


def _head_of_page(lines: list[str]) -> bool:
    """Noise, a nameplate and what stands beside it over the date line: under the
    nameplate, a slogan in any case ('Serving the island since 1961') is no sentence."""
    named = False
    for text in lines:
        if not _above_date(text) and not (named and len(text) <= _SLOGAN_MAX and _no_end(text)):
            return False
        named = named or not is_noise(text)
    return True


_SLOGAN_MAX = 60


def _no_end(text: str) -> bool:
    return not TERMINAL.search(text)


DAY_NAME_RULE = "the day named beside the date ('Third Sunday of Lent') gives its weekday"
CONTACT_RULE = "the office's phone and site under the date line are the masthead's"
# 'Parish Office: (555) 013-2240': an office's phone under its name.
# Possessive: a spaceless run of capitals (OCR's border of 'IIII…') splits into up to three
# words in n³ ways otherwise.
_OFFICE_PHONE = re.compile(rf"^(?:[A-Z][A-Za-z'’.]*+\s?){{0,3}}:?\s*(?P<num>{US_PHONE})$")


def _contact_line(text: str, fields: dict[str, object]) -> bool:
    """'Parish Office: (555) 013-2240 | www.stbrendanparish.org' under the date line:
    parts apart by bars, each a phone under its office's name or the site (read into
    fields); a line with anything else is the page's."""
    parts = _BAR.split(text.strip())
    if len(parts) < 2 or not all(_OFFICE_PHONE.match(p) or _SITE.match(p) for p in parts):
        return False
    for p in parts:
        if pm := _OFFICE_PHONE.match(p):
            fields.setdefault("phone", normal_phone(pm["num"]))
        elif "@" not in p:
            fields.setdefault("url", p)  # an e-mail address is kept in the spans only
    return True


# A site, or an e-mail address under its word ('Email: office@…').
_SITE = re.compile(rf"^(?:{URL.pattern}|(?:E-?mail:?\s*)?{EMAIL.pattern})$", re.I)


def _below_date(text: str) -> bool:
    return is_noise(text) or bool(EDITION.match(text)) or bool(_PRICE.search(text))


def _nameplate(lines: list[str]) -> list[str]:
    """The lines that name the paper: stacked capitals ('THE BOSTON' / 'EVENING GLOBE'),
    or one line in title case; a line under a title-case name is its slogan ('Serving
    the Cove since 1952'), kept in the masthead's spans but not in the name."""
    if not lines or not is_caps(lines[0]):
        return lines[:1]
    run = 1
    while run < len(lines) and is_caps(lines[run]) and not _QUOTED.match(lines[run]):
        run += 1  # a slogan in quotes under the name ('"ALL THE NEWS …"') is no part of it
    return lines[:run]


_QUOTED = re.compile(r"^\s*(?:''|,,|[\"“‘'`])")


def _beside_date(line: str, fields: dict[str, object]) -> str:
    """The date line without what may stand beside its date: a 'Published TIME' prefix,
    and parts set apart by bars that are the volume and issue or the site's address
    (read into fields)."""
    if m := _PUBLISHED.match(line):
        line = _TIME_AFTER.sub("", line[m.end() :])
    parts = _BAR.split(line)
    if len(parts) < 2:
        return line
    dated = [p for p in parts if DATE.search(p)]
    rest = [p for p in parts if not DATE.search(p)]
    if len(dated) != 1 or not all(
        _VOLUME.match(p) or URL.fullmatch(p) or _COVER.match(p) or _DAY_NAME.search(p) for p in rest
    ):
        return line  # beside the date: the volume and issue, the site, the cover price
    for p in rest:
        if URL.fullmatch(p):
            fields["url"] = p
        elif day := _DAY_NAME.search(p):
            fields["weekday"] = day["wd"].capitalize()
    return dated[0]


# A part beside the date naming the day it falls on ('Third Sunday of Lent', 'Palm
# Sunday'): a bulletin dates its issue by the day of its calendar.
_DAY_NAME = re.compile(
    rf"^(?=.{{3,40}}$)(?:[A-Z][a-z]+\s+)*(?P<wd>{EN_WEEKDAY})"
    r"(?:\s+(?:of|in|after|before)(?:\s+(?:the\s+)?[A-Z][a-z]+)+)?$"
)


# The cover price: '$1.50', with its tax ('$2.00 VAT incl.', '$2.50 (incl. GST)'), in a
# currency's letter ('N300'), or a free paper's note ('Free every weekday').
_COVER = re.compile(
    r"^(?:[$£€₦N]\d{1,4}(?:\.\d{2})?(?:\s\(?(?:incl\.\s[A-Z]{2,4}|[A-Z]{2,4}\sincl\.)\)?)?"
    r"|Free(?:\s[a-z]+){0,3})$"
)


# A magazine's issue named by its season: 'SPRING 2026', 'Winter 2025-26'.
_SEASON = re.compile(rf"^(?:{_SEASONS})\s+\d{{4}}(?:[-/–]\d{{2,4}})?$", re.I)
_SEASON_RULE = "masthead: an English name in capitals over its season and year ('SPRING 2026')"


def _seasonal(lines: list[Line]) -> MastheadResult | None:
    """A magazine's nameplate: its name in capitals over the season of the issue, no date."""
    if len(lines) < 3 or not _SEASON.match(lines[1].text.strip()) or not is_caps(lines[0].text):
        return None
    if len(lines[0].text) > 60 or TERMINAL.search(lines[0].text):
        return None
    m = Masthead(spans=[(x.start, x.end) for x in lines[:2]], paper=lines[0].text.strip())
    return MastheadResult(m, 2, [], _SEASON_RULE)


# A newsletter's issue line: 'Vol. 14, No. 6 | November 2026' (a month, or a season, and no day).
_MONTH_YEAR = rf"(?:{_MONTH}|{_SEASONS})\.?\s+\d{{4}}"
_VOL_LINE = re.compile(
    r"^Vol(?:ume|\.)?\s*(?:\d+|[IVXLC]+),?\s*(?:No\.|Number|Issue)\s*(?P<n>\d+)"
    rf"(?:{_BAR.pattern}{_MONTH_YEAR})?$",
    re.IGNORECASE,
)
_VOL_WINDOW = 4  # the issue line stands among the first lines of the page
_VOL_RULE = "masthead: a newsletter's title over its 'Vol. N, No. N' line (issue N, no day)"


_MONTH_PART = re.compile(rf"^{_MONTH_YEAR}$", re.IGNORECASE)
_PARTS_RULE = (
    "masthead: a newsletter's title over a line of parts apart by bars, its issue among"
    " them ('… | April 2026 | Issue 87', '… Student Newsletter | Issue 6'; no day)"
)


def _issue_parts(text: str) -> re.Match[str] | None:
    """'Newsletter of the X Club | April 2026 | Issue 87': parts apart by bars, one the
    issue, one the month (or season) and year or not, the others a site or one line saying
    what the paper is (no sentence); the issue's match, or None."""
    if len(text) > _ISSUE_LINE_MAX or not _BAR_MARK.search(text):
        return None  # cheap test first: no bar, no parts (and no scan of a long line)
    parts = _BAR.split(text.strip())
    issue = [m for p in parts if (m := ISSUE.search(p)) and _VOLUME.match(p)]
    months = [p for p in parts if _MONTH_PART.match(p)]
    rest = [p for p in parts if not (_VOLUME.match(p) or _MONTH_PART.match(p) or URL.fullmatch(p))]
    if len(parts) < 2 or len(issue) != 1 or len(months) > 1 or len(rest) > 1:
        return None
    plain = all(len(p) <= 60 and not TERMINAL.search(p) for p in rest)
    return issue[0] if plain else None


def _volume(lines: list[Line]) -> MastheadResult | None:
    """A newsletter's nameplate: its title (and, above it, who publishes it) over the
    volume and issue line; the title, right above that line, is the paper."""
    window = lines[:_VOL_WINDOW]
    at = next((k for k, x in enumerate(window) if _VOL_LINE.match(x.text)), None)
    rule = _VOL_RULE
    if at is None:
        at = next((k for k, x in enumerate(window) if _issue_parts(x.text)), None)
        rule = _PARTS_RULE
    if not at or not all(_above_date(x.text) and not is_noise(x.text) for x in lines[:at]):
        return None
    m = _VOL_LINE.match(lines[at].text) or _issue_parts(lines[at].text)
    assert m is not None
    spans = [(x.start, x.end) for x in lines[: at + 1]]
    paper = lines[at - 1].text.strip()
    return MastheadResult(
        Masthead(spans=spans, paper=paper, issue=int(m["n"].replace(",", ""))), at + 1, [], rule
    )


# The paper's name before the weekday on an old page's running head, the line alone:
# 'THE EVENING HERALD, SATURDAY, OCTOBER 8, 1904.'. A place there ('BOSTON, MASS., …')
# is a dateline: the name starts with 'The' or ends in a word papers are named by.
PAPER_WORD = (
    r"HERALD|TIMES|NEWS|TRIBUNE|STAR|SUN|JOURNAL|GAZETTE|POST|WORLD|CHRONICLE|DISPATCH"
    r"|GLOBE|LEDGER|BULLETIN|CALL|RECORD|PRESS|TELEGRAPH|REGISTER|COURIER|EXAMINER|ENTERPRISE"
)
RUNNING_NAME_RULE = "masthead: a running head, the paper's name before its weekday and date"
_RUNNING_NAME = re.compile(
    # a page number before it ('8', 'PAGE FOUR'), or not
    r"^\s*(?:\d{1,3}\s+|PAGE\s+[A-Z]{2,12}+(?:-[A-Z]{2,8}+)?\s+)?"
    r"(?P<name>THE\s+[A-Z][A-Z'’&. -]{1,40}?"
    rf"|[A-Z][A-Z'’&. -]{{1,40}}?\s(?:{PAPER_WORD})),"
    r"(?:\s*[A-Z][A-Z'’. -]{1,30}+,){0,2}+\s*$"  # its town and state may stand between
)

# Today's folio in title case: its page ('A4') and the paper's name before the dated
# weekday, set apart by bars or bullets or by spaces alone ('A4 | The Pine Hollow Courier |
# Thursday, …'); the name opens with 'The' and ends in a word papers are named by.
_TITLE_FOLIO = re.compile(
    r"^\s*[A-Z]?\d{1,3}\s*(?:[|│•]\s*)?"
    rf"(?P<name>The(?: [A-Z][a-z'’]+){{0,3}} (?i:{PAPER_WORD}))\s*(?:[|│•]\s*)?$"
)


def en_date_fields(dm: re.Match[str], fields: dict[str, object]) -> list[str]:
    """Read a DATE match's date and weekday into fields; a warning if there is no such day."""
    if dm["wd"]:
        fields["weekday"] = dm["wd"].capitalize()
    try:
        month = _MONTHS.index(dm["m"][:3].upper()) + 1
        fields["date"] = dt.date(int(dm["y"]), month, int(dm["d"])).isoformat()
    except ValueError:
        return [f"{NO_SUCH_DATE}{dm.group(0).strip()}"]
    return []


def parse_english_masthead(lines: list[Line]) -> MastheadResult | None:
    """The masthead of an English page from its first lines, or None when there is none."""
    at = next((k for k, line in enumerate(lines[:WINDOW]) if DATE.search(line.text)), None)
    if at is None:
        return _seasonal(lines) or _volume(lines)
    if not _head_of_page([line.text for line in lines[:at]]):
        return None
    date_line = lines[at].text
    dm = DATE.search(date_line)
    assert dm is not None
    fields: dict[str, object] = {}
    # A weekday beside the date, or an online story's 'Published' line, makes it a date line.
    stamped = (
        dm["wd"] or _PUBLISHED.match(date_line) or any(map(_DAY_NAME.search, _BAR.split(date_line)))
    )
    dated = stamped and len(_beside_date(date_line, fields)) - len(dm.group(0)) <= _DATE_REST
    folio = _TITLE_FOLIO.match(date_line[: dm.start()]) if dm["wd"] else None
    if not (is_caps(date_line) or ISSUE.search(date_line) or dated or folio):
        return None  # a date in a sentence, not a masthead
    taken = at + 1
    while taken < len(lines) and _below_date(lines[taken].text):
        taken += 1
    contact = taken < len(lines) and _contact_line(lines[taken].text, fields)
    taken += contact
    warnings = en_date_fields(dm, fields)
    head = [line.text for line in lines[:taken]]
    if issue := next((found for t in head if (found := ISSUE.search(t))), None):
        fields["issue"] = int(issue["n"].replace(",", ""))
    if edition := next((t.strip() for t in head if EDITION.match(t.strip())), None):
        fields["edition_kind"] = edition.split("  ")[0]  # one ear's word: the other repeats it
    # a web address alone under the name is the paper's site ('www.circuitbrief.net')
    site = next((t.strip() for t in head[1:at] if URL.fullmatch(t.strip())), None)
    if site:
        fields.setdefault("url", site)
    plate = [t for t in head[:at] if t.strip() != site]
    name = _nameplate([t for t in plate if not is_noise(t) and not EDITION.match(t.strip())])
    run = None if name else _RUNNING_NAME.match(date_line[: dm.start()]) or folio
    if run:
        name = [run["name"]]
    if name:
        fields["paper"] = _NAME_NOISE.sub("", " ".join(name)) or None
    spans = [(line.start, line.end) for line in lines[:taken]]
    m = Masthead(spans=spans, **fields)  # type: ignore[arg-type]
    rule = "masthead: an English date line under the nameplate"
    if any(_QUOTED.match(t) and is_caps(t) for t in head[1:at]):
        rule += "; the slogan in quotes under the name is kept apart from it"
    if site:
        rule += "; a web address alone under the name is its site"
    if run:
        rule = RUNNING_NAME_RULE
    if not dm["wd"] and "weekday" in fields:
        rule += "; " + DAY_NAME_RULE
    if contact:
        rule += "; " + CONTACT_RULE
    return MastheadResult(m, taken, warnings + check(m), rule)
