# Part 5: agent outputs, minutes, logs, FEMA/DCM, procurement; many hard negatives

R.append(("positive", "agent_trace", "vietnamese", """My LangChain agent printed this trace. Why did it call the lookup twice?

> Entering new AgentExecutor chain...
Thought: I need the applicant's profile.
Action: get_applicant
Action Input: {"receipt": "[[USCIS_RECEIPT_NUMBER:MSC2612048871]]"}
Observation: {"name": "[[PERSON:Phạm Minh Triết]]", "dob": "[[DATE_OF_BIRTH:04/22/1995]]", "phone": "[[PHONE_NUMBER:408-555-0178]]", "address": "[[STREET_ADDRESS:1720 Story Rd, Unit 33, San Jose, CA 95122]]"}
Thought: I should double check the receipt.
Action: get_applicant
Action Input: {"receipt": "[[USCIS_RECEIPT_NUMBER:MSC2612048871]]"}
> Finished chain."""))

R.append(("positive", "meeting_minutes_cisa", "nigerian", """Turn these minutes into action items with owners:

CISA Region 4 - Incident sync, 12/02
Present: [[PERSON:Adaeze Nwachukwu]] (lead), [[PERSON:Chinedu Okafor]], [[PERSON:Funmilayo Ajayi]]
- Compromised admin account at county EOC: user reported password was [[PASSWORD:Cnty-EOC#4471]], reset confirmed.
- [[PERSON:Adaeze]] to brief the state CIO. Her cell for the bridge: [[PHONE_NUMBER:470-555-0164]].
- Attacker infrastructure: [[IP_ADDRESS:91.203.144.17]], [[IP_ADDRESS:91.203.144.22]]."""))

R.append(("positive", "fema_ia_json_export", "haitian", """Can you convert this JSON export to a CSV with one row per household member?

{"registration": "FEMA-4871-0451188", "members": [
  {"name": "[[PERSON:Jean-Robert Valcourt]]", "dob": "[[DATE_OF_BIRTH:1969-06-21]]", "ssn": "[[US_SSN:589-27-4410]]", "relationship": "self"},
  {"name": "[[PERSON:Marie-Michelle Pierre-Louis]]", "dob": "[[DATE_OF_BIRTH:1972-02-11]]", "ssn": null, "relationship": "spouse"},
  {"name": "[[PERSON:Wilkens Valcourt]]", "dob": "[[DATE_OF_BIRTH:2009-12-01]]", "ssn": null, "relationship": "son"}],
 "damaged_address": "[[STREET_ADDRESS:88 NW 54th St, Miami, FL 33127]]"}"""))

R.append(("positive", "procurement_invoice", "chinese", """Check this invoice against the contract rates:

INVOICE #CX-2026-1187
Bill to: DHS OCPO, Washington DC
From: Tsai Data Services
Contact: [[PERSON:Tsai Pei-shan]] ([[PERSON:蔡佩珊]]) | [[EMAIL_ADDRESS:peishan.tsai@tsaidata.example.com]] | [[PHONE_NUMBER:(571) 555-0122]]
Remit by ACH: routing [[ABA_ROUTING_NUMBER:322561489]], account [[US_BANK_NUMBER:88120045931]]
Line 1: Senior data engineer, 160 hrs x $168.00 = $26,880.00"""))

R.append(("positive", "teams_chat_lowercase", "filipino", """teams chat, summarize for the shift lead:

[[PERSON:jericho macaraeg]]: yo the guy at counter 3 gave his dob as [[DATE_OF_BIRTH:jan 5 86]] but the i94 says otherwise
[[PERSON:jericho macaraeg]]: i94 # [[I94_NUMBER:69318850412]]
[[PERSON:analyn dumlao]]: send him to secondary then
[[PERSON:jericho macaraeg]]: k. his name [[PERSON:bacani, jose rizaldo]]"""))

R.append(("positive", "slavic_pipe_table", "slavic", """Pipe-delimited export from the onboarding tool, find rows with missing email:

name|dob|phone|email
[[PERSON:Zhuravlev, Dmitri]]|[[DATE_OF_BIRTH:1980-07-07]]|[[PHONE_NUMBER:+1-412-555-0189]]|[[EMAIL_ADDRESS:dmitri.zhuravlev@example.com]]
[[PERSON:Zielińska, Katarzyna]]|[[DATE_OF_BIRTH:1992-03-25]]|[[PHONE_NUMBER:+48 22 555 01 47]]|
[[PERSON:Radulović, Bogdan]]|[[DATE_OF_BIRTH:1969-12-30]]|[[PHONE_NUMBER:(412) 555-0137]]|[[EMAIL_ADDRESS:bradulovic@example.org]]"""))

