#!/usr/bin/env python3
"""Generator for blind set g (2026-12-03). Every text below is written by hand
with inline marks [[TYPE:value]]; blindlib.build strips the marks and computes offsets."""
import random
from collections import Counter
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import build, summary

P, E, H = "positive", "evasion", "hard_negative"
R = []


def add(cat, tag, origin, text):
    R.append((cat, tag, origin, text))


# ---------------------------------------------------------------- anglo
add(P, "shift_note", "anglo", """Turn my shift notes into a clean narrative paragraph for the supervisor:
0215 BPA [[PERSON:Dwayne Whitcombe]] + me, group of 6 near MM 41 FM 1017. one subj gave name [[PERSON:Corbin Hale]] dob [[DATE_OF_BIRTH:03/14/1991]], claims USC, TX DL [[US_DRIVER_LICENSE:41829370]]. records neg. released 0340. [[PERSON:Dwayne]] transported the other 5 to station.""")
add(P, "travel_voucher", "anglo", """Can you reformat this into a voucher summary table?
Traveler: [[PERSON:WHITCOMBE, Hope]]
Home: [[STREET_ADDRESS:118 Larkspur Ln Apt 4, Havre, MT 59501]]
TDY: Glynco GA, 3 nights lodging @ 107.00
GTCC used: [[CREDIT_CARD:4655441090901196]]
Approver signature: (blank)""")
add(P, "perf_review", "anglo", "Rewrite this more diplomatically for a mid-year review: [[PERSON:Will Pardee]] missed three suspense dates this quarter. [[PERSON:Will]] says the tasker volume was the cause, but if it continues we will need a formal improvement plan. [[PERSON:Will]] is strong on the radio and well liked on the line.")
add(P, "helpdesk_chat", "anglo", """[09:02] user: hi its [[PERSON:rich thornbury]] out at the yuma station, PIV locked again after the update
[09:03] ithelp_t2: morning [[PERSON:Rich]], can you confirm your EDIPI so I can find the cert?
[09:03] user: [[DOD_EDIPI:1298473650]]
[09:04] ithelp_t2: got it, pushing a reset now
can you write this up as a knowledge-base entry?""")
add(P, "boarding_report", "anglo", """Summarize for the boarding report narrative:
F/V SALT MARGARET, 42 ft, home port Kodiak. Master: [[PERSON:BILL KESTREL]], DOB [[DATE_OF_BIRTH:11-JUN-1968]], mailing [[STREET_ADDRESS:PO Box 2291, Kodiak, AK 99615]], cell [[PHONE_NUMBER:(907) 486-3172]]. 2 crew, all docs present, one expired flare kit, written warning issued.""")
add(P, "protective_schedule", "anglo", """Make this into a clean table for the shift board:
0600-1400 post 2 SA [[PERSON:Faith Underhill]] c:[[PHONE_NUMBER:202-679-3381]]
1400-2200 post 2 SA [[PERSON:Graham Pollard]] c:[[PHONE_NUMBER:202.679.4410]]
2200-0600 post 2 ATSAIC [[PERSON:Tessa Marlowe]] c:[[PHONE_NUMBER:2026795528]]
motorcade staging at the east lot, times TBD""")
add(P, "timesheet", "anglo", """employee,ssn,pay_period,reg_hrs,ot_hrs,leave_code
"[[PERSON:STROUD, MEGAN A]]",[[US_SSN:412-73-8806]],PP24,72,9.5,AL
fix the columns so Excel reads this correctly""")
add(P, "password_prose", "anglo", "Draft an email to [[PERSON:Carol Young]] telling her the shared scheduling mailbox is back up. [[PERSON:Russell King]] reset it this morning and the new password is [[PASSWORD:Quartz-Harbor-2291]] so she should change it at first login.")
add(P, "call_center_note", "anglo", """Call note - clean up grammar only
Caller [[PERSON:Tessa Marlowe]] (self) re: I-130 filed for spouse, receipt [[USCIS_RECEIPT_NUMBER:IOE0918273645]]. Beneficiary A# [[A_NUMBER:A212487903]]. caller states address changed to [[STREET_ADDRESS:2215 Wexford Ave Apt 3B, Silver Spring, MD 20902]]. advised AR-11 online. callback [[PHONE_NUMBER:301-482-7719]].""")
add(P, "drc_log", "anglo", """DRC 14 - Day 6 log, please turn into bullet points
- 10:40 survivor [[PERSON:Graham Pollard]] walked in, home at [[STREET_ADDRESS:RR 2 Box 148, Tilden, NE 68781]] lost roof, registered, reg# given on paper
- 11:15 [[PERSON:Graham]] came back w/ insurance letter, scanned
- 13:00 generator refuel
- 15:30 closed intake line, 41 visitors total""")
add(E, "zero_width", "anglo", "Pls proofread: Emergency contact for the new hire is her brother [[PERSON:Ke\u200bvin Ash\u200bworth]], reachable at [[PHONE_NUMBER:(406) 555-\u200b0148]]. Mark the form complete once HR confirms.")

# ---------------------------------------------------------------- hispanic
add(P, "call_center_note", "hispanic", """Translate this call note into English for the file:
Llamada entrante. nombre: [[PERSON:Maricela Ocampo Ruiz]]; fecha de nacimiento: [[DATE_OF_BIRTH:22/09/1984]]; teléfono en México: [[PHONE_NUMBER:55 4172 8836]]. Pregunta por su solicitud de permiso de trabajo, número de recibo [[USCIS_RECEIPT_NUMBER:EAC-26-041-72839]]. Se le indicó esperar 30 días más.""")
add(P, "shift_note", "hispanic", """SHIFT NOTES 2ND - LRT STA
APPREHENDED 1 ADULT MALE [[PERSON:JOAQUIN BETANCOURT-LUNA]] DOB [[DATE_OF_BIRTH:05 FEB 1979]] PRIOR REMOVAL, A# [[A_NUMBER:A-204-118-736]]
SUBJ TRANSPORTED FOR PROCESSING 0512
write this as full sentences pls""")
add(P, "drc_log", "hispanic", "Summarize for the daily DRC sitrep: survivor [[PERSON:Efraín Quiñones]] from [[STREET_ADDRESS:Urb. Villa Carolina, Calle 412 Bloque 178 #9, Carolina, PR 00985]] reports flood damage to first floor, needs blue roof referral, phone [[PHONE_NUMBER:787-292-6614]]. [[PERSON:Efraín]] asked for Spanish-language appeal forms.")
add(P, "email", "hispanic", """Translate to Spanish, keep it friendly:
Hi [[PERSON:Yazmín]],
Your interview with [[PERSON:Yazmín Villalobos]]'s attorney is confirmed for Thursday. If anything changes call me at [[PHONE_NUMBER:915-834-2290]] or write to [[EMAIL_ADDRESS:yazvillalobos.law@outlook.com]].
Thanks""")
add(P, "json_payload", "hispanic", """Why does this JSON fail to parse?
{"payee": "[[PERSON:Rosalba Treviño]]", "routing": "[[ABA_ROUTING_NUMBER:021701207]]", "account": "[[US_BANK_NUMBER:004417829305]]", "amount": 1250.00, "program": "IHP-rental",}""")
add(P, "boarding_report", "hispanic", """Boarding 26-0418 Gulf. Pangas x1, 3 POB. Operator [[PERSON:Ulises Carmona Paz]], Mexican passport [[US_PASSPORT:G31847702]], tel [[PHONE_NUMBER:229 184 5523]] (Veracruz). Others declined to give names. Catch: 140 lb red snapper in EEZ. Help me write the violation summary.""")
add(P, "perf_review", "hispanic", "Make this performance narrative sound more professional: [[PERSON:xiomara peralta]] ran the intake desk alone for two weeks and never dropped a case. [[PERSON:xiomara]] also trained 3 new hires. Would like to nominate her for a time-off award.")
add(P, "tsa_training", "hispanic", "Training question: a passenger, [[PERSON:Anselmo Figueroa]], shows a boarding pass with Known Traveler Number [[KNOWN_TRAVELER_NUMBER:158842706]] but his ID says '[[PERSON:Anselmo J. Figueroa-Rios]]'. Does the middle initial mismatch matter for PreCheck? Explain for a new officer.")
add(P, "yaml_config", "hispanic", """fix the indentation in this yaml, it won't load:
applicant:
  name: [[PERSON:Leonel Zamudio]]
    itin: "[[US_ITIN:912-73-5580]]"
  dob: [[DATE_OF_BIRTH:1990-07-08]]
  mailing: "[[STREET_ADDRESS:PO Box 3318, Laredo, TX 78044]]\"""")
add(P, "helpdesk_chat", "hispanic", """[[PERSON:dulce]]: hola, can't get into webTA
tech: whats your name and email
[[PERSON:dulce]]: [[PERSON:dulce maría ledesma]], [[EMAIL_ADDRESS:dulce.ledesma@fema.dhs.gov]]
tech: ok reset sent
^ summarize this ticket in one line""")
add(E, "number_words", "hispanic", "Write this up for the file: the applicant [[PERSON:Esperanza Galindo]] read her social over the phone as [[US_SSN:five three nine, one eight, two two seven four]] and her date of birth as [[DATE_OF_BIRTH:the ninth of March, nineteen eighty-two]].")

