"""Newspaper text made safe to print: control characters shown as symbols.

Every path by which text from an edition reaches a terminal (the app, `broadsheet
show`, `search` and `index`, exports) goes through `visible`, so a page can neither
drive the terminal (ESC sequences, C1 controls) nor make a line show itself reversed
(bidi controls). Each character is replaced by exactly one, so offsets into a leaf's
text stay valid for highlights. JSON output keeps every character, written as an
escape (`json_printable`). And how wide printed text is (`cell_width`, as Rich, the
UI's measure, counts it), and where to cut it to a width.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

# DEL and the C1 controls; and the bidi controls (embeddings, overrides, isolates,
# the marks and the Arabic letter mark), which would let a line reorder itself on
# terminals that implement bidi.
_BEYOND_C0 = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# With the C0 controls but newline and tab.
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f{_BEYOND_C0}]")
# A JSON encoder escapes C0 controls in strings; the others it writes as they are.
_JSON_RAW = re.compile(f"[{_BEYOND_C0}]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀..␟, the Unicode control pictures
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 and bidi controls have no pictures


def visible(text: str) -> str:
    """The text with control characters shown as symbols, one for one (offsets hold)."""
    return _CONTROL.sub(_picture, text)


# Every control, newline and tab too: a file name is one line whatever it holds.
ANY_CONTROL = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")


def visible_name(name: str) -> str:
    """A file name (or path) for a one-line message: every control character, newline
    and tab too, shown as its symbol, so a name cannot split or drive the line."""
    return ANY_CONTROL.sub(_picture, name)


_FLAT = str.maketrans("\t\n", "  ")


def visible_line(text: str) -> str:
    """`visible`, with tabs and newlines as spaces too: for a text drawn on one row (a
    list's row), where the terminal would obey them. One for one, as `visible`."""
    return visible(text).translate(_FLAT)


def typed_line(text: str) -> str:
    """What a line the reader types in (the search bar's) keeps of text pasted into it:
    Hangul composed (macOS pastes it decomposed, which some terminals draw as loose
    jamo), format characters dropped (bidi controls would reorder the line; the search
    drops them anyway), other controls shown as their symbols (ESC would drive the
    terminal)."""
    if text.isprintable() and unicodedata.is_normalized("NFC", text):
        return text
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return visible_line(unicodedata.normalize("NFC", kept))


def json_printable(data: bytes) -> bytes:
    """Encoded JSON with the controls `visible` replaces written as \\u escapes: the
    same data for a script, nothing for a terminal to obey."""
    text = data.decode("utf-8")
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


# Characters drawn in no cell of their own, beyond the marks (spacing ones too) and format
# characters: Hangul jamo medials and finals (they join the initial before them), the
# Hangul fillers, the line and paragraph separators, the emoji skin-tone modifiers.
# As Rich (the UI's measure) counts them.
_ZERO = (
    (0x1160, 0x11FF),
    (0x2028, 0x2029),
    (0x3164, 0x3164),
    (0xD7B0, 0xD7FF),
    (0xFFA0, 0xFFA0),
    (0x1F3FB, 0x1F3FF),
)
# Format characters that are printed: the soft hyphen and the prepended concatenation marks.
_SHOWN_FORMAT = frozenset(
    "\xad\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
)
# Wide since Unicode 16, which this Python's unicodedata may predate (Rich's is newer).
_WIDE = (
    (0x2630, 0x2637),
    (0x268A, 0x268F),
    (0x4DC0, 0x4DFF),
    (0x1D300, 0x1D356),
    (0x1D360, 0x1D376),
)


@lru_cache(maxsize=4096)
def _char_width(c: str) -> int:
    code = ord(c)
    category = unicodedata.category(c)
    if category in ("Mn", "Me", "Mc") or (category == "Cf" and c not in _SHOWN_FORMAT):
        return 0
    if any(lo <= code <= hi for lo, hi in _ZERO):
        return 0
    if unicodedata.east_asian_width(c) in "WF" or any(lo <= code <= hi for lo, hi in _WIDE):
        return 2
    return 1


def cell_width(text: str) -> int:
    """Display width in terminal cells: Hangul and other wide characters take two,
    combining marks and zero-width characters none. The sum of its characters' widths
    (a cut may fall anywhere), as Rich measures each character; controls count one, as
    `visible` shows them."""
    if text.isascii():
        return len(text)  # no ASCII character is wide
    return sum(map(_char_width, text))


def cut_to_width(text: str, cells: int) -> str:
    """The text in at most `cells` cells, one "…" where it is cut (see `kept_before_cut`);
    no room even for the "…", nothing."""
    if cell_width(text) <= cells:
        return text
    if cells < 1:
        return ""
    return text[: kept_before_cut(text, cells)] + "…"


def kept_before_cut(text: str, cells: int) -> int:
    """How many characters of a text too wide for `cells` cells stay before the "…" that
    ends it: a wide character that would straddle the edge goes whole, as does a cluster
    drawn as one (a flag's pair, a ZWJ sequence, a letter and its marks), and so do the
    spaces before the cut and the text's own "…" there (a title cut after its "…" would
    show two)."""
    kept = reach_on(text, 0, max(0, cells - 1))
    while kept and not cluster_edge(text, kept):
        kept -= 1
    while kept and (text[kept - 1].isspace() or text[kept - 1] == "…"):
        kept -= 1
    return kept


_ZWJ = "\u200d"


def _regional(c: str) -> bool:
    return "\U0001f1e6" <= c <= "\U0001f1ff"


def cluster_edge(text: str, at: int) -> bool:
    """Whether a cut between text[at - 1] and text[at] leaves every cluster a terminal
    draws as one whole: not before a character drawn in no cell of its own (a mark, a
    variation selector, a skin tone, a joiner), not after a zero-width joiner, not inside
    a pair of regional indicators (a flag). Unicode's rules in short, with no table."""
    if at <= 0 or at >= len(text):
        return True
    if _char_width(text[at]) == 0 or text[at - 1] == _ZWJ:
        return False
    if _regional(text[at]) and _regional(text[at - 1]):
        starts = _flag_runs(text)
        return (at - starts[bisect_right(starts, at) - 1]) % 2 == 0
    return True


_FLAG_RUN = re.compile("[\U0001f1e6-\U0001f1ff]{2,}")


@lru_cache(maxsize=8)
def _flag_runs(text: str) -> list[int]:
    """Where each run of regional indicators in `text` starts: measured once per text,
    since a snippet is cut at every hit of a leaf and walking back to its run's start
    each time was quadratic on a run of flags."""
    return [m.start() for m in _FLAG_RUN.finditer(text)]


def reach_back(text: str, start: int, cells: int) -> int:
    """Where text before `start` begins to fill at most `cells` cells."""
    lo, used = start, 0
    # Measured a run at a time, half the room's cells long (no character is wider than
    # two, so a run always fits until one cell is left): a leaf may hold a million hits,
    # each cut for its snippet; the cut is where a character at a time would make it.
    while lo > 0:
        step = min(max(1, (cells - used) // 2), lo)
        width = cell_width(text[lo - step : lo])
        if used + width > cells:
            break
        used, lo = used + width, lo - step
    while lo < start and not cluster_edge(text, lo):
        lo += 1  # a mark whose letter did not fit goes with it, as half a flag does
    return lo


def reach_on(text: str, end: int, cells: int) -> int:
    """Where text from `end` stops to fill at most `cells` cells."""
    hi, used = end, 0
    while hi < len(text):
        step = min(max(1, (cells - used) // 2), len(text) - hi)
        width = cell_width(text[hi : hi + step])
        if used + width > cells:
            break
        used, hi = used + width, hi + step
    return hi
