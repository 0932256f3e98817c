#!/usr/bin/env python3
"""Generator for blind set e (2026-12-03). Every text below is hand-written.
Marks: [[TYPE:value]]; blindlib.strip() removes them and computes offsets."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import build, summary, b64, jwt

R = []
def P(tag, origin, t): R.append(("positive", tag, origin, t))
def V(tag, origin, t): R.append(("evasion", tag, origin, t))
def N(tag, t): R.append(("hard_negative", tag, None, t))

# ---------------------------------------------------------------- anglo
P("csv_roster", "anglo", """Can you fix this so the columns line up and the dates are all MM/DD/YYYY? It's for the sector admin binder.

Rate,Last,First,SSN,DOB,Duty Phone
YN2,[[PERSON:Pruitt]],[[PERSON:Carolyn]],[[US_SSN:412-68-3391]],[[DATE_OF_BIRTH:4/9/1991]],[[PHONE_NUMBER:(757) 398-6624]]
BM1,[[PERSON:Whitcomb]],[[PERSON:Lyle]],[[US_SSN:227-41-0958]],[[DATE_OF_BIRTH:1988-11-02]],[[PHONE_NUMBER:757.398.6610]]
MK3,[[PERSON:Rudd]],[[PERSON:Travis]],[[US_SSN:530114772]],[[DATE_OF_BIRTH:02 Jan 1997]],[[PHONE_NUMBER:7573986631]]""")

P("short_prompt", "anglo", """make this sound less snippy: "[[PERSON:Joy]], your travel voucher is STILL missing the lodging receipt. I can't sign it until it's in. -[[PERSON:Bill K.]]\"""")

P("email_draft", "anglo", """Please tighten up this email, keep it friendly.

Hi [[PERSON:Summer]],

Thanks for covering the front counter Tuesday. The applicant you helped, [[PERSON:Rich Pettibone]], called back and wants a copy of his fingerprint appointment notice mailed to his new place instead: [[STREET_ADDRESS:4471 Old Mill Rd, Apt 12B, Frederick, MD 21702]]. He said the best number is [[PHONE_NUMBER:301-555-0148]]... wait no, he corrected it to [[PHONE_NUMBER:301-662-4173]].

Can you update the record and send it out?

Thanks,
[[PERSON:Brenda Hollis]]
Field Office Support
[[EMAIL_ADDRESS:brenda.hollis@uscis.dhs.gov]]""")

P("semicolon_csv", "anglo", """HR roster export is using semicolons and Excel is choking. Convert to a normal comma CSV please:

name;edipi;grade;duty_station
[[PERSON:KINGSLEY, WILLIAM T]];[[DOD_EDIPI:1298475530]];GS-12;Sector Houston
[[PERSON:YOUNG, HOPE A]];[[DOD_EDIPI:1304418872]];GS-11;Sector Houston
[[PERSON:GARLAND, MERRITT]];[[DOD_EDIPI:1287706314]];GS-13;District 8""")

P("incident_summary", "anglo", """Summarise this for the shift log in 3 bullets:

At 0612 passenger [[PERSON:Travis Lee Brannigan]] (KTN [[KNOWN_TRAVELER_NUMBER:981274635]], TX DL [[US_DRIVER_LICENSE:31857264]]) alarmed the AIT at checkpoint B. Secondary found a folding knife in the left cargo pocket. Mr. [[PERSON:Brannigan]] voluntarily abandoned the item. No law enforcement referral. Supervisor on duty was [[PERSON:Dana Whitlock]].""")

P("key_value", "anglo", """Put these fields into a clean table for the passport replacement request:

Applicant: [[PERSON:Corwin James Ashby]]
Date of birth: [[DATE_OF_BIRTH:14 MAR 1976]]
Place of birth: Tulsa, Oklahoma
Prior passport no.: [[US_PASSPORT:A07719432]]
Mailing address: [[STREET_ADDRESS:RR 2 Box 118, Vinita, OK 74301]]
Phone: [[PHONE_NUMBER:918 256 4407]]""")

P("chat_log", "anglo", """Clean up this Teams chat into meeting notes:

[9:02] [[PERSON:Merritt Garland]]: did anyone reach the claimant in Pine Bluff?
[9:03] [[PERSON:Jo Ellen Tate]]: yes, Mrs. [[PERSON:Rudd]] says mail goes to [[STREET_ADDRESS:PO Box 2291, Pine Bluff, AR 71613]] now
[9:03] [[PERSON:Merritt Garland]]: ok and the callback?
[9:04] [[PERSON:Jo Ellen Tate]]: [[PHONE_NUMBER:870-534-9162]], after 4pm
[9:05] [[PERSON:Merritt Garland]]: thx, I'll note it""")

P("form_fill", "anglo", """Fill in the direct deposit section of the SF-1199A from this, tell me what goes in each box:

Payee: [[PERSON:Will Ashworth]]
Bank: First Commerce Bank
Routing: [[ABA_ROUTING_NUMBER:061521544]]
Account (checking): [[US_BANK_NUMBER:4470183926]]
SSN: [[US_SSN:261-73-8845]]""")

V("email_at_dot", "anglo", """Can you format this contact list as a markdown table?
[[PERSON:Dana Whitlock]] - [[EMAIL_ADDRESS:dana dot whitlock at tsa dot dhs dot gov]]
[[PERSON:Corwin Ashby]] - [[EMAIL_ADDRESS:corwin.ashby (at) gmail (dot) com]]""")

V("number_words", "anglo", """transcribe this voicemail properly: "hi it's [[PERSON:Brenda Hollis]] calling back about my husband's claim, his social is [[US_SSN:four one two, six eight, three three nine one]] and you can reach me at [[PHONE_NUMBER:three zero one, six six two, four one seven three]] thanks\"""")

V("spaced_digits", "anglo", """Reformat: Member [[PERSON:Merritt J. Garland]] // SSN [[US_SSN:2 3 8 5 0 6 1 4 7]] // EDIPI [[DOD_EDIPI:1 2 8 7 7 0 6 3 1 4]] // reenlistment date 15 Aug 2026""")

# ---------------------------------------------------------------- hispanic
P("letter", "hispanic", """Help me draft a letter to a disaster survivor explaining her appeal was received. Use these details, plain language, 8th grade reading level:

Survivor: [[PERSON:Xiomara Benítez Rosado]]
Address: [[STREET_ADDRESS:Urb. Villa Carolina, Calle 512 Bloque 203 #14, Carolina, PR 00985]]
Registration: on file (online application)
Phone on file: [[PHONE_NUMBER:(787) 769-3318]]
Appeal received 11/14/2026, damaged property is the primary residence.""")

P("translation", "hispanic", """Translate this birth certificate extract to English, keep the layout:

ACTA DE NACIMIENTO
Nombre: [[PERSON:José Ángel Berumen Ocampo]]
Fecha de nacimiento: [[DATE_OF_BIRTH:11 de junio de 1987]]
Lugar de nacimiento: Apatzingán, Michoacán
Nombre del padre: [[PERSON:Rigoberto Berumen Salcedo]]
Nombre de la madre: [[PERSON:Dulce María Ocampo Arreola]]
Domicilio: [[STREET_ADDRESS:Av. Constitución 418, Col. Centro, 60600 Apatzingán, Mich.]]""")

P("json_record", "hispanic", """Why does this JSON fail to parse?

{
  "nombre": "[[PERSON:Yesenia Ocampo]]",
  "a_number": "[[A_NUMBER:A214563870]]",
  "receipt": "[[USCIS_RECEIPT_NUMBER:IOE0917734521]]",
  "fecha_de_nacimiento": "[[DATE_OF_BIRTH:1993-02-27]]",
  "telefono": "[[PHONE_NUMBER:+52 55 4127 8893]]",
  "status": "pending",
}""")

P("brief_outline", "hispanic", """Outline a brief for the bond hearing. Facts:
- Respondent [[PERSON:Heriberto Caraballo Nieves]], [[A_NUMBER:A-208-771-349]], DOB [[DATE_OF_BIRTH:11-JUN-1979]]
- Entered 2009 without inspection, no criminal history except a 2015 DUI (dismissed)
- Lives with US citizen daughter [[PERSON:Marisol Caraballo]] at [[STREET_ADDRESS:2207 W Belmont Ave Apt 3, Chicago, IL 60618]]
- Employer letter from [[PERSON:Dulce Salcedo]], owner of the bakery where he has worked 11 years
Argue he is neither a flight risk nor a danger.""")

P("pipe_table", "hispanic", """Sort by receipt date, oldest first:

| applicant | receipt | received |
|---|---|---|
| [[PERSON:Rigoberto Salcedo]] | [[USCIS_RECEIPT_NUMBER:EAC-24-118-40372]] | 2024-02-13 |
| [[PERSON:Marisol Quintero Ávila]] | [[USCIS_RECEIPT_NUMBER:WAC2309155871]] | 2023-06-30 |
| [[PERSON:Yesenia Ocampo]] | [[USCIS_RECEIPT_NUMBER:SRC 24 071 22590]] | 2024-01-08 |""")

P("short_prompt", "hispanic", """translate to spanish: "Mr. [[PERSON:Berumen]], your interview has been rescheduled. Please call [[PHONE_NUMBER:(956) 412-7730]] to confirm.\"""")

P("ocr_scan", "hispanic", """This came out of the scanner garbled, can you reconstruct the fields?

SOLICITUD DE ASISTENCIA   pag 1/2
nombre:  [[PERSON:DULCE MARIA ARREOLA]]     fecha de nacimiento: [[DATE_OF_BIRTH:O7/O3/1968]]
numero seguro social  [[US_SSN:5l8-22-4O93]]
direcci0n  [[STREET_ADDRESS:1130 S Zaragoza Rd Lot 44  El Paso TX 79907]]
tel.  [[PHONE_NUMBER:915 85O 2261]]""")

P("dict_literal", "hispanic", """Add type hints to this test fixture:

BENEFICIARY = {
    "beneficiario": "[[PERSON:Marisol Quintero Ávila]]",
    "passport": "[[US_PASSPORT:G47719035]]",
    "passport_country": "MEX",
    "i94": "[[I94_NUMBER:384920175A2]]",
    "dob": "[[DATE_OF_BIRTH:1990-08-19]]",
}""")

V("html_entities", "hispanic", """Strip the HTML and give me plain text:
<p>Solicitante: [[PERSON:Jos&eacute; &Aacute;ngel Berumen]]<br>N&uacute;mero A: [[A_NUMBER:A&#50;&#49;&#53;&#51;&#48;&#56;&#57;&#52;&#49;]]<br>Tel: [[PHONE_NUMBER:&#40;956&#41; 412&#45;7730]]</p>""")

V("fullwidth_digits", "hispanic", """Can you normalise this row? [[PERSON:Heriberto Caraballo]] | SSN [[US_SSN:５８１－４４－２７０６]] | tel [[PHONE_NUMBER:７８７－５５２－３１９０]]""")

V("line_split", "hispanic", """Fix the line wrapping in this pasted note:
Respondent [[PERSON:Rigoberto Salcedo]] was issued receipt [[USCIS_RECEIPT_NUMBER:EAC24118
40372]] and his A-number is [[A_NUMBER:A-203-
664-518]]; hearing set for March.""")

# ---------------------------------------------------------------- indian / south asian
P("email_draft", "indian", """Proofread this before I send it to the school DSO:

Dear Ms. [[PERSON:Mehrotra]],

Our office is reviewing the reinstatement request for F-1 student [[PERSON:Venkata Subbarao Kolluri]] (SEVIS ID [[SEVIS_ID:N0031947756]]). Could you confirm his program end date and whether his I-20 was updated after the transfer? His I-94 number is [[I94_NUMBER:591736284A1]].

You can reach me at [[PHONE_NUMBER:802-872-6219]] or reply here.

Regards,
[[PERSON:Sudhir Kulkarni]]
Adjudications Officer, Vermont Service Center""")

P("tsv", "indian", """This TSV is from the SEVP export, please turn it into JSON lines:

student\tsevis\tdob\tschool
[[PERSON:Priyanka Deshpande]]\t[[SEVIS_ID:N0029837412]]\t[[DATE_OF_BIRTH:2001-05-14]]\tPurdue University
[[PERSON:Harpreet Kaur Dhillon]]\t[[SEVIS_ID:N0030128859]]\t[[DATE_OF_BIRTH:1999-12-30]]\tUniversity of Houston
[[PERSON:Lakshmi Venkatraman]]\t[[SEVIS_ID:N0031004261]]\t[[DATE_OF_BIRTH:2000-03-07]]\tRutgers""")

P("short_prompt", "indian", """what's a polite way to tell [[PERSON:Raghunandan Iyer]] his ITIN [[US_ITIN:914-78-2530]] was typed wrong on the 1040 we received?""")

P("key_value", "indian", """Summarise this intake into two sentences for the case note:

Petitioner: [[PERSON:Anjali Mehrotra]]
Beneficiary: [[PERSON:Rohan Mehrotra]] (spouse)
Beneficiary passport: [[US_PASSPORT:Z4418273]] (India)
Beneficiary phone: [[PHONE_NUMBER:098201 44537]] (Mumbai mobile)
Petitioner address: [[STREET_ADDRESS:88 Kensington Ct, Unit 204, Edison, NJ 08820]]
Receipt: [[USCIS_RECEIPT_NUMBER:IOE-09-221-48736]]""")

