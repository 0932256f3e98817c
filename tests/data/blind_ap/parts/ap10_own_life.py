# Voice ap10: the employee's own life -- a father in hospice, a son's enlistment paperwork, an elderly neighbour's
# gift-card scam, a homeschool co-op, a car-accident injury claim


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "hospice_email_siblings", "anglo",
"""Help me write this more gently to my siblings:
"[[PERSON:Corinna]], [[PERSON:Bart]] – the hospice nurse ([[PERSON:Gwyneth Albright]], [[PHONE_NUMBER:(540) 555-0131]]) says Dad is declining faster. [[PERSON:Dad]] ([[PERSON:Harold Eugene Whitsett]]) is asking for the two of you. The hospice is at [[STREET_ADDRESS:1200 Blue Ridge Hospice Way, Winchester, VA 22601]]. Please come this weekend if you can.\"""".replace("[[PERSON:Dad]]", "Dad")),

("positive", "hospice_advance_directive", "anglo",
"""I'm filling out the hospice intake form for my father, which of these fields do they really need?
Patient: [[PERSON:Harold E. Whitsett]]
DOB: [[DATE_OF_BIRTH:September 4, 1941]]
Medicare/SSN: [[US_SSN:105-06-6765]]
Health care agent: [[PERSON:Daniel Whitsett]] (son) [[PHONE_NUMBER:540-555-0199]]
Alternate agent: [[PERSON:Corinna Whitsett-Lyle]]"""),

("positive", "enlistment_paperwork", "anglo+filipino",
"""My son's Army recruiter wants these on the forms, is it normal to email them? Recruiter is SSG [[PERSON:Rommel Capistrano]], [[EMAIL_ADDRESS:rommel.capistrano.mil@army.example.mil]].
Applicant: [[PERSON:Tristan Daniel Whitsett]]
DOB: [[DATE_OF_BIRTH:02/27/2008]]
SSN: [[US_SSN:401-61-2082]]
Passport: [[US_PASSPORT:587442190]]
MEPS date 01/21/2027"""),

("positive", "enlistment_text_son", "filipino",
"""My son texted me this, can you explain what a DEP/DTP ship date and the DD 4 are?
"mom [[PERSON:SSG Capistrano]] says I need my birth cert and SS card for MEPS, also my DL number [[US_DRIVER_LICENSE:U48-20-7713]] he already has. ship date might be june\"""".replace("[[PERSON:SSG Capistrano]]", "SSG [[PERSON:Capistrano]]").replace('"anglo",', '"filipino",', 1)),

("positive", "neighbor_gift_card_scam", "anglo+lithuanian",
"""My elderly neighbor [[PERSON:Mrs. Aldona Petrauskienė]] got scammed – someone pretending to be from "Medicare" had her buy $1,500 in gift cards. Help me write a report for the police. Her address: [[STREET_ADDRESS:45 Linden St, Shenandoah, PA 17976]], phone [[PHONE_NUMBER:570-555-0164]]. The scammer called from [[PHONE_NUMBER:(888) 555-0122]] and said his name was "[[PERSON:Kevin Marsh]]".""".replace("[[PERSON:Mrs. Aldona Petrauskienė]]", "Mrs. [[PERSON:Aldona Petrauskienė]]")),

("positive", "neighbor_card_dispute", "lithuanian",
"""She also paid part with her credit card, so I'm helping dispute it. Draft the bank letter:
Cardholder: [[PERSON:Aldona Petrauskienė]]
Card: [[CREDIT_CARD:5202 2806 2923 8489]]
Charges on 11/28/2026: $500 at a pharmacy gift-card counter, twice."""),

("positive", "homeschool_coop_roster", "anglo+nigerian+mexican", L(
"""Homeschool co-op roster for the spring term, make a phone tree:
Family;Parent;Phone;Kids
Abernathy-Cole;Joy Abernathy-Cole;(540) 555-0119;2
Okonjo;Adaeze Okonjo;(540) 555-0146;3
Villarreal;Rich Villarreal;(540) 555-0183;1""",
("PERSON", "Joy Abernathy-Cole"), ("PHONE_NUMBER", "(540) 555-0119"), ("PERSON", "Adaeze Okonjo"), ("PHONE_NUMBER", "(540) 555-0146"),
("PERSON", "Rich Villarreal"), ("PHONE_NUMBER", "(540) 555-0183")).replace("\nAbernathy-Cole;", "\n[[PERSON:Abernathy-Cole]];").replace("\nOkonjo;", "\n[[PERSON:Okonjo]];").replace("\nVillarreal;", "\n[[PERSON:Villarreal]];")),

("positive", "coop_email_quoted", "anglo+korean",
"""Subject: RE: Co-op science fair

Sounds good [[PERSON:Young-mi]]! I can host at our house, [[STREET_ADDRESS:309 Orchard Hill Rd, Stephens City, VA 22655]].
> From: [[PERSON:Shin Young-mi]] <[[EMAIL_ADDRESS:youngmi.shin.homeschool@gmail.com]]>
> Can someone host the science fair on March 6? We have 14 kids."""),