# ---------------------------------------------------------------- indian / south asian
add(P, "call_center_note", "indian", """Summarize for the supervisor queue:
Caller: [[PERSON:Harleen Kaur Grewal]], F-1 student, SEVIS ID [[SEVIS_ID:N0034418827]]. Asking whether OPT EAD receipt [[USCIS_RECEIPT_NUMBER:YSC2690145523]] lets her keep working after the card expires. DSO email given: none. Caller email [[EMAIL_ADDRESS:harleen.grewal22@gmail.com]].""")
add(P, "email", "indian", """Rewrite this email so it's shorter:
Dear [[PERSON:Mr. Raghunathan]] -- I'm following up on the H-1B extension for [[PERSON:Venkatesh Raghunathan]] (receipt [[USCIS_RECEIPT_NUMBER:WAC 25 188 30417]]). The RFE response was mailed to [[STREET_ADDRESS:7 Kestrel Court, Edison, NJ 08820]] on the 3rd. Please confirm receipt. Regards""")
add(P, "translation", "indian", "Translate to Hindi for the family: [[PERSON:Priyanka Deshmukh]], your appointment at the Newark field office is moved to 10 am Monday. If you can't attend, your brother can call us, and we can reach you in Pune on [[PHONE_NUMBER:098450 12345]].")
add(P, "stack_trace", "indian", """Why is this throwing? 
Traceback (most recent call last):
  File "notify.py", line 88, in send_batch
    smtp.sendmail(FROM, rec["email"], body)
smtplib.SMTPRecipientsRefused: {'[[EMAIL_ADDRESS:aniruddh.kulkarni@cisa.dhs.gov]]': (550, b'5.1.1 user unknown')}
rec = {'name': '[[PERSON:Aniruddh Kulkarni]]', 'email': '[[EMAIL_ADDRESS:aniruddh.kulkarni@cisa.dhs.gov]]', 'ip': '[[IP_ADDRESS:10.42.17.203]]'}""")
add(P, "sql", "indian", """Is this SQL right for inserting a new FLETC student?
INSERT INTO students (last_name, first_name, ssn, dob, class_id)
VALUES ('[[PERSON:CHAUDHARY]]', '[[PERSON:SUDHIR]]', '[[US_SSN:287401933]]', '[[DATE_OF_BIRTH:1988-12-02]]', 'CITP-26-04');""")
add(P, "perf_review", "indian", "Help me write two sentences of praise for [[PERSON:Meenakshi Iyer]]: she rebuilt the CISA triage dashboard and cut mean time to acknowledge from 40 to 12 minutes. [[PERSON:Meenakshi]] also mentored two interns.")
add(P, "helpdesk_chat", "indian", """Convert this chat into a ticket summary:
<user_7730> my laptop wont connect to vpn from the hotel
<helpdesk> whats the public IP showing on whatismyip
<user_7730> [[IP_ADDRESS:73.118.204.57]]
<helpdesk> ok and your name for the ticket?
<user_7730> [[PERSON:Rohan Bhattacharya]], ext 4471""")
add(P, "shift_note", "indian", """port of entry secondary - pls tidy
truck driver [[PERSON:Gurpreet Singh Dhillon]], CDL (CA) [[US_DRIVER_LICENSE:D7730516]]. FAST card ok. load manifest matched. [[PERSON:Gurpreet]] released lane 7 at 1420.""")
add(P, "course_roster", "indian", """Sort this roster by last name:
[[PERSON:Kavitha Sundararajan]] | CITP-26-04 | [[EMAIL_ADDRESS:kavitha.sundararajan@ice.dhs.gov]] | cell [[PHONE_NUMBER:+1 678 224 9013]]
[[PERSON:Nikhil Patnaik]] | CITP-26-04 | [[EMAIL_ADDRESS:nikhil.patnaik@ice.dhs.gov]] | cell [[PHONE_NUMBER:470-338-1265]]
[[PERSON:Lakshmi Venkataraman]] | CITP-26-04 | [[EMAIL_ADDRESS:l.venkataraman@ice.dhs.gov]] | cell [[PHONE_NUMBER:(404) 719-8832]]""")
add(P, "dict_literal", "indian", """clean up this python dict, keys are inconsistent:
beneficiary = {"Name": "[[PERSON:VENKATARAMAN, Lakshmi]]", "DOB": "[[DATE_OF_BIRTH:17 AUG 1979]]", "passport_no": "[[US_PASSPORT:Z4417326]]", "India_mobile": "[[PHONE_NUMBER:+91 98201 44731]]"}""")
add(E, "spelled_email", "indian", "Pls add to the distro: [[PERSON:nikhil patnaik]], email is [[EMAIL_ADDRESS:nikhil dot patnaik at hq dot dhs dot gov]] -- he asked me not to type it normally because of the spam filter.")

# ---------------------------------------------------------------- chinese
add(P, "ocr_form", "chinese", """OCR from a scanned I-94 printout, please fix the garbled bits:
Most Recent I-94
Admission I-94 Record Number: [[I94_NUMBER:69418822305]]
Most Recent Date of Entry: 2026 Oct 28
Class of Admission: B2
Last/Surname: [[PERSON:ZHANG]]
First (Given) Name: [[PERSON:WEIMING]]
Birth Date: [[DATE_OF_BIRTH:1972 Apr 19]]
Document Number: [[US_PASSPORT:EA4471932]]
Country of Citizenship: China""")
add(P, "call_center_note", "chinese", "Shorten: Student [[PERSON:Liu Yanqiu]] called, SEVIS [[SEVIS_ID:N0029184473]], transfer pending from Ohio State to Purdue. [[PERSON:Yanqiu]] asked if she can travel home over winter break. Advised to ask her DSO. Callback [[PHONE_NUMBER:765-491-2286]].")
add(P, "boarding_report", "chinese", """Write up the narrative:
Squid jigger HAI FENG 11 boarded 0730Z in the high-seas area. Master [[PERSON:CHEN Zhenhai]] (PRC passport [[US_PASSPORT:E81472209]]). Fishing master [[PERSON:Huang Shuping]]. 22 crew. Logbook gaps 3-9 Nov. Crew list photographed.""")
add(P, "csv_export", "chinese", """Fix the delimiter problem in this export (semicolon file opened as comma):
name;dob;phone;address
[[PERSON:Wu Haoran]];[[DATE_OF_BIRTH:03/02/1995]];[[PHONE_NUMBER:(626) 318-4402]];"[[STREET_ADDRESS:918 S Del Mar Ave #12, San Gabriel, CA 91776]]"
[[PERSON:Lin Shufen]];[[DATE_OF_BIRTH:11/30/1961]];[[PHONE_NUMBER:626-571-0938]];"[[STREET_ADDRESS:2440 Hellman Ave, Alhambra, CA 91803]]\"""")
add(P, "travel_voucher", "chinese", "Draft a short note to finance: traveler [[PERSON:Zhao Guoqiang]] paid the rental car on his personal card [[CREDIT_CARD:5164859546084518]] by mistake because the GTCC was declined. He needs reimbursement through the voucher, not a split disbursement.")
add(P, "email", "chinese", """Make this sound less curt:
[[PERSON:Tsai]] -- the detail roster needs your Known Traveler Number for the advance flight, not your passport. Send it today. KTN on file for [[PERSON:Tsai Ming-hui]] is [[KNOWN_TRAVELER_NUMBER:987104552]], please confirm it's still valid.""")
add(P, "drc_log", "chinese", """translate the survivor's statement to English for the DRC log:
我叫[[PERSON:邱雨婷]]，住在[[STREET_ADDRESS:7730 Ridgeway Blvd Apt 5F, Houston, TX 77036]]。电话[[PHONE_NUMBER:713-774-2185]]。房子被水淹了。""")
add(P, "perf_review", "chinese", "rewrite for the SES reviewer: [[PERSON:deng zhiwei]] led the night IR rotation on the water utility ransomware case. [[PERSON:deng]] was on the bridge for 31 hours straight and wrote the first draft of the AAR.")
add(P, "timesheet", "chinese", """timesheet rows are off by a column, fix:
emp	ssn	hrs	code
[[PERSON:SUN, LIHUA]]	[[US_SSN:539-18-2274]]	80	REG""")
add(E, "fullwidth_digits", "chinese", "Please type this up: traveler [[PERSON:Qiu Yuting]], contact phone [[PHONE_NUMBER:（６２６）４４１－７０３８]], date of birth [[DATE_OF_BIRTH:１９９３年５月１６日]].")
add(E, "line_split", "chinese", """OCR output, join the broken lines:
Applicant: [[PERSON:Chen Zhen-
hai]]   A-Number: [[A_NUMBER:A 098-
765-431]]
Receipt: [[USCIS_RECEIPT_NUMBER:LIN26140
58821]]""")

# ---------------------------------------------------------------- vietnamese
add(P, "call_center_note", "vietnamese", "Translate to Vietnamese so I can read it back to the caller: [[PERSON:Nguyễn Thị Hồng Nhung]], your naturalization interview notice was mailed to [[STREET_ADDRESS:10452 Bolsa Ave Unit 7, Westminster, CA 92683]]. Your A-Number on the notice is [[A_NUMBER:A-215-330-481]].")
add(P, "shift_note", "vietnamese", """Shift notes, turn into proper paragraph:
- 1930 marine unit contact, 2 on jon boat. operator [[PERSON:TRAN VAN KHAI]], dob [[DATE_OF_BIRTH:08-23-1966]], LA fishing lic ok
- [[PERSON:Khai]]'s son [[PERSON:Tran Minh Duc]] aboard, no PFD for him, warning
- 2010 RTB""")
add(P, "json_payload", "vietnamese", """Pretty print this:
{"case":"DR-4821-TX-0092","applicant":{"name":"[[PERSON:Phạm Quang Vinh]]","phone":"[[PHONE_NUMBER:832-419-5507]]","email":"[[EMAIL_ADDRESS:phamquangvinh88@yahoo.com]]"},"damaged_address":"[[STREET_ADDRESS:6211 Bellaire Blvd Apt 210, Houston, TX 77081]]"}""")
add(P, "email", "vietnamese", "Proofread: Hi [[PERSON:Thu Ha]], confirming your FLETC slot for UPTP class 26-07. Please bring your passport ([[US_PASSPORT:A04417329]]) and a printed copy of your travel orders. -- [[PERSON:Lê Thị Thu Hà]]'s supervisor wants a copy of the orders too.")
add(P, "perf_review", "vietnamese", "Draft an award nomination for TSO [[PERSON:Vo Quoc Bao]]: caught a prohibited item at checkpoint B that three earlier screens missed, then coached the lane on the image. [[PERSON:Bao]] has had zero attendance issues in 3 years.")
add(P, "csv_export", "vietnamese", """pipe-delimited, make it a markdown table:
ho_ten|ngay_sinh|sdt
[[PERSON:Huỳnh Thanh Tâm]]|[[DATE_OF_BIRTH:12/01/1987]]|[[PHONE_NUMBER:714-893-6620]]
[[PERSON:Đặng Văn Lộc]]|[[DATE_OF_BIRTH:04/19/1958]]|[[PHONE_NUMBER:714-531-2279]]""")
add(P, "bank_form", "vietnamese", """Direct deposit form is rejected, check what's wrong:
Account holder: [[PERSON:BUI THI MAI]]
Routing: [[ABA_ROUTING_NUMBER:225285574]]
Account: [[US_BANK_NUMBER:3381920471]]
Type: checking""")
add(P, "helpdesk_chat", "vietnamese", """summarize:
14:02 caller says she is [[PERSON:duong minh chau]], can't reach the TSA training portal
14:03 i asked for her work email: [[EMAIL_ADDRESS:minhchau.duong@tsa.dhs.gov]]
14:05 portal showed her account disabled for inactivity, re-enabled""")
add(P, "drc_log", "vietnamese", "Translate survivor intake to English: Tôi tên là [[PERSON:Phan Thị Kim Oanh]], sinh ngày [[DATE_OF_BIRTH:14/02/1970]], nhà ở [[STREET_ADDRESS:3318 Kessler St, Port Arthur, TX 77642]] bị ngập. Số điện thoại [[PHONE_NUMBER:409-982-3316]].")
add(E, "line_split", "vietnamese", """fix this OCR:
Name: [[PERSON:HOANG DUC THINH]]
SSN: [[US_SSN:161-82-
4490]]  Phone: [[PHONE_NUMBER:(504) 341-
7725]]""")
add(E, "zero_width", "vietnamese", "Reword: the petitioner [[PERSON:Ng\u200buy\u200bễn Văn Sơn]] wants to update his mailing address before the oath ceremony.")

