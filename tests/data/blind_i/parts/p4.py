# Part 4: markings of many kinds, credentials, more positives across origins

R.append(("positive", "ssi_tsa_doc", None, """Summarize this screening checklist excerpt in three bullets:

[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]

Checkpoint staffing thresholds for Category X airports are revised as follows during peak travel...

[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]"""))

R.append(("positive", "pcii_report", None, """Make this vulnerability summary shorter for my boss:

[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Submission ID: PCII-2026-00417
The water utility's SCADA HMI is reachable from the corporate VLAN; default vendor credentials remained on two RTUs.
[[CUI_MARKING:PCII]] - Protected under the Critical Infrastructure Information Act of 2002."""))

R.append(("positive", "code_comment_fouo", None, """Can you add type hints to this function?

# [[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
# Watchlist matching thresholds - do not distribute
def match_score(a, b):
    # [[CUI_MARKING:(U//FOUO)]] threshold tuned on 2025 encounter data
    return jaro_winkler(a, b) > 0.91"""))

R.append(("positive", "ts_sci_banner", None, """Fix the typos only:

[[CLASSIFICATION_MARKING:TOP SECRET//SI/TK//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Reporting indicates the facilitator network has shfted its routing through the northern corridor.
[[CLASSIFICATION_MARKING:(S//REL TO USA, CAN, GBR)]] Partner services have been notfied.
[[CLASSIFICATION_MARKING:TOP SECRET//SI/TK//NOFORN]]"""))

R.append(("positive", "orcon_email", None, """Subject: [[CLASSIFICATION_MARKING:(S//OC/NF)]] Source reporting follow up

Can you make this paragraph read better?

[[CLASSIFICATION_MARKING:(S//OC/NF)]] The source reiterated that the shipment would transit via the Port of Miami in the second week of January.
[[CLASSIFICATION_MARKING:(U)]] Point of contact is the I&A desk officer."""))

R.append(("positive", "cvi_chemical", None, """Reword this for a site visit summary:

[[CUI_MARKING:CHEMICAL-TERRORISM VULNERABILITY INFORMATION]]
Facility tier: 3. Security vulnerability assessment identified weaknesses in perimeter lighting and badge controls at the east rail gate.
[[CUI_MARKING:CVI]]"""))

R.append(("positive", "sbu_legacy", None, """Make this into a table:

[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Region | Shelters open | Beds available
IV | 41 | 6,120
VI | 18 | 2,305
[[CUI_MARKING:SBU]] - handle per legacy guidance until re-marked."""))

R.append(("positive", "cui_specified_email", "korean", """Subject: [[CUI_MARKING:CUI//SP-IMMIG]] case status
From: [[PERSON:Jang Dong-hyuk]] <[[EMAIL_ADDRESS:dong-hyuk.jang@uscis.example.gov]]>

[[CUI_MARKING:CUI//SP-IMMIG]]
Applicant [[PERSON:Bae Yoo-jin]] ([[A_NUMBER:A213907455]]) has a pending I-751. Please advise on the interview waiver.

Please rewrite this to sound less abrupt."""))

R.append(("positive", "rsa_private_key", None, """Is this PEM key RSA or EC? Our load balancer rejects it.

[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
VDSv8/hPNV1nDqUTnca+UfCzwADwjfWKZVEVzid0tPISP/zygq1xHr9HDbeVOi5B
meSCSaC2uGqTyKTxZNZhv2AS8L8zf4vsGTbV8vTpuqqmxggIVPagZNWWja8L+KON
7Ns0VNXeoA+Cef9zzckumPuEeXXMgwZkF50ZpeI6g5Z69Jzxc2oZaetdp7sIJRdU
05AmK8xHPXTf7jRBbtt3YXVP6TeRi7RM5BryY10xOU479jzxdHA4372HiGMVgK6Q
-----END RSA PRIVATE KEY-----]]"""))

R.append(("positive", "mongo_conn", None, """Python says 'Authentication failed' - here's my code:

client = MongoClient("[[CONNECTION_STRING:mongodb+srv://etl_user:Gr4nite%21Falls@cluster0.example-cbp.test/encounters?retryWrites=true]]")
db = client.encounters"""))

R.append(("positive", "basic_auth_curl", None, """Why does this curl return 401?

curl -H "Authorization: Basic [[PASSWORD:c3ZjX2Z0cDpCYXllc2lkZSEyMDI2]]" https://api.example-fema.test/v2/registrations?limit=10"""))

