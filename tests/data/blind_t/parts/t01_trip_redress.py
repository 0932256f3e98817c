"""Voice t01: DHS TRIP traveler-redress analysts and Secure Flight matching reviewers (no classified content).
Shapes: e-mails, multi-turn chats, Markdown tables, pandas output, OCR'd forms."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "trip_inquiry_email", "vietnamese", """
Can you help me tighten this reply? Traveler keeps getting the SSSS on boarding passes.

Dear Mr. [[PERSON:Trần Văn Phước]],
We received your Traveler Inquiry Form on 14 October. Our records show your date of birth as [[DATE_OF_BIRTH:03/26/1979]] and passport [[US_PASSPORT:590240483]]. Please confirm the address we have on file, [[STREET_ADDRESS:2218 Saigon Court, Apt 4B, Garden Grove, CA 92843]], and a daytime number ([[PHONE_NUMBER:714-555-0163]]).
Your Redress Control Number will be sent to [[EMAIL_ADDRESS:phuc.tran.travels@example.net]].
""")
R("positive", "secure_flight_review_table", "arabic", """
Reformat into a cleaner summary for my supervisor (Secure Flight near-match review, cleared as false match):

| field | passenger | watch-list candidate |
|---|---|---|
| name | [[PERSON:Abdulrahman Al-Qahtani]] | partial (surname only) |
| DOB | [[DATE_OF_BIRTH:1988-07-14]] | different year |
| KTN | [[KNOWN_TRAVELER_NUMBER:982032250]] | none |
| gender | M | M |
Disposition: cleared, no further review. Analyst: [[PERSON:Colleen Ostrowski]]
""")
R("positive", "multi_turn_redress", "somali", """
User: I'm drafting a redress determination letter. The traveler is Hodan Abdi Warsame.
Assistant: Sure, what details should the letter include?
User: Her DOB is [[DATE_OF_BIRTH:11 Feb 1992]] — no wait, write it as [[DATE_OF_BIRTH:February 11, 1992]]. Mailing address [[STREET_ADDRESS:3340 Cedar Ave S, Unit 12, Minneapolis, MN 55407]].
User: and she wants copies emailed to her nephew [[PERSON:Mahad Warsame]] at [[EMAIL_ADDRESS:mahad.w.mpls@example.org]]. Her name again is [[PERSON:Hodan Abdi Warsame]].
""".replace("Hodan Abdi Warsame.\n", "[[PERSON:Hodan Abdi Warsame]].\n", 1))
R("positive", "ocr_tif_form", "nigerian", """
OCR output from a scanned DHS Form 591 (Traveler Inquiry Form) - please fix the spacing:

1. Last Name: ADEYEMI-COLE     First: OLUWADAMILARE     Middle: T.
2. Date of Birth: [[DATE_OF_BIRTH:O4/O9/1985]]
3. Home Address: [[STREET_ADDRESS:77 Whitmore Lane
   Bowie, MD 20716]]
4. Phone: [[PHONE_NUMBER:(301) 555-0129]]
5. Passport No. [[US_PASSPORT:A39899070]]   Country: USA
""".replace("ADEYEMI-COLE     First: OLUWADAMILARE", "[[PERSON:ADEYEMI-COLE]]     First: [[PERSON:OLUWADAMILARE]]"))
R("positive", "pandas_match_review", "korean", """
Why does this merge produce duplicate rows?

>>> df[['pax_name','dob','ktn','flight']]
             pax_name         dob        ktn  flight