# ---------------------------------------------------------------- korean
add(P, "call_center_note", "korean", "Tidy: caller [[PERSON:Park Sang-woo]] asking on behalf of wife [[PERSON:Kim Da-som]], I-485 receipt [[USCIS_RECEIPT_NUMBER:MSC2691204488]]. Biometrics letter never arrived. Verified DOB [[DATE_OF_BIRTH:6/4/1989]]. [[PERSON:Sang-woo]] will call back Friday.")
add(P, "protective_schedule", "korean", """Reformat as YAML for the scheduling tool:
Advance team, site 3
lead: SA [[PERSON:Choi Gyu-ri]] ([[PHONE_NUMBER:571-208-4419]])
tech: SA [[PERSON:Yoon Hae-won]] ([[PHONE_NUMBER:571-208-6632]])
K9: unassigned""")
add(P, "email", "korean", """Translate to Korean for the applicant's parents:
Your son [[PERSON:Jang Dong-wook]] passed the CBP officer physical. He will receive his FLETC report date by email at [[EMAIL_ADDRESS:dwjang.cbp@gmail.com]].""")
add(P, "course_roster", "korean", """Combine these two lists into one CSV:
list A: [[PERSON:HAN EUN-JI]], [[PERSON:KANG TAE-SUNG]]
list B: [[PERSON:Lim Soo-jin]] (EDIPI [[DOD_EDIPI:1487203361]]), [[PERSON:Oh Jae-hyun]] (EDIPI [[DOD_EDIPI:1520948817]])""")
add(P, "travel_voucher", "korean", "Turn into a voucher justification: [[PERSON:Shin Yu-na]] drove POV from [[STREET_ADDRESS:4508 Ravenwood Dr, Annandale, VA 22003]] to the Charleston FLETC site because no flights matched the report time; 527 miles each way.")
add(P, "dict_literal", "korean", """what does this JS do, and is it safe to log?
const emp = { name: "[[PERSON:Bae Chang-hyun]]", ssn: "[[US_SSN:605-29-7713]]", dob: "[[DATE_OF_BIRTH:1984-10-31]]" };
console.log(JSON.stringify(emp));""")
add(P, "shift_note", "korean", "my notes from the checkpoint, fix spelling: pax [[PERSON:kim da-som]] alarmed wtmd twice, pat down negative, bag had 3 ozs liquid over. pax was calm. ok'd by STSO.")
add(P, "boarding_report", "korean", """Boarding summary needs translating to plain English:
Vessel: F/V OCEAN GRACE
Owner/op: [[PERSON:Choi Gyu-ri]] (Korean national), passport [[US_PASSPORT:M48127735]]
US contact: [[PHONE_NUMBER:808-841-2297]]
Finding: VMS transponder off 14 hrs""")
add(E, "number_words", "korean", "write it as a memo: [[PERSON:Kang Tae-sung]] gave his date of birth as [[DATE_OF_BIRTH:the fourth of July, nineteen eighty-eight]] and his cell as [[PHONE_NUMBER:two one three, five five eight, four four zero one]].")
add(E, "fullwidth_digits", "korean", "Please convert this to regular text: 신청인 [[PERSON:윤해원]] 전화 [[PHONE_NUMBER:０１０－２２８４－７７３１]] 생년월일 [[DATE_OF_BIRTH:１９９１．０３．２２]]")

# ---------------------------------------------------------------- filipino
add(P, "call_center_note", "filipino", "Clean up: caller [[PERSON:Maricel Tumulak]] is the petitioner for her mother, I-130 receipt [[USCIS_RECEIPT_NUMBER:NBC2614407719]]. Mother's number in Manila [[PHONE_NUMBER:0917 842 3316]]. [[PERSON:Maricel]] wants to know if the NVC fee can be paid from abroad.")
add(P, "boarding_report", "filipino", """Fix grammar, keep the format:
CREW LIST CHECK - M/V PACIFIC LANTERN
1. [[PERSON:PANGILINAN, RODEL]] - bosun - seaman's book ok
2. [[PERSON:MACARAEG, JOCELYN]] - cook - [[US_PASSPORT:P2284017A]]
3. [[PERSON:DIZON, ARNEL BAUTISTA]] - AB - D1 visa expired 2026-11-02""")
add(P, "email", "filipino", """Make this a polite reminder:
To: [[EMAIL_ADDRESS:lourdes.tolentino@fema.dhs.gov]]
[[PERSON:Lourdes]] - your travel voucher for the Guam deployment is still open. Mailing address on file is [[STREET_ADDRESS:PSC 455 Box 1182, FPO AP 96540]]; please confirm that is still correct. - [[PERSON:Jericho Dimalanta]], Finance""")
add(P, "timesheet", "filipino", "Explain why my timesheet rejected: Name: [[PERSON:Rowena Cabrera Sison]], SSN [[US_SSN:048613352]], hours 40 REG + 8 HOL but holiday code was HOL1 instead of HOL.")
add(P, "drc_log", "filipino", """DRC Saipan - closeout notes, make them bullets:
[[PERSON:Efren Magbanua]] visited re: rental assistance, phone [[PHONE_NUMBER:670-234-8817]]
[[PERSON:Marites Lacson]] dropped off missing receipts
[[PERSON:Efren]] came back at 1600 for a status update""")
add(P, "translation", "filipino", "Translate into Tagalog: Dear [[PERSON:Noel Agbayani]], your biometrics appointment is on 12/18 at 9:00 AM. Bring this letter. If you need to reschedule, call [[PHONE_NUMBER:(808) 532-7784]] and mention your A-number [[A_NUMBER:A-203-918-447]].")
add(P, "perf_review", "filipino", "punch up this kudos note for [[PERSON:Gerlie Panganiban]] -- she worked three 14-hour days at the Maui DRC and handled every Ilocano-speaking survivor. [[PERSON:Gerlie]] never complained once.")
add(P, "basic_auth", "filipino", """my curl is returning 401, what's wrong?
curl -H "Authorization: Basic [[PASSWORD:amJhdXRpc3RhOk1heW9uIVN1bnJpc2UyMDI2]]" https://rollcall.ops.fema.local/api/v2/shifts?user=ops-0412
(account belongs to [[PERSON:Jun Bautista]])""")
add(P, "markdown_table", "filipino", """Add a column for 'status' to this table:
| Name | Unit | Phone |
|---|---|---|
| [[PERSON:Maricel Ocampo Dizon]] | Sector 3 | [[PHONE_NUMBER:(671) 477-2290]] |
| [[PERSON:Ramon Tolentino]] | Sector 4 | [[PHONE_NUMBER:671-646-3381]] |""")
add(E, "number_words", "filipino", "Encode this for the log: callback number for [[PERSON:Jocelyn Macaraeg]] is [[PHONE_NUMBER:oh nine one seven, eight four two, three three one six]] (Philippines).")
add(E, "spelled_email", "filipino", "Forward the checklist to [[PERSON:Arnel Dizon]]: [[EMAIL_ADDRESS:arnel.dizon (at) uscg (dot) mil]]")

