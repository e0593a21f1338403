"""A page's paragraphs -> its items: the groups (items.py, start_clue.py), each read as a
listing, an article or an ad (or a page's small ads, one by one): the classify stage."""

from __future__ import annotations

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
from reader.ingest.entry_wraps import entry_wraps
from reader.ingest.foot_notices import (
    FOOT_NOTICE,
    FOOT_NOTICE_AD,
    notice_apart,
    notice_cut,
    notice_listing,
)
from reader.ingest.index_box import index_boxes
from reader.ingest.items import split_groups
from reader.ingest.lines import PageText, Para
from reader.ingest.listing import Listing, split_listing
from reader.ingest.listing_article import build_listing
from reader.ingest.listing_parts import COLOPHON_RULE, listing_parts
from reader.ingest.news_tables import news_table
from reader.ingest.notice_ads import NOTICE_AD, terms_notice
from reader.ingest.notices_title import (
    IN_NOTICES_COLUMN,
    UNDER_NOTICES_TITLE,
    NoticesColumn,
    title_alone,
)
from reader.ingest.part_numbers import numbered_parts
from reader.ingest.playbills import PLAYBILL, bills, playbill
from reader.ingest.repair import Vocabulary
from reader.ingest.shop_ads import display_ad
from reader.ingest.small_ads import has_contact, small_ads
from reader.ingest.start_clue import clue_splits
from reader.ingest.units import to_units
from reader.ingest.want_ads import WANT_AD, build_want_ad, want_ad
from reader.model import Item

_NOTICE = "ad: a notice on a page labelled for notices ('LEGAL NOTICES')"


def page_items(
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
        listings = None if listings is None else notice_apart(listing_parts(listings))
        listed = listings or []
        for li, listing in enumerate(listed):
            item_id = f"p{pt.number}-{len(items) + 1}"
            start = why if li == 0 else listing.why or "listing: a heading starts the next listing"
            if listing.why == FOOT_NOTICE:
                last = gi == len(groups) - 1 and listing is listed[-1]
                _ads(items, listing.paras(), f"{start}; {FOOT_NOTICE_AD}", pt.number, last, vocab)
                continue
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
    if listings is not None:
        entry_wraps(paras, listings)
    if listings is None and (k := notice_cut(paras)) and (above := _listing(paras[:k])):
        return [*above, notice_listing(paras, k)]  # a notice's prose outweighed the entries
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
