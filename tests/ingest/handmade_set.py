"""The hand-made pages in tests/ingest/handmade/: page text and the structure a reader sees.

Each NN_name.txt has an NN_name.json written by hand (never by the parser or the
generator): the conventions the page shows, its masthead and, page by page, the
printed section label and the items. An article is {headline, subheadline, deck,
body: [[kind, text]], bylines: [[name, role, email, dateline]]} (missing keys are
empty); an ad is {kind: "ad", title, blocks: [[kind, ...]], truncated}. `truth()`
turns it into the generator's truth types, so tests/ingest/accuracy.py scores both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests import gen

HANDMADE = Path(__file__).parent / "handmade"
BLIND = Path(__file__).parent / "blind"
"""A second set, written without reading the ingest rules (tests/ingest/test_blind_sets.py)."""
BLIND2 = Path(__file__).parent / "blind2"
"""A third set, written blind after the rules that the second set tuned."""
BLIND3 = Path(__file__).parent / "blind3"
"""A fourth set, written blind after the rules that the third set tuned."""
BLIND4 = Path(__file__).parent / "blind4"
"""A fifth set, written blind after the rules that BLIND3 tuned."""
BLIND5 = Path(__file__).parent / "blind5"
"""A sixth set (the fifth blind one), written blind after the rules that BLIND4 tuned."""
BLIND6 = Path(__file__).parent / "blind6"
"""A seventh set (the sixth blind one), written blind after the rules that BLIND5 tuned."""
BLIND7 = Path(__file__).parent / "blind7"
"""An eighth set (the seventh blind one), written blind after the seventh round of rules."""
BLIND8 = Path(__file__).parent / "blind8"
"""A ninth set (the eighth blind one), written blind after the eighth round of rules."""
BLIND9 = Path(__file__).parent / "blind9"
"""A tenth set (the ninth blind one), written blind while rounds nine and ten were written."""
BLIND10 = Path(__file__).parent / "blind10"
"""An eleventh set (the tenth blind one), written blind while round ten was written."""
BLIND11 = Path(__file__).parent / "blind11"
"""A twelfth set (the eleventh blind one), written blind after round twelve."""
BLIND12 = Path(__file__).parent / "blind12"
"""A thirteenth set (the twelfth blind one), written blind on main 9705d99."""
BLIND13 = Path(__file__).parent / "blind13"
"""A fourteenth set (the thirteenth blind one), written blind on main 3aa4231."""
BLIND14 = Path(__file__).parent / "blind14"
"""A fifteenth set (the fourteenth blind one), written blind on main 6dea32a."""
BLIND15 = Path(__file__).parent / "blind15"
"""A sixteenth set (the fifteenth blind one), written blind on main dc4f0a0."""
BLIND16 = Path(__file__).parent / "blind16"
"""A seventeenth set (the sixteenth blind one), written blind on main e33a853, run on 173ce98."""
BLIND17 = Path(__file__).parent / "blind17"
"""An eighteenth set (the seventeenth blind one), written blind on main 8888e52, run on 7cbad0f."""
BLIND18 = Path(__file__).parent / "blind18"
"""A nineteenth set (the eighteenth blind one), written blind on main f5e691a and run on it."""
BLIND19 = Path(__file__).parent / "blind19"
"""A twentieth set (the nineteenth blind one), written blind on main f5e691a and run on it."""
BLIND20 = Path(__file__).parent / "blind20"
"""A twenty-first set (the twentieth blind one), written blind on main dcce651 and run on it."""
BLIND21 = Path(__file__).parent / "blind21"
"""A twenty-second set (the twenty-first blind one), written blind on main 2cd426e and run on it."""
BLIND22 = Path(__file__).parent / "blind22"
"""A twenty-third set (the twenty-second blind one), written blind on main ccb565b and run on it."""
BLIND23 = Path(__file__).parent / "blind23"
"""A twenty-fourth set (the twenty-third blind one), written blind on main ccb565b, beside
blind22 by another author, and run on it."""
BLIND24 = Path(__file__).parent / "blind24"
"""A twenty-fifth set (the twenty-fourth blind one), written blind on main d5d6df7, beside
blind25 by another author, and run on it."""
BLIND25 = Path(__file__).parent / "blind25"
"""A twenty-sixth set (the twenty-fifth blind one), written blind on main d5d6df7, beside
blind24 by another author, and run on it."""
BLIND26 = Path(__file__).parent / "blind26"
"""A twenty-seventh set (the twenty-sixth blind one), written blind on main d5d6df7, beside
blind27 by another author, and run on it."""
BLIND27 = Path(__file__).parent / "blind27"
"""A twenty-eighth set (the twenty-seventh blind one), written blind on main d5d6df7, beside
blind26 by another author, and run on it."""
BLIND28 = Path(__file__).parent / "blind28"
"""A twenty-ninth set (the twenty-eighth blind one), written blind on main ca04e56, beside
blind29 by another author, and run on it."""
BLIND29 = Path(__file__).parent / "blind29"
"""A thirtieth set (the twenty-ninth blind one), written blind on main ca04e56, beside
blind28 by another author, and run on it."""
BLIND30 = Path(__file__).parent / "blind30"
"""A thirty-first set (the thirtieth blind one), written blind on main 05164c6, beside
blind31 by another author, and run on it."""
BLIND31 = Path(__file__).parent / "blind31"
"""A thirty-second set (the thirty-first blind one), written blind on main 05164c6, beside
blind30 by another author, and run on it."""
BLIND32 = Path(__file__).parent / "blind32"
"""A thirty-third set (the thirty-second blind one), written blind on main eac0eaf, beside
blind33 by another author, and run on it."""
BLIND33 = Path(__file__).parent / "blind33"
"""A thirty-fourth set (the thirty-third blind one), written blind on main eac0eaf, beside
blind32 by another author, and run on it."""
BLIND34 = Path(__file__).parent / "blind34"
"""A thirty-fifth set (the thirty-fourth blind one), written blind on main 57b0b53, beside
blind35 by another author, and run on it."""
BLIND35 = Path(__file__).parent / "blind35"
"""A thirty-sixth set (the thirty-fifth blind one), written blind on main 57b0b53, beside
blind34 by another author, and run on it."""
BLIND36 = Path(__file__).parent / "blind36"
"""A thirty-seventh set (the thirty-sixth blind one), written blind on main 062514e, beside
blind37 by another author, and run on it."""
BLIND37 = Path(__file__).parent / "blind37"
"""A thirty-eighth set (the thirty-seventh blind one), written blind on main 062514e, beside
blind36 by another author, and run on it."""
BLIND38 = Path(__file__).parent / "blind38"
"""A thirty-ninth set (the thirty-eighth blind one), written blind on main d4b2012, beside
blind39 by another author, and run on it."""
BLIND39 = Path(__file__).parent / "blind39"
"""A fortieth set (the thirty-ninth blind one), written blind on main d4b2012, beside
blind38 by another author, and run on it."""
BLIND40 = Path(__file__).parent / "blind40"
"""A forty-first set (the fortieth blind one), written blind on main de5fbf4, beside
blind41 by another author, and run on it."""
BLIND41 = Path(__file__).parent / "blind41"
"""A forty-second set (the forty-first blind one), written blind on main de5fbf4, beside
blind40 by another author, and run on it."""
BLIND42 = Path(__file__).parent / "blind42"
"""A forty-third set (the forty-second blind one), written blind on main 468d2ed, beside
blind43 by another author, and run on it."""
BLIND43 = Path(__file__).parent / "blind43"
"""A forty-fourth set (the forty-third blind one), written blind on main 468d2ed, beside
blind42 by another author, and run on it."""
BLIND44 = Path(__file__).parent / "blind44"
"""A forty-fifth set (the forty-fourth blind one), written blind on main c869200, beside
blind45 by another author, and run on it."""
BLIND45 = Path(__file__).parent / "blind45"
"""A forty-sixth set (the forty-fifth blind one), written blind on main c869200, beside
blind44 by another author, and run on it."""
BLIND46 = Path(__file__).parent / "blind46"
"""A forty-seventh set (the forty-sixth blind one), written blind on main ea16ad1, beside
blind47 by another author, and run on it."""
BLIND47 = Path(__file__).parent / "blind47"
"""A forty-eighth set (the forty-seventh blind one), written blind on main ea16ad1, beside
blind46 by another author, and run on it."""
BLIND48 = Path(__file__).parent / "blind48"
"""A forty-ninth set (the forty-eighth blind one), written blind on main be7db8f, beside
blind49 by another author, and run on it."""
BLIND49 = Path(__file__).parent / "blind49"
"""A fiftieth set (the forty-ninth blind one), written blind on main be7db8f, beside
blind48 by another author, and run on it."""
BLIND50 = Path(__file__).parent / "blind50"
"""A fifty-first set (the fiftieth blind one), written blind on main 00d2e08, of pages outside
the fourteen kinds the sets before it kept to, and run on it."""
BLIND51 = Path(__file__).parent / "blind51"
"""A fifty-second set (the fifty-first blind one), written blind on main 9e697c5 while round
thirty-three was written beside it, of pages outside the fourteen kinds (other kinds than
blind50's), and run on it."""
BLIND52 = Path(__file__).parent / "blind52"
"""A fifty-third set (the fifty-second blind one), written blind on main b8a5aa6 by the blind52
author slot, of pages of the fourteen kinds in sections the sets rarely use, and run on it."""
BLIND53 = Path(__file__).parent / "blind53"
"""A fifty-fourth set (the fifty-third blind one), written blind on main b8a5aa6 in the
fifty-third author slot, of pages outside the fourteen kinds (other kinds than blind50's and
blind51's), and run on it."""
BLIND54 = Path(__file__).parent / "blind54"
"""A fifty-fifth set (the fifty-fourth blind one), written blind on main b8a5aa6 by the blind54
author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND55 = Path(__file__).parent / "blind55"
"""A fifty-sixth set (the fifty-fifth blind one), written blind on main b8a5aa6 by the blind55
author slot, of pages outside the fourteen kinds (other kinds than blind50's and blind51's), and
run on it."""
BLIND56 = Path(__file__).parent / "blind56"
"""A fifty-seventh set (the fifty-sixth blind one), written blind on main 42d0e9e by the blind56
author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND57 = Path(__file__).parent / "blind57"
"""A fifty-eighth set (the fifty-seventh blind one), written blind on main 42d0e9e by the blind57
author slot, of pages outside the fourteen kinds (medical, literary, learning, women's, IT and
game papers; African, wartime and island English papers), and run on it."""
BLIND58 = Path(__file__).parent / "blind58"
"""A fifty-ninth set (the fifty-eighth blind one), written blind on main 42d0e9e by the blind58
author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND59 = Path(__file__).parent / "blind59"
"""A sixtieth set (the fifty-ninth blind one), written blind on main 42d0e9e by the blind59 author
slot, of pages outside the fourteen kinds (farm, county, trade, humour, science, Canadian weekly,
1890s Irish and Scottish, diocesan), and run on it."""
BLIND60 = Path(__file__).parent / "blind60"
"""A sixty-first set (the sixtieth blind one), written blind on main fa1ece0 by the blind60 author
slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND61 = Path(__file__).parent / "blind61"
"""A sixty-second set (the sixty-first blind one), written blind on main fa1ece0 by the blind61
author slot, of pages outside the fourteen kinds (Korean student, company, temple, LA community and
apartment papers; 1930s Australian rural, modern Indian, 1930s union and co-op), and run on it."""
BLIND62 = Path(__file__).parent / "blind62"
"""A sixty-third set (the sixty-second blind one), written blind on main fa1ece0 by the blind62
author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND63 = Path(__file__).parent / "blind63"
"""A sixty-fourth set (the sixty-third blind one), written blind on main fa1ece0 by the blind63
author slot, of pages outside the fourteen kinds (Korean stock, racing, TV, classified, North
Korea and children's papers; 1930s trade, commuter, 1860s and Caribbean English papers), and run
on it."""
BLIND64 = Path(__file__).parent / "blind64"
"""A sixty-fifth set (the sixty-fourth blind one), written blind on main fea5f84 by the blind64
author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND65 = Path(__file__).parent / "blind65"
"""A sixty-sixth set (the sixty-fifth blind one), written blind on main fea5f84 by the blind65
author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND66 = Path(__file__).parent / "blind66"
"""A sixty-seventh set (the sixty-sixth blind one), written blind on main 03ea817 by the blind66
author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND67 = Path(__file__).parent / "blind67"
"""A sixty-eighth set (the sixty-seventh blind one), written blind on main 03ea817 by the blind67
author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND68 = Path(__file__).parent / "blind68"
"""A sixty-ninth set (the sixty-eighth blind one), written blind on main 03ea817 by the blind68
author slot, of pages outside the fourteen kinds (Korean county, church, IT trade, military,
golf/fishing and alumni papers; US local weekly, 1890s British, farm and 1920s college English
papers), and run on it."""
BLIND72 = Path(__file__).parent / "blind72"
"""A seventy-third set (the seventy-second blind one), written blind on main b6e2509a by the
blind72 author slot, of the fourteen kinds with habits of print the other sets' descriptions do not
mention, and run on it."""
BLIND73 = Path(__file__).parent / "blind73"
"""A seventy-fourth set (the seventy-third blind one), written blind on main b6e2509a by the
blind73 author slot, of the fourteen kinds in sections the other sets rarely use, and run on it."""
BLIND74 = Path(__file__).parent / "blind74"
"""A seventy-fifth set (the seventy-fourth blind one), written blind on main b6e2509a by the blind74
author slot, of pages outside the fourteen kinds (Korean shipping, fisheries co-op, fire service,
Kazakhstan Korean, union and multicultural papers; 1950s high-school, 1940s Indian, 1910s prairie,
racing, shipping gazette, parish, treaty-port and bird-club English papers), and run on it."""
BLIND75 = Path(__file__).parent / "blind75"
"""A seventy-sixth set (the seventy-fifth blind one), written blind on main 126193ad by the blind75
author slot, of the fourteen kinds in sections and habits of print the other sets' descriptions do
not name, and run on it."""
BLIND76 = Path(__file__).parent / "blind76"
"""A seventy-seventh set (the seventy-sixth blind one), written blind on main 126193ad by the
blind76 author slot, of the fourteen kinds with habits of print the other sets' descriptions do not
mention, and run on it."""
BLIND77 = Path(__file__).parent / "blind77"
"""A seventy-eighth set (the seventy-seventh blind one), written blind on main 126193ad by the
blind77 author slot, of pages outside the fourteen kinds (Korean assembly, in-Japan, diocesan,
energy, exam and farm co-op papers; 1920s New Zealand, mining-camp, free sheet, company magazine,
market page, colonial gazette, temperance and computer club English papers), and run on it."""
BLIND78 = Path(__file__).parent / "blind78"
"""A seventy-ninth set (the seventy-eighth blind one), written blind on main b4cfae0d by the blind78
author slot, of typical pages of the fourteen kinds (each its paper's ordinary day's page), and run
on it."""
BLIND79 = Path(__file__).parent / "blind79"
"""An eightieth set (the seventy-ninth blind one), written blind on main 5aa95e2f by the blind79
author slot, of typical pages of the fourteen kinds (other papers and subjects than blind78's), and
run on it."""
BLIND80 = Path(__file__).parent / "blind80"
"""An eighty-first set (the eightieth blind one), written blind on main 5aa95e2f by the blind80
author slot, of typical pages of the fourteen kinds (each its paper's ordinary day's page), and run
on it."""
BLIND81 = Path(__file__).parent / "blind81"
"""An eighty-second set (the eighty-first blind one), written blind on main 5aa95e2f by the blind81
author slot, of typical pages of the fourteen kinds (each its paper's ordinary day's page), and run
on it."""
BLIND82 = Path(__file__).parent / "blind82"
"""An eighty-third set (the eighty-second blind one), written blind on main 805c8e7c by the blind82
author slot, of typical pages of the fourteen kinds (each its paper's ordinary day's page), and run
on it."""
BLIND83 = Path(__file__).parent / "blind83"
"""An eighty-fourth set (the eighty-third blind one), written blind on main 805c8e7c by the blind83
author slot, of typical pages of the fourteen kinds (papers and subjects other than blind78 ..
blind81's), and run on it."""
BLIND84 = Path(__file__).parent / "blind84"
"""An eighty-fifth set (the eighty-fourth blind one), written blind on main 805c8e7c by the blind84
author slot, of typical pages of the fourteen kinds (each its paper's ordinary day's page), and run
on it."""
BLIND85 = Path(__file__).parent / "blind85"
"""An eighty-sixth set (the eighty-fifth blind one), written blind on main 55775376 by the blind85
author slot, of typical pages of the fourteen kinds (papers and subjects other than blind78 ..
blind84's), and run on it."""
BLIND86 = Path(__file__).parent / "blind86"
"""An eighty-seventh set (the eighty-sixth blind one), written blind on main 55775376 by the blind86
author slot, of typical pages of the fourteen kinds (each its paper's ordinary day's page, papers
and subjects of its own), and run on it."""
BLIND87 = Path(__file__).parent / "blind87"
"""An eighty-eighth set (the eighty-seventh blind one), written blind on main b1656764 by the
blind87 author slot, of typical pages of the fourteen kinds (each set as its source gives it), and
run on it."""
BLIND88 = Path(__file__).parent / "blind88"
"""An eighty-ninth set (the eighty-eighth blind one), written blind on main b1656764 by the blind88
author slot, of typical pages of the fourteen kinds set tight (no blank line anywhere), and run on
it."""
BLIND89 = Path(__file__).parent / "blind89"
"""A ninetieth set (the eighty-ninth blind one), written blind on main b1656764 by the blind89
author slot, of typical pages of the fourteen kinds (each set as its source gives it), and run
on it."""
BLIND90 = Path(__file__).parent / "blind90"
"""A ninety-first set (the ninetieth blind one), written blind on main 491c8bcc by the blind90
author slot, of typical pages of the fourteen kinds (each set as its source gives it, papers and
subjects of its own), and run on it."""
BLIND91 = Path(__file__).parent / "blind91"
"""A ninety-second set (the ninety-first blind one), written blind on main 491c8bcc by the blind91
author slot, of typical pages of the fourteen kinds (each set as its source gives it, wrapped per
block), and run on it."""
BLIND92 = Path(__file__).parent / "blind92"
"""A ninety-third set (the ninety-second blind one), written blind on main 48ca8db6 by the blind92
author slot, of typical pages of the fourteen kinds (each set as its source gives it, wrapped per
block by printed width), and run on it."""
BLIND93 = Path(__file__).parent / "blind93"
"""A ninety-fourth set (the ninety-third blind one), written blind on main ed1b40bc by the blind93
author slot, of typical pages of the fourteen kinds (its three Korean daily pages laid out with
Typst and taken as a PDF-to-text extraction gives them), and run on it."""
BLIND94 = Path(__file__).parent / "blind94"
"""A ninety-fifth set (the ninety-fourth blind one), written blind on main c6cd1d66 by the blind94
author slot, of typical pages of the fourteen kinds (its three Korean daily pages laid out with
Typst and taken as a PDF-to-text extraction gives them), and run on it."""
BLIND95 = Path(__file__).parent / "blind95"
"""A ninety-sixth set (the ninety-fifth blind one), written blind on main a54610ed by the blind95
author slot, of typical pages of the fourteen kinds (its three Korean daily pages laid out with
Typst and taken as a PDF-to-text extraction gives them), and run on it."""
BLIND96 = Path(__file__).parent / "blind96"
"""A ninety-seventh set (the ninety-sixth blind one), written blind on main 3bcad8c6 by the blind96
author slot, of typical pages of the fourteen kinds (its three Korean daily pages laid out with
Typst and taken as a PDF-to-text extraction gives them), and run on it."""
BLIND97 = Path(__file__).parent / "blind97"
"""A ninety-eighth set (the ninety-seventh blind one), written blind on main 6251b882 by the blind97
author slot, of typical pages of the fourteen kinds (its three Korean daily pages laid out with
Typst and taken as a PDF-to-text extraction gives them, longer pages), and run on it."""


@dataclass(frozen=True)
class HandmadePage:
    name: str
    text: str
    expected: dict

    @property
    def conventions(self) -> list[str]:
        return list(self.expected["conventions"])


def handmade_pages(folder: Path = HANDMADE) -> list[HandmadePage]:
    out = []
    for txt in sorted(folder.glob("*.txt")):
        expected = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        out.append(HandmadePage(txt.stem, txt.read_text(encoding="utf-8"), expected))
    return out


def _text(value: str | None) -> gen.Text | None:
    return None if value is None else gen.Text(value)


def _article(d: dict) -> gen.Article:
    return gen.Article(
        headline=_text(d.get("headline")),  # type: ignore[arg-type]
        subheadline=_text(d.get("subheadline")),
        deck=[gen.Text(t) for t in d.get("deck", [])],
        body=[gen.Block(kind, text) for kind, text in d.get("body", [])],
        bylines=[gen.Byline(n, r, e, dl) for n, r, e, dl in d.get("bylines", [])],  # type: ignore[arg-type]
        jump_from=d.get("jump_from"),
        jump_on=d.get("jump_on"),
    )


def _ad_block(b: list) -> gen.AdBlock:
    kind = b[0]
    if kind == "heading":
        return gen.Heading(b[1])
    if kind == "note":
        return gen.Note(b[1])
    if kind == "paragraph":
        return gen.Paragraph(b[1])
    if kind == "list":
        return gen.ListBlock([gen.Text(t) for t in b[1]])
    if kind == "table":
        return gen.Table([gen.Text(t) for t in b[1]], [[gen.Text(t) for t in r] for r in b[2]])
    assert kind == "contact", b
    return gen.Contact(b[1], b[2], b[3], b[4])


def _item(d: dict) -> gen.Item:
    if d.get("kind") == "ad":
        blocks = [_ad_block(b) for b in d.get("blocks", [])]
        return gen.Ad(gen.Text(d["title"]), blocks, d.get("truncated", False))
    return _article(d)


def truth(page: HandmadePage) -> gen.Edition:
    m = page.expected["masthead"]
    masthead = None if m is None else gen.Masthead(**m)
    pages = [
        gen.Page(n, p["section"], [_item(it) for it in p["items"]])
        for n, p in enumerate(page.expected["pages"], start=1)
    ]
    return gen.Edition("", "", "", masthead, pages)