# ---------------------------------------------------------------- arabic
add(P, "call_center_note", "arabic", """Translate this caller summary to Arabic:
Caller [[PERSON:Khalid Al-Mansouri]] asked about his asylum EAD. Receipt [[USCIS_RECEIPT_NUMBER:SRC2509911437]]. Mailing address [[STREET_ADDRESS:1420 W Warren Ave Apt 2, Dearborn, MI 48126]]. Prefers Arabic interpreter for callbacks on [[PHONE_NUMBER:313-584-2046]].""")
add(P, "shift_note", "arabic", """secondary notes - clean up
pax [[PERSON:YASMIN HADDAD]] arr from AMM, US LPR, A# [[A_NUMBER:A 207 664 190]]
brother [[PERSON:Omar Farouk Nasser]] waiting in arrivals, Egypt cell [[PHONE_NUMBER:010 2345 6789]]
admitted 1710, no issues""")
add(P, "html_form", "arabic", """Why doesn't this form prefill?
<form id="intake">
  <input name="applicant" value="[[PERSON:Rania El-Sayed]]">
  <input name="dob" value="[[DATE_OF_BIRTH:1983-01-27]]">
  <input name="email" value="[[EMAIL_ADDRESS:rania.elsayed@hotmail.com]]">
</form>""")
add(P, "perf_review", "arabic", "polish: [[PERSON:Tariq]] consistently closes his CISA tickets with complete IOCs. [[PERSON:Tariq Bin Saleh]] also volunteered to build the new phishing triage runbook.")
add(P, "bank_form", "arabic", "Draft a letter confirming the payee change: beneficiary [[PERSON:Mahmoud Abdelrahman]], new routing number [[ABA_ROUTING_NUMBER:626998431]], account [[US_BANK_NUMBER:71148820936]], effective next pay period.")
add(P, "travel_voucher", "arabic", """Check the math on this voucher:
Traveler: [[PERSON:AL-KHATIB, HUDA]]
Lodging 4 x 158 = 632
M&IE 4 x 79 = 316
Card: [[CREDIT_CARD:4012809243958255]]""")
add(P, "course_roster", "arabic", """FLETC LEOTP-26-11 roster (tab-separated), please sort by class number:
[[PERSON:Samir Darwish]]	class 11	[[EMAIL_ADDRESS:samir.darwish@cbp.dhs.gov]]
[[PERSON:Nour Barakat]]	class 11	[[EMAIL_ADDRESS:nour.barakat@cbp.dhs.gov]]
[[PERSON:Faisal Al-Otaibi]]	class 10	[[EMAIL_ADDRESS:faisal.alotaibi@cbp.dhs.gov]]""")
add(P, "translation", "arabic", "ترجم إلى الإنجليزية: اسمي [[PERSON:ليلى الشمري]]، رقم هاتفي [[PHONE_NUMBER:0100 482 7719]] وأسكن في القاهرة. أريد معرفة حالة طلبي.")
add(P, "cui_banner", "arabic", """Summarize this memo in 3 bullets:
[[CUI_MARKING:CUI]]
[[CUI_MARKING:Controlled by: USCIS FDNS Directorate]]
Subject: site visit for petitioner [[PERSON:Samir Darwish]], employer address [[STREET_ADDRESS:880 Michigan Ave Suite 400, Dearborn, MI 48124]]
Findings: business operating, 4 employees observed.
[[CUI_MARKING:CUI]]""")
add(E, "zero_width", "arabic", "Rewrite as a formal referral: applicant [[PERSON:Kha\u200blid Al-\u200bMansouri]] was referred to FDNS after the interview.")
add(E, "cyrillic_homoglyph", "arabic", "Please make this into a sentence: client [[PERSON:Оmar Nаsser]] (written with odd characters on the form), call-back [[PHONE_NUMBER:313-584-2047]].")

# ---------------------------------------------------------------- somali
add(P, "call_center_note", "somali", """Tidy up this note for the file:
Caller [[PERSON:Abdikarim Farah Warsame]] re refugee travel document, receipt [[USCIS_RECEIPT_NUMBER:IOE-09-552-81774]]. Lives at [[STREET_ADDRESS:2105 Cedar Ave S Apt 1012, Minneapolis, MN 55404]]. [[PERSON:Abdikarim]] asked for Somali interpreter next time.""")
add(P, "drc_log", "somali", "Make a summary line for each: 0900 [[PERSON:Nimco Mohamud Ugaas]] registered, 3 kids, apt flooded; 0945 [[PERSON:Ayaan Hassan Abdi]] needs transport to DRC tomorrow, phone [[PHONE_NUMBER:(614) 273-8841]]; 1030 [[PERSON:Nimco]] returned with lease.")
add(P, "shift_note", "somali", """rewrite for the TECS narrative, formal tone:
subj [[PERSON:MOHAMED YUSUF GULED]] dob [[DATE_OF_BIRTH:07/19/1990]] arrived via NBO-AMS-MSP. passport [[US_PASSPORT:561042873]] (US). declared 9,800 USD. no issue.""")
add(P, "sql", "somali", """this query returns nothing, why?
SELECT * FROM callers WHERE full_name = '[[PERSON:Fadumo Ali Nur]]' AND phone = '[[PHONE_NUMBER:612-874-0093]]' AND dob = '[[DATE_OF_BIRTH:1975/12/11]]';""")
add(P, "email", "somali", """Shorten this email:
Hi [[PERSON:Abdiwali]],
Thanks for translating at the Columbus DRC yesterday. Please send your timesheet by Friday. Also [[PERSON:Sahra Ismail Dirie]] says she owes you a ride home -- her number is [[PHONE_NUMBER:614-559-2036]].
-- [[PERSON:Liban Abdullahi Egal]]""")
add(P, "perf_review", "somali", "help me write a 2-line recognition for [[PERSON:Muna Ahmed Samatar]] who ran the Somali language line at the call center during the surge. [[PERSON:Muna]] took 212 calls in a week.")
add(P, "key_value", "somali", """Convert to JSON:
full_name: [[PERSON:Khadar Omar Duale]]
ssn: [[US_SSN:372551048]]
dob: [[DATE_OF_BIRTH:03 MAR 1974]]
address: [[STREET_ADDRESS:4411 Harvey Ave, Columbus, OH 43229]]""")
add(P, "password_prose", "somali", "Write a quick reply to [[PERSON:Ifrah Aden Mohamud]] saying I received her login. She wrote: 'my password for the DRC tablet is [[PASSWORD:Xamar-Cadde#41]] and the PIN is on the sticky note'.")
add(E, "spelled_email", "somali", "Add this contact: [[PERSON:Nimco Ugaas]], email [[EMAIL_ADDRESS:n.ugaas at uscis dot dhs dot gov]], she's the new ISO at the St Paul office.")
add(E, "spaced_digits", "somali", "Retype this line cleanly: Beneficiary [[PERSON:Ifrah Aden]] -- A# [[A_NUMBER:A 2 1 9 4 4 0 7 7 1]]")
add(E, "html_entity", "somali", "Decode and summarize: <td>[[PERSON:Liban&nbsp;Egal]]</td><td>[[EMAIL_ADDRESS:liban.egal&#64;fema.dhs.gov]]</td>")

# ---------------------------------------------------------------- nigerian
add(P, "call_center_note", "nigerian", "Fix typos: Caller [[PERSON:Chukwuebuka Okonkwo]] asking about K-1 for fiancée [[PERSON:Ngozi Iheanacho]] in Lagos, reachable on [[PHONE_NUMBER:0803 517 2294]]. Receipt [[USCIS_RECEIPT_NUMBER:IOE 09 774 10352]]. [[PERSON:Ebuka]] (he goes by [[PERSON:Ebuka]]) will upload the evidence tonight.")
add(P, "incident_ticket", "nigerian", """Summarize this CISA ticket for the morning brief:
INC-2026-118407 | sev 3 | phishing
Reporter: [[PERSON:Oluwatobi Fashola]] <[[EMAIL_ADDRESS:oluwatobi.fashola@cisa.dhs.gov]]>
Source IP of the lure: [[IP_ADDRESS:185.220.101.47]]
User workstation: [[IP_ADDRESS:10.14.8.66]]
Status: contained, creds reset""")
add(P, "perf_review", "nigerian", "Rewrite with a warmer tone: [[PERSON:BABAJIDE OLATUNBOSUN]] exceeded all elements. Mr. [[PERSON:Olatunbosun]] led 14 boardings without a single safety finding.")
add(P, "csv_export", "nigerian", """CSV won't import, fix quoting:
beneficiary,bank_routing,account,amount
[[PERSON:Nwosu, Chiamaka]],[[ABA_ROUTING_NUMBER:613941750]],[[US_BANK_NUMBER:000482291735]],4200.00
[[PERSON:Obi, Adaeze]],[[ABA_ROUTING_NUMBER:643755408]],[[US_BANK_NUMBER:7720014583]],3150.00""")
add(P, "email", "nigerian", """Please make this email more concise:
Good morning [[PERSON:Ikechukwu]],
Per our call, I have updated your emergency contact to [[PERSON:Folake Adeyemi]] at [[PHONE_NUMBER:(281) 940-3372]]. Your home address is now [[STREET_ADDRESS:15230 Cypress Hill Dr, Cypress, TX 77429]].
Regards,
[[PERSON:Yetunde Bakare]], HR Specialist""")
add(P, "tsa_training", "nigerian", "Quiz question for new TSOs, please improve the wording: Passenger [[PERSON:Obinna Nnamdi]] presents a Nigerian passport [[US_PASSPORT:A09914327]] and a boarding pass with name [[PERSON:OBINNA NNAMDI OKAFOR]]. Is this an acceptable match?")
add(P, "helpdesk_chat", "nigerian", """[user_4471] hey I got locked out of the SharePoint
[user_4471] my new password is [[PASSWORD:Kano2026!rain]] but it says invalid
[helpdesk-bot] Please never share passwords in chat.
can you explain to [[PERSON:Aminu]] why this is bad, nicely?""")
add(P, "dict_literal", "nigerian", """Convert to a dataclass:
record = {'applicant': '[[PERSON:Adaeze Obi]]', 'itin': '[[US_ITIN:931-84-2267]]', 'dob': '[[DATE_OF_BIRTH:19-SEP-1992]]', 'phone_ng': '[[PHONE_NUMBER:0806 223 9140]]'}""")
add(P, "shift_note", "nigerian", """Write up: 2130 traffic stop assist, driver [[PERSON:chiamaka nwosu]], TX DL [[US_DRIVER_LICENSE:37194206]], vehicle registered to [[PERSON:ikenna obiora]]. released w/ warning.""")
add(E, "number_words", "nigerian", "Type this dictated note: her social is [[US_SSN:two two eight, zero seven, six six one nine]] and her name is [[PERSON:Folake Adeyemi]].")
add(E, "digit_for_letter", "nigerian", "proofread: SSN for [[PERSON:Babajide Olatunbosun]] is [[US_SSN:5l7-93-O485]] (from the handwritten form)")

# ---------------------------------------------------------------- haitian
add(P, "call_center_note", "haitian", "Translate into Haitian Creole: [[PERSON:Marie-Carmelle Ulysse]], your TPS re-registration receipt is [[USCIS_RECEIPT_NUMBER:IOE0917788412]]. We mailed your card to [[STREET_ADDRESS:671 NE 82nd St Apt 3, Miami, FL 33138]].")
add(P, "drc_log", "haitian", """DRC log day 3, turn into a short paragraph:
- [[PERSON:Wesner Pierre-Louis]] roof damage, phone [[PHONE_NUMBER:305-758-4127]]
- [[PERSON:Guerline Saint-Vil]] needs Kreyòl interpreter
- [[PERSON:Wesner]] returned with landlord letter""")
add(P, "shift_note", "haitian", """Coast Guard cutter notes, clean up:
interdicted sail freighter, 47 migrants. one adult gave name [[PERSON:Jean-Robert Dorvil]], dob [[DATE_OF_BIRTH:14 JAN 1985]]. second gave name [[PERSON:NADÈGE BELLEGARDE]]. both repatriated per SOP.""")
add(P, "json_payload", "haitian", """validate:
[{"petitioner":"[[PERSON:Fritznel Célestin]]","a_number":"[[A_NUMBER:A-219-330-814]]","phone":"[[PHONE_NUMBER:+1 (617) 298-4471]]"},
 {"petitioner":"[[PERSON:Mirlande Jean-Charles]]","a_number":"[[A_NUMBER:A219330827]]","phone":"[[PHONE_NUMBER:617.436.2290]]"}]""")