R.append(("positive", "gitlab_token_chat", "japanese", """[2:41 PM] [[PERSON:Kobayashi, Shota]]
here's the runner token for the staging project [[GITLAB_TOKEN:glpat-fyUPzEBLdnM2udroJ2Na]] just use it for now

[2:43 PM] [[PERSON:Emi Tanabe]]
ty! will rotate after demo

summarize what we agreed in this chat"""))

R.append(("positive", "password_spanish", "hispanic", """¿Puedes revisar este correo antes de enviarlo?

Hola [[PERSON:Ximena Palacios]]:
Te comparto el acceso temporal al portal de casos. Usuario: xpalacios. Contraseña: [[PASSWORD:Huracán#María2017]]. Cámbiala al entrar.
Saludos,
[[PERSON:Guadalupe Ferrer]]"""))

R.append(("positive", "password_german", "slavic", """Übersetze bitte ins Englische: "Hallo [[PERSON:Bogdan Radulović]], das Passwort für den Testserver lautet [[PASSWORD:Wolke7!Berlin_26]]. Bitte nicht weitergeben. Gruß, [[PERSON:Natalia Wiśniewska]]" """))

R.append(("positive", "password_vietnamese", "vietnamese", """Dịch sang tiếng Anh: "Chị [[PERSON:Huỳnh Ngọc Lan]] ơi, mật khẩu email mới của chị là [[PASSWORD:SaiGon@2026xanh]], chị đăng nhập rồi đổi lại nhé. Em [[PERSON:Võ Thanh Tùng]]." """))

R.append(("positive", "somali_dcm_note", "somali", """Case note cleanup please:

client [[PERSON:Faadumo Hirsi]] (dob [[DATE_OF_BIRTH:1974]]? she wasn't sure, ID says [[DATE_OF_BIRTH:01/01/1974]]) moved from shelter to [[STREET_ADDRESS:1530 E Franklin Ave Apt 9, Minneapolis, MN 55404]]. phone [[PHONE_NUMBER:612-555-0127]]. interpreter [[PERSON:Ilhaan Mahamud]] helped by phone. next visit 12/15."""))

R.append(("positive", "somali_translation", "somali", """Fadlan u turjun Ingiriisi: "Magacaygu waa [[PERSON:Sahra Yusuf Egal]]. Waxaan dhashay [[DATE_OF_BIRTH:12 Luulyo 1988]]. Lambarka taleefankaygu waa [[PHONE_NUMBER:(206) 555-0152]]. Cinwaankaygu waa [[STREET_ADDRESS:4021 S Othello St, Seattle, WA 98118]]." """))

R.append(("positive", "japanese_translation", "japanese", """次の文を英語に翻訳してください：「[[PERSON:高橋 陽翔]]（[[PERSON:Takahashi Haruto]]）、生年月日[[DATE_OF_BIRTH:平成10年4月3日]]、住所 [[STREET_ADDRESS:〒150-0002 東京都渋谷区渋谷2-21-1]]、電話[[PHONE_NUMBER:03-5555-0148]]。ESTAの申請について問い合わせ。」"""))

R.append(("positive", "tagalog_translation", "filipino", """Pakisalin sa Ingles: "Ako si [[PERSON:Maricel Dimaandal]], ipinanganak noong [[DATE_OF_BIRTH:Agosto 14, 1983]]. Ang aking A-Number ay [[A_NUMBER:A209 334 871]]. Nakatira ako sa [[STREET_ADDRESS:2550 Mission St, Apt 5, Daly City, CA 94014]]. Tawagan ako sa [[PHONE_NUMBER:650-555-0193]]." """))

R.append(("positive", "apo_address_hr", "african_american", """HR personnel action, please format as a table:

Employee: [[PERSON:Darnell Lockhart]]
SSN: [[US_SSN:233-71-4508]]
DOB: [[DATE_OF_BIRTH:12 Jun 1978]]
Mailing (OCONUS): [[STREET_ADDRESS:Unit 4120 Box 17, APO AE 09128]]
Action: Reassignment, USCG Activities Europe
Effective: 01/11/2027"""))

R.append(("positive", "dpo_foreign_service", "anglo", """Write a welcome note for the new attaché office staffer: [[PERSON:Courtney Hallbrook]], mailing address [[STREET_ADDRESS:9400 Bogota Place, DPO AA 34038]], phone [[PHONE_NUMBER:+57 601 555 0116]], personal email [[EMAIL_ADDRESS:c.hallbrook@example.org]]."""))

