"""The section names the ingest gives a page that prints none, and how the interface
names them: a name the paper printed is its text, a default the ingest gave is said in
the reader's language (an English page's 'News' is '종합' in the Korean interface)."""

from __future__ import annotations

from reader.i18n import N_, _
from reader.model import Page

INFERRED = {
    False: ("광고", "빈 면", "인터뷰", "종합"),
    True: ("Advertising", "Blank page", "Interview", "News"),
}
"""The sections a page without a label is given (ads only, blank, an interview, news), in
its own language (English or not): an English page is never '종합'."""

_SHOWN = (N_("Advertising"), N_("Blank page"), N_("Interview"), N_("News"))
_DEFAULTS = {
    name: shown for names in INFERRED.values() for name, shown in zip(names, _SHOWN, strict=True)
}


def section_name(page: Page) -> str:
    """The page's section as the reader is shown it: a default in their language."""
    return shown_section(page.section, inferred=page.section_inferred)


def shown_section(name: str, *, inferred: bool) -> str:
    """A section as the reader is shown it, from its name and whether the ingest gave it
    (a search result's, which has no Page)."""
    shown = _DEFAULTS.get(name) if inferred else None
    return _(shown) if shown else name
