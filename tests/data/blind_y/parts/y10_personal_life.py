# Voice: the employee's personal life (a relative's immigration, a side business, a lawsuit, a divorce, a disabled child)
RECORDS = [
("positive", "i130_for_brother", "nepali",
"""I'm filing an I-130 for my brother. Can you check the info I'll enter?
Beneficiary: [[PERSON:Bishal Gurung]] (बिशाल गुरुङ)
Date of birth: [[DATE_OF_BIRTH:2048 साउन 14 (B.S.)]] = [[DATE_OF_BIRTH:July 30, 1991]]
Address: [[STREET_ADDRESS:Ward No. 7, Lekhnath-12, Kaski, Gandaki 33700, Nepal]]
Passport: [[US_PASSPORT:10448217]]
Phone: [[PHONE_NUMBER:+977 985-5501742]]
Petitioner: me, [[PERSON:Anjana Gurung Thapa]], A# [[A_NUMBER:A-209-117-604]]"""),
("positive", "parents_i94", "indian",
"""My parents' I-94s show the wrong departure date. Father [[PERSON:Raghunath Krishnamurthy]], I-94 [[I94_NUMBER:48817290341]]; mother [[PERSON:Lakshmi Raghunath]], I-94 [[I94_NUMBER:48817290453]]. How do I fix it?"""),
("positive", "etsy_side_business", "anglo",
"""Side job question (approved outside employment): my candle shop's customer [[PERSON:Brianna Coltrane-Hughes]] disputed a charge. Her order ships to [[STREET_ADDRESS:2840 Willow Creek Dr, Unit 118, Boise, ID 83706]]. I refunded to card ending... actually she emailed the whole number [[CREDIT_CARD:5384 8372 6167 5136]]. What should I do with that email?"""),
("positive", "divorce_parenting_plan", "african_american+igbo",
"""Help me soften this parenting-plan email to my ex:
[[PERSON:Marcus]], the kids ([[PERSON:Jayden]] and [[PERSON:Amara Okwuosa-Tillman]]) will stay with me over winter break. Pick-up at my place, [[STREET_ADDRESS:905 Rosemont Ave, Apt 3, Frederick, MD 21701]]. My lawyer [[PERSON:Dana Whitcombe]] ([[PHONE_NUMBER:301-555-0191]]) will send the schedule."""),
("positive", "small_claims_suit", "anglo",
"""I'm suing my contractor in small claims. Defendant: [[PERSON:GRIMSLEY, Ward Allen]], [[STREET_ADDRESS:RR 1 Box 44B, Lovettsville, VA 20180]]. He gave me his license number as [[US_DRIVER_LICENSE:T61-04-4187]] on the contract. Write the statement of claim."""),
("positive", "iep_meeting_notes", "hispanic",
"""Summarize for my husband: IEP meeting for our son [[PERSON:Mateo Alarcón-Reyes]] (DOB [[DATE_OF_BIRTH:Sept. 12, 2015]]), teacher Ms. [[PERSON:Wierzbicka]] says the aide [[PERSON:Glory]] can stay. Speech therapist email [[EMAIL_ADDRESS:speech.ortiz@valleyschools.example.org]]."""),
("positive", "ssi_disability_application", "hispanic",
"""For the SSI application for my daughter [[PERSON:Camila Reyes Alarcón]]: her SSN [[US_SSN:587-20-4419]], DOB [[DATE_OF_BIRTH:03/05/2012]], my bank account [[US_BANK_NUMBER:00418827731]] routing [[ABA_ROUTING_NUMBER:314055987]]. Which section does each go in?"""),
("positive", "spouse_green_card_chat", "moroccan",
"""User: my wife's green card interview is next week, help me prep.
Assistant: Happy to help. What is the basis of the case?
User: marriage. she is [[PERSON:Salma Benjelloun]], born le [[DATE_OF_BIRTH:22 mai 1993]] in Fès, receipt [[USCIS_RECEIPT_NUMBER:NBC-26-904-18221]]. Her mom [[PERSON:Latifa El Amrani]] wants to come too, [[PHONE_NUMBER:+212 6 55 50 19 47]]."""),
("positive", "nephew_student_sevis", "ethiopian",
"""My nephew [[PERSON:Dawit Alemayehu Bekele]] got his I-20, SEVIS ID [[SEVIS_ID:N0044182793]]. His passport [[US_PASSPORT:EP4418271]]. What's the visa appointment process in Addis?"""),
("positive", "ktn_family_trip", "anglo",
"""Booking flights for the family; add my KTN [[KNOWN_TRAVELER_NUMBER:TT44N8R2Q]] to my profile but not to my son [[PERSON:Wyatt Ledbetter]]'s. Write the note to the airline."""),
("positive", "side_business_stripe", None,
"""My Shopify store webhook fails. Code:
stripe.api_key = "[[PASSWORD:sk_live_51Pq8rTx2LmVn0Kd4wYb7Hc9ZsEaRgJ3uF6iNoQt]]"
Is the key format wrong?"""),
("positive", "lawyer_portal_creds", None,
"""My divorce lawyer's client portal: login [[EMAIL_ADDRESS:r.tillman.home@example.net]], password [[PASSWORD:Amara&Jayden2015!]]. Can you write a reminder note for myself (I keep forgetting)?"""),
("evasion", "ssn_words_child", "hispanic",
"""my son's SSN for the school form is [[US_SSN:five eight seven, two one, six six zero three]], can you write it in digits?"""),
("evasion", "card_spaced_newlines", "anglo",
"""The customer [[PERSON:Brody Tamsin Ackerly]] typed her card in the order note like this: [[CREDIT_CARD:4465 5721
0141 5618]]. Should I just delete the note?"""),
("hard_negative", "public_uscis_fees", None,
"""What is the current fee for Form I-130 filed online vs paper, and where is the National Benefits Center? Keep it short."""),
("hard_negative", "case_citation", None,
"""My lawyer cited Obergefell v. Hodges and In re Marriage of Burgess in the brief; explain each in a sentence for a non-lawyer."""),
("hard_negative", "order_numbers", None,
"""Shopify orders #4418, #4419, #4422 and tracking 1Z999AA10123456784, 9400 1000 0000 0000 0000 00; which carrier is which?"""),
("hard_negative", "iep_acronyms", None,
"""Explain these IEP terms: FAPE, LRE, 504 plan, ESY, and what 'least restrictive environment' means, in plain language."""),
("hard_negative", "candle_names", None,
"""Name my new candle scents: Hope, Faith, Grace, Will-o'-the-wisp, Rose Garden. Write a one-line description each."""),
("hard_negative", "secret_family_recipe", None,
"""My grandmother's secret recipe for chicken adobo is a family secret, but I want to sell it. Is a recipe protectable as a trade secret?"""),
("hard_negative", "court_docket_numbers", None,
"""Docket FM-10-004418-26, case no. 26-SC-01177, hearing room 4B. What does the FM prefix mean in New Jersey family court?"""),
("hard_negative", "placeholder_stripe", None,
"""In the Stripe docs the example key is written as sk_test_... with placeholder text like <YOUR_SECRET_KEY>. Where do I put my real key so it isn't in my code?"""),
("hard_negative", "disability_resources", None,
"""List three national organizations that help parents of children with autism, with their public websites only."""),
("hard_negative", "famous_immigrants_kids", None,
"""For my kid's school project on immigration: short paragraph each on Alexander Hamilton, Joseph Pulitzer, Levi Strauss."""),
]
