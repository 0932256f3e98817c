"""an01: USCIS National Benefits Center: fee waivers (I-912), biometrics rescheduling, lockbox rejections."""

RECORDS = [
    ("positive", "email_quoted_reply", "punjabi+anglo",
     """Can you help me tighten this reply? Supervisor wants it under 150 words.

---
Hi [[PERSON:Gurpreet Dhillon]],

Thanks for the scan. I looked at the I-912 for your client and the household size on Part 3 doesn't match the tax transcript (5 vs 4). Can you confirm whether the applicant's nephew is claimed?

Applicant: [[PERSON:Harjinder Kaur Mattu]]
A-Number: [[A_NUMBER:A214687093]]
Receipt: [[USCIS_RECEIPT_NUMBER:NBC2690418735]]

> On Tue, Nov 18, [[PERSON:Gurpreet Dhillon]] <[[EMAIL_ADDRESS:gdhillon@fresnoimmlegal.org]]> wrote:
> Attaching the corrected page 4. Ms. [[PERSON:Mattu]] lives with her sister's son but he files separately.
> [[PERSON:Gurpreet Dhillon]], DOJ Accredited Rep
> [[PHONE_NUMBER:(559) 555-0147]]

thanks,
[[PERSON:Ranae]]
NBC Fee Waiver Team"""),

    ("positive", "lockbox_rejection_list", "hispanic",
     """lockbox reject pull for 11/24, need these grouped by reason code before the 2pm huddle. can you sort and count?

REJ_CODE;APPLICANT;FORM;DOB;RETURN_ADDR
F07;[[PERSON:ESCOBAR MENJIVAR, Yesenia]];I-765;[[DATE_OF_BIRTH:04/19/1991]];[[STREET_ADDRESS:2218 Wyandotte Ave, Apt 2, Kansas City, KS 66102]]
S02;[[PERSON:TREJO, Luis Fernando]];I-131;[[DATE_OF_BIRTH:12/02/1984]];[[STREET_ADDRESS:77 Calle Sol, Urb. Villa Carolina, Carolina, PR 00985]]
F07;[[PERSON:BAUTISTA ORELLANA, Ximena]];I-90;[[DATE_OF_BIRTH:08/29/1979]];[[STREET_ADDRESS:5407 Rosemont Dr, Houston, TX 77081]]
P11;[[PERSON:CASTELLANOS, Rubén Darío]];I-912+I-485;[[DATE_OF_BIRTH:01/06/1966]];[[STREET_ADDRESS:903 S Pulaski Rd, Chicago, IL 60624]]

F07 = fee missing/insufficient, S02 = unsigned, P11 = I-912 filed without the form it supports"""),

    ("positive", "biometrics_reschedule_chat", "vietnamese+anglo",
     """[10:42] [[PERSON:Dana K]]: got a walk-in request forwarded from the contact center, applicant can't make the ASC appt on 12/9
[10:43] [[PERSON:Dana K]]: name is [[PERSON:Trương Thị Bích Diễm]], receipt [[USCIS_RECEIPT_NUMBER:NBC2690533104]], DOB [[DATE_OF_BIRTH:1958-06-21]]
[10:43] [[PERSON:Dana K]]: daughter [[PERSON:Vy Lam]] called on her behalf from [[PHONE_NUMBER:714-555-0183]]
[10:44] [[PERSON:Marcus O]]: is there good cause? hospital or travel?
[10:45] [[PERSON:Dana K]]: cataract surgery at Fountain Valley, she has the letter
[10:45] [[PERSON:Marcus O]]: ok reschedule to the Santa Ana ASC week of 1/5, note the daughter as the contact
[10:46] [[PERSON:Dana K]]: 👍

can you turn this into a case note in the standard format (who/what/action/next step)"""),

    ("positive", "spanish_letter_translate", "salvadoran",
     """Please translate into English for the file, keep the formatting:

Estimados señores de USCIS:

Mi nombre es [[PERSON:María Inés Portillo de Argueta]], nacida el [[DATE_OF_BIRTH:3 de octubre de 1972]], número de extranjero [[A_NUMBER:A095432718]]. Les escribo porque me devolvieron mi solicitud de exención de tarifa (I-912). Yo no tengo ingresos desde que cerró la pupusería donde trabajaba. Vivo con mi hijo [[PERSON:Kevin Argueta Portillo]], que es estudiante.

Mi dirección sigue siendo [[STREET_ADDRESS:1412 Kennedy St NW, Apt 3, Washington, DC 20011]]. Mi teléfono es [[PHONE_NUMBER:202-555-0129]].

Atentamente,
[[PERSON:María Inés Portillo]]"""),

    ("positive", "haitian_creole_voicemail", "haitian",
     """voicemail transcript from the NBC callback line, the transcription tool gave up on it, can you translate from Kreyòl?

"Bonjou, se [[PERSON:Wilnise Jean-Baptiste]] k ap rele. Mwen te resevwa yon lèt ki di mwen pa t siyen fòm I-912 la. Nimewo resi a se [[USCIS_RECEIPT_NUMBER:IOE0927741205]]. Dat nesans mwen se [[DATE_OF_BIRTH:14 fevriye 1988]]. Tanpri rele m nan [[PHONE_NUMBER:786-555-0142]] oswa voye lèt la bay pitit gason m, [[PERSON:Fritzner Jean-Baptiste]]. Mèsi anpil.\""""),

    ("positive", "i912_review_note", "somali",
     """Draft my review note so it reads professionally:

reviewed I-912 for [[PERSON:Hodan Abdirahman Qoorsheel]] ([[A_NUMBER:A208113457]]). means-tested benefit claimed = SNAP, letter from Hennepin County is dated within the window and names her + 3 kids. letter lists her address as [[STREET_ADDRESS:2600 Cedar Ave S, Unit 118, Minneapolis, MN 55404]] which matches the G-1145. approve. spouse [[PERSON:Abdiwali Farah]] not on the SNAP letter, but he is not a requestor so it doesn't matter."""),

    ("positive", "ocr_fee_waiver_page", "yoruba",
     """OCR of a faxed I-912 page came out messy, can you clean it up into fields?

Part 1. Basis for Your Request ... [X] 1.b household income at or below 150%
Part 2. Informat1on About You
 1. Family Name  [[PERSON:ADEYEMI-BALOGUN]]    Given Name [[PERSON:OLUWADAMILOLA]]   Middle  T.
 2. A-Number  [[A_NUMBER:A-219-004-561]]
 3. USCIS Online Acct ........ (none)
 4. Date of B1rth (mm/dd/yyyy) [[DATE_OF_BIRTH:09/30/1990]]
 5. U.S. Social Security # [[US_SSN:541-82-3370]]
Part 3 Household ... spouse [[PERSON:Folasade Adeyemi-Balogun]]  dob [[DATE_OF_BIRTH:02/11/1992]]"""),

    ("positive", "supervisor_escalation_email", "korean",
     """Subject: RE: congressional - fee waiver denial [[USCIS_RECEIPT_NUMBER:NBC2690377120]]

Rewrite this to be less defensive please, it's going to the liaison.

The denial for [[PERSON:Park Min-seo]] was correct on the record we had: the I-912 listed annual income of $41,200 for a household of two, which is above 150% of the guidelines. The new evidence (termination letter from the nail salon dated 9/30) changes that. Recommend we reopen sua sponte. Her husband [[PERSON:Choi Jae-wook]] is the one who called the senator's office; his number on the inquiry is [[PHONE_NUMBER:(201) 555-0172]]."""),

    ("positive", "cui_case_summary", "ethiopian",
     """can you summarize this in 3 bullets for the weekly report

[[CUI_MARKING:CUI//SP-IMMIG]]
Case summary: [[PERSON:Meseret Tadesse Woldeyes]], [[A_NUMBER:A201776342]], DOB [[DATE_OF_BIRTH:11 JUL 1985]]. Lockbox rejected her I-485 package twice for fee; third filing included I-912 based on SSI receipt. Biometrics completed 10/28 at Silver Spring ASC. Spouse [[PERSON:Dawit Woldemichael]] filed I-130 (approved).
[[CUI_MARKING:CUI//SP-IMMIG]]"""),

    ("positive", "fouo_training_roster", "anglo+filipino",
     """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]

NBC Fee Waiver Adjudication Refresher - attendance (Lee's Summit, Bldg 2, Rm 114)

[[PERSON:Colleen Harwood]] - present
[[PERSON:Rodel Panganiban-Yap]] - present
[[PERSON:Joy Bautista-Lim]] - left at break
[[PERSON:Travis Upchurch]] - absent (leave)

turn this into a table with a column for makeup session needed y/n"""),

    ("positive", "password_in_prose", "anglo",
     """I keep getting locked out of the scheduling tool. IT said to write up exactly what I did. Here's my draft, make it clearer:

"On 12/1 I tried logging into ASC scheduling at 7:55. It rejected my password [[PASSWORD:Wheatfield#2291kc]] three times even though it worked Friday. I'm [[PERSON:Brenda Halvorsen-Pike]], ext 4471, my callback is [[PHONE_NUMBER:816-555-0138]].\""""),

    ("positive", "reschedule_request_json", "ukrainian+russian",
     """why does this payload fail validation? schema says dob must be ISO

{"requestType":"BIO_RESCHEDULE","receipt":"[[USCIS_RECEIPT_NUMBER:IOE0927803316]]",
 "applicant":{"name":"[[PERSON:Oksana Dzhurynska]]","dob":"[[DATE_OF_BIRTH:23.05.1979]]",
  "phone":"[[PHONE_NUMBER:+1 312 555 0195]]","email":"[[EMAIL_ADDRESS:oksana.dzhurynska79@gmail.com]]"},
 "interpreter":"[[PERSON:Arkadiy Zhuravlyov]]","reason":"medical","preferredAsc":"Chicago IL"}"""),

    ("positive", "lockbox_refund_ach", "jamaican",
     """Refund request for duplicate fee at lockbox, need help filling the narrative box:

Payer: [[PERSON:Desmond A. Whyte-Campbell]]
Card charged twice: [[CREDIT_CARD:4716 3224 8491 5983]]
Alt refund by ACH - routing [[ABA_ROUTING_NUMBER:023488476]] acct [[US_BANK_NUMBER:4410082217]]
Mailing: [[STREET_ADDRESS:188-21 Linden Blvd, Saint Albans, NY 11412]]"""),

    ("evasion", "spaced_anumber", "guatemalan",
     """quick q - applicant wrote his A number with spaces on the I-912 and the system won't find him. it's [[A_NUMBER:A 2 1 7  5 5 0  9 3 8]], name [[PERSON:Ixchel Batz Xiloj]]'s husband [[PERSON:Tomás Coyoy Tzul]]. how do I search partial?"""),

    ("evasion", "letter_o_receipt", "nepali",
     """the scan shows [[USCIS_RECEIPT_NUMBER:NBC269O4l8852]] for [[PERSON:Sabina Gurung]] - letter O instead of zero and an l instead of 1 probably. can you list all the possible real receipt numbers it could be?"""),

    ("evasion", "split_ssn_two_msgs", "anglo",
     """msg 1: for the SSA cross-check, first half is [[US_SSN:408-71]]
msg 2: rest is [[US_SSN:-5524]], applicant [[PERSON:Loretta Pickens]]
msg 3: can you write a polite email asking SSA liaison to confirm the record"""),

    ("hard_negative", "fee_policy_question", None,
     """Under 8 CFR 103.7(c), which forms are eligible for a fee waiver? I need a quick table of the ones the NBC sees most: I-90, I-485, I-765, I-131, N-400, N-600. Also what's the current income threshold reference, 150% of the Federal Poverty Guidelines?"""),

    ("hard_negative", "public_contact_center", None,
     """For the customer-facing template, is it ok to say: "If you have questions, call the USCIS Contact Center at 800-375-5283 (TTY 800-767-1833) or visit uscis.gov/contactcenter"? Or should we only point to the website now?"""),

    ("hard_negative", "lockbox_batch_numbers", None,
     """Batch stats from the lockbox vendor, help me spot anomalies:

BATCH        RECEIVED  REJECTED  PCT
2025-1124-07   1,884      211    11.2
2025-1124-08   2,013      198     9.8
2025-1125-01   1,472      402    27.3
2025-1125-02   1,960      205    10.5

Reject reason lines top 3: fee missing (F07), unsigned (S02), outdated edition (E04)."""),

    ("hard_negative", "reschedule_chat_no_pii", None,
     """[09:12] FW desk 3: anyone else seeing the ASC reschedule queue stuck at 1,140?
[09:13] shift lead: yeah, it's the weekend batch. Lee's Summit said it would clear by noon
[09:13] FW desk 3: ok, holding the walk-in forwards till then
[09:14] shift lead: put a note in the shift log so second shift knows

can you write a 2 line shift log entry for this"""),

    ("hard_negative", "marking_question", None,
     """Do I need to put a CUI banner on a spreadsheet that only has receipt-number counts per service center and no names? My supervisor says anything from ELIS is CUI//SP-IMMIG by default but this is aggregate. What does the DHS CUI guidance actually say about aggregated statistics?"""),

    ("hard_negative", "form_instructions_rewrite", None,
     """Rewrite at a 6th grade reading level: "If you are requesting a fee waiver based on receipt of a means-tested benefit, you must submit evidence that you, your spouse, or the head of household is currently receiving the benefit. The benefit letter must include the name of the agency granting the benefit, the name of the person receiving it, and the dates of the benefit.\""""),

    ("hard_negative", "example_values_training", None,
     """For the new-hire slide deck I want a fake receipt number example that obviously isn't real. Would "NBC0000000000" or "ABC1234567890" be better? Trainers keep using real ones by accident."""),

    ("hard_negative", "kinship_household", None,
     """Household size question: applicant lives with her mother, her two children and her brother-in-law. Brother-in-law files his own taxes. Mother is a dependent. Under the I-912 instructions is household size 4 or 5? Walk me through it."""),

    ("hard_negative", "place_names", None,
     """We're thinking of moving overflow biometrics from Overland Park to the ASC in Wichita or St. Joseph for January. Draft a short pros/cons list based on driving distance for applicants in Garden City, Hays and Salina."""),

    ("hard_negative", "reading_password_policy", None,
     """Our team lead says the ELIS password must be changed every 60 days and can't reuse the last 24. Is that the DHS 4300A rule or a USCIS thing? Just want the citation for the onboarding doc, not asking for help resetting."""),
]
