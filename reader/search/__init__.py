"""In-edition search that understands Korean. Never imports textual or rich.

How a query matches (text and query are both normalized first, see reader/normalize.py):
- spacing does not matter for compounds, both ways: ``인공지능사업단`` finds
  ``인공지능 사업단`` and ``데이터 센터`` (two terms) finds ``데이터센터``; but a
  match crosses a space the query lacks only between pieces of two characters or
  more, never between Latin letters or digits (pattern.py has the rules);
- a term starting with a Latin letter starts a word (``war``: not ``award``);
- a term holding a bare initial consonant (초성, ``ㅇㅅㅈ`` or mixed ``오ㅅㅈ``)
  matches consecutive syllables by their initials (``ㅇㄱㅈㄴㅅㅇㄷ`` finds
  ``인공지능 사업단``); its hits that are whole words come first;
- Hanja are read by their sound (reader.hanja, pattern.py): ``여야`` finds
  ``與野``, ``김영식`` finds ``金永植`` (a character in no word by any of its own
  readings), a word only by the readings listed for it (``갱신`` and ``경신`` find
  ``更新``, ``변리`` not ``便利``), ``ㅇㅇ`` finds ``與野`` too, ``與野`` finds
  ``여야`` as a whole word (never ``旅夜``), and hits are on the Hanja themselves;
- unquoted words are separate terms that must all occur in the same article or
  ad; where they also occur together as one phrase in an item, that phrase is
  the item's hit (``광주를 빌려드립니다`` marks the slogan, not every 광주를);
- ``"quoted words"`` is one term, in order, a space there needing one in the
  text (‘…’ and 「…」 quote as well: query.py); ``-term`` excludes items;
- hits in headlines, subheadlines and ad titles come first, then (초성 and Latin
  queries) whole words, then edition order;
- the search bar's query is typed as it is searched: when it finds nothing, its last
  syllable is read as still being composed (``광줏`` finds 광주시, composing.py).

An EditionIndex is immutable once built: build it in a worker, search anywhere.
"""

from reader.normalize import Normalized, fold, normalize
from reader.search.edition import EditionIndex, Hit, Snippet, search_edition
from reader.search.query import Query, Term, parse_query

__all__ = [
    "EditionIndex",
    "Hit",
    "Normalized",
    "Query",
    "Snippet",
    "Term",
    "fold",
    "normalize",
    "parse_query",
    "search_edition",
]
