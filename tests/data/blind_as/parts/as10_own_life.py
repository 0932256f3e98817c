# Voice 10: the employee's own life: grandmother's estate in probate, son's driving school, dental bill,
# property-tax appeal, aunt's home-care agency
RECORDS = [
("positive", "probate_petition_help", "lebanese",
"""Can you help me fill out the petition for probate? My grandmother [[PERSON:Wadad Boutros Haddad]] passed in October. Her DOB was [[DATE_OF_BIRTH:February 13, 1931]], SSN [[US_SSN:219-44-7053]], last address [[STREET_ADDRESS:3318 Oakhurst Dr, Toledo, OH 43614]]. The will names my uncle [[PERSON:Elias Haddad]] as executor but he lives in Beirut, so my mom [[PERSON:Nadia Haddad Ruiz]] might serve instead."""),

("positive", "estate_bank_email", "lebanese+anglo",
"""From: [[PERSON:Nadia Haddad Ruiz]] <[[EMAIL_ADDRESS:nadia.hruiz58@webmail.com]]>
To: me
Subject: estate account

Mija, the bank opened the estate account. Routing [[ABA_ROUTING_NUMBER:050755994]], account [[US_BANK_NUMBER:7390014582]]. The attorney, [[PERSON:Mr. Kessler]], says don't pay any of Teta's bills from your own card anymore.
Love, Mom""".replace("[[PERSON:Mr. Kessler]]", "Mr. [[PERSON:Vandermolen]]")),

("positive", "driving_school_enrolment", "mexican",
"""Filling out my son's driving school enrollment online, it wants all this, is this normal?
Student: [[PERSON:Santino Ruiz Haddad]]   DOB: [[DATE_OF_BIRTH:03/09/2010]]
Learner's permit #: [[US_DRIVER_LICENSE:RH412709]]
Parent/guardian: [[PERSON:Javier Ruiz]]   Cell: [[PHONE_NUMBER:419-555-0136]]
Card on file: [[CREDIT_CARD:4695 9971 8962 1310]]  exp 08/29"""),

("positive", "dental_bill_dispute", "hispanic+anglo+hungarian",
"""Help me write a dispute letter. The dental office billed me $1,240 for a crown (CDT D2740) that insurance already paid. Patient: me, [[PERSON:Lucía Ruiz]], DOB [[DATE_OF_BIRTH:7/14/86]]. Member ID is on the card. Office manager is [[PERSON:Brenda Tolliver]], [[PHONE_NUMBER:(419) 555-0178]]. The dentist is [[PERSON:Dr. Raymond Szabo]].""".replace("[[PERSON:Dr. Raymond Szabo]]", "Dr. [[PERSON:Raymond Szabo]]")),

("positive", "property_tax_appeal", "hispanic",
"""BOARD OF REVISION – COMPLAINT AGAINST VALUATION
Owner: [[PERSON:Javier A. Ruiz]] and [[PERSON:Lucía M. Ruiz]]
Property address: [[STREET_ADDRESS:5607 Whitewood Ln, Sylvania, OH 43560]]
Parcel: 78-40213   Tax year 2026
Owner's opinion of value: $248,000 (county: $291,500)
Phone: [[PHONE_NUMBER:419-555-0136]]  Email: [[EMAIL_ADDRESS:lucia.ruiz.toledo@inboxmail.com]]
Please make my 'reason for complaint' paragraph sound more professional."""),

("positive", "home_care_agency_text", "kenyan+lebanese",
"""text from the home care agency: "Hi, this is [[PERSON:Wairimu]] from Gentle Hands Home Care. Your aunt [[PERSON:Siham]]'s new caregiver starting Monday is [[PERSON:Faith Achieng Odhiambo]]. If you have questions call our scheduler [[PERSON:Precious]] at [[PHONE_NUMBER:419-555-0192]]." — can you help me write back asking for the caregiver's background check?"""),

("positive", "home_care_contract_excerpt", "lebanese",
"""From the agency contract, does this look fair?
"Client: [[PERSON:Siham Haddad Khoury]], DOB [[DATE_OF_BIRTH:22 Aug 1949]], residing at [[STREET_ADDRESS:1120 Glendale Ave, Apt 6, Toledo, OH 43614]]. Responsible party: [[PERSON:Lucía Ruiz]] (niece). Hourly rate $31.50, minimum 4 hours per visit, 14 days' notice to cancel."""),

("positive", "bank_password_prose", "hispanic",
"""Note to myself before I forget (pasting here to make a to-do list): Teta's online banking — user wbhaddad31, password [[PASSWORD:Cedars&Olives1931]] — Mom says we have to close it after the court gives us letters. Also cancel her Medicare supplement and the newspaper."""),

("positive", "spanish_cousin_message", "mexican",
"""Mi prima me mandó esto, ¿me ayudas a responder? "Oye, para la cuenta de la escuela de manejo de [[PERSON:Santino]] usa mi correo [[EMAIL_ADDRESS:yadira.ruizprima@correomx.com]], la contraseña es [[PASSWORD:Santino2010manejo!]]. Y dile a tu mamá que [[PERSON:Tía Chela]] manda saludos." """.replace("[[PERSON:Tía Chela]]", "Tía [[PERSON:Chela]]")),

("positive", "estate_inventory_table", "lebanese",
"""Inventory for the probate court, please total it:
| item | value |
|---|---|
| House at [[STREET_ADDRESS:3318 Oakhurst Dr, Toledo, OH 43614]] | 162,000 |
| Checking at Maumee Savings (acct [[US_BANK_NUMBER:2208716640]]) | 14,310.22 |
| 2009 Buick, title in name of [[PERSON:Wadad B. Haddad]] | 3,200 |
| Jewelry (appraised) | 2,750 |"""),

("positive", "driving_instructor_vm", "punjabi",
"""voicemail: "Hello, this is [[PERSON:Harnoor]] from Maumee Valley Driving Academy, calling for the parent of [[PERSON:Santino Ruiz]]. His behind-the-wheel lesson with instructor [[PERSON:Gurvinder Bains]] moved to Saturday 9 AM. Please call back at [[PHONE_NUMBER:419-555-0115]]. Thank you." """),

("positive", "aunt_medicaid_waiver_form", "lebanese",
"""Helping my aunt with the home-care waiver application. Section A:
Applicant: [[PERSON:KHOURY, SIHAM H.]]
SSN: [[US_SSN:270 38 6614]]
DOB: [[DATE_OF_BIRTH:08-22-1949]]
Authorized representative: [[PERSON:RUIZ, LUCIA M.]], [[PHONE_NUMBER:419-555-0136]]
What goes in 'living arrangement'?"""),

("evasion", "card_in_words", "anglo",
"""the dental office's payment portal rejects my card, I'm reading it to them over chat as words: [[CREDIT_CARD:five three six nine, nine two six two, two three six zero, nine six five two]] exp 11/28. is that safe lol"""),

("evasion", "ssn_zero_width", "lebanese",
"""the probate form field for the decedent SSN: [[US_SSN:219\u200b44\u200b7053]] (copied from Teta's old Medicare letter PDF, not sure why it won't validate)"""),

("evasion", "split_routing_two_texts", None,
"""me → Mom (1): what's the routing for the estate acct, the title company needs it
Mom → me (2): [[ABA_ROUTING_NUMBER:0507
Mom → me (3): 55994]] sorry it sent early"""),

("hard_negative", "probate_process_prose", None,
"""What's the difference between letters of authority and letters testamentary in Ohio? How long does release from administration take for an estate under $100,000? Also, is the executor's bond required if the will waives it? General answer, no specifics."""),

("hard_negative", "will_as_word", None,
"""The Last Will and Testament says "I leave my hope chest to my eldest granddaughter and my rich walnut dining set to whichever grandchild will use it." Is "whichever grandchild will use it" enforceable, or too vague? Rewrite the clause clearly."""),

("hard_negative", "dental_codes_invoice", None,
"""Dental statement lines: D0120 periodic eval $58; D1110 prophylaxis $112; D2740 crown porcelain $1,240; D0274 bitewings $71. Invoice 4471-0932-18, statement date 11/30. Insurance paid $868.00. What do I actually owe?"""),

("hard_negative", "tax_appeal_comparables", None,
"""Comparable sales for my appeal: 5611 Whitewood sold $241,000 (3/2026, 1,840 sq ft); 5520 Birchcrest $252,500 (6/2026, 1,910 sq ft); 5702 Whitewood $238,900 (8/2026, 1,795 sq ft). Price per square foot for each and the average, please."""),

("hard_negative", "driving_school_schedule", None,
"""Driving school schedule: classroom sessions 1–8 (Tue/Thu 6–8 PM), behind-the-wheel lessons 1–4 (Saturdays). Course fee $449, course code DE-24-118. Certificate issued after 24 classroom hours and 8 driving hours. Put this into a calendar for December and January."""),

("hard_negative", "kinship_caregiver_prose", None,
"""My aunt wants her niece (me) and her brother to both be on the agency's contact list, but her daughter-in-law objects. Can a home-care agency have two responsible parties? What should the care plan say about who gets called first?"""),

("hard_negative", "public_office_numbers", None,
"""The county Board of Revision filing deadline is March 31; forms are on the county auditor's website, and the Ohio Department of Taxation has a general taxpayer line. Help me make a checklist of what to bring to the hearing."""),

("hard_negative", "grief_message", None,
"""Help me write a short thank-you for the sympathy cards after my grandmother's funeral. She was a seamstress, loved fig jam, and called everyone "habibi". Warm, not too formal, three sentences."""),

("hard_negative", "place_names", None,
"""Comparing home care agencies in Sylvania, Maumee, Perrysburg and Ottawa Hills. Rates: $29, $31.50, $33, $35 per hour. Minimums 3 or 4 hours. Make a comparison table and note that Ottawa Hills charges mileage."""),

("hard_negative", "example_form_placeholder", None,
"""The driving school's sample form shows "Student: John Sample, DOB 01/01/2000, Permit #: XX000000" as an example. Do I need to give them his actual permit number before the first class, or only at the road test?"""),

("positive", "estate_tax_id_ssa_letter", "lebanese",
"""Draft a letter to Social Security reporting the death and asking them to stop the deposit into her account:
Deceased: [[PERSON:Wadad Boutros Haddad]]   DOB: [[DATE_OF_BIRTH:02/13/1931]]   SSN: [[US_SSN:219-44-7053]]
Bank: Maumee Savings, acct [[US_BANK_NUMBER:1007742319]]
Reporting person: [[PERSON:Nadia Haddad Ruiz]], daughter, [[PHONE_NUMBER:419-555-0161]]"""),
]
