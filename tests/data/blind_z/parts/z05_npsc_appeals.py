# Voice: FEMA National Processing Service Center - disaster-assistance appeals
RECORDS = [
("positive", "appeal_letter_pr", "puertorican", """Carta de apelación - Registro FEMA 4473-0918-22
Yo, [[PERSON:Milagros Figueroa Santiago]], fecha de nacimiento [[DATE_OF_BIRTH:23 de agosto de 1957]], apelo la determinación de inelegibilidad. Mi residencia es [[STREET_ADDRESS:Urb. Villa del Carmen, Calle Sauco 2D-14, Ponce, PR 00716]]. Teléfono [[PHONE_NUMBER:(787) 555-0156]].
Please translate this appeal letter to English for the reviewer."""),
("positive", "appeal_summary", "anglo", """Appeal reviewer notes: Applicant [[PERSON:Lavender Dunnigan]] disputes the home-inspection finding. Owner-occupied, [[STREET_ADDRESS:HC 64 Box 3108, Hazard, KY 41701]]. Co-applicant [[PERSON:Rowan Dunnigan]], SSN [[US_SSN:401-57-3328]]. [[PERSON:Lavender]] uploaded a deed dated 1998."""),
("positive", "direct_deposit_fix", "samoan", """Applicant [[PERSON:Tauiliili Faleolo]] wants the repair grant sent to a new account: routing [[ABA_ROUTING_NUMBER:114023562]], account [[US_BANK_NUMBER:3308817265]]. Please draft the confirmation script for the call back to [[PHONE_NUMBER:684-555-0133]]."""),
("positive", "lowercase_appeal", "hmong", """help me reply to this appeal: my name is [[PERSON:pa kou yang-her]] and fema said my house at [[STREET_ADDRESS:2219 e shoreline dr, stockton ca 95204]] is not my primary residence but i lived there since 2011, my mom [[PERSON:mai youa chang]] lives with me"""),
("positive", "caseworker_table", "marshallese+tongan", """Reg ID	Applicant	DOB	Status
4475-1102-87	[[PERSON:Jebrik Lakjohn]]	[[DATE_OF_BIRTH:Jan 9 1969]]	Appeal rcvd
4475-1109-14	[[PERSON:Sione Taufahema-Lolo]]	[[DATE_OF_BIRTH:Dec 30 1981]]	Pending docs"""),
("positive", "co_address", "lebanese", """Mailing: c/o [[PERSON:Nadim Haddad-Khoury]], [[STREET_ADDRESS:PO Box 4418, Dearborn, MI 48126]]. Damaged dwelling: [[STREET_ADDRESS:6130 Schaefer Rd, Dearborn, MI 48126]]. Payee on appeal: [[PERSON:Layal Haddad-Khoury]]."""),
("positive", "cui_priv_ia", None, """[[CUI_MARKING:CUI//SP-PRVCY]]
NPSC appeal backlog report, DR-4801-TX - please turn the numbers into a paragraph.
Received 4,210; decided 2,877; average age 41 days."""),
("positive", "fouo_portion", None, """[[CUI_MARKING:(U//FOUO)]] NPSC Denton will route all Hurricane Delia appeals to Winchester from Monday.
Make this into a two-line Teams post."""),
("positive", "mysql_conn", None, """Report query keeps failing:
engine = create_engine("[[CONNECTION_STRING:mysql+pymysql://npsc_rpt:Ke9!vR2mWq@10.12.40.8:3306/ia_appeals]]")
error 1045 access denied - why?"""),
("positive", "gitlab_token", None, """The appeals-letter generator repo pipeline: git clone https://oauth2:[[GITLAB_TOKEN:glpat-Xr7KmP2vQ9nB4tLw8ZcY]]@gitlab.example.gov/npsc/appeal-letters.git - fails with 403"""),
("positive", "ini_creds_german", None, """Config from our German contractor, what does "Kennwort" mean here?
[Datenbank]
Benutzer = npsc_dw
Kennwort = [[PASSWORD:Tz4$wQe8Lm!r]]"""),
("evasion", "linebreak_ssn", "anglo", """Applicant typed the SSN across two fields in the web form:
[[US_SSN:523-71-
8840]] applicant [[PERSON:Dolores Pennywhistle]]"""),
("evasion", "homoglyph_routing", "samoan", """Payee [[PERSON:Malia Tuiasosopo-Leiataua]] bank routing [[ABA_ROUTING_NUMBER:O21l04723]] (typed with letter O and l) - can you fix it for the form?"""),
("evasion", "b64_cui", None, """Weird, the email body came through as base64: [[CUI_MARKING:""" + __import__("base64").b64encode(b"CUI//SP-PRVCY").decode() + """]] followed by the appeal stats. Decode it for me?"""),
("hard_negative", "public_helpline", None, """Survivors can appeal within 60 days of the decision letter. Call the FEMA Helpline at 1-800-621-3362 or visit DisasterAssistance.gov; DRC locations are on the FEMA app."""),
("hard_negative", "registration_ids", None, """Batch 17 appeal files: registration numbers 4475-1102-90 through 4475-1102-99, DR-4801-TX, fund code 06. Invoice for mailing INV-NPSC-2026-3318."""),
("hard_negative", "zip_plus4_office", None, """Appeal letters should be mailed to FEMA, National Processing Service Center, P.O. Box 10055, Hyattsville, MD 20782-8055."""),
("hard_negative", "placeholder_conn", None, """DATABASE_URL=mysql+pymysql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:3306/ia_appeals
# set these in the pipeline variables, do not hard-code"""),
("hard_negative", "invalid_ssn_test", None, """Test cases for the appeal intake validator: 000-45-1234 (reject), 123-00-4567 (reject), 219-45-0000 (reject). All three are invalid by construction."""),
("hard_negative", "hurricane_names", None, """The 2026 Atlantic hurricane names list included Arthur, Bertha, Cristobal, Dolly and Edouard; our appeals backlog is still mostly from Hurricane Beryl."""),
("hard_negative", "confidential_footer", None, """CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended for the addressee only. If you received it in error, delete it. (c) 2026 Allied Claims Support LLC."""),
("hard_negative", "les_french", None, """Traduction pour la brochure: « Les survivants peuvent faire appel dans les 60 jours. Les documents doivent inclure une preuve d'occupation. »"""),
("hard_negative", "grant_amounts", None, """Max IHP award FY26 is $43,600; average repair award $8,214; 1,972 appeals granted, 905 denied, contract HSFE20-26-C-0114."""),
]
