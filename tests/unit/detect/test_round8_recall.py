"""Round 8, recall: personal values that reached the vendor and markings or credentials that were not refused,
one test per kind of miss, through the proxy boundary under the shipped commercial policy. Every text and value
here is invented for this file."""

from __future__ import annotations

from gateway.detect.names_gazetteer import gazetteer
from gateway.detect.recognizers.personal.name_casing import _next_in_a_list_of_people, _title_common_given

from .conftest import kept_back, refused, untouched

# --- a legacy marking the text says the document at hand carries ("stamped PCII", "Memo is marked SBU") ---


def test_report_stamped_with_a_legacy_marking_is_refused(boundary) -> None:
    refused(boundary, "The attached dam inspection summary is stamped PCII, please shorten it to one page.")


def test_noun_opening_the_sentence_marked_sbu_is_refused(boundary) -> None:
    refused(boundary, "Memo is marked SBU at the top. Rewrite paragraph 3 in plain language.")


def test_labelled_marking_is_refused(boundary) -> None:
    refused(boundary, "This old briefing deck was labelled LES by the sender; make the bullets shorter.")


def test_marking_asked_about_in_a_hypothetical_passes(boundary) -> None:
    untouched(boundary, "What should I do if a document is marked SBU but has no date?")


def test_marking_rule_about_any_material_passes(boundary) -> None:
    untouched(boundary, "Anything that was marked SBU before 2016 gets re-marked under the CUI program, right?")


# --- a token cut at the end of a line, its rest on the next; a token spelled with a dash between characters ---


def test_github_token_cut_over_two_lines_is_refused(boundary) -> None:
    refused(boundary, "pasting from the wiki:\nghp_Q7wLm2Xc9VbN4rTa\nYp3KdE8sHj6GfU1oZi5\nwhy is it rejected?")


def test_gitlab_token_cut_over_two_lines_is_refused(boundary) -> None:
    refused(boundary, "CI variable value:\nglpat-Zr8Kq2Wm\nVx5Tn3Lp9Hd1\ndoes it need quotes?")


def test_token_spelled_with_dashes_between_characters_is_refused(boundary) -> None:
    refused(boundary, "read it back to me: g-h-p-_-R-4-k-Z-8-m-Q-2-w-X-9-v-B-7-n-L-3-t-Y-6-p-C-1-s-D-5-h-F-0-j-K-e-W-u")
    refused(boundary, "token: g-l-p-a-t---W-e-4-R-t-Y-7-u-I-o-P-9-a-S-d-F-2-g-H-j-K")


def test_word_spelled_with_dashes_passes(boundary) -> None:
    untouched(boundary, "The sign said w-e-l-c-o-m-e-h-o-m-e in big letters; how do I say that in Spanish?")


def test_token_prefix_before_prose_on_the_next_line_passes(boundary) -> None:
    untouched(boundary, "Our tokens start with ghp_ or\ngithub_pat_ and expire after 90 days. Is that configurable?")


# --- a token's body broken into chunks by spaces, its underscore said in words, a JWT wrapped mid-segment ---


def test_github_token_broken_by_spaces_after_its_prefix_is_refused(boundary) -> None:
    refused(boundary, "copied from the PDF, it has gaps: ghu_ NqVwYS81VP7Hb1 DX8pPd5khxE3pyIgKpaUnA - why?")


def test_github_token_with_the_underscore_in_words_is_refused(boundary) -> None:
    refused(boundary, "he read it out as gho underscore NqVwYS81VP7Hb1DX8pPd5khxE3pyIgKpaUnA over the phone")


def test_aws_key_id_in_groups_is_refused(boundary) -> None:
    refused(boundary, "first message: access key AKIA Q3MZ7RT2K9 W4XV5N, second has the secret")


def test_prose_after_a_token_prefix_passes(boundary) -> None:
    untouched(boundary, "Classic tokens begin ghp_ PersonalAccess tokens RotateYearly and fine-grained ones differ.")


def test_jwt_wrapped_inside_a_segment_is_refused(boundary) -> None:
    token = (
        "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAibWtvd2Fsc2tpIiwgInJvbGUiOiAi\n"
        "cmVhZGVyIiwgImV4cCI6IDE4OTk5OTk5OTl9.rl63XykWZeiNNCiia3anXn9k3ksu9mI4ROnl89Sm995"
    )
    refused(boundary, f"The mail client wrapped it:\n\n{token}")


# --- a token stored reversed so that scanners miss it ---


def test_reversed_slack_token_is_refused(boundary) -> None:
    refused(boundary, "BOT_TOKEN_REVERSED=Qx7Lm2Pz9Ka4Vn8Rt3Wy6Hs1-5518273649018-90817263541-bxox")


def test_reversed_github_token_is_refused(boundary) -> None:
    refused(boundary, "GH_REV=AnUapKgIyp3ExhK5dPp8XD1bH7PV18SYwVqN_phg  # reversed at runtime")


# --- a surname with a Japanese or Korean honorific written after it ---


def test_surname_with_an_honorific_suffix_is_redacted(boundary) -> None:
    kept_back(boundary, "can you thank Nishimura-san for covering the desk? draft a short note", "Nishimura")


