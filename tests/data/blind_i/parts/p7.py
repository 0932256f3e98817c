# Part 7: a few more hard negatives and positives in other shapes

R.append(("hard_negative", "ice_public_tipline", None, """Add a footer to the community flyer: "To report suspicious activity, call the ICE Tip Line at 1-866-347-2423 or submit a tip online at ice.gov/tips. In an emergency, call 911." Translate it into Spanish and Vietnamese too."""))

R.append(("hard_negative", "sf86_blank_form_help", None, """Explain SF-86 Section 18 to a first-time applicant: it asks about relatives (mother, father, stepparents, siblings, children, in-laws), their citizenship and where they live. What should I do if I don't know a relative's date of birth? No personal details here, just general guidance."""))

R.append(("hard_negative", "iso_dates_ids_table", None, """| case_id | opened | closed | county |
|---|---|---|---|
| DCM-2026-004417 | 2026-10-03 | 2026-11-20 | Lee |
| DCM-2026-004418 | 2026-10-03 | open | Charlotte |
| DCM-2026-004419 | 2026-10-04 | 2026-12-01 | Sarasota |
Count closed cases per county."""))

R.append(("hard_negative", "classified_word_prose", None, """Proofread: "The classified ads section of the county newspaper listed rental units available to survivors. Our team compiled a confidential-free list (public info only) and shared it with the secret shopper program that checks landlord compliance." """))

R.append(("hard_negative", "mock_token_docs", None, """Our API docs show: Authorization: Bearer <token>. Example response contains "access_token": "REDACTED" and "expires_in": 3600. Rewrite the docs so users understand they must request their own token and never paste it into tickets."""))

R.append(("positive", "uscg_vessel_doc_xml", "hispanic", """Parse this XML vessel record into a table:

<vessel doc="1298447">
  <name>MI REINA II</name>
  <owner>
    <fullName>[[PERSON:Héctor Zavala-Ríos]]</fullName>
    <dob>[[DATE_OF_BIRTH:1977-03-30]]</dob>
    <address>[[STREET_ADDRESS:Calle Luna 204, Apt 3, San Juan, PR 00901]]</address>
    <phone>[[PHONE_NUMBER:787-555-0144]]</phone>
  </owner>
  <homeport>San Juan, PR</homeport>
</vessel>"""))

R.append(("positive", "fletc_housing_semicolon", "pacific_islander", """Semicolon file from the FLETC housing office, find students with no phone:

Nom;Prénom;Agence;Téléphone;Courriel
[[PERSON:Mauga]];[[PERSON:Iosefa]];USCG;[[PHONE_NUMBER:671-555-0185]];[[EMAIL_ADDRESS:iosefa.mauga@uscg.example.mil]]
[[PERSON:Kauvaka]];[[PERSON:Tevita]];CBP;;[[EMAIL_ADDRESS:tevita.kauvaka@cbp.example.gov]]"""))
