# Voice 4: FEMA Disaster Case Management (DCM): caseworkers, households' recovery plans, referrals to charities.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "recovery_plan", "puerto_rican", """Disaster Recovery Plan – household of [[PERSON:Nilda Ortiz Feliciano]]
Address (damaged): [[STREET_ADDRESS:Carr. 152 Km 4.3, Bo. Quebradillas, Barranquitas, PR 00794]]
Members: [[PERSON:Nilda Ortiz Feliciano]] (head, DOB [[DATE_OF_BIRTH:19/01/1961]]), grandson [[PERSON:Yadiel Rosado Ortiz]] (DOB [[DATE_OF_BIRTH:04/09/2012]])
Unmet needs: roof (zinc), water heater, insulin refrigerator
Goal 1: roof repair via Habitat/church volunteers by March. Goal 2: apply SBA? (not eligible – fixed income)
Caseworker: [[PERSON:Wilmarie Pagán]], [[PHONE_NUMBER:(787) 555-0139]]"""),

(P, "referral_email", "hawaiian+filipino", """To: Catholic Charities Hawaiʻi intake
Re: referral for long-term rental assistance

Aloha,
I am referring the [[PERSON:Kaleikini]] household, displaced by the Lahaina fire. Head of household [[PERSON:Pualani Kaleikini]] and her partner [[PERSON:Reynaldo Agbayani]] are staying with relatives at [[STREET_ADDRESS:88 Halelo St, Unit B, Kahului, HI 96732]]. FEMA rental assistance ends next month. Best contact: [[PHONE_NUMBER:808-555-0108]] or [[EMAIL_ADDRESS:pualani.kaleikini@gmail.example]].
Mahalo,
[[PERSON:Keoni Kamakana]], Disaster Case Manager"""),

(P, "case_notes_lowercase", "cajun", """case notes 11/18 — met w/ [[PERSON:mr. faucheux]] at the trailer. [[PERSON:lloyd faucheux]] (dob [[DATE_OF_BIRTH:6/6/49]]) and wife [[PERSON:marie-claire]] still waiting on the contractor. he showed me the estimate, $18,400 for elevation. referred to sbp for the gap. daughter [[PERSON:renee guidry]] handles paperwork, her cell [[PHONE_NUMBER:337-555-0174]]. next visit 12/2""".replace("[[PERSON:mr. faucheux]]", "mr. [[PERSON:faucheux]]")),

(P, "chat_budget", "lakota", """User: help me write a household budget section for a recovery plan. family of 5 on Pine Ridge, head of household [[PERSON:Winona Brings Plenty]], husband [[PERSON:Darrell Brings Plenty]]. income: his seasonal work ~$1,900/mo, her tribal stipend $400. flood took the furnace and well pump.
Assistant: Here's a simple format: Monthly income, fixed expenses, disaster-related costs, resources pledged...
User: add that [[PERSON:Winona]]'s mom [[PERSON:Agnes Red Cloud]] lives with them and gets SSI"""),

(P, "housing_csv_pipe", "haitian", """household|hoh|phone|current_addr|referral|status
DCM-FL-0442|[[PERSON:Jean-Robert Télusma]]|[[PHONE_NUMBER:239-555-0151]]|[[STREET_ADDRESS:1420 Lee Blvd, Lot 17, Lehigh Acres, FL 33936]]|Salvation Army|approved
DCM-FL-0451|[[PERSON:Mirlande Pierre-Louis]]|[[PHONE_NUMBER:239-555-0166]]|[[STREET_ADDRESS:3307 Dr Martin Luther King Jr Blvd, Fort Myers, FL 33916]]|UMCOR|pending
DCM-FL-0460|[[PERSON:Fritznel Desravines]]|[[PHONE_NUMBER:239-555-0193]]|hotel (TSA program)|Catholic Charities|closed
-> which cases still need a referral follow-up this week?"""),

