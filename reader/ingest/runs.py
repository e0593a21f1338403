"""Runs of items under a title: a standing head ('Obituaries', 'Letters to the Editor')
over items that each have a headline, and a title over a run of signed letters. The
title is an item of its own, with a headline only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.ingest.bylines import is_signature
from reader.ingest.case_numbers import court_line
from reader.ingest.head import headline_like, is_caps, is_title_case, standing_head
from reader.ingest.letters import EN_SIGNATURE
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL as ENDS_SENTENCE
from reader.ingest.units import is_plain


@dataclass
class Group:
    paras: list[Para]
    why: str  # what started it, for `broadsheet show --explain`


def head_line(para: Para) -> bool:
    return len(para.lines) == 1 and headline_like(para.lines[0].text)


def _signed(group: Group) -> bool:
    last = group.paras[-1]
    text = last.lines[-1].text
    return len(last.lines) == 1 and bool(EN_SIGNATURE.match(text) or is_signature(text))


_STANDING = "a standing head over an item's headline ('Obituaries'): the run's title"


STANDING_AFTER = "a standing head ('Obituaries') over a headline, after prose"
TITLE_OVER_CAPS = "a title-case line over a headline in capitals: the title of the run under it"


def standing_over_headline(paras: list[Para], k: int) -> str | None:
    """Why a line alone in its paragraph over a headline is a standing head, the title of
    the next run of items, or None. A title-case line over a headline in capitals is one
    too ('Letters From the People' / 'A WORD FOR THE LIBRARY.'): a story's subhead stands
    over its text, not over a headline."""
    if k + 2 >= len(paras) or not head_line(paras[k]) or not head_line(paras[k + 1]):
        return None
    text = paras[k].lines[0].text
    if standing_head(text):
        return STANDING_AFTER
    # a title after a blank line, not a headline in capitals, nor a name and its role
    # ('/s/ NAME, Clerk'), nor a role under its name
    titled = is_title_case(text) and not is_caps(text) and text[:1].isalpha()
    if not titled or not paras[k].gap or "," in text or ENDS_SENTENCE.search(text):
        return None
    if not is_caps(paras[k + 1].lines[0].text):
        return None
    # set tight on the headline, or over a run of them: a story's subhead a blank line
    # over one section title ('Second Day's Program' / 'MORNING SESSION.') heads no run
    heads = (p for p in paras[k + 2 :] if head_line(p) and is_caps(p.lines[0].text))
    return TITLE_OVER_CAPS if not paras[k + 1].gap or next(heads, None) else None


def standing_heads(groups: list[Group]) -> list[Group]:
    """A group opened by a standing head ('Letters to the Editor') over a headline over
    the item: the head is an item of its own, with a headline only."""
    out: list[Group] = []
    for group in groups:
        paras = group.paras
        if standing_over_headline(paras, 0):
            out += [Group(paras[:1], group.why), Group(paras[1:], _STANDING)]
        else:
            out.append(group)
    return out


def letters_title(groups: list[Group]) -> list[Group]:
    """A title over a run of signed letters ('Letters to the Editor' / 'Keep the library
    open' / a letter / '— NAME'): the first letter has two head lines where the next has
    one, so its first line is the run's title, an item of its own."""
    for g, (first, second) in enumerate(zip(groups, groups[1:], strict=False)):
        heads = [head_line(p) and is_plain(p.lines[0].text) for p in first.paras[:3]]
        if heads != [True, True, False] or not (_signed(first) and _signed(second)):
            continue
        if court_line(first.paras[0].lines[0].text):
            continue  # a ruling's court line over its title: one head (the digests' run)
        if [head_line(p) for p in second.paras[:2]] == [True, False]:
            title = Group(first.paras[:1], first.why)
            rest = Group(first.paras[1:], "a letter under the title of its run")
            return [*groups[:g], title, rest, *groups[g + 1 :]]
    return groups


DEATHS_HEAD = "head: a standing title over its entries"
STANDING_ENTRIES = "an entry under a standing title ('DEATH NOTICES'), one a paragraph"
_NOTICE_MAX = 120  # characters of one entry
# the standing titles over a list of the dead (a person an entry)
_DEATHS = re.compile(r"^(?:deaths|death notices|funeral notices|funerals|in memoriam)$", re.I)


def deaths_listed(title: str, rest: list[str]) -> bool:
    """'DEATH NOTICES' over 'HUTCH, Alvin P., 92, of Marlow, March 7. …' and nothing else,
    one line each, each a sentence or two: a list of entries, no deck or lead (a police
    log's entries are stories, a paragraph each)."""
    if len(rest) < 2 or not _DEATHS.match(title):
        return False
    return all(len(t) <= _NOTICE_MAX and t.endswith(".") for t in rest)