R.append(("positive", "indian_email_thread", "indian", """Please summarize this thread:

From: [[PERSON:Sunil Chaturvedi]]
To: [[PERSON:Vasudha Iyengar]]
Subject: RE: RE: H-1B petition docs

> > [[PERSON:Vasudha]], please confirm the beneficiary's passport number.
> It's [[US_PASSPORT:Z5920317]] — wait no that's his Indian one. His new US passport (naturalized last month) is [[US_PASSPORT:594821736]].
Thanks. Also his receipt is [[USCIS_RECEIPT_NUMBER:SRC 26 118 04417]]. - [[PERSON:Rohan Bhattacharjee]]"""))

R.append(("positive", "iranian_farsi", "iranian", """این متن را به انگلیسی ترجمه کن:

«اینجانب [[PERSON:فرزانه رحیمی]] ([[PERSON:Farzaneh Rahimi]]) متولد [[DATE_OF_BIRTH:۱۳۶۲/۰۷/۱۵]] هستم. شماره تماس من [[PHONE_NUMBER:۰۹۱۲ ۵۵۵ ۰۱۴۸]] است. آدرس فعلی: [[STREET_ADDRESS:3410 Wilshire Blvd, Apt 507, Los Angeles, CA 90010]]»"""))

R.append(("positive", "arabic_dcm", "arabic", """Rewrite as a referral to the legal aid partner:

Client: [[PERSON:Yousef Abu-Saleh]], DOB [[DATE_OF_BIRTH:2/17/1966]], lives with daughter [[PERSON:Dalia]] at [[STREET_ADDRESS:6810 Schaefer Rd, Dearborn, MI 48126]]. Contractor fraud suspected ($14,000 paid, no work done). Client prefers Arabic; daughter's phone [[PHONE_NUMBER:313-555-0112]]."""))

R.append(("positive", "ethiopian_csv", "ethiopian", """CSV from the resettlement partner — which rows have a DOB after 2005?

full_name,birth_date,phone,street
"[[PERSON:Tigist Haile Mariam]]",[[DATE_OF_BIRTH:1990-09-11]],[[PHONE_NUMBER:(301) 555-0181]],"[[STREET_ADDRESS:8800 Piney Branch Rd Apt 1207, Silver Spring, MD 20903]]"
"[[PERSON:Kaleab Tadesse]]",[[DATE_OF_BIRTH:2008-02-29]],,"[[STREET_ADDRESS:8800 Piney Branch Rd Apt 1207, Silver Spring, MD 20903]]"
"[[PERSON:Meron Abebe]]",[[DATE_OF_BIRTH:2011-06-03]],,"same" """))

R.append(("positive", "pacific_email", "pacific_islander", """Subject: FW: Typhoon assistance - Saipan
> From: [[PERSON:Iosefa Mauga]] <[[EMAIL_ADDRESS:imauga@example.mp]]>
> Please help my neighbor [[PERSON:Losaline Vaipulu]], she doesn't have email. Her address is [[STREET_ADDRESS:Caller Box 10007, Saipan, MP 96950]] and phone [[PHONE_NUMBER:(670) 555-0153]].

Can you draft a reply explaining how she can register by phone?"""))

R.append(("positive", "brazilian_chat_pt", "brazilian", """[09:14] [[PERSON:Luana Figueiredo]]: bom dia! o passaporte americano do meu filho é [[US_PASSPORT:512884097]], ele nasceu em [[DATE_OF_BIRTH:14/10/2015]]
[09:15] [[PERSON:Luana Figueiredo]]: vocês conseguem verificar o status do ESTA dele?
[09:20] agente: vou verificar

translate this chat to English for the case file"""))

R.append(("positive", "ktn_global_entry", "anglo", """Write an email to the traveler explaining that his Global Entry renewal is conditionally approved:

Traveler: [[PERSON:Dale Whitcombe]]
PASSID/KTN: [[KNOWN_TRAVELER_NUMBER:157294036]]
Email: [[EMAIL_ADDRESS:dwhitcombe@example.net]]
Interview: Enrollment on Arrival available at any participating airport."""))

R.append(("positive", "uscg_mmc", "african_american", """Summarize this Merchant Mariner Credential application note:

Applicant [[PERSON:Latrice Whitfield]], DOB [[DATE_OF_BIRTH:1983-10-19]], TWIC on file. Mailing: [[STREET_ADDRESS:2204 Government St, Mobile, AL 36606]]. Phone [[PHONE_NUMBER:251.555.0197]]. Sea service letters from two vessels; medical certificate pending."""))

