# CBP Fines, Penalties and Forfeitures: seized currency and vehicles, petitions, claimants' attorneys
RECORDS = [
("positive", "petition_summary", "mexican+anglo", """Need a 1-page summary of this petition for the FP&F Officer:

Seizure 2026-2506-000731-01, $38,460 USD unreported currency, Nogales DeConcini POE outbound.
Claimant: [[PERSON:Heriberto Zavala Quintanilla]], DOB [[DATE_OF_BIRTH:11/02/1971]], SSN [[US_SSN:527-81-3360]]
Home: [[STREET_ADDRESS:1418 W Calle Bonita, Rio Rico, AZ 85648]]
Counsel: [[PERSON:Margaret Ellery-Voss]], Esq., [[EMAIL_ADDRESS:mevoss@ellery-voss-law.example]], [[PHONE_NUMBER:(520) 555-0129]]
Petition says the money was proceeds from selling cattle to a ranch in Magdalena and that Mr. [[PERSON:Zavala]] did not understand the FinCEN 105 question. Attached: bill of sale, two bank statements."""),
("positive", "remission_payment", "salvadoran", """Remission granted in part. Refund of $12,000 to claimant by EFT:
Payee: [[PERSON:Rosa Elvira Quintanilla de Menjívar]]
Bank: Navy Federal CU
Routing: [[ABA_ROUTING_NUMBER:256656130]]
Account: [[US_BANK_NUMBER:7302118845]]
Please draft the cover letter to her at [[STREET_ADDRESS:5720 Gallows Rd, Apt 114, Falls Church, VA 22042]] explaining the mitigation amount."""),
("positive", "vehicle_seizure_email", "dominican", """Subject: 2019 Honda Odyssey - seizure 2026-1001-002218-01 - release request

Officer,

I represent the registered owner, [[PERSON:Yokasta Almonte Peralta]], who was not in the vehicle when her brother-in-law [[PERSON:Wilkin Rosario Batista]] was stopped at JFK Terminal 4 cargo. Ms. [[PERSON:Almonte]] is an innocent owner. Her NY license is [[US_DRIVER_LICENSE:718 402 559]] and she can be reached at [[PHONE_NUMBER:347-555-0176]].

[[PERSON:Ezra Feldstein]]
Feldstein & Ortiz LLP"""),
("positive", "case_note", "colombian", """note to file - claimant [[PERSON:Jhon Fredy Arbeláez Ríos]] called again re: seized $14,980 (Miami Int'l, inbound from BOG). says he already filed CBP Form 4607. told him we have the petition but no proof of funds. passport [[US_PASSPORT:AU4829175]] (COL). cb # [[PHONE_NUMBER:+57 601 555 0143]]. he wants to know if his sister [[PERSON:Luz Dary Arbeláez]] can pick up the funds."""),
("positive", "chat_turn", "haitian", """User: translate this into Haitian Creole for the claimant, plain language: "Dear Mr. [[PERSON:Jean-Wesner Pierre-Louis]], we received your petition for the return of $9,870 seized on October 3. To continue, please send bank records showing the source of the funds within 30 days." Keep it warm but formal."""),
("positive", "spreadsheet_tab", "armenian+chinese+jamaican", """Case #\tClaimant\tDOB\tAmount\tStatus
2026-3901-000112-01\t[[PERSON:TCHAKERIAN, Armen]]\t[[DATE_OF_BIRTH:1978-03-19]]\t$22,300\tPetition pending
2026-3901-000118-01\t[[PERSON:LIN, Meihua]]\t[[DATE_OF_BIRTH:1984-10-06]]\t$11,450\tReferred to AUSA
2026-3901-000125-01\t[[PERSON:CAMPBELL-WHYTE, Delroy]]\t[[DATE_OF_BIRTH:1969-08-23]]\t$40,000\tForfeited
which of these is over 90 days without action if today is Dec 7 and the seizure dates were Aug 2, Sep 15, Jul 9 respectively"""),
("positive", "attorney_letter_ocr", "cuban", """OCR from the fax, fix the line breaks please:

RE: Seizure No. 2026-5203-
000944-01  /  Claimant  [[PERSON:Yusniel  Caballero
Ortega]]  /  DOB  [[DATE_OF_BIRTH:07 / 30 /
1990]]
Our client resides at  [[STREET_ADDRESS:2291 SW 8th St ,  Apt 6 ,
Miami ,  FL  33135]]  and requests an
extension of time to file a petition."""),
("positive", "penalty_worksheet", "chinese", """Mitigation worksheet, 19 USC 1592? no - this is a 1497 penalty (undeclared ag).
Violator: [[PERSON:Zheng Xiaowen]] ([[PERSON:郑晓雯]])
Passport: [[US_PASSPORT:EH7305192]] (PRC)
Address in US: [[STREET_ADDRESS:136-22 41st Ave, Apt 3F, Flushing, NY 11355]]
Penalty assessed $1,000, first offense, mooncakes with meat filling. Recommend mitigation to $300?"""),
("positive", "petition_json", "armenian", """{
  "caseNumber": "2026-2720-001045-01",
  "claimant": {"name": "[[PERSON:Anahit Sargsyan-Petrosyan]]", "dob": "[[DATE_OF_BIRTH:1982-06-11]]",
               "phone": "[[PHONE_NUMBER:+1 818 555 0152]]", "email": "[[EMAIL_ADDRESS:anahit.sp@inbox.example]]"},
  "property": "USD 26,700 currency",
  "basis": "31 USC 5317"
}
write a python function that validates this payload has claimant.name and claimant.dob"""),
("positive", "card_in_payment", "jamaican", """Claimant wants to pay the $500 mitigated penalty by card over the phone. I wrote it down: [[PERSON:Shanice Thompson-Grant]], card [[CREDIT_CARD:4838 9129 7120 4348]] exp 08/29. Can I enter that into Pay.gov for her or does she have to do it herself? What's the policy?"""),
("positive", "cui_memo", "honduran", """[[CUI_MARKING:CUI//LEI]]
MEMORANDUM FOR: FP&F Officer, Houston
SUBJECT: Recommendation on petition of [[PERSON:Denis Alexander Cáceres Banegas]], A# [[A_NUMBER:A-215-330-847]]
[[CUI_MARKING:(CUI//LEI)]] Claimant has prior seizure in 2024 (Laredo). HSI declined the case.
Recommend denial.
[[CUI_MARKING:CUI//LEI]]
-- please check this memo for tone"""),
("positive", "les_email", "venezuelan", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Per HSI, do not release the vehicle to [[PERSON:Oriana Castellanos Brito]] until the related case closes. Her attorney [[PERSON:Diego Maldonado-Rey]] keeps calling [[PHONE_NUMBER:713-555-0188]] (our desk line). How do I word a holding response that says nothing?"""),
("positive", "sms", "mexican", """sms from claimant: "buenas tardes soy [[PERSON:Maricela Tapia Escobedo]] el carro que me quitaron en laredo es de mi papá [[PERSON:Anselmo Tapia]] su fecha de nacimiento es [[DATE_OF_BIRTH:12 de diciembre de 1954]] que documentos necesito" - draft a reply in spanish listing the documents"""),
("positive", "api_token", None, """Our SEACATS export job broke after rotation. Config:
export_url: https://seacats-rpt.cbp.example/api/export
token: "[[PASSWORD:f3Kq9ZtR2wVmX7bNc4HdL8sJ0yPeA6uG]]"
schedule: "0 6 * * 1-5"
why would a 403 come back?"""),
("evasion", "zero_width_ssn", "guatemalan", """copying the claimant details in here for the letter, hopefully it goes through this time:
[[PERSON:Ixchel Batz Coyoy]] - ssn [[US_SSN:6​1​4-2​9-7​7​0​3]] - fill in the 'claimant' block of the FP&F letter"""),
("evasion", "words_account", "dominican", """refund goes to [[PERSON:Ramona Ynoa]], account number [[US_BANK_NUMBER:four four zero one, seven seven two nine, three eight]] routing [[ABA_ROUTING_NUMBER:zero two one, zero four two, nine eight two]] — put it back in digits in the payment form"""),
("evasion", "dotted_dl", "anglo", """license for the vehicle owner is [[US_DRIVER_LICENSE:T.6.1.4.-.5.5.0.-.8.2.-.3.1.7.-.0]] and the owner is [[PERSON:Tr3vor Mc Kinnon]]. remove the dots and format it"""),
("hard_negative", "statute_question", None, """Explain the difference between administrative forfeiture under 19 U.S.C. 1607 and judicial forfeiture, and when a claimant's filing of a claim and cost bond under 19 U.S.C. 1608 sends the case to the U.S. Attorney. Also note the $500,000 threshold for administrative forfeiture of property other than monetary instruments."""),
("hard_negative", "seizure_numbers", None, """Seizure numbers in our port look like 2026-2506-000731-01 (FY-port-sequence-line). The VIN on the Odyssey is 5FNRL6H78KB042317 and the plate is AZ CPX4417. Which of those go in the SEACATS 'property description' field and which in 'identifiers'?"""),
("hard_negative", "notice_template", None, """NOTICE OF SEIZURE AND INFORMATION TO CLAIMANTS (template)
Dear {{ claimant_name }}:
This is to notify you that the property described below was seized on {{ seizure_date }} at {{ port_name }} ...
Your options: (a) petition, (b) offer in compromise, (c) abandon, (d) request referral to the U.S. Attorney.
Rewrite option (d) in plain English for a sixth-grade reading level."""),
("hard_negative", "currency_stats", None, """Give me a chart-ready table: outbound currency seizures at southwest border POEs, FY2022 to FY2026, with counts 1,104 / 1,287 / 1,352 / 1,410 / 1,266 and totals $41.2M / $47.9M / $52.6M / $55.1M / $49.3M. Compute year-over-year change."""),
("hard_negative", "same_shape_vehicle", None, """Subject: 2019 Honda Odyssey - release request

Officer,

The registered owner was not in the vehicle at the time of the stop and has now filed a petition with proof of ownership and insurance. Please confirm the timeline for a decision and whether storage fees continue to accrue during review.

Feldstein & Ortiz LLP"""),
("hard_negative", "historic_case", None, """For training: summarize United States v. $124,700 in U.S. Currency (8th Cir. 2006) and United States v. Bajakajian (1998), especially the Excessive Fines Clause holding. No need for the parties' personal details."""),
("hard_negative", "routing_like", None, """The Pay.gov confirmation says tracking ID 27HJ4K9Q and the Treasury agency location code is 20-18-0001; the receipt lists transaction 000918273645. The claimant thinks one of these is our bank routing number - which one, if any, is?"""),
("hard_negative", "secret_word_prose", None, """The claimant's statement says he kept the cash in a 'secret compartment' in the spare tire well because he distrusts banks, and his lawyer calls it 'a confidential family matter'. Does concealment in a hidden compartment change the mitigation guidelines for a 31 USC 5317 seizure?"""),
("hard_negative", "fake_card_test", None, """We're building a training module for Pay.gov card payments. Use the standard Stripe-style test numbers like 4242 4242 4242 4242 and 4000 0000 0000 0002 (decline) in the walkthrough - write the steps for an officer to simulate a declined mitigation payment."""),
]
