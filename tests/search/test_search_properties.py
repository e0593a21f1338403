"""Properties: whatever piece of a word is typed, or of a leaf as it is spaced there, it
is found there; a hit crosses a space the query lacks only between pieces of two."""

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from reader.model import leaves
from reader.normalize import INITIAL_SET, TO_INITIAL, fold
from reader.search import Term, normalize, parse_query, search_edition
from reader.search.edition import LeafIndex
from tests.search.search_editions import article, edition

# Text as newspapers have it, minus what the query language reads specially:
# double quotes (phrase marks) and bare initial consonants (초성 terms). Single quotes
# open a phrase only where they start a term: the pieces that do are quoted below.
hangul = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
others = st.sampled_from(list("AaZz09.,·()%-/:?!'‘’…ß") + ["İ", "Ａ", "ㅏ", "ㄳ", "\u200b"])
gaps = st.sampled_from([" ", " ", "  ", "\n", "\t", "\u00a0", "\u3000", " \n "])
word = st.text(st.one_of(hangul, hangul, others), min_size=1, max_size=8)
leaf_text = st.lists(st.tuples(st.one_of(st.just(""), gaps), word), min_size=1, max_size=8).map(
    lambda pairs: "".join(gap + w for gap, w in pairs)
)


def covered(hits, item_id, start, end) -> bool:
    return any(
        h.item_id == item_id and h.path == "body.0" and h.start <= start and end <= h.end
        for h in hits
    )


