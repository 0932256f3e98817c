#!/usr/bin/env python3
"""Generator for blind set f (2026-12-03). Every text below is a hand-written literal
with inline marks [[TYPE:value]]; blindlib.build strips them and computes offsets."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import build, summary

RECS = []


def R(cat, tag, origin, text):
    RECS.append((cat, tag, origin, text))


P, E, H = "positive", "evasion", "hard_negative"

# ---------------------------------------------------------------- positives, block 1
R(P, "email_quoted_reply", "hispanic", """can you summarize this thread for my supervisor, 3 bullets max

> On Mon, Nov 30, 2026 at 4:12 PM [[PERSON:Ortega, Luis]] <[[EMAIL_ADDRESS:luis.ortega@uscis.dhs.gov]]> wrote:
> Applicant [[PERSON:María Guadalupe Ybarra Soto]] came back for biometrics, A-Number [[A_NUMBER:A-219-447-083]]
> she says the notice went to the old address [[STREET_ADDRESS:4417 Calle Alondra, Laredo, TX 78046]]
>> did she bring the I-797??
> yes, receipt [[USCIS_RECEIPT_NUMBER:EAC2419053317]]. [[PERSON:María]] wants it re-mailed, new cell [[PHONE_NUMBER:(956) 271-0938]]""")

R(P, "meeting_transcript", "korean", """clean up this transcript from the Teams call, fix the typos but keep the speaker names

[00:01:14] [[PERSON:Park, Ji-hoon]]: ok so the petitioner is [[PERSON:Kim Seo-hyun]], DOB [[DATE_OF_BIRTH:1989-04-22]]
[00:01:20] [[PERSON:Lee Min-jung]]: is that the one w/ the SEVIS isue
[00:01:23] [[PERSON:Park, Ji-hoon]]: yeah SEVIS [[SEVIS_ID:N0031876624]] , school droped her in oct
[00:01:41] [[PERSON:Lee Min-jung]]: phone on file is [[PHONE_NUMBER:010-4872-3391]] so she's back in Seoul?
[00:01:44] [[PERSON:Park, Ji-hoon]]: no idea, [[PERSON:Seo-hyun]] never answered""")

R(P, "tsv_cells", "indian", "pasted from the spreadsheet, tabs got weird. make this a proper markdown table?\nname\tSSN\tdob\tcity\n[[PERSON:Ramanathan, Priya]]\t[[US_SSN:412-68-9031]]\t[[DATE_OF_BIRTH:07/14/1984]]\tEdison NJ\n[[PERSON:Harjit Singh Grewal]]\t[[US_SSN:529730418]]\t[[DATE_OF_BIRTH:02/02/1979]]\tFresno CA\n[[PERSON:ANKITA DESHPANDE]]\t\t[[DATE_OF_BIRTH:11/30/1992]]\tCary NC\t(ssn pending)")

R(P, "pdf_broken_wrap", "vietnamese", """this came out of a PDF and the lines are broken, please reflow into normal paragraphs:

The beneficiary, [[PERSON:NGUYEN Thi Thanh Huong]], born [[DATE_OF_BIRTH:03 MAR 1977]] in Can Tho,
Vietnam, entered on Form I-94 number [[I94_NUMBER:69204817305]] and currently re-
sides at [[STREET_ADDRESS:9182 Bolsa Ave Apt
14, Westminster, CA 92683]]. Ms. [[PERSON:Nguyen]] may be reached at [[PHONE_NUMBER:714-893-2206]]
or by e-mail at [[EMAIL_ADDRESS:huong.nguyen76@gmail.com]]. Page 3 of 11""")

R(P, "ticket_export", "nigerian", """Ticket #INC0048213 | Priority: 3 | Opened by: [[PERSON:Chukwuemeka Anyanwu]]
Short desc: Customer cannot log into myUSCIS
Caller: [[PERSON:ADEYEMI, Folasade]] | callback [[PHONE_NUMBER:0803 614 2297]] (Lagos, mornings only)
Alt email: [[EMAIL_ADDRESS:fola.adeyemi84@yahoo.com]]
Work notes: receipt [[USCIS_RECEIPT_NUMBER:IOE-09-148-27731]] shows "Case Was Received", caller wants update.
---
can you turn this into a polite reply to the caller? dont promise a date""")

R(P, "json_payload", "chinese", """why does this JSON fail to parse?? the validator just says "unexpected token"

{"applicant": {"family_name": "[[PERSON:ZHONG]]", "given_name": "[[PERSON:Liangyu]]", "dob": "[[DATE_OF_BIRTH:1990-08-17]]",
  "passport": {"country": "CHN", "number": "[[US_PASSPORT:E43918275]]"},
  "email": "[[EMAIL_ADDRESS:zhongliangyu.90@163.com]]",},
 "status": "pending"}""")

R(P, "yaml_indent", "filipino", """help me fix the indentation in this yaml, the loader complains at line 4

beneficiary:
  name: [[PERSON:Maricel Dizon Bautista]]
  dob: [[DATE_OF_BIRTH:1987-06-11]]
   phone: "[[PHONE_NUMBER:0917 842 3306]]"
  address: "[[STREET_ADDRESS:Blk 7 Lot 22 Mabini St., Brgy. San Isidro, Antipolo City, Rizal 1870]]"
petitioner:
  name: [[PERSON:Rodrigo Bautista]]
  ssn: "[[US_SSN:598-12-4476]]"
""")

R(P, "password_prose", "anglo", """quick one - locked out of the TIMS portal again, my password is [[PASSWORD:Harbor!Light2026]] and username is gwhitaker. can you write an email to the help desk asking them to reset my MFA? sign it [[PERSON:Gavin Whitaker]]""")

R(P, "arabic_translit_note", "arabic", """translate my notes to proper English for the file pls:
walid [[PERSON:Khaled Mahmoud Abdelrahman]] gé el-maktab en-naharda, ma3ah passport masri rakam [[US_PASSPORT:A28841706]],
raqam el-mobile [[PHONE_NUMBER:010 2274 5813]] (Cairo). 3ayez yeghayyar el-3enwan le [[STREET_ADDRESS:5630 Schaefer Rd, Dearborn, MI 48126]].
[[PERSON:Khaled]] says his brother will call tomorrow""")

R(P, "somali_bilingual", "somali", """I wrote this to the client half in Somali, can you make the English half match?

Magaca: [[PERSON:Hodan Abdirahman Warsame]]
Taariikhda dhalashada: [[DATE_OF_BIRTH:12/09/1995]]
Lambarka A: [[A_NUMBER:A216904451]]
Cinwaanka: [[STREET_ADDRESS:2104 Riverside Ave S Apt 308, Minneapolis, MN 55454]]
Name: [[PERSON:Hodan]] ... (English part still TODO)""")

R(P, "haitian_creole_note", "haitian", """Mwen bezwen tradui sa an angle:
"Bonjou, mwen se [[PERSON:Jean-Robert Désir]]. Dat nesans mwen se [[DATE_OF_BIRTH:14 avril 1981]]. Nimewo A mwen se [[A_NUMBER:A-209-338-561]].
Mwen rete [[STREET_ADDRESS:788 NE 125th St Apt 2B, North Miami, FL 33161]]. Rele m nan [[PHONE_NUMBER:305-891-4472]] oswa sou WhatsApp [[PHONE_NUMBER:+509 3712 4580]]."
thanks, keep it formal""")

R(P, "csv_semicolon", "slavic", """convert this semicolon CSV to a clean comma CSV, keep the header:

surname;given;dob;passport;nationality
[[PERSON:KOVALENKO]];[[PERSON:Oksana]];[[DATE_OF_BIRTH:1983-01-29]];[[US_PASSPORT:FT482913]];UKR
[[PERSON:Wiśniewski]];[[PERSON:Tomasz]];[[DATE_OF_BIRTH:1977-10-05]];[[US_PASSPORT:EK4409172]];POL
[[PERSON:Marković]];[[PERSON:Jelena]];[[DATE_OF_BIRTH:1991-05-18]];[[US_PASSPORT:012883574]];SRB""")

# ---------------------------------------------------------------- positives, block 2
R(P, "screen_paste", "anglo", """half of this got cut off when I copied from the case screen, what else do I need to request?

CASE SUMMARY       [Print] [Close]
Subject: [[PERSON:HOPE, Faith Ann]]           DOB: [[DATE_OF_BIRTH:09-23-1968]]
SSN: [[US_SSN:219-40-7735]]    DL#: [[US_DRIVER_LICENSE:S530-447-68-219-0]] (FL)
Addr: [[STREET_ADDRESS:RR 2 Box 118, Perry, FL 32347]]
Emp: ....... Phone: [[PHONE_NUMBER:850.584.3391]]
Notes: [[PERSON:Faith Ann]] called twice, wants status""")

R(P, "email_forward", "hispanic", """---------- Forwarded message ---------
From: [[PERSON:Rosa Pineda]] <[[EMAIL_ADDRESS:rosa.pineda@cbp.dhs.gov]]>
Date: Tue, Dec 1, 2026
Subject: FW: Fwd: secundaria inspection

Please find the traveler's info below:
nombre: [[PERSON:Jesús Alberto Treviño Garza]]
fecha de nacimiento: [[DATE_OF_BIRTH:11-JUN-1986]]
pasaporte MEX: [[US_PASSPORT:G28174530]]
Known Traveler: [[KNOWN_TRAVELER_NUMBER:983411726]]
cel: [[PHONE_NUMBER:55 4128 9034]] (CDMX)

can you write a two-line summary of this forward for the shift log?""")

R(P, "sql_insert", "indian", """this INSERT keeps failing with "column count doesn't match", what's wrong?

INSERT INTO beneficiaries (full_name, ssn, dob, phone, email)
VALUES ('[[PERSON:Venkatesh Subramaniam]]', '[[US_SSN:301-52-8846]]', '[[DATE_OF_BIRTH:1975-12-03]]', '[[PHONE_NUMBER:+91 98450 12374]]'),
       ('[[PERSON:Lakshmi Venkatesh]]', '[[US_SSN:301528847]]', '[[DATE_OF_BIRTH:1978-02-14]]', '[[PHONE_NUMBER:(408) 733-2901]]', '[[EMAIL_ADDRESS:lakshmi.v@outlook.com]]');""")

R(P, "chat_log", "chinese", """[9:02 AM] [[PERSON:Chen Yiling]]: hey do you still have the dob for the I-485 guy
[9:03 AM] [[PERSON:Marcus Tell]]: which one
[9:03 AM] [[PERSON:Chen Yiling]]: [[PERSON:WANG Haoran]], receipt [[USCIS_RECEIPT_NUMBER:MSC2590412287]]
[9:05 AM] [[PERSON:Marcus Tell]]: [[DATE_OF_BIRTH:8/3/1993]], lives [[STREET_ADDRESS:41-22 Kissena Blvd Apt 6F, Flushing, NY 11355]]
[9:05 AM] [[PERSON:Chen Yiling]]: ty
--
rewrite this chat as a formal note to file""")

R(P, "python_dict", "vietnamese", """getting KeyError: 'dob' on the second record, why?

