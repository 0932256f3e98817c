"""Round 7, leak recall: one test per kind of miss, through the proxy boundary under the shipped commercial
policy. Every text and value here is invented for this file."""

from __future__ import annotations

from .conftest import kept_back, untouched

# --- a database client's printout: the border lines between header and rows belong to the table ---


def test_mysql_bordered_table_values_are_redacted(boundary) -> None:
    text = (
        "Why two rows?\n\n+-----------+------------+\n| ktn       | dob        |\n+-----------+------------+\n"
        "| 730215846 | 1984-02-11 |\n| 730215846 | 1984-02-11 |\n+-----------+------------+\n2 rows in set"
    )
    kept_back(boundary, text, "730215846", "1984-02-11")


def test_psql_bordered_table_values_are_redacted(boundary) -> None:
    text = (
        "Query output:\n\n payee     | routing   | account      | amount\n"
        "-----------+-----------+--------------+--------\n"
        " Dana Holt | 021000021 | 004417720931 | 120.00\n(1 row)"
    )
    kept_back(boundary, text, "021000021", "004417720931")


def test_bordered_table_of_versions_passes(boundary) -> None:
    untouched(
        boundary,
        "+---------+---------+\n| service | version |\n+---------+---------+\n"
        "| api     | 4.12.0  |\n+---------+---------+",
    )


# --- a data frame's printout: each row opens with an index the header does not name ---


def test_dataframe_rows_with_an_index_are_read_under_their_header(boundary) -> None:
    text = (
        "Out[3]:\n       full_name   passport_no         dob\n"
        "17    Ada Marsh     640117325  1979-05-30\n204   Ada Marsh     640117399  1979-05-30\n\nSame person?"
    )
    kept_back(boundary, text, "640117325", "640117399", "1979-05-30")


def test_dataframe_of_counts_passes(boundary) -> None:
    text = "Out[5]:\n     office   count   median_days\n0    Miami      412   31\n1    Dallas     388   27"
    untouched(boundary, text)


# --- an A-Number read out digit by digit with dashes or wide gaps between the groups ---


def test_spaced_a_number_with_dashes_is_redacted(boundary) -> None:
    kept_back(boundary, "his alien number is A 2 1 4 - 2 2 7 - 9 0 5, please check", "A 2 1 4 - 2 2 7 - 9 0 5")


def test_spaced_a_number_with_wide_gaps_is_redacted(boundary) -> None:
    kept_back(boundary, "A-Number: A  3 1 4  2 2 7  9 0 5 (from the PDF)", "A  3 1 4  2 2 7  9 0 5")


def test_spaced_short_list_with_a_letter_passes(boundary) -> None:
    untouched(boundary, "Seats left: A 1 - 2 - 3, pick one.")


# --- a bank account labelled in Vietnamese, Spanish, Portuguese or French ---


def test_account_labelled_in_vietnamese_is_redacted(boundary) -> None:
    kept_back(boundary, "chị ấy gửi tài khoản 6 2 0 4 1 1 8 8 3 7 để nhận tiền", "6 2 0 4 1 1 8 8 3 7")


def test_account_labelled_in_spanish_is_redacted(boundary) -> None:
    kept_back(boundary, "deposítelo en la cuenta 550218847310 por favor", "550218847310")


# --- the people of a ticket export or a shipment record, named by their role ---


def test_ticket_export_reporter_and_assignee_are_redacted(boundary) -> None:
    text = (
        "Group these:\n\nKey,Summary,Reporter,Assignee\n"
        'HD-118,"VPN drops","Liora Brandt","Tomasz Wrobel"\nHD-119,"Printer","Liora Brandt","Idris Kamara"'
    )
    kept_back(boundary, text, "Liora Brandt", "Tomasz Wrobel", "Idris Kamara")


def test_importer_contact_in_tool_arguments_is_redacted(boundary) -> None:
    text = 'Is this valid? {"port": "MIA", "importer_contact": "Olufemi Adeyinka", "weight_kg": 40}'
    kept_back(boundary, text, "Olufemi Adeyinka")


def test_ticket_export_of_teams_passes(boundary) -> None:
    untouched(boundary, "Key,Summary,Assignee\nHD-120,Disk full,Network\nHD-121,Login loop,Service Desk")


# --- a Spanish birth-date column cut short, and a passport labelled in another script ---


def test_fecha_nac_column_is_a_birth_date(boundary) -> None:
    text = "nombre;fecha_nac;ciudad\nRaúl;11/06/1982;Reynosa\nInés;23/09/1990;Laredo"
    kept_back(boundary, text, "11/06/1982", "23/09/1990")


def test_fecha_column_of_invoices_passes(boundary) -> None:
    untouched(boundary, "factura;fecha;importe\nF-118;11/06/2026;120.00\nF-119;12/06/2026;80.00")


def test_passport_labelled_in_russian_is_redacted(boundary) -> None:
    kept_back(boundary, "Переведите: «Ольга Смирнова, паспорт 614207793». Спасибо.", "614207793")


def test_passport_word_without_a_number_passes(boundary) -> None:
    untouched(boundary, "Где получить паспорт? Сколько это стоит в 2026 году?")


# --- a birth date written as one number, year first, after its label ---


def test_compact_birth_date_after_its_label_is_redacted(boundary) -> None:
    kept_back(boundary, "Subject OKAFOR, Emeka (DOB 19790822) was referred to secondary.", "19790822")


def test_compact_number_that_is_no_calendar_date_passes(boundary) -> None:
    untouched(boundary, "The DOB field takes YYYYMMDD; 19791342 should fail validation.")
