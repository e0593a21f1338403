"""A nameplate with ears over it: 'THE WEATHER' and its forecast, or the paper's
circulation, printed on the first lines, above the paper's name and its dated line
('VOL. XXXIV. NO. 212. MERIDIAN, OHIO, TUESDAY, OCTOBER 17, 1916.'). The dated line with
the issue's number is the masthead's wherever it stands among the first lines; the run of
lines in capitals right over it is the nameplate (a wire's ear beside the name in it, the
name the line that says what the paper is); the ears above stay the page's items
(docs/representation.md, "Ears above the nameplate")."""

from __future__ import annotations

import re
from dataclasses import replace

from msgspec import structs

from reader.ingest.ad_heads import caps_head
from reader.ingest.head import is_caps, is_noise
from reader.ingest.lines import Line
from reader.ingest.masthead import MastheadResult
from reader.ingest.masthead_en import DATE, ISSUE, PAPER_WORD, parse_english_masthead

EARS = "masthead: a dated line with the issue's number under the nameplate, ears above them"
_WINDOW = 12  # the first lines the dated line stands among
_NAMED = re.compile(rf"\b(?:{PAPER_WORD})\b")


def eared_masthead(lines: list[Line]) -> MastheadResult | None:
    """The masthead under the ears (lines=0: it does not open the page; its spans say
    which lines it takes), or None."""
    at = next(
        (
            k
            for k, line in enumerate(lines[:_WINDOW])
            if ISSUE.search(line.text) and DATE.search(line.text) and is_caps(line.text)
        ),
        None,
    )
    if not at:
        return None
    top = at
    while top > 0 and (caps_head(lines[top - 1].text) or is_noise(lines[top - 1].text)):
        top -= 1
    plate = [x for x in lines[top:] if not is_noise(x.text)]  # OCR specks around the name
    if top == at or not plate or plate[0] is lines[at]:
        return None  # nothing above the nameplate, or no nameplate
    found = parse_english_masthead(plate)
    if found is None:
        return None
    masthead = found.masthead
    named = [k for k, x in enumerate(plate[: plate.index(lines[at])]) if _NAMED.search(x.text)]
    if named and plate.index(lines[at]) > 1:
        k = named[0]
        name = plate[k].text
        if k and _THE.match(plate[k - 1].text) and _NAME_GOES_ON.match(name):
            name = f"{plate[k - 1].text} {name}"  # 'THE MARLOWE' / 'DAILY TRIBUNE': one name
        masthead = structs.replace(masthead, paper=name)  # a wire's ear stands beside it
    last = lines.index(plate[found.lines - 1]) + 1
    while last < len(lines) and is_noise(lines[last].text):
        last += 1  # specks under the dated line are the nameplate's too
    spans = [(x.start, x.end) for x in lines[top:last]]
    masthead = structs.replace(masthead, spans=spans)
    return replace(found, masthead=masthead, lines=0, rule=f"{found.rule}; {EARS}")


# A nameplate's first line when the name is broken over two: 'THE MARLOWE' over 'DAILY
# TRIBUNE' (no paper's word in it: a wire's ear names its wire; an ear names the edition
# or the weather: 'THE LAST EDITION').
_THE = re.compile(r"^THE(?! .*\b(?:EDITION|EXTRA|WEATHER)\b)(?: [A-Z]+){1,2}$")
# The second line goes on with the name when it opens with what the paper is ('DAILY
# TRIBUNE', 'EVENING NEWS'); a name of its own opens with its place ('OAKDALE NEWS').
_NAME_GOES_ON = re.compile(rf"^(?:(?:DAILY|EVENING|MORNING|WEEKLY|SUNDAY) )*(?:{PAPER_WORD})\b")