records = [
    {"name": "[[PERSON:Tran Van Phuc]]", "dob": "[[DATE_OF_BIRTH:1969-02-11]]", "anum": "[[A_NUMBER:A087441926]]"},
    {"name": "[[PERSON:Le Thi Bich Ngoc]]", "DOB": "[[DATE_OF_BIRTH:1972-07-30]]", "anum": "[[A_NUMBER:A087441931]]"},
]
for r in records:
    print(r["name"], r["dob"])""")

R(P, "ocr_form", "korean", """OCR from a scanned G-325A, lots of junk. can you pull out the fields into a table?

Fam1ly Name (Last) [[PERSON:CHOI]]     First Name [[PERSON:Eun-ji]]    Middle ___
Date of B1rth (mm/dd/yyyy) [[DATE_OF_BIRTH:05/19/1986]]   C1ty of Birth Busan
A-Number (if any) [[A_NUMBER:A-213-660-478]]   U.S. Soc1al Security # [[US_SSN:628-31-0947]]
Present Address [[STREET_ADDRESS:3150 Wilshire Blvd Unit 1207, Los Angeles, CA 90010]]
| |  :  ' .. signature ~~~""")

R(P, "tagalog_bilingual", "filipino", """pakisalin sa English, para sa file:

"Ang petitioner ay si [[PERSON:Jonathan Reyes Macaraeg]], US citizen. Ang beneficiary ay ang kanyang asawa na si [[PERSON:Liza Macaraeg]],
ipinanganak noong [[DATE_OF_BIRTH:Enero 8, 1990]] sa Cebu. Ang kanyang numero ay [[PHONE_NUMBER:0998 217 6634]] at nakatira sa
[[STREET_ADDRESS:12 Sampaguita St., Lahug, Cebu City 6000]]." """)

R(P, "key_value_form", "arabic", """fill the blanks in this letter template using the data below:

applicant: [[PERSON:Rania Youssef Haddad]]
dob: [[DATE_OF_BIRTH:1994-03-02]]
receipt: [[USCIS_RECEIPT_NUMBER:LIN-25-031-44982]]
mail to: c/o [[PERSON:Sami Haddad]], [[STREET_ADDRESS:PO Box 4471, Paterson, NJ 07544]]
email: [[EMAIL_ADDRESS:rania.haddad94@gmail.com]]""")

R(P, "meeting_notes", "somali", """turn these rough notes into action items:
- [[PERSON:Abdiwali Hassan]] (interpreter) to call [[PERSON:Fadumo Osman Ali]] re: missed interview, her # [[PHONE_NUMBER:612-874-0553]], Somali line [[PHONE_NUMBER:061 5287743]]
- [[PERSON:Fadumo]] says her kids' I-94s are [[I94_NUMBER:58204471609]] and [[I94_NUMBER:58204471617]]
- follow up by fri""")

R(P, "log_lines", "nigerian", """what does this error mean and how do I fix it?

2026-12-02T14:07:33Z ERROR [intake-svc] validation failed for applicant_id=88213 name="[[PERSON:Ngozi Chiamaka Eze]]" dob=[[DATE_OF_BIRTH:1988-11-09]] field=ssn value="[[US_SSN:245-71-0386]]" reason=duplicate_key
2026-12-02T14:07:33Z WARN  [intake-svc] retry 1/3 from [[IP_ADDRESS:10.42.18.117]]
2026-12-02T14:07:34Z ERROR [intake-svc] giving up""")

R(P, "html_snippet", "haitian", """the table in this email renders wrong in Outlook, fix the html?

<table><tr><td>Nom</td><td>[[PERSON:Marie-Claude Jean-Baptiste]]</td></tr>
<tr><td>Date de naissance</td><td>[[DATE_OF_BIRTH:02/17/1979]]</td>
<tr><td>Adresse</td><td>[[STREET_ADDRESS:1290 Nostrand Ave Apt 3R, Brooklyn, NY 11226]]</td></tr>
<tr><td>Téléphone</td><td>[[PHONE_NUMBER:718-462-9015]]</td></tr></table>""")

R(P, "markdown_table", "slavic", """sort this table by DOB oldest first:

| Name | DOB | Known Traveler # |
|---|---|---|
| [[PERSON:Aleksandr Morozov]] | [[DATE_OF_BIRTH:22 Oct 1964]] | [[KNOWN_TRAVELER_NUMBER:156702284]] |
| [[PERSON:Irina Sokolova-Morozova]] | [[DATE_OF_BIRTH:4 Apr 1969]] | [[KNOWN_TRAVELER_NUMBER:156702295]] |
| [[PERSON:Vera Morozova]] | [[DATE_OF_BIRTH:30 Jan 1998]] | n/a |""")

# ---------------------------------------------------------------- positives, block 3
R(P, "classification_banner", "slavic", """make this paragraph shorter, keep the meaning:

[[CLASSIFICATION_MARKING:SECRET//ORCON//NOFORN]]
[[CLASSIFICATION_MARKING:(S//OC/NF)]] Reporting indicates that [[PERSON:Dmitri Anatolyevich Kuzmin]] transited the port on two occasions
using a second identity. (U) Travel pattern summary follows.
[[CLASSIFICATION_MARKING:SECRET//ORCON//NOFORN]]""")

R(P, "cui_banner", "anglo", """[[CUI_MARKING:CUI//SP-PRVCY]]

Memo for record - case of [[PERSON:William "Will" Kingsley]], SSN [[US_SSN:519-27-6630]]. Mr. [[PERSON:Kingsley]] requested amendment of his record under the Privacy Act.

[[CUI_MARKING:Controlled by: DHS/USCIS/FOIA-PA]]
[[CUI_MARKING:CUI Categories: PRVCY, LEI]]
[[CUI_MARKING:Limited Dissemination Control: NOCON]]
POC: Privacy Office

^ can you shorten this memo to one paragraph""")

