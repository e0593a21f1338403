"""Find, load and save edition files. Writes are atomic; bad files raise EditionError."""

from __future__ import annotations

import glob
import os
import stat
from pathlib import Path
from typing import TypeVar

import msgspec

from reader.edition_errors import invalid, unreadable
from reader.errors import BroadsheetError, EditionError, path_trouble
from reader.i18n import N_, _
from reader.model import READABLE_SCHEMAS, SCHEMA, Edition, Masthead, edition_leaves
from reader.photo_files import folder_name
from reader.printable import visible_name

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(Edition)


def to_json(data: msgspec.Struct) -> bytes:
    """An edition, or one of its articles or ads, as in the edition file: indented,
    UTF-8, stable (so diffs stay readable)."""
    return msgspec.json.format(_encoder.encode(data), indent=1) + b"\n"


class _Schema(msgspec.Struct):
    """An edition file's schema alone: read before the fields, which it may not match."""

    schema: object = None


_schema_decoder = msgspec.json.Decoder(_Schema)


class _ItemHead(msgspec.Struct):
    kind: str = ""


class _PageHead(msgspec.Struct):
    items: list[_ItemHead] = []


class _Source(msgspec.Struct):
    name: str = ""
    encoding: str = ""


class EditionHead(msgspec.Struct):
    """What the shelf knows of an edition file without building its articles."""

    id: str
    masthead: Masthead | None = None
    source: _Source | None = None
    pages: list[_PageHead] = []


_head_decoder = msgspec.json.Decoder(EditionHead)


def from_json(data: bytes, path: str | os.PathLike[str] | None = None) -> Edition:
    """Decode an edition file, checking the schema version before the fields."""
    schema = _check_schema(data, path)
    edition = _decode(_decoder, data, path)
    # Schema 1 lacks only what 2 added, all optional: the same fields, at the new version.
    return edition if schema == SCHEMA else msgspec.structs.replace(edition, schema=SCHEMA)


def head_of(data: bytes, path: str | os.PathLike[str] | None = None) -> EditionHead:
    """An edition file's head, its schema checked as `from_json` checks it."""
    _check_schema(data, path)
    return _decode(_head_decoder, data, path)


_Decoded = TypeVar("_Decoded", Edition, EditionHead)


def _decode(
    decoder: msgspec.json.Decoder[_Decoded], data: bytes, path: str | os.PathLike[str] | None
) -> _Decoded:
    """The file decoded, its errors in our words, its id checked."""
    try:
        decoded = decoder.decode(data)
    except msgspec.ValidationError as e:
        raise invalid(data, path, e) from None
    except msgspec.DecodeError as e:
        raise unreadable(data, path, e) from None
    # (nesting too deep for the decoder is refused by _check_schema, which runs first)
    # The id names the edition's photo folder: './other' would be another edition's.
    if not folder_name(decoded.id):
        reason = _(
            "invalid edition: its id '{id}' is no folder's name (it is empty, '.' or '..', "
            "or holds '/', '\\' or NUL)"
        )
        raise EditionError(path, reason.format(id=visible_name(decoded.id)))
    return decoded


def _check_schema(data: bytes, path: str | os.PathLike[str] | None) -> int:
    """The file's schema, or EditionError when it is none this broadsheet reads."""
    if not data or data.isspace():  # (no copy of a large file, as strip() would make)
        raise EditionError(path, _("empty file"))
    try:  # builds the schema's value only: a large edition is read in full once, after
        schema = _schema_decoder.decode(data).schema
    except msgspec.ValidationError:
        raise EditionError(path, _("not an edition (expected a JSON object)")) from None
    except msgspec.DecodeError as e:
        raise unreadable(data, path, e) from None
    except RecursionError:  # arrays or objects nested deeper than the decoder goes
        raise EditionError(path, _("not an edition (JSON nested too deeply)")) from None
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise EditionError(path, _("not an edition (no integer 'schema' field)"))
    if schema > SCHEMA:
        reason = _("schema {schema} is newer than this broadsheet reads ({latest}); upgrade")
        raise EditionError(path, reason.format(schema=schema, latest=SCHEMA))
    if schema not in READABLE_SCHEMAS:
        reason = _("schema {schema} is too old; ingest the source again")
        raise EditionError(path, reason.format(schema=schema))
    return schema


EDITIONS_DIR = Path("editions")
"""Where editions are written and read when no folder is named."""

NOT_REGULAR = N_("not a regular file")
"""Why a FIFO, a socket or a device named as a file is refused."""


