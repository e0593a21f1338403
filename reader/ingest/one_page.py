"""One page of text -> Page: the front page's masthead, the running head or folio, the
section label (printed, or inferred from the items), then the page's items (page_items.py).
Called by `ingest_text` for each page and by the PDF's assembly for a text page."""

from __future__ import annotations

from reader.ingest import explain
from reader.ingest.banks import wrapped_banks
from reader.ingest.blocks import split_blocks
from reader.ingest.brevities import dash_runs, run_in_heads
from reader.ingest.figure_rows import figure_rows
from reader.ingest.folio_titles import TITLE_OVER_FOLIO, TITLE_UNDER_FOLIO, title_under_folio
from reader.ingest.folio_under import folio_under
from reader.ingest.foot_folio import FOOT_FOLIO, foot_folio
from reader.ingest.front_masthead import front_masthead
from reader.ingest.head import deck_banks
from reader.ingest.inferred_section import infer_section
from reader.ingest.label import LABEL_RULE, label_rule, section_label
from reader.ingest.label_caps import notices_label
from reader.ingest.lines import Line, PageText, Para
from reader.ingest.masthead import MastheadResult
from reader.ingest.masthead_box import box_item
from reader.ingest.masthead_ears import EARS
from reader.ingest.page_items import page_items
from reader.ingest.page_title import PAGE_TITLE, page_title
from reader.ingest.repair import Vocabulary
from reader.ingest.running_head import paper_folio, running_head, take_number_under
from reader.ingest.spaced_runs import spaced_runs_on
from reader.ingest.tab_head import tab_heads
from reader.ingest.web_head import credited_web_head, web_head
from reader.ingest.wrapped_captions import whole_captions
from reader.model import Item, Page, Text
from reader.page_numbers import page_number


def text_page(
    pt: PageText, vocab: Vocabulary, front: bool, paper: str | None = None
) -> tuple[Page, MastheadResult | None]:
    """One page of text (and, on the front page, its masthead); paper: the edition's name,
    which a later page's folio may print."""
    paras = spaced_runs_on(tab_heads(pt.paras), vocab)
    found, title = None, None
    box: list[Line] = []  # an editorial page's masthead box: its lines between name and date
    plate = False  # the paper's nameplate heads the page
    if front:
        found, title, box, taken = front_masthead(paras)
        plate = found is not None and found.masthead.paper is not None
        paras = [p for p in (_without(p, taken) for p in paras) if p.lines] if taken else paras
        if found:
            paras = _drop_lines(paras, found.lines)
    head = running_head(paras[0].lines[0]) if paras else None
    if head is None and paper and paras:
        head = paper_folio(paras[0].lines[0], paper)
    folio = None
    said: list[str] = []  # the folio's lines, for the page's number
    if head is not None:
        # on a page without blank lines each line is a paragraph: the number opens the next
        tight = paras[0].lines + [x for p in paras[1:2] if not p.gap for x in p.lines]
        number = len(tight) > 1 and take_number_under(head, tight[1])
        paras = _drop_lines(paras, 1 + number)
        said.append(head.rest.text)
        if front and found is None:
            found = head.masthead
        else:
            folio = head.rest
    elif front and found is None and paras:
        found = web_head(paras, pt.dense) or credited_web_head(paras)
        if found:
            paras = _drop_lines(paras, found.lines)
            taken = {start for start, _ in found.masthead.spans}  # its time stamp's line too
            taken |= {start for start, _ in found.label.spans} if found.label else set()
            paras = [p for p in (_without(p, taken) for p in paras) if p.lines]
    if found:
        explain.note("edition", "masthead", found.rule)
    label = head.label if head else title or (found.label if found else None)
    label_why = LABEL_RULE if title is None else TITLE_OVER_FOLIO
    if label is not None and paras and paras[0].lines[0].text == label.text:
        label = Text(label.text, [*label.spans, (paras[0].start, paras[0].lines[0].end)])
        paras, label_why = _drop_lines(paras, 1), LABEL_AGAIN
    eared = found is not None and found.rule.endswith(EARS)  # the lines above it are ears
    if label is None and not eared:
        after = found is not None or folio is not None  # a label stands under either
        label = section_label(paras, pt.dense, after_masthead=after)
        if label is not None:
            label_why = label_rule(paras, pt.dense)
            paras = _drop_lines(paras, 1)
            if head is None and (under := folio_under(paras, label.text)):
                paras = _drop_lines(paras, under[1])
                said.append(under[0].rest.text)
                if front and found is None:
                    found = under[0].masthead
                    explain.note("edition", "masthead", found.rule)
                else:
                    folio = under[0].rest
    if label is None and front and (label := title_under_folio(paras, found)):
        paras, label_why = _drop_lines(paras, 1), TITLE_UNDER_FOLIO
    if label is None and not eared and (foot := foot_folio(paras)):
        label, folio, paras = foot[0], folio or foot[1], foot[2]
        label_why = FOOT_FOLIO
    if not pt.dense and not pt.latin:
        paras = whole_captions(paras, split_blocks(paras))
    elif pt.latin:
        paras = figure_rows(dash_runs(run_in_heads(wrapped_banks(deck_banks(paras)))))
    notices = label is not None and notices_label(label.text)
    ears: tuple[Item, ...] = (box_item(box, f"p{pt.number}-1", vocab),) if box else ()
    if eared and found is not None:  # the ears are items of their own, over the page's
        above = sum(1 for p in paras if p.lines[0].start < found.masthead.spans[0][0])
        ears, paras = tuple(page_items(pt, paras[:above], vocab, notices)), paras[above:]
    items = page_items(pt, paras, vocab, notices, before=ears)
    if label is None and not eared:
        label, items = page_title(items, paras, pt.number)
        label_why = PAGE_TITLE
    section, inferred = (label.text, False) if label else (infer_section(items, pt.latin), True)
    explain.note(f"p{pt.number}", "", label_why if label else _INFERRED_RULE)
    printed = page_number(said, plate)
    return Page(pt.number, section, items, inferred, label, folio=folio, printed=printed), found


LABEL_AGAIN = "masthead: the running head's section name printed again under it (one label)"
_INFERRED_RULE = "page: no label printed, section inferred from its items"


def _without(para: Para, starts: set[int]) -> Para:
    """The paragraph without the lines that start at those offsets."""
    kept = [line for line in para.lines if line.start not in starts]
    return para if len(kept) == len(para.lines) else Para(kept, para.gap, para.inner, para.cut)


def _drop_lines(paras: list[Para], n: int) -> list[Para]:
    out: list[Para] = []
    for para in paras:
        if n >= len(para.lines):
            n -= len(para.lines)
            continue
        out.append(Para(para.lines[n:], para.gap) if n else para)
        n = 0
    return out