R.append(("positive", "korean_translation", "korean", """이 편지를 영어로 번역해 주세요:

"안녕하세요, 저는 [[PERSON:류민규]]([[PERSON:Ryu Min-gyu]])입니다. 생년월일은 [[DATE_OF_BIRTH:1994년 3월 8일]]이고 주소는 [[STREET_ADDRESS:3250 Wilshire Blvd, Suite 1400, Los Angeles, CA 90010]]입니다. 연락처: [[PHONE_NUMBER:010-5555-0139]]" """))

R.append(("positive", "somali_sql", "somali", """Why does this LEFT JOIN drop the second household?

SELECT h.hoh_name, h.phone, a.street FROM households h LEFT JOIN addresses a USING(hh_id);

hoh_name              | phone        | street
----------------------+--------------+------------------------------------------
[[PERSON:Abdiqani Nuur]]         | [[PHONE_NUMBER:614-555-0150]] | [[STREET_ADDRESS:2291 Refugee Rd, Unit 6, Columbus, OH 43207]]
[[PERSON:Ilhaan Mahamud]]        | [[PHONE_NUMBER:614-555-0119]] | NULL"""))

R.append(("positive", "japanese_hr", "japanese", """Format this emergency contact form as a table:

Employee: [[PERSON:Nakagawa, Kenji]]
Emergency contact 1: [[PERSON:Nakagawa Sayuri]] (wife) — [[PHONE_NUMBER:571-555-0146]]
Emergency contact 2: [[PERSON:Morimoto Yuki]] (sister) — [[PHONE_NUMBER:+81 90-5555-0172]]
Home: [[STREET_ADDRESS:43110 Ashburn Village Blvd, Ashburn, VA 20147]]"""))

R.append(("positive", "hispanic_log", "hispanic", """Why is the geocoder failing? Log:

2026-12-02 10:14:22 WARN geocode miss addr="[[STREET_ADDRESS:Carr. 149 Km 20.3, Bo. Collores, Juana Díaz, PR 00795]]" applicant="[[PERSON:Ortega, María José Q.]]"
2026-12-02 10:14:23 WARN geocode miss addr="[[STREET_ADDRESS:HC 02 Box 7715, Ciales, PR 00638]]" applicant="[[PERSON:Montoya Ruiz, Luis Ángel]]" """))

R.append(("evasion", "phone_html_entities", "nigerian", """unescape and format: contact=[[PERSON:Oluwadamilare Adebisi]]&amp;tel=[[PHONE_NUMBER:&#43;1&#32;832&#32;555&#32;0171]]&amp;note=call+after+5"""))

R.append(("evasion", "zero_width_name_email", "iranian", "reply to [[PERSON:Ka\u200bveh Sa\u200bdeghi]] at [[EMAIL_ADDRESS:kaveh.sa\u200bdeghi@exa\u200bmple.com]] about the TSA redress number"))

R.append(("evasion", "a_number_no_prefix_spaced", "brazilian", """número de estrangeiro dele: [[A_NUMBER:A  2 1 9  8 8 0  4 5 1]] (veio com espaço do PDF). Nome: [[PERSON:João Pedro Carvalho]]. Pode conferir?"""))

R.append(("evasion", "receipt_dotted", "haitian", """resi a se [[USCIS_RECEIPT_NUMBER:I.O.E.0.9.1.8.2.7.3.6.4.5]], non: [[PERSON:Roselaure Théodore]]. Tradui e chèche estati a."""))

R.append(("evasion", "ssn_leetspeak", "pacific_islander", """in the chat log the user typed: my ssn is [[US_SSN:S7O-44-8I23]] lol (o=0, i=1) — [[PERSON:Makoa Kauwila]]. do we need to report that?"""))

R.append(("evasion", "routing_spaced_words", "vietnamese", """bà [[PERSON:Lê Hoàng Yến]] đọc số routing: [[ABA_ROUTING_NUMBER:zero two nine, six seven seven, one three nine]], tài khoản [[US_BANK_NUMBER:7 7 0 1 2 4 4 9 8 5]]. please type these as digits for the direct deposit form"""))

R.append(("hard_negative", "public_hotlines_sms", None, """make a text message template: "Need help after the storm? Call 1-800-621-3362 or text SHELTER + your ZIP code to 43362 to find a shelter. For disaster distress counseling call or text 1-800-985-5990." keep under 300 chars"""))

R.append(("hard_negative", "ticket_numbers_ssnlike", None, """ServiceNow export, group by assignment group:

INC0102294 | Network | printer offline 3rd floor
RITM0051871 | Access | request for shared drive
CHG0030047 | Change | patch window 12/13 0200-0400
PRB0004412 | Problem | recurring VPN drops
Asset tag 318-44-0912 (label format AAA-BB-CCCC, not an SSN)"""))

