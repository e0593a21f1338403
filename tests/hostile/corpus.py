"""The bad-input corpus: every file is generated here, none is committed as a blob.

    python -m tests.hostile.corpus DIR     # write the corpus into DIR

Each row is (file name, bytes). The seed page is the base of the encoding rows
and of the hostile-text rows, so a correct reader must still see its structure.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from pathlib import Path

from tests.editions import SEED_JSON, seed_text

# Text a page may carry that must never reach the terminal as control or markup.
MARKUP = "[bold red]경고[/] [link=https://example.com]링크[/link] [/]닫힘 \\[escaped]"
ESCAPES = (
    "색\x1b[31m빨강\x1b[0m 제목\x1b]0;hijacked\x07 종료\x1b]8;;http://x\x1b\\링크\x1b]8;;\x1b\\"
)
CONTROLS = "C0:\x01\x02\x07\x08\x0b C1:\x85\x9b\x9d DEL:\x7f"
BIDI = "방향\u202e꾸뒤\u202c 격리\u2067역\u2069"
ZERO_WIDTH = "가\u200d나\u200b다\ufeff라"
NFD_HANGUL = unicodedata.normalize("NFD", "오상진 단장")
EMOJI = "👍🏽 🇰🇷 👨‍👩‍👧"
LONG_HANGUL = "가나다라마바사아자차카타파하" * 21 + "끝"  # 295 syllables, no space
# The pieces the hostile page's lead holds, in its order.
IN_THE_LEAD = (MARKUP, ESCAPES, CONTROLS, BIDI, ZERO_WIDTH, NFD_HANGUL, EMOJI)


def hostile_page() -> str:
    """The seed page with hostile text inside its headline, body and ad."""
    text = seed_text()
    text = text.replace("만들겠다”", "만들겠다 [bold red]”", 1)
    text = text.replace(
        "들어봤다.",
        "들어봤다. " + " ".join(IN_THE_LEAD) + ".",
        1,
    )
    text = text.replace("회원모집 안내", "회원모집 안내 [blink]", 1)
    text = text.replace("모토로", f"모토로 {LONG_HANGUL}", 1)
    return text


def _mixed(seed: str) -> bytes:
    half = seed.index("\n", len(seed) // 2) + 1
    return seed[:half].encode("utf-8") + seed[half:].replace("•", "●").encode("cp949")


def rows() -> list[tuple[str, bytes]]:
    seed = seed_text()
    rng = random.Random(20260204)
    edition = json.loads(SEED_JSON.read_bytes())
    wrong_type = json.loads(SEED_JSON.read_bytes())
    wrong_type["pages"][0]["items"][0]["body"][0]["text"] = 42
    extra = dict(edition, unknown_field={"future": True})
    return [
        ("empty.txt", b""),
        ("whitespace.txt", b" \n\t\r\n  \n"),
        ("random.txt", bytes(rng.randrange(256) for _ in range(4096))),
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"),
        ("nul.txt", "광주 기사\x00본문".encode()),
        # The seed's "•" has no CP949 form; KS X 1001 papers print "●" for it.
        ("seed-cp949.txt", seed.replace("•", "●").encode("cp949")),
        ("seed-utf16.txt", seed.encode("utf-16")),
        ("seed-utf16le-nobom.txt", seed.encode("utf-16-le")),
        ("seed-utf16be-nobom.txt", seed.encode("utf-16-be")),
        # A page pasted together: its first half UTF-8, the rest CP949.
        ("mixed-utf8-cp949.txt", _mixed(seed)),
        ("seed-utf8bom.txt", b"\xef\xbb\xbf" + seed.encode("utf-8")),
        ("seed-crlf.txt", seed.replace("\n", "\r\n").encode("utf-8")),
        ("seed-cr.txt", seed.replace("\n", "\r").encode("utf-8")),
        ("longline.txt", ("가" * (1024 * 1024 // 3)).encode("utf-8")),
        ("hostile.txt", hostile_page().encode("utf-8")),
        ("truncated.json", SEED_JSON.read_bytes()[:500]),
        ("array.json", b"[1, 2, 3]"),
        ("future.json", json.dumps(dict(edition, schema=99)).encode()),
        ("wrongtype.json", json.dumps(wrong_type, ensure_ascii=False).encode()),
        ("extra.json", json.dumps(extra, ensure_ascii=False).encode()),
    ]


def huge_page(megabytes: int = 50) -> bytes:
    """About `megabytes` MB of page text: the seed's pages repeated, joined by form feeds."""
    page = seed_text().encode("utf-8")
    return b"\f".join([page] * (megabytes * 1024 * 1024 // len(page) + 1))


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, data in rows():
        (folder / name).write_bytes(data)
        out.append(folder / name)
    return out


if __name__ == "__main__":
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")):
        print(p)
