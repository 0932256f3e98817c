# ICE detention / ERO and HSI case support
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from blindlib import jwt
J1 = jwt('{"sub":"ero-case-svc","role":"analyst","exp":1796518400}', "Hw4tZpQ9cK2mN7vR1sXyLb8eF3gJ0aDuT6oWiS5nYEk")
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("positive", "detainee_transfer", "hispanic",
"Create a transfer list table (name, A#, facility, medical flag):\n1. [[PERSON:CASTILLO ARGUETA, Wilmer]] [[A_NUMBER:A-213-908-551]] Krome - none\n2. [[PERSON:Brenda Lissette Paz]] [[A_NUMBER:A201447386]] Broward - insulin\n3. [[PERSON:J. Ortiz-Villatoro]] [[A_NUMBER:A 219 330 028]] Krome - none")
add("positive", "hsi_les_portion", "russian",
"Summarize this for the SAC briefing in 3 bullets:\n\n[[CUI_MARKING:(U//LES)]] HSI Newark identified a shell company, Baltic Crown Logistics LLC, used to export controlled microelectronics.\n[[CUI_MARKING:(U//LES)]] The company's registered agent, [[PERSON:Vadim Sergeyevich Orlov]], also controls two freight forwarders.\n[[CLASSIFICATION_MARKING:(U)]] Public filings show revenue of $3.4M.")
add("hard_negative", "detention_stats", None,
"Make a bar chart description: ADP by AOR, FY26 wk 48: ATL 3,210; DAL 4,877; HOU 5,002; SND 2,115; MIA 2,640. Average LOS 41.2 days. Data source: public detention statistics spreadsheet.")
add("positive", "hsi_subpoena", "jewish",
"Proofread this subpoena cover email: 'Attached is the administrative subpoena to Ridgeline Bank for records of account [[US_BANK_NUMBER:008812440317]] held by [[PERSON:Mordechai Halberstam]] and [[PERSON:Rivka Halberstam]]. Please respond to SA [[PERSON:Eli Rosenblum]] at [[EMAIL_ADDRESS:eli.rosenblum@hsi.example.gov]].'")
add("hard_negative", "operation_names", None,
"Give me 5 short press-safe descriptions of past public HSI operations like Operation Predator, Operation Angel Watch, Operation Big Bill (it's a nickname, not a person), and Operation Apex Hammer. One sentence each.")
add("positive", "ero_call_log", "arabic",
"clean up this call log for the docket file:\n12/01 10:15 - called atty [[PERSON:Layla Mansour]] ([[PHONE_NUMBER:(646) 555-0123]]) re: [[PERSON:Youssef Abdelrahman]] bond hearing\n12/01 14:40 - atty called back, wants copy of I-213\n12/02 09:05 - left VM for detainee's brother [[PERSON:Karim]]")
add("positive", "dl_vehicle_hsi", "anglo",
"Table this: Subject vehicle 2019 Dodge Charger, VA tag UVX-4417, registered to [[PERSON:Travis Lee Bunting]], VA DL [[US_DRIVER_LICENSE:T61-22-8804]], [[STREET_ADDRESS:RR 2 Box 118, Chase City, VA 23924]]. Co-registrant [[PERSON:Crystal Bunting]].")
add("hard_negative", "hash_evidence", None,
"Write the evidence log line for these files: IMG_0041.jpg sha256 9f2c1a7b4e8d03f6c5a29e71b0d4f8a6e3c7b2d19f0a5e84c6d3b27a1f9e0c54; report.pdf md5 5d41c0e2b8a7f913c4e6a0d2b7f81c39. Seized device: Samsung SM-S918U, IMEI withheld. Evidence no. E-2026-00418.")
add("positive", "victim_services", "tongan",
"Draft a warm letter connecting the victim to services. Victim: [[PERSON:Mele Fifita Havili]], current address [[STREET_ADDRESS:2345 S 1300 W, West Valley City, UT 84119]], phone [[PHONE_NUMBER:801-555-0131]]. Her case agent is [[PERSON:Sione Kioa Lolohea]]. Mention Continued Presence.")
add("hard_negative", "secret_service", None,
"Summarize the MOU in plain words: HSI and the U.S. Secret Service will co-locate at the Cyber Fraud Task Force. Neither agency will share grand-jury material except per Rule 6(e). The attached (a), (b), (c) sections cover logistics.")
add("positive", "hsi_classified", None,
"Can you reformat this cable header so it fits on one page?\n\n[[CLASSIFICATION_MARKING:SECRET//NOFORN]]\n[[CLASSIFICATION_MARKING:Classified By: Deputy Director, Office of Intelligence]]\n[[CLASSIFICATION_MARKING:Derived From: DHS SCG ICE-004]]\n[[CLASSIFICATION_MARKING:Declassify On: 20511231]]\nSUBJECT: Transnational procurement network update")
add("positive", "bond_form", "pakistani",
"Fill the I-352 obligor details into a paragraph: Obligor [[PERSON:Tariq Mahmood Chaudhry]], SSN [[US_SSN:451-73-0962]], [[STREET_ADDRESS:8803 Bissonnet St, Houston, TX 77074]], phone [[PHONE_NUMBER:713.555.0165]]. Detainee: his nephew [[PERSON:Usman Chaudhry]], [[A_NUMBER:A216 402 739]].")
add("hard_negative", "facility_names", None,
"List the addresses of these facilities' public visitor info pages only (no street addresses, just city, state): Stewart Detention Center, Adelanto ICE Processing Center, Joe Corley Processing Center, Otay Mesa Detention Center, Dilley Family Residential Center.")
add("positive", "jwt_case_tool", None,
"Our case tool returns 401, here's the request. whats wrong?\ncurl -H \"Authorization: Bearer [[JWT:" + J1 + "]]\" https://case-tool.ice.example.gov/api/v2/alien/lookup")
add("positive", "tagalog_detainee_note", "filipino",
"Translate to english pls: 'Kuya, si Nonoy ito. Nasa detention ako sa Tacoma. Pakitawagan si Ate Marites sa 253-555-0118.'".replace("si Nonoy","si [[PERSON:Nonoy]]").replace("Ate Marites","Ate [[PERSON:Marites]]").replace("253-555-0118","[[PHONE_NUMBER:253-555-0118]]"))
