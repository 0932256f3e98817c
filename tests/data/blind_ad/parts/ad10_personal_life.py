# Voice 10: the employee's own life - wedding abroad, sibling's green card, car loan, HOA dispute, kid's college visits.
RECORDS = [
("positive", "wedding_abroad_docs", "swedish_american+cebuano",
"""We're getting married in Cebu in April. What documents does the Philippine civil registrar need for a foreigner? My details:
me: [[PERSON:Garrett Lindholm]], DOB [[DATE_OF_BIRTH:July 11, 1990]], US passport [[US_PASSPORT:641029385]]
fiancée: [[PERSON:Maria Luisa Cabahug]], DOB [[DATE_OF_BIRTH:February 2, 1993]], from Mandaue City
Her mom [[PERSON:Teresita Cabahug]] says we need a "Certificate of Legal Capacity to Contract Marriage" from the embassy?"""),

("positive", "sibling_green_card", "salvadoran",
"""My sister's I-130 has been pending forever. Can you help me write an e-Request / congressional inquiry letter?
Petitioner (me, US citizen): [[PERSON:Claudia Patricia Renderos]]
Beneficiary: [[PERSON:Yanira Elizabeth Renderos]], DOB [[DATE_OF_BIRTH:14/05/1987]], lives in San Miguel, El Salvador
Receipt: [[USCIS_RECEIPT_NUMBER:IOE0918843307]]
Filed Feb 2019 (F4 category). Priority date 02/11/2019.
My address: [[STREET_ADDRESS:8811 Piney Branch Rd, Apt 1204, Silver Spring, MD 20903]]"""),

("positive", "car_loan_application", "anglo",
"""Double-check my car loan application before I submit it at the credit union website:
Name: [[PERSON:Shannon Kilbride]]
SSN: [[US_SSN:219-48-7762]]
DOB: [[DATE_OF_BIRTH:10/29/1985]]
Employer: DHS (GS-12), 7 yrs
Direct deposit acct: [[US_BANK_NUMBER:4471029183]], routing [[ABA_ROUTING_NUMBER:059193926]]
Vehicle: 2023 Subaru Outback, $27,400, 60 months
Does a 742 credit score get me their best rate?"""),

("positive", "hoa_dispute_letter", "anglo+bengali+italian+yoruba",
"""Help me write a firm but polite letter to the HOA board. Facts:
- I live at [[STREET_ADDRESS:14 Quail Run Ct, Stafford, VA 22554]]
- The board president [[PERSON:Doug Pemberton]] fined me $250 for my shed, but [[PERSON:Priya Chakraborty]] at [[STREET_ADDRESS:16 Quail Run Ct]] has the exact same shed and wasn't fined
- The architectural committee (chair: [[PERSON:Lorraine Vitale]]) approved my shed in writing on 5/3/2024
Sign it [[PERSON:Marcus Ayodele]]"""),

("positive", "college_visit_itinerary", "korean",
"""Planning college visits with my daughter over spring break. Make an itinerary: Pitt (Mon), Penn State (Tue), Case Western (Wed). Her info for the registrations:
[[PERSON:Hannah Seo-Jin Lim]], DOB [[DATE_OF_BIRTH:2008-03-05]], [[EMAIL_ADDRESS:hannahlim2026@gmail.com]], cell [[PHONE_NUMBER:(571) 555-0124]]
Parent: [[PERSON:Daniel Lim]], same address"""),

("positive", "credit_card_dispute", "anglo+portuguese",
"""The venue in Portugal double-charged our deposit. Write a dispute letter to the card company:
Card: [[CREDIT_CARD:4212 2544 1019 9524]]
Cardholder: [[PERSON:Rebecca Ashdown-Pryce]]
Charge: €3,200 on 9/14 and again 9/15 from "Quinta do Vale Lindo, Sintra"
Venue contact: [[PERSON:Inês Carvalho]], [[PHONE_NUMBER:+351 21 555 0142]]"""),

("positive", "fafsa_help", "mexican",
"""FAFSA is asking weird questions. My son [[PERSON:Mateo Arellano]], born [[DATE_OF_BIRTH:1 de noviembre de 2007]], SSN [[US_SSN:617-30-4418]]. My SSN is [[US_SSN:617-11-2093]] and my husband [[PERSON:Rigoberto Arellano]] doesn't have one (he has an ITIN [[US_ITIN:955-81-3307]]). How does he sign as a contributor without an SSN?"""),

("positive", "wedding_guest_list", "igbo+yoruba+anglo",
"""RSVP tracker for the wedding in Lagos, tell me how many confirmed and which side:
[[PERSON:Chukwudi Eze]] - groom's side - yes (+1 [[PERSON:Amaka Eze]])
[[PERSON:Bolanle Fashola-Ade]] - bride's side - yes
[[PERSON:Kevin Strathmore]] - groom's side (work) - maybe
[[PERSON:Folake Adeleke-Cole]] - bride's side - no
[[PERSON:Tunde Bakare-Jones]] - bride's side - yes (+1)
Aso-ebi orders go to my aunt [[PERSON:Funmilayo Ogunbiyi]], [[PHONE_NUMBER:+234 803 555 0127]]"""),

("positive", "sibling_nvc_email", "ukrainian",
"""Translate my brother's email from Ukrainian and tell me what NVC step he's at:
"Привіт, це [[PERSON:Андрій Кравченко]]. Мені прийшов лист від NVC, номер справи KIV2025712044. Мій паспорт [[US_PASSPORT:FP508821]]. Дата народження [[DATE_OF_BIRTH:17.09.1991]]. Що робити далі?"
"""),

("positive", "tax_preparer_message", "vietnamese",
"""My tax preparer wants these, is it safe to send over their portal or should I call? Draft a message asking about their security:
- my SSN [[US_SSN:583-26-1194]] and my wife [[PERSON:Phan Thu Quyen]]'s SSN [[US_SSN:583-26-1207]]
- kids [[PERSON:Liam Nguyen]] and [[PERSON:Ava Nguyen]]
- 1099 from the HOA refund"""),

("positive", "hoa_email_thread", "anglo+basque",
"""Summarize this HOA email thread, who's right?

From: [[PERSON:Gail Merriden]] <[[EMAIL_ADDRESS:gmerriden.hoa@gmail.com]]>
"The fence at [[STREET_ADDRESS:22 Quail Run Ct]] exceeds 6 ft. Please remove within 30 days."

From: [[PERSON:Tomás Irigoyen]] <[[EMAIL_ADDRESS:tirigoyen@verizon.net]]>
"It's 6 ft on my side; your survey measured from the low side of the swale."
"""),

("positive", "dmv_transfer", "anglo",
"""Moving my daughter's car title to her name before she goes to college. Virginia DMV form VSA 17A, what goes where?
Seller: [[PERSON:Kathleen Marsh]], DL [[US_DRIVER_LICENSE:T63-71-0458]]
Buyer: [[PERSON:Emily Marsh]], DOB [[DATE_OF_BIRTH:06/12/2007]]
Odometer 48,112. Gift, no sale price."""),

("positive", "loan_autopay_screenshot", "anglo",
"""The credit union autopay screen says "invalid routing number" -- I typed: routing [[ABA_ROUTING_NUMBER:060945626]], account [[US_BANK_NUMBER:0009318842207]]. Is the routing number for a different state? Name on account [[PERSON:Shannon M. Kilbride]]."""),

("positive", "apartment_abroad", "portuguese",
"""Need a short rental agreement in English and Portuguese for the Airbnb in Lisbon for the wedding guests. Host: [[PERSON:João Miguel Fonseca]], [[STREET_ADDRESS:Rua dos Remédios 47, 2º Esq., 1100-444 Lisboa]], NIF 248 771 093. Dates 18-25 April."""),

# evasions
("evasion", "ssn_in_words", "anglo",
"""for the loan app I'll type my social in words so it doesn't get flagged: [[US_SSN:two one nine, four eight, seven seven six two]]. can you format it the way the form wants (xxx-xx-xxxx)?"""),

("evasion", "card_spaced_zero_width", "anglo",
"""wedding florist wants payment by card over email, here it is: [[CREDIT_CARD:4883\u200b0366\u200b2333\u200b6995]] exp 08/28 -- is it risky to email this? I broke up the number with invisible chars"""),

("evasion", "name_across_turns", "igbo",
"""User: my sister-in-law's first name is [[PERSON:Ng
User: ozi]], last name [[PERSON:Ezenwachi]]
User: put "[[PERSON:Ngozi Ezenwachi]]" on the place card, and the groom's mom is [[PERSON:Ch-i-n-w-e Ezenwachi]] ok?"""),

# hard negatives
("hard_negative", "wedding_planning", None,
"""Help me plan a destination wedding timeline: 12 months out book venue, 9 months send save-the-dates, 6 months book flights, 3 months final headcount, 1 month confirm vendors. We're thinking Sintra or the Algarve. Budget €30,000 for 80 guests."""),

("hard_negative", "green_card_general", None,
"""Explain the F4 visa category (siblings of US citizens) and why the wait can be 15+ years for some countries. What's the difference between the Dates for Filing and Final Action Dates charts in the Visa Bulletin?"""),

("hard_negative", "car_loan_math", None,
"""Car loan math: $27,400 at 5.49% APR for 60 months vs 72 months. What's the monthly payment and total interest for each? Also compare with paying $10,000 down."""),

("hard_negative", "hoa_bylaws", None,
"""Our HOA bylaws say: "Section 7(c): No fence shall exceed six (6) feet in height measured from finished grade. Section 7(d): Accessory structures require prior written approval of the Architectural Review Committee." Does 7(c) mean from my side or the average grade?"""),

("hard_negative", "college_list", None,
"""Compare Pitt, Penn State, Case Western and Virginia Tech for a kid interested in biomedical engineering: acceptance rate, in-state vs out-of-state tuition, co-op programs. Table please."""),

("hard_negative", "same_shape_loan", None,
"""Double-check my car loan checklist before I go to the credit union:
- pay stubs (last 2)
- proof of address (utility bill)
- driver's license
- insurance card
- trade-in title
Does a 742 credit score usually get the best tier?"""),

("hard_negative", "family_words", None,
"""How do I address the wedding invitation envelopes for: my grandma, my aunt and uncle, my cousin and her wife, my dad and stepmom, and my brother's family with three kids? Traditional etiquette please."""),

("hard_negative", "portuguese_text", None,
"""Traduza para inglês: "Os noivos agradecem a presença de todos. O jantar será servido às 20h na Quinta, e o transporte de regresso a Lisboa sai às 01h00 da entrada principal." """),

("hard_negative", "zip_plus4_order", None,
"""Wedding favors order confirmation: Order #114-3310872-4418803, ships to ZIP 22554-7130, tracking 1Z 999 AA1 01 2345 6784 (sample from the site). When should I expect it?"""),

("hard_negative", "secret_recipe", None,
"""My mother-in-law's "secret" jollof recipe for 80 guests -- scale this: 4 cups rice, 6 tomatoes, 2 red bell peppers, 1 scotch bonnet, 2 onions, 1/2 cup oil, 2 tsp curry, 2 tsp thyme, 2 bay leaves, stock cubes. It's confidential family stuff lol."""),
]
