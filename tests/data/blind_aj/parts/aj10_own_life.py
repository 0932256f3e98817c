# Voice 10: The employee's own life: a child's daycare enrollment, a vet bill, a timeshare
# cancellation, a high-school reunion committee, a new job for a spouse.

RECORDS = [
    ("positive", "daycare_enrollment", "navajo+jamaican", """Filling out the daycare enrollment packet on my lunch break, can you check I haven't left anything out?

Child: [[PERSON:Kaiya Begay-Thompson]]   DOB: [[DATE_OF_BIRTH:April 9, 2024]]
Parent 1: [[PERSON:Shandiin Begay]]   cell [[PHONE_NUMBER:(505) 555-0178]]
Parent 2: [[PERSON:Omari Thompson]]   cell [[PHONE_NUMBER:(505) 555-0193]]
Home: [[STREET_ADDRESS:4117 Montgomery Blvd NE Apt 22, Albuquerque, NM 87109]]
Pediatrician: Dr. [[PERSON:Chidinma Okereke-Ibe]], Lovelace Pediatrics
Allergies: none known. Napping: yes, with a blanket from home."""),

    ("positive", "authorized_pickup", "trinidadian+anglo", """Authorized pickup list for the daycare, they want DL numbers. Make it a neat table:
[[PERSON:Indira Ramcharan]] (grandmother) – MD DL [[US_DRIVER_LICENSE:R-652-417-839-204]]
[[PERSON:Dev Ramcharan-Whitley]] (uncle) – VA DL [[US_DRIVER_LICENSE:T71048293]]
[[PERSON:Courtney Whitley]] (me) – MD DL [[US_DRIVER_LICENSE:W-300-918-452-771]]"""),

    ("positive", "subsidy_application", "cameroonian", """Childcare subsidy application asks for the child's SSN — is that actually required or optional? Here's what I filled:
Child: [[PERSON:Ngum Fomukong Tabi]], SSN [[US_SSN:146-39-7725]], DOB [[DATE_OF_BIRTH:2023-10-28]]
Parent: [[PERSON:Ebenezer Tabi Nkwain]], employer DHS, household size 3"""),

    ("positive", "vet_bill_dispute", "anglo", """Help me write a polite but firm email to the vet about the bill. Bella (our lab) had a dental cleaning quoted at $480 and they charged $1,260 because they pulled 3 teeth without calling. They charged my card [[CREDIT_CARD:5580 8548 0958 7378]] already. The vet was Dr. [[PERSON:Halvorsrud]], office manager [[PERSON:Tammy Sorrells]]. I'm [[PERSON:Gwen Harrow]], account under [[PERSON:Gwendolyn Harrow]], phone [[PHONE_NUMBER:540-555-0102]]."""),

    ("positive", "pet_insurance_claim", "ugandan", """pet insurance claim form, what do I put under "prior conditions"?
Policyholder: [[PERSON:Nakato Ssemakula]]
Policyholder DOB: [[DATE_OF_BIRTH:07/03/1988]]
Address: [[STREET_ADDRESS:1902 Farragut Ave, Bristow, VA 20136]]
Email: [[EMAIL_ADDRESS:nakato.ssemakula@gmail.com]]
Pet: Mosi, 6 yr male domestic shorthair, urinary blockage 11/22"""),

    ("positive", "timeshare_rescission", "mexican+anglo", """Timeshare rescission letter — we signed in Cancún 4 days ago and the contract says we have 5 days. Check this and make it airtight:

"We, [[PERSON:Derek Mayfield]] and [[PERSON:Alondra Mayfield]], of [[STREET_ADDRESS:88 Sumac Ridge Dr, Stafford, VA 22554]], hereby cancel contract no. PV-2026-118043 signed on 12/03/2026. Our sales representative was [[PERSON:Luis Fernando Aguirre Saldaña]]. Refund the deposit charged to card ending 3597 ([[CREDIT_CARD:6011 4712 3143 3597]])."""),

    ("positive", "reunion_committee_csv", "anglo+liberian+cape_verdean", """Reunion committee contact sheet (class of 2006), dedupe and sort by last name:
name,maiden,email,phone
[[PERSON:Tiffany Okafor]],[[PERSON:Brandt]],[[EMAIL_ADDRESS:tiff.okafor06@gmail.com]],[[PHONE_NUMBER:757-555-0141]]
[[PERSON:Jerome Kollie]],,[[EMAIL_ADDRESS:jkollie@outlook.com]],[[PHONE_NUMBER:757-555-0106]]
[[PERSON:Ana Lúcia Fortes]],[[PERSON:Monteiro]],[[EMAIL_ADDRESS:analucia.fortes@yahoo.com]],
[[PERSON:jerome kollie]],,[[EMAIL_ADDRESS:jkollie@outlook.com]],"""),

    ("positive", "in_memoriam", "anglo+senegalese", """For the reunion slideshow "In Memoriam" slide — make it tasteful:
[[PERSON:Marcus Delaney Pope]] (1988–2019)
[[PERSON:Ndeye Fatou Sarr]] (1988–2021)
[[PERSON:Kristen "Krissy" Vollmer]] (1987–2023)
Add a short line from the committee."""),

    ("positive", "reunion_venue_chat", "ojibwe+czech", """User: The venue wants a $750 deposit by Friday. Committee is me, [[PERSON:Leotie Kingbird]] and [[PERSON:Přemysl Dvořák]]. [[PERSON:Přemysl]] said he'd front it but I don't want one person on the hook. How should we split it and what should we put in writing?
Assistant: A simple approach is to ...
User: also [[PERSON:Leotie]]'s cell is [[PHONE_NUMBER:218-555-0132]] if the venue asks for a second contact, put that in the email"""),

    ("positive", "spouse_offer_direct_deposit", "tanzanian", """My husband got the job!! The offer packet has a direct deposit form, can you double check it before he sends it:
Employee: [[PERSON:Baraka Mwakyusa]]
Bank routing: [[ABA_ROUTING_NUMBER:074438268]]
Account: [[US_BANK_NUMBER:50917733182]] (checking)
Start date: January 12"""),

    ("positive", "spouse_background_form", "palauan", """Spouse's background check consent for the new job, they want 7 years of addresses. Format these:
[[PERSON:Ngirmang Tellei Rengiil]], DOB [[DATE_OF_BIRTH:1985-05-15]]
2019–now: [[STREET_ADDRESS:610 Maple Glen Ct, Lorton, VA 22079]]
2016–2019: [[STREET_ADDRESS:Unit 14, PO Box 1088, Koror, PW 96940]]"""),

    ("positive", "reunion_fb_post", "jamaican", """Facebook post for our school's reunion group (Kingston class of '04), fix the patois a bit so the yankees understand:
"Wah gwaan class! Reunion set fi July. [[PERSON:Shanique Bartley-Campbell]] a collect di money, sen' it to her WhatsApp [[PHONE_NUMBER:+1 876 555 0124]]. [[PERSON:Ricardo 'Ricky' Thame]] a sort out di DJ."""),

    ("positive", "caps_text_to_wife", "sierra_leonean", """TEXT I'M SENDING MY WIFE, MAKE IT NICER: "[[PERSON:FATMATA]] THE DAYCARE CALLED, [[PERSON:ISATA]] HAS A FEVER, I CANT LEAVE TILL 3. CAN YOUR SISTER [[PERSON:MARIAMA KAMARA]] GET HER? DAYCARE # IS [[PHONE_NUMBER:703-555-0187]]\""""),

    ("positive", "spouse_linkedin_intro", "yupik+anglo", """Write an intro email connecting my spouse [[PERSON:Tatiana Nanouk]] (new job at the Anchorage port authority, [[EMAIL_ADDRESS:tnanouk.work@gmail.com]]) with my old coworker [[PERSON:Eli Brandvold]]. Keep it short, mention they both like salmon fishing."""),

    ("evasion", "ssn_at_dot", "anglo", """for the daycare subsidy form, my ssn is [[US_SSN:three one nine / five two / zero eight one four]] and my name is [[PERSON:Gwen Harrow]] — can you tell me which box it goes in (box 4 or 7)?"""),

    ("evasion", "email_obfuscated", "anglo+liberian", """reunion: tell [[PERSON:Jerome]] to email [[EMAIL_ADDRESS:tiff dot okafor06 at gmail dot com]] not the old address"""),

    ("evasion", "card_letter_o", "mexican+anglo", """timeshare people need the card again for the refund, here: [[CREDIT_CARD:６０１１ 4712 ３１４３ 3597]] (phone keyboard, sorry)"""),

    ("hard_negative", "daycare_ratios", None, """Virginia licensing: staff-to-child ratio for 16-24 month olds is 1:5? And for 2-year-olds 1:8? Just confirm and tell me where the reg is (8VAC20-780)."""),

    ("hard_negative", "pet_names", None, """Our dog Max and the cat Luna need to board at the vet over Christmas. Max is on Apoquel 16 mg. Does the kennel give meds? Write a 3-line note."""),

    ("hard_negative", "vet_invoice_items", None, """Vet invoice lines:
INV-88431 Dental prophy (grade 3) $480.00
INV-88431 Extraction x3 $540.00
INV-88431 Anesthesia 45 min $240.00
Total $1,260.00 — is that math right and which line do I dispute?"""),

    ("hard_negative", "timeshare_ftc", None, """Does the FTC's Cooling-Off Rule apply to a timeshare signed in Mexico? And what's PROFECO's role? Two sentences."""),

    ("hard_negative", "reunion_theme", None, """Reunion playlist: "Hips Don't Lie", "Crazy", "SexyBack", "Irreplaceable", "Bad Day". Add 10 more songs from 2006."""),

    ("hard_negative", "same_shape_committee_roles", None, """name,role,deadline
(chair),venue + deposit,Jan 15
(treasurer),collect payments,Feb 1
(social),FB group + slideshow,Mar 1
Turn this into a timeline with reminders."""),

    ("hard_negative", "kinship_schedule", None, """Drop-off is me Mon/Wed, my husband Tue/Thu, grandma Fridays. Pickup swaps. Make a weekly table."""),

    ("hard_negative", "job_offer_numbers", None, """Spouse's offer: GS-0343-11 step 3, locality DC, $98,496. Requisition ANC-2026-0419. Is the step negotiable for a first federal job?"""),

    ("hard_negative", "public_office_address", None, """Where do I send the subsidy appeal? The county office is Fairfax County Department of Family Services, 12011 Government Center Pkwy, Fairfax, VA 22035. Is that the right address for Child Care Assistance?"""),

    ("hard_negative", "school_history", None, """Our high school is named after Crispus Attucks. For the reunion program, two sentences on who he was."""),

    ("hard_negative", "confidential_word", None, """The reunion budget is "confidential" until the committee votes — is that weird? Everyone's asking how much the DJ costs."""),
]
