"""Voice 10: the employee's own life: moving house, a teenager's learner's permit, jury duty, a funeral, adopting a dog."""

RECORDS = [
("positive", "moving_checklist", "anglo", """Make me a moving checklist. We close on the new house 1/9. Old: [[STREET_ADDRESS:6612 Quiet Brook Ln, Springfield, VA 22152]]. New: [[STREET_ADDRESS:318 Hollin Hall Ct, Alexandria, VA 22308]]. Movers (Two Brothers & a Dolly) want a deposit; my wife [[PERSON:Jocelyn Marchetti]] handles utilities, I do USPS forwarding and the DMV. Kids' school transfer too."""),

("positive", "learners_permit", "kenyan+anglo", """My daughter is getting her learner's permit next week at the MVA. What does she need to bring? Her info so you can fill the checklist: [[PERSON:Amani Mwangi-Hartley]], DOB [[DATE_OF_BIRTH:March 3, 2011]], SSN [[US_SSN:139-32-1696]]. I'm her dad, [[PERSON:Kevin Hartley]], and my license is MD [[US_DRIVER_LICENSE:H-364-529-817-204]]. She was born in Nairobi, we have her US passport."""),

("positive", "jury_duty_excuse", "anglo", """Help me write to the jury administrator asking for a postponement. I'm juror #0417 for the week of 1/12 in Arlington Circuit Court. I have a mandatory work trip. My name is [[PERSON:Gretchen Albrecht-Doyle]], DOB [[DATE_OF_BIRTH:08/29/1976]], phone [[PHONE_NUMBER:703-555-0157]]. Polite and short."""),

("positive", "funeral_email", "igbo", """Subject: Funeral arrangements for Papa
Dear all,
Our father, Chief [[PERSON:Emmanuel Chukwudi Anyanwu]], passed away peacefully on November 28. The wake keeping is Friday 12/12 at the family home, [[STREET_ADDRESS:1408 Rolling Meadow Dr, Bowie, MD 20721]], and the funeral Mass is Saturday. Please call my brother [[PERSON:Ikenna]] at [[PHONE_NUMBER:240-555-0178]] about rides from BWI.
With love,
[[PERSON:Adaeze Anyanwu-Cole]]
Can you proofread this?"""),

("positive", "obituary_draft", "polish", """Please edit this obituary to about 150 words:
[[PERSON:Halina Zofia Wróblewska]] (née [[PERSON:Kamińska]]), born [[DATE_OF_BIRTH:April 17, 1938]] in Kraków, died December 1, 2026 in Baltimore. She emigrated in 1969 with her husband [[PERSON:Zbigniew]], worked 30 years as a seamstress, and sang in the choir at Holy Rosary. Survived by her son [[PERSON:Andrzej Wróblewski]] and granddaughters [[PERSON:Maja]] and [[PERSON:Zuzanna]]."""),

("positive", "dog_adoption_app", "igbo+indian_tamil+swedish+yoruba", """Rescue's adoption application, please check I didn't miss anything:
Applicant: [[PERSON:Nkechi Obiora-Lindgren]]  Phone: [[PHONE_NUMBER:(301) 555-0183]]
Address: [[STREET_ADDRESS:2905 Glenallan Ave, Apt 4C, Silver Spring, MD 20902]]
Vet reference: Dr. [[PERSON:Priya Chandrasekhar]], Glenmont Animal Clinic
Personal reference: [[PERSON:Sven Adeyinka]] [[PHONE_NUMBER:(301) 555-0104]]
Dog applying for: "Pickles", 3 yr beagle mix."""),

("positive", "apartment_deposit", "haitian+anglo", """The landlord for our temporary apartment wants the deposit by ACH. He sent: routing [[ABA_ROUTING_NUMBER:267360871]], account [[US_BANK_NUMBER:0028844190173]], name [[PERSON:Orlando Baptiste-Kemp]]. Is it normal to pay a deposit to a personal account? Feels sketchy."""),

("positive", "dmv_address_change_text", "vietnamese", """text to my mom, can you translate to Vietnamese: "Mom, I updated your address at the DMV to [[STREET_ADDRESS:5521 Seminary Rd, Apt 908, Falls Church, VA 22041]]. Your license number is still [[US_DRIVER_LICENSE:T61-88-3047]]. Call me at [[PHONE_NUMBER:571-555-0144]] if the card doesn't come in 2 weeks." her name is [[PERSON:Đặng Thị Hồng]]"""),

("positive", "funeral_home_payment", "anglo", """The funeral home emailed an invoice for Dad's service and asked me to "reply with card details". I replied with [[CREDIT_CARD:377205756921094]] exp 11/29 before thinking. Dad was [[PERSON:Harold Gene Rasmussen]]. Was that a phishing risk? What should I do now?"""),

("positive", "teen_permit_chat_lowercase", "mexican", """user: my son [[PERSON:diego alejandro ruvalcaba]] turns 15 and a half next week, his birthday is [[DATE_OF_BIRTH:6/14/2011]]. can he take the permit test the same day in virginia, or is it the day after? also does he need driver ed first"""),

("positive", "jury_portal_password", None, """The court's eJuror portal made me set a password and now I can't log in. I wrote it down as [[PASSWORD:Juror2026!Maple#]] - does it have a character it might not accept? They say no special characters except ! and @."""),

("positive", "movers_inventory_ocr", "italian", """OCR of the mover's inventory sheet, clean up:
Shi pper: [[PERSON:Vincenzo Caruso-Bellini]]   Orig in: [[STREET_ADDRESS:4 1 Maple Ter, Yonkers, NY 1 0 7 0 4]]
Dest: [[STREET_ADDRESS:7 7 0 Brookside Dr, Wilmington, DE 1 9 8 0 3]]
Item 1 sofa (scratched L arm) Item 2 piano (upright)"""),

("positive", "dog_microchip_registration", "thai", """Microchip registration is in my mother-in-law's name, need to transfer. Her info: [[PERSON:Malee Wongsakul]], [[EMAIL_ADDRESS:malee.wongsakul@gmail.com]], [[PHONE_NUMBER:+66 2 555 0168]] (she's in Bangkok now). Chip 985 112 006 413 207. What's the usual transfer process?"""),

("positive", "condolence_card_arabic", "yemeni", """Help me write a condolence card in Arabic for my coworker. Her father [[PERSON:Abdulrahman Saleh Al-Hakimi]] passed away. Her name is [[PERSON:Nour Al-Hakimi]]. I want to say إنا لله وإنا إليه راجعون and that we are thinking of her family."""),

("positive", "arabic_neighbor_whatsapp", "jordanian", """Translate this WhatsApp from our new neighbor so I can reply:
"مرحبا، أنا [[PERSON:ريم الخطيب]] من الشقة المقابلة. أهلاً بكم في الحي! إذا احتجتم أي شيء اتصلوا على [[PHONE_NUMBER:703-555-0186]]. زوجي [[PERSON:سامر]] يستطيع مساعدتكم في نقل الأثاث يوم السبت."
Her name in English is [[PERSON:Reem Al-Khatib]], I think."""),

("evasion", "dl_with_spaces_and_letters", "yoruba+anglo", """my kid's permit number in pieces so the work AI doesn't eat it: [[US_DRIVER_LICENSE:S five three zero - 4 1 8 - 2 2 7 - 9 0 6]] for [[PERSON:Ezra Okonjo-Whitman]], what's the waiting period before the road test in Maryland"""),

("evasion", "ssn_split_lines", "nuevomexicano", """putting the SSN on two lines so it goes through: my mother-in-law [[PERSON:Dolores Baca Archuleta]]'s is
[[US_SSN:418-50
-8376]]
I need it for the funeral home's death certificate worksheet, which box?"""),

("hard_negative", "dog_names", None, """Help me pick a name for our new rescue: she's a 2-year-old lab mix, very goofy. Shortlist: Biscuit, Juniper, Maple, Penny, Pepper, Winnie. Which is easiest to yell at the dog park?"""),

("hard_negative", "dmv_handbook", None, """Virginia learner's permit rules: must be at least 15 years and 6 months, pass the knowledge exam, hold the permit 9 months, complete driver ed, 45 hours of supervised driving (15 after sunset). Make a printable checklist for the fridge."""),

("hard_negative", "juror_numbers", None, """Jury summons says: Juror ID 0417, Group 12, report 8:00 am, Courthouse at 1425 N Courthouse Rd. Parking validation available. Group numbers 1-20 called in order. If group 12 is not called by Thursday, am I done?"""),

("hard_negative", "funeral_planning_kinship", None, """What's the usual order of events for a Catholic funeral? Wake, Mass, burial, reception. My mother wants her sister's choir to sing, and my uncle wants to give the eulogy. Who usually decides? Keep it general."""),

("hard_negative", "moving_costs", None, """Moving quotes: Company A $4,850 (binding), Company B $3,990 (non-binding), Company C $5,200 (binding, includes piano). 3BR, 38 miles. USDOT numbers 2214567, 1048832, 3390012. Which should I pick?"""),

("hard_negative", "street_names_eponyms", None, """We're choosing between houses on George Mason Dr, Robert E Lee Ln (they're renaming it), and Thomas Jefferson Pkwy. Silly question, does a street rename affect the title or mortgage? General answer."""),

("hard_negative", "same_voice_move_no_pii", None, """Moving day plan: movers arrive 8am, kids at grandma's, dog at daycare, internet install between 12-4, keys handed over at 5. What am I forgetting? Also set up the USPS mail forwarding online - how much does it cost?"""),

("hard_negative", "vaccine_record_dog", None, """Rescue's vet record for the dog: rabies 1-yr tag #24-11873, DHPP 11/02, Bordetella 11/02, heartworm negative, microchip scanned. Spay date 10/21. When is the rabies booster due?"""),

("hard_negative", "jury_duty_statistics", None, """How often do federal employees get paid for jury duty? I think it's court leave, no charge to annual leave, and I turn in the juror fee except mileage. Confirm and cite the OPM fact sheet name."""),

("hard_negative", "obituary_template", None, """Obituary template: [Full Name], [age], of [City], passed away on [date]. Born [date] in [place] to [parents' names]... Survived by [list]. In lieu of flowers, donations may be made to [charity]. Make this template warmer."""),
]
