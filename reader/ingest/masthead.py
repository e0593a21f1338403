"""The masthead at the top of a front page, and section labels at the top of a page."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reader.ingest.ad import US_PHONE
from reader.ingest.head import is_noise
from reader.ingest.lines import Line
from reader.model import WEEKDAYS, Masthead, Text

# Printed in Hanja as well, as papers of the 1970s set it ('1974年 3月 12日 火曜日 (陰曆 2月
# 19日)').
DATE = re.compile(
    r"(?P<y>\d{4})\s*[년年]\s*(?P<m>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日]"
    r"(?:\s*\(?\s*(?P<wd>[월화수목금토일月火水木金土日])(?:요일|曜日)?\s*\)?)?"
    r"(?:\s*\(?\s*(?:음(?:력)?|陰曆)\s*(?P<leap>윤|閏)?\s*(?P<lm>\d{1,2})\s*[월月.]\s*"
    r"(?P<ld>\d{1,2})\s*[일日]?\s*\)?)?"
)
# A weekday printed in Hanja, read in Hangul.
HANJA_DAY = str.maketrans("月火水木金土日", "월화수목금토일")
# A newsletter's dotted date with its weekday: '2026. 7. 1.(수)'; without the weekday, a
# dotted date is as often a byline's or a photo's.
DOTTED_DATE = re.compile(
    r"(?P<y>\d{4})\.\s*(?P<m>\d{1,2})\.\s*(?P<d>\d{1,2})\.?\s*\(\s*(?P<wd>[월화수목금토일])(?:요일)?\s*\)"
    r"(?P<lm>)(?P<ld>)(?P<leap>)"
)
# '제1,284호', a house organ's running count ('통권 제214호'), and a newsletter's 'Vol.58'.
# The spaces after an edition's kind are its own: a match begins at its first word, never at
# a run of spaces before it (tried from each of them, a line's run of n spaces cost n²).
ISSUE = re.compile(
    r"(?:(?P<kind>조간|석간|주간|월간)\s*)?"
    r"(?:(?:통권\s?)?[제第]\s*(?P<n>[\d,]+)\s*[호號]|Vol\.\s?(?P<v>\d+))"
)
# The year of another era beside the date ('불기 2570년', a temple's; '檀紀 4291年', an old
# paper's): part of the nameplate, no field of its own.
_ERA_YEAR = re.compile(r"(?:불기|단기|佛紀|檀紀)\s?\d{4}\s?[년年]")
# A masthead's date that no calendar has: the edition's warning says it, so no other
# line need say the edition has no masthead.
NO_SUCH_DATE = "masthead: no such date as "
# A phone under any label ('대표전화', '구독문의', 'Tel.', '☎'): on a masthead line every
# other part is a field, so a word before the number can only name it.
PHONE = re.compile(
    # (spaces only after a label or a colon: '\s*[:.]?\s*' alone was tried every way
    # from every space of a run, cubic: 32 s on 1,500 spaces)
    r"(?:(?P<label>대표\s*전화|전화|TEL|Tel|tel|☎|[가-힣]{2,8}(?:\s?☎)?)\s*)?(?:[:.]\s*)?"
    r"(?P<num>0\d{1,2}[-)\s]\s?\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4}"
    # an overseas Korean paper's American number: '(312) 555-0188'
    rf"|{US_PHONE})"
)
# A phone under its desk's name ('독자센터 055-640-2200'), as papers print one right under
# the masthead's date line; elsewhere such a line is an ad's or an article's.
_LABELLED_PHONE = re.compile(
    r"^[가-힣]{2,8}(?:\s[가-힣]{2,8})?\s*[:.]?\s*(?P<num>0\d{1,2}[-)\s]\s?\d{3,4}-\d{4}|1[5-9]\d{2}-\d{4})$"
)
URL = re.compile(
    r"(?<![A-Za-z0-9.-])(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/?"
)
PAPER_SUFFIX = re.compile(
    r"(일보|신문|뉴스|타임스|타임즈|경제|일간|헤럴드|新聞|日報|Times|News|Herald|Daily)$"
)

# Section names papers print at the top of a page.
SECTIONS = frozenset(
    """종합 정치 경제 사회 국제 세계 문화 스포츠 체육 오피니언 사설 칼럼 인터뷰 지역 전국
    교육 생활 연예 광고 특집 기획 사람들 피플 여론 건강 과학 부동산 금융 산업 자치 행정
    의회 농업 해양 IT 증권 레저 여행 교양 방송 종교 라이프 기업 광주 전남 광주전남 북한
    외교 법조 환경 노동 의료 복지 문화예술 대학 경제종합 사회종합 정치종합 포토 포토뉴스
    날씨""".split()
)
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LABEL = re.compile(r"^(?:[\[【〈<■□◆◇●○]\s*)?(?P<name>[^\]】〉>]{1,16}?)(?:\s*[\]】〉>])?$")
# A page number printed beside the label: '19 스포츠', '스포츠 A19'.
_PAGE_NUMBER = re.compile(r"^[A-Z]?\d{1,3}\s+(?=\D)|(?<=\D)\s+[A-Z]?\d{1,3}$")
_LABEL_LINE_MAX = 60
# Words that join a section's name in a label: '사회 종합', '지역 소식'.
LABEL_WORDS = frozenset("종합 일반 소식 뉴스 이슈 단신".split())


@dataclass
class MastheadResult:
    masthead: Masthead
    lines: int  # how many leading lines it took
    warnings: list[str]
    rule: str = "masthead: paper, issue and date lines at the top of the first page"
    label: Text | None = None  # the section's word it shares a line with ('사회 | 입력 …')


def _consumed(line: str, patterns: list[re.Pattern[str]]) -> bool:
    """True when the patterns together cover all but punctuation of the line."""
    rest = line
    hit = False
    for pat in patterns:
        new = pat.sub(" ", rest)
        hit |= new != rest
        rest = new
    return hit and not re.sub(r"[\s()\[\]·|/,.:-]", "", rest)


_SLOGAN_MAX = 30  # characters of a slogan printed beside the nameplate


def _slogan(line: str, after_name: bool) -> bool:
    """A short line of words right under the paper's name, no field and no sentence:
    its slogan ('진실을 전하는 정론지'); masthead fields must follow it."""
    if not after_name or len(line) > _SLOGAN_MAX or re.search(r"[.?!。]$|\d", line):
        return False
    return bool(re.fullmatch(r"[가-힣A-Za-z'’ ·,-]+", line.strip()))


def _looks_like_paper(line: str) -> bool:
    """A name on the first line: a word or a few, no figures, no sentence ('한빛일보',
    'The Hanbit Times', Hanja too: '農民新聞'); it is the paper's only when masthead
    fields follow."""
    words = line.split()
    return (
        len(line) <= 24
        and 1 <= len(words) <= 4
        and not re.search(r"[.?!。]$|\d(?!\d|단지|차|지구)", line)  # '3단지': a place
        and bool(re.fullmatch(r"[가-힣一-鿿A-Za-z0-9&'’. -]+", line.strip()))
    )


# The nameplate's fields on its own line, after the name and a space only: '주간 새들마을
# 제412호 2026년 3월 12일' (a weekly prints no weekday).
_FIELDS_AFTER_NAME = re.compile(
    r"\s+(?=[제第]\s*[\d,]+\s*[호號]|Vol\.\s?\d|\d{4}\s*[년年]\s*\d|\d{4}\.\d{1,2}\.\d{1,2}\b)"
)
# A magazine's bare dotted date ('2026.12.10'): the nameplate's only beside its issue.
_BARE_DOTTED = re.compile(
    r"(?P<y>\d{4})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\b(?P<wd>)(?P<lm>)(?P<ld>)(?P<leap>)"
)
# The lunar date printed apart from the solar one, after the issue: '(음력 10월 25일)'.
_LUNAR = re.compile(
    r"\(\s*(?:음(?:력)?|陰曆)\s*(?P<leap>윤|閏)?\s*(?P<lm>\d{1,2})\s*[월月.]\s*(?P<ld>\d{1,2})\s*[일日]?\s*\)"
)


# A Korean paper's name with its English one beside it ('미주한빛일보 THE HANBIT KOREA
# TIMES'), as papers abroad print it; the Korean is the name.
_BILINGUAL = re.compile(r"(?P<name>[가-힣]{2,12}) (?:THE )?[A-Z]{2,12}(?: [A-Z]{2,12}){0,3}")


def _name_before_fields(part: str) -> tuple[str, str] | None:
    """(paper, the rest) of a first line that is a name followed by its issue or date."""
    m = _FIELDS_AFTER_NAME.search(part)
    if m is None or not _looks_like_paper(part[: m.start()]):
        return None
    return part[: m.start()].strip(), part[m.end() :]


# Words beside the issue and date under the nameplate: a house organ's company ('(주)한빛
# 정밀 사보'), a church's day ('대림절 둘째 주일'); the model holds no field for them.
_ASIDE = re.compile(r"[가-힣A-Za-z()·]+(?: [가-힣A-Za-z()·]+){0,2}")
_ASIDE_MAX = 12  # characters of those words
ASIDE_RULE = "masthead: a nameplate over its issue and date, a few words beside them"


def _aside(line: str, fields: dict[str, object]) -> bool:
    """The line right under the paper's name holding both its issue and its date, with a
    few words before or after them ('발행' after the date is the date's): read the fields
    into fields."""
    line = _ISSUED.sub("", line).rstrip()
    dm, im = DATE.search(line), ISSUE.search(line)
    if dm is None or im is None or not im["n"]:
        return False
    first, last = min(dm.start(), im.start()), max(dm.end(), im.end())
    between = line[first:last].replace(dm.group(0), " ").replace(im.group(0), " ")
    words = (line[:first].strip(), line[last:].strip())
    if between.strip() or not any(words) or all(words):
        return False  # the words stand on one side, the fields together
    if len(words[0] or words[1]) > _ASIDE_MAX or not _ASIDE.fullmatch(words[0] or words[1]):
        return False
    fields.update(date_fields(dm))
    fields["issue"] = int(im["n"].replace(",", ""))
    return "date" in fields


EDITION_KIND = re.compile(r"(?:조간|석간|주간|월간)")
# A newsletter's publisher beside its date ('발행 ○○시의회 의회사무국'): part of the
# nameplate, kept with it; the model holds no field for it.
PUBLISHER = re.compile(
    r"(?:발행(?:·편집)?(?:인|처)?|편집인|펴낸\s?(?:곳|이))\s*[:：]?\s*[가-힣A-Za-z·]{2,20}"
    r"(?:\s[가-힣A-Za-z·]{2,20}){0,2}"
)
# A masthead line may hold several fields, set apart by a bar or a run of spaces.
_SEPARATOR = re.compile(r"\s*[|│｜]\s*|\s·\s|\s{2,}|\t")
_ISSUED = re.compile(r"(?<!\S)발행$")  # '2026년 3월 17일 화요일 발행': the date it came out
_FIELDS = [
    DATE,
    DOTTED_DATE,
    ISSUE,
    PUBLISHER,
    PHONE,
    URL,
    EDITION_KIND,
    _ISSUED,
    _LUNAR,
    _ERA_YEAR,
]


def _read_field(part: str, fields: dict[str, object], warnings: list[str]) -> bool:
    """Read a masthead field (or several: '제1,284호 2026년 3월 12일') from one part of a
    line into fields; False when the part is not made of masthead fields."""
    if ISSUE.search(part) and _BARE_DOTTED.search(part) and not DOTTED_DATE.search(part):
        dotted = [_BARE_DOTTED]  # beside the issue, a bare dotted date is the nameplate's
    else:
        dotted = []
    if not _consumed(part, _FIELDS + dotted) or "@" in part:
        return False
    if lm := _LUNAR.search(part):
        fields["lunar"] = f"{int(lm['lm']):02d}-{int(lm['ld']):02d}"
        fields["lunar_leap"] = bool(lm["leap"])
        part = part.replace(lm.group(0), " ")
    if dm := DATE.search(part) or DOTTED_DATE.search(part) or dotted and dotted[0].search(part):
        fields.update(date_fields(dm))
        if "date" not in fields:
            warnings.append(f"{NO_SUCH_DATE}{dm.group(0).strip()}")
        part = part.replace(dm.group(0), " ")
    if im := ISSUE.search(part):
        fields["issue"] = int((im["n"] or im["v"]).replace(",", ""))
        if im.group("kind"):
            fields["edition_kind"] = im.group("kind")
        part = part.replace(im.group(0), " ")
    if pm := PHONE.search(part):
        fields["phone"] = normal_phone(pm.group("num"))
        part = part.replace(pm.group(0), " ")
    if km := EDITION_KIND.search(part):
        fields["edition_kind"] = km.group(0)
        part = part.replace(km.group(0), " ")
    if um := URL.search(part):
        fields.setdefault("url", um.group(0))
    return True


def parse_masthead(lines: list[Line]) -> MastheadResult | None:
    """Parse a masthead from the first lines of a page, or None when there is none.

    The masthead is a run of leading lines made of its fields, in any order, several to a
    line or one a line: the paper's name (first), URL, edition kind, issue, phone (with
    any label: '대표전화', 'Tel.', '☎') and date (lunar date or not). It must hold a date
    or an issue number.
    """
    fields: dict[str, object] = {}
    warnings: list[str] = []
    taken = 0
    aside = False  # words beside the fields under the name
    specks = 0  # OCR noise above the nameplate: part of the masthead, never its name
    while specks < len(lines) and specks < 2 and is_noise(lines[specks].text):
        specks += 1
    for i, line in enumerate(lines[:8]):
        if i < specks:
            continue
        parts = [x for x in _SEPARATOR.split(line.text) if x.strip()]
        if not parts:
            break  # bars alone: no field
        found: dict[str, object] = {}
        if i == specks and (bm := _BILINGUAL.fullmatch(parts[0].strip())):
            found["paper"], parts = bm["name"], parts[1:]  # its English name beside it
        elif i == specks and _looks_like_paper(parts[0]):
            found["paper"] = parts[0].strip()
            parts = parts[1:]
        elif i == specks and (named := _name_before_fields(parts[0])):
            found["paper"], parts[0] = named
        said: list[str] = []
        dated = "date" in fields or "issue" in fields  # a headline may follow a full nameplate
        if i == specks + 1 and "paper" in fields and not dated and _slogan(line.text, taken == i):
            taken = i + 1  # '진실을 전하는 정론지' beside the name: kept, not a field
            continue
        if "date" in fields and (pm := _LABELLED_PHONE.match(line.text)):
            found["phone"] = normal_phone(pm.group("num"))  # under the date line
        elif all(_read_field(part, found, said) for part in parts):
            pass
        elif i == specks + 1 and "paper" in fields and not dated and _aside(line.text, found):
            aside = True
        else:
            break
        fields.update(found)
        warnings += said
        taken = i + 1
    if not taken or not ("date" in fields or "issue" in fields or warnings):
        return None
    spans = [(line.start, line.end) for line in lines[:taken]]
    m = Masthead(spans=spans, **fields)  # type: ignore[arg-type]
    if any(PUBLISHER.search(line.text) for line in lines[:taken]):
        return MastheadResult(m, taken, warnings + check(m), _PUBLISHED)
    if aside:
        return MastheadResult(m, taken, warnings + check(m), ASIDE_RULE)
    return MastheadResult(m, taken, warnings + check(m))


_PUBLISHED = "masthead: a newsletter's name over its issue, date and publisher ('발행 …')"


def date_fields(dm: re.Match[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    try:
        out["date"] = dt.date(int(dm["y"]), int(dm["m"]), int(dm["d"])).isoformat()
    except ValueError:
        pass  # no such day: parse_masthead warns
    if dm["wd"]:
        out["weekday"] = dm["wd"].translate(HANJA_DAY) + "요일"
    if dm["lm"]:
        out["lunar"] = f"{int(dm['lm']):02d}-{int(dm['ld']):02d}"
        out["lunar_leap"] = bool(dm["leap"])
    return out


def normal_phone(num: str) -> str:
    return re.sub(r"[)\s]+", "-", num.strip().lstrip("("))


def check(m: Masthead) -> list[str]:
    """Warnings for a weekday or lunar date that does not match the printed date."""
    warnings: list[str] = []
    if not m.date:
        return warnings
    day = dt.date.fromisoformat(m.date)
    if m.weekday:
        english = m.weekday in EN_WEEKDAYS
        actual = EN_WEEKDAYS[day.weekday()] if english else WEEKDAYS[day.weekday()] + "요일"
        if actual != m.weekday:
            warnings.append(f"masthead: {m.date} is a {actual}, but the page prints {m.weekday}")
    if m.lunar:
        actual_lunar = lunar_of(day)
        printed = ("윤" if m.lunar_leap else "") + m.lunar
        if actual_lunar and actual_lunar != printed:
            warnings.append(
                f"masthead: lunar date of {m.date} is {actual_lunar}, but the page prints {printed}"
            )
    return warnings


def lunar_of(day: dt.date) -> str | None:
    """Lunar month-day ('MM-DD', '윤MM-DD' in a leap month), or None outside the calendar."""
    from korean_lunar_calendar import KoreanLunarCalendar

    cal = KoreanLunarCalendar()
    if not cal.setSolarDate(day.year, day.month, day.day):
        return None
    leap = "윤" if cal.isIntercalation else ""
    return f"{leap}{cal.lunarMonth:02d}-{cal.lunarDay:02d}"


def parse_section_label(line: str) -> str | None:
    """A printed section label like '경제', '[경제]', '■ 인터뷰', '19 스포츠' or '정치·사회',
    else None: a known section's name, alone or with others and words like '종합'."""
    if len(line) > _LABEL_LINE_MAX:
        return None  # a label is a few words: the patterns below are no scan of a long line
    lm = _LABEL.match(_PAGE_NUMBER.sub("", line.strip()))
    if not lm:
        return None
    name = lm.group("name").strip()
    words = re.split(r"\s*·\s*|\s+", name)
    if (
        name in SECTIONS
        or all(w in SECTIONS or w in LABEL_WORDS for w in words)
        and any(w in SECTIONS for w in words)
    ):
        return name
    return None
