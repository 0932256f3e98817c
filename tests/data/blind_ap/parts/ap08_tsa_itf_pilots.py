# Voice ap08: TSA Innovation Task Force -- checkpoint technology pilots at airports, vendor demos, volunteer passengers


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "volunteer_signup_csv", "anglo+punjabi+mexican", L(
"""Volunteer passengers for the self-screening lane demo at LAS, dedupe please:
first_name,last_name,email,ktn,consent_signed
Birdie,Ridgeway,birdie.ridgeway82@gmail.com,TT4K9R2M7,Y
Simranjeet,Grewal,simranjeet.grewal.lv@outlook.com,,Y
Birdie,Ridgeway,birdie.ridgeway82@gmail.com,TT4K9R2M7,Y
Nayeli Itzamara,Carranza Olmos,itzelcarranza@yahoo.com,150329871,N""",
("PERSON", "Birdie"), ("PERSON", "Ridgeway"), ("EMAIL_ADDRESS", "birdie.ridgeway82@gmail.com"), ("KNOWN_TRAVELER_NUMBER", "TT4K9R2M7"),
("PERSON", "Simranjeet"), ("PERSON", "Grewal"), ("EMAIL_ADDRESS", "simranjeet.grewal.lv@outlook.com"),
("PERSON", "Nayeli Itzamara"), ("PERSON", "Carranza Olmos"), ("EMAIL_ADDRESS", "itzelcarranza@yahoo.com"), ("KNOWN_TRAVELER_NUMBER", "150329871"))),

("positive", "vendor_demo_email", "anglo+israeli",
"""Subject: RE: CT demo at the innovation checkpoint – attendees

[[PERSON:Thandiwe]], the vendor is bringing two engineers. Please add them to the escort list: [[PERSON:Avishai Ben-Dror]] and [[PERSON:Noa Shalev-Katz]]. Their lead is [[PERSON:Grant Fairweather]], [[PHONE_NUMBER:(617) 555-0148]], [[EMAIL_ADDRESS:gfairweather@clearscan-imaging.example.com]].

> From: [[PERSON:Thandiwe Oduya-Lindqvist]]
> Who is coming from the vendor on 12/15? I need names for the airport badging office by Wednesday."""),

("positive", "consent_form_ocr", "hispanic",
"""OCR of a signed volunteer consent form – fix the text:
VOLUNTEER PARTlCIPANT CONSENT – Biometric Touchless ID Pilot
Participant name: [[PERSON:Esperanza Villaseñor Trujillo]]
Date of birth: [[DATE_OF_BIRTH:O8/21/1967]]
Known Traveler Number (optional): [[KNOWN_TRAVELER_NUMBER:TT7WQ3B5N]]
Signature: ____[[PERSON:E. Villaseñor]]____   Date: 12/02/2026""".replace("[[DATE_OF_BIRTH:O8/21/1967]]", "[[DATE_OF_BIRTH:08/21/1967]]")),

("positive", "pilot_feedback_survey_json", "vietnamese+anglo",
"""{"responses":[
 {"id":1,"name":"[[PERSON:Đoàn Minh Châu]]","phone":"[[PHONE_NUMBER:702-555-0189]]","rating":4,"comment":"faster than regular lane"},
 {"id":2,"name":"[[PERSON:Willis Harrower]]","phone":null,"rating":2,"comment":"bin kept rejecting my laptop"}
]}
average the ratings and summarize the comments"""),

("positive", "airport_stakeholder_minutes", "anglo+yoruba+chinese",
"""Minutes – ITF pilot kickoff, DFW Terminal D, 12/01
Present: [[PERSON:Cheryl Dunaway]] (FSD office), [[PERSON:Olamide Ajibola]] (airport ops), [[PERSON:Tse Ka-wing]] (vendor PM)
- Lane 4 closed 12/08–12/19 for install.
- [[PERSON:Olamide]] needs the power drop spec by 12/04.
- [[PERSON:Cheryl]] raised that volunteers must be 18+."""),

("positive", "ssi_marked_test_plan", None,
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Operational test plan – automated screening lane, detection threshold settings in Table 3.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation. Unauthorized release may result in civil penalty or other action. For U.S. government agencies, public disclosure is governed by 5 U.S.C. 552 and 49 CFR parts 15 and 1520.]]
Can you turn Section 2 into a one-page summary?"""),

("positive", "vendor_ftp_creds", "anglo",
"""The vendor sent the image dataset location, is this a normal way to share it?
"sftp://itfdrop.vendor-example.com  user: tsa_itf  pw: [[PASSWORD:Scan2026!Lane4#x]]  – [[PERSON:Brody Kessinger]], Solutions Eng.\""""),

("positive", "volunteer_injury_note", "arab",
"""Incident note, make it factual and neutral:
Volunteer [[PERSON:Layla Qasim Barakat]] (DOB [[DATE_OF_BIRTH:1994/05/11]], phone [[PHONE_NUMBER:+1 (214) 555-0106]]) caught her finger in the automated bin return at 10:42. First aid by airport EMS. She declined transport."""),