P("stack_trace", "indian", """getting this error in the case import script, what's wrong?

Traceback (most recent call last):
  File "import_cases.py", line 88, in <module>
    load_row(row)
  File "import_cases.py", line 41, in load_row
    dob = datetime.strptime(row["dob"], "%Y-%m-%d")
ValueError: time data '14/05/2001' does not match format '%Y-%m-%d'

row = {'name': '[[PERSON:Priyanka S. Deshpande]]', 'dob': '[[DATE_OF_BIRTH:14/05/2001]]', 'a_number': '[[A_NUMBER:A219904418]]', 'email': '[[EMAIL_ADDRESS:priyanka.deshpande01@gmail.com]]'}""")

P("chat_log", "indian", """Turn this WhatsApp thread (forwarded by the applicant) into a timeline:

[10/02/26, 8:14 PM] [[PERSON:Harpreet]]: bhaiya the lawyer needs your passport copy
[10/02/26, 8:20 PM] [[PERSON:Gurdeep Singh Dhillon]]: sent to her email already, number is [[US_PASSPORT:T6190337]]
[10/02/26, 8:21 PM] [[PERSON:Harpreet]]: also call mummy on [[PHONE_NUMBER:+91 98140 27716]] she's worried
[10/03/26, 9:05 AM] [[PERSON:Gurdeep Singh Dhillon]]: ok""")

P("sql", "indian", """Is this UPDATE safe to run? I only want to fix one row.

UPDATE applicants
   SET mailing_address = '[[STREET_ADDRESS:4120 Lakeview Pkwy, Apt 1507, Rowlett, TX 75088]]',
       phone = '[[PHONE_NUMBER:469-386-2274]]'
 WHERE full_name = '[[PERSON:Venkata Subbarao Kolluri]]'
   AND ssn = '[[US_SSN:618-40-7723]]';""")

P("signature", "indian", """Rewrite my out of office message to be shorter:

I'm out until Dec 15 with limited access to email. For urgent procurement actions contact [[PERSON:Lakshmi Venkatraman]] at [[PHONE_NUMBER:202-447-5193]].

[[PERSON:Sudhir R. Kulkarni]] | Contracting Officer | DHS OCPO
[[EMAIL_ADDRESS:sudhir.kulkarni@hq.dhs.gov]] | desk [[PHONE_NUMBER:202.447.5180]]""")

V("zero_width", "indian", """Please check this roster line for typos: [[PERSON:Rag\u200bhunandan Iy\u200ber]], ITIN [[US_ITIN:914\u200b-78\u200b-2530]], DOB [[DATE_OF_BIRTH:17\u200b/08\u200b/1984]]""")

V("homoglyph", "indian", """Summarise: Applicant [[PERSON:Аnjali Mеhrotra]] (spelled with Cyrillic letters in the portal, don't ask) called about receipt [[USCIS_RECEIPT_NUMBER:IОЕ0922148736]].""")

V("email_at_dot", "indian", """reply to the student [[PERSON:Lakshmi Venkatraman]], her email is [[EMAIL_ADDRESS:lakshmi underscore n 2000 at rutgers dot edu]], tell her the DSO has the updated I-20""")

# ---------------------------------------------------------------- chinese
P("translation", "chinese", """Translate this notarial birth certificate from Chinese, keep field order:

出生公证书
姓名：[[PERSON:赵秀英]]
性别：女
出生日期：[[DATE_OF_BIRTH:1985年7月22日]]
出生地点：福建省福州市
父亲：[[PERSON:赵建国]]
母亲：[[PERSON:林美华]]""")

P("csv_roster", "chinese", """Dedupe this list (same person entered twice with different name order):

full_name,a_number,country
[[PERSON:LIANG Wenjie]],[[A_NUMBER:A201847336]],CHN
[[PERSON:Huang Meilin]],[[A_NUMBER:A209331578]],CHN
[[PERSON:Wenjie Liang]],[[A_NUMBER:A201847336]],CHN
[[PERSON:Tsai Yu-ting]],[[A_NUMBER:A212065493]],TWN""")

P("incident_summary", "chinese", """Write a 3-sentence summary for the CBP shift report:

Traveler [[PERSON:CHEN, GUOQIANG]] arrived on CA983 from PEK, presented PRC passport [[US_PASSPORT:EJ4471902]]. Secondary referral for undeclared currency; traveler declared 8,000 USD, count found 14,600 USD. Traveler stated the funds were for his daughter [[PERSON:Chen Xiaoyu]], a student at UIUC. Currency reporting form completed, released at 2240. Contact number given: [[PHONE_NUMBER:217-390-5568]].""")

P("yaml", "chinese", """Validate this YAML, the loader says line 6 is bad:

case:
  id: NYC-2026-04471
  respondent: [[PERSON:Wong Ka-fai]]
  alias: [[PERSON:Kevin Wong]]
  dob: [[DATE_OF_BIRTH:1979-10-03]]
  address: [[STREET_ADDRESS:41 Elizabeth St Apt 5F, New York, NY 10013]]
   phone: "[[PHONE_NUMBER:(646) 883-2017]]"
  status: scheduled""")

P("short_prompt", "chinese", """Give me a friendly reminder text for [[PERSON:Guo Haoran]] about biometrics tomorrow at 9, his number is [[PHONE_NUMBER:415.962.3381]]""")

P("email_draft", "chinese", """make this more formal:

hey [[PERSON:Meilin]] - got your message. your husband [[PERSON:Huang Zhiyong]]'s EAD card was returned as undeliverable. can you confirm the address is still [[STREET_ADDRESS:2715 Clement St #3, San Francisco, CA 94121]]? once you confirm we'll re-mail it. receipt is [[USCIS_RECEIPT_NUMBER:LIN2219047731]].
- [[PERSON:Yu-ting]]""")

P("log_lines", "chinese", """What do these log lines tell you? [[PERSON:Tsai Yu-ting]] says she got locked out.

2026-11-30T14:02:11Z auth WARN failed login user=[[EMAIL_ADDRESS:tsai.yuting@cbp.dhs.gov]] src=[[IP_ADDRESS:10.44.19.213]] reason=bad_otp
2026-11-30T14:02:39Z auth WARN failed login user=[[EMAIL_ADDRESS:tsai.yuting@cbp.dhs.gov]] src=[[IP_ADDRESS:10.44.19.213]] reason=bad_otp
2026-11-30T14:03:02Z auth ERROR account locked user=[[EMAIL_ADDRESS:tsai.yuting@cbp.dhs.gov]] attempts=3""")

P("markdown_table", "chinese", """Convert to a Word-friendly table:

| Name | Card | Exp |
|------|------|-----|
| [[PERSON:Liang Wenjie]] | [[CREDIT_CARD:4222 6513 2526 1893]] | 08/28 |
| [[PERSON:Zhao Xiuying]] | [[CREDIT_CARD:5168-9995-4848-0268]] | 01/27 |

these are the travel cards that need to be reissued""")

V("spaced_digits", "chinese", """clean up: 申请人 [[PERSON:赵 秀 英]]  A号码 [[A_NUMBER:A 2 0 9 3 3 1 5 7 8]]  电话 [[PHONE_NUMBER:4 1 5 9 6 2 3 3 8 1]]""")

V("base64", "chinese", """Decode this string someone put in the case comments and tell me what it says: [[PERSON:""" + b64("Huang Meilin") + """]] / [[A_NUMBER:""" + b64("A209331578") + """]]""")

V("line_split", "chinese", """Fix this pasted table where the cells wrapped:
Name: [[PERSON:Tsai
Yu-ting]]   Card no: [[CREDIT_CARD:5304 7054
5586 9723]]   Exp 11/27""")

# ---------------------------------------------------------------- vietnamese
P("translation", "vietnamese", """Dịch sang tiếng Anh giúp tôi (USCIS translation for the file):

GIẤY KHAI SINH
Họ và tên: [[PERSON:Nguyễn Thị Thu Hà]]
Ngày, tháng, năm sinh: [[DATE_OF_BIRTH:12/04/1992]]
Nơi sinh: Bệnh viện Từ Dũ, TP. Hồ Chí Minh
Họ tên cha: [[PERSON:Nguyễn Văn Hùng]]
Họ tên mẹ: [[PERSON:Trần Thị Mai]]""")

P("letter", "vietnamese", """Draft a short letter to a survivor whose rental assistance is approved. Details:
Name: [[PERSON:Trần Văn Thịnh]]
Address: [[STREET_ADDRESS:9182 Bolsa Ave Spc 61, Westminster, CA 92683]]
Amount: $2,418 for two months
Tell him to call [[PERSON:Lê Minh Khoa]] (our Vietnamese-speaking caseworker) with questions.""")

P("csv_roster", "vietnamese", """Merge these two columns into "Last, First":

first,last,ssn,phone
[[PERSON:Ngoc Lan]],[[PERSON:Pham]],[[US_SSN:603-29-1184]],[[PHONE_NUMBER:714-893-0526]]
[[PERSON:Quoc Bao]],[[PERSON:Dang]],[[US_SSN:549-71-3302]],[[PHONE_NUMBER:714-893-0571]]
[[PERSON:Thi Hong]],[[PERSON:Vo]],[[US_SSN:622-05-8819]],[[PHONE_NUMBER:(714) 531-7740]]""")

P("short_prompt", "vietnamese", """is "[[PERSON:Đặng Quốc Bảo]]" or "[[PERSON:Dang Quoc Bao]]" the right spelling to use in the Notice to Appear? A-number [[A_NUMBER:A 215 337 806]]""")

P("json_record", "vietnamese", """Pretty-print this and tell me which fields are null:
{"petitioner":{"name":"[[PERSON:Phạm Ngọc Lan]]","dob":"[[DATE_OF_BIRTH:1976-01-30]]","email":"[[EMAIL_ADDRESS:ngoclan.pham76@yahoo.com]]","phone":null},"beneficiary":{"name":"[[PERSON:Phạm Minh Tuấn]]","passport":"[[US_PASSPORT:C3390418]]","passport_country":"VNM","dob":null}}""")

P("brief_outline", "vietnamese", """Outline the argument for a motion to reopen:
Respondent [[PERSON:Võ Thị Hồng]] ([[A_NUMBER:A-210-448-915]]) was ordered removed in absentia on 4/2/2019. The hearing notice went to [[STREET_ADDRESS:1402 Gessner Rd Apt 88, Houston, TX 77080]] but she had moved in January 2019 and filed an AR-11 that was receipted [[USCIS_RECEIPT_NUMBER:MSC1890223417]]. She has a US citizen son, [[PERSON:Kevin Võ]].""")

P("email_draft", "vietnamese", """Shorten this email:

Anh [[PERSON:Khoa]], the Westminster DRC needs one more Vietnamese interpreter on Saturday. [[PERSON:Thịnh]] can't make it. Can you ask [[PERSON:Nguyen Thi Thu Ha]] if she's available? Her cell is [[PHONE_NUMBER:657-210-4493]]. Thanks, [[PERSON:Hùng]]""")

V("number_words", "vietnamese", """Voicemail transcription, please clean up: "dạ, tôi là [[PERSON:Trần Văn Thịnh]], số điện thoại [[PHONE_NUMBER:bảy một bốn, tám chín ba, không năm hai sáu]], cảm ơn\"""")

V("html_entities", "vietnamese", """Convert to plain text: <td>[[PERSON:Nguy&#7877;n Th&#7883; Thu H&agrave;]]</td><td>[[DATE_OF_BIRTH:12&#47;04&#47;1992]]</td><td>[[US_SSN:&#54;&#48;&#51;-&#50;&#57;-&#49;&#49;&#56;&#52;]]</td>""")

V("zero_width", "vietnamese", """Why doesn't my search find this record? I'm searching "Pham Ngoc Lan" and the stored value is [[PERSON:Pham\u200c Ngoc\u200c Lan]] with email [[EMAIL_ADDRESS:ngoclan.pham76\u200b@yahoo.com]]""")

# ---------------------------------------------------------------- korean
P("translation", "korean", """Translate this Korean family relation certificate excerpt (가족관계증명서):

구분 | 성명 | 출생연월일 | 성별
본인 | [[PERSON:김서연]] | [[DATE_OF_BIRTH:1994년 03월 18일]] | 여
부 | [[PERSON:김동욱]] | [[DATE_OF_BIRTH:1962년 11월 02일]] | 남
모 | [[PERSON:박미숙]] | [[DATE_OF_BIRTH:1965년 06월 25일]] | 여""")

P("email_draft", "korean", """Please rewrite this so it's clearer:

[[PERSON:Jae-won]],
the Global Entry interview for your wife [[PERSON:Lee Min-ji]] is moved to Dec 9 at Dulles. Her PASSID / KTN is [[KNOWN_TRAVELER_NUMBER:153884720]]. She needs to bring her Korean passport [[US_PASSPORT:M48193027]] and the green card. If that doesn't work call the enrollment center.
[[PERSON:Park Jae-won]] is listed as the emergency contact, phone [[PHONE_NUMBER:571-334-9082]].""")

