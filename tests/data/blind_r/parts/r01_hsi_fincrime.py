"""Voice r01: HSI financial-crime and human-trafficking case summaries, bank returns, SAR excerpts."""
from vals import cc, aba
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "hsi_case_summary", "hispanic",
f"""[[CUI_MARKING:CUI//SP-LEI]]
HSI Houston — Case Summary (draft) — Financial/Funnel Account
Subject 1: [[PERSON:Eliseo Barrientos Caamal]], DOB [[DATE_OF_BIRTH:03/14/1981]], SSN [[US_SSN:461-52-7390]]
Acct: Frost Bank checking [[US_BANK_NUMBER:4907713558]] (RTN [[ABA_ROUTING_NUMBER:{aba('11400039')}]])
Between Jan and Apr, 212 cash deposits under $3,000 in 9 Texas branches, wired out same day to Sinaloa-based exporters.
Please tighten this paragraph for the AUSA briefing, keep it under 150 words.
[[CUI_MARKING:CUI//SP-LEI]]"""))

R.append((P, "sar_excerpt", "venezuelan",
f"""can you turn this SAR narrative into bullet points for my supervisor:
"Customer [[PERSON:Yusmary Carolina Pacheco Liendo]] (DOB [[DATE_OF_BIRTH:22 Aug 1990]]) opened acct [[US_BANK_NUMBER:000381296455]] on 2/3. Within 30 days the account received 47 P2P credits from unrelated senders and funded purchases on card [[CREDIT_CARD:{cc('453271009126883')}]]. Customer stated funds were 'remesas familiares'. Her listed address is [[STREET_ADDRESS:8120 Bissonnet St Apt 214, Houston, TX 77074]]." """))

R.append((P, "victim_interview_summary", "honduran",
"""Resumen entrevista (víctima potencial, trata laboral) — para traducir al inglés por favor:
La Sra. [[PERSON:Dilcia Marisol Aguilar Zepeda]], nacida el [[DATE_OF_BIRTH:9 de noviembre de 1996]], trabajó en el restaurante sin pago desde marzo. El patrón, conocido como "Don [[PERSON:Chepe]]", le retuvo el pasaporte hondureño [[US_PASSPORT:F482913]]. Su teléfono actual es [[PHONE_NUMBER:(713) 555-0162]]. Vive con su prima en [[STREET_ADDRESS:2204 Holly Hall St, Houston, TX 77054]]."""))

R.append((P, "bank_return_csv", "chinese",
f"""Pasting the subpoena return (First Pacific Bank), need totals per account holder:
account_holder,account_no,routing,opened,card_no
"[[PERSON:ZHENG, Weiqiang]]",[[US_BANK_NUMBER:7310044826]],[[ABA_ROUTING_NUMBER:{aba('12104471')}]],2024-06-11,[[CREDIT_CARD:{cc('552433019874412',None)}]]
"[[PERSON:ZHENG, Liyuan]]",[[US_BANK_NUMBER:7310044907]],[[ABA_ROUTING_NUMBER:{aba('12104471')}]],2024-06-11,[[CREDIT_CARD:{cc('552433019875501',None)}]]
"[[PERSON:HUANG, Shumin]]",[[US_BANK_NUMBER:7310051183]],[[ABA_ROUTING_NUMBER:{aba('12104471')}]],2024-07-02,"""))

R.append((P, "hawala_ledger_notes", "somali",
"""Notes from the hawala ledger photos (Minneapolis MSB), for the link chart:
- sender [[PERSON:Abdirahman Xasan Warsame]] tel [[PHONE_NUMBER:+252 61 555 0139]] -> recipient [[PERSON:Faadumo Cali Hirsi]], Garowe
- sender [[PERSON:Hodan Maxamed Jaamac]] tel [[PHONE_NUMBER:(612) 555-0188]] -> recipient [[PERSON:Sahra Yuusuf]], Bosaso
amounts mostly $900-$2,400. What other link types should I add?"""))

R.append((P, "crypto_subpoena_return", "russian",
"""Summarize KYC from the exchange return, one line per user:
User 88213 — [[PERSON:Vsevolod Igorevich Tarasenko]], DOB [[DATE_OF_BIRTH:1986-01-30]], email [[EMAIL_ADDRESS:v.tarasenko.trade@protonmail.com]], phone [[PHONE_NUMBER:+7 495 555-01-83]], ID: RU internal passport
User 90114 — [[PERSON:Oksana Hryhorivna Bilyk]], DOB [[DATE_OF_BIRTH:1993-05-17]], email [[EMAIL_ADDRESS:oksbilyk93@gmail.com]], phone [[PHONE_NUMBER:+380 44 555 0126]]
Both accounts withdrew to the same BTC cluster."""))

