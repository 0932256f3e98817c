# Voice ap07: USCIS Records Division -- A-file transfers between offices, file-room logs, misfiled documents, file requests


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "nfts_transfer_log_pipe", "salvadoran+afghan+tongan", L(
"""NFTS transfer batch from NRC to the Baltimore field office, find the ones still "in transit" after 10 days:
A-Number|Subject|DOB|From|To|Sent|Status
A208447153|MEJIA ALVARENGA, Josué|1992-03-14|NRC|BAL|2026-11-12|RECEIVED
A201933874|HAKIMI, Fereshta|1999-07-30|NRC|BAL|2026-11-12|IN TRANSIT
A096115420|TAUFA, Sione Latu|1970-12-09|NRC|BAL|2026-11-19|IN TRANSIT""",
("A_NUMBER", "A208447153"), ("PERSON", "MEJIA ALVARENGA, Josué"), ("DATE_OF_BIRTH", "1992-03-14"),
("A_NUMBER", "A201933874"), ("PERSON", "HAKIMI, Fereshta"), ("DATE_OF_BIRTH", "1999-07-30"),
("A_NUMBER", "A096115420"), ("PERSON", "TAUFA, Sione Latu"), ("DATE_OF_BIRTH", "1970-12-09"))),

("positive", "misfiled_document_email", "congolese+anglo",
"""Subject: Misfiled I-130 approval in wrong A-file

Hi [[PERSON:Rosemary]],
While consolidating, we found an I-797 for [[PERSON:Mbuyi Kalala Mukendi]] ([[A_NUMBER:A-215-004-386]], receipt [[USCIS_RECEIPT_NUMBER:IOE0918834472]]) filed inside the A-file of [[PERSON:Mbuyi Kalala Ngoy]] ([[A_NUMBER:A-215-004-368]]). Similar names, transposed digits. Can you fix the NFTS record and move the document?
Thanks, [[PERSON:Everard Quimby]], File Clerk, NBC"""),

("positive", "file_request_form", "indian",
"""File request – convert to the G-1580 style fields, something's off with the DOB format:
Requesting office: New Delhi? no – Newark FO, Officer [[PERSON:Prakash Venkataraghavan]]
Subject: [[PERSON:Lakshmi Narayanan Subramaniam]]
A#: [[A_NUMBER:A087554219]]
DOB: [[DATE_OF_BIRTH:3/3/76]]
Reason: N-400 interview 01/14/2027"""),

("positive", "file_room_shelf_log", "polish+dominican",
"""File room log, shelf 14B, please find files checked out > 30 days:
11/02  A212390568  [[PERSON:Zbigniew Pietraszek]]  out to adjudicator [[PERSON:Rhett Saylor]]
11/04  A076214433  [[PERSON:Altagracia Peña de los Santos]]  out to FDNS
11/21  A212390568  returned""".replace("A212390568", "[[A_NUMBER:A212390568]]").replace("A076214433", "[[A_NUMBER:A076214433]]")),

("positive", "russian_letter_file_request", "russian",
"""Please translate this letter that came with a FOIA-adjacent file request:
Я, [[PERSON:Зинаида Павловна Ермолаева]], прошу выслать копию моего дела, номер [[A_NUMBER:A-098-341-227]]. Дата рождения: [[DATE_OF_BIRTH:17 ноября 1958 г.]] Мой адрес: [[STREET_ADDRESS:2860 Ocean Pkwy, Apt 5F, Brooklyn, NY 11235]]. Телефон [[PHONE_NUMBER:(718) 555-0104]]."""),

("positive", "consolidation_ticket", "arab+korean",
"""Ticket RD-26-11902: duplicate A-files need consolidation.
Primary: [[A_NUMBER:A219664051]] [[PERSON:AL-SAADI, Nour Hussein]], DOB [[DATE_OF_BIRTH:08 JAN 1985]]
Duplicate: [[A_NUMBER:A219664780]] [[PERSON:ALSAADI, Nour]], DOB [[DATE_OF_BIRTH:01 AUG 1985]]
Requested by: [[PERSON:Hwang Ji-ho]], Records Supervisor
Draft the memo explaining why these are the same person (or not)."""),

("positive", "t_file_i94", "brazilian",
"""Can you explain what this document is and where it goes in the A-file?
Arrival/Departure Record (I-94) no. [[I94_NUMBER:413508962A4]] for [[PERSON:Thiago Albuquerque Sampaio]], admitted 07/19/2023 as B-2, found loose in a box from the Boston file room."""),

("positive", "sevis_in_file", "nigerian",
"""Found an I-20 in the wrong file: student [[PERSON:Chukwuemeka Obiorah]], SEVIS ID [[SEVIS_ID:N0031774920]], belongs in [[A_NUMBER:A214870036]]. Where do I log the correction?"""),

("positive", "receipt_batch_csv", "chinese+mexican+haitian", L(
"""receipt_no,form,applicant,a_number
WAC2690104471,I-485,Liang Meiqing,A218204117
EAC2631288804,I-131,Castañeda Villalobos Ramiro,A205669913
LIN2619970035,I-765,Pierre-Louis Ketia,A221034578
which of these need the A-file pulled from NRC? (all of them?)""",
("WAC2690104471", "WAC2690104471"), ("PERSON", "Liang Meiqing"), ("A_NUMBER", "A218204117"),
("EAC2631288804", "EAC2631288804"), ("PERSON", "Castañeda Villalobos Ramiro"), ("A_NUMBER", "A205669913"),
("LIN2619970035", "LIN2619970035"), ("PERSON", "Pierre-Louis Ketia"), ("A_NUMBER", "A221034578")).replace(
"[[WAC2690104471:", "[[USCIS_RECEIPT_NUMBER:").replace("[[EAC2631288804:", "[[USCIS_RECEIPT_NUMBER:").replace("[[LIN2619970035:", "[[USCIS_RECEIPT_NUMBER:")),