("positive", "badge_escort_list", "german+korean+swedish",
"""Escort list for the Orlando demo, put in alphabetical order:
Schüttler, Friedrich – vendor, passport [[US_PASSPORT:C4R718825]] – escort: TSA
Baek, Seung-woo – vendor
Lindahl, Kirsten – airport IT""".replace("Schüttler, Friedrich", "[[PERSON:Schüttler, Friedrich]]").replace("Baek, Seung-woo", "[[PERSON:Baek, Seung-woo]]").replace("Lindahl, Kirsten", "[[PERSON:Lindahl, Kirsten]]").replace('"korean+german"', '"korean+german"')),

("positive", "teams_chat_volunteers", "irish+haitian",
"""[2:14 PM] [[PERSON:Niamh Costigan]]: got 40 volunteers for tomorrow
[2:15 PM] [[PERSON:Stanley Duvivier]]: do they all have KTN? vendor wants precheck flyers
[2:15 PM] [[PERSON:Niamh Costigan]]: no, maybe half. [[PERSON:Stanley]] can you call the backup volunteer, [[PERSON:Joy Abernathy]], [[PHONE_NUMBER:407-555-0174]]
summarize who does what"""),

("positive", "github_token_repo", None,
"""pipeline for the pilot analytics repo fails cloning, here's my .netrc:
machine github.com
login itf-analytics-bot
password [[GITHUB_TOKEN:ghp_R7vK2qLmX9tWz4Yb8NcJ3hFd6Ps1Ua0GeQiT]]"""),

("positive", "pilot_hire_onboarding", "sri_lankan",
"""New ITF analyst onboarding sheet – which fields does HR still need?
Name: [[PERSON:Dilrukshi Ekanayake-Gunawardena]]
Personal email: [[EMAIL_ADDRESS:dilrukshi.w@protonmail.com]]
Home: [[STREET_ADDRESS:4410 Lee Hwy, Apt 1204, Arlington, VA 22207]]
SSN: [[US_SSN:683-96-6491]]"""),

("positive", "precheck_volunteer_sms", "cape_verdean",
"""reply to this volunteer in Portuguese that we don't need her KTN: "Oi, sou [[PERSON:Djenifer Lopes Furtado]], meu número de viajante é [[KNOWN_TRAVELER_NUMBER:TT2HM6X4C]], preciso levar?\""""),

("evasion", "ktn_dots", "mongolian",
"""volunteer [[PERSON:Oyuunchimeg Batbold]] wrote his KTN as [[KNOWN_TRAVELER_NUMBER:T.T.9.P.4.L.R.2.D]] on the sheet, paste it normally"""),

("evasion", "ssi_emphasis", None,
"""Paste from the vendor deck, the header renders weird in markdown:
***[[CUI_MARKING:S̲E̲N̲S̲I̲T̲I̲V̲E̲ S̲E̲C̲U̲R̲I̲T̲Y̲ I̲N̲F̲O̲R̲M̲A̲T̲I̲O̲N̲]]***
Detection rates by threat category, lane 4."""),

("evasion", "email_split_turns", "ethiopian",
"""turn 1: volunteer email is [[EMAIL_ADDRESS:yohannes.gebrekidan
turn 2: @gmail.com]]
combine and add to the list for [[PERSON:Yohannes Gebrekidan]]"""),

("hard_negative", "supplemental_security_income", None,
"""A volunteer asked whether the $50 gift card for the pilot affects her SSI (Supplemental Security Income). What should we tell volunteers generally? Don't give legal advice."""),

("hard_negative", "public_tsa_contacts", None,
"""For the volunteer handout: questions about screening go to the TSA Contact Center, 866-289-9673, or @AskTSA on social media. Passengers needing assistance can call TSA Cares at 855-787-2227. Make the handout shorter."""),

("hard_negative", "same_shape_no_pii", None,
"""Volunteer counts for the self-screening lane demo at LAS:
date,volunteers,with_ktn,consent_signed
2026-12-08,40,19,40
2026-12-09,35,17,33
chart it?"""),

("hard_negative", "prose_ssi", None,
"""Does a vendor's marketing deck about its detection algorithms count as SSI? They claim no test results are in it. Explain how we decide, citing 49 CFR 1520.5 categories in plain English."""),

("hard_negative", "equipment_ids", None,
"""Lane IDs LAS-D-04 and LAS-D-05, CT unit serial CT-88120-4471, ATR version 4.12.0-b3381. Which should go in the pilot tracker?"""),

("hard_negative", "words_as_names", None,
"""Naming the pilot lanes: "Hope Lane", "Swift", "Will Rogers Gate" (it's at OKC) and "Faith Terminal"? Suggest something more neutral."""),

("hard_negative", "example_ktn", None,
"""For the FAQ, say that a Known Traveler Number is on the back of the Global Entry card or in the TTP account, and usually 9 characters. Don't include an example number."""),

("hard_negative", "phone_like_order_numbers", None,
"""Vendor PO 702-555-3390-01? No, it's order 7025553390, invoice 0000441-26. Can you format them consistently for the pilot budget sheet?"""),

("hard_negative", "airport_codes_and_places", None,
"""Rank these pilot airports by passenger volume: LAS, DFW, MCO, BOS, SEA, and Jackson Hole. Also is Will Rogers World Airport in the running?"""),

("hard_negative", "github_policy_prose", None,
"""What's the right way to give our CI pipeline access to a private GitHub repo without a personal access token in .netrc? Fine-grained token in a secret store? Explain steps."""),
]
