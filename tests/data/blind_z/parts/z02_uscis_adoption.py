# Voice: USCIS International Adoption and overseas field offices
RECORDS = [
("positive", "i600_note", "chinese+anglo", """Case note - I-600 filed by [[PERSON:Willa Brennan-Hart]] and [[PERSON:Desmond Hart]] for child [[PERSON:LIANG Yutong]] ([[PERSON:梁雨桐]]), born [[DATE_OF_BIRTH:February 3, 2019]] in Nanning. Receipt [[USCIS_RECEIPT_NUMBER:NBC2690417733]]. Prospective parents' address: [[STREET_ADDRESS:118 Sycamore Bend Rd, Mankato, MN 56001]]."""),
("positive", "hague_json", "ethiopian", """{"caseType": "I-800", "child": {"name": "[[PERSON:Meron Tadesse Alemu]]", "dob": "[[DATE_OF_BIRTH:2020-09-14]]", "nameAmharic": "[[PERSON:ሜሮን ታደሰ]]"}, "petitioner": "[[PERSON:Faith Okonkwo-Lindqvist]]", "receipt": "[[USCIS_RECEIPT_NUMBER:IOE0928374615]]"}"""),
("positive", "email_field_office", "korean", """Subject: orphan determination - Seoul
Dear colleagues, the file for [[PERSON:KIM Ha-eun]] (김하은), date of birth [[DATE_OF_BIRTH:2018년 5월 22일]], lists the foster mother as [[PERSON:Chae Soon-ja]], tel. [[PHONE_NUMBER:+82 2-555-0139]]. Please confirm before the visa interview."""),
("positive", "home_study", "polish", """Home study update: adoptive parents [[PERSON:Tomasz Wiśniewski]] and [[PERSON:Wren Wiśniewska]] moved to [[STREET_ADDRESS:RR 2 Box 147, Hartington, NE 68739]]. Contact: [[EMAIL_ADDRESS:wren.wisniewska@mailbox-example.com]]. [[PERSON:Wren]] asked whether the updated home study must be re-notarised."""),
("positive", "lowercase_names", "haitian", """pls rewrite politely: tell [[PERSON:jean-wilfrid]] and [[PERSON:nadège dorvilien-sainvil]] that the i-604 for little [[PERSON:wislande dorvilien-sainvil]] (born [[DATE_OF_BIRTH:12 janvier 2017]]) is with the port-au-prince team"""),
("positive", "table_md", "guatemalan+indian", """| child | DOB | petitioner | A-number |
|---|---|---|---|
| [[PERSON:Yesenia Tzoc Ajú]] | [[DATE_OF_BIRTH:04/19/2016]] | [[PERSON:Priyanka Venkatachalapathy]] | [[A_NUMBER:A218-340-579]] |
| [[PERSON:Ixchel Pop Caal]] | [[DATE_OF_BIRTH:11/02/2015]] | [[PERSON:Anand Venkatachalapathy]] | [[A_NUMBER:A218-340-580]] |"""),
("positive", "ukraine_letter", "ukrainian", """Переклад листа: Шановні колеги, дитина [[PERSON:Ковальчук Дарина Олегівна]], дата народження [[DATE_OF_BIRTH:7 серпня 2014 р.]], проживає за адресою [[STREET_ADDRESS:вул. Садова, 14, кв. 3, Житомир, 10014]]. Please translate and summarise."""),
("positive", "cui_priv", None, """[[CUI_MARKING:CUI//SP-PRVCY]]
International Adoption weekly - pending orphan investigations by country (counts only). Can you turn this into bullets?
Ethiopia 4, Colombia 7, India 11, Ukraine 2"""),
("positive", "portion_marks", None, """[[CUI_MARKING:(CUI)]] The Accra field office will pause I-604 site visits for two weeks.
[[CUI_MARKING:(CUI//SP-IMMIG)]] Outstanding determinations will be re-routed to Nairobi.
Make this sound less bureaucratic."""),
("positive", "db_conn", None, """adoption_reports.py fails with: could not connect using [[CONNECTION_STRING:postgresql://iarpt:Vb83-qLw2Tz@pgdb-ia.example.internal:5432/intl_adoption]] - what is wrong with the port?"""),
("positive", "netrc", None, """My .netrc for the overseas file share:
machine ofo-share.uscis.example.internal
  login tmorrow
  password [[PASSWORD:7hWq!ez3Lk9Rm]]
why does ftp still prompt me?"""),
("positive", "fouo_forward", None, """forwarding from the Mexico City field office: "[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]] - list of facilitators under review attached" - can you draft an acknowledgment?"""),
("evasion", "base64_name_dob", "colombian", """the export tool gave me this base64 blob, can you decode it and put it in a table? [[PERSON:""" + __import__("base64").b64encode("Valentina Ospina Restrepo".encode()).decode() + """]] / DOB [[DATE_OF_BIRTH:""" + __import__("base64").b64encode("1987-03-21".encode()).decode() + """]]"""),
("evasion", "fullwidth_anumber", "indian", """Petitioner [[PERSON:Karthik Subramaniam]] wrote his A-number in the form as [[A_NUMBER:Ａ２０９４４７１８２]], is that acceptable?"""),
("hard_negative", "public_guidance", None, """Hague Convention adoptions: prospective adoptive parents file Form I-800A before being matched with a child. Fees and filing addresses are on uscis.gov/adoption. The National Benefits Center handles most filings."""),
("hard_negative", "famous_adoptees", None, """For the Adoption Awareness Month newsletter: Steve Jobs, Faith Hill and Nelson Mandela's foster upbringing are often cited; please check which examples are accurate before we publish."""),
("hard_negative", "receipt_lookalikes", None, """Courier tracking for the dossier: DHL 4918 2077 36; embassy invoice INV-2026-00417; translator quote #Q-881045; Apostille cert no. 2026/AP/55102."""),
("hard_negative", "confidential_prose", None, """Adoption records are confidential under the law of most sending countries, so we advise families to keep their own copies. The adopted child's birth records may be sealed."""),
("hard_negative", "fiction_orphan", None, """Writing a short story for my daughter: Anne Shirley arrives at Green Gables, and Marilla expected a boy. Can you help me retell it at a five-year-old's level?"""),
("hard_negative", "country_stats", None, """Intercountry adoptions to the US (State Department annual report): FY2019 2,971; FY2020 1,622; FY2021 1,785; FY2022 1,517. Please chart the trend."""),
("hard_negative", "invalid_ssn_example", None, """Training example only: an SSN such as 900-12-3456 or 666-40-1234 can never be issued, so the form validator must reject it."""),
]
