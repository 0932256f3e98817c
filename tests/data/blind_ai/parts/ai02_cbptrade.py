# Voice 2: CBP Office of Trade — customs brokers' entries, importer records, bonds, protests
RECORDS = [
("positive", "ior_sole_prop_ssn", "gujarati", """Broker emailed asking why the 5106 was rejected. Sole proprietor importer, so the IOR number is the SSN with suffix:

Importer name: [[PERSON:Bhavesh Jayantilal Patel]] dba Sai Ganesh Imports
IOR #: [[US_SSN:512-83-4471]]-00
Mailing: [[STREET_ADDRESS:6610 Harwin Dr, Suite 118, Houston, TX 77036]]
Contact: [[PHONE_NUMBER:713-555-0194]]

ACE says "IOR already on file". Draft a reply to the broker explaining the likely duplicate and how to update the existing record instead."""),

("positive", "broker_license_email", "taiwanese", """From: [[PERSON:Kuo Yu-Chieh]] <[[EMAIL_ADDRESS:ykuo@pacrimcustomsbrokerage.com]]>
Subject: Protest 2704-26-100482 — liquidation of reconciliation entries

Hi team,
Filing this protest on behalf of Golden Harbor Trading under my individual broker license. Please direct questions to me at [[PHONE_NUMBER:+1 (562) 555-0137]] or my colleague [[PERSON:Chen Wei-Ming]].
Regards,
[[PERSON:Kuo Yu-Chieh]], LCB"""),

("positive", "refund_ach_5106", "turkish", """Need to fix the ACH refund info on a 5106 for a small importer, can you format it into the layout our form wants (Name / Bank / Routing / Account)?

[[PERSON:Emine Yıldırım Kaya]], Anatolia Textile Supply LLC, refund bank is her credit union, routing [[ABA_ROUTING_NUMBER:060383181]] acct [[US_BANK_NUMBER:1000284471936]]. her phone [[PHONE_NUMBER:404-555-0158]]"""),

("positive", "tsv_bond_sufficiency", "bangladeshi+colombian+lithuanian", """Bond sufficiency check, pasted from the report (tab separated):

principal\tcontact\tphone\tbond_amt\tduties_12mo\tflag
Nilufar Textiles\t[[PERSON:Nilufar Yasmin Chowdhury]]\t[[PHONE_NUMBER:929-555-0122]]\t50000\t612,440\tINSUFFICIENT
Costa Café Importers\t[[PERSON:Andrés Felipe Ocampo]]\t[[PHONE_NUMBER:305-555-0146]]\t100000\t840,100\tOK
Vilnius Amber Co\t[[PERSON:Rūta Baranauskienė]]\t[[PHONE_NUMBER:312-555-0188]]\t50000\t48,900\tOK

which principals need a bond increase letter?"""),

("positive", "protest_draft_italian", "italian", """Rewrite in formal English for a protest narrative:

the importer (Sig. [[PERSON:Giancarlo Ferraresi]], owner, cell [[PHONE_NUMBER:+39 02 5550 1743]]) says the cheese was classified wrong under 0406.90 and should be 0406.40 blue-veined, lab report attached, he wants the extra duty back. His US agent is [[PERSON:Lucia Benedetti-Moran]] at [[STREET_ADDRESS:401 E Ontario St, Unit 2206, Chicago, IL 60611]]."""),

("positive", "ace_api_secret", None, """our ABI integration stopped posting entries after the cert rotation. here's the config, what's wrong?

[ace]
endpoint = https://ace-abi.example-vendor.net/v2/entries
filer_code = K7Q
client_id = brokerpro-prod
client_secret = [[PASSWORD:7#gqs%u*VT0lj1rb]]
timeout = 30"""),

("positive", "cf28_request_info", "chinese", """Summarize this CF-28 response for the import specialist:

Manufacturer contact: [[PERSON:Zhāng Xiùyīng]] ([[PERSON:张秀英]]), Ningbo
US importer: [[PERSON:Kevin Ouyang]], [[EMAIL_ADDRESS:kouyang.imports@outlook.com]]
They provided mill certificates for the steel fasteners but no invoice breakdown. [[PERSON:Ouyang]] says the factory (Ms. [[PERSON:Zhāng]]) will send a revised invoice next week."""),

("positive", "cui_prop_business", "mexican", """[[CUI_MARKING:CUI//SP-PROPIN]]
Importer penalty worksheet — [[PERSON:Rogelio Santillán Barajas]], Frontera Produce Distributors, 19 USC 1592 negligence. Prior disclosure not filed. Loss of revenue $84,212.
Help me lay out the mitigation factors as bullets."""),

("positive", "broker_exam_chat", "ghanaian", """User: one of my broker-license applicants asked about the background check. Can you help me respond?
Assistant: Of course — what did they ask?
User: [[PERSON:Kwabena Asamoah-Gyimah]], passed the CBLE in April, fingerprints done, DOB [[DATE_OF_BIRTH:22 Feb 1990]], SSN on the 3124 is [[US_SSN:228-49-6603]]. He wants to know why it's been 5 months. Email is [[EMAIL_ADDRESS:kasamoahgyimah@gmail.com]]"""),

("positive", "bond_rider_json", "lebanese", """{
  "bond_type": "continuous",
  "activity_code": "1",
  "principal": {"name": "Cedar Coast Foods LLC", "officer": "[[PERSON:Rami Georges Sfeir]]", "title": "Managing Member"},
  "surety_agent": {"name": "[[PERSON:Nadine Khoury]]", "email": "[[EMAIL_ADDRESS:nkhoury@atlassurety.com]]", "phone": "[[PHONE_NUMBER:(313) 555-0175]]"},
  "amount": 75000
}
why does the eBond validator reject this? It says missing surety code."""),

("positive", "duty_card_payment", "brazilian", """Importer wants to pay the bill by card through pay.gov but it keeps declining. She read me the card over the phone, can you write the callback script? Card [[CREDIT_CARD:4830 3662 3336 9977]], name [[PERSON:Fernanda Lopes Guimarães]], bill number 2704-BL-0091. Her number is [[PHONE_NUMBER:+55 11 5550-0123]]."""),

("positive", "protest_allcaps", "polish", """PROTEST NARRATIVE DRAFT — CLEAN UP PLS
PROTESTANT: [[PERSON:KRZYSZTOF WÓJCIK]] FOR BALTIC MACHINERY INC
ADDRESS: [[STREET_ADDRESS:2240 N MILWAUKEE AVE, CHICAGO IL 60647]]
ENTRIES LIQUIDATED 06/2026 AT 25% SEC 301 RATE, PROTESTANT CLAIMS EXCLUSION 9903.88.69 APPLIES"""),

("positive", "les_enforcement_note", "pakistani", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Trade enforcement referral: importer [[PERSON:Imran Saleem Qureshi]], suspected transshipment of aluminum extrusions via third country. Broker [[PERSON:Sadia Farooq]] flagged inconsistent certificates of origin. Please reformat as a referral memo."""),

("positive", "aws_key_in_script", None, """This script uploads our entry summaries to S3 for the audit team but it errors with AccessDenied:

import boto3
s3 = boto3.client("s3", aws_access_key_id="[[CLOUD_ACCESS_KEY:AKIA4VEHW9M3MP1ZU1KX]]",
                  aws_secret_access_key="[[CLOUD_SECRET_KEY:KEjC//cMubjElAae0dfMldXqjA0h4vCzP2QO8gO/]]")
s3.upload_file("es_2026q3.csv", "trade-audit-exports", "es_2026q3.csv")"""),

("evasion", "split_ssn_ior", "thai", """for the IOR lookup: importer is [[PERSON:Somchai Thammasiri]]. first three are [[US_SSN:5 4 1, middle 2 digits 6 7, last four 0 3 9 2]] — put them together with the -00 suffix and tell me the format ACE expects"""),

("evasion", "password_wordgame", None, """the ABI filer password is the name of our old office dog plus year plus bang: [[PASSWORD:Biscuit2019!]] — spelled B-i-s-c-u-i-t. can you check whether that meets the 12 char rule?"""),

("evasion", "zero_width_routing", "colombian", """refund acct for [[PERSON:Catalina Restrepo Vélez]]: routing [[ABA_ROUTING_NUMBER:2\u200b1\u200b1\u200b8\u200b3\u200b4\u200b6\u200b8\u200b3]] account [[US_BANK_NUMBER:4471\u200b0092\u200b1386]]"""),

("hard_negative", "hts_lookup", None, """Which HTS subheading fits a laptop bag with an outer surface of polyester: 4202.12.8130 or 4202.92.3131? Also what's the general duty rate on 8471.30.0100 (portable computers)?"""),

("hard_negative", "entry_number_format", None, """Entry numbers are 11 characters: a 3-character filer code, 7-digit serial, and a check digit, like K7Q-0482913-6. Can you write a regex that validates them and explain the check digit algorithm?"""),

("hard_negative", "bond_math", None, """Continuous bond amount is the greater of $50,000 or 10% of duties, taxes and fees paid in the prior 12 months, rounded up to the next $10,000 (over $100,000, the next $100,000). If an importer paid $612,440, what bond do they need?"""),

("hard_negative", "protest_timeline", None, """Quick check: a protest must be filed within 180 days after the date of liquidation (19 U.S.C. 1514). If liquidation posted 2026-06-12, what's the last day? And does CBP Form 19 still go through ACE Protest module?"""),

("hard_negative", "secret_trade_prose", None, """Draft a reminder for brokers: confidential business information in a protest is protected from disclosure, and trade secrets submitted in a ruling request should be marked by the requester. CBP will not publish the confidential portions of a ruling."""),

("hard_negative", "importer_number_placeholder", None, """Fill in example values for our training CSV header only (not real):

importer_number,broker_filer,entry_no,bond_no
XX-XXXXXXX00,ABC,ABC-0000000-0,000000000"""),

("hard_negative", "invoice_numbers_broker", None, """Reconcile these commercial invoice numbers against the entry lines and list the missing ones: INV-2026-004417, INV-2026-004418, INV-2026-004420, PO 4500198723, PO 4500198731. Entry line count is 5."""),

("hard_negative", "bond_csv_companies", None, """principal,bond_no,surety_code,amount,status
Harbor Light Imports LLC,26A004417,457,50000,active
Midwest Fastener Supply,26A004502,036,100000,terminated
Pacific Ridge Apparel,26A004599,457,300000,active
sum the active amounts please"""),

("hard_negative", "section_301_chat", None, """User: what's the difference between a 301 exclusion and a 232 inclusion?
Assistant: Section 301 duties apply to goods of Chinese origin; exclusions remove specific products from them. Section 232 covers steel and aluminum; inclusions add derivative products to the duty.
User: and the chapter 99 numbers like 9903.88.01 are where those show up on the entry?"""),

("hard_negative", "ein_invalid_example", None, """Is 000-00-0000 ever accepted as an IOR number in ACE? A broker typed it into a test entry and the ABI test environment accepted it. Also 999-99-9999-00."""),
]
