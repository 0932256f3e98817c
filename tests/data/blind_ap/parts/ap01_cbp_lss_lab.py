# Voice ap01: CBP Laboratories and Scientific Services -- sample chain of custody, analysts, importers' samples, test reports
RECORDS = [
("positive", "custody_form_ocr", "hispanic+anglo",
"""Can you clean up this OCR from a CBP 6051S custody receipt so it reads like a table? Scanner mangled it.

CUST0DY RECEIPT FOR SEIZED PR0PERTY AND EVIDENCE   Page 1 of 1
Port: 2704  Sample ID: LSS-SF-26-04418   Seq 001-003
Released by: [[PERSON:Adalberto Quintanilla-Reyes]]  CBPO  badge ____  Date 11/18/2026 0915
Received by: [[PERSON:Corinne Beckwith]]   Lab tech, LSS San Francisco    Date 11/18/2026 1340
Released by: [[PERSON:Corinne Beckwith]]    Date 11/19/2026 0800
Received by: [[PERSON:DUNMORE, Philippa]]  Chemist   Date 11/19/2026 0812
Description: 3 sealed bags white crystalline powder, declared "sodium metabisulfite food grade", importer of record rep [[PERSON:Wenceslao Ibarguen]]"""),

("positive", "analyst_email_thread", "korean+anglo",
"""Subject: RE: sample 26-NY-1187 textile fiber ID

Thanks [[PERSON:Bo-ram]]. I'll tell the entry specialist. The importer's broker keeps calling me directly, it's [[PERSON:Garrett Pellowe]] at [[PHONE_NUMBER:(718) 555-0163]], can you loop him in when the report is signed?

> From: [[PERSON:Yoon Bo-ram]] <[[EMAIL_ADDRESS:boram.yoon@cbp.dhs.gov]]>
> Sent: Thursday, December 3, 2026 4:12 PM
> FTIR says 62% polyester / 38% cotton, not the 100% cotton on the invoice. Report goes to the team lead tomorrow.
>
> [[PERSON:Bo-ram Yoon]], Textile Analyst, LSS New York"""),

("positive", "lims_csv_export", "vietnamese+yoruba+polish",
"""sample_no,received,analyst,importer_contact,contact_phone,status
NY26-3310,2026-11-02,[[PERSON:Trinh Bao Ngoc]],[[PERSON:Adeyemi Folorunsho-Oke]],[[PHONE_NUMBER:(201) 555-0132]],COMPLETE
NY26-3311,2026-11-02,[[PERSON:Trinh Bao Ngoc]],[[PERSON:Adeyemi Folorunsho-Oke]],[[PHONE_NUMBER:(201) 555-0132]],IN PROGRESS
NY26-3315,2026-11-04,[[PERSON:Kasprzak Wiesława]],[[PERSON:Tobiasz Jędrzejczyk]],[[PHONE_NUMBER:+48 22 555 01 76]],HOLD - need MSDS
why does excel keep turning the phone column into scientific notation? need a formula to fix it"""),

("positive", "importer_letter_spanish", "mexican",
"""Traduce al inglés por favor, es para el expediente de la muestra:

Estimados señores de la Aduana:
Por medio de la presente, yo, [[PERSON:Graciela Etxeberría Lomelí]], representante legal de Chiles Secos del Bajío S.A. de C.V., solicito la devolución de la contramuestra del lote 4471 (chile guajillo). Pueden comunicarse conmigo al [[PHONE_NUMBER:+52 462 555 0148]] o al correo [[EMAIL_ADDRESS:getxeberria@chilesbajio.com.mx]].
Domicilio para envío: [[STREET_ADDRESS:Calle Hidalgo 218, Col. Centro, 36500 Irapuato, Gto., México]]
Atentamente,
[[PERSON:G. Etxeberría]]"""),

("positive", "test_report_draft", "ghanaian+anglo",
"""Draft conclusions paragraph for report SV-26-0932, tighten the language please:

Analyst: [[PERSON:Kwabena Frimpong-Manso]], Senior Chemist. Reviewed by: [[PERSON:Delphine Marchbanks]].
The submitted sample (olive oil, 12 x 1 L, importer contact [[PERSON:Rosalind Treadaway]], [[EMAIL_ADDRESS:rtreadaway@medgroveimports.com]]) shows a fatty-acid profile and sterol content inconsistent with extra virgin olive oil. Results indicate admixture with high-oleic sunflower oil."""),

("positive", "sms_courier", "filipino",
"""text from the courier, can you help me reply politely that we can't accept after 1600:
"Hi this is [[PERSON:Rodelio Manansala]] from Bayside Courier, I have the 2 coolers of shrimp samples for LSS, traffic on 880 is bad ETA 4:40. my cell [[PHONE_NUMBER:510-555-0119]]\""""),

("positive", "analyst_onboarding_form", "ethiopian",
"""New lab staff badge request – fill in the missing box from this:
Name (Last, First MI): [[PERSON:TESFAYE, Meskerem A.]]
DOB: [[DATE_OF_BIRTH:14 FEB 1991]]
SSN (last 4 not enough per security, they want full): [[US_SSN:454-06-9899]]
Home: [[STREET_ADDRESS:8807 Lanier Way, Apt 2C, Savannah, GA 31406]]
Position: Physical Scientist (GS-1301-11), LSS Savannah"""),

("positive", "voicemail_transcript", "russian",
"""Voicemail (auto-transcribed) to the Chicago lab main line, 12/02 10:14 AM:
"Yes hello my name is [[PERSON:Arkady Voloshinov]], I am calling about the sample you took from our container of birch plywood, entry number is with the broker. Please call me back, [[PHONE_NUMBER:847 555 0171]], or my colleague [[PERSON:Lyudmila Sazonova]]. Thank you."
Summarize this and draft a call-back script."""),

("positive", "chain_of_custody_json", "chinese+anglo",
"""{
  "sample_id": "LA26-7742",
  "commodity": "lithium-ion cells, 18650",
  "custody": [
    {"step": 1, "from": "[[PERSON:Qiu Shaoxian]]", "role": "importer rep", "to": "[[PERSON:Harlan Oakshott]]", "role_to": "CBPO"},
    {"step": 2, "from": "[[PERSON:Harlan Oakshott]]", "to": "[[PERSON:Ingeborg Saltonstall]]", "role_to": "LSS LA sample custodian"}
  ],
  "importer_contact_email": "[[EMAIL_ADDRESS:shaoxian.qiu@everfortcells.cn]]"
}
validate this json and tell me if the custody chain has a gap"""),

("positive", "lab_ticket_markdown", "igbo+irish",
"""| Sample | Analyst | Due | Note |
|---|---|---|---|
| HOU26-201 | [[PERSON:Chiamaka Nwachukwu-Eze]] | 12/10 | steel pipe, Ni/Cr check |
| HOU26-202 | [[PERSON:Declan Ó Faoláin]] | 12/11 | honey, C4 sugar |
| HOU26-206 | [[PERSON:Chiamaka Nwachukwu-Eze]] | 12/14 | aluminum extrusions, AD/CVD |
Sort by due date and add a column "days left" as of Dec 7."""),

("positive", "marked_method_memo", None,
"""[[CUI_MARKING:CUI//SP-LEI]]
LSS Method Note 26-14 – screening of fentanyl-related substances in pressed tablets
Instrument: TruNarc/GC-MS confirmatory; detection thresholds listed in Attachment B.
[[CUI_MARKING:CUI//SP-LEI]]
can you summarize this into 5 bullets for the port briefing?"""),

("positive", "lims_password_chat", "samoan",
"""me: the LIMS keeps kicking me out
[[PERSON:Faleolo Sapolu-Tuilagi]]: use the shared bench account for now, user lss_sav_bench / [[PASSWORD:Ch3m!stry-Sav#2026q4]]
me: ok thx, writing that down"""),

("positive", "importer_portal_key", None,
"""Our sample-tracking script posts results to the importer notification API. Why am I getting 403?

import requests
HEADERS = {"x-api-key": "[[PASSWORD:lss-7f3KqW9zLm2Rt8VbXc4NpY6s]]"}
r = requests.post("https://lims-notify.example.internal/v2/results", json=payload, headers=HEADERS)"""),

("evasion", "spaced_phone_sms", "haitian",
"""reply for me in Haitian Creole: "we got your sample, results in 10 business days".  Sender: [[PERSON:Wisly Exantus]], said call him at [[PHONE_NUMBER:3 0 5 - 5 5 5 - 0 1 2 8]] "but dont write my number normal they scrape it\""""),

("evasion", "dotted_email", "turkish",
"""importer contact for the hazelnut sample is [[PERSON:Nurgül Karabacak]], email is [[EMAIL_ADDRESS:nurgul dot karabacak at findiklar-export dot com dot tr]], can you make a proper email address of it for the report cover?"""),

("evasion", "fouo_emphasis", None,
"""Pasted from the port's SOP; reformat as a checklist please.

**[[CUI_MARKING:F.O.U.O.]]** – [[CUI_MARKING:*F O R  O F F I C I A L  U S E  O N L Y*]]
1. Draw two sub-samples, seal each with tamper tape.
2. Record seal numbers on the custody form.
3. Ship by overnight to the servicing laboratory."""),

("hard_negative", "hts_and_cfr", None,
"""Which lab should get this? HTS 2106.90.9998, sample taken under 19 CFR 151.10, entry 231-4488190-6. The importer disputes the classification under GRI 3(b). Also what's the turnaround for food samples versus textiles?"""),

("hard_negative", "public_lss_contact", None,
"""For the outreach flyer: importers with questions about laboratory results should contact the CBP Info Center at 1-877-227-5511 or submit a question on help.cbp.gov. Do not call individual laboratories. Can you make this friendlier and under 60 words?"""),

("hard_negative", "sample_numbers_like_ssn", None,
"""Reconcile these sample numbers against the manifest: 226-04-1187, 226-04-1188, 226-04-1190 (1189 was voided). Format is port-year-sequence. They look like SSNs to our DLP tool, is there a better format?"""),

("hard_negative", "same_shape_no_pii", None,
"""Subject: RE: sample 26-NY-1190 fiber ID

Thanks. I'll tell the entry specialist. The broker asked for the signed report; send it through ACE Document Image System when ready, not by e-mail.

> FTIR says 55% viscose / 45% polyester, invoice says 100% viscose. Report goes to the team lead tomorrow.
> Textile Analyst, LSS New York"""),

("hard_negative", "eponym_instruments", None,
"""Explain the difference between a Raman spectrometer and an FTIR for a new tech, and why we still use the Kjeldahl method for protein and Karl Fischer titration for moisture. Bonus: who was Hooke and why do we care about his law on the tensile tester?"""),

("hard_negative", "prose_about_marking", None,
"""Question for our QA manager: should lab reports on narcotics samples carry a CUI banner, or only the methods? Our old reports said "For Official Use Only" in the footer, and I don't know whether that carried over after the CUI program started."""),

("hard_negative", "example_values", None,
"""Template for the LIMS import (example row, not real):
sample_no,received,analyst,importer_contact,contact_phone,status
XX26-0000,YYYY-MM-DD,Analyst Name,Contact Name,(000) 000-0000,STATUS
Write a validation regex for sample_no and contact_phone."""),

("hard_negative", "lot_and_seal_numbers", None,
"""Seal numbers 004417201 through 004417215 were issued to the Laredo sample room. Seal 004417208 was broken on receipt; see photos. Lot 7710-442-0815 of the importer's pallets. Write the discrepancy note."""),

("hard_negative", "commodity_names", None,
"""Does "Hope Ranch" honey count as a brand or a place of origin on the label? Also the importer lists "Rich Gold" saffron and "King Oyster" mushrooms. For the country-of-origin marking question, which of these matter?"""),

("hard_negative", "password_policy", None,
"""Draft a reminder to lab staff: LIMS passwords expire every 60 days. Reset yours at the self-service portal before Friday; nobody from IT will ever ask for your password by phone or e-mail."""),
]
