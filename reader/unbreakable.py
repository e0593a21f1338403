"""Where a line of an ad must not break: inside a date, a phone number or an amount.

Ads print such tokens with spaces in them ('2026. 3. 9.(월)', '062) 410-2234',
'1,200 만원'); a line broken at one of those spaces leaves '2026. 3.' at a line's end
and '9.(월)' under it, which reads as two numbers. The reader keeps each whole where
the line is wide enough for it.
"""

from __future__ import annotations

import re

_DAY = r"(?:\s?\([월화수목금토일]\))"  # '(월)', the weekday after a Korean date
# The months' names and their abbreviations, no other word: 'Mayor 12' is no date.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)

_WHOLE = re.compile(
    # dates: '2026. 3. 9.(월)', '3. 20.(금)' (a weekday: no list's '1. 2'),
    rf"(?<![\d.])\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?{_DAY}?"
    rf"|(?<![\d.])\d{{1,2}}\.\s?\d{{1,2}}\.?{_DAY}"
    # '2026년 3월 9일 (월)', '3월 9일', 'March 9, 2026'
    rf"|(?:\d{{4}}\s?년\s)?\d{{1,2}}\s?월\s\d{{1,2}}\s?일{_DAY}?"
    rf"|\b{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?\b"
    # phone numbers: '062) 410-2234', '(062) 410-2234', '062 410 2234', '(555) 010-0142'
    r"|(?<!\d)\(?0\d{1,2}\)\s\d{3,4}[-\s]\d{4}(?!\d)|(?<!\d)0\d{1,2}\s\d{3,4}\s\d{4}(?!\d)"
    r"|(?<!\d)\(\d{3}\)\s\d{3}-\d{4}(?!\d)"
    # amounts: '1,200 만원', '3억 5천만 원', '$ 12.50', '12,000 won'
    # (a figure's digits bounded: an unbounded run tried from every digit of a long line
    # of them is quadratic, seconds on a 20,000-digit line)
    r"|\d[\d,]{0,24}(?:\.\d{1,4})?\s?(?:[조억만천]{1,4}\s?(?:\d[\d,]{0,24}\s?)?){0,4}(?:원|달러)"
    r"|\$\s\d[\d,]{0,24}(?:\.\d\d)?|\d[\d,]{0,24}(?:\.\d\d)?\s(?:won|dollars|cents)\b"
)


def unbreakable(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each date, phone number or amount in `text` that has
    a space inside it (a no-break or an ideographic one too, which Rich also breaks
    at): a line broken there splits the token."""
    return [m.span() for m in _WHOLE.finditer(text) if any(c.isspace() for c in m.group())]