("positive", "fouo_records_memo", None,
"""[[CUI_MARKING:CUI//SP-IMMG]]
Records Division procedure change: A-files with pending litigation holds must not be transferred without OCC clearance.
[[CUI_MARKING:CUI//SP-IMMG]]
Rewrite this as an email to file room leads."""),

("positive", "deceased_subject_file", "greek",
"""Genealogy-type request bounced to us by mistake: the subject [[PERSON:Evangelos Triantafyllidis]] (born [[DATE_OF_BIRTH:May 2, 1921]]) died in 1998; file [[A_NUMBER:A07114982]]. Requester is his granddaughter [[PERSON:Alexandra Triantafyllidis-Moore]]. Where do we route it?"""),

("positive", "nfts_api_token", None,
"""script for bulk NFTS lookups fails with 401. Header:
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyZWNvcmRzLWJvdCIsIm9mZmljZSI6Ik5SQyIsImV4cCI6MTc5NjUxMjAwMH0.Fh3kQz8NwT1pYr6LmV2cXb9JsAe4DuGo7KiRt0HnW5s]]
what's wrong with the expiry?"""),

("positive", "tagalog_request", "filipino",
"""Pakisalin sa Ingles: Magandang araw po. Ako si [[PERSON:Rosalinda Magbanua Dizon]], A-number [[A_NUMBER:A216487320]]. Humihingi po ako ng kopya ng aking file. Ipinanganak ako noong [[DATE_OF_BIRTH:ika-4 ng Hunyo 1983]]. Salamat po."""),

("evasion", "spaced_anumber", "somali",
"""the requester typed it with spaces so our search fails: [[A_NUMBER:A 2 1 3 0 4 9 8 7 5]] for [[PERSON:Fartun Cabdullaahi]]. how do I strip the spaces in excel?"""),

("evasion", "anumber_o_for_zero", "anglo",
"""search shows no hits for [[A_NUMBER:AO9833O417]] ([[PERSON:Gwendolyn Parrish-Oakes]]) – maybe someone typed letter O instead of zero?"""),

("evasion", "receipt_fullwidth", "vietnamese",
"""receipt from the applicant's email, copied from a Vietnamese keyboard: [[USCIS_RECEIPT_NUMBER:ＭＳＣ２６９０５５１８８２]] for [[PERSON:Phan Thanh Tùng]] – normalize it"""),

("hard_negative", "form_numbers", None,
"""What's the difference between Form G-639, G-1041, G-1041A and G-884? Also which of I-130, I-485, I-765 get consolidated into the A-file vs a receipt file?"""),

("hard_negative", "nrc_public_address", None,
"""For the FAQ: the National Records Center is in Lee's Summit, Missouri. FOIA requests go through the USCIS FOIA portal, not to the NRC directly. Also the USCIS Contact Center is 800-375-5283. Make it concise."""),

("hard_negative", "same_shape_no_pii", None,
"""NFTS transfer summary, find the batches still "in transit" after 10 days:
Batch|From|To|Sent|Files|Status
B-26-4471|NRC|BAL|2026-11-12|112|RECEIVED
B-26-4472|NRC|BAL|2026-11-12|98|IN TRANSIT
B-26-4480|NRC|NYC|2026-11-19|140|IN TRANSIT"""),

("hard_negative", "box_and_barcode_numbers", None,
"""Box barcodes 000413928 and 000413929, shelf 14B-03-07, accession 566-26-0041. The box label also has a NARA schedule N1-566-08-11. Which number goes in the transfer log?"""),

("hard_negative", "cfr_citations", None,
"""Summarize 8 CFR 103.2(b)(16) and 8 CFR 103.41 on inspecting the record of proceeding, and the Privacy Act (5 U.S.C. 552a) routing for A-files. Two paragraphs."""),

("hard_negative", "historical_immigrants", None,
"""Write a museum-style blurb about Annie Moore, the first immigrant processed at Ellis Island in 1892, and how alien files (A-files) started in 1944."""),

("hard_negative", "prose_cui_immg", None,
"""Does a file-room shelf list with only A-file barcodes and shelf locations need CUI//SP-IMMG marking, or only when subject names are on it? Asking for the new procedure."""),

("hard_negative", "example_anumber", None,
"""For the clerk training deck, show the A-number format with a clearly fake example like A000000000 and explain the 8 vs 9 digit history. Don't use a real-looking one."""),

("hard_negative", "names_as_places", None,
"""Files moved from the Lee's Summit NRC to the Harlingen, San Antonio and St. Paul field offices. Is San Antonio still a hub for A-file pulls in the South Central district?"""),

("hard_negative", "misfile_process", None,
"""What's the standard procedure when a clerk finds a document in the wrong A-file: who fixes NFTS, who moves the paper, and what gets noted on the file jacket? Keep it generic."""),
]
