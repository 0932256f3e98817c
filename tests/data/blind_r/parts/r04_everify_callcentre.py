"""Voice r04: E-Verify and SAVE case notes, USCIS Contact Center call transcripts (multilingual)."""
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "everify_tnc_note", "hispanic",
"""E-Verify case note — employer called about a Tentative Nonconfirmation. Employee [[PERSON:Rosaura Itzel Benavides]], SSN [[US_SSN:624-18-3307]], DOB [[DATE_OF_BIRTH:05/27/1993]]. SSA record shows maiden name [[PERSON:Rosaura Itzel Cantú]]. Employer case #2025301447819EV. Please draft the referral-date letter language in plain English and Spanish."""))

R.append((P, "save_case_note", "afghan",
"""SAVE additional verification — benefit agency: state SNAP office
Applicant: [[PERSON:Zarmina Ahmadzai]]  A#: [[A_NUMBER:A-219-803-445]]  I-94: [[I94_NUMBER:694310227A3]]
Class of admission: SQ/SI (Afghan SIV parolee converted). Verification #: 2025215038771QQ
Draft the response: eligible qualified alien."""))

R.append((P, "call_transcript_es", "salvadoran",
"""Transcripción llamada Contact Center (Tier 1), resumir en inglés:
AGENTE: ¿Me confirma su nombre completo?
CLIENTE: [[PERSON:Xiomara Elizabeth Portillo Ramos]].
AGENTE: ¿Fecha de nacimiento?
CLIENTE: [[DATE_OF_BIRTH:catorce de julio del ochenta y nueve]], o sea [[DATE_OF_BIRTH:14/07/1989]].
AGENTE: ¿Número de recibo?
CLIENTE: [[USCIS_RECEIPT_NUMBER:IOE0921774302]], es la renovación del TPS.
AGENTE: ¿Teléfono de contacto?
CLIENTE: [[PHONE_NUMBER:(301) 555-0186]]"""))

R.append((P, "call_transcript_ht", "haitian",
"""Call transcript (Haitian Creole interpreter line), need a short English summary for the SR:
Kliyan: Mwen rele [[PERSON:Wilner Desrosiers]]. Nimewo resi mwen se [[USCIS_RECEIPT_NUMBER:SRC2490187331]]. Mwen poko resevwa kat travay la.
Entèprèt: He says he hasn't received the EAD.
Kliyan: Adrès mwen se [[STREET_ADDRESS:1450 NE 131st St, Apt 7, North Miami, FL 33161]].
Kliyan: Madanm mwen [[PERSON:Nadège Desrosiers]] tou ap tann."""))

R.append((P, "service_request_form", "vietnamese",
"""SR escalation (non-delivery of card), help me fill the narrative box:
Applicant: [[PERSON:Nguyễn Hoàng Bảo Châu]]
Receipt: [[USCIS_RECEIPT_NUMBER:WAC-25-112-48807]]
A-Number: [[A_NUMBER:A 204 771 390]]
Mailing address on file: [[STREET_ADDRESS:9832 Bolsa Ave #12, Westminster, CA 92683]]
Card returned as undeliverable 10/02."""))

R.append((P, "everify_employer_email", "anglo+kenyan",
"""From: HR at Tri-County Poultry <[[EMAIL_ADDRESS:hr.mgr@tricountypoultry.net]]>
We ran [[PERSON:Wanjiru Njoroge Kamau]] (SSN [[US_SSN:232-71-9054]]) and got 'Case in continuance'. She started 11/3. Can we keep her working? — [[PERSON:Lorna Gatlin]], HR Manager, [[PHONE_NUMBER:(336) 555-0153]]
(Write a helpful reply from the E-Verify employer support desk.)"""))

R.append((P, "call_transcript_ar", "syrian",
"""ترجم للإنجليزية من فضلك (Contact Center, Arabic line):
المتصل: اسمي [[PERSON:غياث الحلبي]]، رقم الإيصال [[USCIS_RECEIPT_NUMBER:NBC2590412276]]
المتصل: تاريخ ميلادي [[DATE_OF_BIRTH:3 آذار 1982]]
المتصل: أريد تغيير العنوان إلى [[STREET_ADDRESS:4417 Wentworth Ave, Allentown, PA 18104]]"""))

R.append((P, "sevis_save_query", "bangladeshi",
"""SAVE case on an F-1 student — DMV in Ohio asks for status. Student: [[PERSON:Md. Tanvir Hasan Chowdhury]], SEVIS ID [[SEVIS_ID:N0038291746]], I-94 [[I94_NUMBER:412887360A5]]. DSO at the university says OPT approved. What do I tell DMV?"""))

R.append((P, "tier2_callback_note", "russian",
"""Tier 2 callback note (copy-edit only):
Spoke to [[PERSON:Anastasiya Vladimirovna Kuzmina]] at [[PHONE_NUMBER:929-555-0148]]. She has two receipts: [[USCIS_RECEIPT_NUMBER:MSC2591830042]] (I-485) and [[USCIS_RECEIPT_NUMBER:MSC2591830043]] (I-765). Biometrics missed because notice went to old address [[STREET_ADDRESS:2735 Ocean Pkwy, Apt 5F, Brooklyn, NY 11235]]."""))

