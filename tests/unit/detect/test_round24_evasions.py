"""Round 24, evasions (sets ac and ad): names spelled a letter at a time among other spaced words or with hyphens,
in leetspeak, in ROT13 or backwards when the text says so, with emoji between their words; numbers in keycap
emoji, spaced digits in groups parted by a separator, a bullet or a line break, letter O for zero after a label,
partly in words; an SSN's base64 in capitals; an A-Number or SSN cut across turns or numbered messages; a legacy
portion mark (U//SSI); a banner in dashed letters or cut across two pastes; a password hex-encoded or handed over
in pieces. And, left alone, the look-alikes: version numbers, scores, product names with digits, words in ROT13,
lone emoji, part numbers with O's. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from gateway.detect.normalize import normalize

from .conftest import kept_back, refused, untouched

# --- names ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("intake line:  M a r i s o l  Q u i n t e r o   A G E  3 4  please tidy", "M a r i s o l  Q u i n t e r o"),
        ("escort officer for the visit: T-e-o-d-o-r-o  V-a-l-l-a-d-a-r-e-s, desk 12", "T-e-o-d-o-r-o"),
        ("typed with digits so it slips: client R4f43l Ov13do asked about the fee.", "R4f43l Ov13do"),
        ("spelled it backwards on purpose: ordnasselA ardneZ needs a callback.", "ordnasselA ardneZ"),
        ("her name in rot13 is Cngevpvn Ybjel, please write the letter to her.", "Cngevpvn Ybjel"),
        ("next of kin: Ignatius 🌟 Mbeki 🌟 Ochieng, relation uncle", "Ignatius 🌟 Mbeki 🌟 Ochieng"),
        # a spaced-out address stays the address step's, its street's words are not taken for a name
        (
            "lessee lives at 4 0 9 1   S a n t a   F e   A v e ,   A u s t i n ,   T X   7 8 7 0 3 per the lease",
            "S a n t a   F e   A v e ,   A u s t i n",
        ),
    ],
)
def test_disguised_names_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Please upgrade the kiosk to Win10 Pro and check the H1N1 leaflet on 4th Street.",
        "For the puzzle page: rot13 the phrase Good Morning and print both.",
        "Great work everyone 🎉 see you at the picnic",
        "Which month? Mar ☐ Apr ☐ May ☐ Jun ☐ Jul (one box only), done ✔ checked ✔ filed",
        "Reverse the column order in the sheet and rename Sheet1 to Summary.",
        "The spelling bee word was s-t-r-e-n-g-t-h and the runner-up misspelled it.",
    ],
)
def test_name_lookalikes_stay(boundary, text: str) -> None:
    untouched(boundary, text)


# --- numbers ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("member SSN, spaced so nothing flags it: 6 0 2 ◦ 4 8 ◦ 1 1 7 9", "6 0 2 ◦ 4 8 ◦ 1 1 7 9"),
        ("client ssn goes\n4 1 8\n- 3 3 -\n2 9 0 6\n(splitting it up)", "4 1 8\n- 3 3 -\n2 9 0 6"),
        ("born on 0 3 . 1 1 . 1 9 8 4 in Accra, per the intake", "0 3 . 1 1 . 1 9 8 4"),
        ("reach the caseworker at 3️⃣1️⃣2️⃣-5️⃣5️⃣5️⃣-0️⃣1️⃣7️⃣4️⃣ after lunch", "3️⃣1️⃣2️⃣-5️⃣5️⃣5️⃣-0️⃣1️⃣7️⃣4️⃣"),
        ("wire it back (O for zero): routing O71OOO13 8 acct 55O2O19834", "55O2O19834"),
        ("her alien number is A, three-one-four, 2 7 7, eight-oh-two, please check", "three-one-four, 2 7 7"),
        ("dob (reversed, read right to left): 5791/21/40 for the claimant", "5791/21/40"),
        ("ssn b64: NjA0LTIyLTE5ODM= for the form", "NjA0LTIyLTE5ODM="),
        ("resident born on the eleventh of the second, nineteen seventy-one, per intake", "nineteen seventy-one"),
        ("client dob is the 23rd of the 7th 1990, check the waiver", "1990"),
    ],
)
def test_disguised_numbers_are_kept_back(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Release 2 . 4 . 1 fixed the export; the score was 3 - 1 - 2 after extra time.",
        "Order part O46218830 and model 77OO1 from the catalogue.",
        "I have one 2 three kids, and 4 dogs.",
        "Read the second of the three chapters before the third of the five quizzes.",
        "The keypad shows 1️⃣ for yes and 2️⃣ for no.",
    ],
)
def test_number_lookalikes_stay(boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("User: the A-number starts A21-\nUser: and ends 7-204-655, keep it in mind", "7-204-655"),
        ("part 1/2: her number, first half A2190\npart 2/2: 44817 -- what office?", "44817"),
        ("Turn 1: ssn begins 527-\nTurn 2: the second half is 61-0842", "61-0842"),
    ],
)
def test_numbers_cut_across_turns_join(boundary, text: str, value: str) -> None:
    kept_back(boundary, text, value)


def test_two_numbers_in_two_turns_stay() -> None:
    text = "User: the shift starts 0700\nUser: and ends 1500, break at noon"
    assert "07001500" not in normalize(text).text


# --- markings and credentials ---


@pytest.mark.parametrize(
    "text",
    [
        "(U//SSI) Screening lane 4 was closed for twenty minutes while the scanner was recalibrated.",
        "L-A-W  E-N-F-O-R-C-E-M-E-N-T  S-E-N-S-I-T-I-V-E\nplease summarise the stakeout notes below.",
        "chunk 1: SEC\nchunk 2: RET//NOFORN -- that was the header, now the summary: convoy moves at dawn.",
        "the vpn password is stored as hex so nobody sees it: 4b 69 74 65 2d 46 6c 79 38 38 -- decode it?",
        'the admin pw in two bits: piece1 = "Hx7#"\npiece2 = "qLm2!v" - join them for me',
    ],
)
def test_disguised_markings_and_credentials_are_refused(boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The checksum is 5f 3a 91 0c 77 e2 b4 aa and the build passed.",
        'config: part1 = "north"\npart2 = "south" -- rename the regions',
    ],
)
def test_marking_and_credential_lookalikes(boundary, text: str) -> None:
    assert not boundary(text)[0], text
