"""Voice t03: T and U visa victim-certification (I-914B / I-918B) requests and intercountry adoption (I-600 / I-800) files.
Shapes: LaTeX, RTF, letter drafts, checklists."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "latex_i918b_cover", "mexican", r"""
Fix my LaTeX, the table won't compile:
\begin{tabular}{ll}
Petitioner & [[PERSON:Xóchitl Nava Tlatelpa]] \\
Date of birth & [[DATE_OF_BIRTH:23 May 1993]] \\
A-Number & [[A_NUMBER:A247315463]] \\
Certifying agency & Yakima County Prosecutor \\
\end{tabular}
""")
R("positive", "rtf_i914b", "thai", r"""
Strip the RTF codes and give me clean text:
{\rtf1\ansi\deff0 {\fonttbl {\f0 Times New Roman;}}\f0\fs24 Re: Form I-914, Supplement B\par
Victim: \b [[PERSON:Siriporn Kaewmanee]]\b0 , born [[DATE_OF_BIRTH:1990-02-16]]\par
Receipt: [[USCIS_RECEIPT_NUMBER:VSC2419055713]]\par
Contact: [[PHONE_NUMBER:808-555-0157]]\par}
""".replace("VSC2419055713", "EAC2463381389"))
R("positive", "u_cert_request_letter", "salvadoran", """
Please make this certification request more persuasive:
To: Chief of Police, Riverside PD
Re: Request for I-918 Supplement B for [[PERSON:Yesenia Alvarenga Portillo]] (DOB [[DATE_OF_BIRTH:07/04/1988]])
Ms. [[PERSON:Alvarenga]] reported the assault on 03/11/2024 (report no. 24-031177) and cooperated with Detective [[PERSON:Harlan Mabry]]. Her attorney, [[PERSON:Noemí Rentería]], can be reached at [[EMAIL_ADDRESS:nrenteria.law@example.com]] or [[PHONE_NUMBER:951-555-0120]].
""")
R("positive", "t_visa_multiturn", "indonesian", """
User: I'm summarizing a T visa LEA declaration. Victim is [[PERSON:Dewi Sartika Rahmawati]].
Assistant: OK — what should the summary cover?
User: recruited in Surabaya for a "hotel job", passport held by employer. Her current address [[STREET_ADDRESS:915 N Vermont Ave, Apt 22, Los Angeles, CA 90029]].
User: Her DOB is [[DATE_OF_BIRTH:9 Nov 1997]] and the I-94 from entry was [[I94_NUMBER:39083631642]].
""")
R("positive", "adoption_i600_checklist", "ethiopian", """
Turn this into a checklist for the family:
I-600 for orphan [[PERSON:Liya Bekele]], born [[DATE_OF_BIRTH:2019-08-21]] in Hawassa. Adoptive parents [[PERSON:Gregory Lindqvist]] and [[PERSON:Anna-Maj Lindqvist]], [[STREET_ADDRESS:4402 Prairie Rose Dr, Sioux Falls, SD 57106]]. I-600A approval receipt [[USCIS_RECEIPT_NUMBER:NBC2426103771]].
""")
R("positive", "adoption_i800_email", "chinese", """
Please draft a reply:
Hi [[PERSON:Wen-Li Hartford]], your I-800 for [[PERSON:Ruan Xiaoyu]] (DOB [[DATE_OF_BIRTH:2021-04-02]]) is approved. The Article 5 letter will go to the consulate in Guangzhou. Your case number is [[USCIS_RECEIPT_NUMBER:NBC2236240389]].
""")
R("positive", "adoption_home_study_table", "colombian", """
Fix the column alignment in this markdown:
| household member | relation | DOB | SSN |
|---|---|---|---|
| [[PERSON:Mateo Ospina Vélez]] | applicant | [[DATE_OF_BIRTH:1979-10-12]] | [[US_SSN:398-87-5719]] |
| [[PERSON:Lina Marcela Ospina]] | spouse | [[DATE_OF_BIRTH:1982-01-30]] | [[US_SSN:539-01-7877]] |
| [[PERSON:Tomás Ospina]] | son | [[DATE_OF_BIRTH:2012-06-05]] | — |
""")
R("positive", "korean_adoption_records", "korean", """
번역해 주세요: 입양아 [[PERSON:김하늘]] (생년월일 [[DATE_OF_BIRTH:2018년 3월 15일]])의 출생 기록과 친부모 포기 각서를 첨부합니다. 양부모 연락처: [[PHONE_NUMBER:612-555-0144]].
""")
R("positive", "u_visa_victim_allcaps", "guatemalan", """
Clean up the caps in this intake: VICTIM: [[PERSON:ROSALINDA XICAY CHOC]]  DOB: [[DATE_OF_BIRTH:02-09-1986]]  QUALIFYING CRIME: FELONIOUS ASSAULT  DERIVATIVE: [[PERSON:BRAYAN XICAY]] (SON)  ADDRESS: [[STREET_ADDRESS:3101 S KEDZIE AVE APT 2, CHICAGO IL 60623]]
""")
R("positive", "adoption_hague_nepal", "nepali", """
Kripaya anuvaad garnus / translate: Baccha [[PERSON:Sushmita Tamang]], janma miti [[DATE_OF_BIRTH:2074-05-18 B.S.]] (that's the Nepali calendar birth date). Grandmother [[PERSON:Phulmaya Tamang]] consented.
""")
R("positive", "edipi_military_adopter", "anglo", """
Military family adopting from the Philippines. Dad is [[PERSON:SSgt Colby Rheinhardt]], EDIPI [[DOD_EDIPI:1838534363]]. Does his PCS to Okinawa affect the I-800A validity?
""".replace("[[PERSON:SSgt Colby Rheinhardt]]", "SSgt [[PERSON:Colby Rheinhardt]]"))
R("positive", "cui_lei_u_visa", "none", """
[[CUI_MARKING:CUI//SP-LEI//SP-PRVCY]]
LEA certification backlog: 212 requests pending more than 90 days. Draft a paragraph for the outreach plan.
""")
R("positive", "portion_marks_tvisa", "none", """
[[CUI_MARKING:(CUI//SP-IMMIG)]] Law-enforcement referrals from the T visa unit rose 18%. [[CUI_MARKING:(CUI//SP-LEI)]] Two referrals involve ongoing prosecutions. Make this sound less alarming.
""")
R("positive", "secret_portion_latex", "none", r"""
\section*{Background}
[[CLASSIFICATION_MARKING:(S//REL TO USA, FVEY)]] Trafficking network overview from partner reporting...
Why does \section* not number?
""")
R("evasion", "homoglyph_name_dob", "filipino", """
Victim name typed with Cyrillic letters by the intake clerk: [[PERSON:Маricel Dаgоhоy]], DOB [[DATE_OF_BIRTH:1989‑11‑23]] (non-breaking hyphens). Fix so it sorts correctly.
""")
R("evasion", "ssn_split_lines", "colombian", """
The SSN got split when copying from the PDF:
Applicant SSN: [[US_SSN:528-66-
8410]]  applicant [[PERSON:Jhon Fredy Arango]]
""")
R("evasion", "tvisa_leet_anumber", "thai", """
the worker wrote her alien # like [[A_NUMBER:A-2O4-5O3-889]] (letter O for zero). client [[PERSON:Nattaya Boonsong]]. fix it?
""")
# hard negatives
R("hard_negative", "latex_template_no_data", "none", r"""
Make this LaTeX template compile:
\newcommand{\victimname}{\textit{[Victim Name]}}
\newcommand{\dob}{MM/DD/YYYY}
Dear \victimname, born \dob ...
""")
R("hard_negative", "statute_names", "none", """
Explain, for a training slide, how the Victims of Trafficking and Violence Protection Act of 2000 created both the T and U visas, and what the Battered Immigrant Women Protection Act added. No case details.
""")
R("hard_negative", "hague_convention_countries", "none", """
Which of these are Hague Adoption Convention countries: Colombia, Philippines, India, Ethiopia, Haiti, Bulgaria, China, South Korea, Nigeria, Uganda? Answer from general knowledge and note I will verify on travel.state.gov.
""")
R("hard_negative", "fictional_characters", "none", """
Our adoption-awareness poster features famous fictional adoptees: Superman (Clark Kent), Harry Potter's friend Neville... actually use Anne Shirley, Luke Skywalker, Moses, Frodo Baggins. Write one line each.
""")
R("hard_negative", "report_numbers", "none", """
Tally these LEA report numbers by agency prefix: RPD 24-031177, LAPD 2401-18836, CPD JH-448210, KCSO 2025-004711, MPD 26-104421.
""")
R("hard_negative", "u_visa_cap_math", "none", """
The U visa statutory cap is 10,000 principal petitions per fiscal year. If 18,200 were approved for the waiting list in FY2025 and 31,000 are pending, estimate the wait. Show the arithmetic.
""")
R("hard_negative", "rtf_empty_form", "none", r"""
{\rtf1\ansi Name: ____________________\par Date of Birth: ___/___/______\par A-Number (if any): A______________\par}
Convert to a fillable Word form.
""")
R("hard_negative", "adoption_fees", "none", """
Make a cost table: I-600A filing fee $920, biometrics included in the new schedule, home study $2,500-$4,000, dossier authentication $350, agency fee range $15k-$30k, travel $6,000.
""")
R("hard_negative", "training_marked_example_discussed", "none", """
Question for our trainer: when a law enforcement agency sends us a document stamped "law enforcement sensitive", do we have to re-mark it as CUI when we file it? Just answer the policy question.
""")
R("hard_negative", "court_docket", "none", """
Format these dockets for the citation list: No. 1:25-cv-01044 (E.D. Va.), No. 23-55812 (9th Cir.), No. 2:24-cr-00118-RSM (W.D. Wash.).
""")
R("hard_negative", "nepali_calendar_question", "none", """
How do I convert Bikram Sambat dates to Gregorian in Python? Example: 2081-01-01 B.S. should be around mid-April 2024. Any library?
""")
R("hard_negative", "building_names", "none", """
Directions please: the hearing is in the Edward R. Roybal Federal Building, and the adoption fair is at the Martin Luther King Jr. Memorial Library, room 215.
""")
R("hard_negative", "receipt_prefix_explainer", "none", """
What do the USCIS receipt prefixes mean (EAC, WAC, LIN, SRC, NBC, MSC, IOE, YSC)? One line each.
""")
R("hard_negative", "long_hash_commit", "none", """
The forms-converter repo is at commit 4e7d1c0b9a2f36e85d14c7a9b0e3f2d16c8a5b47; the tag is v2.3.1. How do I check out that commit in a detached head?
""")

R("positive", "u_cert_portion_with_victim", "somali", """
[[CUI_MARKING:(CUI//SP-LEI)]] Victim [[PERSON:Ifrah Mohamed Jama]] identified the suspect from a photo array on 2026-05-19. [[CUI_MARKING:(CUI//SP-LEI)]] Detective [[PERSON:Aaron Kettleson]] signed the I-918B on 2026-07-01. Summarize for the adjudicator's file note.
""")
