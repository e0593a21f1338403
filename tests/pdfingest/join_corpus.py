"""The generated PDF corpus scored with a candidate join rule (tests/pdfingest/join_rules.py)
put into `repair.separator` for the run.

`python -m tests.pdfingest.join_corpus [RULE] [early|late] [EDITIONS]` ingests the
corpus (8 editions x 14 pages, as in docs/pdf-ingest.md), the rule named by its function
('wide', 'agrees', ...) joining where separator keeps a space: 'early' wherever the
spelling rules leave the break to the edition's statistics, 'late' only where those
statistics say nothing. It prints the score table and the breaks the rule joined. Without
a rule, the corpus as the ingest reads it.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from unittest import mock

import reader.ingest.column_breaks as column_breaks
import reader.ingest.repair as repair
from reader.ingest.orthography import ends_postposition, last_words
from reader.ingest.repair import Vocabulary
from reader.sources import ingest, read_source
from tests.ingest.accuracy import Score
from tests.pdf.accuracy import score_pdf
from tests.pdfgen import generate_pdf_edition
from tests.pdfingest import join_rules
from tests.pdfingest.join_rules import Printed, printed_in

Separator = Callable[..., str]
# reader.pdf.assemble by its module: the package exports a function of that name.
_CALLERS = (repair, column_breaks, importlib.import_module("reader.pdf.assemble"))


@contextmanager
def with_rule(
    rule: Callable[[str, str, Printed], bool], late: bool, joined: Counter[str]
) -> Iterator[None]:
    """separator, everywhere it is called, with rule deciding as placed; joined counts the
    breaks it joined."""
    plain: Separator = repair.separator
    printed: dict[int, tuple[Vocabulary, Printed]] = {}

    def separator(
        left: str,
        right: str,
        vocab: Vocabulary,
        counts: bool = False,
        ends: bool = False,
        **kw: object,
    ) -> str:
        out = plain(left, right, vocab, counts, ends, **kw)
        if out != " " or ends_postposition(left, right) or not rule(left, right, join_rules.never):
            return out
        if id(vocab) not in printed:
            printed[id(vocab)] = (vocab, printed_in(vocab._text))
        if not rule(left, right, printed[id(vocab)][1]):
            return out
        words = right.split(maxsplit=1)
        if late and counts:
            said = vocab.spacing.joined(last_words(left, 1)[0], words[0], len(words) > 1 or ends)
            if said is not None:
                return out
        joined[f"{left[-10:]}|{right[:8]}"] += 1
        return ""

    with ExitStack() as stack:
        for module in _CALLERS:
            stack.enter_context(mock.patch.object(module, "separator", separator))
        yield


def corpus(editions: int = 8, pages: int = 14) -> Score:
    root = Path(tempfile.mkdtemp())
    total = Score()
    for seed in range(editions):
        pdf = generate_pdf_edition(root / f"hanbit-{seed}.pdf", seed, pages)
        total.add(score_pdf(ingest(pdf.path), pdf, read_source(pdf.path)[0]))
    return total


def main(args: list[str]) -> None:
    joined: Counter[str] = Counter()
    editions = int(args[2]) if len(args) > 2 else 8
    with ExitStack() as stack:
        if args:
            rule = getattr(join_rules, args[0])
            late = (args[1] if len(args) > 1 else "late") == "late"
            stack.enter_context(with_rule(rule, late, joined))
        print(corpus(editions).table())
    for piece, n in joined.most_common():
        print(f"joined {n} x {piece}")


if __name__ == "__main__":
    main(sys.argv[1:])
