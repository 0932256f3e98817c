"""Voice 1: CBP officers in airport passenger secondary inspection (referral notes, admissibility, I-94 fixes)."""

RECORDS = [
("positive", "referral_note", "yoruba", """Can you tighten this secondary referral narrative before I paste it into the event? Keep it neutral.

Subj: [[PERSON:ADEYEMI-COLE, Babatunde Oluwaseun]]  DOB [[DATE_OF_BIRTH:02NOV1984]]  NGA PPT [[US_PASSPORT:B04471926]]
Arr DL 55 from LOS, Term 4 carousel 7. Primary referred for 'purpose of travel inconsistent' - subj states attending a church convention in Newark but no registration, return ticket 21 days. Subj has prior B1/B2 issued Lagos, one prior entry 2019, departed on time. Sister [[PERSON:Folasade Adeyemi-Cole]] waiting landside, contact [[PHONE_NUMBER:(973) 555-0162]].
Baggage exam neg. Subj cooperative. CBPO [[PERSON:R. Vashchenko]] concurs admit B2 for 21 days."""),

("positive", "i94_correction_email", "vietnamese", """Subject: I-94 correction - wrong class of admission
Good afternoon,
I arrived at Houston IAH on 11 October with my H-1B visa but my I-94 shows B-2 and the date is only 6 months. My employer HR said I must ask the Deferred Inspection office to correct it before my first paycheck.
Name: [[PERSON:Trương Thị Bích Thủy]]
I-94 number: [[I94_NUMBER:584207316A4]]
Passport: [[US_PASSPORT:C7719350]] (Vietnam)
Phone: [[PHONE_NUMBER:281-555-0139]]
I can come to the airport any morning next week. Thank you very much,
[[PERSON:Thủy Trương]]"""),

("positive", "chat_admissibility", "salvadoran", """User: need a two paragraph summary for the supervisor on a 212(a)(6)(C)(i) refusal. facts: [[PERSON:Josué Ernesto Alvarenga Pineda]], born [[DATE_OF_BIRTH:17 de agosto de 1991]] in San Miguel, presented a Salvadoran passport [[US_PASSPORT:A02283145]] with a B2 visa, admitted in sworn statement he was going to work drywall in Houston for his cousin [[PERSON:Wilber Pineda]]. Offered withdrawal of application, he accepted. flight back is TA 583 tomorrow 0610.
Assistant: Here is a draft summary you can adapt:"""),

("positive", "csv_secondary_log", "igbo+lebanese+polish+haitian", """Fecha;Hora;Apellido;Nombre;Nac;Ref;Disposition
2026-11-02;0741;[[PERSON:Nwaokoye]];[[PERSON:Chibuikem]];NGA;AG;Released
2026-11-02;0812;[[PERSON:Haddad]];[[PERSON:Rima]];LBN;PAU;Admitted B2
2026-11-02;0815;[[PERSON:Szymańska]];[[PERSON:Weronika]];POL;CA;Admitted VWP
2026-11-02;0903;[[PERSON:Baptiste]];[[PERSON:Wisner]];HTI;BP;Deferred insp
can you count by referral type and flag any over 45 min"""),

("positive", "allcaps_handoff", "somali", """SHIFT PASSDOWN TERM 5 SECONDARY 1400-2230
- SUBJ [[PERSON:CABDULLAHI XASAN FAARAX]] STILL IN SECONDARY ROOM 3, WAITING ON SOMALI INTERPRETER (LANGUAGE LINE TICKET 4481). DOB [[DATE_OF_BIRTH:01/01/1979]] PER PPT, CLAIMS ACTUAL DOB [[DATE_OF_BIRTH:MARCH 1977]].
- NEPHEW [[PERSON:MAXAMED FAARAX]] CALLED TWICE FROM [[PHONE_NUMBER:612-555-0114]], TOLD HIM WE WILL CALL BACK.
- ROOM 2 CLEAR. ALL PROPERTY LOGGED.
- CBPO [[PERSON:ARCENEAUX]] OWNS THE EVENT, HANDING TO CBPO [[PERSON:YELLOWHAIR]]."""),

("positive", "interpreter_request", "eritrean", """Hi, I need a Tigrinya interpreter by phone for a secondary interview at Dulles, ETA 20 minutes. Traveler is [[PERSON:Yohannes Tesfamariam Gebrekidan]], DOB [[DATE_OF_BIRTH:1988-06-09]], arriving on ET 500. His wife [[PERSON:Selam Habtom]] is on the same flight. Please have the interpreter call me directly at [[PHONE_NUMBER:703-555-0181]] ext 2. Thanks, [[PERSON:Karina Voskresenskaya]]"""),

("positive", "global_entry_revocation", "korean", """Draft this as a plain-English letter: Global Entry membership of [[PERSON:Seo Ji-hoon]] (서지훈), PASSID/KTN [[KNOWN_TRAVELER_NUMBER:981547302]], is revoked because at Seattle SEA on 9/14 he failed to declare 4.2 kg of beef jerky and dried pork after using the kiosk. He can ask the ombudsman to reconsider within 30 days. Mailing address [[STREET_ADDRESS:1519 NE Ravenna Blvd, Apt 204, Seattle, WA 98105]]."""),

("positive", "spanish_statement", "guatemalan", """Translate this handwritten statement to English, word for word please:

"Yo, [[PERSON:Aurelia Tzul Ixcoy]], con fecha de nacimiento [[DATE_OF_BIRTH:3 de enero de 1969]], declaro que viajo para visitar a mi hija [[PERSON:Rosalinda Tzul]] que vive en Providence. No traigo comida ni semillas. El dinero que traigo, 2,400 dólares, es de mis ahorros y de la venta de mis güipiles. Mi número de teléfono en Guatemala es [[PHONE_NUMBER:+502 5555 0127]]."
"""),

("positive", "apis_json", "filipino", """why is the match score low on this APIS hit? tool output:
{"pnr":"QX7TLM","flight":"PR102","seq":44,
 "traveler":{"last":"[[PERSON:Malabanan]]","first":"[[PERSON:Ma. Theresa Lualhati]]","dob":"[[DATE_OF_BIRTH:1975-12-30]]",
  "doc":{"type":"P","num":"[[US_PASSPORT:P4418207B]]","iss":"PHL","exp":"2031-04-11"}},
 "watchlist_candidate":{"name":"[[PERSON:MALABANAN, MARIA T]]","dob":"1975-12-03","score":0.71}}"""),

("positive", "les_referral", "iraqi", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Referral summary - ORD T5 - 11/19
Subj [[PERSON:Mustafa Kadhim Al-Jubouri]] (DOB [[DATE_OF_BIRTH:1990-02-26]], IRQ PPT [[US_PASSPORT:A11940627]]) referred on lookout; electronic media exam completed under directive 3340-049A; two phones and one laptop. Nothing derogatory. Admitted as returning LPR, A# [[A_NUMBER:A207841136]].
Please reword for the weekly roll-up, keep the marking."""),

("positive", "kiosk_password_prose", "mexican", """Supervisor [[PERSON:Itzel Carranza]] said to post the new shared login for the secondary room printer/scanner since the old one expired: user sec2-scan, pw [[PASSWORD:Kq7#vTr2!mPzL9]] - can you write a short sign to tape on the wall that tells people to not share it outside the room? make it polite"""),

("positive", "deferred_inspection_chinese", "chinese", """Customer walk-in at deferred inspection, LAX TBIT. Name on passport [[PERSON:LIU, WEIXIN]] / [[PERSON:刘蔚昕]], passenger says her name is spelled [[PERSON:Liu Weixin]] ([[PERSON:刘蔚昕]]) and the I-94 has [[PERSON:Lui Wexin]]. F-1 student, SEVIS [[SEVIS_ID:N0039184752]], DOB [[DATE_OF_BIRTH:2003年5月21日]]. Fix name and reprint. Her DSO [[PERSON:Patrick Okafor-Lindqvist]] emailed from [[EMAIL_ADDRESS:p.okafor-lindqvist@intl.calpoly-alumni.org]]."""),

("positive", "lowercase_fast", "iranian", """pax [[PERSON:mohammadi, reza]] dob [[DATE_OF_BIRTH:3/9/79]] says his wife [[PERSON:shirin]] has his green card in her purse, she already exited to the curb. can i parole him in to get it or does he need a new i-90 first. quick answer pls"""),

("positive", "markdown_referrals", "native_hawaiian+uzbek+ukrainian+maori", """| Time | Traveler | Flight | Reason | Outcome |
|---|---|---|---|---|
| 06:12 | [[PERSON:Kalani Makoa-Reyes]] | HA 11 | Ag - fruit | Seized, warning |
| 06:40 | [[PERSON:Nilufar Yusupova]] | TK 11 | Random | Admitted |
| 07:05 | [[PERSON:Dmytro Khomenko]] | LO 3 | Parole doc check | Admitted U4U |
| 07:31 | [[PERSON:Aroha Te Whata]] | NZ 2 | Currency > $10k | FinCEN 105 filed |

Turn this into a short paragraph for the daily report."""),

("evasion", "spaced_passport", "bangladeshi", """don't want the AI thing to grab the passport so I'm spacing it: traveler [[PERSON:Md. Rafiqul Islam Chowdhury]] passport [[US_PASSPORT:E L 0 8 8 3 4 1 9]] - does a Bangladeshi e-passport need a visa for a 4 hour connection at JFK?"""),

("evasion", "fouo_digits", None, """[[CUI_MARKING:(U//F0U0)]] Secondary room staffing plan for the holiday peak - rewrite as a bullet list: 3 officers per room 0500-1300, 2 officers 1300-2100, AG specialist shared with Term 7."""),

("evasion", "fullwidth_anumber", "haitian", """the A number keeps getting stripped so here it is in the other font: [[A_NUMBER:Ａ２１５８８０４６３]] for [[PERSON:Wideline Saint-Vil]]. just tell me if an A-number starting with 2 would be from a 2000s adjustment."""),

("hard_negative", "i94_faq_example", None, """For the public FAQ: "Your I-94 number is the 11-character admission record number printed on your electronic I-94, for example 123456789A1. If the class of admission is wrong, visit the Deferred Inspection office at the airport where you arrived or the one closest to you. Bring your passport, visa, and any supporting documents such as Form I-797." Can you make this friendlier?"""),

("hard_negative", "baggage_tags", None, """Unclaimed bags from last night still in secondary hold: tag 0016 482913 (TK), 0618 553027 (LH), 0037 201488 (DL), 0235 774102 (AF). Airline reps pick up at 0900. Summarize for the passdown in one line each."""),

("hard_negative", "training_roleplay", None, """Write a training role-play for new CBPOs: Traveler A arrives from Amsterdam, claims tourism, has a one-way ticket and a laptop bag with business cards. Officer asks open-ended questions. Include a sample of good note-taking, using "Traveler A" and "the officer" only, no names."""),

("hard_negative", "jfk_stats", None, """Secondary referral rate at John F. Kennedy International Terminal 4 was 3.1% in FY25 versus 2.6% at Newark Liberty and 2.2% at Washington Dulles. Average secondary dwell time fell from 47 to 39 minutes after the Simplified Arrival rollout. Make a short chart caption."""),

("hard_negative", "kinship_words", None, """Family of five in secondary: mother, grandmother, two sons (approx 9 and 12) and a baby. Grandmother has the only copy of the birth certificates. Mother's passport expires next month, that's fine for a B2 entry under the six-month club country list? Need the rule, not a decision."""),

("hard_negative", "secret_service_movement", None, """Heads up from the duty office: Secret Service advance team will use the Terminal B diplomatic lane Thursday 1400-1600 for a protectee arrival. Secondary rooms 4 and 5 closed during that window. This is routine, not classified, just plan lunch breaks around it."""),

("hard_negative", "template_placeholders", None, """I-94 correction reply template:
Dear <Traveler Name>,
We reviewed your request regarding admission record <I-94 Number> issued on <Date of Entry>. The class of admission has been corrected to <Class>. Please allow 24 hours for the change to appear on i94.cbp.dhs.gov.
Sincerely, <Officer Name>, Deferred Inspection, <Port>
-- make it shorter and add one sentence about bringing their passport if they come in person."""),

("hard_negative", "flight_numbers", None, """Arrivals needing an extra secondary officer tomorrow: EK 231 (0715), QR 707 (0750), TK 7 (0805), ET 500 (0830), AI 101 (0920). Fleet is B77W except ET 500 which is A350-900. Which two overlap the most at baggage claim?"""),

("hard_negative", "classified_ads_prose", None, """A traveler had about 40 printed pages of classified ads from a Lagos newspaper in his luggage, apartment and car listings. Is there any reason to photocopy that for the file or is it just personal reading? I'm thinking no."""),
]
