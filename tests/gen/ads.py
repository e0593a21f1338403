"""Advertisements: title, • headings, notes, tab tables, lists and contacts."""

from __future__ import annotations

import random

from tests.gen import ad_kinds
from tests.gen.plan import _Art, _p, _Para
from tests.gen.truth import Ad, Contact, Heading, ListBlock, Note, Paragraph, Table, Text


class _AdWriter:
    def __init__(self, r: random.Random):
        self.r = r

    def phone(self) -> tuple[str, str]:
        """(as printed, normalized)."""
        r = self.r
        area = r.choice(("062", "061"))
        mid, last = str(r.randint(200, 999)), f"{r.randint(0, 9999):04d}"
        k = r.randrange(6)
        if k == 0:
            return f"{area}){mid}-{last}", f"{area}-{mid}-{last}"
        if k == 1:
            return f"({area}){mid}-{last}", f"{area}-{mid}-{last}"
        if k == 2:
            n = f"{r.choice(('1588', '1644', '1899'))}-{last}"
            return n, n
        if k == 3:
            n = f"010-{r.randint(2000, 9999)}-{last}"
            return n, n
        return f"{area}-{mid}-{last}", f"{area}-{mid}-{last}"

    def contact(self, kind: str, ascii_name: str, label: str | None = None) -> tuple[Contact, str]:
        """A contact and its printed line."""
        r = self.r
        if kind == "email":
            addr = f"{r.choice(('info', 'recruit', 'apply', ascii_name))}@mail.example"
            label = label or r.choice(("이메일 접수", "이메일"))
            line = f"· {label} : {addr}" if r.random() < 0.6 else f"{label} {addr}"
            return Contact("email", addr, addr, label), line
        if kind == "url":
            url = f"www.{ascii_name}.example"
            line = f"홈페이지 : {url}" if r.random() < 0.5 else f"홈페이지 {url}"
            return Contact("url", url, url, "홈페이지"), line
        printed, value = self.phone()
        if label is None:
            x = r.randrange(3)
            if x == 0:
                return Contact("phone", value, printed, None), f"☎ {printed}"
            label = "문의" if x == 1 else r.choice(("예약 문의", "상담 문의", "분양 문의"))
        line = f"{label} ☎ {printed}" if r.random() < 0.5 else f"{label} {printed}"
        return Contact("phone", value, printed, label), line

    def table(self, header: list[str], rows: list[list[str]]) -> tuple[Table, _Para]:
        printed = [header, *rows]
        t = Table([Text(h) for h in header], [[Text(_cell_points(c)) for c in row] for row in rows])
        segs: list = []
        for li, cells in enumerate([t.header, *t.rows]):
            if li:
                segs.append(("\n", None))
            for ci, cell in enumerate(cells):
                if ci:
                    segs.append(("\t", None))
                if cell.text:
                    segs.append((printed[li][ci], cell))
        return t, _Para(segs)

    def listing(self, items: list[list[str]]) -> tuple[ListBlock, _Para]:
        """Items given as their lines; the first line gets the '- ' marker."""
        lb = ListBlock()
        segs: list = []
        for lines in items:
            t = Text("\n".join(lines))
            lb.items.append(t)
            for j, line in enumerate(lines):
                if segs:
                    segs.append(("\n", None))
                segs.append(((("- " + line) if j == 0 else line), t))
        return lb, _Para(segs)

    def ad(self, year: int, truncate: bool, big: bool = False) -> _Art:
        r = self.r
        make = r.choice(
            (ad_kinds.golf, ad_kinds.apartment, ad_kinds.clinic, ad_kinds.recruit, ad_kinds.academy)
        )
        title, asc, sections = make(r, year)
        if not big and len(sections) > 2:
            sections = sections[: r.randint(2, len(sections))]
        ad = Ad(Text(title))
        paras = [_p(title, ad.title)]
        cut = r.randrange(1, len(sections)) if truncate and len(sections) > 1 else None
        for si, (heading, blocks) in enumerate(sections):
            h = Heading(heading)
            ad.blocks.append(h)
            paras.append(_p("• " + heading, h))
            if si == cut:
                ad.truncated = True
                break
            for spec in blocks:
                kind = spec[0]
                if kind == "note":
                    b = Note(spec[1])
                    ad.blocks.append(b)
                    paras.append(_p(b.text, b))
                elif kind == "paragraph":
                    b = Paragraph(spec[1])
                    ad.blocks.append(b)
                    paras.append(_p(b.text, b))
                elif kind == "table":
                    t, p = self.table(spec[1], spec[2])
                    ad.blocks.append(t)
                    paras.append(p)
                elif kind == "list":
                    lb, p = self.listing(spec[1])
                    ad.blocks.append(lb)
                    paras.append(p)
                else:
                    c, line = self.contact(spec[1], asc, spec[2])
                    ad.blocks.append(c)
                    paras.append(_p(line, c))
        return _Art(ad, paras)


def _cell_points(cell: str) -> str:
    """A cell printed as several inline points ("- a - b") reads one point per line."""
    points = [p.strip() for p in cell.split("- ") if p.strip()]
    return "\n".join(points) if cell.startswith("- ") and len(points) > 1 else cell
