"""Rows of a calendar or a timetable printed without a marker: each line opens with its
day or time ('3월 10일 …', 'Mon., March 9 — …', 'Saturday Vigil: 5:00 p.m.'), one under
another under a short title. The month's names live here, the masthead's date reads them.
"""

from __future__ import annotations

import re

# A month's name, in full or cut short (the patterns that use it ignore case).
MONTH = (
    r"JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?"
)
SEASONS = "SPRING|SUMMER|FALL|AUTUMN|WINTER"
EN_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
KO_DAY = r"\d{1,2}월\s?\d{1,2}일"  # '3월 14일'
KO_WEEKDAY = r"[월화수목금토일](?:요일)?"  # '토', '토요일'
_WEEKDAY_CUT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_TIME = r"\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?"
CALENDAR_ROW = re.compile(
    # '3월 10일 …', '3월 17일(화) …': a Korean day, its weekday or not
    rf"^(?:{KO_DAY}(?:\s?\([월화수목금토일]\))?\s(?=\S)"
    # 'Mon., March 9 — …', 'March 9: …', 'Friday, April 3 — …': an English day
    rf"|(?:(?:{EN_WEEKDAY}|{_WEEKDAY_CUT}),?\s+)?(?i:{MONTH})\.?\s\d{{1,2}}\s?[—–:-]\s?(?=\S)"
    # 'Saturday Vigil: 5:00 p.m.', 'Weekdays: 7:30 a.m.': a day's name, its time
    rf"|(?:{EN_WEEKDAY}|Weekdays|Weekends|Daily)(?:\s[A-Z][a-z]+)?:\s{_TIME}"
    # '7:30 p.m. — …': a time
    rf"|{_TIME}\s?[—–-]\s?(?=\S))"
)


# A row ends in a phrase or a time ('3:15 p.m.'); a sentence after a date ('Nov. 24 — A
# caller reported a loose cow.', '… 밝혔다.') is a log's or a story's text.
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.?!。]['\"’”)]*$")


# 'Friday and Saturday—Wallace Dane in "The Road Racer."', 'Monday—Reading Circle, 2:30
# p. m.': a week's programme, a day or days and a dash before what is on; its rest may
# close with a stop, as a bill's entries do.
_PROGRAMME_ROW = re.compile(rf"^{EN_WEEKDAY}(?:(?:,| and) {EN_WEEKDAY})*+[—–]\s?(?=[A-Z\"“'‘])")

# What is on names a play, its players, a place and a time in a few small words; a story's
# sentence after its day ('Monday—The mill closed at noon when the dam …') runs on in them.
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_ENTRY_WORDS = 8


def calendar_row(text: str) -> bool:
    """A line opening with its day or time, its rest no sentence; or a programme's day."""
    if CALENDAR_ROW.match(text):
        return not _SENTENCE_END.search(text)
    m = _PROGRAMME_ROW.match(text) if text[:1] in "MTWFS" else None
    return m is not None and len(_LOWER_WORD.findall(text, m.end())) <= _ENTRY_WORDS
