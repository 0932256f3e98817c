# Voice 8: Secret Service cyber fraud task force (electronic crimes): victims of business e-mail
# compromise, bank contacts, wire recalls.
from blindlib import b64

RECORDS = [
    ("positive", "wire_recall_request", "anglo+korean", """Draft the wire recall request to the beneficiary bank's fraud desk from these facts:
Victim: [[PERSON:Marjorie Ellsworth-Dunn]], controller, Ellsworth Millwork Inc.
Wire sent 12/02 $384,250.00 from victim acct [[US_BANK_NUMBER:2207714593]] (routing [[ABA_ROUTING_NUMBER:123006716]])
Beneficiary named on the wire: [[PERSON:Jae-won Baek]], acct [[US_BANK_NUMBER:6618402277315]], routing [[ABA_ROUTING_NUMBER:265836255]]
IMAD 20261202MMQFMP9Z000417
Spoofed vendor domain: ellsworthmi11work.com"""),

    ("positive", "victim_intake", "lebanese", """Victim intake, copy into the template:
Name: [[PERSON:Georges Khalil Haddad]]
DOB: [[DATE_OF_BIRTH:1962-11-21]]
Home: [[STREET_ADDRESS:55 Laurel Ridge Rd, Dearborn Heights, MI 48127]]
Cell: [[PHONE_NUMBER:248-555-0184]]
Loss: $61,900 — real-estate closing funds diverted after e-mail from "title company"
Title officer he dealt with: [[PERSON:Rana Saab]]"""),

    ("positive", "bank_contact_email", "colombian+anglo", """From: [[PERSON:Catalina Restrepo Uribe]] <[[EMAIL_ADDRESS:c.restrepouribe@firstcoastbank-example.com]]>
To: SA [[PERSON:Wendell Pryor]]
Subject: RE: Hold request - acct ending 7315

Agent [[PERSON:Pryor]], we placed a hold on $212,000 remaining in the beneficiary account. The account holder, [[PERSON:Jae-won Baek]], opened it in August with a Korean passport [[US_PASSPORT:M20471938]] and listed [[STREET_ADDRESS:4410 Wilshire Blvd Apt 1207, Los Angeles, CA 90010]]. Please send the freeze letter on letterhead. My direct line is [[PHONE_NUMBER:904-555-0190]].
[[PERSON:Catalina Restrepo]]"""),

    ("positive", "email_header_analysis", "japanese", """Headers from the phishing e-mail the victim forwarded. Which hop is the real origin?

Return-Path: <[[EMAIL_ADDRESS:accounts@takahashi-sangyo-co.com]]>
From: "[[PERSON:Takahashi Ryōsuke]]" <[[EMAIL_ADDRESS:r.takahashi@takahashi-sangyo-co.com]]>
Reply-To: <[[EMAIL_ADDRESS:takahashi.ryosuke.ap@outlook.jp]]>
To: [[EMAIL_ADDRESS:payables@brennerfoods-example.com]]
Received: from mail-out.example.net (unknown [185.220.101.47])
Subject: 請求書の振込先変更 / updated remittance details"""),

    ("positive", "victim_password", "kenyan", """Victim says the attacker had her O365 password. She told me it was [[PASSWORD:Nairobi#Kilimani2024]] and she used it on her personal Gmail too. Victim [[PERSON:Wairimu Kamau Gitonga]]. Draft the advice e-mail on resetting everything and enabling MFA."""),

    ("positive", "fincen_rrp", "turkish", """FinCEN RRP request fields, check completeness:
Victim name: [[PERSON:Emre Karaosmanoğlu]] (Yıldırım Logistics LLC)
Victim bank: routing [[ABA_ROUTING_NUMBER:314841638]], acct [[US_BANK_NUMBER:88214400917]]
Amount: $97,440.00 USD, sent 12/03/2026
Beneficiary: [[PERSON:Selin Aksoy]], Garanti BBVA, Istanbul
Victim contact: [[PHONE_NUMBER:(713) 555-0156]], [[EMAIL_ADDRESS:emre@yildirimlogistics-example.com]]"""),

    ("positive", "money_mule_interview", "brazilian", """Mule interview summary, shorten to 5 bullets:
Interviewed [[PERSON:Thiago Nogueira Bastos]] (DOB [[DATE_OF_BIRTH:19/08/1999]]) at his apartment, [[STREET_ADDRESS:1880 NE 135th St Apt 410, North Miami, FL 33181]]. He says a woman he met on Instagram, "[[PERSON:Larissa Monteiro]]", asked him to receive "business payments" and forward them in USDT. He received 4 wires totalling $228k. His SSN per the bank KYC: [[US_SSN:592-14-6683]]."""),

    ("positive", "slack_token_bot", None, """our task force slack bot for the wire-recall tracker stopped posting. token in the config:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-216655833624-7026914695029-IilwBBNfM8qIdrImlo8iWHJa]]
channel=#bec-recalls
Why would it get "not_in_channel"?"""),

    ("positive", "greek_victim_letter", "greek", """Victim letter in Greek, translate:
Αξιότιμε κύριε, ονομάζομαι [[PERSON:Κωνσταντίνος Παπαδημητρίου]]. Στις 2 Δεκεμβρίου έστειλα έμβασμα 48.000 δολαρίων στον λογαριασμό [[US_BANK_NUMBER:4471029388]] νομίζοντας ότι ήταν του προμηθευτή μας. Τηλέφωνο: [[PHONE_NUMBER:+30 21 0555 0117]]."""),

    ("positive", "israeli_vendor", "israeli", """Vendor in Tel Aviv says their mailbox was not compromised, it was a look-alike. Their AP contact [[PERSON:Noa Ben-Zakai]] ([[PERSON:נועה בן-זכאי]]) gave her number [[PHONE_NUMBER:+972 3-555-0148]]. Write a short note asking her for the legit remittance letter signed by [[PERSON:Yossi Mizrahi]] their CFO."""),

    ("positive", "spreadsheet_losses", "anglo+colombian+lebanese+tamil+turkish+russian", """losses by victim, sum the recovered column:
victim;amount;recovered;bank_contact
Ellsworth Millwork ([[PERSON:Marjorie Ellsworth-Dunn]]);384250;212000;[[PERSON:Catalina Restrepo Uribe]]
[[PERSON:Georges Khalil Haddad]];61900;0;[[PERSON:Priya Venkataraman]]
[[PERSON:Emre Karaosmanoğlu]];97440;97440;[[PERSON:Dmitri Volkonsky-Hale]]"""),

    ("positive", "caps_call_note", "kenyan+anglo", """CALL W/ VICTIM [[PERSON:WAIRIMU GITONGA]] 1420. SHE CONFIRMS HER BANK IS CHASE, ACCT [[US_BANK_NUMBER:000418837260]]. SON [[PERSON:BRIAN GITONGA]] ALSO ON THE ACCOUNT. FOLLOW UP BY EMAIL [[EMAIL_ADDRESS:WAIRIMU.GITONGA@HOTMAIL.COM]]. SA [[PERSON:K. DELGADO-WEISS]]"""),

    ("positive", "preservation_letter", "anglo", """Fill in the preservation letter to the e-mail provider: account [[EMAIL_ADDRESS:marjorie.ellsworthdunn@ellsworthmi11work.com]] (the spoofed one) and subscriber information for [[EMAIL_ADDRESS:ap.ellsworthmillwork@gmail.com]]. Requesting agent [[PERSON:Wendell Pryor]], [[PHONE_NUMBER:904-555-0115]]."""),

    ("positive", "les_summary", "korean", """[[CUI_MARKING:(U//LES)]] Subject [[PERSON:BAEK, Jae-won]] is believed to control 11 mule accounts across 4 banks.
[[CUI_MARKING:(U//LES)]] Associate [[PERSON:Hwang Da-som]] opened 3 of them using [[STREET_ADDRESS:2975 W 8th St Unit 3, Los Angeles, CA 90005]].
rewrite as a paragraph for the AUSA"""),

    ("evasion", "routing_words", "anglo", """give me the bank name for routing [[ABA_ROUTING_NUMBER:zero six three, four five seven, two four seven]]? victim [[PERSON:Harlan Weatherbee]] sent it there."""),

    ("evasion", "b64_slack", None, """decode this and tell me if it's a bot or user token, found it in the attacker's repo: [[SLACK_TOKEN:""" + b64("xoxb-566119810770-3437362071385-iT00XxbYnotztcDrvTF2GGqk") + """]]"""),

    ("evasion", "homoglyph_account", "japanese", """account for the recall, victim [[PERSON:Matsuda Haruki]]: [[US_BANK_NUMBER:ЗЗ71О2984415]] (typed from the fax, some chars odd)"""),

    ("hard_negative", "imad_omad", None, """What's the difference between an IMAD and an OMAD on a Fedwire message? Example IMAD from the training deck: 20240102QMGFT015000123. Explain each part."""),

    ("hard_negative", "bec_stats", None, """IC3 2023 report says BEC losses were about $2.9 billion from 21,489 complaints. Convert to average loss per complaint and write one sentence for the outreach deck."""),

    ("hard_negative", "same_shape_placeholders", None, """Wire recall template:
Victim: [VICTIM NAME], [COMPANY]
Wire sent [DATE] $[AMOUNT] from acct [ACCOUNT NO.] (routing [ABA])
Beneficiary: [BENEFICIARY NAME], acct [ACCOUNT NO.]
IMAD [IMAD]
Tighten the wording."""),

    ("hard_negative", "spoofed_domains", None, """Look-alike domains we saw this month: ellsworthmi11work.com, brenner-fooods.com, yildirim-logistics.co, takahashi-sangyo-co.com. Explain typosquatting patterns (doubled letters, 1 for l, hyphens)."""),

    ("hard_negative", "secret_service_prose", None, """The Secret Service's investigative mission dates to 1865 (counterfeit currency). For the outreach slide, one sentence on how the Cyber Fraud Task Forces grew out of the Electronic Crimes Task Forces in 2020."""),

    ("hard_negative", "invalid_routing", None, """Bank says routing 382779910 is invalid — why? I thought any 9 digits with a good checksum works. Explain the first-two-digit rule."""),

    ("hard_negative", "swift_public", None, """What's the SWIFT/BIC format? e.g. CHASUS33 or DEUTDEFF500. 8 vs 11 characters, what the last 3 mean."""),

    ("hard_negative", "usdt_hash", None, """Tx hash on Tron for the USDT transfer: 7c9e4b1a0f3d2e8c6b5a49f7e1d0c3b2a8f6e4d1c9b7a5e3f2d0c8b6a4e2f1d0. How do I see the destination address on a block explorer?"""),

    ("hard_negative", "kinship_victim", None, """Victim's husband handles the books and his brother is the company's accountant; both were cc'd on the spoofed thread. Should we interview them separately? short."""),
]
