# Part 6: remaining types (DL, EDIPI, SEVIS, ITIN, cloud keys), more origins, hard negatives

R.append(("positive", "dl_verification_chat", "chinese", """User: can you check the format of these driver license numbers for the REAL ID audit?
Assistant: Sure, paste them.
User: [[PERSON:Lin Qiuyue]] - CA [[US_DRIVER_LICENSE:D4827193]], DOB [[DATE_OF_BIRTH:1996-01-15]]
[[PERSON:Zhang Boyu]] - NY [[US_DRIVER_LICENSE:814 227 395]], DOB [[DATE_OF_BIRTH:1971-08-08]]
Assistant: Both match their state formats (CA: 1 letter + 7 digits; NY: 9 digits)."""))

R.append(("positive", "dl_tx_case", "hispanic", """Summarize for the ICE case file: subject stopped at checkpoint, presented Texas DL [[US_DRIVER_LICENSE:40918273]] in name of [[PERSON:Nayeli Carrasco]], DOB [[DATE_OF_BIRTH:08/17/1995]], address on license [[STREET_ADDRESS:2519 Chicago St, Laredo, TX 78043]]. Photo matched. Released, no record."""))

R.append(("positive", "edipi_roster_csv", "filipino", """Check for duplicate EDIPIs in this USCG reserve roster CSV:

last,first,edipi,email
[[PERSON:Tolentino]],[[PERSON:Ramil]],[[DOD_EDIPI:1463098215]],[[EMAIL_ADDRESS:ramil.tolentino@uscg.example.mil]]
[[PERSON:Villareal]],[[PERSON:Kristine Joy]],[[DOD_EDIPI:1571142260]],[[EMAIL_ADDRESS:kristinejoy.villareal@uscg.example.mil]]
[[PERSON:Bacani]],[[PERSON:Jose Rizaldo]],[[DOD_EDIPI:1463098215]],[[EMAIL_ADDRESS:jr.bacani@uscg.example.mil]]"""))

R.append(("positive", "sevis_ice_sevp", "indian", """Draft a notice to the school: SEVP records show student [[PERSON:Rohan Bhattacharjee]] (SEVIS ID [[SEVIS_ID:N0034471829]], DOB [[DATE_OF_BIRTH:March 3, 2001]]) has no registration this term. The DSO of record is [[PERSON:Priyanka Venkataraman]], [[EMAIL_ADDRESS:pvenkataraman@univ.example.edu]], [[PHONE_NUMBER:(404) 555-0183]]."""))

R.append(("positive", "itin_vita", "ethiopian", """VITA volunteer question: client [[PERSON:Dawit Gebremedhin]] has ITIN [[US_ITIN:943-81-2076]] and his wife [[PERSON:Meseret Alemu]] has ITIN [[US_ITIN:955-72-0418]]. Can they claim the FEMA grant as income? (it's not taxable, right?)"""))

R.append(("positive", "aws_creds_file", None, """I got "SignatureDoesNotMatch". My ~/.aws/credentials:

[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAJ3OG3J3OFYMLMV3J]]
aws_secret_access_key = [[CLOUD_SECRET_KEY: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]]

[session]
aws_access_key_id = [[CLOUD_ACCESS_KEY:ASIAKGF6OG7JP0GL9IF7]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:h6aLWQlX74G/8Q2yHX/rBGgGvp7vIpEwSFllqNo7]]
region = us-gov-west-1"""))

R.append(("positive", "github_actions_log", None, """The workflow log printed this, what happened?

Run git clone https://x-access-token:[[GITHUB_TOKEN:ghs_9Zp3QmVx7KcL2nTy8RbW4HdJ6FsA1uEo5GiX]]@github.com/example-dhs/ia-portal.git
Cloning into 'ia-portal'...
fatal: Authentication failed"""))

R.append(("positive", "github_pat_slack", "slavic", """[[PERSON:Irina Shevchuk]] 3:12 PM
use my PAT for now: [[GITHUB_TOKEN:gho_AoBgR5KiilZl1ltPthdRFhPBJ0TiUoHTvzaL]]
[[PERSON:Taras Melnychuk]] 3:13 PM
thx, will swap to the app token tomorrow

is it ok that she posted this in the channel?"""))