P("short_prompt", "korean", """make a name tag list: [[PERSON:Choi Dong-wook]], [[PERSON:Jung Ha-rin]], [[PERSON:Yoon Sung-min]], [[PERSON:Hwang Ji-woo]] — last name first is correct for all four""")

P("key_value", "korean", """Format as a table:

Employee: [[PERSON:HWANG, JI-WOO]]
Home address: [[STREET_ADDRESS:14208 Sunrise Valley Dr, Apt 610, Herndon, VA 20171]]
Personal cell: [[PHONE_NUMBER:(703) 291-5547]]
Emergency contact: [[PERSON:Hwang Sun-hee]] (mother) [[PHONE_NUMBER:010-4418-2295]] (Seoul)
Govt travel card: [[CREDIT_CARD:4958 2719 2442 6860]]""")

P("log_lines", "korean", """CISA engineer here, the VPN concentrator keeps dropping [[PERSON:Yoon Sung-min]]. What's happening?

Nov 30 08:41:17 vpn01 ikev2[2231]: user [[EMAIL_ADDRESS:sungmin.yoon@cisa.dhs.gov]] from [[IP_ADDRESS:73.142.88.19]] proposal mismatch (AES-GCM-256 not offered)
Nov 30 08:41:17 vpn01 ikev2[2231]: user [[EMAIL_ADDRESS:sungmin.yoon@cisa.dhs.gov]] from [[IP_ADDRESS:73.142.88.19]] SA establishment failed
Nov 30 08:41:22 vpn01 ikev2[2231]: peer [[IP_ADDRESS:73.142.88.19]] retransmit 1/5""")

P("chat_log", "korean", """Summarise this interpreter chat from the interview:

Officer: Please state your full name.
Interpreter: 제 이름은 [[PERSON:정하린]]입니다 — My name is [[PERSON:Jung Ha-rin]].
Officer: Date of birth?
Interpreter: [[DATE_OF_BIRTH:1998년 9월 4일]] — [[DATE_OF_BIRTH:September 4, 1998]].
Officer: Current address?
Interpreter: [[STREET_ADDRESS:3350 W 8th St Apt 412, Los Angeles, CA 90005]]""")

P("csv_roster", "korean", """Add a column with the last 4 of each SSN only, then drop the full SSN column:

employee,ssn,office
[[PERSON:Yoon Sung-min]],[[US_SSN:219-66-4015]],CISA Region 3
[[PERSON:Choi Dong-wook]],[[US_SSN:144-38-9076]],CISA Region 2
[[PERSON:Kim Seo-yeon]],[[US_SSN:085-71-2298]],CISA HQ""")

V("fullwidth_digits", "korean", """이 번호 형식 맞춰줘: [[PERSON:김서연]] 여권번호 [[US_PASSPORT:Ｍ５２２０９１８４]] 전화 [[PHONE_NUMBER:０１０－７７３１－４０５２]]""")

V("dotted_letters", "korean", """Summarise: The KTN for [[PERSON:P.a.r.k J.a.e.-w.o.n]] is [[KNOWN_TRAVELER_NUMBER:1-5-3-9-0-2-6-4-7]] and he flies Thursday.""")

V("email_at_dot", "korean", """Add to distro: [[PERSON:Choi Dong-wook]] <[[EMAIL_ADDRESS:dongwook[.]choi[@]cisa[.]dhs[.]gov]]>""")

# ---------------------------------------------------------------- filipino
P("letter", "filipino", """Write a letter to the survivor confirming the home inspection date:

To: [[PERSON:Maricel Dimaculangan]]
[[STREET_ADDRESS:Lot 7, Route 4, Dededo, GU 96929]]
Inspection: Dec 8, 2026, between 9am and 12pm
Inspector: [[PERSON:Arnel Macaraeg]], phone [[PHONE_NUMBER:(671) 632-4418]]
Tell her to have her ID and proof of occupancy ready.""")

P("email_draft", "filipino", """Please translate to Tagalog, keep it warm:

Dear [[PERSON:Ligaya]],
We received the affidavit from your sister [[PERSON:Rowena Tolentino]] in Manila. If we need anything else we will call her at [[PHONE_NUMBER:0917 552 8836]] or you at [[PHONE_NUMBER:209-475-1163]].
Respectfully,
[[PERSON:Jericho Manalastas]]""")

P("tsv", "filipino", """Convert this tab-separated list into a YAML list:

name\tpassport\tdob\tvessel
[[PERSON:BAUTISTA, RENATO JR.]]\t[[US_PASSPORT:P4471820B]]\t[[DATE_OF_BIRTH:22-SEP-1983]]\tMV Ocean Pioneer
[[PERSON:MACARAEG, ARNEL]]\t[[US_PASSPORT:P3309157A]]\t[[DATE_OF_BIRTH:07-JAN-1990]]\tMV Ocean Pioneer
[[PERSON:PANGILINAN, LIGAYA]]\t[[US_PASSPORT:P5518843C]]\t[[DATE_OF_BIRTH:30-MAY-1987]]\tMV Ocean Pioneer

(crew list for the Coast Guard advance notice of arrival)""")

P("short_prompt", "filipino", """Is "[[PERSON:Ma. Cristina D. Soriano]]" ok on the form or do I need to spell out Maria?""")

P("dict_literal", "filipino", """Why is this JS object giving "Unexpected token"?

const claimant = {
  name: '[[PERSON:Rowena Tolentino]]',
  phone: '[[PHONE_NUMBER:+63 2 8523 4471]]',
  address: '[[STREET_ADDRESS:1128 Kalayaan Ave, Brgy. Poblacion, Makati City 1210]]'
  email: '[[EMAIL_ADDRESS:rowena.tolentino@yahoo.com.ph]]'
};""")

P("incident_summary", "filipino", """Summarise for the watch officer:
At 1420 the yeoman on watch, YN3 [[PERSON:Jericho Manalastas]], took a call from [[PERSON:Rosalinda Bautista]] reporting her husband's fishing boat overdue. Husband [[PERSON:Renato Bautista]], 2 POB, departed Apra Harbor 0500. Callback number [[PHONE_NUMBER:671-888-2046]]. SAR case opened.""")

P("sql", "filipino", """Rewrite this INSERT as a parameterised query in Python:

INSERT INTO payees (payee_name, routing, account, ssn)
VALUES ('[[PERSON:Ligaya Pangilinan]]', '[[ABA_ROUTING_NUMBER:120965504]]', '[[US_BANK_NUMBER:000481273391]]', '[[US_SSN:572-18-6634]]');""")

V("spaced_digits", "filipino", """Format this for the form: [[PERSON:Maricel Dimaculangan]] SSN [[US_SSN:5 8 6 - 2 2 - 7 1 9 4]] phone [[PHONE_NUMBER:6 7 1 6 3 2 4 4 1 9]]""")

V("md_emphasis", "filipino", """Clean up the markdown in this note: **[[PERSON:Renato]]** _[[PERSON:Bautista]]_ — A-Number [[A_NUMBER:A**213**556**047**]] — call **[[PHONE_NUMBER:671**-888-**2046]]**""")

V("number_words", "filipino", """Transcribe the voicemail: "Good morning po, this is [[PERSON:Arnel Macaraeg]], my A number is [[A_NUMBER:A two one one, four zero nine, seven seven three]], please call me back, thank you po\"""")

# ---------------------------------------------------------------- arabic
P("translation", "arabic", """Translate this Arabic civil record to English for the A-file:

شهادة ميلاد
الاسم: [[PERSON:مريم عبد الرحمن]]
تاريخ الميلاد: [[DATE_OF_BIRTH:1990/04/15]]
مكان الميلاد: الإسكندرية
اسم الأب: [[PERSON:عبد الرحمن محمود]]
العنوان: [[STREET_ADDRESS:12 شارع الجيش، سيدي جابر، الإسكندرية]]""")

P("brief_outline", "arabic", """Give me an outline for an asylum brief based on these facts:
- Respondent: [[PERSON:Youssef El-Sayed]], [[A_NUMBER:A-206-118-430]], born [[DATE_OF_BIRTH:14 February 1986]] in Giza
- Brother [[PERSON:Karim El-Sayed]] detained 2019; family phone in Egypt [[PHONE_NUMBER:010 2284 6671]]
- Lives at [[STREET_ADDRESS:7714 Bay Parkway Apt 2R, Brooklyn, NY 11214]]
Structure: past persecution, nexus, well-founded fear, internal relocation.""")

P("csv_roster", "arabic", """Excel export, fix the mangled header and sort by last name:

ï»¿Name,Position,Email,Mobile
[[PERSON:Rania Haddad]],Program Analyst,[[EMAIL_ADDRESS:rania.haddad@fema.dhs.gov]],[[PHONE_NUMBER:202-815-3374]]
[[PERSON:Omar Bakri]],IT Specialist,[[EMAIL_ADDRESS:omar.bakri@fema.dhs.gov]],[[PHONE_NUMBER:202-815-3360]]
[[PERSON:Layla Qasim]],Grants Specialist,[[EMAIL_ADDRESS:layla.qasim@fema.dhs.gov]],[[PHONE_NUMBER:(202) 815-3391]]""")

P("short_prompt", "arabic", """write a one-line reminder to [[PERSON:Tariq Hamdan]] that his EDIPI [[DOD_EDIPI:1311820476]] isn't showing in the CAC reissuance list""")

P("key_value", "arabic", """Can you turn this into a clean JSON object?

applicant = [[PERSON:Khalid Al-Mutairi]]
passport = [[US_PASSPORT:N018472593]] (KSA)
i94 = [[I94_NUMBER:62917843051]]
sevis = [[SEVIS_ID:N0028815034]]
us_phone = [[PHONE_NUMBER:(412) 268-9931]]
address = [[STREET_ADDRESS:5030 Centre Ave Apt 707, Pittsburgh, PA 15213]]""")

P("email_draft", "arabic", """Reword this for a caseworker to send to the survivor:

Mrs. [[PERSON:Layla Qasim]], we tried to call you at [[PHONE_NUMBER:313-582-4406]] about your FEMA housing inspection in Dearborn but the voicemail was full. Your son [[PERSON:Ahmad]] said you are staying at [[STREET_ADDRESS:6420 Chase Rd, Dearborn, MI 48126]]. Please call us back.""")

P("html_form", "arabic", """Why isn't this form pre-filling? (HTML from the intake page)

<form id="intake">
  <input name="full_name" value="[[PERSON:Mariam Abdelrahman]]">
  <input name="dob" type="date" value="[[DATE_OF_BIRTH:1990-04-15]]">
  <input name="email" value="[[EMAIL_ADDRESS:mariam.abdelrahman90@outlook.com]]">
  <input name="phone" value="[[PHONE_NUMBER:+20 3 4287 119]]">
  <input name="a_number" value="[[A_NUMBER:A220317648]]"
</form>""")

V("homoglyph", "arabic", """Please correct the name spelling in this row, it doesn't match the passport: [[PERSON:Yоussef Еl-Sаyed]] | [[US_PASSPORT:А29914063]] | [[PHONE_NUMBER:О10 2284 6671]]""")

V("line_split", "arabic", """Put this on one line: Routing [[ABA_ROUTING_NUMBER:2242
48130]], acct [[US_BANK_NUMBER:55019
2837714]], payee [[PERSON:Omar
Bakri]]""")

V("base64", "arabic", """the vendor form encoded this field, can you decode: beneficiary=[[PERSON:""" + b64("Rania Haddad") + """]]&ssn=[[US_SSN:""" + b64("311-47-2280") + """]]""")

# ---------------------------------------------------------------- somali
P("letter", "somali", """Draft a letter in simple English (will be translated to Somali) telling the survivor her documents were received:

[[PERSON:Hodan Mohamed Jama]]
[[STREET_ADDRESS:2118 Riverside Ave Apt 310, Minneapolis, MN 55454]]
Documents: lease, utility bill, ID
Next step: inspection within 10 days; questions to [[PERSON:Abdirahman Hirsi]] at [[PHONE_NUMBER:612-370-2254]].""")

P("csv_roster", "somali", """Somali names in this list got split wrong, the three-part names should go in one cell. Fix:

first,middle,last,dob,a_number
[[PERSON:Faadumo]],[[PERSON:Cali]],[[PERSON:Nuur]],[[DATE_OF_BIRTH:01/01/1989]],[[A_NUMBER:A207553149]]
[[PERSON:Muse]],[[PERSON:Abdi]],[[PERSON:Gedi]],[[DATE_OF_BIRTH:01/01/1975]],[[A_NUMBER:A204418826]]
[[PERSON:Sahra]],[[PERSON:Ismail]],[[PERSON:Osman]],[[DATE_OF_BIRTH:07/15/1996]],[[A_NUMBER:A218004372]]""")

P("short_prompt", "somali", """how do I explain to [[PERSON:Ayaan Hassan Dirie]] that 01/01 birthdays are common on refugee documents and it won't hurt her case?""")

