"""Hits in one edition. Build an EditionIndex once; search it on every keystroke."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from functools import cached_property

import msgspec

from reader.hanja import read_form
from reader.hanja.reading import HANJA_RUN, Heard
from reader.model import Edition, Leaf, leaves
from reader.normalize import TO_INITIAL, Normalized, normalize
from reader.printable import reach_back, reach_on
from reader.search.pattern import accepts, finder, read_by
from reader.search.query import Query, Term, parse_query, phrase
from reader.search.snippets import SNIPPET_CELLS, from_a_word

TITLE_PATHS = frozenset({"headline", "subheadline", "title"})

# Snippets are one line: each whitespace character becomes a space (offsets stay).
_ONE_LINE = {cp: " " for cp in range(0x3001) if chr(cp).isspace()}  # U+3000 is the last
_OTHER_SPACE = re.compile(r"[^\S ]")  # re's \s is str.isspace()


class Snippet(msgspec.Struct, frozen=True):
    """The match and its surroundings on one line; "…" marks where the leaf goes on."""

    before: str
    match: str
    after: str


class Hit(msgspec.Struct, frozen=True, dict=True):
    """One occurrence: [start, end) in the text of the leaf at ``path`` of the item;
    ``line`` is that leaf's text on one line."""

    item_id: str
    page: int
    path: str
    start: int
    end: int
    line: str

    @cached_property
    def snippet(self) -> Snippet:
        # Cut when first shown, not when found: one 초성 keystroke finds thousands of
        # hits, and a reader sees a screenful of them.
        text, start, end = self.line, self.start, self.end
        lo = reach_back(text, start, SNIPPET_CELLS)
        hi = reach_on(text, end, SNIPPET_CELLS)
        return Snippet(
            "…" + from_a_word(text[:start], lo) if lo else text[:start],
            text[start:end],
            text[end:hi] + ("…" if hi < len(text) else ""),
        )

    def builtins(self) -> dict[str, object]:
        """The hit as JSON gives it: its place and its snippet, not its whole leaf."""
        return {
            "item_id": self.item_id,
            "page": self.page,
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "snippet": msgspec.to_builtins(self.snippet),
        }


_NEWLINE_LEAF = array("i", [-1])
_NEWLINE_OFFSET = array("i", [0])


class _Strings:
    """Normalized leaves as one string, each leaf followed by a newline.

    Per character: the leaf it belongs to (-1 for the newline) and its original
    [start, end) in that leaf's text. No term contains a newline, so no match
    spans two leaves. Terms are found in its read form (reader.search.pattern).
    """

    def __init__(self, parts: list[Normalized]):
        self.text = "".join(p.text + "\n" for p in parts)
        self.leaf = array("i")
        self.starts = array("i")
        self.ends = array("i")
        self.first = array("i", [0])  # where each leaf starts, and where the text ends
        for n, p in enumerate(parts):
            self.first.append(self.first[-1] + len(p.text) + 1)
            self.leaf += array("i", [n]) * len(p.text)
            self.leaf += _NEWLINE_LEAF
            self.starts += p.starts
            self.starts += _NEWLINE_OFFSET
            self.ends += p.ends
            self.ends += _NEWLINE_OFFSET


def word_rank(text: str, start: int, end: int) -> int:
    """0 for [start, end) of text that starts and ends on word boundaries, 1 for one
    that starts on one, 2 for any other: the order of 초성 hits."""
    starts = start == 0 or not text[start - 1].isalnum()
    if not starts:
        return 2
    return 0 if end == len(text) or not text[end].isalnum() else 1


def whole_words_first(query: Query) -> bool:
    """True when the query's hits that are whole words (word_rank) are listed first: it
    has a 초성 term, or is all words of Latin letters."""
    terms = query.include
    return any(t.choseong for t in terms) or all(
        t.text.isascii() and t.text[:1].isalpha() for t in terms
    )


