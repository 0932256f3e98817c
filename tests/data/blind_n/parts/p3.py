"""Voice: procurement, contracting, finance (invoices, POs, SAM/UEI, banking forms, travel, p-card)."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(H, "invoice_ssn_shaped", None, """
summarize what we owe this vendor:

Invoice 512-44-8830   dated 11/14/2026   PO 70RSAT26P00000417
Line 1  Cisco C9300-48P-E switch  qty 4  @ $7,412.00
Line 2  SmartNet 3yr CON-SNT-C93004PE  qty 4  @ $1,106.50
Remit to: Accounts Receivable, Lockbox 8821, Pittsburgh PA 15264
"""),
R(P, "ach_form", "brazilian", """
check this ACH vendor enrollment form for missing fields before I send to FM:

Vendor: Tapajós Tradução e Interpretação LLC   UEI: KX7PLM3QZ2V8
Contact: [[PERSON:Thiago Albuquerque Nogueira]]  [[PHONE_NUMBER:+55 21 5555-0193]]  [[EMAIL_ADDRESS:thiago@tapajos-traducao.test]]
Bank routing (ABA): [[ABA_ROUTING_NUMBER:114662363]]
Account no.: [[US_BANK_NUMBER:4471029385]]   Type: Checking
"""),
R(H, "sam_lookup", None, """
is this SAM registration still active? UEI ZQGGHJH74DW7, CAGE 8RT41, NAICS 541512, registration expires 2027-02-11, DUNS (legacy) 078123456. Entity is a small business under 541512.
"""),
R(P, "travel_voucher", "greek+anglo", """
help me write the justification paragraph for this late voucher

Traveler: [[PERSON:Konstantinos Alexiou]]   TDY: Glynco GA, 10/06-10/24/2026
GSA SmartPay travel card: [[CREDIT_CARD:4280666653510348]]
Lodging exceeded per diem by $38/night (only FLETC-adjacent hotel with availability). Approver: [[PERSON:Linda Marsh]]
"""),
R(H, "contract_mods", None, """
make a timeline table from these mods:
70CDCR25C00000088 P00003 - 06/30/2026 - incremental funding $412,000.00
70CDCR25C00000088 P00004 - 09/12/2026 - admin change, COR reassigned
70CDCR25C00000088 P00005 - 11/20/2026 - exercise option year 1
"""),
R(P, "pcard_recon", "chinese", """
reconcile: which of these need receipts? cardholder [[PERSON:Zhou Wenjie]], card [[CREDIT_CARD:5532 1819 5336 9943]], cycle ending 11/25

11/03 STAPLES #0412   $214.66  toner
11/09 AMZN MKTP US    $89.99   usb-c docks (2)
11/17 GRAINGER        $1,240.10 shelving
"""),
R(H, "phone_shaped_po", None, """
fix the typos: "Plese reference order number 800-555-2210-07 and requisition 0040-1188 on all correspondance. Delivery window is 12/08 thru 12/12, dock 3, Bldg 410 is NOT the delivery point."
"""),
R(P, "vendor_dispute", "jewish", """
Draft a firm but polite reply to the vendor rep below:

From: [[PERSON:Avraham Goldfarb]] <[[EMAIL_ADDRESS:agoldfarb@meridian-janitorial.test]]>
"We have not been paid for September. Please call me directly at [[PHONE_NUMBER:410-555-0126]]. Our invoice number is INV-2026-0931."
"""),
R(H, "nsn_list", None, """
convert to csv: NSN 7510-01-519-4381 (paper, copier) qty 40; NSN 7520-01-484-4289 (pen, gel) qty 200; NSN 6135-01-447-0950 (battery AA) qty 96
"""),
R(P, "refund_bank", "cuban_dominican", """
translate to spanish for the vendor: "Your refund of $1,312.40 was sent by ACH to routing [[ABA_ROUTING_NUMBER:043490143]], account [[US_BANK_NUMBER:000912248731]] on 11/26. Contact [[PERSON:Yamilet Castellanos de la Rosa]] at [[PHONE_NUMBER:305-555-0161]] with questions."
"""),
R(E, "card_spaced_words", "anglo", """
[[PERSON:Rose Hargrove]] called, she wants the refund put back on her card, she read it out as [[CREDIT_CARD:four zero three one, eight nine one seven, one seven seven five, one nine three four]]. can you write the refund request memo
"""),
R(H, "budget_table", None, """
make a bar chart description from this:
| FY | TAS | Obligated | Expended |
| 2024 | 070-0530 | $18,204,112 | $17,990,004 |
| 2025 | 070-0530 | $19,870,550 | $18,002,117 |
| 2026 | 070-0530 | $21,114,900 | $6,401,228 |
"""),
R(P, "sole_source_memo", "nepali", """
proofread this J&A paragraph:
"The Contracting Officer, [[PERSON:Sushila Karki Thapa]], determined that only one responsible source, Himal Geospatial Inc., can provide the licensed terrain data. Point of contact at the vendor is [[PERSON:Bikram Gurung]] ([[EMAIL_ADDRESS:bgurung@himalgeo.test]])."
"""),
R(H, "wire_template", None, """
write instructions for filling out this template, leave the placeholders:
Beneficiary bank: [BANK NAME]
ABA/Routing: [9 digits]
Account: [ACCOUNT NUMBER]
Reference: [INVOICE #]
"""),
R(P, "w9_scan", "vietnamese", """
OCR came out messy, clean it up into fields:
W-9  Name: [[PERSON:LUONG VAN THUAN]]  Business name: Thuan Luong Courier Svcs  TIN (SSN): [[US_SSN:629-05-1847]]  Address: [[STREET_ADDRESS:8841 Whitlow Rd, Falls Church, VA 22042]]
"""),
R(H, "gsa_schedule", None, """
Summarize: GSA MAS contract 47QTCA22D00B7, SIN 54151S, ceiling rate $188.42/hr for Sr. Systems Engineer. Period 03/01/2022-02/28/2027. Task order 70RCSA26FR0000031 issued 11/02/2026.
"""),
R(P, "itin_vendor", "hispanic", """
vendor says his ITIN is [[US_ITIN:943-82-1176]], not an SSN. He is [[PERSON:Ezequiel Barrientos Ocampo]]. Write a note to AP explaining what an ITIN is and that they should use it on the 1099.
"""),
R(H, "receipt_numbers", None, """
reformat as a table: Receipt 4417-2219-0031 $45.00 parking; Receipt 4417-2219-0032 $12.50 tolls; Confirmation 73-0019-4482 $219.00 airfare change fee
"""),
R(P, "conference_payment", "irish+german", """
draft a reply confirming registration. Payment form said:
Attendee: [[PERSON:Ciarán O'Dwyer]], AMEX [[CREDIT_CARD:377337287319231]], billing address [[STREET_ADDRESS:17 Quarry Hill Rd, Unit 2, Burlington, VT 05401]]
Guest: [[PERSON:Katharina Vogelsang-Brandt]]
"""),
R(E, "routing_split", "polish", """
pls format as a proper wire request:
payee [[PERSON:Agnieszka Kowalczyk-Nowak]]
routing [[ABA_ROUTING_NUMBER:2 8 9 7 3 2 2 6 7]]
acct ends in ...4410 (full # on the signed form)
"""),
]
