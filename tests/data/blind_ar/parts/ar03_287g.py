"""ar03: ICE 287(g) program (sheriffs' offices, MOAs, nominated deputies' training rosters)."""

RECORDS = [
("positive", "nominee_roster_csv", "anglo+hispanic+cherokee", """Nominee roster from the sheriff's office for the March class - can you check for missing fields before I send it to the academy?
last_name,first_name,middle,dob,ssn,badge,model,email
Drumheller,Colby,Ray,[[DATE_OF_BIRTH:1988-02-17]],[[US_SSN:441-62-8350]],1147,JEM,[[EMAIL_ADDRESS:cdrumheller@sequoyahcountyso.org]]
Villaescusa,Yoseline,,[[DATE_OF_BIRTH:1992-07-30]],[[US_SSN:448-17-2209]],1203,JEM,[[EMAIL_ADDRESS:yvillaescusa@sequoyahcountyso.org]]
Sixkiller,Dakota,J,[[DATE_OF_BIRTH:1985-12-13]],,1089,TFM,[[EMAIL_ADDRESS:asixkiller@sequoyahcountyso.org]]""".replace("Drumheller,Colby,Ray", "[[PERSON:Drumheller]],[[PERSON:Colby]],[[PERSON:Elwood]]").replace("Villaescusa,Yoseline", "[[PERSON:Villaescusa]],[[PERSON:Yoseline]]").replace("Sixkiller,Dakota,J", "[[PERSON:Sixkiller]],[[PERSON:Ahyoka]],J")),

("positive", "sheriff_email", "anglo+igbo", """Subject: RE: 287(g) MOA renewal - Pickens County

Good morning,
Sheriff [[PERSON:Hamby]] signed the MOA yesterday. I'm sending the signed copy by FedEx to your office. Our point of contact going forward will be Chief Deputy [[PERSON:Lonnie Satterfield]] ([[PHONE_NUMBER:864-555-0131]], [[EMAIL_ADDRESS:lsatterfield@pickenssheriff.net]]) since I'm retiring in January.

Thanks for everything,
[[PERSON:Darlene Hooper-Wise]]
Executive Assistant to the Sheriff

> On Thu, Dec 3, 2026, [[PERSON:Okwuosa, Emeka]] wrote:
> Please return the signature page by Dec 15 so the MOA doesn't lapse."""),

("positive", "background_check_form", "filipino", """Background investigation request - 287(g) nominee (typed from the paper form)
Full name: [[PERSON:MANALANSAN, ROMMEL ADVINCULA]]
Date of birth: [[DATE_OF_BIRTH:26 SEP 1986]]  Place of birth: Olongapo, Philippines
SSN: [[US_SSN:523 48 7716]]
Naturalization cert.: 30419876  A-number (former): [[A_NUMBER:A091664238]]
Home address: [[STREET_ADDRESS:2208 Red Maple Ln, Kingsland, GA 31548]]
Phone: [[PHONE_NUMBER:(912) 555-0197]]
Is the former A-number needed for a naturalized nominee, or is the certificate number enough?"""),

("positive", "academy_class_roster_md", "samoan+hispanic+anglo+vietnamese", """| # | Officer | Agency | Model | Seat |
|---|---|---|---|---|
| 1 | [[PERSON:Tavita Tuiolosega]] | Clark County SO | JEM | A3 |
| 2 | [[PERSON:Araceli Benavídez-Rojo]] | Hidalgo Co. SO | TFM | A4 |
| 3 | [[PERSON:Thaddeus Crumpler]] | Baldwin Co. SO | WSO | B1 |
| 4 | [[PERSON:Lâm Quốc Huy]] | Harris Co. SO | JEM | B2 |
Add a column for lodging (all are at the academy dorm except seat B1, who is local)."""),

("positive", "les_steering_minutes", "anglo+somali", """[[CUI_MARKING:(U//LES)]] 287(g) Steering Committee - Hennepin region, 11/19/2026
Attendees: Capt. [[PERSON:Rolf Engebretsen]] (SO), SDDO [[PERSON:Abdirahman Farah Yusuf]] (ICE), [[PERSON:Kristin Lundgaard]] (county attorney's office)
[[CUI_MARKING:(U//LES)]] Jail reported 41 encounters in Q4; 3 detainers not honored due to court release timing.
[[CUI_MARKING:(U//LES)]] Capt. [[PERSON:Engebretsen]] asked for a second WSO training slot.
Turn into a short summary e-mail to the field office director."""),

("positive", "deputy_reassignment_sms", "anglo", """Texts from the sheriff's training sergeant, tell me what I need to do in the system:
"Hey its [[PERSON:Sgt. Bo Kimbrell]]. Deputy [[PERSON:Jolene Ashcraft]] got promoted to patrol, she wont be doing 287g at the jail anymore. Replacing her with Deputy [[PERSON:Marcus Wheatley]] DOB [[DATE_OF_BIRTH:5/14/94]] badge 2231. His cell [[PHONE_NUMBER:256-555-0159]]" """.replace("[[PERSON:Sgt. Bo Kimbrell]]", "Sgt. [[PERSON:Bo Kimbrell]]")),

("positive", "nominee_with_edipi", "anglo+native_hawaiian", """Two nominees are veterans and the sheriff's HR put their DoD IDs on the form. Do we need these for the BI or should I tell them to strip it?
1) [[PERSON:Kainoa Kahananui]] - DoD ID [[DOD_EDIPI:1528847103]] - DOB [[DATE_OF_BIRTH:08-JAN-1990]]
2) [[PERSON:Bradley Tuggle]] - DoD ID [[DOD_EDIPI:1492076655]] - DOB [[DATE_OF_BIRTH:21-MAR-1984]]"""),

("positive", "pipe_export_encounters", "guatemalan+honduran", """Why is the jail's export giving me duplicate rows? (pipe-delimited from their JMS)
booking_no|name|dob|a_number|charge|status
2026-11873|[[PERSON:CHOC CAAL, ERWIN]]|[[DATE_OF_BIRTH:19900412]]|[[A_NUMBER:A208114563]]|DUI|detainer lodged
2026-11873|[[PERSON:CHOC CAAL, ERWIN]]|[[DATE_OF_BIRTH:19900412]]|[[A_NUMBER:A208114563]]|DUI|detainer lodged
2026-11902|[[PERSON:MEJIA PAZ, OSMAN RIGOBERTO]]|[[DATE_OF_BIRTH:19830227]]||NO DL|screened - no match"""),

("positive", "spanish_moa_question", "hispanic", """Un teniente del condado me mandó esto, ¿me ayudas a contestarle en inglés y español?
"Buenas tardes, soy el teniente [[PERSON:Heriberto Lozoya]] de la oficina del sheriff del condado de Kinney. Queremos saber si el modelo de oficial de servicio de órdenes (WSO) requiere que nuestro personal tenga computadora de ICE en la cárcel. Mi número es [[PHONE_NUMBER:830-555-0118]] y mi correo [[EMAIL_ADDRESS:hlozoya@kinneycountytx.us]]." """),

("positive", "training_waiver_ticket", "anglo+sikh", """Ticket #287G-4419 | Category: Training waiver
Requester: [[PERSON:Manpreet Kaur Bhullar]] (Program Manager)
Details: Deputy [[PERSON:Wyatt Lindstedt]] ([[PERSON:Lindstedt, Wyatt A.]], badge 604, Marathon Co. SO) missed day 3 of the refresher due to a court appearance. Sheriff asks whether he can make up day 3 in the next class on [[PERSON:Lindstedt]]'s own time. Contact: [[EMAIL_ADDRESS:wlindstedt@marathoncountywi.gov]]
Decision needed by 12/18."""),

("positive", "access_account_email", "anglo", """Can you rewrite this more professionally? I'm writing to a jail IT guy:

Hey [[PERSON:Royce]] - the ICE workstation in booking won't log the new deputy in. For the record I am NOT going to reset it to the temporary password you wrote on the monitor ([[PASSWORD:Booking!Temp2026]]), take that sticky note down today please. The deputy needs to call the ICE service desk from the jail line and do it himself.
[[PERSON:Gail Prendergast]], 287(g) Program Analyst"""),

("positive", "voicemail_nominee", "marshallese", """Voicemail transcript (12/01, 2:10 pm): "Hi, this is Deputy Jabwe Lanki from the Benton County Sheriff, I'm one of the nominees for the January class. I have a question about the physical, my doctor is out. Call me back at 479-555-0170, again 479-555-0170. Thank you." - draft a callback script.""".replace("Jabwe Lanki", "[[PERSON:Jabwe Lanki]]").replace("479-555-0170,", "[[PHONE_NUMBER:479-555-0170]],").replace("again 479-555-0170.", "again [[PHONE_NUMBER:479-555-0170]].")),

("positive", "graduation_certificates_yaml", "ethiopian+anglo", """# certificate generator input - graduation 2026-12-11
class: JEM-27-02
instructors:
  - name: "[[PERSON:Tewodros Alemayehu]]"
    role: lead
  - name: "[[PERSON:Shelby Rountree]]"
    role: legal
graduates:
  - "[[PERSON:Ignacio Rendón]]"
  - "[[PERSON:Priscilla Vance-Oduya]]"
  - "[[PERSON:Elmer Gatlin]]"
why does the template print the instructors twice?"""),

("positive", "cui_designation_block_moa", "anglo", """Formatting help: the MOA cover memo has this block and the sheriff's office asks what it means.
[[CUI_MARKING:CUI//LEI]]
[[CUI_MARKING:Controlled by: Immigration and Customs Enforcement
Controlled by: ERO 287(g) Program Office
CUI Category: Law Enforcement Investigation
Limited Dissemination Control: FEDCON
POC: Rosalba Echemendía, 202-555-0142]]
Memo to Sheriff [[PERSON:Wade Tillotson]], Calhoun County: renewal of the Jail Enforcement Model agreement; nominated officers listed in Attachment B.
Explain the block to him in two sentences."""),

("evasion", "fullwidth_ssn", "samoan", """The nominee filled in the PDF from his phone and the SSN came through weird: [[US_SSN:４５３－２８－６１９０]]. Name [[PERSON:Fetu Aumavae]]. Can you give me it in normal digits for the BI request?"""),

("evasion", "ssn_split_messages", "hispanic", """Chat with the sheriff's HR clerk:
HR: nominee [[PERSON:Ruben Zamudio]], first part of his SS is [[US_SSN:461-83
HR: sorry hit enter. last 4 is 2957]]
Me: please don't send SSNs over chat next time, use the secure upload
Put the full number together for the form."""),

("evasion", "les_dotted", "ukrainian", """Header on the sheriff's forwarded memo reads [[CUI_MARKING:L.E.S.]] and then: "Deputy [[PERSON:Dmytro Kravchuk-Hale]] has been removed from 287(g) duties pending an IA investigation." How should I update the roster?"""),

("hard_negative", "statute_and_moa_sections", None, """Explain the difference between the three 287(g) models in plain language for a county commission meeting: Jail Enforcement Model, Task Force Model, and Warrant Service Officer. Cite INA section 287(g) / 8 U.S.C. 1357(g) and mention that the MOA's Appendix D covers the complaint procedure."""),

("hard_negative", "county_names_sheriff_title", None, """Which of these counties have an active agreement according to the public list on ice.gov: Sheriff of Lee County, Sheriff of Marion County, Sheriff of Washington County, Sheriff of Jackson County, Sheriff of Franklin County? There are many states with those county names, so list them by state."""),

("hard_negative", "roster_template_blank", None, """last_name,first_name,middle,dob,ssn,badge,model,email
,,,YYYY-MM-DD,###-##-####,,JEM|TFM|WSO,
Instructions: one row per nominee. Do not e-mail this file once filled; upload it to the secure portal. Make me a one-paragraph instruction for the sheriff's HR."""),

("hard_negative", "booking_numbers", None, """The jail uses booking numbers like 2026-11873 and case numbers like 26-CR-004417, and their property receipts are numbered 555-01-7762. Our detainer log has a column "event no." formatted 123-45-6789 style, which keeps getting flagged by our own DLP as SSNs. Suggest a different display format."""),

("hard_negative", "public_ice_contacts", None, """For the county's public FAQ: members of the public with questions about 287(g) can use the ICE contact form on ice.gov; to report a tip, call 1-866-347-2423. ICE headquarters is at 500 12th Street SW, Washington, DC 20536. Draft a short Q&A with those contact points."""),

("hard_negative", "training_curriculum", None, """The 287(g) basic course outline: immigration law, civil rights and civil liberties, cultural awareness, use of the Department's databases, detainer and warrant forms (I-247A, I-200, I-205), and a practical exam. Turn this into a two-week schedule with days off on the weekend."""),

("hard_negative", "les_prose", None, """The sheriff wants to post the steering committee minutes on the county website. Our copy was marked as law enforcement sensitive. Can the county publish its own version if it removes the LES parts, or does everything discussed in the meeting stay restricted?"""),

("hard_negative", "kinship_titles", None, """Draft a note for the Chief Deputy: the Sheriff's wife is hosting the graduation reception, and the Undersheriff's brother-in-law owns the catering company. Ask whether this needs an ethics review on their side; it's their event, not ours."""),

("hard_negative", "password_policy_jail", None, """The jail's IT policy says "passwords must be at least 12 characters, include a number and a symbol, and be changed every 90 days; never write a password on the workstation". Our rules of behavior say 15 characters. Which one applies to a deputy using an ICE workstation at the jail?"""),

("hard_negative", "historical_names", None, """A commissioner asked why the jail annex is named after Andrew Jackson and the courthouse after Robert E. Lee. Not our business, but can you give me two neutral sentences explaining that county buildings are often named after historical figures and that naming is a local decision?"""),
]
