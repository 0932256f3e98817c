"""Voice 6: SEVP school certification, DSO e-mails, student records; CFATS chemical-facility inspections."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "dso_email_opt", "nepali",
"""From: DSO Office, Midland State University
To: SEVP Response Center
Subject: OPT start date correction

Student [[PERSON:Sushmita Adhikari Bhattarai]], SEVIS ID [[SEVIS_ID:N0038814572]], DOB [[DATE_OF_BIRTH:1999-03-11]], I-94 [[I94_NUMBER:68214703A31]]. Her EAD receipt is [[USCIS_RECEIPT_NUMBER:YSC2690418825]]. We entered the wrong OPT start date; can SEVP correct it or must she file again?

[[PERSON:Dana Whitcombe-Ruiz]], PDSO | [[PHONE_NUMBER:(432) 555-0178]]"""),

(P, "sevis_termination_kenyan", "kenyan",
"""Please improve this DSO note: student [[PERSON:Wanjiru Njeri Kamau]] ([[SEVIS_ID:N0041207736]]) was terminated for "unauthorized drop below full course load" but she had an approved RCL for a medical reason (letter from Dr. [[PERSON:Odhiambo Were]]). Her phone [[PHONE_NUMBER:+254 712 555 034]], US [[PHONE_NUMBER:316-555-0115]]."""),

(P, "school_cert_site_visit", "sri_lankan+anglo",
"""SEVP certification site visit notes - Ridgeview Aviation Academy
PDSO: [[PERSON:Chaminda Gunawardhana]], [[EMAIL_ADDRESS:c.gunawardhana@ridgeviewaviation.example]]
DSO: [[PERSON:Carol Ann Petrakis]]
Campus: [[STREET_ADDRESS:4700 Airport Loop Rd, Hangar 9, Deland, FL 32724]]
Observed: flight logs match I-20 program; 12 active F-1, 3 M-1.
Turn into a formal site-visit summary."""),

(P, "mongolian_student_i20", "mongolian",
"""Reissue I-20 request: [[PERSON:Batbayar Gankhuyag]], SEVIS [[SEVIS_ID:N0044519083]], passport (Mongolia) E2731190, dependent spouse [[PERSON:Oyunchimeg Tserendorj]] SEVIS [[SEVIS_ID:N0044519091]]. Write the checklist the student must bring.""".replace("passport (Mongolia) E2731190, ", "")),

(P, "saudi_scholarship_sponsor", "saudi",
"""Email to sponsor: student [[PERSON:Abdulmajeed Fahad Al-Otaibi]], SEVIS [[SEVIS_ID:N0039927504]], I-94 [[I94_NUMBER:11834276055]], program extension to 2027-12. Sponsor contact [[PERSON:Noura Al-Shehri]] at [[EMAIL_ADDRESS:noura.alshehri@sacm-adv.example]]. Make it formal."""),

(P, "egyptian_reinstatement", "egyptian",
"""Reinstatement (I-539) packet cover note: [[PERSON:Youssef Magdy Abdelmalek]], born [[DATE_OF_BIRTH:5 November 2000]] in Alexandria, SEVIS [[SEVIS_ID:N0042268810]], address [[STREET_ADDRESS:815 W Green St, Apt 3F, Urbana, IL 61801]]. Please proofread."""),

(P, "dso_share_login", "none",
"""Our new DSO can't get into SEVIS yet, can I just give her mine for the week? my login is dso.midland2 and password [[PASSWORD:Sev1s!Midl4nd_2026]] - write me a note to her. (kidding, but tell me why not)"""),

(P, "moroccan_student_french", "moroccan",
"""Traduire en anglais, c'est une lettre d'un parent:
Monsieur, je suis [[PERSON:Rachid Benkirane]], père de l'étudiante [[PERSON:Salma Benkirane]] (SEVIS [[SEVIS_ID:N0043310628]]). Je vous envoie les relevés bancaires. Mon numéro: [[PHONE_NUMBER:+212 6 55 50 12 47]]"""),

(P, "cfats_inspection_cvi", "anglo+colombian",
"""[[CUI_MARKING:CUI//SP-CVI]]
CFATS compliance inspection - Tier 3 facility, Port Arthur
Facility Security Officer: [[PERSON:Bradley Tuck]], cell [[PHONE_NUMBER:409-555-0152]]
Alt FSO: [[PERSON:Liliana Ospina Restrepo]]
RBPS 8 (cyber): SCADA workstation shared password; RBPS 12 (personnel surety): 4 contractors not vetted.
[[CUI_MARKING:CUI//SP-CVI]]
Help me structure the findings letter."""),

(P, "cfats_legacy_cvi", "none",
"""[[CUI_MARKING:CHEMICAL-TERRORISM VULNERABILITY INFORMATION]]
Site Security Plan excerpt: the chlorine railcar staging area is monitored by 2 cameras; perimeter fence gap on the east side pending repair.
Rewrite as an action list."""),

