"""A fixture page as a flat OpenDocument text (.fodt) for LibreOffice Writer: each story's
body in a section of balanced columns (Writer's own justification and Korean line
breaking), a photo anchored in the flow with its caption, a boxed ad: a framed table
holding a ruled one. `soffice --headless --convert-to pdf` prints it."""

from __future__ import annotations

from xml.sax.saxutils import escape

SERIF = "Noto Serif CJK KR"
SANS = "Noto Sans CJK KR"
NS = " ".join(
    f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"'
    for k, v in (
        ("office", "office:1.0"),
        ("style", "style:1.0"),
        ("text", "text:1.0"),
        ("table", "table:1.0"),
        ("draw", "drawing:1.0"),
        ("fo", "xsl-fo-compatible:1.0"),
        ("svg", "svg-compatible:1.0"),
    )
)


def _font(face: str, size: str, weight: str = "normal") -> str:
    """Text properties for Latin and Hangul alike (Writer keeps them apart)."""
    return (
        f'<style:text-properties style:font-name="{face}" style:font-name-asian="{face}" '
        f'fo:font-size="{size}" style:font-size-asian="{size}" fo:font-weight="{weight}" '
        f'style:font-weight-asian="{weight}"/>'
    )


def _para_style(name: str, font: str, props: str = "", inner: str = "") -> str:
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        f"<style:paragraph-properties {props}>{inner}</style:paragraph-properties>"
        f"{font}</style:style>"
    )


STYLES = "".join(
    [
        _para_style("Body", _font(SERIF, "9pt"),
                    'fo:text-align="justify" fo:text-indent="3.2mm" fo:line-height="140%"'),
        _para_style("Head", _font(SANS, "24pt", "bold"), 'fo:margin-bottom="2mm"'),
        _para_style("Side", _font(SANS, "17pt", "bold"),
                    'fo:margin-top="5mm" fo:margin-bottom="2mm"'),
        _para_style("Deck", _font(SANS, "11.5pt"),
                    'fo:border-left="2pt solid #000000" fo:padding-left="2mm" '
                    'fo:margin-bottom="3mm"'),
        _para_style("Sub", _font(SANS, "9.5pt", "bold"),
                    'fo:margin-top="2mm" fo:margin-bottom="1mm"'),
        _para_style("Cap", _font(SANS, "7.5pt")),
        _para_style("Credit", _font(SANS, "7.5pt"), 'fo:text-align="end"'),
        _para_style("Byline", _font(SANS, "8pt"), 'fo:text-align="end" fo:margin-top="1mm"'),
        _para_style("Pic", _font(SERIF, "9pt"), 'fo:margin-top="1.5mm"'),
        _para_style("Folio", _font(SANS, "9pt"),
                    'fo:border-bottom="1pt solid #000000" fo:margin-bottom="5mm"',
                    '<style:tab-stops><style:tab-stop style:position="248mm" '
                    'style:type="right"/></style:tab-stops>'),
        _para_style("AdTitle", _font(SANS, "15pt", "bold"), 'fo:text-align="center"'),
        _para_style("AdHead", _font(SANS, "9pt", "bold"), 'fo:margin-top="1mm"'),
        _para_style("Ad", _font(SANS, "9pt")),
        _para_style("Cell", _font(SANS, "8pt")),
        f'<style:style style:name="Label" style:family="text">{_font(SANS, "11pt", "bold")}'
        "</style:style>",
    ]
)  # fmt: skip


def _section(name: str, cols: int) -> str:
    return (
        f'<style:style style:name="{name}" style:family="section"><style:section-properties>'
        f'<style:columns fo:column-count="{cols}" fo:column-gap="5mm"/>'
        "</style:section-properties></style:style>"
    )