def visible_bounds(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The first and past-the-last characters of text[a:b] that survive folding."""
    kept = [i for i in range(a, b) if fold(text[i])]
    return (kept[0], kept[-1] + 1) if kept else None


def draw_substring(texts: list[str], data) -> tuple[int, str, tuple[int, int]]:
    """One of the texts (by index), a non-empty substring of it that folding does
    not erase, and that substring's visible bounds."""
    n = data.draw(st.integers(0, len(texts) - 1))
    text = texts[n]
    a = data.draw(st.integers(0, len(text) - 1))
    b = data.draw(st.integers(a + 1, len(text)))
    bounds = visible_bounds(text, a, b)
    assume(bounds is not None)
    return n, text[a:b], bounds


def _latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def findable(text: str, a: int, part: str) -> bool:
    """False for a piece a query cannot find where it is: one starting with a Latin
    letter inside a Latin word, one cutting a number at a digit edge (a number is found
    whole), or holding a comma that may be a thousands one."""
    before, first = fold(text[:a])[-1:], fold(part)[:1]
    after, last = text[a + len(part) : a + len(part) + 1], part[-1:]
    cuts_number = (first.isdigit() and before.isdigit()) or (last.isdigit() and after.isdigit())
    return (
        "," not in part and not (_latin_letter(first) and _latin_letter(before)) and not cuts_number
    )


@given(st.lists(leaf_text, min_size=1, max_size=4), st.data())
def test_any_piece_of_a_word_is_found_where_it_is(texts, data):
    ed = edition([article(f"a{i}", t) for i, t in enumerate(texts)])
    n, part, bounds = draw_substring(texts, data)
    assume(not any(ch.isspace() for ch in part) and findable(texts[n], bounds[0], part))
    # A piece that starts with a minus or a quote mark is typed as a phrase, in "…".
    query = f'"{part}"' if part.startswith("-") or fold(part).startswith("'") else part
    assert covered(search_edition(ed, query), f"a{n}", *bounds)


@given(st.lists(leaf_text, min_size=1, max_size=4), st.data())
def test_any_piece_of_a_leaf_quoted_with_its_spaces_is_found_where_it_is(texts, data):
    ed = edition([article(f"a{i}", t) for i, t in enumerate(texts)])
    n, part, bounds = draw_substring(texts, data)
    assume(findable(texts[n], bounds[0], part))
    assert covered(search_edition(ed, f'"{part}"'), f"a{n}", *bounds)


@given(st.lists(leaf_text, min_size=1, max_size=4), st.data())
def test_a_hit_crosses_a_space_only_between_pieces_of_two(texts, data):
    ed = edition([article(f"a{i}", t) for i, t in enumerate(texts)])
    _, part, _ = draw_substring(texts, data)
    query = "".join(part.split())
    assume(query and not query.startswith("-") and '"' not in query)
    for hit in search_edition(ed, query):
        matched = texts[int(hit.item_id[1:])][hit.start : hit.end]
        # A line break may cut a word in print: what it joins is one piece.
        pieces = [""]
        for n, part in enumerate(re.split(r"(\s+)", matched)):
            if n % 2 == 0:
                pieces[-1] += fold(part).replace(" ", "")
            elif "\n" not in part:
                pieces.append("")
        pieces = [p for p in pieces if p]
        if len(pieces) > 1:
            assert all(len(p) >= 2 for p in pieces), (query, pieces)


@given(
    st.lists(leaf_text, min_size=1, max_size=4),
    st.text(st.one_of(others, st.sampled_from(" \n\u00a0")), min_size=1, max_size=3),
)
def test_every_hit_holds_the_term(texts, term):
    ed = edition([article(f"a{i}", t) for i, t in enumerate(texts)])
    query = parse_query(f'"{term}"')
    assume(not query.empty)
    (needle,) = query.include
    for hit in search_edition(ed, query):
        leaf = texts[int(hit.item_id[1:])]
        assert needle.text in fold(leaf[hit.start : hit.end]).replace(" ", "")


words = st.lists(st.text(hangul, min_size=1, max_size=6), min_size=1, max_size=6)


@given(st.lists(words, min_size=1, max_size=3), st.data())
def test_initials_of_part_of_a_word_find_it(texts, data):
    leaf_texts = [" ".join(ws) for ws in texts]
    ed = edition([article(f"a{i}", t) for i, t in enumerate(leaf_texts)])
    n = data.draw(st.integers(0, len(texts) - 1))
    w = data.draw(st.integers(0, len(texts[n]) - 1))
    word = texts[n][w]
    a = data.draw(st.integers(0, len(word) - 1))
    b = data.draw(st.integers(a + 1, len(word)))
    query = "".join(
        ch.translate(TO_INITIAL) if data.draw(st.booleans()) else ch for ch in word[a:b]
    )
    offset = sum(len(x) + 1 for x in texts[n][:w])
    assert covered(search_edition(ed, query), f"a{n}", offset + a, offset + b)


@given(
    st.lists(words, min_size=1, max_size=3),
    st.text(st.sampled_from(sorted(INITIAL_SET)), min_size=1, max_size=3),
)
def test_initials_hits_are_words_parts_with_those_initials(texts, query):
    leaf_texts = [" ".join(ws) for ws in texts]
    ed = edition([article(f"a{i}", t) for i, t in enumerate(leaf_texts)])
    for hit in search_edition(ed, query):
        matched = leaf_texts[int(hit.item_id[1:])][hit.start : hit.end]
        # 초성 ignore spacing as every query does: a hit may run across a space, never
        # start or end on one.
        assert matched == matched.strip()
        assert query in matched.replace(" ", "").translate(TO_INITIAL)


@given(st.text())
def test_any_query_searches_without_error(query):
    ed = edition([article("a1", "광주 AI 데이터센터", "오상진 단장", headline="‘광주’")])
    for hit in search_edition(ed, query):
        assert 0 <= hit.start < hit.end


@given(st.lists(word, min_size=1, max_size=4), st.data())
def test_a_plain_term_occurs_wherever_its_text_is_in_a_word(texts, data):
    """In leaves of one word each, occurrences, overlapping ones too, are those of the key
    in each leaf's normalized form, mapped back to the leaf's own offsets (but for a key
    starting with a Latin letter, which starts a word)."""
    forms = [normalize(t).compact() for t in texts]
    form = data.draw(st.sampled_from([f for f in forms if f.text] or [forms[0]]))
    a = data.draw(st.integers(0, max(len(form.text) - 1, 0)))
    key = form.text[a : a + data.draw(st.integers(1, 4))] or "가"
    assume(not _latin_letter(key[0]))
    expected = [
        (f"body.{n}", f.starts[i], f.ends[i + len(key) - 1])
        for n, f in enumerate(forms)
        for i in range(len(f.text))
        if f.text.startswith(key, i)
    ]
    index = LeafIndex(
        [("a", 1, [(leaf, normalize(leaf.text)) for leaf in leaves(article("a", *texts))])]
    )
    assert index.occurrences(Term(key)) == expected
