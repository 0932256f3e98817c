# Voice: the employee's own life: licences, a child's passport, school forms, parents' IDs, moving states
RECORDS = [
("positive", "renew_license_chat", "anglo",
"""User: I'm renewing my Virginia license online and it keeps saying "customer not found". I entered license [[US_DRIVER_LICENSE:V04-18-2937]], last name [[PERSON:Pettigrove]], DOB [[DATE_OF_BIRTH:02/29/1980]].
Assistant: A leap-day birth date is a common cause of lookup problems on some portals. Try entering it exactly as printed on the card, and check whether your licence number starts with a letter or a zero.
User: card says [[DATE_OF_BIRTH:02-29-80]] and the number starts with a V. Still fails."""),

("positive", "child_passport_email_spouse", "iranian",
"""hey, for [[PERSON:Darya]]'s passport appointment tomorrow: her birth certificate says she was born on [[DATE_OF_BIRTH:the twenty-first of March, 2017]] — Nowruz, of course. Bring your license ([[US_DRIVER_LICENSE:F491-728-30-614-5]]) because both parents need ID for the DS-11. I'll bring mine. Appointment at the post office on Federal Hwy at 9:40. We can leave from home at [[STREET_ADDRESS:1418 NE 17th Ct, Fort Lauderdale, FL 33305]] by 9:10.
love, [[PERSON:Kourosh]]"""),

("positive", "school_enrolment_form", "hmong+anglo",
"""KINDERGARTEN REGISTRATION — please print
Child's legal name: [[PERSON:Paj Ntaub Lor-Henderson]]
Child's birthdate (must be 5 by Sept 1): [[DATE_OF_BIRTH:08/30/2021]]
Proof of age provided: ☑ birth certificate ☐ passport
Parent/guardian 1: [[PERSON:Mai Nou Lor]]  ID: MN DL [[US_DRIVER_LICENSE:L218-409-736-185]]
Parent/guardian 2: [[PERSON:Travis Henderson]]
Home address: [[STREET_ADDRESS:1607 Arkwright St, St Paul, MN 55130]]"""),

("positive", "teen_permit_prose", "somali",
"""My daughter [[PERSON:Nasteexo]] just got her learner's permit in Minnesota, number [[US_DRIVER_LICENSE:Q720-184-593-216]]. She was born [[DATE_OF_BIRTH:Jan 9, 2010]] so she can take the road test next winter. Can you make me a practice schedule to log the 50 supervised hours?"""),

("positive", "elderly_parent_state_id", "italian_american",
"""My mom [[PERSON:Concetta Bonaventura]] gave up driving, so we're converting her license to a New York non-driver ID. Her license # is [[US_DRIVER_LICENSE:604 218 937]] and her DOB is [[DATE_OF_BIRTH:11/11/1938]]. She turns 88 this year. Do we need an appointment, and can she bring her Medicare card as a second proof?"""),

("positive", "moving_states_checklist", "kenyan",
"""Moving checklist (TX -> CO):
- [x] new lease, [[STREET_ADDRESS:2250 Kipling St, Unit 310, Lakewood, CO 80215]]
- [ ] surrender TX DL [[US_DRIVER_LICENSE:29184736]] within 30 days
- [ ] CO license appt: bring passport [[US_PASSPORT:A71840293]], SS card, 2 proofs of address
- [ ] update insurance; birthday on policy is wrong (should be [[DATE_OF_BIRTH:14 Feb 1987]], not [[DATE_OF_BIRTH:14 Feb 1978]])
- [ ] register car (VIN 5YJ3E1EA7KF418293)
— [[PERSON:Wanjiru Kamau-Njoroge]]"""),

("positive", "birthday_prose_friend", "polish_american",
"""Help me write a toast. My best friend [[PERSON:Stanisława "Stasia" Wróblewska]]'s birthday is the 3rd of May ([[DATE_OF_BIRTH:3 May 1988]]), which is also Polish Constitution Day, and she turns 38 on Sunday. Keep it short and funny."""),

("positive", "passport_renewal_multiturn", "ghanaian",
"""User: filling DS-82 for renewal. Old passport number [[US_PASSPORT:488217093]], issued 2017. My name is [[PERSON:Akosua Serwaa Boateng]].
Assistant: Great — the DS-82 asks for the most recent passport book number and its issue date.
User: and DOB field, do I write [[DATE_OF_BIRTH:19 October 1979]] or [[DATE_OF_BIRTH:10/19/1979]]?
Assistant: Use the mm/dd/yyyy format: 10/19/1979."""),

("positive", "bday_reminder_spouse_year", "armenian_american",
"""Note to self: [[PERSON:Armen]]'s birthday is [[DATE_OF_BIRTH:Nov 22 (1988)]] — book the restaurant. Also his license expires on his birthday, remind him to renew; CA DL [[US_DRIVER_LICENSE:B8820174]]."""),

("positive", "ordinal_words_dob", "jewish_american",
"""For the synagogue membership form I need to write my son's birth date in English and Hebrew. He was born on the fifteenth of Nisan — the English date is [[DATE_OF_BIRTH:April twenty-third, two thousand sixteen]]. His name is [[PERSON:Eliezer Rosenzweig-Adler]]."""),

("positive", "dmv_appt_confirmation", "samoan",
"""Copy of my DMV confirmation, please add to my calendar:
Appointment: REAL ID — Original
Customer: [[PERSON:LEIATAUA FAAMAUSILI]]
Customer DOB: [[DATE_OF_BIRTH:08/16/1972]]
Current DL/ID: [[US_DRIVER_LICENSE:C7180294]] (CA)
Date/Time: 12/15/2026 10:20 AM
Office: Carson field office"""),

("positive", "nanny_background", "guatemalan+anglo",
"""We're hiring a nanny and the background-check site asks for her details. She sent: [[PERSON:Rosa Elvira Xicará Chávez]], born [[DATE_OF_BIRTH:1/17/1995]], Maryland license [[US_DRIVER_LICENSE:X-620-418-937-205]]. Is it ok to enter this on a third-party site? My husband [[PERSON:Crispin Loveday]] says yes."""),

("positive", "ghana_card_prose", "hausa",
"""My uncle [[PERSON:Abubakar Danjuma Yerima]] is visiting; he was born on [[DATE_OF_BIRTH:1 October 1960]], Nigeria's independence day, which he loves to mention. His passport no. is [[US_PASSPORT:B50918274]]. Can you help me write the invitation letter for his visa?"""),

("evasion", "split_turns_dl", "hmong",
"""User: ok my license number is [[US_DRIVER_LICENSE:S653-7182-
User: 9044]] sorry hit enter early. name [[PERSON:Kou Yang Thao]] WI"""),

("evasion", "words_for_digits_dob", "anglo",
"""my kid's passport form, born [[DATE_OF_BIRTH:oh-seven slash one-four slash twenty-eighteen]] (typing it how she said it lol), her name is [[PERSON:Juniper Haskell]]"""),

("evasion", "dotted_dl", "tongan",
"""Utah license for the carpool form: [[US_DRIVER_LICENSE:1.8.4.0.2.7.3.9.1]] — [[PERSON:Sela Kaufana]]"""),

# hard negatives
("hard_negative", "first_born_prose", None,
"""Parenting question: our first-born is starting kindergarten and the school wants "proof of age". Is a hospital souvenir certificate enough, or do we need the state birth certificate? The school's deadline is March 15."""),

("hard_negative", "birthday_party_planning", None,
"""Planning a surprise 40th for a coworker — no names, it's a surprise! Budget $150, cake from the bakery on 8th St., Friday 3 PM in the 4th-floor break room. Need a card that everyone can sign."""),

("hard_negative", "greeting_card_text", None,
"""Write a funny birthday card message for my brother who is turning 50. He loves fishing and hates getting older. Keep it under 30 words."""),

("hard_negative", "dmv_hours", None,
"""What are the hours for the Maryland MVA in Glen Burnie? I think it's 8:30 to 4:30 weekdays. I need to renew before my license expires on the 30th, and my appointment confirmation number is MVA-4418203."""),

("hard_negative", "passport_fee_question", None,
"""How much does it cost to renew a passport and a passport card together by mail? I think it's $130 + $30. Also is the DS-82 still allowed if my old one was issued when I was 15?"""),

("hard_negative", "historical_birthday_kid_homework", None,
"""Help my son with his homework: "Martin Luther King Jr. was born on January 15, 1929, in Atlanta. Write three sentences about why we celebrate MLK Day." He's in 3rd grade."""),

("hard_negative", "anniversary_reminder", None,
"""Reminder: our wedding anniversary is June 14 — 15 years! Also the dog's adoption day is Oct 3. Book the cabin by Jan 31."""),

("hard_negative", "born_digital_photos", None,
"""How do I organise 20 years of born-digital family photos? Folder by year (2006-2026), then by event. Our oldest was born in the first year we had a digital camera, so 2006 is huge."""),

("hard_negative", "car_registration", None,
"""Renewing my car registration: plate 8KRT419, registration expires 01/31/2027, renewal fee $46. The notice number is 4418-2093-7711. Smog check done at station #TB418."""),

("hard_negative", "boston_born_bio", None,
"""Edit my kid's school bio: "I'm a Boston-born fourth grader who loves robots and soccer. My birthday is in the summer, so I'm one of the youngest in class." Make it sound less formal."""),

("hard_negative", "license_points_question", None,
"""If I get a speeding ticket in Pennsylvania with my Virginia license, do points transfer? The ticket citation number is P4418203-7 and the court date is 01/12/2027. The officer wrote "DL ON FILE"."""),

("hard_negative", "kid_age_math", None,
"""Quick math: if a child has to be 4 on or before September 1 to start pre-K, and the school year starts in August 2027, what birth year range qualifies? Just the rule, no specific kid."""),

("hard_negative", "birthday_month_poll", None,
"""Team poll for the birthday-cake calendar: which month is your birthday? (month only, no dates please) Jan ▢ Feb ▢ Mar ▢ Apr ▢ May ▢ Jun ▢ Jul ▢ Aug ▢ Sep ▢ Oct ▢ Nov ▢ Dec ▢"""),
]
