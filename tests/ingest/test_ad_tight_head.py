"""A classified column's head run in before a dash set tight against its text ('RATES—One
cent a word each in-' / 'sertion; …'): the head is the ad's title, the text after the dash
its first paragraph, joined with the lines it wraps into (ad_wraps.TIGHT_HEAD). Near miss:
capitals after the dash run no head into a sentence. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_wraps import TIGHT_HEAD
from reader.model import Ad

RATES = "RATES—One cent a word each in-\nsertion; no ad taken for less than\n25 cents.\n"
# a category's head over its want ads, set tight under the notice
WANTS = (
    "HELP WANTED—FEMALE\n"
    "WANTED—Competent girl for general\nhousework; good wages. Apply 12 Oak st.\n"
    "WANTED—Saleslady for dry goods. Apply\nin person, The Fair Store.\n"
)


def test_the_rates_notice_set_tight_under_the_columns_title_is_titled_by_its_head() -> None:
    text = f"CLASSIFIED ADVERTISING\n{RATES}{WANTS}"
    edition, trace = explain_text(text)
    [ad] = [x for x in edition.pages[0].items if isinstance(x, Ad) and "cent" in str(x)]
    assert ad.title is not None and ad.title.text == "RATES"
    first = ad.blocks[0].text  # type: ignore[union-attr]
    assert first == "One cent a word each insertion; no ad taken for less than 25 cents."
    assert trace.rule(ad.id, "title") == TIGHT_HEAD


def test_near_miss_capitals_after_the_dash_keep_the_line_whole() -> None:
    # the same ad with capitals after its dash: no sentence opens there, so no head is run in
    rest = RATES.split("\n", 1)[1]
    text = f"CLASSIFIED ADVERTISING\nRATES—ONE CENT A WORD each in-\n{rest}{WANTS}"
    edition, trace = explain_text(text)
    [ad] = [x for x in edition.pages[0].items if isinstance(x, Ad) and "cent" in str(x)]
    assert trace.rule(ad.id, "title") != TIGHT_HEAD
    assert ad.title is not None and ad.title.text.startswith("RATES—ONE CENT A WORD")
