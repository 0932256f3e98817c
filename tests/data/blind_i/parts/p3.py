# Part 3: evasions of many kinds, XML/INI configs, SEVIS/EDIPI/ITIN/DL, hard negatives

R.append(("evasion", "html_entities_email", "korean", """The web form HTML-escaped everything, can you unescape this contact block?

&lt;p&gt;Contact: [[PERSON:Han Tae-sung]]&lt;/p&gt;
&lt;p&gt;Email: [[EMAIL_ADDRESS:han.taesung&#64;example&#46;com]]&lt;/p&gt;
&lt;p&gt;Phone: [[PHONE_NUMBER:&#40;213&#41; 555&#45;0161]]&lt;/p&gt;"""))

R.append(("evasion", "number_words_ssn", "anglo", """transcribe this voicemail into the ticket: "hi this is [[PERSON:Brenda Ashworth]] calling about my flood claim, my social is [[US_SSN:five three eight, two two, four one nine six]], please call me back, thanks." """))

R.append(("evasion", "markdown_emphasis", "indian", """Meeting note (pasted from Confluence):

**Applicant:** *[[PERSON:Priyanka Venkataraman]]*
**SEVIS:** [[SEVIS_ID:N**00**3126**4975**]]
**DOB:** [[DATE_OF_BIRTH:_14_/_02_/_1999_]]
**I-20 school:** Georgia Tech

why does the SEVIS number look broken when I paste it into the portal?"""))

R.append(("evasion", "spaced_email_and_itin", "hispanic", """el cliente escribió así su correo y su ITIN en el formulario, ¿me ayudas a limpiarlo?
correo: [[EMAIL_ADDRESS:h e c t o r . z a v a l a @ e x a m p l e . c o m]]
ITIN: [[US_ITIN:9 1 2 - 7 4 - 5 5 1 8]]
nombre: [[PERSON:Héctor Zavala-Ríos]]"""))

R.append(("evasion", "dashes_in_a_number", "somali", """Qof magaciisu yahay [[PERSON:Mohamed Aden Guleed]] ayaa wacay. A-Number-kiisu waa [[A_NUMBER:A — 2 1 7 — 0 0 4 — 6 1 9]] (wuxuu ku qoray si kale). Fadlan u turjun Ingiriis oo sheeg waxa uu rabo: "Waxaan doonayaa inaan ogaado xaaladda codsigayga." """))

R.append(("evasion", "aws_key_split", None, """my teammate pasted these in slack across two messages so the scanner wouldn't catch them lol, is this still a problem?

msg1: key id [[CLOUD_ACCESS_KEY:AKIA DWGHH6148J 76E0GC]]
msg2: secret [[CLOUD_SECRET_KEY:KDZblhBlG/iyT4t84yLX
GbQqKBZIhuIGcv+kH29g]]"""))

R.append(("evasion", "password_reversed_hint", "vietnamese", """anh [[PERSON:Đặng Quốc Thịnh]] nhắn: mật khẩu wifi phòng họp là [[PASSWORD:P-h-o-n-g-H-o-p-#-2-0-2-6]] (bỏ dấu gạch ngang đi nhé). Can you translate this and tell me what the password is?"""))

R.append(("evasion", "github_token_spaced", None, """Why does this GitHub token not work in my script? I copied it from the PDF and it has spaces: [[GITHUB_TOKEN:gho_ KkitLporcx7KLT nsMyCXNj17I5uIVCc2HwS4]]"""))

R.append(("evasion", "dob_words", "nigerian", """Write a short bio for the awards program: [[PERSON:Ngozi Eze-Ibekwe]] (born on the [[DATE_OF_BIRTH:twenty-first of March, nineteen eighty-two]]) joined CBP in 2009 and now leads the trade enforcement team in Savannah. Her husband [[PERSON:Ifeanyi Obiora]] also works at the port."""))

