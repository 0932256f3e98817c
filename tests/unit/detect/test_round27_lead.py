"""Round 27, by the session's lead (sets ai and aj): a roster pasted without its header, a person and a date in
the same column of every row, gives that column's past dates as birth dates; recent dates of a visit log and the
dates of a roster of no people stay. Every text and value here is invented for this file."""

from __future__ import annotations

from .conftest import Boundary, untouched

YOUTH_ROSTER = (
    "youth council roster (pipe), count by school please:\n"
    "Adaeze Okonkwo-Bell|Roosevelt Magnet|2009-05-14\n"
    "Tomasz Wierzbicki|Roosevelt Magnet|2008-11-30\n"
    "Farhiya Guled Warsame|Central Academy|2009-02-07\n"
    "Brennan Ostrowski|Central Academy|2008-08-19"
)


def test_a_headerless_roster_s_date_column_is_birth_dates(boundary: Boundary) -> None:
    blocked, forwarded = boundary(YOUTH_ROSTER)
    assert not blocked
    for date in ("2009-05-14", "2008-11-30", "2009-02-07", "2008-08-19"):
        assert date not in forwarded
    assert "Roosevelt Magnet" in forwarded


def test_a_visit_log_s_recent_dates_stay(boundary: Boundary) -> None:
    blocked, forwarded = boundary(
        "visit log, which room was busiest?\n"
        "Adaeze Okonkwo-Bell|Room 4|2026-05-14\n"
        "Tomasz Wierzbicki|Room 2|2026-11-30\n"
        "Farhiya Guled Warsame|Room 1|2025-02-07"
    )
    assert not blocked
    for date in ("2026-05-14", "2026-11-30", "2025-02-07"):
        assert date in forwarded


def test_a_table_of_orders_with_old_dates_is_untouched(boundary: Boundary) -> None:
    untouched(boundary, "ref;date;amount\nPO-1;2001-05-14;300\nPO-2;2003-11-30;250\nPO-3;2004-02-07;100\nsum it up")


def test_a_high_school_s_short_name_in_a_text_about_students_is_no_person(boundary: Boundary) -> None:
    blocked, forwarded = boundary(
        "youth council roster (pipe), count by school please:\n"
        "Adaeze Okonkwo-Bell|Lincoln High|2009-05-14\n"
        "Tomasz Wierzbicki|Lincoln High|2008-11-30\n"
        "Farhiya Guled Warsame|Bryan High|2009-02-07"
    )
    assert not blocked
    assert forwarded.count("Lincoln High") == 2 and "Bryan High" in forwarded
    assert "Tomasz Wierzbicki" not in forwarded


def test_a_person_named_high_outside_school_talk_is_still_a_person(boundary: Boundary) -> None:
    blocked, forwarded = boundary("Please call back Morgan High about the permit, she is waiting since Monday.")
    assert not blocked and "Morgan High" not in forwarded
