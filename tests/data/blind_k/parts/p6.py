# Extra positives across voices (added to raise the redact share)
P, N, E = "positive", "hard_negative", "evasion"
R = [
(P, "perf_plan", "haitian", "PIP timeline for [[PERSON:Roseline Saint-Fleur]]: 60 days starting Jan 5. Write the opening paragraph in a supportive tone. Her union rep is [[PERSON:Fritzner Jeannot]]."),
(P, "telework", "chinese", "Telework denial appeal from [[PERSON:ZHOU JINGYI]], address on form [[STREET_ADDRESS:88 Hillcrest Ave, Apt 5C, Flushing, NY 11355]]. Draft a reply explaining the mission-need decision."),
(P, "grant_app", "somali", "Tribal/community grant contact [[PERSON:Mustafe Abdi Yusuf]], [[PHONE_NUMBER:612-555-0121]], [[EMAIL_ADDRESS:myusuf@community.example.org]]. Rewrite our cover letter to him."),
(P, "invoice_pii", "japanese", "Interpreter invoice: [[PERSON:Mori Ayaka]], SSN [[US_SSN:574-31-9068]], 12 hrs Japanese interpretation at $65/hr. Check the math and tell me what's missing for payment."),
(P, "training_scenario", "filipino", "Role-player card (real volunteer, redact before printing): [[PERSON:Danilo Sarmiento]], passport [[US_PASSPORT:518274903]], plays a returning LPR at SFO."),
(P, "access_request", "ethiopian", "Access request for [[PERSON:Mekdes Abebe]] ([[EMAIL_ADDRESS:mekdes.abebe@example.gov]]) to the E-Verify admin console - draft the supervisor justification."),
(P, "casual", "arabic", "ok so [[PERSON:noor al-sayed]] is my new lead 😅 how do i write an intro email that isn't cringe"),
(P, "casual", "slavic", "yo [[PERSON:Radomir]] just called from [[PHONE_NUMBER:+1 (412) 555-0187]] about the server room key, should i give him the spare? he's new"),
(P, "press_release", "indian", "Add a quote from Deputy Regional Administrator [[PERSON:Padmavathi Kuppuswamy]] to this release about the new disaster recovery center at [[STREET_ADDRESS:2700 Riverside Dr, Suite 110, Macon, GA 31204]]."),
(P, "reimbursement", "pacific_islander", "Reimburse [[PERSON:Siosaia Lolohea]] for lodging; DOB [[DATE_OF_BIRTH:21 August 1984]] is needed for the travel profile fix. Draft the request to the travel office."),
(P, "benefits", "hispanic", "Beneficiary form for [[PERSON:Luz Marina Echeverría]]: beneficiary [[PERSON:Santiago Echeverría]] (son), checking [[US_BANK_NUMBER:30918472615]], routing [[ABA_ROUTING_NUMBER:024346779]]. Is the form complete?"),
(P, "incident_ticket", "vietnamese", "Lost laptop report: owner [[PERSON:Vo Thanh Tung]], last seen at [[STREET_ADDRESS:1401 Wilson Blvd, Arlington, VA 22209]], contact [[PHONE_NUMBER:703-555-0168]]. Write the incident summary."),
(P, "case_quiz", "korean", "Case study for training (needs scrubbing): applicant [[PERSON:Hwang Ye-jin]], A-Number [[A_NUMBER:A203918476]], receipt [[USCIS_RECEIPT_NUMBER:LIN2290457813]]. Write 3 discussion questions."),
(P, "casual", "nigerian", "lmao [[PERSON:Funmilayo]] said the potluck is at her place [[STREET_ADDRESS:3912 Eastern Ave, Mount Rainier, MD 20712]] 🎉 write an invite text"),
]