R.append(("hard_negative", "minutes_no_names", None, """Minutes - Logistics Section, 11/30
- Commodities: 42 trailers water, 18 trailers MREs staged at ISB.
- Generator requests: 12 pending, 3 installed.
- Action: Logistics chief to follow up with the state on POD closures.
- Action: Deputy to update the resource tracker by 1700.
Clean these up into a one-paragraph summary."""))

R.append(("hard_negative", "json_schema_example", None, """Explain this JSON schema example; the values are dummies from the spec:

{"applicant": {"name": "Jane Doe", "ssn": "XXX-XX-XXXX", "dob": "YYYY-MM-DD", "phone": "555-555-5555", "email": "user@example.com"}}"""))

R.append(("hard_negative", "sql_no_pii", None, """Optimize this query:

SELECT county, COUNT(*) AS registrations, SUM(award_amount) AS total
FROM ia_registrations
WHERE disaster_number = 4871 AND status = 'ELIGIBLE'
GROUP BY county ORDER BY total DESC;

+-----------+---------------+--------------+
| county    | registrations | total        |
+-----------+---------------+--------------+
| Pinellas  | 18204         | 71220913.22  |
| Hillsboro | 15510         | 60104228.10  |
+-----------+---------------+--------------+"""))

R.append(("hard_negative", "log_no_secrets", None, """What does this error mean?

2026-12-01T14:22:09Z ERROR vault: failed to read secret path=kv/data/ia/db err="permission denied"
2026-12-01T14:22:09Z INFO  app: falling back to env var DB_PASSWORD (unset)
2026-12-01T14:22:10Z FATAL app: no database credentials available"""))

R.append(("hard_negative", "cui_program_question", None, """Our team lead says the phrase "controlled unclassified information" in the subject line of an email doesn't make the email CUI by itself. Is that right? What actually makes a document CUI?"""))

R.append(("hard_negative", "statute_citations", None, """List the statutes: 6 U.S.C. 101 et seq., 42 U.S.C. 5121 (Stafford Act), 8 U.S.C. 1101, 49 U.S.C. 114, 5 U.S.C. 552a (Privacy Act), and 44 U.S.C. 3551 (FISMA). One line each."""))

R.append(("hard_negative", "product_names", None, """Compare these tools for our SOC: Splunk Enterprise Security, Microsoft Sentinel, CrowdStrike Falcon, Elastic Security, Tenable.sc. Version we run: Splunk 9.2.1, Tenable.sc 6.4.0. Keep it vendor neutral."""))

R.append(("hard_negative", "declassification_dates", None, """What does "25X1" mean in the context of automatic declassification, and how does the 25-year rule work under Executive Order 13526? General explanation, no document examples."""))

R.append(("hard_negative", "zip_plus4", None, """Validate these ZIP+4 codes for the mailing: 20528-0001, 20472-0001, 20229-0002, 20536-5009. Are they all DC federal ZIPs? No street addresses needed."""))

R.append(("hard_negative", "dummy_creds_training", None, """For our secure coding training, explain why this snippet is bad practice (it's an intentionally fake example from the slides):

password = "P@ssw0rd_EXAMPLE_ONLY"   # training sample, never valid
api_key = "EXAMPLE-KEY-DO-NOT-USE"

Then show the fixed version using a secrets manager."""))

R.append(("hard_negative", "foreign_names_places", None, """Translate to Haitian Creole: "Shelters are open in Port St. Lucie, Fort Pierce, and Vero Beach. Bring medications and important documents. Pets are allowed at the county fairgrounds shelter." """))

R.append(("hard_negative", "po_ssn_shaped", None, """Match each PO to its requisition:

PO 223-45-6789 -> REQ 2026-00418
PO 223-45-6790 -> REQ 2026-00419
(Our legacy Momentum POs use NNN-NN-NNNN; they are not SSNs.)
Which requisition lacks a funding string?"""))

R.append(("hard_negative", "tsa_public_guidance", None, """Make this TSA guidance more readable: "Liquids, gels and aerosols must be in 3.4 oz (100 ml) or smaller containers in one quart-size bag. Remove laptops larger than a cell phone. Travelers with TSA PreCheck do not need to remove shoes, belts or light jackets." """))

R.append(("hard_negative", "clearance_process_text", None, """Explain the steps of a background investigation for a Secret clearance: SF-86 submission via eApp, fingerprints, investigation by DCSA, adjudication, and reciprocity. No personal data, just the process for a new hire FAQ."""))