P("brief_outline", "somali", """Outline a brief for the BIA appeal:
Respondent [[PERSON:Muse Abdi Gedi]] ([[A_NUMBER:A-204-418-826]]), a member of a minority clan, fears return to Mogadishu. His cousin [[PERSON:Abdiweli Gedi]] was killed in 2021. IJ found him not credible because of the 01/01/1975 birthdate. Argue the adverse credibility finding was clearly erroneous.""")

P("chat_log", "somali", """Turn this interpreter-assisted call into a case note:

Caseworker: Magacaaga? (your name?)
Caller: [[PERSON:Sahra Ismail Osman]]
Caseworker: Telefoonkaaga?
Caller: [[PHONE_NUMBER:651-442-8190]]
Caseworker: Cinwaankaaga?
Caller: [[STREET_ADDRESS:1450 Weir Dr Apt 9, Woodbury, MN 55125]]
Caller: My sister [[PERSON:Faadumo]] also lost her apartment, same building.""")

P("json_record", "somali", """Validate this against our schema (dob must be ISO):
[
 {"name":"[[PERSON:Abdirahman Warsame Hirsi]]","dob":"[[DATE_OF_BIRTH:1981-01-01]]","phone":"[[PHONE_NUMBER:(206) 762-3308]]","passport":"[[US_PASSPORT:P00418827]]"},
 {"name":"[[PERSON:Hodan Mohamed Jama]]","dob":"[[DATE_OF_BIRTH:03/12/1993]]","phone":"[[PHONE_NUMBER:206.762.3391]]","passport":null}
]""")

P("email_draft", "somali", """Make this email shorter and more direct:

Hi [[PERSON:Ayaan]], following up on the EAD renewal for your husband [[PERSON:Abdullahi Dirie]]. The receipt notice ([[USCIS_RECEIPT_NUMBER:IOE 09 447 21658]]) shows it was received but his biometrics letter went to the old address. Please send me his new address and a good number. My direct line is [[PHONE_NUMBER:612-725-4410]].
[[PERSON:Sahra Osman]], Case Manager""")

V("number_words", "somali", """Clean up transcript: "magacaygu waa [[PERSON:Faadumo Cali Nuur]], my phone is [[PHONE_NUMBER:six one two, five five two, zero nine one eight]] and my date of birth is [[DATE_OF_BIRTH:first of January nineteen eighty nine]]\"""")

V("email_at_dot", "somali", """Add this to the case contacts: [[PERSON:Abdirahman Hirsi]], [[EMAIL_ADDRESS:a.hirsi AT fema DOT dhs DOT gov]]""")

V("zero_width", "somali", """this A-number won't match in the system, why? [[A_NUMBER:A2\u200b0\u200b7\u200b5\u200b5\u200b3\u200b1\u200b4\u200b9]] for [[PERSON:Faadumo\u2060 Nuur]]""")

# ---------------------------------------------------------------- nigerian
P("email_draft", "nigerian", """Please proofread:

Good afternoon Mr. [[PERSON:Okafor]],

Regarding the I-130 for your wife, [[PERSON:Ngozi Eze-Okafor]], the consulate in Lagos returned the case because the police certificate was missing. Please send a new one. If the consulate needs to reach her, they have her number as [[PHONE_NUMBER:0803 447 2291]].

Thank you,
[[PERSON:Folasade Adeyemi]]
Immigration Services Officer
[[EMAIL_ADDRESS:folasade.adeyemi@uscis.dhs.gov]]""")

P("key_value", "nigerian", """Put this beneficiary info into the table format we use for the NVC transfer memo:

Beneficiary: [[PERSON:Babatunde Olawale]]
Passport (NGA): [[US_PASSPORT:A11927465]]
DOB: [[DATE_OF_BIRTH:18 OCT 1988]]
Address abroad: [[STREET_ADDRESS:14 Adeola Odeku Street, Victoria Island, Lagos]]
Phone: [[PHONE_NUMBER:+234 802 519 7730]]""")

P("short_prompt", "nigerian", """Rewrite nicer: "[[PERSON:Oluwaseun]] your timesheet for pay period 24 is wrong again, fix it by noon\"""")

P("csv_roster", "nigerian", """This is the training roster for the TSA checkpoint class. Make a sign-in sheet (name + blank signature column):

name,employee_id,email
[[PERSON:Chukwudi Okafor]],TSA-44817,[[EMAIL_ADDRESS:chukwudi.okafor@tsa.dhs.gov]]
[[PERSON:Aisha Bello]],TSA-45203,[[EMAIL_ADDRESS:aisha.bello@tsa.dhs.gov]]
[[PERSON:Ifeoma Nwosu]],TSA-44976,[[EMAIL_ADDRESS:ifeoma.nwosu@tsa.dhs.gov]]
[[PERSON:Oluwaseun Adeleke]],TSA-45311,[[EMAIL_ADDRESS:oluwaseun.adeleke@tsa.dhs.gov]]""")

P("incident_summary", "nigerian", """Summarise this screening incident for the morning report:

1745 hrs, Terminal E. LTSO [[PERSON:Ifeoma Nwosu]] observed a passenger, identified by boarding pass and NG passport as [[PERSON:ADELEKE, OLUWASEUN KEHINDE]], passport [[US_PASSPORT:B50438817]], attempting to re-enter sterile area through exit lane. Passenger stated he left his phone at the gate. Rescreened, cleared 1802 hrs. Passenger phone for follow-up: [[PHONE_NUMBER:(832) 615-0947]].""")

P("form_fill", "nigerian", """Help me fill the vendor ACH form (which fields go where?):

Vendor contact: [[PERSON:Aisha Bello]]
Company: Bello Interpreting LLC
Bank routing: [[ABA_ROUTING_NUMBER:254295522]]
Account: [[US_BANK_NUMBER:8820147765]]
Remit to: [[STREET_ADDRESS:9200 Kirby Dr, Suite 410, Houston, TX 77054]]
Owner SSN (sole prop): [[US_SSN:455-81-2067]]""")

P("stack_trace", "nigerian", """JS error in the appointment scheduler, what's wrong?

TypeError: Cannot read properties of undefined (reading 'phone')
    at renderContact (scheduler.js:212:31)
    at Array.map (<anonymous>)
    at buildList (scheduler.js:198:18)
Data: [{"name":"[[PERSON:Ngozi Eze]]","contact":{"phone":"[[PHONE_NUMBER:281-730-4456]]"}},{"name":"[[PERSON:Babatunde Olawale]]"}]""")

V("html_entities", "nigerian", """Decode: Beneficiary&#58; [[PERSON:Chukwudi&#32;Okafor]] &#124; DOB&#58; [[DATE_OF_BIRTH:&#49;&#50;&#47;&#48;&#51;&#47;&#49;&#57;&#56;&#53;]] &#124; Tel&#58; [[PHONE_NUMBER:&#43;&#50;&#51;&#52; &#56;&#48;&#51; &#52;&#52;&#55; &#50;&#50;&#57;&#49;]]""")

V("spaced_digits", "nigerian", """Tidy this: payee [[PERSON:Folasade Adeyemi]] routing [[ABA_ROUTING_NUMBER:0 5 0 9 7 6 2 5 2]] account [[US_BANK_NUMBER:3 3 0 1 8 8 4 7 2 6]]""")

V("leetspeak", "nigerian", """someone typed this in the notes field to get around the filter, can you normalise it? [[PERSON:Ng0z1 Ez3]] ss# [[US_SSN:4S5-8I-2O67]]""")

# ---------------------------------------------------------------- haitian
P("translation", "haitian", """Tradui sa an anglè (Haitian Creole birth extract):

EKSTRÈ AKTE NESANS
Non: [[PERSON:Rose-Mirlande Estimé]]
Dat nesans: [[DATE_OF_BIRTH:5 jen 1991]]
Kote: Gonaïves, Artibonite
Papa: [[PERSON:Fritzner Célestin Estimé]]
Manman: [[PERSON:Guerline Dorvil]]""")

P("letter", "haitian", """Write a short, kind letter to this survivor about her temporary housing extension:

[[PERSON:Marie-Carmel Desrosiers]]
[[STREET_ADDRESS:530 NE 137th St, Apt 4, North Miami, FL 33161]]
Extension through Feb 28, 2027. Her caseworker is [[PERSON:Wilner Jean-Baptiste]] (Kreyòl speaker), [[PHONE_NUMBER:305-893-1147]].""")

P("brief_outline", "haitian", """Outline a TPS eligibility brief:
Applicant [[PERSON:Jean-Robert Pierre-Louis]], [[A_NUMBER:A-216-550-093]], continuous residence since 2010 at [[STREET_ADDRESS:811 Flatbush Ave Apt 6C, Brooklyn, NY 11226]]. Prior receipt [[USCIS_RECEIPT_NUMBER:EAC1190448213]]. Issue: gap in physical presence evidence for 2014.""")

P("short_prompt", "haitian", """Is "[[PERSON:FRITZNER CELESTIN]]" the same person as "[[PERSON:Fritzner Célestin]]"? one record has the accent, one doesn't, same DOB [[DATE_OF_BIRTH:1969-03-21]]""")

P("markdown_table", "haitian", """Add a column 'next step' to this table:

| Non | Telefòn | Adrès |
|---|---|---|
| [[PERSON:Guerline Dorvil]] | [[PHONE_NUMBER:(786) 230-5518]] | [[STREET_ADDRESS:1250 NW 62nd St, Miami, FL 33147]] |
| [[PERSON:Wilner Jean-Baptiste]] | [[PHONE_NUMBER:786.230.5502]] | [[STREET_ADDRESS:PO Box 380114, Miami, FL 33238]] |
| [[PERSON:Rose-Mirlande Estimé]] | [[PHONE_NUMBER:+509 3744 2819]] | Port-au-Prince (abroad) |""")

P("email_draft", "haitian", """Make this sound more professional:

[[PERSON:Wilner]] - the survivor from yesterday, [[PERSON:Marie-Carmel]], says her SSN on the application is wrong. It should be [[US_SSN:593-40-1172]] not what we have. Can you fix and re-run the ID verification? thanks
[[PERSON:Jean-Robert]]""")

P("yaml", "haitian", """The deploy keeps failing, is my YAML wrong?

contacts:
  - name: [[PERSON:Guerline Dorvil]]
    role: Disaster Survivor Assistance lead
    cell: "[[PHONE_NUMBER:786-230-5518]]"
    email: [[EMAIL_ADDRESS:guerline.dorvil@fema.dhs.gov]]
  - name: [[PERSON:Fritzner Célestin]]
    role: Logistics
    cell: [[PHONE_NUMBER:786-230-5540]]
	email: [[EMAIL_ADDRESS:fritzner.celestin@fema.dhs.gov]]""")

V("md_emphasis", "haitian", """Strip the formatting: *[[PERSON:Jean-Robert*Pierre-Louis]]* **A#** [[A_NUMBER:A-**216**-550-093]] ~~old~~ **DOB** [[DATE_OF_BIRTH:__04/17/1982__]]""")

V("number_words", "haitian", """Transcribe: "Bonjou, se [[PERSON:Guerline Dorvil]], nimewo mwen se [[PHONE_NUMBER:sèt uit sis, de twa zewo, senk senk en uit]], mèsi\"""")

V("fullwidth_digits", "haitian", """Normalise this line: [[PERSON:Rose-Mirlande Estimé]]　Ａ番号 [[A_NUMBER:Ａ２１６５５０１８７]]　DOB [[DATE_OF_BIRTH:０６/０５/１９９１]]""")

# ---------------------------------------------------------------- slavic
P("translation", "slavic", """Переведите на английский (Ukrainian birth certificate for the U4U file):

СВІДОЦТВО ПРО НАРОДЖЕННЯ
Прізвище, ім'я, по батькові: [[PERSON:Григоренко Оксана Петрівна]]
Дата народження: [[DATE_OF_BIRTH:09.11.1986]]
Місце народження: м. Харків
Батько: [[PERSON:Григоренко Петро Іванович]]
Мати: [[PERSON:Григоренко Ганна Степанівна]]""")

P("key_value", "slavic", """Format this supporter info into the I-134A summary table:

Supporter: [[PERSON:Tomasz Jabłoński]]
Supporter SSN: [[US_SSN:160-42-8873]]
Supporter address: [[STREET_ADDRESS:2217 N Hamlin Ave, Chicago, IL 60647]]
Beneficiary: [[PERSON:Oksana Hryhorenko]]
Beneficiary passport (UKR): [[US_PASSPORT:FX418825]]
Beneficiary phone: [[PHONE_NUMBER:+380 67 441 2980]]""")

P("csv_roster", "slavic", """Name column has diacritics that broke in Excel, fix the encoding (it should be Polish / Czech / Serbian):

name,email,office
[[PERSON:Katarzyna WiÅ›niewska]],[[EMAIL_ADDRESS:katarzyna.wisniewska@ice.dhs.gov]],Chicago ERO
[[PERSON:Miroslav HorÃ¡k]],[[EMAIL_ADDRESS:miroslav.horak@ice.dhs.gov]],Chicago ERO
[[PERSON:Bogdan PetroviÄ‡]],[[EMAIL_ADDRESS:bogdan.petrovic@ice.dhs.gov]],Detroit ERO""")

