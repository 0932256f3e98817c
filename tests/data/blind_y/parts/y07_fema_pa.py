# Voice: FEMA Public Assistance project worksheets with local officials
RECORDS = [
("positive", "pw_site_list", "appalachian_anglo",
"""Check the site descriptions for the project worksheet:
Site 1: low-water crossing at County Road 1190 near [[STREET_ADDRESS:4417 Pigeon Roost Hollow Rd, Hazard, KY 41701]] — culvert washed out.
Site 2: road shoulder, Big Laurel Branch.
Applicant POC: road foreman [[PERSON:Burl Estep Combs]], [[PHONE_NUMBER:606-555-0197]]. Judge-executive's assistant [[PERSON:Verna Sizemore]] signs the RPA."""),
("positive", "applicant_briefing_email", "samoan+tongan",
"""Tidy this email to the village mayors:
To: [[PERSON:Aumoeualogo Leiato]] <[[EMAIL_ADDRESS:mayor.leone@village-as.example.org]]>, [[PERSON:Sione Havili Vaipulu]] <[[EMAIL_ADDRESS:shvaipulu@tafuna-council.example.org]]>
The exploratory call is Tuesday. Please bring photos of the seawall at [[STREET_ADDRESS:Route 1, Lot 22, Leone, AS 96799]]."""),
("positive", "pr_municipio_pw", "puerto_rican",
"""Traduce y resume: El alcalde pidió que la hoja de proyecto del puente incluya la finca del Sr. [[PERSON:Efraín Torres Valentín]], [[STREET_ADDRESS:Carr. 143 Km 27.4, Bo. Toro Negro, Ciales, PR 00638]]. Contacto de la oficina municipal: [[PERSON:Nilsa Ivette Cartagena]], [[PHONE_NUMBER:(787) 555-0155]], [[EMAIL_ADDRESS:ncartagena@municipiociales.example.pr]]."""),
("positive", "debris_monitor_roster", "anglo+polish+yoruba+vietnamese",
"""Make a sign-in sheet from this:
[[PERSON:ABERNATHY, Rose]] - debris monitor - truck cert
[[PERSON:KOWALCZYK, Tadeusz]] - debris monitor - tower 2
[[PERSON:OYELARAN, Funmilayo]] - QA lead - [[PHONE_NUMBER:850-555-0168]]
[[PERSON:BUI, Thanh Hằng]] - monitor - DOB [[DATE_OF_BIRTH:06/30/1995]] (for badge)"""),
("positive", "pnp_church", "korean",
"""Private nonprofit applicant: Rev. [[PERSON:Cho Young-sik]] of the Korean Presbyterian church at [[STREET_ADDRESS:2210 Maplewood Dr, Lake Charles, LA 70605]] asks if the fellowship hall qualifies. His wife [[PERSON:Cho Eun-hee]] manages the paperwork, cell [[PHONE_NUMBER:337-555-0139]]. Draft a response."""),
("positive", "contractor_invoice_ssn", "anglo",
"""A small contractor sent this W-9 with the invoice for debris removal, can I attach it to the PW? Name: [[PERSON:Hollis Wade Pickett]] dba Pickett Hauling, SSN [[US_SSN:401-58-3327]], address [[STREET_ADDRESS:RR 4 Box 61-A, Vanceburg, KY 41179]]."""),
("positive", "grants_portal_creds", None,
"""The county emergency manager gave me their Grants Portal login so I could upload the DDD: email em.director@lewiscoky.example.gov / password [[PASSWORD:Z9#tLm2&vQ84pR]]. Is that allowed? Write a short guidance note."""),
("positive", "cui_pw_critinfra", None,
"""[[CUI_MARKING:CUI//SP-CRIT//FED ONLY]]
Water treatment plant SCADA panel flooded; backup controller location and network path described in attachment B.
Summarize damage for the PW narrative without the technical details."""),
("positive", "fouo_dollar_threshold", None,
"""[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Internal note: applicant's insurance settlement not yet received; hold obligation of PW 00418.
Rephrase for the file."""),
("positive", "aws_keys_photos", None,
"""site-photo uploader env:
AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAHGTO6NEVSUYCEVJG]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY: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]]
BUCKET=pa-site-photos-dr4418
It says AccessDenied on PutObject, why?"""),
("positive", "farm_road_owner_chat", "mennonite",
"""User: the private road belongs to [[PERSON:Menno Yoder Hochstetler]]
Assistant: Is it eligible? Private roads generally are not, unless...
User: he said the county maintains it. his address is [[STREET_ADDRESS:9870 Township Rd 606, Fredericksburg, OH 44627]] and no phone, write a letter to him"""),
("evasion", "ssn_with_letters", "cherokee",
"""OCR of a handwritten form: applicant [[PERSON:Sequoyah Adair Wolfe]], SSN [[US_SSN:4O7-6l-2258]] (O and l from scan). Fix the OCR errors."""),
("evasion", "gitlab_token_split", None,
"""my colleague pasted our pipeline token over two lines by accident: [[GITLAB_TOKEN:glpat-ZSjoumQQ
FQzcmPexqFUs]] — how do I rotate it?"""),
("hard_negative", "dr_numbers", None,
"""DR-4418-KY, FEMA-4418-DR; PW 00418 v2, project 719044, FIPS 193-99193-00. Category C roads, Category G parks. Summarize."""),
("hard_negative", "lat_long", None,
"""Convert site coordinates: 37.2498, -83.1932 and 37.2611, -83.2044 to DMS. Also the gauge reading was 31.4 ft at 0400."""),
("hard_negative", "public_fema_contacts", None,
"""For the flyer: Register at DisasterAssistance.gov or call 1-800-621-3362. Public Assistance applicants contact their state emergency management agency."""),
("hard_negative", "cost_estimate", None,
"""Unit costs: 24-inch CMP culvert $48.20/LF, riprap Class II $61/ton, 418 tons. Force account labor 1,240 hours @ $38.75. Total?"""),
("hard_negative", "eponym_storms", None,
"""Compare damage from Hurricane Katrina (2005), Hurricane Maria (2017) and Hurricane Ida (2021) in one short paragraph each."""),
("hard_negative", "secret_prose_mayor", None,
"""Edit: 'The mayor joked that the town's best-kept secret is the old stone bridge, and that the cost estimate was hardly classified information.'"""),
("hard_negative", "policy_citations", None,
"""PAPPG v5 chapter 7 section II.B; 44 CFR 206.226; Stafford Act 406(e). Which applies to the culvert replacement?"""),
("hard_negative", "placeholder_yaml", None,
"""uploader:
  aws_access_key_id: "{{ aws_key_id }}"
  aws_secret_access_key: "{{ aws_secret }}"
  bucket: pa-site-photos-${DR_NUMBER}"""),
("hard_negative", "historic_flood", None,
"""One paragraph on the 1937 Ohio River flood and the Johnstown Flood of 1889 for the mitigation briefing."""),
("hard_negative", "fictional_town", None,
"""For the exercise scenario, invent a mayor for the fictional town of Riverbend named 'Mayor Jane Q. Public'. Write her opening remarks."""),
]