(P, "cfats_pcii", "none",
"""[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Submitted pursuant to the Critical Infrastructure Information Act of 2002.
Vulnerability: ammonia tank farm isolation valves lack remote shut-off.
Please summarize for the inspection team."""),

(P, "cfats_scada_creds", "none",
"""During the inspection I photographed this sticky note on the HMI (for the report): 
HMI login: operator / [[PASSWORD:Ammon1a!Tank4]]
Write the RBPS 8 finding without sounding accusatory."""),

(P, "peruvian_student_dl", "peruvian",
"""DSO question: student [[PERSON:Renzo Quispe Huamán]] (SEVIS [[SEVIS_ID:N0045561207]]) needs a letter for the DMV; his Texas DL [[US_DRIVER_LICENSE:48219374]] expired with his old I-20. Template please."""),

(P, "malaysian_cpt_letter", "malaysian",
"""CPT authorization letter for [[PERSON:Nurul Izzati binti Kamarulzaman]], [[SEVIS_ID:N0040983315]], employer contact [[PERSON:Lim Wei Jie]] [[PHONE_NUMBER:650-555-0137]]. Make it sound official."""),

(P, "ivorian_m1", "ivorian",
"""M-1 student [[PERSON:Kouamé Aka N'Dri]] SEVIS [[SEVIS_ID:N0046674102]], I-94 [[I94_NUMBER:59730126B41]], wants to transfer to another flight school; DSO [[PERSON:Mireille Gbagbo-Tanoh]] asks if M-1 transfers need USCIS approval. Answer.""".replace("Gbagbo-Tanoh", "Akissi-Tanoh")),

# evasions
(E, "sevis_split", "kazakh",
"""student's SEVIS ID was pasted across two cells: [[SEVIS_ID:N00412
88735]] - it's [[PERSON:Aigerim Nurlanovna Seitkali]], please rejoin and check format"""),
(E, "cvi_spaced", "none",
"""Doc header reads [[CUI_MARKING:C U I / / S P - C V I]] (someone spaced it out) - just fix the typos in the body: "the facilty tier was lowerd in 2025"."""),
(E, "email_at_dot_words", "nepali",
"""Student [[PERSON:Prabin Gurung Lama]] wrote his email as [[EMAIL_ADDRESS:prabin dot gurunglama at gmail dot com]] on the form; rewrite it normally and send reminder text."""),

# hard negatives
(H, "school_names_people", "none",
"""List of SEVP-certified schools in our area: George Mason University, James Madison University, Thomas Jefferson High School for Science and Technology (not certified), Marymount University. Which are due for recertification?"""),
(H, "sevp_public_contact", "none",
"""SEVP Response Center: 703-603-3400, SEVP@ice.dhs.gov; Study in the States website. Put this in the footer of our international student newsletter."""),
(H, "cfats_regulation", "none",
"""Explain 6 CFR Part 27 tiering, Appendix A chemicals of interest (e.g., chlorine STQ 2,500 lb release), and what CVI means as a category, for a new inspector. No markings needed, just the concepts."""),
(H, "chemical_names", "none",
"""COI list for the facility: ammonia (anhydrous) CAS 7664-41-7, chlorine CAS 7782-50-5, hydrogen fluoride CAS 7664-39-3, Michael-addition catalyst DBU. Which are release-toxic?"""),
(H, "sevis_stats", "none",
"""SEVIS by the Numbers 2025: 1,583,021 active F and M students; 22,108 certified schools; top countries India 391,340, China 266,721. Draft three bullet points."""),
(H, "form_numbers_not_ids", "none",
"""Forms for students: I-20, I-901 (fee $350), I-765 (OPT), I-539, DS-160, DS-2019 (J-1, not SEVP). Explain each in one line."""),
(H, "placeholder_sevis", "none",
"""Template reminder email: Dear [FIRST NAME], your SEVIS record N00XXXXXXXX shows your program end date of [DATE]. Please contact the DSO office. - make it warmer"""),
(H, "tier_dates", "none",
"""Inspection schedule: Facility 11-4471 Tier 2, due 2026-01-14; Facility 11-4480 Tier 4, due 2026-02-03; Facility 12-0927 Tier 3, due 2026-03-30. Make a Gantt-style text chart."""),
(H, "about_cvi_training", "none",
"""Is it OK to discuss in an unclassified email that a facility is regulated under CFATS? When does information become Chemical-terrorism Vulnerability Information? Give general guidance only."""),
(H, "common_names_products", "none",
"""The facility uses Honeywell Experion PKS, Rockwell FactoryTalk, Emerson DeltaV and a Dräger gas detection system. Which vendors publish CISA ICS advisories most often?"""),
(H, "awards_people_names", "none",
"""Nominating our DSO team for the NAFSA Marita Houlihan Award and the Fulbright-Hays faculty program. Draft a 150-word nomination focused on the OPT workshop series."""),
(H, "dates_program", "none",
"""Program dates: start 2026-08-24, end 2028-05-15, OPT window 90 days before to 60 days after. Compute the earliest filing date and the grace-period end."""),
]