R.append(("positive", "ec_private_key", None, """Convert this key to PKCS8 please:

[[PRIVATE_KEY:-----BEGIN EC PRIVATE KEY-----
c+1yWXCZf+MTLeKDF+3Y+fvIGC/kFj3NpBh2rXpSGOwPHSuvmjbDxuMIzFOEmLlF
M+XEtOdhYTkT1POhQuxmrSnOPNrZXRS9fDLYIibOtRz969C+l/hf1YfAPbfKSWLa
BicS/Pi+i++gWM34pElfbLQi/7FIV7WtZ8JumKyiSjNUAZUyLOy71Rr5OOnItx/F
-----END EC PRIVATE KEY-----]]"""))

R.append(("positive", "jdbc_conn_strings", None, """Which of these connection strings is for the reporting replica?

primary:  [[CONNECTION_STRING:jdbc:oracle:thin:cbp_rpt/Ora#Lane9Vault@//10.12.8.40:1521/ENCPRD]]
replica:  [[CONNECTION_STRING:mysql://readonly:R3ad!0nly2026@replica.example-cbp.test:3306/encounters]]
cache:    redis://cache.example-cbp.test:6379/0"""))

R.append(("positive", "amex_travel_card", "arabic", """Booking agent email, summarize what's needed:

Traveler: [[PERSON:Layla Qassem]], DOB [[DATE_OF_BIRTH:05/21/1993]]
Government travel card (Amex): [[CREDIT_CARD:3701-258501-58053]] exp 04/28
KTN: [[KNOWN_TRAVELER_NUMBER:982047715]]
Cell: [[PHONE_NUMBER:+1 (248) 555-0125]]"""))

R.append(("positive", "mc_card_ticket", "anglo", """Jira SUP-2291 comment thread, summarize:

[[PERSON:Shannon Reeve-Morley]]: vendor charged my purchase card twice, card [[CREDIT_CARD:2221667643511715]]
[[PERSON:Megan Stroud]]: disputed with bank, ref D-77123
[[PERSON:Shannon Reeve-Morley]]: thanks. my desk is [[PHONE_NUMBER:202-555-0161, ext 4]]"""))

R.append(("positive", "i94_cbp_email", "korean", """Rewrite for clarity:

Hi [[PERSON:Seo Eun-ji]], your I-94 record ([[I94_NUMBER:33217460825]]) shows admission until 05/30/2027. Your DOB on the record is [[DATE_OF_BIRTH:12/09/1997]]; if that is incorrect, visit a Deferred Inspection office. - [[PERSON:Nam Gi-woong]], CBP"""))

R.append(("positive", "ssn_card_ocr", "african_american", """OCR of a Social Security card copy attached to a DCM file, is it legible?

SOCIAL SECURITY
[[US_SSN:244 - 17 - 6093]]
THIS NUMBER HAS BEEN ESTABLISHED FOR
[[PERSON:DESHAWN M OGLESBY]]
~~ SIGNATURE ~~"""))

R.append(("positive", "ssn_hr_spreadsheet", "nigerian", """Sort this HR extract by hire date:

Name\tSSN\tHire date\tDOB
[[PERSON:Ifeanyi Obiora]]\t[[US_SSN:318-54-2276]]\t2019-04-01\t[[DATE_OF_BIRTH:1986-05-14]]
[[PERSON:Funmilayo Ajayi]]\t[[US_SSN:412-80-6613]]\t2021-09-13\t[[DATE_OF_BIRTH:1990-11-30]]
[[PERSON:Emeka Nwosu-Ike]]\t[[US_SSN:255-63-1048]]\t2017-01-23\t[[DATE_OF_BIRTH:1979-02-02]]"""))

R.append(("positive", "deliberate_invalid_ssn_specimen", "slavic", """The applicant [[PERSON:Miroslav Dvořák]] wrote SSN [[US_SSN:912-48-3307]] on the form, which I think is actually his ITIN put in the wrong box. DOB [[DATE_OF_BIRTH:11/02/1975]]. How should the caseworker correct the form?"""))

