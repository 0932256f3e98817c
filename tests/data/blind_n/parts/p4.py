"""Voice: Secret Service financial-crimes and protective-operations notes."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(P, "skimmer_case", "hispanic+anglo", """
summarize this for the case agent's weekly:
Skimmer recovered from pump 6, Sunoco, Rt 1 Laurel MD. Forensic read shows 212 track-2 records. Sample victims contacted: [[PERSON:Xiomara Betancourt-Ruelas]] (card [[CREDIT_CARD:4069 0067 9218 8143]]) and [[PERSON:Dwayne Pettiford]] (card [[CREDIT_CARD:5159-8987-3105-7605]]). Both confirm no travel to MD.
"""),
R(H, "counterfeit_notes", None, """
turn into bullet points: Counterfeit $100 FRNs passed at 3 Richmond retailers 11/18-11/22. Serial numbers PB 46810357 A and PB 46810357 A (duplicate), series 2017A. Notes are inkjet on bleached $5 genuine paper; Lincoln watermark visible. Secret Service Richmond Field Office has the notes.
"""),
R(P, "bank_records_subpoena", "korean", """
help me draft the cover letter for this grand jury subpoena return:
Account holder: [[PERSON:Kim Dong-hyun]]  DOB [[DATE_OF_BIRTH:1979-08-02]]
Acct [[US_BANK_NUMBER:70034419265]] at Chesapeake Federal Credit Union, routing [[ABA_ROUTING_NUMBER:327367484]]
Statements 01/2025 - 10/2026 enclosed (22 months).
"""),
R(H, "secret_service_history", None, """
write a short history paragraph: The Secret Service was created in 1865 to suppress counterfeit currency and moved from Treasury to DHS in 2003. Its dual mission is protection and investigations; the Uniformed Division protects the White House complex.
"""),
R(P, "protective_advance", "persian", """
reformat this advance note into the standard template:
Site: hotel ballroom, 2nd flr. Hotel security director [[PERSON:Dariush Farahani]] cell [[PHONE_NUMBER:(312) 555-0154]]. Motorcade arrival via loading dock on Wacker. Hotel banquet captain is [[PERSON:Shirin Mohammadi-Rad]].
"""),
R(H, "bin_ranges", None, """
explain what a BIN is using these examples: BIN 414720, BIN 546616, BIN 601100. Cards in a BIN attack share the first six digits; the last four in the alerts were 0042, 1187, 9930.
"""),
R(P, "bec_case", "nigerian+anglo", """
write a timeline from these notes:
11/02 victim co. CFO [[PERSON:Margaret Holloway]] receives spoofed email from "CEO" ([[EMAIL_ADDRESS:ceo.office@hollowayfarms-co.test]])
11/03 wire $248,000 to acct [[US_BANK_NUMBER:5510284773]], routing [[ABA_ROUTING_NUMBER:100810459]]
11/05 funds moved to account of [[PERSON:Oluwaseun Adeyemi-Bakare]], Lagos
"""),
R(E, "card_zwsp", "anglo", """
reformat for the evidence log pls: recovered card belonged to [[PERSON:Hope Strickland-Vane]], number [[CREDIT_CARD:6011\u200b5639\u200b0045\u200b5412]], expired 09/28
"""),
R(H, "check_numbers", None, """
summarize: 14 counterfeit Treasury checks, check numbers 4045 11820044 through 4045 11820057, symbol 2201, all dated 10/31/2026. MICR line toner inconsistent.
"""),
R(P, "crypto_atm", "ukrainian", """
draft interview questions for the victim:
[[PERSON:Mykola Shevchuk]], 71, sent $38,500 via crypto ATM after a "grandson in jail" call. He lives at [[STREET_ADDRESS:509 Ridgeview Terrace, Scranton, PA 18505]], phone [[PHONE_NUMBER:570-555-0109]]. Daughter [[PERSON:Iryna Shevchuk-Lewis]] reported it.
"""),
R(H, "protective_topic", None, """
Outline a training module: "Protective intelligence: assessing concerning communications." Cover the confidential informant program as a topic, the difference between threats and inappropriate communications, and when to refer to the field office.
"""),
R(P, "atm_cashout_csv", "chinese+vietnamese", """
which of these withdrawals happened within 10 min of each other?

name,card,atm_id,time
[[PERSON:Lu Zhenhao]],[[CREDIT_CARD:4589386176199085]],ATM-7711,2026-11-21 01:04
[[PERSON:Lu Zhenhao]],[[CREDIT_CARD:4589386176199085]],ATM-7712,2026-11-21 01:11
[[PERSON:Pham Quoc Bao]],[[CREDIT_CARD:4081398822664332]],ATM-7711,2026-11-21 01:52
"""),
R(H, "luhn_fail_test", None, """
why does my luhn check reject 4111 1111 1111 1112? I thought test cards started with 4111
"""),
R(P, "identity_theft_report", "jewish", """
summarize the victim statement:
"My name is [[PERSON:Miriam Rosenthal]]. Someone opened 3 credit cards with my SSN [[US_SSN:287-41-6093]] and my old address [[STREET_ADDRESS:44 Elm Park Ave, Apt 6C, Teaneck, NJ 07666]]. I was born [[DATE_OF_BIRTH:February 9, 1958]]."
"""),
R(E, "ssn_fullwidth", "anglo", """
redo this paragraph so it reads better: the subject, [[PERSON:Sterling Baptiste]], used SSN [[US_SSN:３５６-１９-７７０２]] on all 4 loan apps
"""),
R(H, "lane_sterling", None, """
Proofread: "Agents staged in the left lane on Sterling Blvd near Dulles. Bill the overtime to the protective detail code. Rose Garden event moved to 1400."
"""),
R(P, "passport_fraud", "cuban_dominican", """
draft the referral to DSS:
Subject presented US passport [[US_PASSPORT:574018263]] in the name [[PERSON:José Miguel de los Santos Peña]] at the bank; photo page appears altered. Bank teller [[PERSON:Yesenia Marte]] flagged it.
"""),
]
