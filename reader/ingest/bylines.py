"""Bylines: reporters' lines, agencies, English 'By …' lines and columnists' signatures."""

from __future__ import annotations

import re

import msgspec

from reader.ingest.byline_lines import (
    BYLINE,
    CREDIT_PREFIXES,
    EMAIL,
    HOST,
    LEAD_BYLINE,
    NAME,
    ROLE,
    credit_bylines,
)
from reader.ingest.closings import CLOSING_RULE, OFFICE_RULE, SIGNED_NAME, SIGNED_RULE
from reader.ingest.credits import AGENCY_LINE
from reader.ingest.head import is_short_line
from reader.ingest.letters import EN_SIGNATURE, SIGNED_RULES
from reader.ingest.lines import Line
from reader.ingest.masthead import PAPER_SUFFIX
from reader.ingest.repair import SENTENCE_END, Chunk
from reader.ingest.units import EN_BYLINE, Unit
from reader.ingest.wire_credits import WIRE_CREDIT, wire_credit
from reader.model import Byline, Span

# What a person is, at the end of the line that names them: the subheadline of an
# interview ('오상진 인공지능산업융합사업단장', '귀농 10년차 김순자 씨').
_TITLES = (
    r"단장|원장|총장|회장|사장|시장|관장|의장|청장|국장|과장|팀장|교장|소장|처장|실장|부장|센터장"
    r"|학장|군수|지사|교육감|교육장|대표|이사|교수|교사|감독|위원|의원|씨|작가|변호사|박사|선수|코치|신부|스님|목사"
    r"|시인|소설가|화가|배우|가수|명창|작곡가|주장|지휘자|연출가|무용가|성악가|연주자|피아니스트"
    r"|대사|총리|장관|차관|총괄책임자|연구책임자"  # one in charge, never a bare '책임자' post
    r"|판사|검사|대법관|재판관|법무사|노무사|세무사|회계사"  # the courts' and the licensed trades'
)
# A columnist or a reader writing in may also be a writer, an adviser, or say what they
# do ('주부', '회사원'); a note in brackets may follow the title ('홍길동 변호사(○○신문
# 편집인)', '홍길동 주부(○○동)').
_WRITERS = (
    r"편집인|주필|칼럼니스트|평론가|시인|소설가|수필가|연구원|고문|노무사|세무사|회계사|법무사"
    r"|주부|회사원|직장인|자영업자|공무원|교사|학생|대학생|학부모|농민|어민|시민|주민|독자"
    r"|공인중개사|감정평가사|관세사|변리사|약사|한의사|의사|수의사|간호사|건축사|상담사|복지사"
    r"|학자|연구가|해설사|활동가"
)
_NOTE = r"(?:\s*\([^()]{2,30}\))?"
# A student's year ('NAME ○○대 법학전문대학원 2학년') signs only a numbered column a student
# keeps (article_bylines.columnist): elsewhere the student is a winner or the one a story is about.
_STUDENT = re.compile(rf"^[가-힣]{{2,4}}\s[^…]*[1-6]학년{_NOTE}$")
# Or what the person is before their name, then an honorific: '참전용사 홍길동 옹',
# '9급 공채 수석 합격 홍길동 씨'.
# Or, after a bracketed label, the person's team or body and title before the name:
# '[인터뷰] 누리 FC 주장 한바다'.
PERSON_LINE = re.compile(
    rf"^[가-힣]{{2,4}}\s[^…]*(?:{_TITLES}){_NOTE}$"
    rf"|^(?:[가-힣A-Za-z0-9·]{{1,10}}\s){{1,5}}[가-힣]{{2,4}}\s(?:씨|옹|여사)$"
    rf"|^\[[가-힣]{{2,6}}\]\s?(?:[가-힣A-Za-z0-9]{{1,10}}\s){{0,3}}(?:{_TITLES})\s[가-힣]{{2,4}}$"
)
# Posts a person is named by that are no byline's title: a village's head, a researcher's
# grade, a military rank, a programme's producer ('책임연구원', '중령', '총괄PD').
_POSTS = (
    r"이장|통장|연구원|준장|중장|대장|대령|중령|소령|대위|중위|소위|원사|상사|중사|하사"
    r"|병장|상병|일병|이병|함장|기장|선장|PD|프로듀서"
)
# The person an interview is with, their group or place first, then the name and title
# ('한빛연구원 NAME 책임연구원', '덕은면 새울마을 NAME 이장'), or their role before the name
# ('드라마 〈제목〉 주연 배우 NAME'), or a post a byline's titles do not hold after the name.
ORG_PERSON_LINE = re.compile(
    rf"^(?:[^\s…]{{1,15}}\s){{1,4}}[가-힣]{{2,4}}\s[가-힣A-Za-z]{{0,4}}(?:{_TITLES}|{_POSTS})$"
    rf"|^(?:[^\s…]{{1,15}}\s){{1,5}}(?:{_TITLES})\s[가-힣]{{2,4}}$"
    rf"|^[가-힣]{{2,4}}\s(?:[^\s…]{{1,15}}\s){{0,3}}[가-힣A-Za-z]{{0,4}}(?:{_POSTS})$"
)
_SIGNER = re.compile(
    rf"^(?:[가-힣]{{2,4}}\s[^…]*(?:{_TITLES}|{_WRITERS}){_NOTE}"
    r"|[가-힣]{2,4}\([^()]{2,30}\)"  # '홍길동(○○대 3학년)': the note alone says who
    # '홍길동 평론가(○○연구소장)': one word and a note in brackets after a name, whatever
    # the word: a person and what they are.
    r"|[가-힣]{2,4}\s[가-힣]{2,8}\([^()]{2,30}\))$"
)
# A signature with the title before the name, as a company's or a group's head signs a
# message, each word of it a title: '대표이사 사장 홍길동', '발행인 김철수 드림'.
_FIRST_TITLES = rf"{_TITLES}|발행인|편집인|조합장|이사장"
_TITLE_FIRST = re.compile(
    # the body the person heads may come first: '○○시의회 의장 홍길동', '○○농협 조합장 홍길동'
    rf"^(?P<role>(?:[가-힣]{{2,10}}(?<![는은한된던할])\s)?"
    rf"(?:[가-힣]{{0,6}}(?:{_FIRST_TITLES})\s){{0,2}}[가-힣]{{0,6}}(?:{_FIRST_TITLES}))"
    r"\s(?P<name>[가-힣]{2,4})(?:\s(?:드림|올림))?$"  # '… 홍길동 드림': a letter's closing
)
TITLE_FIRST_MAX = 20  # characters of such a signature
# The note after a title: where the person works or a second post, kept in the printed
# text but not in the role, as a reporter's paper is ('[○○일보 홍길동 기자]': 기자).
_ROLE_NOTE = re.compile(r"^(?P<title>[^()]+?)\s*\((?P<note>[^()]+)\)$")
# A column signed at its end: '홍길동 광주대 교수', '<김철수 전남대 명예교수>', '/ 이영희 변호사',
# '(홍길동 교수)'.
_SIGNATURE_MARKS = re.compile(r"^(?:\((?P<wrapped>.+)\)|[<\[/―—–-]?\s*(?P<person>.+?)\s*[>\]]?)$")


