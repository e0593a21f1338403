"""The cheap per-character fold agrees with normalize() wherever it answers."""

from hypothesis import given
from hypothesis import strategies as st

from reader.search.archive_confirm import folded
from reader.search.archive_fts import compact
from reader.search.normalize import normalize

# Newspaper text, and the characters that fold only together with their neighbours.
tricky = st.sampled_from(
    ["\u0301", "\u1161", "\u11a8", "\u1100", "\u200b", "\u00ad", "ㄱ", "ㅏ", "İ", "ß", "ﬁ", "①"]
)
text = st.lists(
    st.one_of(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), st.characters(), tricky),
    max_size=30,
).map("".join)


@given(text)
def test_the_fold_is_normalize_or_nothing(s):
    out = folded(s)
    assert out is None or out == compact(normalize(s).text)


def test_plain_newspaper_text_folds_cheaply():
    assert folded("‘광주를 빌려드립니다’ AI·ＩＣＴ 2026년") == "광주를빌려드립니다aiict2026년"
    assert folded("NFD: \u110b\u1169") is None  # jamo compose: only normalize() can tell