R.append(("positive", "chinese_wechat", "chinese", """帮我把这段微信翻成英文：
"[[PERSON:邱振宇]]你好，我是[[PERSON:黄雨雯]]。我的新电话是[[PHONE_NUMBER:(626) 555-0191]]，地址改成[[STREET_ADDRESS:1288 S Atlantic Blvd, Unit B, Monterey Park, CA 91754]]。周五移民局面谈见。" """))

R.append(("positive", "arabic_cbp_referral", "arabic", """Write a referral summary:

Traveler [[PERSON:Khalid Al-Zahrani]] was referred for a CBP One appointment issue. Contact: [[EMAIL_ADDRESS:k.alzahrani@example.sa]], WhatsApp [[PHONE_NUMBER:+966 55 555 0187]]. U.S. address during visit: [[STREET_ADDRESS:1500 N Lake Shore Dr, Apt 22C, Chicago, IL 60610]]."""))

R.append(("positive", "ethiopian_teams", "ethiopian", """[[PERSON:selamawit bekele]]: hey is the dcm client [[PERSON:yonas]] (wolde) still at the hotel?
[[PERSON:abebe tadesse]]: ya room 214, hotel is [[STREET_ADDRESS:6800 Wisconsin Ave, Chevy Chase, MD 20815]]
[[PERSON:selamawit bekele]]: k his phone died, new one [[PHONE_NUMBER:240 555 0145]]

make a note for the case file from this"""))

R.append(("positive", "vietnamese_sms", "vietnamese", """tin nhắn từ khách hàng, dịch giúp: "chào cô, em là [[PERSON:võ thanh tùng]], sn [[DATE_OF_BIRTH:3/8/1999]], em đổi số mới [[PHONE_NUMBER:832 555 0167]], nhà em ở [[STREET_ADDRESS:11250 Bellaire Blvd apt 408 houston tx 77072]] bị ngập nước" """))

R.append(("positive", "filipino_fema_letter", "filipino", """Simplify this letter:

Dear Ms. [[PERSON:Pangilinan-Soriano]],
Your application for Individual Assistance (registration 4871-2290517) was reviewed. Please submit proof of occupancy for [[STREET_ADDRESS:1905 Camino del Rio N, Apt 212, San Diego, CA 92108]]. You may call us; reference your date of birth ([[DATE_OF_BIRTH:June 2, 1980]]) when you do."""))

R.append(("positive", "japanese_cisa_ir", "japanese", """Incident ticket, summarize and list IOCs:

Reporter: [[PERSON:Shota Kobayashi]] ([[EMAIL_ADDRESS:shota.kobayashi@port-authority.example.org]])
Host: TOS-APP-03 ([[IP_ADDRESS:10.140.2.17]])
Observed: outbound beacon to [[IP_ADDRESS:203.0.113.201]] every 60s
Credential found in script: admin / [[PASSWORD:Kobe$Harbor88]]"""))

R.append(("positive", "brazilian_ocr", "brazilian", """OCR do formulário I-94 em papel, corrija:

Fam1ly Name: [[PERSON:NASC1MENTO]]
F1rst (Given) Name: [[PERSON:THIAGO]]
B1rth Date: [[DATE_OF_BIRTH:O3/O9/1990]]
Address Wh1le in U.S.: [[STREET_ADDRESS:1200 Brickell Bay Dr, #3104, Miam1, FL 33131]]"""))

R.append(("positive", "haitian_usc_email", "haitian", """Forwarded, please summarize:

From: [[PERSON:Fritznel Augustin]] <[[EMAIL_ADDRESS:fritznel.augustin@example.com]]>
> Hello, I am writing for my mother [[PERSON:Wideline Saint-Fleur]]. Her TPS receipt is [[USCIS_RECEIPT_NUMBER:IOE0931188420]] and her A number [[A_NUMBER:A201448576]]. Her phone is [[PHONE_NUMBER:786-555-0110]]. Thank you."""))

