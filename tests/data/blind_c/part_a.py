# Positives, part A: hand-written prompts, one dominant name origin each.
P = "positive"
RECORDS = [
(P, "email_rewrite", "anglo", """Can you tighten up this e-mail before I send it? Keep it polite.

Hi [[PERSON:Margaret]],
Following up on our call - [[PERSON:Clifton Kettering]] dropped off his renewal packet today. His callback number is [[PHONE_NUMBER:(703) 482-9157]] and his mailing address is [[STREET_ADDRESS:4418 Lindell Court, Apt 2B, Woodbridge, VA 22193]]. Please ask [[PERSON:Clifton]] to confirm his date of birth ([[DATE_OF_BIRTH:04/17/1968]]) at pickup.
Thanks,
[[PERSON:Roz]]"""),

(P, "case_summary", "hispanic", """Summarize this intake note in three bullet points for my supervisor:
Applicant [[PERSON:María José Villaseñor Ruiz]] (DOB [[DATE_OF_BIRTH:23-JUN-1987]], [[A_NUMBER:A-214-863-507]]) appeared for biometrics on 11/24. She reports her address changed to [[STREET_ADDRESS:Urb. Villa Carolina, Calle 43 Bloque 98 #12, Carolina, PR 00985]]. Best contact [[PHONE_NUMBER:787-555-0193]]. Receipt [[USCIS_RECEIPT_NUMBER:IOE0926148533]] still pending. Ms. [[PERSON:Villaseñor]] asked whether a fee waiver is possible."""),

(P, "csv_semicolon", "indian", """Convert this semicolon CSV to a markdown table, sorted by last name:
last_name;first_name;ssn;phone
[[PERSON:Thirunavukkarasu]];[[PERSON:Priyanka]];[[US_SSN:412-58-3307]];[[PHONE_NUMBER:571-309-4428]]
[[PERSON:Kulkarni]];[[PERSON:Sandeep]];[[US_SSN:529-71-0846]];[[PHONE_NUMBER:(408) 776-2150]]
[[PERSON:Dhillon]];[[PERSON:Harpreet Kaur]];[[US_SSN:233-40-9172]];[[PHONE_NUMBER:916.482.3391]]"""),

(P, "json_record", "chinese", """Why does this JSON fail to parse? Fix it and return valid JSON.
{
  "applicant": "[[PERSON:Zhang Weiming]]",
  "dob": "[[DATE_OF_BIRTH:1979-02-08]]",
  "passport_country": "CHN",
  "passport_no": "[[US_PASSPORT:E83920517]]",
  "email": "[[EMAIL_ADDRESS:weiming.zhang79@qmail-box.com]]",
  "address": "[[STREET_ADDRESS:2290 Grant Ave Apt 5, San Francisco, CA 94133]]",
}"""),

(P, "chat_log", "vietnamese", """Translate this Zalo chat into English for the case file:
[09:14] [[PERSON:Nguyễn Thị Thu Hằng]]: Chị ơi, em gửi số điện thoại mới: [[PHONE_NUMBER:(714) 938-2061]]
[09:15] [[PERSON:Trần Văn Phúc]]: Ok em. Ngày sinh của em là [[DATE_OF_BIRTH:03/09/1991]] đúng không?
[09:16] [[PERSON:Nguyễn Thị Thu Hằng]]: Dạ đúng. Địa chỉ mới là [[STREET_ADDRESS:10512 Bolsa Ave Spc 47, Westminster, CA 92683]]"""),

(P, "kv_form", "korean", """Reformat these fields as a clean table (field | value):
Name: [[PERSON:KIM SOO-JIN]]
Date of Birth: [[DATE_OF_BIRTH:22 SEP 1984]]
Passport No.: [[US_PASSPORT:M47285163]] (Republic of Korea)
I-94 No.: [[I94_NUMBER:418263759A3]]
Phone: [[PHONE_NUMBER:+1 213-847-6620]]
Email: [[EMAIL_ADDRESS:sjkim.0922@koreamail-web.net]]"""),

(P, "ocr_form", "filipino", """This is OCR from a scanned I-130 page, fix the obvious OCR errors but keep values:
Petitioner's Name: [[PERSON:DIMACULANGAN, Maricel]]
Benef1ciary: [[PERSON:Rodelio Bautista Macaraeg]]
Benef. Date of B1rth: [[DATE_OF_BIRTH:07/30/1972]]
Benef. Address: [[STREET_ADDRESS:Blk 12 Lot 7 Sampaguita St., Brgy. San Isidro, Antipolo City, Rizal 1870]]
Phone (Philippines): [[PHONE_NUMBER:0917 552 8413]]"""),

(P, "email_rewrite", "arabic", """Please make this message sound more professional:

hey [[PERSON:Rasha]], mr [[PERSON:mahmoud al-khatib]] called again about his brother's parole file. his number is [[PHONE_NUMBER:313-582-0047]], he lives at [[STREET_ADDRESS:6021 Schaefer Rd, Dearborn, MI 48126]]. he wants someone to call back before friday. can u handle? -[[PERSON:Greg]]"""),

(P, "case_summary", "somali", """Write a two-sentence status update from these notes:
- [[PERSON:Abdirahman Warsame Farah]], [[A_NUMBER:A208774315]], refugee derivative, spouse [[PERSON:Hodan Mohamed Ali]]
- Hodan's DOB listed as [[DATE_OF_BIRTH:01/01/1990]] on the I-590 but [[DATE_OF_BIRTH:14/03/1989]] on her Somali ID
- current address [[STREET_ADDRESS:1815 Riverside Ave Apt 1104, Minneapolis, MN 55454]]
- interpreter requested (Somali), callback [[PHONE_NUMBER:612 874 3390]]"""),

(P, "yaml", "nigerian", """Validate this YAML and tell me if the indentation is wrong:
beneficiary:
  name: [[PERSON:Chinedu Okonkwo-Eze]]
  dob: [[DATE_OF_BIRTH:1986-10-05]]
  passport: [[US_PASSPORT:A09284716]]   # Nigerian passport
  phone_ng: "[[PHONE_NUMBER:0803 447 2918]]"
petitioner:
  name: [[PERSON:Ngozi Nwachukwu]]
  ssn: "[[US_SSN:318-66-2094]]"
  address: [[STREET_ADDRESS:7714 Bellfort Ave, Houston, TX 77061]]"""),

(P, "letter_translate", "haitian", """Tradui lèt sa a an angle, tanpri (translate to English):

Mwen rele [[PERSON:Guerline Thermidor]]. Mwen fèt [[DATE_OF_BIRTH:12 oktòb 1979]] nan Jacmel. Mari m, [[PERSON:Ulrick Désamour]], ap viv nan [[STREET_ADDRESS:318 NE 54th St, Miami, FL 33137]]. Nimewo telefòn li se [[PHONE_NUMBER:305-759-8142]]. Nou bezwen èd pou dosye TPS la."""),

(P, "markdown_table", "slavic", """Add a column "days since filing" to this table (today is 2026-12-03):
| Name | A-Number | Filed | DOB |
|---|---|---|---|
| [[PERSON:Larysa Hnatiuk]] | [[A_NUMBER:A-219-405-883]] | 2026-08-14 | [[DATE_OF_BIRTH:1993-05-27]] |
| [[PERSON:Bohdan Kravets]] | [[A_NUMBER:A-219-405-891]] | 2026-09-02 | [[DATE_OF_BIRTH:1961-12-01]] |
| [[PERSON:Tetiana Shevchuk]] | [[A_NUMBER:A-220-117-046]] | 2026-10-19 | [[DATE_OF_BIRTH:2008-03-15]] |"""),

(P, "sql", "anglo", """Optimize this query, it's timing out:
SELECT * FROM payees p JOIN claims c ON c.payee_id = p.id
WHERE p.last_name = '[[PERSON:Pellow]]' AND p.first_name = '[[PERSON:Winifred]]'
  AND p.ssn = '[[US_SSN:461-27-5539]]'
  AND c.routing_no = '[[ABA_ROUTING_NUMBER:063886960]]' AND c.account_no = '[[US_BANK_NUMBER:8820417753]]';"""),

(P, "log_lines", "hispanic", """What caused these errors? Log excerpt from the intake portal:
2026-11-30T14:02:11Z WARN  address_validator failed for applicant=[[PERSON:Édgar Quintanilla]] addr="[[STREET_ADDRESS:RR 3 Box 2217, Donna, TX 78537]]"
2026-11-30T14:02:11Z ERROR smarty: unresolvable rural route, client_ip=[[IP_ADDRESS:172.31.44.208]]
2026-11-30T14:02:12Z INFO  fallback to manual review, email=[[EMAIL_ADDRESS:edgar.quintanilla@correo-rgv.mx]]"""),

(P, "email_thread", "indian", """Summarize this thread in one paragraph:

From: [[PERSON:Sriram Iyengar Subramaniam]] <[[EMAIL_ADDRESS:v.subramaniam.family@inboxmail.com]]>
To: records desk
Subject: H-4 extension for my wife

Hello, my wife [[PERSON:Lakshmi Narayanan]] (I-94 [[I94_NUMBER:69218437A51]], passport [[US_PASSPORT:T4829157]]) needs her extension. Our India contact is [[PHONE_NUMBER:098450 73621]] (Bengaluru). Receipt no. [[USCIS_RECEIPT_NUMBER:EAC-26-184-30972]].
Regards, [[PERSON:Sriram]]"""),

(P, "dict_literal", "chinese", """Refactor this test fixture into a pytest fixture:
SAMPLE = {
    'full_name': '[[PERSON:Liu Xiaoyan]]',
    'alias': '[[PERSON:Sherry Liu]]',
    'sevis_id': '[[SEVIS_ID:N0031864207]]',
    'dob': '[[DATE_OF_BIRTH:2001-07-19]]',
    'school_email': '[[EMAIL_ADDRESS:xliu27@students.midwest-tech.edu]]',
    'phone': '[[PHONE_NUMBER:6083312874]]',
}"""),

(P, "tsv", "vietnamese", """Turn this tab-separated export into JSON objects:
name	dob	ssn	city
[[PERSON:Phạm Minh Khoa]]	[[DATE_OF_BIRTH:08/02/1975]]	[[US_SSN:627194083]]	San Jose
[[PERSON:Lê Thị Bích Ngọc]]	[[DATE_OF_BIRTH:12/26/1980]]	[[US_SSN:627194115]]	San Jose
[[PERSON:Võ Quốc Bảo]]	[[DATE_OF_BIRTH:05/05/2003]]	[[US_SSN:602385517]]	Garden Grove"""),

(P, "html", "korean", """Fix the HTML so the table renders in Outlook:
<table><tr><td>Traveler</td><td>[[PERSON:Park Jae-hyun]]</td></tr>
<tr><td>Known Traveler #</td><td>[[KNOWN_TRAVELER_NUMBER:982417635]]</td></tr>
<tr><td>Passport</td><td>[[US_PASSPORT:567204913]]</td></tr>
<tr><td>Mobile</td><td>[[PHONE_NUMBER:(201) 944-0378]]</td><tr>
</table>"""),

(P, "chat_log", "filipino", """Can you write a reply to this Teams message?
[[PERSON:Jocelyn Pangilinan]] 10:42 AM
hi! my tita [[PERSON:Rowena Magbanua]] is asking if her I-864 sponsor needs to send the tax transcript. sponsor is [[PERSON:Arnel Dumlao]], SSN [[US_SSN:548-03-7716]], his cell is [[PHONE_NUMBER:+63 928 417 5530]] (he's in Cebu until Jan). thanks po"""),

(P, "stack_trace", "arabic", """Help me debug this exception from the benefits service:
Traceback (most recent call last):
  File "/opt/app/payments/disburse.py", line 88, in post_payment
    ach.submit(payee=payee, routing=rt, account=acct)
  File "/opt/app/payments/ach.py", line 41, in submit
    raise ValueError(f"bad routing {routing} for {payee}")
ValueError: bad routing [[ABA_ROUTING_NUMBER:091559353]] for [[PERSON:Yousef Abdelrahman]] (acct [[US_BANK_NUMBER:000438812907]])"""),

(P, "notes", "somali", """Rewrite as a formal memo paragraph:
spoke w/ [[PERSON:fadumo abdullahi hirsi]] today re: her son's asylum case. she gave new addr [[STREET_ADDRESS:2440 E 5th Ave #3, Columbus, OH 43219]], new # [[PHONE_NUMBER:614-263-0915]]. son is [[PERSON:Liban Hassan Dualeh]], dob [[DATE_OF_BIRTH:6/18/2009]], [[A_NUMBER:A213559026]]."""),

(P, "csv_comma", "nigerian", """Deduplicate these rows (same person appears twice):
payee,ssn,card_last4,dob
"[[PERSON:ADEYEMI, Oluwaseun]]",[[US_SSN:589-12-4403]],2159,[[DATE_OF_BIRTH:1990-01-23]]
"[[PERSON:Babatunde Ogunleye]]",[[US_SSN:301-55-8619]],9336,[[DATE_OF_BIRTH:1972-11-30]]
"[[PERSON:Oluwaseun Adeyemi]]",[[US_SSN:589124403]],2159,[[DATE_OF_BIRTH:01/23/1990]]"""),

(P, "email_rewrite", "haitian", """Rewrite this to be shorter:

Good morning, I am writing on behalf of my client [[PERSON:Jean-Robert Fils-Aimé]] whose I-821 was received on 08/04/2026 under receipt [[USCIS_RECEIPT_NUMBER:LIN2619048822]]. Mr. [[PERSON:Fils-Aimé]] has moved to [[STREET_ADDRESS:55 Gallivan Blvd, Apt 3, Dorchester, MA 02124]] and can be reached at [[PHONE_NUMBER:617.436.2281]] or [[EMAIL_ADDRESS:jrfilsaime@boston-mail.net]]. His spouse [[PERSON:Marie-Carmelle Joseph]] is a derivative. Thank you."""),

(P, "json_array", "slavic", """Write a jq filter that returns only people born before 1980:
[{"name":"[[PERSON:Arkadiy Zhuravlev]]","born":"[[DATE_OF_BIRTH:1974-08-09]]","tel":"[[PHONE_NUMBER:+1 (347) 612-0584]]"},
 {"name":"[[PERSON:Katarzyna Wiśniewska]]","born":"[[DATE_OF_BIRTH:1983-02-14]]","tel":"[[PHONE_NUMBER:773-295-4418]]"},
 {"name":"[[PERSON:Milan Petrović]]","born":"[[DATE_OF_BIRTH:1969-06-30]]","tel":"[[PHONE_NUMBER:(412) 881-3057]]"}]"""),

(P, "common_word_names", "anglo", """Proofread: "The beneficiaries are [[PERSON:Hope Calloway]] and her brother [[PERSON:Will Calloway]]. [[PERSON:Hope]] lives at [[STREET_ADDRESS:PO Box 7731, Fresno, CA 93747]]; [[PERSON:Will]] gets mail at his sister's. Please send both checks to [[PERSON:Hope]]." """),

(P, "form_spanish", "hispanic", """Traduce este formulario al inglés y mantén el formato:
nombre: [[PERSON:Rosalba Cienfuegos Aguirre]]
fecha de nacimiento: [[DATE_OF_BIRTH:3 de marzo de 1966]]
domicilio: [[STREET_ADDRESS:Calle Río Lerma 214, Int. 5, Col. Cuauhtémoc, 06500 Ciudad de México]]
teléfono: [[PHONE_NUMBER:55 4127 8930]]
correo: [[EMAIL_ADDRESS:rosalba.cienfuegos@correo-mx.com]]"""),

(P, "one_line", "indian", """is this a valid ITIN format? [[US_ITIN:912-78-4410]] for [[PERSON:Farhan Chowdhury]]"""),

(P, "python_code", "chinese", """Why does this unit test fail intermittently?
def test_lookup():
    rec = repo.find(a_number="[[A_NUMBER:A201938745]]")
    assert rec.name == "[[PERSON:Chen Jianguo]]"
    assert rec.dob == date(1958, 4, 2)
    assert rec.alias == "[[PERSON:Huang Meiling]]"  # spouse"""),

(P, "address_block", "vietnamese", """Format this as a US postal mailing label:
[[PERSON:HUYNH THANH TAM]]
[[STREET_ADDRESS:8931 ROSEMEAD BLVD UNIT 14
ROSEMEAD CA 91770]]
tel [[PHONE_NUMBER:626 572 0189]]"""),

(P, "log_lines", "korean", """Group these audit log lines by user:
2026-12-01 08:11:42 login ok user=[[EMAIL_ADDRESS:choi.dongwook@contractor-mail.com]] src=[[IP_ADDRESS:203.0.113.77]]
2026-12-01 08:12:03 view record subject="[[PERSON:Lee Min-seo]]" edipi=[[DOD_EDIPI:1520874396]]
2026-12-01 08:14:55 login ok user=[[EMAIL_ADDRESS:jung.hyerin@contractor-mail.com]] src=[[IP_ADDRESS:198.51.100.23]]
2026-12-01 08:15:10 export subject="[[PERSON:Kang Seung-ho]]" edipi=[[DOD_EDIPI:1371925048]]"""),

(P, "email_rewrite", "filipino", """Make this e-mail friendlier:
To whom it may concern, [[PERSON:Crisanto Lacsamana]] (SSN [[US_SSN:611-42-9087]]) requests that his direct deposit be changed to routing [[ABA_ROUTING_NUMBER:127561752]] account [[US_BANK_NUMBER:3309182274]]. Contact him at [[PHONE_NUMBER:(808) 671-3094]]."""),

(P, "markdown_notes", "arabic", """Turn these notes into a checklist:
## Household: [[PERSON:Omar Fathi El-Sayed]]
* wife [[PERSON:Noor Al-Dabbagh]] - DOB [[DATE_OF_BIRTH:15.09.1988]]
* Egypt contact: [[PHONE_NUMBER:010 2846 7731]] (Cairo, her mother)
* US address: [[STREET_ADDRESS:400 W Eagle Rd Apt 211, Lombard, IL 60148]]
* [[PERSON:Noor]] needs EAD renewal"""),

(P, "chat_log", "somali", """Summarize what the caller wants:
Agent: Thank you for calling, may I have your name?
Caller: [[PERSON:Sahra Jama Egal]].
Agent: And your A-Number?
Caller: [[A_NUMBER:A 207 381 604]]
Agent: Date of birth?
Caller: [[DATE_OF_BIRTH:July 4, 1982]].
Caller: I need to update my address to [[STREET_ADDRESS:3901 S 172nd St Apt B-12, SeaTac, WA 98188]]."""),

(P, "csv_pipe", "nigerian", """Split this pipe-delimited file into two CSVs (people, contacts):
id|name|phone|email
1|[[PERSON:Funmilayo Adebayo]]|[[PHONE_NUMBER:+234 802 339 4716]]|[[EMAIL_ADDRESS:funmi.adebayo@lagosmail.ng]]
2|[[PERSON:Ifeoma Chukwuemeka]]|[[PHONE_NUMBER:(832) 507-1148]]|[[EMAIL_ADDRESS:ifeoma.c@naijamail.com]]
3|[[PERSON:Emeka Obi]]|[[PHONE_NUMBER:0706 218 5533]]|"""),

(P, "case_summary", "haitian", """Summarize: Beneficiary [[PERSON:Frantz Bellegarde]], born [[DATE_OF_BIRTH:02-FEB-1995]] in Cap-Haïtien, Haitian passport [[US_PASSPORT:RD4471092]], parolee (I-94 [[I94_NUMBER:35810264957]]). Supporter is his aunt [[PERSON:Marlène Célestin]], [[STREET_ADDRESS:1290 Flatbush Ave Apt 6F, Brooklyn, NY 11226]], [[PHONE_NUMBER:718-462-3310]]."""),

(P, "form_german", "slavic", """Bitte ins Englische übersetzen:
Antragsteller: [[PERSON:Radoslav Dimitrov]]
Geburtsdatum: [[DATE_OF_BIRTH:09.11.1977]]
Anschrift: [[STREET_ADDRESS:Hauptstraße 41, 10827 Berlin]]
Reisepass-Nr.: [[US_PASSPORT:C4KJ7R2M9]]
Telefon: [[PHONE_NUMBER:+49 30 78894412]]"""),

(P, "kv_form", "anglo", """Check this direct deposit form for missing fields:
Payee: [[PERSON:Bill Hargrove]]
Routing No: [[ABA_ROUTING_NUMBER:042599058]]
Account No: [[US_BANK_NUMBER:507733218841]]
Account type: checking
Daytime phone: [[PHONE_NUMBER:502-894-7316]]
Mailing: [[STREET_ADDRESS:RR 1 Box 64A, Lawrenceburg, KY 40342]]"""),

(P, "long_memo", "hispanic", """Please proofread this memo and fix grammar only. Don't change names or numbers.

MEMORANDUM FOR: Field Office Director
SUBJECT: Request to expedite - [[PERSON:Joaquín Barrientos Ochoa]]

1. The applicant, [[PERSON:Joaquín Barrientos Ochoa]], [[A_NUMBER:A-209-674-331]], filed form I-485 on 03/12/2025 under receipt number [[USCIS_RECEIPT_NUMBER:MSC-25-903-44718]]. He were referred to the field office after his interview was rescheduled twice.
2. Mr. [[PERSON:Barrientos]] states his wife, [[PERSON:Itzel Garza Manrique]], is scheduled for surgery and that he needs advance parole to accompany her. Supporting letter from the hospital are attached.
3. Applicant's address of record is [[STREET_ADDRESS:1702 W Pecan Blvd, McAllen, TX 78501]]; phone [[PHONE_NUMBER:956-687-2041]]; date of birth [[DATE_OF_BIRTH:10/02/1983]].
4. Recommend the request be approved, pending verification of the medical documentation.

[[PERSON:R. Salinas]], Supervisory IO"""),

(P, "payment_json", "indian", """Explain what each field does in this payment payload:
{"payer":{"name":"[[PERSON:Deepika Reddy Maddipati]]","card":"[[CREDIT_CARD:4485 2538 8853 9336]]","exp":"09/29"},
 "billing":"[[STREET_ADDRESS:B-204 Shanti Apartments, 12th Main, Indiranagar, Bengaluru 560038]]",
 "contact":"[[PHONE_NUMBER:+91 98453 20716]]"}"""),

(P, "chat_log", "chinese", """请把下面的对话翻译成英文 (translate to English):
[[PERSON:王志强]]: 我的护照号是 [[US_PASSPORT:EJ5820374]]，出生日期 [[DATE_OF_BIRTH:1990年8月12日]]。
[[PERSON:林玉婷]]: 好的，我帮你填 I-539。你的电话还是 [[PHONE_NUMBER:(646) 388-2907]] 吗？
[[PERSON:王志强]]: 是的。"""),

(P, "sql_insert", "vietnamese", """Is this INSERT safe from SQL injection? Rewrite using parameters.
cur.execute("INSERT INTO contacts (name, phone, addr) VALUES ('[[PERSON:Đặng Hoài Nam]]', '[[PHONE_NUMBER:281-933-0642]]', '[[STREET_ADDRESS:11420 Bellaire Blvd Ste 108, Houston, TX 77072]]')")"""),

(P, "email_rewrite", "korean", """Rewrite in plain language for the applicant:
Dear Ms. [[PERSON:Yoon Ji-a]]: Our records indicate SEVIS ID [[SEVIS_ID:N0029471853]] is associated with a terminated record. Please contact your DSO, [[PERSON:Shin Eun-kyung]], at [[EMAIL_ADDRESS:eshin@intl-office.pacific-state.edu]] or [[PHONE_NUMBER:503.725.4408]]."""),

(P, "yaml", "filipino", """Convert this YAML to JSON:
- applicant: [[PERSON:Ma. Theresa Villaroman]]
  c/o: [[PERSON:Joselito Ocampo]]
  address: "[[STREET_ADDRESS:2150 Mission St Apt 402, Daly City, CA 94014]]"
  ph_mobile: "[[PHONE_NUMBER:0918 224 6071]]"
  dob: [[DATE_OF_BIRTH:1964-12-08]]"""),

(P, "translate_arabic", "arabic", """ترجم هذا إلى الإنجليزية من فضلك:
الاسم: [[PERSON:هدى التميمي]]
تاريخ الميلاد: [[DATE_OF_BIRTH:1992/04/18]]
رقم الهاتف: [[PHONE_NUMBER:703-256-8190]]
العنوان: [[STREET_ADDRESS:5801 Seminary Rd Apt 1420, Falls Church, VA 22041]]"""),

(P, "case_summary", "somali", """Draft a one-line case caption: petitioner [[PERSON:MOHAMED ISMAIL GULED]], beneficiary [[PERSON:Ayaan Cabdi Nuur]] (DOB [[DATE_OF_BIRTH:1998-01-01]]), Kenyan passport [[US_PASSPORT:AK0719352]], receipt [[USCIS_RECEIPT_NUMBER:NBC 26 401 77635]]."""),

(P, "stack_trace", "nigerian", """Node throws this, what's wrong?
TypeError: Cannot read properties of undefined (reading 'zip')
    at formatAddress (/srv/intake/lib/addr.js:22:31)
    at Object.<anonymous> (/srv/intake/jobs/mailer.js:57:9)
  payload: { name: '[[PERSON:Yetunde Oladipo]]', street: '[[STREET_ADDRESS:Plot 14, Adeola Odeku Street, Victoria Island, Lagos]]', phone: '[[PHONE_NUMBER:0809 661 2047]]' }"""),

(P, "sms_thread", "haitian", """Summarize these texts for the case note:
[[PHONE_NUMBER:+1 (954) 327-6105]]: bonjou se [[PERSON:Fritzner Dorsainvil]]. My wife [[PERSON:Mirlande Saint-Fleur]] birthday is [[DATE_OF_BIRTH:5/19/1986]] not 5/9
[[PHONE_NUMBER:+1 (954) 327-6105]]: and our new address [[STREET_ADDRESS:2731 NW 19th St, Fort Lauderdale, FL 33311]]"""),

(P, "email_rewrite", "slavic", """Shorten this:
Hello, this is [[PERSON:Svetlana Orlova]] again. My husband [[PERSON:Pavel Novák]]'s green card arrived damaged. His A-number is [[A_NUMBER:A215047392]], card number [[USCIS_RECEIPT_NUMBER:SRC2490162355]] is printed on it. Please mail the replacement to [[STREET_ADDRESS:1637 N Damen Ave, Unit 3R, Chicago, IL 60647]]. My phone [[PHONE_NUMBER:(872) 240-5516]]."""),

(P, "csv_comma", "anglo", """Find the row with the invalid ZIP code:
name,street,city,state,zip
[[PERSON:Gordon Young]],"[[STREET_ADDRESS:88 Old Mill Rd, Chester, NH 03036]]"
[[PERSON:Faith Whitcombe]],"[[STREET_ADDRESS:1412 Maple Ave, Unit 7, Evanston, IL 6020]]"
[[PERSON:Rich Tolliver]],"[[STREET_ADDRESS:PSC 473 Box 12, FPO AP 96349]]\""""),

(P, "driver_license", "hispanic", """Which state issued this license format? Applicant [[PERSON:Nereida Santiago Colón]], DL # [[US_DRIVER_LICENSE:S532-418-76-905-0]], DOB [[DATE_OF_BIRTH:03/11/1976]]."""),

(P, "kv_form", "indian", """Check this KTN enrollment entry for typos:
Applicant: [[PERSON:Aniruddh Banerjee]]
KTN: [[KNOWN_TRAVELER_NUMBER:TT17Q4M2K]]
DOB: [[DATE_OF_BIRTH:27 MAR 1976]]
Mobile: [[PHONE_NUMBER:732-914-0285]]
Email: [[EMAIL_ADDRESS:ani.banerjee@njmail-home.com]]"""),

(P, "js_object", "chinese", """Convert this JS object to TypeScript with an interface:
const traveler = {
  name: "[[PERSON:Tsang Ka-wai]]",
  hkPassport: "[[US_PASSPORT:K09318274]]",
  i94: "[[I94_NUMBER:52093816471]]",
  phone: "[[PHONE_NUMBER:+852 9481 2736]]",
};"""),

(P, "ocr_form", "vietnamese", """OCR text from a benefit card application, clean it up:
HO VA TEN / NAME: [[PERSON:BUI THI LAN]]
NGAY SINH / DOB: [[DATE_OF_BIRTH:17/04/1969]]
S0 AN SINH / SSN: [[US_SSN:545 38 2196]]
DIA CHI: [[STREET_ADDRESS:4128 E McKinley Ave Apt 9, Fresno CA 93703]]"""),

(P, "card_dispute", "korean", """Draft a dispute letter for this cardholder:
Cardholder: [[PERSON:Hwang Tae-min]]
Card: [[CREDIT_CARD:5148-3954-8620-5798]]
Billing address: [[STREET_ADDRESS:3600 Wilshire Blvd Ste 1520, Los Angeles, CA 90010]]
Disputed charge: $412.60 on 11/18/2026"""),

(P, "json_record", "filipino", """Pretty-print and explain this JSON:
{"beneficiary":{"name":"[[PERSON:Liezl Tabaranza]]","dob":"[[DATE_OF_BIRTH:1995-03-08]]","passport":"[[US_PASSPORT:P3381047B]]"},"sponsor":{"name":"[[PERSON:Bong Sarmiento]]","itin":"[[US_ITIN:984-91-2078]]","tel":"[[PHONE_NUMBER:(702) 638-1149]]"}}"""),

(P, "email_rewrite", "arabic", """Please rewrite more concisely:
Dear team, per [[PERSON:Tariq Nasrallah]]'s request, his daughter [[PERSON:Samira Nasrallah]] (DOB [[DATE_OF_BIRTH:21 January 2007]]) will attend the interview. Please update her address to [[STREET_ADDRESS:918 Kirkwood Dr, Apt C, Anaheim, CA 92805]]. Her email is [[EMAIL_ADDRESS:samira.nasr07@mailbox-us.com]]."""),

(P, "tsv", "somali", """Sort by date descending:
date	caller	number	note
2026-11-28	[[PERSON:Hibaaq Osman]]	[[PHONE_NUMBER:651-774-2093]]	asked about EAD
2026-11-30	[[PERSON:Abdiweli Yusuf Samatar]]	[[PHONE_NUMBER:(952) 417-3368]]	FOIA status
2026-12-01	[[PERSON:Cabdullaahi Xasan]]	[[PHONE_NUMBER:612.331.8720]]	address change"""),

(P, "bank_form", "nigerian", """Please check these wire instructions look complete:
Beneficiary: [[PERSON:Chiamaka Udeh]]
Beneficiary bank routing: [[ABA_ROUTING_NUMBER:029035072]]
Beneficiary account: [[US_BANK_NUMBER:4471902283]]
Beneficiary address: [[STREET_ADDRESS:9 Ogui Road, Enugu 400001]]
Reference: tuition for [[PERSON:Ikechukwu Anyanwu]]"""),

(P, "form_french", "haitian", """Traduisez en anglais s'il vous plaît:
Nom: [[PERSON:Roselène Augustin]]
Date de naissance: [[DATE_OF_BIRTH:29 août 1958]]
Adresse: [[STREET_ADDRESS:Rue Capois 58, Port-au-Prince]]
Téléphone: [[PHONE_NUMBER:+509 3745 1182]]
Bénéficiaire: [[PERSON:Islande Jean-Baptiste]]"""),

(P, "log_json", "slavic", """Parse this JSON log line and tell me which field is missing:
{"ts":"2026-12-02T09:31:07Z","event":"profile_update","subject":"[[PERSON:Jelena Marković]]","old_email":"[[EMAIL_ADDRESS:jmarkovic@posta-sr.rs]]","new_email":"[[EMAIL_ADDRESS:jelena.markovic84@inboxmail.com]]","ip":"[[IP_ADDRESS:10.48.212.9]]"}"""),
]
