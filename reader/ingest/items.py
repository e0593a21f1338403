"""A page's paragraphs -> groups, one per article or ad.

An article ends at its closing byline; a wide gap (two or more blank lines)
separates items; a group with the marks of an advertisement (tab tables, •
headings, ☎, contact lines, unit notes) and few sentences is an ad.
"""

from __future__ import annotations

import re

from reader.ingest.ad import HEADING, PHONE
from reader.ingest.segment import Para
from reader.ingest.units import EMAIL, bylines_in

_SENTENCE = re.compile(r"다\.(?=\s|$|['\"’”])")


def _is_byline_para(para: Para) -> bool:
    return bool(bylines_in(para.lines[-1].text))


def _has_prose(group: list[Para]) -> bool:
    return any(_SENTENCE.search(line.text) for p in group for line in p.lines)


def ad_score(group: list[Para]) -> float:
    ad = 0.0
    prose = 0.0
    for para in group:
        for line in para.lines:
            t = line.text
            if "\t" in t:
                ad += 3
            if HEADING.match(t):
                ad += 2
            if "☎" in t or t.startswith("(단위"):
                ad += 2
            if PHONE.search(t) and len(t) < 60:
                ad += 1
            if EMAIL.search(t) and not bylines_in(t):
                ad += 0.5
            if t.endswith("!"):
                ad += 1
            prose += len(_SENTENCE.findall(t))
            if bylines_in(t):
                prose += 3
    return ad - prose


def is_ad(group: list[Para]) -> bool:
    return ad_score(group) >= 3


def split_groups(paras: list[Para]) -> list[list[Para]]:
    groups: list[list[Para]] = []
    current: list[Para] = []
    closed_by_byline = False
    for para in paras:
        byline = _is_byline_para(para)
        starts_new = current and (para.gap >= 2 or (closed_by_byline and not byline))
        if starts_new:
            groups.append(current)
            current = []
            closed_by_byline = False
        current.append(para)
        if byline and _has_prose(current):
            closed_by_byline = True
    if current:
        groups.append(current)
    return groups
