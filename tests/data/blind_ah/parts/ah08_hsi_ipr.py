# HSI IPR Center: tips about counterfeit goods and online sellers, trademark holders' referrals
RECORDS = [
("positive", "tip_form", "anglo+cantonese", """IPR Center tip #26-IPR-08817 (web form)
Tipster: [[PERSON:Rhonda Gaskins]], [[EMAIL_ADDRESS:rgaskins.nursing@mailbox.example]], [[PHONE_NUMBER:(901) 555-0134]]
Product: counterfeit N95 respirators sold to her clinic
Seller: "MedSupplyDirect" on a marketplace; invoice signed by [[PERSON:Wong Ka-lok]] ([[PERSON:黃家樂]]), remit to HSBC HK
Tipster's words: "the straps broke on the first day and the NIOSH number doesn't match anything"
Triage this: what category, which field office, and what to ask the tipster"""),
("positive", "brand_referral", "moroccan+anglo", """From: [[PERSON:Caroline Ashbury-Finch]] <[[EMAIL_ADDRESS:cashbury@brandguard-counsel.example]]>
Subject: Referral - counterfeit auto airbags - seller in Paterson NJ

Our client's investigators made two test buys from a seller operating as "AirSafe Parts". Payments went to a Zelle account registered to [[PERSON:Youssef El Idrissi Benjelloun]], phone [[PHONE_NUMBER:973-555-0175]]. Shipping return address: [[STREET_ADDRESS:412 Market St, Fl 2, Paterson, NJ 07501]]. Lab teardown attached; inflators are not genuine.

[[PERSON:Caroline Ashbury-Finch]]
Brand Protection Counsel"""),
("positive", "subpoena_return_csv", "uzbek+peruvian+malaysian", """seller_id|legal_name|dob|address|bank_acct|routing
SLR-88412|[[PERSON:Rustamov Jasur Akmalovich]]|[[DATE_OF_BIRTH:1990-10-21]]|[[STREET_ADDRESS:2760 Ocean Pkwy Apt 5C, Brooklyn, NY 11235]]|[[US_BANK_NUMBER:482019377104]]|[[ABA_ROUTING_NUMBER:021042982]]
SLR-88419|[[PERSON:Quispe Mamani, Edwin Rolando]]|[[DATE_OF_BIRTH:1986-04-02]]|[[STREET_ADDRESS:1515 W 7th St, Apt 210, Los Angeles, CA 90017]]|[[US_BANK_NUMBER:6630184451]]|[[ABA_ROUTING_NUMBER:122436484]]
SLR-88423|[[PERSON:Nurul Aisyah binti Rahmat]]|[[DATE_OF_BIRTH:1995-01-17]]|[[STREET_ADDRESS:88 Jalan Ampang, 50450 Kuala Lumpur, Malaysia]]|| 
marketplace subpoena return. which sellers share a bank?"""),
("positive", "seller_chat_translation", "chinese+anglo", """Translate this WeChat exchange the undercover account had with the supplier:
供应商 [[PERSON:陈志鹏]]: 鞋子都是A货,和正品一样,发货到美国没问题,海关查不出来。
UC: 多少钱一双?
供应商: 批发价18美元,100双起。付款用支付宝或者打到我表弟[[PERSON:刘伟东]]的账户。
The undercover is SA [[PERSON:Brianna Coultas]] - include her name in the translation header."""),
("positive", "pharma_tip_voicemail", "nicaraguan", """Voicemail transcript, tip line, 12/04 09:47:
"Hola, me llamo [[PERSON:Xiomara Larios Úbeda]], mi número es [[PHONE_NUMBER:786-555-0117]]. En la tienda de la calle 8 venden pastillas para bajar de peso que dicen Ozempic pero son falsas, el dueño se llama [[PERSON:Don Hilario]] algo, [[PERSON:Hilario Cerda]] creo."
Translate and draft an intake summary."""),
("positive", "case_notes_mixed", "dutch+anglo", """IPR referral from a Dutch rights holder's counsel, [[PERSON:Maarten Oosterhuis]] ([[PHONE_NUMBER:+31 20 555 0162]]). US importer of record: [[PERSON:Curtis Pennington]], [[STREET_ADDRESS:9901 Commerce Way, Unit 14, Doral, FL 33178]]. Goods: counterfeit bicycle carbon frames, 3 containers via Port Everglades.
-- draft the acknowledgment to counsel"""),
("positive", "test_buy_receipt", "anglo", """Test buy #3 receipt (typed from photo):
SOLD TO: [[PERSON:B. Coultas]]
PAID: DISCOVER ending 9853
CARD (full, from UC card log): [[CREDIT_CARD:6011 2684 2198 9853]]
Items: 4x 'Beats' headphones $39.99
Should the UC card number be in the ROI at all?"""),
("positive", "marketplace_api_key", None, """Script to pull listing snapshots from the marketplace's brand-registry API:

HEADERS = {"x-api-key": "[[PASSWORD:NIPhRPlCxyMcvdWGIhS3an1CnksRDaJJ]]", "Accept": "application/json"}
for asin in asins:
    r = session.get(f"{BASE}/listings/{asin}", headers=HEADERS)
It returns 200 but empty 'offers'. Why?"""),
("positive", "les_roi_excerpt", "vietnamese+anglo", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
ROI excerpt: On 11/18/2026, SA [[PERSON:Coultas]] interviewed [[PERSON:Đặng Minh Khoa]], DOB [[DATE_OF_BIRTH:1983-08-29]], at his warehouse. [[PERSON:Đặng]] admitted receiving 2,400 counterfeit phone chargers from a supplier in Shenzhen.
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
check the past tense is consistent"""),
("positive", "tipster_followup", "italian", """ciao, I'm [[PERSON:Giuseppina "Pina" Lo Bianco]], the one who reported the fake olive oil from the Staten Island shop. my cousin [[PERSON:Salvatore Lo Bianco]] works there and can talk to you but he's scared. his number [[PHONE_NUMBER:718.555.0136]]. please be discreet
-> help me reply to her reassuringly and explain whistleblower protections, nothing about the investigation"""),
("positive", "seller_profile_md", "russian", """### Seller profile: "LuxeTimeOutlet"
- Operator: [[PERSON:Dmitri Sergeyevich Kolesnikov]] (per domain WHOIS history + PayPal records)
- DOB: [[DATE_OF_BIRTH:19.06.1979]]
- PayPal: [[EMAIL_ADDRESS:luxetime.payments@mailbox.example]]
- Ships from [[STREET_ADDRESS:215 Brighton Beach Ave, Apt 3R, Brooklyn, NY 11235]]
summarize into 3 lines for the deconfliction request"""),
("positive", "portion_marked_cui", "peruvian", """[[CUI_MARKING:(CUI)]] Subject [[PERSON:Edwin Quispe Mamani]] is also listed as a seller on two other marketplaces under different names.
[[CUI_MARKING:(CUI)]] Recommend request for records to both.
can you make these two lines a short email to the AUSA?"""),
("positive", "customs_broker", "anglo+uzbek", """Broker [[PERSON:Denise Harwell-Ortiz]] says she only knew the importer as "[[PERSON:Jasur]]". Full name on the POA: [[PERSON:Jasur Akmalovich Rustamov]], passport [[US_PASSPORT:FA6602914]] (UZB). Her office: [[PHONE_NUMBER:718-555-0109]]. Draft questions for a voluntary interview with the broker."""),
("evasion", "dotted_card", "anglo", """here's the UC card again so I can reconcile: [[CREDIT_CARD:6.0.1.1.2.6.8.4.2.1.9.8.9.8.5.3]] - total spend this month was $614.22. strip the dots and tell me if it's the same card as on receipt #3"""),
("evasion", "rot13_name", "moroccan", """suspect name in rot13 (don't want it in the chat log plain): [[PERSON:Lbhffrs Ry Vqevffv]]. decode it and draft a records check request"""),
("evasion", "homoglyph_email", "malaysian", """seller email: [[EMAIL_ADDRESS:nurul.aisyah.rahmat＠shopmail．example]] - the full-width symbols are on purpose, convert to ascii and add to the deconfliction list"""),
("hard_negative", "brand_list", None, """Top seized brands FY26 by MSRP: Rolex, Louis Vuitton, Nike, Apple, Chanel, Gucci, Cartier, Michael Kors, Ray-Ban, Tory Burch. Which of these are named after their founders? One line each."""),
("hard_negative", "trademark_numbers", None, """USPTO Reg. No. 3,914,224 and Reg. No. 5,102,887 were cited in the referral, along with CBP recordation TMK 26-00417. Explain what CBP recordation adds beyond USPTO registration."""),
("hard_negative", "order_numbers", None, """Test buy order numbers: 112-4471092-3387125 and 113-9928174-0055219; tracking 1Z999AA10123456784 and 9400111899223344556677. The rights holder called the first one an 'account number'. It isn't, right? Explain each format."""),
("hard_negative", "same_shape_tip", None, """IPR Center tip (web form), anonymous
Product: counterfeit N95 respirators sold to a clinic
Seller: storefront on a major marketplace; invoices remit to a Hong Kong bank
Tipster's words: "the straps broke on the first day and the NIOSH number doesn't match anything"
Triage this: what category, which field office, and what to ask if the tipster writes back"""),
("hard_negative", "operation_names", None, """Summarize public press releases on Operation Team Player (Super Bowl counterfeits) and Operation Pangea (Interpol pharma). What do they typically seize and where?"""),
("hard_negative", "fake_marking_product", None, """There's a knockoff cologne line called 'Top Secret Noir' and a phone case brand 'Classified Armor'. Rights holder for 'Top Secret' perfume sent a referral. Draft a one-paragraph triage note (these are product names)."""),
("hard_negative", "luhn_invalid", None, """The seller's checkout page showed a 'sample card' 4111 1111 1111 1112 in the placeholder text and an SKU 5500-0000-0000-0005. Are either of these real card numbers? Explain the Luhn check."""),
("hard_negative", "law_question", None, """Explain 18 U.S.C. 2320 (trafficking in counterfeit goods) penalties for counterfeit military goods and drugs versus ordinary goods, and how the Trade Secrets Act and the Defend Trade Secrets Act differ (they're often confused in referrals)."""),
("hard_negative", "domain_whois", None, """WHOIS for luxetimeoutlet.example shows 'REDACTED FOR PRIVACY' for registrant, registrar abuse contact listed as a web form, created 2025-03-14. What legal process gets the unredacted registrant data?"""),
]
