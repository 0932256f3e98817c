# Voice 3: FEMA funeral assistance: applicants, decedents, funeral homes, death certificates, co-applicants.
RECORDS = [
("positive", "call_notes", "navajo",
"""Call notes to clean up for the case record:
Applicant [[PERSON:Loretta Nez]] called re: funeral asst for her father [[PERSON:Harrison Yazzie Nez]] (decedent DOB [[DATE_OF_BIRTH:09/12/1948]], DOD 01/30/2021, Gallup NM). Death cert lists COVID-19 as contributing cause. Funeral held at the chapter house, so there's no funeral home contract — she has receipts from the family for the sheep and food. Asked whether traditional burial costs count. Callback [[PHONE_NUMBER:505-555-0113]]. Applicant's SSN on file ends 4471 (full on the application)."""),

("positive", "death_cert_ocr", "puerto_rican",
"""OCR from the death certificate, help me pull out the fields for the reviewer:

CERTIFICADO DE DEFUNCIÓN — DEPARTAMENTO DE SALUD, PUERTO RICO
Nombre del difunto: [[PERSON:Ángel Luis Rivera Colón]]   Sexo: M
Fecha de nacimiento: [[DATE_OF_BIRTH:17 de octubre de 1944]]   Fecha de defunción: 12 de enero de 2021
Lugar de residencia: [[STREET_ADDRESS:Calle Ébano 23, Urb. Los Almendros, Bayamón, PR 00961]]
Causa inmediata: Insuficiencia respiratoria aguda    Causa contribuyente: COVID-19
Informante: [[PERSON:Marta I. Rivera Santos]] (hija)"""),

("positive", "co_applicant_email", "tongan",
"""Subject: adding co-applicant
Hi, I'm [[PERSON:Mele Fonua]], applicant for my uncle [[PERSON:Sione Tuʻipulotu]]'s funeral assistance. My cousin [[PERSON:Viliami Moala]] paid part of the funeral home bill ($3,200 of $9,850) and wants to be added as co-applicant. His email is [[EMAIL_ADDRESS:vmoala.slc@gmail.com]] and phone [[PHONE_NUMBER:801-555-0159]]. Do you need his SSN? He is a permanent resident, A-number [[A_NUMBER:A087552413]].
Thank you, [[PERSON:Mele]]"""),

("positive", "sgs_invoice", "anglo",
"""Is this funeral home statement itemized enough for FEMA?

STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED
Rosewood Memorial Chapel, Dothan AL
Deceased: [[PERSON:Earline Mae Crutchfield]]   Date of birth: [[DATE_OF_BIRTH:June 3, 1939]]
Purchaser: [[PERSON:Curtis Crutchfield]], [[STREET_ADDRESS:1208 Selma Hwy, Dothan, AL 36301]]
Basic services of funeral director and staff ........ $2,195.00
Transfer of remains ...................................... $395.00
Embalming ................................................ $750.00
Casket (18 ga. steel, Going Home Blue) ........... $2,890.00
Opening/closing grave ................................. $1,100.00
TOTAL ........................................................ $7,330.00"""),

("positive", "appeal_letter_tagalog", "filipino",
"""Pakisalin sa English, apela ito para sa funeral assistance:

Ako po si [[PERSON:Corazon Pangilinan]], anak ng yumaong si [[PERSON:Rogelio Pangilinan]] na ipinanganak noong [[DATE_OF_BIRTH:ika-5 ng Mayo 1950]]. Tinanggihan po ang aming aplikasyon dahil hindi raw nakalista ang COVID-19 sa death certificate. Nakalakip po ang binagong death certificate mula sa county. Maaari po akong tawagan sa [[PHONE_NUMBER:(206) 555-0102]]."""),

("positive", "caseworker_chat", "ugandan",
"""User: applicant is [[PERSON:Grace Nakato Ssempala]], decedent is her husband [[PERSON:Emmanuel Ssempala]]. body was repatriated to Kampala and buried in Mukono. she has the airline cargo invoice and the Ugandan burial receipt (in UGX). can we pay for repatriation?
Assistant: Transportation of remains is an eligible expense, including to another country, if it's documented. The receipt may need a translation and currency conversion.
User: ok. her deposit info is routing [[ABA_ROUTING_NUMBER:058564682]] account [[US_BANK_NUMBER:004417729356]]. is it safe to put this in the case notes?"""),

("positive", "multiple_decedents_csv", "anglo+vietnamese+somali+ndebele",
"""Supervisor wants a count by state. CSV pasted from our tracker:
app_no,applicant,decedent,decedent_dob,state,amount_paid
FA-118402,[[PERSON:Shanice Holloway]],[[PERSON:Bernard Holloway Sr.]],[[DATE_OF_BIRTH:1952-03-08]],GA,8950.00
FA-118471,[[PERSON:Trinh Van Minh]],[[PERSON:Trinh Thi Lan]],[[DATE_OF_BIRTH:1936-11-21]],TX,6420.00
FA-118533,[[PERSON:Abdirahman Hersi]],[[PERSON:Hawo Hersi]],[[DATE_OF_BIRTH:1958-07-02]],MN,9000.00
FA-118560,[[PERSON:Precious Sibanda]],[[PERSON:Themba Sibanda]],[[DATE_OF_BIRTH:1961-01-19]],MD,7715.50"""),

("positive", "sms_thread", "dominican",
"""screenshot text from the applicant, I need to summarize:
[10:02] hola soy [[PERSON:Yokasta Almonte]], la hija de [[PERSON:Ramón Almonte Peña]]
[10:03] ya mande el contrato de la funeraria por el portal
[10:03] mi papa nacio el [[DATE_OF_BIRTH:2/2/1947]] no el 2/22 como dice la carta
[10:05] mi numero nuevo es [[PHONE_NUMBER:347-555-0196]]"""),

("positive", "cremation_receipt", "japanese",
"""Applicant uploaded a receipt in Japanese from the family's cremation in Osaka. Translate the key lines:
火葬許可証 / 故人氏名: [[PERSON:山口 清]]（[[PERSON:Yamaguchi Kiyoshi]]）
生年月日: [[DATE_OF_BIRTH:昭和十七年八月二日]]
申請者: [[PERSON:山口 美咲]]
火葬料金: 60,000円"""),

("positive", "duplicate_benefit_review", "anglo+hispanic",
"""Reviewer note: possible duplication of benefits. Applicant [[PERSON:Terrence Gaddy]] received $4,000 from the decedent's burial insurance (Globe Life). Decedent [[PERSON:Inez Gaddy]] ([[DATE_OF_BIRTH:1955-04-30]] per SSA match). Co-applicant [[PERSON:Rosalinda Gaddy Treviño]] paid the remainder. Draft the determination paragraph."""),

("positive", "ssn_verification_fail", "ukrainian",
"""Identity verification failed for applicant [[PERSON:Oksana Pylypenko]], SSN [[US_SSN:214-63-8805]], DOB [[DATE_OF_BIRTH:1979-08-16]]. She says she changed her name after marriage (was [[PERSON:Oksana Melnyk]]). What documents should I ask for to clear the flag?"""),

("positive", "funeral_director_email", "greek",
"""From: [[PERSON:Nikos Papadimitriou]] <[[EMAIL_ADDRESS:nikos@papadimitriouandsons.example]]>
Subject: FEMA funeral asst — need the applicant's signature
Good morning, we were contacted by [[PERSON:Eleni Triantafyllou]] who is applying for her mother [[PERSON:Kalliopi Triantafyllou]]. FEMA's letter asks for a funeral contract showing who paid. Our receipts show the payer as her brother [[PERSON:Dimitri]], not her. How should we reissue it?"""),

("positive", "cross_border_burial", "salvadoran",
"""The decedent, [[PERSON:José Santos Menjívar]], DOB [[DATE_OF_BIRTH:1963-12-01]], was buried in Usulután. Applicant (son) [[PERSON:Kevin Menjívar]] lives at [[STREET_ADDRESS:6103 Riggs Rd, Apt 204, Hyattsville, MD 20783]]. He has the Salvadoran burial receipt and the consulate's certificate. Also the repatriation flight receipt from Avianca cargo. List what else we need."""),

("positive", "amount_letter_native", "lakota",
"""Please make this award letter shorter:
Dear [[PERSON:Wanbli Red Cloud-Yellow Hawk]], FEMA has approved $6,200.00 in Funeral Assistance for expenses related to the death of [[PERSON:Winona Red Cloud-Yellow Hawk]]. This amount covers the funeral services and the wake meal on the Pine Ridge Reservation as documented. Funds will be deposited to the account ending 8841 within 3–5 business days."""),

# evasions
("evasion", "split_ssn_messages", "haitian",
"""msg 1: applicant [[PERSON:Jean-Robert Phanord]] ssn first part [[US_SSN:219-
msg 2: 44-
msg 3: 7361]]
put all of it back together in the form field please"""),

("evasion", "fullwidth_dob", "korean",
"""decedent [[PERSON:Choi Young-ja]], born [[DATE_OF_BIRTH:１９４６年３月１４日]], applicant son [[PERSON:Choi Gyeong-ho]]. fill the funeral assistance form for me"""),

("evasion", "leet_name", "italian",
"""applicant name is [[PERSON:G1us3pp1na R0ss3tt1]] (typing it this way so the redaction thing doesn't blank it), decedent her husband [[PERSON:S@lv@tore R0ss3tt1]]. write the intro of the appeal."""),

# hard negatives
("hard_negative", "eligibility_policy", None,
"""Summarize the eligibility for COVID-19 funeral assistance: death in the US on or after January 20, 2020; death certificate attributing the death to COVID-19; expenses not paid by other sources; up to $9,000 per deceased individual and $35,500 per application with multiple decedents. Did anything change for the Stafford Act declaration extensions?"""),

("hard_negative", "public_helpline", None,
"""For the outreach flyer: the COVID-19 Funeral Assistance Line is 844-684-6333 (TTY 800-462-7585), Monday to Friday 9 a.m. to 9 p.m. ET. Can you check the wording is plain-language and translate the flyer into Spanish and Vietnamese?"""),

("hard_negative", "funeral_home_names", None,
"""Which of these vendor names in our FEMA system are duplicates? "Rosewood Memorial Chapel", "Rosewood Memorial Chapel LLC", "Greenlawn Funeral Home & Crematory", "Greenlawn FH", "Mount Olive Memorial Gardens". I need to merge vendor records, not applicants."""),

("hard_negative", "statistics", None,
"""Write a sentence for the briefing: as of the last report, FEMA had provided more than $3 billion in funeral assistance for over 500,000 deaths. Compare that with Hurricane Maria's funeral assistance, which was much smaller in scope, and note the data source is FEMA's OpenFEMA dataset."""),

("hard_negative", "same_voice_anonymized", None,
"""Call notes to clean up:
Applicant called re: status of appeal. Decedent's death cert was amended by the county ME to add COVID-19 as contributing cause. Applicant will upload amended cert this week. Explained 60-day appeal window from the date of the determination letter. No other changes. Callback requested Thursday PM."""),

("hard_negative", "kinship_terms", None,
"""Who can be the applicant? The decedent's spouse, son, daughter, niece, grandson, a godmother, a friend who paid? The policy says anyone who incurred the funeral expenses, but the family keeps asking whether the eldest brother has priority under "tradition." How do I explain this kindly?"""),

("hard_negative", "case_number_shapes", None,
"""Our vendor mislabeled the batch: the values 966224870 and 966224871 are actually FEMA registration IDs from DR-4563, not SSNs. The batch file header says "ssn_fragment" but that column holds registration IDs. How do I tell the vendor to rename the column without panicking anyone?"""),

("hard_negative", "historical_eulogy", None,
"""Help me write a short remembrance for our team's all-hands. I want to quote Clara Barton — something about service during disaster — and mention that funeral assistance traces back to the Disaster Relief Act of 1974. Keep it under 120 words."""),

("hard_negative", "cemetery_address_generic", None,
"""Is a veterans' cemetery burial eligible? Applicant's father was buried at Fort Sam Houston National Cemetery, and the VA covered the plot and headstone. The family paid the funeral home for transport and the service only. Which costs can FEMA reimburse?"""),

("hard_negative", "invoice_numbers", None,
"""The funeral home's invoice is #2021-0847, the contract number SGS-44718-B, and the casket SKU 18GA-BLU-2290. FEMA's system rejects the upload as "unreadable." It's a 14 MB scanned PDF. Would compressing it help?"""),
]
