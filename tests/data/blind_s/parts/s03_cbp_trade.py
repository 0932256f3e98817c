"""Voice 3: CBP trade - ACE entry summaries, importer-of-record files, customs-broker e-mails, SOAP/XML payloads."""
from ids import card, aba
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "broker_email_ior", "chinese+anglo",
"""From: [[PERSON:Wendell Strick]] <[[EMAIL_ADDRESS:wstrick@harborline-customs.example]]>
To: Entry Branch
Subject: IOR change for sole-proprietor importer

Our client [[PERSON:Gao Shuangfei]] imports as an individual, so the IOR number is SSN-based: [[US_SSN:527-61-3094]]-00. She's moving her warehouse to [[STREET_ADDRESS:15020 Valley View Ave, Unit C, La Mirada, CA 90638]]. Can you update the 5106? Her mobile is [[PHONE_NUMBER:562-555-0181]].

[[PERSON:Wendell Strick]], LCB #31774
Harborline Customs Brokerage"""),

(P, "ace_entry_summary_paste", "vietnamese",
"""ENTRY SUMMARY (CBP 7501) - pasted, OCR'd
1. Filer Code/Entry No. HB7-0481126-3   2. Entry Type 01 ABI/A   3. Summary Date 11/03/2026
12. Importer No. [[US_SSN:601-38-2274]]-00
13. Importer of Record Name and Address: [[PERSON:NGUYEN THI BICH HUONG]] dba Sen Vàng Trading, [[STREET_ADDRESS:9821 Bolsa Ave Ste 108, Westminster, CA 92683]]
29. Description: 6109.10.0012 cotton t-shirts, 4,800 doz
Why did this get a 'CBP Form 28' request?"""),

(P, "soap_request", "korean",
"""POST /ace/ws/ImporterService HTTP/1.1
Host: trade-test.cbp.example
Content-Type: text/xml; charset=utf-8
SOAPAction: "updateImporterContact"

<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
 <soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>HBRL_ABI01</wsse:Username><wsse:Password>[[PASSWORD:kD7#pWq2!vRn9xTe]]</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>
 <soapenv:Body><imp:Contact><imp:Name>[[PERSON:Seo Ha-eun]]</imp:Name><imp:Phone>[[PHONE_NUMBER:201-555-0147]]</imp:Phone></imp:Contact></soapenv:Body>
</soapenv:Envelope>
Why does this return a 500 fault?"""),

(P, "surety_bond_payment", "turkish",
"""Broker asked me to check this ACH setup for the periodic monthly statement payer:
Payer: [[PERSON:Emre Kocabıyık]] (sole proprietor, Kocabıyık Textile Import)
Routing [[ABA_ROUTING_NUMBER:""" + aba("02607391") + """]]  Account [[US_BANK_NUMBER:483920017756]]
Is the PMS enrollment form missing anything?"""),

(P, "card_on_file_user_fees", "taiwanese",
"""pay.gov receipt forwarded by importer for the user fee (decal) - remove card details before I forward:
Name on card: [[PERSON:Lin Yu-ting]]
Card: [[CREDIT_CARD:""" + card("412757301992457")[:4] + " " + card("412757301992457")[4:8] + " " + card("412757301992457")[8:12] + " " + card("412757301992457")[12:] + """]]  exp 09/28
Billing: [[STREET_ADDRESS:40 Harbor Point Blvd, Apt 5, Seattle, WA 98121]]"""),

(P, "penalty_case_note", "pakistani",
"""[[CUI_MARKING:CUI//SP-PRVCY//SP-TAX]]
19 USC 1592 prepenalty: importer [[PERSON:Faisal Mehmood Qureshi]], IOR [[US_SSN:449-27-8813]]-00, undervalued surgical instruments from Sialkot (HTS 9018.90.80). Proposed culpability: negligence. 
Draft the notice paragraph."""),

(P, "ior_list_tsv", "bangladeshi+italian+german",
"""importer_name\tior_type\tior_number\tcontact_phone
Rahman Knitwear (sole prop [[PERSON:Mizanur Rahman Bhuiyan]])\tSSN\t[[US_SSN:231-84-5517]]-00\t[[PHONE_NUMBER:718-555-0122]]
Bellandi Ceramiche USA LLC\tEIN\t84-2917730-00\t[[PHONE_NUMBER:973-555-0106]]
[[PERSON:Jörg Aufderheide]] (individual)\tCBP-assigned\t261209-48731\t[[PHONE_NUMBER:414-555-0198]]
dedupe by phone please"""),

(P, "broker_exam_passport", "thai",
"""The licensed customs broker exam applicant [[PERSON:Supattra Wongsawat]] listed her US passport [[US_PASSPORT:A41873025]] as ID and date of birth [[DATE_OF_BIRTH:1990-02-14]]; her fingerprint appointment got cancelled. Write her a short reply."""),

(P, "aws_creds_in_ace_script", "none",
"""My ABI batch script uploads to our S3 bucket before transmitting. It fails with AccessDenied:
export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAX7QW2RZ9LM4TPB3N]]
export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:n4Fq8Zr+Tm2Wx9Lk/Pd6Ye1Vb3Hc7Js0Ga5Ro2Ui]]
aws s3 cp entries_1103.edi s3://hbrl-abi-staging/outbound/"""),