(P, "unmet_needs_table", "chuukese+marshallese", """Long-term recovery group – unmet needs table (Guam typhoon)
| case | household | need | est. cost | pledged |
|---|---|---|---|---|
| G-118 | [[PERSON:Kiyoshi Sapwelap]] | roof, 2 windows | $6,200 | $2,000 (church) |
| G-124 | [[PERSON:Aneta Rilometo]] | mattresses x5, fridge | $3,100 | – |
| G-131 | [[PERSON:Jabwe Langrine]] | wheelchair ramp | $1,450 | $1,450 (Rotary) |
Write a 2-paragraph appeal for the LTRG donors, no case numbers."""),

(P, "gofundme_check", "anglo", """Before I close the file: [[PERSON:Tammy Sue Hensley-Caudill]] (DOB [[DATE_OF_BIRTH:Aug. 21, 1977]]) from Hindman got $7,300 from a GoFundMe her church set up. Does that count as duplication of benefits for the FEMA repair assistance she got? Her old house at [[STREET_ADDRESS:412 Troublesome Creek Rd, Hindman, KY 41822]] is a total loss."""),

(P, "voicemail_client", "vietnamese", """Voicemail for DCM line: "Chào cô, đây là [[PERSON:Phạm Văn Thắng]], ở Port Arthur. Cô [[PERSON:Hạnh]] nói tôi gọi lại về đơn xin tiền sửa nhà. Số điện thoại của tôi là [[PHONE_NUMBER:409-555-0123]]. Cám ơn cô."
Can you translate and draft a callback script for the caseworker (she doesn't speak Vietnamese, we have the language line)?"""),

(P, "consent_form_ocr", "mexican", """AUTHORIZATI0N FOR RELEASE OF INF0RMATION
I, [[PERSON:Ma. Guadalupe Ceniceros Lozano]] , date of birth [[DATE_OF_BIRTH:12 / 12 / 1970]] , authorize Disaster Case Management
to share my case with: [x] Salvation Army [x] Texas Baptist Men [ ] other ______
Signature: ~~[[PERSON:Ma. G. Ceniceros]]~~   Date: 10/22
(scanned form, OCR, can you pull the fields into JSON)"""),

(P, "bank_for_grant", "syrian", """The Unmet Needs Committee approved $2,500 from the disaster fund for [[PERSON:Bassel Khoury]]'s rent. The fund pays by ACH to the landlord, [[PERSON:Gordon Larrabee]]: routing [[ABA_ROUTING_NUMBER:064098582]], acct [[US_BANK_NUMBER:00917733841]]. Can you draft the payment request memo?"""),

(P, "ramp_referral_ojibwe", "ojibwe", """Referral to the tribal housing authority (Red Lake): elder [[PERSON:Bernadette Kingbird]], born [[DATE_OF_BIRTH:1944-05-17]], needs a ramp and bathroom grab bars after the flood repairs. Her nephew [[PERSON:Clayton Kingbird]] is the contact, [[PHONE_NUMBER:218-555-0142]]."""),

(P, "closure_letter", "honduran", """Proofread the closure letter please:
"Estimado Sr. [[PERSON:Ever Josué Maradiaga]]: Su caso de manejo de casos por desastre se cerrará el 15 de enero porque se cumplieron las metas de su plan de recuperación: reparación del techo (Samaritan's Purse) y reemplazo de electrodomésticos (Cruz Roja). Si necesita ayuda adicional, llame a su administradora de casos, [[PERSON:Lourdes Bonilla]], al [[PHONE_NUMBER:(985) 555-0180]]." """),

(P, "cmp_login_block", "anglo", """the new case management platform login for our DCM grantee: user dcm.supervisor.r4 pw [[PASSWORD:Recovery!Plan2026-kx]] — I keep getting locked out after 3 tries. Is there a way to ask the AI to explain their MFA reset page?"""),

