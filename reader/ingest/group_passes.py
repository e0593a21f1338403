"""The passes over a page's groups once the walk (items.split_groups) has made them: a
classified ad cut off an item's foot, a category's head set apart under its last ad, a
notice cut off the group above it, a head too long to be a headline cut, then the standing
heads and letters' titles over their runs."""

from __future__ import annotations

from reader.ingest.ad_marks import classified_tail
from reader.ingest.listing import named_listing
from reader.ingest.long_head import split_long_head
from reader.ingest.notice_ads import notice_after
from reader.ingest.notices_title import CATEGORY_APART, category_under_contact
from reader.ingest.runs import Group, letters_title, standing_heads


def group_passes(groups: list[Group]) -> list[Group]:
    parts = [part for group in groups for part in _ad_after(group)]
    parts = [part for group in parts for part in _category_apart(group)]
    parts = [part for group in parts for part in notice_after(group)]
    parts = [part for group in parts for part in split_long_head(group)]
    return letters_title(standing_heads(parts))


_AD_AFTER = "a classified ad after the item: short lines without a sentence over a contact"
_AD_AFTER_LISTING = "a classified ad after a listing of named entries ('▷NAME=…')"


def _category_apart(group: Group) -> list[Group]:
    """The group, or the group and the category's head set apart under its last ad."""
    if (k := category_under_contact(group.paras)) is None:
        return [group]
    head, under = Group(group.paras[k : k + 1], CATEGORY_APART), group.paras[k + 1 :]
    rest = [Group(under, _UNDER_CATEGORY)] if under else []
    return [Group(group.paras[:k], group.why), head, *rest]


_UNDER_CATEGORY = "the first small ad under its category's head"


def _ad_after(group: Group) -> list[Group]:
    """The group, or the group and the classified ad that closes it."""
    k = classified_tail(group.paras)
    if k is None:
        return [group]
    why = _AD_AFTER_LISTING if named_listing(group.paras[:k]) else _AD_AFTER
    return [Group(group.paras[:k], group.why), Group(group.paras[k:], why)]
