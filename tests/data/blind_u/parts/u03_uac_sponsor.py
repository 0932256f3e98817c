"""Voice u03: unaccompanied-children referrals (CBP/ICE to ORR) and sponsor-vetting coordination."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "referral_form", "kiche", """Clean up this UC referral text before I paste it into the portal (fix capitalisation only):
minor name: [[PERSON:xuwan tzoc ajpop]]   dob: [[DATE_OF_BIRTH:2011-03-09]]   a#: [[A_NUMBER:A247118905]]
language: K'iche' (limited Spanish)   apprehended near Sasabe, AZ, 12/02 0340
accompanied by cousin [[PERSON:lucas ajpop tzoc]] (adult, separately processed, a# [[A_NUMBER:A247118913]])
mother in Totonicapán: [[PERSON:rosa tzoc ixcoy]], tel [[PHONE_NUMBER:+502 5555 0148]]"""),

(P, "kiche_translation", "kiche", """Translate into K'iche' and Spanish for the child: "[[PERSON:Xuwan]], your aunt [[PERSON:Tomasa Ixcoy Chan]] has called. She lives at [[STREET_ADDRESS:2230 Walnut Bend Lane, Lake Worth Beach, FL 33460]]. The case manager will call her at [[PHONE_NUMBER:(561) 555-0131]] to start the paperwork.\""""),

(P, "sponsor_sms", "mam", """SMS with a potential sponsor (I need a polite reply in Spanish asking for proof of address):
Sponsor: buenas, soy [[PERSON:Maximiliano Bámaca Ramírez]], tío de [[PERSON:Ingrid Yesenia Bámaca]]
Sponsor: mi dirección es [[STREET_ADDRESS:77 Pequot Ave Apt 4, New London, CT 06320]]
Sponsor: mi cumpleaños es [[DATE_OF_BIRTH:12/1/1989]] y mi pasaporte de Guatemala es [[US_PASSPORT:358114927]]
Me: gracias, le llamo mañana"""),

(P, "mam_letter", "mam", """A child wrote this in Mam with some Spanish; the interpreter's English draft is below. Please smooth the English:
"My name is [[PERSON:Ingrid Yesenia Bámaca]], I was born [[DATE_OF_BIRTH:on 4 June 2010]] in Comitancillo. I want to live with my uncle [[PERSON:Maximiliano]]. My mother [[PERSON:Juana Ramírez Pérez]] agrees and her phone is [[PHONE_NUMBER:+502 5555-0197]].\""""),

(P, "vetting_checklist", "salvadoran", """Sponsor vetting checklist - make it a table:
Sponsor: [[PERSON:Josué Alfredo Menjívar Cruz]], DOB [[DATE_OF_BIRTH:1985-10-23]], SSN [[US_SSN:612-38-9054]], TPS holder, A [[A_NUMBER:A098 441 207]]
Household adult: [[PERSON:Wendy Carolina Menjívar]], DOB [[DATE_OF_BIRTH:1991-07-02]]
Child: [[PERSON:Kevin Alexander Menjívar Lemus]], DOB [[DATE_OF_BIRTH:2013-12-11]]
Background check: FBI prints submitted 11/28; public records check clear; home study not required (category 2A)."""),

(P, "voicemail_sponsor", "honduran", """Voicemail transcript, please summarise in English: "Buenas tardes, habla [[PERSON:Dunia Maribel Zelaya Paz]], llamo por mi hija [[PERSON:Keyla Zelaya]], ella nació el [[DATE_OF_BIRTH:dieciocho de agosto del 2009]], quiero saber cuándo la van a liberar, mi número es [[PHONE_NUMBER:(832) 555-0155]], gracias.\""""),

(P, "email_thread_cm", "honduran", """From: [[PERSON:Marvin Edgardo Cálix]] <[[EMAIL_ADDRESS:mcalix.casework@shelterpartners.net]]>
To: FFS duty inbox
Subject: UC [[PERSON:Keyla Zelaya]] - release request
Mother [[PERSON:Dunia Zelaya Paz]] provided Honduran ID and lease at [[STREET_ADDRESS:9104 Bellfort Ave, Apt 212, Houston, TX 77031]]. Requesting concurrence.
--
[[PERSON:Marvin Cálix]] | Case Manager | [[PHONE_NUMBER:713-555-0108]]"""),

(P, "haitian_creole", "haitian", """Tradui sa an angle souple: "Mwen se [[PERSON:Wideline Dorvilier]], matant [[PERSON:Jean-Rony Dorvilier]] ki gen 15 an. Li fèt [[DATE_OF_BIRTH:23 janvye 2011]]. Mwen rete [[STREET_ADDRESS:1450 NE 131st Street, North Miami, FL 33161]], telefòn mwen se [[PHONE_NUMBER:(305) 555-0117]].\""""),

(P, "ecuadorian_csv", "ecuadorian", """Please find the duplicates in this bed-space list (CSV):
uc_name,a_number,dob,sex
[[PERSON:Yupanqui Cuji Sisa]],[[A_NUMBER:A246903318]],[[DATE_OF_BIRTH:2012-05-30]],F
[[PERSON:Illari Cuji Sisa]],[[A_NUMBER:A246903326]],[[DATE_OF_BIRTH:2014-01-17]],F
[[PERSON:Yupanqui Cuji Sisa]],[[A_NUMBER:A246903318]],[[DATE_OF_BIRTH:2012-05-30]],F"""),

