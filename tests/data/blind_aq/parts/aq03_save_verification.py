"""aq03: USCIS SAVE program: benefit-granting agencies (DMVs, state benefit offices) verifying immigration status,
case verification numbers, additional verification."""

RECORDS = [
    ("positive", "agency_email", "nigerian+anglo", """Subject: SAVE case stuck in additional verification

Hello, we submitted a case for [[PERSON:Chukwuemeka Obiorah-Nnaji]] (DOB [[DATE_OF_BIRTH:1986-04-21]], A-number [[A_NUMBER:A207743518]]) on 11/18 and it's still 'Institute Additional Verification'. Case verification number 0026318774102CC. The applicant is at our DMV counter every week.

Thank you,
[[PERSON:Bethany Coulthard]]
Ohio BMV, Central Verification Unit
[[PHONE_NUMBER:614-555-0143]] | [[EMAIL_ADDRESS:bcoulthard@bmv.ohio.example]]"""),

    ("positive", "spanish_letter", "dominican", """Ayúdeme a traducir esta carta al inglés para adjuntarla al caso:

"Yo, [[PERSON:Yokasta Almánzar de la Rosa]], nacida el [[DATE_OF_BIRTH:3 de marzo de 1990]], con número de extranjero [[A_NUMBER:A 213-904-771]], solicito que se corrija mi estatus en el sistema SAVE. La oficina de asistencia de Lawrence me negó la ayuda de alimentos porque dice que no tengo estatus, pero tengo asilo aprobado. Mi teléfono es [[PHONE_NUMBER:978-555-0192]]. Vivo en [[STREET_ADDRESS:14 Juniper Court, Apt 2, Lawrence, MA 01841]]." """),

    ("positive", "csv_batch", "vietnamese+afghan+congolese", """Batch upload failed on 3 rows, can you spot why?
LastName;FirstName;DOB;ImmigrationDocType;DocNumber;I94
Nguyen Thi;Bao Ngoc;[[DATE_OF_BIRTH:1994-02-28]];I-551;[[A_NUMBER:A216540983]];
Rahimi;Spogmai;[[DATE_OF_BIRTH:1978-09-13]];I-94;;[[I94_NUMBER:75631920841]]
Mbuyi Kabongo;Gloire;[[DATE_OF_BIRTH:2003-07-31]];I-766;[[A_NUMBER:A218407736]];"""
     .replace("Nguyen Thi;Bao Ngoc", "[[PERSON:Nguyen Thi]];[[PERSON:Bao Ngoc]]")
     .replace("Rahimi;Spogmai", "[[PERSON:Rahimi]];[[PERSON:Spogmai]]")
     .replace("Mbuyi Kabongo;Gloire", "[[PERSON:Mbuyi Kabongo]];[[PERSON:Gloire]]")),

    ("positive", "student_sevis", "indian", """University financial aid office asks: the student [[PERSON:Vaishnavi Raghunathan Iyer]], SEVIS [[SEVIS_ID:N0038712564]], F-1, got 'Unable to verify' for in-state tuition. DOB [[DATE_OF_BIRTH:23 Jan 2004]]. What should they upload for the second step? Reply as the SAVE analyst, short."""),

    ("positive", "receipt_status", "ukrainian", """Benefit office note: applicant [[PERSON:Oleksandra Pylypchuk]] shows a receipt [[USCIS_RECEIPT_NUMBER:IOE0931184627]] for her EAD renewal and a U4U parole I-94 [[I94_NUMBER:94102736580]]. SAVE response 'Parolee — Ukraine'. Is she eligible for SNAP in Oregon? I need to explain the SAVE response, not the eligibility rule."""),

    ("positive", "sql_result", "nigerian+armenian+tongan", """select case_verif_no, last_nm, first_nm, birth_dt, a_nbr, resp_cd from save_q where agency_id=4471 and resp_cd='AV';
0026318774102CC | [[PERSON:OBIORAH-NNAJI]] | [[PERSON:CHUKWUEMEKA]] | [[DATE_OF_BIRTH:1986-04-21]] | [[A_NUMBER:A207743518]] | AV
0026319002215KJ | [[PERSON:HAKOBYAN]] | [[PERSON:ANUSH]] | [[DATE_OF_BIRTH:1969-10-05]] | [[A_NUMBER:A091558264]] | AV
0026319140088DR | [[PERSON:PAUTAUAIA]] | [[PERSON:SIONE LOTU]] | [[DATE_OF_BIRTH:1998-06-16]] | [[A_NUMBER:A215096637]] | AV
explain why these would sit in AV more than 20 days"""),

    ("positive", "phone_notes", "haitian", """Phone notes from the Miami-Dade housing authority call:
- caseworker [[PERSON:Roselande Pierre-Louis]], [[PHONE_NUMBER:305-555-0115]]
- applicant [[PERSON:Wisly Dorvilien]], DOB [[DATE_OF_BIRTH:6-5-1981]], TPS Haiti, card expired on its face but auto-extended
- she wants a one-paragraph explanation of the auto-extension she can put in the file"""),

    ("positive", "dmv_counter_chat", "iraqi", """[DMV chat] Clerk: hi, SAVE returned 'Institute additional verification' for [[PERSON:Mustafa Kadhim Al-Obaidi]]
[DMV chat] Clerk: SIV holder, his I-94 is [[I94_NUMBER:21039874652]], DOB [[DATE_OF_BIRTH:14/02/1984]] on the Iraqi passport
[DMV chat] Clerk: the US date would be 02/14/1984 right? which one do I key?"""
     .replace("02/14/1984 right", "[[DATE_OF_BIRTH:02/14/1984]] right")),

    ("positive", "arabic_letter", "syrian", """ترجم هذه الرسالة إلى الإنجليزية من فضلك:

السيد المحترم،
أنا [[PERSON:رهف الحمصي]]، تاريخ الميلاد [[DATE_OF_BIRTH:١٢/٠٥/١٩٩٢]]، رقم الأجنبي [[A_NUMBER:A214478350]]. رفض مكتب الرعاية الطبية طلبي لأن نظام SAVE لم يتعرف على وضعي كلاجئة. أرجو تصحيح السجل.
للتواصل: [[PHONE_NUMBER:313-555-0129]]"""),

    ("positive", "ssn_mixup", "anglo+filipino", """Agency keyed the SSN into the A-number field: SSN [[US_SSN:527-31-8846]] for [[PERSON:Maricel Dumalagan]]. Her real A-number is [[A_NUMBER:A095237716]]. The case came back 'no record' obviously. Write instructions for the clerk ([[PERSON:Trudy Vanlandingham]]) to close and resubmit."""),

    ("positive", "user_account_cred", "anglo", """New SAVE user at the county welfare office keeps getting locked out. Temp password I gave her on the phone was [[PASSWORD:Save!2026-Kx7q]] — she says it won't take. Draft the reset instructions for [[PERSON:Lavonne Strickling]]."""),

    ("positive", "cui_response_letter", "sudanese", """[[CUI_MARKING:CUI//SP-IMMIG]]
Response to agency second-step request
Applicant: [[PERSON:Awadia Osman Elbashir]]  DOB: [[DATE_OF_BIRTH:1 July 1975]]  A#: [[A_NUMBER:A208164729]]
Status verified: Asylee. Employment authorized incident to status.
Can you make the tone friendlier for the caseworker? keep the facts."""),

    ("positive", "portuguese_note", "brazilian", """Tradução rápida, por favor:
"Meu nome é [[PERSON:Gislaine Aparecida Bortolotto]], nasci em [[DATE_OF_BIRTH:09/12/1987]]. Meu cartão de residente tem o número [[A_NUMBER:A219330854]]. O DMV de Framingham disse que o sistema não confirmou meu status. Meu e-mail é [[EMAIL_ADDRESS:gisa.bortolotto87@gmail.com]]." """),

    ("evasion", "fullwidth_anumber", "eritrean", """pasted from the agency's pdf, the numbers came out weird: A２１６０４８８３９ for [[PERSON:Semhar Ghebremedhin]]. is that a valid A-number once you normalise it?""".replace("A２１６０４８８３９", "[[A_NUMBER:A２１６０４８８３９]]")),

    ("evasion", "ssn_words", "salvadoran", """the clerk wrote out the ssn in words so the scanner wouldn't catch it lol: five three eight, four one, two two nine seven. applicant [[PERSON:Dinora Elizabeth Chicas]]. should they even be sending SSNs to SAVE?""".replace("five three eight, four one, two two nine seven", "[[US_SSN:five three eight, four one, two two nine seven]]")),

    ("evasion", "receipt_zero_width", "jamaican", """receipt number from the applicant's text: [[USCIS_RECEIPT_NUMBER:MSC\u200b2591\u200b046\u200b382]] — she's [[PERSON:Shawnette McFarlane-Grant]]. SAVE says invalid format, why?"""),

    ("hard_negative", "case_verif_numbers", None, """Case verification numbers look like 0026318774102CC (13 digits plus 2 letters). Agencies keep pasting them into the SSN field. Write a one-line tip for the agency newsletter explaining the difference. Example numbers only: 0000000000000AA."""),

    ("hard_negative", "form_cites", None, """Summarize for a new DMV liaison: SAVE is authorized under section 121 of the Immigration Reform and Control Act of 1986; agencies sign an MOA; the G-845 and G-845 Supplement were the old paper forms; REAL ID (6 CFR 37.13) requires verification of lawful status. Three bullets, no jargon."""),

    ("hard_negative", "public_help", None, """For the agency FAQ: questions about SAVE access should go through the SAVE website's contact form; individuals checking their own record can use SAVE Case Check on uscis.gov. The USCIS Contact Center is 800-375-5283. Is that the right split?"""),

    ("hard_negative", "response_codes", None, """Response codes we see most: AV (additional verification), 3rd step, CLOSED, RES (resubmit). Median days in AV last quarter: 11.4 for DMVs, 17.9 for state Medicaid. Make a chart description for alt text."""),

    ("hard_negative", "mock_applicant", None, """Training scenario (fictional): 'Applicant Jane Q. Sample presents an I-551 with A-number A000000001.' Trainees must choose the right document type in the dropdown. Is the scenario realistic enough? Suggest two distractor answers."""),

    ("hard_negative", "kinship_eligibility", None, """Caseworker question: the mother has LPR status, the daughter is a US citizen by birth, the stepfather is a parolee. Which of them would SAVE even be queried for? Only immigrants, not citizens, right? Explain gently; she's new."""),

    ("hard_negative", "order_numbers", None, """Agency MOA numbers for the renewals: MOA-2019-0431, MOA-2021-1187, MOA-2022-0065. Billing invoice 212-58-0443 is an internal invoice ID, not anything personal. Put them in a renewal tracker table with due dates in March."""),

    ("hard_negative", "about_cui_save", None, """Do SAVE response letters that we email to agencies need a CUI banner, or only when they include the applicant's A-number? I want the rule in plain English for the desk guide. No examples with real data, please."""),

    ("hard_negative", "statistics", None, """FY26 SAVE volume by agency type: DMVs 9.1M queries, benefit agencies 4.4M, universities 0.6M, licensing boards 0.2M. Average response time initial step 3.2 seconds. Write an intro paragraph for the annual report."""),

    ("positive", "spanish_clerk_cred", "puerto_rican", """Nota de la secretaria del CESCO, tradúcela y dime si está bien que mande esto por correo:
"Usuario SAVE de la oficina de Bayamón: cesco_bay02, contraseña: [[PASSWORD:Cesco#Bay7741q]]. La solicitante es [[PERSON:Yamilet Ortiz Negrón]], [[STREET_ADDRESS:Urb. Santa Juanita, Calle Ceiba DD-14, Bayamón, PR 00956]]." """),

    ("positive", "itin_in_ssn_field", "guatemalan", """Clerk keyed the applicant's ITIN [[US_ITIN:912-78-4035]] where the A-number goes. Applicant [[PERSON:Froilán Ajanel Cuxil]], DOB [[DATE_OF_BIRTH:27-AUG-1983]], has a real A-number [[A_NUMBER:A210559048]]. Explain to the clerk why SAVE returned nothing."""),
]
