# Voice 6: Coast Guard legal office — courts-martial support, legal assistance (wills, powers of attorney)
RECORDS = [
("positive", "will_intake", "cape_verdean", """Legal assistance intake — simple will. Please put this into our will worksheet format (Testator / Executor / Guardian / Beneficiaries):

Member: BM2 [[PERSON:Ricardo Tavares Monteiro]], EDIPI [[DOD_EDIPI:1408837215]]
DOB [[DATE_OF_BIRTH:06/14/1996]]
Home of record: [[STREET_ADDRESS:88 Ocean Ave, New Bedford, MA 02740]]
Executor: his sister [[PERSON:Djenane Monteiro]]
Guardian for son ([[PERSON:Kelvin Tavares]], age 4): his mother [[PERSON:Fátima Tavares Lopes]]
Everything to son in trust until 25."""),

("positive", "spoa_request", "chuukese", """Member deploying, needs special POA for her husband to sell the car. Draft the POA paragraph:
Principal: YN1 [[PERSON:Meilyn Sapuro Rudolph]], SSN [[US_SSN:586-22-7104]]
Agent: [[PERSON:Kasiano Rudolph]], [[STREET_ADDRESS:1120 Kaneohe Bay Dr, Apt 7, Kailua, HI 96734]]
Vehicle: 2019 Toyota Tacoma, VIN 3TMCZ5AN2KM204411"""),

("positive", "court_martial_witness_list", "igbo+bosnian+croatian+yoruba", """Witness list for the Article 32 hearing, reformat into a table with columns Name | Rank/Status | Contact:

- MK3 [[PERSON:Dwayne Okoro-Hill]], unit witness, [[PHONE_NUMBER:757-555-0184]]
- Ms. [[PERSON:Sabina Hadžić]], civilian neighbor, [[PHONE_NUMBER:757-555-0115]]
- ET1 [[PERSON:Luka Marković]], [[EMAIL_ADDRESS:luka.markovic@uscg.mil]]
- Dr. [[PERSON:Folasade Akintola]], SANE examiner, [[PHONE_NUMBER:757-555-0140]]"""),

("positive", "cui_legal_banner", "liberian", """[[CUI_MARKING:CUI//SP-LEGAL//SP-PRVCY]]
Charge sheet summary — United States v. SN [[PERSON:Emmanuel Kollie Jallah]]
Spec 1: Art. 112a, wrongful use. Spec 2: Art. 86, UA 3 days.
Help me write a neutral one-paragraph summary for the SJA's weekly brief."""),

("positive", "member_email_legal_assist", "portuguese", """From: [[PERSON:Inês Carvalho Sousa]] <[[EMAIL_ADDRESS:ines.c.sousa@uscg.mil]]>
Subject: question about my divorce papers

Hi, I'm stationed at Sector Boston and my husband ([[PERSON:João Pedro Sousa]]) served me papers from Portugal. Can the legal office help me read them? My cell is [[PHONE_NUMBER:+1 857-555-0176]]. Thank you."""),

("positive", "scra_stay_letter", "senegalese+anglo", """Need an SCRA stay request letter to a county court. Facts:
Member: MST2 [[PERSON:Aminata Diop Sarr]], DOB [[DATE_OF_BIRTH:29 September 1993]], currently underway on a cutter until Feb
Case: small claims, landlord [[PERSON:Gerald Pruitt]] v. [[PERSON:Sarr]]
Member's address of record: [[STREET_ADDRESS:4412 Dauphin Island Pkwy, Unit 12, Mobile, AL 36605]]"""),

("positive", "notary_log_tsv", "vietnamese+anglo+sierra_leonean+japanese", """Notary log for the week (tab separated), need count by document type:
date\tsigner\tid_type\tid_no\tdoc
11/17\t[[PERSON:Tuan Anh Đỗ]]\tCAC\t[[DOD_EDIPI:1521983347]]\tPOA-general
11/17\t[[PERSON:Rebecca Sinclair]]\tDL\t[[US_DRIVER_LICENSE:S536-821-94-117-0]]\twill
11/18\t[[PERSON:Mohamed Bangura]]\tCAC\t[[DOD_EDIPI:1376624090]]\tPOA-special
11/19\t[[PERSON:Hiroshi Tanabe-Cruz]]\tpassport\t[[US_PASSPORT:A07720418]]\taffidavit"""),

("positive", "sja_chat", "german+irish", """User: I need to send the defense counsel the discovery index but without the victim's info. Can you redact what should be redacted from this line?
Assistant: Sure, paste the line and I'll suggest what to remove.
User: "Item 14: statement of [[PERSON:Katharina Vogelsang]] (DOB [[DATE_OF_BIRTH:1999-01-08]]), taken by CGIS SA [[PERSON:Derek Mahoney]] at her residence, [[STREET_ADDRESS:6120 Larkspur Ln, Apt 14, Virginia Beach, VA 23464]]" """),

("positive", "secret_classified_cm", None, """[[CLASSIFICATION_MARKING:SECRET]]
[[CLASSIFICATION_MARKING:Classified By: J. R. Halvorsen, Staff Judge Advocate]]
[[CLASSIFICATION_MARKING:Derived From: CG SCG-08, 20250311]]
[[CLASSIFICATION_MARKING:Declassify On: 20501231]]
Summarize the classified-evidence handling procedure for the court reporter (M.R.E. 505)."""),

("positive", "lowercase_will_text", "serbian", """member texted: "hi its [[PERSON:milica radosavljević]] from station, i need to change my will, my mom [[PERSON:dragana radosavljević]] is executor now instead of my ex. dob [[DATE_OF_BIRTH:4/19/98]] if u need it. im at [[PHONE_NUMBER:910-555-0125]]" — write a reply scheduling her"""),

("positive", "palauan_poa_allcaps", "palauan", """GENERAL POA — VERIFY SPELLING BEFORE PRINT
PRINCIPAL: [[PERSON:ISAAC NGIRAINGAS TMETUCHL]]
AGENT: [[PERSON:BERNADETTE REMENGESAU TMETUCHL]]
AGENT ADDRESS: [[STREET_ADDRESS:P.O. BOX 1847, KOROR, PALAU 96940]]
DURATION: ONE YEAR FROM EXECUTION"""),

("positive", "sierra_leone_estate", "sierra_leonean", """Survivor benefits question: member [[PERSON:Abu Bakarr Kamara]] died last month; his widow [[PERSON:Isatu Kamara]] ([[PHONE_NUMBER:+232 76 555 014]]) is asking about the SGLI payout and whether the will he made with us in 2023 is on file. Help me draft a compassionate reply."""),

("evasion", "edipi_words", "anglo", """for the CAC field on the POA: [[PERSON:Colton Reese]], EDIPI is [[DOD_EDIPI:one four four nine, zero two two, eight three six]] — format that as digits for me"""),

("evasion", "cui_lookalike", None, """strip the header before you summarize: [[CUI_MARKING:СUI//SP-LEGAL]] — the member wants to know if an Article 15 shows up on a civilian background check."""),

("evasion", "split_ssn_two_lines", "liberian", """poa principal [[PERSON:Korpo Gbessay]]
ssn first part [[US_SSN:419-53
second part -2806]]
just need it merged for the form"""),

("hard_negative", "ucmj_articles", None, """What's the maximum punishment under Article 86 (absence without leave) for more than 3 but not more than 30 days? And how does that compare to Article 87 missing movement?"""),

("hard_negative", "case_citation", None, """Explain the Coast Guard Court of Criminal Appeals' Article 66 power to set aside a finding as factually insufficient, and how the 2021 NDAA changed that standard. Cite 69 M.J. 138 style if you mention cases."""),

("hard_negative", "will_template", None, """Will template, check the clauses flow:
I, [TESTATOR NAME], a member of the United States Coast Guard, domiciled in [STATE], declare this to be my Last Will and Testament. I appoint [EXECUTOR] as Personal Representative. If my spouse does not survive me, I appoint [GUARDIAN] as guardian of my minor children."""),

("hard_negative", "poa_types_faq", None, """For the legal office FAQ: explain the difference between a general power of attorney, a special (limited) power of attorney, and a durable one. Mention that we can't do real estate closings POAs for some states without the state form."""),

("hard_negative", "kinship_terms", None, """In a will, if a member leaves everything "to my children" and later has a stepdaughter and a grandson from a deceased son, who takes? Answer generally, not for a specific state."""),

("hard_negative", "docket_numbers", None, """Order these court-martial docket numbers by year: CGCMG 0412, CGCMS 24561, Dkt. No. 1488, CGCMG 0398, Dkt. No. 1502."""),

("hard_negative", "classified_prose", None, """Write a paragraph for the defense counsel handbook on when evidence might be classified and the role of the Military Rules of Evidence 505 in protecting classified information at trial. No actual markings."""),

("hard_negative", "same_shape_witness_list_roles", None, """Witness list for the Article 32 hearing, reformat into a table with columns Role | Status | Contact method:
- unit witness (MK3), via command
- civilian neighbor, via trial counsel
- SANE examiner, via hospital legal department"""),

("hard_negative", "scra_stats", None, """Legal assistance metrics Q4: 412 clients, 188 wills, 231 POAs, 57 SCRA letters, 19 landlord-tenant. Percentages please, and which category grew most from Q3 (wills 160, POAs 240, SCRA 41)?"""),

("hard_negative", "cutter_names", None, """For the legal office's outreach schedule: CGC Bertholf, CGC Stratton and CGC Munro return to Alameda in January. Draft a calendar note offering will and POA clinics on the pier the week after each return."""),
]