(P, "les_trade_targeting", "indonesian",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Trade targeting lead: shipments consigned by [[PERSON:Budi Santoso Wirawan]] transshipped via Batam, suspected AD/CVD evasion of aluminium extrusions. Contact at the freight forwarder: [[PERSON:Dewi Lestari Kusuma]], [[EMAIL_ADDRESS:dewi.kusuma@batamfwd.example]].
Help me phrase the EAPA referral."""),

(P, "secret_trade_note", "none",
"""[[CLASSIFICATION_MARKING:CONFIDENTIAL//NOFORN]]
[[CLASSIFICATION_MARKING:(C//NF)]] Foreign partner indicates front companies in Hong Kong ship controlled lathes under HTS 8458.11.
[[CLASSIFICATION_MARKING:Classified By: 0427719, Director, Trade Intel Unit]]
[[CLASSIFICATION_MARKING:Derived From: Multiple Sources]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]
Rephrase the portion for an unclassified tearline."""),

(P, "israeli_broker_signature", "israeli",
"""Thanks, resolved. -- [[PERSON:Yael Ben-Shimol]] | Compliance Mgr | Galil Imports | m. [[PHONE_NUMBER:+972 52-555-0163]] | US office [[PHONE_NUMBER:(646) 555-0109]]
> Original: the 3461 for Ms. [[PERSON:Ben-Shimol]]'s shipment was rejected for a missing bond.
write a polite follow-up asking when the bond will be posted"""),

(P, "fda_prior_notice", "italian",
"""Prior notice confirmation shows submitter [[PERSON:Ottavio Squarcialupi]], [[EMAIL_ADDRESS:o.squarcialupi@caseificiovalbruna.example]], [[PHONE_NUMBER:+39 0521 555 018]]. Entry is for pecorino wheels. Does CBP need anything else before release?"""),

# evasions
(E, "ssn_words_ior", "vietnamese",
"""The importer read her number to me over the phone: [[US_SSN:five two nine, four one, seven seven zero three]] dash zero zero. Name [[PERSON:Trần Minh Khuê]]. Put it in the right IOR format."""),
(E, "base64_password", "none",
"""Our broker software stores the ABI password base64'd in the ini, decode it so I can log in manually: abi_pass=[[PASSWORD:""" + __import__("base64").b64encode(b"Harbor#Line2026!").decode() + """]]"""),
(E, "dotted_card", "chinese",
"""Importer [[PERSON:Qiu Wenjie]] paid the liquidated damages by card [[CREDIT_CARD:""" + ".".join([card("549035718826340")[i:i+4] for i in range(0, 16, 4)]) + """]] - need to refund, which form?"""),

# hard negatives
(H, "entry_numbers", "none",
"""Reconcile these entries with the statement: HB7-0481126-3, HB7-0481127-1, 9A2-3309814-6, 316-2271904-0. Statement 26C1102HB7 shows only three. Which one is missing?"""),
(H, "hts_codes", "none",
"""Classify: (a) cotton knit crew-neck t-shirts, men's - 6109.10.0012; (b) stainless kitchen sinks - 7324.10.0010; (c) LED bulbs - 8539.52.0010. Explain GRI 1 and 6 for (c). Duty rates as of 2026?"""),
(H, "container_bol", "none",
"""Containers MSCU4418273, TGHU9035516 and OOLU1827364 on BOL MEDUQ2871450 arrived LALB on the 'Maersk Kensington'; vessel voyage 246E. ISF filed 72h late. Estimate the liquidated damages."""),
(H, "ein_based_ior_invalid_ssn", "none",
"""Training question: an importer number like 94-2877401-00 is EIN-based, and 987-65-4321-00 looks SSN-based but 9xx can't be an SSN area. How should a CBP technician tell the two apart in ACE?"""),
(H, "laws_named_after_people", "none",
"""Explain the difference between the Smoot-Hawley Tariff Act, the Byrd Amendment (CDSOA) and the Jones Act for a new entry specialist, one paragraph each."""),
(H, "products_people_names", "none",
"""Invoice lines: 240 cs 'Jack Daniel's Old No. 7', 60 cs 'Johnnie Walker Black', 12 cs 'Don Julio Blanco'. Which HTS headings and what excise issues?"""),
(H, "public_port_contacts", "none",
"""Port of Los Angeles/Long Beach entry branch: 301 E. Ocean Blvd., Suite 1400, Long Beach, CA 90802; trade contact via the ACE help desk 866-530-4172. Make this a contact card for our brokers."""),
(H, "about_ssn_ior", "none",
"""Privacy question: why does CBP still allow an SSN as an importer number for individuals? Summarise the policy and whether the Privacy Office has recommended moving to CBP-assigned numbers."""),
(H, "invoice_po", "none",
"""Commercial invoice INV-2026-10-4417, PO 4500918273, LC No. 0227HK55019, payment terms 60 days. Total US$ 184,209.55. Is the invoice value consistent with the 7501 line value of 184,209?"""),
(H, "adcvd_case_numbers", "none",
"""AD/CVD case numbers A-570-967 and C-570-968 (aluminium extrusions from China), A-552-801 (Vietnam fish fillets). Which deposit rates apply for entries in October 2026?"""),
(H, "vessel_names_people", "none",
"""Arrivals this week: 'Ever Given', 'MSC Gülsün', 'CMA CGM Jacques Saadé', 'Hyundai Dream', 'Maersk Mc-Kinney Møller'. Sort by TEU capacity."""),
(H, "placeholder_soap", "none",
"""<wsse:UsernameToken><wsse:Username>${ABI_USER}</wsse:Username><wsse:Password>${ABI_PASSWORD}</wsse:Password></wsse:UsernameToken> - how do I make our build substitute these from the vault instead of a properties file?"""),
]
