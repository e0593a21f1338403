"""Newspaper text made safe to print: control characters shown as symbols.

Every path by which text from an edition reaches a terminal (the app, `broadsheet
show`, `search` and `index`, exports) goes through `visible`, so a page can neither
drive the terminal (ESC sequences, C1 controls) nor make a line show itself reversed
(bidi controls). Each character is replaced by exactly one, so offsets into a leaf's
text stay valid for highlights. JSON output keeps every character, written as an
escape (`json_printable`).
"""

from __future__ import annotations

import re
import unicodedata

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
_ANY_CONTROL = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")


def visible_name(name: str) -> str:
    """A file name (or path) for a one-line message: every control character, newline
    and tab too, shown as its symbol, so a name cannot split or drive the line."""
    return _ANY_CONTROL.sub(_picture, name)


_FLAT = str.maketrans("\t\n", "  ")


def visible_line(text: str) -> str:
    """`visible`, with tabs and newlines as spaces too: for a text drawn on one row (a
    list's row), where the terminal would obey them. One for one, as `visible`."""
    return visible(text).translate(_FLAT)


def json_printable(data: bytes) -> bytes:
    """Encoded JSON with the controls `visible` replaces written as \\u escapes: the
    same data for a script, nothing for a terminal to obey."""
    text = data.decode("utf-8")
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text).encode("utf-8")


def cell_width(text: str) -> int:
    """Display width in terminal cells: Hangul and other wide characters take two."""
    if text.isascii():
        return len(text)  # no ASCII character is wide
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