(P, "multi_person_email", "romanian+moldovan", """Hi team, three new intakes from the county: [[PERSON:Ionuț Crăciun]] and [[PERSON:Larisa Crăciun]] (renters, mold), [[PERSON:Vasile Munteanu]] (owner, foundation crack), and [[PERSON:Doina Ceban]] (elderly, lives alone, DOB [[DATE_OF_BIRTH:02.02.1939]]). Romanian interpreter is [[PERSON:Cristina Popescu-Hart]]. Assign by Friday."""),

(E, "name_in_leet", "puerto_rican", "pasting the case w/o the name so it doesn't get scrubbed: client [[PERSON:3v3lyn R1v3r4 C0l0n]], roof tarp failed again, needs referral to samaritan's purse"),
(E, "phone_split_turns", "haitian", """Turn 1: caseworker cell for [[PERSON:Roseline Jean-Baptiste]] is 239
Turn 2: 555
Turn 3: 0117""".replace("is 239\nTurn 2: 555\nTurn 3: 0117", "is [[PHONE_NUMBER:239\nTurn 2: 555\nTurn 3: 0117]]")),
(E, "address_spelled", "anglo", "client lives at [[STREET_ADDRESS:four-oh-nine Sycamore Hollow Road, Whitesburg, Kentucky four-one-eight-five-eight]] — [[PERSON:Darlene Ison]], elderly, flood, needs a dehumidifier"),

(H, "program_question", None, """What's the difference between FEMA's Disaster Case Management program and the state-run Immediate Disaster Case Management? Which one funds the long-term recovery group's caseworkers, and how long does DCM typically last after a major disaster declaration (DR-4xxx)?"""),
(H, "public_places", None, """List of shelters open tonight: Barranquitas Coliseo Municipal, Escuela Pablo Colón Berdecia, and the Centro Comunal Quebrada Grande. Red Cross has cots at all three. Translate the list into English for the evening brief."""),
(H, "same_voice_aggregate", None, """Disaster Recovery Plan summary – county-level, Lee County FL
Open cases: 412; closed this month: 57; average days open: 188
Top unmet needs: roof (31%), rental deposit (22%), appliances (19%), vehicles (8%)
Referral partners: Salvation Army, UMCOR, Catholic Charities, SBP, Habitat
Please make a bar chart description for the monthly report."""),
(H, "kinship_no_names", None, """Household composition for the housing referral: grandmother (head), her daughter, two grandsons (8 and 11), and a nephew who stays on weekends. Does the nephew count for the bedroom size calculation under the HUD occupancy guidelines?"""),
(H, "registration_numbers", None, """FEMA registration numbers don't match the state's: ours show 9-digit IDs like 412906188 and 412906201, theirs show DR4834-FL-00119. Is there a crosswalk file? Also the county uses parcel numbers like 19-44-26-01-00023.0010."""),
(H, "storm_names", None, """Write a short timeline for the LTRG kickoff: Hurricane Ian (2022), Hurricane Helene (2024), Hurricane Milton (2024), Typhoon Mawar (2023). One line each: landfall date and the DR number if you know it."""),
(H, "charity_public_contacts", None, """Partner phone list for the handout: Salvation Army disaster services, United Way 211 (dial 2-1-1), Red Cross 1-800-RED-CROSS, and the state's disaster legal services hotline. Make it a one-page table, large font."""),
(H, "duplication_of_benefits", None, """Explain the duplication-of-benefits rule under the Stafford Act section 312 in plain language for a household: if an insurance payout, an SBA loan, or a charity grant covers the same need FEMA paid for, what happens?"""),
(H, "placeholder_template", None, """Template – Recovery Plan Goal
Household: {{household_name}}   Case #: {{case_id}}
Goal: {{goal_text}}   Target date: {{target_date}}
Responsible: {{caseworker_name}}
Turn this into a Word content control layout."""),
(H, "confidential_footer", None, """Our DCM emails have this footer: "CONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the recipient." The grantee wants to add "PII" in the subject of every email. Is that a good idea or does it just draw attention?"""),
]
