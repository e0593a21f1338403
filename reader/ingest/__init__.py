"""Raw page text -> Edition: `ingest_text` (files, folders and PDFs: reader.sources).
The stages, their modules and where each kind of rule lives: docs/ingest-map.md.

Pipeline: decode -> segment (pages, paragraphs) -> masthead and section labels ->
groups (one per item) -> article or ad -> Edition. Every non-whitespace source
character ends up in exactly one leaf's spans; anything the rules do not place
becomes a paragraph rather than being dropped.

Every rule is general (no string of any one page): tests/ingest/test_seed.py holds
the real page field by field, test_variant_*.py other papers' habits, and
test_properties.py arbitrary text and editions from tests/gen/ with their truth.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from reader import store
from reader.ingest import explain
from reader.ingest.ad import build_ad
from reader.ingest.ad_categories import HEAD_OVER_ADS, category_head
from reader.ingest.ad_marks import (
    AD_SCORE,
    CLASSIFIED,
    ad_score,
    article_not_ad,
    bylined_prose,
    classified,
    story_first,
)
from reader.ingest.ad_wraps import join_wrapped
from reader.ingest.after_rows import NOTICE_UNDER_TITLE
from reader.ingest.article import build_article
from reader.ingest.banks import wrapped_banks
from reader.ingest.blocks import split_blocks
from reader.ingest.brevities import dash_runs, run_in_heads
from reader.ingest.figure_rows import figure_rows
from reader.ingest.folio_titles import TITLE_OVER_FOLIO, TITLE_UNDER_FOLIO, title_under_folio
from reader.ingest.folio_under import folio_under
from reader.ingest.foot_folio import FOOT_FOLIO, foot_folio
from reader.ingest.front_masthead import front_masthead
from reader.ingest.head import deck_banks
from reader.ingest.index_box import index_boxes
from reader.ingest.items import split_groups
from reader.ingest.label import LABEL_RULE, label_rule, section_label
from reader.ingest.label_caps import notices_label
from reader.ingest.lines import Line, PageText, Para
from reader.ingest.listing import Listing, split_listing
from reader.ingest.listing_article import build_listing
from reader.ingest.listing_parts import COLOPHON_RULE, listing_parts
from reader.ingest.masthead import MastheadResult
from reader.ingest.masthead_box import box_item
from reader.ingest.masthead_ears import EARS
from reader.ingest.news_tables import news_table
from reader.ingest.notice_ads import NOTICE_AD, terms_notice
from reader.ingest.notices_title import (
    IN_NOTICES_COLUMN,
    UNDER_NOTICES_TITLE,
    NoticesColumn,
    title_alone,
)
from reader.ingest.page_files import id_name
from reader.ingest.page_title import PAGE_TITLE, page_title
from reader.ingest.part_numbers import numbered_parts
from reader.ingest.playbills import PLAYBILL, bills, playbill
from reader.ingest.repair import Vocabulary
from reader.ingest.running_head import paper_folio, running_head, take_number_under
from reader.ingest.segment import pages
from reader.ingest.shop_ads import display_ad
from reader.ingest.small_ads import has_contact, small_ads
from reader.ingest.spaced_runs import spaced_runs_on
from reader.ingest.start_clue import clue_splits
from reader.ingest.tab_head import tab_heads
from reader.ingest.units import to_units
from reader.ingest.want_ads import WANT_AD, build_want_ad, want_ad
from reader.ingest.web_head import credited_web_head, web_head
from reader.ingest.wrapped_captions import whole_captions
from reader.jump_links import link_jumps
from reader.model import SCHEMA, Article, Edition, Item, Masthead, Page, Source, Text
from reader.page_numbers import page_number
from reader.section_names import INFERRED as _INFERRED
from reader.slugs import slug

__all__ = ["explain_text", "ingest_text"]


Known = Callable[[str, int, str | None], None]


def ingest_text(
    text: str, name: str = "edition", encoding: str = "utf-8", known: Known | None = None
) -> Edition:
    """known(edition id, pages, the front page's printed number) is called once the front
    page gives the id (its masthead's paper and date), before the other pages are read: a
    caller can refuse."""
    vocab = Vocabulary(text)
    masthead: Masthead | None = None
    warnings: list[str] = []
    out_pages: list[Page] = []
    texts = pages(text)
    for pt in texts:
        paper = masthead.paper if masthead else None
        page, found = text_page(pt, vocab, front=masthead is None and not out_pages, paper=paper)
        if found:
            masthead = found.masthead
            warnings.extend(found.warnings)
        out_pages.append(page)
        if known and len(out_pages) == 1:
            known(edition_id(masthead, id_name(name)), len(texts), page.printed)
    edition = Edition(
        schema=SCHEMA,
        id=edition_id(masthead, id_name(name)),
        source=Source(
            name=name,
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            encoding=encoding,
            chars=len(text),
        ),
        masthead=masthead,
        pages=out_pages,
        warnings=warnings,
    )
    return link_jumps(edition)  # a story's parts are known only once every page is read


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
        ears, paras = tuple(_items(pt, paras[:above], vocab, notices)), paras[above:]
    items = _items(pt, paras, vocab, notices, before=ears)
    if label is None and not eared:
        label, items = page_title(items, paras, pt.number)
        label_why = PAGE_TITLE
    section, inferred = (label.text, False) if label else (infer_section(items, pt.latin), True)
    explain.note(f"p{pt.number}", "", label_why if label else _INFERRED_RULE)
    printed = page_number(said, plate)
    return Page(pt.number, section, items, inferred, label, folio=folio, printed=printed), found


LABEL_AGAIN = "masthead: the running head's section name printed again under it (one label)"
_NOTICE = "ad: a notice on a page labelled for notices ('LEGAL NOTICES')"
_INFERRED_RULE = "page: no label printed, section inferred from its items"


def explain_text(
    text: str, name: str = "edition", encoding: str = "utf-8"
) -> tuple[Edition, explain.Trace]:
    """ingest_text, and the rule that decided each item's and leaf's kind."""
    with explain.tracing() as trace:
        return ingest_text(text, name, encoding), trace


def _items(
    pt: PageText, paras: list[Para], vocab: Vocabulary, notices: bool, before: tuple[Item, ...] = ()
) -> list[Item]:
    """notices: the page's label says it holds notices ('LEGAL NOTICES'): each is an ad."""
    items: list[Item] = list(before)  # items above these on the page (ears)
    groups = clue_splits(split_groups(paras, pt.dense, pt.latin), _no_split)
    groups = numbered_parts(index_boxes(groups))
    column = NoticesColumn()  # a notices column's title above: the groups under it, notices
    for gi, group in enumerate(groups):
        why = f"items: {group.why}"
        if cuts := sorted({p.cut for p in group.paras if p.cut}):
            why += "; " + "; ".join(cuts)
        listings = _listing(group.paras)
        listings = None if listings is None else listing_parts(listings)
        for li, listing in enumerate(listings or []):
            item_id = f"p{pt.number}-{len(items) + 1}"
            start = why if li == 0 else listing.why or "listing: a heading starts the next listing"
            if listing.entries or not listing.pieces or listing.why == COLOPHON_RULE:
                article, rules = build_listing(listing, item_id, vocab)
                what = f"listing of {listing.entries} entries" if listing.pieces else "a title"
                explain.note(item_id, "", f"{start}; {what}")
                explain.note_all(item_id, rules)
            else:
                article = build_article(to_units(listing.paras()), item_id, vocab)
                explain.note(item_id, "", f"{start}; article: a listing's item without entries")
            items.append(article)
        if listings is not None:
            continue
        item_id = f"p{pt.number}-{len(items) + 1}"
        score = ad_score(group.paras)
        bill = pt.latin and score < AD_SCORE and playbill(group.paras)
        shop = None if bill or score >= AD_SCORE else display_ad(group.paras, pt.latin, gi == 0)
        shop = shop or (NOTICE_AD if score < AD_SCORE and terms_notice(group.paras) else None)
        # a notice under '공고', or any under a column's title ('CLASSIFIED ADS'): an ad
        in_column = column.holds(group.paras)
        notice = notices or group.why in (NOTICE_UNDER_TITLE, UNDER_NOTICES_TITLE) or in_column
        column.read(group.paras)
        if want_ad(group.paras):
            items.append(build_want_ad(group.paras, item_id, gi == len(groups) - 1, vocab))
            explain.note(item_id, "", f"{why}; {WANT_AD}")
        elif score >= AD_SCORE and (kept := article_not_ad(group.paras) or news_table(group.paras)):
            items.append(build_article(to_units(group.paras), item_id, vocab))
            explain.note(item_id, "", f"{why}; {kept}")
        elif score >= AD_SCORE or notice and not title_alone(group.paras) or bill or shop:
            marks = f"ad: ad marks outweigh sentences (score {score:g})"
            notice_why = _NOTICE if notices else IN_NOTICES_COLUMN
            marks = marks if score >= AD_SCORE else PLAYBILL if bill else shop or notice_why
            if classified(group.paras):
                marks += f"; {CLASSIFIED}"
            parts = bills(group.paras) if bill else [group.paras]
            for part in parts:
                _ads(
                    items,
                    part,
                    f"{why}; {marks}",
                    pt.number,
                    last=gi == len(groups) - 1 and part is parts[-1],
                    vocab=vocab,
                    notice=score < AD_SCORE and not bill and not shop,
                )
        else:
            items.append(build_article(to_units(group.paras), item_id, vocab))
            kept = notice and title_alone(group.paras) or "article: sentences outweigh ad marks"
            explain.note(item_id, "", f"{why}; {kept}")
    return items


def _listing(paras: list[Para]) -> list[Listing] | None:
    """The listings the paragraphs hold, unless they are a story, signed or told before its
    entries."""
    listings = split_listing(paras)
    if listings is None or bylined_prose(paras) or story_first(paras) or terms_notice(paras):
        return None
    return listings


def _no_split(paras: list[Para]) -> bool:
    """Paragraphs the rules read as a listing or an ad: the learned start clue splits
    neither."""
    return _listing(paras) is not None or ad_score(paras) >= AD_SCORE


def _ads(
    items: list[Item],
    paras: list[Para],
    why: str,
    page: int,
    last: bool,
    vocab: Vocabulary,
    notice: bool = False,
) -> None:
    """The ad, or the page's small ads one by one (each with its own contact); notice: a
    notice on a page labelled for notices, prose set in a column."""
    parts = small_ads(paras, page_ends_here=last)
    for pi, part in enumerate(parts):
        item_id = f"p{page}-{len(items) + 1}"
        if pi < len(parts) - 1 and not has_contact(part) and category_head(part):
            items.append(build_article(to_units(part), item_id, vocab))
            explain.note(item_id, "", HEAD_OVER_ADS)
            continue
        ends = last and pi == len(parts) - 1
        cut = ends and len(parts) > 1 and not has_contact(part)
        ad = build_ad(part, item_id, page_ends_here=ends, cut_off=cut)
        items.append(join_wrapped(ad, part, vocab, notice))
        explain.note(item_id, "", why if pi == 0 else f"{_SMALL_AD}; {why.split('; ')[-1]}")


_SMALL_AD = "items: a small ad with its own contact, after a gap"


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


def infer_section(items: list[Item], english: bool = False) -> str:
    ads, blank, interview, news = _INFERRED[english]
    articles = [it for it in items if isinstance(it, Article)]
    if not articles:
        return ads if items else blank
    if any(b.kind == "question" for a in articles for b in a.body):
        return interview
    return news


def edition_id(masthead: Masthead | None, name: str) -> str:
    if masthead and masthead.paper and masthead.date:
        raw = f"{masthead.paper}-{masthead.date}"
    else:
        raw = name
    # The id names the edition's file: a long source name is cut to fit.
    return store.fit_stem(slug(raw), ".json").rstrip("-.") or "edition"
