"""Voice 10: the employee's own life - landlord, doctor, child's school, bank, tax preparer, wedding, funeral, moving.
Shapes: voice dictation, phone-screenshot OCR, e-mail with quoted replies, forms."""
from ids import cardfmt, aba
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "landlord_email", "trinidadian",
"""Help me write a firm but polite email to my landlord about the mold. 
Landlord: [[PERSON:Winston Ramkissoon]], [[EMAIL_ADDRESS:wramkissoon.properties@gmail.com]]
My unit: [[STREET_ADDRESS:7720 Georgia Ave NW, Apt 3C, Washington, DC 20012]]
I reported it on Oct 3 and Oct 21, no response. Lease says repairs within 14 days."""),

(P, "tax_preparer_email_thread", "cambodian",
"""Can you check if I sent my tax preparer everything?

> From: [[PERSON:Sophal Keo]] <[[EMAIL_ADDRESS:sophal@keotaxservices.example]]>
> Please send W-2s, 1098, childcare receipts, and both SSNs again.

Hi [[PERSON:Sophal]], here they are: me [[PERSON:Chenda Prak Sok]] [[US_SSN:219-58-4473]], husband [[PERSON:Visal Sok]] [[US_SSN:221-06-8195]], daughter [[PERSON:Bopha Sok]] born [[DATE_OF_BIRTH:06/12/2019]]. Direct deposit routing [[ABA_ROUTING_NUMBER:""" + aba("05200011") + """]] account [[US_BANK_NUMBER:00918273645]].
Thanks, [[PERSON:Chenda]]"""),

(P, "school_enrollment_form_ocr", "hmong",
"""OCR from my phone of my son's school enrollment form, please fill the blanks in English:
Student name: [[PERSON:Pheng Xiong Vang]]  Date of Birth: [[DATE_OF_BIRTH:O2/17/2016]]
Parent/Guardian: [[PERSON:Mai Yer Vang]]  Phone: [[PHONE_NUMBER:(651) 555-0174]]
Emergency contact: [[PERSON:Tou Lee]] (uncle) [[PHONE_NUMBER:651-555-0102]]
Address: [[STREET_ADDRESS:1186 Payne Ave, St Paul, MN 55130]]""".replace("[[DATE_OF_BIRTH:O2/17/2016]]", "[[DATE_OF_BIRTH:02/17/2016]]")),

(P, "doctor_portal_message", "lao",
"""Rewrite this message to my doctor so it's clearer:
"Dr. [[PERSON:Phetsamone Vongsavath]], this is [[PERSON:Khamla Sisouphanh]] DOB [[DATE_OF_BIRTH:1968-08-03]]. The blood pressure pills make me dizzy since I started 2 weeks ago. Call me at [[PHONE_NUMBER:(615) 555-0161]]." """.strip()),

(P, "wedding_guest_list", "tibetan+fijian+anglo",
"""Wedding guest list - help me group by table (8 per table):
[[PERSON:Tenzin Dolma]] + [[PERSON:Lobsang Choephel]]
[[PERSON:Karma Yangzom]]
[[PERSON:Ravneel Prasad]] + [[PERSON:Shalini Devi Prasad]] (Fiji side)
[[PERSON:Mere Tuilagi]]
[[PERSON:Hank]] & [[PERSON:Loretta Gilbreath]] (groom's aunt/uncle)
RSVP to [[EMAIL_ADDRESS:tenzin.and.sam.2027@gmail.com]]"""),

(P, "funeral_program", "bosnian",
"""Please proofread the funeral program:
In loving memory of [[PERSON:Fadila Hodžić]]
Born [[DATE_OF_BIRTH:March 14, 1941]] in Prijedor - passed away November 29, 2026 in St. Louis
Survived by her children [[PERSON:Emir Hodžić]], [[PERSON:Amra Hodžić-Begović]] and grandchildren.
Dženaza at the Islamic Community Center in south St. Louis."""),

(P, "bank_dispute_dictation", "sierra_leonean",
"""voice note dictated: hi this is [[PERSON:fatmata kamara conteh]] i need to dispute a charge on my debit card number [[CREDIT_CARD:""" + cardfmt("400115782093612").replace(" ", "") + """]] for two hundred forty dollars from a moving company that never showed up my phone is [[PHONE_NUMBER:240 555 0187]] please draft the dispute letter"""),

(P, "moving_company_quote", "liberian",
"""Moving quote from the PCS move, is this fair? 
Customer: [[PERSON:Comfort Gbowee Tweh]]
From: [[STREET_ADDRESS:9 Dunmore Ct, Apt 102, Gaithersburg, MD 20877]]
To: [[STREET_ADDRESS:4430 Castle Hills Dr, San Antonio, TX 78218]]
Est. weight 8,400 lb, $6,900, GBL not issued yet."""),