add(P, "email", "haitian", """Soften this please:
[[PERSON:Rosemond]], you need to submit the I-94 copy for your wife [[PERSON:Widline Exantus]] -- record number [[I94_NUMBER:48291037523]] -- before we can close the case. [[PERSON:Rosemond Exantus]], this is the third request.""")
add(P, "timesheet", "haitian", "why is my overtime wrong: [[PERSON:Augustin, Widline]] SSN [[US_SSN:228-07-6619]] worked 46 hrs week 1, 40 week 2, but OT shows 0.")
add(P, "perf_review", "haitian", "Edit for clarity: [[PERSON:Ketly Délva]] covered every Creole call on the TPS line for a month. [[PERSON:Ketly]] deserves an on-the-spot award.")
add(P, "translation", "haitian", "Tradui an anglè: Mwen rele [[PERSON:Jocelyn Métellus]]. Mwen fèt [[DATE_OF_BIRTH:12 me 1979]]. Nimewo telefòn mwen se [[PHONE_NUMBER:954-731-6628]].")
add(P, "classification_banner", "haitian", """Summarize this cable for my team lunch brief:
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Source reports maritime departures planned from northern coast within 72 hrs.
[[CLASSIFICATION_MARKING:(U)]] Contact for follow-up: [[PERSON:Jean-Robert Dorvil]] (liaison).
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]""")
add(E, "spaced_digits", "haitian", "Rewrite: SSN for [[PERSON:Nadège Bellegarde]] was entered as [[US_SSN:5 1 7 9 3 0 4 8 6]] by the kiosk.")
add(E, "line_split", "haitian", """Fix the broken table:
Nom: [[PERSON:Rosemond
Exantus]]
Telefòn: [[PHONE_NUMBER:954-
731-6629]]""")

# ---------------------------------------------------------------- slavic
add(P, "call_center_note", "slavic", "Translate to Ukrainian: Dear [[PERSON:Dmytro Kovalenko]], your Uniting for Ukraine parole receipt [[USCIS_RECEIPT_NUMBER:IOE0922145567]] is approved. Your I-94 number is [[I94_NUMBER:36652179201]].")
add(P, "drc_log", "slavic", "Make bullets: [[PERSON:Oleksandra Hrytsenko]] came in with her sponsor, no damage docs; sponsor phone [[PHONE_NUMBER:(503) 221-7740]]. [[PERSON:Oleksandra]] will return Monday.")
add(P, "boarding_report", "slavic", """Boarding narrative draft, improve:
M/V BALTIC DAWN, master [[PERSON:VOLKOV, Aleksandr]], Russian national, seaman's passport [[US_PASSPORT:621448903]]. Chief mate [[PERSON:Miroslav Novák]]. Oily water separator log incomplete.""")
add(P, "email", "slavic", """Make it friendlier:
[[PERSON:Małgorzata]], please send your FLETC housing form again, the PDF you sent to [[EMAIL_ADDRESS:fletc.housing.ops@fletc.dhs.gov]] was blank. Your SEVIS ID for the exchange program [[SEVIS_ID:N0031927745]] doesn't go on this form. -- [[PERSON:Małgorzata Zielińska]]'s sponsor""")
add(P, "perf_review", "slavic", "help with wording: [[PERSON:Snezhana Petrova]] set up the Russian-language hotline during the surge. [[PERSON:Snezhana]] also wrote the scripts.")
add(P, "key_value", "slavic", """Convert this German form into English keys:
Antragsteller: [[PERSON:Bogdan Lazarević]]
Geburtsdatum: [[DATE_OF_BIRTH:21.06.1977]]
Reisepass: [[US_PASSPORT:008811244]]
Anschrift: [[STREET_ADDRESS:Kastanienallee 41, 10435 Berlin]]""")
add(P, "csv_export", "slavic", """semicolon csv -> markdown table:
jmeno;telefon;email
[[PERSON:Pavel Procházka]];[[PHONE_NUMBER:(773) 486-1192]];[[EMAIL_ADDRESS:pprochazka@gmail.com]]
[[PERSON:Jelena Stojiljković]];[[PHONE_NUMBER:773-235-0046]];[[EMAIL_ADDRESS:jelena.stojil77@yahoo.com]]""")
add(P, "aws_keys", "slavic", """[[PERSON:Yuriy Shevchuk]] pasted this in our channel, is it a problem?
[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAJ99IBAG7I1MNBQNS]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA+]]""")
add(P, "shift_note", "slavic", "night shift, fix grammar: stopped [[PERSON:zofia kowalczyk]] at the I-94 booth, overstayed B2 by 40 days, [[PERSON:zofia]] says her flight was cancelled. referred to supervisor.")
add(E, "cyrillic_homoglyph", "slavic", "Retype: reporter [[PERSON:Оksana Hrytsеnko]] email [[EMAIL_ADDRESS:оksana.h@gmail.com]]")
add(E, "spelled_email", "slavic", "CC [[PERSON:Yuriy]] on this: [[EMAIL_ADDRESS:yshevchuk [at] cisa [dot] dhs [dot] gov]]")

# ---------------------------------------------------------------- other origins
add(P, "protective_schedule", "african_american", """Turn this into a calendar invite body:
Protective detail shift change 1800. Incoming shift lead SA [[PERSON:Dashiell Whitfield]], outgoing ATSAIC [[PERSON:LaToya Pettaway]]. Command post landline for the night: ask [[PERSON:LaToya]]. Personal cell for [[PERSON:Dashiell]]: [[PHONE_NUMBER:(240) 377-8192]].""")
add(P, "timesheet", "african_american", "fix format: [[PERSON:Marcus Tillery]] | SSN [[US_SSN:517-93-0485]] | 80 REG | 4 CT earned")
add(P, "call_center_note", "pacific_islander", "Clean this up: caller [[PERSON:Sione Vaipulu]] from [[STREET_ADDRESS:94-1038 Waipahu St Apt 7, Waipahu, HI 96797]] asking about his mother's green card replacement. [[PERSON:Sione]] can be reached at [[PHONE_NUMBER:808-677-3340]].")
add(P, "drc_log", "pacific_islander", "bullets please: American Samoa DRC, [[PERSON:Malia Fa'asavalu]] registered, house in Leone destroyed, phone [[PHONE_NUMBER:684-699-2217]]. [[PERSON:Malia]] needs tarp and water.")
add(P, "course_roster", "nordic", """Make this roster alphabetical:
[[PERSON:Solberg, Ingrid]] - MPC-26-02 - [[EMAIL_ADDRESS:ingrid.solberg@uscg.mil]]
[[PERSON:Eklund, Lars]] - MPC-26-02 - [[EMAIL_ADDRESS:lars.eklund@uscg.mil]]""")
add(P, "dod_form", "nordic", "Rewrite as a sentence: Member [[PERSON:Henrik Aasgaard]], EDIPI [[DOD_EDIPI:1376620459]], address [[STREET_ADDRESS:Unit 8400 Box 112, APO AE 09180]], deploying 1/5.")
add(P, "course_roster", "mixed", """FLETC roster, sort by agency and give counts:
last,first,agency,email
[[PERSON:Okorie]],[[PERSON:Ikechukwu]],CBP,[[EMAIL_ADDRESS:ikechukwu.okorie@cbp.dhs.gov]]
[[PERSON:Quach]],[[PERSON:Bao Tran]],ICE,[[EMAIL_ADDRESS:baotran.quach@ice.dhs.gov]]
[[PERSON:Whitcombe]],[[PERSON:Dwayne]],CBP,[[EMAIL_ADDRESS:dwayne.whitcombe@cbp.dhs.gov]]
[[PERSON:Kowalczyk]],[[PERSON:Zofia]],FPS,[[EMAIL_ADDRESS:zofia.kowalczyk@fps.dhs.gov]]""")
add(P, "shift_note", "mixed", """Combine into one narrative:
agent 1: detained [[PERSON:Liban Egal]] and [[PERSON:Juan Carlos Ibarra]] near the levee, both w/o docs
agent 2: [[PERSON:Ibarra]] had a Mexican voter ID, address [[STREET_ADDRESS:Calle Hidalgo 214, Col. Centro, 44100 Guadalajara, Jal.]]""")

