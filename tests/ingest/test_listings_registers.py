"""Registers read as entries: ship lists, time tables, licences, source lines, a bounded read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reader.ingest import explain_text
from reader.ingest.carriers import CARRIER_GROUP, CARRIER_ROW, carrier_group, carrier_row
from reader.ingest.en_heads import TITLE_OVER_TABLES
from reader.ingest.entries import note_under_entries
from reader.ingest.items import split_groups
from reader.ingest.licences import LICENCE_ROW, licence_row
from reader.ingest.lines import Line, Para
from tests.ingest.test_conventions import items

SHIPS = (
    "HARBOR NEWS\n"
    "ARRIVED\n"
    "Str. Wren, Hallet, from Port Ida, coal.\n"
    "Schr. Amy B. Cole, Doyle, from Bath, lumber.\n"
    "SAILED\n"
    "Bark Ossian, Pruitt, for Lisbon.\n"
    "Str. Halcyon, for Cardiff, light.\n\n"
    "FERRY LANDING REPAIRED\n\n"
    "The ferry landing at the foot of Pier street was opened again yesterday\n"
    "after three weeks of repairs, and the boats kept their old hours.\n"
)


def test_a_shipping_list_holds_its_ships_as_entries_under_their_group_labels() -> None:
    edition, trace = explain_text(SHIPS)
    first, second = items(SHIPS)
    assert first["headline"] == "HARBOR NEWS"
    assert [kind for kind, _ in first["body"]] == ["subhead", *["bullet"] * 2] * 2
    assert first["body"][3] == ("subhead", "SAILED")
    assert second["headline"] == "FERRY LANDING REPAIRED"
    assert trace.rule("p1-1", "body.1") == f"repair: {CARRIER_ROW}"
    assert trace.rule("p1-1", "body.3") == f"repair: {CARRIER_GROUP}"


def test_a_ship_named_in_a_storys_sentence_or_a_rig_word_in_a_name_is_no_entry() -> None:
    text = (
        "BIG CARGO LANDED\n\n"
        "Str. Wren, Capt. Hallet, came in from Port Ida yesterday with the largest\n"
        "cargo of coal ever landed at the wharf, and was unloaded by night.\n\n"
        "Ship Lumber, the new yard on the flats, will open Monday.\n"
    )
    [item] = items(text)
    assert "bullet" not in [kind for kind, _ in item["body"]]
    assert not carrier_row("Ship Lumber, the new yard on the flats, will open Monday.")
    assert not carrier_group("Sailed away.")


STORY = (
    "MILL TO RUN NIGHTS\n\n"
    "The Bell woolen mill will run a night shift from Monday, and forty hands\n"
    "have been taken on to fill it, the manager said yesterday.\n\n"
)


TRAINS = (
    "EASTBOUND\n"
    "No. 2, Day Express ....... 7:10 a.m.\n"
    "No. 6, Local . . . . . . . 4:45 p. m.\n"
    "WESTBOUND\n"
    "No. 1, Night Mail ........ 9:30 p.m.\n"
    "No. 5, Local . . . . . . . 1:20 p. m.\n"
)


def test_a_time_tables_trains_are_entries_under_their_directions() -> None:
    text = f"{STORY}TIME CARD.\nLAKE SHORE & NORTHERN RY.\n{TRAINS}"
    _, table = items(text)
    assert table["headline"] == "TIME CARD."
    assert table["deck"] == ["LAKE SHORE & NORTHERN RY."]
    assert [kind for kind, _ in table["body"]] == ["subhead", "bullet", "bullet"] * 2
    assert table["body"][3] == ("subhead", "WESTBOUND")
    assert carrier_row("No. 6, Local . . . . . . . 4:45 p. m.")


def test_a_train_or_a_direction_named_in_a_sentence_is_no_entry() -> None:
    assert not carrier_row("No. 6, the new engine, was run out of the shops yesterday.")
    assert not carrier_row("No. 2 was late 7:10 a.m.")
    assert not carrier_group("Eastbound trains were late.")


def test_a_title_set_apart_over_a_roads_time_table_heads_the_roads_tables() -> None:
    text = f"{STORY}RAILWAY TIME CARDS\n\nLAKE SHORE & NORTHERN RY.\n{TRAINS}"
    _, title, road = items(text)
    assert title["headline"] == "RAILWAY TIME CARDS"
    assert road["headline"] == "LAKE SHORE & NORTHERN RY."
    assert [kind for kind, _ in road["body"]] == ["subhead", "bullet", "bullet"] * 2
    _, trace = explain_text(text)
    assert TITLE_OVER_TABLES in trace.rule("p1-3")


def test_a_title_set_apart_over_a_capitals_deck_and_prose_keeps_its_deck() -> None:
    # a blank line under a title in capitals alone is no cut: the road's table makes one
    text = (
        f"{STORY}RAILWAY TIME CARDS\n\nLAKE SHORE & NORTHERN RY.\n"
        "The road will put on two more trains next month, the agent said today.\n"
    )
    _, cards = items(text)
    assert (cards["headline"], cards["deck"]) == (
        "RAILWAY TIME CARDS",
        ["LAKE SHORE & NORTHERN RY."],
    )
    assert cards["body"][0][0] == "lead"
    _, trace = explain_text(text)
    assert TITLE_OVER_TABLES not in " ".join(trace.notes.values())


LICENCES = (
    "MARRIAGE LICENSES.\n\n"
    "Hugo Brandt, 29, and Emma Kohl,\n24, both of Elmdale.\n"
    "Wm. J. Ross, 33, Pine Grove, and\nMrs. Ada Lamb, 30, Elmdale.\n"
)


def test_a_licence_registers_couples_are_entries_each() -> None:
    text = f"{STORY}{LICENCES}"
    _, register = items(text)
    assert register["deck"] == []
    assert register["body"] == [
        ("bullet", "Hugo Brandt, 29, and Emma Kohl, 24, both of Elmdale."),
        ("bullet", "Wm. J. Ross, 33, Pine Grove, and Mrs. Ada Lamb, 30, Elmdale."),
    ]
    _, trace = explain_text(text)
    assert trace.rule("p1-2", "body.0") == f"repair: {LICENCE_ROW}"


def test_a_couple_named_with_their_ages_in_a_story_is_no_entry() -> None:
    text = (
        f"{STORY}WED AT THE PARSONAGE\n\n"
        "Hugo Brandt, 29, and Emma Kohl, 24, both of Elmdale, were married at the parsonage\n"
        "on Monday by the Rev. J. L. Hart.\n\n"
        "They will live on the Brandt farm north of town.\n"
    )
    _, story = items(text)
    assert "bullet" not in [kind for kind, _ in story["body"]]
    assert not licence_row("Hugo Brandt and Emma Kohl, both of Elmdale, were married.")


def test_two_weddings_told_in_prose_are_no_register() -> None:
    # each couple named with their ages, then what they did: a told sentence, not a row
    text = (
        "SOCIETY\n\n"
        "Harold Vance, 31, and Ruth Ames, 24, who were married at the First Church on Tuesday\n"
        "evening, left on the night train for a wedding trip to the lakes.\n\n"
        "Walter Price, 28, and Edna Moore, 22, who were married at the home of the bride's\n"
        "parents on Wednesday, will make their home on Elm Street.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_a_headline_in_capitals_after_a_licence_register_opens_the_next_item() -> None:
    text = (
        f"{STORY}{LICENCES}\nCOUNCIL NOTES.\n\n"
        "The council met on Monday night and\nvoted to pave Elm street this summer.\n"
    )
    _, register, notes = items(text)
    assert [kind for kind, _ in register["body"]] == ["bullet", "bullet"]
    assert notes["headline"] == "COUNCIL NOTES."


def test_a_church_programmes_numbered_items_with_no_direction_are_no_trains() -> None:
    # numbers, leader dots and hours, but no EASTBOUND over them: one kind of line, as printed
    text = (
        "SUNDAY SERVICES\n\nFirst Church\n\n"
        "No. 1, Organ Voluntary ........ 10:30 a.m.\n"
        'No. 2, Sermon, "The Good Shepherd" .... 11:00 a.m.\n'
        "No. 3, Anthem by the Choir ........ 11:45 a.m.\n"
    )
    [item] = items(text)
    assert "bullet" not in [kind for kind, _ in item["body"]]
    assert len(item["body"]) == 3


def test_a_source_line_under_a_listings_entries_is_a_paragraph() -> None:
    text = (
        "[전시 캘린더] 3월 첫째 주\n"
        "▲솔뫼미술관 '봄의 결' - 2일 개막\n"
        "▲가람갤러리 '바다 사진전' - 4일 개막\n"
        "▲누리문화회관 '민화 특별전' - 6일 폐막\n"
        "자료=솔뫼문화재단\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("paragraph", "자료=솔뫼문화재단")
    assert [kind for kind, _ in item["body"]].count("bullet") == 3


def test_a_line_opening_on_a_word_like_source_is_no_note_under_entries() -> None:
    # the near miss: '자료집' is a word of the entry's text, not the source's mark '자료='
    entries = ["▲솔뫼미술관 '봄의 결' - 2일 개막", "▲가람갤러리 '바다 사진전' - 4일 개막"]
    assert note_under_entries(entries, "자료=솔뫼문화재단")
    assert not note_under_entries(entries, "자료집 배포 7일까지")


class _CountedLines(list[Line]):
    """A paragraph's lines, counting every read of one, in a loop or by index."""

    reads = 0

    def __iter__(self) -> Iterator[Line]:
        for line in super().__iter__():
            _CountedLines.reads += 1
            yield line

    def __getitem__(self, i: Any) -> Any:
        _CountedLines.reads += 1
        return super().__getitem__(i)


def _kicker_page(n: int) -> list[Para]:
    """n lines with no blank line between, a paragraph a line as the blocks pass cuts such
    a page: a kicker line ('[인사] 한빛시 …') every fourth line over '▲' entries."""
    texts = [f"[인사] 한빛시 {i // 4}차" if i % 4 == 0 else f"▲과장 한가람{i}" for i in range(n)]
    paras, start = [], 0
    for text in texts:
        paras.append(Para(_CountedLines([Line(text, start)])))
        start += len(text) + 1
    return paras


def test_a_page_of_kicker_lines_over_entries_is_read_a_bounded_number_of_times_a_line() -> None:
    # The rules asked of each paragraph read the first lines of its block, or up to the line
    # that settles them: read to the block's end for each paragraph, the page's n lines
    # would be read n times each.
    reads = []
    for n in (1000, 2000):
        paras = _kicker_page(n)
        _CountedLines.reads = 0
        groups = split_groups(paras, dense=True)
        assert [group.paras for group in groups] == [paras]  # one listing; split into parts later
        reads.append(_CountedLines.reads)
    assert reads[1] <= 2.2 * reads[0]  # twice the lines, about twice the reads