(P, "cui_referral_banner", "qeqchi", """[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
UC significant incident follow-up
[[CUI_MARKING:(CUI//SP-PRVCY)]] UC [[PERSON:Cristina Caal Choc]] (A# [[A_NUMBER:A246117720]]) disclosed a prior labour-trafficking situation in Cobán; TVPRA screening notes attached.
[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
Rewrite this for the shelter clinician in plain language."""),

(P, "les_banner", "salvadoran", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Sponsor [[PERSON:Nelson Orellana Guevara]] appears in an HSI lead on smuggling payments (Western Union receipts to Chalatenango). Do not release child pending review.
Can you turn this into a one-line status for the daily tracker?"""),

(P, "portal_credentials", "none", """Help me write a note to IT: the shared login for the referral portal is written on the whiteboard in the processing center (user: cbp_rgv_uc2, pw: [[PASSWORD:RioGrande#UC2-2026]]). I think it should be rotated and each agent should get their own account."""),

(P, "classified_fragment", "none", """Summarise for the morning brief, keep it short:
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] Smuggling networks moving unaccompanied minors through the Tapachula corridor shifted to bus routes in November.
[[CLASSIFICATION_MARKING:Classified By: 2472019]]
[[CLASSIFICATION_MARKING:Derived From: DHS SCG I&A-004]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]"""),

(P, "sponsor_bank_payment", "guatemalan", """Sponsor [[PERSON:Héctor Rolando Sical Paz]] says the transport fee was taken from his account. Bank: routing [[ABA_ROUTING_NUMBER:066857404]], account [[US_BANK_NUMBER:4471902336]]. He wants to know whether ORR charges anything (it doesn't). Draft a reply in Spanish."""),

(P, "multi_turn_sponsor", "guatemalan", """User: I'm drafting a sponsor call summary.
Assistant: Sure - share the details you want included.
User: The sponsor is [[PERSON:Aura Marina Coyoy]].
User: Her DOB is [[DATE_OF_BIRTH:09/30/1994]] and she gave ITIN [[US_ITIN:927-81-4406]] instead of an SSN.
User: Now write the summary and flag that the ITIN was provided voluntarily."""),

# evasions
(E, "leet_name_anumber", "kiche", """Child's name typed by a tired agent: [[PERSON:X0chitl T1ul Ajanel]], A-number written as [[A_NUMBER:A two four seven, one one eight, nine six four]]. Fix the spelling for the referral."""),
(E, "fullwidth_phone", "haitian", """Sponsor phone pasted from a PDF: [[PHONE_NUMBER:（７８６）５５５－０１４４]] -- sponsor name [[PERSON:Fabienne Joseph-Bazile]]. Is the number format okay for the portal?"""),
(E, "split_turn_ssn", "salvadoran", """Turn 1: Sponsor [[PERSON:Rigoberto Alas Chicas]] gave SSN starting [[US_SSN:613-
Turn 2: 44-7091]] - sorry, pasted in two parts. Write the verification request to SSA."""),

# hard negatives
(H, "flores_case_law", "none", """Summarise what the Flores Settlement Agreement (Flores v. Reno, 1997) requires about licensed placements, and how Flores v. Garland (9th Cir. 2021) affected it. Two paragraphs for a training deck."""),
(H, "tvpra_law", "none", """Explain the William Wilberforce Trafficking Victims Protection Reauthorization Act of 2008, section 235, and which children from contiguous countries get screened by CBP within 48 hours."""),
(H, "stats_table", "none", """Make a chart description: UC referrals FY2024 99,000 approx; FY2025 down 52%; average length of care 31 days; 72 hours is the statutory transfer window. No names needed."""),
(H, "public_hotline", "none", """What number should a sponsor call after release? I have the ORR National Call Center 1-800-203-7001 and the ORR Help Line. Write a two-line instruction for sponsors in English and Spanish."""),
(H, "place_named_people", "none", """The shelter move is from Saint Michael's campus in San Antonio to a facility near the Bob Bullock Texas State History Museum in Austin, then to the Ellington Field area. Give approximate drive times."""),
(H, "form_numbers", "none", """List the forms: ORR UAC/R-1 (Notice of Placement), Family Reunification Application, Form ORR-0007, CBP Form I-213, and Form I-770. Which ones does the CBP agent complete?"""),
(H, "storm_names", "none", """Hurricane Milton and Hurricane Helene both disrupted shelter transfers in Florida in 2024; Tropical Storm Alberto affected Texas. Write a contingency paragraph for next season."""),
(H, "cui_training", "none", """For a workshop: explain what CUI Specified vs CUI Basic means, what 'FED ONLY' limits, and why a banner goes at the top and bottom of a page. Describe it in words without reproducing actual markings from any document."""),
(H, "placeholder_referral", "none", """Referral template fields: Child Name: ____________  DOB: __/__/____  A#: A-_________  Sponsor: ____________. Add a field for primary language and for interpreter needs."""),
(H, "mayan_language_info", "none", """Which Mayan languages are most common among arriving children? I've seen K'iche', Mam, Q'eqchi', Kaqchikel, Q'anjob'al and Akatek. Give speaker estimates and whether telephone interpreters exist for each."""),
(H, "entry_numbers", "none", """Bed-space report: facility codes TX-SA-114, AZ-PH-009, FL-HO-221; capacity 1,240 / 310 / 96; occupancy 82.4%, 71.0%, 55.2%. Summarise in one paragraph."""),
(H, "saints_and_streets", "none", """Is Santa Rosa de Lima Church near Bishop Flores Drive in Brownsville? A volunteer group wants to drop off donations, and also asked about the Father Pedro Arrupe shelter hours."""),
]
