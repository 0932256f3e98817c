# Voice 5: CISA chemical security - ChemLock, CFATS, Chemical-terrorism Vulnerability Information.
RECORDS = [
("positive", "cvi_banner_excerpt", None,
"""[[CUI_MARKING:CUI//SP-CVI]]
Site Security Plan excerpt, RBPS 8 (Cyber): The facility's DCS network is segmented from business IT by a unidirectional gateway; remote vendor access is via jump host with MFA, enabled on request only.
[[CUI_MARKING:CUI//SP-CVI]]
Rewrite as a one-paragraph finding for the inspection report."""),

("positive", "legacy_cvi_marking", None,
"""[[CUI_MARKING:CHEMICAL-TERRORISM VULNERABILITY INFORMATION]]
Top-Screen summary: 3 COI above STQ (chlorine 1,800 lb; ammonia anhydrous 14,000 lb; ...)
is this still the right marking after the program lapsed, or do we remark everything as CUI? explain briefly"""),

("positive", "chemlock_visit_email", "armenian+anglo",
"""Hi [[PERSON:Anahit]],
Confirming the ChemLock on-site assistance visit at the Fresno distribution facility on Jan 8. Your facility security lead, [[PERSON:Garegin Hovhannisyan]], asked that we park at the north gate. His cell is [[PHONE_NUMBER:559-555-0141]].
Best, [[PERSON:Roslyn Achterberg]], Chemical Security Advisor
^ can you turn this into a short calendar invite description"""),

("positive", "inspector_roster", "hispanic+igbo+marathi",
"""Inspection team for Region 6 (Houston ship channel), week of 1/12:
- Lead: [[PERSON:Marisol Echeverría Pratt]], [[EMAIL_ADDRESS:marisol.echeverria-pratt@cisa.dhs.gov]]
- [[PERSON:Bartholomew Quayle-Nwosu]], [[EMAIL_ADDRESS:bartholomew.quayle-nwosu@cisa.dhs.gov]]
- [[PERSON:Priyanka Deshpande Moreau]], cyber SME
Make a one-line summary for the travel request."""),

("positive", "csat_password_chat", None,
"""User: our submitter can't get into CSAT to update the Top-Screen. Username fsc_ridgeway_02, password [[PASSWORD:6H9FniQLr#AzNx]] worked yesterday. Is CSAT down or is this a lockout?
Assistant: Please don't share passwords here; contact the CSAT Help Desk to reset.
User: right, sorry. what else would cause it"""),

("positive", "fso_background", "gujarati",
"""Facility security officer update form - new FSO is [[PERSON:Hiteshkumar Bhikhabhai Patel]], DOB [[DATE_OF_BIRTH:10-Oct-1975]], home [[STREET_ADDRESS:3208 Lakemont Dr, Pasadena, TX 77505]]. The form asks for his "CVI Authorized User number" - he's had training but never got a number. Where does he find it?"""),

("positive", "site_security_plan_yaml", None,
"""# ssp-export.yaml from the facility's consultant tool, fails to import
facility:
  id: CFATS-1042187
  tier: 3
contact:
  name: "see roster"
portal:
  api_user: ssp-sync
  api_key: "[[PASSWORD:lX16bX%BOTpM38ZtQv0e]]"
why does the CISA importer reject it? error: unexpected key 'portal'"""),

("positive", "tip_line_notes", "kenyan",
"""Suspicious purchase report from a fertilizer dealer, need it in the ChemLock tip format:
Caller: [[PERSON:Wanjiru Muthoni Gitau]], store manager, [[PHONE_NUMBER:(620) 555-0188]]
Buyer: [[PERSON:Colby Ray Hensarling]], paid cash for 40 bags AN, refused to say what crop. Pickup truck, Kansas plate.
Buyer's DL per dealer's log: KS [[US_DRIVER_LICENSE:K08-42-9913]]"""),

("positive", "cvi_portion_memo", "bulgarian",
"""[[CUI_MARKING:CUI//SP-CVI]]
[[CUI_MARKING:(CUI//SP-CVI)]] The perimeter intrusion detection at the Tier 2 facility did not alarm during the 11/19 test.
Facility contact for corrective action: [[PERSON:Stoyan Rumenov Vasilev]].
[[CUI_MARKING:CUI//SP-CVI]]
fix the grammar, keep markings"""),

("positive", "designation_block", None,
"""[[CUI_MARKING:Controlled by: CISA
Controlled by: Infrastructure Security Division
CUI Category: Chemical-terrorism Vulnerability Information
Distribution/Dissemination Control: FEDCON
POC: Tamsin Oakridge, 703-555-0194]]
Is the POC line required if the category is CVI? A contractor asked."""),

("positive", "consultant_email_spanish", "chilean",
"""Traduce, por favor: "Estimado Sr. [[PERSON:Bravo]]: Le escribo para confirmar la evaluación ChemLock en la planta de [[PERSON:Rodrigo Bravo Undurraga]] en Laredo. Puede contactarme al [[PHONE_NUMBER:+56 2 2555 0137]] o a [[EMAIL_ADDRESS:rbravo.consultoria@quimsegura.cl]]." """),

("positive", "training_cert_csv", "italian+yoruba+swedish+jewish",
"""CVI training completions export (tab), merge with the FSO list and find who's missing:
[[PERSON:Ferrante, Giulia]]	completed	2026-10-02
[[PERSON:Adeyemi, Babatunde]]	completed	2026-10-14
[[PERSON:Lindqvist, Sören]]	expired	2023-09-30
[[PERSON:Goldfarb, Miriam]]	completed	2026-11-20"""),

("positive", "inspection_pem", None,
"""the SFTP upload of inspection photos fails with "invalid format" - here is the key file the contractor sent:
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDR4sZ0mWq8xPa9fN2kTj6VbY3oLcHuE7wQz1rXy5dKgAAAJgK3vR4Ct70
eAAAAAtzc2gtZWQyNTUxOQAAACDR4sZ0mWq8xPa9fN2kTj6VbY3oLcHuE7wQz1rXy5dKg
AAAEBq0Xw7Tz2mYc9Lk4pN8sV1uF3eH6jR0aK5bD2gW9iMYdHixnSZarzE9r182qROPpVt
-----END OPENSSH PRIVATE KEY-----]]
is it the line endings?"""),

("positive", "fso_sms", "yoruba",
"""sms from the FSO, turn into a log entry: "hi its [[PERSON:Folasade Ogunleye]] at the Baton Rouge terminal, gate camera 4 down since 0300, contractor coming at 2. call me [[PHONE_NUMBER:225-555-0163]]" """),

("evasion", "marking_split_lines", None,
"""pasting the header split over lines so the filter doesn't see it:
[[CUI_MARKING:C
U
I
//SP-
CVI]]
Finding 4: the facility's vendor remote access was open 24/7, contrary to the plan."""),

("evasion", "lookalike_marking", None,
"""[[CUI_MARKING:CUІ//SР-CVІ]] <- (cyrillic letters, don't worry) Summarize: RBPS 3 screening of vehicles at the main gate is not performed during shift change."""),

("evasion", "name_dashes_phone_words", "italian",
"""fso contact for the report: [[PERSON:G-i-a-n-c-a-r-l-o  B-e-l-l-u-c-c-i]], phone [[PHONE_NUMBER:six one oh, five five five, oh one five three]]"""),

("hard_negative", "cas_numbers", None,
"""Check my Appendix A list: chlorine CAS 7782-50-5 (STQ 2,500 lb release-toxic), ammonia anhydrous 7664-41-7 (10,000 lb), hydrogen peroxide 35%+ 7722-84-1 (400 lb theft). Are the STQs right? Table please."""),

("hard_negative", "cvi_training_prose", None,
"""For the onboarding deck: what is Chemical-terrorism Vulnerability Information, who needs CVI training, and how long does the authorized-user training take? Plain language, 5 bullets."""),

("hard_negative", "marking_example_training", None,
"""Slide 7 of the CUI training, please proofread: "Documents containing chemical-security vulnerability details are marked with the CUI banner and the CVI category. The banner appears at the top and bottom of each page. See the CUI Marking Handbook for examples." """),

("hard_negative", "facility_ids", None,
"""Tiering results batch: CFATS-1042187 Tier 3, CFATS-1042210 Tier 4, CFATS-1039955 not tiered, CFATS-1040301 Tier 2. Count by tier and make a pie chart description."""),

("hard_negative", "controlled_substance_words", None,
"""Is a facility that only stores DEA-controlled substances (Schedule II) covered under ChemLock, or are "controlled" and "chemicals of interest" unrelated terms? Short answer for a stakeholder."""),

("hard_negative", "ssi_supplemental", None,
"""Unrelated but a facility worker asked during outreach: if he gets SSI (Supplemental Security Income) for his son, does taking a second job at the plant affect it? Give him the SSA contact approach, not advice."""),

("hard_negative", "chemlock_agenda", None,
"""Agenda, ChemLock Exercise Workshop, Baton Rouge
0900 Welcome and objectives
0915 Scenario 1: Insider theft of COI
1030 Break
1045 Scenario 2: Cyber intrusion on DCS
1200 Hot wash
Make it look nice as a markdown table."""),

("hard_negative", "placeholder_config", None,
"""csat_client:
  base_url: https://csat.example.invalid
  username: "{{ csat_user }}"
  password: "{{ vault_csat_password }}"
  timeout: 30
Ansible says 'vault_csat_password' is undefined - where do I define it?"""),

("hard_negative", "sha_hashes", None,
"""Evidence log for the photos: IMG_0412.jpg sha256 4f1c0b7e9a2d35f86c0e7d21b9a44f3e5d6c7b8a9012e3f4a5b6c7d8e9f0a1b2, IMG_0413.jpg sha256 9a8b7c6d5e4f30211f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5c6d7e8f9. Is sha256 enough for chain of custody or do we need md5 too?"""),

("hard_negative", "historical_chem_event", None,
"""Background para for the outreach deck: the 1984 Bhopal disaster, the 2013 West, Texas fertilizer explosion, and the 2020 Beirut port explosion - what each shows about ammonium nitrate and methyl isocyanate storage. 150 words."""),
]
