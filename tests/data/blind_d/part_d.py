# Arabic + Somali positives
R = []
def P(tag, origin, text): R.append(("positive", tag, origin, text))

P("egypt_phone", "arabic", """Please summarise for the refugee file:
The applicant's brother [[PERSON:Mahmoud Abdel-Fattah Hassan]] lives in Giza and can be reached on his mobile [[PHONE_NUMBER:0100 555 2871]]. His address is [[STREET_ADDRESS:14 Shareh El-Haram, Apt 6, Giza 12556]].""")

P("arabic_form", "arabic", """ترجم إلى الإنجليزية من فضلك:
الاسم: [[PERSON:فاطمة الزهراء بن علي]]
تاريخ الميلاد: [[DATE_OF_BIRTH:12/04/1991]]
رقم الجواز: [[US_PASSPORT:N04718236]]""")

P("iraqi_siv", "arabic", """Draft a status update for the SIV applicant:
Dear Mr. [[PERSON:Haider Kadhim Al-Musawi]],
Your case [[USCIS_RECEIPT_NUMBER:NBC2690187724]] (A-Number [[A_NUMBER:A215 339 406]]) has been forwarded. Your wife, [[PERSON:Zainab Al-Musawi]], does not need a separate biometrics appointment.""")

P("incident_report", "arabic", """Rewrite this TSA incident report in neutral language:

INCIDENT REPORT – DTW Checkpoint 4 – 11/28/2026
Passenger [[PERSON:Omar Khalil Nasser]] ([[DATE_OF_BIRTH:DOB 02 FEB 1969]]) refused secondary screening of a laptop. Passenger states he is a frequent traveler, KTN [[KNOWN_TRAVELER_NUMBER:TT2Q7W4X]]. Passenger's daughter [[PERSON:Layla Nasser]] translated. Passenger phone [[PHONE_NUMBER:313-555-0198]]. LEO not called.""".replace("[[DATE_OF_BIRTH:DOB 02 FEB 1969]]", "DOB [[DATE_OF_BIRTH:02 FEB 1969]]"))

P("js_object", "arabic", """what's wrong with this JS? it prints undefined

const applicant = {
  name: '[[PERSON:Youssef Benjelloun]]',
  email: '[[EMAIL_ADDRESS:y.benjelloun@menara.ma]]',
  phone: '[[PHONE_NUMBER:+212 661-555-042]]',
};
console.log(applicant.Name);""")

P("passwort_de", "arabic", """Kannst du diese E-Mail ins Englische übersetzen?

Hallo Team, ich bin [[PERSON:Karim Haddad]] aus dem Frankfurter Verbindungsbüro. Mein VPN-Zugang funktioniert nicht. Benutzername: [[PERSON:khaddad]], Passwort: [[PASSWORD:Rheinufer_88!]]. Danke!""")

P("arabic_apt", "arabic", """Sort these addresses by ZIP:
[[PERSON:Rania Shoukry]] — [[STREET_ADDRESS:5600 Schaefer Rd Apt 210, Dearborn, MI 48126]]
[[PERSON:Tariq Mansour]] — [[STREET_ADDRESS:9210 Warren Ave W, Unit 3, Dearborn, MI 48126]]
[[PERSON:Hala Darwish]] — [[STREET_ADDRESS:PO Box 2217, Hamtramck, MI 48212]]""")

P("ssn_no_dash_letter", "arabic", """Fix typos: "This letter confirms that [[PERSON:Nour Abdelrahman]], SSN [[US_SSN:286551094]], was employed with our firm from 2019 through 2024 as a interpretor." """.rstrip())

P("cui_banner_memo", "arabic", """CUI

Please turn the following into a two-line summary:
Subject [[PERSON:Ahmad Jaber Suleiman]] ([[A_NUMBER:A-208-114-775]]) was transferred to the Krome facility on 11/29. His attorney, [[PERSON:Samira Haddad]], was notified at [[EMAIL_ADDRESS:shaddad@haddadimmigration.com]].

CUI""".replace("CUI\n\nPlease", "[[CUI_MARKING:CUI]]\n\nPlease").replace("com]].\n\nCUI", "com]].\n\n[[CUI_MARKING:CUI]]"))