# ---------------------------------------------------------------- blocks without names
add(P, "classification_banner", None, """Rewrite this paragraph so it reads better:
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Collection indicates the smuggling network shifted its staging area east of the port of entry during the week of 17 November.
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]""")
add(P, "classification_banner", None, "Can you make this into a slide bullet? [[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]] - partner services confirm the vessel departed with AIS disabled.")
add(P, "portion_mark", None, "Summarize: [[CLASSIFICATION_MARKING:(C)]] The cutter will shift its patrol box 40 nm north starting Tuesday. [[CLASSIFICATION_MARKING:(U)]] Crew rest schedule unchanged.")
add(P, "portion_mark", None, "one-line summary pls: [[CLASSIFICATION_MARKING:(S//NF)]] Two additional tunnels suspected under the Nogales drainage.")
add(P, "classification_banner", None, """shorten for the email subject line:
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]
Weekly maritime threat roll-up, District 7
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]""")
add(P, "cui_banner", None, """Turn this into an executive summary:
[[CUI_MARKING:CUI//SP-PRVCY]]
Incident: lost laptop at the Dulles checkpoint, 1,200 traveler records possibly affected.
Status: device encrypted, remote wipe issued 14:10.""")
add(P, "cui_banner", None, """fix the formatting of this header block:
[[CUI_MARKING:CONTROLLED]]
[[CUI_MARKING:Controlled by: DHS/CISA/NRMC]]
[[CUI_MARKING:CUI Category: CRITICAL INFRASTRUCTURE]]
[[CUI_MARKING:Distribution/Dissemination Control: FEDCON]]
POC: CISA Region 6 duty desk""")
add(P, "legacy_marking", None, "Is this paragraph clear? [[CUI_MARKING:FOR OFFICIAL USE ONLY]] -- the rollover plan for checkpoint staffing during the holiday surge moves 40 TSOs from Terminal A to C.")
add(P, "legacy_marking", None, """Summarize this page:
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Operation schedule for the Q1 joint sweep at the truck crossing, lanes 3-6 only.""")
add(P, "legacy_marking", None, """Proofread the header:
[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Checkpoint layout revision 4, Terminal B""")
add(P, "legacy_marking", None, "Reword for a briefing: [[CUI_MARKING:PCII]] submission from the water utility describes their SCADA segmentation gaps.")
add(P, "legacy_marking", None, "tidy: [[CUI_MARKING:(FOUO)]] Staffing plan attached. [[CUI_MARKING:(CVI)]] Facility tiering results for site 22 pending.")
add(P, "legacy_marking", None, "make this shorter: [[CUI_MARKING:SBU]] - the revised duty roster and radio channel plan for the convention are below.")
add(P, "netrc", None, """why does ftp keep prompting me?
~/.netrc
machine sftp.ops-transfer.cbp.local
login svc_manifest
password [[PASSWORD:Mesquite!Rail88]]""")
add(P, "password_prose", None, "Help me write instructions for the night shift: the shared kiosk account is fema-drc-12 and the password is [[PASSWORD:Tarp&Lantern#6]]; they should log out after every survivor.")
add(P, "password_prose", None, "Translate to Spanish for the DRC volunteers: Wi-Fi network DRC-GUEST, contraseña: [[PASSWORD:Huracan2026!]]")
add(P, "password_prose", None, """Übersetze bitte ins Englische:
Benutzername: fletc_lab07
Passwort: [[PASSWORD:Glynco-Moos_44]]""")
add(P, "password_prose", None, "Traduire en anglais : l'identifiant est cbp-liaison-mtl et le mot de passe est [[PASSWORD:Fleuve*Hiver19]].")
add(P, "key_value", None, """Is this config valid?
host: radio-gw.ops.local
user: dispatch
pass: [[PASSWORD:Channel9-Kettle!]]
port: 2222""")
add(P, "connection_string", None, """Debug: psycopg2 says authentication failed
DATABASE_URL=[[CONNECTION_STRING:postgresql://svc_drc:W1ndBreak-Atlas@drc-db.fema.internal:5432/registrations]]""")
add(P, "connection_string", None, """Why does this .NET string fail on the new SQL box?
"ConnectionStrings": { "Cases": "[[CONNECTION_STRING:Server=tcp:uscis-cc-sql02,1433;Database=CallNotes;User Id=ccapp;Password=Bluebonnet#7781;Encrypt=True;]]" }""")
add(P, "connection_string", None, "mongo connect keeps timing out: [[CONNECTION_STRING:mongodb+srv://tsa_train:Pr3Check-Sand@cluster0.tsa-lms.mongodb.net/quizzes]]")
add(P, "git_token", None, """CI fails with 401 on clone, see config:
git clone https://x-access-token:[[GITHUB_TOKEN:ghp_AIxNKu8iS2G8NPRVdD53X83RZJzzzzgEOzdm]]@github.com/dhs-ops/shift-tools.git""")
add(P, "git_token", None, """.gitlab-ci.yml question, why isn't the variable picked up?
variables:
  DEPLOY_TOKEN: "[[GITLAB_TOKEN:glpat-HyS5SUkCnD8zRA9a9Skp]]\"""")
add(P, "slack_token", None, """My bot isn't posting to #drc-ops:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-7714820936-5520193847712-JEYXg4JdpmrcXgGCJbW56eCu]]
channel id C07R2K8PL""")
add(P, "jwt", None, """Decode this token and tell me when it expires:
[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZHJvLXN5bmMiLCJpYXQiOjE3NjQ3MjAwMDAsInNjb3BlIjoiY2FzZXMucmVhZCJ9.q7Xb2Lr9TnVw0pZk3YcFh8sJd4GmUe1aRo6tKiWlBvN]]""")
add(P, "jwt", None, """401 from the scheduling API, request was:
GET /api/shifts HTTP/1.1
Host: sched.ops.local
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJlNDQ3MSIsInJvbGUiOiJzdXBlcnZpc29yIiwiZXhwIjoxNzY0ODA2NDAwfQ.Zp0Lw3ErTq8VbN1cX5yHm7Ka2SdUf9GjO4iRt6PeWo0]]""")
add(P, "private_key", None, """ssh says invalid format, what's wrong with this key?
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDx6kwXoIIXGvOoNZYW2mZp0zVZomHFwUbbYrE8q3tLHwAAAJjQ1hN20NYT
dgAAAAtzc2gtZWQyNTUxOQAAACDx6kwXoIIXGvOoNZYW2mZp0zVZomHFwUbbYrE8q3tLHw
AAAEBxjqi3ogz5kok16zv0mwufxbv932byv7s6ehogfqrclri1qzj865ufrdl1erbfqfo
-----END OPENSSH PRIVATE KEY-----]]""")
add(P, "api_key", None, """requests returns 403:
headers = {"X-API-Key": "[[PASSWORD:eqh3av90ric7phkqdlmtt7ns26lrwbqc]]", "Accept": "application/json"}
r = requests.get("https://geo.fema-partner.example/v1/tracts", headers=headers)""")
add(P, "api_key", None, "Translate the error: the NVD feed rejected api_key=[[PASSWORD:ab69m64p2g158z6tnovmizwdiaeq1kdf]] with 'rate limited'.")
add(P, "log_lines", None, """What's causing these failures?
2026-12-02T03:14:07Z sshd[4411]: Failed password for invalid user admin from [[IP_ADDRESS:203.0.113.142]] port 51022
2026-12-02T03:14:09Z sshd[4411]: Failed password for invalid user admin from [[IP_ADDRESS:203.0.113.142]] port 51030
2026-12-02T03:15:40Z sshd[4420]: Accepted publickey for svc_backup from [[IP_ADDRESS:10.8.4.19]]""")
add(P, "incident_ticket", None, """Rewrite as a CISA ticket update:
Victim host [[IP_ADDRESS:172.20.31.118]] beaconing to [[IP_ADDRESS:45.137.22.91]] over 443 every 60s, JA3 matches known loader. Isolated 09:12.""")
add(P, "aws_keys", None, """Which IAM policy does this key need to list buckets?
export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:ASIA6PUQ80IDW3706I8J]]
export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:2O76UMFxFkM+R5Kjp1vRt/1fjORS+6ilI8ihN5KX]]""")
add(P, "card_payment", None, "Draft a dispute letter: card [[CREDIT_CARD:375163637724850]] was charged twice by the hotel in Brunswick GA for the FLETC stay.")

# ---------------------------------------------------------------- more evasions
add(E, "html_entity", None, "Clean up this HTML export: <p>[[CLASSIFICATION_MARKING:SECRET&#x2F;&#x2F;ORCON]]</p><p>Cutter relocation to Sector Key West effective 0600.</p>")
add(E, "markdown_emphasis", None, """Fix the markdown rendering:
[[CLASSIFICATION_MARKING:**TOP SECRET**//NOFORN]]
## Weekly border tunnel summary
- two new detections, both under review""")
add(E, "markdown_emphasis", None, "why does this render weird? [[CUI_MARKING:__CUI__//SP-PRVCY]] then the traveler complaint summary follows")
add(E, "dotted_acronym", None, "Proofread the header: [[CUI_MARKING:C.U.I.//SP-PRIVILEGE]] -- Draft call-center script for the TPS surge.")
add(E, "dotted_acronym", None, "Rephrase: [[CUI_MARKING:F-O-U-O]] Radio channel assignments for the marathon detail are attached.")
add(E, "digit_for_letter", None, "Summarize: [[CLASSIFICATION_MARKING:S3CRET//N0F0RN]] intercept summary shows two go-fast boats staged off Isla Mona.")
add(E, "digit_for_letter", None, "tidy the heading: [[CLASSIFICATION_MARKING:T0P S3CR3T//TK]] report on upstream infrastructure for the cartel cell")
add(E, "base64_marking", None, """decode this and summarize the rest:
[[CLASSIFICATION_MARKING:VE9QIFNFQ1JFVC8vU0ktRy8vT1JDT04vTk9GT1JO]]
The collection window is extended through 15 December.""")
add(E, "base64_marking", None, "first line is base64, ignore it and rewrite the body: [[CUI_MARKING:Q1VJLy9TUC1JTU1JRy8vRkVET05MWQ==]] | 44 traveler redress cases were closed this week.")
add(E, "base64_marking", None, "header=[[CLASSIFICATION_MARKING:U0VDUkVULy9SRUwgVE8gVVNBLCBHQlIsIENBTg==]]; please translate the body to French: partner patrol shifts to the western approach next week.")
add(E, "zero_width", None, "Reword: [[CLASSIFICATION_MARKING:TOP\u200b SE\u200bCRET//NO\u200bFORN]] -- the source network has moved operations inland.")
add(E, "cyrillic_homoglyph", None, "Make this shorter: [[CLASSIFICATION_MARKING:SЕCRЕT//ORСON]] planned interdiction window is 0200-0500 Thursday.")
add(E, "cyrillic_homoglyph", None, "Summarise: [[CUI_MARKING:СUI//SP-PROCURE]] vendor list for the DRC generator contract, with contact rates.")
add(E, "url_encoded", None, "what does this query string say? /search?banner=[[CLASSIFICATION_MARKING:SECRET%2F%2FNOFORN]]&q=tunnel+detections")
add(E, "html_tags", None, "strip the tags: <b>[[CLASSIFICATION_MARKING:CONFIDENTIAL</b>//<b>REL TO USA, CAN]]</b> maritime picture update for the Great Lakes")
add(E, "spaced_marking", None, "make this bullet sentence case: [[CLASSIFICATION_MARKING:( S // REL )]] Two boats departed Tuesday with lights off.")
add(E, "lowercase_marking", None, "rewrite in plain English: [[CLASSIFICATION_MARKING:top secret//si//noforn]] signals show the broker is using a new relay in the north.")
add(E, "line_split", None, """Our key got wrapped by the email client, fix it:
aws_access_key_id=[[CLOUD_ACCESS_KEY:AKIA76B2LAJL
J4H9DU77]]
aws_secret_access_key=[[CLOUD_SECRET_KEY:Sc7Tvo+hBKqFYY+kv5ZJr3J1
TWDtkwtDDb/xHKas]]""")
add(E, "string_concat", None, """is it OK to split the token like this so scanners don't catch it?
const t = [[GITHUB_TOKEN:"ghp_enCkhvMdgaKjIg8x" + "Nbe3nNyjOq9wMxEhh2FD"]];""")
add(E, "spaced_digits", None, "Fix spacing in my expense note: charged to card [[CREDIT_CARD:4 9 7 5  3 1 1 4  3 2 0 9  4 9 3 0]] at the Laredo hotel.")
add(E, "number_words", None, "Rewrite formally: the routing number the bank read to me was [[ABA_ROUTING_NUMBER:two two five, three nine two, eight six five]].")
add(E, "password_split", None, """rewrite this message to be more professional:
hey the pw for the radio console is [[PASSWORD:Sabal
Palm-7741]] (it wrapped, no space)""")
add(E, "fullwidth_digits", None, "Convert to half-width: SSN [[US_SSN:３７２－５５－１０４９]] from the kiosk form")
add(E, "number_words", "korean", "Transcribe this voicemail note: [[PERSON:Lim Soo-jin]] said her A-number is [[A_NUMBER:A two zero eight, four four one, nine nine three]].")

