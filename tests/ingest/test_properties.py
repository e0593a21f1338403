"""Nothing is lost and nothing raises, whatever the text (hypothesis).

(a) arbitrary strings, plain and biased towards the marks the parser reads;
(b) page-like text made of the seed's paragraphs, shuffled, cut and repeated;
(c) editions from tests/gen/, compared with their ground truth, in every convention
of other papers the generator writes (credits, columns, subheads, listings, pages
without blank lines, English pages), and the hand-made pages reshaped.

Every hypothesis test is marked slow: `make test` runs them with few examples,
`make fuzz` (BROADSHEET_FUZZ=1, only the slow tests) with a hundred times more.
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader import store
from reader.ingest import ingest_text
from reader.ingest.coverage import coverage_problems
from reader.model import Edition
from tests import gen
from tests.editions import seed_text
from tests.ingest.accuracy import score
from tests.ingest.handmade_set import handmade_pages
from tests.ingest.outline import edition_leaves, leaf_text_problems, outline

FUZZ = os.environ.get("BROADSHEET_FUZZ") == "1"


def examples(default: int) -> settings:
    return settings(
        max_examples=default * 100 if FUZZ else default,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def assert_sound(edition: Edition, text: str) -> None:
    """Every non-whitespace character in exactly one leaf, leaves drawn from their
    spans, a consistent file that survives a round trip through JSON."""
    assert coverage_problems(edition, text) == []
    assert leaf_text_problems(edition, text) == []
    assert store.check(edition) == []
    assert edition.source.chars == len(text)
    assert store.from_json(store.to_json(edition)) == edition


# --- (a) any string ------------------------------------------------------------

MARKS = list("-–△▲•■◇◆※☎ⓒ©[](){}<>“”‘’\"'.,?!:;=@/·…~%")
SPACES = list(" \n\n\n\r\t\f\u3000\u00a0\u200b")
HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
TOKENS = [
    "홍길동 기자",
    "김은지 기자 eunzy@gwangnam.co.kr",
    "광주=",
    "정리=",
    "[광남일보 ",
    "(광주=연합뉴스) ",
    "hong@a.kr",
    "2026년 2월 4일 수요일",
    "(음력 12월 17일)",
    "제 8020 호",
    "조간",
    "대표전화 ",
    "062-370-7000",
    "061)330-5004",
    "(062)217-9345",
    "Q. ",
    "A. ",
    "- ",
    "-",
    "△ ",
    "▲ ",
    "• ",
    "다.",
    "있다.",
    "는.",
    "?",
    "\n\n",
    "\n",
    "\t",
    "\f",
    "/연합뉴스",
    "연합뉴스",
    "ⓒ",
    "경제\n\n",
    "[판결 요지]",
    "(단위:만원)",
    "※ ",
    "www.a.example",
    "를",
    "었다",
    "‘광",
    "주를",
    "”",
    # Other papers' conventions (issue 14).
    "사진=",
    "[사진=뉴시스]",
    "/누리시 제공",
    "ⓒ 홍길동",
    "칼럼 : (12) ",
    " - ",
    "홍길동 변호사(한빛신문 편집인)",
    "■ 인사\n",
    "▲국장 홍길동 ",
    "48년생 ",
    "06:00 ",
    "◇",
    "<과장급 전보>",
    "No. 4,512. ",
    "MONDAY, JUNE 12, 1911.",
    "THE HARLOW STANDARD\n",
    "Gov-\n",
    "By HENRY MARSH.",
    "' ,. ~ ^",
]
# Decoded files never hold lone surrogates (the codecs are strict), so these leave
# them out; test_lone_surrogates covers the rest.
ANY_CHAR = st.characters(exclude_categories=["Cs"])
page_like_chars = st.text(
    alphabet=st.one_of(st.sampled_from(MARKS + SPACES), HANGUL, ANY_CHAR),
    max_size=400,
)
token_soup = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.sampled_from(MARKS + SPACES), HANGUL),
    max_size=120,
).map("".join)


@pytest.mark.slow
@examples(100)
@given(st.text())
def test_any_string(text: str) -> None:
    assert_sound(ingest_text(text), text)


@pytest.mark.slow
@examples(100)
@given(st.one_of(page_like_chars, token_soup))
@example("0\n0@00.000.0000☎")  # a phone number inside an email address: one contact
def test_any_string_of_marks_and_hangul(text: str) -> None:
    assert_sound(ingest_text(text), text)


@pytest.mark.slow
@examples(50)
@given(st.text(st.one_of(st.characters(categories=["Cs"]), HANGUL, st.sampled_from(MARKS))))
def test_lone_surrogates(text: str) -> None:
    # ingest_text takes any str: it never raises and still places every character.
    assert coverage_problems(ingest_text(text), text) == []


# --- (b) the seed, shuffled, cut and repeated ---------------------------------------

SEED_PARAS = [p for p in re.split(r"\n\s*\n", seed_text()) if p.strip()]
SEPARATORS = ["\n\n", "\n\n", "\n\n", "\n", "\n\n\n", "\n\n\n\n", "\f", "\n\f\n", " \n \n"]


@st.composite
def seed_pages(draw) -> str:
    paras = draw(st.lists(st.sampled_from(SEED_PARAS), min_size=1, max_size=40))
    out = []
    for p in paras:
        if len(p) > 2 and draw(st.integers(0, 3)) == 0:  # a column break cuts it
            i = draw(st.integers(1, len(p) - 1))
            p = p[:i] if draw(st.booleans()) else p[i:]
        out.append(p + draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


@pytest.mark.slow
@examples(60)
@given(seed_pages())
def test_seed_paragraphs_shuffled_cut_and_repeated(text: str) -> None:
    edition = ingest_text(text)
    assert_sound(edition, text)
    # Line endings never change the structure.
    for newline in ("\r\n", "\r"):
        assert outline(ingest_text(text.replace("\n", newline))) == outline(edition)


@pytest.mark.slow
@examples(20)
@given(st.lists(seed_pages(), min_size=2, max_size=6).map("\f".join))
def test_many_seed_like_pages(text: str) -> None:
    assert_sound(ingest_text(text), text)


# --- (c) generated editions and their truth -------------------------------------------


def _assert_matches_truth(seed: int, pages: int, conventions: tuple[str, ...] = ()) -> None:
    g = gen.generate_edition(seed, pages=pages, conventions=conventions)
    edition = ingest_text(g.text)
    assert_sound(edition, g.text)
    s = score(edition, g.truth)
    wrong = {what: f"{s.rate(what):.1%}" for what in s.total if s.right[what] < s.total[what]}
    assert not wrong, (f"seed {seed}, {pages} pages, {conventions}: {wrong}", s.misses[:10])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_generated_editions_match_their_truth(seed: int) -> None:
    _assert_matches_truth(seed, pages=40)


MIXES = [(c,) for c in gen.CONVENTIONS] + [tuple(c for c in gen.CONVENTIONS if c != "english")]


@pytest.mark.parametrize("conventions", MIXES, ids=["+".join(m) for m in MIXES])
def test_generated_editions_of_other_papers_match_their_truth(conventions) -> None:
    _assert_matches_truth(7, pages=16, conventions=conventions)


@pytest.mark.slow
@examples(10)
@given(st.integers(0, 2**32 - 1), st.integers(1, 12))
def test_any_generated_edition_matches_its_truth(seed: int, pages: int) -> None:
    _assert_matches_truth(seed, pages)


KOREAN = [c for c in gen.CONVENTIONS if c != "english"]


@pytest.mark.slow
@examples(20)
@given(
    st.integers(0, 2**32 - 1),
    st.integers(1, 10),
    st.one_of(st.just(("english",)), st.lists(st.sampled_from(KOREAN), unique=True).map(tuple)),
)
def test_any_edition_of_any_conventions_matches_its_truth(seed, pages, conventions) -> None:
    _assert_matches_truth(seed, pages, conventions)


HANDMADE = [p.text for p in handmade_pages()]


@pytest.mark.slow
@examples(30)
@given(st.sampled_from(HANDMADE), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans(), st.data())
def test_handmade_pages_reshaped_lose_nothing(text, newline, squeeze, data) -> None:
    """Other line endings never change the structure; blank lines taken out (a page
    without blank lines) or a page cut anywhere never lose a character."""
    edition = ingest_text(text)
    if not squeeze:
        reshaped = text.replace("\n", newline)
        assert outline(ingest_text(reshaped)) == outline(edition)
    else:
        reshaped = re.sub(r"\n\s*\n", "\n", text)
    cut = data.draw(st.integers(0, len(reshaped)))
    for part in (reshaped, reshaped[:cut], reshaped[cut:]):
        assert_sound(ingest_text(part), part)


# --- (d) joins at line ends and blank lines -----------------------------------------

NOUNS = ["법원", "천장", "주민", "시장", "학교", "도로", "공원", "병원", "시청", "선수"]
noun = st.sampled_from(NOUNS)


@st.composite
def quoted_lines(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A brief whose lines end in a closed quotation or a full stop and start with a word
    or an opening quote, one line break or a blank line apart; and each break's two sides."""
    lines = []
    for _ in range(draw(st.integers(2, 6))):
        start = draw(noun)
        head = f'"{start}은 {draw(noun)}"' if draw(st.booleans()) else f"{start}은 {draw(noun)}"
        end = f'"{draw(noun)}"' if draw(st.booleans()) else f"{draw(noun)}이다."
        lines.append(f"{head} {draw(noun)}에서 {end}")
    breaks = [draw(st.sampled_from(["\n", "\n\n"])) for _ in lines[1:]]
    body = lines[0] + "".join(b + line for b, line in zip(breaks, lines[1:], strict=True))
    pairs = zip(lines, lines[1:], strict=False)
    sides = [(a.rsplit(" ", 1)[-1], b.split(" ", 1)[0]) for a, b in pairs]
    return f"사회\n\n{body}\n", sides


@pytest.mark.slow
@examples(60)
@given(quoted_lines())
def test_a_closed_quotation_or_sentence_is_never_glued_to_the_next_line(case) -> None:
    text, sides = case
    edition = ingest_text(text)
    assert_sound(edition, text)
    leaves = [leaf.text for leaf in edition_leaves(edition)]
    for left, right in sides:
        assert not any(left + right in t for t in leaves), (left, right, leaves)