P("conn_string", None, """Why can't my Flask app connect? I set
SQLALCHEMY_DATABASE_URI = "[[CONNECTION_STRING:postgresql://fema_ia_app:Hx7!rQ2pLz@db-ia-prod.fema.local:5432/ia_claims]]"
and it times out.""")

# Somali
P("somali_case", "somali", """Summarise this ERO case note:
Subject [[PERSON:Abdirahman Mohamed Farah]], A# [[A_NUMBER:A209448116]], DOB [[DATE_OF_BIRTH:01/01/1993]], Somali national. Lives with cousin [[PERSON:Hodan Warsame]] at [[STREET_ADDRESS:2719 Cedar Ave S Apt 7, Minneapolis, MN 55407]]. [[PERSON:Abdirahman]] reports weekly by phone [[PHONE_NUMBER:612-555-0147]].""")

P("somali_lower", "somali", """correct this letter:
hello my name is [[PERSON:faadumo cali xasan]] i am writing for my husband [[PERSON:maxamed xuseen]] his a number is [[A_NUMBER:A 201 338 492]] we need the interview moved""")

P("somali_caps_csv", "somali", """Make a pivot count by city:
NAME,CITY,PHONE
[[PERSON:HASSAN, Ayaan Ibrahim]],Columbus,[[PHONE_NUMBER:614-555-0185]]
[[PERSON:YUSUF, Abdiweli]],Columbus,[[PHONE_NUMBER:614-555-0121]]
[[PERSON:OSMAN, Sahra]],Lewiston,[[PHONE_NUMBER:207-555-0177]]""")

P("somali_benefit", "somali", """Check this I-730 form summary:
Petitioner: [[PERSON:Ilhan Abdi Nur]]
Beneficiary: [[PERSON:Khadar Abdi Nur]]
Beneficiary DOB: [[DATE_OF_BIRTH:19 AUG 2004]]
Beneficiary address: [[STREET_ADDRESS:Hodan District, Maka Al Mukarama Road, Mogadishu]]
Receipt: [[USCIS_RECEIPT_NUMBER:IOE-09-214-47718]]""")

P("somali_email", "somali", """Make this email shorter:

Hi [[PERSON:Deeqa]],
Thanks for calling about your father's case. To confirm: Mr. [[PERSON:Warsame Jama Elmi]], I-94 [[I94_NUMBER:37019442815]], admitted 05/14/2025. He should file before the I-94 expires. Call me at [[PHONE_NUMBER:(206) 555-0133]] ext 4.
Best,
[[PERSON:Kristen Lowell]]
USCIS Seattle Field Office""")

P("somali_bank", "somali", """Convert this to a JSON object:
beneficiary: [[PERSON:Hamdi Abdullahi]]
bank routing: [[ABA_ROUTING_NUMBER:091040891]]
account number: [[US_BANK_NUMBER:1042877306]]
reason: FEMA rental assistance, DR-4822""")

P("somali_card_log", "somali", """what does this payment log say?
2026-11-30 14:02:11 INFO charge ok card=[[CREDIT_CARD:4040723862551182]] holder="[[PERSON:Najma Ali Hirsi]]" amount=85.00 svc=I-90 filing
2026-11-30 14:02:12 INFO receipt sent to [[EMAIL_ADDRESS:najma.hirsi@gmail.com]]""")

P("somali_secret_portion", "somali", """(S//NF) Reporting indicates [[PERSON:Abdiqani Sheikh Aden]] facilitated travel from Nairobi to Tijuana.
(U) Can you reformat this paragraph as bullet points?""".replace("(S//NF)", "[[CLASSIFICATION_MARKING:(S//NF)]]"))

P("somali_dl", "somali", """Applicant [[PERSON:Sagal Omar]] provided Minnesota DL [[US_DRIVER_LICENSE:S531-884-290-117]] and lives at [[STREET_ADDRESS:1515 Riverside Ave #402, Minneapolis, MN 55454]]. Rewrite for the verification letter.""")

P("somali_given_only", "somali", """Tidy up: Spoke to [[PERSON:Mohamud Hirsi Dahir]] again today. [[PERSON:Mohamud]] said his sister [[PERSON:Ifrah]] arrived from Nairobi. Phone on file still [[PHONE_NUMBER:952 555 0116]].""")
