"""A fixture page as Typst source: a grid of articles, each body in `#columns` (Typst's own
justification and CJK line breaking), a figure with its caption, a boxed ad with a ruled
table. Every text is a Typst string (`#"..."`), so no character is read as markup."""

from __future__ import annotations

import json

SERIF = "Noto Serif CJK KR"
SANS = "Noto Sans CJK KR"

PREAMBLE = """#set page(width: {w}, height: {h}, margin: 12mm)
#set text(font: "{serif}", size: 9pt, lang: "ko")
#set par(justify: true, leading: 0.62em, spacing: 0.62em, \
first-line-indent: (amount: 1em, all: true))
#set figure(numbering: none, gap: 1.2mm)
#show figure.caption: set align(left)
#show figure.caption: set text(font: "{sans}", size: 7.5pt)
#set table(stroke: 0.6pt, inset: (x: 1.5mm, y: 1mm))
"""


def _s(text: str) -> str:
    return "#" + json.dumps(text, ensure_ascii=False)


def _sans(text: str, size: str, weight: str = "regular") -> str:
    return f'#text(font: "{SANS}", size: {size}, weight: "{weight}")[{_s(text)}]'


def _paragraph(kind: str, text: str, photo: str | None) -> str:
    if kind == "caption":
        body, _, credit = text.partition("\n")
        cap = _s(body) + (f" #linebreak() #h(1fr) {_s(credit)}" if credit else "")
        return f'#figure(image("{photo}", width: 100%), caption: [{cap}])'
    if kind == "subhead":
        return f"#block(above: 2mm, below: 1.5mm)[{_sans(text, '9.5pt', 'bold')}]"
    if kind == "question":
        return f"#par(first-line-indent: 0pt)[{_sans('Q. ' + text, '9pt', 'bold')}]"
    if kind == "answer":
        return f"#par[*A.* {_s(text)}]"
    return f"#par[{_s(text)}]"


def _article(item: dict, side: bool) -> str:
    size = "17pt" if side else "24pt"
    out = [f"#block(below: 2mm)[{_sans(item['headline'], size, 'bold')}]"]
    if item.get("subheadline"):
        out.append(f"#block(below: 2mm)[{_sans(item['subheadline'], '13pt', 'medium')}]")
    for d in item.get("deck", []):
        deck = _sans(d, "11.5pt", "medium")
        out.append(f"#block(stroke: (left: 2pt), inset: (left: 2mm), below: 3mm)[{deck}]")
    body = [_paragraph(k, t, item.get("photo")) for k, t in item["body"]]
    for name, role, email, _ in item.get("bylines", []):
        line = _sans(f"{name} {role} {email}", "8pt")
        body.append(f"#align(right)[#par(justify: false, first-line-indent: 0pt)[{line}]]")
    # Typst fills a column to the region's foot before the next: the block's height (the
    # item's "height") is what makes the columns of a story even.
    cols = f"#columns({item['span']}, gutter: 5mm)[\n" + "\n\n".join(body) + "\n]"
    out.append(f"#block(height: {item['height']})[{cols}]" if "height" in item else cols)
    out.append("#v(2mm) #line(length: 100%, stroke: 0.6pt)")
    return "\n".join(out)


def _ad_block(b: list) -> str:
    kind = b[0]
    if kind == "heading":
        return f"#par(first-line-indent: 0pt)[{_sans(b[1], '9pt', 'bold')}]"
    if kind == "table":
        cells = [_sans(c, "8pt", "bold") for c in b[1]]
        cells += [_sans(c, "8pt") for r in b[2] for c in r]
        return f"#table(columns: {len(b[1])}, " + ", ".join(f"[{c}]" for c in cells) + ")"
    if kind == "contact":
        return f"#par(first-line-indent: 0pt)[{_sans(f'{b[4]} {b[3]}', '9pt')}]"
    return f"#par(first-line-indent: 0pt)[{_sans(b[1], '9pt')}]"


def _ad(item: dict) -> str:
    title = f"#align(center)[{_sans(item['title'], '15pt', 'bold')}]"
    blocks = "\n".join(_ad_block(b) for b in item["blocks"])
    return f"#block(stroke: 1.2pt, inset: 3mm, width: 100%)[\n{title}\n{blocks}\n]"


def _head(pr: dict) -> str:
    if "masthead" in pr:
        paper, *lines = pr["masthead"]
        rows = [f"#align(center)[{_sans(paper, '44pt', 'black')}]"]
        rows += [f"#align(center)[{_sans(x, '9pt')}]" for x in lines]
        return "\n".join(rows) + "\n#line(length: 100%, stroke: 2.5pt)\n#v(4mm)"
    left = f"{_sans(pr['folio'], '9pt')} {_sans(pr['section'], '11pt', 'bold')}"
    return (
        f"#grid(columns: (1fr, auto), [{left}], [{_sans(pr['date'], '9pt')}])\n"
        "#line(length: 100%, stroke: 1pt)\n#v(4mm)"
    )


def render_typst(page: dict) -> str:
    pr = page["print"]
    w, h = pr["size"].split()
    items = page["pages"][0]["items"]
    first, rest = items[0], items[1:]
    cols = pr["columns"]
    blocks = [_ad(it) if it.get("kind") == "ad" else _article(it, side=True) for it in rest]
    lead = _article(first, side=False)
    if first["span"] == cols:  # the lead across the page, the rest side by side under it
        fr = ", ".join(f"{it['span']}fr" for it in rest)
        grid = f"{lead}\n#v(4mm)\n#grid(columns: ({fr}), column-gutter: 6mm,\n"
        grid += ",\n".join(f"[{b}]" for b in blocks) + ")"
    else:  # the lead at the left, the rest stacked at the right
        right = "\n#v(5mm)\n".join(blocks)
        fr = f"{first['span']}fr, {cols - first['span']}fr"
        grid = f"#grid(columns: ({fr}), column-gutter: 6mm,\n"
        grid += f"[{lead}],\n[{right}])"
    pre = PREAMBLE.format(w=w, h=h, serif=SERIF, sans=SANS)
    return f"{pre}\n{_head(pr)}\n{grid}\n"