def test_hyphenated_word_that_is_no_honorific_passes(boundary) -> None:
    untouched(boundary, "The Kyoto-based vendor sent a quote; is a sans-serif font fine for the slides?")


# --- a name found once, carried to its other mentions: in other cases, a short given name, an address's words ---


def test_lower_case_short_given_name_before_the_full_name_is_redacted(boundary) -> None:
    text = "my lead bao asked for the roster by noon. her full name is Bao Nguyen-Tran, put it on the cover"
    kept_back(boundary, text, "bao asked", "Bao Nguyen-Tran")


def test_full_name_in_capitals_after_title_case_is_redacted(boundary) -> None:
    kept_back(boundary, "Ask Oluwaseun Adeyemi to sign. The roster lists OLUWASEUN ADEYEMI twice.", "OLUWASEUN ADEYEMI")


def test_word_of_an_email_local_part_is_a_name_in_the_text(boundary) -> None:
    text = "can u reword my msg to yeshiwas about the rota? her address is yeshiwas.tadesse@example.org"
    kept_back(boundary, text, "yeshiwas about", "to yeshiwas")


def test_team_mailbox_words_are_not_names(boundary) -> None:
    blocked, forwarded = boundary("Send it to the intake desk; intake.desk@example.org reads intake mail daily.")
    assert not blocked
    assert "to the intake desk" in forwarded and "reads intake mail" in forwarded, forwarded


# --- names in casual lower-case chat: after "my coworker", "1:1 with", before "is my new lead" ---


def test_lower_case_name_after_a_workplace_relation_is_redacted(boundary) -> None:
    text = "can u help me write a farewell card for my coworker jasmine santos, she retires friday"
    kept_back(boundary, text, "jasmine santos")


def test_lower_case_name_with_an_everyday_given_name_after_a_one_on_one_is_redacted(boundary) -> None:
    text = "notes from my 1:1 with faith okonkwo - wants more field work. turn into an IDP"
    kept_back(boundary, text, "faith okonkwo")


def test_lower_case_name_before_is_my_new_lead_is_redacted(boundary) -> None:
    kept_back(boundary, "so omar el-haddad is my new lead lol, how formal should my first email be", "omar el-haddad")


def test_relation_before_a_verb_phrase_passes(boundary) -> None:
    untouched(boundary, "my coworker works nights and my grandmother lives nearby, any tips for a shared calendar?")


# --- a given name alone as the subject of a chat sentence ---


def test_given_name_before_just_called_is_redacted(boundary) -> None:
    kept_back(boundary, "yo Bogdan just called about the badge printer, should i let him in the server room?", "Bogdan")


def test_unlisted_name_before_said_with_a_pronoun_later_is_redacted(boundary) -> None:
    kept_back(boundary, "lol Oluwafunke said the retirement lunch is at her house, write an invite", "Oluwafunke")


def test_lower_case_unlisted_name_before_forgot_her_is_redacted(boundary) -> None:
    kept_back(boundary, "ugh xaliimo forgot her badge again, can u draft a polite reminder", "xaliimo")


def test_english_word_before_said_passes(boundary) -> None:
    untouched(boundary, "lol Legal said her team needs the memo by friday, can u tighten the intro?")


# --- the last entry of a list of people, which the model calls a place ---


def test_last_name_of_a_list_the_model_reads_as_a_place_is_redacted(boundary) -> None:
    text = "Rota: Tue Maribel Quintanilla Soto, Wed Anselmo Barrientos, night shift Xiomara Caldera."
    kept_back(boundary, text, "Xiomara Caldera")


def test_an_entry_after_a_person_in_the_same_list_is_next_in_it() -> None:
    text = "Mon Dana Ruiz, weekend on-call Ana Soto; then. Ana Soto"
    person_end = text.index(",")
    assert _next_in_a_list_of_people(text, [person_end], text.index("Ana"))
    assert not _next_in_a_list_of_people(text, [person_end], text.rindex("Ana"))  # a sentence between
    assert not _next_in_a_list_of_people(text, [], text.index("Ana"))


# --- a carried name in the possessive, an address written with words, a caller's self-introduction ---


def test_possessive_of_a_found_name_is_redacted(boundary) -> None:
    text = "lucia ferreira and tomas okafor covered gate 2; tomas's car broke down after, lucia's too"
    kept_back(boundary, text, "tomas's car", "lucia's too")


def test_words_of_an_address_spelled_with_dot_and_at_are_names(boundary) -> None:
    text = "add to the list: ravindra kulkarni, it's ravindra dot kulkarni at example dot org, ravindra asked"
    kept_back(boundary, text, "ravindra asked", "ravindra kulkarni")


def test_caller_saying_who_they_are_and_the_everyday_given_name_later(boundary) -> None:
    text = "[08:10] user: hey its grant mcandrew at the nogales port, badge dead\n[08:11] help: hi Grant, which door?"
    kept_back(boundary, text, "grant mcandrew", "hi Grant")


# --- a seven-digit local number: given in full elsewhere, or after "call/text … at" ---