(P, "bank_password_share", "yemeni",
"""my father wants me to check his bank account while he travels, he texted me the login, is it safe to keep it in my notes?
user: ahmed.alsaqqaf61
pass: [[PASSWORD:Sanaa#1961!Home]]
his name is [[PERSON:Ahmed Saleh Al-Saqqaf]]"""),

(P, "child_school_email", "palestinian",
"""Reply to my daughter's teacher - make it warm:
> From: Ms. [[PERSON:Haverkamp]]
> [[PERSON:Layan]] has been absent 4 days; please send a doctor's note.
Daughter: [[PERSON:Layan Odeh]], grade 3. Our home number [[PHONE_NUMBER:(469) 555-0128]]. Note from Dr. [[PERSON:Rania Khoury]] attached."""),

(P, "passport_renewal_kid", "south_sudanese",
"""Help me fill the DS-82 for myself: [[PERSON:Achol Deng Majok]], passport [[US_PASSPORT:614039275]], born [[DATE_OF_BIRTH:11/02/1987]], SSN [[US_SSN:535-70-2218]]. Which photo size?"""),

(P, "car_insurance_claim", "japanese",
"""Car accident (not work) - draft the claim description: I was rear-ended on I-66 by [[PERSON:Daisuke Morimoto]], his DL [[US_DRIVER_LICENSE:T41-883-209-517]] (VA), phone [[PHONE_NUMBER:(571) 555-0110]]. Police report 2026-118477."""),

(P, "daycare_payment", "greek",
"""Daycare wants autopay for my kid [[PERSON:Eleni Stavropoulou]] (age 3). Form asks card [[CREDIT_CARD:""" + cardfmt("601100918827345") + """]] exp 04/29 and my address [[STREET_ADDRESS:512 Mystic Ave, Unit 2, Somerville, MA 02145]]. Should I use ACH instead?"""),

(P, "mortgage_docs", "jordanian",
"""Lender checklist reply - I'm [[PERSON:Zaid Haddadin]], co-borrower [[PERSON:Lina Haddadin]]. Lender: [[PERSON:Brent Kowalczyk]] ([[EMAIL_ADDRESS:bkowalczyk@fairwaymortgage.example]]). Closing at [[STREET_ADDRESS:2318 Ashby Pl, Alexandria, VA 22311]]. Which documents am I missing?"""),

(P, "vet_appointment_ocr", "dominican",
"""screenshot from my phone (OCR):
Patitas Vet Clinic
Owner: [[PERSON:Yudelka Almonte]]  Tel [[PHONE_NUMBER:809-555-0135]]
Pet: Canela (dog) - rabies due 01/15
Owner email [[EMAIL_ADDRESS:yudelka.almonte.rd@hotmail.com]]
translate to English? it's half Spanish"""),

(P, "wifi_password_party", "none",
"""Making a little sign for my kid's birthday party at home: "WiFi: Casa_Lopez_5G  Password: [[PASSWORD:sunflower-Taco-2218]]" - make it cute with emojis"""),

(P, "hoa_letter_cui_misuse", "anglo",
"""lol I accidentally pasted my work template - ignore the header:
[[CUI_MARKING:CUI//SP-PRVCY]]
Dear HOA board, I, [[PERSON:Marlene Tuttle]], object to the $400 fence fine at [[STREET_ADDRESS:66 Quail Run, Stafford, VA 22554]].
Make this letter better."""),

(P, "nanny_w2", "guatemalan",
"""I pay a nanny - help me do her W-2: [[PERSON:Ingrid Socop Tuyuc]], SSN [[US_SSN:613-29-0754]], [[STREET_ADDRESS:301 Elm St, Apt 4, Frederick, MD 21701]], wages $27,300."""),

# evasions
(E, "ssn_letters_words", "trinidadian",
"""texting my sister [[PERSON:Aaliyah Mohammed-Baptiste]] her SSN for the FAFSA in words so it's "safe": [[US_SSN:two four six - eight one - zero three nine seven]]. Is that silly?"""),
(E, "bank_acct_spaced", "cambodian",
"""Landlord wants rent by transfer to acct [[US_BANK_NUMBER:4 4 0 1  9 2 8 8  3 7 1 0]] routing [[ABA_ROUTING_NUMBER:""" + " ".join(aba("26107389")) + """]], name [[PERSON:Dara Chhim]]. Looks sketchy?"""),
(E, "phone_fullwidth_name_caps", "lao",
"""Contact for the moving truck: [[PERSON:BOUNMY PHOMMACHANH]] ［[[PHONE_NUMBER:５０３－５５５－０１９４]]］ - convert to normal phone format"""),
(E, "email_obfuscated", "tibetan",
"""The monastery contact wrote his email as [[EMAIL_ADDRESS:ngawang[.]thinley[at]himalayamail[.]example]] - for my mom's visit. Write him a thank-you."""),