def source_spans(lines: list[Line], start: int, end: int) -> list[Span]:
    """Source spans of text[start:end], where text is the lines joined by single spaces."""
    out: list[Span] = []
    pos = 0
    for line in lines:
        lo, hi = max(start, pos), min(end, pos + len(line.text))
        if lo < hi:
            out.append((line.start + lo - pos, line.start + hi - pos))
        pos += len(line.text) + 1
    return out


_BRACKET_PLACE = re.compile(r"^\[([가-힣]{2,6})=")


def _place(prefix: str | None) -> str | None:
    """The dateline of 'X=홍길동 기자', unless X says what the reporter did ('정리=') or
    names the paper that sent them ('[누리뉴스=홍길동 기자]')."""
    if prefix is None or prefix in CREDIT_PREFIXES or PAPER_SUFFIX.search(prefix):
        return None
    return prefix


def _closed(unit: Unit, text: str) -> re.Match[str] | None:
    """'NAME, Title' under a complimentary close (closings.py)."""
    return (
        SIGNED_NAME.match(text) if unit.rule in (CLOSING_RULE, SIGNED_RULE, OFFICE_RULE) else None
    )


def parse_bylines(unit: Unit) -> list[Byline]:
    """Bylines of a unit; names sharing a role ('홍길동·김철수 기자') each get one."""
    text = " ".join(x.text for x in unit.lines)
    if AGENCY_LINE.match(text):
        agency = text.lstrip("/ ")
        return [Byline(agency, None, None, None, agency, source_spans(unit.lines, 0, len(text)))]
    first = unit.lines[0].text
    if unit.rule == WIRE_CREDIT and (sender := wire_credit(text)):
        return [Byline(sender, None, None, None, text, source_spans(unit.lines, 0, len(text)))]
    if unit.rule in SIGNED_RULES:  # 'MARTHA L. DEWEY.', 'JUNO.': a name
        spans = source_spans(unit.lines, 0, len(text))
        return [Byline(text.rstrip("."), None, None, None, text, spans)]
    if len(unit.lines) == 2 and unit.rule == CLOSING_RULE:
        # a name over its title under a complimentary close (closings.py)
        spans = source_spans(unit.lines, 0, len(text))
        return [Byline(first, unit.lines[1].text, None, None, text, spans)]
    if len(unit.lines) == 2 and (by := EN_BYLINE.match(first.rstrip("."))):
        spans = source_spans(unit.lines, 0, len(text))
        # 'By NAME' over 'Staff Writer', or 'By NAME,' over 'County Agent.': the second line
        # is the role (a stop closes it only after the comma: units._byline_goes_on)
        role = unit.lines[1].text.rstrip(".")
        return [Byline(by["name"].rstrip("."), role, None, None, text, spans)]
    if (by := EN_BYLINE.match(text.rstrip("."))) and (two := _two_writers(unit, text, by)):
        return two
    if en := by or EN_SIGNATURE.match(text) or _closed(unit, text):
        name = en["name"].rstrip(".")
        signed: str | None = en["role"]  # '— NAME, retired teacher', 'By NAME, Staff Writer'
        spans = source_spans(unit.lines, 0, len(text))
        return [Byline(name, signed and signed.strip().rstrip("."), None, None, text, spans)]
    if host := HOST.match(text):
        spans = source_spans(unit.lines, 0, len(text))
        return [Byline(host["name"], host["role"], None, None, text, spans)]
    if credits := credit_bylines(text):
        return _credits(unit, text, credits)
    # '(여수=연합뉴스) 홍길동 기자 =': the dateline stands before the agency's name.
    lead = LEAD_BYLINE.match(text)  # '[대전=통신 NAME 기자]': the place before its agency
    lead_place = lead and (lead["dl"] or (p := _BRACKET_PLACE.match(text)) and p[1]) or None
    matches = list(BYLINE.finditer(text))
    out: list[Byline] = []
    # Each byline owns the text from its start to the next one's (glue included).
    cuts = [0] + [x.start() for x in matches[1:]] + [len(text)]
    for i, x in enumerate(matches):
        names = re.split(r"\s*[·,]\s*", x["names"])
        seg_start = cuts[i]
        for j, name in enumerate(names):
            last = j == len(names) - 1
            name_at = text.index(name, x.start("names"))
            seg_end = cuts[i + 1] if last else name_at + len(name)
            email = x["email"] if last else None
            place = x["dateline"] or lead_place
            prefix = f"{place}=" if place else ""
            shown = f"{prefix}{name} {x['role']}" + (f" {email}" if email else "")
            spans = source_spans(unit.lines, seg_start, seg_end)
            out.append(Byline(name, x["role"], email, _place(place), shown, spans))
            seg_start = seg_end
    return out


