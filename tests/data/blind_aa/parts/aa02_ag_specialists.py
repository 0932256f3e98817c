# Voice: CBP Agriculture Specialists at international airports - seizures, plant/pest interceptions, penalties.
RECORDS = [
("positive", "emergency_action_notification", "chinese",
"""PEST INTERCEPTION RECORD - IAD Terminal, Bag Room 2
Passenger: [[PERSON:ZHANG Wenjun]] ([[PERSON:张文军]])
DOB: [[DATE_OF_BIRTH:03 NOV 1964]]
Passport (CHN): [[US_PASSPORT:E71884032]]
Commodity: mooncakes w/ pork floss, 2 kg; fresh longan w/ stems
Pest: live Lepidoptera larvae in longan - sent to identifier
Penalty: $300 first-offense, paid on card ending 3012"""),
("positive", "seizure_csv", "mexican",
"""fecha|pasajero|vuelo|articulo|kg|multa
2026-11-28|[[PERSON:Guadalupe Ríos Almanza]]|AM 412|chorizo casero|1.5|300
2026-11-28|[[PERSON:RÍOS ALMANZA, Xóchitl]]|AM 412|aguacates con semilla|3.0|0
2026-11-29|[[PERSON:Jesús Maldonado]]|VB 1180|naranjas|2.2|300"""),
("positive", "penalty_payment_chat", "anglo",
"""User: passenger wants to pay the $1,000 penalty by card over the phone, is this enough info?
Name on card: [[PERSON:Claire Wentworth-Hale]]
Card: [[CREDIT_CARD:4526 0181 5908 3012]] exp 08/29
Billing: [[STREET_ADDRESS:PSC 817 Box 22, FPO AE 09622]]
Callback: [[PHONE_NUMBER:+1 (202) 555-0106]]
Assistant: Please don't paste card numbers here - process it in the payment system."""),
("positive", "detector_dog_notes", "haitian",
"""Beagle Brigade, Carousel 5, 14:20 - dog alerted on duffel of [[PERSON:Wesline Jean-Baptiste]] ([[PERSON:jean-baptiste, wesline]] on the manifest). Found 6 mangoes, 1 bag of dried herbs (fèy). Passenger's sister [[PERSON:Nadège]] was waiting landside, phone [[PHONE_NUMBER:+509 3755 0148]]. Mangoes destroyed, no penalty, warning issued."""),
("positive", "ppq_form_ocr", "korean",
"""PPQ 587 (OCR - please fix spacing)
Importer name: [[PERSON:PARK Ha-rin]]  /  [[PERSON:박하린]]
Address: [[STREET_ADDRESS:서울특별시 마포구 월드컵북로 55길 12, 302호 (03925)]]
US address: [[STREET_ADDRESS:3140 Wilshire Blvd Unit 1207, Los Angeles, CA 90010]]
Date of birth / 생년월일: [[DATE_OF_BIRTH:1979년 5월 21일]]
Material: seeds of Perilla frutescens, 40 g"""),
("positive", "les_targeting", "ghanaian",
"""[[CUI_MARKING:(U//LES)]] Traveler [[PERSON:Yaw Darko-Mensah]] (DOB [[DATE_OF_BIRTH:12/07/1981]]) has three prior bushmeat seizures at JFK. Refer to secondary ag exam on arrival of DL 0073."""),
("positive", "cui_report", None,
"""[[CUI_MARKING:CUI//SP-AGR]]
Quarterly interception summary - Port of Miami International
[[CUI_MARKING:(CUI//SP-AGR)]] Medfly larvae intercepted in 11 lots of guava from passenger baggage.
[[CUI_MARKING:Controlled by: CBP Office of Field Operations
CUI Category: Agriculture
Limited Dissemination Control: FED ONLY
POC: Agriculture Program Manager, 305-555-0133]]"""),
("positive", "lims_api_key", None,
"""config for the pest ID uploader (it keeps failing with 403):
{
  "endpoint": "https://pestid-lab.example.gov/api/upload",
  "api_key": "[[PASSWORD:0ASs2pZSUSOkAy7fQ2vLm9]]",
  "aws_access_key_id": "[[CLOUD_ACCESS_KEY:AKIAE4HAHM1Q8C98GKPL]]",
  "aws_secret_access_key": "[[CLOUD_SECRET_KEY:K7K748wKdf3xUz7r2DTULQVIEeriGLvZU0e/xXoU]]"
}"""),
("positive", "warning_letter_es", "guatemalan",
"""Estimado/a Sra. [[PERSON:Ixchel Tzoc Batz]]:
Se le informa que los productos decomisados (tamales, 12 unidades) fueron destruidos. Fecha de nacimiento registrada: [[DATE_OF_BIRTH:9 de abril de 1990]]. Dirección: [[STREET_ADDRESS:4a Avenida 3-45, Zona 1, Quetzaltenango 09001, Guatemala]]."""),
("positive", "handover_slack", "indian",
"""@ag-night: pax [[PERSON:Navkiran Kaur Dhillon-Grewal]] came back asking for her receipt, she says her uncle [[PERSON:balwinder singh]] paid the fine on her behalf. her phone [[PHONE_NUMBER:+91 98765 55012]], email [[EMAIL_ADDRESS:hk.dhillon1988@mailbox.example]]. [[PERSON:navkiran]] is at gate B22 til 18:00"""),
("positive", "shared_login", None,
"""Login for the shared ARM kiosk on the 2nd floor (ops only): user agspec_iah / pw [[PASSWORD:HVAyBK!Wj2JIQu]] - change it after the audit."""),
("positive", "ssn_penalty", "ethiopian",
"""Passenger [[PERSON:Abebech Tadesse Woldemariam]] refused to pay, gave SSN [[US_SSN:043-66-8654]] for the collections referral; LPR, A-number [[A_NUMBER:A753231772]]."""),
("evasion", "fullwidth_card", "anglo",
"""penalty card on file for [[PERSON:Nora Blackwood]]: [[CREDIT_CARD:４５２６ ８４６３ ３２１４ ２６５５]]"""),
("evasion", "split_turn_passport", "turkish",
"""User: passport no for the Istanbul pax is [[US_PASSPORT:U1204
User: sorry got cut off - rest is 5591]], name [[PERSON:Elif Şahin]]
Assistant: Noted."""),
("evasion", "dotted_marking", None,
"""[[CUI_MARKING:F.O.U.O.]] - not for the public
Interception stats attached - [[CUI_MARKING:F-O-U-O]]"""),
("hard_negative", "pest_taxonomy", None,
"""Intercepted: Bactrocera dorsalis (Hendel), Ceratitis capitata (Wiedemann), Anastrepha ludens (Loew). Author names in parentheses are the describing entomologists, per ICZN convention."""),
("hard_negative", "public_guidance", None,
"""Travelers: declare all fruits, vegetables, plants, meats and soil. Questions? Visit the CBP Info Center or call the general line published on cbp.gov. Failure to declare can lead to penalties up to $1,000 for a first offense."""),
("hard_negative", "permit_numbers", None,
"""PPQ 526 permit P526P-26-04711 (valid to 2027-03-31). Lot numbers: LOT-88412, LOT-88413. Invoice INV-2026-0912-447. Container seal 4418205."""),
("hard_negative", "classified_prose", None,
"""The larvae were classified as Tephritidae at port level; the national identifier confirmed species. Keep the sample confidential only in the sense of chain of custody - no markings needed."""),
("hard_negative", "famous_botanist", None,
"""Fun fact for the briefing: the plant quarantine act traces back to the 1912 scare over chestnut blight; David Fairchild and Charles Marlatt argued bitterly about plant introductions."""),
("hard_negative", "nine_digit_invalid", None,
"""Lab sample IDs from the scanner: 900-45-1122, 666-12-4409, 123-00-4567 - these are bin barcodes, not SSNs."""),
("hard_negative", "cuisine_names", None,
"""Common seized dishes: Chicken Marsala, Beef Wellington, Eggs Benedict, Oysters Rockefeller (mostly from cruise galleys, not passengers)."""),
("hard_negative", "ssi_benefits", None,
"""Passenger said she receives SSI (Supplemental Security Income) and can't afford the $300 penalty; supervisor reduced it to a warning per guidance."""),
]

RECORDS += [
("positive", "spanish_label_creds", None,
"""Nota para el turno de noche (MIA, sala de agricultura):
Usuario de la báscula conectada: agri_mia_02
Contraseña: [[PASSWORD:Mang0sFresc@s!2026]]
No la compartan fuera del equipo."""),
("positive", "tx_dl_passenger", "cuban",
"""Secondary ag exam, MIA C-2: passenger [[PERSON:Yoandri Pérez Castillo]] had no passport on him, presented Texas DL [[US_DRIVER_LICENSE:41882065]]; DOB per DL [[DATE_OF_BIRTH:Jan. 8, 1992]]. Seized 3 kg guava paste with live larvae? No - paste is processed, released."""),
("hard_negative", "sample_bin_labels", None,
"""Sample bins: A-12, A-13, A-1003, A-1004 (shelf A). Do not confuse with the lab's accession series ACC-26-004417. Temperature log 4 C."""),
]