R(P, "legacy_les", "hispanic", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
subject [[PERSON:Héctor Iván Quiñones]] aka "Tito", DOB [[DATE_OF_BIRTH:06/02/1990]], last known [[STREET_ADDRESS:Urb. Villa Carolina, Calle 512 Bloque 211 #14, Carolina, PR 00985]]
pls reword as bullets for the briefing""")

R(P, "aws_keys", None, """my boto3 script gets AccessDenied on s3:GetObject, here's the config, what's missing?

[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIA4XQ7RZ2MB9LTUW3N]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:r8Vq2LmT9xWz4KbN7cHs1YpJ3dFg6QeA0uXoRi5P]]
region = us-gov-west-1""")

R(P, "github_token", None, """git push fails with 403 even though I set the remote like this, why?
git remote set-url origin https://[[GITHUB_TOKEN:ghp_7Rk2VqL9mT4xWc8Zn1Bd6Hs3Fy0Pj5Ga2UeQ]]@github.com/dhs-st/intake-forms.git""")

R(P, "netrc", None, """curl keeps prompting for credentials even with my .netrc, perms are 600:

machine artifacts.ice.internal
  login svc_build
  password [[PASSWORD:tL9#vQ2mZ!x8Rw]]""")

R(P, "basic_auth_header", None, """Postman returns 401. Request headers copied below, does anything look off?

GET /api/v2/cases?status=open HTTP/1.1
Host: ctms-test.fema.internal
Authorization: Basic [[PASSWORD:c3ZjX2N0bXM6V2ludGVyU3Rvcm0hMjAyNg==]]
Accept: application/json""")

R(P, "connection_string", None, """sqlalchemy throws OperationalError: timeout. connection string:
engine = create_engine("[[CONNECTION_STRING:postgresql://etl_user:Rq7!pZ3wXe@pg-prod-07.cbp.internal:5432/entries]]")
is it the port?""")

R(P, "slack_token", None, """the bot stopped posting to #ops-alerts after the workspace migration. token in the env file:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-48213907751-6120934581172-Tq8WzR3mLp2VxN7cKb4Hs9Yd]]
do I need to reinstall the app?""")

R(P, "gitlab_token", None, """is this the right way to clone with a token? it still asks me for a password
git clone https://oauth2:[[GITLAB_TOKEN:glpat-Xk4mR9vT2qLw7ZbN1cPs]]@gitlab.tsa.internal/secops/rules.git""")

R(P, "jwt_bearer", None, """decode this token for me and tell me when it expires:
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJjdG1zLmZlbWEuaW50ZXJuYWwiLCJhdWQiOiJwYS1ncmFudHMiLCJzdWIiOiI0MjI5MSIsImV4cCI6MTc2NzIyNTYwMH0.mR8xT2vQ9bL4nW7cK1yZ5pH3jF6gD0sA_uEoIiYtBrN]]""")

R(P, "private_key", None, """ssh says "invalid format" for this key, did I paste it wrong?

[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDk3mQ8rVt2Lw9ZpXn4aHs7Gc1YbJ0eK6fR2uNqTzW5vAAAAJj1sX9q9bF/
agAAAAtzc2gtZWQyNTUxOQAAACDk3mQ8rVt2Lw9ZpXn4aHs7Gc1YbJ0eK6fR2uNqTzW5vA
AAAEB7hQm2Zx9Kc4Vt1Rb8Wn3Ly6Pd0Js5Ge2Fa7Hu4Ik9Ot3mQ8rVt2Lw9ZpXn4aHs7Gc
1YbJ0eK6fR2uNqTzW5vAAAAEHN2Y19idWlsZEBqdW1wMDEBAgMEBQ==
-----END OPENSSH PRIVATE KEY-----]]""")

R(P, "api_key_generic", None, """the geocoder returns 403 "key not authorized". I'm calling it like this:
const resp = await fetch(`https://geo.example-vendor.com/v1/lookup?q=${addr}`, {
  headers: { "x-api-key": "[[PASSWORD:gk_live_5fT9qW2xLm8RzV4nB7cY1dHs]]" }
});""")

R(P, "password_spanish", "hispanic", """traduce al inglés por favor, es para el ticket:
"Hola, soy [[PERSON:Yesenia Carrasquillo]]. No puedo entrar al sistema. Mi usuario es ycarrasco y mi contraseña es [[PASSWORD:Tamarindo#84]]. Gracias." """)

R(P, "password_german", "slavic", """Bitte ins Englische übersetzen:
Antragsteller: [[PERSON:Nikolai Petrenko]]
Geburtsdatum: [[DATE_OF_BIRTH:17.08.1982]]
Passwort für das Portal: [[PASSWORD:Wolga_2026!]]""")

R(P, "password_french", "haitian", """can you translate to English: "Bonjour, c'est [[PERSON:Wilner Pierre-Louis]]. Mon mot de passe est [[PASSWORD:Lakay509!]] mais le site dit qu'il est expiré. Pouvez-vous le réinitialiser?" """)

# ---------------------------------------------------------------- positives, block 4
R(P, "portion_marks", "arabic", """summarize in 2 sentences:
[[CLASSIFICATION_MARKING:TOP SECRET//SI/TK//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI/TK//NF)]] Intercepted communications reference a facilitator known as [[PERSON:Abu Yasir]] operating out of Gaziantep.
[[CLASSIFICATION_MARKING:(S//REL TO USA, FVEY)]] Partner reporting links him to [[PERSON:Tariq Jamil al-Obeidi]].
[[CLASSIFICATION_MARKING:TOP SECRET//SI/TK//NOFORN]]""")

R(P, "confidential_banner", "korean", """[[CLASSIFICATION_MARKING:CONFIDENTIAL]]
[[CLASSIFICATION_MARKING:(C)]] Liaison meeting with ROK counterparts. Attendees: Col. [[PERSON:Yoon Dae-sung]], Ms. [[PERSON:Han Ye-rin]].
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]
fix grammar only""")

R(P, "legacy_fouo", "chinese", """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Interview summary – [[PERSON:LIU Jianguo]] ([[A_NUMBER:A-201-554-736]]) stated he entered via LAX in 2019.
can you convert to past tense throughout""")

R(P, "legacy_ssi", None, """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520.]]
Checkpoint 4 lane configuration changes effective 12/15 ... 
make this into a checklist""")

R(P, "legacy_pcii", None, """[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Submission 2026-PCII-0419: substation vulnerability notes for the tri-county grid operator. please outline the sections""")

R(P, "legacy_cvi", None, """[[CUI_MARKING:CHEMICAL-TERRORISM VULNERABILITY INFORMATION]]
Facility Top-Screen results summary for site 88-213 attached. rewrite for a non-technical audience""")

R(P, "legacy_sbu", "vietnamese", """[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Case worker [[PERSON:Pham Minh Duc]] reported threats against the household. translate into Vietnamese for the family liaison""")

R(P, "cui_controlled", None, """[[CUI_MARKING:CONTROLLED]]
Draft grant rubric v3 – do not release. can you tighten the scoring language in section 2?""")

R(P, "cui_portion", "somali", """fix the formatting of the portion marks in this paragraph:
[[CUI_MARKING:(CUI)]] The client, [[PERSON:Ayaan Mohamed Farah]], requested asylum on arrival. (U) General country conditions are public.""")

R(P, "credit_card_payee", "nigerian", """reconcile this refund line, the vendor says the card doesn't match:
payee: [[PERSON:Babatunde Olayinka]] | card: [[CREDIT_CARD:4923 2791 6871 2772]] | exp 08/28 | amount $85.00 (I-90 fee refund)""")

R(P, "bank_ach", "filipino", """check if the ACH details are complete before I submit the reimbursement:
beneficiary: [[PERSON:Rowena Santos Aquino]]
routing: [[ABA_ROUTING_NUMBER:322779077]]
account: [[US_BANK_NUMBER:004417820936]]
memo: travel claim TC-26-1184""")

R(P, "itin_tax", "hispanic", """draft a letter explaining ITIN renewal to this taxpayer:
[[PERSON:Guadalupe Rincón]], ITIN [[US_ITIN:912-78-4403]], [[STREET_ADDRESS:1820 S Loomis St, Chicago, IL 60608]]""")

R(P, "edipi_roster", "african_american", """roster export, make it alphabetical by last name:
EDIPI,Name,Unit
[[DOD_EDIPI:1284470519]],[[PERSON:Washington, Darnell]],CBRN Det 2
[[DOD_EDIPI:1302278844]],[[PERSON:Tamika Jefferson]],CBRN Det 2
[[DOD_EDIPI:1299105733]],[[PERSON:JACKSON, Deshawn L.]],HQ""")

R(P, "apo_address", "anglo", """format this as a mailing label:
SGT [[PERSON:Rich Young]]
[[STREET_ADDRESS:Unit 2050 Box 4190, APO AP 96278]]
phone DSN is fine, cell [[PHONE_NUMBER:+1 910 476 3382]]""")

R(P, "fpo_dpo_address", "pacific_islander", """which of these are valid military/diplomatic addresses?
1) [[PERSON:Keoni Kahaleua]], [[STREET_ADDRESS:PSC 455 Box 1273, FPO AP 96540]]
2) [[PERSON:Sione Tupou]], [[STREET_ADDRESS:Unit 8400 Box 112, DPO AE 09498]]""")

R(P, "uk_phone", "anglo", """write a short text to the witness confirming the call time. her UK mobile is [[PHONE_NUMBER:07700 914 266]], name [[PERSON:Bethany King]]""")

R(P, "india_phone", "indian", """need an email to Mr. [[PERSON:Arvind Kulkarni]] about his visa appointment, he gave mobile [[PHONE_NUMBER:098450 33172]] and [[EMAIL_ADDRESS:arvind.kulkarni@rediffmail.com]]""")

# ---------------------------------------------------------------- positives, block 5
R(P, "followup_one_line", "korean", """also add [[PERSON:jung hae-won]]'s passport [[US_PASSPORT:M72018834]] to the second row pls""")

R(P, "email_quoted_reply", "indian", """> > Can you confirm the beneficiary's DOB?
> > 
> It's [[DATE_OF_BIRTH:15-AUG-1991]] per the birth cert. Beneficiary: [[PERSON:Sneha Rao Iyer]], A# [[A_NUMBER:A215830042]]
> -[[PERSON:Kiran]]

thanks [[PERSON:Kiran Mehta]]! 
^^ chatbot: turn this into a status update for the team lead, no more than 50 words""")

R(P, "vietnamese_bilingual", "vietnamese", """dịch giúp sang tiếng Anh:
Họ tên: [[PERSON:Võ Thị Kim Liên]]
Ngày sinh: [[DATE_OF_BIRTH:21/06/1965]]
Địa chỉ ở VN: [[STREET_ADDRESS:45 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]]
SĐT: [[PHONE_NUMBER:090 318 4472]]
Con gái ở Mỹ: [[PERSON:Lien Vo Harrison]], [[PHONE_NUMBER:408-926-7713]]""")

R(P, "stack_trace", "nigerian", """Traceback (most recent call last):
  File "/opt/intake/load.py", line 88, in <module>
    row = normalise(rec)
  File "/opt/intake/load.py", line 41, in normalise
    dob = datetime.strptime(rec["dob"], "%Y-%m-%d")
ValueError: time data '14/02/1983' does not match format '%Y-%m-%d'
rec = {'name': '[[PERSON:Oluwaseun Adebayo-Williams]]', 'dob': '[[DATE_OF_BIRTH:14/02/1983]]', 'passport_ng': '[[US_PASSPORT:A07731942]]'}

how do I make it accept both formats""")

R(P, "ticket_export", "chinese", """INC-2026-118402	Open	P2	Name mismatch on EAD card
Reporter: [[PERSON:Huang Meixiu]]
Customer: [[PERSON:LI, Xiaowen]]  receipt [[USCIS_RECEIPT_NUMBER:WAC2590177364]]  A-Number [[A_NUMBER:A-204-912-688]]
Notes: card printed "LI XIAO WEN", customer wants "[[PERSON:Xiaowen Li]]". phone [[PHONE_NUMBER:(626) 288-4190]]
--> write the reply explaining how to request a correction""")

R(P, "spreadsheet_cells", "filipino", "copied these cells, can you tell me which rows are missing a phone?\n[[PERSON:dela Cruz, Maria Theresa]]\t[[PHONE_NUMBER:+63 917 556 0042]]\t[[EMAIL_ADDRESS:mtdelacruz@yahoo.com.ph]]\n[[PERSON:Villanueva, Arnel]]\t\t[[EMAIL_ADDRESS:arnel.villanueva@gmail.com]]\n[[PERSON:Pacquing, Joy]]\t[[PHONE_NUMBER:(02) 8816 4427]]\t")

R(P, "police_report_paste", "arabic", """rewrite this incident narrative in plain language:
On 11/28/2026 Officer [[PERSON:D. Brennan]] made contact with [[PERSON:MUSTAFA, Omar Fathi]] (DOB [[DATE_OF_BIRTH:1979-09-14]]) at [[STREET_ADDRESS:3301 Fenkell St, Detroit, MI 48238]].
Subject produced MI operator license [[US_DRIVER_LICENSE:M234 518 907 144]] and stated his brother [[PERSON:Yusuf]] owns the vehicle.""")

R(P, "whatsapp_export", "somali", """[02/12/26, 10:14] [[PERSON:Ismail Jama]]: walaal the lawyer needs mom's info
[02/12/26, 10:15] [[PERSON:Ismail Jama]]: [[PERSON:Sahra Nur Yusuf]] dob [[DATE_OF_BIRTH:1 jan 1958]]
[02/12/26, 10:15] [[PERSON:Ismail Jama]]: her phone [[PHONE_NUMBER:+252 61 5440918]]
client forwarded this, summarize what she's asking for""")

R(P, "ocr_letter", "haitian", """OCR'd this letter, can you fix the obvious errors?

Dear 0fficer,
I am writ1ng on behalf of my cous1n [[PERSON:Frantz Dorvilus]], A# [[A_NUMBER:A-207-116-903]],
who l1ves at [[STREET_ADDRESS:56 Rue Capois, Pétion-Ville]], Haiti. H1s birth date is [[DATE_OF_BIRTH:9 Sept 1984]].
S1ncerely, [[PERSON:Guerda Dorvilus]]""")

R(P, "visa_json", "slavic", """pretty-print this json please, it's one long line:
{"petitioner":"[[PERSON:Yuliya Bondarenko]]","beneficiary":"[[PERSON:Artem Bondarenko]]","beneficiary_dob":"[[DATE_OF_BIRTH:2011-03-27]]","i94":"[[I94_NUMBER:43915208611]]","mailing":"[[STREET_ADDRESS:2870 Ocean Pkwy Apt 5C, Brooklyn, NY 11235]]","phone":"[[PHONE_NUMBER:347-513-8820]]"}""")

R(P, "dl_texas", "hispanic", """what's the fastest way to verify this TX licence? 
Name: [[PERSON:Ximena Paola Cárdenas]]  TX DL: [[US_DRIVER_LICENSE:40338172]]  DOB [[DATE_OF_BIRTH:04/25/1996]]""")

R(E, "phone_words", "anglo", """auto-transcribed voicemail, please clean it up:
"hi this is [[PERSON:bill mccarthy]] calling about my global entry renewal my known traveler number is [[KNOWN_TRAVELER_NUMBER:984512207]] you can reach me at [[PHONE_NUMBER:six one seven four four two zero nine one eight]] thanks"
wait actually leave the number as digits""")

# ---------------------------------------------------------------- positives, block 6
R(P, "petition_summary", "korean", """Petitioner: [[PERSON:Seo Hyun-woo]] (USC)
Beneficiary: [[PERSON:SEO, MIN-AH]]
Beneficiary DOB: [[DATE_OF_BIRTH:19 NOV 2002]]
Relationship: daughter
draft the cover letter for this I-130""")

R(P, "pipe_delimited", "indian", """parse this pipe file and give me counts by state:
ID|NAME|DOB|PHONE|STATE
1|[[PERSON:Gurpreet Kaur Sandhu]]|[[DATE_OF_BIRTH:1990-10-02]]|[[PHONE_NUMBER:559.214.8803]]|CA
2|[[PERSON:Mohammed Irfan Qureshi]]|[[DATE_OF_BIRTH:1986-01-22]]|[[PHONE_NUMBER:2014783390]]|NJ
3|[[PERSON:Deepa Nair]]|[[DATE_OF_BIRTH:1999-07-07]]|[[PHONE_NUMBER:1-512-448-2076]]|TX""")

R(P, "email_signature", "vietnamese", """rewrite this to sound less angry:

I have called 4 times!!! My husband [[PERSON:Dang Quoc Thinh]] receipt [[USCIS_RECEIPT_NUMBER:SRC-25-900-41276]] still no answer.
--
[[PERSON:Hoang Thi Mai]]
[[STREET_ADDRESS:6210 S Gessner Rd Apt 1104, Houston, TX 77036]]
[[PHONE_NUMBER:(832) 561-0274]]""")

R(P, "sevis_prose", "nigerian", """the DSO wrote: student [[PERSON:Ifeoma Nwachukwu]], SEVIS [[SEVIS_ID:N0029451187]], F-1, program end date extended to May 2027. 
is that an OPT issue or a transfer? explain briefly""")

R(P, "passport_us", "chinese", """citizen lost passport abroad, draft the consular note:
name [[PERSON:Kevin Tan Jia-hao]], US passport no. [[US_PASSPORT:A41802267]], born [[DATE_OF_BIRTH:1997-12-19]], contact email [[EMAIL_ADDRESS:kevin.tjh97@proton.me]]""")

R(P, "pdf_broken_wrap", "filipino", """PDF copy-paste mess, please fix the spacing:
Name of   Applicant :    [[PERSON:ESPIRITU,   Ma. Corazon L.]]
Date of Birth :   [[DATE_OF_BIRTH:December 2, 1971]]     Place of Birth:  Quezon
City    Mobile No.:  [[PHONE_NUMBER:0922-481-3307]]
Present Address:    [[STREET_ADDRESS:Unit 1204 Tower B, 88 Timog Ave., Quezon City 1103]]""")

R(P, "sql_where", "arabic", """is this query safe to run on prod? it's a one-off fix
UPDATE applicants SET phone = '[[PHONE_NUMBER:(703) 914-5528]]', email = '[[EMAIL_ADDRESS:l.elmasri@outlook.com]]'
WHERE full_name = '[[PERSON:Layla El-Masri]]' AND dob = '[[DATE_OF_BIRTH:1985-05-05]]';""")

R(P, "case_note", "somali", """make this case note more professional:
spoke w/ [[PERSON:mohamed abdi guled]] today. hes at [[STREET_ADDRESS:7720 Tacoma Ave S #12, Tacoma, WA 98408]] now. DOB [[DATE_OF_BIRTH:1991-08-30]]. wife [[PERSON:Khadra]] pregnant, needs the EAD asap""")

R(P, "xml_payload", "haitian", """the XML won't validate against the schema, what's missing?
<Person>
  <FullName>[[PERSON:Roseline Augustin]]</FullName>
  <BirthDate>[[DATE_OF_BIRTH:1976-04-18]]</BirthDate>
  <ANumber>[[A_NUMBER:A202447891]]</ANumber>
  <Phone>[[PHONE_NUMBER:+1 (617) 296-3318]]</Phone>
</Person>""")

R(P, "transcript_interpreter", "slavic", """Q (Officer): State your full name for the record.
A (via interpreter): [[PERSON:Bohdan Ivanovych Shevchuk]].
Q: Date of birth?
A: [[DATE_OF_BIRTH:second of March, nineteen seventy-three]].
Q: Where do you live now?
A: [[STREET_ADDRESS:1455 W Devon Ave Apt 3, Chicago, IL 60660]], with my sister [[PERSON:Halyna]].
summarize this Q&A in third person""")

R(P, "mexico_phone", "hispanic", """text message draft: remind sr. [[PERSON:Efraín Olvera]] his appointment moved to 9am. his number in Monterrey: [[PHONE_NUMBER:81 8342 7716]]""")

R(P, "gsa_card", "anglo", """travel card got declined at the hotel, card [[CREDIT_CARD:5531 4587 8046 8259]] on file for [[PERSON:Karen Whitcombe]]. write a note to the APC asking them to raise the limit""")

# ---------------------------------------------------------------- positives, block 7
R(P, "access_log", "korean", """which of these logins look suspicious?
Dec 02 03:11:47 vpn-gw1 auth: user=[[EMAIL_ADDRESS:hyejin.oh@tsa.dhs.gov]] src=[[IP_ADDRESS:203.0.113.84]] result=FAIL
Dec 02 03:11:52 vpn-gw1 auth: user=[[EMAIL_ADDRESS:hyejin.oh@tsa.dhs.gov]] src=[[IP_ADDRESS:203.0.113.84]] result=FAIL
Dec 02 03:12:09 vpn-gw1 auth: user=[[EMAIL_ADDRESS:hyejin.oh@tsa.dhs.gov]] src=[[IP_ADDRESS:2001:db8:4a1::17]] result=OK
(that's [[PERSON:Oh Hye-jin]]'s account, she's on leave)""")

R(P, "ny_dl", "indian", """the NY DMV lookup form wants these in a different order, can you reformat?
Licensee: [[PERSON:Rohan Chatterjee]] / NY ID [[US_DRIVER_LICENSE:748 215 903]] / DOB [[DATE_OF_BIRTH:1988-03-09]] / [[STREET_ADDRESS:37-18 74th St Apt 2R, Jackson Heights, NY 11372]]""")

R(P, "ca_dl", "vietnamese", """CA DL [[US_DRIVER_LICENSE:D4471920]] belongs to [[PERSON:Lam Quang Vinh]], [[STREET_ADDRESS:10382 Westminster Ave, Garden Grove, CA 92843]]. draft the records request to DMV""")

R(P, "bank_csv", "nigerian", """find duplicates in this payment file:
payee,routing,account,amount
[[PERSON:Emeka Nnamdi Uche]],[[ABA_ROUTING_NUMBER:061315967]],[[US_BANK_NUMBER:8820147731]],1250.00
[[PERSON:Chidinma Uche]],[[ABA_ROUTING_NUMBER:061315967]],[[US_BANK_NUMBER:8820147748]],1250.00
[[PERSON:Emeka Nnamdi Uche]],[[ABA_ROUTING_NUMBER:061315967]],[[US_BANK_NUMBER:8820147731]],1250.00""")

R(P, "amex_receipt", "chinese", """expense report rejected - "card number mismatch". receipt says AMEX [[CREDIT_CARD:3713 733387 00901]], cardholder [[PERSON:GUO Wenjie]]. which field do I fix?""")

R(P, "address_change", "filipino", """help me word an AR-11 reminder to this client:
[[PERSON:Angelito "Lito" Manalo]]
old: [[STREET_ADDRESS:2217 Mission St Apt 9, San Francisco, CA 94110]]
new: [[STREET_ADDRESS:418 Hickey Blvd, Daly City, CA 94015]]
A-Number [[A_NUMBER:A 214 778 095]]""")

R(P, "egypt_phone_email", "arabic", """reply in Arabic transliteration + English to [[PERSON:Nour el-Din Saleh]], he wrote from [[EMAIL_ADDRESS:nour.saleh@hotmail.com]] and his Cairo number is [[PHONE_NUMBER:012 8841 3370]]. tell him the interview is rescheduled""")

R(P, "refugee_intake", "somali", """intake form, fix capitalisation:
NAME: [[PERSON:abdullahi, hawa ahmed]]
DOB: unknown - [[DATE_OF_BIRTH:1/1/1990]] assigned
ALIEN #: [[A_NUMBER:A-218-903-417]]
CAMP: Dadaab
US TIE: uncle [[PERSON:Said Ahmed]], [[PHONE_NUMBER:206-725-4408]]""")

R(P, "french_note", "haitian", """traduire en anglais: « Le requérant, [[PERSON:Jacques-Édouard Vilsaint]], né le [[DATE_OF_BIRTH:23 février 1969]] à Jacmel, demeure au [[STREET_ADDRESS:14 rue Lamarre, Port-au-Prince]]. Tél. : [[PHONE_NUMBER:+509 4810 2296]]. »""")

R(P, "german_address", "slavic", """format this address for the envelope:
Dr. [[PERSON:Marek Nowak]]
[[STREET_ADDRESS:Hauptstraße 114, 10827 Berlin]]
Germany""")

R(P, "rural_route", "anglo", """is this a valid USPS format? [[STREET_ADDRESS:RR 4 Box 2291, Harlan, KY 40831]] - for [[PERSON:Tammy Sue Caudill]]""")

R(P, "puerto_rico_urb", "hispanic", """FEMA IA applicant, verify the address format:
[[PERSON:Wilfredo Santiago Colón]]
[[STREET_ADDRESS:Urb. Jardines de Caparra, Calle 7 K-12, Bayamón, PR 00959]]
tel [[PHONE_NUMBER:787-740-3315]]
registration no. FEMA-4339-DR 93-118820 (not SSN)""")

# ---------------------------------------------------------------- positives, block 8
R(P, "discover_dispute", "african_american", """customer [[PERSON:LaToya Simmons]] disputes the biometrics fee charged twice on Discover [[CREDIT_CARD:6011 9760 6886 6198]]. draft the refund approval""")

R(P, "teams_paste", "korean", """[[PERSON:Kang, Dong-hyun]] 10:41 AM
can someone run [[PERSON:Yoo Na-rae]]? dob [[DATE_OF_BIRTH:7/15/83]]
[[PERSON:Baek, Seung-min]] 10:44 AM
ran her, clean. her EDIPI [[DOD_EDIPI:1411870263]] shows prior army
^ summarize for the shift lead""")

R(P, "uscis_receipt_nodash", "indian", """status bot says "invalid receipt". I typed [[USCIS_RECEIPT_NUMBER:NBC9912408813]] for [[PERSON:Anjali Bhattacharya]]. is the format wrong?""")

R(P, "caseworker_email", "vietnamese", """From: [[PERSON:Trinh, Kevin]]
To: intake team
> > client [[PERSON:Duong Thi Hoa]] missed her biometrics, new appt?
> she can do any tuesday, cell [[PHONE_NUMBER:503-774-2918]]
ok send her the notice at [[STREET_ADDRESS:5306 SE 82nd Ave, Portland, OR 97266]]

shorten this thread into one sentence""")

R(P, "nigeria_phone_prose", "nigerian", """remind Chief [[PERSON:Olumide Bakare]] by sms about the interview. number is [[PHONE_NUMBER:0706 552 8812]] (Abuja)""")

R(P, "js_object", "chinese", """const applicant = {
  name: '[[PERSON:Xu Zihan]]',
  birthDate: '[[DATE_OF_BIRTH:1994-06-04]]',
  alien: '[[A_NUMBER:A209157734]]',
  ip: '[[IP_ADDRESS:198.51.100.147]]'
};
// why does JSON.stringify drop the date when I use new Date()?""")

R(P, "followup_one_line", "filipino", """and make [[PERSON:Jovelyn]]'s row bold, her SSN is [[US_SSN:548-29-1163]] not 548-29-1136""")

R(P, "credential_yaml", "arabic", """docker-compose won't start the db, here's the service:
  db:
    image: postgres:16
    environment:
      # set up by [[PERSON:Hamdan Al-Rashidi]], ask him before changing
      POSTGRES_USER: app_admin
      POSTGRES_PASSWORD: [[PASSWORD:Qasr-AlNoor#55]]""")

R(P, "somali_bilingual", "somali", """Fadlan u turjun English:
"Walaashay [[PERSON:Ubah Cali Xirsi]] waxay ku nooshahay [[STREET_ADDRESS:Wadada Maka Al-Mukarama, Degmada Hodan, Muqdisho]]. Telefoonkeeda waa [[PHONE_NUMBER:061 5902214]]." """)

R(P, "haitian_csv", "haitian", """merge these two lists and dedupe:
list A: [[PERSON:Dieudonné Casimir]], [[PERSON:Nadège Fleurimond]], [[PERSON:Ti Jan Pierre]]
list B: [[PERSON:CASIMIR DIEUDONNE]], [[PERSON:Nadege Fleurimond]], [[PERSON:Marckenson Exantus]]""")

R(P, "polish_email", "slavic", """translate and summarize: 
"Szanowni Państwo, nazywam się [[PERSON:Agnieszka Zielińska]], numer paszportu [[US_PASSPORT:EN7730418]], data urodzenia [[DATE_OF_BIRTH:05.11.1989]]. Proszę o kontakt: [[EMAIL_ADDRESS:a.zielinska@wp.pl]]" """)

R(P, "hispanic_lowercase", "hispanic", """quick, fix capitalization: [[PERSON:jose luis ramirez ochoa]], [[STREET_ADDRESS:2719 w 38th st apt 2, chicago il 60632]], ssn [[US_SSN:352 90 1127]]""")

# ---------------------------------------------------------------- positives, block 9 (longer)
R(P, "long_email_chain", "korean", """can you pull out every open action from this chain? it's long sorry

From: [[PERSON:Shin, Da-eun]]
Sent: Wednesday, December 2, 2026 8:14 AM
Subject: RE: RE: [[PERSON:Ahn Jae-seok]] - adjustment packet

Team,
Quick recap before the 10:00. The I-485 for [[PERSON:Ahn Jae-seok]] ([[USCIS_RECEIPT_NUMBER:MSC-26-104-88215]]) is still missing the medical.
His spouse [[PERSON:Ahn (Jung) Seo-yeon]] has the I-693 but the civil surgeon wrote her DOB as [[DATE_OF_BIRTH:1991-03-02]] (day and month swapped);
the correct DOB per her passport is [[DATE_OF_BIRTH:1991-02-03]]. Passport: [[US_PASSPORT:M40912877]] (ROK).
Please do not email them at the old address; the new mailing address is [[STREET_ADDRESS:2250 Gateway Oaks Dr Apt 318, Sacramento, CA 95833]].

> From: [[PERSON:Roberts, Clint]]
> Sent: Tuesday, December 1, 2026 4:52 PM
> I called [[PERSON:Jae-seok]] at [[PHONE_NUMBER:916-442-7780]], he said the medical is scheduled for 12/9.
> Also his employer letter lists SSN [[US_SSN:603-18-2294]], can someone confirm that matches the EAD file?
>
>> From: [[PERSON:Shin, Da-eun]]
>> Sent: Monday, November 30, 2026 9:03 AM
>> Adding [[PERSON:Clint]]. We need the medical, employer letter, and the spouse's corrected DOB.

Thanks,
[[PERSON:Da-eun]]""")

R(P, "long_case_narrative", "indian", """rewrite this case narrative in a neutral tone and cut it to about half the length:

On or about October 14, 2026, the petitioner, [[PERSON:Suresh Balakrishnan Pillai]], filed Form I-129F on behalf of the beneficiary,
[[PERSON:Meenakshi Sundaram]] (DOB [[DATE_OF_BIRTH:22-JAN-1996]]), a citizen of India residing at [[STREET_ADDRESS:Flat 4B, Sri Sai Residency, 12th Main Road, Indiranagar, Bengaluru 560038]].
The petitioner states they met in person in Chennai in March 2025 and again in Dubai in December 2025. Supporting evidence includes
boarding passes, hotel invoices and chat transcripts. The petitioner resides at [[STREET_ADDRESS:915 N Mathilda Ave Apt 210, Sunnyvale, CA 94085]] and
can be reached at [[PHONE_NUMBER:(408) 530-1184]]; the beneficiary's number is [[PHONE_NUMBER:+91 80 4127 3390]].
The petitioner's prior marriage to [[PERSON:Kavitha Raghunathan]] ended in divorce on 06/30/2021 (Santa Clara Superior Court case 21FL00418).
[[PERSON:Suresh]] has no prior K-1 filings. Receipt: [[USCIS_RECEIPT_NUMBER:EAC2629014471]]. Officer notes that the beneficiary's
passport ([[US_PASSPORT:W4318862]]) expires 2028 and that the relationship evidence is consistent across sources.""")

R(P, "vietnamese_family_table", "vietnamese", """Make a clean family tree from this:
| Quan hệ | Họ tên | Ngày sinh | Ghi chú |
|--|--|--|--|
| Cha | [[PERSON:Ngô Văn Toàn]] | [[DATE_OF_BIRTH:12/03/1950]] | mất 2019 |
| Mẹ | [[PERSON:Bùi Thị Lan]] | [[DATE_OF_BIRTH:08/08/1954]] | ở Huế |
| Con | [[PERSON:Ngô Minh Tuấn]] | [[DATE_OF_BIRTH:30/09/1980]] | US LPR, A# [[A_NUMBER:A096447120]] |""")

R(P, "nigerian_affidavit", "nigerian", """proofread this affidavit of support cover letter:

I, [[PERSON:Oluwaseyi Abiodun Fashola]], of [[STREET_ADDRESS:14 Admiralty Way, Lekki Phase 1, Lagos]], am the brother of [[PERSON:Temitope Fashola]] (date of birth [[DATE_OF_BIRTH:30 May 1992]]).
I confirm I will support her during her studies. My phone: [[PHONE_NUMBER:0809 441 2275]]. Email: [[EMAIL_ADDRESS:seyi.fashola@gmail.com]].""")

R(P, "chinese_wechat", "chinese", """请翻译成英文 (for the case file):
申请人：[[PERSON:林晓峰]]
出生日期：[[DATE_OF_BIRTH:1988年4月16日]]
电话：[[PHONE_NUMBER:138 1742 6690]]
地址：[[STREET_ADDRESS:上海市浦东新区张杨路1500号 12楼]]""")

R(P, "filipino_balikbayan", "filipino", """shipping manifest for a household goods claim, I need it as CSV:
Consignee: [[PERSON:Perla Magbanua]] / [[STREET_ADDRESS:Purok 3, Brgy. Poblacion, Kalibo, Aklan 5600]] / [[PHONE_NUMBER:0915 227 8140]]
Shipper: [[PERSON:Reynaldo Magbanua]] / [[STREET_ADDRESS:88 Hamilton Ave, Jersey City, NJ 07302]]""")

R(P, "arabic_name_formats", "arabic", """our system has the same man three different ways, which fields should I merge?
1. [[PERSON:AL-ZUBAIDI, AHMED HUSSEIN]]  DOB [[DATE_OF_BIRTH:1977-01-01]]
2. [[PERSON:Ahmad Husayn al-Zubaydi]]  DOB [[DATE_OF_BIRTH:01/01/1977]]
3. [[PERSON:Ahmed H. Zubaidi]]  DOB unknown  SSN [[US_SSN:587-40-3318]]""")

R(P, "somali_travel", "somali", """can you write a travel itinerary summary for the file:
traveler [[PERSON:Xamse Maxamed Cabdi]], KTN [[KNOWN_TRAVELER_NUMBER:TT21M4807]], MSP -> IST -> MGQ departing 12/18""")

R(P, "haitian_tps", "haitian", """TPS re-registration list, any obvious typos?
[[PERSON:Loubens Théodore]] - [[A_NUMBER:A-204-881-776]] - [[DATE_OF_BIRTH:1983-07-22]]
[[PERSON:Mirlande Théodore]] - [[A_NUMBER:A-204-881-777]] - [[DATE_OF_BIRTH:1986-12-05]]
[[PERSON:Wisly Théodore]] - [[A_NUMBER:A-204-881-778]] - [[DATE_OF_BIRTH:2012-02-29]]""")

R(P, "slavic_caps", "slavic", """ALL CAPS FROM THE MAINFRAME, MAKE IT TITLE CASE:
[[PERSON:VOLODYMYR OLEKSANDROVYCH HRYTSENKO]] [[DATE_OF_BIRTH:1970-06-19]] [[STREET_ADDRESS:1809 ALBEMARLE RD APT 4D BROOKLYN NY 11226]]""")

R(P, "anglo_common_words", "anglo", """payroll question: the garnishment order names [[PERSON:Hope Young]] as obligor and [[PERSON:Will Rich]] as payee, account [[US_BANK_NUMBER:55018820344]] routing [[ABA_ROUTING_NUMBER:071564766]]. which form do I send to payroll?""")

R(P, "hispanic_itin_family", "hispanic", """explain to this family in simple Spanish which ITIN belongs to whom:
padre: [[PERSON:Rigoberto Mejía]] — ITIN [[US_ITIN:944-71-2086]]
madre: [[PERSON:Dulce María Mejía]] — ITIN [[US_ITIN:944712094]]
hijo: [[PERSON:Brandon Mejía]] — SSN [[US_SSN:624-15-8870]]""")

R(P, "ticket_export_long", "haitian", """exported from the ticket system, the formatting is a mess. can you (1) group these by customer, (2) list what each one still needs, (3) draft one reply per customer? don't invent facts.

=== CASE 2026-CC-771204 ===  status: PENDING CUSTOMER  | channel: phone | queue: Tier 2 - Miami
created 2026-11-19 09:12 by agent [[PERSON:Brunache, Stéphanie]]
customer: [[PERSON:Ketly Alcindor]]   dob [[DATE_OF_BIRTH:1972-10-03]]   A#: [[A_NUMBER:A-201-774-365]]
contact: [[PHONE_NUMBER:(786) 419-2271]] / [[EMAIL_ADDRESS:ketly.alcindor@gmail.com]]
mail addr: [[STREET_ADDRESS:15420 NW 7th Ave Apt 112, Miami, FL 33169]]
>> note 1 (11/19): caller says TPS EAD not received, card shows mailed 10/30. USPS tracking shows returned.
>> note 2 (11/22): caller moved, AR-11 filed online? could not confirm. asked for confirmation number, she will call back.
>> note 3 (11/29): callback from daughter [[PERSON:Shelove Alcindor]] ([[PHONE_NUMBER:786-550-9123]]), no 3rd-party auth on file, did not discuss.
--------------------------------------------------------------
=== CASE 2026-CC-771388 ===  status: OPEN | channel: web | queue: Tier 1
created 2026-11-24 14:40 by webform
customer: [[PERSON:JOSEPH, Réginald]]   dob [[DATE_OF_BIRTH:04/11/1990]]   receipt [[USCIS_RECEIPT_NUMBER:IOE0926615502]]
contact: [[PHONE_NUMBER:+1 954 733 0186]]
>> webform text: "mwen poko resevwa randevou biyometrik mwen, tanpri ede m" (customer wrote in Kreyòl)
>> note 1 (11/25): agent [[PERSON:Brunache, Stéphanie]] replied in Kreyòl with standard biometrics language; customer says appointment notice went to [[STREET_ADDRESS:2231 Hollywood Blvd Apt 5, Hollywood, FL 33020]] which is his old address.
--------------------------------------------------------------
=== CASE 2026-CC-771402 ===  status: ESCALATED | channel: phone | queue: Tier 2 - Miami
customer: [[PERSON:Yvener Saint-Fleur]]   dob [[DATE_OF_BIRTH:22 DEC 1965]]
contact: [[PHONE_NUMBER:305.688.4017]]
>> note 1 (11/26): customer upset, says fee was charged twice. last 4 only noted. refund team ticket RT-55012.
>> note 2 (12/01): [[PERSON:Yvener]] called again, escalated to supervisor.
[end of export - 3 records]""")

R(H, "long_policy_digest", None, """summarise this for a one-page digest, keep the headings, and list every deadline in a table at the end. it was pasted from a PDF so some lines are broken.

1. PURPOSE
This notice updates component procedures for the quarterly review of
access roles in enterprise case-management systems. It supersedes the
notice issued in FY2024 and applies to all federal staff and contractor
personnel with privileged or elevated roles.

2. BACKGROUND
Recent internal audits found that role assignments were not consis-
tently removed when staff changed positions. The audit recommended
(a) automated role expiration after 180 days, (b) supervisor attestation
each quarter, and (c) a central dashboard for system owners.

3. PROCEDURES
3.1 System owners will export the role report by the 5th business day
of each quarter (January, April, July, October).
3.2 Supervisors will attest to each role within 15 calendar days of
receiving the report. Unattested roles are suspended automatically on
day 16 and removed on day 45.
3.3 Emergency access ("break glass") accounts are reviewed monthly and
must be logged in the change-management system with a ticket reference.
3.4 Shared or generic accounts are prohibited except where the system
owner documents a waiver approved by the component CISO.

4. RESPONSIBILITIES
Component CISO: approves waivers and reviews the dashboard quarterly.
System Owners: run exports, track attestation rates, report exceptions.
Supervisors: attest, or request removal of unneeded roles.
Help Desk: processes removals within 2 business days.

5. EFFECTIVE DATE
This notice is effective January 1, 2027. Questions go to the office
mailbox listed on the intranet page for this notice.

6. METRICS
Target attestation rate: 98% per quarter. Target removal time: 2 business
days. Exceptions above 2% trigger a corrective action plan within 30 days.""")


# ---------------------------------------------------------------- evasions
R(E, "html_entities", None, """clean up this html for the newsletter:
<p class="banner">[[CLASSIFICATION_MARKING:CONFIDENTIAL&#47;&#47;NOFORN]]</p>
<p>Quarterly trends at the northern ports...</p>""")

R(E, "html_entities", "arabic", """why does the browser show this weird? <div>[[CLASSIFICATION_MARKING:TOP&nbsp;SECRET&#x2F;&#x2F;SI&#x2F;&#x2F;NOFORN]]</div><div>Subject: [[PERSON:Faisal bin Nasser al-Harbi]]</div>""")

R(E, "markdown_emphasis", None, """render this markdown to plain text:
[[CLASSIFICATION_MARKING:*TOP SECRET*//SI//NOFORN]]
## Port surge staffing
- shift 2 moves to 12h rotations""")

R(E, "dotted_acronym", "filipino", """[[CUI_MARKING:C. U. I.]] -- please fix the grammar:
the beneficary [[PERSON:Rhea Mae Ocampo]] have been informed of the decision""")

R(E, "digit_for_letter", "slavic", """[[CLASSIFICATION_MARKING:S3CR3T//NOF0RN]]
bullet-ify: [[PERSON:Yevgeny Lazarenko]] met the courier twice in Riga.""")

R(E, "base64_marking", None, """decode this header and tell me what the doc is about: [[CLASSIFICATION_MARKING:U0VDUkVULy9SRUwgVE8gVVNBLCBGVkVZ]]
body: liaison notes, port security, week 48""")

R(E, "base64_marking", "chinese", """my script prints the banner as base64 for some reason: [[CUI_MARKING:Q1VJLy9TUC1QUlZDWS8vRkVEQ09O]] -- record for [[PERSON:Tang Shuyi]] follows. how do I decode in python?""")

R(E, "email_at_dot", "hispanic", """write to [[PERSON:Rosa Pineda]] -- her address is [[EMAIL_ADDRESS:rosa dot pineda at cbp dot dhs dot gov]] -- and ask for the secondary report""")

R(E, "email_brackets", "nigerian", """client's email is [[EMAIL_ADDRESS:kelechi.okafor [at] gmail [dot] com]], name [[PERSON:Kelechi Okafor]]. draft a reply""")

R(E, "ssn_words", "anglo", """my vet wrote his SSN out in words on the form, what do I do? "[[US_SSN:five two one, four four, nine zero one seven]]" - [[PERSON:Thomas Harlan Pruitt]]""")

R(E, "spaced_digits", "indian", """form field has spaces between every digit, can regex strip them? SSN [[US_SSN:5 3 8 2 2 7 1 9 4]] for [[PERSON:Nikhil Agarwal]]""")

R(E, "fullwidth_digits", "chinese", """copied from a Chinese-language form, phone looks odd: [[PHONE_NUMBER:（６２６）５７１－３３８０]], name [[PERSON:Peng Xiaoling]]""")

R(E, "fullwidth_digits", "korean", """this A-Number came from a Korean keyboard: [[A_NUMBER:Ａ２１２４４８９０７]] ([[PERSON:Cho Yun-seo]]) can you normalise?""")

R(E, "zero_width", "somali", "name in the export has invisible chars: [[PERSON:Mah\u200bamed Cab\u200bdi\u200brahman]], SSN [[US_SSN:431\u200b-72\u200b-0985]]. why does the dedupe fail?")

R(E, "zero_width", None, "rewrite this header: [[CLASSIFICATION_MARKING:TOP SE\u200bCRET//NO\u200bFORN]] Weekly Threat Roundup")

R(E, "cyrillic_lookalike", None, "please summarise: [[CLASSIFICATION_MARKING:\u0421\u0415CR\u0415T//NOFORN]]\nliaison notes re: cross-border tunnel detection, three sites")

R(E, "cyrillic_lookalike", "slavic", "tidy this up: [[CUI_MARKING:\u0421UI//SP-PRVCY]]\nсправка: applicant [[PERSON:Ruslan Gaidamak]] DOB [[DATE_OF_BIRTH:1981-11-02]]")

R(E, "split_line_break", "haitian", """the PDF broke the number across lines, what's the right A-Number? 
client [[PERSON:Fabiola Innocent]], A-Number [[A_NUMBER:A-208-
554-119]], hearing 1/14""")

R(E, "split_line_break", None, """my access key wrapped in the terminal, is this the full thing?
[[CLOUD_ACCESS_KEY:AKIA2MQ7XRZ9
LB4TVW8N]]""")

R(E, "hyphen_broken_marking", None, """the pdf split the banner: [[CLASSIFICATION_MARKING:TOP SE-
CRET//SI//NOFORN]] reflow pls""")

R(E, "spaced_letters", None, """header reads [[CLASSIFICATION_MARKING:S E C R E T // N O F O R N]] on every page; summarise the rest""")

R(E, "lowercase_marking", "vietnamese", """[[CLASSIFICATION_MARKING:top secret//hcs//noforn]] lol the old template lowercased it. anyway: source [[PERSON:Huynh Van Khoa]] reported two shipments""")

R(E, "leetspeak_marking", None, """[[CLASSIFICATION_MARKING:T0P 5ECR3T//5I]] -- make the following into a slide title: maritime domain awareness gaps""")

R(E, "url_encoded", None, """decode this query param: banner=[[CLASSIFICATION_MARKING:TOP%20SECRET%2F%2FNOFORN]]&page=3""")

R(E, "html_split_tags", None, """fix the broken spans: <span>[[CLASSIFICATION_MARKING:SE</span><span>CRET</span>//NOFORN]]</span>""")

R(E, "portion_spaced", "arabic", """[[CLASSIFICATION_MARKING:( S // NF )]] [[PERSON:Abdullah Qadir Hamidi]] crossed at Nogales twice in October. rewrite as one sentence""")

R(E, "rot13_marking", None, """my colleague sent this in rot13 as a joke, decode and summarise: [[CLASSIFICATION_MARKING:GBC FRPERG//FV]] -- Gur fuvczrag neevirf ba Gehefqnl""")

R(E, "password_spelled", "anglo", """tell the helpdesk my temp pw, it's [[PASSWORD:capital T, a, m, b, o, r, 7, 7, exclamation]] -- [[PERSON:Jeff Rowley]]""")

R(E, "password_spaced", "filipino", """ito ang password ko: [[PASSWORD:M a b u h a y 2 0 2 6 !]] paki-check kung tama ang format -[[PERSON:Carmelita Dizon]]""")

R(E, "token_zero_width", None, "pasted token from chat, it has hidden characters? [[GITHUB_TOKEN:ghp_Lw3Nq8Rt\u200b2Vx7Zm4Kc9Bd1Hs\u200b6Fy0Pj5Ga8Ue3X]]")

R(E, "aws_secret_spaced", None, """secret key got split into groups by my password manager: [[CLOUD_SECRET_KEY:wJ7t Rq2L mV9x Kz4B nC8s Yd3F hP6g Ae1U oXr5]] how do I join it?""")

R(E, "jwt_split", None, """token in two pieces from the log wrap:
part1 [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZW9pci1zeW5jIiwiaWF0IjoxNzY0NzIwMDAwLCJzY29wZSI6ImNhc2UucmVhZCJ9.
q7Xb2Lr9TnVw0pZk3YcFh8sJd4GmUe1aRo6tKiWlBvN]]""")

R(E, "card_words_mix", "nigerian", """customer read the card over the phone, I typed what I heard: [[CREDIT_CARD:four seven zero five, 9802 2387 eight two one nine]] - [[PERSON:Adaeze Onyekachi]]""")

R(E, "card_dotted", "hispanic", """card on the fax is dotted [[CREDIT_CARD:4202.4441.8521.8672]] for [[PERSON:Marisol Echeverría]]""")

R(E, "letter_o_for_zero", "somali", """the A-Number has letter O instead of zero: [[A_NUMBER:A-2O6-118-4O7]], [[PERSON:Shukri Cabdullahi]], please correct""")

R(E, "defanged_ip", "korean", """incident write-up: attacker pivoted through [[IP_ADDRESS:10.44.12[.]7]] using creds of [[PERSON:Ryu Tae-yang]]. polish the paragraph""")

R(E, "dob_words", "haitian", """write this DOB in numbers: [[PERSON:Évelyne Moïse]] was born on [[DATE_OF_BIRTH:the fourth of July, nineteen eighty-one]]""")

R(E, "name_spaced_caps", "indian", """signature block came out as [[PERSON:P R I Y A N K A   J O S H I]] in the OCR, fix it. her phone [[PHONE_NUMBER:9 8 2 0 1 4 4 7 3 6]] (Mumbai)""")

R(E, "passport_fullwidth", "vietnamese", """passport number looks weird in the scan: [[US_PASSPORT:Ｃ４８１０２９６７]] for [[PERSON:Đỗ Thanh Tâm]]""")

R(E, "slack_token_split", None, """bot token got broken in the wiki: [[SLACK_TOKEN:xoxb-71190443-
8810227 - Lp9RzT4wXc2VnQ8mKb]] reassemble?""")

R(E, "marking_in_json", "chinese", """{"hdr": "[[CLASSIFICATION_MARKING:C-O-N-F-I-D-E-N-T-I-A-L]]", "subject": "[[PERSON:Qian Wenbo]]"} make this valid json with a proper banner field""")

R(E, "fouo_dotted", None, """header says [[CUI_MARKING:F. O. U. O.]] - does that still apply after 2020? rewrite the memo header accordingly: Staffing plan FY27""")

R(E, "ssn_mixed_sep", "african_american", """the SSN on the old form uses dots and a slash [[US_SSN:458.22/6614]] for [[PERSON:Jamal Whitaker]], which is right?""")

# ---------------------------------------------------------------- positives, block 10 (top-up)
R(P, "followup_one_line", "korean", """oh and the cc should go to [[PERSON:Hwang Ji-ae]] at [[EMAIL_ADDRESS:jiae.hwang@fema.dhs.gov]], not the shared box""")

R(P, "followup_one_line", "indian", """same thing but for [[PERSON:Farhan]] - his A# is [[A_NUMBER:A-217-006-338]]""")

R(P, "transcript_speakers", "vietnamese", """transcribe-bot output, please label who said what properly:
[[PERSON:PHAN]]: chị [[PERSON:Loan]] gọi lại chưa
[[PERSON:TRUONG]]: chưa, số của chị ấy [[PHONE_NUMBER:(714) 326-5591]]
[[PERSON:PHAN]]: ok để em gọi, hồ sơ [[USCIS_RECEIPT_NUMBER:WAC-26-114-90372]]""")

R(P, "nigerian_mixed_caps", "nigerian", """NOK: [[PERSON:IBRAHIM, Aisha Bello]] (wife) tel [[PHONE_NUMBER:+234 803 117 4460]] -- fix the formatting of this next-of-kin line""")

R(P, "filipino_nickname", "filipino", """is "[[PERSON:Bong]]" ok as the preferred name? legal name [[PERSON:Ferdinand Tolentino Sison]], DOB [[DATE_OF_BIRTH:1968-04-01]]""")

R(P, "arabic_kv", "arabic", """ism: [[PERSON:Mariam Saad Al-Qahtani]]
tarikh al-milad: [[DATE_OF_BIRTH:1999/11/20]]
jawaz: [[US_PASSPORT:P3370198]]
turn these transliterated labels into English labels""")

R(P, "somali_voicemail", "somali", """voicemail left at the field office, write a call-back note:
"Salaan, magacaygu waa [[PERSON:Faadumo Xuseen]], lambarkaygu waa [[PHONE_NUMBER:651-207-4493]], fadlan ii soo wac." """)

R(P, "haitian_creole_email", "haitian", """> Bonjou, m se [[PERSON:Rose-Marie Estimé]], m voye paspò m lan: [[US_PASSPORT:RD4472910]]
> [[PERSON:Rose-Marie]]
reply in Creole that we received it""")

R(P, "nordic_names", "nordic", """attendee list for the Arctic maritime workshop, put in alpha order:
[[PERSON:Søren Kjærgaard]], [[PERSON:Ingrid Haugland]], [[PERSON:Åsa Lindqvist]], [[PERSON:Eero Mäkinen]]
[[PERSON:Ingrid]]'s cell for the bus: [[PHONE_NUMBER:+47 412 88 305]]""")

R(P, "nordic_form", "nordic", """Sökande: [[PERSON:Björn Eriksson]]
Födelsedatum: [[DATE_OF_BIRTH:1974-02-17]]
Adress: [[STREET_ADDRESS:Storgatan 22, 411 38 Göteborg]]
translate to English labels only""")

R(P, "chinese_caps_comma", "chinese", """what is the surname here, [[PERSON:HO, KA MAN VIVIAN]] or [[PERSON:Vivian Ho Ka-man]]? both appear on the I-765""")

# ---------------------------------------------------------------- hard negatives
R(H, "public_contact", None, """rewrite this so it's friendlier, it goes on the public FAQ page:
If you have questions about your case, call the USCIS Contact Center at 800-375-5283 (TTY 800-767-1833). Do not send documents to this number.""")

R(H, "public_contact", None, """> traveler asked how to reach TSA about a screening complaint
tell them: TSA Contact Center 866-289-9673, or TSA Cares at 855-787-2227 for passengers with disabilities. keep the answer to two lines""")

R(H, "public_contact", None, """Spanish version please: "After a disaster, call the FEMA Helpline at 800-621-3362 or apply at DisasterAssistance.gov." """)

R(H, "public_contact", None, """for the vendor onboarding doc, where do they report a cyber incident? I have CISA Central: report@cisa.gov, 888-282-0870 -- is that still current wording-wise? just tidy the sentence""")

R(H, "public_contact", None, """format as an address block for the conference badge sheet:
U.S. Department of Homeland Security
2707 Martin Luther King Jr Ave SE
Washington, DC 20528""")

R(H, "public_contact", None, """add this to the signature template footer: CBP Information Center 877-227-5511 | help.cbp.gov""")

R(H, "public_contact", None, """intro para for fraud training: "Report waste, fraud and abuse to the DHS OIG Hotline at 1-800-323-8603." make it sound less stiff""")

R(H, "public_contact", None, """need the mailing line for FEMA headquarters in a letterhead: 500 C Street SW, Washington, DC 20472 -- center it in html""")

R(H, "public_contact", None, """translate to Haitian Creole for the outreach flyer: "To report suspicious activity, call the ICE Tip Line at 866-DHS-2-ICE (866-347-2423)." """)

R(H, "public_contact", None, """Tagalog please: "Para sa mga katanungan tungkol sa inyong kaso, tumawag sa USCIS Contact Center: 800-375-5283." check if my Tagalog is natural""")

R(H, "po_number", None, """finance keeps bouncing this: PO# 470-22-1985 (purchase order, not a person). how do I tell them it's a PO and not an SSN in one sentence?""")

R(H, "invoice_number", None, """vendor invoice no. 571-448-2093 dated 11/02/2026 for $14,880.00 -- draft a note asking for the W-9 on file instead of reissuing""")

R(H, "contract_number", None, """summarise the mod: Contract 70RSAT25D00000117, Task Order 70RSAT26F00000412, period of performance 10/01/2026–09/30/2027, ceiling $2.4M""")

R(H, "case_tracking", None, """FOIA tracking: 2026-HQFO-00412 and CBP-OT-2026-004417 both closed, 2026-ICFO-18830 still open. make a status table""")

R(H, "ticket_number", None, """ServiceNow export:
INC0091427	Resolved	VPN drops every 30 min	Assigned: Network Ops
RITM0044812	Open	New monitor for desk 4-118	Assigned: Desktop Support
CHG0031150	Scheduled	Patch Tuesday rollout wave 2
which ones need a follow-up?""")

R(H, "part_number", None, """parts list for the radio repair, make it a table:
NSN 5820-01-451-8250  antenna, whip
P/N 301-44-1902  gasket, rubber
P/N 88-2210-07  connector, BNC
qty 4 each""")

R(H, "version_numbers", None, """after the upgrade to agent build 4.18.2.7 the endpoint client reports version 10.0.19045.4291 for the OS and 131.0.6778.86 for Chrome. is that mismatch expected?""")

R(H, "ip_like_version", None, """release notes say firmware 10.4.2.118 replaces 10.4.1.96 on the badge readers. summarise what changed in one paragraph: fixes reader lockups, adds audit export""")

R(H, "non_birth_dates", None, """policy memo dated 03/14/1986 was superseded on 11-JUN-2027? that can't be right, the draft says effective 2026-10-01. which date should the header use?""")

R(H, "marking_question", None, """what does NOFORN mean and when would a DHS component use REL TO instead? give me a one-paragraph explainer for new hires""")

R(H, "marking_training", None, """draft the agenda: the annual training covers SECRET and CUI handling, portion marking basics, and how to report a spill. 45 minutes total""")

R(H, "marking_question", None, """is FOUO still a thing or did CUI replace it completely? what do I do with old documents that say it""")

R(H, "secret_service", None, """write a thank-you note to the Secret Service field office for their help with the joint tabletop exercise last week""")

R(H, "top_secret_recipe", None, """office potluck flyer: "bring your top secret recipe! chili cook-off Friday in the 3rd floor break room" -- make it more fun""")

R(H, "confidential_ordinary", None, """how do I tell my team that survey responses are confidential and only aggregate results will be shared? keep it short and warm""")

R(H, "code_env_secret", None, """is this pattern ok for our flask app?

import os
api_key = os.environ["GEO_API_KEY"]
db_url = os.environ.get("DATABASE_URL")
password_hash = bcrypt.hashpw(form.password.data.encode(), bcrypt.gensalt())""")

R(H, "code_placeholders", None, """the README example shows
  POSTGRES_PASSWORD: ${DB_PASSWORD}
  AWS_ACCESS_KEY_ID: <your-access-key-id>
  AWS_SECRET_ACCESS_KEY: <your-secret-key>
should I commit this file or add it to .gitignore?""")

R(H, "connection_template", None, """explain each part of this template string for the runbook: postgresql://<user>:<password>@<host>:<port>/<database>?sslmode=require""")

R(H, "bearer_placeholder", None, """curl -H "Authorization: Bearer $TOKEN" https://api.internal.example/v1/health -- why does it say unauthorized when $TOKEN is empty?""")

R(H, "kinship_words", None, """my mother-in-law is visiting from abroad and my brother's wife asked if she needs a visa for a 2-week stay. what's the general rule for B-2 visitors? (not a case question, just curious)""")

R(H, "place_names", None, """list the land ports of entry in Texas from west to east: El Paso, Presidio, Del Rio, Eagle Pass, Laredo, Roma, Hidalgo, Brownsville. did I miss any big ones?""")

R(H, "capitalised_words", None, """Will the new Hope Street annex open before the King County office closes? Faith-based partners want to know. rewrite as a polite question to facilities""")

R(H, "sql_schema", None, """review this schema:
CREATE TABLE applicants (
  id SERIAL PRIMARY KEY,
  full_name TEXT NOT NULL,
  ssn CHAR(11),
  dob DATE,
  a_number VARCHAR(12),
  created_at TIMESTAMP DEFAULT now()
);
should ssn be encrypted at the column level?""")

R(H, "stack_trace_clean", None, """Traceback (most recent call last):
  File "/srv/app/tasks.py", line 212, in run_batch
    result = client.submit(batch)
  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 589, in request
    resp = self.send(prep, **send_kwargs)
requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.internal.example', port=443): Max retries exceeded
what should the retry/backoff look like?""")

R(H, "log_clean", None, """2026-12-02 06:00:01 INFO  scheduler  job=nightly_rollup started
2026-12-02 06:14:37 INFO  scheduler  job=nightly_rollup rows=48213 duration=876s
2026-12-02 06:14:37 WARN  scheduler  job=nightly_rollup exceeded SLA (600s)
why is it slow since monday? rows went up ~20%""")

R(H, "yaml_config", None, """k8s deployment keeps restarting, anything wrong?
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: intake-api
          image: registry.internal/intake-api:2.14.3
          resources:
            limits: {cpu: "500m", memory: "512Mi"}
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
            initialDelaySeconds: 3""")

R(H, "markdown_stats", None, """| Field Office | FY25 receipts | FY26 receipts | change |
|---|---|---|---|
| Newark | 41,220 | 44,108 | +7.0% |
| Houston | 38,902 | 36,475 | -6.2% |
| Seattle | 19,331 | 21,040 | +8.8% |
write two sentences on the trend""")

R(H, "blank_form", None, """make this fax cover sheet look nicer:
TO: ____________________   FROM: ____________________
Phone: (___) ___-____      Fax: (___) ___-____
SSN (last 4 only if required): ____
Pages incl. cover: ___""")

R(H, "form_instructions", None, """simplify these instructions: "Enter your A-Number in the format A-XXX-XXX-XXX. If you do not have an A-Number, leave the field blank. Your USCIS receipt number is three letters followed by ten digits." """)

R(H, "spanish_instructions", None, """¿está bien escrito? "Favor de traer su pasaporte vigente, la carta de cita y una identificación con foto. Llegue 15 minutos antes de su cita." """)

R(H, "french_instructions", None, """corrige le français svp: « Si vous avez oublié votre mot de passe, cliquez sur « Mot de passe oublié ? » et suivez les instructions. »""")

R(H, "haitian_creole_notice", None, """èske tradiksyon sa a bon? "Pote paspò ou ak lèt randevou a. Pa vini pi bonè pase 15 minit anvan lè randevou ou." """)

R(H, "vietnamese_notice", None, """dịch sang tiếng Anh: "Văn phòng sẽ đóng cửa vào ngày 25 tháng 12 và mở cửa lại vào ngày 26 tháng 12." """)

R(H, "somali_notice", None, """English please: "Xafiiska wuxuu xiran yahay maalinta Khamiista. Ballamaha waxaa loo wareejin doonaa toddobaadka soo socda." """)

R(H, "arabic_translit_greeting", None, """is this ok as a greeting on the Arabic flyer (transliterated for the speaker): "Ahlan wa sahlan, marhaban bikum fi maktab el-khidmat" """)

R(H, "tagalog_notice", None, """check my Tagalog: "Sarado ang opisina sa Lunes dahil sa pista opisyal. Salamat sa inyong pang-unawa." """)

R(H, "transcript_roles", None, """[00:00:05] Chair: let's start with the staffing item
[00:00:12] Speaker 2: we're down four officers on the night shift
[00:00:20] Chair: can overtime cover it through January?
[00:00:26] Speaker 3: budget says yes until the 15th
write minutes from this""")

R(H, "team_chat", None, """Hi team, thanks all for the quick turnaround on the Q1 plan. reminder the all-hands moved to 2pm. -- can you make this sound less robotic""")

R(H, "ocr_public_notice", None, """OCR of the lobby sign, fix it:
N0TICE: Th1s fac1lity 1s under v1deo surve1llance. All v1sitors must s1gn 1n at the front desk and wear a v1sitor badge at all t1mes.""")

R(H, "json_config", None, """{"timeout_ms": 30000, "retries": 3, "endpoint": "https://api.internal.example/v2", "port": 8443, "features": {"bulk_upload": true}}
how do I add a comment in JSON?""")

R(H, "html_public", None, """<nav><a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/foia">FOIA</a></nav>
why does the last link wrap on mobile?""")

R(H, "asset_inventory", None, """asset tag,model,location
2291-044-7781,Dell Latitude 7450,Bldg 4 Rm 118
2291-044-7782,Dell Latitude 7450,Bldg 4 Rm 120
2291-051-0033,HP LaserJet M611,Bldg 2 Rm 003
count laptops per building""")

R(H, "git_log", None, """git log --oneline output, write release notes:
a3f9c21 fix date parsing for ISO week
7be04d0 bump requests to 2.32.3
e1c88f2 add retry to upload client
0d4b6a9 docs: clarify env vars""")

R(H, "hashes_uuids", None, """are these valid? sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 and request id 3f2b8c1e-7d4a-4e2b-9a1c-5b6d7e8f9a0b""")

R(H, "tax_classification", None, """vendor form asks for "federal tax classification" -- is an LLC taxed as an S corp "S Corporation" or "LLC" on the W-9? short answer""")

R(H, "controlled_access_sign", None, """make a printable sign: "CONTROLLED ACCESS AREA - AUTHORIZED PERSONNEL ONLY - Badge required beyond this point" """)

R(H, "ssi_benefits", None, """a client asked if receiving SSI benefits affects a green card application under the public charge rule. give a general plain-language answer""")

R(H, "les_pay", None, """my LES shows a deduction I don't recognise, "FEGLI OPT B". what is that? (the Leave and Earnings Statement, not anything sensitive lol)""")

R(H, "pcii_talk", None, """write a one-paragraph description of the PCII program for our partner newsletter, what it protects and who can submit""")

R(H, "copyright_c", None, """footer for the training deck: "(c) 2026 Course content adapted with permission. Items (a), (b) and (c) are optional." fix punctuation""")

R(H, "plural_s", None, """is it "the applicant(s) must sign" or "each applicant must sign"? which is clearer for form instructions""")

R(H, "ts_file", None, """convert this .ts file to plain js: 
export function add(a: number, b: number): number { return a + b; }""")

R(H, "ssn_regex", None, r"""does this regex correctly reject 000 and 666 area numbers? ^(?!000|666|9\d{2})\d{3}-(?!00)\d{2}-(?!0000)\d{4}$""")

R(H, "excel_formula", None, """=IFERROR(VLOOKUP(A2,Sheet2!$A:$D,4,FALSE),"not found") returns not found for every row even though the IDs match, why?""")

R(H, "org_roles", None, """org chart text for the slide: Deputy Director -> Chief of Staff -> three Division Chiefs (Ops, Policy, Mission Support). make it a mermaid diagram""")

R(H, "travel_question", None, """what's the best way to get from Reagan National to the St. Elizabeths campus by metro? going for a training next week""")

R(H, "common_word_names", None, """Young Adult program, King Street station, Bill of Lading, Rich Text Format, Hope Diamond exhibit -- group these terms by category for the style guide""")

R(H, "flight_gate", None, """itinerary: UA 1532 IAD→SFO departs 07:15 gate C14, return UA 2281 SFO→IAD 22:40 gate F11, conf code not needed. make a calendar entry""")

R(H, "zip_stats", None, """applications by ZIP for the outreach map: 20001: 412, 20002: 388, 20019: 297, 20020: 301. which ZIPs are above the mean?""")

R(H, "coordinates_public", None, """center the map on 38.8462, -77.0074 with zoom 14 for the campus overview -- leaflet code please""")

R(H, "budget_numbers", None, """FY27 request $1,234,567.89 vs FY26 enacted $1,198,400.00 -- what's the percent change, and write it as a budget justification sentence""")

R(H, "tracking_numbers", None, """shipment status: UPS 1Z999AA10123456784 delivered, FedEx tracking 7720 1184 3356 in transit. write a short update for the supply office""")

R(H, "legal_citations", None, """explain 8 CFR 214.2(f)(5) and INA 212(a)(9)(B) in simple words for a training slide""")

R(H, "form_numbers", None, """what's the difference between I-130, I-485, N-400 and I-765? one line each""")

R(H, "password_policy", None, """rewrite our password policy: "Passwords must be at least 15 characters, must not reuse the last 24 passwords, and must be changed if compromised." make it friendlier""")

R(H, "spanish_contrasena", None, """traduce: "Ingrese su usuario y contraseña. Si olvidó su contraseña, haga clic en el enlace." """)

R(H, "memory_addresses", None, """segfault at 0x00007ffd3a2c1e40 in libssl.so.3, backtrace shows frame #2 0x000055d1c2b04f1a. what does this usually mean?""")

R(H, "windows_error", None, """Windows Update error 0x80070005 and then 0x800f081f on three laptops. what are the usual fixes?""")

R(H, "email_no_pii", None, """> > can we move the sync to thursday?
> works for me
ok thursday 10am in the 4th floor conference room, I'll send the invite
^ summarise for my calendar note""")

R(H, "pdf_wrap_clean", None, """reflow this PDF text:
The Department will continue to mod-
ernize legacy systems through FY28, pri-
oritizing case management, identity
verification and records retention.""")

R(H, "spreadsheet_clean", None, "copied from excel, sum the last column\nRegion\tQ1\tQ2\nNortheast\t1200\t1345\nSoutheast\t980\t1102\nWest\t1500\t1478")

R(H, "ticket_export_clean", None, """JIRA-4471 | Story | "As an adjudicator I want to filter cases by form type" | Sprint 42 | 5 pts
JIRA-4472 | Bug | "Export to CSV drops last row" | Sprint 42 | 3 pts
estimate total points""")

R(H, "phone_like_extensions", None, """conference room extensions: 4-1180 (big room), 4-1182 (huddle), bridge line code 882 441 9. make a small reference card""")

R(H, "classification_word", None, """our records schedule uses "classification" for file plan categories (e.g., 100-01 Administrative). how do I explain that to new staff so they don't confuse it with security classification?""")

R(H, "cui_acronym_expand", None, """what does CUI stand for and who is the executive agent? one sentence""")

R(H, "ip_question_no_ip", None, """how do I find the IP address of my printer on Windows 11? step by step""")

R(H, "credential_rotation_talk", None, """write a reminder that service account passwords rotate on the 1st of every quarter and that nobody should paste keys into chat or tickets""")

R(H, "aws_policy_json", None, """explain this IAM policy:
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::intake-public-forms/*"}]}""")

R(H, "sevis_talk", None, """what is the difference between a SEVIS ID and an I-20 number? my intern asked""")

R(H, "semver_list", None, """dependency bumps: numpy 1.26.4 -> 2.1.3, pandas 2.2.2 -> 2.2.3, urllib3 1.26.18 -> 2.2.3. any breaking changes I should expect?""")

R(H, "date_ranges", None, """leave calendar: 12/22/2026–01/02/2027 office closure, 01/19/2027 MLK Day, 02/16/2027 Presidents Day. make a bulleted list""")

R(H, "secret_word_ordinary", None, """the secret to a good briefing is starting with the ask. can you rewrite my opener with that in mind: "Today I want to walk through some background first..." """)

R(H, "top_secret_tv", None, """recommend a few spy novels for the book club, something like the "top secret" thrillers but less violent""")

R(H, "hex_color_codes", None, """brand colors: #005288 (DHS blue), #FFFFFF, #0078AE. give me CSS variables""")


if __name__ == "__main__":
    out = build(RECS, "bf", "blind_f_2026-12-03.jsonl")
    c, t, e, x = summary(out)
    print(len(out), dict(c), dict(x))
    print(dict(e))
