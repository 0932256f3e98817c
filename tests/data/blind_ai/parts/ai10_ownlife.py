# Voice 10: the employee's own life — divorce mediation, a kid's passport, a storm insurance claim, a parent's Medicare enrollment, a garage sale
RECORDS = [
("positive", "mediation_asset_list", "anglo+puerto_rican", """I'm going into divorce mediation Thursday and need to organize this into a table (asset, whose name, value, notes):

- joint checking at Navy Federal, acct [[US_BANK_NUMBER:7120448836]], ~$6,400
- my 401k/TSP, ~$88k
- [[PERSON:Maricela]]'s Roth IRA, ~$21k
- house at [[STREET_ADDRESS:4407 Quail Run Ct, Woodbridge, VA 22193]], mortgage balance $311k
- Visa ending 3113 (her card), balance $4,200
- the boat (really his dad's, title in [[PERSON:Gary Whitcomb Sr.]]'s name)

I'm [[PERSON:Gary Whitcomb]], she's [[PERSON:Maricela Ortiz-Whitcomb]]. Keep it neutral, the mediator will see it."""),

("positive", "parenting_plan_draft", "anglo+puerto_rican", """Help me make this parenting schedule readable. Kids: [[PERSON:Liam Whitcomb]] (born [[DATE_OF_BIRTH:3/14/2015]]) and [[PERSON:Sofía Whitcomb]] (born [[DATE_OF_BIRTH:9/02/2018]]). Week on/week off, exchanges Sunday 6pm at the library. Holidays alternate. Summer: 2 weeks each with the kids' grandmother [[PERSON:Carmen Ortiz]] in Ponce."""),

("positive", "ds11_checklist", "ethiopian+anglo", """Getting my daughter's first passport (she's 8). Can you make a checklist from what I've got?
Child: [[PERSON:Selam Rose Gebremedhin]], DOB [[DATE_OF_BIRTH:04/27/2018]], born in Silver Spring MD
Mom (me): [[PERSON:Meron Gebremedhin]], SSN [[US_SSN:219-66-4083]]
Dad: [[PERSON:Jonathan Reid]] — we're not married, he has to come too or sign the DS-3053
Her SSN: [[US_SSN:219-70-1852]]
Appointment at the post office 12/14 at 10:20"""),

("positive", "ds3053_text_to_ex", "ethiopian+anglo", """text to [[PERSON:Jon]]: hey can you sign the DS-3053 for [[PERSON:Selam]]'s passport and get it notarized this week? i need your passport number on it too, the one you gave me before was [[US_PASSPORT:568204193]], is that still valid?"""),

("positive", "insurance_claim_email", "vietnamese+anglo", """Can you polish this email to my insurance adjuster? I'm mad but want to sound calm.

Hi Mr. [[PERSON:Ashworth]],
This is [[PERSON:Hoang Van Duc]], policy HO3-7781204-02, claim 26-VA-0418831. The tree fell on our roof during the storm on 11/9 at [[STREET_ADDRESS:1822 Old Keene Mill Rd, Springfield, VA 22152]]. You said the estimate would come in 10 days and it's been 24. Water is still coming in the back bedroom. Please call me at [[PHONE_NUMBER:703-555-0196]].
[[PERSON:Duc]]"""),

("positive", "contractor_deposit", "vietnamese+hispanic", """roofer wants a 30% deposit. He sent this, is it a scam? "Pay by Zelle to [[EMAIL_ADDRESS:elite.roofing.va@gmail.com]] or give card # over phone. — [[PERSON:Rigo Castañeda]], Elite Roofing [[PHONE_NUMBER:571-555-0192]]". I already gave him my card [[CREDIT_CARD:5233 6750 5326 7784]] for the tarp, $350."""),

("positive", "medicare_enroll_mom", "korean", """My mom turns 65 in February and I'm helping her sign up for Medicare Part B online. Can you tell me what order to do things in? Her info:
[[PERSON:Park Bok-hee]] ([[PERSON:박복희]])
DOB [[DATE_OF_BIRTH:February 11, 1961]]
SSN [[US_SSN:148-52-9960]]
Address [[STREET_ADDRESS:83 Linden Ave, Apt 2F, Fort Lee, NJ 07024]]
She still works part-time at a church daycare with no insurance."""),

("positive", "medigap_chat", "korean", """User: comparing Medigap plan G vs N for my mom, she's in NJ
Assistant: Plan G covers the Part B excess charges and you pay only the Part B deductible; Plan N has lower premiums but copays of up to $20 per office visit and $50 for ER. Is your mom's doctor accepting Medicare assignment?
User: yes. her name is [[PERSON:Bok-hee Park]] if you need it for the quote form, DOB [[DATE_OF_BIRTH:2/11/1961]]. which is cheaper overall if she sees the doctor 6x a year?"""),

("positive", "garage_sale_post", "anglo", """Write me a Nextdoor post for our garage sale: Saturday 12/13, 7am–1pm, at [[STREET_ADDRESS:519 Chestnut Hill Dr, Laurel, MD 20707]]. Kids' bikes, a treadmill, baby stuff, tools. Cash or Venmo. Text [[PHONE_NUMBER:301-555-0128]] for early bird. — [[PERSON:Tammy]] & [[PERSON:Rob Kessler]]"""),

("positive", "garage_sale_buyer_text", "hispanic", """buyer texted about the treadmill, help me reply no lower than $150: "hi im [[PERSON:Yadira Contreras]], saw ur treadmill, would u take 100? can pick up sunday, my # [[PHONE_NUMBER:240-555-0186]]" """),

("positive", "mediation_lowercase", "anglo+puerto_rican", """rewrite this as a calm msg to the mediator: maricela wants the house and the kids full time and says i cant afford it. i make 112k, she makes 64k. her lawyer is [[PERSON:dana prewitt]], [[EMAIL_ADDRESS:dprewitt@prewittfamilylaw.com]]. my ssn is [[US_SSN:225-41-0779]] if the mediator form needs it"""),

("positive", "claim_bank_deposit", "vietnamese", """insurance wants direct deposit info for the claim payment, help me fill the form lines: Name: [[PERSON:Hoang Van Duc]] / Bank: credit union / Routing: [[ABA_ROUTING_NUMBER:256074974]] / Account: [[US_BANK_NUMBER:004418827715]]"""),

("positive", "passport_expedite_email", "mexican+anglo", """Draft an email to my congressman's office asking for help with my son's passport — we travel 12/22 to see family in Guadalajara.
Son: [[PERSON:Mateo Alejandro Brennan]], DOB [[DATE_OF_BIRTH:06/03/2016]], application locator 5502771944
Me: [[PERSON:Claudia Brennan]], [[PHONE_NUMBER:214-555-0168]], [[EMAIL_ADDRESS:claudia.brennan.tx@gmail.com]]"""),

("evasion", "ssn_words_medicare", "korean", """the medicare site times out so I'm writing mom's social in words to paste later: [[US_SSN:one four eight, five two, nine nine six zero]]"""),

("evasion", "card_dashes_split", "anglo", """for the garage sale card reader signup they want my card, i'll split it: [[CREDIT_CARD:4239-4565 / 5761-7882]] exp 09/29 — is that format ok for Square?"""),

("hard_negative", "mediation_questions", None, """What should I bring to a first divorce mediation session? I'm thinking tax returns, pay stubs, mortgage statement, retirement account statements, a list of monthly expenses. Anything else?"""),

("hard_negative", "passport_rules", None, """For a child under 16, do both parents have to appear for the DS-11? What if one parent is deployed — is DS-3053 notarized enough, and does it expire after 90 days?"""),

("hard_negative", "insurance_terms", None, """Explain "actual cash value" vs "replacement cost" on a homeowners policy, and what "recoverable depreciation" means when the insurer pays the roof claim in two checks."""),

("hard_negative", "medicare_dates", None, """My mom's birthday is in February; when is her Initial Enrollment Period? I think it's the 7 months around the month she turns 65, so November through May. Does Part B start the first of her birthday month?"""),

("hard_negative", "garage_sale_pricing", None, """Garage sale pricing help: treadmill (5 yrs old, paid $900), kids' bikes ($180 new each), baby swing, 30 books, a drill set. What should I price them at?"""),

("hard_negative", "same_shape_asset_list_no_pii", None, """Help me organize my divorce asset list into a table (asset, whose name, value, notes):
- joint checking, ~$6,400
- my TSP, ~$88k
- her Roth IRA, ~$21k
- the house, mortgage balance $311k
- the boat (really my father-in-law's)
Keep it neutral."""),

("hard_negative", "claim_numbers", None, """My insurer gave me claim 26-VA-0418831 and my policy is HO3-7781204-02; the adjuster's reference is ADJ-55120. Which one do I put on the contractor's invoice?"""),

("hard_negative", "kinship_custody", None, """If the grandparents want visitation after the divorce, do they have standing in Virginia? My mother-in-law keeps asking and I want to know before mediation."""),

("hard_negative", "medicare_numbers_public", None, """Is the Medicare number still the SSN with a letter? I remember Grandpa's card had something like 123-45-6789A, but I read they switched to random MBIs like 1EG4-TE5-MK73 (the example on the CMS site)."""),

("hard_negative", "storm_stats", None, """The storm on 11/9 knocked out power to 212,000 customers in Fairfax County; Dominion said 94% were restored in 72 hours. How does that compare to the 2012 derecho?"""),

("hard_negative", "venmo_fee_question", None, """If I take Venmo at the garage sale with a personal account, will they charge a fee or flag it as business? Also is it smarter to just use a cash box with $100 in small bills?"""),
]
