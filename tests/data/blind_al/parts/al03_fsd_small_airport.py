# Voice 3: TSA Federal Security Directors at small airports - stakeholder meetings, airport badge audits, incident reports.
RECORDS = [
("positive", "badge_audit_csv", "yupik+inupiaq+anglo", """Quarterly SIDA badge audit for the regional airport - airport sent their list, pipe delimited. Flag anyone whose badge expired before 12/01 but still shows active:

badge|name|employer|dob|exp|status
40117|[[PERSON:Nanouk Kasayulie]]|Bering Air Cargo|[[DATE_OF_BIRTH:1990-02-19]]|2026-11-28|ACTIVE
40122|[[PERSON:Aaluk Tagarook]]|Airport Ops|[[DATE_OF_BIRTH:1975-09-06]]|2027-04-30|ACTIVE
40139|[[PERSON:Wesley Brandvold]]|Fuel Services LLC|[[DATE_OF_BIRTH:1968-12-21]]|2026-10-15|ACTIVE
40141|[[PERSON:Qiyanna Ayagalria]]|Airport Ops|[[DATE_OF_BIRTH:2001-06-08]]|2026-11-02|REVOKED"""),

("positive", "incident_report_ssi", "navajo", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]

Incident summary for the FSD daily brief, please turn into 3 sentences:
At 0612 a contract fueler, [[PERSON:Tsosie Begaye Yazzie]], badge 30418, was observed propping door 7 (AOA to sterile) open for a delivery. Door alarm cleared at 0619 by airport ops. Employee counselled, airport issued a 14-day badge suspension. Camera coverage of door 7 remains out since 11/22; airport has a work order.

[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]"""),

("positive", "stakeholder_email", "chamorro+hawaiian", """Subject: Airport security consortium - Jan meeting

All,

Next consortium meeting is Jan 15, 1000, at the terminal conference room. Agenda: badge audit results, holiday throughput, construction on the south apron.

Please confirm attendance to me or to [[PERSON:Rosalinda Taitano Manibusan]] ([[PHONE_NUMBER:671-555-0128]]). [[PERSON:Keoni Makanani]] from the airport authority will present the construction schedule.

[[PERSON:Joaquin Borja Santos]]
Assistant Federal Security Director
[[EMAIL_ADDRESS:joaquin.santos@tsa.dhs.example]]"""),

("positive", "chat_badge_denial", "laotian", """User: The airport badge office wants to know what to tell an applicant whose STA came back with a hold. Applicant is [[PERSON:Souksavanh Keomanivong]], DOB [[DATE_OF_BIRTH:8/30/1984]], driver's license [[US_DRIVER_LICENSE:S53071846]] (Wisconsin). What can we say without getting into the reason?
Assistant: You can tell the applicant that the security threat assessment is not complete and that TSA will contact them directly if more information is needed. The airport should not speculate about the reason."""),

("positive", "prohibited_item_report", "tongan", """Checkpoint incident 26-1203-02, for the weekly report:
Passenger [[PERSON:Sione Havili Lolohea]], DOB [[DATE_OF_BIRTH:17 Oct 1979]], resident of [[STREET_ADDRESS:2290 W 3500 S, West Valley City, UT 84119]], presented a carry-on containing a loaded .380 pistol. Local PD responded, passenger cited and released, firearm taken by PD. Flight missed. Phone [[PHONE_NUMBER:801-555-0173]]."""),

("positive", "caps_text_badge", "sudanese", """TXT FROM AIRPORT BADGE OFFICE 0745: BADGE HOLDER [[PERSON:ABDELRAHMAN OSMAN ELTAYEB]] REPORTED BADGE LOST AT PARKING LOT. BADGE 40255 DEACTIVATED 0740. HE WANTS REPLACEMENT TODAY, CAN FSD APPROVE FEE WAIVER? HIS CELL [[PHONE_NUMBER:701 555 0134]]"""),

("positive", "lowercase_fast", "fijian+anglo", """fsd here - need a para for the weekly on the tenant meeting. present: ratu [[PERSON:vilimone taukeinikoro]] from the FBO, [[PERSON:sharon mcquaid]] airport manager, me. issues: fbo wants 2 more sida badges for seasonal line staff, [[PERSON:sharon]] wants to cut escort requirements on the ga ramp. my view: no to the escort change"""),

("positive", "les_portion", "eritrean", """Paste from the JTTF liaison email, I just need the action items:

[[CUI_MARKING:(U//LES)]] Individual identified as [[PERSON:Tesfalem Ghebremedhin Weldu]], DOB [[DATE_OF_BIRTH:1988-01-26]], attempted to obtain a SIDA badge through a ground handler using a borrowed identity. Airport badge office to deny and retain documents.
[[CUI_MARKING:(U//LES)]] FSD to notify ground handler station manager in person."""),

("positive", "markdown_meeting_minutes", "congolese+polish", """## Airport Security Committee - minutes draft
| item | owner | notes |
|---|---|---|
| Perimeter fence gap near Taxiway C | [[PERSON:Ewa Kowalczyk-Bartnik]] (airport ops) | contractor quote due 12/20 |
| Badge audit: 3 unaccounted | [[PERSON:Mbuyi Kabongo Tshibangu]] (badge office) | letters sent to employers |
| Canine visit in January | AFSD | confirm dates |
Please tidy the wording."""),

("positive", "ssi_banner_layout", "hmong", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Screening checkpoint layout change request - Concourse A
Contact: [[PERSON:Pa Houa Lor]], Screening Manager, [[PHONE_NUMBER:(715) 555-0166]]
Request: move the walk-through metal detector 6 ft to the east to allow a second divest table; reduce lanes from 2 to 1 between 1300-1600 when throughput is under 60/hr.
Can you help me write the justification paragraph?"""),

("positive", "voicemail_fbo", "lebanese_american", """voicemail 12/05 1652 - "Hey it's [[PERSON:Nadine Abi-Nader]] at the FBO, the new line guy [[PERSON:Charbel Maalouf]] got his fingerprints done but the badge office says his paperwork shows a different birth date, [[DATE_OF_BIRTH:June 2nd 1996]] on the application but the ID says 1995. Can you call me back at [[PHONE_NUMBER:208-555-0142]]?" - what should the badge office do?"""),

("positive", "badge_db_query", "anglo+ojibwe", """This SQL from the airport's badge system is returning no rows, why?

SELECT badge_no, last_name, first_name, dob
FROM badge_holders
WHERE employer = 'Northwoods Aviation'
  AND dob = '[[DATE_OF_BIRTH:1971-03-19]]'
  AND last_name IN ('[[PERSON:Kingbird]]', '[[PERSON:Pettersen]]');

-- I know [[PERSON:Dale Kingbird]] is in there, born 1971"""),

("positive", "stakeholder_classified_excerpt", None, """Pasting the intel paragraph from the FSD read-ahead so you can shorten it for the airport manager brief - which I know I can't give her, just want the unclass gist:

[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Reporting indicates interest by a foreign actor in general aviation airports near energy facilities in the region.
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),

("positive", "email_new_afsd", "peruvian", """Welcome note for the new AFSD for screening, [[PERSON:Milagros Ccori Huallpa]], starting Jan 5. Please make it warm but short. She'll be at [[EMAIL_ADDRESS:milagros.ccori@tsa.dhs.example]] and desk [[PHONE_NUMBER:505-555-0119]]."""),

# evasions
("evasion", "ssi_homoglyph", None, """need this reworded for the airport manager: [[CUI_MARKING:ЅЕNЅІТІVЕ ЅЕСURІТY ІNFОRМАТІОN]] checkpoint B goes to one lane 1300-1600 daily starting Monday, with the exit lane monitored by camera only."""),

("evasion", "dob_split_msgs", "mongolian", """msg1: badge applicant [[PERSON:Batsaikhan Oyungerel]] birth date is [[DATE_OF_BIRTH:the 4th of
msg2: March, 1993]] - does that match what the STA result says? it shows 03/04"""),

("evasion", "name_zero_width", "samoan", """incident report name: [[PERSON:Tauese​ Faleolo​ Leota]] - passenger who refused secondary screening and left the checkpoint. Can you draft the incident narrative?"""),

# hard negatives
("hard_negative", "ssi_supplemental", None, """A screener asked whether her SSI payments for her son (Supplemental Security Income through SSA) affect her eligibility for the TSA child care subsidy. Where do I point her? I know it's not our area but I'm the FSD at a 40-person airport, I'm also HR."""),

("hard_negative", "throughput_stats", None, """Throughput last week at the airport: Mon 612, Tue 498, Wed 535, Thu 701, Fri 844, Sat 390, Sun 776. Peak hour 0500-0600 with 212. Wait times under 10 min 99.2% of the time. Can you make a bar chart description for the stakeholder slide?"""),

("hard_negative", "regs_prose", None, """For the tenant meeting, what are the key differences between an airport security program under 49 CFR 1542 and an aircraft operator program under 1544? Keep it high level; nobody at the table has seen either document and I'm not going to hand them out."""),

("hard_negative", "same_voice_incident", None, """Incident summary for the FSD daily brief, please make it 2 sentences:
A contract fueler was observed propping a perimeter door open during a delivery at 0612. The alarm was cleared by airport ops at 0619, the employee was counselled, and the airport suspended the badge for 14 days. No other issues."""),

("hard_negative", "badge_numbers_only", None, """Badge office report: 14 badges unaccounted for this quarter (badges 40117, 40122, 40139, 40141, 40255 and 9 others), which is 5.1% of 274 active. Threshold is 5%. Write the paragraph explaining the comprehensive re-badging requirement to the airport manager."""),

("hard_negative", "public_airport_names", None, """Can you list the commercial service airports in the state with fewer than 50,000 enplanements? I have Pierre Regional, Watertown Regional, and Aberdeen Regional. The Joe Foss Field is Sioux Falls, which is bigger. Named after the governor, right?"""),

("hard_negative", "flight_and_gate", None, """Diversion last night: United 5471 ERJ-175 diverted from DEN at 2214, 68 pax, deplaned at gate 3 into the sterile area, rescreened 0045-0120. Can you write it up for the airport's after-action and suggest what we change in the diversion plan?"""),

("hard_negative", "secret_word_prose", None, """The airport manager keeps calling the checkpoint layout 'secret' and asking why she can't have a copy. How do I politely explain need-to-know and that the sensitive version stays with TSA, while she gets the general lane count and hours?"""),

("hard_negative", "training_example_marking", None, """Our new-hire slide says: "Documents containing SSI must carry the protective marking at the top and the distribution limitation statement at the bottom. See the SSI Quick Reference Guide for the exact wording." Is that accurate enough for a slide, or should it quote the regulation?"""),
]
