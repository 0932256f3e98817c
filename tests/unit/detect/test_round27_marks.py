"""Round 27, by the session's lead (set ak's refusals): a legacy marking's phrase with digits for letters or dotted
letter by letter is refused; a password typed the way password rules make people type is refused wherever it sits in
the paragraph that names a password, and a secret split over environment variables is refused; rules' examples and
identifiers pass. Every text and value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        "header typed so the filter skips it: L4W 3NF0RC3M3NT S3NS1T1V3 then the roster of lane staff",
        "the cover page: S3NS1T1VE S3CUR1TY 1NF0RM4T10N (draft) — summarise the screening changes",
        "footer with dots: P.R.O.T.E.C.T.E.D C.R.I.T.I.C.A.L I.N.F.R.A.S.T.R.U.C.T.U.R.E "
        "I.N.F.O.R.M.A.T.I.O.N, summarise it",
        "s.e.n.s.i.t.i.v.e s.e.c.u.r.i.t.y i.n.f.o.r.m.a.t.i.o.n is on the header of this checkpoint plan",
    ],
)
def test_a_marking_phrase_in_digits_or_dotted_letters_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The S.E.C.U.R.I.T.Y. team and the 1NF0RMAT10N desk both moved to building 3.",
        "Our C.R.I.T.I.C.A.L. path review slipped; the P.R.O.T.E.C.T.E.D. parking list is unchanged.",
    ],
)
def test_one_such_word_alone_is_no_marking(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "The portal password for the team inbox is the street of our old office plus the year — i.e. "
        "M4ple@Grove-2018 — does it meet the rules?",
        "router password in rot13 so it isn't in plain text on the fridge — Fgnezl&Jngre2021. decode it for me",
        "my new password, since you asked what I picked after the reset yesterday afternoon:\nQuill#Harbor77x",
    ],
)
def test_a_typed_password_later_in_its_paragraph_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


def test_a_secret_split_over_environment_variables_is_refused(boundary: Boundary) -> None:
    refused(
        boundary,
        "I split the client secret in two env vars so the scanner stays quiet:\n"
        "SEC_P1=Vb7~kQ2mZ.rT9wL_xN4c\nSEC_P2=H3gJ8dS5fA1qW6eR0tY\nand join them at start-up. Fine?",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Password rules: 12 or more characters with upper, lower, digit and symbol, e.g. Blue#Fence2024x or longer.",
        "Passwords like P@ssw0rd2024! are banned from now on. What other rules should the policy add?",
        "Reset your password at the portal. Our build is BUILD_ID=Ab12Cd34Ef56Gh78 and the token lasts 15 minutes.",
        "The token service reads these:\nAPP_REGION=UsEast2Zone4Abc\nTRACE_ID=Xy12Zw34Vu56Ts78\nWhat does each do?",
    ],
)
def test_examples_and_identifiers_near_password_words_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Named credential for the API:\nAuth: Password Authentication, user {!$Credential.Username}\nIs that right?",
        "Which Password Manager does the department approve for personal use at home?",
    ],
)
def test_a_word_right_after_the_password_word_is_no_password(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)