P("email_draft", "slavic", """Edit for tone:

[[PERSON:Dmitri]],
I still don't have the I-9 docs for your new hire [[PERSON:Svetlana Belova]]. She gave us DL [[US_DRIVER_LICENSE:M620-481-77-419-0]] (Illinois) and an SSN card ending 4471. I need to see the originals by Friday or E-Verify will time out.
[[PERSON:Katarzyna]]""")

P("short_prompt", "slavic", """translate to Russian: "[[PERSON:Svetlana]], your appointment at [[STREET_ADDRESS:101 W Congress Pkwy, Chicago, IL 60605]] is Monday at 8:30. Bring your passport.\"""")

P("log_lines", "slavic", """These syslog lines came from the badge reader, any idea why it rejected the card?

Dec  1 07:58:02 pacs-gw2 reader[44]: deny cardholder="[[PERSON:VOLKOV, DMITRI]]" edipi=[[DOD_EDIPI:1402278815]] door=B2-114 reason=EXPIRED
Dec  1 07:58:09 pacs-gw2 reader[44]: deny cardholder="[[PERSON:VOLKOV, DMITRI]]" edipi=[[DOD_EDIPI:1402278815]] door=B2-114 reason=EXPIRED
Dec  1 07:59:40 pacs-gw2 reader[44]: grant cardholder="[[PERSON:HORAK, MIROSLAV]]" edipi=[[DOD_EDIPI:1398810442]] door=B2-114""")

P("brief_outline", "slavic", """Help me structure a memo on whether [[PERSON:Bogdan Petrović]] ([[A_NUMBER:A-098-331-742]]) is eligible for cancellation of removal. He entered 2008 on a B-2 (I-94 [[I94_NUMBER:11849305722]]), overstayed, has two USC kids, no convictions.""")

V("homoglyph", "slavic", """Why doesn't the search match? Stored: [[PERSON:Dmitrі Volkоv]] (the i and o are Cyrillic), DL [[US_DRIVER_LICENSE:V142-6ЗЗ8-1190]]""")

V("line_split", "slavic", """Join these broken lines: Sponsor [[PERSON:Tomasz
Jabłoński]], SSN [[US_SSN:160-42-
8873]], phone [[PHONE_NUMBER:(773)
384-2051]]""")

V("email_at_dot", "slavic", """Send the packet to [[PERSON:Oksana Hryhorenko]] — [[EMAIL_ADDRESS:oksana [dot] hryhorenko86 [at] ukr [dot] net]]""")

# ---------------------------------------------------------------- african american
P("incident_summary", "african_american", """Summarise in 3 bullets for the Coast Guard station log:

At 2210 BM2 [[PERSON:Marcus Whitfield]] and crew responded to a disabled 22' center console near Buoy 14. Operator [[PERSON:Jamal Overstreet]] (DOB [[DATE_OF_BIRTH:06/12/1984]], VA DL [[US_DRIVER_LICENSE:T61-48-2207]]) and one passenger, [[PERSON:Keisha Rainey]]. Vessel towed to Little Creek. No injuries.""")

P("email_draft", "african_american", """Please clean this up before I send it to the employee:

[[PERSON:DeShawn]],

Your SF-50 shows the wrong home address. HR has [[STREET_ADDRESS:3109 Ridgeview Ln, Apt C, Decatur, GA 30034]], but your new address is [[STREET_ADDRESS:1820 Panola Rd, Lithonia, GA 30058]]. Please confirm with a signed form. If you have questions call me at [[PHONE_NUMBER:404-562-1183]].

[[PERSON:Latoya Freeman]]
Human Resources Specialist, FEMA Region 4""")

P("csv_roster", "african_american", """Pipe-delimited export from the training system. Convert to CSV and remove the SSN column:

NAME|SSN|COURSE|DATE
[[PERSON:TAMEKA GOINS]]|[[US_SSN:258-44-1907]]|ICS-300|2026-10-14
[[PERSON:DARNELL BOYKINS]]|[[US_SSN:252119948]]|ICS-300|2026-10-14
[[PERSON:KING, BRIANNA]]|[[US_SSN:261-70-5583]]|ICS-400|2026-11-02""")

P("short_prompt", "african_american", """Write a thank-you note to [[PERSON:Keisha Rainey]] for volunteering at the Lithonia disaster recovery center""")

P("key_value", "african_american", """Make this military spouse info into a form letter header:

Sponsor: SSgt [[PERSON:Marcus Whitfield]], USAF
Spouse: [[PERSON:Tameka Whitfield]]
Mailing address: [[STREET_ADDRESS:PSC 3, Box 4112, APO AE 09021]]
Spouse email: [[EMAIL_ADDRESS:tameka.whitfield84@gmail.com]]
Sponsor EDIPI: [[DOD_EDIPI:1276603189]]""")

P("chat_log", "african_american", """Summarise this Slack thread into action items:

[[PERSON:jamal.overstreet]] 10:14 AM
who's got the [[PERSON:Boykins]] claim?
[[PERSON:latoya.freeman]] 10:15 AM
me. [[PERSON:Darnell]] called, his bank changed. new acct [[US_BANK_NUMBER:6610248731]] routing [[ABA_ROUTING_NUMBER:060931546]]
[[PERSON:jamal.overstreet]] 10:16 AM
update it and ping me""")

P("form_fill", "african_american", """Which fields of the travel card application do these go in?

Cardholder: [[PERSON:Young, Hope]]
Card: [[CREDIT_CARD:5572 2174 2236 5079]]
Work phone: [[PHONE_NUMBER:(202) 282-8145]] ext. 4
Home: [[STREET_ADDRESS:4420 Benning Rd NE Apt 203, Washington, DC 20019]]""")

V("spaced_digits", "african_american", """Fix this line: [[PERSON:Keisha Rainey]] tel [[PHONE_NUMBER:4 0 4 - 5 6 2 - 1 1 9 0]] card [[CREDIT_CARD:4 0 2 7 8 4 8 8 7 8 3 3 5 2 0 0]]""")

V("number_words", "african_american", """transcribe this voicemail: "hey it's [[PERSON:Darnell Boykins]], calling about my claim, my social is [[US_SSN:two five two, one one, nine nine four eight]], call me back at [[PHONE_NUMBER:four oh four, five five three, two seven one eight]]\"""")

V("zero_width", "african_american", """why does this row fail validation? [[PERSON:Tameka\u200dGoins]],[[US_SSN:258\ufeff-44\ufeff-1907]],ICS-300""")

# ---------------------------------------------------------------- pacific islander
P("letter", "pacific_islander", """Write a letter confirming the survivor's home repair grant:

[[PERSON:Sione Tuipulotu]]
[[STREET_ADDRESS:PO Box 4417, Pago Pago, AS 96799]]
Grant: $11,240 home repair
Questions: [[PERSON:Malia Faleolo]], [[PHONE_NUMBER:(684) 633-2281]]""")

P("short_prompt", "pacific_islander", """how do I pronounce [[PERSON:Tevita Havili]]? I'm calling him tomorrow about his TSA PreCheck renewal""")

P("csv_roster", "pacific_islander", """Fix the commas in the address column so this CSV parses:

name,address,phone
[[PERSON:Leilani Kahananui]],"[[STREET_ADDRESS:91-1021 Kaimalie St, Ewa Beach, HI 96706]]",[[PHONE_NUMBER:808-689-4420]]
[[PERSON:Keoni Akana]],[[STREET_ADDRESS:45-720 Keaahala Rd, Kaneohe, HI 96744]],[[PHONE_NUMBER:808-235-1187]]
[[PERSON:Losa Tuilagi]],"[[STREET_ADDRESS:1551 Ala Wai Blvd Apt 1203, Honolulu, HI 96815]]",[[PHONE_NUMBER:(808) 943-6602]]""")

P("email_draft", "pacific_islander", """Please rewrite more formally:

Talofa [[PERSON:Fetu]], the Coast Guard sector wants the crew list for the fishing vessel by Monday. Include [[PERSON:Fetu Salave'a]] (passport [[US_PASSPORT:571934806]]), [[PERSON:Losa Tuilagi]] and [[PERSON:Tevita Havili]]. Send it to [[EMAIL_ADDRESS:keoni.akana@uscg.mil]].""")

P("incident_summary", "pacific_islander", """Summarise for the TSA morning brief:

HNL checkpoint 3, 0540. Passenger [[PERSON:Keoni Kalani Akana]] (KTN [[KNOWN_TRAVELER_NUMBER:TT7291804]]) left a laptop bag at the divest table; bag secured by TSO [[PERSON:Leilani Kahananui]]. Passenger recovered it at 0610 after calling [[PHONE_NUMBER:808-838-4410]] (lost and found).""")

P("json_record", "pacific_islander", """Add a "region" field = "IX" to each object:
[{"survivor":"[[PERSON:Malia Faleolo]]","dob":"[[DATE_OF_BIRTH:1977-05-09]]","addr":"[[STREET_ADDRESS:Village of Nu'uuli, Tutuila, AS 96799]]"},
 {"survivor":"[[PERSON:Sione Tuipulotu]]","dob":"[[DATE_OF_BIRTH:1969-12-01]]","addr":"[[STREET_ADDRESS:PO Box 4417, Pago Pago, AS 96799]]"}]""")

P("key_value", "pacific_islander", """Reformat as a neat block:
name - [[PERSON:Losa Tuilagi]]
birthdate - [[DATE_OF_BIRTH:August 3, 1995]]
SSN - [[US_SSN:575-62-0418]]
addr - [[STREET_ADDRESS:1551 Ala Wai Blvd Apt 1203, Honolulu, HI 96815]]
mobile - [[PHONE_NUMBER:808 943 6602]]""")

V("dotted_letters", "pacific_islander", """normalise: S.S.N. [[US_SSN:5.7.5.6.2.0.4.1.8]] for [[PERSON:L.o.s.a T.u.i.l.a.g.i]]""")

V("html_entities", "pacific_islander", """Plain text please: <b>Name:</b> [[PERSON:Fetu Salave&#39;a]] <b>Phone:</b> [[PHONE_NUMBER:&#40;684&#41;&nbsp;633&#8209;2281]]""")

V("base64", "pacific_islander", """A partner sent this as a base64 blob in the ticket, decode it: [[PERSON:""" + b64("Tevita Havili") + """]] [[PHONE_NUMBER:""" + b64("808-235-1187") + """]]""")

# ---------------------------------------------------------------- markings (block)
P("classification_banner", None, """Summarize this cable in plain English, 5 bullets max:

[[CLASSIFICATION_MARKING:SECRET//NOFORN/PROPIN]]

SUBJECT: [[CLASSIFICATION_MARKING:(S//OC/NF)]] MARITIME INTERDICTION TRENDS, EASTERN CARIBBEAN, Q3

1. [[CLASSIFICATION_MARKING:(S//OC/NF)]] Go-fast vessel departures from the northern coast rose 22 percent over Q2, concentrated in the new-moon windows.
2. [[CLASSIFICATION_MARKING:(U)]] Public reporting continues to cite weather as the primary driver.
3. [[CLASSIFICATION_MARKING:(S//OC/NF)]] Two previously unreported staging sites were identified.

[[CLASSIFICATION_MARKING:SECRET//NOFORN/PROPIN]]""")

P("classification_banner", None, """rewrite this paragraph so it reads better:

[[CLASSIFICATION_MARKING:TOP SECRET//SI-G//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI-G//NF)]] Collection against the facilitator network indicates a shift from maritime to air cargo routes beginning in August.""")

P("portion_mark", None, """Can you shorten these talking points for the deputy?
[[CLASSIFICATION_MARKING:(C)]] Partner service has agreed to share manifests for flagged flights.
[[CLASSIFICATION_MARKING:(U)]] Next working group meets January 14.
[[CLASSIFICATION_MARKING:(C)]] Their legal review is not yet complete.""")

P("classification_banner", "korean", """Turn this into an email to the team:

[[CLASSIFICATION_MARKING:SECRET//REL TO USA, AUS, CAN, GBR, NZL]]
Meeting notes, 12/1. Attendees: [[PERSON:Choi Dong-wook]], [[PERSON:Kim Seo-yeon]].
[[CLASSIFICATION_MARKING:(S//REL TO USA, GBR)]] FVEY partners confirmed the indicator set matches the intrusion at the port authority.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, AUS, CAN, GBR, NZL]]""")

P("classification_banner", None, """Fix the grammar only:
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]
the liason officer reported that the shipment were delayed because of the inspection at the border crossing, and that they would resubmit next week
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]""")

P("cui_banner", "hispanic", """Summarise this referral memo in one paragraph:

[[CUI_MARKING:CUI//PRVCY//FEDCON]]

MEMORANDUM FOR: Chief, Fraud Detection and National Security
SUBJECT: Referral — [[PERSON:Marisol Quintero Ávila]], [[A_NUMBER:A203339817]]

The beneficiary's marriage certificate lists a date of marriage eleven days before the petitioner's divorce was final. Recommend site visit.

[[CUI_MARKING:Controlled by: USCIS Fraud Detection and National Security Directorate]]
[[CUI_MARKING:CUI Categories: PRVCY, LEI]]
Limited Dissemination Control: FEDCON
POC: [[PERSON:Rigoberto Salcedo]], [[PHONE_NUMBER:202-272-1180]]""")

