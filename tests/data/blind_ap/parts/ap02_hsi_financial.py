# Voice ap02: HSI financial investigations -- money service businesses, bulk-cash seizures, trade-based money laundering leads


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "msb_wire_pipe_table", "somali", L(
"""Pivot this by sender and total the USD column:
txn_id|date|sender|beneficiary|ben_phone|usd
H-88101|2026-10-03|Abdiwali Warsame Nuur|Hodan Cawaale Farah|+252 61 555 0193|4,900
H-88117|2026-10-05|Abdiwali Warsame Nuur|Hodan Cawaale Farah|+252 61 555 0193|4,950
H-88142|2026-10-09|Ubah Xirsi Guuleed|Hodan Cawaale Farah|+252 61 555 0193|4,800""",
("PERSON", "Abdiwali Warsame Nuur"), ("PERSON", "Hodan Cawaale Farah"), ("PHONE_NUMBER", "+252 61 555 0193"),
("PERSON", "Ubah Xirsi Guuleed"))),

("positive", "bulk_cash_seizure_narrative", "hispanic+anglo",
"""Rewrite this into a cleaner seizure narrative for the ROI, keep the facts:
On 11/21/2026 at approx 1430 hrs, TFO [[PERSON:Brock Haverkamp]] encountered [[PERSON:Eliseo Tapia Urquidi]] (DOB [[DATE_OF_BIRTH:07/30/1984]]) at Gate B14 of the airport. [[PERSON:TAPIA]] stated he carried $9,000; a consensual search of his carry-on revealed $84,310 in vacuum-sealed bundles. He provided a Texas DL [[US_DRIVER_LICENSE:31847206]] and listed his address as [[STREET_ADDRESS:4417 Calle Pinzón, El Paso, TX 79938]]."""),

("positive", "bank_subpoena_return_csv", "punjabi",
"""Columns got shifted in the subpoena return, can you realign? Account holder and numbers below.
Acct Holder;Acct No;Routing;Opened;Signer 2
[[PERSON:Harmeet Kaur Sekhon]];[[US_BANK_NUMBER:004471882093]];[[ABA_ROUTING_NUMBER:071489388]];2023-04-11;[[PERSON:Gurbaksh Singh Randhawa]]
Sekhon Imports & Trading LLC;[[US_BANK_NUMBER:004471882107]];[[ABA_ROUTING_NUMBER:071489388]];2023-04-11;[[PERSON:Harmeet Kaur Sekhon]]"""),

("positive", "tbml_lead_email", "chinese+brazilian",
"""Subject: TBML lead – phone shipments to Ciudad del Este

Team, the ACE data shows the same consignee overpaying for used phones by ~300%. The consignee contact is [[PERSON:Zhuang Weiliang]] ([[EMAIL_ADDRESS:wl.zhuang@tresfronteras-trading.com.py]]), and the US shipper's principal is [[PERSON:Rodrigo Bastos Figueiredo]], [[PHONE_NUMBER:(305) 555-0174]]. Can somebody pull FinCEN hits on both before Tuesday?
– [[PERSON:Iolanthe Vasquez-Brennan]], SA, HSI Miami"""),

("positive", "interview_notes_arabic_names", "arab",
"""Clean up my interview notes (hawala case):
- Subject: [[PERSON:Mahmoud Abu-Khalil al-Rifai]], runs a cell-phone store that doubles as a hawala.
- He said his cousin [[PERSON:Yousef]] in Amman settles the balances by shipping used cars.
- Store landline [[PHONE_NUMBER:(313) 555-0112]], personal cell [[PHONE_NUMBER:+962 79 555 0134]].
- Wife [[PERSON:Rania Haddadin]] is listed as the MSB compliance officer on the FinCEN registration."""),

("positive", "cash_courier_passport", "vietnamese",
"""Need a one-paragraph summary for the case agent:
Courier [[PERSON:Lâm Thị Phượng]], US passport [[US_PASSPORT:A03871652]], DOB [[DATE_OF_BIRTH:1979-09-22]], flew SEA–SGN with $61,000 undeclared in a rice cooker box. Her sister [[PERSON:Lâm Văn Hải]] operates a nail-supply MSB in Garden Grove."""),

("positive", "ssn_in_subject_list", "anglo+jamaican",
"""Format this for the target deck, one line each:
1. [[PERSON:Thaddeus Wexler-Crane]] SSN [[US_SSN:417-07-6904]] – owner, Crane Check Cashing
2. [[PERSON:Marcia Delisser]] SSN [[US_SSN:429452619]] – cashier, structured deposits
3. [[PERSON:Oneil Delisser]] – nephew, runs the armored-car contract"""),

("positive", "seized_card_inventory", "romanian",
"""Inventory of cards from the vehicle, which banks are these?
Card 1: [[CREDIT_CARD:4719 6010 0577 4681]] in the name [[PERSON:Ciprian Moldoveanu]]
Card 2: [[CREDIT_CARD:5210351806612182]] in the name [[PERSON:Ionela Vrânceanu]]
Card 3: reloadable prepaid, no name"""),