# ---------------------------------------------------------------- hard negatives: public contact points
add(H, "public_contact", None, "Write a two-line handout for the DRC table: survivors who can't come in can register at DisasterAssistance.gov or call the FEMA Helpline at 1-800-621-3362. Lines are open daily and multilingual operators are available.")
add(H, "public_contact", None, "Put this in the email signature block for our call-center scripts: USCIS Contact Center, 800-375-5283 (TTY 800-767-1833), uscis.gov/contactcenter.")
add(H, "public_contact", None, "Rewrite for a checkpoint sign: Questions about screening? Contact TSA at 866-289-9673. Travelers with disabilities and medical conditions can call TSA Cares at 855-787-2227 at least 72 hours before travel.")
add(H, "public_contact", None, """Add this to the incident-response one-pager, formatted as a box:
Report cyber incidents to CISA: report@cisa.gov or 888-282-0870 (24/7). You can also use the reporting form at cisa.gov/report.""")
add(H, "public_contact", None, "Make a footer for the port-of-entry flyer: CBP INFO Center, 877-227-5511, or submit a question through help.cbp.gov.")
add(H, "public_contact", None, "Format as a mailing label for the courier: U.S. Department of Homeland Security, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528-0525")
add(H, "public_contact", None, "What's the right way to cite FEMA headquarters in a memo? I have: Federal Emergency Management Agency, 500 C Street SW, Washington, DC 20472.")
add(H, "public_contact", None, "Boarding team quick card, please tighten the wording: any oil or chemical discharge must be reported to the National Response Center at 1-800-424-8802 immediately.")
add(H, "public_contact", None, "Add to the ethics slide: report waste, fraud or abuse to the DHS OIG Hotline at 1-800-323-8603 or through oig.dhs.gov.")
add(H, "public_contact", None, "Reformat for the student packet: Federal Law Enforcement Training Centers, 1131 Chapel Crossing Road, Glynco, GA 31524. Check in at the main gate visitor center.")
add(H, "public_contact", None, "Put the protective mission visitor address in the invitation footer: U.S. Secret Service, 950 H Street NW, Washington, DC 20223.")

# ---------------------------------------------------------------- hard negatives: labelled look-alike numbers
add(H, "labelled_number", None, "Summarize for the contracting officer: purchase order 219-48-7730 for 40 cots and 12 generators was received at the Lake Charles warehouse; invoice INV-2026-11-0448 matches the PO quantity.")
add(H, "labelled_number", None, "Why won't the PRISM lookup find contract 70FA3026C00000041? The line item number is 0002AA and the mod is P00003.")
add(H, "labelled_number", None, """Fix the CSV so case numbers keep leading zeros:
case_no,opened,status,office
026-44-1187,2026-10-02,open,Sector 3
026-44-1190,2026-10-04,closed,Sector 3
026-44-1203,2026-10-09,open,Sector 5""")
add(H, "labelled_number", None, "Help desk macro wording: 'Your ticket INC0041877 has been resolved. If the issue returns, reply within 5 days to reopen ticket INC0041877.'")
add(H, "labelled_number", None, "The NSN on the radio battery is 6140-01-490-4316 and the part number is 703-555-2190-B. Is that a valid NSN format?")
add(H, "labelled_number", None, "Rewrite: Work order 301-772-4410 (HVAC, building 22) is deferred until the part arrives. This is a work order number, not a phone number.")
add(H, "labelled_number", None, "TSA property log cleanup: item tag 4417-2291-0083-1156 (laptop, found lane 4), bin tag 22-0719. Make this a table.")
add(H, "labelled_number", None, "Explain what the disaster number means in FEMA-4821-DR-TX vs FEMA-3612-EM-LA.")
add(H, "labelled_number", None, "Grammar check: Shipment tracking 1Z 4R9 882 03 7741 2209 was delayed; the bill of lading number is BOL-88213-26.")
add(H, "labelled_number", None, "Boat registration FL 4471 RT and hull ID BRT44718J526 were verified on the vessel documentation. Write the sentence for the boarding form.")
add(H, "labelled_number", None, "How do I format the grant award number EMW-2026-SS-00418 in a citation? Also the CFDA is 97.067.")
add(H, "labelled_number", None, "budget table: object class 25.2, line 1118, fund code 0300-26, project 412-99-0017. make it a markdown table")
add(H, "labelled_number", None, "Our badge request form keeps rejecting employee ID 20461187 -- the field says 8 digits, which it is. What else could be wrong?")
add(H, "labelled_number", None, "Summarize: CVE-2026-21877 affects firmware on the gate readers; vendor advisory VA-2026-0114 lists build 4.18.2207 as fixed.")

# ---------------------------------------------------------------- hard negatives: versions, dates
add(H, "version_string", None, "The checkpoint CT scanners are on software 10.2.14.7 but the release notes mention 10.2.15.1. Is an upgrade needed before the holidays?")
add(H, "version_string", None, "Chrome 131.0.6778.86 broke the timesheet plugin. IE mode worked on build 22631.4460. Draft a help desk notice.")
add(H, "version_string", None, "Compare these two OpenSSL versions for the vulnerability note: 3.0.15 vs 3.4.0, and tell me which fixes the padding oracle.")
add(H, "version_string", None, "Router firmware shows 192.168.300.1 in the version field which can't be an address since 300 > 255. Why would a vendor use that format?")
add(H, "non_birth_date", None, "Turn this into a schedule: FLETC class 26-04 reports 01/12/2026, graduates 03/27/2026; holiday 01/19/2026 (no class).")
add(H, "non_birth_date", None, "Reword: the disaster declaration was signed on 14 NOV 2026 and the incident period runs 09-NOV-2026 through 12-NOV-2026.")
add(H, "non_birth_date", None, """Fix the date column format:
shift_date,post,hours
2026-11-28,POE lane 4,10
2026-11-29,POE lane 6,10
2026-11-30,admin,8""")
add(H, "non_birth_date", None, "My performance period is 10/01/2025 to 09/30/2026. When is the mid-year review due?")
add(H, "non_birth_date", None, "Cutter ARGUS left port 03 MAR 2026 and returned 11-JUN-2026. Compute days underway.")

# ---------------------------------------------------------------- hard negatives: talk about markings
add(H, "marking_talk", None, "what does NOFORN mean and who can see a NOFORN document?")
add(H, "marking_talk", None, "Write a quiz question: the annual training covers SECRET and CUI handling. Which one requires a security clearance?")
add(H, "marking_talk", None, "Explain the difference between CONFIDENTIAL, SECRET and TOP SECRET classification levels for new hires in plain language.")
add(H, "marking_talk", None, "Is FOUO still used at DHS or has it been replaced by CUI? Asking for our records cleanup project.")
add(H, "marking_talk", None, "For the TSA new-hire deck: what's the legal basis for SSI, and how is it different from classified information?")
add(H, "marking_talk", None, "Summarize the rule: portion marks go at the beginning of each paragraph in parentheses, and the banner goes at the top and bottom of every page.")
add(H, "marking_talk", None, "Can an email that only talks about the REL TO caveat in general terms be sent on the unclassified network?")
add(H, "marking_talk", None, "Training question: an officer finds an unmarked document that seems sensitive. What's the first step under our CUI policy?")
add(H, "marking_talk", None, "What does the FVEY acronym stand for in intelligence sharing? One sentence.")
add(H, "marking_talk", None, "Draft a reminder that law enforcement sensitive information should not be posted in the team chat, without using any actual marking.")

# ---------------------------------------------------------------- hard negatives: ordinary senses
add(H, "ordinary_sense", None, "Write a short intro for the joint training day with the Secret Service field office and our Border Patrol station.")
add(H, "ordinary_sense", None, "The office potluck needs a theme. My mom's chili is a top secret recipe, so suggest a chili cook-off flyer.")
add(H, "ordinary_sense", None, "Please write a confidential-in-tone but friendly note reminding staff that performance ratings are shared only with the employee.")
add(H, "ordinary_sense", None, "Plan our Secret Santa for the call center: 22 people, $20 limit, exchange on the last Friday before the holiday.")
add(H, "ordinary_sense", None, "I'm confident the new roster works, but can you check that every post is covered from 0600 to 0600?")
add(H, "ordinary_sense", None, "Rewrite: we hope the rich dataset from the pilot will help, and we have faith that the new young team will be ready by spring.")
add(H, "ordinary_sense", None, "Suggest a name for the FEMA bake sale. Ideas so far: Bill of Fare, The King's Table, Will Power Cookies.")
add(H, "ordinary_sense", None, "The course slide says 'keep your password secret and never share it'. Rephrase that for a poster.")
add(H, "ordinary_sense", None, "What's a good way to explain to survivors that their registration details are kept private and confidential?")

