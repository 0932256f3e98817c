"""A delimited table whose header names no people stops its data rows being tried as headers for the column vote
(each try read every row after it: a pasted 50 KB sheet took seconds); a title line with a comma above a table is
narrower than the table, so the header under it still decides its columns. Every text here is invented."""

from __future__ import annotations

from .conftest import Boundary, kept_back, untouched


def test_a_title_line_with_a_comma_leaves_the_header_under_it_its_vote(boundary: Boundary) -> None:
    kept_back(
        boundary,
        "Crew list for the drill, Station 9 (join on unit_id):\nunit_id,firefighter,shift\n"
        "E9-1,Marisol Quintero,A\nE9-2,Teodor Halvorsen,B\nE9-3,Kofi Mensah,C",
        "Marisol Quintero",
        "Teodor Halvorsen",
    )


def test_a_sheet_with_no_people_passes(boundary: Boundary) -> None:
    rows = "\n".join(f"A{1000 + n},{n % 9 + 1},{n}.99,WH{n % 4},shipped" for n in range(300))
    untouched(boundary, "sku,qty,price,warehouse,status\n" + rows)