P("cui_banner", None, """Turn these notes into a clean agenda:

[[CUI_MARKING:CUI]]
- patch window for the EDR console moved to Saturday 0200-0600
- vendor still owes us the root cause for the 11/18 outage
- need a decision on retiring the old syslog relays
[[CUI_MARKING:CUI]]""")

P("cui_banner", None, """Make this paragraph more concise:
[[CUI_MARKING:CONTROLLED]]
[[CUI_MARKING:Controlled by: DHS/CISA]]
The assessment team identified four internet-facing management interfaces on the county's water SCADA network. Two used default credentials at the time of the scan and have since been changed.""")

P("legacy_marking", None, """Rewrite this memo intro for a wider audience (keep the facts):

[[CUI_MARKING:UNCLASSIFIED // FOR OFFICIAL USE ONLY]]

The joint exercise at the port will simulate a cyber attack on the terminal operating system followed by a physical breach at Gate 4. Participating agencies will receive the master scenario events list one week prior.

[[CUI_MARKING:UNCLASSIFIED // FOR OFFICIAL USE ONLY]]""")

P("legacy_marking", None, """Summarise this in 2 lines:
[[CUI_MARKING:UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE]]
Subjects are believed to be using rental vehicles with out-of-state plates and rotating them every 10-14 days. Surveillance should focus on the two hotels off I-10 exit 30.""")

P("legacy_marking", None, """Can you make bullet points from this?

[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Checkpoint 4 will reduce to two lanes from 2300 to 0400 during the equipment swap. AIT unit 2 will be offline; all passengers will receive the alternate screening procedure.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520.]]""")

P("legacy_marking", None, """Shorten for the slide: [[CUI_MARKING:(FOUO)]] Pilot sites: Atlanta, Denver, Seattle. Go-live March.""")

P("legacy_marking", None, """Edit for clarity:
[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION (PCII)]]
The facility's backup generators cover the control room only for 36 hours. Fuel resupply contract is with a single vendor.""")

P("legacy_marking", None, """Fix the formatting:
[[CUI_MARKING:CVI - CHEMICAL-TERRORISM VULNERABILITY INFORMATION]]
Tank farm B holds the threshold quantity of anhydrous ammonia; perimeter camera coverage has a gap on the north fence line.""")

P("legacy_marking", None, """make this less wordy: [[CUI_MARKING:SBU]] - The new scheduling tool for field inspectors will launch Feb 1 and replace the spreadsheet tracker.""")

# ---------------------------------------------------------------- credentials (block)
P("password_prose", "anglo", """Write an email to the help desk from me ([[PERSON:Dana Whitlock]]): my account is locked again. my username is [[EMAIL_ADDRESS:dana.whitlock@tsa.dhs.gov]] and my password is [[PASSWORD:Summer!Breeze2026]] if they need to test it. my phone [[PHONE_NUMBER:571-227-3041]].""")

P("netrc", None, """curl still asks for a password even though I have a .netrc, what's wrong with it?

machine artifacts.ops.internal
login svc_build
password [[PASSWORD:q8Rv!t2Lm#Wx9pKe]]

machine registry.ops.internal login svc_build password [[PASSWORD:Tn4$hJ7wQz2c]]""")

P("basic_auth", None, """This request returns 401, why?

GET /api/v2/cases?status=open HTTP/1.1
Host: casemgmt.example.internal
Authorization: Basic [[PASSWORD:""" + b64("svc_reports:Gr4nite-Harbor-77") + """]]
Accept: application/json""")

P("password_label", None, """Convert to YAML:
host: ftp-drop.partner.example
user: upload_fema
pass: [[PASSWORD:Wl7#pXq2vR9z]]
port: 22""")

P("password_foreign", "hispanic", """Traduce al inglés este correo: "Hola [[PERSON:Yesenia]], el usuario del portal es yocampo y la contraseña: [[PASSWORD:Cumbia.2026!]] — cámbiala cuando entres.\"""")

P("password_foreign", "slavic", """Übersetze bitte ins Englische: Hallo [[PERSON:Miroslav]], dein neues Passwort lautet [[PASSWORD:Schnee#Flocke91]] – bitte nach der ersten Anmeldung ändern.""")

P("password_foreign", None, """Traduisez en anglais : Le compte de test est admin_test, mot de passe : [[PASSWORD:Etoile!Nord2026]]. Merci de ne pas le partager.""")

P("connection_string", None, """My Flask app can't connect, here's the config line. What's wrong?

SQLALCHEMY_DATABASE_URI = "[[CONNECTION_STRING:postgresql://grants_app:Vq9!mZr2Lt@db-grants-prod.internal:5432/grants]]"

Error: FATAL: no pg_hba.conf entry for host""")

P("connection_string", None, """Is this .NET connection string formatted correctly?
"[[CONNECTION_STRING:Server=tcp:sql-cases-01.database.usgovcloudapi.net,1433;Database=CaseTrack;User ID=casetrack_rw;Password=Hx7#Rm2qLp9!;Encrypt=True;]]\"""")

P("aws_keys", None, """boto3 keeps throwing InvalidClientTokenId, here's my ~/.aws/credentials:

[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAZ7QK4M2RT9XW3LPB]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:k3Jd8Qw/Zr7vTn2Lx9PbY4mHs6Cf1GaUe0RoWiKt]]
region = us-gov-west-1""")

P("token", None, """Why does this GitHub Actions step fail with "Bad credentials"?

- name: Push tags
  run: git push https://x-access-token:[[GITHUB_TOKEN:ghp_R7tKq2Lm9Vx4Zb8Nc3Wp6Hs1Jd5Fy0Ga7QeU]]@github.com/org/repo.git --tags""")

P("token", None, """Our GitLab CI can't pull the submodule. Relevant bit of .gitlab-ci.yml:

variables:
  GIT_SUBMODULE_STRATEGY: recursive
  PRIVATE_TOKEN: "[[GITLAB_TOKEN:glpat-Xz4Rq8Tn2Vb7Lm9Kc3Wd]]\"""")

P("token", None, """The alert bot posts nothing. Here's the code:

import requests
SLACK_TOKEN = "[[SLACK_TOKEN:xoxb-7741029385-5520384719264-Hq8Zt3Rm9Lx2Vc7Nb4Kw1Pd6]]"
requests.post("https://slack.com/api/chat.postMessage", headers={"Authorization": f"Bearer {SLACK_TOKEN}"}, json={"channel": "#soc-alerts", "text": "test"})""")

P("jwt", None, """Decode this JWT and tell me when it expires:
[[JWT:""" + jwt('{"sub":"svc-intake","iss":"idp.example.internal","exp":1796947200,"scope":"cases.read"}') + """]]""")

P("private_key", None, """ssh says "invalid format" for this key, did I paste it wrong?

[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBq7Vd3Kx9Lm2Qp8Rt4Zw1Ny6Hc5Jb0Fs3Ga7Ue9Oi2TkAAAAJjR4mXv0eJl
7wAAAAtzc2gtZWQyNTUxOQAAACBq7Vd3Kx9Lm2Qp8Rt4Zw1Ny6Hc5Jb0Fs3Ga7Ue9Oi2Tk
-----END OPENSSH PRIVATE KEY-----]]""")

P("api_key", None, """Why is the geocoder returning 403?

const GEOCODER_KEY = "[[CLOUD_SECRET_KEY:AIzaSyD4kQ7rT2mVx9Lp3Zb8Nc6Wh1Jf5Gs0Ye]]";
fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${addr}&key=${GEOCODER_KEY}`)""")

P("api_key", None, """Tidy this curl for the docs page:
curl -H "X-API-Key: [[PASSWORD:pk_live_51Hq7Tz2Rm8Lx4Vc9Nb3Kw6Pd0Fs]]" https://api.vendor-example.com/v1/shipments""")

# ---------------------------------------------------------------- marking / secret evasions
V("md_emphasis", None, """Polish this paragraph for the brief:
[[CLASSIFICATION_MARKING:**SECRET**//REL TO USA, FVEY]]
_Assessment:_ the smuggling cell has moved its staging to the eastern keys.""")

V("dotted_acronym", None, """Reword: [[CUI_MARKING:C.U.I.//SP-CTI]] — draft vulnerability findings for the county election office, not for release until the county signs off.""")

V("leetspeak", None, """fix typos: [[CLASSIFICATION_MARKING:S3CR3T//N0F0RN]] target list for the Q1 op is attached, review before Tuesday""")

V("base64", None, """Our DLP flagged this header in an outgoing file, what does it decode to?
X-Doc-Label: [[CLASSIFICATION_MARKING:""" + b64("SECRET//ORCON//NOFORN") + """]]
Body: quarterly collection priorities attached.""")

V("homoglyph", None, """Summarise in one line:
[[CLASSIFICATION_MARKING:ТОР SЕСRЕТ//NОFОRN]]
The source reporting on the port official is now assessed as reliable.""")

V("html_entities", None, """Render as plain text: <div class="banner">[[CLASSIFICATION_MARKING:&#83;&#69;&#67;&#82;&#69;&#84;&#47;&#47;&#78;&#79;&#70;&#79;&#82;&#78;]]</div><p>Interdiction plan for the northern corridor, phase 2.</p>""")

V("spaced_letters", None, """make this into a slide title: [[CLASSIFICATION_MARKING:S E C R E T // R E L  T O  U S A ,  F V E Y]] — partner briefing on cable landing station threats""")

V("line_split", None, """The banner wrapped in my paste, just fix the layout:
[[CLASSIFICATION_MARKING:TOP SECRET//
SI//NOFORN]]
Tasking update for the cartel finance cell.""")

V("dotted_acronym", None, """rewrite: [[CUI_MARKING:F.O.U.O]] draft staffing plan for the new port of entry, do not share outside the directorate""")

V("zero_width", None, """Fix the grammar in this note to myself: new VPN password is [[PASSWORD:Gran\u200bite!Ridge\u200b48]] dont forget it again""")

V("line_split", None, """Why does the CLI say the key is malformed? I copied it from the console:
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAQ4RT7Z
M2XW9LPB3K]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:Vt8Lq2Rz/9mXk4Pb7Nw
3Hc6Jd1Fs5Ga0YeUoTiK]]""")

V("md_emphasis", None, """Clean up the markdown: ## [[CUI_MARKING:*CUI*//**SP-PRVCY**]]
Roster of survivors for the Region 6 callback campaign is in the shared drive.""")

# ================================================================ hard negatives
# ---- public contact points
N("public_contact", """Add a "Where to get help" box to the end of the survivor letter with these: FEMA Helpline 1-800-621-3362 (7 a.m. to 11 p.m. ET, daily), or apply online at DisasterAssistance.gov. If you use a relay service, give FEMA the number for that service.""")
N("public_contact", """Shorten this footer: "Questions about your case? Call the USCIS Contact Center at 800-375-5283 (TTY 800-767-1833) or visit uscis.gov/contactcenter." """.strip())
N("public_contact", """Rewrite for a poster at the checkpoint: Travelers with disabilities and medical conditions can call TSA Cares at 855-787-2227 at least 72 hours before traveling. Questions or complaints: TSA-ContactCenter@tsa.dhs.gov or 866-289-9673.""")
N("public_contact", """Put this into the incident response SOP appendix as a table:
Report cyber incidents: report@cisa.gov
CISA Central: 888-282-0870
Oil/chemical spills: National Response Center 1-800-424-8802""")
N("public_contact", """For the FAQ page, make this sound friendlier: For questions about entering the U.S., contact the CBP INFO Center at 877-227-5511 (international callers 202-325-8000).""")
N("public_contact", """Format as a mailing label block: U.S. Department of Homeland Security, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528-0525""")
N("public_contact", """Draft a one-line tip for the public bulletin: report suspicious activity related to immigration or customs violations to the ICE Tip Line, 1-866-347-2423, or online at ice.gov/tips.""")
N("public_contact", """rewrite: To report fraud, waste or abuse in DHS programs, contact the DHS OIG Hotline at 1-800-323-8603 or use the online complaint form at oig.dhs.gov/hotline.""")
N("public_contact", """Check the mailing instructions in this paragraph are clear: "If you are filing Form I-765 based on category (c)(8), mail your application to the USCIS lockbox: USCIS, Attn: I-765 C08, P.O. Box 660867, Dallas, TX 75266-0867." """.strip())
N("public_contact", """Put this into the press release boilerplate: Media inquiries should be directed to the FEMA Office of External Affairs, 500 C Street SW, Washington, DC 20472, or FEMA-News-Desk@fema.dhs.gov.""")
N("public_contact", """Translate to Spanish for the shelter flyer: "Need help? Call 211 or the FEMA Helpline, 1-800-621-3362. Press 2 for Spanish.\"""")

