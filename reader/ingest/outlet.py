"""The nameplate of an online outlet: its name alone on the page's first line.

An online outlet prints no masthead fields (no issue, often no date), only its name
over the first story; the page credits it elsewhere ('[한빛뉴스=홍길동 기자]',
'[사진=한빛뉴스]', '저작권자 © 한빛뉴스'). A first line that is a name the page credits
so is the paper, not a section label or a headline; a short name under it in the same
block, or the web page's breadcrumb ('사회 > 교육'), is the section's label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from reader.ingest.lines import Line, Para
from reader.ingest.masthead import MastheadResult
from reader.model import Masthead

_NAME = re.compile(r"^[가-힣A-Za-z][가-힣A-Za-z0-9 &]{1,23}$")
# '[NAME=…]', '[…=NAME]', '© NAME', and in English a photo's '(Photo: Ken Ito/NAME)'.
_CREDIT = r"(?:[\[(]{name}\s*=|=\s*{name}\s*[\])]|[©ⓒ]\s*{name}\b|/\s*{name}\))"
# A section's name of a word or two under the nameplate, in the same block ('Business').
_SECTION_UNDER = re.compile(r"^[가-힣A-Za-z]+(?: [가-힣A-Za-z]+)?$")
SECTION_MAX = 12
# A section's word, perhaps two joined by a middle dot ('사회', 'IT·가전', '사건·사고').
SECTION_WORD = r"[가-힣A-Za-z]{1,8}(?:·[가-힣A-Za-z]{1,8})?"
# A web page's breadcrumb: the sections it sits in, from the widest ('사회 > 교육'), each
# step a section's word ('홈 > 사회 > 사건·사고').
BREADCRUMB = re.compile(rf"^(?:{SECTION_WORD})(?: > (?:{SECTION_WORD})){{1,3}}$")
RULE = "masthead: an outlet's name on the first line, credited on the page"


def outlet_nameplate(paras: list[Para]) -> MastheadResult | None:
    """The outlet's name on the first line when the page credits it, else None."""
    first = paras[0].lines[0]
    name = first.text
    block = paras[0].lines
    under = len(block) == 2 and len(block[1].text) <= SECTION_MAX
    under = under or len(block) > 1 and bool(BREADCRUMB.match(block[1].text))
    if not _NAME.match(name) or len(block) > 1 and len(paras) > 1 and not under:
        return None
    if under and not (_SECTION_UNDER.match(block[1].text) or BREADCRUMB.match(block[1].text)):
        return None
    rest = (line.text for para in paras for line in para.lines[1:] if para.lines)
    later = (para.text for para in paras[1:])
    if not credited(name, [*rest, *later]):
        return None
    date, line = first_stamp(paras)
    spans = [(first.start, first.end)] + ([(line.start, line.end)] if line else [])
    m = Masthead(paper=name, date=date, spans=spans)
    return MastheadResult(m, 1, [], RULE + ("; " + STAMP_RULE if date else ""))


def credited(name: str, texts: Iterable[str]) -> bool:
    """Does one of texts credit the outlet by name ('ⓒ NAME', '/NAME)', '[NAME=…]')?"""
    credit = re.compile(_CREDIT.format(name=re.escape(name)))
    return any(credit.search(t) for t in texts)


# A web page's time stamp: '입력 2026-03-09 09:10  수정 …' alone on its line, or '기사입력
# 2026.03.10 14:32' in its byline line, after a bar or the reporter ('NAME 기자 입력 …', a
# site setting its fields wide apart: 'NAME 기자   입력 …'); the first date is the day the
# story was published.
# '입력 … | 수정 …' may part the two with a bar.
STAMP = re.compile(
    r"(?:^|\| |기자\s+)(?:기사)?(?:입력|등록|승인|발행)"
    r"\s?:?\s?(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})"
)
# The hour may be told by the half of the day ('2026-12-07 오후 3:12:05').
_STAMP_LINE = re.compile(
    r"^(?:기사)?(?:입력|등록|승인|발행)\s?:?\s?\d{4}[.\-/](?:[\d.\-/: |]|오전|오후){4,40}+"
    r"(?:수정|최종수정)?(?:[\d.\-/: ]|오전|오후)*+$"
)
STAMP_LINE = 8  # lines from the top a web page's time stamp is looked for in
STAMP_RULE = "the web page's time stamp ('입력 …') gives the date"


def stamp_date(m: re.Match[str]) -> str:
    """The ISO date of a time stamp STAMP found."""
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"


def stamp_lines(paras: list[Para]) -> list[Line]:
    """The lines near the page's top a time stamp is looked for in, its first line aside."""
    return list(islice((line for para in paras for line in para.lines), 1, STAMP_LINE))


def first_stamp(paras: list[Para]) -> tuple[str | None, Line | None]:
    """The date of the page's first time stamp near its top, and the stamp's line when the
    stamp stands alone (it is then the masthead's), or (None, None)."""
    for line in stamp_lines(paras):
        if (m := STAMP.search(line.text)) is None:
            continue
        return stamp_date(m), line if _STAMP_LINE.match(line.text) else None
    return None, None
