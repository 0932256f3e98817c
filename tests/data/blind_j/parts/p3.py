# Part 3: field and mission staff (CBP, ICE, Coast Guard).
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("positive", "cbp_secondary_notes", "pakistani", r"""
Clean up my secondary inspection notes into a narrative paragraph:

- pax [[PERSON:HUSSAIN, Imran Ali]], PAK PPT [[US_PASSPORT:AB5521873]], DOB [[DATE_OF_BIRTH:03MAR1986]]
- arr IAD on QR707, B1/B2 visa, stated purpose: cousin's wedding in Edison NJ
- US address given: [[STREET_ADDRESS:27 Oak Tree Rd, Edison, NJ 08820]]
- contact in US: cousin [[PERSON:Ayesha Siddiqui]] [[PHONE_NUMBER:732-555-0181]]
- admitted, I-94 [[I94_NUMBER:87061719158]]
""")

R("positive", "cbp_les_banner", "hispanic", r"""
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Summarize this seizure report for the port director in three sentences:
On 11/22/2026 CBPOs at the San Ysidro POE referred driver [[PERSON:Héctor Manuel Gutiérrez]] (MX passport [[US_PASSPORT:G41852207]]) to secondary; 14.2 kg methamphetamine found in the fuel tank.
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
""")

R("hard_negative", "port_stats", None, r"""
Make a chart from these FY2026 numbers for the San Ysidro, Otay Mesa and Calexico ports of entry: 12.1M, 6.4M and 4.9M northbound travelers. Add a title "Southwest border land POE volume" and note the source is the CBP public data portal.
""")

R("positive", "ice_case_summary", "hispanic", r"""
Help me write a concise case summary for the docket review:

Respondent [[PERSON:Carlos Alberto Mejía Flores]], [[A_NUMBER:A153914484]], citizen of Honduras, DOB [[DATE_OF_BIRTH:09/14/1995]]. Entered without inspection near Hidalgo, TX in 2019. NTA filed 2020; next master calendar hearing at the Houston immigration court on 1/12/2027. Attorney of record: [[PERSON:Julia Serrano]], [[PHONE_NUMBER:713-555-0126]].
""")

R("positive", "uscg_sar_log", "pacific_islander+anglo", r"""
Convert this SAR log into the standard SITREP format:

1412L Sector Honolulu rcvd VHF ch16 mayday F/V PUA KAI, 3 POB, taking on water 12NM SW of Kaena Pt.
1419L Owner [[PERSON:Kainoa Makaiwi]] contacted via cell [[PHONE_NUMBER:808-555-0161]]; confirms POB: [[PERSON:Kainoa Makaiwi Jr.]], [[PERSON:Pita Faleolo]], [[PERSON:Ryan McAllister]].
1431L MH-65 launched from Air Station Barbers Point.
1510L All 3 POB hoisted, no injuries.
""")

R("hard_negative", "uscg_mmsi", None, r"""
What's the difference between a vessel's MMSI and its IMO number? For example the cutter record shows MMSI 366998410 and IMO 9262041. Which one do we enter in the AIS filter?
""")

R("positive", "cbp_global_entry", "korean", r"""
Global Entry applicant complains the interview was rescheduled 3 times. Draft an apology email. Details: [[PERSON:Choi Seung-woo]], PASSID/KTN [[KNOWN_TRAVELER_NUMBER:989661867]], email [[EMAIL_ADDRESS:sw.choi@example.co.kr]], phone [[PHONE_NUMBER:+82 2-555-0143]].
""")

R("positive", "ice_fouo_portion", "hispanic", r"""
[[CUI_MARKING:(U//FOUO)]] Subject [[PERSON:Juan Pablo Xicará]] was encountered at his residence, [[STREET_ADDRESS:1820 W Lawrence Ave, Apt 3, Chicago, IL 60640]], on 12/01/2026.
[[CUI_MARKING:(U//FOUO)]] Subject claimed fear of return; referred for a reasonable-fear interview.

Fix the passive voice please.
""")

R("hard_negative", "ice_public_press", None, r"""
Rewrite this press release headline to be more neutral: "ICE Removes 142 Individuals on Charter Flight to Guatemala City". Also suggest a subheading that cites the ERO field office in Harlingen.
""")

R("positive", "cbp_seized_cards", "slavic", r"""
I'm writing the inventory for a currency/instrument seizure. Can you put these in a table (card brand, last four, holder)?
- Visa [[CREDIT_CARD:4374 9720 3528 5238]] in the name of [[PERSON:Dmitri Sokolov]]
- Amex [[CREDIT_CARD:3783 043364 89364]] in the name of [[PERSON:Irina Sokolova]]
- Discover [[CREDIT_CARD:6011432206186545]], blank name
""")

R("hard_negative", "uscg_position_report", None, r"""
Convert these positions to decimal degrees: 21°18.5'N 157°52.3'W, and 19°43.0'N 155°05.2'W. The second one is off Hilo. Also what's the range in nautical miles?
""")