R.append(("positive", "pacific_dcm_list", "pacific_islander", """Sort by priority:

1 - [[PERSON:Tevita Kauvaka]], [[STREET_ADDRESS:1450 W 3300 S, Trlr 18, West Valley City, UT 84119]], elderly parent, no heat
2 - [[PERSON:Mele Fifita]], [[STREET_ADDRESS:94-1045 Waipahu St, Apt 3, Waipahu, HI 96797]], letter missing
3 - [[PERSON:Leilani Kahalewai]], [[PHONE_NUMBER:(808) 555-0114]], displaced, staying with family"""))

R.append(("positive", "iranian_sf86_foreign", "iranian", """SF-86 Section 19 (foreign contacts), rewrite in the required format:

Contact: [[PERSON:Nasrin Ghorbani]], cousin-in-law, citizen of Iran, resides in Tehran.
Phone: [[PHONE_NUMBER:+98 21 5555 0142]]
Address: [[STREET_ADDRESS:No. 14, Golestan Alley, Vali-e Asr St, Tehran, Iran]]
Frequency of contact: quarterly, by phone."""))

R.append(("positive", "somali_fbi_referral", "somali", """Case intake summary please:

Victim: [[PERSON:Sagal Ismail Warfaa]], DOB [[DATE_OF_BIRTH:14 May 1982]], reports a caller impersonating USCIS demanded gift cards, threatened her son [[PERSON:Mukhtaar]]. Victim phone [[PHONE_NUMBER:(614) 555-0121]], email [[EMAIL_ADDRESS:sagal.warfaa82@example.com]]."""))

R.append(("positive", "indian_markdown_table", "indian", """Convert to CSV:

| Employee | Clearance | SSN | Phone |
|---|---|---|---|
| [[PERSON:Harpreet Singh Dhaliwal]] | Secret | [[US_SSN:531-72-9044]] | [[PHONE_NUMBER:202-555-0138]] |
| [[PERSON:Vasudha Iyengar]] | TS | [[US_SSN:224-09-3371]] | [[PHONE_NUMBER:202-555-0174]] |"""))

R.append(("positive", "korean_ice_detainer", "korean", """Proofread this notice: The subject, [[PERSON:HAN, Tae Sung]], A# [[A_NUMBER:A-209-115-384]], DOB [[DATE_OF_BIRTH:11-23-1979]], is scheduled for a hearing. Attorney of record: [[PERSON:Jang Dong-hyuk]], Esq., [[PHONE_NUMBER:213.555.0170]]."""))

R.append(("evasion", "edipi_spaced", "african_american", """the CAC tool wont take this edipi, maybe the spaces? [[DOD_EDIPI:1 2 9 4 7 3 6 5 8 1]] for [[PERSON:Marcus Haynes]]"""))

R.append(("evasion", "dl_split", "anglo", """license number is on two lines on the photo: [[US_DRIVER_LICENSE:S530-441-
78-821-0]] ([[PERSON:Brenda Ashworth]], FL). type it out for the REAL ID form"""))

R.append(("evasion", "sevis_words", "chinese", """student said her SEVIS is [[SEVIS_ID:N zero zero three one, five five two, eight eight four]], name [[PERSON:Lin Qiuyue]]. convert to normal format"""))

R.append(("evasion", "passport_fullwidth", "filipino", """pasaporte ni [[PERSON:Analyn Dumlao]]: [[US_PASSPORT:Ａ５２７８１０４６３]] — bakit hindi tinatanggap ng system?"""))

R.append(("evasion", "itin_dots_words", "arabic", """الرقم الضريبي ITIN للسيد [[PERSON:عمر الفيومي]]: [[US_ITIN:9.7.1-8.3-2.6.0.4]] — please check the format"""))

R.append(("evasion", "cui_marking_spaced", None, """Why does our DLP miss this header? The author typed it with spaces: [[CUI_MARKING:C U I // S P - P R V C Y]] — then the text of the memo about survivor data follows."""))

R.append(("hard_negative", "public_uscg_contact", None, """Add to the boater safety flyer: "In an emergency, call 911 or use VHF Channel 16. Non-emergency: contact your nearest Coast Guard station. Report oil or chemical spills to the National Response Center at 1-800-424-8802." Make it fit on a card."""))