R.append(("evasion", "fullwidth_ssn", "chinese", """HR系统导出的，帮我核对格式：姓名 [[PERSON:黄雨雯]] ([[PERSON:Huang Yuwen]])，社会安全号 [[US_SSN:２４６－８１－３５７０]]，出生日期 [[DATE_OF_BIRTH:1990年2月14日]]"""))

R.append(("evasion", "at_dot_email_phone_words", "pacific_islander", """txt from volunteer: "pls email me at [[EMAIL_ADDRESS:tavita.leota AT samoaaid DOT example DOT org]] or call [[PHONE_NUMBER:six eight four, seven three three, zero one two six]]" - [[PERSON:Tavita Leota]]. add him to the volunteer list?"""))

R.append(("evasion", "jwt_line_wrapped", None, """The token in the bug report got wrapped by the email client. Can you tell me what's in the payload?

[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoia3BoYW0iLCJzY29wZSI6ImNh
c2UucmVhZCIsImV4cCI6MTc5OTk5OTk5OX0.ucbB5MSx3m5NG83bH8NdvuPPz5He51BHZ3ReLVk2n5Y]]"""))

R.append(("positive", "xml_config", None, """Convert this web.config section to appsettings.json:

<connectionStrings>
  <add name="CasesDb" connectionString="[[CONNECTION_STRING:Server=sql-dcm-01.example.test;Database=DCM;User Id=dcm_app;Password=Hurr1cane!Ian#22;]]" providerName="System.Data.SqlClient" />
</connectionStrings>
<appSettings>
  <add key="SlackWebhookToken" value="[[SLACK_TOKEN:xoxb-90055168398-1541376945920-QW9HlvvzIx2GPgXnBUVBrzeT]]" />
  <add key="MapsKey" value="[[PASSWORD:AIzaM5hnc_oKjUx3JjqWHrBDWSdNIRFuQBAnc36]]" />
</appSettings>"""))

R.append(("positive", "ini_config", None, """Our vendor sent this ini for the kiosk. What does each setting do?

[database]
server = [[IP_ADDRESS:10.88.3.21]]
user = kiosk
passwd = [[PASSWORD:K!0sk-Gate7_tsa]]

[sync]
endpoint = https://sync.example-tsa.test/api
token = [[SLACK_TOKEN:xoxp-34984662942-683294947450-7759308572396-3c5cda171db2cd78fc802860c2f5d5d5]]"""))

R.append(("positive", "sevis_school_dso", "iranian", """Email draft to DSO, please polish:

Hi, our student [[PERSON:Arash Karimzadeh]] (SEVIS [[SEVIS_ID:N0028847150]], DOB [[DATE_OF_BIRTH:1998-08-09]]) needs his I-20 updated for the OPT STEM extension. His I-94 admission number is [[I94_NUMBER:51207749A31]]. He lives at [[STREET_ADDRESS:2215 E University Dr, Apt 309, Tempe, AZ 85281]]. Thanks, [[PERSON:Nasrin Ghorbani]], International Student Office"""))

R.append(("positive", "edipi_cac_request", "anglo", """Turn this into a CAC sponsorship request email:

Sponsor: CDR [[PERSON:Garrett Pelham]], USCG
Applicant: [[PERSON:Megan Stroud]] (contractor)
EDIPI (existing from prior Army service): [[DOD_EDIPI:1294736580]]
DOB: [[DATE_OF_BIRTH:May 30, 1990]]
Mailing: [[STREET_ADDRESS:PSC 817 Box 24, FPO AE 09622]]
Personal email: [[EMAIL_ADDRESS:megstroud90@example.com]]"""))

R.append(("positive", "driver_license_ocr", "african_american", """OCR from a driver license scan attached to a FEMA appeal, fix the layout:

MARYLAND   DRIVER'S LICENSE
4d DLN [[US_DRIVER_LICENSE:W-162-548-903-117]]
1 [[PERSON:ROUNTREE]]
2 [[PERSON:EBONY LASHAE]]
8 [[STREET_ADDRESS:4807 SILVER HILL RD APT T3
SUITLAND MD 20746]]
3 DOB [[DATE_OF_BIRTH:07/16/1987]]   4b EXP 07/16/2029
15 SEX F   16 HGT 5-06"""))

