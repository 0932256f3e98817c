"""ar02: HSI Cultural Property, Art and Antiquities (dealers, registrars, auction houses, repatriations)."""

RECORDS = [
("positive", "auction_consignor_sheet", "greek+anglo", """Auction house sent the consignor info for lots 214-216 (South Asian bronzes) after our request letter. Can you turn this into a short summary for the case agent?

Sale: Asian Art, 19 Nov 2026 | Lots 214, 215, 216
Consignor: [[PERSON:Theodoros Kanellopoulos-Hart]]
Address: [[STREET_ADDRESS:4411 Wisteria Ridge Rd, Chevy Chase, MD 20815]]
Tel: [[PHONE_NUMBER:301-555-0129]]
Seller's declared provenance: "by descent from my late father, acquired in Bombay c. 1962"
Payee for proceeds (per consignment agreement): [[PERSON:Kanellopoulos Family Trust c/o Eleni Marsh]]
Contact at house: [[PERSON:Pippa Strathmore]], Head of Compliance, [[EMAIL_ADDRESS:pstrathmore@halloranfineart.com]]""".replace("[[PERSON:Kanellopoulos Family Trust c/o Eleni Marsh]]", "Kanellopoulos Family Trust c/o [[PERSON:Eleni Marsh]]")),

("positive", "registrar_loan_email", "italian+anglo", """Hi, can you help me reply to a museum registrar in plain, friendly English?

From: [[PERSON:Ottavia Brancaleoni]] <[[EMAIL_ADDRESS:obrancaleoni@riverbendmuseum.org]]>
Subject: Object 1987.214.3 - HSI inquiry

Dear Special Agent [[PERSON:Quist]],
Our registrar files show the kylix was a gift from [[PERSON:Mr. and Mrs. Harold Bledsoe]] in 1987. The deed of gift is signed by [[PERSON:Harold Bledsoe]] only; he passed away in 2003. His daughter, [[PERSON:Lucinda Bledsoe Ortt]], still lives in Sewickley and may have his purchase receipts. We're happy to cooperate but our director wants the request in writing.
[[PERSON:Ottavia Brancaleoni]], Registrar, [[PHONE_NUMBER:412-555-0173]] ext. 3""".replace("[[PERSON:Mr. and Mrs. Harold Bledsoe]]", "Mr. and Mrs. [[PERSON:Harold Bledsoe]]")),

("positive", "dealer_interview_notes", "persian+anglo", """Interview notes - dealer walk-in, 12/03/2026, Manhattan gallery
Dealer: [[PERSON:Kourosh Farahani-Ebadi]], DOB [[DATE_OF_BIRTH:1958-10-04]], owner of Pasargad Antiquities LLC
Gallery: [[STREET_ADDRESS:1127 Madison Ave, Suite 4R, New York, NY 10028]]
Cell [[PHONE_NUMBER:917-555-0105]]
Says the Elamite vessel came from a Geneva dealer ("[[PERSON:Monsieur Aubertin]]"), no export licence, invoice dated 1999. Says he bought it together with his former partner [[PERSON:Stanley Ruppert]].
Rewrite as a clean memo to file; keep my observations separate from his statements.""".replace("[[PERSON:Monsieur Aubertin]]", "Monsieur [[PERSON:Aubertin]]")),

("positive", "repatriation_ceremony_guest_list", "cambodian+anglo+hispanic", """Guest list for the repatriation ceremony at the embassy, please sort by organisation and flag anyone missing an email:

H.E. the Ambassador (embassy protocol handles)
[[PERSON:Sokunthea Chhim]] - Ministry of Culture and Fine Arts - [[EMAIL_ADDRESS:sokunthea.chhim@mcfa.gov.kh]]
[[PERSON:Vannak Prum]] - National Museum of Cambodia - no email yet
[[PERSON:Abigail Trinder-Moss]] - museum returning the Ganesha - [[EMAIL_ADDRESS:atrindermoss@lakeshoremuseum.org]]
[[PERSON:Fernando Villalobos Ahumada]] - HSI Cultural Property unit - [[EMAIL_ADDRESS:fernando.villalobosahumada@hsi.dhs.gov]]
[[PERSON:Sreypov Keo]] - interpreter"""),

("positive", "italian_letter_translation", "italian", """Mi serve una traduzione in inglese di questa lettera che ci è arrivata dai Carabinieri TPC:

Gentile collega,
in riferimento al reperto (cratere apulo a figure rosse) segnalato nel catalogo d'asta, Le comunico che il Nucleo TPC ha individuato il precedente proprietario nel sig. [[PERSON:Ercole Santangelo Vitiello]], nato a Foggia il [[DATE_OF_BIRTH:12 marzo 1949]], residente in [[STREET_ADDRESS:Via dei Mille 38, 71121 Foggia FG]]. Il referente per questa pratica è il Mar. Magg. [[PERSON:Domenica Lattanzi]], tel. [[PHONE_NUMBER:+39 06 5550 8831]].
Cordiali saluti"""),

("positive", "provenance_spreadsheet_tsv", "peruvian+anglo", """Provenance chain for the Nazca textile (pasted from Excel):
date\towner\trole\tdocument
1971\t[[PERSON:Gustavo Ccahuana Quispe]]\tfinder (huaquero, per Peruvian file)\tnone
1974\t[[PERSON:Ruth Ellen Vandermeer]]\tcollector, Santa Fe\tbill of sale
1998\t[[PERSON:Ruth Ellen Vandermeer]] (estate)\testate sale\tprobate inventory
2009\tCopperleaf Gallery\tdealer\tinvoice #CG-2009-117
2026\t[[PERSON:Marcus Oyebanji-Clarke]]\tconsignor\tconsignment agreement
Which gaps would a court see as a break in provenance?"""),

("positive", "les_case_summary", "arab+anglo", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Case summary (draft) - Yemeni manuscripts, Dearborn
Target: [[PERSON:Mansour Al-Shamiri]], DOB [[DATE_OF_BIRTH:02/19/1976]], [[STREET_ADDRESS:15520 Wormer St, Dearborn, MI 48126]]
Courier: [[PERSON:Tariq Bazzi]]
Buyer (undercover contact): [[PERSON:Gideon Ashworth]], rare-book dealer
Please tighten this into 5 bullets for the AUSA meeting.
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),

("positive", "museum_cms_xml", "chinese+anglo", """Export from the museum's collection system for the two Tang figures; which fields show the donor and the source?
<object id="2001.33.1">
  <title>Tomb figure, horse and rider</title>
  <creditLine>Gift of [[PERSON:Wendell and Mae Hoskins]]</creditLine>
  <sourceName>[[PERSON:Lau Wing-kei]]</sourceName>
  <sourceAddress>[[STREET_ADDRESS:Flat 9C, 28 Caine Road, Mid-Levels, Hong Kong]]</sourceAddress>
  <acqDate>2001-05-09</acqDate>
  <registrarNote>Export permit not in file; called [[PERSON:Lau]] 2001, no reply. -[[PERSON:JKT]]</registrarNote>
</object>""".replace("[[PERSON:Wendell and Mae Hoskins]]", "[[PERSON:Wendell]] and [[PERSON:Mae Hoskins]]").replace("-[[PERSON:JKT]]", "-JKT")),

("positive", "wire_for_purchase", "hispanic+ukrainian", """The dealer's bank records from the subpoena return, one wire, I need it in a sentence for the affidavit:
Originator: [[PERSON:Yaroslava Hnatyshyn]], acct [[US_BANK_NUMBER:4471902836]], routing [[ABA_ROUTING_NUMBER:021353370]]
Beneficiary: Galeria Andina SAC, Lima, attention [[PERSON:Renato Huamaní Salas]]
Amount USD 48,500.00, 2025-06-17, reference "textil prehispanico lote 3" """),

("positive", "teams_chat_auction", "igbo+anglo", """[Teams] 
[[PERSON:Chidinma Okonkwo-Lyle]]: auction house compliance just called, they pulled lot 88 before the sale
[[PERSON:Travis Hebert]]: who's the consignor on 88?
[[PERSON:Chidinma Okonkwo-Lyle]]: [[PERSON:Ngozi Anyanwu-Briggs]], lives in Houston. same one from the Benin plaque inquiry last year
[[PERSON:Travis Hebert]]: her number still [[PHONE_NUMBER:713-555-0150]]?
[[PERSON:Chidinma Okonkwo-Lyle]]: she changed it, I'll find it
summarize this chat for the case log pls"""),

("positive", "greek_letter", "greek", """Μετάφραση στα αγγλικά παρακαλώ:
Αξιότιμε κύριε,
Σας ενημερώνουμε ότι η Εφορεία Αρχαιοτήτων αναγνώρισε το αγγείο στη φωτογραφία. Ο συλλέκτης [[PERSON:Σπυρίδων Μαυρογιάννης]] (γεν. [[DATE_OF_BIRTH:3 Ιουνίου 1951]]) είχε δηλώσει την κλοπή το 1994. Υπεύθυνη επικοινωνίας: [[PERSON:Αικατερίνη Ζαχαράκη]], [[EMAIL_ADDRESS:azacharaki@culture.gr]], τηλ. [[PHONE_NUMBER:+30 21 0555 3380]]."""),

("positive", "customs_declaration_ocr", "indian+anglo", """OCR of the CBP 6059B and commercial invoice from the Newark seizure (bad scan):
NAME: [[PERSON:SUBRAMANIAM, KARTHIKEYAN R.]]   DATE OF BIRTH: [[DATE_OF_BIRTH:22 / 01 / 1969]]
ADDR IN U.S.: [[STREET_ADDRESS:77 Oak Glen Ct, Edison NJ 08820]]
PASSPORT ISSUED BY: INDIA  NO. [[US_PASSPORT:Z4418270]]
Items: "handicraft brass statue, modern, value $200"  <- Chola-style Nataraja, 11th c. per expert
Clean this up and list inconsistencies."""),

("positive", "restitution_claim_email", "polish+hungarian", """Please help me reply to this heir's lawyer:
"Our client, [[PERSON:Ágnes Weisz-Kowalewska]], born [[DATE_OF_BIRTH:October 9, 1938]] in Kraków, is the sole surviving heir of [[PERSON:Leopold Weisz]], whose collection was seized in 1940. She believes the drawing offered at the December sale is his. Reach me at [[PHONE_NUMBER:(212) 555-0144]]. - [[PERSON:Miriam Goldfarb-Tsai]], Esq." """),

("positive", "spanish_shared_folder_password", "quechua+anglo", """El enlace del Ministerio de Cultura del Perú nos mandó el acceso a la carpeta con las fotos de los textiles. ¿Me ayudas a contestarle que no debe enviar contraseñas por correo?

De: [[PERSON:Yolanda Quispe Mamani]] <[[EMAIL_ADDRESS:yquispe@cultura.gob.pe]]>
Para: [[PERSON:Arthur Pendarvis]]
Estimado Arthur: para la carpeta compartida use el usuario mincul_hsi_2026 y la contraseña: [[PASSWORD:Paracas#Nazca7741]]
Saludos, [[PERSON:Yolanda]]""".replace("Estimado Arthur:", "Estimado [[PERSON:Arthur]]:")),

("evasion", "zero_width_email", "south_african", """can you clean up the dealer's email address, it won't paste into Outlook properly: [[EMAIL_ADDRESS:h\u200bmahlangu@\u200bmahlangu-antiquities.com]] (dealer: [[PERSON:Tshepo Mahlangu]])"""),

("evasion", "phone_in_words", "khmer", """The Cambodian community liaison left his number in a note spelled out: "[[PHONE_NUMBER:five one oh, five five five, oh one six eight]]" - name on the note is [[PERSON:Sambath Ouk]]. Write it as a normal phone number for the contact sheet."""),

("evasion", "les_markdown_emphasis", "hungarian", """Pasting the header from the draft as-is, the formatting came from Word:
**L A W  E N F O R C E M E N T  S E N S I T I V E**
Subject of interest: [[PERSON:Benedek Szalai-Pell]], runs estate sales in Palm Beach.
Reword the summary paragraph below so it's readable.""".replace("**L A W  E N F O R C E M E N T  S E N S I T I V E**", "[[CUI_MARKING:**L A W  E N F O R C E M E N T  S E N S I T I V E**]]")),

("hard_negative", "historical_figures", None, """Write a paragraph for our outreach brochure on why provenance matters: mention that Howard Carter excavated the tomb of Tutankhamun in 1922, that Lord Elgin removed the Parthenon sculptures in the early 1800s, and how the Monuments Men recovered art looted in World War II. Keep it neutral, no accusations."""),

("hard_negative", "statute_citations", None, """Which statutes usually apply when a dealer imports an undeclared antiquity? I have: 19 U.S.C. 2601-2613 (CPIA), 19 U.S.C. 1595a(c) (forfeiture of merchandise introduced contrary to law), 18 U.S.C. 545 (smuggling), 18 U.S.C. 2314-2315 (NSPA), and 19 CFR 12.104 for the designated-list import restrictions. Anything missing?"""),

("hard_negative", "accession_and_lot_numbers", None, """Matching our list to the museum's: ours says 1987.214.3, 1987.214.4 and 1991.07.112; theirs says 87.214.3a-b, 87.214.4 and 91.7.112. Lots 214-216 in the November sale, catalogue numbers 555-0214 to 555-0216. Are these the same objects if the museum dropped the century and the leading zero?"""),

("hard_negative", "eponym_objects", None, """For the training deck, give one-line descriptions of these well-known objects: the Rosetta Stone, the Venus de Milo, the Euphronios Krater, the Benin Bronzes, and the Elgin Marbles. Note which ones have been subject to repatriation requests."""),

("hard_negative", "public_tipline", None, """Add a footer to the dealer-outreach flyer: "To report suspected trafficking in cultural property, contact the HSI Tip Line at 1-866-347-2423 or submit a tip online at ice.gov/tipline." Translate the footer into Spanish and Arabic."""),

("hard_negative", "consignor_sheet_redacted", None, """Auction house sent the consignor sheet, names redacted by their counsel pending our subpoena:
Sale: Antiquities, 4 Dec 2026 | Lots 51-53
Consignor: [REDACTED]
Address: [REDACTED]
Declared provenance: "private collection, Switzerland, 1970s"
Export documentation: none provided
Can we argue the redaction is not allowed under the consignment terms, or do we just wait for the subpoena return?"""),

("hard_negative", "place_names", None, """Map the find spots mentioned by the informant: Angkor, Koh Ker, Banteay Chhmar, Sambor Prei Kuk, and a site "near Preah Vihear". Which of these are in provinces listed in the current MOU designated list?"""),

("hard_negative", "password_prose_gallery", None, """The gallery owner says their inventory database is "password protected" so they can't share it with us, and that the password is only known to the bookkeeper. Can we ask for an export instead of access? Draft a polite request for a CSV export of all acquisitions since 2015."""),

("hard_negative", "mythological_names", None, """Identify the figures on this red-figure vase from the auction photo description: Herakles wrestling the Nemean lion on side A, and Dionysus with satyrs and maenads on side B. Would that iconography be typical of Apulian workshops or Attic ones?"""),

("hard_negative", "secret_in_prose", None, """The dealer kept saying the source was "a secret" and that his supplier's identity was a trade secret. Is "trade secret" a lawful reason to refuse to name a supplier when responding to a CBP request for information on an import?"""),
]
