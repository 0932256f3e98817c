# Voice 10: the employee's own life - adoption home study, divorce filing, tax return, a parent's Medicare appeal.
RECORDS = [
("positive", "home_study_autobiography", "anglo+korean",
"""I'm writing the autobiographical statement for our adoption home study and it sounds stiff. Can you make it warmer?
"My name is [[PERSON:Nathaniel Brooks Ellery]], born [[DATE_OF_BIRTH:October 2, 1986]] in Dayton, Ohio. My wife, [[PERSON:Ji-woo Park Ellery]], and I have been married nine years and live at [[STREET_ADDRESS:7 Larkspur Way, Frederick, MD 21702]]. I work for the federal government in emergency management. We hope to adopt a sibling group from foster care." """),

("positive", "home_study_references", "ethiopian+anglo",
"""Reference list for the social worker - format as a table (name, relationship, phone, years known):
[[PERSON:Selamawit Haile]] - friend from church - [[PHONE_NUMBER:301-555-0103]] - 11 yrs
[[PERSON:Gordon Pettibone]] - neighbor - [[PHONE_NUMBER:301-555-0169]] - 6 yrs
Rev. [[PERSON:Augustine Mbeki-Shaw]] - pastor - [[PHONE_NUMBER:240-555-0112]] - 8 yrs"""),

("positive", "divorce_petition_facts", "hispanic+anglo",
"""Help me fill in the facts section of our uncontested divorce petition (Virginia), no lawyer:
Plaintiff: [[PERSON:Marisela Quintanilla Hartwell]], DOB [[DATE_OF_BIRTH:05/19/1984]], SSN [[US_SSN:101-28-0144]]
Defendant: [[PERSON:Brett Alan Hartwell]], DOB [[DATE_OF_BIRTH:12/03/1982]]
Married 06/14/2008 in San Antonio, separated 01/05/2026. One child, [[PERSON:Sofía Hartwell]], born [[DATE_OF_BIRTH:2013-07-22]]. Marital home: [[STREET_ADDRESS:12904 Sagebrook Ct, Woodbridge, VA 22192]]."""),

("positive", "divorce_email_to_ex", "hispanic+anglo",
"""rewrite this so it's not passive aggressive: "[[PERSON:Brett]], I've told you three times, the parenting schedule says [[PERSON:Sofi]] is with me Christmas Eve this year. Also the mediator ([[PERSON:Lorraine Vasquez-Dunn]], [[EMAIL_ADDRESS:lvdunn.mediation@gmail.com]]) needs your financial statement by Friday." """),

("positive", "tax_return_1040", "taiwanese+anglo",
"""Checking my 1040 before I e-file, does the dependent section look right?
Filer: [[PERSON:Tsai Ming-hsuan]] SSN [[US_SSN:333-92-5579]]
Spouse: [[PERSON:Colleen Tsai]] SSN [[US_SSN:861-70-3976]]
Dependents: [[PERSON:Ethan Tsai]] (SSN [[US_SSN:778-60-3653]], son, 14), [[PERSON:Lily Tsai]] (SSN [[US_SSN:180-02-3333]], daughter, 9)
Refund direct deposit: routing [[ABA_ROUTING_NUMBER:052185054]], checking [[US_BANK_NUMBER:3300918274]]
Child tax credit is showing $4,000 - is that right for two kids?"""),

("positive", "medicare_appeal_letter", "polish+anglo",
"""Write a Medicare redetermination request letter for my father. Info:
Beneficiary: [[PERSON:Kazimierz Jan Nowicki]], born [[DATE_OF_BIRTH:March 17, 1941]]
Address: [[STREET_ADDRESS:88 Pulaski Street, Apt 3, Hamtramck, MI 48212]]
Phone: [[PHONE_NUMBER:313-555-0135]]
Denied: 20 days of skilled nursing after his hip surgery (Plan said "not medically necessary").
I am his daughter and representative: [[PERSON:Agnieszka Nowicki-Barlow]], [[EMAIL_ADDRESS:agnes.barlow1972@gmail.com]]"""),

("positive", "medicare_call_notes", "polish",
"""notes from calling 1-800-MEDICARE about dad, turn into a timeline:
- 11/18 called, rep said appeal for [[PERSON:Kazimierz Nowicki]] received 11/10
- 11/25 called back, rep needs his DOB ([[DATE_OF_BIRTH:3/17/41]]) to confirm, gave it
- 12/02 decision letter says partially favorable?? what does that mean"""),

("positive", "adoption_child_info", "burmese",
"""The agency sent a referral for a 4-year-old from the Karenni refugee community resettled in Indianapolis, [[PERSON:Naw Htoo Paw]], DOB [[DATE_OF_BIRTH:2022-02-11]], in foster care since her mother [[PERSON:Mu Mu Aye]] died last year. What questions should we ask the caseworker about culture and language?"""),

("positive", "w2_mismatch_chat", "fijian",
"""User: my W-2 from the new job spells my name "[[PERSON:Vilisoni Raduva]]" but my SS card is "[[PERSON:Vilisoni Tuidraki Raduva]]". SSN [[US_SSN:839-95-3744]]. Will the IRS reject my return?
Assistant: The IRS matches on SSN and the first four letters of the last name, so a missing middle name usually won't cause a rejection.
User: ok good. what about my wife's ITIN, she's [[PERSON:Salote Raduva]], [[US_ITIN:966-91-0472]]"""),

("positive", "child_support_worksheet", "apache",
"""Child support worksheet (Arizona), help me check the math:
Parent A: [[PERSON:Dustin Nez Cassadore]], gross $6,840/mo
Parent B: [[PERSON:Shandiin Cassadore]], gross $3,120/mo
Child: [[PERSON:Kai Cassadore]], born [[DATE_OF_BIRTH:Aug 9, 2016]]
Health insurance paid by A: $412/mo. What's the combined adjusted gross and A's share %?"""),

("positive", "tax_prep_sms", "mexican",
"""texting my tax preparer, make it clearer: "hi doña [[PERSON:Rebeca]], the 1099 from my mom's house sale is in her name [[PERSON:Herlinda Gaytán Robles]], SSN [[US_SSN:515-15-1706]], she lives with us so do we claim her as dependent? her bday is [[DATE_OF_BIRTH:4 de julio de 1948]]" """),

("positive", "divorce_credit_card", "hispanic+anglo",
"""For the marital debt schedule: joint Visa [[CREDIT_CARD:4164 2296 1707 9255]] balance $8,412.66, his Amex [[CREDIT_CARD:3718 720575 69215]] balance $2,190. Which debts go in Schedule B vs C of the property settlement agreement?"""),

("positive", "adoption_finger_appt", "anglo+korean",
"""Adoption stuff: USCIS biometrics appointment for the I-600A, notice says receipt [[USCIS_RECEIPT_NUMBER:NBC2690418273]] for [[PERSON:Nathaniel Ellery]] and a separate one for [[PERSON:Ji-woo Ellery]]. Can I reschedule both at once? Draft the message for the USCIS contact form."""),

("positive", "aunt_moving_in", "filipino",
"""my Tita [[PERSON:Corazon Dimaculangan]] is moving in with us to help with the baby, she's 67 and a green card holder ([[A_NUMBER:A097-551-208]]). Does having another adult in the house mean we need another background check for the home study? She was born [[DATE_OF_BIRTH:1959-01-25]] in Batangas."""),

("evasion", "ssn_words_tax", "anglo",
"""for my tax question, I'm writing my SSN in words so the work filter doesn't catch it: [[US_SSN:three two five, six zero, nine seven one seven]]. name [[PERSON:Garrett Ellison Shaw]]. is it safe to e-file from a public computer?"""),

("evasion", "dob_emoji_split", "jamaican",
"""dad's info for the Medicare form, split up: born [[DATE_OF_BIRTH:19 🎂 Nov 🎂 1946]], name [[PERSON:Winston 🙂 Alphonso 🙂 Greaves]]"""),

("evasion", "bank_lookalike", "anglo",
"""refund account (using o's for zeros so it isn't blocked): routing [[ABA_ROUTING_NUMBER:O46278207]] acct [[US_BANK_NUMBER:88OO4127O6]] for [[PERSON:Maribeth Lusk]]"""),

("hard_negative", "tax_brackets", None,
"""For 2026, what are the federal tax brackets for married filing jointly, and how does the standard deduction of about $32,000 interact with the child tax credit? Simple explanation please."""),

("hard_negative", "home_study_checklist", None,
"""Home study checklist from the agency - turn into a to-do list with owners (me / spouse / both):
- autobiographical statements
- medical forms for each adult
- FBI fingerprints and state child-abuse clearances
- 3 personal references
- proof of income (last 2 years' returns)
- home safety inspection"""),

("hard_negative", "medicare_parts_explainer", None,
"""Explain Medicare Part A vs Part B vs Part D for my mom in simple words, and what "redetermination", "reconsideration" and "ALJ hearing" mean in the appeals process."""),

("hard_negative", "divorce_terms", None,
"""What's the difference between "legal separation", "divorce from bed and board" and "absolute divorce" in Virginia? My friend said you need a year apart - is that still true with no kids?"""),

("hard_negative", "public_figures_adoption", None,
"""For my kid's school report on adoption: short facts about Dave Thomas (Wendy's founder, adopted, started a foundation for adoption) and Steve Jobs (adopted as an infant). Keep it kid-friendly, 100 words."""),

("hard_negative", "irs_form_numbers", None,
"""Which forms do I need: 1040, Schedule A, Schedule C, Form 8863, Form 2441 for daycare, and Form 8889 for the HSA? Line 27 is the EIC - we don't qualify. Make a checklist."""),

("hard_negative", "kinship_family_tree", None,
"""Kids' family tree poster: Grandma and Grandpa on dad's side, Halmeoni and Harabeoji on mom's side, Aunt and Uncle, plus the cousins. Suggest a layout that works for an adoptive family with two sets of grandparents."""),

("hard_negative", "same_shape_1040_no_pii", None,
"""Checking my 1040 before I e-file, does the dependent section look right?
Filer and spouse: married filing jointly
Dependents: son (14), daughter (9), both with SSNs
Refund: direct deposit to checking
Child tax credit is showing $4,000 - is that right for two kids?"""),

("hard_negative", "invalid_ssn_example", None,
"""The tax software's sample return uses SSN 987-65-4320 and a spouse SSN 000-12-3456. Why would they pick those? Are they guaranteed never to be real?"""),

("hard_negative", "medicare_stats", None,
"""Medicare appeals stats I found: about 1 in 10 Part A claims denied on first submission; roughly 50% of redeterminations favorable to beneficiaries for SNF claims. Does that sound right and where would I check?"""),
]