def read_bytes(
    path: str | os.PathLike[str],
    what: str = N_("an edition file"),
    limit: int | None = None,
    error: type[BroadsheetError] = BroadsheetError,
) -> bytes:
    """A file's bytes, or `error` with a one-line reason (missing, a folder, too large).

    `what` names the file the reason expects, marked with N_() (translated here)."""
    p = Path(path)
    try:
        mode = p.stat()
        if stat.S_ISDIR(mode.st_mode):
            raise IsADirectoryError
        # Not opened: a FIFO would wait for a writer forever, a device never ends.
        if not stat.S_ISREG(mode.st_mode):
            raise error(p, _(NOT_REGULAR))
        if limit is not None and mode.st_size > limit:
            reason = _("too large for {what} ({size} MB)")
            raise error(p, reason.format(what=_(what), size=mode.st_size // 2**20))
        return p.read_bytes()
    except FileNotFoundError:
        raise error(p, _("no such file")) from None
    except IsADirectoryError:
        raise error(p, _("is a folder, not {what}").format(what=_(what))) from None
    except OSError as e:
        trouble = path_trouble(e)  # the path's own trouble, said as every command says it
        reason = trouble.reason if trouble else e.strerror or _("cannot read")
        raise error(p, reason) from None


def load(path: str | os.PathLike[str]) -> Edition:
    return from_json(read_bytes(path, error=EditionError), path)


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write via a temp file in the same folder, fsync, then rename over the target.

    A kill at any moment leaves the old file or the new one. Temp files are named
    `.<name>.<pid>.<random>.tmp`: hidden from edition discovery, and those of dead
    writers (killed before their rename) are swept by the next write. A new file gets
    the mode the user's umask gives; a file written over keeps its mode. A symlink is
    written through: the file it names is replaced (in its own folder), the link stays.
    """
    # Renaming over a link would leave the linked file behind, stale.
    p = real_file(Path(path))
    sweep_dead_temps(p)
    fd, tmp = _create_temp(p)
    try:
        try:
            os.fchmod(fd, stat.S_IMODE(os.stat(p).st_mode))
        except FileNotFoundError:
            pass
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(p.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def real_file(path: Path) -> Path:
    """The file a write of `path` replaces: the one a symlink names, else `path`."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _create_temp(target: Path) -> tuple[int, str]:
    # os.open with 0o666 lets the kernel apply the umask (mkstemp would force 0600).
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    while True:
        tmp = target.parent / f".{target.name}.{os.getpid()}.{os.urandom(6).hex()}.tmp"
        try:
            return os.open(tmp, flags, 0o666), str(tmp)
        except FileExistsError:
            continue


def sweep_dead_temps(target: Path) -> None:
    """Remove the temp files of `target` left by writers that died before their rename."""
    for tmp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        pid = tmp.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            try:
                tmp.unlink()
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


# The temp name atomic_write adds around a file's name: "." before, ".<pid>.<12 hex>.tmp"
# after (a pid has at most 7 digits on Linux, whose pid_max is 2**22).
_TEMP_BYTES = len(".") + len(".4194304.") + 12 + len(".tmp")
NAME_BYTES = 255 - _TEMP_BYTES  # the longest file name atomic_write can write


def fit_stem(stem: str, suffix: str) -> str:
    """`stem` shortened, on a character boundary, so that stem + suffix fits in a file
    name (255 bytes of UTF-8 on common file systems) with its temp name's room."""
    room = NAME_BYTES - len(suffix.encode("utf-8", "surrogateescape"))
    used = 0
    for i, c in enumerate(stem):
        used += len(c.encode("utf-8", "surrogateescape"))
        if used > room:
            return stem[:i]
    return stem


def file_name(edition_id: str) -> str:
    """The name of an edition's file in its folder."""
    return f"{edition_id}.json"


def save(edition: Edition, folder: str | os.PathLike[str]) -> Path:
    return write_into(folder, file_name(edition.id), to_json(edition))


def make_folder(folder: Path) -> None:
    """Make `folder` and its parents; a failure is one BroadsheetError naming the folder,
    or the file that stands where a folder should."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as e:
        file = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
        if file is not None:
            raise BroadsheetError(file, _("is a file, not a folder")) from None
        reason = _("cannot create folder ({reason})").format(reason=e.strerror)
        raise BroadsheetError(folder, reason) from None
    except OSError as e:
        reason = _("cannot create folder ({reason})").format(reason=e.strerror)
        raise BroadsheetError(folder, reason) from None


def write_into(folder: str | os.PathLike[str], name: str, data: bytes) -> Path:
    """Write ``data`` atomically as ``folder/name``, making the folder; a failure is one
    BroadsheetError naming the folder or the file, whichever could not be made."""
    out = Path(folder)
    make_folder(out)
    target = out / name
    try:
        atomic_write(target, data)
    except OSError as e:
        raise BroadsheetError(
            target, _("cannot write ({reason})").format(reason=e.strerror)
        ) from None
    return target


def find_editions(folder: str | os.PathLike[str]) -> list[Path]:
    """Edition files in a folder, sorted by name (which sorts by paper, then date)."""
    p = Path(folder)
    try:
        with os.scandir(p) as found:  # names and types in one read: no stat per file
            names = [
                f.name
                for f in found
                if f.name.endswith(".json") and not f.name.startswith(".") and f.is_file()
            ]
    except OSError:  # not a folder, gone, or not ours to list
        return []
    return [p / name for name in sorted(names)]


def check(edition: Edition) -> list[str]:
    """Problems a well-formed file can still have: spans outside the source or shared
    between leaves, duplicate item ids. Empty when the edition is consistent."""
    problems: list[str] = []
    ids = [item.id for _page, item in edition.items()]
    if len(ids) != len(set(ids)):
        problems.append(_("duplicate item ids"))
    spans = []
    for leaf in edition_leaves(edition):
        for start, end in leaf.spans:
            if not 0 <= start <= end <= edition.source.chars:
                problem = _("{leaf}: span [{start}, {end}] outside the source")
                problems.append(problem.format(leaf=leaf.path, start=start, end=end))
            spans.append((start, end, leaf.path))
    spans.sort()
    for (_s1, e1, p1), (s2, _e2, p2) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            problems.append(
                _("{first} and {second} overlap at {at}").format(first=p1, second=p2, at=s2)
            )
            break
    return problems
