"""Round fifty-eight: an English caption over its credit, set tight in its column
(english_captions.py), and the credits English captions close on ('… Friday. Photo: NAME',
'(Courier photo by NAME)'; credits.py)."""

from __future__ import annotations

from reader.ingest.credits import CREDIT, credit_suffix
from reader.ingest.english_captions import EN_CAPTION, english_captions
from reader.ingest.lines import Line
from reader.ingest.units import Unit, line_kind


def _unit(kind: str, *texts: str, gap: int = 0, rule: str = "plain text") -> Unit:
    return Unit(kind, [Line(t, 100 * k) for k, t in enumerate(texts)], gap=gap, rule=rule)


STORY = _unit("text", "The council voted 7-2 on Thursday to keep the", "night routes for a year.")
BELOW = _unit("text", "To cover the cost, the council will draw on its", "parking fund.")
CAPTION = ("Riders board the No. 9 bus outside Mercy Hospital", "on Tuesday after the late shift.")


def test_a_sentence_of_its_own_over_a_credit_line_is_its_caption() -> None:
    units = [STORY, _unit("text", *CAPTION), _unit("credit", "Photo: Ann Hale"), BELOW]
    out = english_captions(units)
    assert [u.kind for u in out] == ["text", "caption", "credit", "text"]
    assert out[1].rule == EN_CAPTION and out[1].lines == units[1].lines


def test_two_sentences_or_a_sentences_tail_over_a_credit_line_are_no_caption() -> None:
    # near misses: a story's paragraph of two sentences ('No. 9' ends none), and the tail of
    # a sentence the line above leaves open
    two = _unit("text", "Riders board the No. 9 bus at night. Most of them", "work late shifts.")
    assert [u.kind for u in english_captions([STORY, two, _unit("credit", "Photo: Ann Hale")])] == [
        "text",
        "text",
        "credit",
    ]
    open_above = _unit("text", "The council voted on Thursday to keep the night")
    tail = _unit("text", "routes for another year.")
    out = english_captions([open_above, tail, _unit("credit", "Photo: Ann Hale")])
    assert [u.kind for u in out] == ["text", "text", "credit"]


def test_a_line_over_the_line_its_credit_closes_is_the_captions_first() -> None:
    suffixed = "on Tuesday after the late shift. (Photo by Ann Hale)"
    kind, _, rule = line_kind(suffixed)
    units = [STORY, _unit("text", CAPTION[0], gap=1), _unit(kind, suffixed, rule=rule)]
    out = english_captions(units)
    assert len(out) == 2 and out[1].kind == "caption" and EN_CAPTION in out[1].rule
    assert [x.text for x in out[1].lines] == [CAPTION[0], suffixed]


def test_a_short_head_over_a_credited_caption_is_not_taken_into_it() -> None:
    # near miss: the line over the caption is a head, far shorter than the caption's line
    suffixed = "Riders board the No. 9 bus on Tuesday night. Photo: Ann Hale"
    kind, _, rule = line_kind(suffixed)
    units = [_unit("text", "Night buses stay", gap=1), _unit(kind, suffixed, rule=rule)]
    assert english_captions(units) == units


def test_a_bare_or_bracketed_english_credit_closes_a_caption() -> None:
    assert credit_suffix("Riders board the bus on Tuesday. Photo: Ann Hale") == "Photo: Ann Hale"
    assert credit_suffix("The bus in 1950. Photograph: Ann Hale/Ledger")
    assert CREDIT.match("(Courier photo by Ann Hale)")
    # near misses: what follows 'Photo:' names no one; a bracket tells of a photo booth
    assert credit_suffix("He paused. Photo: the old ferry at dawn.") is None
    assert not CREDIT.match("(Photo booth opens at noon)")