R.append((P, "everify_myeverify_lock", "chinese",
"""myE-Verify self lock — user says she didn't set it. User [[PERSON:Guo Meiling]], email [[EMAIL_ADDRESS:meiling.guo1990@163.com]], SSN [[US_SSN:541-22-6618]]. Steps to unlock?"""))

R.append((P, "contact_center_qa_sheet", "brazilian+portuguese",
"""QA scoring sheet — calls of 11/4 (count how many failed 'verified identity'):
call_id|agent|caller|receipt|verified
C-4471|[[PERSON:Thaís Albuquerque]]|[[PERSON:João Pedro Figueiredo]]|[[USCIS_RECEIPT_NUMBER:LIN2512049981]]|Y
C-4472|[[PERSON:Thaís Albuquerque]]|[[PERSON:Maria da Conceição Sardinha]]|[[USCIS_RECEIPT_NUMBER:LIN2512050074]]|N
C-4473|[[PERSON:Rui Bettencourt]]|[[PERSON:Luíz Henrique Prado]]|[[USCIS_RECEIPT_NUMBER:EAC2513377120]]|Y"""))

R.append((P, "agent_login_share", "none",
"""pls don't judge — the floor lead posted the shared CRM training login in chat: svc_trn01 / [[PASSWORD:Uscis@Train#447]] — how do I tell her politely that this is a problem?"""))

R.append((P, "save_fouo_banner", "peruvian",
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
SAVE Monthly Discrepancy Report — Agency: Lima County Housing
Case: [[PERSON:Quispe Mamani, Edwin]] — A# [[A_NUMBER:A097443218]] — status mismatch (agency entered LPR, record shows parole)
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]"""))

R.append((P, "callback_scheduler_korean", "korean",
"""콜백 요청 (Korean-language line) — summarize: 고객 [[PERSON:박승규]] ([[PERSON:Park Seung-gyu]]), 영수증 번호 [[USCIS_RECEIPT_NUMBER:EAC2519904417]], 연락처 [[PHONE_NUMBER:(213) 555-0172]], 오후 3시 이후 통화 원함."""))

# evasions
R.append((E, "receipt_zero_width", "moroccan",
"""caller [[PERSON:Youssef Tazi-Alaoui]] read his receipt as [[USCIS_RECEIPT_NUMBER:IOE​0918​4473​20]] (copied from the portal, there are odd characters) — which form is it?"""))
R.append((E, "ssn_base64", "anglo",
"""the employer's API sent the SSN field base64-encoded: "ssn": "[[US_SSN:NDA4LTYxLTI5MzM=]]" for employee [[PERSON:Tamsin Breckenridge]]. How do I decode it in Excel?"""))
R.append((E, "anum_words", "somali",
"""Caller said the A number aloud: "[[A_NUMBER:A two one five, six zero three, eight eight one]]" — name [[PERSON:Ifrah Cabdullaahi]]. Write it in digits for the SR."""))

R += [(H, "hn_contact_center_number", "none", """For the FAQ page: USCIS Contact Center 800-375-5283, E-Verify employee hotline 888-897-7781, employer support 888-464-4218. Draft a friendly 'who to call' box."""),
(H, "hn_case_numbers", "none", """E-Verify case numbers look like 2025301447819EV and SAVE verification numbers like 2025215038771QQ — neither is a personal identifier, right? Explain the structure."""),
(H, "hn_receipt_format_explainer", "none", """Explain the USCIS receipt number format generically: three-letter service center code, two-digit fiscal year, three-digit workday, five-digit sequence. Use XXX-YY-DDD-NNNNN as the template."""),
(H, "hn_form_names", "none", """Difference between Form I-9, I-94, I-765, I-797C, and I-485 in one table, plus typical processing milestones."""),
(H, "hn_tnc_stats", "none", """TNC rate was 0.91% in FY24 vs 0.83% in FY23; final nonconfirmations 0.41%. Write a sentence for the annual report comparing them."""),
(H, "hn_hold_music", "none", """Callers complain about hold times: 47 min average on Mondays, 18 on Thursdays. Suggest IVR changes, no names or numbers needed."""),
(H, "hn_ssi_benefit", "none", """A SAVE user agency asks if SSI (Supplemental Security Income) eligibility for qualified aliens depends on the 5-year bar. Explain generally."""),
(H, "hn_invalid_ssn_range", "none", """Applicant typed 987-65-4320 in the online form — that's in the advertising/invalid range, yes? What does E-Verify do with SSNs that start with 9?"""),
(H, "hn_spanish_les", "none", """Traduce: "Les recordamos que la cita es el martes. Les pedimos traer todos los documentos originales." — is 'les' formal here?"""),
(H, "hn_tps_countries", "none", """List current TPS designations for El Salvador, Haiti, Honduras, Somalia, Venezuela and Ukraine with their Federal Register notice dates, if you know them; otherwise say how to check."""),
(H, "hn_agent_schedule", "none", """Shift pattern: 4x10s, start times 0600, 0800, 1000, 1200. Build a coverage matrix for 0700-2000 with 30 agents."""),
(H, "hn_everify_mou", "none", """What does the E-Verify MOU require employers to post, and do they need to keep the case verification number with the I-9?"""),
(H, "hn_portal_placeholders", "none", """Help text for the portal: 'Enter your receipt number (e.g., IOE0123456789)' and 'A-Number: A-000-000-000'. Is using zeros the best practice for examples?"""),
]
RECORDS = R
