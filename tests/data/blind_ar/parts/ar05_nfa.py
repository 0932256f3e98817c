"""ar05: U.S. Fire Administration / National Fire Academy (course applications, stipend reimbursements)."""

RECORDS = [
("positive", "general_admissions_ocr", "french_canadian", """OCR of a paper General Admissions Application (FEMA Form 119-25-1), some fields garbled:
1. NAME (Last, First, MI): [[PERSON:PELLETIER, GRETCHEN M]]
2. DATE OF BIRTH: [[DATE_OF_BIRTH:1 1/0 4/1 9 8 2]] -> should be 11/04/1982
3. HOME ADDRESS: [[STREET_ADDRESS:RR 2 Box 118A, Lyndonville, VT 05851]]
4. HOME PHONE: [[PHONE_NUMBER:802-555-0178]]
5. EMAIL: [[EMAIL_ADDRESS:gpelletier.lvfd@gmail.com]]
6. DEPARTMENT: Lyndonville Volunteer Fire Dept, Station 1, rank Lieutenant
7. COURSE: R0306 Executive Analysis of Fire Service Operations in Emergency Management
8. ENDORSEMENT: Chief [[PERSON:Amos Thibodeau]] (signature)
Fix the garbled fields and tell me what's missing.""".replace("[[DATE_OF_BIRTH:1 1/0 4/1 9 8 2]] -> should be 11/04/1982", "[[DATE_OF_BIRTH:1 1/0 4/1 9 8 2]] -> should be [[DATE_OF_BIRTH:11/04/1982]]")),

("positive", "stipend_direct_deposit", "puerto_rican", """Stipend reimbursement form, student asks why it bounced. Fields he entered:
Student: [[PERSON:Edgardo Rosario Figueroa]]
Mailing: [[STREET_ADDRESS:Urb. Villa Carolina, Calle 412 Bloque 174 #9, Carolina, PR 00985]]
Bank: Banco Popular, routing [[ABA_ROUTING_NUMBER:021507304]], checking [[US_BANK_NUMBER:059812204471]]
Flight SJU-BWI on his own card ending 8823.
Draft a reply explaining routing numbers in PR and asking him to confirm with the bank."""),

("positive", "chief_endorsement_email", "irish+lakota", """From: Chief [[PERSON:Declan Moriarty]] <[[EMAIL_ADDRESS:dmoriarty@rapidvalleyfire.org]]>
To: NFA Admissions
Subject: Endorsement - [[PERSON:Tatanka Means-Whitehorse]], R0123

I endorse Captain [[PERSON:Tatanka Means-Whitehorse]] for the Executive Fire Officer program. [[PERSON:Tatanka]] has been with Rapid Valley FD for 14 years and runs our wildland program. If you need anything, my cell is [[PHONE_NUMBER:605-555-0174]].
[[PERSON:Declan Moriarty]], Fire Chief"""),

("positive", "class_roster_tsv", "anglo+korean+french+afghan", """Class roster W0644 (off-campus, Region IV) - please count by state:
name\tdept\tstate\tsid\temail
[[PERSON:Latoya Strickland-Bey]]\tMacon-Bibb FD\tGA\t0004417265\t[[EMAIL_ADDRESS:lstrickland@maconbibbfire.gov]]
[[PERSON:Hyun-woo Seo]]\tBrentwood FD\tTN\t0003390118\t[[EMAIL_ADDRESS:hseo@brentwoodtnfire.org]]
[[PERSON:Beauregard Guidry]]\tSt. Martin Parish FPD\tLA\t0002881903\t[[EMAIL_ADDRESS:bguidry@stmartinfire.org]]
[[PERSON:Aziza Rahimi]]\tFairfax County FRD\tVA\t0005512470\t[[EMAIL_ADDRESS:aziza.rahimi@fairfaxcounty.gov]]"""),

("positive", "stipend_question_sms", "jamaican", """text from a student at 11pm 😩 what do I tell him:
"Hi its [[PERSON:Garfield Anglin]] from the Hartford class, I drove instead of flying, can I still get the stipend? My SID is 0006128874. Also my address changed to [[STREET_ADDRESS:56 Zion St Apt 2, Hartford CT 06106]]" """),

("positive", "dorm_roommate_issue", "anglo+igbo", """Help me write a neutral note to the housing office:
Student [[PERSON:Ebubechukwu Nwabueze]] (R0341, Dorm K room 212) reports that his roommate [[PERSON:Brody Faulkenberry]] keeps a personal firearm in the room. Campus police were informed by [[PERSON:Ebubechukwu]] on 12/06 at 2140. [[PERSON:Faulkenberry]]'s department contact is Chief [[PERSON:Ron Pettibone]], [[PHONE_NUMBER:417-555-0152]]."""),

("positive", "application_portal_password", "irish", """Student email, I need to tell him we can't help this way:
"I cant get into the NFA online admissions system, I tried resetting 5 times. My username is mcallahan_vfd and my password is [[PASSWORD:Engine42!Ladder]] can you log in for me and submit my R0109 application? Thanks, [[PERSON:Mitch Callahan]], Harmony Twp VFD" """),

("positive", "stipend_spreadsheet_semicolon", "vietnamese+hispanic+ukrainian", """Stipend batch 27-03 export (semicolons). Why does row 3 show zero?
student;sid;course;origin_airport;amount;acct_last4
[[PERSON:Phan Minh Triết]];0002291774;R0629;HOU;412.60;4471
[[PERSON:Xiomara Cuéllar]];0004410963;R0629;ELP;388.20;9017
[[PERSON:Oksana Melnychuk-Drapp]];0001827730;R0629;;0.00;
[[PERSON:Phan Minh Triết]];0002291774;R0629;HOU;-412.60;4471"""),

("positive", "ada_accommodation_request", "anglo", """Applicant asks for an accommodation; draft an acknowledgment (don't repeat medical details):
"My name is [[PERSON:Joy Whitfield-Haines]], DOB [[DATE_OF_BIRTH:June 3rd, 1977]]. I'm hard of hearing and will need CART captioning for R0274. Please call my husband [[PERSON:Will Haines]] at [[PHONE_NUMBER:(540) 555-0136]] if you need to talk by phone, I can't use a regular phone." """),

("positive", "efo_research_paper_header", "filipino", """Format this cover page for an EFO applied research project:
Title: Reducing Turnout Times in a Combination Department
Author: [[PERSON:Batallones, Rodelio T.]]
Department: Daly City Fire
Home: [[STREET_ADDRESS:318 Hillcrest Dr, Daly City, CA 94014]]
Email: [[EMAIL_ADDRESS:rbatallones@dalycityfire.org]]
Instructor: Dr. [[PERSON:Imelda Sarmiento]]"""),

("positive", "travel_card_reimbursement", "haitian", """Student reimbursement dispute; she sent her card to pay the lodging fee and was told NFA lodging is free:
Name: [[PERSON:Marie-Lourdes Desrosiers]]
Card: [[CREDIT_CARD:5523 1461 1169 4442]] exp 09/29
Charge: $238.00 "Emmitsburg Inn" (off campus)
Write an answer explaining what the stipend does and doesn't cover."""),

("positive", "french_letter_quebec", "quebecois", """Traduire en anglais svp, c'est un pompier du Québec qui veut suivre un cours :
« Bonjour, je suis [[PERSON:Jean-Sébastien Lavigueur]], capitaine au Service de sécurité incendie de Lévis. Je suis né le [[DATE_OF_BIRTH:18 novembre 1984]]. Est-ce que les pompiers canadiens peuvent s'inscrire aux cours de la National Fire Academy ? Mon courriel : [[EMAIL_ADDRESS:js.lavigueur@ville.levis.qc.ca]], tél. [[PHONE_NUMBER:+1 418 555 0183]]. »"""),

("positive", "sbu_instructor_memo", "anglo+chinese", """[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Instructor performance review - contract instructor [[PERSON:Wen-Li Chou]], course R0150
Student complaints (3) forwarded by program manager [[PERSON:Harriet Lockridge]]. Instructor used a real department's after-action report with firefighters' names on the slides.
Please rewrite as a neutral summary for the contracting officer.
[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]"""),

("evasion", "spaced_ssn_application", "kikuyu", """Older paper application still has an SSN box (we don't use it anymore). Student wrote: [[US_SSN:2 1 9 - 4 4 - 7 0 3 6]] Name: [[PERSON:Njoroge Kamau]]. Should I black it out before scanning?"""),

("evasion", "routing_in_words", "tibetan", """Student dictated his bank info on the phone and I typed it in words, please turn into digits and check the routing number:
Student [[PERSON:Tenzin Norbu]]
routing [[ABA_ROUTING_NUMBER:zero six one, two nine six, four three nine]]
account [[US_BANK_NUMBER:eight eight two zero one four four seven six]]"""),

("evasion", "leet_password_chat", "maori", """IT chat, student's login for the LMS (he typed it to me, sigh):
me: do not send me your pw
him: too late lol it's [[PASSWORD:F1r3H0us3_Sm0k3y#7]]
name on the account: [[PERSON:Wiremu Tawhai-Kereama]]
How do I tell him to reset it?"""),

("hard_negative", "campus_public_address", None, """Put the campus address in the welcome e-mail: National Emergency Training Center, 16825 South Seton Avenue, Emmitsburg, MD 21727. Admissions questions go to the NFA admissions office through the contact page on usfa.fema.gov. Add the shuttle times from BWI."""),

("hard_negative", "course_codes", None, """Sort these by delivery type: R0123 (EFO), R0306, W0644, F0511, N0602, Q0890 (self-study), and the state-weekend courses H0615 and H0751. Which ones carry college credit recommendations?"""),

("hard_negative", "historical_fires", None, """For a fire-prevention week handout: the Great Chicago Fire of 1871 (the Mrs. O'Leary's cow legend), the Peshtigo Fire the same night, the Triangle Shirtwaist Factory fire of 1911, and the Cocoanut Grove fire of 1942. Two sentences each on the code changes they led to."""),

("hard_negative", "memorial_eponyms", None, """Directions for visiting students: the National Fallen Firefighters Memorial is on campus near the chapel; the Seton Shrine, named after Elizabeth Ann Seton, is in town; Mount St. Mary's University is just south. Write a short "things to see" paragraph."""),

("hard_negative", "stipend_rules_prose", None, """Explain the stipend rules: students in eligible courses can get reimbursed for the cheapest round-trip airfare or mileage up to the airfare amount; lodging and meals on campus are provided; international students and federal employees are not eligible. Turn into five bullets."""),

("hard_negative", "sid_format_help", None, """A student asked why his FEMA SID is 10 digits and starts with 000. Explain that the Student Identification number is issued by FEMA's SID system, is not his SSN, and can be retrieved at the FEMA SID site if forgotten. Keep it short."""),

("hard_negative", "roster_template", None, """Class roster template for off-campus deliveries:
name\tdept\tstate\tsid\temail
(one row per student; SID required; no DOB or SSN)
Write instructions for the host agency coordinator on how to fill and return it."""),

("hard_negative", "name_like_words", None, """Edit this recruiting paragraph: "Hope is not a strategy. Will and skill make a company officer. Young firefighters should seek mentors, not just Rich experiences on the fireground, but Joy in the work." The capitalized words are on purpose for the poster; keep them."""),

("hard_negative", "password_reset_instructions", None, """Write instructions for students locked out of the online admissions system: use the "Forgot password" link, enter the SID and e-mail on file, check spam for the reset e-mail, and never send a password to NFA staff. If it still fails, call the admissions help line listed on the website."""),

("hard_negative", "invoice_numbers", None, """Contractor invoice for the dorm linen service: Invoice 2026-11-0457, PO 70FA2026P00000115, CLIN 0001 120 sets @ $14.20, CLIN 0002 laundry service. Does the PO number format look right for a FEMA order?"""),
]
