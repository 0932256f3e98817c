# Mixed voices: long pasted pages, more shapes, more origins, extra secrets
from vals import *
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
(P, "roi_page_les", "mixed",
 f"""Please proofread this ROI page and fix passive voice. Don't change facts.

[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]

REPORT OF INVESTIGATION — Case No. HQ-25-0417 (continuation page 3 of 7)

On October 14, 2025, Special Agents [[PERSON:Bridget Callahan]] and [[PERSON:Rashid Karimi]] conducted a knock-and-talk at [[STREET_ADDRESS:4419 Tamarind Way, Unit 2, Kissimmee, FL 34746]]. The door was answered by a female who identified herself as [[PERSON:Kateryna Melnyk]], DOB [[DATE_OF_BIRTH:03/28/1994]], who stated that the apartment was leased by [[PERSON:Gökhan Yıldız]]. [[PERSON:MELNYK]] provided a Ukrainian passport and stated that she had entered under U4U parole; her A-Number is [[A_NUMBER:{anum()}]] and her I-94 is [[I94_NUMBER:{i94()}]].

[[PERSON:Melnyk]] stated that [[PERSON:Yıldız]] paid her in cash to receive packages. She provided his phone number, [[PHONE_NUMBER:(407) 555-0152]], and an email, [[EMAIL_ADDRESS:g.yildiz.import@example.net]]. Agents observed approximately 40 unopened parcels addressed to various names at the same address, including "[[PERSON:Mehmet Arslan]]" and "[[PERSON:Elif Demir]]".

Bank records subpoenaed from the lessee show deposits into account [[US_BANK_NUMBER:{acct(11)}]] (routing [[ABA_ROUTING_NUMBER:{aba()}]]) totaling $186,400 between June and September.

[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),
(P, "uscis_interview_transcript", "afghan",
 f"""Turn this Q&A into a sworn-statement summary (SIV/asylum interview, page 2):

Q: State your full name.
A: [[PERSON:Mohammad Nasir Ahmadzai]].
Q: Any other names?
A: In my Tazkira it is written [[PERSON:محمد ناصر احمدزی]]. At the base they called me [[PERSON:Nasir]].
Q: Date of birth?
A: [[DATE_OF_BIRTH:1 Hamal 1366]], which is [[DATE_OF_BIRTH:21 March 1987]].
Q: Who was your supervisor at the embassy?
A: Mr. [[PERSON:Whitaker]], then Ms. [[PERSON:Delgado]].
Q: Your wife's name?
A: [[PERSON:Freshta Ahmadzai]]. She is still in Kabul with our son [[PERSON:Omid]].
Q: Your receipt number?
A: [[USCIS_RECEIPT_NUMBER:{receipt('IOE')}]].
Q: Current address in the US?
A: [[STREET_ADDRESS:2750 S Jefferson St, Apt 318, Falls Church, VA 22041]]."""),
(P, "fema_case_file_page", "mixed",
 f"""Here's the NEMIS case note export. Write a summary for the appeal reviewer in 5 bullets.

Registration: FEMA-4834-DR-FL  |  Applicant: [[PERSON:PATEL, HARSHAD K]]  |  Co-applicant: [[PERSON:PATEL, NIRMALA]]
Damaged dwelling: [[STREET_ADDRESS:3308 Gulf Breeze Pkwy, Englewood, FL 34224]]
Phone: [[PHONE_NUMBER:941-555-0121]]   Alt: [[PHONE_NUMBER:941-555-0166]]
DOB (applicant): [[DATE_OF_BIRTH:1956-10-30]]
SSN (applicant): [[US_SSN:{ssn()}]]
10/11  Inspector [[PERSON:D. Okoro]] noted 28" water line, HVAC destroyed.
10/15  Applicant called; insurer Citizens denied wind claim. Applicant's nephew [[PERSON:Vikram]] assisting.
10/22  HA award $12,430; ONA pending.
11/03  Appeal received: states contractor estimate $41,000. Letter signed by [[PERSON:Harshad Patel]]."""),
(P, "uscg_report_cui", "mixed",
 f"""[[CUI_MARKING:CUI//SP-LEI]]
USCGC [redacted] BOARDING NARRATIVE — EEZ fisheries patrol

[[CUI_MARKING:(CUI//SP-LEI)]] At 0930 the boarding team led by BM1 [[PERSON:Cassandra Nuñez]] embarked F/V LUCKY STAR 88. Master identified as [[PERSON:Chen Zhiwei]] ([[PERSON:陈志伟]]), Fishing Master [[PERSON:Tran Van Duc]]. Crew list contained 22 names including [[PERSON:Agus Setiawan]], [[PERSON:Budi Santoso]] and [[PERSON:Jomo Kiprotich]].
[[CUI_MARKING:(CUI//SP-LEI)]] Crew interviews indicated withheld wages and confiscated passports.

[[CUI_MARKING:Controlled by: USCG District 14
CUI Category: LEI
Limited Dissemination Control: FEDCON
POC: LT M. Aumua, (808) 555-0140]]

Please make this read more clearly; it's going in the weekly summary."""),
(P, "sql_insert_dump", "mixed",
 f"""Why does this INSERT fail with 'value too long for type character varying(10)'?
INSERT INTO claimants (full_name, dob, ssn, dl_number, email) VALUES
('[[PERSON:Viliami Kaufusi]]', '[[DATE_OF_BIRTH:1988-05-19]]', '[[US_SSN:{ssn()}]]', '[[US_DRIVER_LICENSE:WDL{R.choice('ABCDEFGHJK')}{R.randint(100000,999999)}{R.choice('ABCDEFGHJK')}]]', '[[EMAIL_ADDRESS:vkaufusi@example.com]]'),
('[[PERSON:Ana Lucía Ticona]]', '[[DATE_OF_BIRTH:1995-02-28]]', '[[US_SSN:{ssn()}]]', '[[US_DRIVER_LICENSE:{R.randint(100000000,999999999)}]]', '[[EMAIL_ADDRESS:ana.ticona@example.org]]');"""),
(P, "json_bulk_export", "mixed",
 f"""Flatten this JSON to CSV with jq:
[{{"name":"[[PERSON:Émilie Tremblay]]","passport":"[[US_PASSPORT:{passport()}]]","ktn":"[[KNOWN_TRAVELER_NUMBER:{ktn()}]]"}},
 {{"name":"[[PERSON:Hamza Qureshi]]","passport":"[[US_PASSPORT:{passport()}]]","ktn":"[[KNOWN_TRAVELER_NUMBER:{ktn()}]]"}},
 {{"name":"[[PERSON:Nguyễn Minh Châu]]","passport":"[[US_PASSPORT:{passport9()}]]","ktn":null}}]"""),
(P, "lowercase_no_cue", "anglo",
 f"""send a reminder to [[PERSON:megan o'donnell]] and [[PERSON:luis carrillo]] that the training is friday"""),
(P, "allcaps_manifest", "mixed",
 f"""APIS MANIFEST EXCERPT — FIX THE COLUMN WIDTHS:
SEQ SURNAME        GIVEN          DOB        DOC#
001 [[PERSON:OYELARAN]]       [[PERSON:OLUSEGUN]]       [[DATE_OF_BIRTH:12MAR1980]]  [[US_PASSPORT:{passport()}]]
002 [[PERSON:ALVARADO RUIZ]]  [[PERSON:YARETZI]]         [[DATE_OF_BIRTH:05JAN2011]]  [[US_PASSPORT:{passport()}]]
003 [[PERSON:WIERZBICKI]]      [[PERSON:PIOTR]]          [[DATE_OF_BIRTH:30SEP1969]]  [[US_PASSPORT:{passport9()}]]"""),
(P, "sevis_dso_email", "indian",
 f"""From the DSO: "Student [[PERSON:Aditya Ramaswamy]], SEVIS [[SEVIS_ID:{sevis()}]], dropped below full course load without RCL authorization. His I-94 is [[I94_NUMBER:{i94()}]]." — draft the SEVP response explaining status termination options."""),
(P, "gitlab_ci_vars", None,
 f"""Pipeline fails with 403 on the registry:
variables:
  CI_REGISTRY_PASSWORD: "[[GITLAB_TOKEN:{glpat()}]]"
  DOCKER_DRIVER: overlay2
What scope does the token need?"""),
(P, "jwt_curl", "anglo",
 f"""from [[PERSON:Nate]]: "curl -H 'Authorization: Bearer [[JWT:{jwt('{"sub":"nate.sutherland","roles":["case_reader"],"iat":1764000000}', b64url(43))}]]' https://api.example.gov/v2/cases" returns 403 — what's wrong with my roles claim?"""),
(P, "rsa_private_key", None,
 f"""Convert this to PKCS#8 for the Java keystore:
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA{b64url(48)}
{b64url(64)}
{b64url(64)}
{b64url(40)}==
-----END RSA PRIVATE KEY-----]]"""),
(P, "dotenv_file", None,
 f"""check my .env for typos:
APP_ENV=staging
DATABASE_URL=[[CONNECTION_STRING:mysql://claims_rw:{pw(14)}@claims-db.example.internal:3306/claims]]
AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:{akia()}]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:{awssec()}]]
LOG_LEVEL=debug"""),
(P, "redis_password_cli", None,
 f"""redis-cli -h cache01.example.internal -a '[[PASSWORD:{pw(20)}]]' ping — gives WRONGPASS, why?"""),
(P, "aws_configure_terminal", None,
 f"""$ aws configure --profile fema-ia
AWS Access Key ID [None]: [[CLOUD_ACCESS_KEY:{akia()}]]
AWS Secret Access Key [None]: [[CLOUD_SECRET_KEY:{awssec()}]]
Default region name [None]: us-gov-east-1
Default output format [None]: json
then `aws s3 ls` says InvalidClientTokenId — is it the GovCloud endpoint?"""),
(P, "secret_portion_long", None,
 f"""Can you reduce this to three sentences for a brief?

[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]

[[CLASSIFICATION_MARKING:(S//REL TO USA, FVEY)]] The network uses commercial messaging apps to coordinate staging in Ciudad Juárez and relies on stash houses on the El Paso side.
[[CLASSIFICATION_MARKING:(S//REL TO USA, FVEY)]] Financial flows move through money service businesses and prepaid cards.
[[CLASSIFICATION_MARKING:(U)]] Public reporting has covered the general trend.

[[CLASSIFICATION_MARKING:Classified By: 2087604]]
[[CLASSIFICATION_MARKING:Derived From: Multiple Sources]]
[[CLASSIFICATION_MARKING:Declassify On: 25X1, 20751231]]

[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]"""),
(P, "fouo_legacy_banner", "anglo",
 f"""[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Staffing plan for the Super Bowl NSSE: [[PERSON:Gregory Tolliver]] will lead the CBP AMO cell; backup [[PERSON:Shauna Pike]]. Turn into a table."""),
(P, "signature_greeting", "greek",
 f"""Dear Mrs. [[PERSON:Papadopoulou]] — wait, fix that, her name is [[PERSON:Eleni Papadopoulou]]. Write a greeting for her retirement card, 3 lines.
—[[PERSON:Stavros]]"""),
(P, "irish_names_chat", "irish",
 f"""[[PERSON:Siobhán Ní Bhriain]] and [[PERSON:Pádraig Ó Súilleabháin]] will cover the J-1 desk Monday; write the out-of-office message pointing to them at [[EMAIL_ADDRESS:j1desk@example.gov]]."""),
(P, "turkish_name_email", "turkish",
 f"""Write back to this applicant: "Sayın yetkili, ben [[PERSON:Zeynep Çelik]]. ABD vizesi için randevum var ama tarihi değiştirmem gerekiyor. E-postam [[EMAIL_ADDRESS:zeynep.celik@example.com.tr]]." — English reply please."""),
(P, "kenyan_names_list", "kenyan",
 f"""Make a seating chart: [[PERSON:Wambui Njoroge]], [[PERSON:Otieno Ochieng]], [[PERSON:Chebet Kiplagat]], [[PERSON:Mutua Kioko]], [[PERSON:Akinyi Atieno]]."""),
(P, "native_name_fema", "native_american",
 f"""Tribal liaison note: [[PERSON:Winona Begay]] ([[PHONE_NUMBER:928-555-0173]]) coordinates the Chapter House shelter; [[PERSON:Delbert Yazzie]] handles supplies. Draft a thank-you letter from the FEMA Region 9 administrator."""),
(P, "credit_card_claim", "slavic",
 f"""TSA claim: passenger [[PERSON:Bogdan Nowicki]] wants reimbursement for a broken lock to card [[CREDIT_CARD:{cc('5', 16, ' ')}]], exp 08/27. Draft the denial explaining locks aren't covered."""),
(P, "itin_taxpayer_letter", "nigerian",
 f"""Translate into simple English: applicant [[PERSON:Nnamdi Eze]] listed ITIN [[US_ITIN:{itin('')}]] as tax ID on his I-864. Explain why the sponsor must use an SSN if he has one."""),
(P, "edipi_cac_email", "filipino",
 f"""CAC isn't reading for [[PERSON:Jerome Macapagal]] — EDIPI [[DOD_EDIPI:{edipi()}]], PIV. Write the helpdesk ticket."""),
(P, "bank_direct_deposit", "hispanic",
 f"""SF-1199A for new hire [[PERSON:Consuelo Arredondo Vega]]: routing [[ABA_ROUTING_NUMBER:{aba()}]], checking [[US_BANK_NUMBER:{acct(9)}]]. Is the form complete?"""),
(P, "mixed_short_a_number", "somali",
 f"""A# [[A_NUMBER:{anum(True)}]] — [[PERSON:Cawo Maxamuud]] — check the EOIR status and tell me how to phrase the request."""),
(P, "sevis_batch_log", "chinese",
 f"""batch job log:
[INFO] processing SEVIS [[SEVIS_ID:{sevis()}]] student=[[PERSON:Zhou Yutong]] status=ACTIVE
[ERROR] SEVIS [[SEVIS_ID:{sevis()}]] student=[[PERSON:Huang Zixuan]] program_end_date missing
why does the second one fail validation?"""),
(P, "ktn_travel_profile", "pacific_islander",
 f"""Travel profile update for [[PERSON:Losana Vainikolo]], KTN [[KNOWN_TRAVELER_NUMBER:TT{R.randint(1000000,9999999)}]]. Fix the e-Gov Travel profile wording."""),
(P, "passport_card_intake", "haitian",
 f"""Intake: [[PERSON:Jeanne Dorvil]], US passport [[US_PASSPORT:{passport9()}]], born [[DATE_OF_BIRTH:May 30, 1970]] in Jacmel. Son [[PERSON:Ricardo Dorvil]] is the contact. Write a brief for the passport fraud referral."""),
(H, "born_in_year_prose", None,
 """Edit this line from the museum exhibit text: "Born in 1862 as a customs revenue station, the building later housed the immigration inspection hall until 1954." """),
(H, "gs_grades_positions", None,
 """Build a comparison table for GS-1811-13, GS-1895-12, GS-0343-14 and GS-2210-13; position numbers 00184552 and 00184553. Include locality for Washington-Baltimore."""),
(H, "ticket_like_ids", None,
 """ServiceNow tickets INC0049182, RITM0083371, CHG0012294 and Jira keys OPS-4471, DATA-118. Which should be linked to the outage report?"""),
(H, "ship_person_names", None,
 """The USCGC Joseph Gerczak, USCGC Oliver Henry and USCGC Myrtle Hazard are all Fast Response Cutters homeported in the Pacific. Add their commissioning years to a table."""),
(H, "airport_person_names", None,
 """Compare wait times at John F. Kennedy International, Ronald Reagan Washington National, George Bush Intercontinental and Louis Armstrong New Orleans International for the week of Thanksgiving."""),
(H, "statute_prose_passwords", None,
 """Summarize NIST SP 800-63B guidance: no composition rules, check passwords against breach corpuses, no periodic rotation unless compromise is suspected, allow paste in password fields."""),
(H, "phone_pattern_docs", None,
 """Our style guide says to write phone numbers as (XXX) XXX-XXXX and to use 555-01XX numbers in examples. Rewrite the section so it also covers international format +1 XXX XXX XXXX."""),
(H, "sample_receipt_docs", None,
 """The public web page explains: "Your receipt number is 13 characters: three letters (like EAC, WAC, LIN, SRC, NBC, MSC, IOE) followed by 10 numbers." Make that clearer for a 6th-grade reading level."""),
(H, "cui_as_umls", None,
 """In the UMLS extract, CUI C0011849 (diabetes mellitus) and CUI C0020538 (hypertension) map to ICD-10 E11 and I10. Join them to the detainee medical-encounter counts (aggregate only)."""),
(H, "portion_list_abc", None,
 """Renumber this list: (a) scope; (b) applicability; (c) definitions; (d) responsibilities; (e) procedures. Also the footer reads (c) 2025 Acme Training Co."""),
(H, "hash_and_keys_public", None,
 """The release page lists the GPG public key fingerprint 4A3F 8B21 9C0D E7F6 1234 5678 90AB CDEF 1122 3344 and SHA-512 checksums. How do I verify the download with gpg --verify?"""),
(H, "fips_census_codes", None,
 """Join FEMA declarations to census data: FIPS 12071 (Lee), 12015 (Charlotte), 12115 (Sarasota); tracts 12071050100 and 12015010200. Write the pandas merge."""),
]