# hard negatives
(H, "recipe_names", "none",
"""Need a menu for the wedding: Beef Wellington, Eggs Benedict, Caesar salad, Oysters Rockefeller, Peach Melba. Estimate cost for 120 guests."""),
(H, "moving_logistics", "none",
"""PCS move timeline: report date 2027-03-01; household goods pickup 2027-02-10; delivery window 2027-02-24 to 2027-03-06; TLE 14 days. Build a checklist."""),
(H, "funeral_general", "none",
"""What's the etiquette for an Islamic janazah versus a Catholic funeral Mass for coworkers attending? Short guide, no names."""),
(H, "public_irs_line", "none",
"""IRS individual taxpayer line is 800-829-1040; Taxpayer Advocate Service 877-777-4778. Which should I call about a lost refund?"""),
(H, "tax_placeholders", "none",
"""My tax software template shows 'SSN: XXX-XX-1234' and 'Routing: 000000000'. Is the masking enough if I send it to my preparer?"""),
(H, "kids_book_characters", "none",
"""Birthday party theme ideas: Paddington Bear, Curious George, Peppa Pig, Harry Potter. Which is easiest for 6-year-olds?"""),
(H, "street_names_in_directions", "none",
"""Directions to the reception: from I-95 take exit for Route 1, turn onto Jefferson Davis Hwy, then left on George Washington Memorial Pkwy; venue is past the Woodrow Wilson Bridge. Simplify."""),
(H, "doctor_general_question", "none",
"""Is it normal to feel dizzy on amlodipine 5 mg the first two weeks? What should I ask my doctor?"""),
(H, "bank_general", "none",
"""What's the difference between an ACH routing number and a wire routing number, and why does my bank say the check's routing number differs from the one online?"""),
(H, "wedding_dates_budget", "none",
"""Wedding 2027-06-12, venue deposit $4,000 paid 2026-11-02, balance due 2027-05-12; photographer invoice #WP-2027-0612. Budget spreadsheet please."""),
(H, "landlord_law", "none",
"""DC tenant law: what does the Tenant Opportunity to Purchase Act do and how long does a landlord have to fix mold under the DC housing code?"""),
(H, "saints_and_places", "none",
"""Baptism planning at St. Joseph's Church, then lunch at San Antonio's Pearl district; godparents' gifts from Tiffany. Write the invite wording."""),
(H, "school_stats", "none",
"""Our elementary school ratings: reading proficiency 64 %, math 58 %, student-teacher ratio 16:1, enrollment 512. Compare to the district average 55 % / 49 %."""),
(H, "tracking_numbers_moving", "none",
"""Moving company tracking: shipment 2026-PCS-44719, container ID UNIGX-88213, bill of lading 7731905. Which one do I give the transportation office?"""),
(H, "common_word_names_sentence", "none",
"""Grammar check: 'We will bring the rose wine at dawn if it is sunny; the grace period ends in May.' Is it confusing?"""),
(H, "password_manager_advice", "none",
"""Which password manager should my family use, and how do we share the streaming password without texting it? Don't include any example passwords."""),
(P, "home_router_admin", "none",
"""My home router admin page: user admin, password [[PASSWORD:Maple!Porch_7781]]. My kid changed the DNS settings - how do I reset parental controls?"""),
(P, "side_project_aws", "none",
"""Personal side project (wedding photo site) bill jumped to $900. ~/.aws/credentials:
[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:ASIAZ3PL8QWN5TR2XKM7]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:Hx7Rt2Lm9Qv4Wz8Nk1Pb6Fs3Jd0Yc5Ge2Ua7Tw]]
aws_session_token = [[PASSWORD:IQoJb3JpZ2luX2VjEKz//////////wEaCXVzLWVhc3QtMSJHMEUCIQD7x2Lq9TzR4mW8Vb3Kp1Nh6Fs0]]
Is someone mining crypto on my account?"""),
(H, "secret_santa", "none",
"""Office Secret Santa: $25 limit, draw names Friday, exchange 12/18. Write the announcement; keep who-got-who secret until the party."""),
]