class LeafIndex:
    """Leaves of articles and ads in normalized form, ready for repeated searches."""

    def __init__(self, items: Iterable[tuple[str, int, list[tuple[Leaf, Normalized]]]]):
        """From (item id, page number, [(leaf, normalize(leaf.text)), ...]) per item."""
        self._items: list[tuple[str, int]] = []  # (id, page number) per item
        self._leaf_item: list[int] = []
        self._leaf_path: list[str] = []
        self._leaf_text: list[str] = []
        spaced: list[Normalized] = []
        for item_id, page, found in items:
            for leaf, normalized in found:
                self._leaf_item.append(len(self._items))
                self._leaf_path.append(leaf.path)
                self._leaf_text.append(leaf.text)
                spaced.append(normalized)
            self._items.append((item_id, page))
        self._strings = _Strings(spaced)
        # Leaf texts on one line, for snippets: made when a leaf first has a hit.
        self._one_line: list[str | None] = [None] * len(self._leaf_text)

    @cached_property
    def _read(self) -> str:
        # Made on the first search: only an edition with Hanja reads the dictionary.
        return read_form(self._strings.text)

    @cached_property
    def _initials(self) -> str:
        return self._read.translate(TO_INITIAL)

    @cached_property
    def _hanja(self) -> frozenset[str]:
        """The Hanja of the text, which a plain term's syllables may stand for."""
        return frozenset("".join(HANJA_RUN.findall(self._strings.text)))

    def _read_form(self) -> str:
        return self._read

    @cached_property
    def _heard(self) -> Heard:
        return Heard(self._strings.text)

    @cached_property
    def _line_breaks(self) -> frozenset[int]:
        """Where a space of the text stands for whitespace with a line break in it."""
        s = self._strings
        out = set()
        for n, leaf_text in enumerate(self._leaf_text):
            if "\n" not in leaf_text:
                continue  # most leaves: a paragraph is one line
            end = s.first[n + 1] - 1
            p = s.text.find(" ", s.first[n], end)
            while p >= 0:
                if "\n" in leaf_text[s.ends[p - 1] : s.starts[p + 1]]:
                    out.add(p)
                p = s.text.find(" ", p + 1, end)
        return frozenset(out)

    def _line_break(self, p: int) -> bool:
        return p in self._line_breaks

    def _occurrences(self, term: Term) -> list[tuple[int, int, int]]:
        """(leaf, start, end) of each occurrence, overlapping ones included."""
        s = self._strings
        text, leaf, starts, ends = s.text, s.leaf, s.starts, s.ends
        found = finder(term, read_by(term, self._hanja))
        searched = self._initials if found.initials else text
        read, line_break, simple = self._read_form, self._line_break, found.simple
        heard = self._heard
        latin = found.latin_start
        out = []
        m = found.pattern.search(searched)
        while m is not None:
            start, end = m.span()
            if latin and start and "a" <= text[start - 1] <= "z":
                pass  # a Latin term starts a word (the text is case-folded)
            # Most matches hold no space and need no check: accepted without a call.
            elif (simple and text.find(" ", start, end) < 0) or accepts(
                found, text, read, heard, line_break, start, end
            ):
                out.append((leaf[start], starts[start], ends[end - 1]))
            m = found.pattern.search(searched, start + 1)
        return out

    def occurrences(self, term: Term) -> list[tuple[str, int, int]]:
        """(leaf path, start, end) of each occurrence of a term, overlapping ones included."""
        return self._with_paths(self._occurrences(term))

    def _with_paths(self, occurrences: list[tuple[int, int, int]]) -> list[tuple[str, int, int]]:
        return [(self._leaf_path[leaf], a, b) for leaf, a, b in occurrences]

    def _items_with(self, occurrences: list[tuple[int, int, int]]) -> set[int]:
        leaf_item = self._leaf_item
        return {leaf_item[leaf] for leaf, _, _ in occurrences}

    def search(self, query: Query | str) -> list[Hit]:
        """Hits of the query: title hits first, then in edition order; with a 초성
        term, within each, hits that are whole words (word_rank) before the others.

        An item qualifies when every included term occurs in it and no excluded
        term does. Its hits are the occurrences of the included terms; but when
        the plain terms also occur together, in order, as one phrase in the item
        (``데이터 센터`` in ``데이터센터``), only those phrase occurrences are its
        hits: the reader typed them together. Overlapping occurrences merge.
        """
        if isinstance(query, str):
            query = parse_query(query)
        if query.empty:
            return []
        return self._search(query)[0]

    def search_occurrences(
        self, query: Query
    ) -> tuple[list[Hit], list[list[tuple[str, int, int]]]]:
        """search()'s hits and, when there are any, each included term's occurrences()
        (the search finds them anyway); ([], []) when there are none."""
        if query.empty:
            return [], []
        hits, found = self._search(query)
        if not hits:
            return [], []
        return hits, [self._with_paths(occ) for occ in found]

    def _search(self, query: Query) -> tuple[list[Hit], list[list[tuple[int, int, int]]]]:
        """The hits, and each included term's _occurrences()."""
        found = [self._occurrences(term) for term in query.include]
        wanted = set.intersection(*(self._items_with(occ) for occ in found))
        for term in query.exclude:
            wanted -= self._items_with(self._occurrences(term))
        if not wanted:
            return [], found
        leaf_item = self._leaf_item
        as_phrase: set[int] = set()
        spans: list[tuple[int, int, int]] = []
        if len(found) > 1 and not any(term.choseong for term in query.include):
            joined = phrase(query.include)
            spans = [o for o in self._occurrences(joined) if leaf_item[o[0]] in wanted]
            as_phrase = self._items_with(spans)
        by_word = wanted - as_phrase
        spans += [o for occ in found for o in occ if leaf_item[o[0]] in by_word]
        if len(found) > 1:
            spans.sort()
        merged = _merge(spans)
        if whole_words_first(query):
            # Short 초성 and Latin terms match inside many words: whole words first.
            texts = self._leaf_text
            merged.sort(key=lambda o: word_rank(texts[o[0]], o[1], o[2]))  # stable
        hits = [self._hit(leaf, start, end) for leaf, start, end in merged]
        hits.sort(key=lambda h: h.path not in TITLE_PATHS)  # stable: edition order stays
        return hits, found

    def _hit(self, leaf: int, start: int, end: int) -> Hit:
        item_id, page = self._items[self._leaf_item[leaf]]
        text = self._one_line[leaf]
        if text is None:
            text = self._leaf_text[leaf]
            if _OTHER_SPACE.search(text):
                text = text.translate(_ONE_LINE)
            self._one_line[leaf] = text  # the same whichever thread writes it
        return Hit(item_id, page, self._leaf_path[leaf], start, end, text)


def _merge(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Sorted (leaf, start, end) spans with overlapping ones made one."""
    merged: list[tuple[int, int, int]] = []
    for leaf, start, end in spans:
        if merged and merged[-1][0] == leaf and start < merged[-1][2]:
            merged[-1] = (leaf, merged[-1][1], max(merged[-1][2], end))
        else:
            merged.append((leaf, start, end))
    return merged


class EditionIndex(LeafIndex):
    """Every leaf of an edition in normalized form."""

    def __init__(self, edition: Edition):
        self.edition = edition
        super().__init__(
            (item.id, page.number, [(leaf, normalize(leaf.text)) for leaf in leaves(item)])
            for page, item in edition.items()
        )


def search_edition(edition: Edition | EditionIndex, query: Query | str) -> list[Hit]:
    """Hits of a query in an edition. Pass an EditionIndex when searching repeatedly."""
    index = edition if isinstance(edition, EditionIndex) else EditionIndex(edition)
    return index.search(query)
