"""A number torn from its counter or its unit at the end of a full line.

Korean print sets a number close to its counter and its unit ('12세', '3246명', '1억원',
'1만8000원') and tears a justified column's full line anywhere, between the digits and the
counter too: '자녀 나이도 12|세 이하로', '가구당 1억|원 넘는', '한 번에 2|0명으로'. The
lexicon reads no Hangul word after a digit ('2월|초', '1년|앞두고' keep their space), so the
join falls to its last fallback and keeps a space. Where the full line ends on digits (or on
a number's ten thousand, hundred million or trillion) and the next opens on a counter, a unit
or the rest of the number, the break tears the number's word.
"""

from __future__ import annotations

import re

from reader.ingest.closer_joins import PARTICLES, STACKED

# Counters and units set close after a number ('3.5배', '12세', '20개', '오후 4시').
UNIT = re.compile(
    r"(?:배|조|억|만|천|원|달러|엔|위안|유로|포인트|퍼센트|도|배럴|톤|시간|개월|년|세|점|평"
    r"|미터|킬로|리터|그램|인치|마일|초|분|일|주|명|대|건|곳|가구|회|차|배수|시|개)"
)
# The line's last number, not a row's cell after a tab: its digits, a magnitude or none.
_NUMBER_END = re.compile(r"(?<![\t\d.,])\d[\d,]*(?P<magnitude>만|억|조)?$")
# The next line's first word, whole: the counter or unit (after a magnitude: '100|만원'), a
# suffix a count carries ('명씩', '년째', '억원대') and a particle or none. A word that only
# opens on a counter's syllable is a word of its own ('2024|시민', '3|대학', '2025|일자리').
_SUFFIX = r"(?:씩|째|간|가량|께|쯤|대|당|여)"
_UNIT_WORD = (
    rf"(?:[천백][만억조]?|[만억조])?{UNIT.pattern}{_SUFFIX}?{PARTICLES}?{STACKED}?(?![가-힣])"
)
UNIT_WORD = re.compile(_UNIT_WORD)
_DIGITS_THEN_UNIT = re.compile(rf"\d{{1,3}}{_UNIT_WORD}")


def torn_number(left: str, right: str) -> bool:
    """left, a full line, ends on a number whose counter, unit or last digits right opens
    with."""
    m = _NUMBER_END.search(left[-16:])
    if m is None:
        return False
    if UNIT_WORD.match(right) or _DIGITS_THEN_UNIT.match(right):
        return True
    return m["magnitude"] is not None and right[:1].isdigit()  # '1만|8000원'