def test_local_number_given_in_full_later_is_redacted(boundary) -> None:
    text = "ping Hamid at 555-0176?? no wait it's (571) 555-0176, draft a text asking him to swap shifts"
    kept_back(boundary, text, "555-0176")


def test_local_number_after_called_me_at_is_redacted(boundary) -> None:
    kept_back(boundary, "the driver called me at 555-0193 from the loading dock, write it up", "555-0193")


def test_local_number_shaped_room_and_form_numbers_pass(boundary) -> None:
    untouched(boundary, "Room 555-0142 is booked for Tuesday and the form number is 203-4471. Draft the agenda.")


# --- the speakers of a chat typed in lower case ---


def test_lower_case_chat_speakers_are_redacted(boundary) -> None:
    text = (
        "mulugeta bekele: is the client still at the shelter?\n"
        "hirut tadesse: ya, room 12\n"
        "mulugeta bekele: ok thx\n\nsummarize for the case file"
    )
    kept_back(boundary, text, "mulugeta bekele", "hirut tadesse")


def test_lower_case_headings_of_a_list_are_not_speakers(boundary) -> None:
    untouched(boundary, "root cause: stale config\nnext steps: redeploy\naction items: none\nroot cause: fixed")


# --- an everyday given name in Title Case before a surname and a verb ---


def test_everyday_given_name_and_surname_before_a_verb_is_redacted(boundary) -> None:
    text = "Make this kinder for the review: Will Okonkwo missed two deadlines. Grant Tolentino covered for him."
    kept_back(boundary, text, "Will Okonkwo", "Grant Tolentino")


def test_everyday_word_pairs_are_not_read_as_a_given_name_and_surname() -> None:
    text = "Will Tolentino attend? Grant Funding was cut. Bill Payments moved. Will Pardee missed it."
    found = [text[s:e] for s, e, _ in _title_common_given(text, gazetteer())]
    assert found == ["Will Pardee"]


# --- a given name alone after a relation word ---


def test_given_name_alone_after_a_relation_is_redacted(boundary) -> None:
    kept_back(boundary, "The letter goes to her granddaughter via her daughter Yesenia.", "Yesenia")
    kept_back(boundary, "Add that he can be reached through his nephew Anselmo.", "Anselmo")


def test_relation_before_a_weekday_passes(boundary) -> None:
    untouched(boundary, "My supervisor Monday said the new telework form is due; what goes in block 4?")


# --- the other entries of a list of people ---


def test_entries_of_a_list_shaped_like_a_found_name_are_redacted(boundary) -> None:
    text = (
        "Sort by county:\n\n1 - Sefo Taumalolo, 2210 W 4100 S, Taylorsville, UT 84123\n"
        "2 - Lesieli Vainikolo, 88 Kamehameha Hwy, Apt 2, Haleiwa, HI 96712\n"
        "3 - Leilani Akana, (808) 555-0131, no heat"
    )
    kept_back(boundary, text, "Sefo Taumalolo", "Lesieli Vainikolo")


def test_tasks_in_a_list_beside_a_name_are_not_names(boundary) -> None:
    text = "Plan:\n1 - Dana Whitfield, owner\n2 - Update templates, due Friday\n3 - Review budget, due Monday"
    blocked, forwarded = boundary(text)
    assert not blocked
    assert "Update templates" in forwarded and "Review budget" in forwarded, forwarded


# --- a Title Case pair both spelled as the names of under-listed origins are ---


def test_title_case_pair_spelled_as_somali_names_is_redacted(boundary) -> None:
    kept_back(boundary, "   - Cabdiqaadir Nuur, the tenant's brother-in-law, unit 6, no insurance.", "Cabdiqaadir Nuur")
    kept_back(boundary, "   - Faarax Xuseen, same building, unit 2.", "Faarax Xuseen")


# --- a name right before the label of an ITIN, a KTN, an EDIPI, a SEVIS or I-94 number ---


def test_name_before_an_itin_label_is_redacted(boundary) -> None:
    kept_back(boundary, "Fix the spacing: Lovely Dorvilus ITIN 9 1 2 - 7 3 - 4 4 0 8", "Lovely Dorvilus")


# --- a listed surname in capitals, a comma, an everyday given name ---


def test_caps_surname_before_an_everyday_given_name_is_redacted(boundary) -> None:
    kept_back(boundary, "please fix the OCR for TALBOT, Grace: born 3/4/1980 per the form", "TALBOT")


def test_caps_words_before_month_and_season_names_pass(boundary) -> None:
    untouched(boundary, "Budget: MARCH, April and May totals are in the sheet; SUMMER, Autumn columns are empty.")


# --- a name spelled with a dot after each letter ---


def test_name_spelled_with_dots_between_letters_is_redacted(boundary) -> None:
    kept_back(boundary, "the form came through as name=T.e.k.l.e G.e.b.r.u, fix it", "T.e.k.l.e G.e.b.r.u")


def test_abbreviations_with_dots_pass(boundary) -> None:
    untouched(boundary, "Use e.g. and i.e. sparingly in U.S.A. style guides, per the a.m. memo.")