R.append(("positive", "rural_route", "anglo", """FEMA IA applicant list, sort by county:

[[PERSON:Harold Finchley]] - [[STREET_ADDRESS:RR 2 Box 118, Pikeville, KY 41501]] - [[PHONE_NUMBER:606-555-0175]]
[[PERSON:Tucker Hallbrook]] - [[STREET_ADDRESS:4471 Hwy 80, Hazard, KY 41701]] - [[PHONE_NUMBER:606-555-0132]]
[[PERSON:Hope Rivers]] - [[STREET_ADDRESS:PO Box 55, Whitesburg, KY 41858]] - [[PHONE_NUMBER:(606) 555-0101]]"""))

R.append(("positive", "common_word_names", "african_american", """draft a thank-you note to the volunteers [[PERSON:Clement Ashby]], [[PERSON:Faith Gardner]] and [[PERSON:Rusty Banks]] for staffing the Baton Rouge DRC. Mention [[PERSON:Clement]] translated for three families and [[PERSON:Rusty]] fixed the generator."""))

R.append(("positive", "secret_service_casefile", "chinese", """Summarize this counterfeit case intake:

Subject: [[PERSON:GUO Zhiqiang]] aka "[[PERSON:Kevin Guo]]"
DOB: [[DATE_OF_BIRTH:1984/11/09]]
Address: [[STREET_ADDRESS:188 Mott St, Apt 4R, New York, NY 10012]]
Card used: [[CREDIT_CARD:6011423821919568]] (skimmed, issuer notified)
Passport (US): [[US_PASSPORT:H38820174]]"""))

R.append(("positive", "sf86_employment", "iranian", """Tighten up this SF-86 Section 13A entry:

Employer: Persepolis Logistics LLC
Supervisor: [[PERSON:Kourosh Ebrahimi]], [[PHONE_NUMBER:(818) 555-0169]], [[EMAIL_ADDRESS:k.ebrahimi@persepolis-log.example.com]]
Employer address: [[STREET_ADDRESS:16501 Ventura Blvd, Suite 220, Encino, CA 91436]]
Reason for leaving: accepted federal position.
My SSN for the record is [[US_SSN:601-38-2297]]."""))

R.append(("positive", "cbp_seizure_tool_args", "nigerian", """My agent produced this function call; is the JSON valid?

{"name": "create_seizure_record", "arguments": {"port": "ATL", "importer_contact": "[[PERSON:Babatunde Olaniyan]]", "importer_phone": "[[PHONE_NUMBER:+1 404 555 0136]]", "importer_address": "[[STREET_ADDRESS:2100 Riverchase Dr, Suite 300, Hoover, AL 35244]]", "consignee": "[[PERSON:Emeka Nwosu-Ike]]", "consignee_email": "[[EMAIL_ADDRESS:emeka.nwosuike@example.ng]]", "merchandise": "counterfeit auto parts", "value_usd": 48250}}"""))

R.append(("positive", "haitian_sms", "haitian", """translate pls, text from client: "bonjou se [[PERSON:ketleen desrosiers]], m chanje nimewo m, nouvo a se [[PHONE_NUMBER:617 555 0176]]. m poko jwenn lèt FEMA a. adrès mwen se toujou [[STREET_ADDRESS:12 woodrow ave dorchester ma]]. mèsi" """))

R.append(("positive", "brazilian_email", "brazilian", """Forwarded message, translate to English:

---------- Forwarded message ---------
De: [[PERSON:Thiago Nascimento]] <[[EMAIL_ADDRESS:thiago.nascimento@example.com.br]]>
Para: [[PERSON:Rafael Siqueira]]

> Oi [[PERSON:Rafael]], segue meu CPF e data de nascimento pro formulário do visto: nascido em [[DATE_OF_BIRTH:03/09/1990]]. Endereço: [[STREET_ADDRESS:Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001]]. Celular [[PHONE_NUMBER:(11) 95555-0143]]."""))

R.append(("positive", "pacific_ocr", "pacific_islander", """OCR of a handwritten DRC sign-in sheet, make a clean list:

NAME              PHONE            ADDRESS
[[PERSON:Iosefa Mauga]]      [[PHONE_NUMBER:671-555-O185]]     [[STREET_ADDRESS:142 Chalan Kanton Tasi, Dededo, GU 96929]]
[[PERSON:LEILANI KAHALEWAI]] [[PHONE_NUMBER:(808)555-0114]]    [[STREET_ADDRESS:P.O. Box 1187, Lahaina HI 96767]]
[[PERSON:Mele  Fifita]]      [[PHONE_NUMBER:8O8 555 0129]]     same as above .,;"""))

