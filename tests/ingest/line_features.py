"""General features of a source line, for the learned line-role scorer (line_model.py).

Each line gets a set of string features: its own shape (length in cells, first and last
characters, markers, brackets, digits, dates, phones, addresses, scripts, capitals), its
place (blank lines around it, its index on the page and in its run of lines), the rules'
own decision, and a few of the same for the lines before and after it. No feature names
a word of any one page; the few words are conventions every paper shares (기자, 사진=).
"""

from __future__ import annotations

import re
import unicodedata

from rich.cells import cell_len

from reader.ingest.ad import PHONE, URL
from reader.ingest.byline_lines import EMAIL
from reader.ingest.line_shape import bucket, share
from reader.ingest.masthead import DATE
from tests.ingest.line_gold import LineRoles, SourceLine

MARKERS = "▲△▼◇◆▷▶■□●○◎★☆•·※-―—<[(「『〈《"
_CREDIT = re.compile(r"(?:사진|그림|글|정리|대담|도움말|자료)\s*=|ⓒ|제공\s*\]?$|/\s*\S+\s*$")
_REPORTER = re.compile(r"(?:기자|특파원|논설위원|위원|교수|변호사)\b")
_SHORT_DATE = re.compile(r"\d{1,2}\s*[./월]\s*\d{1,2}|\d{1,2}:\d{2}|\d{2}년생")
_QA = re.compile(r"^(?:Q|A|문|답)\s*[.:)]|^[QA]\s")
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s")


def _char_class(ch: str) -> str:
    if "\uac00" <= ch <= "\ud7a3":
        return "hangul"
    if "\u4e00" <= ch <= "\u9fff":
        return "hanja"
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "latin"
    return ch if ch in MARKERS or ch in ".?!:;,)]}\"'”’…=/|>" else unicodedata.category(ch)


def own_features(text: str) -> list[str]:
    """What the line's text alone says."""
    s = text.strip()
    if not s:
        return ["blank"]
    cells = cell_len(s)
    letters = [c for c in s if c.isalpha()]
    hangul = sum("\uac00" <= c <= "\ud7a3" for c in s)
    hanja = sum("\u4e00" <= c <= "\u9fff" for c in s)
    latin = sum(c.isascii() and c.isalpha() for c in s)
    upper = sum(c.isupper() for c in letters)
    digits = sum(c.isdigit() for c in s)
    words = len(s.split())
    last2 = s[-2:]
    printed = len(s) - sum(c.isspace() for c in s)  # shares are of printed characters
    feats = [
        "cells" + bucket(cells, (4, 8, 14, 20, 30, 44, 60, 90, 140)),
        "words" + bucket(words, (1, 2, 3, 5, 8, 12, 20)),
        "first:" + _char_class(s[0]),
        "last:" + _char_class(s[-1]),
        "hangul:" + share(hangul, printed),
        "hanja:" + share(hanja, printed),
        "latin:" + share(latin, printed),
        "digits:" + share(digits, printed),
        "caps:" + share(upper, len(letters)) if latin else "caps:none",
        "indent" if text[:1] in " \t\u3000" else "flush",
        "tabs:" + bucket(s.count("\t"), (0, 1, 3)),
    ]
    flags = {
        "ends_da": last2 in ("다.", "다"),
        "ends_sentence": s[-1] in ".?!" or s.endswith(('."', ".”", "?”", '?"')),
        "ends_colon": s[-1] in ":：",
        "enclosed": s[0] in "[<(「『〈《【" and s[-1] in "]>)」』〉》】",
        "opens_bracket": s[0] in "[<(「『〈《【",
        "has_quote": any(c in s for c in "\"“”'‘’"),
        "has_date": bool(DATE.search(s)),
        "has_short_date": bool(_SHORT_DATE.search(s)),
        "has_phone": bool(PHONE.search(s)),
        "has_url": bool(URL.search(s)),
        "has_email": bool(EMAIL.search(s)),
        "credit": bool(_CREDIT.search(s)),
        "reporter": bool(_REPORTER.search(s)),
        "qa_marker": bool(_QA.match(s)),
        "numbered": bool(_NUMBERED.match(s)),
        "dash_mid": " - " in s,
        "equals": "=" in s,
        "many_markers": sum(s.count(m) for m in "▲◇▷■·") >= 2,
    }
    feats += [name for name, on in flags.items() if on]
    return feats


def line_features(lines: list[SourceLine], rules: LineRoles) -> list[list[str]]:
    """Features per line: its own, its place, the rules' decision, its neighbours'."""
    own = [own_features(ln.text) for ln in lines]
    out: list[list[str]] = []
    index_on_page, run_index, page = 0, 0, -1
    runs = _run_lengths(lines)
    for k, ln in enumerate(lines):
        if ln.page != page:
            page, index_on_page, run_index = ln.page, 0, 0
        if ln.blank:
            out.append([])
            run_index = 0
            continue
        gap_before = _gap(lines, k, -1)
        gap_after = _gap(lines, k, 1)
        role = rules.roles[k] or "none"
        feats = ["bias", *own[k]]
        feats += [
            f"gap_before:{gap_before}",
            f"gap_after:{gap_after}",
            "page_line" + bucket(index_on_page, (0, 1, 2, 4, 8, 16)),
            "run_line" + bucket(run_index, (0, 1, 2, 4)),
            "run_len" + bucket(runs[k], (1, 2, 3, 5, 10)),
            "run_last" if run_index == runs[k] - 1 else "run_more",
            f"rule:{role}",
            f"rule_start:{rules.starts[k]}",
            f"rule:{role}|{own[k][0]}",
            f"rule:{role}|{own[k][3]}",
            f"rule:{role}|gap_before:{gap_before}",
        ]
        for side, j in (("prev", _neighbour(lines, k, -1)), ("next", _neighbour(lines, k, 1))):
            if j is None:
                feats.append(f"{side}:none")
                continue
            feats += [f"{side}:{f}" for f in own[j][:4]]
            feats.append(f"{side}:rule:{rules.roles[j] or 'none'}")
            feats.append(f"{side}:rule:{rules.roles[j] or 'none'}|rule:{role}")
        out.append(feats)
        index_on_page += 1
        run_index += 1
    return out


def _gap(lines: list[SourceLine], k: int, step: int) -> str:
    """Blank lines between line k and the next printed line on its page that way."""
    n, j = 0, k + step
    while 0 <= j < len(lines) and lines[j].page == lines[k].page and lines[j].blank:
        n, j = n + 1, j + step
    if not 0 <= j < len(lines) or lines[j].page != lines[k].page:
        return "edge"
    return str(min(n, 2))


def _neighbour(lines: list[SourceLine], k: int, step: int) -> int | None:
    j = k + step
    while 0 <= j < len(lines) and lines[j].page == lines[k].page:
        if not lines[j].blank:
            return j
        j += step
    return None


def _run_lengths(lines: list[SourceLine]) -> list[int]:
    """Per line, how many lines its run (printed lines between blanks) holds."""
    out = [0] * len(lines)
    k = 0
    while k < len(lines):
        if lines[k].blank:
            k += 1
            continue
        j = k
        while j < len(lines) and not lines[j].blank and lines[j].page == lines[k].page:
            j += 1
        out[k:j] = [j - k] * (j - k)
        k = j
    return out