def _cell_style(name: str, border: str) -> str:
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border="{border}" fo:padding="1mm"/></style:style>'
    )


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _article(item: dict, k: int, cols: int) -> str:
    out = [_p("Head" if k == 0 else "Side", item["headline"])]
    out += [_p("Deck", d) for d in item.get("deck", [])]
    out.append(f'<text:section text:style-name="S{item["span"]}" text:name="story{k}">')
    for kind, text in item["body"]:
        if kind == "caption":
            body, _, credit = text.partition("\n")
            w = (248 - 5 * (cols - 1)) / cols
            out.append(
                f'<text:p text:style-name="Pic"><draw:frame text:anchor-type="as-char" '
                f'svg:width="{w:.1f}mm" svg:height="{w * 2 / 3:.1f}mm">'
                f'<draw:image xlink:href="{item["photo"]}" xlink:type="simple" '
                'xmlns:xlink="http://www.w3.org/1999/xlink"/></draw:frame></text:p>'
            )
            out.append(_p("Cap", body))
            if credit:
                out.append(_p("Credit", credit))
        elif kind == "subhead":
            out.append(_p("Sub", text))
        else:
            out.append(_p("Body", text))
    for name, role, email, _ in item.get("bylines", []):
        out.append(_p("Byline", f"{name} {role} {email}"))
    out.append("</text:section>")
    return "\n".join(out)


def _ad(item: dict) -> str:
    inner: list[str] = [_p("AdTitle", item["title"])]
    for b in item["blocks"]:
        if b[0] == "heading":
            inner.append(_p("AdHead", b[1]))
        elif b[0] == "table":
            rows = [b[1], *b[2]]
            cells = "".join(
                "<table:table-row>"
                + "".join(
                    f'<table:table-cell table:style-name="Ruled">{_p("Cell", c)}</table:table-cell>'
                    for c in row
                )
                + "</table:table-row>"
                for row in rows
            )
            inner.append(
                f'<table:table table:name="grid"><table:table-column '
                f'table:number-columns-repeated="{len(b[1])}"/>{cells}</table:table>'
            )
        elif b[0] == "contact":
            inner.append(_p("Ad", f"{b[4]} {b[3]}"))
        else:
            inner.append(_p("Ad", b[1]))
    # An empty paragraph between a section and the table: without it Writer puts the
    # table on a page of its own.
    return (
        '<text:p text:style-name="Ad"/>'
        '<table:table table:name="ad" table:style-name="AdTable"><table:table-column/>'
        '<table:table-row><table:table-cell table:style-name="Box">'
        + "".join(inner)
        + "</table:table-cell></table:table-row></table:table>"
    )


def render_fodt(page: dict) -> str:
    pr = page["print"]
    w, h = pr["size"].split()
    cols = pr["columns"]
    items = page["pages"][0]["items"]
    body = [
        f'<text:p text:style-name="Folio">{escape(pr["folio"])} '
        f'<text:span text:style-name="Label">{escape(pr["section"])}</text:span>'
        f"<text:tab/>{escape(pr['date'])}</text:p>"
    ]
    for k, it in enumerate(items):
        body.append(_ad(it) if it.get("kind") == "ad" else _article(it, k, cols))
    fonts = "".join(
        f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;"/>'
        for f in (SERIF, SANS)
    )
    auto = "".join(_section(f"S{n}", n) for n in range(1, cols + 1))
    auto += _cell_style("Ruled", "0.6pt solid #000000") + _cell_style("Box", "1.2pt solid #000000")
    auto += (
        '<style:style style:name="AdTable" style:family="table"><style:table-properties '
        'style:width="120mm" table:align="left" fo:margin-top="5mm"/></style:style>'
        '<style:page-layout style:name="PL"><style:page-layout-properties '
        f'fo:page-width="{w}" fo:page-height="{h}" fo:margin="12mm"/></style:page-layout>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">\n'
        f"<office:font-face-decls>{fonts}</office:font-face-decls>\n"
        f"<office:styles>{STYLES}</office:styles>\n"
        f"<office:automatic-styles>{auto}"
        "</office:automatic-styles>\n"
        '<office:master-styles><style:master-page style:name="Standard" '
        'style:page-layout-name="PL"/></office:master-styles>\n'
        "<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body>"
        "</office:document>\n"
    )
