"""Editions, single pages and a daily archive of them."""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable, Iterable
from pathlib import Path

from tests.gen.breaks import _emit, _plan_breaks
from tests.gen.english import english_day, plan_english_page
from tests.gen.english import masthead as english_masthead
from tests.gen.pages import _page_kinds, _PagePlan, _plan_page, _section_label, convention_kinds
from tests.gen.paper import BASE_DAY, PAPER, PAPER_ASCII, _default_date, make_masthead
from tests.gen.plan import _Out
from tests.gen.truth import CONVENTIONS, Edition, GeneratedEdition, Page


def _conventions(conventions: Iterable[str]) -> frozenset[str]:
    conv = frozenset(conventions)
    if unknown := conv - set(CONVENTIONS):
        raise ValueError(f"unknown conventions {sorted(unknown)}; known: {', '.join(CONVENTIONS)}")
    return conv


def generate_edition(
    seed: int, pages: int = 40, date: dt.date | None = None, conventions: Iterable[str] = ()
) -> GeneratedEdition:
    """conventions (CONVENTIONS) add other papers' habits; none gives the seed's paper."""
    if pages < 1:
        raise ValueError("pages must be at least 1")
    conv = _conventions(conventions)
    if "english" in conv:
        return _english_edition(seed, pages, date)
    day = date or _default_date(seed)
    r = random.Random(seed)
    masthead = make_masthead(day) if r.random() < 0.9 else None
    kinds = _page_kinds(r, pages)
    if conv:
        kinds = convention_kinds(random.Random(f"{seed}:kinds"), kinds, conv)
    plans = []
    for n, kind in enumerate(kinds, start=1):
        pr = random.Random(f"{seed}:{n}")
        section = _section_label(pr, kind, n, pages)
        plans.append(_plan_page(pr, n, kind, section, day, masthead if n == 1 else None, conv))
    _plan_breaks(r, plans)
    return _write(plans, r, seed, day, Edition(PAPER, PAPER_ASCII, day.isoformat(), masthead))


def _english_edition(seed: int, pages: int, date: dt.date | None) -> GeneratedEdition:
    day = date or english_day(seed)
    r = random.Random(seed)
    masthead = english_masthead(r, day, seed)
    plans = []
    for n in range(1, pages + 1):
        pr = random.Random(f"{seed}:{n}")
        page, paras, arts = plan_english_page(pr, n, masthead if n == 1 else None)
        plans.append(_PagePlan(page, paras, arts, "", pr.choice(("\n", "\n\n"))))
    truth = Edition(masthead[0].paper, "", day.isoformat(), masthead[0])
    return _write(plans, r, seed, day, truth)


def _write(
    plans: list[_PagePlan], r: random.Random, seed: int, day: dt.date, truth: Edition
) -> GeneratedEdition:
    out = _Out(0)
    starts = []
    for i, plan in enumerate(plans):
        if i:
            out.put("\f")
        starts.append(out.pos)
        _emit(out, plan, r)
    truth.pages = [pl.page for pl in plans]
    return GeneratedEdition("".join(out.parts), truth, seed, day, starts)


def generate_page(
    rng: random.Random,
    number: int = 2,
    *,
    kind: str | None = None,
    section: str | None = None,
    day: dt.date | None = None,
    offset: int = 0,
    conventions: Iterable[str] = (),
) -> tuple[str, Page]:
    """One page without a masthead (kind: news | briefs | interview | opinion | ad, and with
    conventions listing | corpus | english)."""
    conv = _conventions(conventions)
    kind = kind or rng.choice(("news", "briefs", "interview", "opinion", "ad"))
    if kind == "english":
        page, paras, arts = plan_english_page(rng, number, None)
        plan = _PagePlan(page, paras, arts, "", "\n")
    else:
        plan = _plan_page(rng, number, kind, section, day or BASE_DAY, None, conv)
        _plan_breaks(rng, [plan])
    out = _Out(offset)
    _emit(out, plan, rng)
    return "".join(out.parts), plan.page


def archive_seed(day: dt.date, seed: int = 0) -> int:
    return seed * 1_000_003 + day.toordinal()


def archive_name(day: dt.date) -> str:
    return f"{PAPER_ASCII}-{day.isoformat()}.txt"


def generate_archive(
    root: Path,
    years: int = 10,
    pages: int = 40,
    end: dt.date = BASE_DAY,
    seed: int = 0,
    days: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    conventions: Iterable[str] = (),
) -> list[Path]:
    """Daily editions for `years` years (or the last `days` days) up to `end`, oldest first.

    Existing files are kept, so an interrupted run resumes where it stopped.
    """
    conventions = tuple(conventions)
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    if days is None:
        try:
            first = end.replace(year=end.year - years) + dt.timedelta(days=1)
        except ValueError:  # 29 February
            first = end.replace(year=end.year - years, day=28) + dt.timedelta(days=1)
        days = (end - first).days + 1
    first = end - dt.timedelta(days=days - 1)
    paths = []
    for k in range(days):
        day = first + dt.timedelta(days=k)
        path = root / archive_name(day)
        paths.append(path)
        if not path.exists():
            text = generate_edition(archive_seed(day, seed), pages, day, conventions).text
            tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)  # a killed run never leaves a half file under the real name
        if progress is not None:
            progress(k + 1, days)
    return paths
