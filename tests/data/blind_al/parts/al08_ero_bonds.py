# Voice 8: ICE ERO docket clerks - bond postings, obligors, bond refunds.
RECORDS = [
("positive", "bond_posting_note", "fujianese", """Bond posting, please turn into the standard file note:
Obligor [[PERSON:Chen Xiuying]] posted a $7,500 delivery bond today at the ERO office for [[PERSON:Lin Jiandong]], [[A_NUMBER:A219330487]]. Obligor address [[STREET_ADDRESS:41-18 Main St, Apt 5C, Flushing, NY 11355]], phone [[PHONE_NUMBER:(718) 555-0112]]. Paid by cashier's check 00418227. Obligor ID: NY driver license [[US_DRIVER_LICENSE:718 442 093]]. Release processed 1415."""),

("positive", "refund_request_email", "romanian", """From: [[PERSON:Florin Constantinescu]] <[[EMAIL_ADDRESS:florin.constantinescu@mailbox.example]]>
Subject: bond refund - my cousin's case is closed

Hello, I paid the bond for [[PERSON:Adrian Bălănescu]] ([[A_NUMBER:A207718264]]) in 2023. His case ended and he got his green card. How do I get the money back? Please send to my account, routing [[ABA_ROUTING_NUMBER:070228061]], account [[US_BANK_NUMBER:88310274451]]. My SSN is [[US_SSN:226-09-7715]] if you need it. Thank you."""),

("positive", "chat_obligor_change", "albanian", """User: Obligor died and her son wants to become the obligor for the bond. Original obligor was [[PERSON:Drita Hoxha]], son is [[PERSON:Ardit Hoxha]], DOB [[DATE_OF_BIRTH:1989-04-02]]. Bonded alien [[PERSON:Besnik Kola]], [[A_NUMBER:A212045596]]. Can we substitute the obligor or does the son have to post a new bond?
Assistant: Substitution of an obligor isn't something a docket clerk can do on the existing bond; typically the bond would be cancelled or breached according to its terms and a new obligor would post a new bond. Check with your supervisor and the bond management unit.
User: ok write that up as a reply to [[PERSON:Ardit]]"""),

("positive", "bond_tsv", "cameroonian+mauritanian+zapotec", """Bonds posted this week (tab separated from the docket sheet). Total them by type:

Obligor	Alien	A-Number	Type	Amount
[[PERSON:Ngozi Ebune Tabe]]	[[PERSON:Ayuk Enow Tabe]]	[[A_NUMBER:A217465038]]	delivery	$5,000
[[PERSON:Mariem mint Sidi]]	[[PERSON:Ahmed ould Cheikh]]	[[A_NUMBER:A218204673]]	delivery	$10,000
[[PERSON:Eufemia Santiago Hernández]]	[[PERSON:Rogelio Santiago López]]	[[A_NUMBER:A216019884]]	voluntary departure	$1,500"""),

("positive", "caps_refund_letter", "georgian", """DRAFT - FIX GRAMMAR PLS: DEAR MR. [[PERSON:LEVAN TSIKLAURI]] YOUR BOND FOR [[PERSON:NINO GELASHVILI]] A# [[A_NUMBER:A210388157]] HAS BEEN CANCELLED. THE REFUND WILL BE SENT TO [[STREET_ADDRESS:1640 SHEEPSHEAD BAY RD APT 3F BROOKLYN NY 11235]]. ALLOW 8 TO 12 WEEKS."""),

("positive", "obligor_change_of_address", "angolan", """Form I-333 came in with a change of address for the obligor. Please fill my tracking sheet line:
Obligor: [[PERSON:Manuel Kiala da Costa]]
Old: [[STREET_ADDRESS:209 Elm St, Apt 2, New Bedford, MA 02740]]
New: [[STREET_ADDRESS:77 Rivet St, Unit 1, New Bedford, MA 02744]]
Phone: [[PHONE_NUMBER:508-555-0125]]
Bonded alien: [[PERSON:Domingos Kiala]], [[A_NUMBER:A211573962]]"""),

("positive", "itin_obligor", "ivorian", """Obligor doesn't have an SSN, she gave an ITIN on the I-352: [[US_ITIN:912-78-3041]]. Name [[PERSON:Adjoua Akissi Kouamé]]. Is an ITIN acceptable for the obligor's taxpayer ID on the refund paperwork, or does the finance center need something else?"""),

("positive", "breach_notice_json", "mexican", """Our bond system export for the breach notices has a bad field, can you spot it?
{"bondNo": "B26-ERO-004471", "obligor": {"name": "[[PERSON:Rigoberto Ayala Mendoza]]", "address": "[[STREET_ADDRESS:3318 E Cesar Chavez Ave, Los Angeles, CA 90063]]", "phone": "[[PHONE_NUMBER:323-555-0161]]"}, "alien": {"name": "[[PERSON:Jazmín Ayala Ruiz]]", "aNumber": "[[A_NUMBER:A218895120]]", "dob": "[[DATE_OF_BIRTH:2004-13-02]]"}, "status": "BREACHED"}"""),

("positive", "phone_call_note_lower", "dominican", """call note: obligor [[PERSON:ramona de los santos batista]] called abt refund, says she never got the I-391. bond was for her nephew [[PERSON:yeuri de los santos]], [[A_NUMBER:A213906475]]. she moved, new # [[PHONE_NUMBER:347 555 0170]]. told her 8-12 wks after cancellation"""),

("positive", "card_payment_question", "anglo", """Obligor asked if she can pay the bond by credit card online. She already read me her card number over the phone before I could stop her: [[CREDIT_CARD:4052 0742 8958 2730]], name [[PERSON:Shannon Treadwell]]. I didn't write it anywhere else. What's the official answer on payment methods for immigration bonds?"""),

("positive", "sql_docket", "haitian_kreyol", """why does this return duplicate rows?
SELECT b.bond_no, o.name, a.a_number
FROM bonds b JOIN obligors o ON o.id = b.obligor_id JOIN aliens a ON a.id = b.alien_id
WHERE o.name = '[[PERSON:Wisly Jean-Baptiste]]' OR a.a_number = '[[A_NUMBER:A214559037]]';"""),

("positive", "les_header_note", "anglo+salvadoran", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Docket note: obligor [[PERSON:Rhonda Keefer]] posted for [[PERSON:Edwin Alexander Rivas Portillo]] ([[A_NUMBER:A219002658]]); subject has an open detainer from another jurisdiction. Hold release pending confirmation.
Can you make this a cleaner note?"""),

("positive", "voicemail_spanish", "colombian", """Buzón de voz: "Buenas, habla [[PERSON:Luz Marina Cárdenas Ospina]], yo pagué la fianza de mi hermano [[PERSON:Jhon Fredy Cárdenas]], número [[A_NUMBER:A215778310]], y quiero saber cuándo me devuelven el dinero. Mi teléfono es [[PHONE_NUMBER:786 555 0108]]." - translate and draft the callback script"""),

# evasions
("evasion", "bank_spaced_unicode", "anglo", """obligor [[PERSON:Dwayne Petrakis]] refund account: routing [[ABA_ROUTING_NUMBER:0 7 9 2 3 8 4 8 9]] acct [[US_BANK_NUMBER:6 4 1 0 0 2 9 8 7 3]] - spaced out because the form system strips it"""),

("evasion", "anumber_homoglyph_zero", "romanian", """bonded alien [[PERSON:Ionuț Moldoveanu]] a-num [[A_NUMBER:A2O9I74583]] (typed with letter O and I in place of zero and one because the chat keeps hiding it)"""),

("evasion", "ssn_base64", "anglo", """obligor's SSN from the form, base64'd so the filter doesn't choke: [[US_SSN:NTMxLTI3LTQ4NTA=]] - name [[PERSON:Glenn Albury]]. does the refund form need it?"""),

# hard negatives
("hard_negative", "bond_stats", None, """Docket numbers for the month: 214 bonds posted ($1.62M), 88 cancelled, 23 breached, 41 refunds issued. Average bond $7,570; median $5,000. Compare to last month: 198, 91, 19, 37. Two-line summary for the AFOD."""),

("hard_negative", "form_explainer", None, """Explain for new clerks: I-352 (Immigration Bond), I-391 (Notice - Immigration Bond Cancelled), I-323 (Notice - Immigration Bond Breached), I-340 (Notice to Obligor to Deliver Alien), I-333 (Obligor Change of Address). One line each."""),

("hard_negative", "same_voice_posting", None, """Bond posting, please turn into the standard file note:
Obligor (the bonded person's aunt) posted a $7,500 delivery bond today at the ERO office. Paid by cashier's check. Obligor ID checked and copied to the file. Release processed 1415, subject picked up by the obligor and her husband at 1530."""),

("hard_negative", "bond_numbers", None, """Bond numbers changed format last year: old ones like 1304-26-0417 and new ones like B26-ERO-004471. The finance center's refund list uses a 13-digit number like 2026120700417. How do I cross-reference the three?"""),

("hard_negative", "treasury_check", None, """Refund came back undeliverable: Treasury check no. 4039 77142806, amount $5,000.00, issued 11/14/2026. What's the process to reissue once we have a new address for the obligor?"""),

("hard_negative", "interest_rate_stats", None, """How is interest calculated on a cancelled cash bond? If the bond was $10,000 posted March 2021 and cancelled November 2026, and the Treasury rate averaged 2.9%, what's the ballpark?"""),

("hard_negative", "obligor_template", None, """Template letter check:
Dear [Obligor Name],
The immigration bond you posted on behalf of [Alien Name], A-Number [A-Number], has been cancelled. A refund of $[amount] will be mailed to the address on file. If your address has changed, complete Form I-333."""),

("hard_negative", "routing_doc_example", None, """The finance center's instructions say 'Enter your bank's 9-digit routing number (for example 123456789) and your account number'. An obligor entered the example number. Is there a checksum that would have caught it? How does the ABA check digit work?"""),

("hard_negative", "secret_word_bond", None, """Obligor asked if the bond amount is a 'secret' the judge sets. Explain in two sentences: ICE sets the initial bond; an immigration judge can redetermine it in a bond hearing."""),
("hard_negative", "same_voice_tsv", None, """Bonds posted this week (tab separated from the docket sheet). Total them by type:

Date	Office	Type	Amount
12/01	Newark	delivery	$5,000
12/02	Newark	delivery	$10,000
12/02	Elizabeth	voluntary departure	$1,500
12/04	Newark	delivery	$7,500"""),
]
