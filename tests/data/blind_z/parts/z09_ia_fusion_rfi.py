# Voice: Intelligence and Analysis - fusion-centre requests for information (unclassified and marked)
RECORDS = [
("positive", "rfi_secret_banner", None, """[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
RFI 26-0418 from the Northern California fusion center: request for finished intelligence on drone incursions at ports.
[[CLASSIFICATION_MARKING:(S//REL)]] Requester asks whether the assessment can be downgraded.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
Help me draft the reply."""),
("positive", "rfi_ts_lowercase", None, """quick q - the attachment header is [[CLASSIFICATION_MARKING:top secret//si//noforn]], can i just reference the title in the unclass reply to the fusion center?"""),
("positive", "rfi_portion_u_fouo", None, """[[CLASSIFICATION_MARKING:(U)]] Fusion center requests trend data on cargo theft.
[[CUI_MARKING:(U//FOUO)]] Requester is the Arizona Counter Terrorism Information Center.
Turn this into a tasking line."""),
("positive", "rfi_cui_les", None, """[[CUI_MARKING:CUI//SP-LEI/SP-INTEL//FED ONLY]]
RFI tracker export, 12 open items. Please sort by due date:
26-0411 due 12/10
26-0415 due 12/08"""),
("positive", "rfi_subject_person", "afghan+anglo", """RFI 26-0422 (unclass portion): requester Det. [[PERSON:Brianna Coltrane]], [[EMAIL_ADDRESS:bcoltrane@nctc-fusion-example.org]], asks for travel history of [[PERSON:Sayed Ahmadullah Rahimi]], DOB [[DATE_OF_BIRTH:15 Sunbula 1364]], passport (AF) [[US_PASSPORT:P04418372]]."""),
("positive", "rfi_pashto_name", "afghan", """Is this the same person? Fusion center sent [[PERSON:سید احمدالله رحیمی]] and our record says [[PERSON:RAHIMI, Sayed Ahmadullah]], address [[STREET_ADDRESS:6720 Franconia Rd Apt 301, Alexandria, VA 22310]]."""),
("positive", "rfi_russian_name", "russian", """Запрос: [[PERSON:Громов Виталий Аркадьевич]], дата рождения [[DATE_OF_BIRTH:12.04.1978]], тел. [[PHONE_NUMBER:+7 495 555-01-76]] - translate and tell me if the fusion center request is complete."""),
("positive", "rfi_dl", "somali", """RFI detail: subject vehicle registered to [[PERSON:Ayaan Farah Dualeh]], Minnesota DL [[US_DRIVER_LICENSE:K381-447-290-615]], address [[STREET_ADDRESS:2301 Riverside Ave #512, Minneapolis, MN 55454]]."""),
("positive", "rfi_hsin_password", None, """I can't log into HSIN to reply to the RFI. Username mkowalczyk, password [[PASSWORD:Fusion!Desk77qz]]. Does HSIN require a PIV now?"""),
("positive", "rfi_noforn_email", None, """From the regional intelligence officer:
"This product is [[CLASSIFICATION_MARKING:CONFIDENTIAL//NOFORN]]; share with fusion center only via HSDN."
Please rewrite as a friendly note to the center director."""),
("positive", "rfi_cui_dib", None, """[[CUI_MARKING:Controlled by: DHS I&A
Controlled by: Field Operations Division
CUI Category: Law Enforcement, Intelligence
Limited Dissemination Control: FED ONLY
POC: I&A FOD RFI Desk, 202-555-0107]]
Where does this block go in the document?"""),
("evasion", "dotted_secret", None, """Header reads [[CLASSIFICATION_MARKING:S.E.C.R.E.T//N.O.F.O.R.N]] - it was pasted from a scan, can you extract the RFI questions below?
1. What groups are involved?"""),
("evasion", "b64_marking", None, """Decode this fusion center header please: [[CLASSIFICATION_MARKING:""" + __import__("base64").b64encode(b"SECRET//NOFORN").decode() + """]]"""),
("evasion", "entity_cui", None, """The portal shows [[CUI_MARKING:CUI&#47;&#47;SP-INTEL]] at the top of the RFI response; what does that mean?"""),
("hard_negative", "unclass_public_rfi", None, """The National Network of Fusion Centers has 80 centers; public information about the RFI process is in the 2025 Fusion Center Assessment report on dhs.gov."""),
("hard_negative", "marking_guide", None, """Style guide excerpt: Portion marks such as (U), (S) and (TS) precede each paragraph; banner lines appear at top and bottom. Examples in this guide are illustrative and the guide itself is UNCLASSIFIED in its entirety."""),
("hard_negative", "secret_service_joint", None, """Joint bulletin with the Secret Service on card skimmers at gas pumps was released publicly on 12/1; the fusion center can post it on its public site."""),
("hard_negative", "rfi_ids", None, """RFI log: 26-0411, 26-0412, 26-0415; HSIN doc ID 7c1e4a2b-93f0-4d8e-b6a1-2f5c0e9d7a34; product number IA-2026-11873."""),
("hard_negative", "spy_novel", None, """For the office book swap: 'Tinker Tailor Soldier Spy' (George Smiley) and 'The Spy Who Came in from the Cold'; classified as thrillers in the catalogue."""),
("hard_negative", "declassified_history", None, """History note: the Pentagon Papers were declassified in 2011; Daniel Ellsberg leaked them in 1971. A good discussion topic for the analyst seminar."""),
("hard_negative", "confidential_informant_prose", None, """The TV show's plot revolves around a confidential informant named 'Bunk'. Not relevant to our RFIs; just a fun reference for the holiday party quiz."""),
("hard_negative", "placeholder_hsin", None, """hsin_client:
  user: ${HSIN_USER}
  password: ${HSIN_PASSWORD}
  endpoint: https://hsin.example.internal/api"""),
("hard_negative", "restricted_prose", None, """Parking lot C is restricted on Friday; the controlled-access door by the SCIF is under repair, please use the north entrance."""),
]