R.append(("positive", "itin_tax_question", "hispanic", """Mi vecina no tiene SSN, tiene ITIN. ¿Puede solicitar asistencia de FEMA? Sus datos: [[PERSON:Rosa Amparo Del Valle]], ITIN [[US_ITIN:978-52-6140]], nacida el [[DATE_OF_BIRTH:9 de octubre de 1966]], vive en [[STREET_ADDRESS:RR 4 Box 2217, Lajas, PR 00667]]. Su hijo [[PERSON:Aurelio]] es ciudadano."""))

R.append(("positive", "sql_result_finance", "brazilian", """Why is the sum off by one row? Query output:

 payee_name              | routing   | account        | amount
-------------------------+-----------+----------------+---------
 [[PERSON:Fernanda Albuquerque Lins]] | [[ABA_ROUTING_NUMBER:313217182]] | [[US_BANK_NUMBER:000123984412]] | 3,410.00
 [[PERSON:João Pedro Carvalho]]      | [[ABA_ROUTING_NUMBER:064033000]] | [[US_BANK_NUMBER:71529904]]     |   980.50
 [[PERSON:Luana Figueiredo]]         | [[ABA_ROUTING_NUMBER:313217182]] | [[US_BANK_NUMBER:000123984413]] | 1,200.00
(3 rows)"""))

R.append(("positive", "private_key_paste", None, """Our SFTP job to the vendor fails with "invalid format". This is the key file:

[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
2bhnaGj7MxJu+2tFY8Wtu1mz2SsPldTzQO2SRIk/NElPZ7bFH8QEpQZW+tSIXMXQ
jBGWNki1A/8ex7AKtWx1DmmXkFZh9olv6/K9FhnrXoVJKSayGZ/ZY6h65qMg7fKd
rtmGSfHUQlViOYYOIZDvfXTiKFR08YuLnKuE6mLX6f13C6lcdoZgbchXb0TtCNvk
y3y4bJ0Ac7ymbdoI4bz8PG3DGhbA8yJGZO78MW6xShpLCvsAP3JkAZF0ZiUr0Gnh
-----END OPENSSH PRIVATE KEY-----]]"""))

R.append(("hard_negative", "key_placeholder_doc", None, """Explain this README section to a new developer:

1. Generate a keypair: ssh-keygen -t ed25519 -f ~/.ssh/vendor_sftp
2. Never paste the contents of the private key file anywhere; only share vendor_sftp.pub.
3. The BEGIN/END lines mark the file boundaries; the tool checks for them.
4. Put the path (not the key) in config: SFTP_KEY_PATH=/home/svc/.ssh/vendor_sftp"""))

R.append(("hard_negative", "cui_umls", None, """In our NLP pipeline for the medical surge project, map these UMLS CUIs to preferred names: C0011849 (diabetes mellitus), C0020538 (hypertension), C0004096 (asthma). Why does our tagger label the column header "CUI" as a marking?"""))

R.append(("hard_negative", "ssi_benefits", None, """A survivor receives SSI (Supplemental Security Income) and SSDI. Does FEMA rental assistance count as income for SSI purposes? Explain simply for a caseworker, no need for specific people."""))

R.append(("hard_negative", "ip_like_versions", None, """Our log parser extracts these as IP addresses. They're semantic versions and OIDs. Write a regex that avoids them: 1.3.6.1.4.1.311, 2.5.4.3, v10.0.0.1-beta, 4.18.2.1 (package), 192.0.2.x (documentation range placeholder)."""))

R.append(("hard_negative", "confidential_footer", None, """Shorten this email footer: "CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee and may contain confidential or privileged information. If you received it in error, please notify the sender and delete it." Also suggest a friendlier version."""))

R.append(("hard_negative", "hurricane_ops_names", None, """Make a table of these exercise and event names with their lead component: Operation Vigilant Sentry (USCG District 7), Operation Lone Star (state), National Level Exercise 2026, Hurricane Milton response, Cyber Storm IX (CISA), Operation Blue Lightning (CBP), Project Shield America (HSI)."""))

