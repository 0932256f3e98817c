# Longer pasted documents
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("positive", "long_incident_report", "anglo",
"Can you turn this into a proper incident report with headings (Summary / Timeline / Persons Involved / Follow-up)? Its from my notes.\n\n"
"approx 0715 on 12/03 contractor guard reported a man sleeping in the stairwell B at the Annex. guard name [[PERSON:Travis Mayhew]] (Paragon Security). i went down w/ FPS inspector [[PERSON:Danielle Corcoran]]. man id'd himself as [[PERSON:Leonard \"Lenny\" Whitlatch]], said he used to work in the mailroom. showed an expired PIV. DOB he gave: [[DATE_OF_BIRTH:10-02-1961]]. said he lives at [[STREET_ADDRESS:1509 Maple View Pl SE, Washington, DC 20020]] but couldnt remember the unit. FPS ran him, no wants. he was escorted out at 0750, no force used. building manager notified. [[PERSON:Danielle]] will write the FPS side. follow up: why the stairwell door alarm didnt trip (work order 88412), and get the badge back from [[PERSON:Mr. Whitlatch]] — HR says his PIV should have been collected in 2023. my contact for the report: [[PHONE_NUMBER:202-555-0116]], [[EMAIL_ADDRESS:incident.desk@annex-ops.example.gov]].".replace("[[PERSON:Mr. Whitlatch]]","Mr. [[PERSON:Whitlatch]]"))
add("positive", "long_classified_brief", None,
"Please rewrite this into 5 plain bullets for my boss, he hates long paragraphs.\n\n"
"[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]\n\n"
"[[CLASSIFICATION_MARKING:(S//REL)]] Maritime interdiction data for FY26 Q1 indicate a shift of go-fast routes from the western Caribbean toward the Eastern Pacific, with semi-submersible use up 30 percent over the prior quarter.\n"
"[[CLASSIFICATION_MARKING:(S//REL)]] Partner nation reporting suggests staging areas near the Colombia-Ecuador border have moved inland.\n"
"[[CLASSIFICATION_MARKING:(U)]] Public reporting on seizures through 30 November is consistent with these trends.\n\n"
"[[CLASSIFICATION_MARKING:Classified By: Director, CG-2]]\n[[CLASSIFICATION_MARKING:Derived From: Multiple Sources]]\n[[CLASSIFICATION_MARKING:Declassify On: 20511201]]\n\n"
"[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]")
add("positive", "long_cui_dib", "hispanic",
"Summarize this memo for the field office in one paragraph.\n\n"
"[[CUI_MARKING:CUI//SP-IMMIG//SP-PRVCY]]\n\n"
"MEMORANDUM FOR: Field Office Director, Houston\nFROM: Section Chief, Fraud Detection\nSUBJECT: Site visit results — petitioner Lone Star Custom Cabinets LLC\n\n"
"[[CUI_MARKING:(CUI)]] On 11/18 FDNS officers visited the worksite listed on the I-129 for beneficiary [[PERSON:Héctor Manuel Villalobos Ríos]] ([[USCIS_RECEIPT_NUMBER:SRC-25-021-44817]]). The site was a residence at [[STREET_ADDRESS:902 Quail Hollow Dr, Katy, TX 77450]]. The owner, [[PERSON:Gerardo Salinas]], stated that the beneficiary works 'as needed' and is paid in cash.\n"
"[[CUI_MARKING:(CUI)]] Officers recommend a NOID.\n\n"
"[[CUI_MARKING:Controlled by: USCIS FDNS\nCUI Category: Immigration, Privacy\nDistribution/Dissemination Control: FEDCON\nPOC: FDNS Houston, (281) 555-0142]]")
add("positive", "long_csv_export", "mixed",
"Clean up this CSV (fix the quotes, make phones consistent as (xxx) xxx-xxxx) and give it back:\n\n"
"last,first,phone,email,dob\n"
"[[PERSON:O'Sullivan]],[[PERSON:Siobhan]],[[PHONE_NUMBER:617.555.0103]],[[EMAIL_ADDRESS:siobhan.osullivan@example.com]],[[DATE_OF_BIRTH:1979-04-22]]\n"
"\"[[PERSON:De La Garza]]\",\"[[PERSON:Tomás]]\",[[PHONE_NUMBER:+1-956-555-0194]],[[EMAIL_ADDRESS:tdlg@example.net]],[[DATE_OF_BIRTH:12/01/1985]]\n"
"[[PERSON:Abebe]],[[PERSON:Meseret]],[[PHONE_NUMBER:2025550171]],[[EMAIL_ADDRESS:MESERET.ABEBE@EXAMPLE.ORG]],[[DATE_OF_BIRTH:Mar 9, 1990]]\n"
"[[PERSON:Kealoha]],[[PERSON:Leilani]],[[PHONE_NUMBER:(808) 555 0152]],[[EMAIL_ADDRESS:leilani_k@example.com]],[[DATE_OF_BIRTH:1994.07.30]]\n"
"[[PERSON:Bianchi]],[[PERSON:Matteo]],[[PHONE_NUMBER:+39 06 5550 1186]],[[EMAIL_ADDRESS:m.bianchi+dhs@example.it]],[[DATE_OF_BIRTH:30/10/1972]]\n\n"
"columns are for the volunteer roster at the FEMA Joint Field Office.")
add("hard_negative", "long_sop_no_pii", None,
"Can you rewrite this SOP section in plain language and keep the numbered steps?\n\n"
"4.3 Vessel Boarding Documentation\n"
"(a) Upon completion of a boarding, the boarding officer shall complete the boarding report in MISLE within 24 hours.\n"
"(b) The report shall include the vessel's name, official number or state registration, hull identification number (e.g., ABC12345D404), and the activity number.\n"
"(c) Violations shall be cited by regulation (e.g., 33 CFR 175.15, 46 CFR 25.30-20) and the associated penalty schedule code.\n"
"(d) Crew personal information is entered only in the designated MISLE fields and shall not be placed in the free-text narrative.\n"
"(e) Photographs are uploaded to the case folder and referenced by file name only (IMG_YYYYMMDD_NNNN).\n"
"(f) The Officer in Charge reviews the report before it is closed; the Sector Enforcement Division audits a 10 percent sample each month.\n\n"
"Note: Confidential informant information is never recorded in the boarding report. See COMDTINST M16247.1 (series) for details.")
add("hard_negative", "long_code_review", None,
"Code review please — is this safe?\n\n"
"```python\nimport os, hvac\n\n"
"def get_db_creds():\n"
"    client = hvac.Client(url=os.environ['VAULT_ADDR'], token=os.environ['VAULT_TOKEN'])\n"
"    secret = client.secrets.kv.v2.read_secret_version(path='apps/manifest-svc/db')\n"
"    return secret['data']['data']['username'], secret['data']['data']['password']\n\n"
"def connect():\n"
"    user, pw = get_db_creds()\n"
"    dsn = f\"postgresql://{user}:{pw}@{os.environ['DB_HOST']}:5432/manifests\"\n"
"    return psycopg.connect(dsn)\n```\n\n"
"The linter flags the f-string DSN as 'possible hard-coded credential'. I think it's a false positive since everything comes from Vault. Agree? Also should I log the DSN on failure (I currently log only the host)?")
