"""Round fifty-eight: an English credit line after a dash or in capitals ('—Photo by NAME.',
'PICTURE: NAME'; credits.py, units.line_kind), and a caption opening in capitals over it,
set tight in a column with no blank lines (portrait_captions.py)."""

from __future__ import annotations

from reader.ingest.credits import CREDIT
from reader.ingest.lines import Line
from reader.ingest.portrait_captions import PORTRAIT_CAPTION, portrait_captions
from reader.ingest.units import Unit, line_kind


def _unit(kind: str, *texts: str, gap: int = 0) -> Unit:
    return Unit(kind, [Line(t, 100 * k) for k, t in enumerate(texts)], gap=gap, rule="plain text")


def test_a_dashed_credit_line_is_a_credit_and_a_dashed_sentence_an_item() -> None:
    assert line_kind("—Photo by Marsh.")[0] == "credit"
    assert line_kind("PICTURE: ANN LOWE")[0] == "credit"
    # near miss: a dash before a sentence that tells of a photo is a list's item
    assert line_kind("—Photo prints will be shown at the fair.")[0] == "dash"
    assert not CREDIT.match("PICTURE HOUSE OPENS")


STORY = ("The marriage of Miss Ada Price and Mr. John Hale took", "place at noon yesterday.")


def test_a_sitters_name_in_capitals_over_its_credit_is_the_caption() -> None:
    units = [
        _unit("text", "HALE—PRICE."),
        _unit("text", "MRS. JOHN HALE,"),
        _unit("text", "Who Before Her Marriage Was", "Miss Ada Price."),
        _unit("credit", "—Photo by Marsh."),
        _unit("text", *STORY),
    ]
    out = portrait_captions(units)
    assert [u.kind for u in out] == ["text", "caption", "credit", "text"]
    assert out[1].rule == PORTRAIT_CAPTION
    assert [x.text for x in out[1].lines] == [
        "MRS. JOHN HALE,",
        "Who Before Her Marriage Was",
        "Miss Ada Price.",
    ]
    assert out[3].lines == units[4].lines  # the story under the credit stays the story's


def test_a_head_in_capitals_over_a_paragraph_over_a_credit_is_no_caption() -> None:
    # near miss: the head closes a sentence of its own above the paragraph's
    units = [
        _unit("text", "PERSONAL MENTION."),
        _unit("text", "Mrs. Ada Hale returned Thursday", "from a visit in Denham."),
        _unit("credit", "—Photo by Marsh."),
        _unit("text", *STORY),
    ]
    assert [u.kind for u in portrait_captions(units)] == ["text", "text", "credit", "text"]


def test_a_blank_line_between_the_capitals_and_the_credit_stops_the_caption() -> None:
    # near miss: the lines over the credit open on no capitals before a blank line
    units = [
        _unit("text", "MRS. JOHN HALE,"),
        _unit("text", "who spoke at the club yesterday", "on playgrounds.", gap=1),
        _unit("credit", "—Photo by Marsh."),
    ]
    assert [u.kind for u in portrait_captions(units)] == ["text", "text", "credit"]
