"""Which rule decided each item's and leaf's kind, for `broadsheet show --explain`.

Ingest passes the deciding rule of each item and leaf to note(). The notes are kept
only while a Trace is active (explain_text), so an ordinary ingest pays one
context-variable look-up per item and the edition file never holds them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from reader.model import Ad, Edition, Item, edition_leaves, leaves


@dataclass
class Trace:
    # (item id, or "p<N>" for a page; leaf path, "" for the item itself) -> rule
    notes: dict[tuple[str, str], str] = field(default_factory=dict)

    def rule(self, owner: str, path: str = "") -> str:
        return self.notes.get((owner, path), "no rule recorded")


_TRACE: ContextVar[Trace | None] = ContextVar("broadsheet_trace", default=None)


def active() -> bool:
    return _TRACE.get() is not None


def note(owner: str, path: str, rule: str) -> None:
    trace = _TRACE.get()
    if trace is not None:
        trace.notes[(owner, path)] = rule


def rule_of(owner: str, path: str) -> str:
    """The rule noted for a leaf so far (a later stage may restate it)."""
    trace = _TRACE.get()
    return "no rule recorded" if trace is None else trace.rule(owner, path)


def renumber(ids: dict[str, str], dropped: str) -> None:
    """Items numbered again (the one before them, dropped, became the page's label): their
    notes move at once, the dropped item's go."""
    trace = _TRACE.get()
    if trace is not None:
        notes = trace.notes.items()
        trace.notes = {(ids.get(o, o), p): rule for (o, p), rule in notes if o != dropped}


def note_all(owner: str, rules: dict[str, str]) -> None:
    trace = _TRACE.get()
    if trace is not None:
        trace.notes.update(((owner, path), rule) for path, rule in rules.items())


@contextmanager
def tracing() -> Iterator[Trace]:
    trace = Trace()
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)


SNIPPET = 24  # characters of a leaf's text shown beside its rule


def _snippet(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= SNIPPET else one_line[: SNIPPET - 1] + "…"


def _kind(item: Item, path: str) -> str:
    """A body block's or an ad block's kind, shown after its path ('' for the others)."""
    parts = path.split(".")
    if isinstance(item, Ad):
        return f"{item.blocks[int(parts[1])].__struct_config__.tag} " if len(parts) > 1 else ""
    return item.body[int(parts[1])].kind + " " if parts[0] == "body" else ""


def explain_lines(edition: Edition, trace: Trace) -> Iterator[str]:
    """One line per page, item and leaf: its address, kind, text and deciding rule."""
    masthead = next((leaf for leaf in edition_leaves(edition) if leaf.path == "masthead"), None)
    if masthead is not None and masthead.spans:
        yield f"masthead  [{trace.rule('edition', 'masthead')}]"
    for page in edition.pages:
        owner = f"p{page.number}"
        yield f"{owner} section {page.section!r}  [{trace.rule(owner)}]"
        for item in page.items:
            kind = "ad" if isinstance(item, Ad) else "article"
            yield f"{item.id} {kind}  [{trace.rule(item.id)}]"
            for leaf in leaves(item):
                what = _kind(item, leaf.path)
                yield (
                    f"  {leaf.path} {what}{_snippet(leaf.text)!r}"
                    f"  [{trace.rule(item.id, leaf.path)}]"
                )
