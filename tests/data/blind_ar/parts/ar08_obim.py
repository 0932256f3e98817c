"""ar08: DHS Office of Biometric Identity Management (record corrections, redress, fingerprint resubmissions)."""

RECORDS = [
("positive", "ebts_type2_excerpt", "iraqi", """Partner agency resubmission was rejected; here are the Type-2 fields from their EBTS file. What's wrong with 2.022?
2.001:LEN=00412
2.018:NAM=[[PERSON:AL-JUBOURI,HAIDER KADHIM]]
2.020:RBR=IRQ
2.022:DOB=[[DATE_OF_BIRTH:19860631]]
2.024:SEX=M
2.045:DOA=20261204
2.073:CRI=VA0000000"""),

("positive", "correction_request_email", "anglo+nepali", """Subject: Biometric record correction - name mismatch

OBIM Corrections team,
Our field office found that the encounter from 2019 lists the subject as [[PERSON:GURUNG, BIKASH]] but his passport and A-file show [[PERSON:Bikash Gurung Thapa]], DOB [[DATE_OF_BIRTH:05 JAN 1993]], A# [[A_NUMBER:A-203-448-197]]. Requesting a biographic correction so the records link.
[[PERSON:Loretta Vanlandingham]]
USCIS Field Office Omaha, [[PHONE_NUMBER:402-555-0115]], [[EMAIL_ADDRESS:loretta.vanlandingham@uscis.dhs.gov]]"""),

("positive", "redress_letter_arabic", "syrian", """ترجم إلى الإنجليزية من فضلك:
السادة المحترمون،
أنا [[PERSON:مازن عبد الرحمن الحلبي]]، مواليد [[DATE_OF_BIRTH:14 آذار 1979]]. في كل مرة أسافر يتم توقيفي في المطار لأن بصماتي مرتبطة بشخص آخر. رقم الإقامة الدائمة [[A_NUMBER:A087 331 402]]. أرجو تصحيح السجل.
عنواني: [[STREET_ADDRESS:2245 Warren Ave, Dearborn, MI 48126]]
هاتف: [[PHONE_NUMBER:313-555-0108]]"""),

("positive", "hart_api_payload", "nigerian+anglo", """The correction API rejects this payload with 422 - field validation. Can you spot it?
POST /api/v2/corrections
{
  "requestingAgency": "USCIS-OMA",
  "requestor": {"name": "[[PERSON:Ifeoluwa Adesanya]]", "email": "[[EMAIL_ADDRESS:ifeoluwa.adesanya@uscis.dhs.gov]]"},
  "subject": {"surname": "[[PERSON:OKEREKE]]", "givenName": "[[PERSON:CHINEDU EMMANUEL]]", "dob": "[[DATE_OF_BIRTH:1990-13-02]]", "aNumber": "[[A_NUMBER:A215660814]]"},
  "correctionType": "BIOGRAPHIC_DOB",
  "justification": "DOB transposed at 2018 encounter"
}"""),

("positive", "resubmission_log", "anglo+hispanic", """Log from the state ident bureau's livescan gateway, they want to know why the resubmissions keep failing:
2026-12-04T14:22:08Z TCN=VA20261204142208A0 subj="[[PERSON:PETTIJOHN, COLTON WAYNE]]" dob=[[DATE_OF_BIRTH:1997-08-21]] status=REJECT reason=L0008 "finger quality below threshold (NFIQ2 < 30) on 3 of 10"
2026-12-04T14:51:40Z TCN=VA20261204145140A0 subj="[[PERSON:PETTIJOHN, COLTON WAYNE]]" dob=[[DATE_OF_BIRTH:1997-08-21]] status=REJECT reason=L0008
2026-12-04T15:03:11Z TCN=VA20261204150311A0 subj="[[PERSON:SEPÚLVEDA ARCE, MARISOL]]" dob=[[DATE_OF_BIRTH:1988-11-26]] status=ACCEPT"""),

("positive", "cui_redress_case_note", "pakistani+anglo", """[[CUI_MARKING:CUI//SP-PRVCY]]
Redress case note - DHS TRIP referral
Traveler: [[PERSON:Farhan Iqbal Chaudhry]], DOB [[DATE_OF_BIRTH:3/17/1985]], US passport [[US_PASSPORT:649021875]]
Issue: fingerprints erroneously linked to encounter of another subject in 2014 (overseas partner submission). Link removed 12/02 by analyst [[PERSON:G. Whitcombe-Laird]].
Please draft the closure summary for DHS TRIP.
[[CUI_MARKING:CUI//SP-PRVCY]]"""),

("positive", "partner_agency_email_fouo", "anglo+mexican", """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
From: [[PERSON:Sgt. Arlene Whitsell]], Pima County Sheriff's Dept Ident Unit
To: OBIM Biometric Support Center
Subject: Resubmission - [[PERSON:GALINDO TREJO, OMAR]]
We resubmitted 10-prints for [[PERSON:Omar Galindo Trejo]] (DOB [[DATE_OF_BIRTH:02/14/1979]]) after the quality reject. Please confirm IDENT enrollment so ERO can proceed.
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]""".replace("[[PERSON:Sgt. Arlene Whitsell]]", "Sgt. [[PERSON:Arlene Whitsell]]")),

("positive", "classified_partner_excerpt", "anglo", """Can I just check the grammar on this paragraph from the DoD partner's reply?
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Biometric match confirmed between the latent recovered at the site and an enrollment in the partner repository.
[[CLASSIFICATION_MARKING:(U)]] Point of contact is [[PERSON:Maj. Corinne Atwater]], [[PHONE_NUMBER:703-555-0153]].
[[CLASSIFICATION_MARKING:Classified By: J. R. Maddox, Deputy Director]]
[[CLASSIFICATION_MARKING:Derived From: DoD SCG 2019-04]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]""".replace("[[PERSON:Maj. Corinne Atwater]]", "Maj. [[PERSON:Corinne Atwater]]")),

("positive", "duplicate_identity_csv", "vietnamese+chinese+korean", """Pipe export of suspected duplicate identities for the merge review; which pairs share the same FIN?
fin|surname|given|dob|nationality
1207744391|[[PERSON:TRIEU]]|[[PERSON:VAN LONG]]|[[DATE_OF_BIRTH:1972-06-09]]|VNM
1207744391|[[PERSON:TRIEU]]|[[PERSON:LONG VAN]]|[[DATE_OF_BIRTH:1972-09-06]]|VNM
1331902287|[[PERSON:ZHAN]]|[[PERSON:XIAOWEN]]|[[DATE_OF_BIRTH:1981-01-23]]|CHN
1331902287|[[PERSON:JOU]]|[[PERSON:HSIAO-WEN]]|[[DATE_OF_BIRTH:1981-01-23]]|TWN
1409826614|[[PERSON:SEOK]]|[[PERSON:SEONG-HO]]|[[DATE_OF_BIRTH:1966-12-30]]|KOR"""),

("positive", "redress_phone_call", "eritrean", """Call notes - traveler called the OBIM redress line (transferred from TRIP):
Caller [[PERSON:Yonas Habtemariam Kidane]], says he is stopped at every entry. Naturalized 2017. Former A# [[A_NUMBER:A078 552 916]]. Cell [[PHONE_NUMBER:(571) 555-0145]]. His brother [[PERSON:Filmon Habtemariam]] has a similar name and an old removal order, which may be the cause.
Draft a summary for the analyst queue."""),

("positive", "i94_record_fix", "indian+anglo", """CBP asked us to check whether the biometrics match before they fix the I-94:
Traveler: [[PERSON:Venkatesh Raghunathan Iyer]], I-94 [[I94_NUMBER:418270336A2]], passport [[US_PASSPORT:T6604518]] (India), DOB [[DATE_OF_BIRTH:30 Nov 1990]], former F-1 (SEVIS [[SEVIS_ID:N0031874452]])
Admission was recorded under his wife's record, [[PERSON:Padmavathi Venkatesh]]. Draft the request to the CBP I-94 team."""),

("positive", "portuguese_redress", "brazilian+angolan", """Traduza por favor, recebemos por e-mail:
"Boa tarde. Sou [[PERSON:Domingos Kiala Neto]], angolano, residente nos EUA. Minha esposa, [[PERSON:Rosângela Pereira Kiala]], nascida em [[DATE_OF_BIRTH:11/10/1988]], foi informada na fronteira que as impressões digitais dela pertencem a outra pessoa. Telefone: [[PHONE_NUMBER:(617) 555-0183]]. E-mail: [[EMAIL_ADDRESS:dkiala.neto@gmail.com]]." """),

("positive", "teams_analyst_chat", "anglo+ethiopian", """[Teams]
[[PERSON:Bethlehem Tadesse]]: the Pima resubmission for GALINDO came back ACCEPT, can you close the ticket
[[PERSON:Wade Rutledge]]: closing. the other one, [[PERSON:Pettijohn]], still failing on quality
[[PERSON:Bethlehem Tadesse]]: tell the county to roll thumbs again, NFIQ2 is awful on fingers 1 and 6
[[PERSON:Wade Rutledge]]: ok emailing [[PERSON:Sgt. Whitsell]]
write the email to the sergeant""".replace("[[PERSON:Sgt. Whitsell]]", "Sgt. [[PERSON:Whitsell]]")),

("evasion", "a_number_with_letter_o", "haitian", """Paper correction form, written by hand: A# [[A_NUMBER:AO9I 447 3O8]], name [[PERSON:Jean-Wesner Théodore]]. Probably A091447308? Check before I submit."""),

("evasion", "dob_words_split", "somali", """The caller spelled the DOB out: "[[DATE_OF_BIRTH:born the twelfth of April, nineteen eighty-seven]]". Name is [[PERSON:Ubax Cabdi Xirsi]]. Put it as YYYY-MM-DD for the correction form."""),

("evasion", "fouo_spaced_underscores", "persian", """Pasted from the partner's memo header, it comes out like this:
[[CUI_MARKING:_F O U O_]]
Resubmission schedule: next batch Dec 14. POC [[PERSON:Deputy Arash Mirzaei]].""".replace("[[PERSON:Deputy Arash Mirzaei]]", "Deputy [[PERSON:Arash Mirzaei]]")),

("hard_negative", "ebts_field_definitions", None, """Explain these EBTS Type-2 fields for a new analyst: 2.018 NAM (name), 2.020 RBR, 2.022 DOB, 2.024 SEX, 2.045 DOA (date of arrest), 2.073 CRI (controlling agency identifier). What format does 2.022 use (CCYYMMDD)?"""),

("hard_negative", "nfiq_quality", None, """Summarize NFIQ 2 in plain English: scores 0-100, computed per finger from the image; low scores usually mean dry skin, too much pressure, or smudging. What's a reasonable re-roll guidance for a jail livescan operator?"""),

("hard_negative", "tcn_formats", None, """Our partners use transaction control numbers like VA20261204142208A0 and NY-2026-1204-000813, and FIN numbers like 1207744391. The DLP tool keeps flagging 10-digit FINs as phone numbers. Is there a pattern we can give the DLP team so it stops?"""),

("hard_negative", "redress_process_prose", None, """Explain the redress path for a traveler who thinks their fingerprints are linked to someone else: they apply through DHS TRIP online, TRIP refers to the component, OBIM reviews biometric links, and the traveler gets a letter with a redress control number. No personal data, this is for the public FAQ."""),

("hard_negative", "standards_citations", None, """List the standards we reference in the partner onboarding guide: ANSI/NIST-ITL 1-2011 Update 2015, FBI EBTS v11, DoD EBTS v4, and ISO/IEC 19794-4 for finger images. Also the Privacy Act SORN for IDENT/HART. Format as a bulleted list."""),

("hard_negative", "sample_test_record", None, """For the interface test plan, we use the standard dummy subject "TEST, SUBJECT A", DOB 19000101, TCN TEST0000000000001, which the test environment recognizes and never enrolls. Write the test case: submit the dummy record, expect status=ACCEPT, and verify no production record is created."""),

("hard_negative", "classification_prose", None, """A partner asked whether a biometric match result from a DoD repository is automatically classified. Explain that classification depends on the source's security classification guide, that many match results are unclassified, and that we should ask the partner to portion-mark their replies."""),

("hard_negative", "fingers_numbering", None, """Make a quick reference table for finger position codes: 1 right thumb, 2 right index, 3 right middle, 4 right ring, 5 right little, 6 left thumb, 7 left index, 8 left middle, 9 left ring, 10 left little, 11-15 plain impressions."""),

("hard_negative", "public_dhs_trip", None, """For the FAQ footer: "Travelers who believe they were misidentified may seek redress through the DHS Traveler Redress Inquiry Program (DHS TRIP) at www.dhs.gov/dhs-trip." Also add the DHS headquarters mailing address, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528, for written correspondence."""),

("hard_negative", "name_variant_prose", None, """Write guidance on name variants in biometric records: Arabic names may drop "bin" or "Al-", Spanish names may use one or both surnames, Vietnamese names may be recorded family name first or last, and Korean given names may be hyphenated or not. Explain why biometrics, not names, drive the match."""),
]
