# Voice: ICE detainee-locator help line and family inquiries by phone and letter (ERO community relations).
RECORDS = [
("positive", "locator_call_log", "kiche",
"""CALL LOG 12/04 09:12 -- family inquiry (interpreter: K'iche', line 2)
Caller: [[PERSON:Juana Tzul Ixcoy]], sister, cb [[PHONE_NUMBER:(404) 555-0194]]
Seeking: [[PERSON:Baltazar Tzul Ixcoy]], A# [[A_NUMBER:A219004836]], DOB [[DATE_OF_BIRTH:07/22/1999]], COB Guatemala
Result: located via ODLS, gave facility name and visitation hours. Caller asked about bond; referred to the facility."""),

("positive", "spanish_mother_letter", "salvadoran",
"""Estimados señores: les escribo para saber dónde está mi hijo [[PERSON:Kevin Alexander Guardado Mejía]], número A [[A_NUMBER:A 214 883 507]],
nació el [[DATE_OF_BIRTH:2 de enero de 2001]] en San Miguel. Lo detuvieron en Houston. Mi nombre es [[PERSON:Rosa Mejía de Guardado]] y mi
teléfono es [[PHONE_NUMBER:832-555-0193]]. Que Dios los bendiga."""),

("positive", "odls_query_json", "honduran",
"""Why does this search return nothing? The family gave us this:
{"lastName": "[[PERSON:Zelaya Banegas]]", "firstName": "[[PERSON:Oscar Danilo]]", "countryOfBirth": "Honduras",
 "dateOfBirth": "[[DATE_OF_BIRTH:1987-10-05]]", "aNumber": null}"""),

("positive", "portuguese_letter_brazil", "brazilian",
"""Prezados, sou [[PERSON:Luzia Aparecida Fernandes]], mãe de [[PERSON:Wesley Fernandes Rocha]] (A-number [[A_NUMBER:A-203-557-918]]). Não tenho notícias
dele desde outubro. Meu endereço: [[STREET_ADDRESS:Rua das Acácias, 112, Centro, Governador Valadares - MG, 35010-120]], Brasil. WhatsApp
[[PHONE_NUMBER:+55 33 95550-0147]]. Por favor traduza esta carta."""),

("hard_negative", "odls_public_instructions", None,
"""Script for the help line: "You can search the Online Detainee Locator System by A-number -- the letter A followed
by 8 or 9 digits -- and country of birth, or by exact name, country of birth and date of birth. Children under 18
are not listed." For detention concerns callers can use the ERO detention reporting line, 1-888-351-4024."""),

("positive", "lowercase_chat", "afghan",
"""User: lady on the phone is looking for her husband [[PERSON:abdul wali noorzai]], she only knows his dob is [[DATE_OF_BIRTH:march 21 1985]] and he was
picked up near laredo. her name is [[PERSON:bibi gul noorzai]], she speaks pashto only
Assistant: I can help you draft the search steps; please avoid pasting the date of birth into the chat next time."""),

("positive", "admin_console_password_ticket", None,
"""INC0448127 -- locator admin console locked
Requester note: I reset it to the temporary one the help desk gave me: user ero_locator_admin / [[PASSWORD:Zglxqzayr@YaMN]]
and it still says "account disabled". Can you check the AD group?"""),

("positive", "les_call_summary", "anglo",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Family member [[PERSON:Carla Dunleavy]] called three times about her partner and said she would "come down to the
facility with friends." Facility notified; no further action.
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),

("positive", "github_token_dashboard", None,
"""# family-inquiry dashboard: nightly job pulls call stats from the private repo
git clone https://[[GITHUB_TOKEN:ghp_6yJaXr2IXSqXyb2uPQOjbOd2JEWj5i5L0ON1]]@github.com/ero-cr/inquiry-stats.git
python3 build_weekly.py --out /srv/reports
# the clone fails with 'Repository not found' since Friday"""),

("positive", "asylee_marked_summary", "eritrean",
"""[[CUI_MARKING:CUI//SP-ASYL]]
Inquiry from counsel about [[PERSON:Senait Gebremedhin]] ([[A_NUMBER:A207663150]]): pending asylum claim; counsel asks for
the date of transfer. Reply drafted.
[[CUI_MARKING:CUI//SP-ASYL]]"""),

("hard_negative", "angel_island_history", None,
"""For the community relations display: the Angel Island Immigration Station in San Francisco Bay operated from 1910
to 1940; poems carved in its walls survive. United States v. Wong Kim Ark (1898) settled birthright citizenship. Put
the Ellis Island photo on the other panel."""),

("hard_negative", "lookalike_a_numbers", None,
"""Visitation logistics: visitors park in Lot A, enter Building A, Room A-214. Shuttle route A12 leaves every 30
minutes. The facility's fax cover sheet is form A-1004. Flight AA 2217 lands at 14:05, seat 14A for the escort."""),

("hard_negative", "bond_paperwork_numbers", None,
"""Bond posting checklist: Form I-352 (bond contract), Form I-305 receipt number 26-ICE-4417-0926, cashier's check
payable to the Department of Homeland Security. Bond amount set by the officer or the immigration judge. Keep
the receipt; refunds take 8-12 weeks."""),

("positive", "vietnamese_letter", "vietnamese",
"""Kính gửi quý cơ quan, tôi là [[PERSON:Huỳnh Thị Kim Loan]], vợ của [[PERSON:Trần Minh Triết]], số A [[A_NUMBER:A098412276]]. Chồng tôi bị
chuyển trại tháng trước. Xin liên lạc với tôi qua số [[PHONE_NUMBER:408-555-0136]] hoặc địa chỉ [[STREET_ADDRESS:2210 Story Rd, Apt 6, San Jose, CA 95122]]."""),

("evasion", "cyrillic_a_number", "ukrainian",
"""User: the locator says invalid A-number for [[PERSON:Bohdan Melnychuk]]: [[A_NUMBER:А208114937]] -- I copied it from the family's e-mail
Assistant: The first letter in what you pasted is not a Latin A -- retype it by hand and try again."""),

("positive", "somali_letter", "somali",
"""Fadlan ii tarjun: Walaalkay [[PERSON:Abdirahman Yusuf Hirsi]] wuxuu dhashay [[DATE_OF_BIRTH:3da Luulyo 1994]]. Lambarkiisa A waa
[[A_NUMBER:A-216-004-729]]. Waxaan ahay [[PERSON:Faadumo Yusuf Hirsi]], telefoonkaygu waa [[PHONE_NUMBER:(206) 555-0170]]."""),

("hard_negative", "letter_template", None,
"""Reply template (do not edit the bracketed fields in the master):
Dear [Family member name],
Thank you for your letter regarding [Detainee Name], A-[Number]. The person is currently held at [Facility]. You can
reach the facility at [Facility phone] for visitation information. Sincerely, ERO Community Relations"""),

("positive", "creole_phone_transcript", "haitian",
"""Transcript (Kreyòl, line 3): "Bonjou, mwen rele [[PERSON:Nadège Pierre-Jacques]]. M ap chèche mari m, [[PERSON:Fritzner Pierre-Jacques]], li fèt
[[DATE_OF_BIRTH:15 out 1979]]. Nimewo m se [[PHONE_NUMBER:561-555-0148]]." Please give me an English summary for the log."""),

("evasion", "a_number_split_turns", "guatemalan",
"""User: family says his number is [[A_NUMBER:A-211-
User: (the line cut) ...409-662]], name [[PERSON:Marvin Coc Caal]], can you check the format?"""),

("hard_negative", "detention_stats", None,
"""Help me explain this table to a reporter: average daily population FY26 Q4 37,412; average length of stay 46.3
days; book-ins 61,205. Facility codes in the appendix (e.g., 4417-STL). These are public statistics from the
website."""),

("hard_negative", "telenovela_fiction", None,
"""Is this plot realistic? In the telenovela "Sin Fronteras", Rosaura Villaseñor searches for her brother Gabriel
in a detention center in Texas, and a kind officer named Agent Mendoza helps her through the locator website. I want
to use it as a discussion prompt in our community meeting."""),

("positive", "visitation_request_form", "iraqi+anglo",
"""VISITOR REQUEST (facility form, typed)
Visitor: [[PERSON:Zainab Kadhim Al-Rubaie]]   Relationship: wife
Visitor DOB: [[DATE_OF_BIRTH:June 30, 1990]]   ID: MI driver licence [[US_DRIVER_LICENSE:A 412 558 903 114]]
Detainee: [[PERSON:Haider Al-Rubaie]]   A#: [[A_NUMBER:A209337481]]
Attorney of record: [[PERSON:Gwendolyn Marchbanks]], Esq."""),

("hard_negative", "document_uuids", None,
"""Letters scanned today: doc IDs 3f2b8c1e-9a47-4d1b-8e6f-0c5a7d9b2e14, 7c1e4a92-5b3d-4f8e-a0c2-91d6e8b4f371. Batch
26-12-04-B, 14 pages. OCR engine v5.3.0. Upload to the records system queue LET-4417."""),

("evasion", "phone_fullwidth", "filipino",
"""Email received: "Please call me, [[PERSON:Marites Dizon Pangilinan]], tungkol sa aking anak. Numero ko ay [[PHONE_NUMBER:（６５０）５５５－０１６１]].\""""),

("hard_negative", "commissary_deposit", None,
"""How families add money to a detainee's commissary account: use the approved vendor's website or a lobby kiosk,
facility code 4417, fee $2.95 per deposit. Money orders go to the vendor's P.O. box, not to the facility. The vendor
customer line is on the back of the brochure."""),

("positive", "family_reply_cui_privacy", "sudanese",
"""[[CUI_MARKING:CUI//SP-PRVCY]]
Draft reply to congressional caseworker: the constituent's brother, [[PERSON:Mohamed Osman Abdelrahim]] ([[A_NUMBER:A215870443]]), was moved to
another facility on 11/28 for medical reasons. [[CUI_MARKING:(CUI//SP-PRVCY)]] He is receiving treatment.
[[CUI_MARKING:CUI//SP-PRVCY]]"""),

("hard_negative", "is_locator_classified", None,
"""Caller asked whether the detainee locator is "classified" or "secret". Script answer: No -- the Online Detainee
Locator System is a public website. It does not show medical or case information, which stays confidential under
the Privacy Act. Give the caller the website, not a phone number."""),
]
