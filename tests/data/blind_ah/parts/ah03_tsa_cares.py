# TSA Cares and the TSA Contact Center: passengers with disabilities and medical devices
RECORDS = [
("positive", "cares_request", "somali", """TSA Cares request #TC-26-118407 - please draft the PSS assignment note
Traveler: [[PERSON:Hodan Abdirahman Dhuhulow]]   DOB: [[DATE_OF_BIRTH:09/23/1958]]
Flight: DL 1184 MSP->ATL, Dec 14, 6:10am, Terminal 1
Needs: wheelchair from curb, has a pacemaker (card on file), speaks Somali only, traveling with daughter [[PERSON:Ayaan Dhuhulow]] who can be reached at [[PHONE_NUMBER:612-555-0158]]
KTN: [[KNOWN_TRAVELER_NUMBER:TT7V4Q2R9]]
Notes: daughter asks that screening be done in a private room by a female officer."""),
("positive", "call_transcript", "vietnamese+anglo", """Agent: TSA Contact Center, this is [[PERSON:Colleen]], how can I help?
Caller: Hi, my father uses an insulin pump and a CGM, he's flying out of SeaTac on Friday. His name is [[PERSON:Lưu Văn Thịnh]], that's L-U-U, and he was born [[DATE_OF_BIRTH:March 2nd, 1949]].
Agent: Thank you. Is there a good callback number?
Caller: Mine, [[PHONE_NUMBER:206 555 0133]], I'm his son [[PERSON:Kevin Luu]].
-- summarize this call for the ticket and list the screening options for the pump"""),
("positive", "email_to_cares", "egyptian", """Subject: Help with ostomy and screening at IAD

Hello,

My mother, [[PERSON:Samiha Abdel-Fattah Mansour]], had surgery last year and wears an ostomy bag. She is anxious about the pat-down. We fly Egyptair MS986 on 12/19. Could a Passenger Support Specialist meet us? Her date of birth is [[DATE_OF_BIRTH:4/7/1951]] and my number is [[PHONE_NUMBER:703-555-0192]].

Thank you,
[[PERSON:Karim Mansour]]
[[EMAIL_ADDRESS:karim.mansour.family@mailbox.example]]"""),
("positive", "notes_lowercase", "hmong", """pss note: mr [[PERSON:thao]] ([[PERSON:cha neng thao]]? spelled [[PERSON:Chaneng Thao]] on the boarding pass) is blind, uses a white cane, traveling w/ guide dog named Pepper. dob [[DATE_OF_BIRTH:1/30/67]]. arrived 5:40 at msp chkpt 6, escorted to gate f9. no issues. his wife [[PERSON:mai see vang]] met him at the gate."""),
("positive", "samoan_family", "samoan", """Can you help me write a TSA Cares request for my grandma? She's [[PERSON:Lupesina Fa'alogo Tuilagi]], 81, uses a walker and has a knee replacement, flying HNL to LAX on Hawaiian on the 22nd with my uncle [[PERSON:Faleolo Tuilagi]]. Her DOB is [[DATE_OF_BIRTH:14 June 1945]]. Put my phone [[PHONE_NUMBER:808-555-0119]] and email [[EMAIL_ADDRESS:sinatuilagi22@mailbox.example]] as contact."""),
("positive", "crm_json", "navajo", """{"caseId":"TC-26-119022","traveler":{"firstName":"[[PERSON:Delphine]]","lastName":"[[PERSON:Begaye-Tsosie]]","dob":"[[DATE_OF_BIRTH:1962-11-05]]","ktn":"[[KNOWN_TRAVELER_NUMBER:98214476]]"},"airport":"PHX","device":"portable oxygen concentrator","contact":{"phone":"[[PHONE_NUMBER:+1-928-555-0164]]"}}
why does our CRM reject this? it says ktn invalid"""),
("positive", "complaint_email", "polish", """I want to file a complaint. On November 29 at ORD checkpoint 7 an officer made my son, [[PERSON:Mateusz Wiśniewski-Kowal]], who has autism, go through the scanner three times and raised her voice. He was born [[DATE_OF_BIRTH:02.08.2011]]. We requested assistance through TSA Cares in advance (confirmation TC-26-117733). Please contact me, [[PERSON:Agnieszka Wiśniewska]], at [[PHONE_NUMBER:773.555.0107]] or [[STREET_ADDRESS:5213 N Milwaukee Ave, Apt 2, Chicago, IL 60630]].
-- help me turn this into a structured case summary with the facts only"""),
("positive", "japanese_request", "japanese", """次の内容を英語に翻訳してください。
祖母の[[PERSON:佐々木 千代子]]([[PERSON:Chiyoko Sasaki]])は人工股関節があり、車椅子を利用します。生年月日は[[DATE_OF_BIRTH:昭和15年8月3日]]です。12月20日の成田発ホノルル行きに乗ります。連絡先は[[PHONE_NUMBER:+81 3-5550-1287]]です。"""),
("positive", "ktn_lookup", "irish", """Traveler says his KTN isn't printing on his boarding pass. Name on reservation: [[PERSON:Cathal Ó Murchadha]], but his Global Entry card says [[PERSON:CATHAL OMURCHADHA]]. KTN [[KNOWN_TRAVELER_NUMBER:15593820]]. DOB [[DATE_OF_BIRTH:1979-04-16]]. what should I tell him to change with the airline?"""),
("positive", "yoruba_prosthetic", "yoruba", """Passenger [[PERSON:Oluwaseun Adebayo-Olaniyan]] has a below-knee prosthetic and a service animal (psychiatric). DOB [[DATE_OF_BIRTH:8 Sept 1984]]. Flying ATL-LOS on the 18th. Requests that the prosthetic not be removed. Residence: [[STREET_ADDRESS:3390 Peachtree Industrial Blvd, Apt 1207, Duluth, GA 30096]]. draft the PSS briefing"""),
("positive", "iranian_family", "iranian", """User: my mother [[PERSON:Farangis Ghorbani-Rad]] has dementia and gets confused in crowds. we fly out of LAX on 12/23. can I go through security with her even though I'm not flying? my name is [[PERSON:Arash Rad]] and her DOB is [[DATE_OF_BIRTH:1947/01/11]].
Assistant: Yes, in many cases a non-traveling companion can get a gate pass from the airline. Here's what to ask for:"""),
("positive", "cares_tracker_secret", None, """Trying to post the daily PSS roster to our Teams channel with a webhook; the Slack one worked before we migrated. Old config, for reference:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-286479385418-6411516370057-gOvpJUGql7qbK6d0olVj5ky8]]
CHANNEL=#pss-roster-bwi
How do I do the same with a Teams incoming webhook?"""),
("positive", "ssi_roster", "anglo+korean+romanian", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
PSS staffing, BWI, 12/14: 0430-1300 [[PERSON:Tamika Rowland]], 0430-1300 [[PERSON:Jae-won Seo]], 1200-2030 [[PERSON:Florin Dumitrescu]]
Checkpoint A lane 3 closed 0500-0700 for AIT maintenance.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation. Unauthorized release may result in civil penalty or other action.]]
turn the roster into a table"""),
("evasion", "spelled_dob_ktn", "indonesian", """pls update her profile: [[PERSON:Sri Rahayu Kusumawardhani]], born [[DATE_OF_BIRTH:the twenty-first of May, nineteen fifty-six]], known traveler number [[KNOWN_TRAVELER_NUMBER:nine eight seven zero, four four one, six two]]. convert the words to the normal format"""),
("evasion", "fullwidth_phone", "cambodian", """callback for [[PERSON:Sok Chanthou]] is [[PHONE_NUMBER:（２０９）５５５－０１７４]] - the form keeps rejecting it, can you retype it normally"""),
("evasion", "base64_name_dob", "tongan", """The caller's details are in the note base64'd so they don't show in the ticket preview: [[PERSON:U2lvc2lhIEZpbmF1]] / [[DATE_OF_BIRTH:MTk1My0xMC0wOA==]]. decode and fill in the Cares form please"""),
("hard_negative", "policy_question", None, """What are TSA's screening procedures for passengers with insulin pumps and continuous glucose monitors like the Dexcom G7 or Omnipod 5? Can they go through the AIT scanner, and what should a traveler tell the officer? Also what's the TSA Cares number and how far in advance should they call (72 hours?)."""),
("hard_negative", "public_helpline", None, """For the flyer: 'Call TSA Cares toll free at 855-787-2227, Monday through Friday 8 a.m. to 11 p.m. ET and weekends/holidays 9 a.m. to 8 p.m. ET. Hearing-impaired travelers may use 711 Relay.' Make it friendlier and under 40 words."""),
("hard_negative", "same_shape_no_pii", None, """TSA Cares request - please draft the PSS assignment note
Traveler: elderly woman, wheelchair from curb, pacemaker card, Somali speaker
Flight: early morning MSP->ATL, Terminal 1
Needs: private screening by a female officer, family member will accompany to checkpoint
No other details provided yet - leave placeholders for name and contact."""),
("hard_negative", "ktn_docs", None, """In our knowledge base the KTN field help text says 'e.g. 98XXXXXX or TTXXXXXXX (9 characters)'. Is it right that Global Entry KTNs start with 98 or 15 and TSA PreCheck ones with TT? Rewrite the help text to be clearer, keep the X placeholders."""),
("hard_negative", "device_names", None, """List of devices passengers asked about this month: Medtronic MiniMed 780G, Tandem t:slim X2, Inspire sleep apnea implant, Cochlear Nucleus 8, Ottobock Genium X3 knee, Invacare Platinum POC. Group them by whether they can go through the AIT scanner."""),
("hard_negative", "names_as_words", None, """Feedback card text: 'Grace and patience from the officer at checkpoint 3 made all the difference - my son Rusty (our service dog, a golden retriever) stayed calm. Faith restored in air travel!' Can you tag this comment with sentiment and a category?"""),
("hard_negative", "flight_codes", None, """Confirmation codes from this week's Cares requests: HX7QPL, K2M9TR, ZZB4NW. Flight numbers DL1184, HA10, MS986. Request IDs TC-26-118407 through TC-26-118455. Count how many distinct airlines are in the flight list."""),
("hard_negative", "ssi_training", None, """Training slide: 'Sensitive Security Information (SSI) is a category of sensitive but unclassified information. Checkpoint staffing levels and lane closures are SSI. Never post them in public channels.' Reword this for new PSS volunteers without quoting any actual marking."""),
("hard_negative", "history", None, """Write a short paragraph on how the Air Carrier Access Act of 1986 and the ADA shaped airport accessibility, mentioning Justin Dart Jr.'s advocacy and the 1990 Capitol Crawl."""),
]