R.append((P, "les_email_footer", "anglo",
"""From: [[PERSON:Corinne Halvorsen]] <[[EMAIL_ADDRESS:corinne.halvorsen@hsi.dhs.gov]]>
To: AUSA [[PERSON:Dwight Pemberton]]
Subject: RE: proffer schedule

[[PERSON:Dwight]] — CI-4471 is available Thursday. Target [[PERSON:Lonnie Ray Skaggs]] has not moved the money since the 14th.
Can you make this reply sound less curt?

[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""))

R.append((P, "massage_business_tips", "korean",
"""tip line summary - illicit massage business, Fairfax Co
business mgr: [[PERSON:Kang Mi-sook]] ([[PHONE_NUMBER:703-555-0119]]), lives at [[STREET_ADDRESS:4310 Chain Bridge Rd, Unit 2B, Fairfax, VA 22030]]
worker 1 says boss [[PERSON:Oh Jae-won]] keeps everyone's passports in a safe
rewrite as a neutral memo, no speculation"""))

R.append((P, "h2a_labor_case", "guatemalan",
"""H-2A labor trafficking referral — workers identified at the packing shed (need an English/Spanish table):
1. [[PERSON:Baltazar Tum Ixcoy]] — passport GT [[US_PASSPORT:247186554]] — I-94 [[I94_NUMBER:58291736A41]]
2. [[PERSON:Marcelino Chávez Sajché]] — passport GT [[US_PASSPORT:251903367]] — I-94 [[I94_NUMBER:58291740B12]]
3. [[PERSON:Juana Batz Coyoy]] — passport GT [[US_PASSPORT:249377120]] — I-94 [[I94_NUMBER:58291752C03]]
Recruiter: [[PERSON:Efraín "El Profe" Mazariegos]]."""))

R.append((P, "forfeiture_worksheet", "lebanese",
f"""Asset forfeiture worksheet — please check my math:
Claimant [[PERSON:Rami Georges Haddad]], SSN [[US_SSN:217-40-8836]]
Seized: $184,250 from acct [[US_BANK_NUMBER:3329187740]] (routing [[ABA_ROUTING_NUMBER:{aba('05400016')}]]) and $31,900 in cashier's checks.
Less 12% storage/processing. What's the net?"""))

R.append((P, "trafficking_hotline_referral", "filipino",
"""Referral from the NHTH (names as given): [[PERSON:Ma. Luisa "Malou" Dimaculangan]] and [[PERSON:Rowena Tolentino Baysa]], both domestic workers brought on B-1 by a diplomat's family. Contact via the shelter: [[PHONE_NUMBER:+63 917 555 0164]] ([[PERSON:Malou]]'s sister in Batangas). Draft three questions for the first interview."""))

R.append((P, "darkweb_vendor_summary", "anglo",
"""vendor 'PacificBlue' attribution so far:
- shipping label return address [[STREET_ADDRESS:1187 NW Overton St, Portland, OR 97209]]
- USPS PO box holder [[PERSON:travis keegan]], DL OR [[US_DRIVER_LICENSE:7942618]]
- PGP key comment has "tk_1989"
make this into a timeline"""))

R.append((P, "wire_summary_vietnamese", "vietnamese",
f"""Bảng tóm tắt chuyển tiền (nail-salon case), please translate column headers only:
Người gửi: [[PERSON:Trần Thị Ngọc Hân]] | TK [[US_BANK_NUMBER:6602918837]] | [[PHONE_NUMBER:(714) 555-0133]]
Người nhận: [[PERSON:Lê Văn Thịnh]] | Vietcombank | [[PHONE_NUMBER:+84 90 555 0181]]
Ghi chú: 14 lần chuyển, tổng $96,400"""))

R.append((P, "asset_search_memo", "nigerian",
"""ROUGH asset search — BEC case (please clean up grammar)
[[PERSON:OKONKWO-BELLO, Chidubem]] aka "[[PERSON:Chidi Bello]]", DOB [[DATE_OF_BIRTH:11/02/1988]], A# [[A_NUMBER:A215 887 034]]
Residence: [[STREET_ADDRESS:91 Westbury Ct, Stone Mountain, GA 30083]]
Vehicles: 2022 Lexus RX registered to wife [[PERSON:Adanna Okonkwo-Bello]].
[[CUI_MARKING:(CUI//SP-LEI)]] Source indicates the Lagos associate is [[PERSON:Tunde Adeyemi-Cole]]."""))

R.append((P, "covert_acct_creds", "none",
"""For the undercover account setup, these are what the bank gave us — where should we store them?
portal user: uc_harbor_22
password: [[PASSWORD:Tw!ns0cks-Ferry83]]
security Q answer: [[PASSWORD:Ottumwa]]"""))

R.append((P, "tip_email_albanian", "albanian",
"""Received via tips form, translate and summarize:
"Emri im nuk është i rëndësishëm. [[PERSON:Gentian Hoxha]] dhe vëllai [[PERSON:Ilir Hoxha]] sjellin vajza nga Durrësi për të punuar në klube në Queens. Numri i tij: [[PHONE_NUMBER:(347) 555-0107]]." """))

R.append((P, "seizure_log_georgian", "georgian",
"""Cash seizure log JFK T4 (for the weekly stats, only need the totals):
2025-10-03 | [[PERSON:Levan Beridze]] | $47,000 undeclared | passport GE [[US_PASSPORT:13IB48820]]
2025-10-09 | [[PERSON:Nino Kapanadze]] | $12,300 | Known Traveler [[KNOWN_TRAVELER_NUMBER:982261145]]"""))

# evasions
R.append((E, "ssn_spaced_chat", "salvadoran",
"""from the CI texts (verbatim): "la cuenta esta a nombre de [[PERSON:Wilber Alexander Romero]], el seguro es [[US_SSN:5 2 9 - 3 1 - 6 0 4 8]]" — what does 'seguro' mean here?"""))
R.append((E, "acct_split_lines", "anglo",
"""ok the account number from the fax is broken across two lines in the OCR, I think it's
[[US_BANK_NUMBER:88104
17236]] for [[PERSON:Delbert Fenwick]] — does that look like a Regions format?"""))
R.append((E, "card_words", "cuban",
f"""transcribe this jail call snippet cleanly: "...[[PERSON:Yoandry]] said read me the card, [[CREDIT_CARD:four five five six zero one two two eight eight one nine three four four seven]]..." """))

# hard negatives
R += [(H, "hn_program_names", "none", """Blue Campaign, Operation Cornerstone and the Cornerstone outreach slides all need the new logo. Can you suggest a one-line tagline for each that fits on a lanyard card?"""),
(H, "hn_case_law", "none", """Explain the holding of Ratzlaf v. United States (1994) and how Congress responded in 31 U.S.C. 5324. Keep it to two paragraphs for new agents."""),
(H, "hn_wire_refs", "none", """Fedwire IMAD 20251003MMQFMP2L000417 and OMAD 20251003B1QGC07C003211 — what do the segments of an IMAD mean? Also what's a SWIFT UETR like 3f2c0b5e-7d14-4a8e-9c3a-1b7f55e2d9a0 used for?"""),
(H, "hn_bsa_secrecy", "none", """Training question: why is it called the Bank Secrecy Act when it's about disclosure? And is a CTR required for $10,000 exactly or only above $10,000?"""),
(H, "hn_mtcn_tracking", "none", """Western Union MTCN 8831046672 and MoneyGram ref 71938264 both show 'paid'. FedEx tracking 7749 3861 2205 shows delivered. Build me a tracker sheet with those three columns."""),
(H, "hn_invalid_ssn_test", "none", """Our SAR QA checklist flags SSNs like 000-12-3456, 666-40-2211 and 912-55-0000 as invalid. Write a regex that rejects area 000, 666, 900-999, group 00 and serial 0000."""),
(H, "hn_statute_dates", "none", """Timeline: indictment unsealed 04/22/2025, arraignment 05/06/2025, plea deadline 08/15/2025, sentencing 11/18/2025. Count the days between each step."""),
(H, "hn_vessel_names", "none", """The seized yacht 'Lady Evelyn' and the tug 'Captain Ray' are at the Port of Tampa. What does an interlocutory sale motion usually argue about storage costs for vessels?"""),
(H, "hn_hotline_public", "none", """For the outreach flyer: National Human Trafficking Hotline 1-888-373-7888, text 233733. ICE tip line 1-866-347-2423. Make a bilingual EN/ES version of the flyer text."""),
(H, "hn_fincen_form", "none", """FinCEN Form 114 is due April 15 with an automatic extension to October 15. Does a $9,999 balance in a foreign account trigger it if another account briefly held $1,200?"""),
(H, "hn_confidential_informant_policy", "none", """Summarize the difference between a confidential informant and a cooperating defendant under the HSI informant handbook, in plain language. No case specifics."""),
(H, "hn_hash_evidence", "none", """Evidence image SHA-256 9b1f0c3a5e2d47f8a6b4c9d01e3f5a7b8c2d4e6f1a3b5c7d9e0f2a4b6c8d0e1f and MD5 5e2d47f8a6b4c9d01e3f5a7b8c2d4e6f — which should go in the chain-of-custody form?"""),
(H, "hn_city_names", "none", """Map the trafficking corridor: Tapachula -> Tenosique -> Reynosa -> McAllen -> Houston -> Charlotte. Which of these have HSI field offices vs resident agent offices?"""),
]
R.insert(16, (P, "trafficking_case_les_portion", "tanzanian",
"""[[CUI_MARKING:(U//LES)]] Victim [[PERSON:Neema Mwakyusa]] was recruited in Dar es Salaam by [[PERSON:Baraka Kimaro]], who promised hotel work in Dallas.
[[CUI_MARKING:(U//LES)]] [[PERSON:Kimaro]]'s US contact, [[PERSON:Rehema Mushi]], collected the victims' passports at DFW.
Please rephrase these two paragraphs for the T-visa declaration support letter."""))

RECORDS = R
