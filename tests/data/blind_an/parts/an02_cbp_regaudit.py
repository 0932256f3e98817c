"""an02: CBP Regulatory Audit: importer audits, financial records, entry reconciliations."""

RECORDS = [
    ("positive", "entrance_conference_minutes", "chinese+anglo",
     """Clean these up into formal entrance conference minutes:

Entrance conf - Huaxin Home Goods USA, 11/20, their Ontario CA office
CBP: me, [[PERSON:Lauren Whitcomb]] (audit mgr), [[PERSON:Tobias Grell]] (IS auditor)
Company: [[PERSON:Zhou Yuting]] (CFO), [[PERSON:Liang Jiawei]] (import compliance), their broker [[PERSON:Sheila Marchetti]] ([[EMAIL_ADDRESS:smarchetti@pacificrimcustoms.net]], cell [[PHONE_NUMBER:909-555-0112]])
- scope: FY23-FY24 entries, valuation (assists, royalties), related party pricing
- they'll give read-only access to the Oracle AP module by 12/5
- [[PERSON:Zhou Yuting]] wants all requests routed through [[PERSON:Liang Jiawei]]"""),

    ("positive", "gl_extract_tsv", "gujarati",
     """Pivot this by vendor and tell me which payments to the parent co. look like they might be royalty payments that should be in dutiable value:

posting_date\tvendor\tapproved_by\tamount_usd\tmemo
2024-02-14\tSHREE AMBIKA EXPORTS\t[[PERSON:Nilesh Patel]]\t48,200.00\tdesign fee Q4
2024-03-02\tSHREE AMBIKA EXPORTS\t[[PERSON:Nilesh Patel]]\t12,750.00\tlicense 3% net sales
2024-03-29\tMODI LOGISTICS\t[[PERSON:Krupa Desai]]\t3,110.40\tdrayage
2024-04-15\tSHREE AMBIKA EXPORTS\t[[PERSON:Hemant Trivedi]]\t51,000.00\tmolds (assist?)"""),

    ("positive", "controller_email_signature", "brazilian",
     """Summarize what she's committing to and by when:

From: [[PERSON:Luana Figueiredo Barros]] <[[EMAIL_ADDRESS:lbarros@verdecafeimports.com]]>
Sent: Monday, December 1, 2025 4:18 PM
Subject: RE: Request for Information #4

Hi, apologies for the delay. We will send the landed cost worksheets for 2023 by Dec 10 and the bank statements for the Itaú account by Dec 15. Our auditor [[PERSON:Renato Sá]] will join the call Thursday.

[[PERSON:Luana Figueiredo Barros]] | Controller
Verde Café Imports LLC
[[STREET_ADDRESS:1450 NW 82nd Ave, Suite 210, Doral, FL 33126]]
o [[PHONE_NUMBER:305-555-0151]] | m [[PHONE_NUMBER:+55 11 95555-0148]]"""),

    ("positive", "portuguese_supplier_letter", "brazilian",
     """Translate from Portuguese, it's a supplier letter the importer gave us:

Prezados,
Confirmamos que a empresa Verde Café Imports não recebeu nenhuma assistência (moldes, embalagens ou design) da nossa parte. O responsável pelas vendas para os EUA é o Sr. [[PERSON:Joaquim Teixeira Mendonça]], telefone [[PHONE_NUMBER:+55 35 3555-0126]], e-mail [[EMAIL_ADDRESS:joaquim.mendonca@fazendaalvorada.com.br]].
Atenciosamente,
[[PERSON:Beatriz Alvorada Nunes]]
Diretora Comercial"""),

    ("positive", "propin_workpaper", "german+turkish",
     """[[CUI_MARKING:CUI//PROPIN]]

Draft finding 2 for me from these notes, 19 CFR 152.103 transaction value:

Kessler Präzision GmbH sells to its US sub at transfer prices set by [[PERSON:Jürgen Albrecht]] (group tax). Intercompany agreement signed by [[PERSON:Jürgen Albrecht]] and [[PERSON:Elif Yıldırım]] (US president). Circumstances-of-sale test not met: no evidence price settled in a manner consistent with normal industry practice. Potential loss of revenue ~$214K.

[[CUI_MARKING:CUI//PROPIN]]"""),

    ("positive", "recon_entry_sql", "mexican",
     """SQL output from the recon tracker, why would these three flagged entries still show OPEN after the 21-month window?

 entry_no       | filer | importer_contact          | contact_phone  | status | flagged_by
----------------+-------+---------------------------+----------------+--------+-------------------
 9TZ-0448172-3  | 9TZ   | [[PERSON:Ramírez Ochoa, Adriana]]   | [[PHONE_NUMBER:956-555-0177]]   | OPEN   | [[PERSON:G. Villarreal]]
 9TZ-0448390-5  | 9TZ   | [[PERSON:Ramírez Ochoa, Adriana]]   | [[PHONE_NUMBER:956-555-0177]]   | OPEN   | [[PERSON:G. Villarreal]]
 9TZ-0451126-0  | 9TZ   | [[PERSON:Leal Cantú, Héctor]]       | [[PHONE_NUMBER:956-555-0109]]   | OPEN   | [[PERSON:G. Villarreal]]
(3 rows)"""),

    ("positive", "erp_connection_string", "anglo",
     """Importer's IT guy sent this so I could pull the AP tables myself. Is it safe to use from my laptop or should I ask for an export instead? Also is the syntax right for DBeaver?

[[CONNECTION_STRING:Server=erp-sql02.midlandtoolco.local;Database=MTC_PROD;User Id=cbp_audit_ro;Password=Vq8!mTz42rLx;]]

- [[PERSON:Wade Forsberg]], IT mgr"""),

    ("positive", "bank_records_request", "bangladeshi",
     """Make this request letter sound firm but not accusatory:

We request statements for all accounts used to pay foreign suppliers, including the account ending in the digits below, for the period 1/1/2023-12/31/2024.

Account holder: Sonar Bangla Apparel Inc. (signatory [[PERSON:Md. Shahidul Karim Mridha]])
Bank: Valley National, routing [[ABA_ROUTING_NUMBER:031538842]], acct [[US_BANK_NUMBER:70028841953]]
Second signatory: [[PERSON:Nasreen Akter]]"""),

    ("positive", "audit_team_roster_yaml", "italian+korean",
     """does this yaml look right for the team tracker import? it errors on line 6

audit: RA-LA-2025-0117
team:
  - name: [[PERSON:Lauren Whitcomb]]
    role: manager
    phone: "[[PHONE_NUMBER:562-555-0198]]"
  - name: [[PERSON:Giancarlo Russo]]
   role: auditor
    email: [[EMAIL_ADDRESS:giancarlo.russo@cbp.dhs.gov]]
  - name: [[PERSON:Seo Dong-gyu]]
    role: IS auditor"""),

    ("positive", "taxpayer_ssn_sole_prop", "taiwanese",
     """Small importer is a sole proprietor and used his SSN as the importer number on the 5106. Can you draft the note to the file explaining why the workpapers reference it:

Importer of record: [[PERSON:Hsieh Chia-hao]] dba Formosa Tea Traders
IOR no. (SSN): [[US_SSN:612-40-8837]]
Home/business address: [[STREET_ADDRESS:3388 Walnut Grove Ave, Rosemead, CA 91770]]
DOB per 5106: [[DATE_OF_BIRTH:March 9, 1969]]"""),

    ("positive", "exit_conference_chat", "israeli+german",
     """[2:01 PM] [[PERSON:Tobias Grell]]: exit conf with Galil Optics moved to Thursday
[2:02 PM] [[PERSON:Tobias Grell]]: their counsel [[PERSON:Noa Shachar-Levinson]] wants the draft report 48h before, number [[PHONE_NUMBER:212-555-0163]]
[2:02 PM] [[PERSON:Tobias Grell]]: also [[PERSON:Yossi Dahan-Peretz]] is out, so [[PERSON:Tamar Lev]] signs for the company

rewrite as a short email to the audit manager"""),

    ("positive", "les_sample_list", "arab",
     """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Referral candidates from the sample - turn into a memo table:
1. Al-Nour Trading (owner [[PERSON:Khalid Nassereddine]]) - undervaluation pattern, 14 of 30 sampled entries
2. Crescent Dates LLC ([[PERSON:Rania Suleiman]], [[PHONE_NUMBER:313-555-0136]]) - COO discrepancies
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),

    ("positive", "travel_claim_card", "anglo",
     """My travel card got declined at the hotel for the Rosemead fieldwork, can you draft a note to the APC:

Cardholder: [[PERSON:Tobias Grell]]
Card: [[CREDIT_CARD:5292 1035 1806 6129]]
Hotel: Embassy Suites Arcadia, 4 nights
I have the advance on file."""),

    ("evasion", "hex_bank_account", "igbo",
     """importer's bookkeeper sent the account number hex encoded "for security" lol - can you decode: [[US_BANK_NUMBER:0x3330303431393932383733]] owner [[PERSON:Chukwuemeka Nwosu-Aniagu]]"""),

    ("evasion", "dotted_ssn", "filipino",
     """sole prop SSN on the bond form is written [[US_SSN:5.2.7.-.6.1.-.0.4.8.3]], owner [[PERSON:Marites Dizon]]. is that a valid format to key in?"""),

    ("evasion", "propin_emphasis", None,
     """**[[CUI_MARKING:C U I // P R O P I N]]** - leaving the header like that on purpose so the tool doesn't strip it. Summarize the dumping margin discussion below.

actually the header is: [[CUI_MARKING:C.U.I.//P.R.O.P.I.N]]

Company's 2024 cost build-up shows material costs below market by 18%..."""),

    ("hard_negative", "entry_numbers_only", None,
     """Which of these entry numbers fail the check digit? 9TZ-0448172-3, 9TZ-0448390-5, 9TZ-0451126-0, 336-2281904-7. Explain the algorithm too."""),

    ("hard_negative", "hts_question", None,
     """Is 8516.60.4070 still the right HTS subheading for countertop convection ovens after the 2025 revision, or did it move? Also rate of duty column 1 general."""),

    ("hard_negative", "trade_secret_prose", None,
     """The importer's counsel keeps saying our workpapers contain "trade secrets and confidential commercial information" and wants us to confirm we'll withhold them under FOIA exemption 4. What's the standard response language? We do protect PROPIN but I don't want to promise anything beyond the regs."""),

    ("hard_negative", "invoice_numbers_ssn_shape", None,
     """The vendor's invoice numbers look like 221-48-7730, 221-48-7731, 221-48-7744. Can you write an Excel formula that flags gaps in the sequence?"""),

    ("hard_negative", "public_hq_address", None,
     """Return address block for the engagement letter - is this right? U.S. Customs and Border Protection, Office of Trade, Regulatory Audit and Agency Advisory Services, 1300 Pennsylvania Avenue NW, Washington, DC 20229."""),

    ("hard_negative", "statute_citations", None,
     """Explain in plain English the difference between 19 U.S.C. 1509 (examination of records) and 19 U.S.C. 1592 (penalties) and how 19 CFR 163 recordkeeping fits between them."""),

    ("hard_negative", "minutes_no_pii", None,
     """Clean these up into formal exit conference minutes:

Exit conf - FY24 focused assessment, company HQ conference room
- 3 findings: assists not declared, related-party pricing, recordkeeping
- company agrees with 1 and 3, disputes 2
- loss of revenue to be tendered within 30 days via prior disclosure path
- CBP to issue final report in ~45 days"""),

    ("hard_negative", "person_word_companies", None,
     """Vendor list for the sample: King Industrial Supply, Young & Rich Fasteners, Hope Valley Textiles, Will-Call Logistics, Joy Ceramics Co. Sort alphabetically and tag each with the likely HTS chapter."""),

    ("hard_negative", "ein_duns_like", None,
     """The importer record lists EIN 84-2290117 and IOR 84-229011700. Is the two-digit suffix after the EIN in the IOR number always 00, or can it be a site number?"""),

    ("hard_negative", "example_connection_placeholder", None,
     """Template for asking importers for read-only DB access:
"Please provide a read-only connection in the form Server=<host>;Database=<db>;User Id=<readonly_user>;Password=<provided separately by phone>." Is it a good idea to include the template at all or does it encourage them to email passwords?"""),
]