# 'By Dana Whitfield and Omar Reyes': two writers, each named in full.
_AND = re.compile(r"\s+(?:and|&)\s+")


def _two_writers(unit: Unit, text: str, by: re.Match[str]) -> list[Byline] | None:
    """A byline each for two writers named in full; 'By Tom and Linda Reyes' stays one."""
    name = by["name"].rstrip(".")
    cut = _AND.search(name)
    if cut is None or by["role"] or any(len(n.split()) < 2 for n in _AND.split(name)):
        return None
    at = by.start("name") + cut.start()
    second = by.start("name") + cut.end()
    first_name, second_name = name[: cut.start()], name[cut.end() :]
    return [
        Byline(first_name, None, None, None, text[:at], source_spans(unit.lines, 0, second)),
        Byline(
            second_name,
            None,
            None,
            None,
            text[second:],
            source_spans(unit.lines, second, len(text)),
        ),
    ]


def owner(bylines: list[Byline], email: str) -> int | None:
    """Which byline a closing e-mail completes: the one it names ('Contact NAME at …'),
    else the last reporter's without an address."""
    free = [k for k, b in enumerate(bylines) if b.email is None]
    named = [k for k in free if bylines[k].name in email]
    titled = [k for k in free if bylines[k].role]
    found = named or titled
    return found[-1] if found else None


# A credit's title before the name: '입주민 기자 노은채', '시민 기자 NAME'.
_REPORTER_FIRST = re.compile(rf"^(?P<role>(?:[가-힣]+\s)?(?:{ROLE}))\s(?P<name>{NAME})$")


# Words of one syllable after a name, before its title: the rest of a foreign name written
# in Hangul ('응우옌 티 란 기자'); an affiliation or a post is never one syllable, and
# '전', '현', '고' ('former', 'current', 'the late') open the post ('홍길동 전 장관').
_NAME_PARTS = re.compile(r"^(?P<parts>(?![전현고] )[가-힣](?: [가-힣](?= ))*+) (?=[가-힣]{2})")


