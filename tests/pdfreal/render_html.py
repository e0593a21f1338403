"""A fixture page as HTML/CSS for Chromium's print to PDF: a CSS grid of articles, each
article's body in CSS columns (justified, the engine's own line breaking), a photo as a
figure in the flow with its caption, a boxed ad with a ruled table."""

from __future__ import annotations

from html import escape

SERIF = '"Noto Serif CJK KR", serif'
SANS = '"Noto Sans CJK KR", sans-serif'

CSS = """
@page {{ size: {size}; margin: 12mm; }}
body {{ margin: 0; font: 9pt/1.5 {serif}; text-align: justify; }}
.masthead {{ text-align: center; border-bottom: 2.5pt solid #000; padding-bottom: 2mm; }}
.masthead .paper {{ font: 900 44pt/1.1 {sans}; }}
.masthead .line {{ font: 9pt/1.4 {sans}; }}
.folio {{ display: flex; justify-content: space-between; font: 9pt {sans};
  border-bottom: 1pt solid #000; padding-bottom: 1mm; }}
.folio .label {{ font-weight: 700; font-size: 11pt; }}
.grid {{ display: grid; grid-template-columns: repeat({columns}, 1fr); column-gap: 6mm;
  row-gap: 5mm; margin-top: 5mm; }}
article {{ border-bottom: 0.6pt solid #000; padding-bottom: 3mm; }}
h2 {{ font: 700 24pt/1.2 {sans}; margin: 0 0 2mm; text-align: left; }}
.side h2 {{ font-size: 17pt; }}
h3 {{ font: 500 13pt/1.3 {sans}; margin: 0 0 2mm; text-align: left; }}
.deck {{ font: 500 11.5pt/1.35 {sans}; border-left: 2pt solid #000; padding-left: 2mm;
  margin: 0 0 3mm; text-align: left; }}
.cols {{ column-gap: 5mm; }}
p {{ margin: 0; text-indent: 1em; }}
p.q {{ font-family: {sans}; font-weight: 700; text-indent: 0; margin-top: 1.5mm; }}
h4 {{ font: 700 9.5pt/1.5 {sans}; margin: 2mm 0 1mm; }}
figure {{ margin: 1.5mm 0 2mm; break-inside: avoid; }}
figure img {{ width: 100%; display: block; }}
figcaption {{ font: 7.5pt/1.35 {sans}; margin-top: 1mm; text-align: left; }}
.credit {{ display: block; text-align: right; }}
.byline {{ text-align: right; font: 8pt {sans}; margin-top: 1mm; }}
.ad {{ border: 1.2pt solid #000; padding: 3mm; font-family: {sans}; }}
.ad .title {{ font: 700 15pt/1.3 {sans}; text-align: center; margin-bottom: 2mm; }}
.ad .heading {{ font-weight: 700; margin: 1mm 0; }}
.ad p {{ text-indent: 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; font-size: 8pt; }}
th, td {{ border: 0.6pt solid #000; padding: 0.8mm 1.5mm; text-align: left; }}
"""


def _paragraph(kind: str, text: str, photo: str | None, en: bool) -> str:
    if kind == "caption":
        body, _, credit = text.partition("\n")
        img = f'<img src="{photo}" alt="">' if photo else ""
        cred = f'<span class="credit">{escape(credit)}</span>' if credit else ""
        return f"<figure>{img}<figcaption>{escape(body)}{cred}</figcaption></figure>"
    if kind == "subhead":
        return f"<h4>{escape(text)}</h4>"
    if kind == "question":
        return f'<p class="q">Q. {escape(text)}</p>'
    if kind == "answer":
        return f"<p><b>A.</b> {escape(text)}</p>"
    return f"<p>{escape(text)}</p>"


def _byline(b: list) -> str:
    name, role, email, _ = b
    if email is None:  # an English paper's: "By NAME, ROLE"
        return f"By {name}, {role}"
    return f"{name} {role} {email}"


def _article(item: dict, columns: int, en: bool, side: bool) -> str:
    out = [f'<article class="{"side" if side else "lead"}">']
    out.append(f"<h2>{escape(item['headline'])}</h2>")
    if item.get("subheadline"):
        out.append(f"<h3>{escape(item['subheadline'])}</h3>")
    out += [f'<p class="deck">{escape(d)}</p>' for d in item.get("deck", [])]
    out.append(f'<div class="cols" style="column-count: {item["span"]}">')
    out += [_paragraph(k, t, item.get("photo"), en) for k, t in item["body"]]
    out += [f'<p class="byline">{escape(_byline(b))}</p>' for b in item.get("bylines", [])]
    out.append("</div></article>")
    return "\n".join(out)


def _ad_block(b: list) -> str:
    kind = b[0]
    if kind == "heading":
        return f'<p class="heading">{escape(b[1])}</p>'
    if kind == "table":
        head = "".join(f"<th>{escape(c)}</th>" for c in b[1])
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in b[2])
        return f"<table><tr>{head}</tr>{rows}</table>"
    if kind == "contact":
        return f"<p>{escape(b[4])} {escape(b[3])}</p>"
    return f"<p>{escape(b[1])}</p>"


def _ad(item: dict) -> str:
    blocks = "\n".join(_ad_block(b) for b in item["blocks"])
    return f'<div class="ad"><p class="title">{escape(item["title"])}</p>\n{blocks}</div>'


def render_html(page: dict, title: str) -> str:
    pr = page["print"]
    en = pr.get("lang") == "en"
    head = ""
    if "masthead" in pr:
        paper, *lines = pr["masthead"]
        head = f'<div class="masthead"><div class="paper">{escape(paper)}</div>'
        head += "".join(f'<div class="line">{escape(x)}</div>' for x in lines) + "</div>"
    else:
        head = (
            f'<div class="folio"><span>{escape(pr["folio"])} <span class="label">'
            f"{escape(pr['section'])}</span></span><span>{escape(pr['date'])}</span></div>"
        )
    items = page["pages"][0]["items"]
    first, rest = items[0], items[1:]
    cols = pr["columns"]
    cells = [
        f'<div style="grid-column: 1 / span {first["span"]}; grid-row: 1 / span {len(rest)}">'
        + _article(first, cols, en, side=False)
        + "</div>"
    ]
    for k, it in enumerate(rest, start=1):
        inner = _ad(it) if it.get("kind") == "ad" else _article(it, cols, en, side=True)
        where = f"grid-column: {first['span'] + 1} / span {it['span']}; grid-row: {k}"
        cells.append(f'<div style="{where}">{inner}</div>')
    css = CSS.format(size=pr["size"], serif=SERIF, sans=SANS, columns=cols)
    lang = "en" if en else "ko"
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f"<style>{css}</style></head><body>\n{head}\n"
        f'<div class="grid">\n' + "\n".join(cells) + "\n</div></body></html>\n"
    )
