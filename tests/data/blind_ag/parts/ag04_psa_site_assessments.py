# Voice 4: CISA protective security advisors (PSAs): site assessments of stadiums, houses of worship,
# malls and venues; points of contact; outreach.
RECORDS = [
("positive", "poc_email_mosque", "egyptian",
"""Draft a follow-up to the mosque board after yesterday's walk-through:

To: Dr. [[PERSON:Hesham El-Sayed]] ([[EMAIL_ADDRESS:helsayed.icc@gmail.com]])
Cc: [[PERSON:Amira Fathy]], facilities
Thank them for hosting, summarize that we looked at the parking-lot lighting, the single point of entry on Friday, and the volunteer greeter program. Offer the Active Shooter Preparedness workshop for March. Mention I'll send the SAFE report within 30 days. My cell is [[PHONE_NUMBER:248-555-0167]]."""),

("positive", "assessment_pcii", "anglo",
"""[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Infrastructure Survey Tool — Facility: riverside multi-purpose arena (capacity 18,500)
Security Manager: [[PERSON:Bryce Hollenbeck]], [[PHONE_NUMBER:615-555-0129]]
Observations: vehicle barriers on the east plaza end 40 ft short of the loading dock; CCTV retention 14 days; no mass-notification integration with the city EOC.
Please rewrite the observations as options for consideration, the way we phrase them in the dashboard."""),

("positive", "synagogue_poc_list", "jewish+polish+tamil+hausa",
"""Add these to the contact sheet for the interfaith security round-table (CSV):
org,poc,role,phone,email
Beth Shalom Congregation,Rabbi [[PERSON:Miriam Adler-Katz]],senior rabbi,[[PHONE_NUMBER:412-555-0141]],[[EMAIL_ADDRESS:madlerkatz@bethshalom.example.org]]
St. Casimir Parish,Fr. [[PERSON:Tomasz Kowalczyk]],pastor,[[PHONE_NUMBER:412-555-0103]],[[EMAIL_ADDRESS:tkowalczyk@stcasimir.example.org]]
Sri Venkateswara Temple,[[PERSON:Srinivasan Raghavan]],trustee,[[PHONE_NUMBER:412-555-0187]],[[EMAIL_ADDRESS:s.raghavan@svtemple.example.org]]
Masjid Al-Noor,Imam [[PERSON:Yusuf Abubakar]],imam,[[PHONE_NUMBER:412-555-0125]],[[EMAIL_ADDRESS:imam.yusuf@alnoorpgh.example.org]]"""),

("positive", "mall_walkthrough_notes", "korean+anglo",
"""Notes from the mall walk with the GM, [[PERSON:Jae-won Lim]], and the contract security lead, [[PERSON:Dwayne Stubbs]]:
- 11 public entrances, 4 have no camera coverage of the vestibule
- Lockdown procedure is verbal only; PA system does not reach the food court
- [[PERSON:Stubbs]] says guards are not briefed on the 'see something' reporting path
Turn this into the executive summary for the SAFE report."""),

("positive", "stadium_event_plan", "mexican",
"""Event security plan excerpt, need help making a one-page matrix:
Event: regional soccer final, Sat 7 PM. Venue ops: [[PERSON:Rodrigo Saldaña]] ([[PHONE_NUMBER:(210) 555-0181]]). PD liaison: Cmdr. [[PERSON:Alicia Benavides]]. Fire marshal: [[PERSON:Gil Torrez]].
Threat picture: no specific threat; prior incidents of flares and a fence breach at gate C."""),

("positive", "vcard_export", "vietnamese",
"""Why won't Outlook import this contact?
BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Phan;Quoc Bao]]
FN:[[PERSON:Phan Quoc Bao]]
ORG:Little Saigon Business Association
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-714-555-0136]]
EMAIL:[[EMAIL_ADDRESS:phanquocbao.lsba@gmail.com]]
ADR;TYPE=WORK:;;[[STREET_ADDRESS:9200 Bolsa Ave, Westminster, CA 92683]]
END:VCARD"""),

("positive", "temple_followup_hindi", "indian",
"""Translate this message from the temple president to English and draft a reply:

नमस्ते, मैं [[PERSON:सुरेश प्रसाद त्रिपाठी]] हूँ, मंदिर समिति का अध्यक्ष। पिछले हफ्ते आपकी टीम आई थी, धन्यवाद। दिवाली समारोह के लिए हमें पार्किंग सुरक्षा पर सलाह चाहिए। मेरा नंबर [[PHONE_NUMBER:732-555-0119]] है।"""),

("positive", "ssi_excerpt", "anglo",
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Transit center adjacent to the stadium — screening lanes reduce to two after 9 PM. Transit police POC: Lt. [[PERSON:Karen Whitacre]].
Can you summarize the gaps for the joint plan with the stadium?"""),

("positive", "ist_json_export", "hawaiian+samoan+japanese",
"""Parse this IST API record and tell me which fields are empty:
{"facility_id": "IST-44-09187", "sector": "Commercial Facilities", "subsector": "Sports Leagues",
 "poc": {"name": "[[PERSON:Kealoha Kahananui]]", "title": "Director of Operations", "phone": "[[PHONE_NUMBER:808-555-0164]]"},
 "alt_poc": {"name": "[[PERSON:Ana Liufau]]", "phone": "[[PHONE_NUMBER:808-555-0109]]"},
 "assessment_date": "2024-10-17", "psa": "[[PERSON:Mark Iwamoto]]",
 "pcii_submission": true, "pcii_id": null}"""),

("positive", "church_incident_email", "nigerian+anglo",
"""Pastor forwarded this, summarize for my regional lead:
"Brother [[PERSON:Chukwudi Okonkwo-Mensah]] who leads our ushers noticed the same man photographing the children's wing doors three Sundays in a row. We got his plate. Our member Deacon [[PERSON:Harold Finch-Ames]] is a retired deputy and talked to him; he said he was 'just an architecture fan.' Who should we tell?"
Also draft a reply pointing them to local PD and the FBI tip line."""),

("positive", "classified_threat_brief", "anglo",
"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Reporting indicates interest by a domestic violent extremist network in mass gatherings at regional arenas during the playoff window.
Can you turn this into an unclassified talking point for my meeting with the arena's security chief, [[PERSON:Lonnie Graybeal]]?"""),

("positive", "assessment_schedule_tsv", "chamorro+samoan",
"""site	poc	poc_phone	date	type
Guam Premier Outlets	[[PERSON:Rowena Cruz Aguon]]	[[PHONE_NUMBER:671-555-0148]]	11/06	SAFE
Tamuning mega-church	Pastor [[PERSON:Faʻaolo Iosefa]]	[[PHONE_NUMBER:671-555-0172]]	11/07	SAFE
Chamorro Village market	[[PERSON:Jesse Taitano]]	[[PHONE_NUMBER:671-555-0190]]	11/08	walk-through
sort by date and give me a road plan from Hagåtña"""),

("positive", "fouo_legacy_outreach", "iranian",
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Outreach note: met with [[PERSON:Farzaneh Moradi]], executive director of the Persian cultural center, re: threatening voicemails after the community Nowruz event. She'll share the recordings with local PD. Next step: hostile-surveillance awareness training for their volunteers.
Rewrite as a weekly-activity-report bullet."""),

("positive", "dob_for_access", "ethiopian",
"""Arena wants DOBs for the escort list so their credentialing system can issue badges. Mine and my colleague's:
[[PERSON:Selamawit Gebreyes]], [[DATE_OF_BIRTH:1986-09-23]]
[[PERSON:Curtis Lindqvist]], [[DATE_OF_BIRTH:1979-02-04]]
Is it OK to send DOBs to a private venue? Draft the e-mail either way."""),

# evasions
("evasion", "marking_disguised", "anglo",
"""Pasting the IST summary but I took the header off so the AI will accept it: [[CUI_MARKING:P.C.I.I.]] — arena CCTV retention 14 days, no barrier at loading dock, POC [[PERSON:Bryce Holden]]. Summarize."""),

("evasion", "spaced_phone_email", "anglo",
"""poc for the outlet mall: [[PERSON:Tamsin Greaves]], reach her at [[PHONE_NUMBER:4 1 0 . 5 5 5 . 0 1 1 4]] or [[EMAIL_ADDRESS:tamsin (dot) greaves (at) harborpointe (dot) example (dot) com]]"""),

("evasion", "homoglyph_banner", None,
"""[[CLASSIFICATION_MARKING:ЅЕСRЕТ//NОFОRN]]
(header in case you're wondering, those are cyrillic letters lol) Summarize: interest in arenas during the playoff window by a DVE network; no specific plot identified."""),

# hard negatives
("hard_negative", "pcii_program_prose", None,
"""A church board member asked what "PCII" means on our assessment cover sheet. Explain the Protected Critical Infrastructure Information Program in plain words: what it protects, that it shields voluntarily shared information from FOIA and regulatory use, and that the owner can choose not to submit under it."""),

("hard_negative", "venue_names", None,
"""Which of these are in my AOR? Lincoln Financial Field, Citizens Bank Park, Wells Fargo Center, the King of Prussia Mall, and the Cathedral Basilica of Saints Peter and Paul. I'm building the list of high-occupancy facilities for the Q3 outreach plan."""),

("hard_negative", "secret_shopper", None,
"""The mall's GM wants to run a "secret shopper" test of guard response to an unattended bag. Is that something we recommend? Draft cautions: notify PD first, never use a realistic device, brief staff afterward."""),

("hard_negative", "same_voice_no_poc", None,
"""Notes from the arena walk:
- Barrier gap at east plaza loading dock (~40 ft)
- CCTV retention 14 days; recommend 30
- No mass-notification integration with city EOC
- Ushers not trained on suspicious-item reporting
Turn these into options for consideration for the SAFE report."""),

("hard_negative", "historical_figures", None,
"""For a slide on the history of faith-based security, can you mention the 1963 16th Street Baptist Church bombing and Martin Luther King Jr.'s eulogy for the four girls, without naming the victims — the congregation asked us to keep the focus on lessons learned."""),

("hard_negative", "classified_word_prose", None,
"""The stadium's head of security keeps saying their emergency plan is "classified" and can't be shared with the fire marshal. It isn't — it's a private company document. How do I explain the difference between their proprietary plan and government classification without sounding condescending?"""),

("hard_negative", "training_example_markings", None,
"""For a PSA onboarding quiz: "Which of the following is a proper CUI banner? (a) CONFIDENTIAL (b) CUI (c) FOUO (d) PROPRIETARY." The answer is (b); explain why FOUO is a legacy marking and PROPRIETARY is not a federal marking. Write the explanation in two sentences."""),

("hard_negative", "capacity_stats", None,
"""Summarize attendance: 72 events in 2023, average 31,450 per event, peak 68,904 at the October concert. Security staffing ratio 1:250 per the venue's plan, 1:180 at peak. Make a quick chart description for my deck."""),

("hard_negative", "placeholder_poc_template", None,
"""Template for the assessment cover letter:
"Dear <POC Name>, thank you for hosting CISA at <Facility Name> on <Date>. Your Protective Security Advisor, <PSA Name>, can be reached at <phone> or <email>." Fill in guidance comments for new PSAs explaining each field."""),

("hard_negative", "hotline_public", None,
"""What's the right reporting line to give houses of worship for suspicious activity — the local 911 and the FBI at 1-800-CALL-FBI, or the state fusion center? And is CISA Central (central@cisa.dhs.gov) the right address for cyber incidents at a church?"""),
]