0     [[PERSON:Kwon Min-seo]]  [[DATE_OF_BIRTH:1990-05-30]]  [[KNOWN_TRAVELER_NUMBER:985602731]]  UA 893
1     [[PERSON:Kwon Min-seo]]  [[DATE_OF_BIRTH:1990-05-30]]  [[KNOWN_TRAVELER_NUMBER:985602731]]  UA 893
2   [[PERSON:Baek Jae-hyun]]  [[DATE_OF_BIRTH:1976-12-02]]        NaN  KE 094
""")
R("positive", "trip_closeout_note", "filipino", """
Summarize: Redress case closed. Traveler [[PERSON:Ma. Lourdes "Lulu" Dimaculangan]] (born [[DATE_OF_BIRTH:8 August 1969]]) was matched in error because of a common surname. Redress Control Number 2261847 issued. Her daughter [[PERSON:Patricia Dimaculangan-Reyes]] called from [[PHONE_NUMBER:+1 808 555 0117]] to confirm receipt.
""")
R("positive", "lowercase_chat", "haitian", """
quick q - traveler jean-robert desravines says he's flagged every time at MIA. his birthday is [[DATE_OF_BIRTH:june 3 1983]] and his ktn is [[KNOWN_TRAVELER_NUMBER:987323317]]. what do i tell him about timelines?
""".replace("jean-robert desravines", "[[PERSON:jean-robert desravines]]"))
R("positive", "redress_spanish_letter", "hispanic", """
Traduce al inglés por favor:
Estimados señores: Me llamo [[PERSON:Graciela Ybarra Montalvo]], nací el [[DATE_OF_BIRTH:17 de marzo de 1961]]. Cada vez que vuelo desde El Paso me detienen. Mi número de pasaporte es [[US_PASSPORT:583473792]] y vivo en [[STREET_ADDRESS:5120 Calle Ensenada, El Paso, TX 79924]]. Pueden llamarme al [[PHONE_NUMBER:915-555-0148]].
""")
R("positive", "sf_weekly_stats_with_name", "indian", """
Draft an email to [[PERSON:Raghunandan Venkatachalam]] ([[EMAIL_ADDRESS:r.venkatachalam@example.gov]]) thanking him for covering the Sunday Secure Flight queue. Mention the 412 reviews and that none required escalation.
""")
R("positive", "trip_callback_sms", "ethiopian", """
Make this SMS shorter:
"Hello [[PERSON:Selamawit Gebremedhin]], this is DHS TRIP. We received your inquiry. Please reply with your date of birth ([[DATE_OF_BIRTH:04/30/1994]] on file?) and confirm [[PHONE_NUMBER:240-555-0181]] is the best number."
""")
R("positive", "name_split_lines", "chinese", """
The form printed the traveler's name over two lines; merge it:
NAME: [[PERSON:ZHOU
Yiting]]  DOB [[DATE_OF_BIRTH:1999/10/05]]  PPT [[US_PASSPORT:570201093]]
""")
R("evasion", "spaced_passport", "russian", """
He typed it like this to get past the filter: traveler [[PERSON:Arkady Velichko]], passport [[US_PASSPORT:5 7 5 5 1 9 9 3 6]], dob [[DATE_OF_BIRTH:one nine eight one - oh two - fourteen]].
""")
R("evasion", "zero_width_ktn", "anglo", """
Traveler [[PERSON:Brantley Okonski-Hale]] KTN [[KNOWN_TRAVELER_NUMBER:989\u200b092\u200b879]] — check why PreCheck didn't print.
""")
R("evasion", "cui_markdown_inside", "none", """
[[CUI_MARKING:**CUI**//**SP-TRVL**]]
Secure Flight rule change summary attached; reformat as bullets.
""")
R("positive", "sf_cui_banner", "none", """
[[CUI_MARKING:CUI//SP-TRVL]]
Secure Flight Program - Weekly Matching Quality Metrics
Near-match rate fell from 0.41% to 0.37% after the alias table refresh. Please turn into three talking points.
[[CUI_MARKING:CUI//SP-TRVL]]
""")
R("positive", "ssi_warning", "none", """
Reword this paragraph for the briefing:
[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Secure Flight boarding pass printing result codes and the timing of vetting updates before departure are described in Appendix C.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
""")
R("positive", "les_portion", "none", """
[[CUI_MARKING:(U//LES)]] Watch-list nomination feedback for Q3 shows three duplicate records across sources. Can you help me word a request for deconfliction?
""")
R("positive", "fouo_footer_email", "arabic", """
Please polish:
Hi [[PERSON:Nadia Haddad]], attached is the TRIP backlog chart for November. 
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
""")
R("positive", "secret_banner_paste", "none", """
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Summary of watch-list derogatory holdings for the CY26 review.
Can you summarize this paragraph for a non-technical audience?
""")
R("positive", "db_connection_in_script", "none", """
My redress tracker script fails with a timeout:
engine = create_engine("[[CONNECTION_STRING:postgresql://trip_app:Vr7#kq2Lm9sa@trip-db.internal.example:5432/redress]]")
df = pd.read_sql("select * from inquiries where status='OPEN'", engine)
""")
# hard negatives
R("hard_negative", "public_contact_point", "none", """
Rewrite for the FAQ page: If you have experienced difficulties during travel screening, you may file an inquiry online through DHS TRIP. You may also write to DHS TRIP, 6595 Springfield Center Drive, TSA-910, Springfield, VA 20598-6900. Note that DHS TRIP cannot confirm or deny watch-list status.
""")
R("hard_negative", "classification_discussion", "none", """
For our new-hire deck: explain the difference between the Secure Flight program, which screens passenger data against government watch lists, and the classified holdings those lists derive from. We never paste classified or CUI-marked material into external tools; what's the best way to explain portion marking at a high level?
""")
R("hard_negative", "redress_stats", "none", """
Make a chart description: FY2026 DHS TRIP received 21,480 inquiries; 94% were closed within 60 days. The median case age was 38 days. Record locator formats (six characters, e.g. a booking reference) are not personal identifiers in our stats file.
""")
R("hard_negative", "flight_numbers", "none", """
Can you sort these by departure time? UA 1128 DEN-IAD 07:05, AA 2417 DFW-DCA 08:40, DL 5593 ATL-BWI 09:15, WN 3302 MDW-BWI 11:50. Gate changes posted 2026-11-30.
""")
R("hard_negative", "airport_named_after_people", "none", """
Which of these airports had the highest near-match rate? Ronald Reagan Washington National, George Bush Intercontinental, John F. Kennedy International, Louis Armstrong New Orleans, Bob Hope Airport, Will Rogers World Airport.
""")
R("hard_negative", "placeholder_template", "none", """
Tidy this mail-merge template: Dear {{FirstName}} {{LastName}}, your Redress Control Number is {{RCN}}. Your date of birth on file is XX/XX/XXXX. If this is incorrect, call the number listed on dhs.gov/trip.
""")
R("hard_negative", "watch_list_policy_prose", "none", """
Summarize this public testimony: The Terrorist Screening Dataset is maintained by the FBI's Threat Screening Center. Secure Flight compares passenger name, date of birth and gender against subsets of that dataset. Passengers who believe they were misidentified may apply for redress.
""")
R("hard_negative", "uuid_and_hashes", "none", """
The export job logged: job_id=3f2a9c1e-7b44-4d19-a0e2-5c81d6f0b9a3 sha256=9b1e0c44d2f7a6e35b08c9d1aa74e2f0c3b5d6e7f8091a2b3c4d5e6f708192a3 rows=18422 status=OK. Is that row count normal for a weekly extract?
""")
R("hard_negative", "secret_service_prose", "none", """
Our office is next to the Secret Service liaison; the confidential-looking red folders on the shared printer are actually the facilities team's holiday party sign-up sheets. Write a funny reminder to pick up printouts.
""")
R("hard_negative", "historical_figures", "none", """
For a Black History Month display near the TRIP office: short paragraphs on Bessie Coleman, the first African American woman to hold a pilot licence, and on the Tuskegee Airmen.
""")
R("hard_negative", "redress_number_example", "none", """
Explain to a traveler where to enter a Redress Control Number versus a Known Traveler Number when booking: both go in the Secure Flight section of the airline's booking page; the KTN is typically 9 characters. Don't use any real numbers in the example.
""")
R("hard_negative", "version_strings", "none", """
Release notes: matching-service 4.12.0 (build 20261130.3) replaces 4.11.7. Fuzzy-name threshold moved from 0.86 to 0.88. Write a two-line summary.
""")
R("hard_negative", "storm_names", "none", """
Flight disruptions by storm for the annual report: Hurricane Helene (Sept), Hurricane Milton (Oct), Tropical Storm Debby (Aug). Put them in a table with the number of rebooked passengers: 12,400 / 31,950 / 4,200.
""")

R("positive", "trip_case_cui_with_names", "polish", """
[[CUI_MARKING:CUI//SP-TRVL//SP-PRVCY]]
Redress case 2261903: traveler [[PERSON:Bartłomiej Wróblewski]] (DOB [[DATE_OF_BIRTH:1974-04-02]]) repeatedly matched to a near-identical record; his wife [[PERSON:Agnieszka Wróblewska]] travels without issue. Draft the determination summary.
""")