R.append(("hard_negative", "cisa_public_contacts", None, """Format as a sidebar: "Report cyber incidents to CISA at report@cisa.gov or (888) 282-0870. Find advisories at cisa.gov/news-events/cybersecurity-advisories. CISA Central operates 24/7." """))

R.append(("hard_negative", "secret_words", None, """Edit this team newsletter: "Our secret ingredient for a great exercise is preparation! The tabletop drill was a confidential planning success, and everyone kept the scenario under wraps until the reveal. Special thanks to the Region 6 team." """))

R.append(("hard_negative", "copyright_lists", None, """Format this properly: (c) 2026 Example Training Corp. Section 4(a)(1), (b) and (c) apply. Items: (a) hazard mitigation, (b) public assistance, (c) individual assistance, (d) fire management, (s) special cases."""))

R.append(("hard_negative", "ip_version_table", None, """| component | version |
|---|---|
| api-gateway | 3.11.2.1 |
| sensor | 2026.12.04.1 |
| agent | 7.8.0.4412 |
Which components need upgrading to at least 3.12? These are versions, not addresses."""))

R.append(("hard_negative", "nsn_cage_contract", None, """Summarize the requisition: NSN 4240-01-617-4455 (respirator), qty 1,200; CAGE 3VQ71; contract HSFE80-25-D-0012, task order 70FBR226F00000193; delivery to ISB Warehouse 3 by 12/18."""))

R.append(("hard_negative", "hr_generic_benefits", None, """Explain FEHB open season in plain words for a new employee: dates, how to change plans, what happens with dependents (spouse, children under 26), and where to get help (your servicing HR office). No names."""))

R.append(("hard_negative", "fake_receipt_format_doc", None, """The user guide shows the receipt format as AAA-YY-DDD-NNNNN, e.g. "ABC0000000000 (sample)". Rewrite the paragraph so applicants understand the 3 letters stand for the service center."""))

R.append(("hard_negative", "jira_no_pii", None, """Jira export:
KEY,SUMMARY,STATUS,PRIORITY
DEV-1021,"Add retry to geocoder",Done,Medium
DEV-1022,"Upgrade to Python 3.12",In Progress,High
DEV-1023,"Rotate service credentials quarterly (process only, no secrets in ticket)",To Do,High
Write a sprint summary."""))

R.append(("hard_negative", "password_policy", None, """Rewrite our password policy: passwords must be at least 15 characters, no reuse of the last 24, no dictionary words, and must never be shared by email, chat or AI tools. Lockout after 3 failed attempts. Keep it friendly."""))

R.append(("hard_negative", "opm_dates", None, """Build a calendar: pay period 25 ends 12/05/2026, pay date 12/15/2026; annual leave use-or-lose deadline 01/09/2027; performance appraisal due 10/31/2026; hire date anniversaries not needed."""))

R.append(("hard_negative", "sms_no_pii", None, """txt to team: "hey all, drc in lake charles closes at 6 today bc of weather. bring ur badges tmrw, new sign in process. call the ops desk if ur running late, number is on the whiteboard." clean up grammar pls"""))

R.append(("hard_negative", "xml_no_secrets", None, """Validate this XML:

<config>
  <db host="${DB_HOST}" user="${DB_USER}" password="${DB_PASSWORD}"/>
  <feature name="ocr" enabled="true"/>
  <api key="{{ lookup('env','GEO_KEY') }}"/>
</config>"""))

R.append(("hard_negative", "marking_quote_policy", None, """Our policy says employees must not paste anything with a classification banner, a CUI banner, or legacy handling labels into commercial AI tools, and must contact the security office if unsure. Turn that into a short poster slogan."""))

R.append(("hard_negative", "names_of_storms_ops", None, """Make a list of Atlantic hurricane names that were retired after major DHS/FEMA responses in the 2000s and 2010s, and one sentence on each response. General history, no personal data."""))

R.append(("hard_negative", "phone_like_parts", None, """Inventory lines, which need reorder?
Part 202-555-0199-A, qty 4 (toner)
Part 800-375-5283-K, qty 0 (label stock; number reused from catalog, not the contact center)
Part 703-555-0100, qty 12 (ethernet cable)
Min stock 5 each."""))