("positive", "accident_claim_letter", "anglo+hispanic",
"""Help me write a demand letter to the other driver's insurer:
Claimant: [[PERSON:Daniel Whitsett]]
Insured driver: [[PERSON:Leandro Ferreyra Olmedo]]
Claim no. 0447-21-88913
Date of accident: 10/14/2026, Route 7 and Valley Ave, Winchester VA
Injuries: whiplash, 8 weeks PT. Medical bills $6,240. Adjuster: [[PERSON:Tamsin Garrow]], [[PHONE_NUMBER:800-555-0143]] ext 2210"""),

("positive", "accident_witness_voicemail", "jamaican",
"""Transcribe/clean this voicemail from the witness so I can send it to my lawyer:
"Hi, this is [[PERSON:Everton Brissett]], I saw the accident on Route 7 in October, the silver truck ran the red. You can reach me at [[PHONE_NUMBER:540 555 0108]], I live at [[STREET_ADDRESS:82 Cedar Creek Grade, Winchester, VA 22602]] if the lawyer needs to send something.\""""),

("positive", "pt_bill_payment", "anglo",
"""The PT clinic wants payment by bank draft, is this form safe to fill?
Patient: [[PERSON:Daniel J. Whitsett]]
Bank account: [[US_BANK_NUMBER:448120937715]]
Routing: [[ABA_ROUTING_NUMBER:111529933]]
Amount: $1,180.00"""),

("positive", "hospice_portal_password", None,
"""so I remember: the hospice family portal is family.bluerideghospice.example, login dwhitsett, my password is [[PASSWORD:DadsGarden!1941]]. Write me a note to share access with my sister without giving her my password."""),

("positive", "obituary_draft", "anglo+irish",
"""Draft an obituary: [[PERSON:Harold Eugene "Hal" Whitsett]], born [[DATE_OF_BIRTH:September 4, 1941]] in Front Royal, retired rural mail carrier, survived by his children [[PERSON:Daniel]], [[PERSON:Corinna]] and [[PERSON:Bartholomew]], and grandson [[PERSON:Tristan]]. Preceded in death by his wife [[PERSON:Maureen Kehoe Whitsett]]. Service at St. John's."""),

("evasion", "gift_card_numbers_spaced", "lithuanian",
"""The scammer had my neighbor [[PERSON:Aldona]] read him the card on the back of one of the cards. She wrote it down like this: [[CREDIT_CARD:6 0 1 1 - 4 9 8 3 - 9 5 1 2 - 4 1 6 7]]. Is it a credit card or a gift card number?"""),

("evasion", "ssn_words_text", None,
"""son sent his social by text in words so "nobody can read it": [[US_SSN:four oh one, six one, two oh eight two]] – is this actually safer? (it's for the recruiter)"""),

("evasion", "phone_leet", "anglo",
"""the hospice chaplain's cell, from a sticky note: [[PHONE_NUMBER:54O-5S5-Ol77]] (my handwriting). Chaplain is [[PERSON:Rev. Obadiah Streeter]], can you write a thank-you text?""".replace("[[PERSON:Rev. Obadiah Streeter]]", "Rev. [[PERSON:Obadiah Streeter]]")),

("hard_negative", "hospice_general", None,
"""What does Medicare's hospice benefit cover vs. what the family pays? My dad is on hospice at home. Also what is a DNR vs a POLST in Virginia? General info please."""),

("hard_negative", "enlistment_general", None,
"""What's the difference between the Delayed Entry Program and the Delayed Training Program? What does MEPS check, and what's on DD Form 4 and SF 86? No personal info, just explain."""),

("hard_negative", "scam_public_reporting", None,
"""Where should my neighbor report a gift-card scam? I found: FTC at ReportFraud.ftc.gov, the FBI's IC3 at ic3.gov, and the AARP Fraud Watch Helpline 877-908-3360. Put these in a large-print note for her fridge."""),

("hard_negative", "same_shape_no_pii", None,
"""Homeschool co-op schedule for the spring term, make a phone tree order:
Group;Lead family;Subject;Kids
A;(family 1);Science;5
B;(family 2);History;6
C;(family 3);Art;4"""),

("hard_negative", "kinship_words", None,
"""How do I tell my son, my sister and my brother-in-law that Grandpa's hospice nurse thinks it's days now? Give me a few gentle openings. Dad would want us all there."""),

("hard_negative", "claim_numbers", None,
"""Insurance claim 0447-21-88913, policy PA-771-204-5530, police report 2026-011482. Which one do I reference in the demand letter? The claim one looks like a phone number lol."""),

("hard_negative", "homeschool_curriculum", None,
"""Plan a 6-week history unit for the co-op: Harriet Tubman, Frederick Douglass, Sacagawea, and Lewis and Clark. Ages 9–12, one activity per week."""),

("hard_negative", "gift_card_prose", None,
"""Write a short explainer for seniors: no government agency, including Medicare or the IRS, will ever ask you to pay with gift cards or to read the numbers on the back over the phone. If someone does, hang up."""),

("hard_negative", "places_like_names", None,
"""Route for the co-op field trip: Front Royal to Luray Caverns, then lunch in New Market, back via Strasburg and Middletown. How long is that drive?"""),

("hard_negative", "accident_general", None,
"""In Virginia, what's the statute of limitations for a personal-injury claim from a car accident, and does contributory negligence really bar recovery? General info, I'll see a lawyer."""),
]