def _credits(unit: Unit, text: str, matches: tuple[re.Match[str], ...]) -> list[Byline]:
    """'대담=홍길동 문화부장 / 정리=김철수 기자': a byline each, owning the glue after it."""
    out: list[Byline] = []
    cuts = [m.start() for m in matches[1:]] + [len(text)]
    start = 0
    for m, end in zip(matches, cuts, strict=True):
        spans = source_spans(unit.lines, start, end)
        name, role = m["name"], m["role"] or (m["alone"] or "").strip("()") or None
        if role and (part := _NAME_PARTS.match(role)):  # '글=응우옌 티 란 기자'
            name, role = f"{name} {part['parts']}", role[part.end() :]
        elif role and (flip := _REPORTER_FIRST.match(f"{name} {role}")):  # '정리=입주민 기자 NAME'
            name, role = flip["name"], flip["role"]
        out.append(Byline(name, role, None, None, m.group().strip(), spans))
        start = end
    return out


_ROLE_BRACKETS = "()<>‹›〈〉 "


def role_of(title: str) -> str:
    """A person's role from the words after their name: the title without its note
    ('변호사(○○신문 편집인)' -> '변호사'); a note alone is the role."""
    m = _ROLE_NOTE.match(title)
    if m is None:
        return title.strip(_ROLE_BRACKETS)  # '홍길동 <시인·문학회장>': brackets around the role
    return m["title"].strip() or m["note"].strip()


# '― 홍길동 ○○박물관 학예사': a dash before a name and what the person is (a word ending
# as titles do) signs a column, whether or not the title is one we list.
_DASH_SIGNER = re.compile(
    r"^[―—–]\s*[가-힣]{2,4}(?:\s[^\s…]+){0,3}\s[가-힣]{0,8}(?:사|관|원|장|가|자|수)$"
)


def is_signature(printed: str, student: bool = False) -> bool:
    """A short line naming a person by their title, as a column is signed (or by their
    school year, when student: a numbered column's writer)."""
    if not is_short_line(printed) or SENTENCE_END.search(printed):
        return False
    if printed[0] in "―—–" and _DASH_SIGNER.match(printed):
        return True
    m = _SIGNATURE_MARKS.match(printed)
    person = m and (m["wrapped"] or m["person"])
    if student and person and _STUDENT.match(person):
        return True
    return bool(person and (_SIGNER.match(person) or _title_first(person)))


def _title_first(person: str) -> re.Match[str] | None:
    return _TITLE_FIRST.match(person) if len(person) <= TITLE_FIRST_MAX else None


def signature(unit: Unit, chunk: Chunk, student: bool = False) -> Byline | None:
    """The byline of an opinion column: its last line, a person and what they are.

    Only a single short line that names a person by a title (PERSON_LINE), so a
    closing sentence stays body text. '― 홍길동 교수' reads the same as '홍길동 교수'.
    """
    if unit.kind not in ("text", "dash") or len(unit.lines) != 1:
        return None
    printed = unit.lines[0].text
    if not is_signature(printed, student):
        return None
    m = _SIGNATURE_MARKS.match(printed)
    assert m is not None
    person = m["wrapped"] or m["person"]
    if not _SIGNER.match(person) and (first := _title_first(person)):
        return Byline(first["name"], first["role"], None, None, chunk.text, list(chunk.spans))
    name = re.match(r"[가-힣]+", person)
    assert name is not None
    role = role_of(person[name.end() :].strip())
    return Byline(name.group(), role, None, None, chunk.text, list(chunk.spans))


def merged(bylines: list[Byline]) -> list[Byline]:
    """One byline a person: a reporter named over the lead ('(서울=○○통신) 홍길동 기자 =')
    and again at the end ('홍길동 기자 hong@…') is one byline, with the place of one and
    the e-mail of the other, and both printings in its spans."""
    out: list[Byline] = []
    for b in bylines:
        k = next((k for k, a in enumerate(out) if (a.name, a.role) == (b.name, b.role)), None)
        if k is None or not b.role:
            out.append(b)
            continue
        a = out[k]
        email, place = a.email or b.email, a.dateline or b.dateline
        shown = (
            (f"{place}=" if place else "") + f"{a.name} {a.role}" + (f" {email}" if email else "")
        )
        out[k] = msgspec.structs.replace(
            a, email=email, dateline=place, text=shown, spans=[*a.spans, *b.spans]
        )
    return out


def complete(bylines: list[Byline], email: Chunk) -> list[Byline]:
    """Give a lone email to the last byline of a reporter without one."""
    k = owner(bylines, email.text)
    assert k is not None  # the caller found an owner
    b = bylines[k]
    found = EMAIL.search(email.text)  # 'Reach NAME at EMAIL' gives its address
    address = found.group() if found else email.text.strip("()")
    done = msgspec.structs.replace(
        b, email=address, text=f"{b.text} {address}", spans=[*b.spans, *email.spans]
    )
    return [*bylines[:k], done, *bylines[k + 1 :]]