# ---- numbers shaped like identifiers, with labels
N("po_number", """Which of these purchase orders are over $25,000? Just list the PO numbers.

PO 412-55-1093   $18,400.00   toner and paper
PO 412-55-1107   $31,950.00   rugged laptops (12)
PO 412-55-1142   $27,300.00   radio batteries
PO 412-55-1150   $4,812.55    safety vests""")
N("invoice", """Reconcile these invoices against the contract ceiling of $250,000:

Invoice No.,Date,Amount
INV-2026-0418,2026-04-30,"$41,200.00"
INV-2026-0522,2026-05-31,"$43,875.00"
INV-2026-0619,2026-06-30,"$39,950.00"
INV-2026-0731,2026-07-31,"$44,010.00"
INV-2026-0829,2026-08-31,"$42,660.00\"""")
N("contract_number", """Sort this contract list by expiration date and flag anything expiring in Q2 FY27:

70FA3024C00000017 | Generator maintenance, Region 6 | exp 2027-01-31
70FA3023D00000042 | Interpreter services IDIQ | exp 2027-03-15
70SBUR24C00000118 | Mail room support | exp 2027-06-30
HSCETC-19-D-00004 | Detention health services | exp 2026-12-31""")
N("case_number", """Put these case-tracking numbers in numeric order: 2026-318-4471, 2026-318-0982, 2026-317-5510, 2026-319-0043. They're our internal OIT ticket case numbers, not anything else.""")
N("ticket_number", """Summarise the status of these help desk tickets for the weekly report:
INC0418827 - printer on 3rd floor offline - resolved
INC0419003 - VPN token resync - in progress
RITM0072214 - new monitor request - awaiting approval
INC0419310 - Teams audio drops in room 4B - assigned to network team""")
N("part_number", """Is this parts list formatted consistently? NSN 5965-01-451-2397 headset; NSN 6135-01-301-8776 battery, BA-5590; P/N 213-448-9015 antenna mount; P/N 617-220-4419 cable assembly (shaped like phone numbers, they're part numbers from the vendor catalog).""")
N("po_number", """Our requisition numbers look like 555-12-3456 style and the finance system keeps rejecting them. Requisition 218-40-7751 went through, but 218-40-7790 didn't. Any idea what validation would reject one and not the other?""")
N("part_number", """Convert to JSON: 
part_no: 800-621-3362-A (coincidentally the same digits as a hotline, it's a filter cartridge)
qty: 40
unit: EA
bin: R3-S12""")
N("case_number", """Draft an email asking the field office to pull FOIA requests 2026-HQFO-00418, 2026-HQFO-00562 and 2026-ICFO-11207 and send the responsive records to the litigation team by Friday.""")
N("invoice", """Check the math on this tab-separated invoice:

Line\tItem\tQty\tUnit\tTotal
1\tSandbags, poly\t5000\t0.42\t2100.00
2\tTarps, 20x30\t800\t18.75\t15000.00
3\tWater, 24-pack\t1200\t4.10\t4920.00
Subtotal\t\t\t\t22020.00""")
N("contract_number", """The CLIN numbering is off in this table, can you fix it so they're sequential?

| CLIN | Description | Qty | Unit price |
|---|---|---|---|
| 0001 | Base year labor | 1 | $812,400 |
| 0002 | Travel | 1 | $24,000 |
| 0004 | Option year 1 labor | 1 | $836,772 |
| 0005 | Option year 1 travel | 1 | $24,720 |""")
N("tracking_number", """Which carrier are these tracking numbers from? 1Z999AA10123456784, 9400 1000 0000 0000 0000 00, 7712 3456 7890. They're for the PPE shipment to the staging area.""")

# ---- versions / IP-like strings / dates that are not birth dates
N("version_string", """Our scanner reports the firewall firmware as 10.2.14.3 and the advisory says versions before 10.2.16.1 are affected. Write a short note to the network team saying we need to upgrade.""")
N("version_string", """Compare these two dependency lists and tell me what changed:
before: requests==2.31.0, urllib3==1.26.18, cryptography==41.0.7
after:  requests==2.32.3, urllib3==2.2.2, cryptography==43.0.1""")
N("version_string", """The release notes say build 7.4.118.2 fixed the memory leak, but we're on 7.4.112.9. Draft a change request to upgrade the 14 kiosks.""")
N("non_birth_date", """Turn these into a timeline: storm made landfall 09/28/2026; major disaster declaration 10/02/2026; individual assistance opened 10/03/2026; registration deadline extended to 12/01/2026.""")
N("non_birth_date", """Make a calendar table from this: Open season runs 11 NOV 2026 through 09 DEC 2026. Benefits take effect 04-JAN-2027. The pay period that starts 2026-12-28 is the first with new premiums.""")
N("version_string", """Explain this nmap output line to a new analyst, no hostnames: "OpenSSH 8.9p1 Ubuntu 3ubuntu0.10 (Ubuntu Linux; protocol 2.0)" and "nginx 1.24.0". Which one should we worry about?""")
N("non_birth_date", """Explain the difference: 'date of entry' 2019-07-04 vs 'date of admission' vs 'admit until date' D/S on the I-94 screen. Generic question for training, no specific traveler.""")
N("version_string", """Why does semver sort 1.10.0 after 1.9.3 but my string sort puts it first? Give me a Python one-liner that sorts ["1.9.3","1.10.0","1.2.11","2.0.0-rc.1"] correctly.""")

# ---- talk about markings, no marking present
N("marking_talk", """What does NOFORN mean and when is REL TO used instead? Explain like I'm new to the job.""")
N("marking_talk", """Write a quiz question for the annual training: the training covers SECRET and CUI handling, so give me one multiple choice question about where portion markings go in a paragraph.""")
N("marking_talk", """Is it correct that FOUO was replaced by CUI under the 2016 rule? Our old SOP still says to use FOUO and I want to update it.""")
N("marking_talk", """Summarise the difference between CUI Basic and CUI Specified in two sentences for a slide. General concepts only.""")
N("marking_talk", """Reword this sentence from our policy: "Employees must not enter classified information, CUI, or passwords into external AI tools." Make it shorter.""")
N("marking_talk", """Explain what the SSI regulations at 49 CFR part 1520 cover, in plain language, for new TSA hires.""")
N("marking_talk", """A coworker asked what "TS/SCI" on a job posting means. Write a two-sentence explanation of the clearance level and the access it implies.""")
N("marking_talk", """Draft an agenda item: "Review of marking errors found in the Q3 self-inspection (missing banner lines, portion marks on bullet lists, wrong decontrol dates)." Make it a bit more formal.""")

# ---- ordinary senses of secret / confidential / classified
N("ordinary_secret", """Write a short intro for the Secret Service liaison who is speaking at our all-hands next week. Don't use a name, just the role.""")
N("ordinary_secret", """Help me write a funny email to the office: the holiday potluck chili is a top secret recipe and I refuse to share it, but I'll bring extra.""")
N("ordinary_secret", """Rewrite: "All responses to the climate survey are confidential and will be reported only in aggregate." Make it warmer.""")
N("ordinary_secret", """We're putting the classified ads section back in the employee newsletter. Write a two-line blurb inviting people to post items for sale.""")
N("ordinary_secret", """What's the secret to getting pivot tables to refresh automatically when the source sheet changes?""")
N("ordinary_secret", """Translate to Spanish: "Your information is kept confidential and shared only as the Privacy Act allows." """.strip())
N("ordinary_secret", """My kid asked what a "secret ballot" is for a school project. Give me a 3-sentence explanation.""")

# ---- common words that are also names, kinship, places, titles
N("common_words", """Proofread: "We hope the new schedule will help. Faith in the process is important, and we will keep working until every claim is paid. Rich data from the field will guide us." """.strip())
N("common_words", """Rewrite more formally: "The bill for the king-size tarps came in, and young staff will handle the grace period for late invoices." """.strip())
N("kinship", """Draft general guidance for caseworkers: when a survivor says their mother, father, grandmother, aunt or cousin lived in the home, what documents can show that the relative shared the household?""")
N("place_names", """List the FEMA regions with the states in each, as a markdown table. Region 4 is Atlanta, Region 6 is Denton, etc.""")
N("titles", """What's the right salutation in a letter to a county judge, a sheriff and a tribal chairperson? Generic, no names.""")
N("place_names", """Translate to Tagalog: "The disaster recovery centers in Dededo, Yigo and Tamuning will close at 6 p.m. on Friday." """.strip())
N("common_words", """Fix capitalisation in these headings: "will and testament documents", "bill of lading", "king tide flooding", "grace period", "mercy corps partner meeting" """.strip())
N("kinship", """Explain the difference between a derivative beneficiary and a principal beneficiary on an asylum application, using "spouse" and "child" as the examples.""")
N("place_names", """Make a list of the land ports of entry in Arizona ordered west to east: San Luis, Lukeville, Sasabe, Nogales, Naco, Douglas.""")

# ---- code and config without literal secrets
N("code_no_secret", """Review this for security problems:

import os, hashlib
def check(user, password):
    stored = get_user(user).password_hash
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000).hex() == stored

api_key = os.environ["GEOCODER_API_KEY"]
db_url = os.environ.get("DATABASE_URL")""")
N("code_no_secret", """Why does this throw KeyError in CI but not locally?

const token = process.env.GITHUB_TOKEN;
if (!token) throw new Error("GITHUB_TOKEN not set");
const octokit = new Octokit({ auth: token });""")
N("config_no_secret", """Is this docker-compose file ok? I'm using secrets from the environment.

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
  api:
    build: .
    environment:
      DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@db:5432/app""")
N("config_no_secret", """Explain what each line of this sshd_config does:
PasswordAuthentication no
PubkeyAuthentication yes
PermitRootLogin no
MaxAuthTries 3
AllowGroups ssh-users""")
N("code_no_secret", """Write a regex that checks a password policy: at least 14 characters, one upper, one lower, one digit, one symbol. Example that should fail: "password". Example that should pass: (make up a pattern description, don't give me a real password).""")
N("code_no_secret", """What's wrong with this SQL? It's for the training database.

SELECT office_code, COUNT(*) AS open_cases
FROM cases
WHERE status = 'OPEN' AND received_date >= DATE '2026-10-01'
GROUP BY office_code
HAVING COUNT(*) > 50
ORDER BY open_cases DESC""")
N("config_no_secret", """Terraform plan shows a change I didn't expect:
~ resource "aws_s3_bucket_versioning" "logs" {
    ~ versioning_configuration {
        ~ status = "Suspended" -> "Enabled"
      }
  }
Is this safe to apply?""")
N("code_no_secret", """Convert this Python dict to YAML:
settings = {"retry": 3, "timeout_s": 30, "region": "us-gov-west-1", "secret_name": "prod/intake/db", "use_kms": True}""")
N("stack_trace_no_pii", """What's causing this?

Traceback (most recent call last):
  File "/opt/app/sync.py", line 52, in <module>
    main()
  File "/opt/app/sync.py", line 47, in main
    resp.raise_for_status()
requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.internal/v1/queue""")
N("log_no_pii", """Why is the job failing?

2026-12-01 02:00:01 INFO  nightly-export started
2026-12-01 02:14:37 WARN  batch 118 retry 1/3 (timeout after 30s)
2026-12-01 02:15:09 WARN  batch 118 retry 2/3 (timeout after 30s)
2026-12-01 02:15:41 ERROR batch 118 failed; aborting export
2026-12-01 02:15:41 INFO  nightly-export finished status=FAILED rows=1,180,000""")

