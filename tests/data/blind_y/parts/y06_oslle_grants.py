# Voice: DHS Office for State and Local Law Enforcement (OSLLE) grant questions
RECORDS = [
("positive", "sheriff_email", "anglo",
"""Please draft an answer to this email:
From: Sheriff [[PERSON:Clayton Boone Merriweather]] <[[EMAIL_ADDRESS:cmerriweather@lamarcountyso.example.gov]]>
Can Operation Stonegarden funds pay overtime for a deputy who is also on the county dive team? My chief deputy [[PERSON:Faith Ainsworth-Kell]] ([[PHONE_NUMBER:662-555-0143]]) handles the paperwork.
— [[PERSON:Clay]]"""),
("positive", "payee_bank_form", "hispanic+ukrainian",
"""Is this ACH enrollment form complete?
Payee: [[PERSON:Ortega-Whitfield, Simone]] (grants manager, Pueblo Police Dept)
Beneficiary account: [[US_BANK_NUMBER:4471028836]]
Routing: [[ABA_ROUTING_NUMBER:115169784]]
Signed: [[PERSON:Simone Ortega-Whitfield]]
Alternate contact: [[PERSON:Nikolai Prokopenko]], [[PHONE_NUMBER:719-555-0188]]"""),
("positive", "tribal_police_grant", "lakota",
"""Rewrite more formally: Chief [[PERSON:Wambli Ohitika Two Crow]] of the tribal police asks if THSGP money can buy a drone. Mail to [[STREET_ADDRESS:PO Box 290, Pine Ridge, SD 57770]]. His cell is [[PHONE_NUMBER:605 555 0167]]. Born [[DATE_OF_BIRTH:June 4th 1977]] — he mentioned it for the background form."""),
("positive", "grant_csv", "mexican",
"""Total the requested amounts by agency:
agency|poc|poc_email|request
Laredo PD|[[PERSON:Montemayor, Itzel]]|[[EMAIL_ADDRESS:imontemayor@laredopd.example.gov]]|184000
Webb Co SO|[[PERSON:Garza Benavides, Ruperto]]|[[EMAIL_ADDRESS:rgarza@webbso.example.gov]]|92500
Zapata Co SO|[[PERSON:HOPE VILLARREAL]]|[[EMAIL_ADDRESS:hvillarreal@zapataso.example.gov]]|61000"""),
("positive", "card_for_conference", "sikh",
"""Register two officers for the fusion center conference. Pay with dept card [[CREDIT_CARD:4010 9281 5901 3962]] exp 08/28. Names: Sgt. [[PERSON:Manpreet Kaur Sandhu]] and Det. [[PERSON:Amarjit Singh Grewal]]."""),
("positive", "lowercase_officer", "lebanese",
"""fix grammar: officer [[PERSON:tarek abi nader]] was injured during the grant-funded checkpoint, his wife [[PERSON:maya abi nader]] called the oslle line at [[PHONE_NUMBER:313-555-0192]], can we tell her about the PSOB benefit?"""),
("positive", "les_bulletin", None,
"""[[CUI_MARKING:(U//LES)]] Officers conducting grant-funded checkpoints should be aware that a convoy of stolen pickups was observed staging near mile marker 41.
[[CUI_MARKING:(U//FOUO)]] OSLLE will coordinate with the state police.
Make this a short email to the chiefs."""),
("positive", "grants_portal_jwt", None,
"""The grants API returns 401 with this header, is the token expired?
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvc2xsZS1hbmFseXN0NCIsImV4cCI6MTc5NjUxNDQwMCwic2NvcGUiOiJncmFudHM6cmVhZCJ9.Hk3pT9vR2xWqLm8sZb4YcN1fJd6GeUa0Ro7tKiWlBvQ]]"""),
("positive", "grants_portal_pw_spanish", None,
"""Un jefe de policía me escribió: 'Usuario: jefe.nogales  Clave: [[PASSWORD:cOsdh8sqebVkPO]] — ¿puede entrar usted y subir el informe?' How do I answer him politely in Spanish that I can't do that?"""),
("positive", "cui_grant_risk", None,
"""[[CUI_MARKING:CUI//SP-PSI]]
Sub-recipient risk ratings: 3 high-risk agencies with unresolved audit findings.
[[CUI_MARKING:CUI//SP-PSI]]
Draft a memo line."""),
("positive", "officer_ssn_psob", "ojibwe",
"""PSOB claim help: officer [[PERSON:Nodin Migizi Beaulieu]], SSN [[US_SSN:473-09-6618]], DOB [[DATE_OF_BIRTH:12 December 1983]], beneficiary [[PERSON:Winona Beaulieu]]. What documents are missing?"""),
("evasion", "routing_spaced_letters", "puerto_rican",
"""Payee [[PERSON:Ivelisse Rosado Quiñones]] sent routing as [[ABA_ROUTING_NUMBER:O 2 1 5 0 2 O 1 1]] (letters O for zero I think). Can you clean it?"""),
("evasion", "bank_html", None,
"""Strip the HTML: <td>Account</td><td>[[US_BANK_NUMBER:7&#56;&#49;&#48;4420&#57;1&#54;]]</td><td>routing [[ABA_ROUTING_NUMBER:074868443]]</td>"""),
("hard_negative", "grant_numbers", None,
"""EMW-2026-SS-00418, EMW-2025-SS-01771 and award 26OSLLE0094: which is the Stonegarden award? UEI K7LMN4QZ2R81, EIN 74-6000418."""),
("hard_negative", "public_oslle_contact", None,
"""Add to the FAQ: Questions about DHS grants for law enforcement can go to OSLLE at OSLLE@hq.dhs.gov or 202-282-9545. Grant programs are run by FEMA Grant Programs Directorate."""),
("hard_negative", "cfda_numbers", None,
"""Assistance listing 97.067 covers HSGP, 97.008 UASI. Funding $1,120,000,000 FY26; cost share 0%. 2 CFR 200.317 procurement. Summarize."""),
("hard_negative", "eponym_programs", None,
"""Explain the difference between the Byrne JAG program (named after Officer Edward Byrne) and the Paul Coverdell grants, in two sentences."""),
("hard_negative", "budget_table", None,
"""| line | item | qty | unit | total |
|---|---|---|---|---|
| 1 | license plate readers | 4 | 18,400 | 73,600 |
| 2 | overtime hours | 1,200 | 61.50 | 73,800 |
Add a totals row."""),
("hard_negative", "secret_prose_chief", None,
"""Rewrite: 'The chief told me there's no secret to winning Stonegarden funds—just keep the confidential budget drafts away from the press until submission.'"""),
("hard_negative", "routing_looking_numbers", None,
"""Are these valid ABA routing numbers? 123456789 and 111111111. I'm writing a unit test expecting them to fail."""),
("hard_negative", "placeholder_json", None,
"""{"grantsApi": {"baseUrl": "https://grants-test.example.gov", "apiKey": "${GRANTS_API_KEY}", "clientSecret": "<client-secret>"}} — is this valid JSON?"""),
("hard_negative", "fallen_officer_memorial", None,
"""Write a dedication line for the National Law Enforcement Officers Memorial visit, mentioning the memorial's founding in 1991 and the Judiciary Square location."""),
("hard_negative", "zip4_addresses", None,
"""Mail grant guidance to zip codes 78040-4418, 78041-2210 and 78046-0098. Which counties are these?"""),
]
