"""an10: the employee's own life: apartment hunting, a niece's college applications, a sibling's green-card
interview, selling a car online, neighbourhood watch."""

RECORDS = [
    ("positive", "rental_application", "peruvian",
     """Help me fill the "additional information" box on this rental application so it sounds responsible but not desperate. Here's what I have:

Applicant: [[PERSON:Rocío Huamán Quispe]]
DOB: [[DATE_OF_BIRTH:June 4, 1987]]
SSN: [[US_SSN:226-71-4038]]
Current address: [[STREET_ADDRESS:5930 Seminary Rd, Apt 1104, Falls Church, VA 22041]] (since 2021)
Employer: federal government, 9 yrs
Reason for moving: building sold, rent going up 22%"""),

    ("positive", "landlord_email_reply", "lithuanian+peruvian",
     """Landlord replied, is this a reasonable ask? Draft a polite reply asking to waive the second month's deposit:

From: [[PERSON:Vytautas Žemaitaitis]] <[[EMAIL_ADDRESS:vzemaitaitis.rentals@gmail.com]]>
Hi [[PERSON:Rocío]], the 2BR at [[STREET_ADDRESS:412 N Glebe Rd, Unit 3, Arlington, VA 22203]] is available Jan 1. I need first month + 2 months deposit since your credit report shows a collection. Showing Sat 11am, call me [[PHONE_NUMBER:540-555-0117]].
[[PERSON:Vytautas]]"""),

    ("positive", "sibling_interview_prep", "peruvian+nepali",
     """My brother's adjustment interview is next month. Make me a checklist of what to bring based on this:

Applicant: [[PERSON:Edilberto Huamán Quispe]], [[A_NUMBER:A241558093]]
I-485 receipt: [[USCIS_RECEIPT_NUMBER:MSC2590417762]]
I-94: [[I94_NUMBER:69204418371]]
Peruvian passport: [[US_PASSPORT:PE1187342]]
Petitioner (wife, USC): [[PERSON:Sunita Thapa Magar]]
Interview: Fairfax field office, Jan 14, 8:30am"""),

    ("positive", "niece_common_app_login", "peruvian",
     """My niece gave me her Common App login so I can proofread before she submits - is it okay to just log in or should I ask her to share a PDF? (login is her email [[EMAIL_ADDRESS:killa.huaman08@gmail.com]], password [[PASSWORD:Machupicchu!2008]]). Her name is [[PERSON:Killa Huamán]]."""),

    ("positive", "recommendation_letter_edit", "peruvian+anglo",
     """Her counselor sent this draft rec letter and asked family to check facts. Any awkward phrasing?

To the Admissions Committee:
I have known [[PERSON:Killa Huamán]] for three years as her counselor at Justice High School. [[PERSON:Killa]]'s DOB on file is [[DATE_OF_BIRTH:03/18/2008]]; she is the first in her family to apply to a four-year college... She lives with her aunt, [[PERSON:Rocío Huamán Quispe]], who has been her guardian since 2022.
Sincerely, [[PERSON:Allison Pruett]], School Counselor, [[EMAIL_ADDRESS:apruett@fcps-example.org]]"""),

    ("positive", "car_listing_buyer_chat", "afghan",
     """Selling my Corolla on Marketplace. Is this buyer legit or a scam? Chat:

[[PERSON:Ahmad Zubair Noorzai]]: Salam, is the car still available? I can pay cash today
me: yes, 2016 Corolla, 88k miles, $11,200
[[PERSON:Ahmad Zubair Noorzai]]: my cousin [[PERSON:Farid Noorzai]] will come see it, his number [[PHONE_NUMBER:540-555-0184]]. can you send the VIN and your address?
me: I'll meet at the police station lot"""),

    ("positive", "bill_of_sale", "afghan+peruvian",
     """Fill in a Virginia bill of sale from this info:

Seller: [[PERSON:Rocío Huamán Quispe]], VA DL [[US_DRIVER_LICENSE:T64-11-8209]]
Buyer: [[PERSON:Farid Noorzai]], [[STREET_ADDRESS:6622 Little River Tpke, Apt 204, Alexandria, VA 22312]]
Vehicle: 2016 Toyota Corolla LE, VIN 2T1BURHE6GC512887, odometer 88,214
Price: $10,900, paid by Zelle"""),

    ("positive", "zelle_confirmation", "afghan+peruvian",
     """Buyer sent this screenshot text as proof, but my bank doesn't show it yet. Is this a known scam pattern?

"Zelle payment of $10,900.00 to [[PERSON:Rocío H.]] is PENDING. Recipient must upgrade to Zelle Business to receive. Sender: [[PERSON:Farid Noorzai]] acct ****8821. Contact [[EMAIL_ADDRESS:zelle.support.desk2025@outlook.com]]\""""),

    ("positive", "neighbourhood_watch_group", "fijian_indian+bosnian+igbo+anglo",
     """Our neighborhood watch group chat, can you write a calm summary to post on Nextdoor without names or house numbers?

[[PERSON:Pranesh Chand]]: someone tried car doors on Mayhew Ct again last night, 2:40am, my camera got it
[[PERSON:Amira Hodžić]]: same at [[STREET_ADDRESS:1218 Mayhew Ct, Alexandria, VA 22312]], that's us, nothing taken
[[PERSON:Chinedu Anyanwu-Eze]]: I called the non-emergency line, case pending
[[PERSON:Pranesh]]: I'll send the clip to Officer [[PERSON:Dunleavy]]
[[PERSON:Carol Witt]]: please everyone lock your cars!!"""),

    ("positive", "watch_rota_table", "bosnian+igbo+korean+anglo",
     """Make a walking rota for December from this, two people per night, no one twice in a row:

| name | phone | can't do |
|---|---|---|
| [[PERSON:Amira Hodžić]] | [[PHONE_NUMBER:571-555-0135]] | Fridays |
| [[PERSON:Chinedu Anyanwu-Eze]] | [[PHONE_NUMBER:540-555-0163]] | — |
| [[PERSON:Yoon Ji-ae]] | [[PHONE_NUMBER:703-555-0149]] | Sundays |
| [[PERSON:Carol Witt]] | [[PHONE_NUMBER:703-555-0171]] | Mon/Tue |"""),

    ("positive", "spanish_whatsapp_mom", "peruvian",
     """Traduce esto a inglés para mandárselo al abogado:

Mamá ([[PERSON:Yolanda Quispe de Huamán]]) por WhatsApp: "Hija, el certificado de nacimiento de [[PERSON:Edilberto]] dice [[DATE_OF_BIRTH:12 de agosto de 1990]] pero su pasaporte dice 21 de agosto. ¿Eso es un problema para la entrevista?"
Su teléfono en Cusco: [[PHONE_NUMBER:+51 84 555 017]]"""),

    ("positive", "college_aid_form_itin", "nepali",
     """Niece's financial aid form asks for the parent's SSN or ITIN. Her stepmom only has an ITIN. How does she enter it? Details:

Parent: [[PERSON:Sunita Thapa Magar]]
ITIN: [[US_ITIN:934-81-2275]]
Parent DOB: [[DATE_OF_BIRTH:11/30/1989]]"""),

    ("positive", "apartment_compare_email", "anglo",
     """Compare these two for me, which is the better deal over 12 months?

A) 412 N Glebe, $2,450, 2BR, parking $75, utilities ~$160
B) from [[PERSON:Marla Jennings]] ([[PHONE_NUMBER:(703) 555-0159]]): [[STREET_ADDRESS:3015 Columbia Pike, #7, Arlington, VA 22204]], $2,300, 2BR, street parking, utilities incl. except electric (~$70), 14-month lease"""),

    ("evasion", "anumber_split_texts", "anglo",
     """text 1 from my brother: "the A number is [[A_NUMBER:A2415]]"
text 2: "[[A_NUMBER:58093]] sorry phone died"
can you help me write an email to his lawyer Ms. [[PERSON:Quarterman]]'s paralegal asking if they have his file?"""),

    ("evasion", "phone_letters_digits", "afghan",
     """buyer wrote his phone like this to dodge the Marketplace filter: [[PHONE_NUMBER:five4zero-5five5-O1eight4]]. Is that [[PERSON:Farid]]'s number from before?"""),

    ("evasion", "email_spelled_out", "peruvian",
     """niece wants a rec letter sent to her email, she wrote it as [[EMAIL_ADDRESS:killa underscore h dot 2008 at yahoo dot com]] on the form. what's the normal version?"""),

    ("hard_negative", "apartment_compare_no_pii", None,
     """Compare these two, which is cheaper over 12 months?

A) 2BR, $2,450, parking $75, utilities ~$160, 12-month lease
B) 2BR, $2,300, street parking, utilities incl. except electric (~$70), 14-month lease, first month free"""),

    ("hard_negative", "uscis_public_info", None,
     """What should my brother bring to an I-485 interview at a USCIS field office? I looked at uscis.gov and it says the interview notice (Form I-797C), passport, and originals of everything. Anything people usually forget?"""),

    ("hard_negative", "car_listing_no_pii", None,
     """Write a Marketplace listing: 2016 Toyota Corolla LE, 88k miles, one owner, new tires 2024, clean title, minor scrape rear bumper, $11,200 OBO, cash or cashier's check only, meet at a police station lot."""),

    ("hard_negative", "vin_and_plate", None,
     """Is this VIN valid (check digit)? 2T1BURHE6GC512887. And do I need to remove my plates before handing the car over in Virginia, or does the buyer keep them?"""),

    ("hard_negative", "kinship_prose", None,
     """My sister's daughter lives with me and I'm her legal guardian. Her dad is in Peru and her stepmom is here. On the FAFSA, whose info goes in the parent section: mine, her dad's, or her stepmom's?"""),

    ("hard_negative", "common_app_password_question", None,
     """Is it a bad idea for parents or guardians to have a student's Common App password? What do counselors recommend for letting family proofread essays?"""),

    ("hard_negative", "neighbourhood_watch_no_pii", None,
     """Write a calm post for Nextdoor: someone tried car doors on our street again around 2:40am, nothing was taken, a report was made to the non-emergency line, and please lock your cars and leave porch lights on."""),

    ("hard_negative", "police_non_emergency_public", None,
     """Should the watch flyer list the county police non-emergency number or just say "call 911 if it's happening now"? Draft both versions."""),

    ("hard_negative", "college_list_names", None,
     """She's looking at George Mason, William & Mary, James Madison, Christopher Newport and Mary Washington. Rank by in-state cost and 4-year graduation rate as best you know."""),

    ("hard_negative", "essay_fictional_reference", None,
     """Her essay compares her grandmother to Úrsula Iguarán from One Hundred Years of Solitude. Is that too obscure for admissions readers, or does it work if she explains it in one sentence?"""),

    ("hard_negative", "interview_date_math", None,
     """The interview notice is dated Dec 2 and the interview is Jan 14. If he needs to reschedule, how much notice does USCIS usually want, and does rescheduling restart the wait?"""),
]