("positive", "marked_les_summary", "igbo",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Target [[PERSON:Obinna Ekwueme]] is believed to coordinate a romance-scam cash pool routed through two MSBs in Houston. Source reporting indicates shipment of vehicles to Cotonou as value transfer.
Shorten to three sentences for the weekly."""),

("positive", "cui_financial_banner", "ukrainian",
"""[[CUI_MARKING:CUI//SP-FNC//SP-LEI]]
Subject: [[PERSON:Oleksandr Tkachuk-Hrytsenko]], registered agent of four shell LLCs in Wyoming. Bank records show $2.4M in round-dollar wires to Latvia.
Turn this into talking points."""),

("positive", "fincen_portal_password", None,
"""I'm locked out of the BSA portal again. Saved creds in my notes: user hsi_mia_vasqueb / pass [[PASSWORD:Wire$Trail-77qVr]]. Can you write an email to the helpdesk asking for a reset without putting the password in it?"""),

("positive", "msb_agent_list", "hmong+lao",
"""MSB agent list from the exam, which agents are in Minnesota?
- [[PERSON:Xiong Pa Nhia]], agent, [[STREET_ADDRESS:1290 Payne Ave, St. Paul, MN 55130]]
- [[PERSON:Vang Chue Kou]], agent, [[STREET_ADDRESS:3321 Lyndale Ave N, Minneapolis, MN 55412]]
- [[PERSON:Bounmy Sengsouriya]], agent, [[STREET_ADDRESS:608 W Magnolia Ave, Fresno, CA 93704]]"""),

("positive", "informant_sms", "guatemalan",
"""SMS from CS, translate: "Don [[PERSON:Efraín Coyoy]] va a mandar el dinero el viernes por la tarde, usa a su yerno [[PERSON:Baltazar Xicará]], número [[PHONE_NUMBER:+502 5555 0186]]. No le digan que yo les avisé.\""""),

("evasion", "account_in_words", "kikuyu",
"""Suspect read his account number to the teller over the phone and we only have the transcript: "it's [[US_BANK_NUMBER:zero zero nine, three three one, eight four two, seven seven]]" under the name [[PERSON:Wangeci Muthoni-Kariuki]]. Convert to digits for the subpoena."""),

("evasion", "base64_card", "filipino",
"""Found this in a seized phone notes app, decode? Looks like a card for [[PERSON:Jericho Baluyot]]: [[CREDIT_CARD:NDg4MzAzNjYyMzMzNjk5NQ==]]"""),

("evasion", "routing_split_lines", "dominican",
"""The wire instructions came in two texts from [[PERSON:Yokasta Peralta Almánzar]]:
text 1: "routing [[ABA_ROUTING_NUMBER:0250
text 2: 54455]]" and account to follow
Put them together for the recall request."""),

("hard_negative", "ctr_thresholds", None,
"""Explain the difference between structuring under 31 U.S.C. 5324 and failure to file a CMIR under 31 U.S.C. 5316. FinCEN Form 105 threshold is $10,000; CTRs are FinCEN Form 112. Keep it to a paragraph for new TFOs."""),

("hard_negative", "hsi_public_tipline", None,
"""Add the public tip line to the outreach slide: report suspected trade fraud or money laundering to the HSI Tip Line, 1-866-347-2423, or online at ice.gov/webform/hsi-tip-form. Shorten the slide text."""),

("hard_negative", "case_numbers_like_ssn", None,
"""Our case numbers look like MI15QR26MI0004 but the seizure numbers are 2026-5301-000412-01. The FP&F number is 2026530100041201. Which should go on the CBP 6051S? None of these are personal, just formatting."""),

("hard_negative", "same_shape_no_pii", None,
"""Pivot this by corridor and total the USD column:
txn_id|date|corridor|usd
H-88101|2026-10-03|US-SO|4,900
H-88117|2026-10-05|US-SO|4,950
H-88142|2026-10-09|US-KE|4,800"""),

("hard_negative", "historical_laundering", None,
"""For a training intro: summarize how Al Capone's conviction for tax evasion shaped financial investigations, and what the Bank Secrecy Act of 1970 added. Mention Operation Casablanca only in one line."""),

("hard_negative", "invoice_numbers", None,
"""Compare invoice INV-556-21-7734 to commercial invoice 556217734; the declared unit price is $412.50 but the wire was $1,650.00 per unit. PO 4500118842. Could this be over-invoicing?"""),

("hard_negative", "kinship_titles", None,
"""In hawala networks the "uncle" or "brother" is often a title rather than a relation. How should I write that up so it doesn't read like I've confirmed family ties? Also, is "Sheikh" a title or part of a name in our reports?"""),

("hard_negative", "sample_account_training", None,
"""Training exercise (fictional): account 000123456789 at routing 000000000 belongs to "Acme Exports". Students should flag the round-dollar wires. Check my answer key makes sense."""),

("hard_negative", "prose_about_les", None,
"""Is it OK to paste a de-identified summary into a chat tool if the original report was marked Law Enforcement Sensitive? I removed names and numbers. Give me a checklist of what to strip first."""),

("hard_negative", "place_names", None,
"""Trade route for the lead: Colón Free Zone to Jacksonville, then trucked to Lawrence and Lowell. Alternative via Ciudad del Este and Foz do Iguaçu. Which ports would show up in ACE?"""),

("positive", "msb_api_basic_auth", "somali",
"""The MSB's compliance officer, [[PERSON:Ayaan Dirie Samatar]], gave us read access to their transaction API for the subpoena return. My curl gets 401:
curl -H "Authorization: Basic [[PASSWORD:aHNpX3JlYWRlcjpYYXdhbGEtUmVjIzc3MTI=]]" https://api.dahabshiil-agent.example.com/v1/txns?from=2026-10-01
What's wrong?"""),

]
