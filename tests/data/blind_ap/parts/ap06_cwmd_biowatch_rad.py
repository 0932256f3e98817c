# Voice ap06: DHS CWMD -- BioWatch lab staff rosters, radiation detectors loaned to special-event organisers


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "biowatch_lab_roster_tsv", "anglo+nepali+eritrean", L(
"""BioWatch jurisdiction lab roster (tab-separated from the state PHL). Who is missing a cell number?
name\trole\tcell\temail
Corliss Vandermeer\tLab director\t(614) 555-0144\tcvandermeer@odh-phl.example.gov
Bhupendra Raj Kafle\tMicrobiologist II\t(614) 555-0178\tbkafle@odh-phl.example.gov
Senait Weldegiorgis\tMicrobiologist I\t\tsweldegiorgis@odh-phl.example.gov""",
("PERSON", "Corliss Vandermeer"), ("PHONE_NUMBER", "(614) 555-0144"), ("EMAIL_ADDRESS", "cvandermeer@odh-phl.example.gov"),
("PERSON", "Bhupendra Raj Kafle"), ("PHONE_NUMBER", "(614) 555-0178"), ("EMAIL_ADDRESS", "bkafle@odh-phl.example.gov"),
("PERSON", "Senait Weldegiorgis"), ("EMAIL_ADDRESS", "sweldegiorgis@odh-phl.example.gov"))),

("positive", "detector_hand_receipt", "anglo+hispanic",
"""Hand receipt for loaned equipment – make a cleaner version for signature:
Issued to: [[PERSON:Lucinda Harrowgate]], Director of Event Security, Music City Marathon Assn.
Issued by: [[PERSON:Arturo Belmonte Saucedo]], CWMD Rad/Nuc Equipment Program
Items: 12 x personal radiation detectors (PRD) S/N PRD-77104 to PRD-77115; 2 x RIID S/N RI-30988, RI-30991
Return by: 05/04/2027
Borrower phone: [[PHONE_NUMBER:615-555-0172]]"""),

("positive", "event_organizer_email", "persian+anglo",
"""Subject: RE: detector loan for the New Year's fireworks

Thanks [[PERSON:Golnaz]]. We'll ship the backpacks to the venue security office at [[STREET_ADDRESS:300 Riverfront Dr, Suite 2, Little Rock, AR 72201]], attention [[PERSON:Beau Tillery]].

> From: [[PERSON:Golnaz Farahani-Moghadam]] <[[EMAIL_ADDRESS:gfarahani@lr-riverfest.example.org]]>
> Our volunteers need the training before 12/28. Can [[PERSON:Beau]] sign for them?"""),

("positive", "training_signin_ocr", "quechua+irish+igbo+kazakh",
"""OCR of the PRD training sign-in, clean it up into a table:
NAME                      AGENCY                    PHONE
[[PERSON:Tupac Mamani Quispe]]       Pulaski Co SO             [[PHONE_NUMBER:501 555 0113]]
[[PERSON:ALINTA O'SHEA]]             LRFD Hazmat               [[PHONE_NUMBER:501 555 0129]]
[[PERSON:Ngozi Amadi-Okafor]]        AR Dept of Health         [[PHONE_NUMBER:501 555 0161]]
[[PERSON:Ruslan Zhakenov]]           Event staff (contract)    [[PHONE_NUMBER:501 555 0190]]"""),

("positive", "lab_staff_clearance_chat", "anglo+chinese",
"""[[PERSON:Gideon Ashcombe]]: do we have the suitability dates for the new BioWatch tech?
[[PERSON:Fang Xiuying]]: yes, [[PERSON:Madeleine Ortolani]], DOB [[DATE_OF_BIRTH:1996-01-23]], adjudicated 11/20
[[PERSON:Gideon Ashcombe]]: great, add her to the roster"""),

("positive", "field_operator_timesheet", "hispanic+polish",
"""BioWatch field collector timesheet issue – the contractor says these two were double-billed, explain how to check:
Collector [[PERSON:Jesús Manuel Arreola]] EDIPI [[DOD_EDIPI:1478320965]] – Route 4, 11/14 and 11/15
Collector [[PERSON:Bożena Wiśniewska]] EDIPI [[DOD_EDIPI:1532048871]] – Route 7, 11/15"""),

("positive", "cui_biowatch_banner", None,
"""[[CUI_MARKING:CUI//SP-CRITI]]
BioWatch collector locations, Region 5 jurisdiction: 27 sites, 4 indoor. Replacement schedule for Q1.
[[CUI_MARKING:CUI//SP-CRITI]]
Summarize the schedule into a Gantt-style list."""),

