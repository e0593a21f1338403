"""The edition's words: each page's printed lines, read once, for its vocabulary and its
spacing statistics (the joins at full line ends need the whole edition's)."""

from __future__ import annotations

from reader.ingest.repair import Vocabulary
from reader.ingest.spacing import Spacing
from reader.pdf.parts import PageLayout


def page_lines(page: PageLayout) -> str:
    """A page's printed lines (table cells' too), as the edition's vocabulary reads them."""
    paras = [p for r in page.regions for p in r.paras]
    return "\n".join(x.text for p in paras for x in [*p.lines, *sum(p.cells, [])])


class EditionWords:
    """Pages' printed lines, counted as each page comes (with workers, while they read
    the rest), kept as text: a page's lines are a small part of its layout."""

    def __init__(self) -> None:
        self.spacing = Spacing()
        self._lines: list[str] = []

    def add(self, page: PageLayout) -> None:
        """Count a page's printed lines; pages are added in edition order."""
        text = page_lines(page)
        if page.right is not None:  # a spread's right page
            text += "\n" + page_lines(page.right)
        self._lines.append(text)
        self.spacing.add(text)

    def vocabulary(self, texts: list[str]) -> Vocabulary:
        """The edition's vocabulary: the pages added, and its text pages."""
        for text in texts:
            self.spacing.add(text)
        # The text pages' offsets index their own text, not this one.
        return Vocabulary("\n".join(self._lines + texts), self.spacing, source=False)