# ---- everyday department work text, no personal data
N("spreadsheet_formula", """Coast Guard yeoman here. In Excel I have rate in column A and time-in-rate months in column C. I need a formula in D that says "ELIGIBLE" if C >= 24 for E-4s and >= 36 for E-5s, otherwise blank. Rates look like "YN3", "BM2", "MK1".""")
N("letter_template", """Improve this letter template for disaster survivors. Keep the placeholders.

Dear {SURVIVOR_NAME},

We have reviewed your application for assistance for the disaster declared on {DECLARATION_DATE}. Based on the information you gave us and the inspection of your home, you are eligible for {AWARD_TYPE} in the amount of {AMOUNT}.

If you disagree with this decision, you have 60 days from the date of this letter to appeal. Your appeal letter should explain why you disagree and include any documents that support your appeal, such as contractor estimates or receipts.

Sincerely,
{CASEWORKER_NAME}
{CASEWORKER_TITLE}""")
N("incident_summary", """Summarise for the morning brief (no names involved): At 0615 the walk-through metal detector in lane 3 failed its daily test. Lane closed at 0617, technician arrived 0705, unit recalibrated and passed test at 0722. Wait times peaked at 31 minutes. No security impact.""")
N("brief_outline", """Give me an outline for a brief arguing that the one-year asylum filing deadline should be excused for changed circumstances. Generic structure with the relevant regulation sections; I'll fill in the facts later.""")
N("translation_question", """For birth certificate translations, do I translate the registrar's seal text, or just note [seal]? And how do I handle a field that's blank on the original?""")
N("config_no_secret", """This nginx config returns 502. What's wrong?

upstream intake_api {
    server localhost:8080;
}
server {
    listen 443 ssl;
    server_name intake.example.internal;
    ssl_certificate     /etc/nginx/tls/intake.crt;
    ssl_certificate_key /etc/nginx/tls/intake.key;
    location / {
        proxy_pass http://intake_api;
        proxy_set_header Host $host;
    }
}""")
N("roster_headers", """I'm building the HR roster template. Suggest column headers and data validation rules for: employee name, series, grade, step, duty station, supervisor, telework eligibility, EOD date. No data yet.""")
N("procurement", """Check this contract list for duplicates and tell me the total obligated:

Vendor | Contract | Obligated
Gulf Coast Generators LLC | 70FA6024C00000091 | $412,000
Pacific Rim Interpreting | 70SBUR25D00000013 | $1,150,000
Gulf Coast Generators LLC | 70FA6024C00000091 | $412,000
Mile High Modular Units | 70FA8025C00000007 | $2,870,500""")
N("cisa_advisory", """Rewrite this for a non-technical audience, 3 sentences: "A heap-based buffer overflow in the web management interface allows an unauthenticated remote attacker to execute arbitrary code. Affected firmware versions 4.1.0 through 4.1.7. Apply the vendor update to 4.1.8 and restrict management interface access to trusted networks." """.strip())
N("log_no_pii", """Any idea why the certificate renewal is failing?

[2026-11-29 03:00:00] certbot: Renewing certificate for intake.example.internal
[2026-11-29 03:00:04] certbot: Challenge failed for domain intake.example.internal
[2026-11-29 03:00:04] certbot: Type: connection, Detail: Timeout during connect (likely firewall problem)""")
N("meeting_notes", """Turn these notes into action items:
- OCFO wants the FY27 spend plan by 12/15
- Region 10 asked for two more IT specialists for the winter storm season
- the old fax server gets shut down in January; update the SOP
- training on the new records schedule is mandatory for all supervisors""")
N("policy_rewrite", """Make this telework policy paragraph easier to read:
"Employees approved for situational telework shall, to the maximum extent practicable, ensure that government-furnished equipment is transported securely and that official duties performed at the alternative worksite are performed in accordance with applicable records management requirements." """.strip())
N("sql_no_pii", """Optimise this query, it takes 40 seconds:

SELECT d.declaration_id, d.state, SUM(a.amount) AS total_awarded
FROM declarations d
JOIN awards a ON a.declaration_id = d.declaration_id
WHERE d.incident_type IN ('Hurricane','Flood')
  AND a.award_date BETWEEN '2025-10-01' AND '2026-09-30'
GROUP BY d.declaration_id, d.state;""")
N("json_no_pii", """Pretty print and validate:
{"office":"Houston Field Office","queue":"N-400","pending":1834,"median_days":212,"updated":"2026-11-30","staff":{"isos":41,"supervisors":6}}""")
N("yaml_no_pii", """Why does the linter complain about this GitHub Actions workflow?

name: nightly
on:
  schedule:
    - cron: '0 5 * * *'
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test
       - run: make package""")
N("html_no_pii", """Fix the accessibility problems in this snippet:
<img src="map.png">
<div onclick="openForm()">Apply now</div>
<input type="text" placeholder="Search">""")
N("short_prompt", """what's a polite way to say "please stop replying all" in an office-wide email?""")
N("short_prompt", """rewrite in plain language: "Applicants must demonstrate continuous residence for the requisite statutory period.\"""")
N("short_prompt", """give me 5 subject lines for a reminder about the annual ethics training""")
N("short_prompt", """explain parole in place vs humanitarian parole in one paragraph""")
N("short_prompt", """excel: how do I convert 20261203 to a real date?""")
N("ocr_no_pii", """This OCR of a blank form came out messy, reconstruct the field labels only:
DEPARTMENT 0F HOMELAND SECUR1TY
Appl1cation for ____  Pag e 1 of 4
Part 1. lnformation About You
1.a Fami1y Name (Last Name) ________
1.b Given Name (First Name) ________
2. Date of Birth (mm/dd/yyyy) ________""")
N("form_blank", """Turn this blank intake form into an HTML form with labels and inputs:
Name:
Date of birth:
Country of citizenship:
Phone:
Email:
Preferred language:""")
N("stats_table", """Make a bar chart description from this table:

| Port | FY25 encounters | FY26 encounters |
|---|---|---|
| San Ysidro | 41,220 | 37,905 |
| Laredo | 28,114 | 30,412 |
| El Paso | 35,870 | 33,001 |""")

# ---- long pastes
P("email_thread", "nigerian", """Can you summarise this thread into a status update for my supervisor? Keep it under 150 words.

From: [[PERSON:Ifeoma Nwosu]] <[[EMAIL_ADDRESS:ifeoma.nwosu@tsa.dhs.gov]]>
Sent: Monday, November 30, 2026 7:42 AM
To: [[PERSON:Chukwudi Okafor]] <[[EMAIL_ADDRESS:chukwudi.okafor@tsa.dhs.gov]]>
Subject: RE: RE: lane 6 staffing / claim follow-up

[[PERSON:Chudi]],

Following up on Friday. The passenger who filed the property claim for the damaged bag (the one from the 1600 bank) called again. Her name is [[PERSON:Folake Ogunleye]], and she wants the claim form mailed rather than emailed. Her address is [[STREET_ADDRESS:7719 Bellaire Blvd Apt 1412, Houston, TX 77036]]. Best number is [[PHONE_NUMBER:713-981-4025]]. She was polite but she's called three times.

Also, for lane 6 staffing, [[PERSON:Aisha]] can cover Tuesday and Wednesday but not Thursday. I asked [[PERSON:Babatunde]] and he said maybe.

[[PERSON:Ifeoma]]

-----Original Message-----
From: [[PERSON:Chukwudi Okafor]]
Sent: Friday, November 27, 2026 4:10 PM
To: [[PERSON:Ifeoma Nwosu]]
Subject: RE: lane 6 staffing / claim follow-up

Thanks. Can you call the passenger back Monday and find out how she wants the claim form? And see if anyone can cover Thursday, I'm short two TSOs.

[[PERSON:Chudi]]

-----Original Message-----
From: [[PERSON:Ifeoma Nwosu]]
Sent: Friday, November 27, 2026 3:55 PM
To: [[PERSON:Chukwudi Okafor]]
Subject: lane 6 staffing / claim follow-up

Lane 6 is short next week. Also a passenger filed a claim about her suitcase wheel, I gave her the claims link.""")

P("config_paste", None, """CISA engineer here, the log shipper won't start after the upgrade. Here's the full config and the error. What's wrong?

# /etc/shipper/shipper.yml
inputs:
  - type: syslog
    listen: ":5514"
    protocol: udp
  - type: file
    paths:
      - /var/log/ids/*.json
    multiline:
      pattern: '^\\{'
      negate: true
      match: after
processors:
  - drop_fields:
      fields: ["agent.ephemeral_id", "ecs.version"]
  - add_tags:
      tags: [region3, sensor-east]
outputs:
  primary:
    type: elasticsearch
    hosts: ["https://[[IP_ADDRESS:10.31.7.42]]:9200", "https://[[IP_ADDRESS:10.31.7.43]]:9200"]
    username: shipper_writer
    password: "[[PASSWORD:mN7#vQ2r!Lx9Tb4e]]"
    ssl:
      verification_mode: full
      certificate_authorities: ["/etc/shipper/ca.pem"]
  archive:
    type: postgres
    dsn: "[[CONNECTION_STRING:postgres://archiver:Rk4!pZ8wQm@10.31.7.60:5432/logarchive?sslmode=require]]"
queue:
  mem:
    events: 8192
    flush.min_events: 512

Error on start:
Exiting: error unpacking config: only one output may be configured (outputs.primary, outputs.archive)""")

N("after_action", """Please tighten this after-action summary to about half the length. Keep the numbered structure.

1. Overview. The regional tabletop exercise on November 18 tested coordination between the state emergency operations center, the FEMA regional response coordination center, and three county emergency management offices during a simulated Category 3 hurricane with a 72-hour warning period.

2. Strengths. Participants quickly stood up the joint information center and published consistent public messaging within two hours of the simulated landfall. County logistics leads understood the resource request process and submitted requests through the correct channels. The shelter capacity picture was shared across all participants by the second hour of play.

3. Areas for improvement. (a) Fuel prioritization for critical facilities was not decided until late in the exercise, and two counties assumed they would receive fuel first. (b) The commodity distribution point plan relied on a single staging area that would likely be flooded under the scenario's storm surge. (c) Several participants were unsure who approves requests for federal personnel to support shelter operations. (d) Radio interoperability between county teams was tested only once and the test did not include the backup repeater.

4. Recommendations. Develop a fuel prioritization matrix before next hurricane season; identify at least two alternate staging areas outside the surge zone; publish a one-page guide on the request process for federal personnel; schedule a quarterly radio interoperability drill that includes backup repeaters.

5. Next steps. The regional exercise officer will circulate the draft improvement plan by December 15. Counties should send comments by January 10. A follow-on functional exercise is planned for the spring.""")

N("long_policy", """Summarise this guidance for new caseworkers in 5 bullets:

Documenting occupancy. Applicants must show they lived in the damaged home as their primary residence at the time of the disaster. Acceptable documents include a lease or rental agreement, a utility bill in the applicant's name for the damaged address, a bank or credit card statement mailed to the address, an employer's statement, a public official's statement, a motor vehicle registration, a court document, or a medical provider's bill. Documents should be dated within three months before the disaster, although caseworkers may accept older documents when the applicant explains why newer ones are not available. 

Documenting ownership. Owners can show ownership with a deed, mortgage documents, homeowner's insurance documents, a property tax receipt or bill, a manufactured home title, a contract for deed, a land installment contract, or a will naming the applicant as heir. Where formal documents do not exist, such as heirs' property passed down without probate, a signed declaration may be accepted under current policy.

Common mistakes. Do not ask for the same document twice; check the file first. Do not tell applicants a document is required when it is only one of several options. Always explain the appeal window in plain language and note the date the letter was sent. Record every call in the case notes on the same day, including unsuccessful call attempts.

Language access. Offer interpretation at the start of every call. Use the language line rather than family members, especially children, whenever possible. Written notices should be sent in the applicant's preferred language when a translated version exists.""")

# ---- gap fillers: labels, foreign national phone formats, FPO/DPO, lower case
P("translation", "slavic", """Bitte ins Englische übersetzen (Auszug aus dem Antrag):

Antragsteller: [[PERSON:Bogdan Petrović]]
Geburtsdatum: [[DATE_OF_BIRTH:17.02.1981]]
Anschrift: [[STREET_ADDRESS:Landsberger Str. 214, 80687 München]]
Telefon: [[PHONE_NUMBER:089 5120 4471]]""")

P("letter", "somali", """Address this envelope correctly for the survivor who is staying with relatives:

[[PERSON:Muse Abdi Gedi]]
c/o [[PERSON:Hawa Abdi]]
[[STREET_ADDRESS:4419 S 144th St Apt 22, Tukwila, WA 98168]]""")

P("lowercase_names", "filipino", """pls capitalise these properly for the certificate: [[PERSON:maricel dimaculangan]], [[PERSON:jericho manalastas]], [[PERSON:rowena tolentino]], [[PERSON:arnel macaraeg]]""")

P("key_value", "anglo", """Shorten this into one line for the tracker:
applicant: [[PERSON:Gareth Pilkington]] | UK mobile [[PHONE_NUMBER:07700 914 382]] | London office line [[PHONE_NUMBER:020 7946 0381]] | passport (GBR) [[US_PASSPORT:548120936]]""")

P("key_value", "hispanic", """Pasa esto a una tabla: beneficiario [[PERSON:Rigoberto Salcedo Ruiz]], tel. casa en Guadalajara [[PHONE_NUMBER:(33) 3614 2290]], celular [[PHONE_NUMBER:33 1872 4406]], ITIN [[US_ITIN:951-72-4418]]""")

P("form_fill", "african_american", """Which address format is right for the household goods shipment form? Sailor is [[PERSON:Darnell Boykins]], [[STREET_ADDRESS:USS Bataan (LHD 5), FPO AE 09556-1650]]. His wife [[PERSON:Tameka Boykins]] is at the embassy: [[STREET_ADDRESS:Unit 8400, Box 0127, DPO AE 09498-0127]].""")

P("key_value", "vietnamese", """Clean up the labels: HỌ TÊN / full name: [[PERSON:LÊ MINH KHOA]]; NGÀY SINH / dob: [[DATE_OF_BIRTH:08-03-1979]]; SĐT / phone: [[PHONE_NUMBER:(714) 260-3387]]; email: [[EMAIL_ADDRESS:khoa.le79@gmail.com]]""")

P("specimen_ssn", "pacific_islander", """Is this a valid SSN for the training screenshot, or should I use something else? SSN: [[US_SSN:987-65-4329]] (name on the sample card: [[PERSON:Keoni Akana]])""")


if __name__ == "__main__":
    out = build(R, "be", "blind_e_2026-12-03.jsonl")
    c, t, e, x = summary(out)
    from collections import Counter
    print(len(out), dict(c), dict(x))
    print(dict(Counter(r["origin"] for r in out if r["origin"])))
    print(dict(e))
