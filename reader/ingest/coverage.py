"""The nothing-lost check: every non-whitespace source character in exactly one leaf."""

from __future__ import annotations

from reader.model import Edition, edition_leaves


def coverage_problems(edition: Edition, text: str, limit: int = 5) -> list[str]:
    """Empty when every non-whitespace character of text lies in exactly one spans list."""
    owner = [0] * len(text)
    problems: list[str] = []
    for leaf in edition_leaves(edition):
        seen: set[int] = set()
        for start, end in leaf.spans:
            if not 0 <= start <= end <= len(text):
                problems.append(f"{leaf.path}: span {start}-{end} outside the source")
                continue
            for i in range(start, end):
                if i in seen:
                    continue
                seen.add(i)
                owner[i] += 1
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if owner[i] == 0:
            problems.append(f"character {i} {ch!r} ({_context(text, i)}) is in no leaf")
        elif owner[i] > 1:
            problems.append(f"character {i} {ch!r} ({_context(text, i)}) is in {owner[i]} leaves")
        if len(problems) >= limit:
            break
    return problems


def _context(text: str, i: int) -> str:
    return repr(text[max(0, i - 12) : i + 12])