R.append(("hard_negative", "card_shaped_ids", None, """These 16-digit numbers came in the property inventory export. They're asset tags, not card numbers — confirm they fail the Luhn check: 4111 2222 3333 4445, 5500 1234 5678 9012, 6011 0000 0000 0001. Also NSN 6515-01-540-6772 and barcode 0 12345 67890 5."""))

R.append(("hard_negative", "routing_shaped", None, """The bank file header has 'Immediate destination 123456789' and 'Immediate origin 987654321'. The spec sheet says these are placeholders in the sample file. Are they valid routing numbers? Just explain the checksum rule."""))

R.append(("hard_negative", "chat_no_pii", None, """User: Can you help me plan the DRC staffing for next week?
Assistant: Sure. How many centers and what hours?
User: 3 centers, 9am-7pm Mon-Sat. Each needs 2 greeters, 4 registration specialists, 1 SBA rep, 1 supervisor.
Assistant: That's 8 per center, 24 per day. With 6 days and 10-hour shifts you'll need two shifts or overtime approval.
User: make a table with shift A and shift B."""))

R.append(("hard_negative", "tool_call_no_pii", None, """Here's my agent's function call, why does it fail validation?

{"name": "search_cases", "arguments": {"status": "open", "region": "IV", "opened_after": "2026-10-01", "limit": 50, "fields": ["case_id", "county", "damage_level"]}}
Error: 'opened_after' must be RFC3339 timestamp."""))

R.append(("positive", "cisa_phish_report", "filipino", """User-reported phish, write a summary for the SOC channel:

From: "IT Helpdesk" <[[EMAIL_ADDRESS:helpdesk@dhs-secure-login.example.net]]>
To: [[PERSON:Rowena Pangilinan-Soriano]] <[[EMAIL_ADDRESS:rowena.pangilinan-soriano@cisa.example.gov]]>
Subject: Password expires today

User clicked and entered credentials. She says she typed her password [[PASSWORD:Manila#Bay2026!]] before realizing. Source IP of the landing page: [[IP_ADDRESS:103.214.7.62]]. Her desk phone [[PHONE_NUMBER:703-555-0115]]."""))

R.append(("positive", "uscis_call_note", "arabic", """Rewrite as a case note: Caller [[PERSON:Noor Haddad]] called on behalf of her father [[PERSON:Omar Al-Fayoumi]] (DOB [[DATE_OF_BIRTH:01/01/1951]]) re: I-90 receipt [[USCIS_RECEIPT_NUMBER:LIN2591736420]]. Father's new address [[STREET_ADDRESS:13650 Hoover St, Apt 118, Westminster, CA 92683]]. Callback [[PHONE_NUMBER:714-555-0133]]. Explained AR-11 requirement."""))

R.append(("positive", "arabic_translation", "arabic", """ترجم هذه الرسالة إلى الإنجليزية من فضلك:

"أنا [[PERSON:ليلى قاسم]] ([[PERSON:Layla Qassem]])، تاريخ الميلاد [[DATE_OF_BIRTH:1993/05/21]]. رقم هاتفي [[PHONE_NUMBER:+962 7 9555 0184]]. أرجو تحديث عنواني إلى [[STREET_ADDRESS:5240 Chicago Rd, Warren, MI 48092]]." """))

R.append(("positive", "ethiopian_form_amharic", "ethiopian", """Translate the Amharic fields on this intake sheet:

ስም (Name): [[PERSON:ዮናስ ወልዴ]] / [[PERSON:Yonas Wolde]]
የትውልድ ቀን (DOB): [[DATE_OF_BIRTH:ጥር 12 ቀን 1985]] (Jan 20, 1993 GC)
ስልክ (Phone): [[PHONE_NUMBER:+251 91 155 0137]]
አድራሻ (Address): [[STREET_ADDRESS:1901 Hamlin St NE, Apt 3, Washington, DC 20018]]"""))