R("positive", "sevis_student_check", "indian", r"""
A student was referred at JFK because her SEVIS record showed terminated. Can you explain what "terminated – authorized early withdrawal" means? Student: [[PERSON:Ananya Krishnamurthy]], SEVIS ID [[SEVIS_ID:N0060925627]], F-1, I-20 issued by a university in Ohio.
""")

R("positive", "cbp_i94_correction", "filipino", r"""
Draft a reply to a traveler asking to correct her I-94. She wrote: "My name is [[PERSON:Ma. Cristina Villanueva Reyes]], my I-94 no. [[I94_NUMBER:139342372H6]] shows my admit-until date wrong. Passport [[US_PASSPORT:P4417632B]]. Please email me at [[EMAIL_ADDRESS:cristina.reyes@example.ph]]."
""")

R("hard_negative", "cbp_hts_codes", None, r"""
What's the HTS classification for lithium-ion battery packs — 8507.60.0020 or 8507.60.0010? The entry number on the CF-7501 is 231-4455667-8 and the importer wants a ruling.
""")

R("positive", "ice_detainer", "hispanic", r"""
Check my I-247A narrative for completeness:

Subject: [[PERSON:RIVAS MARTÍNEZ, José Armando]]
A#: [[A_NUMBER:A 177 630 152]]
DOB: [[DATE_OF_BIRTH:1982-04-30]]
FBI#: not available. Booked into the county jail on 11/28/2026 on a state DUI charge.
""")

R("positive", "uscg_merchant_mariner", "filipino", r"""
Mariner credential question. A seafarer's MMC renewal bounced: [[PERSON:Rodel Manalo Dizon]], DOB [[DATE_OF_BIRTH:8/8/1979]], Philippine passport [[US_PASSPORT:P5822019A]], US address [[STREET_ADDRESS:600 W Harbor Dr, Unit 14, San Pedro, CA 90731]]. Is a TWIC required before the MMC can be issued?
""")

R("evasion", "cbp_secret_banner_spaced", None, r"""
Quick formatting question about this header, the spacing came out weird when I pasted from the PDF:

[[CLASSIFICATION_MARKING:S E C R E T // N O F O R N]]
Subject: Cross-border tunnel activity, Nogales sector

Can you fix the header spacing and summarize the report below it?
""")

R("hard_negative", "secret_word_prose", None, r"""
The secret to a good secondary-inspection interview is preparation. Write a short training paragraph for new CBP officers about open-ended questions, active listening and keeping notes factual. No case examples please.
""")

R("positive", "ice_bond_payment", "anglo", r"""
The obligor paid the immigration bond by check but it came back. Draft a letter to the obligor: [[PERSON:Thomas Reilly]], [[STREET_ADDRESS:88 Front St, Apt 5C, Brooklyn, NY 11201]]. His bank account on the check was [[US_BANK_NUMBER:550463566008]], routing [[ABA_ROUTING_NUMBER:023657906]].
""")

R("positive", "classified_portion_marks", None, r"""
Summarize this intel paragraph for a non-cleared audience, removing anything marked:

[[CLASSIFICATION_MARKING:(S//NF)]] Reporting indicates the network is moving proceeds through money service businesses in two border cities.
[[CLASSIFICATION_MARKING:(C)]] The network uses prepaid cards purchased in bulk.
""")

R("hard_negative", "classified_ad_prose", None, r"""
My neighbor asked me to write a classified ad for his used boat: 2009 Boston Whaler, 17 ft, 90 hp Mercury outboard, trailer included, $14,500 OBO. Keep it under 50 words.
""")

R("positive", "cbp_apis_manifest", "arabic+turkish", r"""
Why doesn't this APIS CSV validate? Tab-separated:

LAST	FIRST	DOB	DOC	NAT
[[PERSON:AL-HASHIMI]]	[[PERSON:RAZAN]]	[[DATE_OF_BIRTH:05-JAN-1991]]	[[US_PASSPORT:N00482319]]	JOR
[[PERSON:ÇELIK]]	[[PERSON:MEHMET]]	[[DATE_OF_BIRTH:22-SEP-1968]]	[[US_PASSPORT:U08815527]]	TUR
""")

R("hard_negative", "dhs_public_address", None, r"""
Give me driving directions from Union Station to the DHS St. Elizabeths campus, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528, and tell me which gate visitors use.
""")

R("positive", "ice_ero_phone_call", "somali", r"""
Turn my phone call notes into an email to the deportation officer:

Spoke with [[PERSON:Faadumo Cabdi Xasan]] (sister of detainee [[PERSON:Maxamed Cabdi Xasan]], [[A_NUMBER:A115111804]]) at [[PHONE_NUMBER:612-555-0134]]. She has his Somali passport, no. [[US_PASSPORT:P00938417]], and can bring it to the Fort Snelling office Monday.
""")

R("positive", "cbp_ssn_seen_in_wallet", "hispanic", r"""
In secondary we photocopied a US citizen's wallet contents with consent. My supervisor says I shouldn't have written the SSN in the notes. Rewrite the note without it:

"USC [[PERSON:Alejandra Beltrán]], SSN [[US_SSN:608-48-2969]], TX DL [[US_DRIVER_LICENSE:41826593]], returning from Monterrey, declared $2,000 cash."
""")
