# Voice 5: Coast Guard National Vessel Documentation Center: vessel owners, bills of sale, preferred mortgages,
# liens, abstracts of title; documentation agents and examiners.
RECORDS = [
("positive", "bill_of_sale", "anglo+cajun",
"""Examiner question: is this bill of sale acceptable (CG-1340 equivalent)?

BILL OF SALE — Vessel "REEL DEAL II", Official No. 1287734
Seller: [[PERSON:Thibodeaux, Aurelien J.]], [[STREET_ADDRESS:118 Bayou Blue Rd, Houma, LA 70364]]
Buyer: [[PERSON:Marcus Aldridge]] and [[PERSON:Kimberly Aldridge]], as tenants by the entirety
Consideration: $10 and other good and valuable consideration
Signed before me this 3rd day of May 2024 — [[PERSON:Claudette Arceneaux]], Notary Public, Terrebonne Parish"""),

("positive", "owner_application", "norwegian+anglo",
"""Applicant says our form rejected his tax ID. Here's what he typed on the CG-1258:
Owner: [[PERSON:Erik Haldorsen Vik]]
Citizenship: U.S. (naturalized) — certificate attached
SSN: [[US_SSN:537-18-2946]]
Mailing: [[STREET_ADDRESS:6021 Seaview Ave NW, Seattle, WA 98107]]
Phone: [[PHONE_NUMBER:206-555-0135]]
Is there anything wrong with the SSN format or is it the name length?"""),

("positive", "mortgage_satisfaction_email", "anglo",
"""Draft a reply to the lender:
"We are requesting filing of the Satisfaction of Preferred Mortgage for F/V ALASKA DAWN, O.N. 1043318. Mortgagor: [[PERSON:Dale Ingebretsen]]. The mortgage was paid off 9/30. Please contact [[PERSON:Sherri Kolodziej]], loan servicing, at [[PHONE_NUMBER:907-555-0143]] or [[EMAIL_ADDRESS:skolodziej@northpacificcu.example.com]]."
We need the original signature and the mortgage's batch/document number before we can record it."""),

("positive", "abstract_of_title", "croatian+anglo",
"""Summarize the chain of title for the buyer's attorney:
ABSTRACT OF TITLE — O.N. 0976512 "ADRIATIKA"
1998  Build — owner [[PERSON:Ante Petrović]]
2006  BOS [[PERSON:Ante Petrović]] → [[PERSON:Mirela Petrović Barić]] (gift)
2011  Preferred Mortgage, mortgagee Pacific Marine Bank, $185,000
2019  Satisfaction filed
2023  BOS [[PERSON:Mirela Petrović Barić]] → [[PERSON:Gordon T. Whitlatch]]"""),

("positive", "lien_notice", "vietnamese",
"""A shipyard filed a notice of claim of lien. Help me write the letter to the owner:
Claimant: Gulf Coast Marine Ways, $48,212.50 for haul-out and shaft repair
Vessel: F/V MISS KIM LAN, O.N. 1122907
Owner: [[PERSON:Lê Văn Tài]], [[STREET_ADDRESS:2240 Oak St, Bayou La Batre, AL 36509]]
The owner's daughter [[PERSON:Lê Thị Kim Lan]] handles his mail and speaks English — address it to both."""),

("positive", "doc_agent_chat", "greek+anglo",
"""User: I'm a documentation agent. client [[PERSON:Stavros Karamanlidis]] is buying a 42' sailboat from an estate. The estate executor is [[PERSON:Pamela Rourke]]. Do we need letters testamentary?
Assistant: Yes — a transfer by an executor needs evidence of their authority, such as letters testamentary.
User: ok. also the client's DOB for the citizenship check is [[DATE_OF_BIRTH:1968-04-11]], passport [[US_PASSPORT:568204917]]. which form field does that go in?"""),

("positive", "llc_owner_members", "indian+chinese",
"""For an LLC owner we need citizenship of all members. Here's what the broker sent:
Sea Lotus Holdings LLC (Delaware)
Member 1: [[PERSON:Anand Venkataraman]] — US citizen, 60%
Member 2: [[PERSON:Lin Xiaoyu]] — PRC national, green card holder, 40%
Manager: [[PERSON:Anand Venkataraman]]
Can this LLC document for coastwise trade? Explain the 75% rule."""),

("positive", "fishery_endorsement_deletion", "portuguese",
"""Traduza a carta do proprietário e faça um resumo em inglês:
"Eu, [[PERSON:Manuel Jacinto Medeiros]], proprietário da embarcação PRINCESA DO MAR, nascido em [[DATE_OF_BIRTH:22/09/1957]], solicito o cancelamento do registro por venda a comprador estrangeiro em Ponta Delgada, Açores. Contacto: [[PHONE_NUMBER:+351 296 555 014]], [[EMAIL_ADDRESS:mj.medeiros@sapo.example.pt]]."
"""),

("positive", "examiner_log_lowercase", "anglo+ojibwe",
"""examiner log, make it readable: called owner [[PERSON:dennis whitebird]] re missing notarized bos, he says seller [[PERSON:gary lundquist]] passed away in june. told him we need the estate docs. wife [[PERSON:marla whitebird]] may call back from [[PHONE_NUMBER:218-555-0118]]"""),

("positive", "ach_fee_payment", "anglo",
"""Owner wants to pay the recording fees by ACH. He wrote: "Use my business checking, routing [[ABA_ROUTING_NUMBER:316485704]], acct [[US_BANK_NUMBER:88120047361]], name on account [[PERSON:Clifford Baynes]]." We don't take ACH like that — draft a reply pointing him to pay.gov without repeating the numbers."""),

("positive", "card_fee_payment", "marshallese",
"""The owner's son called and read the card over the phone for the renewal fee: [[PERSON:Jinna Lokeijak]], card [[CREDIT_CARD:4580 0174 4095 6732]]. I shouldn't have written it down. What's the process to destroy the note and log the incident?"""),

("positive", "preferred_mortgage_xml", "anglo+irish",
"""XML from the mortgage-filing portal, the parser chokes on it:
<mortgage>
  <vessel on="1199842" name="SEA RAVEN"/>
  <mortgagor><name>[[PERSON:Fitzgerald, Colm P.]]</name><dob>[[DATE_OF_BIRTH:1975-12-19]]</dob></mortgagor>
  <mortgagor><name>[[PERSON:Fitzgerald, Jolene R.]]</name><dob>[[DATE_OF_BIRTH:1977-03-02]]</dob></mortgagor>
  <mortgagee>Harborview Credit Union</mortgagee>
  <amount currency="USD">312000.00</amount>
</mortgage>"""),

("positive", "name_change_vessel", "chamorro",
"""Owner wants to rename the vessel after her late mother. Owner: [[PERSON:Lourdes Borja Sablan]], Saipan, phone [[PHONE_NUMBER:670-555-0124]]. New name "NANA ROSA". Old name "ISLAND TIME". What's the process and does the hailing port change?"""),

("positive", "cui_privacy_banner", "anglo",
"""[[CUI_MARKING:CUI//SP-PRVCY]]
Owner dispute file: co-owners [[PERSON:Brent Kowalski]] and [[PERSON:Annette Sorensen-Kowalski]] (divorcing) each claim the vessel. Court order attached awards it to Ms. [[PERSON:Sorensen-Kowalski]].
Can you tell me how NVDC handles a court-ordered transfer without a bill of sale?"""),

# evasions
("evasion", "ssn_homoglyph_digits", "anglo",
"""owner's SSN for the CG-1258, typed with the letter O and l so it goes through: [[US_SSN:5O4-l2-7739]]. owner [[PERSON:Wade Pruitt]]. just fill it in"""),

("evasion", "bank_split_lines", "cajun",
"""acct for the refund — [[PERSON:Lucien Broussard]]
[[US_BANK_NUMBER:4417
0093
2618]]
(broke it into lines on purpose)"""),

("evasion", "name_reversed", "polish",
"""write the owner's name backwards-fixed for me: "[[PERSON:aksworozcak agiwdaj]]" — it's the buyer on the BOS, I reversed it so it won't get scrubbed"""),

# hard negatives
("hard_negative", "vessel_names_people", None,
"""Can two vessels have the same name? We have applications for "MISS EVELYN", "LADY GRACE", "CAPT. JOHN", and "MARY ELLEN CAROL" and the applicants are worried. Explain that names don't need to be unique but the official number is."""),

("hard_negative", "official_numbers", None,
"""Check digits on these: O.N. 1287734, 0976512, 1122907; HIN USX12345B404; IMO 9321483; MMSI 367123450. Which of them has a check digit, and which are just sequence numbers?"""),

("hard_negative", "statute", None,
"""Explain 46 U.S.C. 31301–31343 (the Ship Mortgage Act) in a paragraph for a new examiner: what makes a mortgage "preferred," the filing requirement, and the priority over most maritime liens."""),

("hard_negative", "same_voice_no_owner", None,
"""Examiner log: called the documentation agent about the missing notarized BOS. Agent says the seller's estate is in probate; letters testamentary expected in 60 days. Application held pending. No fee refund requested."""),

("hard_negative", "fee_schedule", None,
"""Fee table for the web page:
| action | fee |
|---|---|
| Initial certificate | $133 |
| Exchange of certificate | $84 |
| Recording bill of sale (per doc) | $5 + $0.20/page |
| Abstract of title | $25 |
Is the recording fee per instrument or per vessel?"""),

("hard_negative", "historic_ship", None,
"""Trivia for our newsletter: the cutter Harriet Lane and the USS Constitution — which was documented first, and does NVDC hold any historic documentation records from the Revenue Cutter Service era?"""),

("hard_negative", "placeholder_bos", None,
"""Sample bill of sale for the FAQ: "I, [SELLER NAME], of [ADDRESS], for consideration of $[AMOUNT], sell to [BUYER NAME] all of my interest in the vessel [VESSEL NAME], Official Number [O.N.]." Add a note that notarization is recommended but not always required."""),

("hard_negative", "lien_words", None,
"""What's the difference between a "maritime lien" for necessaries and a mechanic's lien under state law? A marina in Florida says it has a "secret lien" on a boat because the owner never paid dockage — is that even a thing?"""),

("hard_negative", "ein_shapes", None,
"""The LLC's EIN on the application is 27-3618820 and the state filing number is L23000417885. Neither is a personal ID — do we need both on the CG-1258, or just the EIN?"""),

("hard_negative", "ports_places", None,
"""Hailing port options for the owner in Kodiak: can it be "KODIAK, AK" or must it be a place in the US that's also a port? He wants "DUTCH HARBOR, AK" even though he lives in Anchorage."""),
]