("positive", "classified_portion_excerpt", None,
"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Threat stream referencing radiological material near the stadium event...
[[CLASSIFICATION_MARKING:(U)]] Detector deployment plan unchanged.
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
help me write the unclassified version for the event organizers"""),

("positive", "detector_inventory_json", "anglo+hawaiian",
"""{"loans":[
 {"event":"Waikiki holiday parade","custodian":"[[PERSON:Keoni Kealamakia]]","custodian_email":"[[EMAIL_ADDRESS:keoni.kealamakia@honoluluevents.example.org]]","prd":8,"riid":1},
 {"event":"Pro Bowl fan fest","custodian":"[[PERSON:Leilani Akana-Brewster]]","custodian_phone":"[[PHONE_NUMBER:808-555-0135]]","prd":20,"riid":2}
]}
which loans are overdue if they were due 11/30?"""),

("positive", "shipment_to_home", "cambodian",
"""The event security lead wants the detectors shipped to his house, is that allowed? Here's what he sent:
[[PERSON:Sokha Prum]]
[[STREET_ADDRESS:1945 E Anaheim St, Apt 7, Long Beach, CA 90813]]
cell [[PHONE_NUMBER:562-555-0118]]"""),

("positive", "grant_portal_password", "anglo",
"""Need to update the equipment in the grants portal. [[PERSON:Verna Castleberry]] gave me the program login: bw_region5_admin / [[PASSWORD:Ant#rax-Neg8tive!]] — how do I add a second user properly so I don't keep using hers?"""),

("positive", "slack_bot_token", None,
"""our detector-loan reminder bot stopped posting, here's the config:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-4827390165-7719384025516-qVh3Zr8TpLw2Xk6NcB9mYd4J]]
CHANNEL=#rn-loans
CRON=0 8 * * MON"""),

("positive", "lab_director_letter_ru", "russian",
"""Переведите на английский:
Уважаемый господин [[PERSON:Белозерский]], сообщаю, что сотрудница лаборатории [[PERSON:Екатерина Дмитриевна Полякова]] (дата рождения [[DATE_OF_BIRTH:12.08.1989]]) прошла обучение по программе BioWatch. Её телефон: [[PHONE_NUMBER:+7 812 555-01-29]]."""),

("evasion", "cyrillic_email", "maori",
"""organizer contact for the air show is [[PERSON:Anahera Te Rangihau]], email [[EMAIL_ADDRESS:at\u0435rangihau@wingsov\u0435rtexas.example.org]] (copied from her pdf, some letters look weird)"""),

("evasion", "portion_mark_markdown", None,
"""Can you fix the markdown in this? It renders weird:
__[[CLASSIFICATION_MARKING:S E C R E T // N O F O R N]]__
Summary of radiological alarm adjudication for the event, see para 2."""),

("evasion", "phone_words", "ghanaian",
"""the event medic [[PERSON:Efua Amponsah]] left her number in the chat spelled out: [[PHONE_NUMBER:two one four, five five five, zero one nine eight]]"""),

("hard_negative", "biowatch_public_description", None,
"""Write a public-facing paragraph about BioWatch: an early-warning system for airborne biological agents operating in more than 30 jurisdictions, run with state and local public health labs. Keep it at an 8th-grade level."""),

("hard_negative", "detector_serials", None,
"""PRD serials PRD-77104 through PRD-77115, RIID RI-30988, property tags 70Z-0441-2287 and 70Z-0441-2288. Build a spreadsheet formula that checks each loaned serial is returned."""),

("hard_negative", "isotopes_and_eponyms", None,
"""For the training slide: explain Geiger-Müller tubes vs sodium iodide scintillators, what a sievert is (named after Rolf Sievert), and why Cs-137 and Co-60 are common check sources."""),

("hard_negative", "same_shape_no_pii", None,
"""BioWatch jurisdiction lab staffing summary (tab-separated). Which roles are vacant?
role\tfilled\tvacant
Lab director\t1\t0
Microbiologist II\t3\t1
Microbiologist I\t4\t2"""),

("hard_negative", "prose_classification", None,
"""When we brief event organizers, how do I make sure nothing from a classified threat product leaks into the unclassified talking points? Give me a process, not an example."""),

("hard_negative", "event_names", None,
"""Upcoming loans: Rose Parade, Mardi Gras, the Kentucky Derby, Boston Marathon, and Macy's parade. Which ones already have SEAR 1 ratings? General knowledge only."""),

("hard_negative", "cwmd_public_address", None,
"""Mailing address for returning equipment: use the program's public address from our website, not personal addresses. Draft the sentence saying that, without the address itself since it's on the site."""),

("hard_negative", "fictional_characters", None,
"""Make a fun tabletop intro where 'Homer Simpson' works at the nuclear plant and walks through a PRD checkpoint. Keep it clearly fictional and short."""),

("hard_negative", "dates_not_dob", None,
"""Loans issued 11/02/2026, due 05/04/2027; calibration 03/15/2026, next due 03/15/2027. Lab proficiency test 10/08/2026. Put these into a calendar."""),

("hard_negative", "prose_slack_token", None,
"""How should we store the Slack bot token for the reminder bot? Key Vault vs environment variable. Explain rotation in a few steps."""),

("positive", "cui_designation_block", None,
"""[[CUI_MARKING:CUI//SP-CRITI//FED ONLY]]
BioWatch Region 9 collector relocation plan, FY27
[[CUI_MARKING:Controlled by: DHS Countering Weapons of Mass Destruction Office
Controlled by: Office of Health Security, BioWatch Program
CUI Category: CRITI
Limited Dissemination Control: FED ONLY
POC: BioWatch Program Office, (202) 555-0166]]
Please draft a cover email to the jurisdiction coordinators (don't include the plan itself)."""),

]