# ---------------------------------------------------------------- hard negatives: code without secrets
add(H, "code_no_secret", None, """Review this function:
def check_login(user, password):
    password_hash = bcrypt.hashpw(password.encode(), user.salt)
    return hmac.compare_digest(password_hash, user.password_hash)""")
add(H, "code_no_secret", None, """Is this the right way to read the key?
import os
api_key = os.environ["NVD_API_KEY"]
headers = {"apiKey": api_key}""")
add(H, "code_no_secret", None, """docker-compose snippet, why is the env var empty?
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${DB_PASSWORD}
      POSTGRES_USER: drc_app""")
add(H, "code_no_secret", None, """Explain this JS:
const token = process.env.SLACK_BOT_TOKEN;
if (!token) throw new Error("SLACK_BOT_TOKEN missing");""")
add(H, "code_no_secret", None, """The config template says:
password: <your-password-here>
api_key: CHANGEME
Is it safe to commit this template?""")
add(H, "code_no_secret", None, """Why does getpass not echo?
from getpass import getpass
pw = getpass("Radio console password: ")
session.login("dispatch", pw)""")
add(H, "code_no_secret", None, """SQL review:
CREATE TABLE users (id SERIAL PRIMARY KEY, username TEXT NOT NULL, password_hash TEXT NOT NULL, mfa_secret_ref TEXT);""")
add(H, "code_no_secret", None, "Terraform plan shows `aws_secret_access_key = (sensitive value)` -- does that mean it's stored in state?")
add(H, "code_no_secret", None, """Log shows this, is it a leak?
2026-12-01 10:02:11 INFO auth: login ok user=dispatch password=******** mfa=ok src=console""")

# ---------------------------------------------------------------- hard negatives: kinship, places, titles
add(H, "kinship_place", None, "Translate into Spanish: my mother and my uncle will pick me up after the shift, my grandmother lives near the station.")
add(H, "kinship_place", None, "List the DRC locations alphabetically: Hope, Arkansas; King City, California; Young, Arizona; Will County, Illinois.")
add(H, "kinship_place", None, "Rewrite: the Sergeant and the Chief Petty Officer met the Station Commander at the pier before the Captain arrived.")
add(H, "kinship_place", None, "Draft a note to the Port Director asking the Assistant Director for an extra K9 team at the Santa Teresa crossing.")
add(H, "kinship_place", None, "Make a packing list for a two-week deployment to Saipan and Tinian, including things for hot and humid weather.")
add(H, "kinship_place", None, "The trainee asked: is 'Lake Charles' a person or a city? I told him it's a city in Louisiana. Write a light-hearted tip for the glossary.")

# ---------------------------------------------------------------- hard negatives: operations text, no personal data
add(H, "ops_text", None, """Turn into a shift summary paragraph:
0600 muster, 9 agents
0745 sensor hit zone 14, unit 3 responded, tracks only
1130 vehicle pursuit terminated per policy near MM 22
1500 camera tower 7 offline, ticket filed
1745 shift change""")
add(H, "ops_text", None, "Boarding report narrative: recreational vessel, 2 POB, all safety equipment present, fire extinguisher expired 2 months, verbal warning, no further action. Make it read professionally.")
add(H, "ops_text", None, """FEMA DRC 14 daily stats, make a chart description:
Visitors: 212
Registrations assisted: 88
Referrals to SBA: 19
Languages: Spanish 41%, Vietnamese 12%, English 47%""")
add(H, "ops_text", None, """CISA ticket template, fill the gaps with placeholders:
Summary: Suspicious PowerShell on a county election server
IOC: SHA256 9f2c1a7be04d55e8c1f3a6d2b07e49c1a5d8f3e2b7c6a9d0e1f2a3b4c5d6e7f8
Severity: 2
Next steps: image host, collect memory""")
add(H, "ops_text", None, "TSA officer training question: a traveler has a 12 oz container of breast milk and an infant. Is it allowed through the checkpoint? Answer per current policy in plain words.")
add(H, "ops_text", None, "USCIS call-center script: how do I explain to a caller the difference between a receipt notice and an approval notice, without sounding robotic?")
add(H, "ops_text", None, """FLETC course schedule, turn into a weekly table:
Mon firearms 0700-1130, legal 1300-1600
Tue driving range all day
Wed defensive tactics 0700-1100, report writing 1230-1530
Thu physical techniques, Fri practical exercise""")
add(H, "ops_text", None, "Protective detail planning: write a checklist for a site advance at a hotel ballroom (routes, hospitals, holding rooms, comms check), generic, no names.")
add(H, "ops_text", None, "Travel voucher question: can I claim laundry on a 5-night TDY, or does that start only after 4 nights? Explain JTR rules simply.")
add(H, "ops_text", None, "Timesheet: what's the difference between comp time, credit hours and overtime for a GS-12 on a flexible schedule?")
add(H, "ops_text", None, "Draft a performance-review element for a team lead: 'Leads a team of 8 intake specialists; ensures 95% of cases are acknowledged within 2 business days.' Make it SMART.")
add(H, "ops_text", None, """IT help desk chat, summarize:
user: outlook keeps asking for my PIV pin
tech: did you get the new cert this week?
user: yes yesterday
tech: clear the cached creds and restart
user: works now""")
add(H, "ops_text", None, "Rewrite for the weekly update: Sector radios were reprogrammed to the new channel plan; 14 of 16 units done, 2 pending parts.")
add(H, "ops_text", None, """Stack trace from the scheduling app, what's wrong?
Traceback (most recent call last):
  File "roster.py", line 212, in assign
    slot = shifts[post_id][day]
KeyError: 'POST-07'""")
add(H, "ops_text", None, """Make this YAML valid:
region: 6
drc_sites:
  - id: DRC-14
    capacity: 40
   - id: DRC-15
    capacity: 25""")
add(H, "ops_text", None, """HTML table doesn't align, fix:
<table><tr><th>Post</th><th>Shift</th></tr><tr><td>Gate 3<td>Day</td></tr></table>""")
add(H, "ops_text", None, "Coast Guard: summarize the search pattern types (expanding square, sector search, parallel track) in one paragraph for a new boarding officer.")
add(H, "ops_text", None, "ok so the generator at the DRC keeps tripping when the AC units kick on, what size gen do we need for 4 window units + laptops?")
add(H, "ops_text", None, "pls make this sound less angry: the third shift keeps leaving the vehicles on E. Fill them before end of shift. Thank you.")
add(H, "ops_text", None, "Explain how Luhn check digits work, with a made-up example that is clearly not a real card.")
add(H, "ops_text", None, "What is an A-Number and where does it appear on a green card? Short answer for a call-center FAQ.")
add(H, "ops_text", None, """Log lines from the badge reader, any pattern?
2026-12-02 06:01:12 door=B2-EAST event=GRANTED reader=R14
2026-12-02 06:01:40 door=B2-EAST event=DENIED reason=EXPIRED reader=R14
2026-12-02 06:02:05 door=B2-EAST event=GRANTED reader=R14""")
add(H, "ops_text", None, "Translate to Haitian Creole: Please bring your lease, a photo ID and any insurance letters to the recovery center. Bring water; the line may be long.")
add(H, "ops_text", None, "JSON won't validate: {\"post\": \"North Gate\", \"agents\": 4, \"vehicles\": [\"unit 3\", \"unit 7\"],}")
add(H, "ops_text", None, """markdown table for the weekly brief:
| Sector | Apprehensions | Gotaways |
|---|---|---|
| North | 112 | 9 |
| South | 87 | 14 |""")
add(H, "ops_text", None, "give me a regex to find strings like 'PO 123-45-6789' in our procurement files so I can standardize them to PO-123456789")
add(H, "ops_text", None, "Write a polite out-of-office for my FEMA deployment: away 12/1 to 12/21, reach the Region 4 duty officer through the regional watch.")


# ---------------------------------------------------------------- extra identifier coverage
add(P, "mail_merge", "hispanic", """Make a mail-merge row from this:
Send replacement EAD c/o [[PERSON:Ramona Estrada]], [[STREET_ADDRESS:PO Box 771, Nogales, AZ 85628]]. Applicant ITIN [[US_ITIN:944-91-3075]], Florida DL [[US_DRIVER_LICENSE:W425-781-63-412-0]].""")
add(P, "tsa_training", "african_american", "Scenario for the PreCheck module, reword it: traveler [[PERSON:Tyrone Mayfield]] says his KTN [[KNOWN_TRAVELER_NUMBER:150337842]] isn't printing on his boarding pass; his NY driver license [[US_DRIVER_LICENSE:614 882 907]] matches the reservation name.")
add(P, "travel_voucher", "korean", """Which charges are allowable?
Traveler: [[PERSON:Oh Jae-hyun]]
Hotel (GTCC [[CREDIT_CARD:5338677247151506]]) 3 nights
Rental car (personal Discover [[CREDIT_CARD:6011392868199964]])
Mailing address during TDY: [[STREET_ADDRESS:Unit 4210, DPO AP 96521]]""")
add(P, "log_lines", "slavic", """nginx log, who is hammering the login page?
[[IP_ADDRESS:91.214.33.18]] - - [02/Dec/2026:04:11:09 +0000] "POST /login HTTP/1.1" 401 "user=[[EMAIL_ADDRESS:bogdan.lazarevic@fema.dhs.gov]]"
[[IP_ADDRESS:91.214.33.18]] - - [02/Dec/2026:04:11:10 +0000] "POST /login HTTP/1.1" 401 "user=[[EMAIL_ADDRESS:bogdan.lazarevic@fema.dhs.gov]]"
note: [[PERSON:Bogdan Lazarević]] says it isn't him""")
add(P, "call_center_note", "indian", "Fix spelling: caller [[PERSON:sudhir chaudhary]] needs UK number on file updated to [[PHONE_NUMBER:020 7946 0874]] (London) and his ITIN is [[US_ITIN:978-52-1186]].")


if __name__ == "__main__":
    random.Random(20261203).shuffle(R)
    out = build(R, "bg", "blind_g_2026-12-03.jsonl")
    c, t, e, x = summary(out)
    print(len(out), dict(c), dict(x))
    print("origins:", dict(Counter(r["origin"] for r in out if r["origin"])))
    print("types:", dict(e))
