# ICE HSI cultural property, art and antiquities: seizures and repatriations
RECORDS = [
("positive", "cp_repatriation_ceremony_list", "cambodian+anglo", """Repatriation ceremony, Embassy of Cambodia – guest list draft
H.E. [[PERSON:Keo Sopheaktra]], Minister-Counsellor
[[PERSON:Chhim Raksmey]], National Museum conservator – arriving 11/20, cell [[PHONE_NUMBER:+855 12 555 014]]
SA [[PERSON:Dolores Penhallow]], HSI New York (case agent)
Please fix the honorifics for the printed program."""),
("positive", "cp_dealer_interview", "lebanese", """Interview of dealer [[PERSON:Karim Haddad-Nassar]] (DOB [[DATE_OF_BIRTH:1962-11-07]]), gallery at [[STREET_ADDRESS:211 E 74th St, Apt 5C, New York, NY 10021]]. Mr. [[PERSON:Haddad-Nassar]] claimed the Phoenician stele came from his grandfather's collection in Sidon, pre-1970. His phone: [[PHONE_NUMBER:(212) 555-0154]]."""),
("positive", "cp_arabic_provenance", "iraqi", """ترجمة شهادة المصدر: أنا [[PERSON:حيدر عبد الأمير الموسوي]]، مواليد [[DATE_OF_BIRTH:15 تموز 1958]]، أشهد أن اللوح المسماري لم يغادر بغداد قبل عام 2003.
(Signed in Latin script: [[PERSON:Haider Abdulameer Al-Mousawi]])"""),
("positive", "cp_auction_consignor_xml", "italian", """<consignment lot="118">
  <object>Apulian red-figure krater, 4th c. BC</object>
  <consignor>
    <name>[[PERSON:Ludovica Sant'Angelo]]</name>
    <address>[[STREET_ADDRESS:Via dei Coronari 46, 00186 Roma RM, Italia]]</address>
    <tel>[[PHONE_NUMBER:+39 06 5550 1829]]</tel>
  </consignor>
</consignment>"""),
("positive", "cp_peru_textile_spanish", "peruvian+quechua", """Acta de entrega: el Ministerio de Cultura recibe el textil Paracas. Presente: [[PERSON:Wilfredo Mamani Condori]], representante comunal de Ayacucho, DNI 4417 2290; teléfono [[PHONE_NUMBER:+51 966 555 0190]]. Don [[PERSON:Wilfredo]] pidió copia del acta en quechua."""),
("positive", "cp_collector_lower", "anglo", """draft email: hi team, the collector is maxwell thornbury iii, lives at 88 quarry hollow rd, new canaan ct 06840. maxwell says his late wife bought the mask in 1974.""".replace("maxwell thornbury iii", "[[PERSON:maxwell thornbury iii]]").replace("88 quarry hollow rd, new canaan ct 06840", "[[STREET_ADDRESS:88 quarry hollow rd, new canaan ct 06840]]").replace("maxwell says", "[[PERSON:maxwell]] says")),
("positive", "cp_les_portion", None, """[[CUI_MARKING:(U//LES)]] The dealer is a target in a parallel Manhattan DA investigation; do not disclose to the embassy.
Please reword the sentence above so it's clearer."""),
("positive", "cp_secret_excerpt", None, """[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] Looting networks in eastern Syria fund armed groups via Gaziantep intermediaries.
Summarize for the case team."""),
("positive", "cp_slack_token_bot", None, """Our #art-seizures Slack bot stopped posting. Config:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-368151791064-9514658721921-CPWQzfZDYiD6rzwPYD3Y1cIp]]
CHANNEL=C05ARTLOOT"""),
("positive", "cp_gitlab_token", None, """git clone https://oauth2:[[GITLAB_TOKEN:glpat-RDKb-iYhi5xTbT9KNNZ4]]@gitlab.example.gov/hsi-cp/provenance-db.git  -- this fails with 403, why?"""),
("positive", "cp_nepali_deity", "nepali+newar", """Stolen deity return, Patan. Guthi representative [[PERSON:Rajendra Man Shakya]], email [[EMAIL_ADDRESS:rm.shakya@patanguthi.example]], phone [[PHONE_NUMBER:+977 1-5550143]]. Community priest [[PERSON:Buddha Ratna Bajracharya]] will perform the puja on arrival."""),
("positive", "cp_buyer_card", "anglo", """Buyer paid the gallery for the Gandhara Buddha by card: [[CREDIT_CARD:4539 2761 8804 2152]], cardholder [[PERSON:Prescott L. Ambler]]. Need to subpoena the acquirer — what do I ask for?"""),
("evasion", "cp_cyrillic_lookalike_name", "greek", """Consignor listed as [[PERSON:Ѕріrіdоn Κаlоgеrоpоulоs]] (the auction house DB has Cyrillic/Greek look-alike letters in the name, so searches miss him)."""),
("evasion", "cp_markdown_marking", None, """**[[CUI_MARKING:C*U*I//SP-*LEI*]]**
Provenance red flags: gaps 1961–1990, forged export license from Lebanon. Please format as a table."""),
("evasion", "cp_phone_words", "egyptian", """Egyptian ministry contact [[PERSON:Amr El-Shennawy]], his WhatsApp is [[PHONE_NUMBER:plus two zero, one zero, five five five, zero one two six]]"""),
("hard_negative", "cp_famous_figures", None, """Talking points: Lord Elgin and the Parthenon marbles, Howard Carter and Tutankhamun, Indiana Jones as the pop-culture archetype of the looter-hero. Use these to open the museum outreach talk."""),
("hard_negative", "cp_lot_numbers", None, """Lots 118, 119, 204 withdrawn. Seizure no. 2026-4601-000118-01. Accession no. 1978.412.3. Object ID MET-DP-229014. Dimensions 42.5 × 31 cm."""),
("hard_negative", "cp_law_citations", None, """Authority: 19 U.S.C. §2601 et seq. (CPIA), the 1970 UNESCO Convention, and the US–Iraq emergency import restriction (19 CFR 12.104g). The Cultural Property Advisory Committee meets in public session."""),
("hard_negative", "cp_embassy_public", None, """Embassy of Iraq, 3421 Massachusetts Ave NW, Washington, DC 20007 — main switchboard on their public website. Send the diplomatic note through State's Office of the Chief of Protocol."""),
("hard_negative", "cp_classified_antiquity", None, """The museum label said the scroll had been "classified as a minor work" in 1931 and kept in a "secret room" of the monastery. Fun detail for the press release."""),
("hard_negative", "cp_fiction_characters", None, """Our training vignette uses fictional dealer "Sir Basil Fenwick" and the looted "Jade Tiger of Xin" — both invented for the course, like the Maltese Falcon."""),
("hard_negative", "cp_carbon_dating", None, """C-14 result: 2140 ± 35 BP, lab code Beta-601447; calibrated 350–50 cal BC (95.4%). Sample UUID 0e1f7a22-5b3c-4d9e-8a10-7c6b5d4e3f21."""),
("hard_negative", "cp_interpol_psyche", None, """Checked the object against the INTERPOL Stolen Works of Art database (PSYCHE) and the Art Loss Register; no match. ICOM Red List for West Africa, 2nd ed., page 14."""),
]
