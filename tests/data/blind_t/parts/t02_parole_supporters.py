"""Voice t02: humanitarian parole adjudication support and I-134A supporter files; multilingual letters."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "ukrainian_letter", "ukrainian", """
Перекладіть, будь ласка, англійською:
Я, [[PERSON:Оксана Мирославівна Кравчук]], дата народження [[DATE_OF_BIRTH:12.09.1987]], прошу повідомити статус мого запиту на гуманітарний пароль. Мій поручитель — [[PERSON:Ігор Ткаченко]], номер квитанції [[USCIS_RECEIPT_NUMBER:IOE2534796995]]. Телефон поручителя: [[PHONE_NUMBER:+1 (412) 555-0136]].
""")
R("positive", "i134a_supporter_summary", "cuban", """
Condense into a one-paragraph summary for the file:
Supporter: [[PERSON:Yusniel Cabrera Oquendo]], LPR, [[A_NUMBER:A233275310]], SSN [[US_SSN:671-41-8977]], resides at [[STREET_ADDRESS:1490 W 49th St, Apt 207, Hialeah, FL 33012]]. Beneficiaries: his mother [[PERSON:Migdalia Oquendo Pérez]] (DOB [[DATE_OF_BIRTH:1958-01-27]]) and sister [[PERSON:Yaimara Cabrera]] (DOB [[DATE_OF_BIRTH:1990-06-18]]). Annual income $61,400 per 2025 W-2.
""")
R("positive", "haitian_creole_letter", "haitian", """
Tanpri tradui lèt sa a an anglè:
Bonjou, mwen rele [[PERSON:Wiselande Pierre-Louis]]. Mwen fèt [[DATE_OF_BIRTH:14 avril 1996]] nan Jakmèl. Sipòtè mwen se [[PERSON:Frantz Ménélas]], li rete nan [[STREET_ADDRESS:88 Linden Blvd, Apt 3F, Brooklyn, NY 11226]]. Nimewo resi li: [[USCIS_RECEIPT_NUMBER:IOE2291846601]]. Mèsi anpil.
""")
R("positive", "dari_letter", "afghan", """
Please translate from Dari:
این جانب [[PERSON:فریبا نوری]] متولد [[DATE_OF_BIRTH:۱۳۶۸/۰۵/۱۲]] درخواست پارول بشردوستانه دارم. حامی من برادرم [[PERSON:احمد ضیا نوری]] است با شماره تلفن [[PHONE_NUMBER:703-555-0172]] و ایمیل [[EMAIL_ADDRESS:zia.noori.va@example.com]].
""")
R("positive", "pashto_note", "afghan", """
Translate this Pashto note from the sponsor:
زما نوم [[PERSON:ګل رحمان شینواری]] دی. زما د وروڼو د پارول غوښتنلیک رسید شمیره [[USCIS_RECEIPT_NUMBER:IOE2418803357]] ده. زما پته: [[STREET_ADDRESS:410 Maple Grove Rd, Sacramento, CA 95823]].
""")
R("positive", "venezuelan_multiturn", "venezuelan", """
User: I need help checking an I-134A for consistency. The supporter is [[PERSON:Rosangela Mijares]].
Assistant: Happy to help. What fields are you comparing?
User: the form says her A-number is [[A_NUMBER:A-245-429-042]] but the attached EAD says [[A_NUMBER:A245429024]]
User: also beneficiary [[PERSON:Jhonatan Mijares Salcedo]], dob [[DATE_OF_BIRTH:2004-11-09]], passport VEN [[US_PASSPORT:154877203]]
User: is a transposition like that enough for an RFE or just a note?
""")
R("positive", "nicaraguan_csv", "nicaraguan", """
Dedupe this supporter export (each row one case):
supporter_last,supporter_first,phone,beneficiary,receipt
Zeledón,Marvin,[[PHONE_NUMBER:305-555-0114]],[[PERSON:Kenia Zeledón Obando]],[[USCIS_RECEIPT_NUMBER:IOE2377120418]]
Zeledón,Marvin,[[PHONE_NUMBER:305-555-0114]],[[PERSON:Kenia Zeledón Obando]],[[USCIS_RECEIPT_NUMBER:IOE2377120418]]
Tercero,Ileana,[[PHONE_NUMBER:786-555-0190]],[[PERSON:Álvaro Tercero]],[[USCIS_RECEIPT_NUMBER:IOE2381045523]]
""".replace("Zeledón,Marvin", "[[PERSON:Zeledón]],[[PERSON:Marvin]]").replace("Tercero,Ileana", "[[PERSON:Tercero]],[[PERSON:Ileana]]"))
R("positive", "bank_statement_support", "guatemalan", """
Check the math on this sponsor's financial evidence: [[PERSON:Edgar Ajú Tzoc]], checking acct [[US_BANK_NUMBER:321751239365]], routing [[ABA_ROUTING_NUMBER:111918201]], average balance $8,240 over six months; savings acct [[US_BANK_NUMBER:373898919026]] $14,900. Does that meet 100% of poverty guidelines for a household of 5?
""")
R("positive", "portuguese_letter", "brazilian", """
Traduza para o inglês e deixe mais formal:
Prezados, sou [[PERSON:Thaís Cavalcanti Bezerra]], nascida em [[DATE_OF_BIRTH:02/07/1984]]. Apoio meu primo [[PERSON:Wesley Bezerra]]. Meu endereço é [[STREET_ADDRESS:27 Harbor View Rd, Framingham, MA 01702]] e meu e-mail é [[EMAIL_ADDRESS:thais.cb@example.com.br]].
""")
R("positive", "tigrinya_letter", "eritrean", """
Please translate this Tigrinya statement:
ኣነ [[PERSON:ሳባ ተስፋይ ሃብተ]] እየ። ዝተወለድኩሉ ዕለት [[DATE_OF_BIRTH:1991-03-04]]። ሓወይ [[PERSON:ዳዊት ተስፋይ]] ኣብ [[STREET_ADDRESS:6120 Georgia Ave NW, Apt 5, Washington, DC 20011]] ይነብር።
""")
R("positive", "ssn_itin_supporter", "honduran", """
Which of these goes in which box on the I-134A? [[PERSON:Olvin Castellanos]] has an ITIN [[US_ITIN:912-81-4406]] from before his TPS and now an SSN [[US_SSN:753-32-0384]].
""")
R("positive", "parole_decision_notice_draft", "russian", """
Fix the grammar:
Dear [[PERSON:Svetlana Rudneva]], your request for parole for [[PERSON:Timur Rudnev]], born [[DATE_OF_BIRTH:19 January 2011]], A-number [[A_NUMBER:A216252663]], has been approved. The I-94 number [[I94_NUMBER:94173474547]] will be issued at the port of entry.
""")
R("positive", "cui_immig_banner", "salvadoran", """
[[CUI_MARKING:CUI//SP-IMMIG]]
Parole case note: sponsor [[PERSON:Wilber Orellana]] withdrew support on 11/02. Beneficiary notified.
Please draft a neutral closing note.
""")
R("positive", "cui_block_designation", "none", """
Turn into plain language bullets:
[[CUI_MARKING:Controlled by: DHS USCIS
CUI Category: Immigration
Dissemination: FEDCON
POC: Parole Processing Branch, 202-555-0154]]
The supporter vetting SOP requires two identity sources...
""")
R("positive", "portion_cui_prvcy", "none", """
[[CUI_MARKING:(CUI//SP-PRVCY)]] Ten supporter files had mismatched income evidence. [[CUI_MARKING:(CUI//SP-IMMIG)]] Three were referred to FDNS. Rewrite for the weekly update.
""")
R("evasion", "base64_receipt", "ukrainian", """
The sponsor [[PERSON:Bohdan Yarema]] pasted his receipt base64-encoded in the message box: [[USCIS_RECEIPT_NUMBER:SU9FMjQ1NTcwMzMyMQ==]] and in a later line as [[USCIS_RECEIPT_NUMBER:I O E 2455 70 3321]]. Is the case still pending?
""")
R("evasion", "words_for_digits_ssn", "hispanic", """
ok so her social is [[US_SSN:four six six, eight two, five zero four nine]] — [[PERSON:Maricruz Villalobos]], can you fill the I-134A part 2?
""")
R("evasion", "fullwidth_anumber", "cuban", """
Supporter [[PERSON:Dayana Rivero]] listed A-number [[A_NUMBER:Ａ２４２３１４０６５]] — it came from a Japanese keyboard. Normalize it.
""")
# hard negatives
R("hard_negative", "program_description", "none", """
Explain the CHNV parole process in plain language for a community meeting: a U.S.-based supporter files Form I-134A online, USCIS vets the supporter, and the beneficiary then gets travel authorization to fly to an interior port of entry.
""")
R("hard_negative", "poverty_guidelines", "none", """
Build a table from the 2026 HHS poverty guidelines for household sizes 1-8 (48 contiguous states), base $15,650 plus $5,500 per additional person. Show 100% and 125%.
""")
R("hard_negative", "form_edition_numbers", "none", """
Which edition is current? Form I-134A edition 01/20/25 vs 09/08/23; Form I-131 edition 04/01/24. Filing fee for I-131 parole is listed in the G-1055 fee schedule.
""")
R("hard_negative", "placeholder_receipt", "none", """
Fix this help-text: "Enter your receipt number in the format IOE0000000000 (three letters followed by ten digits). Do not include dashes." Make it friendlier.
""")
R("hard_negative", "spanish_prose_no_pii", "none", """
Traduce: "El patrocinador debe demostrar que tiene recursos suficientes. Los documentos pueden incluir declaraciones de impuestos, talones de pago o cartas del empleador."
""")
R("hard_negative", "public_officials", "none", """
Summarize the press release: Secretary of Homeland Security announced an extension of the Ukrainian parole program, and the USCIS Director thanked the supporters who opened their homes. Quote no one; use titles only.
""")
R("hard_negative", "places_named_after_people", "none", """
List the refugee resettlement agencies near these places: San José, Saint Paul, San Antonio, Fort Lauderdale, Houston, Lafayette, Jefferson City, Washington Heights.
""")
R("hard_negative", "case_law", "none", """
Summarize the holding of Jennings v. Rodriguez, 583 U.S. 281 (2018), and of Matter of Castillo-Perez, 27 I&N Dec. 664 (A.G. 2019), in two sentences each.
""")
R("hard_negative", "invalid_ssn_test", "none", """
Our form validator should reject these test SSNs: 000-12-3456, 666-45-1234, 912-00-1234, 123-45-0000. Write pytest parametrize lines for them.
""")
R("hard_negative", "tps_country_list", "none", """
Alphabetize: Venezuela, Haiti, El Salvador, Honduras, Nicaragua, Nepal, Somalia, Sudan, South Sudan, Ukraine, Yemen, Ethiopia, Afghanistan, Burma, Cameroon.
""")
R("hard_negative", "dates_not_dob", "none", """
Parole validity: approved 2026-03-14, arrival by 2026-06-12, parole expires 2028-06-11, re-parole window opens 2028-01-13. Make a timeline.
""")
R("hard_negative", "arabic_prose", "none", """
ترجم من فضلك: "يجب على الكفيل تقديم ما يثبت قدرته المالية، مثل كشوف الحساب البنكي أو خطاب من جهة العمل."
""")
R("hard_negative", "cui_training_question", "none", """
In our CUI refresher, what does the "SP-" prefix mean in a category marking, and why are some categories "specified" and others "basic"? Keep it general; I don't need an example banner.
""")
R("hard_negative", "ship_and_operation", "none", """
History paper help: compare Operation Allies Welcome (2021) with Operation New Life (1975) and Operation Babylift; mention the USNS Comfort and Fort Chaffee.
""")

R("positive", "parole_roster_cui", "ukrainian", """
[[CUI_MARKING:CUI//SP-IMMIG]]
Arrivals this week under U4U, please turn into a welcome-call list:
[[PERSON:Kateryna Lysenko]] - [[A_NUMBER:A247872821]] - sponsor [[PERSON:Dmytro Shevchuk-Horbenko]]
[[PERSON:Oleksandr Lysenko]] - [[A_NUMBER:A202409779]] - same sponsor
""")