R.append(("positive", "indian_i9", "indian", """I-9 Section 1 review, does anything look off?

Last Name: [[PERSON:Gopalakrishnan]]  First Name: [[PERSON:Anil Kumar]]  MI: -
Address: [[STREET_ADDRESS:7720 Ridgeview Dr, Apt 1102, Plano, TX 75024]]
Date of Birth: [[DATE_OF_BIRTH:10/28/1985]]
U.S. Social Security Number: [[US_SSN:457-19-6034]]
Email: [[EMAIL_ADDRESS:anil.gopal85@example.com]]   Phone: [[PHONE_NUMBER:469-555-0198]]
Alien Registration/USCIS Number: [[A_NUMBER:A204776519]]"""))

R.append(("evasion", "ssn_split_lines", "somali", """OCR wrapped the SSN across lines on this rental application, can you put it back together?

Applicant: [[PERSON:Abdirizak Warsame Hersi]]
SSN: [[US_SSN:472-
58-
3316]]
Employer: Metro Transit"""))

R.append(("evasion", "homoglyph_email", "japanese", """the reply-to looked odd, is this the same person? [[PERSON:Yuki Morimoto]] <[[EMAIL_ADDRESS:yukі.morimoto@exаmple.com]]> (some letters look cyrillic)"""))

R.append(("evasion", "slack_token_concat", None, """review this code, the dev split the token to avoid the secret scanner:

tok = "[[SLACK_TOKEN:xoxb-59056005674-" + "4579637228229-hNxth00JgDnD8NW6CVwKP5kJ]]"
client = WebClient(token=tok)"""))

R.append(("evasion", "card_number_words", "korean", """the caller read her card out loud, type it as digits: [[CREDIT_CARD:five two five eight, seven five two six, three four eight five, three four three zero]], name [[PERSON:Yeom Hae-rin]], for the FLETC housing deposit"""))

R.append(("evasion", "dob_obfuscated", "ethiopian", """kiosk form came through with junk characters: name=[[PERSON:M.e.s.e.r.e.t A.l.e.m.u]] dob=[[DATE_OF_BIRTH:1_9_8_6-0_4-1_1]] phone=[[PHONE_NUMBER:2o2.555.o166]]"""))

R.append(("evasion", "base64_password", None, """is this base64 a password? found in the deploy script: DB_PASS_B64=[[PASSWORD:U3VyZ2UtQ2FwYWNpdHkjOTE=]]"""))

R.append(("hard_negative", "portion_mark_talk", None, """I keep seeing letters in parentheses at the start of paragraphs in old memos. Explain, in general terms, what portion marking is for and how it differs from the banner at the top and bottom of a page. Don't reproduce any real examples."""))

R.append(("hard_negative", "staffing_numbers", None, """Convert to a bar chart description: Region I 112 staff, Region II 240, Region III 198, Region IV 455, Region V 201. Overtime hours: 1,204; 2,330; 1,981; 4,720; 1,875. Cost center codes 58-0101-07, 58-0201-07."""))

R.append(("hard_negative", "public_press_office", None, """Write a boilerplate line for press releases: "Media inquiries: contact the DHS Office of Public Affairs at 202-282-8010 or visit dhs.gov/news." And a second variant for FEMA's News Desk at 202-646-3272. Press releases only, no individual staff contacts."""))

R.append(("hard_negative", "docket_numbers", None, """List the comment periods for these dockets: USCIS-2026-0007, DHS-2026-0031, TSA-2025-0004-0112. Also the Federal Register citation 91 FR 44812 and RIN 1615-AC92."""))

R.append(("hard_negative", "env_template", None, """Is this .env.example fine to commit?

DB_HOST=localhost
DB_USER=app
DB_PASSWORD=
API_KEY=your-api-key-here
SLACK_BOT_TOKEN=xoxb-your-token
AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX
JWT_SECRET=<generate with openssl rand -hex 32>"""))

R.append(("hard_negative", "generic_hr_text", None, """Write a paragraph for the employee handbook on telework eligibility: employees must complete telework training, sign an agreement with their supervisor, and protect sensitive information at home by using agency equipment and locking their screen. Keep it under 150 words."""))

R.append(("hard_negative", "ships_and_places", None, """Translate to Spanish: "The cutter James and the cutter Stone conducted joint patrols near Puerto Rico and the U.S. Virgin Islands. Crews from Air Station Borinquen supported the operation. Operation Unified Resolve continues through March." """))
