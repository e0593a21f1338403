"""`broadsheet ingest`, `show` and `validate`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import Progress
from rich.text import Text

from reader import edition_lock, export, replacing, store
from reader.cli.ingest_lines import added_line, day_note, joined_note, no_masthead
from reader.errors import BroadsheetError
from reader.i18n import _, ngettext
from reader.model import Article, Edition
from reader.page_numbers import page_name
from reader.printable import json_printable, visible, visible_name
from reader.sources import load_any

if TYPE_CHECKING:
    from reader.day_editions import Day
    from reader.pdf import Assembled

ARTICLE_FORMATS = ("txt", "md", "json")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help=_("turn a PDF e-edition or page text into edition files"))
    p.add_argument(
        "sources", nargs="+", metavar="SOURCE", help=_("PDF, page text, or a folder of pages")
    )
    p.add_argument(
        "-o",
        "--out",
        default=str(store.EDITIONS_DIR),
        metavar="DIR",
        help=_("output folder (default: ./{folder}, the one `broadsheet` opens)").format(
            folder=store.EDITIONS_DIR
        ),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=_(
            "replace an edition file of the same paper and date even when the new one has "
            "fewer pages, or the file cannot be read (without it, only an edition of as "
            "many pages or more replaces one, and the ingest says so)"
        ),
    )
    p.add_argument(
        "--to",
        metavar="EDITION",
        help=_(
            "add the source's pages to this edition of DIR (its id or file name): an inner "
            "page whose masthead gives the date alone, when DIR holds two editions of that day"
        ),
    )
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("show", help=_("print an edition, or one article or ad of it"))
    p.add_argument("edition", metavar="EDITION", help=_("edition file or page text"))
    p.add_argument("--json", action="store_true", help=_("print the edition file"))
    p.add_argument(
        "--article", metavar="ID", help=_("print only this article or ad (its id, e.g. p1-1)")
    )
    p.add_argument(
        "--ids",
        action="store_true",
        help=_("list each article's and ad's id (for --article) and headline"),
    )
    p.add_argument(
        "--format",
        choices=ARTICLE_FORMATS,
        help=_("with --article: plain text (the default), Markdown or JSON"),
    )
    p.add_argument(
        "--explain", action="store_true", help=_("page text: the rule behind each item and block")
    )
    p.set_defaults(func=run_show)

    p = sub.add_parser("validate", help=_("check edition files"))
    p.add_argument("files", nargs="+", metavar="FILE", help=_("edition files"))
    p.set_defaults(func=run_validate)


def err(message: str) -> None:
    print(f"broadsheet: {visible(message)}", file=sys.stderr)


def summary(edition: Edition) -> str:
    pages, articles, ads = len(edition.pages), len(edition.articles()), len(edition.ads())
    return ", ".join(
        (
            replacing.pages_words(pages),
            ngettext("{count} article", "{count} articles", articles).format(count=articles),
            ngettext("{count} ad", "{count} ads", ads).format(count=ads),
        )
    )


def run_ingest(args: argparse.Namespace) -> int:
    if args.to is not None and args.replace:
        raise BroadsheetError(None, _("--to adds pages to an edition: it goes without --replace"))
    failed = 0
    written: list[Path] = []
    console = Console(stderr=True)
    # The bar shows only on a terminal: over a pipe or in a log it would be noise.
    quiet = not console.is_terminal
    # Drawn when a step is made, not by Rich's refresh thread: the PDF ingest forks its
    # workers only while this process runs one thread, so the bar would cost them.
    with Progress(console=console, transient=True, disable=quiet, auto_refresh=False) as progress:
        task = progress.add_task(
            _("ingesting"), total=len(args.sources), visible=len(args.sources) > 1
        )
        for source in args.sources:
            try:
                edition, target, photos, previous, day = _ingest_one(Path(source), args, progress)
            except BroadsheetError as e:
                err(str(e))
                failed += 1
            else:
                # print() goes above the live progress bar (Rich redirects stdout).
                done = summary(edition)
                if photos:
                    pictures = ngettext("{count} photo", "{count} photos", photos)
                    done += ", " + pictures.format(count=photos)
                done += f" ({edition.source.encoding})"
                file = visible_name(str(target))
                if previous is None:
                    line = _("wrote {file}: {summary}").format(file=file, summary=done)
                elif previous.adds_to is not None:
                    line = added_line(previous.adds_to, edition, file, done)
                else:
                    line = _("replaced {file} (it had {pages}): {summary}").format(
                        file=file, pages=replacing.pages_words(previous.pages), summary=done
                    )
                print(visible(line))
                written.append(target)
                if day.could:
                    err(day_note(source, edition, day.could, args.out, day.apart))
                elif day.target is not None and args.to is None:
                    err(joined_note(source, edition))
                elif day.target is None and (undated := no_masthead(edition)):
                    err(f"{visible_name(source)}: {undated}")
                for w in edition.warnings:
                    # The warning itself is the edition file's record, kept as written.
                    err(
                        _("{source}: warning: {warning}").format(
                            source=visible_name(source), warning=w
                        )
                    )
            progress.advance(task)
            progress.refresh()
    if written:
        print(read_them(args.out, written))
    return 2 if failed else 0


def read_them(out: str, written: list[Path]) -> str:
    """The command that opens what was written: a first ingest's next step. A folder
    opens on its newest edition, so one file is named unless it is that one."""
    import shlex

    if len(written) == 1 and not _opens_on(out, written[0]):
        command = f"broadsheet {shlex.quote(visible_name(str(written[0])))}"
    elif Path(out).resolve() == store.EDITIONS_DIR.resolve():
        command = "broadsheet"  # opens ./editions, its newest edition first
    else:
        command = f"broadsheet {shlex.quote(visible_name(out))}"
    return ngettext("to read it: {command}", "to read them: {command}", len(written)).format(
        command=command
    )


def _opens_on(folder: str, path: Path) -> bool:
    """Whether `broadsheet FOLDER` opens on this edition file."""
    from reader.library import open_library  # only after an ingest wrote something

    try:
        library, start = open_library(folder)
    except BroadsheetError:
        return False
    opened = library.entries[start].path
    return opened is not None and opened.resolve() == path.resolve()


def _ingest_one(
    source: Path, args: argparse.Namespace, progress: Progress
) -> tuple[Edition, Path, int, replacing.Previous | None, Day]:
    """Ingest one source and save it: (edition, its file, photos saved beside it, the
    edition it replaced, the day's edition it joined or could have)."""
    from reader.adding_pages import add_pages, addable, may_add, new_numbers
    from reader.day_editions import Day, day_edition, to_edition
    from reader.ingest.page_files import is_pdf_source

    out, replace = args.out, args.replace
    folder = Path(out)

    def known(edition_id: str, pages: int, front: str | None) -> None:
        # Refused as soon as the front page names the target, not after every page is
        # read; the check after the ingest stays, for a file written there meanwhile (and
        # decides whether pages, whose numbers are not read yet, are added to it).
        target = folder / store.file_name(edition_id)
        replacing.check_target(target, pages, replace, lambda old: may_add(old, edition_id, front))

    done: Assembled | None = None
    if not is_pdf_source(source):
        from reader.sources import ingest

        edition = ingest(source, known)
    else:  # the PDF reader is imported where a PDF is met: page text never needs it
        from reader.pdf import ingest_pdf

        pages = progress.add_task(_("{file}: pages").format(file=source.name), total=None)
        progress.refresh()

        def step(count: int, total: int) -> None:
            progress.update(pages, completed=count, total=total, refresh=True)

        try:
            done = ingest_pdf(source, pictures=True, progress=step, known=known)
        finally:
            progress.remove_task(pages)
        edition = done.edition
    day = Day(target=to_edition(folder, args.to, edition)) if args.to else Day()
    if args.to is None and not replace:
        day = day_edition(folder, edition)
    named = day.target or folder / store.file_name(edition.id)
    joins = addable if day.target is None else new_numbers
    # An edition file that is a symlink is written through: its photos, its lock and
    # their clean-up belong beside the file it names, whose src they are relative to.
    target = store.real_file(named)
    home = target.parent

    def waiting() -> None:
        err(
            _("{file}: another ingest is writing this edition; waiting for it").format(
                file=visible_name(str(named))
            )
        )

    # Held from the check to the end of the save: an ingest of this edition at the same
    # time meets this one's file under the replace rule, as it would one after the other.
    with edition_lock.held(target, waiting):
        previous = replacing.check_target(
            target, len(edition.pages), replace, lambda old: joins(old, edition)
        )
        if day.target is not None and (previous is None or previous.adds_to is None):
            # The day's edition changed meanwhile: never replaced by a page of it.
            raise BroadsheetError(named, _("changed while the source was read: ingest again"))
        saved = edition
        if previous is not None and previous.adds_to is not None:
            added = add_pages(previous.adds_to, edition, done.photos if done else {})
            saved, previous.adds_to = added.edition, added.edition
            if done is not None:
                done = dataclasses.replace(done, edition=saved, photos=added.photos)
        if done is None:
            store.save(saved, folder)
        else:
            from reader.pdf import save_pdf

            save_pdf(done, folder)
        replacing.remove_unused_photos(home, previous, saved)
    return edition, named, len(done.photos) if done else 0, previous, day


def run_show(args: argparse.Namespace) -> int:
    if args.article is None and args.format is not None:
        raise BroadsheetError(None, _("--format goes with --article ID"))
    if args.article is not None and args.json:
        raise BroadsheetError(None, _("--json prints the edition; for the article: --format json"))
    if args.ids and (args.json or args.article is not None):
        raise BroadsheetError(None, _("--ids goes alone: it lists the articles and ads"))
    if args.explain:
        if args.json or args.article is not None or args.ids:
            raise BroadsheetError(
                None, _("--explain goes alone: it prints the whole edition's rules")
            )
        from reader.cli.explain import run_explain

        return run_explain(args.edition)
    edition = load_any(args.edition)
    if args.article is not None:
        show_article(edition, args.edition, args.article, args.format or "txt")
        return 0
    if args.ids:
        list_ids(edition)
        return 0
    if args.json:
        sys.stdout.buffer.write(json_printable(store.to_json(edition)))
        return 0
    from reader.ui.render import render_edition

    console = Console(highlight=False)
    rendered = render_edition(edition, width=min(console.width, 80))
    for line in rendered.lines:
        # Line by line: a line printed whole would keep the pad that fills it to the width.
        text = Text.assemble(*((s.text, s.style or "") for s in line), end="")
        text.rstrip()
        console.print(text, soft_wrap=True)
    return 0


def list_ids(edition: Edition) -> None:
    """One line an item: its id, its page, its headline (an ad's title, else its
    advertiser, else its id)."""
    console = Console(highlight=False)
    for page, item in edition.items():
        if isinstance(item, Article):
            title = item.title
        else:
            title = _("Ad · {name}").format(name=item.known_as or item.id)
        line = f"{item.id}  p{page_name(page)}  {visible(' '.join(title.split()))}"
        console.print(Text(line, end=""), soft_wrap=True)


def show_article(edition: Edition, source: str, item_id: str, fmt: str) -> None:
    """One article or ad, as text, Markdown (with where it was printed) or JSON."""
    item = edition.find(item_id)
    if item is None:
        ids = [it.id for _page, it in edition.items()]
        known = ", ".join(ids[:8])
        if len(ids) > 8:
            known = _("{ids} and {count} more").format(ids=known, count=len(ids) - 8)
        what = _("no article or ad {id}").format(id=repr(item_id))
        reason = _("{problem} (ids: {known})").format(problem=what, known=known or _("none"))
        raise BroadsheetError(source, reason)
    if fmt == "json":
        sys.stdout.buffer.write(json_printable(store.to_json(item)))
    elif fmt == "md":
        sys.stdout.write(export.to_markdown(item, where=export.where_printed(edition, item)))
    else:
        sys.stdout.write(export.to_text(item))


def run_validate(args: argparse.Namespace) -> int:
    bad = 0
    for f in args.files:
        try:
            edition = store.load(f)
            problems = store.check(edition)
        except BroadsheetError as e:
            err(str(e))
            bad += 1
            continue
        if problems:
            err(f"{visible_name(f)}: {problems[0]}")
            bad += 1
        else:
            line = _("ok {file}: {edition}, {summary}")
            shown = line.format(file=visible_name(f), edition=edition.id, summary=summary(edition))
            print(visible(shown))
    return 2 if bad else 0
